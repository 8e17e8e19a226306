"""Icons on the main actions: Tabler Icons (MIT), bundled in ``resources/icons/actions/`` as their
SVG source and as PNGs rendered by ``scripts/render_icons.py`` (no SVG module on the way to the
first window). One set everywhere, instead of the style's own mixed standard icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from liability_wizard.paths import resources_dir

#: Rendered sizes: 16/24 for menus and buttons at 100 %, 32/48 at 125–200 % scaling.
SIZES = (16, 24, 32, 48)
#: Every icon the program uses (the SVG names in resources/icons/actions/).
NAMES = ("file-plus", "folder-open", "copy", "trash", "file-import", "file-export", "printer", "file-type-pdf",
         "file-type-doc", "eye", "arrow-back-up", "arrow-forward-up", "help-circle", "info-circle", "history",
         "restore", "settings")


@cache
def action_icon(name: str) -> QIcon:
    if name not in NAMES:
        raise KeyError(name)
    folder = resources_dir() / "icons" / "actions" / "png"
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(folder / f"{name}-{size}.png"), QSize(size, size))
    return icon
