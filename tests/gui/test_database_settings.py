"""设置 → 案件数据库 against a real PostgreSQL server that asks for passwords (scram-sha-256): 测试连接
succeeds with the right password and explains a wrong one, an unreachable server and a login without
rights in Chinese; the password goes to the keychain, never into the settings file; the next start
opens the server chosen.

The keychain: this machine has no operating-system keychain (no Secret Service, no macOS Keychain),
so the tests install ``keyring``'s API with a real, minimal in-process backend (a ``KeyringBackend``
subclass keeping passwords in a dict) through ``keyring.set_keyring``; the program's own code goes
through ``keyring.set_password``/``get_password`` exactly as on a lawyer's computer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, text

from liability_wizard.gui.database_choice import ServerLogin, database_address, saved_login
from liability_wizard.gui.database_settings import DatabaseSettingsDialog
from liability_wizard.gui.main_window import MainWindow
from liability_wizard.storage.location import DB_ENV_VAR
from liability_wizard.storage.server import add_login, init_server
from liability_wizard.storage.url import KEYRING_SERVICE
from tests.postgres_server import SUPERUSER, ThrowAwayServer, throw_away_server, why_unavailable

PASSWORD = "Zhang-San 2024!"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def keychain() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def password_server() -> Iterator[ThrowAwayServer]:
    """An office server where 张律师's login (zhang) needs a password; ``nobody`` may log in but was
    never made a lawyer."""
    if reason := why_unavailable():
        pytest.skip(reason)
    with throw_away_server() as server:
        url = server.create_database("office")
        init_server(url)
        add_login(url, "zhang")
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text(f"ALTER ROLE zhang PASSWORD '{PASSWORD}'"))
            connection.execute(text("CREATE ROLE nobody LOGIN"))
        engine.dispose()
        hba = server.folder / "data" / "pg_hba.conf"
        hba.write_text("host all zhang 127.0.0.1/32 scram-sha-256\n" + hba.read_text(), encoding="utf-8")
        server.run("pg_ctl", "-D", str(server.folder / "data"), "reload")
        yield server


def fill(dialog: DatabaseSettingsDialog, server: ThrowAwayServer, user: str = "zhang", password: str = "",
         port: int | None = None) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port or server.port)
    dialog.database.setText("office")
    dialog.user.setText(user)
    dialog.password.setText(password)


def connection_result(qtbot, dialog: DatabaseSettingsDialog) -> str:
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)  # the worker has answered
    return dialog.result.text()


@pytest.fixture
def dialog(qtbot, settings: QSettings, keychain: MemoryKeyring,
           monkeypatch: pytest.MonkeyPatch) -> DatabaseSettingsDialog:
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    dialog = DatabaseSettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_the_right_password_connects_and_a_wrong_one_is_explained(qtbot, dialog: DatabaseSettingsDialog,
                                                                  password_server: ThrowAwayServer) -> None:
    fill(dialog, password_server, password=PASSWORD)
    assert connection_result(qtbot, dialog).startswith("连接成功：postgresql+psycopg://zhang@127.0.0.1:")
    fill(dialog, password_server, password="wrong")
    assert connection_result(qtbot, dialog).startswith("密码错误：服务器拒绝了用户 zhang 的密码。")


def test_an_unreachable_server_and_a_login_without_rights_are_explained(
        qtbot, dialog: DatabaseSettingsDialog, password_server: ThrowAwayServer) -> None:
    from tests.postgres_server import free_port

    fill(dialog, password_server, port=free_port())  # nothing listens there
    assert connection_result(qtbot, dialog).startswith("无法连接服务器 127.0.0.1:")
    fill(dialog, password_server, user="nobody")
    assert connection_result(qtbot, dialog).startswith("用户 nobody 可以登录，但没有读写案件的权限。")
    fill(dialog, password_server, user=SUPERUSER)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))  # the test server has no TLS
    assert connection_result(qtbot, dialog).startswith("与服务器 127.0.0.1:")


def test_the_password_goes_to_the_keychain_never_the_settings_file_and_the_next_start_uses_it(
        qtbot, dialog: DatabaseSettingsDialog, settings: QSettings, keychain: MemoryKeyring,
        password_server: ThrowAwayServer, tmp_path: Path) -> None:
    fill(dialog, password_server, password=PASSWORD)
    dialog.accept()
    login = saved_login(settings)
    assert login == ServerLogin("127.0.0.1", password_server.port, "office", "zhang", "prefer", "")
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "127.0.0.1" in stored and "zhang" in stored
    assert PASSWORD not in stored and "Zhang-San" not in stored
    assert keychain.passwords == {(KEYRING_SERVICE, f"zhang@127.0.0.1:{password_server.port}/office"): PASSWORD}

    window = MainWindow(settings)  # the next start: the address from the settings, the password from the keychain
    qtbot.addWidget(window)
    address = database_address(settings)
    assert address is not None and "Zhang-San" not in address
    assert window.open_repository(address)
    assert window.repository.user_name() == "zhang"
    window.repository.close()


def test_local_is_the_default_and_the_environment_variable_wins(qtbot, settings: QSettings,
                                                                dialog: DatabaseSettingsDialog,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert dialog.local.isChecked() and not dialog.server_fields.isEnabled()
    assert database_address(settings) is None
    settings.setValue("database/mode", "server")
    for key, value in (("host", "db.example"), ("port", 6543), ("database", "cases"), ("user", "li")):
        settings.setValue(f"database/{key}", value)
    assert database_address(settings) == "postgresql+psycopg://li@db.example:6543/cases?sslmode=prefer"
    monkeypatch.setenv(DB_ENV_VAR, "/srv/cases.sqlite3")
    assert database_address(settings) is None  # CaseListing.open() then reads the variable


def test_a_wrong_password_in_the_keychain_is_named_at_start(qtbot, settings: QSettings, keychain: MemoryKeyring,
                                                            password_server: ThrowAwayServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.message_boxes import MessageBoxAnswerer

    monkeypatch.delenv("PGPASSWORD", raising=False)
    login = ServerLogin("127.0.0.1", password_server.port, "office", "zhang")
    keychain.passwords[(KEYRING_SERVICE, f"zhang@127.0.0.1:{password_server.port}/office")] = "outdated"
    window = MainWindow(settings)
    qtbot.addWidget(window)
    boxes = MessageBoxAnswerer()
    assert not window.open_repository(login.address())
    boxes.stop()
    ((title, text),) = boxes.seen
    assert title == "无法打开案件数据库" and text.startswith("无法登录律所数据库服务器")
