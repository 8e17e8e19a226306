"""``liability-wizard`` — the command line over the same core the desktop program uses.

Each subcommand lives in its own module with ``register(subparsers)``; heavy libraries
(WeasyPrint, SQLAlchemy, Qt) are imported only inside the command that needs them.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from liability_wizard import __version__
from liability_wizard.cli.terminal import printable_output
from liability_wizard.cli.texts import bilingual

if TYPE_CHECKING:
    import argparse

#: The subcommands, in the order ``--help`` lists them; each is ``liability_wizard.cli.NAME_command``.
COMMANDS = ("evaluate", "law", "render", "cases", "server")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with ``only`` that one: the command being run needs no
    other command's module or arguments (importing and registering all of them took ~15 % of
    ``evaluate``). The desktop program starts through this module and needs none."""
    import argparse  # imported here: neither the desktop program nor evaluate's usual form needs it

    parser = argparse.ArgumentParser(
        prog="liability-wizard",
        description=bilingual("网络交易平台责任评估向导：不带参数运行时打开桌面程序；只给一个 .lwcase 文件时，"
                              "桌面程序导入并打开它。",
                              "Liability Wizard: platform liability under PRC law. "
                              "Without arguments it opens the desktop program; with one .lwcase file, the "
                              "desktop program imports and opens it."),
    )
    parser.add_argument("--version", action="version", version=f"liability-wizard {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        importlib.import_module(f"liability_wizard.cli.{name}_command").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No arguments, or just a case file (a double-click: Windows "%1", Linux %f): the desktop program.
    if not argv or (len(argv) == 1 and argv[0].lower().endswith(".lwcase")):
        from liability_wizard.gui.app import main as gui_main

        return gui_main(argv)
    args = None
    if argv[0] == "evaluate":
        from liability_wizard.cli.evaluate_command import plain_arguments

        args = plain_arguments(argv[1:])
    if args is None:
        args = build_parser(argv[0] if argv[0] in COMMANDS else None).parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    try:
        with printable_output():  # case text never reaches the terminal raw
            return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
