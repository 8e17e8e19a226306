"""Cold start to the first window, beside a bare PySide6 QWizard started the same way; and the
memory with a case and its letter preview open.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--runs 5]
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python bench/bench_startup.py

Each run is a fresh process (cold interpreter, warm OS file cache). Targets (issue 5): the
program's first window within 2x the bare QWizard; <= 300 MB RSS with the preview open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "e13-trademark-goods-insufficient-measures.lwcase"


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _first_window(window) -> None:
    """Print the wall-clock time once the window is shown and painted (one event-loop turn)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.show()
    QApplication.processEvents()
    print(f"shown {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    _first_window(wizard)
    app.exec()


def child_program(with_preview: bool) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from liability_wizard.gui.app import _after_first_paint, create_application

    app = create_application()
    from liability_wizard.gui.main_window import MainWindow

    window = MainWindow()
    if not with_preview:
        _first_window(window)
        app.exec()
        return
    window.show()
    _after_first_paint(window)
    case_id = window.import_file(EXAMPLE)
    wizard = window.open_case(case_id)
    wizard.request_letter()
    from liability_wizard.gui.letter_preview import LetterPreview

    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview))
    deadline = time.time() + 120
    while preview.document.pageCount() == 0 and time.time() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    print(f"pages {preview.document.pageCount()} rss {_rss_mb():.1f}", flush=True)


def _spawn(kind: str, env: dict[str, str]) -> str:
    started = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", kind], env=env, capture_output=True, text=True,
                         timeout=300, check=True).stdout
    for line in out.splitlines():
        if line.startswith("shown "):
            return f"{float(line.split()[1]) - started:.3f}"
        if line.startswith("pages "):
            return line
    raise RuntimeError(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "program", "preview"])
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child in ("program", "preview"):
        child_program(args.child == "preview")
        return 0

    work = Path(tempfile.mkdtemp(prefix="lw-bench-"))
    env = {**os.environ, "LIABILITY_WIZARD_DB": str(work / "cases.sqlite3"), "XDG_CONFIG_HOME": str(work),
           "XDG_DATA_HOME": str(work)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    _spawn("program", env)  # warm the OS file cache and create the database once
    bare, program = [], []
    for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
        bare.append(float(_spawn("bare", env)))
        program.append(float(_spawn("program", env)))
    b, p = statistics.median(bare), statistics.median(program)
    print(f"bare PySide6 QWizard, first window: median {b * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"liability-wizard,     first window: median {p * 1000:.0f} ms  (runs: "
          f"{', '.join(f'{x * 1000:.0f}' for x in program)})")
    print(f"ratio {p / b:.2f}x (target <= 2.00x)")
    print(f"with a case and its letter preview open: {_spawn('preview', env)} MB (target <= 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
