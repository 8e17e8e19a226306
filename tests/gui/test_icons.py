"""The main actions carry the bundled Tabler icons (MIT), each with its SVG source and rendered sizes."""

from __future__ import annotations

from PySide6.QtCore import QSize

from liability_wizard.gui.icons import NAMES, SIZES, action_icon
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.paths import resources_dir

ACTIONS = resources_dir() / "icons" / "actions"


def test_every_icon_has_its_source_its_sizes_and_the_licence() -> None:
    assert (ACTIONS / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    for name in NAMES:
        assert (ACTIONS / f"{name}.svg").read_text(encoding="utf-8").startswith("<svg"), name
        icon = action_icon(name)
        assert not icon.isNull(), name
        assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES), name
        assert not icon.pixmap(QSize(24, 24)).toImage().isNull()


def test_the_main_actions_show_the_bundled_icons(main_window: MainWindow) -> None:
    for action, name in ((main_window.new_action, "file-plus"), (main_window.open_action, "folder-open"),
                         (main_window.duplicate_action, "copy"), (main_window.delete_action, "trash"),
                         (main_window.export_action, "file-export"), (main_window.settings_action, "settings")):
        assert action.icon().cacheKey() == action_icon(name).cacheKey(), name


def test_the_wizards_undo_and_redo_are_visible_and_name_the_question(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    from liability_wizard.core.case import read_case_file
    from liability_wizard.core.interview import Page
    from liability_wizard.gui.wizard import CaseWizard
    from tests.conftest import EXAMPLES

    wizard = CaseWizard(read_case_file(EXAMPLES / "e04-food-unlicensed.lwcase"), lambda _case, _page: None)
    qtbot.addWidget(wizard)
    wizard.show()
    buttons = {b.defaultAction(): b for b in wizard.findChildren(QToolButton) if b.defaultAction() is not None}
    assert buttons[wizard.undo_action].isVisible() and buttons[wizard.redo_action].isVisible()
    assert wizard.undo_action.icon().cacheKey() == action_icon("arrow-back-up").cacheKey()
    wizard.go_to_page(Page.TRANSACTION)
    wizard.pages[Page.TRANSACTION].editors["transaction.price"].setText("4000")
    assert wizard.undo_action.text() == "撤销 价款（元）"
    wizard.undo_action.trigger()
    assert wizard.redo_action.text() == "重做 价款（元）"


def test_about_names_the_icons_licence() -> None:
    from liability_wizard.gui.about import about_html

    assert "Tabler Icons" in about_html() and str(ACTIONS / "LICENSE") in about_html()
