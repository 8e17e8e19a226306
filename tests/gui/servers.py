"""The case database for GUI tests that must hold on both back ends: a SQLite file, or a database on
the throw-away PostgreSQL server (copied from the initialised template, as the storage tests do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.conftest import (  # noqa: F401  (fixtures the GUI tests request by name)
    initialised_postgres_url,
    initialised_template,
    postgres_server,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What ``--db`` would name: a file path, or a ``postgresql+psycopg://`` URL."""
    if request.param == "sqlite":
        return str(tmp_path / "shared" / "cases.sqlite3")
    return request.getfixturevalue("initialised_postgres_url").render_as_string(hide_password=False)

