"""Printing the longest example letter: time and peak memory of each way the preview prints.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print.py [--dpi 600]

"to file" is 打印到文件 (the letter's own vector PDF is written); "raster" is the fallback for
Windows or a machine without CUPS: every page rendered at ``--dpi`` (the preview caps it at 600) on
the worker thread and painted on a PDF printer. Targets (issue 11): the window stays responsive
(the work runs on a QThread), peak RSS ≤ 300 MB for a 10-page letter, print to file ≤ 300 KB.
Peak RSS is the process's high-water mark (``ru_maxrss``), measured after each step.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.gui.letter_preview import LetterPreview, PrintJob
from liability_wizard.report.letter import render_letter

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=600)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    letters = {}
    for path in sorted(EXAMPLES.glob("*.lwcase")):
        case = read_case_file(path)
        letters[path.stem] = render_letter(case, evaluate_case(case), FirmProfile(), letter_date=date(2026, 11, 29))
    stem, pdf = max(letters.items(), key=lambda item: len(item[1]))
    print(f"longest letter: {stem}, {len(pdf) // 1024} KB; peak RSS after rendering all letters {peak_mb():.0f} MB")
    out = Path(tempfile.mkdtemp(prefix="lw-print-"))
    preview = LetterPreview(stem, lambda _draft: pdf, stem + ".pdf")
    while preview.document.pageCount() == 0:
        app.processEvents()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "to-file.pdf"))
    start = time.perf_counter()
    preview.print_to(printer)
    print(f"to file: {(time.perf_counter() - start) * 1000:.0f} ms, {(out / 'to-file.pdf').stat().st_size // 1024} KB, "
          f"peak RSS {peak_mb():.0f} MB")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(args.dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "raster.pdf"))
    job = PrintJob(pdf, printer)
    start = time.perf_counter()
    job.start()
    while not job.isFinished():  # the GUI thread keeps turning meanwhile
        app.processEvents()
        job.wait(20)
    print(f"raster at {min(args.dpi, PrintJob.MAX_DPI)} dpi ({preview.document.pageCount()} pages): "
          f"{time.perf_counter() - start:.1f} s, {(out / 'raster.pdf').stat().st_size // 1024} KB, "
          f"peak RSS {peak_mb():.0f} MB")
    preview.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
