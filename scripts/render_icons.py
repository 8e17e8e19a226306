"""Render the application icon from its SVG source (resources/icons/liability-wizard.svg) to the
PNG sizes a window, a taskbar and the packaged program use, and to packaging/windows/*.ico; and the
action icons (Tabler Icons, resources/icons/actions/*.svg) to resources/icons/actions/png/.

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


#: The action icons' stroke: Tabler draws in ``currentColor``, which a PNG must fix to one colour.
ACTION_COLOUR = "#33415c"


def render(size: int, svg: bytes | None = None) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    (QSvgRenderer(svg) if svg is not None else QSvgRenderer(str(SOURCE))).render(painter)
    painter.end()
    return image


def render_actions() -> int:
    from liability_wizard.gui.icons import NAMES, SIZES

    folder = SOURCE.parent / "actions"
    (folder / "png").mkdir(exist_ok=True)
    for name in NAMES:
        svg = (folder / f"{name}.svg").read_bytes().replace(b"currentColor", ACTION_COLOUR.encode())
        for size in SIZES:
            render(size, svg).save(str(folder / "png" / f"{name}-{size}.png"))
    return len(NAMES)


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
    print(f"{len(SIZES)} sizes in {out}, .ico in {windows}; {render_actions()} action icons")
    return 0


if __name__ == "__main__":
    sys.exit(main())
