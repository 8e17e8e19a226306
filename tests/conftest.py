"""Shared test fixtures: the project's copy of the example cases, and the contract beside the checkout.

The examples and the statute catalogue are the project's own data, so a fresh clone tests alone.
Only the checks that the project's copies still equal the contract need ``../shared``; they
ask for the ``shared`` fixture, which skips them where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liability_wizard.core.sample_cases import examples_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = examples_dir()
EXAMPLE_CASES = sorted(EXAMPLES.glob("*.lwcase"))
SHARED = ROOT.parent / "shared"


def example_id(path: Path) -> str:
    return path.name.split("-")[0]


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` (spec, examples, tools), or skip the requesting test when the checkout stands alone."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not present: {SHARED} holds the contract this test compares the project with")
    return SHARED
