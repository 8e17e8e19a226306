"""Qt's own dialogs speak Chinese under the Chinese interface (review P14): the message-box and
button-box buttons, the file dialog (which starts in the user's Documents folder) and the print dialog."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from liability_wizard.gui.folders import documents_folder
from liability_wizard.gui.language import install_translators
from liability_wizard.gui.main_window import MainWindow

#: An English word in a widget's text ("Look", "Files"); a mnemonic's lone letter "(&T)" is not one.
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def english_texts(dialog: QWidget) -> list[str]:
    widgets = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) + dialog.findChildren(QGroupBox)
    texts = [w.title() if isinstance(w, QGroupBox) else w.text() for w in widgets if w.isVisibleTo(dialog)]
    return [t for t in texts if ENGLISH_WORD.search(t.replace("PDF", ""))]


def test_message_box_buttons_read_in_chinese(chinese) -> None:
    S = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "永久删除", "确定删除这件案件吗？",
                      S.Yes | S.No | S.Ok | S.Cancel | S.Discard | S.Close)
    assert {box.button(b).text() for b in (S.Yes, S.No, S.Ok, S.Cancel, S.Discard, S.Close)} == {
        "是(&Y)", "否(&N)", "确定", "取消", "丢弃", "关闭"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["保存", "关闭"])


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog_reads_in_chinese(qtbot, chinese, mode: QFileDialog.AcceptMode) -> None:
    dialog = QFileDialog(None, "导出法律意见书", str(documents_folder()), "PDF 文件 (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert {b.text() for b in buttons} == ({"打开(&O)", "取消"} if mode == QFileDialog.AcceptMode.AcceptOpen
                                           else {"保存(&S)", "取消"})
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert english_texts(dialog) == []


def test_print_dialog_reads_in_chinese(qtbot, chinese) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer, None)
    qtbot.addWidget(dialog)
    dialog.show()
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text().startswith("选项"))
    options.click()
    assert english_texts(dialog) == []


def test_import_dialog_starts_in_documents_and_reads_in_chinese(qtbot, chinese, main_window: MainWindow) -> None:
    seen: list[tuple[str, list[str]]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append((dialog.directory().absolutePath(), english_texts(dialog)))
            dialog.reject()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    main_window.import_with_dialog()
    assert seen == [(str(documents_folder()), [])]


def test_qts_own_file_dialog_opens_wide_enough_for_its_columns(qtbot, chinese) -> None:
    from PySide6.QtWidgets import QSplitter, QTreeView

    from liability_wizard.gui.folders import COLUMN_WIDTHS, DIALOG_SIZE, file_dialog

    dialog = file_dialog(None, "导入案件文件", str(documents_folder()), "案件文件 (*.lwcase)",
                         QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFiles)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.width(), dialog.height()) == DIALOG_SIZE
    assert dialog.findChild(QSplitter).sizes()[0] >= 150  # the side bar's "计算机" is not cut to "计…"
    header = dialog.findChild(QTreeView).header()
    assert [header.sectionSize(c) for c in (1, 2, 3)] == list(COLUMN_WIDTHS)
