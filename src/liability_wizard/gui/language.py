"""Interface language and fonts.

Source strings are Simplified Chinese (the default language needs no translation file); English
comes from ``resources/i18n/liability_wizard_en.qm``. Qt's own ``qtbase_zh_CN.qm`` translates
QWizard's and the standard dialogs' buttons, and ``resources/i18n/qt_supplement_zh_CN.qm`` the few
labels of the file and print dialogs it leaves in English. Chinese is always drawn with the bundled Noto SC fonts,
also where the system has a CJK font of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo
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
    # The strings Qt's own translation leaves in English ("Look in:", "Files of type:"); installed
    # after it, so it is asked first.
    supplement = QTranslator(app)
    if supplement.load(f"qt_supplement_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(supplement)
        installed.append(supplement)
    QLocale.setDefault(QLocale(language))
    return installed


#: The interface's own face. The other bundled fonts (the extensions with the rare characters, the
#: letter's serif) only fill in characters it lacks. Registering a font file costs ~12 ms (fontconfig
#: reads its character map), so the program registers these before its first frame and the rest after.
INTERFACE_FONTS = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
_registered: dict[str, list[str]] = {}  # font file -> its families, for every file registered so far


def load_fonts(app: QApplication, *, interface_only: bool = False) -> list[str]:
    """Register the bundled fonts and make them the application's Chinese font, ahead of any
    system CJK font, so the program looks the same on Windows, macOS and Linux. Returns the
    families registered so far. ``interface_only``: only :data:`INTERFACE_FONTS` for now; a later call
    adds the rest."""
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        if path.name in _registered or (interface_only and path.name not in INTERFACE_FONTS):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        _registered[path.name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    families = list(dict.fromkeys(f for names in _registered.values() for f in names))
    if families:
        font = app.font()
        # Latin text keeps the system UI font unless that font has Chinese of its own (it would win
        # over ours). The interface reads in the sans; the serif's extension covers rare characters.
        system = QFontInfo(font).family()
        has_chinese = QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(system)
        latin = [] if has_chinese or system in families else [system]
        font.setFamilies([*latin, *sorted(families, key=lambda f: ("Sans" not in f, "Ext" in f))])
        app.setFont(font)
    return families
