"""About: the version, what the program does not do, and the licences of the bundled fonts and icons."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from liability_wizard import __version__
from liability_wizard.paths import resources_dir


def about_html() -> str:
    fonts = "、".join(sorted(p.name for p in (resources_dir() / "fonts").glob("*.[ot]tf")))
    licence = str(resources_dir() / "fonts" / "OFL.txt")
    title = QCoreApplication.translate("About", "网络交易平台责任评估向导")
    purpose = QCoreApplication.translate(
        "About", "依据中华人民共和国法律评估网络交易平台的责任，并生成法律意见书。评估结果供律师参考，不替代律师的专业判断。")
    bundled = QCoreApplication.translate("About", "随附字体")
    ofl = QCoreApplication.translate("About", "以 SIL Open Font License 1.1 授权，许可证全文见：")
    icons = QCoreApplication.translate("About", "图标来自 Tabler Icons，以 MIT 许可证授权，许可证全文见：")
    icon_licence = str(resources_dir() / "icons" / "actions" / "LICENSE")
    qt = QCoreApplication.translate("About", "界面基于 Qt for Python (PySide6)，LGPLv3 授权。")
    return (f"<h3>{escape(title)} {escape(__version__)}</h3><p>{escape(purpose)}</p>"
            f"<p><b>{escape(bundled)}</b>：{escape(fonts)}<br>{escape(ofl)}{escape(licence)}</p>"
            f"<p>{escape(icons)}{escape(icon_licence)}</p><p>{escape(qt)}</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "关于"), about_html())
