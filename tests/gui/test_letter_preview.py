"""The letter: rendered in the background, previewed, exported and printed to PDF files, each
produced letter stored as an evaluation snapshot."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from liability_wizard.gui.letter_preview import LetterPreview
from liability_wizard.gui.main_window import MainWindow
from tests.conftest import EXAMPLES


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def _open_preview(qtbot, main_window: MainWindow, example: str) -> tuple[int, LetterPreview]:
    """Import an example, open it in the wizard and ask for its letter; the preview starts rendering."""
    case_id = main_window.import_file(EXAMPLES / example)
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.request_letter()
    return case_id, next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview))


@pytest.mark.slow
def test_preview_export_and_print_of_the_letter(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id, preview = _open_preview(qtbot, main_window, "e13-trademark-goods-insufficient-measures.lwcase")
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
    preview.print_to(printer)  # "print to file": the letter's own vector PDF, not page images (P3)
    assert printed.read_bytes() == preview.pdf
    assert "商标权人诉平台仅删除链接" in _text(printed).replace("\n", "")

    # Without CUPS (or on Windows) pages are rendered on a worker thread, ≤ 600 dpi, with progress.
    raster = tmp_path / "raster.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(raster))
    preview.print_to(printer, raster=True)
    assert preview.print_job.isRunning() or preview.print_job.isFinished()  # the window stays responsive
    qtbot.waitUntil(preview.print_job.isFinished, timeout=60000)
    assert len(PdfReader(raster).pages) == preview.document.pageCount() == len(PdfReader(exported).pages)
    preview.close()


def test_firm_details_are_asked_for_once_and_the_preview_zooms_and_pages(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    case_id = main_window.import_file(EXAMPLES / "e01-unidentified-seller.lwcase")
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.request_letter()
    prompt = main_window.findChild(QMessageBox, "firm_prompt")
    assert prompt is not None and "尚未填写律所信息" in prompt.text()
    prompt.button(QMessageBox.StandardButton.No).click()
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=60000)
    preview.zoom.setCurrentIndex(preview.zoom.findData(1.5))
    assert preview.view.zoomFactor() == 1.5
    preview.page_box.setValue(3)
    assert preview.view.pageNavigator().currentPage() == 2
    preview.close()
    wizard.request_letter()
    assert main_window.findChild(QMessageBox, "firm_prompt") is None  # asked once only
    second = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    qtbot.waitUntil(lambda: second.document.pageCount() > 0, timeout=60000)  # let its worker finish
    second.close()


@pytest.mark.slow
def test_the_editable_word_copy_is_exported_from_the_preview(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    _case_id, preview = _open_preview(qtbot, main_window, "e01-unidentified-seller.lwcase")
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


def test_the_preview_names_an_implausible_answer_above_the_letter(qtbot, main_window: MainWindow) -> None:
    """Review P11: a purchase date after today is printed as it is, so the preview says to check it."""
    from datetime import date, timedelta

    from liability_wizard.gui.questions import plain_label, question_of

    case_id = main_window.import_file(EXAMPLES / "e01-unidentified-seller.lwcase")
    wizard = main_window.open_case(case_id)
    qtbot.waitExposed(wizard)
    wizard.request_letter()
    plain = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    assert not plain.doubts.isVisible()
    plain.close()  # while it renders: the finished letter is dropped (pytest-qt fails on an exception)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    wizard.answers.set("transaction.date", (date.today() + timedelta(days=200)).isoformat())
    wizard.request_letter()
    doubtful = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    assert doubtful.doubts.isVisible()
    assert plain_label(question_of("transaction.date").label) in doubtful.doubts.text()
    qtbot.waitUntil(lambda: doubtful.document.pageCount() > 0, timeout=60000)
