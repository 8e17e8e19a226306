"""Case files the desktop program is asked to import or open: every failure is a message box.

A double-clicked e-mail attachment is untrusted. On Windows the program has no console, so a
traceback would show the user nothing at all; and a case the evaluator cannot handle, once
imported, could be listed but never opened. So a file is read, validated *and evaluated* before it
is stored: whatever goes wrong — a broken schema (the message names the file and the field) or a
failure inside the program — ends in a Chinese message box naming the file, with nothing imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from liability_wizard.core.case import Case


class CaseFileRefused(Exception):
    """The file will not be imported; ``message`` (Chinese) names the file and, if known, the field."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseFileImport", text)


def read_case_for_import(path: Path) -> Case:
    """The case in ``path``, checked as far as the program will ever use it; else :class:`CaseFileRefused`."""
    from liability_wizard.core.case import CaseFormatError, read_case_file
    from liability_wizard.core.evaluator import evaluate_case

    try:
        case = read_case_file(path)
    except CaseFormatError as exc:
        raise CaseFileRefused(exc.message) from None
    except Exception as exc:  # a bug must not become a silent failure
        raise CaseFileRefused(_internal_error(path, exc)) from None
    try:
        evaluate_case(case)
    except Exception as exc:
        raise CaseFileRefused(_internal_error(path, exc)) from None
    return case


def _internal_error(path: Path, error: BaseException) -> str:
    return (_tr("%1：内部错误，本程序无法处理此案件文件（%2），未导入。请把此文件发给开发者。")
            .replace("%1", str(path)).replace("%2", type(error).__name__))


def show_import_refused(parent: QWidget, refusal: CaseFileRefused) -> None:
    QMessageBox.critical(parent, _tr("无法导入案件文件"), refusal.message)


def show_unexpected_failure(parent: QWidget, what: str, error: BaseException) -> None:
    """The last resort for a failure nothing else explains (the database opening, say)."""
    QMessageBox.critical(parent, what, _tr("%1 时发生内部错误（%2）。已保存的案件不受影响。")
                         .replace("%1", what).replace("%2", type(error).__name__))
