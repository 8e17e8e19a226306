"""The letter: rendered in the background, previewed, exported and printed to PDF files, each
produced letter stored as an evaluation snapshot."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from liability_wizard.gui.letter_preview import LetterPreview
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


@pytest.mark.slow
def test_preview_export_and_print_of_the_letter(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id = main_window.import_file(EXAMPLES / "e13-trademark-goods-insufficient-measures.lwcase")
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.request_letter()
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview))
    assert preview.busy.isVisible()  # rendering happens off the GUI thread, with a busy indicator
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=60000)
    assert not preview.busy.isVisible()

    exported = tmp_path / "letter.pdf"
    assert preview.export_to(exported)
    text = _text(exported)
    assert "法律意见书" in _text(exported).replace(" ", "") or "法律意见书" in text
    assert "商标权人诉平台仅删除链接" in text.replace("\n", "")

    (snapshot,) = main_window.repository.snapshots(case_id)
    assert snapshot.letter_sha256 == hashlib.sha256(exported.read_bytes()).hexdigest()
    assert snapshot.platform_liable == "yes"

    with qtbot.waitSignal(preview.rendered, timeout=60000):
        preview.draft.click()  # without the watermark: a second letter, a second snapshot
    assert len(main_window.repository.snapshots(case_id)) == 2

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    assert len(PdfReader(printed).pages) == preview.document.pageCount() == len(PdfReader(exported).pages)
    preview.close()


@pytest.mark.slow
def test_the_editable_word_copy_is_exported_from_the_preview(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id = main_window.import_file(EXAMPLES / "e01-unidentified-seller.lwcase")
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.request_letter()
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview))
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=60000)
    assert preview.word_button.isVisible() and preview.word_button.isEnabled()
    target = tmp_path / "意见书.docx"
    with qtbot.waitSignal(preview.word_exported, timeout=60000):
        preview.export_word_to(target)
    with zipfile.ZipFile(target) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    assert "法律意见书" in body
    assert "宋体" in styles + body  # East Asian fonts named, not embedded
    preview.close()
