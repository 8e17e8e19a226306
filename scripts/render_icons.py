"""Render the application icon from its SVG source (resources/icons/liability-wizard.svg) to the
PNG sizes a window, a taskbar and the packaged program use, and to packaging/windows/*.ico.

    .venv/bin/python scripts/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "liability-wizard.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = SOURCE.parent
    for size in SIZES:
        render(size).save(str(out / f"liability-wizard-{size}.png"))
    windows = ROOT / "packaging" / "windows"
    windows.mkdir(parents=True, exist_ok=True)
    render(256).save(str(windows / "liability-wizard.ico"))
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(out / f"liability-wizard-{size}.png"), QSize(size, size))
    print(f"{len(SIZES)} sizes in {out}, .ico in {windows}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
