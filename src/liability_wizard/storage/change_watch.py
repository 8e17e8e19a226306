"""Has another program window or another lawyer changed a case since we last looked?

The desktop program asks every couple of seconds from a worker thread (``gui/list_refresh.py``), each
watch on a connection of its own, and reloads the list when the answer is yes.

- **SQLite**: ``PRAGMA data_version``. SQLite has no notifications between processes; this counter
  lives in the shared WAL index and changes whenever another connection commits, so asking costs no
  read of the database and no lock — cheap enough to ask every two seconds for ever.
- **PostgreSQL**: ``LISTEN``/``NOTIFY``. Migration 0006 puts a trigger on ``cases`` that sends
  ``NOTIFY liability_wizard_cases`` when a case is added, saved, deleted, restored or purged; the
  server sends it at commit to every listening client. Checking for it reads the client's socket and
  sends nothing, so twenty lawyers' lists put no load on the server (polling a count or ``max(updated_at)``
  would scan the table for each of them, and would miss deletions and restores).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from liability_wizard.storage.database import BUSY_TIMEOUT_MS

if TYPE_CHECKING:  # SQLAlchemy is not needed to watch a SQLite file
    from sqlalchemy import Engine

CHANNEL = "liability_wizard_cases"


class ChangeWatch(Protocol):
    def changed(self) -> bool:
        """True if a case was changed since the last call (or since the watch was made)."""
        ...

    def close(self) -> None: ...


class SqliteChangeWatch:
    """Changes committed by other connections to the SQLite file (other windows, the CLI)."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._connection.execute("PRAGMA query_only = ON")
        self._seen = self._data_version()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        version = self._data_version()
        changed, self._seen = version != self._seen, version
        return changed

    def close(self) -> None:
        self._connection.close()


class PostgresChangeWatch:
    """``NOTIFY`` from the server's trigger, on a connection of its own (not one of the pool's)."""

    def __init__(self, engine: Engine) -> None:
        # Made as the pool makes its connections (the keychain's password, TLS, timeouts), then taken
        # out of the pool for good: a listening connection is never handed to a save.
        pooled = engine.raw_connection()
        self._connection = pooled.driver_connection
        pooled.detach()
        self._connection.rollback()  # the pool's liveness check may have opened a transaction
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def changed(self) -> bool:
        # timeout=0: only what has already arrived; the socket is read, nothing is sent to the server.
        return len(list(self._connection.notifies(timeout=0))) > 0

    def close(self) -> None:
        self._connection.close()
