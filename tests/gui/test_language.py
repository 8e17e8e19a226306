"""Chinese by default, down to Qt's own buttons; English selectable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QWizard

from liability_wizard.core.case import read_case_file
from liability_wizard.core.interview import Page
from liability_wizard.gui.language import install_translators
from liability_wizard.gui.wizard import CaseWizard
from liability_wizard.paths import resources_dir
from tests.conftest import EXAMPLES

E13 = EXAMPLES / "e13-trademark-goods-insufficient-measures.lwcase"


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def _wizard(qtbot) -> CaseWizard:
    wizard = CaseWizard(read_case_file(E13), lambda _case, _page: None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_chinese_is_the_default_including_qt_buttons(qtbot, language: str) -> None:
    wizard = _wizard(qtbot)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "下一步(&N) >"
    assert wizard.button(QWizard.WizardButton.HelpButton).text() == "帮助(&H)"
    assert wizard.pages[Page.PARTIES].title() == "当事人与平台"
    assert wizard.result_panel.headline.text().startswith("平台应承担责任")


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_translates_pages_results_and_buttons(qtbot, language: str) -> None:
    wizard = _wizard(qtbot)
    assert wizard.pages[Page.PARTIES].title() == "Parties and platform"
    assert wizard.button(QWizard.WizardButton.CustomButton1).text() == "&Letter preview"
    assert wizard.result_panel.headline.text().startswith("The platform is liable")
    summary = wizard.pages[Page.CONCLUSION].path_summary.text()
    assert "Pages gone through: </b>Parties and platform<br>" in summary and "The platform is liable" in summary
    tri = wizard.pages[Page.PARTIES].editors["platform.self_operated"]
    assert [b.text() for b in tri.buttons.values()] == ["Yes", "No", "Unknown"]


def test_chinese_is_drawn_with_the_bundled_font_even_beside_a_system_cjk_font(qapp: QApplication) -> None:
    """This machine has Noto Sans CJK installed; the program must still use the fonts it ships."""
    bundled = {f for path in (resources_dir() / "fonts").glob("*.otf")
               for f in QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))}
    layout = QTextLayout("平台应承担责任", QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    used = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert used and used <= bundled, used
