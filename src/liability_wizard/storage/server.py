"""The firm's PostgreSQL server as the case database: opening it, its errors in Chinese, and
``server init`` (schema, owner role, ``lawyer`` role).

Roles: the tables belong to ``liability_wizard_owner`` (no login; the IT person grants it to the
partner who may empty the trash and run migrations). ``lawyer`` (no login either) may read, add and
change rows but not delete them nor change the schema; each lawyer logs in with a role of their own
that is a member of ``lawyer``, so "who last changed" names a person. The program never migrates a
server schema while opening it: a lawyer's login could not, and ten copies upgrading at once would
race; ``server init`` (run again after an upgrade of the program) does it in one transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, exc, text

from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.url import KEYRING_SERVICE, keyring_entry

OWNER_ROLE = "liability_wizard_owner"
LAWYER_ROLE = "lawyer"
DATA_TABLES = ("cases", "case_facts", "evaluation_snapshots", "firm_profile")
CONNECT_TIMEOUT_S = 10
_INSUFFICIENT_PRIVILEGE = "42501"
_LOGIN_FAILED = ("28P01", "28000")


class ServerUnavailableError(StorageError):
    """The server cannot be reached (down, network, wrong host/port) or the login was refused."""


class ServerPermissionError(StorageError):
    """The login lacks the right for this operation (a lawyer emptying the trash, changing the schema)."""


class ServerNotReadyError(StorageError):
    """The server database has no case tables yet, or an older or newer schema than this program."""


def display_address(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def password_from_keychain(url: URL) -> str | None:
    """The login's password from the operating system's keychain, if one is stored there. Scripts use
    ``PGPASSWORD`` or ``.pgpass`` instead, which libpq reads itself."""
    if url.password is not None or os.environ.get("PGPASSWORD"):
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_entry(url))
    except Exception:  # an absent or locked keychain must not stop a trust or .pgpass login
        return None


def make_server_engine(url: URL) -> Engine:
    password = password_from_keychain(url)
    if password:
        url = url.set(password=password)
    # pre_ping: a connection the server dropped (restart, network) is replaced instead of failing a save.
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                       "application_name": "liability-wizard"})


# psycopg gives no SQLSTATE for a refused connection: the server's (English) FATAL text tells.
_FATAL_TEXTS = (("password authentication failed", "28P01"), ("no pg_hba.conf entry", "28000"),
                ("permission denied for database", _INSUFFICIENT_PRIVILEGE),  # before 'database "'
                ('role "', "28000"), ('database "', "3D000"))


def sqlstate(original: BaseException) -> str | None:
    """The error's SQLSTATE, or the one its connection-failure text stands for."""
    text_ = str(original).lower()
    return getattr(original, "sqlstate", None) or next((code for words, code in _FATAL_TEXTS if words in text_), None)


def server_error(error: BaseException, address: str) -> StorageError | None:
    """The user-facing error for a PostgreSQL failure, by its SQLSTATE; None if it is not one we explain."""
    original = getattr(error, "orig", None) or error
    state = sqlstate(original)
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    if state == _INSUFFICIENT_PRIVILEGE:
        return ServerPermissionError(
            f"您的数据库账户没有权限执行此操作（{detail}）。本次操作未改动任何内容。"
            "清空回收站和升级数据库结构只能由律所数据库的所有者账户执行，请联系 IT 人员。")
    if state in _LOGIN_FAILED:
        return ServerUnavailableError(
            f"无法登录律所数据库服务器 {address}（{detail}）。请检查用户名，并确认密码已存入操作系统的"
            f"钥匙串（keyring set {KEYRING_SERVICE} 用户名@主机:端口/数据库名），或已设置 PGPASSWORD/.pgpass。")
    if isinstance(error, exc.OperationalError | exc.InterfaceError) and (
            state is None or state.startswith(("08", "57P", "3D"))):  # 3D000: no such database
        return ServerUnavailableError(
            f"无法连接律所数据库服务器 {address}（{detail}）。本次操作未保存；"
            "请检查网络连接，或联系 IT 人员确认服务器已启动。")
    return None


@contextmanager
def server_errors(address: str) -> Iterator[None]:
    """Turn PostgreSQL's errors into the Chinese :class:`StorageError` the GUI and CLI show."""
    try:
        yield
    except exc.DBAPIError as error:
        mapped = server_error(error, address)
        if mapped is None:
            raise
        raise mapped from error


@dataclass
class ServerDatabase:
    """The counterpart of :class:`~liability_wizard.storage.database.Database` for the firm's server."""

    url: URL
    engine: Engine = field(repr=False)
    backup_made: Path | None = None  # never: the server is backed up with pg_dump by the IT person
    read_only: bool = False  # a login without rights is told per operation (ServerPermissionError)
    notices: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        """What the status bar and the messages show as the database's place."""
        return display_address(self.url)

    def errors(self) -> Any:
        return server_errors(self.path)

    def close(self) -> None:
        self.engine.dispose()


def check_revision(connection: Connection, address: str) -> None:
    from liability_wizard.storage import migrate  # Alembic (~9 MB): not imported with the repository

    current = migrate.current_revision(connection)
    head = migrate.head_revision()
    if current == head:
        return
    if current is None:
        raise ServerNotReadyError(f"服务器数据库 {address} 中还没有案件表。"
                                  "请 IT 人员先运行：liability-wizard server init 数据库地址")
    if current not in migrate.known_revisions():
        raise ServerNotReadyError(f"服务器数据库 {address} 由更新版本的程序创建（结构版本 {current}），"
                                  "请先升级本程序。")
    raise ServerNotReadyError(f"服务器数据库 {address} 的结构版本较旧（{current}，本程序需要 {head}）。"
                              "请 IT 人员运行：liability-wizard server init 数据库地址（会在一个事务中升级）。")


def open_server_database(url: URL) -> ServerDatabase:
    """Connect to the firm's server and check its schema is this program's (never migrating it)."""
    database = ServerDatabase(url, make_server_engine(url))
    try:
        with database.errors(), database.engine.connect() as connection:
            check_revision(connection, database.path)
    except BaseException:
        database.close()
        raise
    return database


@dataclass(frozen=True)
class ServerInitReport:
    database: str
    revision_before: str | None
    revision_after: str
    roles_created: tuple[str, ...]


def _quoted(role: str) -> str:
    return '"' + role.replace('"', '""') + '"'


def init_server(url: URL, *, owner: str = OWNER_ROLE, lawyer: str = LAWYER_ROLE) -> ServerInitReport:
    """Create or upgrade the schema, the owner role and the ``lawyer`` role, in one transaction (an
    interruption leaves the server as it was). ``url`` must log in as a superuser (``postgres``)."""
    from liability_wizard.storage import migrate

    address = display_address(url)
    engine = make_server_engine(url)
    try:
        with server_errors(address), engine.connect() as connection, connection.begin():
            created = []
            for role in (owner, lawyer):
                if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) is None:
                    connection.execute(text(f"CREATE ROLE {_quoted(role)} NOLOGIN"))
                    created.append(role)
            database = connection.scalar(text("SELECT current_database()"))
            # The superuser creates the extension: pg_trgm is "trusted" only from PostgreSQL 13 on.
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            # PostgreSQL 14 and older let every role create tables in "public": a lawyer must not.
            connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
            connection.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {_quoted(owner)}"))
            connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {_quoted(lawyer)}"))
            connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {_quoted(owner)}, '
                                    f"{_quoted(lawyer)}"))
            before = migrate.current_revision(connection)
            # Migrate as the owner role, so the tables belong to it and not to the IT person's login.
            connection.execute(text(f"SET LOCAL ROLE {_quoted(owner)}"))
            migrate.upgrade(connection)
            connection.execute(text("RESET ROLE"))
            tables = ", ".join(DATA_TABLES)
            connection.execute(text(f"REVOKE ALL ON {tables}, alembic_version FROM {_quoted(lawyer)}"))
            connection.execute(text(f"GRANT SELECT, INSERT, UPDATE ON {tables} TO {_quoted(lawyer)}"))
            connection.execute(text(f"GRANT SELECT ON alembic_version TO {_quoted(lawyer)}"))
            connection.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {_quoted(lawyer)}"))
            # Tables a later migration adds get the same rights without a separate step.
            connection.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quoted(owner)} IN SCHEMA public "
                                    f"GRANT SELECT, INSERT, UPDATE ON TABLES TO {_quoted(lawyer)}"))
            connection.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quoted(owner)} IN SCHEMA public "
                                    f"GRANT USAGE ON SEQUENCES TO {_quoted(lawyer)}"))
            return ServerInitReport(str(database), before, migrate.head_revision(), tuple(created))
    finally:
        engine.dispose()


def add_login(url: URL, name: str, *, role: str = LAWYER_ROLE) -> None:
    """A login role for one person, member of ``role`` (``lawyer``, or the owner role for a partner).
    Without a password: the IT person sets it with ``\\password name`` in psql, so it never passes
    through this program's command line."""
    engine = make_server_engine(url)
    try:
        with server_errors(display_address(url)), engine.connect() as connection, connection.begin():
            connection.execute(text(f"CREATE ROLE {_quoted(name)} LOGIN IN ROLE {_quoted(role)}"))
    finally:
        engine.dispose()
