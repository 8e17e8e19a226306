"""Interface language and fonts.

Source strings are Simplified Chinese (the default language needs no translation file); English
comes from ``resources/i18n/liability_wizard_en.qm``. Qt's own ``qtbase_zh_CN.qm`` translates
QWizard's and the standard dialogs' buttons. The bundled Noto SC fonts are registered so Chinese
renders on a machine without a CJK system font.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from liability_wizard.paths import resources_dir

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the program's and Qt's translators for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = QTranslator(app)
    if language != DEFAULT_LANGUAGE and own.load(f"liability_wizard_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def load_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts; where the system has no Chinese font, fall back to them.
    Returns the families added."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if families and not [f for f in chinese if f not in families]:
        font = app.font()
        # The system UI font first (Latin); then the regular serif before the bold-only sans subset.
        font.setFamilies([font.family(), *sorted(families, key=lambda f: "Serif" not in f)])
        app.setFont(font)
    return families
