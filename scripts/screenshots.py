"""Screenshots of the real program: the main window's opening frame, the case list, every wizard
page, the review page, the seed story entered from a new case (a fake air purifier bought in May
2023, the shop closed, the platform refusing the seller's details), the letter preview, and every dialog (``dialog-*.png``: file open and
save, print, message boxes, settings, the case database, about, history, restore from backup) opened the way a user opens
it. ``docs/screens/`` keeps them at 100 % and 125 %.

Run under a virtual screen the size of a small laptop, e.g.::

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py out/
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py out-200/

Uses a temporary database and settings; the user's own are not touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from liability_wizard.core.interview import Page, pages_for
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


def type_into(widget, text: str) -> None:
    """Replace a field's text as typing does (Chinese arrives from an input method as a commit)."""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def seed_story(app: QApplication, window: MainWindow, out: Path) -> None:
    """The review's story, from Ctrl+N: 王某 bought a fake air purifier in May 2023 (only the month is
    known), the shop has closed, the platform refuses the seller's details."""
    wizard = window.new_case()
    settle(app)
    wizard.grab().save(str(out / "60-seed-new-case.png"))
    parties = wizard.pages[Page.PARTIES].editors
    type_into(parties["title"], "王某网购空气净化器（假冒）")
    type_into(parties["client.name"], "王某")
    type_into(parties["platform.name"], "某电商平台")
    parties["platform.self_operated"].buttons[False].click()
    settle(app, 350)
    wizard.grab().save(str(out / "61-seed-parties.png"))
    wizard.next()
    transaction = wizard.pages[Page.TRANSACTION].editors
    settle(app, 350)
    wizard.grab().save(str(out / "62-seed-transaction-date-required.png"))
    type_into(transaction["transaction.date"].line, "2023-05")
    transaction["transaction.date"]._typed("")
    type_into(transaction["transaction.subject"], "空气净化器")
    type_into(transaction["transaction.price"], "3000")
    transaction["transaction.life_health"].buttons[False].click()
    settle(app, 350)
    wizard.grab().save(str(out / "63-seed-transaction-month.png"))
    wizard.next()
    harm = wizard.pages[Page.HARM].editors
    harm["harm.kinds"].boxes["property"].click()
    type_into(harm["harm.loss"], "3000")
    harm["harm.seller_fraud"].buttons[True].click()
    type_into(harm["harm.discovered_date"].line, "2023-05-20")  # the day the fake was known: limitation runs
    harm["harm.discovered_date"]._typed("")
    settle(app, 350)
    wizard.grab().save(str(out / "64-seed-harm.png"))
    wizard.next()
    ident = wizard.pages[Page.IDENTIFICATION].editors
    ident["identification.requested"].buttons[True].click()
    ident["identification.provided"].set_value("none")
    ident["identification.provided"].changed.emit()
    ident["identification.seller_left_platform"].buttons[True].click()
    settle(app, 300)
    wizard.grab().save(str(out / "65-seed-identification.png"))
    wizard.go_to_page(Page.LIMITATION)
    settle(app, 350)
    wizard.grab().save(str(out / "66-seed-limitation.png"))
    wizard.go_to_page(Page.CONCLUSION)
    settle(app, 400)
    wizard.grab().save(str(out / "67-seed-review.png"))
    wizard.close()


def settings_dialog(app: QApplication, window: MainWindow, out: Path) -> None:
    """The firm's letterhead and signing details (执业证号, a second lawyer, 邮编, 电子邮箱)."""
    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.gui.settings_dialog import SettingsDialog

    firm = FirmProfile(name="北京市某某律师事务所", address="北京市朝阳区建国路88号", phone="010-88886666",
                       lawyer="王某某", lawyer_licence="11101201010000001", postcode="100020",
                       email="office@example.cn")
    dialog = SettingsDialog(firm, window.settings, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "70-settings.png"))
    dialog.close()


#: Dialogs the walk answers with OK (to reach the dialog that follows), not Esc.
ACCEPTED = {"backup-choose"}


def grab_dialogs(app: QApplication, out: Path, names: list[str], open_them) -> None:
    """Call ``open_them``, which opens modal dialogs one after another (as a click does); each is saved
    as ``dialog-NAME.png`` once laid out, then dismissed (Esc: cancel, 否, close) or accepted."""
    pending = list(names)
    seen: set[int] = set()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and pending:
            if id(dialog) not in seen:  # first sight: let it lay out and paint
                seen.add(id(dialog))
            else:
                name = pending.pop(0)
                dialog.grab().save(str(out / f"dialog-{name}.png"))
                seen.discard(id(dialog))
                dialog.accept() if name in ACCEPTED else dialog.reject()
        if pending:
            QTimer.singleShot(300, poll)

    QTimer.singleShot(300, poll)
    open_them()
    settle(app, 300)
    if pending:
        raise RuntimeError(f"dialogs not seen: {pending}")


def dialogs(app: QApplication, window: MainWindow, wizard, preview: LetterPreview, out: Path) -> None:
    """Every dialog a user meets, opened the way the user opens it."""
    from liability_wizard.gui.restore_backup import choose_and_restore
    from liability_wizard.storage.backup import make_backup

    grab_dialogs(app, out, ["file-open"], window.import_with_dialog)
    grab_dialogs(app, out, ["file-save"], window.export_selected)
    grab_dialogs(app, out, ["print"], preview.print_with_dialog)
    grab_dialogs(app, out, ["about"], window.show_about)
    grab_dialogs(app, out, ["settings"], window.show_settings)
    grab_dialogs(app, out, ["database"], window.show_database_settings)
    grab_dialogs(app, out, ["history"], wizard.show_history)
    title = wizard.pages[Page.PARTIES].editors["title"]
    wizard.go_to_page(Page.PARTIES)
    saved_title = title.text()
    title.setText("")  # a case that cannot be saved: closing asks before discarding
    grab_dialogs(app, out, ["message-unsaved"], wizard.close)
    type_into(title, saved_title)
    make_backup(window.repository.path, "screenshots")
    grab_dialogs(app, out, ["backup-choose", "backup-confirm"], lambda: choose_and_restore(window))
    window.delete_selected()
    window.trash_action.trigger()
    window.table.selectRow(0)
    settle(app)
    window.grab().save(str(out / "01-trash.png"))  # the banner's 还原 / 永久删除
    grab_dialogs(app, out, ["message-delete-permanently"], window.purge_selected)
    window.trash_action.trigger()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lw-shots-"))
    documents = work / "home" / "Documents"  # where the file dialogs start: a clerk's folder, not ours
    documents.mkdir(parents=True)
    for stem in CASES:
        shutil.copy(examples_dir() / f"{stem}.lwcase", documents)
    os.environ["HOME"] = str(documents.parent)
    os.environ["LANG"] = "zh_CN.UTF-8"  # a Chinese office PC: the file dialog's dates and sizes in its format
    app = create_application([sys.argv[0]])
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    opening = MainWindow(settings, complete=False)  # the first frame at start, before the list is built
    opening.show()
    settle(app)
    opening.grab().save(str(out / "00-opening.png"))
    opening.close()
    window = MainWindow(settings)
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

    wizard.close()
    seed_story(app, window, out)

    wizard = window.open_case(ids[0])
    settle(app)
    wizard.request_letter()
    preview = next(w for w in app.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible())
    for _ in range(200):  # rendering runs on a worker thread
        settle(app, 100)
        if preview.document.pageCount() > 0:
            break
    settle(app, 300)
    preview.grab().save(str(out / "50-letter-preview.png"))
    settings_dialog(app, window, out)
    dialogs(app, window, wizard, preview, out)
    print(f"screenshots in {out} (screen {app.primaryScreen().size().toTuple()}, "
          f"scale {os.environ.get('QT_SCALE_FACTOR', '1')})")
    preview.close()
    wizard.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
