"""What the user sees at start-up, beside a bare PySide6 QWizard started the same way and in the
same run (alternating, A B A B …): the first *painted* frame, the moment the case list is filled,
the memory 4 s later, and the memory with a case and its letter preview open.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--big-db PATH] [--cases 100000]

Needs Xvfb (``apt-get install xvfb``). The benchmark starts its own virtual screen with a black
root window and reads its framebuffer (``Xvfb -fbdir``): a frame counts as painted when enough
pixels are no longer black, and the case list as filled when one of the list's outcome badge
colours is on the screen. A window that is mapped but not yet painted is black there, so it is not
counted as shown (a timer stopping at ``show()`` or at the map event would count it).

Each run is a fresh process started the way a user starts the program (``liability-wizard`` with
no arguments) on a database that already holds cases: a small one (the welcome case) and one of
``--cases`` generated cases (kept at ``--big-db`` to be reused; generated once otherwise).

The first frame is the main window with its title and a line saying the cases are opening; its
menus, toolbar and list are built right after it. So the time to the complete window (the list
filled) is printed beside the first paint, against the same bare first frame.

Targets (issue 13): first painted window <= 1.5x the bare QWizard, case list filled <= 0.5 s
after the first paint, also with 100,000 cases; RSS 4 s after start <= 120 MB; RSS with a case
and its letter preview open <= 200 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import mmap
import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "e13-trademark-goods-insufficient-measures.lwcase"
SCREEN = (1366, 768)
PAINTED_PIXELS = 12_000  # more than a title bar or a cursor: a window's worth of non-black pixels
BADGE_PIXELS = 200  # a few list cells in an outcome colour
POLL_S = 0.004
IDLE_RSS_AT_S = 4.0

PROGRAM = "import sys\nfrom liability_wizard.cli.main import main\nsys.exit(main([]))\n"
BARE = ("import sys\nfrom PySide6.QtWidgets import QApplication, QWizard, QWizardPage\n"
        "app = QApplication(sys.argv)\nwizard = QWizard()\nwizard.addPage(QWizardPage())\nwizard.show()\n"
        "sys.exit(app.exec())\n")


def _badge_colours() -> list[bytes]:
    """The list's outcome colours as framebuffer bytes (32-bit pixels, blue green red)."""
    colours = {"#1e7b34", "#a12622", "#b06d00", "#6b6b6b"}  # gui.outcome_labels.COLOURS, without Qt
    return [bytes.fromhex(c[1:])[::-1] for c in colours]


class Framebuffer:
    """Xvfb's screen 0 as it writes it to ``-fbdir``: an XWD file, mapped shared."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        header = struct.unpack(">25I", self._map[:100])
        header_size, depth, bits_per_pixel, ncolours = header[0], header[3], header[11], header[19]
        assert depth == 24 and bits_per_pixel == 32, "run Xvfb with -screen 0 WxHx24"
        self._pixels = header_size + ncolours * 12
        self._badges = _badge_colours()

    def painted_pixels(self) -> int:
        """Pixels whose green channel is not zero (the window's grey is; the black root is not)."""
        green = self._map[self._pixels + 1::4]
        return len(green) - green.count(0)

    def badge_pixels(self) -> int:
        screen = self._map[self._pixels:]
        return sum(screen.count(colour) for colour in self._badges)

    def close(self) -> None:
        self._map.close()
        self._file.close()


def _header_written(path: Path) -> bool:
    with contextlib.suppress(OSError), path.open("rb") as f:
        return f.read(4) not in (b"", b"\0\0\0\0")
    return False


@contextlib.contextmanager
def virtual_screen() -> Iterator[tuple[str, Framebuffer]]:
    folder = Path(tempfile.mkdtemp(prefix="lw-fb-"))
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-fbdir",
                               str(folder), "-br", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() or not _header_written(folder / "Xvfb_screen0"):
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.02)
        framebuffer = Framebuffer(folder / "Xvfb_screen0")
        try:
            yield display, framebuffer
        finally:
            framebuffer.close()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@dataclass
class Start:
    painted: float  # seconds from spawning the process to the first painted frame
    filled: float | None  # … to the case list's first badge on screen
    idle_rss: float | None  # MB, IDLE_RSS_AT_S after spawning


def one_start(script: str, env: dict[str, str], screen: Framebuffer, *, list_shown: bool,
              idle_rss: bool) -> Start:
    while screen.painted_pixels():  # the previous run's window must be gone
        time.sleep(0.01)
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    painted = filled = rss = None
    try:
        while True:
            now = time.monotonic() - started
            if process.poll() is not None:
                raise RuntimeError(f"the child exited early: {process.stderr.read().decode()}")  # type: ignore[union-attr]
            if painted is None and screen.painted_pixels() > PAINTED_PIXELS:
                painted = now
            if list_shown and filled is None and painted is not None and screen.badge_pixels() > BADGE_PIXELS:
                filled = now
            if idle_rss and rss is None and now >= IDLE_RSS_AT_S:
                rss = rss_mb(process.pid)
            if painted is not None and (filled is not None or not list_shown) and (rss is not None or not idle_rss):
                return Start(painted, filled, rss)
            if now > 60:
                raise RuntimeError("nothing painted within 60 s")
            time.sleep(POLL_S)
    finally:
        process.terminate()
        process.wait()


def _figures(values: list[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def print_row(what: str, ours: list[float], bare: list[float], unit: str, target: float | None = None) -> None:
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    median_ratio = statistics.median(ratios)
    goal = "" if target is None else f"  target <= {target:.2f}x {'ok' if median_ratio <= target else 'NOT MET'}"
    print(f"{what}\n  ours {_figures(ours)} {unit} / bare {_figures(bare)} {unit} / ratio {_figures(ratios)}"
          f" (min / median / max){goal}", flush=True)


def start_series(label: str, env: dict[str, str], screen: Framebuffer, runs: int) -> None:
    one_start(PROGRAM, env, screen, list_shown=True, idle_rss=False)  # warm-up: OS cache, daily backup
    one_start(BARE, env, screen, list_shown=False, idle_rss=False)
    ours: list[Start] = []
    bare: list[Start] = []
    for _ in range(runs):  # alternating, so drifting machine load hits both alike
        ours.append(one_start(PROGRAM, env, screen, list_shown=True, idle_rss=True))
        bare.append(one_start(BARE, env, screen, list_shown=False, idle_rss=True))
    print_row(f"[{label}] start -> first painted window", [s.painted for s in ours], [s.painted for s in bare],
              "s", 1.5)
    # The program paints a light opening frame first and completes the window after it: the complete
    # window (its list filled) is shown beside the bare QWizard's first frame too.
    print_row(f"[{label}] start -> complete window (case list filled)", [s.filled or 0 for s in ours],
              [s.painted for s in bare], "s")
    after = [s.filled - s.painted for s in ours if s.filled is not None]
    verdict = "ok" if statistics.median(after) <= 0.5 else "NOT MET"
    print(f"[{label}] case list filled after the first paint: {_figures(after)} s (target <= 0.5 s {verdict})")
    print_row(f"[{label}] RSS {IDLE_RSS_AT_S:.0f} s after start, idle", [s.idle_rss or 0 for s in ours],
              [s.idle_rss or 0 for s in bare], "MB")
    idle = statistics.median(s.idle_rss or 0 for s in ours)
    print(f"[{label}] idle RSS target <= 120 MB: {'ok' if idle <= 120 else 'NOT MET'}", flush=True)


def bytecode_cache(folder: Path) -> dict[str, str]:
    """The environment with a bytecode cache of the run's own (the warm-up runs fill it), as an installed
    program has: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__`` in the checkout, every start
    would compile the program's modules (~20 ms of CPU before our first frame) while the libraries' came
    precompiled."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def big_database(path: Path, cases: int) -> Path:
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_storage import bulk_insert

    from liability_wizard.storage.repository import CaseRepository

    CaseRepository.open(path).close()
    seconds = bulk_insert(path, cases, random.Random(20260101))
    print(f"generated {cases:,} cases in {seconds:.1f} s at {path}", flush=True)
    return path


# --- memory with a case and its preview open: driven in-process -------------------------------

def _wait(condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def child_preview() -> None:
    """The program as a user drives it: start, open a case file in the wizard, preview its letter."""
    from PySide6.QtWidgets import QApplication

    from liability_wizard.gui.app import create_application, start
    from liability_wizard.gui.letter_preview import LetterPreview

    create_application()
    window = start([str(EXAMPLE)])
    _wait(lambda: bool(window.wizards))
    wizard = next(iter(window.wizards.values()))
    wizard.request_letter()
    _wait(lambda: any(isinstance(w, LetterPreview) and w.document.pageCount() > 0
                      for w in QApplication.topLevelWidgets()))
    print(f"rss {rss_mb():.1f}", flush=True)


def child_bare_preview(html_file: str) -> None:
    """A bare QWizard and a QPdfView showing the same letter HTML rendered by bare WeasyPrint."""
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
    from weasyprint import HTML

    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    show_bare_pdf(app, wizard, HTML(filename=html_file).write_pdf())
    print(f"rss {rss_mb():.1f}", flush=True)


def show_bare_pdf(app, parent, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    """The bare baseline's preview: a plain QPdfView in a dialog over ``parent``, shown until its pages
    are loaded (also used by ``bench_preview_memory.py``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog(parent)
    document = QPdfDocument(dialog)
    view = QPdfView(dialog)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    QVBoxLayout(dialog).addWidget(view)
    buffer = QBuffer(dialog)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    dialog.resize(900, 700)
    dialog.show()
    _wait(lambda: document.pageCount() > 0)
    app.processEvents()


def letter_html_file(folder: Path) -> Path:
    """The example's letter HTML with the letter's fonts (only), for the bare preview."""
    from datetime import date

    from liability_wizard.core.case import read_case_file
    from liability_wizard.core.evaluator import evaluate_case
    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.report.fonts import font_face_css
    from liability_wizard.report.letter import letter_html

    case = read_case_file(EXAMPLE)
    html = letter_html(case, evaluate_case(case), FirmProfile(), letter_date=date(2026, 1, 1))
    fonts = f'<style>{font_face_css()} body {{ font-family: "Noto Serif SC", "Noto Serif SC Ext"; }}</style>'
    path = folder / "letter.html"
    path.write_text(html.replace("</head>", fonts + "</head>", 1), encoding="utf-8")
    return path


def preview_series(env: dict[str, str], runs: int, html_file: Path) -> None:
    def measure(*child: str) -> float:
        out = subprocess.run([sys.executable, __file__, "--child", *child], env=env, capture_output=True,
                             text=True, timeout=300, check=True).stdout
        return float(out.split("rss ")[1])

    ours, bare = [], []
    for _ in range(runs):
        ours.append(measure("preview"))
        bare.append(measure("bare-preview", str(html_file)))
    print_row("RSS with a case and its letter preview open (MB)", ours, bare, "MB")
    print(f"preview RSS target <= 200 MB: {'ok' if statistics.median(ours) <= 200 else 'NOT MET'}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--preview-runs", type=int, default=3)
    parser.add_argument("--big-db", type=Path, help="the many-case database (generated there if missing)")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "preview":
            child_preview()
        else:
            child_bare_preview(args.child[1])
        return 0

    work = Path(tempfile.mkdtemp(prefix="lw-bench-"))
    base = {**bytecode_cache(work / "bytecode"), "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"), "QT_QPA_PLATFORM": "xcb"}
    small = {**base, "LIABILITY_WIZARD_DB": str(work / "cases.sqlite3")}
    with virtual_screen() as (display, screen):
        small["DISPLAY"] = display
        if args.runs:
            start_series("welcome case only", small, screen, args.runs)
        if args.runs and not args.skip_big:
            db = big_database(args.big_db or work / "big.sqlite3", args.cases)
            start_series(f"{args.cases:,} cases", {**small, "LIABILITY_WIZARD_DB": str(db)}, screen, args.runs)
        if args.preview_runs:
            preview_env = {**small, "LIABILITY_WIZARD_DB": str(work / "preview.sqlite3")}
            preview_series(preview_env, args.preview_runs, letter_html_file(work))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
