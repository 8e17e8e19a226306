"""``liability-wizard render CASE -o OUT.pdf|OUT.docx [--format pdf|docx] [--draft] [--date YYYY-MM-DD]
[--firm FILE]``: the format follows the output's suffix unless ``--format`` names one."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from liability_wizard.cli.texts import bilingual


def _letter_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None


FORMATS = ("pdf", "docx")


def output_format(args: argparse.Namespace) -> str:
    return args.format or ("docx" if args.output.suffix.lower() == ".docx" else "pdf")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render",
        help=bilingual("生成法律意见书（PDF 或可编辑的 Word 文档）", "write the opinion letter (PDF or Word)"),
        description=bilingual(
            "根据案件文件生成法律意见书：PDF，或可在 Word/WPS 中修改的 .docx（按输出文件的扩展名，"
            "或由 --format 指定）。律师事务所信息取自设置文件（见 --firm）。",
            "Write the opinion letter for a case file as PDF, or as .docx to edit in Word/WPS (from the "
            "output's suffix, or --format). Firm details come from the settings file."),
    )
    parser.add_argument("case", type=Path, metavar="CASE", help=bilingual("案件文件（.lwcase）", "case file"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                        help=bilingual("输出文件（.pdf 或 .docx）", "file to write (.pdf or .docx)"))
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help=bilingual("输出格式（默认按扩展名，其他扩展名为 pdf）",
                                       "output format (default: from the suffix; pdf otherwise)"))
    parser.add_argument("--draft", action="store_true",
                        help=bilingual("加“草稿”水印", "add a 草稿 watermark"))
    parser.add_argument("--date", type=_letter_date, default=None, metavar="YYYY-MM-DD",
                        help=bilingual("意见书日期（默认今天）", "letter date (default: today)"))
    parser.add_argument("--firm", type=Path, default=None, metavar="FILE",
                        help=bilingual("律师事务所设置文件（JSON，默认为用户配置目录中的 firm.json）",
                                       "firm settings JSON (default: firm.json in the user config folder)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from liability_wizard.cli.case_files import internal_error_message
    from liability_wizard.core.case import CaseFormatError, read_case_file
    from liability_wizard.core.evaluator import evaluate_case
    from liability_wizard.private_files import write_file_atomically
    from liability_wizard.report.firm_settings import FirmSettingsError, load_firm_profile
    from liability_wizard.report.fonts import MissingCharactersError

    # One renderer's libraries only: python-docx and lxml for the Word copy, WeasyPrint for the PDF.
    if output_format(args) == "docx":
        from liability_wizard.report.docx_letter import render_docx as render
    else:
        from liability_wizard.report.letter import render_letter as render

    try:
        case = read_case_file(args.case)
        firm = load_firm_profile(args.firm)
    except (CaseFormatError, FirmSettingsError) as exc:
        print(getattr(exc, "message", str(exc)), file=sys.stderr)
        return 2
    try:
        data = render(case, evaluate_case(case), firm, letter_date=args.date or date.today(), draft=args.draft)
    except MissingCharactersError as exc:
        print(f"{args.case}：{exc.message}", file=sys.stderr)
        return 2
    except Exception as exc:  # the case file is untrusted: a bug it triggers is named, not a traceback
        print(internal_error_message(str(args.case), exc), file=sys.stderr)
        return 2
    try:
        # Private temporary file (O_EXCL, unpredictable name) removed on failure: no letter left behind.
        write_file_atomically(args.output, data)
    except OSError as exc:
        print(f"{args.output}：无法写入文件（{exc.strerror or exc}）", file=sys.stderr)
        return 1
    return 0
