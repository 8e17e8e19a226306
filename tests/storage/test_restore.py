"""Bad days with the real SQLite: restoring after a crash that left a -wal, empty, missing and
schema-damaged databases, several instances opening a new database at once, and reading cases on a
read-only folder or a full disk."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from liability_wizard.storage.backup import list_backups, newest_backup
from liability_wizard.storage.errors import DatabaseCorruptError, DatabaseMissingError
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.restore import restore_backup
from tests.conftest import ROOT
from tests.storage.conftest import integrity, make_case, run_cli
from tests.storage.test_faults import CHILD_ENV, start_writer

OPENER = Path(__file__).with_name("opener_process.py")


def case_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM cases").fetchone()[0]


def five_cases_and_a_backup(db_path: Path) -> Path:
    with CaseRepository.open(db_path) as repo:
        for number in range(5):
            repo.create(make_case(f"案件{number}"))
    with CaseRepository.open(db_path) as repo:  # the day's first open of an existing database: a backup
        backup = repo.database.backup_made
    assert backup is not None
    return backup


# -- restore ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_restore_after_a_crash_with_a_leftover_wal_gives_an_intact_database_and_keeps_the_old(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = five_cases_and_a_backup(db_path)
    writer = start_writer(db_path, "甲", 100_000)
    assert writer.stdout is not None
    for _ in range(100):
        writer.stdout.readline()
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=60)
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the crash left a -wal that SQLite would replay
    assert run_cli("restore-backup", "--db", db_path) == 0
    out = capsys.readouterr().out
    assert str(backup) in out and "5 件案件" in out
    assert integrity(db_path) == ["ok"]
    assert not wal.exists() or case_count(db_path) == 5
    with CaseRepository.open(db_path) as repo:
        assert [s.title for s in repo.list_cases(CaseQuery(limit=None, sort="title", descending=False)).items] \
            == [f"案件{n}" for n in range(5)]
    (kept,) = [p for p in (db_path.parent / "backups").iterdir() if p.name.startswith("damaged-")]
    assert str(kept) in out
    assert {p.name for p in kept.iterdir()} >= {"cases.sqlite3", "cases.sqlite3-wal"}
    assert case_count(kept / "cases.sqlite3") >= 105  # the damaged copy keeps the newer cases
    assert list_backups(db_path)[0] == backup  # the backup itself is untouched


def test_a_damaged_backup_is_refused_and_nothing_is_moved(db_path: Path) -> None:
    backup = five_cases_and_a_backup(db_path)
    with backup.open("r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 4000)
    before = db_path.read_bytes()
    with pytest.raises(Exception, match="无法用于恢复"):
        restore_backup(db_path, backup)
    assert db_path.read_bytes() == before
    assert not any(p.name.startswith("damaged-") for p in backup.parent.iterdir())


# -- empty, missing and damaged databases -----------------------------------------------------

def test_a_zero_byte_database_is_reported_as_damaged_naming_the_newest_backup(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = five_cases_and_a_backup(db_path)
    db_path.write_bytes(b"")
    for command in (("list",), ("import", str(ROOT / "resources" / "welcome.lwcase"))):
        assert run_cli(*command, "--db", db_path) == 1
        err = capsys.readouterr().err
        assert "已损坏" in err and "0 字节" in err and str(backup) in err and "restore-backup" in err
        assert db_path.stat().st_size == 0  # never silently replaced by a new, empty database
    assert run_cli("restore-backup", "--db", db_path) == 0
    assert case_count(db_path) == 5


def test_a_missing_database_with_backups_is_not_recreated_empty(db_path: Path) -> None:
    backup = five_cases_and_a_backup(db_path)
    db_path.unlink()
    with pytest.raises(DatabaseMissingError) as caught:
        CaseRepository.open(db_path)
    assert str(backup) in caught.value.message
    assert not db_path.exists()


def test_damaged_schema_text_is_reported_as_damage_without_a_traceback(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = five_cases_and_a_backup(db_path)
    data = bytearray(db_path.read_bytes())
    data[data.index(b"tablecases") + len("table")] = 0xED  # not UTF-8: the table's name in sqlite_master
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    for command in ("list", "backup"):
        extra = ("-o", str(db_path.parent / "x.sqlite3")) if command == "backup" else ()
        assert run_cli(command, *extra, "--db", db_path) == 1
        err = capsys.readouterr().err
        assert "已损坏" in err and str(backup) in err and "Traceback" not in err
    with pytest.raises(DatabaseCorruptError):
        CaseRepository.open(db_path)
    assert db_path.read_bytes() == before


def test_a_huge_case_id_is_a_case_that_does_not_exist(repo: CaseRepository, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("export", "delete"):
        extra = ("-o", str(tmp_path / "x.lwcase")) if command == "export" else ()
        assert run_cli(command, "99999999999999999999", *extra, "--db", repo.path) == 1
        assert "没有编号为 99999999999999999999 的案件" in capsys.readouterr().err


# -- several instances at once ----------------------------------------------------------------

@pytest.mark.slow
def test_three_processes_opening_a_new_database_at_once_never_hear_read_only(tmp_path: Path) -> None:
    rounds = 50
    openers = [subprocess.Popen([sys.executable, str(OPENER), str(tmp_path), str(rounds)], cwd=ROOT,
                                env=CHILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(3)]
    results: list[str] = []
    for number in range(rounds):
        for opener in openers:
            assert opener.stdout is not None and opener.stdout.readline().strip() == f"ready {number}"
        (tmp_path / f"go{number}").touch()  # all three are waiting: they open the new database together
        for opener in openers:
            assert opener.stdout is not None
            results.append(opener.stdout.readline().strip())
        assert case_count(tmp_path / f"run{number}" / "new.sqlite3") == 3, results[-3:]
    for opener in openers:
        assert opener.wait(timeout=60) == 0, opener.stderr.read() if opener.stderr else ""
    assert [r for r in results if not r.startswith("ok ")] == []
    assert len(results) == 3 * rounds


# -- read-only folder and full disk -----------------------------------------------------------

@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder.mkdir(parents=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs (no CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def filled_database(folder: Path) -> Path:
    """A database in ``folder`` with its day's backup, aged two days, so the next open wants another."""
    db = folder / "cases.sqlite3"
    with CaseRepository.open(db) as repo:
        for number in range(10):
            repo.create(make_case(f"案件{number}", notes="甲" * 800))
    CaseRepository.open(db).close()
    two_days_ago = time.time() - 2 * 86400
    for backup in list_backups(db):
        os.utime(backup, (two_days_ago, two_days_ago))
    return db


def assert_list_and_export_work(db: Path, export_to: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run_cli("list", "--db", db) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 10 and "Traceback" not in err
    assert run_cli("export", "3", "-o", export_to, "--db", db) == 0
    assert '"案件2"' in export_to.read_text(encoding="utf-8")
    return err + capsys.readouterr().err


@pytest.mark.slow
def test_list_and_export_work_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with mounted_tmpfs(tmp_path / "small", "2m") as folder:
        db = filled_database(folder)
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        before = newest_backup(db)
        err = assert_list_and_export_work(db, tmp_path / "exported.lwcase", capsys)
        assert "自动备份未能完成" in err or "只读方式" in err  # the reason, in Chinese
        assert newest_backup(db) == before  # no half-written backup left in the rotation
        assert run_cli("import", str(ROOT / "resources" / "welcome.lwcase"), "--db", db) == 1
        assert "本次操作未保存任何内容" in capsys.readouterr().err
        (folder / "filler").unlink()  # SQLite needs room for its -shm to check the file
        assert integrity(db) == ["ok"]
        assert case_count(db) == 10


@pytest.mark.slow
def test_list_and_export_work_on_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with mounted_tmpfs(tmp_path / "mount", "8m") as folder:
        db = filled_database(folder)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        err = assert_list_and_export_work(db, tmp_path / "exported.lwcase", capsys)
        assert "只读方式" in err
        assert run_cli("import", str(ROOT / "resources" / "welcome.lwcase"), "--db", db) == 1
        assert "无法写入案件数据库" in capsys.readouterr().err
