#!/usr/bin/env python3
"""Smoke-test a built bundle from the frozen program alone.

    python3 packaging/smoke_test.py [dist/liability-wizard]

Every check runs the frozen executable in a clean environment: PATH of the system only (no virtual
environment), no PYTHONPATH, HOME a fresh empty folder (so the first run creates the data folder),
working directory outside the checkout, Qt offscreen. ``tests/packaging/test_bundle.py`` runs the same
checks under pytest after building; this script is for a bundle built by hand or on another OS.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "liability-wizard"
EXAMPLES = ROOT / "resources" / "examples"
EXAMPLE = EXAMPLES / "e01-unidentified-seller.lwcase"
WINDOWS = sys.platform == "win32"
EXECUTABLE = "liability-wizard.exe" if WINDOWS else "liability-wizard"
NATIVE_LIBRARIES = ("pango", "harfbuzz", "fontconfig", "gobject")
GUI_SECONDS = 25  # upper bound for the window to come up and open its database on a slow 2-core machine
#: Files no part of the program loads: the GTK stack the GTK theme plugin brought (the plugin is left
#: out, so the stack is too), Pillow's AVIF codec, text drawing and Tk, Qt's EGLFS for embedded screens,
#: PyInstaller's PySide6 hook (it loads Qt before every command line command), brotli (fontTools' WOFF2) and
#: readline (the interactive prompt).
UNNEEDED = ("libgtk-3", "libgdk-3", "libatk-1.0", "libatk-bridge-2.0", "libatspi", "libepoxy", "libcairo-gobject",
            "libgdk_pixbuf", "libpangocairo", "libqgtk3", "libavif", "PIL/_avif", "PIL/_imagingft",
            "PIL/_imagingtk", "libQt6EglFS", "_tkinter", "QtWebEngine", "libQt6Quick", "_brotli", "libreadline")


class SmokeTestFailure(AssertionError):
    pass


@dataclass
class FrozenProgram:
    """The bundle's executable, run as a user would on a machine without Python."""

    bundle: Path
    home: Path

    @property
    def executable(self) -> Path:
        return self.bundle / EXECUTABLE

    def environment(self, **extra: str) -> dict[str, str]:
        system_path = os.pathsep.join(
            [r"C:\Windows\System32", r"C:\Windows"] if WINDOWS else ["/usr/bin", "/bin"])
        env = {"PATH": system_path, "HOME": str(self.home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        if WINDOWS:  # the per-user folders platformdirs and Qt read there
            env |= {"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"), "USERPROFILE": str(self.home),
                    "APPDATA": str(self.home / "AppData" / "Roaming"),
                    "LOCALAPPDATA": str(self.home / "AppData" / "Local")}
        return env | extra

    def run(self, *args: str, timeout: float = 120, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.executable), *args], cwd=self.home, env=self.environment(**extra_env),
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)

    def data_folder(self) -> Path:
        """Where platformdirs puts the per-user data for this HOME."""
        if WINDOWS:
            return self.home / "AppData" / "Local" / "liability-wizard"
        if sys.platform == "darwin":
            return self.home / "Library" / "Application Support" / "liability-wizard"
        return self.home / ".local" / "share" / "liability-wizard"


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestFailure(message)


def checked_run(program: FrozenProgram, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    result = program.run(*args, **extra_env)
    check(result.returncode == 0 and "Traceback" not in result.stderr,
          f"`liability-wizard {' '.join(args)}` exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


def bundle_size(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def bundle_contents(bundle: Path) -> list[tuple[str, int]]:
    """Every file in the bundle with its size, biggest first."""
    files = [(p.relative_to(bundle).as_posix(), p.stat().st_size) for p in bundle.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(files, key=lambda item: -item[1])


def unneeded_files(bundle: Path) -> list[str]:
    """The bundle's files that match :data:`UNNEEDED` (the list should be empty)."""
    return [name for name, _size in bundle_contents(bundle) if any(part in name for part in UNNEEDED)]


def check_lean(program: FrozenProgram) -> str:
    contents = bundle_contents(program.bundle)
    unneeded = unneeded_files(program.bundle)
    check(not unneeded, "the bundle holds files nothing loads:\n" + "\n".join(unneeded))
    biggest = ", ".join(f"{name} {size / 2**20:.1f}" for name, size in contents[:5])
    return f"{len(contents)} files, {sum(size for _n, size in contents) / 2**20:.0f} MiB; biggest (MiB): {biggest}"


def check_native_libraries(program: FrozenProgram) -> list[str]:
    """WeasyPrint's libraries load, and (where the loader can be asked) from inside the bundle."""
    result = checked_run(program, LIABILITY_WIZARD_WEASYPRINT_INFO="1")
    check("Pango version:" in result.stdout, f"no WeasyPrint information printed:\n{result.stdout}")
    check("Declarations: shipped pre-parsed" in result.stdout,
          f"WeasyPrint's C declarations were parsed again (scripts/preparse_weasyprint.py):\n{result.stdout}")
    lines = result.stdout.splitlines()
    loaded = [line.removeprefix("Loaded: ") for line in lines if line.startswith("Loaded: ")]
    for library in NATIVE_LIBRARIES:
        paths = [p for p in loaded if library in Path(p).name.lower()]
        check(bool(paths), f"{library} was not loaded:\n{result.stdout}")
        outside = [p for p in paths if not Path(p).resolve().is_relative_to(program.bundle.resolve())]
        check(not outside, f"{library} was loaded from outside the bundle: {outside}")
    return result.stdout.splitlines()


def check_evaluate(program: FrozenProgram, case: Path = EXAMPLE) -> str:
    result = checked_run(program, "evaluate", str(case), "--json")
    evaluation = json.loads(result.stdout)
    expected = json.loads(case.with_name(case.name.replace(".lwcase", ".expected.json")).read_text("utf-8"))
    check(evaluation["platform_liable"] == expected["platform_liable"],
          f"platform_liable {evaluation['platform_liable']!r}, expected {expected['platform_liable']!r}")
    return evaluation["platform_liable"]


def check_render(program: FrozenProgram, case: Path = EXAMPLE) -> tuple[int, list[str]]:
    """The letter is a PDF whose fonts are all embedded; returns its size and pdffonts' rows."""
    pdf = program.home / "letter.pdf"
    checked_run(program, "render", str(case), "-o", str(pdf))
    check(pdf.read_bytes()[:5] == b"%PDF-", f"{pdf} is not a PDF")
    if shutil.which("pdffonts") is None:
        return pdf.stat().st_size, []
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    check(bool(rows), "the letter has no fonts")
    # Columns: name type [type] encoding emb sub uni object ID — 'emb' is the fifth field from the end.
    not_embedded = [row for row in rows if row.split()[-5] != "yes"]
    check(not not_embedded, "fonts not embedded:\n" + "\n".join(not_embedded))
    return pdf.stat().st_size, rows


def check_cases_list(program: FrozenProgram) -> list[dict]:
    """A fresh database is created, migrated by the bundled Alembic scripts, and listed."""
    database = program.home / "fresh" / "cases.sqlite3"
    database.parent.mkdir()
    result = checked_run(program, "cases", "list", "--json", "--db", str(database))
    cases = json.loads(result.stdout)
    check(isinstance(cases, list), f"`cases list --json` printed {result.stdout!r}")
    check(database.is_file(), "the database file was not created")
    return cases


def check_gui(program: FrozenProgram) -> dict[str, object]:
    """The desktop program starts offscreen, creates its data folder and a welcome case on first run,
    and quits by itself (``LIABILITY_WIZARD_SMOKE_TEST=1``: quit once the window is up and the
    database open)."""
    data_folder = program.data_folder()
    started = time.monotonic()
    try:
        process = subprocess.run([str(program.executable)], cwd=program.home, capture_output=True, text=True,
                                 encoding="utf-8", env=program.environment(LIABILITY_WIZARD_SMOKE_TEST="1"),
                                 timeout=GUI_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestFailure(f"the desktop program did not quit within {GUI_SECONDS} s:\n{exc.stderr}") from None
    seconds = time.monotonic() - started
    stderr = process.stderr
    check(process.returncode == 0, f"the desktop program exited {process.returncode}:\n{stderr[-3000:]}")
    check("Traceback" not in stderr and "could not load the Qt platform plugin" not in stderr.lower(),
          f"the desktop program failed:\n{stderr[-3000:]}")
    check(any(data_folder.glob("*.sqlite3")), f"the first run did not create its database in {data_folder}")
    listing = checked_run(program, "cases", "list", "--json")  # the database the desktop program created
    cases = json.loads(listing.stdout)
    check(len(cases) == 1 and cases[0]["title"].startswith("示例案件"),
          f"the first run should show one welcome case, found {cases}")
    return {"seconds": round(seconds, 1), "data_folder": str(data_folder), "cases_after_first_run": cases,
            "stderr": stderr.strip()}


def main() -> int:
    bundle = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_BUNDLE
    if not (bundle / EXECUTABLE).is_file():
        print(f"no {EXECUTABLE} in {bundle}: build it first with packaging/build.py", file=sys.stderr)
        return 2
    print(f"bundle: {bundle} ({bundle_size(bundle) / 2**20:.0f} MiB)")
    failures = 0
    checks = [("lean", check_lean), ("native libraries", check_native_libraries), ("evaluate", check_evaluate),
              ("render", check_render), ("cases list", check_cases_list), ("desktop program", check_gui)]
    for name, function in checks:
        with tempfile.TemporaryDirectory(prefix="lw-smoke-") as home:
            try:
                outcome = function(FrozenProgram(bundle, Path(home)))
            except (SmokeTestFailure, subprocess.SubprocessError, ValueError) as failure:
                failures += 1
                print(f"FAIL {name}: {failure}")
            else:
                print(f"ok   {name}: {outcome if not isinstance(outcome, list) else len(outcome)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
