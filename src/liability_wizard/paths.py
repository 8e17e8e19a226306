"""Where the program's own data files live: in a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_dir(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / name] if frozen else []
    # An installed wheel carries the folder inside the package; a checkout has it at the top.
    candidates += [_PACKAGE / name, _PACKAGE.parents[1] / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} not found in {[str(c) for c in candidates]}")


def resources_dir() -> Path:
    return _data_dir("resources")


def templates_dir() -> Path:
    return _data_dir("templates")
