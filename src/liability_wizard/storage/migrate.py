"""Run the Alembic migrations in code: the script folder ships inside this package, so no alembic.ini
or working directory is involved (the same in a checkout, a wheel and a PyInstaller bundle)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
SEARCH_TABLE = "case_search"


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Skip the search index: autogenerate sees ``case_search`` and its shadow tables (``case_search_data``,
    ``_idx``, ``_content``, ``_docsize``, ``_config``) in a SQLite database, and the generated column
    ``case_facts.case_search_text`` with its pg_trgm index ``case_search_trgm`` on PostgreSQL, but not
    in the models (the ORM must never write the generated column, and SQLAlchemy cannot map a virtual
    table), and would otherwise emit DROP TABLE / DROP COLUMN / DROP INDEX for them."""
    return not (type_ in ("table", "index", "column") and name is not None and name.startswith(SEARCH_TABLE))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    # ConfigParser interpolates '%': a folder name holding one must be escaped.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder holds no revision"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade inside the caller's transaction, so the whole upgrade commits or none of it does."""
    command.upgrade(alembic_config(connection), target)
