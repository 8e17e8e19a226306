"""Case files named on the command line: a file that is not a valid case is reported and skipped."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from liability_wizard.core.case import Case, CaseFormatError, read_case_file


class CaseFileReader:
    """Yields ``(path, case)`` for each readable file; each bad one is named on stderr (file and
    field, in Chinese) and makes :attr:`status` 2, while the others are still processed."""

    def __init__(self) -> None:
        self.status = 0

    def read(self, paths: Iterable[str]) -> Iterator[tuple[str, Case]]:
        for path in paths:
            try:
                case = read_case_file(path)
            except CaseFormatError as exc:
                print(exc.message, file=sys.stderr)
                self.status = 2
                continue
            yield path, case
