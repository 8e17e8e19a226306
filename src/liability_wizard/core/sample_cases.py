"""The example cases shipped with the program (示例案件, opened from the Help menu).

They are the contract's examples (``resources/examples``, copied unchanged from
``shared/examples``); each ``NAME.lwcase`` has beside it the evaluation it must produce
(``NAME.expected.json``) and the folder's README states how the two are compared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from liability_wizard.paths import resources_dir


@dataclass(frozen=True, slots=True)
class SampleCase:
    name: str  # e01-unidentified-seller
    title: str  # 王某网购耳机平台无法提供卖家信息
    path: Path


def examples_dir() -> Path:
    return resources_dir() / "examples"


def sample_cases() -> list[SampleCase]:
    """Every shipped example in file-name order (e01, e02, …), with its case file's title."""
    return [SampleCase(path.stem, _title(path), path) for path in sorted(examples_dir().glob("*.lwcase"))]


def _title(path: Path) -> str:
    # Only the title is read for the list; the file is validated like any other when opened.
    return json.loads(path.read_text(encoding="utf-8"))["title"]
