"""Terminal output that case text cannot take over.

Case files arrive by e-mail: a title such as ``x ESC]0;OWNED BEL ESC[2J`` would set the terminal's
title and clear the screen if printed raw. Every line the CLI prints goes through
:class:`PrintableStream`, which writes control characters (C0 and C1 but tab and newline), lone
surrogates and bidi overrides as ``\\uXXXX``. That form is also a valid JSON escape, so ``--json``
output stays strict JSON (``json.dumps`` leaves C1 characters raw).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from liability_wizard.core.case_json import printable


class PrintableStream(io.TextIOBase):
    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")


@contextmanager
def printable_output() -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` escape unprintable characters while the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PrintableStream(out), PrintableStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
