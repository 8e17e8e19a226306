"""Alembic: a linear chain, an old database upgraded with its data intact, models equal to head."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.storage import migrate
from liability_wizard.storage.backup import list_backups
from liability_wizard.storage.database import HEAD_REVISION, make_engine, writer
from liability_wizard.storage.errors import DatabaseCorruptError, DatabaseTooNewError
from liability_wizard.storage.models import Base
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES
from tests.storage.conftest import example_json, make_case


def build_at(path: Path, revision: str) -> None:
    engine = make_engine(path, foreign_keys=False)
    with writer(engine).connect() as connection, connection.begin():
        migrate.upgrade(connection, revision)
    engine.dispose()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_revision_chain_is_linear() -> None:
    scripts = list(migrate.script_directory().walk_revisions())  # head first
    assert len(migrate.script_directory().get_heads()) == 1
    assert len(migrate.script_directory().get_bases()) == 1
    for newer, older in itertools.pairwise(scripts):
        assert newer.down_revision == older.revision
    assert scripts[-1].down_revision is None
    assert [s.revision for s in reversed(scripts)] == [f"{n:04d}" for n in range(1, len(scripts) + 1)]


def test_the_head_revision_known_without_alembic_is_alembics_head() -> None:
    assert migrate.head_revision() == HEAD_REVISION


def test_models_match_the_head_revision(repo: CaseRepository) -> None:
    with repo.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": migrate.include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_include_object_hides_only_the_search_index() -> None:
    assert not migrate.include_object(None, "case_search", "table", True, None)
    assert not migrate.include_object(None, "case_search_docsize", "table", True, None)
    assert migrate.include_object(None, "cases", "table", True, None)


def test_a_first_revision_database_upgrades_with_its_data_intact(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    build_at(db_path, "0001")
    facts = {path.name: example_json(path) for path in EXAMPLE_CASES}
    with sqlite3.connect(db_path) as connection:
        for number, data in enumerate(facts.values(), start=1):
            connection.execute(
                "INSERT INTO cases (id, title, law_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (number, data["title"], data["transaction"]["date"], "2025-01-02 03:04:05.000000",
                 "2025-01-02 03:04:05.000000"))
            connection.execute("INSERT INTO case_facts (case_id, data) VALUES (?, ?)",
                               (number, json.dumps(data, ensure_ascii=False)))
        connection.execute("INSERT INTO firm_profile VALUES (1, '某律所', '地址', '电话', '律师', '')")
    assert revision_of(db_path) == "0001"

    with CaseRepository.open(db_path) as repo:
        assert repo.database.backup_made is not None
        assert revision_of(repo.database.backup_made) == "0001"  # the backup is the old database
        assert revision_of(db_path) == migrate.head_revision()
        for number, data in enumerate(facts.values(), start=1):
            stored = repo.load(number)
            assert stored.case.to_json_dict() == data
            assert stored.summary.title == data["title"]
            # the search index was filled from the existing facts
            assert number in {s.id for s in repo.list_cases(CaseQuery(search=data["title"])).items}
        assert repo.firm_profile().name == "某律所"
        case = repo.load(1).case
        repo.add_snapshot(1, case, evaluate_case(case), rules_version="1", letter_sha256="a" * 64)
        assert len(repo.snapshots(1)) == 1


def test_an_up_to_date_database_is_opened_without_a_migration_backup(db_path: Path) -> None:
    CaseRepository.open(db_path).close()
    with CaseRepository.open(db_path, daily_backup=False) as repo:
        assert repo.database.backup_made is None
    assert list_backups(db_path) == []


def test_a_day_old_backup_is_followed_by_a_new_one_and_only_the_newest_are_kept(db_path: Path) -> None:
    CaseRepository.open(db_path).close()
    for _ in range(4):
        with CaseRepository.open(db_path, keep_backups=3) as repo:
            repo.create(make_case())
            assert repo.database.backup_made is not None
        for backup in list_backups(db_path):  # pretend the backups are two days old
            stamp = backup.stat().st_mtime - 2 * 86400
            os.utime(backup, (stamp, stamp))
    backups = list_backups(db_path)
    assert len(backups) == 3
    with sqlite3.connect(backups[-1]) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == 3  # taken before the 4th


def test_a_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    CaseRepository.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="更新版本"):
        CaseRepository.open(db_path)
    assert db_path.read_bytes() == before


def test_another_programs_sqlite_database_is_not_touched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseCorruptError, match="其他程序"):
        CaseRepository.open(db_path)
    assert db_path.read_bytes() == before
