"""Attorney–client data on disk: private permissions whatever the umask, temporary files that leave
nothing behind and follow no planted symlink, and a batch import that one bad file does not stop."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from liability_wizard.storage.repository import CaseRepository
from tests.hostile_cases import REFUSED, write_hostile_cases
from tests.storage.conftest import make_case, run_cli

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual umask: without care, everything would be world-readable
    yield
    os.umask(old)


@posix_only
def test_database_folder_backups_are_private_whatever_the_umask(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "new-folder" / "cases.sqlite3"
    with CaseRepository.open(db) as repo:
        repo.create(make_case())
    with CaseRepository.open(db) as repo:  # the day's backup
        backup = repo.database.backup_made
    assert backup is not None
    assert mode(db.parent) == 0o700 and mode(db) == 0o600
    assert mode(backup.parent) == 0o700 and mode(backup) == 0o600


@posix_only
def test_a_folder_the_user_chose_keeps_its_permissions(tmp_path: Path, open_umask: None) -> None:
    chosen = tmp_path / "Documents"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    with CaseRepository.open(chosen / "cases.sqlite3", daily_backup=False) as repo:
        repo.create(make_case())
    assert mode(chosen) == 0o755
    assert mode(chosen / "cases.sqlite3") == 0o600


def test_export_into_a_folder_fails_cleanly_and_leaves_no_copy(repo: CaseRepository, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    repo.create(make_case(notes="机密备注"))
    target = tmp_path / "out"
    target.mkdir()
    before = set(tmp_path.iterdir())
    assert run_cli("export", "1", "-o", target, "--db", repo.path) == 1
    assert "无法写入" in capsys.readouterr().err
    assert set(tmp_path.iterdir()) == before and list(target.iterdir()) == []


def test_a_planted_symlink_at_the_old_temporary_name_is_not_written_through(
        repo: CaseRepository, tmp_path: Path) -> None:
    repo.create(make_case(notes="机密备注"))
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    out = tmp_path / "OUT.lwcase"
    (tmp_path / "OUT.lwcase.tmp").symlink_to(victim)
    assert run_cli("export", "1", "-o", out, "--db", repo.path) == 0
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert "机密备注" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".OUT.lwcase.")]


def test_import_of_hostile_files_imports_the_good_ones_and_names_each_bad_one(
        repo: CaseRepository, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = write_hostile_cases(tmp_path / "hostile")
    good = tmp_path / "good.lwcase"
    good.write_text('{"format":"liability-wizard-case","version":1,"title":"好文件","client_role":"consumer",'
                    '"transaction":{"date":"2024-05-01","category":"goods"}}', encoding="utf-8")
    files = [hostile[name] for name in sorted(REFUSED)] + [good, hostile["loss1e26"], good]
    assert run_cli("import", *files, "--db", repo.path) == 2
    out, err = capsys.readouterr()
    assert out.count("好文件") == 2
    for name in REFUSED:
        assert str(hostile[name]) in err
    assert "Traceback" not in err and "could not evaluate" not in err
