"""``cases import`` writes through sqlite3 alone: the very rows the repository writes, all of a batch or
none of it, and without SQLAlchemy."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.storage.case_import import CaseImport
from liability_wizard.storage.case_listing import CaseListing
from liability_wizard.storage.outcome import outcome_of
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES, ROOT
from tests.storage.conftest import integrity

STORED_MOMENT = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")  # SQLAlchemy's DateTime on SQLite
MOMENTS = ("created_at", "updated_at")


def stored(path: Path, table: str) -> list[dict[str, object]]:
    """Every row of ``table`` with each value and the type SQLite stored it as."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        names = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        typed = ", ".join(f"{name}, typeof({name}) AS {name}_type" for name in names)
        return [dict(row) for row in connection.execute(f"SELECT {typed} FROM {table} ORDER BY 1")]


def test_the_import_stores_every_column_as_the_repository_does(tmp_path: Path) -> None:
    cases = [read_case_file(path) for path in EXAMPLE_CASES]
    outcomes = [outcome_of(evaluate_case(case)) for case in cases]
    with CaseRepository.open(tmp_path / "repository.sqlite3") as repo:
        through_repository = repo.create_many(cases, outcomes=outcomes)
    with CaseImport.open(tmp_path / "import.sqlite3") as target:
        assert isinstance(target, CaseImport)
        through_import = target.create_many(cases, outcomes=outcomes)

    rows = {name: stored(tmp_path / f"{name}.sqlite3", "cases") for name in ("repository", "import")}
    assert len(rows["import"]) == len(EXAMPLE_CASES)
    for row in (*rows["repository"], *rows["import"]):
        assert all(STORED_MOMENT.match(str(row[moment])) for moment in MOMENTS), row
        for moment in MOMENTS:
            del row[moment]
    assert rows["import"] == rows["repository"]
    assert {row["platform_liable"] for row in rows["import"]} >= {"yes", "no"}  # evaluated, not NULL
    assert stored(tmp_path / "import.sqlite3", "case_facts") == stored(tmp_path / "repository.sqlite3", "case_facts")

    # What the command prints and the list shows agree with what the repository returns.
    assert [(s.id, s.title, s.platform_liable, s.limitation_deadline, s.version, s.deleted) for s in through_import] \
        == [(s.id, s.title, s.platform_liable, s.limitation_deadline, s.version, s.deleted) for s in through_repository]
    with CaseListing.open(tmp_path / "import.sqlite3") as listing:
        assert sorted(listing.list_cases(CaseQuery(limit=None)).items, key=lambda s: s.id) == through_import
        assert listing.list_cases(CaseQuery(search=cases[0].client.name or "")).total >= 1  # full-text index kept
    with CaseRepository.open(tmp_path / "import.sqlite3") as repo:
        assert repo.load(1).case == cases[0]
    assert integrity(tmp_path / "import.sqlite3") == ["ok"]


def test_a_batch_that_fails_halfway_stores_none_of_its_cases(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    cases = [read_case_file(path) for path in EXAMPLE_CASES[:3]]
    outcomes = [outcome_of(evaluate_case(case)) for case in cases]
    with CaseImport.open(path) as target:
        target.create_many(cases[:1], outcomes=outcomes[:1])
    with sqlite3.connect(path) as connection:  # the third case's facts cannot be written
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON case_facts WHEN NEW.case_id = 4"
                           " BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with CaseImport.open(path) as target, pytest.raises(sqlite3.IntegrityError):
        target.create_many(cases, outcomes=outcomes)
    assert [row["id"] for row in stored(path, "cases")] == [1]
    assert [row["case_id"] for row in stored(path, "case_facts")] == [1]
    with CaseImport.open(path) as target:  # the connection is usable again
        assert [s.id for s in target.create_many(cases[1:2], outcomes=outcomes[1:2])] == [2]


@pytest.mark.slow
def test_importing_into_sqlite_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    probe = ("import json, sys\n"
             "from liability_wizard.cli.main import main\n"
             f"status = main(['cases', 'import', '--db', {str(tmp_path / 'cases.sqlite3')!r},"
             f" {str(EXAMPLE_CASES[0])!r}, {str(EXAMPLE_CASES[1])!r}])\n"
             "sys.stderr.write(json.dumps([status, sorted(m for m in sys.modules if m.startswith('sqlalchemy'))]))\n")
    # The database is made first: creating it runs the Alembic migrations, which do import SQLAlchemy.
    with CaseRepository.open(tmp_path / "cases.sqlite3"):
        pass
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert "案件 2" in result.stdout, result.stderr
    assert json.loads(result.stderr.splitlines()[-1]) == [0, []]
