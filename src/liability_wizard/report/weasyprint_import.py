"""Importing WeasyPrint without parsing its C declarations again in every process.

WeasyPrint declares the Pango, HarfBuzz and fontconfig functions it calls as C text
(``weasyprint/text/ffi.py``), which cffi parses with pycparser at each import: ~100 ms and 400 M
instructions, a tenth of a cold ``render`` and of the preview's warm-up. The same text parsed once,
when the program is built, is shipped as the tables of a cffi "out-of-line ABI" module
(:mod:`.weasyprint_declarations`, written by ``scripts/preparse_weasyprint.py``). While WeasyPrint
is imported, the ``cffi.FFI()`` its ffi module asks for is :class:`ShippedDeclarations`, built from
those tables. If the text it then declares is not the one they were parsed from (another WeasyPrint),
the import starts over and cffi parses the text as before; nothing else changes.
"""

import importlib
import sys
import threading
from collections.abc import Callable
from hashlib import sha256
from typing import Any

import _cffi_backend

#: The module whose ``cffi.FFI()`` is answered with the shipped declarations.
FFI_MODULE = "weasyprint.text.ffi"
_importing = threading.Lock()


class DeclarationsDifferError(Exception):
    """The installed WeasyPrint declares other C functions than the shipped tables hold."""


class ShippedDeclarations(_cffi_backend.FFI):
    """An FFI whose declarations are already in place; ``cdef`` only checks they are the same text."""

    def cdef(self, csource: str) -> None:
        from liability_wizard.report.weasyprint_declarations import SHA256

        if sha256(csource.encode("utf-8")).hexdigest() != SHA256:
            raise DeclarationsDifferError

    def dlopen(self, name: Any, flags: int = 0) -> Any:
        """As cffi's in-line FFI opens a library (``cffi.api._load_backend_lib``): a name the system
        loader cannot open is looked up with ``ctypes.util.find_library``, so the same files load."""
        open_library = super().dlopen
        if not isinstance(name, str) or not ("." in name or "/" in name or "\\" in name):
            return _found(open_library, name, flags, None)
        try:
            return open_library(name, flags)
        except OSError as error:
            return _found(open_library, name, flags, error)


def _found(open_library: Callable[[Any, int], Any], name: Any, flags: int, first_error: OSError | None) -> Any:
    import ctypes.util

    path = ctypes.util.find_library(name) if isinstance(name, str) else None
    if path is None:
        raise first_error or OSError(f"ctypes.util.find_library() did not manage to locate a library called {name!r}")
    return open_library(path, flags)


def import_weasyprint() -> None:
    """Import WeasyPrint (once), with the shipped declarations when they are its own. The desktop
    program warms the renderer up on a worker while the GUI thread may render: one at a time swaps
    ``cffi.FFI``, so it is always given back."""
    with _importing:
        if "weasyprint" not in sys.modules:
            _import_with_shipped_declarations()


def _import_with_shipped_declarations() -> None:
    import cffi

    parse = cffi.FFI

    def ffi(*args: Any, **kwargs: Any) -> Any:
        if sys._getframe(1).f_globals.get("__name__") != FFI_MODULE or args or kwargs:
            return parse(*args, **kwargs)
        from liability_wizard.report.weasyprint_declarations import ARGUMENTS

        return ShippedDeclarations(FFI_MODULE, **ARGUMENTS)

    cffi.FFI = ffi
    try:
        importlib.import_module("weasyprint")
    except DeclarationsDifferError:
        for name in [name for name in sys.modules if name.partition(".")[0] == "weasyprint"]:
            del sys.modules[name]
        cffi.FFI = parse
        importlib.import_module("weasyprint")
    finally:
        cffi.FFI = parse
