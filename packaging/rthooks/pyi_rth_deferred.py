"""Runtime hook: PyInstaller's standard hooks for inspect, pkgutil and multiprocessing, run when needed.

PyInstaller runs them in every process because the bundle holds those modules. Each imports its module
(``liability-wizard evaluate`` never uses pkgutil or multiprocessing), and the inspect hook also imports
zipfile and reads the names in base_library.zip. With the native-library hook's cffi and ctypes.util that
was 79 M instructions (~30 ms) of the frozen ``evaluate``'s 589 M, before the command started. The spec takes them out
of the start-up scripts and ships their sources in ``pyi_rth_deferred/``; here each runs, unchanged, when
it matters:
    pkgutil, multiprocessing  right after the module is first imported (``after_import``), so their
                              patches (``pkgutil.iter_modules`` over the bundle's archive,
                              ``multiprocessing.freeze_support``) are in place before any caller has them
    inspect                   at the first call of ``inspect.getsourcefile``, the one function it replaces
                              (the dataclasses the command line uses import inspect, and never call it)
"""

import os
import sys

from after_import import after_import


def _run_stock_hook(name: str) -> None:
    path = os.path.join(sys._MEIPASS, "pyi_rth_deferred", name + ".py")
    with open(path, encoding="utf-8") as source:
        exec(compile(source.read(), path, "exec"), {"__name__": name, "__file__": path})


def _on_first_getsourcefile(inspect) -> None:  # type: ignore[no-untyped-def]
    original = inspect.getsourcefile

    def getsourcefile(object):  # type: ignore[no-untyped-def]
        if inspect.getsourcefile is getsourcefile:
            inspect.getsourcefile = original  # the stock hook wraps the original
            _run_stock_hook("pyi_rth_inspect")
        return inspect.getsourcefile(object)

    inspect.getsourcefile = getsourcefile


after_import("inspect", _on_first_getsourcefile)
after_import("pkgutil", lambda _module: _run_stock_hook("pyi_rth_pkgutil"))
after_import("multiprocessing", lambda _module: _run_stock_hook("pyi_rth_multiprocessing"))
