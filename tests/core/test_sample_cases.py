"""The shipped examples (示例案件) are listed by name and title, in order, from the program's resources."""

from __future__ import annotations

import json

from liability_wizard.core.sample_cases import examples_dir, sample_cases
from liability_wizard.paths import resources_dir


def test_every_shipped_example_is_listed_in_order() -> None:
    samples = sample_cases()
    assert [s.name for s in samples] == sorted(p.stem for p in examples_dir().glob("*.lwcase"))
    assert len(samples) == 40 and samples[0].name == "e01-unidentified-seller"
    assert all(s.path.parent == resources_dir() / "examples" and s.path.is_file() for s in samples)


def test_a_sample_is_titled_by_its_case_file() -> None:
    first = sample_cases()[0]
    assert first.title == json.loads(first.path.read_text(encoding="utf-8"))["title"] == "王某网购耳机平台无法提供卖家信息"
