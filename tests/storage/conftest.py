"""Fixtures for the storage tests: a real SQLite database in tmp_path, and cases to put in it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL

from liability_wizard.cli.main import main
from liability_wizard.core.case import Case, case_from_json_dict
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import init_server
from tests.conftest import EXAMPLE_CASES
from tests.postgres_server import ThrowAwayServer, throw_away_server, why_unavailable


def case_data(title: str = "张三诉某平台网购纠纷", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "liability-wizard-case", "version": 1, "title": title,
                            "client_role": "consumer",
                            "transaction": {"date": "2024-05-01", "category": "goods"}}
    data.update(extra)
    return data


def make_case(title: str = "张三诉某平台网购纠纷", **extra: Any) -> Case:
    return case_from_json_dict(case_data(title, **extra))


def example_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.sqlite3"


@pytest.fixture
def sqlite_repo(db_path: Path) -> Iterator[CaseRepository]:
    """For the tests of what only a SQLite file has (its bytes, backups, a full disk)."""
    with CaseRepository.open(db_path) as repository:
        yield repository


@pytest.fixture(params=["sqlite", "postgresql"])
def repo(request: pytest.FixtureRequest, db_path: Path) -> Iterator[CaseRepository]:
    """The repository on a SQLite file and on the throw-away PostgreSQL server: every behaviour the GUI
    relies on must hold on both (the PostgreSQL half skips where PostgreSQL is not installed)."""
    if request.param == "sqlite":
        target = str(db_path)
    else:
        url: URL = request.getfixturevalue("initialised_postgres_url")
        target = url.render_as_string(hide_password=False)
    with CaseRepository.open(target) as repository:
        yield repository


@pytest.fixture
def examples_repo(repo: CaseRepository) -> dict[str, int]:
    """Every example imported; maps the file name to its case id."""
    return {path.name: repo.create(case_from_json_dict(example_json(path))).id for path in EXAMPLE_CASES}


def run_cli(*argv: str | Path) -> int:
    return main(["cases", *(str(a) for a in argv)])


# -- PostgreSQL --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowAwayServer]:
    """One throw-away server for the whole run (starting one takes about a second); each test gets its
    own database on it. Skipped with the reason where PostgreSQL is not installed."""
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    with throw_away_server() as server:
        yield server


def _new_database(server: ThrowAwayServer, template: str = "template1") -> URL:
    global _database_count
    _database_count += 1
    return server.create_database(f"test_{_database_count}", template)


_database_count = 0


@pytest.fixture
def postgres_url(postgres_server: ThrowAwayServer) -> URL:
    """A new, empty database on the throw-away server, logged in as its superuser."""
    return _new_database(postgres_server)


@pytest.fixture(scope="session")
def initialised_template(postgres_server: ThrowAwayServer) -> str:
    """A database after ``server init``, migrated once; each test copies it (``CREATE DATABASE …
    TEMPLATE``) instead of running every migration again."""
    init_server(postgres_server.create_database("initialised_template"))
    return "initialised_template"


@pytest.fixture
def initialised_postgres_url(postgres_server: ThrowAwayServer, initialised_template: str) -> URL:
    """A new database at the head revision with the owner and ``lawyer`` roles, as the superuser."""
    return _new_database(postgres_server, initialised_template)
