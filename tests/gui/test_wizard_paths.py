"""Each example case entered through the GUI alone: the saved case equals the file, and the
result panel shows the expected overall answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liability_wizard.core.case import case_from_json_dict, read_case_file
from liability_wizard.core.interview import ABSENT, PAGE_FACTS, Page, is_shown, pages_for
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES
from tests.gui.wizard_driver import walk

PATHS = {
    "e01": ("e01-unidentified-seller", True),  # consumer, goods: Enter advances
    "e04": ("e04-food-unlicensed", False),  # food: the mouse clicks Next
    "e13": ("e13-trademark-goods-insufficient-measures", True),  # rights holder's notice
    "e09": ("e09-minimal-required-keys", False),  # only the required keys: everything else unknown
}


def without(full: dict, asked: set[str]) -> dict:
    """``full`` with every fact the wizard does not ask for these facts set to ``None``."""
    for questions in PAGE_FACTS.values():
        for path in questions:
            if path not in asked:
                *parents, key = path.split(".")
                node = full
                for part in parents:
                    node = node[part]
                node[key] = [] if isinstance(node[key], list) else None
    return full


@pytest.mark.parametrize("example", sorted(PATHS))
def test_example_entered_through_the_wizard_is_saved_as_the_file_says(qtbot, main_window: MainWindow,
                                                                     example: str) -> None:
    stem, use_enter = PATHS[example]
    expected_case = read_case_file(EXAMPLES / f"{stem}.lwcase")
    expected = json.loads((EXAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    facts = expected_case.to_full_json_dict()

    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 新建案件 (Ctrl+N)
    wizard = next(iter(main_window.wizards.values()))
    visited = walk(qtbot, wizard, facts, use_enter=use_enter)

    assert visited == [int(p) for p in pages_for(facts)]
    assert visited[-1] == Page.CONCLUSION
    wizard.refresh_result()
    assert wizard.result_panel.headline.property("platform_liable") == expected["platform_liable"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    (summary,) = main_window.model.rows
    stored = main_window.repository.load(summary.id)
    # A question that does not apply is not shown (show-if), so what a file says about it is not asked.
    entered = stored.case.to_json_dict()
    asked = {path for questions in PAGE_FACTS.values() for path in questions if is_shown(path, entered)}
    facts["version"] = 3  # a case created in the wizard is written as the current version (case-format.md)
    assert without(stored.case.to_full_json_dict(), asked) == without(case_from_json_dict(facts).to_full_json_dict(),
                                                                       asked)
    assert summary.platform_liable == expected["platform_liable"]


def test_every_example_file_can_be_shown_by_the_wizard(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    """Imported cases open without loss: each page shows what the file says."""
    from tests.conftest import EXAMPLE_CASES

    for path in EXAMPLE_CASES:
        case_id = main_window.import_file(path)
        wizard = main_window.open_case(case_id)
        qtbot.waitExposed(wizard)
        original = read_case_file(path).to_full_json_dict()
        for page in pages_for(original):
            wizard.go_to_page(page)
            assert wizard.currentId() == page
            for fact_path, editor in wizard.pages[page].editors.items():
                value = editor.value()
                want = original
                for key in fact_path.split("."):
                    want = want[key]
                if isinstance(value, list) and isinstance(want, list) and all(isinstance(v, str) for v in want):
                    value, want = sorted(value), sorted(want)  # a checklist shows ticks, not the file's order
                assert value == want or (want in (None, [], "") and value in ("", None, ABSENT, [])), \
                    (path.name, fact_path)
        wizard.close()
        assert main_window.repository.load(case_id).case.to_full_json_dict() == original
