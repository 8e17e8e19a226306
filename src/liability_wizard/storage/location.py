"""Where the case database lives: ``--db PATH``, else ``LIABILITY_WIZARD_DB``, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "liability-wizard"
DB_ENV_VAR = "LIABILITY_WIZARD_DB"
DB_FILE_NAME = "cases.sqlite3"
BACKUP_DIR_NAME = "backups"


def default_database_path() -> Path:
    """The per-user, non-roaming data folder (a SQLite file must not sit in a roaming profile)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / DB_FILE_NAME


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def backups_dir(db_path: Path) -> Path:
    """Backups sit in a folder beside the database, so moving the database folder moves them too."""
    return db_path.parent / BACKUP_DIR_NAME
