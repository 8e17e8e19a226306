"""设置 → 案件数据库: 本机（默认） or 律所服务器 (host, port, database, user, password, TLS), with
测试连接 on a worker thread. The choice goes to QSettings (:mod:`.database_choice`); the password goes
to the operating system's keychain through ``keyring`` and never into the settings file or a log."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liability_wizard.gui.background import run_in_background
from liability_wizard.gui.database_choice import (
    DEFAULT_PORT,
    SSL_MODES,
    ServerLogin,
    save_login,
    saved_login,
)
from liability_wizard.storage.location import DB_ENV_VAR


def _keychain_entry(login: ServerLogin) -> tuple[str, str]:
    from sqlalchemy import make_url

    from liability_wizard.storage.url import KEYRING_SERVICE, keyring_entry

    return KEYRING_SERVICE, keyring_entry(make_url(login.address()))


def _test_login(login: ServerLogin, password: str) -> str:
    """Runs on a worker thread: the Chinese result sentence, or a StorageError with the reason."""
    from sqlalchemy import make_url

    from liability_wizard.storage.server import password_from_keychain
    from liability_wizard.storage.server_login import try_login

    url = make_url(login.address())
    return try_login(url, password or password_from_keychain(url))


class DatabaseSettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件数据库"))
        self.settings = settings
        saved = saved_login(settings)
        self.local = QRadioButton(self.tr("本机（默认）(&L)"), self)
        self.server = QRadioButton(self.tr("律所服务器(&F)"), self)
        modes = QButtonGroup(self)
        modes.addButton(self.local)
        modes.addButton(self.server)
        (self.server if saved else self.local).setChecked(True)

        self.host = QLineEdit(saved.host if saved else "", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else DEFAULT_PORT)
        self.database = QLineEdit(saved.database if saved else "liability_wizard", self)
        self.user = QLineEdit(saved.user if saved else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("留空则使用钥匙串中已存的密码"))
        self.sslmode = QComboBox(self)
        for mode, label in zip(SSL_MODES, (self.tr("尽量加密（prefer）"), self.tr("必须加密（require）"),
                                            self.tr("加密并核对服务器证书（verify-full）")), strict=True):
            self.sslmode.addItem(label, mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index(saved.sslmode) if saved else 0)
        self.ca_file = QLineEdit(saved.ca_file if saved else "", self)
        browse = QPushButton(self.tr("选择(&B)…"), self)
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)

        self.server_fields = QWidget(self)
        form = QFormLayout(self.server_fields)
        form.addRow(self.tr("服务器地址(&H)"), self.host)
        form.addRow(self.tr("端口(&P)"), self.port)
        form.addRow(self.tr("数据库名(&D)"), self.database)
        form.addRow(self.tr("用户名(&U)"), self.user)
        form.addRow(self.tr("密码(&W)"), self.password)
        form.addRow(self.tr("加密(&E)"), self.sslmode)
        ca_label = QLabel(self.tr("CA 证书文件(&C)"), self)
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)

        self.test_button = QPushButton(self.tr("测试连接(&T)"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setObjectName("connection_result")
        self.result.setWordWrap(True)
        form.addRow(self.test_button, self.result)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        if os.environ.get(DB_ENV_VAR, "").strip():
            overridden = QLabel(self.tr("注意：环境变量 %1 已指定案件数据库，在去掉它之前，这里的设置不生效。")
                                .replace("%1", DB_ENV_VAR), self)
            overridden.setWordWrap(True)
            overridden.setStyleSheet("color: #8a5a00;")
            layout.addWidget(overridden)
        layout.addWidget(QLabel(self.tr("更改在重新连接或下次启动时生效。"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.server.toggled.connect(self.server_fields.setEnabled)
        self.server_fields.setEnabled(self.server.isChecked())
        self.resize(560, 0)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 CA 证书文件"), self.ca_file.text(),
                                              self.tr("证书 (*.crt *.pem *.cer);;所有文件 (*)"))
        if path:
            self.ca_file.setText(path)

    def login(self) -> ServerLogin | None:
        """The server as filled in; None for 本机 or while a required field is empty."""
        if not self.server.isChecked():
            return None
        host, database, user = self.host.text().strip(), self.database.text().strip(), self.user.text().strip()
        if not (host and database and user):
            return None
        return ServerLogin(host, self.port.value(), database, user, self.sslmode.currentData(),
                           self.ca_file.text().strip())

    def test_connection(self) -> None:
        login = self.login()
        if login is None:
            self.result.setText(self.tr("请填写服务器地址、数据库名和用户名。"))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("正在连接…"))
        password = self.password.text()  # read here: the worker must not touch widgets
        run_in_background(lambda: _test_login(login, password), self._tested, self._test_failed, self)

    def _tested(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #1a7f37;")
        self.result.setText(message)

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #b42318;")
        message = getattr(error, "message", None)
        self.result.setText(message or self.tr("连接失败：%1").replace("%1", type(error).__name__))

    def accept(self) -> None:
        login = self.login()
        if self.server.isChecked() and login is None:
            QMessageBox.warning(self, self.tr("案件数据库"), self.tr("请填写服务器地址、数据库名和用户名。"))
            return
        if login is not None and self.password.text() and not self._store_password(login):
            return
        save_login(self.settings, login)
        super().accept()

    def _store_password(self, login: ServerLogin) -> bool:
        import keyring

        service, entry = _keychain_entry(login)
        try:
            keyring.set_password(service, entry, self.password.text())
        except Exception as exc:  # no keychain on this computer (or it is locked): say so, store nothing
            QMessageBox.warning(self, self.tr("无法保存密码"),
                                self.tr("无法把密码存入操作系统的钥匙串（%1）。密码未保存到任何地方；"
                                        "可请 IT 人员改用 .pgpass 文件。").replace("%1", type(exc).__name__))
            return False
        return True
