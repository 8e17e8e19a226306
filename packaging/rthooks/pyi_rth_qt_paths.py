"""Runtime hook in place of PyInstaller's ``pyi_rth_pyside6``: the same Qt paths, without loading Qt.

The stock hook imports ``PySide6.QtCore`` in every process (Qt Core and ICU: ~75 ms and ~12 MiB before
``liability-wizard evaluate`` does anything), only to write an embedded qt.conf, which PySide6 from the
PyPI wheels the spec freezes writes itself when the desktop program imports it. QML paths are not set:
the bundle has no QML.
"""

import os
import sys


def _qt_paths() -> None:
    qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if sys.platform not in ("win32", "darwin"):
        return
    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable

    if sys.platform == "win32":  # QtNetwork finds the bundled OpenSSL DLLs on PATH
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")


_qt_paths()
del _qt_paths
