"""The opinion letter inside the program: rendered in the background, previewed with QtPdf,
exported to a PDF file or printed at the printer's resolution; draft watermark on request."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QProcess,
    QRect,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liability_wizard.gui.background import run_in_background
from liability_wizard.gui.folders import in_documents, save_file_name
from liability_wizard.gui.icons import action_icon
from liability_wizard.gui.screen_fit import fit_to_screen

RenderLetter = Callable[[bool], bytes]  # draft watermark? -> PDF bytes


class LetterPreview(QDialog):
    """``render(draft)`` runs off the GUI thread; ``produced(pdf, draft)`` fires for each letter made."""

    produced = Signal(bytes, bool)
    rendered = Signal()  # a new PDF is on screen (tests wait for it)
    word_exported = Signal(str)  # the path of a Word copy just written

    def __init__(self, title: str, render: RenderLetter, suggested_name: str,
                 parent: QWidget | None = None, *, render_word: RenderLetter | None = None,
                 doubtful: tuple[str, ...] = ()) -> None:
        """``doubtful``: the questions whose answers look implausible (a purchase date after today …);
        named above the letter, which prints them as they are (review P11)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("法律意见书预览 — %1").replace("%1", title))
        self._render = render
        self._render_word = render_word
        self._suggested_name = suggested_name
        self.pdf: bytes = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.zoom = QComboBox(self)
        self.zoom.addItem(self.tr("适合宽度"), 0.0)
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{percent} %", percent / 100)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        zoom_label = QLabel(self.tr("缩放(&Z)："), self)
        zoom_label.setBuddy(self.zoom)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self._go_to_page)
        page_label = QLabel(self.tr("页码(&G)："), self)
        page_label.setBuddy(self.page_box)
        self.view.pageNavigator().currentPageChanged.connect(
            lambda page: self.page_box.blockSignals(True) or self.page_box.setValue(page + 1)
            or self.page_box.blockSignals(False))
        self.draft = QCheckBox(self.tr("草稿水印(&D)"), self)
        self.draft.setChecked(True)
        self.draft.toggled.connect(lambda _on: self.render())
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: rendering
        self.busy.setMaximumWidth(160)
        self.busy.setFormat(self.tr("正在生成…"))
        self.message = QLabel(self)
        self.export_button = QPushButton(self.tr("导出 PDF(&E)…"), self)
        self.export_button.clicked.connect(self.export_with_dialog)
        # The editable copy a lawyer finishes in Word or WPS before sealing it.
        self.word_button = QPushButton(self.tr("导出 Word(&W)…"), self)
        self.word_button.clicked.connect(self.export_word_with_dialog)
        self.word_button.setVisible(render_word is not None)
        self.print_button = QPushButton(self.tr("打印(&P)…"), self)
        self.print_button.clicked.connect(self.print_with_dialog)
        close = QPushButton(self.tr("关闭(&C)"), self)
        close.clicked.connect(self.accept)

        bar = QHBoxLayout()
        for widget in (zoom_label, self.zoom, page_label, self.page_box, self.draft, self.busy, self.message):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget, icon in ((self.export_button, "file-type-pdf"), (self.word_button, "file-type-doc"),
                             (self.print_button, "printer"), (close, None)):
            if icon is not None:
                widget.setIcon(action_icon(icon))
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.doubts = QLabel(self.tr("⚠ 请先核对以下答案，意见书会照原样写入：%1").replace("%1", "、".join(doubtful)), self)
        self.doubts.setWordWrap(True)
        self.doubts.setStyleSheet("background: #fff4d6; color: #8a5a00; padding: 4px;")
        self.doubts.setVisible(bool(doubtful))
        layout.addWidget(self.doubts)
        layout.addWidget(self.view, 1)
        self.resize(900, 700)
        self.render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    def render(self) -> None:
        self.busy.show()
        self.message.setText(self.tr("正在生成意见书…"))
        for button in (self.export_button, self.print_button, self.draft):
            button.setEnabled(False)
        draft = self.draft.isChecked()
        run_in_background(lambda: self._render(draft), lambda pdf: self._show(pdf, draft), self._failed, self)

    def _zoom_changed(self, _index: int) -> None:
        factor = self.zoom.currentData()
        if factor:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _go_to_page(self, number: int) -> None:
        self.view.pageNavigator().jump(number - 1, QPointF(), self.view.zoomFactor())

    def _show(self, pdf: bytes, draft: bool) -> None:
        # Re-rendering (the watermark toggled) keeps the place the user was reading (review P26).
        scroll = self.view.verticalScrollBar().value()
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.busy.hide()
        self.message.setText(self.tr("共 %n 页", "", self.document.pageCount()))
        self.page_box.setMaximum(max(1, self.document.pageCount()))
        QTimer.singleShot(0, self, lambda: self.view.verticalScrollBar().setValue(scroll))
        for button in (self.export_button, self.print_button, self.draft):
            button.setEnabled(True)
        self.produced.emit(pdf, draft)
        self.rendered.emit()

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.draft.setEnabled(True)
        text = getattr(exc, "message", None) or str(exc)
        self.message.setText(self.tr("生成失败"))
        QMessageBox.critical(self, self.tr("无法生成意见书"), self.tr("生成法律意见书时出错：%1").replace("%1", text))

    # --- export and print ---------------------------------------------------------------------

    def export_with_dialog(self) -> None:
        path = save_file_name(self, self.tr("导出法律意见书"), in_documents(self._suggested_name),
                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("无法导出"),
                                 self.tr("无法写入文件 %1：%2").replace("%1", str(path))
                                 .replace("%2", exc.strerror or str(exc)))
            return False
        self.message.setText(self.tr("已导出到 %1").replace("%1", str(path)))
        return True

    def export_word_with_dialog(self) -> None:
        name = str(Path(self._suggested_name).with_suffix(".docx"))
        path = save_file_name(self, self.tr("导出可编辑的 Word 文档"), name,
                              self.tr("Word 文档 (*.docx)"))
        if path:
            self.export_word_to(Path(path))

    def export_word_to(self, path: Path) -> None:
        """Made on a worker (python-docx), then written; ``word_exported`` fires when the file is there."""
        assert self._render_word is not None
        render, draft = self._render_word, self.draft.isChecked()
        self.word_button.setEnabled(False)
        self.message.setText(self.tr("正在生成 Word 文档…"))
        run_in_background(lambda: render(draft), lambda data: self._write_word(path, data), self._word_failed)

    def _write_word(self, path: Path, data: bytes) -> None:
        from liability_wizard.private_files import write_file_atomically

        self.word_button.setEnabled(True)
        try:
            write_file_atomically(path, data)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("无法导出"),
                                 self.tr("无法写入文件 %1：%2").replace("%1", str(path))
                                 .replace("%2", exc.strerror or str(exc)))
            return
        self.message.setText(self.tr("已导出到 %1").replace("%1", str(path)))
        self.word_exported.emit(str(path))

    def _word_failed(self, exc: Exception) -> None:
        self.word_button.setEnabled(True)
        text = getattr(exc, "message", None) or str(exc)
        self.message.setText(self.tr("生成失败"))
        QMessageBox.critical(self, self.tr("无法生成 Word 文档"), self.tr("生成 Word 文档时出错：%1").replace("%1", text))

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name)
        printer.setOutputFileName(in_documents(self._suggested_name))  # "print to file": not ~/print.pdf
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, *, raster: bool = False) -> None:
        """Print without freezing the window (review P3). "Print to file" writes the letter's own PDF
        (vector text, the size of an export); on Linux/macOS the PDF itself goes to CUPS with ``lp``;
        otherwise (Windows, or no ``lp``) pages are rendered at the printer's resolution capped at
        600 dpi on a worker thread, with progress and 取消. ``raster`` forces that last way (tests)."""
        if not raster and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            if self.export_to(Path(printer.outputFileName())):
                self.message.setText(self.tr("已打印到文件 %1").replace("%1", printer.outputFileName()))
            return
        lp = shutil.which("lp") if sys.platform != "win32" else None
        if not raster and lp is not None and printer.printerName():
            self._send_to_cups(lp, printer)
            return
        self._print_pages(printer)

    def _send_to_cups(self, lp: str, printer: QPrinter) -> None:
        process = QProcess(self)
        arguments = ["-d", printer.printerName(), "-n", str(max(1, printer.copyCount())), "-t", self._suggested_name]
        process.finished.connect(lambda code, _status: self.message.setText(
            self.tr("已发送到打印机 %1").replace("%1", printer.printerName()) if code == 0
            else self.tr("打印失败：%1").replace("%1", bytes(process.readAllStandardError().data()).decode(
                errors="replace").strip())))
        process.start(lp, arguments)
        process.write(self.pdf)
        process.closeWriteChannel()
        self.message.setText(self.tr("正在发送到打印机…"))

    def _print_pages(self, printer: QPrinter) -> None:
        progress = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, self.document.pageCount(), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        job = PrintJob(self.pdf, printer, self)
        job.page_done.connect(progress.setValue)
        progress.canceled.connect(job.cancel)
        job.finished.connect(progress.close)
        job.finished.connect(lambda: self.message.setText(
            job.error or (self.tr("打印已取消") if job.cancelled else self.tr("已发送到打印机"))))
        self.print_job = job
        job.start()


class PrintJob(QThread):
    """Renders each page at ≤ 600 dpi and paints it on the printer, off the GUI thread (QPainter may
    paint on a QPrinter in a worker thread); one page image in memory at a time."""

    page_done = Signal(int)
    MAX_DPI = 600
    BAND = 700  # pixel rows rendered at a time

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.printer = pdf, printer
        self.cancelled = False
        self.error = ""

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(self.printer):
            self.error = QCoreApplication.translate("LetterPreview", "打印机无法开始打印。")
            return
        try:
            dpi = min(self.printer.resolution(), self.MAX_DPI)
            for index in range(document.pageCount()):
                if self.cancelled:
                    self.printer.abort()
                    return
                if index:
                    self.printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # In bands: a whole A4 page at 600 dpi is a 140 MB image; a band is a tenth of that.
                for top in range(0, size.height(), self.BAND):
                    band = QRect(0, top, size.width(), min(self.BAND, size.height() - top))
                    options = QPdfDocumentRenderOptions()
                    options.setScaledSize(size)
                    options.setScaledClipRect(band)
                    image = document.render(index, band.size(), options)
                    y0 = target.top() + top * scaled.height() // size.height()
                    y1 = target.top() + band.bottom() * scaled.height() // size.height() + 1
                    painter.drawImage(QRect(target.left(), y0, scaled.width(), y1 - y0), image)
                    if self.cancelled:
                        break
                self.page_done.emit(index + 1)
        finally:
            painter.end()
            document.close()
