"""``liability-wizard evaluate CASE… [--json]``: evaluate case files (JSON Lines for several)."""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

from liability_wizard.cli.texts import bilingual

if TYPE_CHECKING:
    import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate", help=bilingual("评估案件文件", "evaluate case files"),
        description=bilingual("评估一个或多个 .lwcase 案件文件：平台是否承担责任、依据、金额与诉讼时效。",
                              "Evaluate .lwcase files: is the platform liable, on which article, "
                              "for how much, until when."))
    parser.add_argument("cases", nargs="+", metavar="CASE", help=bilingual("案件文件", "case file"))
    parser.add_argument("--json", action="store_true",
                        help=bilingual("按合同输出 JSON（多个文件时每行一个）", "print the contract's JSON "
                                       "(one line per file for several files)"))
    parser.set_defaults(run=run)


def plain_arguments(arguments: list[str]) -> SimpleNamespace | None:
    """The arguments after ``evaluate`` in their usual form — case files in one run, ``--json`` before
    or after them — read without argparse; ``None`` for anything else (help, a mistake, ``--``, an
    abbreviated option), which argparse then parses or explains. Building the parser imports gettext,
    locale and shutil: ~15 % of evaluating one file. ``tests/core/test_cli.py`` checks that both agree."""
    first = 0
    while first < len(arguments) and arguments[first] == "--json":
        first += 1
    end = first
    while end < len(arguments) and not arguments[end].startswith("-"):
        end += 1
    cases = arguments[first:end]
    if not cases or any(argument != "--json" for argument in arguments[end:]):
        return None
    return SimpleNamespace(command="evaluate", cases=cases, json=len(cases) < len(arguments), run=run)


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    # Imported here, not at the top: `liability-wizard cases list` must not pay for the case model.
    from liability_wizard.cli.case_files import CaseFileReader
    from liability_wizard.cli.summary import evaluation_summary

    several = len(args.cases) > 1
    reader = CaseFileReader()
    out = sys.stdout
    for path, case in reader.read(args.cases):
        evaluation = reader.evaluate(path, case)
        if evaluation is None:
            continue
        if args.json:
            data = evaluation.to_json_dict()
            if several:
                data["file"] = path
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(evaluation_summary(path, case, evaluation) + "\n")
    return reader.status
