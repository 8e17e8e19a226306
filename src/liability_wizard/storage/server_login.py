"""设置 → 案件数据库 → 测试连接: log in to the firm's server once, with the password typed in the dialog,
and say in Chinese what is wrong — wrong password, server unreachable, no rights, TLS failure — so a
lawyer can tell the IT person more than "it does not work"."""

from __future__ import annotations

from sqlalchemy import URL, create_engine, exc, text
from sqlalchemy.pool import NullPool

from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.server import (
    CONNECT_TIMEOUT_S,
    ServerNotReadyError,
    check_revision,
    display_address,
    sqlstate,
)

_WRONG_PASSWORD = "28P01"
_LOGIN_REFUSED = "28000"  # no such role, or pg_hba.conf does not let it in from here
_NO_SUCH_DATABASE = "3D000"
_INSUFFICIENT_PRIVILEGE = "42501"
_TLS_WORDS = ("ssl", "certificate", "tls")



class LoginFailedError(StorageError):
    """The test login did not succeed; ``message`` says why in Chinese."""


def try_login(url: URL, password: str | None) -> str:
    """Log in, check the schema and the rights the program needs; the Chinese success sentence, or
    :class:`LoginFailedError` / :class:`ServerNotReadyError`."""
    address = display_address(url)
    engine = create_engine(url.set(password=password) if password else url, poolclass=NullPool,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                         "application_name": "liability-wizard"})
    try:
        with engine.connect() as connection:
            # The rights first: a login outside the lawyer role cannot even read the schema's revision.
            can_write = connection.scalar(text(
                "SELECT to_regclass('public.cases') IS NULL "
                "OR has_table_privilege('public.cases', 'SELECT, INSERT, UPDATE')"))
            if can_write:
                check_revision(connection, address)
            encrypted = connection.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
    except ServerNotReadyError:
        raise
    except exc.DBAPIError as error:
        raise LoginFailedError(_explained(error, url)) from error
    finally:
        engine.dispose()
    if not can_write:
        raise LoginFailedError(f"用户 {url.username} 可以登录，但没有读写案件的权限。请 IT 人员运行 "
                               f"liability-wizard server add-lawyer 为其建立账户，或把它加入 lawyer 角色。")
    return f"连接成功：{address}（{'已加密' if encrypted else '未加密'}）。"


def _explained(error: exc.DBAPIError, url: URL) -> str:
    original = error.orig
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    state = sqlstate(original)
    user, database = url.username, url.database
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    if state == _WRONG_PASSWORD:
        return f"密码错误：服务器拒绝了用户 {user} 的密码。请重新输入，或请 IT 人员重设密码。"
    if state == _LOGIN_REFUSED:
        return (f"服务器不允许用户 {user} 登录（用户不存在，或服务器未允许从本机连接）。请联系 IT 人员。"
                f"（{detail}）")
    if state == _NO_SUCH_DATABASE:
        return f"服务器 {server} 上没有名为 {database} 的数据库。请检查数据库名。"
    if state == _INSUFFICIENT_PRIVILEGE:
        return f"用户 {user} 没有使用数据库 {database} 的权限。请联系 IT 人员。（{detail}）"
    if any(word in detail.lower() for word in _TLS_WORDS):
        return (f"与服务器 {server} 的加密连接（TLS）未能建立：服务器不支持加密，或证书与 CA 文件不符。"
                f"请检查“加密”设置和 CA 证书文件。（{detail}）")
    return (f"无法连接服务器 {server}：服务器未启动、地址或端口有误，或网络不通。"
            f"请检查网络，或联系 IT 人员。（{detail}）")
