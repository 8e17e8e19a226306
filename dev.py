#!/usr/bin/env python3
"""One entry point for a newcomer: ``python3 dev.py run`` installs everything and starts the program,
``python3 dev.py test`` installs everything and runs the whole test suite.

Both are idempotent and fast when nothing changed: system packages are checked with dpkg
before apt-get is asked, and the virtual environment is reinstalled only when
``pyproject.toml`` changed. Works on Debian/Ubuntu, macOS (Homebrew) and Windows.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-pyproject"
WINDOWS = platform.system() == "Windows"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")

# Qt's xcb platform plugin, WeasyPrint's Pango/HarfBuzz (libharfbuzz-subset0 makes font
# subsetting 50x faster), a virtual screen for screenshots and poppler for PDF checks.
# LibreOffice Writer is for tests only: it converts the Word copy of the letter to PDF to compare.
# PostgreSQL is for the office-server tests (they start a throw-away server of their own); its libpq5
# also serves the Linux bundle. icu-devtools and gcc trim the bundle's ICU data (packaging/icu_data.py).
DEBIAN_PACKAGES = [
    "libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "libharfbuzz-subset0", "libfontconfig1",
    "libegl1", "libgl1", "libglib2.0-0", "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1", "libxcb-xinerama0", "libxcb-shm0",
    "xvfb", "xauth", "poppler-utils", "binutils", "libreoffice-writer-nogui", "postgresql",
    "icu-devtools", "gcc",
]


def say(message: str) -> None:
    print(f"[dev.py] {message}", flush=True)


def ensure_debian_packages() -> None:
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    wanted = list(DEBIAN_PACKAGES)
    try:
        import ensurepip  # noqa: F401  (Debian's python3 lacks it without python3-venv)
    except ImportError:
        wanted.append(f"python3.{sys.version_info.minor}-venv")
    query = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n", *wanted],
                           capture_output=True, text=True)
    installed = {line.split()[0] for line in query.stdout.splitlines() if line.endswith(" installed")}
    missing = [p for p in wanted if p not in installed]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def ensure_macos_packages() -> None:
    if platform.system() != "Darwin":
        return
    if shutil.which("brew") is None:
        sys.exit("[dev.py] WeasyPrint needs Pango from Homebrew: install https://brew.sh, then run again.")
    if subprocess.run(["brew", "list", "pango"], capture_output=True).returncode != 0:
        say("installing Pango with Homebrew")
        subprocess.run(["brew", "install", "pango"], check=True)


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"[dev.py] Python 3.11 or newer is needed (this is {platform.python_version()}).")
    if not PYTHON.exists():
        say(f"creating the virtual environment in {VENV}")
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing the program and its test tools into the virtual environment")
    subprocess.run([PYTHON, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([PYTHON, "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev,package]"], check=True)
    STAMP.write_text(digest)


def install() -> None:
    ensure_debian_packages()
    ensure_macos_packages()
    ensure_venv()


def run(extra: list[str]) -> int:
    install()
    return subprocess.run([PYTHON, "-m", "liability_wizard", *extra]).returncode


def test(extra: list[str]) -> int:
    install()
    code = subprocess.run([PYTHON, "-m", "pytest", *extra], cwd=ROOT).returncode
    if code == 5:  # pytest collected nothing: that is a failure here, not a pass
        print("[dev.py] no tests were collected", file=sys.stderr)
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "install"):
        print(__doc__)
        print("usage: python3 dev.py run [ARGS…] | test [PYTEST ARGS…] | install")
        return 2
    command, extra = sys.argv[1], sys.argv[2:]
    if command == "install":
        install()
        return 0
    return run(extra) if command == "run" else test(extra)


if __name__ == "__main__":
    sys.exit(main())
