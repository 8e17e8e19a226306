"""Case files named on the command line: a file that is not a valid case is reported and skipped.

Case files are untrusted (they arrive by e-mail), so each file is handled on its own: whatever goes
wrong with one — a broken schema, or a failure inside the evaluator — is named on stderr with the
file, and the rest of the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from liability_wizard.core.case import Case, CaseFormatError, read_case_file

if TYPE_CHECKING:
    from liability_wizard.core.evaluation import Evaluation


def internal_error_message(path: str, error: BaseException) -> str:
    """The last-resort line for a file the program failed on (a bug, not the file's fault)."""
    return (f"{path}：内部错误，本程序无法处理此案件文件（{type(error).__name__}）。"
            "其他文件不受影响；请把此文件发给开发者。")


class CaseFileReader:
    """Yields ``(path, case)`` for each readable file; each bad one is named on stderr (file and
    field, in Chinese) and makes :attr:`status` 2, while the others are still processed."""

    def __init__(self) -> None:
        self.status = 0

    def reject(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.status = 2

    def read(self, paths: Iterable[str]) -> Iterator[tuple[str, Case]]:
        for path in paths:
            try:
                case = read_case_file(path)
            except CaseFormatError as exc:
                self.reject(exc.message)
                continue
            except (MemoryError, RecursionError, ValueError, OverflowError) as exc:  # never stop the batch
                self.reject(internal_error_message(path, exc))
                continue
            yield path, case

    def evaluate(self, path: str, case: Case) -> Evaluation | None:
        """The evaluation, or None (reported, status 2) when the evaluator fails on this case."""
        from liability_wizard.core.evaluator import evaluate_case

        try:
            return evaluate_case(case)
        except Exception as exc:  # a crash on one file must not stop the batch
            self.reject(internal_error_message(path, exc))
            return None
