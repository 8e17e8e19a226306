"""Shared test fixtures: where the contract's examples live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples"
EXAMPLE_CASES = sorted(EXAMPLES.glob("*.lwcase"))


def example_id(path: Path) -> str:
    return path.name.split("-")[0]


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    assert EXAMPLE_CASES, f"no example cases in {EXAMPLES}"
    return EXAMPLES
