"""Where the memory of ``bench_startup.py``'s preview row goes: the same user path (start, open a case
file, preview its letter) and the bare baseline's (QWizard, WeasyPrint, QPdfView), step by step, with
the RSS split into anonymous memory (the Python heap, C libraries, Qt) and mapped files (shared
libraries, fonts).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/bench_preview_memory.py [--trace] [--files]

``--trace`` adds tracemalloc's growth per package at each step (tracemalloc's own bookkeeping inflates
the RSS, so its RSS figures are not the benchmark's; slow: minutes); ``--files`` lists the mapped files
that grew; ``--trim`` calls ``malloc_trim`` before each measurement
(what glibc holds but could return).
Each program runs in a fresh process, as in the benchmark.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def mapped_rss() -> dict[str, int]:
    """kB of RSS by mapping: a file's path, ``[heap]``, ``[anon]`` …"""
    sizes: dict[str, int] = defaultdict(int)
    name = "[anon]"
    header = re.compile(r"^[0-9a-f]+-[0-9a-f]+ ")
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if header.match(line):
            fields = line.split(None, 5)
            name = fields[5].strip() if len(fields) == 6 and fields[5].strip() else "[anon]"
        elif line.startswith("Rss:"):
            sizes[name] += int(line.split()[1])
    return sizes


def python_heap_kb() -> int:
    """What Python has allocated, as tracemalloc counts it (only while tracing)."""
    import tracemalloc

    return tracemalloc.get_traced_memory()[0] // 1024 if tracemalloc.is_tracing() else 0


class Steps:
    def __init__(self, trace: bool, files: bool, trim: bool) -> None:
        self.trace, self.files, self.trim = trace, files, trim
        self.previous = mapped_rss()
        self.snapshot = None
        if trace:
            import tracemalloc

            self.snapshot = tracemalloc.take_snapshot()

    def step(self, what: str) -> None:
        import gc

        gc.collect()
        if self.trim:  # what glibc would give back
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        now = mapped_rss()
        delta = {k: now.get(k, 0) - self.previous.get(k, 0) for k in set(now) | set(self.previous)}
        files = sum(v for k, v in delta.items() if k.startswith("/"))
        anon = sum(v for k, v in delta.items() if not k.startswith("/"))
        total = sum(now.values())
        line = (f"{what:<34} RSS {total / 1024:7.1f} MB  +{(files + anon) / 1024:6.1f}  "
                f"(anon {anon / 1024:+6.1f}, files {files / 1024:+6.1f})")
        if self.trace:
            import tracemalloc

            snapshot = tracemalloc.take_snapshot()
            by_package: dict[str, int] = defaultdict(int)
            for stat in snapshot.compare_to(self.snapshot, "traceback"):
                by_package[_owner(stat.traceback)] += stat.size_diff
            self.snapshot = snapshot
            top = sorted(by_package.items(), key=lambda item: -item[1])[:8]
            line += f"  heap {python_heap_kb() / 1024:6.1f} MB: " + ", ".join(
                f"{name} {size / 1048576:+.1f}" for name, size in top if abs(size) > 300_000)
        print(line, flush=True)
        if self.files:
            for name, size in sorted(delta.items(), key=lambda item: -item[1])[:12]:
                if size > 512:
                    print(f"    {size / 1024:6.1f} MB  {name}", flush=True)
        self.previous = now


def _owner(traceback) -> str:  # type: ignore[no-untyped-def]
    """The innermost package outside the standard library (and this bench) that allocated: an import's
    code objects count for the module that imports."""
    for frame in traceback:
        package = _package(frame.filename)
        if package != "stdlib":
            return package
    return "stdlib"


def _package(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("site-packages", "src"):
        if anchor in parts:
            rest = parts[parts.index(anchor) + 1:]
            if rest and rest[0] == "liability_wizard" and len(rest) > 2:
                return "lw." + rest[1]
            return rest[0] if rest else filename
    if "<frozen" in filename or "lib/python3" in filename or filename.startswith(str(ROOT)):
        return "stdlib"
    return filename


def ours(steps: Steps) -> None:
    from bench_startup import EXAMPLE, _wait
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from liability_wizard.gui.app import create_application, start
    from liability_wizard.gui.letter_preview import LetterPreview

    steps.step("imports (PySide6, gui.app)")
    create_application()
    steps.step("QApplication, fonts, translators")
    window = start([])
    _wait(lambda: window.repository is not None)
    _wait(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    steps.step("main window, repository open")
    window.open_case_file(EXAMPLE)
    _wait(lambda: bool(window.wizards))
    steps.step("case imported, wizard shown")
    _wait(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    steps.step("warm-ups (WeasyPrint, sort keys)")
    wizard = next(iter(window.wizards.values()))
    wizard.request_letter()
    _wait(lambda: any(isinstance(w, LetterPreview) and w.document.pageCount() > 0
                      for w in QApplication.topLevelWidgets()))
    _wait(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    steps.step("letter rendered, preview shown")


def bare(steps: Steps, html_file: str) -> None:
    from bench_startup import show_bare_pdf
    from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401  (counted in the imports step, as before)
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    steps.step("imports (PySide6)")
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    app.processEvents()
    steps.step("QApplication, QWizard shown")
    from weasyprint import HTML

    steps.step("WeasyPrint imported")
    pdf = HTML(filename=html_file).write_pdf()
    steps.step("letter rendered")
    show_bare_pdf(app, wizard, pdf)
    steps.step("QPdfView shown")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--files", action="store_true")
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) before each measurement")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        if args.trace:
            import tracemalloc

            tracemalloc.start(16)
        steps = Steps(args.trace, args.files, args.trim)
        ours(steps) if args.child[0] == "ours" else bare(steps, args.child[1])
        return 0
    from bench_startup import letter_html_file

    work = Path(tempfile.mkdtemp(prefix="lw-memory-"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
           "LIABILITY_WIZARD_DB": str(work / "cases.sqlite3")}
    options = [f"--{name}" for name in ("trace", "files", "trim") if getattr(args, name)]
    html_file = letter_html_file(work)
    for child in (["ours"], ["ours"], ["bare", str(html_file)]):  # the first run creates the database
        print(f"--- {child[0]}", flush=True)
        subprocess.run([sys.executable, __file__, *options, "--child", *child], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
