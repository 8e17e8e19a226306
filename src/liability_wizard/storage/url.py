"""``--db`` and ``LIABILITY_WIZARD_DB`` name either a SQLite file (the default, one lawyer) or the firm's
PostgreSQL server (``postgresql+psycopg://user@host[:port]/db``). This module tells them apart.

A password inside a URL given on the command line is refused: it would be kept in the shell's
history and shown to every user of the machine in the process list. It belongs in the operating
system's keychain (the program reads it there), or in ``PGPASSWORD``/``~/.pgpass`` for scripts.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.location import DB_ENV_VAR

if TYPE_CHECKING:  # the light case listing asks names_a_server() and must not import SQLAlchemy
    from sqlalchemy import URL

SERVER_SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
KEYRING_SERVICE = "liability-wizard"


class ServerAddressError(StorageError):
    """The server URL cannot be used as given (malformed, or carrying a password)."""


def keyring_entry(url: URL) -> str:
    """The keychain entry's user name for a server login: ``user@host:port/database``."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def looks_like_server(text: str) -> bool:
    scheme = text.strip().split(":", 1)[0].lower()
    return scheme.split("+", 1)[0] in SERVER_SCHEMES and "://" in text


def _given(explicit: str | os.PathLike[str] | None) -> str:
    return str(explicit) if explicit else os.environ.get(DB_ENV_VAR, "").strip()


def names_a_server(explicit: str | os.PathLike[str] | None = None) -> bool:
    """Whether ``--db`` (else ``LIABILITY_WIZARD_DB``) names the firm's server rather than a file."""
    given = _given(explicit)
    return bool(given) and looks_like_server(given)


def server_url(explicit: str | os.PathLike[str] | None = None) -> URL | None:
    """The server URL from ``--db`` (else ``LIABILITY_WIZARD_DB``), or None when the database is a
    SQLite file. Raises :class:`ServerAddressError` for a malformed URL or one holding a password."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    if not names_a_server(explicit):
        return None
    given = _given(explicit)
    try:
        url = make_url(given.strip())
    except ArgumentError as error:
        raise ServerAddressError(f"无法识别的数据库服务器地址：{given}（应为 "
                                 "postgresql+psycopg://用户名@主机:端口/数据库名）。") from error
    if url.password is not None:
        shown = url._replace(password=None).render_as_string(hide_password=False)
        raise ServerAddressError(
            "为安全起见，命令行或环境变量中的数据库地址不能包含密码（密码会留在命令历史和进程列表里）。"
            f"请去掉密码后重试：{shown}。密码请存入操作系统的钥匙串："
            f"keyring set {KEYRING_SERVICE} {keyring_entry(url)}；"
            "供脚本使用时，也可设置环境变量 PGPASSWORD 或写入 .pgpass 文件。")
    if not url.username or not url.database:
        raise ServerAddressError(f"数据库服务器地址缺少用户名或数据库名：{given}"
                                 "（应为 postgresql+psycopg://用户名@主机:端口/数据库名）。")
    return url.set(drivername=DRIVER)
