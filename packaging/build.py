#!/usr/bin/env python3
"""Build the Liability Wizard bundle on this machine (Windows, macOS or Linux).

    python3 packaging/build.py              # dist/liability-wizard/ (macOS: also dist/Liability Wizard.app)
    python3 packaging/build.py --installer  # then Windows: Inno Setup installer; macOS: .dmg; Linux: AppImage
    python3 packaging/build.py --clean      # rebuild from scratch (PyInstaller's cache in build/ discarded)

Runs with the project's virtual environment (``.venv``, made by ``python3 dev.py install``); installs
PyInstaller into it when missing. Before freezing it checks that WeasyPrint can load Pango, HarfBuzz and
fontconfig here, because the WeasyPrint hook copies exactly the libraries this machine resolves:
    Windows  MSYS2 UCRT64 (``pacman -S mingw-w64-ucrt-x86_64-pango``), found through
             WEASYPRINT_DLL_DIRECTORIES (default C:\\msys64\\ucrt64\\bin), which is put on PATH here
    macOS    Homebrew (``brew install pango``), found through DYLD_FALLBACK_LIBRARY_PATH=$(brew --prefix)/lib
    Linux    the distribution's packages (libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz0b,
             libharfbuzz-subset0, libfontconfig1 on Debian/Ubuntu)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "liability-wizard.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "liability-wizard"
SYSTEM = platform.system()
VENV_PYTHON = ROOT / ".venv" / ("Scripts/python.exe" if SYSTEM == "Windows" else "bin/python")
DEFAULT_DLL_DIRECTORIES = r"C:\msys64\ucrt64\bin"
CHECK_WEASYPRINT = (
    "import weasyprint, weasyprint.text.ffi as f; "
    "print('WeasyPrint', weasyprint.__version__, '· Pango', f.pango.pango_version(), "
    "'· HarfBuzz-subset', f.harfbuzz_subset is not None)"
)


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def build_environment() -> dict[str, str]:
    """The environment in which this machine's native libraries are found by WeasyPrint and PyInstaller."""
    env = dict(os.environ)
    if SYSTEM == "Windows":
        # WeasyPrint ignores WEASYPRINT_DLL_DIRECTORIES once frozen; at build time PyInstaller must find the
        # DLLs (and their dependencies) on PATH to copy them into the bundle.
        dll_dirs = env.get("WEASYPRINT_DLL_DIRECTORIES", DEFAULT_DLL_DIRECTORIES)
        env["WEASYPRINT_DLL_DIRECTORIES"] = dll_dirs
        env["PATH"] = os.pathsep.join([*dll_dirs.split(";"), env.get("PATH", "")])
    elif SYSTEM == "Darwin" and "DYLD_FALLBACK_LIBRARY_PATH" not in env and shutil.which("brew"):
        brew = subprocess.run(["brew", "--prefix"], capture_output=True, text=True, check=True)
        prefix = brew.stdout.strip()
        env["DYLD_FALLBACK_LIBRARY_PATH"] = f"{prefix}/lib"
    return env


def ensure_pyinstaller(python: str) -> None:
    probe = subprocess.run([python, "-c", "import PyInstaller, _pyinstaller_hooks_contrib"],
                           capture_output=True)
    if probe.returncode != 0:
        say("installing PyInstaller into the virtual environment")
        subprocess.run([python, "-m", "pip", "install", "-q", "pyinstaller>=6.10",
                        "pyinstaller-hooks-contrib>=2024.8"], check=True)


def check_native_libraries(python: str, env: dict[str, str]) -> None:
    probe = subprocess.run([python, "-c", CHECK_WEASYPRINT], env=env, capture_output=True, text=True)
    if probe.returncode != 0:
        sys.exit(f"[build] WeasyPrint cannot load its native libraries here; see packaging/build.py's help.\n"
                 f"{probe.stdout}{probe.stderr}")
    say(probe.stdout.strip())


def freeze(python: str, env: dict[str, str], clean: bool) -> None:
    command = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    say(" ".join(command))
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_installer(env: dict[str, str]) -> None:
    if SYSTEM == "Windows":
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        from liability_wizard import __version__

        script = PACKAGING / "windows" / "liability-wizard.iss"
        subprocess.run([iscc, f"/DAppVersion={__version__}", str(script)], check=True, env=env)
    elif SYSTEM == "Darwin":
        subprocess.run(["bash", str(PACKAGING / "macos" / "make_dmg.sh")], check=True, env=env)
    else:
        subprocess.run(["bash", str(PACKAGING / "linux" / "make_appimage.sh")], check=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--installer", action="store_true", help="also make the installer / dmg / AppImage")
    args = parser.parse_args()

    # Freeze what the project's environment holds, whichever python3 started this script.
    python = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
    if Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve() and VENV_PYTHON.exists():
        say(f"using {python}")
    sys.path.insert(0, str(ROOT / "src"))
    env = build_environment()
    ensure_pyinstaller(python)
    check_native_libraries(python, env)
    freeze(python, env, args.clean)
    say(f"bundle: {BUNDLE} ({folder_size(BUNDLE) / 2**20:.0f} MiB)")
    if args.installer:
        make_installer(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
