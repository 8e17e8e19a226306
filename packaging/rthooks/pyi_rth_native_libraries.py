"""Runtime hook: make WeasyPrint use the native libraries and fontconfig files shipped in the bundle.

WeasyPrint opens Pango, HarfBuzz, fontconfig … through ``cffi.FFI.dlopen`` (or the ``dlopen`` of its
declarations as the program ships them pre-parsed, report/weasyprint_import.py), trying several bare names
per library (Windows, Linux and macOS spellings). cffi passes a bare name to the system loader and then
to ``ctypes.util.find_library``, which looks outside the bundle and, on Linux, runs ``ldconfig -p`` and
``gcc`` for every miss (two dozen processes per start). Here a bare name is looked up in the bundle:
found, it is opened by its full path; on Linux, where the spec bundles every library WeasyPrint needs,
a miss fails at once. On macOS ``libpango-1.0.dylib`` (WeasyPrint's spelling) is matched to the bundled
``libpango-1.0.0.dylib`` (Homebrew's install name), so one copy is loaded, not two.

Both patches (cffi's ``dlopen``, and ctypes' ``find_library`` for psycopg's libpq) are applied when cffi or
ctypes.util is first imported: importing them here cost every command ~10 ms (``ctypes.util`` brings
subprocess and shutil), and only rendering and a firm's server use them.

``LIABILITY_WIZARD_WEASYPRINT_INFO=1 liability-wizard`` prints ``weasyprint --info`` and the file each
native library was loaded from, then exits: the check that the bundle is self-contained.
"""

import os
import sys

from after_import import after_import

INFO_VARIABLE = "LIABILITY_WIZARD_WEASYPRINT_INFO"
NATIVE_KEYS = ("pango", "harfbuzz", "fontconfig", "gobject", "glib", "freetype", "fribidi", "ffi")


def _bundled_library(bundle: str, name: str) -> str | None:
    import glob

    candidates = [name]
    if sys.platform == "win32" and not name.lower().endswith(".dll"):
        candidates.append(name + ".dll")
    if sys.platform == "darwin" and name.endswith(".dylib"):
        stem = os.path.join(bundle, name[: -len(".dylib")])
        candidates += sorted(glob.glob(glob.escape(stem) + ".*.dylib"))
    for candidate in candidates:
        path = os.path.join(bundle, candidate)
        if os.path.isfile(path):
            return path
    return None


def _prefer_bundled_libraries(ffi_class, bundle: str) -> None:  # type: ignore[no-untyped-def]
    original_dlopen = ffi_class.dlopen
    self_contained = sys.platform.startswith("linux")

    def dlopen(self, name, flags=0):  # type: ignore[no-untyped-def]
        if isinstance(name, str) and os.path.basename(name) == name:
            bundled = _bundled_library(bundle, name)
            if bundled is not None:
                name = bundled
            elif self_contained:
                raise OSError(f"{name} is not in the bundle")
        return original_dlopen(self, name, flags)

    ffi_class.dlopen = dlopen


def _find_bundled_libraries_first(ctypes_util, bundle: str) -> None:  # type: ignore[no-untyped-def]
    """psycopg finds libpq with ``ctypes.util.find_library("pq")``: on Linux the spec bundles the system's
    libpq (in place of psycopg_binary), so a ``lib<name>.so.N`` in the bundle answers first."""
    import glob

    original_find_library = ctypes_util.find_library

    def find_library(name):  # type: ignore[no-untyped-def]
        bundled = sorted(glob.glob(os.path.join(glob.escape(bundle), f"lib{glob.escape(name)}.so.*")))
        return bundled[0] if bundled else original_find_library(name)

    ctypes_util.find_library = find_library


def _use_bundled_fontconfig_files(bundle: str) -> None:
    # The spec copies MSYS2's or Homebrew's etc/fonts on Windows and macOS; without this, fontconfig
    # would look for its configuration in the build machine's prefix. Linux users have their own.
    if "FONTCONFIG_FILE" in os.environ or "FONTCONFIG_PATH" in os.environ:
        return
    if sys.platform.startswith("linux") and os.path.isfile("/etc/fonts/fonts.conf"):
        return
    config = os.path.join(bundle, "etc", "fonts", "fonts.conf")
    if os.path.isfile(config):
        os.environ["FONTCONFIG_FILE"] = config
        os.environ["FONTCONFIG_PATH"] = os.path.dirname(config)


def _print_weasyprint_info() -> None:
    import platform

    import pydyf

    from liability_wizard.report.weasyprint_import import import_weasyprint

    import_weasyprint()  # as the letter imports it: the libraries are opened the same way
    import weasyprint
    from weasyprint.text import ffi

    uname = platform.uname()
    print("System:", uname.system, uname.release, uname.machine)
    print("WeasyPrint version:", weasyprint.__version__)
    print("Python version:", sys.version.split()[0])
    print("Pydyf version:", pydyf.__version__)
    print("Pango version:", ffi.pango.pango_version())
    print("Declarations:", "shipped pre-parsed" if type(ffi.ffi).__name__ == "ShippedDeclarations" else "parsed")
    print("HarfBuzz subset:", "yes" if ffi.harfbuzz_subset is not None else "no (slow font subsetting)")
    print("Fontconfig file:", os.environ.get("FONTCONFIG_FILE", "(system default)"))
    print("Bundle:", sys._MEIPASS)
    for path in _loaded_libraries():
        if any(key in os.path.basename(path).lower() for key in NATIVE_KEYS):
            print("Loaded:", path)


def _loaded_libraries() -> list[str]:
    """Files of the shared libraries loaded into this process, as the dynamic linker resolved them."""
    import ctypes

    if sys.platform == "darwin":
        dyld = ctypes.CDLL(None)
        dyld._dyld_get_image_name.restype = ctypes.c_char_p
        return sorted(dyld._dyld_get_image_name(i).decode() for i in range(dyld._dyld_image_count()))
    if sys.platform == "win32":
        from ctypes import wintypes

        process = ctypes.windll.kernel32.GetCurrentProcess()
        modules, needed = (wintypes.HMODULE * 1024)(), wintypes.DWORD()
        ctypes.windll.psapi.EnumProcessModules(process, modules, ctypes.sizeof(modules), ctypes.byref(needed))
        names = []
        for module in modules[: needed.value // ctypes.sizeof(wintypes.HMODULE)]:
            name = ctypes.create_unicode_buffer(32768)
            ctypes.windll.kernel32.GetModuleFileNameW(wintypes.HMODULE(module), name, len(name))
            names.append(name.value)
        return sorted(names)
    with open("/proc/self/maps") as maps:
        return sorted({line.split()[-1] for line in maps if ".so" in line})


after_import("cffi", lambda cffi: _prefer_bundled_libraries(cffi.FFI, sys._MEIPASS))
# WeasyPrint's declarations as shipped pre-parsed (report/weasyprint_import.py) open libraries the same way.
after_import("liability_wizard.report.weasyprint_import",
             lambda module: _prefer_bundled_libraries(module.ShippedDeclarations, sys._MEIPASS))
if sys.platform.startswith("linux"):
    after_import("ctypes.util", lambda ctypes_util: _find_bundled_libraries_first(ctypes_util, sys._MEIPASS))
_use_bundled_fontconfig_files(sys._MEIPASS)
if os.environ.get(INFO_VARIABLE) == "1":
    _print_weasyprint_info()
    sys.exit(0)
