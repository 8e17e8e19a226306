"""Corrupt files, read-only folders, a full disk, two instances at once and a killed writer."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from liability_wizard.storage.backup import list_backups
from liability_wizard.storage.errors import DatabaseCorruptError, DiskFullError
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES, ROOT
from tests.storage.conftest import integrity, make_case, run_cli
from tests.storage.writer_process import facts

WRITER = Path(__file__).with_name("writer_process.py")
# src first: the child must run this checkout's code, not whatever the shared .venv has installed.
CHILD_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}


def start_writer(db: Path, label: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), str(db), label, str(count)], cwd=ROOT,
                            env=CHILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def committed(lines: list[str]) -> list[tuple[int, str, int]]:
    """The ``ID LABEL N`` lines a writer printed in full (a kill may cut the last one short)."""
    rows = []
    for line in lines:
        parts = line.split()
        if line.endswith("\n") and len(parts) == 3:
            rows.append((int(parts[0]), parts[1], int(parts[2])))
    return rows


def assert_intact(repo: CaseRepository, rows: list[tuple[int, str, int]]) -> None:
    for case_id, label, number in rows:
        assert repo.load(case_id).case.to_json_dict() == facts(label, number, "定稿" * 50)


def fts_consistent(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")


# -- corrupt or foreign files -----------------------------------------------------------------

def test_a_file_that_is_not_sqlite_is_refused_untouched_and_a_backup_offered(db_path: Path) -> None:
    with CaseRepository.open(db_path) as repo:
        repo.create(make_case())
    with CaseRepository.open(db_path) as repo:  # the day's first open of an existing database: a backup
        good_backup = repo.database.backup_made
    assert good_backup is not None
    db_path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseCorruptError) as caught:
        CaseRepository.open(db_path)
    assert caught.value.newest_backup == good_backup
    assert "已损坏" in caught.value.message and str(good_backup) in caught.value.message
    assert db_path.read_bytes() == before
    with CaseRepository.open(good_backup, daily_backup=False) as backup:
        assert backup.load(1).case.title == make_case().title


def test_damaged_pages_are_reported_as_corruption_and_the_good_backups_stay(db_path: Path) -> None:
    with CaseRepository.open(db_path) as repo:
        for number in range(300):
            repo.create(make_case(f"案件{number}", notes="很长的备注" * 100))
    CaseRepository.open(db_path).close()  # makes the day's backup
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backups_before = list_backups(db_path)
    assert len(backups_before) == 1
    for backup in backups_before:  # make the daily backup due again
        os.utime(backup, (0, 0))
    with db_path.open("r+b") as f:  # scribble over the pages after the schema
        f.seek(4096 * 3)
        f.write(os.urandom(4096 * 40))
    with pytest.raises(DatabaseCorruptError) as caught, CaseRepository.open(db_path) as repo:
        repo.list_cases(CaseQuery(search="很长的备注", limit=None))
        for number in range(1, 301):
            repo.load(number)
    assert list_backups(db_path) == backups_before  # the damaged copy did not replace a good backup
    assert caught.value.newest_backup == backups_before[-1]
    assert integrity(backups_before[-1]) == ["ok"]


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with CaseRepository.open(db_path) as repo:
        assert repo.list_cases().total == 0


def test_cli_reports_corruption_in_chinese_with_exit_1(db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("不是数据库", encoding="utf-8")
    assert run_cli("list", "--db", db_path) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and "Traceback" not in err
    assert db_path.read_text(encoding="utf-8") == "不是数据库"


# -- full disk and read-only location ---------------------------------------------------------

def test_a_full_disk_saves_nothing_half_and_keeps_the_old_version(sqlite_repo: CaseRepository) -> None:
    repo = sqlite_repo
    summary = repo.create(make_case(notes="原来的备注"))
    with repo.database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own "database or disk is full" (SQLITE_FULL), reached by capping the file size.
    event.listen(repo.database.engine, "connect",
                 lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count = {pages + 2}"))
    repo.database.engine.dispose()
    with pytest.raises(DiskFullError, match="磁盘空间已满"):
        repo.save_draft(summary.id, make_case(notes="新的备注" * 100_000))
    with pytest.raises(DiskFullError):
        repo.create(make_case("新案件", notes="新的备注" * 100_000))
    assert repo.load(summary.id).case.notes == "原来的备注"
    assert [s.id for s in repo.list_cases(CaseQuery(limit=None)).items] == [summary.id]
    assert repo.list_cases(CaseQuery(search="新的备注")).total == 0
    assert integrity(repo.path) == ["ok"]
    fts_consistent(repo.path)


def _run_without_root_privileges(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a process that file permissions bind (root ignores them unless it drops
    CAP_DAC_OVERRIDE, which setpriv does)."""
    command = [sys.executable, "-m", "liability_wizard", *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    return subprocess.run(command, cwd=ROOT, env=CHILD_ENV, capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_a_read_only_location_gives_a_clear_message_and_changes_nothing(db_path: Path) -> None:
    with CaseRepository.open(db_path) as repo:
        repo.create(make_case())
    folder = db_path.parent
    paths = [folder, *folder.rglob("*")]
    before = {p: p.read_bytes() for p in paths if p.is_file()}
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        result = _run_without_root_privileges(["cases", "import", str(EXAMPLE_CASES[0]),
                                               "--db", str(db_path)])
        assert result.returncode == 1, result.stderr
        assert "无法写入案件数据库" in result.stderr and "Traceback" not in result.stderr
        fresh = _run_without_root_privileges(["cases", "list", "--db", str(folder / "new" / "cases.sqlite3")])
        assert fresh.returncode == 1 and "无法写入" in fresh.stderr and "Traceback" not in fresh.stderr
    finally:
        for path in paths:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert {p: p.read_bytes() for p in paths if p.is_file()} == before
    assert set(folder.rglob("*")) == set(paths[1:])


# -- two instances, and a crash ---------------------------------------------------------------

@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    writers = [start_writer(db_path, label, 150) for label in ("甲", "乙")]
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    rows = committed([line + "\n" for out, _err in outputs for line in out.splitlines()])
    assert len(rows) == 300 and len({r[0] for r in rows}) == 300
    assert integrity(db_path) == ["ok"]
    fts_consistent(db_path)
    with CaseRepository.open(db_path) as repo:
        assert repo.list_cases(CaseQuery(limit=None)).total == 300
        assert_intact(repo, rows)
        assert repo.list_cases(CaseQuery(search="乙客户149")).total == 1


@pytest.mark.slow
def test_a_writer_killed_mid_save_loses_no_committed_case(db_path: Path) -> None:
    with CaseRepository.open(db_path) as repo:
        repo.create(make_case("早先的案件"))
    writer = start_writer(db_path, "甲", 100_000)
    assert writer.stdout is not None
    lines = [writer.stdout.readline() for _ in range(150)]
    writer.send_signal(signal.SIGKILL)
    out, _err = writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    rows = committed(lines + out.splitlines(keepends=True))
    assert len(rows) >= 150
    assert integrity(db_path) == ["ok"]
    fts_consistent(db_path)
    with CaseRepository.open(db_path) as repo:
        assert_intact(repo, rows)
        assert repo.load(1).case.title == "早先的案件"
        assert repo.list_cases(CaseQuery(limit=None)).total in (len(rows) + 1, len(rows) + 2)
    assert integrity(db_path) == ["ok"]
