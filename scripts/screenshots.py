"""Screenshots of the real program: the case list, every wizard page, the letter preview.

Run under a virtual screen the size of a small laptop, e.g.::

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py out/
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py out-200/

Uses a temporary database and settings; the user's own are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from liability_wizard.core.interview import pages_for
from liability_wizard.core.sample_cases import examples_dir
from liability_wizard.gui.app import create_application
from liability_wizard.gui.letter_preview import LetterPreview
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.repository import CaseRepository

CASES = ("e13-trademark-goods-insufficient-measures", "e04-food-unlicensed", "e01-unidentified-seller")


def settle(_app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()  # not app.exec()/quit(): Qt 6's quit() closes every window
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lw-shots-"))
    app = create_application([sys.argv[0]])
    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.attach_repository(CaseRepository.open(work / "cases.sqlite3", daily_backup=False))
    ids = [window.import_file(examples_dir() / f"{stem}.lwcase") for stem in CASES]
    window.show()
    settle(app)
    window.grab().save(str(out / "00-case-list.png"))

    wizard = window.open_case(ids[1])  # food: the longest path
    settle(app)
    for page in pages_for(wizard.answers.data):
        wizard.go_to_page(page)
        settle(app, 80)
        wizard.grab().save(str(out / f"{10 + page:02d}-wizard-{page.name.lower()}.png"))
    wizard.close()

    wizard = window.open_case(ids[0])  # rights holder: its knowledge page and result
    settle(app)
    for page in pages_for(wizard.answers.data)[-3:]:
        wizard.go_to_page(page)
        settle(app, 80)
        wizard.grab().save(str(out / f"{30 + page:02d}-rights-holder-{page.name.lower()}.png"))

    wizard.request_letter()
    preview = next(w for w in app.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    for _ in range(200):  # rendering runs on a worker thread
        settle(app, 100)
        if preview.document.pageCount() > 0:
            break
    settle(app, 300)
    preview.grab().save(str(out / "50-letter-preview.png"))
    print(f"screenshots in {out} (screen {app.primaryScreen().size().toTuple()}, "
          f"scale {os.environ.get('QT_SCALE_FACTOR', '1')})")
    preview.close()
    wizard.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
