"""Which case database the desktop program opens: 本机（默认） or the firm's server, as chosen in
设置 → 案件数据库 and kept in QSettings (host, port, database, user, TLS; never the password, which
is in the operating system's keychain under the same entry ``--db`` uses).

``LIABILITY_WIZARD_DB`` still wins when set (an IT person's machine-wide choice). Light on purpose:
read at start-up before the window's first paint, without SQLAlchemy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from PySide6.QtCore import QSettings

from liability_wizard.storage.location import DB_ENV_VAR

MODE_KEY = "database/mode"  # "local" or "server"
SERVER_KEYS = ("host", "port", "database", "user", "sslmode", "ca_file")
SSL_MODES = ("prefer", "require", "verify-full")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLogin:
    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"
    ca_file: str = ""

    def address(self) -> str:
        """The same URL form ``--db`` takes (and without a password, as ``--db`` requires)."""
        query = {"sslmode": self.sslmode} | ({"sslrootcert": self.ca_file} if self.ca_file else {})
        return (f"postgresql+psycopg://{quote(self.user, safe='')}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}?{urlencode(query)}")


def saved_login(settings: QSettings) -> ServerLogin | None:
    """The server chosen in the dialog, or None for 本机."""
    if settings.value(MODE_KEY, "local") != "server":
        return None
    values = {key: str(settings.value(f"database/{key}", "") or "") for key in SERVER_KEYS}
    if not (values["host"] and values["database"] and values["user"]):
        return None
    port = int(values["port"]) if values["port"].isdigit() else DEFAULT_PORT
    sslmode = values["sslmode"] if values["sslmode"] in SSL_MODES else "prefer"
    return ServerLogin(values["host"], port, values["database"], values["user"], sslmode, values["ca_file"])


def save_login(settings: QSettings, login: ServerLogin | None) -> None:
    settings.setValue(MODE_KEY, "server" if login else "local")
    if login is not None:
        for key in SERVER_KEYS:
            settings.setValue(f"database/{key}", getattr(login, key))
    settings.sync()


def database_address(settings: QSettings) -> str | None:
    """What to open: None means ``LIABILITY_WIZARD_DB`` if set, else the file in the user data folder."""
    if os.environ.get(DB_ENV_VAR, "").strip():
        return None
    login = saved_login(settings)
    return login.address() if login else None
