"""Settings: the firm's letterhead (stored in the case database) and the interface language (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from liability_wizard.core.firm import FirmProfile
from liability_wizard.gui.folders import in_documents
from liability_wizard.gui.language import LANGUAGE_KEY, LANGUAGES, saved_language


class SettingsDialog(QDialog):
    def __init__(self, firm: FirmProfile, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("律所信息与语言"))
        self.settings = settings
        self.name = QLineEdit(firm.name, self)
        self.address = QLineEdit(firm.address, self)
        self.phone = QLineEdit(firm.phone, self)
        self.lawyer = QLineEdit(firm.lawyer, self)
        self.lawyer_licence = QLineEdit(firm.lawyer_licence, self)
        self.second_lawyer = QLineEdit(firm.second_lawyer, self)
        self.second_lawyer.setPlaceholderText(self.tr("律所要求两名律师签署时填写"))
        self.second_lawyer_licence = QLineEdit(firm.second_lawyer_licence, self)
        self.postcode = QLineEdit(firm.postcode, self)
        self.email = QLineEdit(firm.email, self)
        self.logo = QLineEdit(firm.logo_path, self)
        browse = QPushButton(self.tr("选择(&B)…"), self)
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.language = QComboBox(self)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(saved_language(settings)))

        form = QFormLayout(self)
        form.addRow(self.tr("律师事务所名称(&N)"), self.name)
        form.addRow(self.tr("地址(&D)"), self.address)
        form.addRow(self.tr("电话(&P)"), self.phone)
        form.addRow(self.tr("邮编(&Z)"), self.postcode)
        form.addRow(self.tr("电子邮箱(&M)"), self.email)
        form.addRow(self.tr("承办律师(&L)"), self.lawyer)
        form.addRow(self.tr("执业证号(&I)"), self.lawyer_licence)
        form.addRow(self.tr("第二承办律师(&S)"), self.second_lawyer)
        form.addRow(self.tr("第二承办律师执业证号(&X)"), self.second_lawyer_licence)
        logo_label = QLabel(self.tr("徽标图片(&G)"), self)
        logo_label.setBuddy(self.logo)  # a label for a layout has no buddy and would show a literal "&" (P13)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("界面语言(&U)"), self.language)
        form.addRow(QLabel(self.tr("界面语言在下次启动时生效。"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 0)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择徽标图片"), in_documents(),
                                              self.tr("图片 (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.logo.setText(path)

    def firm_profile(self) -> FirmProfile:
        return FirmProfile(name=self.name.text().strip(), address=self.address.text().strip(),
                           phone=self.phone.text().strip(), lawyer=self.lawyer.text().strip(),
                           lawyer_licence=self.lawyer_licence.text().strip(),
                           second_lawyer=self.second_lawyer.text().strip(),
                           second_lawyer_licence=self.second_lawyer_licence.text().strip(),
                           postcode=self.postcode.text().strip(), email=self.email.text().strip(),
                           logo_path=self.logo.text().strip())

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()
