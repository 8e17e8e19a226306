"""The Linux bundle, built with packaging/build.py and run from the frozen program alone.

The checks live in packaging/smoke_test.py (also runnable by hand against any bundle); each runs the
frozen executable with the system PATH only, no PYTHONPATH, a fresh HOME and Qt offscreen.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.postgres_server import throw_away_server, why_unavailable

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
BUILD_MINUTES = 10

pytestmark = [
    pytest.mark.slow,
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds the Linux bundle"),
]


def _smoke_test_module() -> ModuleType:
    # packaging/ is not a Python package (its name would shadow PyPI's `packaging`): load the file itself.
    spec = importlib.util.spec_from_file_location("bundle_smoke_test", ROOT / "packaging" / "smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


smoke = _smoke_test_module()


@pytest.fixture(scope="module")
def bundle() -> Path:
    build = subprocess.run([sys.executable, str(BUILD_SCRIPT)], cwd=ROOT, capture_output=True, text=True,
                           timeout=BUILD_MINUTES * 60)
    assert build.returncode == 0, (
        f"packaging/build.py failed:\n{build.stdout[-3000:]}\n{build.stderr[-5000:]}")
    size = smoke.bundle_size(smoke.DEFAULT_BUNDLE)
    print(f"\nLinux bundle: {smoke.DEFAULT_BUNDLE} — {size / 2**20:.0f} MiB")
    return smoke.DEFAULT_BUNDLE


@pytest.fixture
def program(bundle: Path, tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    return smoke.FrozenProgram(bundle, home)


def test_bundle_is_lean(bundle: Path) -> None:
    contents = smoke.bundle_contents(bundle)
    print("\nbiggest files (MiB): " + ", ".join(f"{name} {size / 2**20:.1f}" for name, size in contents[:25]))
    assert smoke.unneeded_files(bundle) == []
    internal = bundle / "_internal"
    translations = sorted(p.name for p in internal.glob("PySide6/Qt/translations/*.qm"))
    assert "qtbase_zh_CN.qm" in translations and "qtbase_en.qm" in translations and len(translations) <= 4
    assert sorted(p.name for p in internal.glob("liability_wizard/storage/migrations/versions/*.py"))
    # ICU's data for Chinese and English only (packaging/icu_data.py; PySide6's own is 30 MiB).
    assert all(p.stat().st_size < 8 * 2**20 for p in internal.glob("PySide6/Qt/lib/libicudata.so.*"))
    # 170 MiB with the firm's server (psycopg over the system's libpq, 1 MiB) and, for the keychain on
    # Linux, SecretStorage's cryptography (11 MiB). A guard against regressions, not the target (175 MiB).
    assert smoke.bundle_size(bundle) < 200 * 2**20


def test_the_command_line_loads_neither_qt_nor_the_runtime_hooks_modules(program) -> None:
    # PyInstaller's stock PySide6 runtime hook imported QtCore in every process; ours only sets paths.
    # LD_DEBUG=files: the dynamic loader names every library it opens (the frozen Python ignores PYTHON*).
    result = program.run("evaluate", str(smoke.EXAMPLE), LD_DEBUG="files")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "libpython3" in result.stderr and "libQt6Core" not in result.stderr  # the log is there, Qt is not
    # Nor what the runtime hooks used to import for every command (packaging/rthooks/after_import.py):
    # ctypes.util's subprocess, multiprocessing's socket and pickle.
    assert not {"_posixsubprocess", "_socket", "_pickle"} & set(re.findall(r"/(\w+)\.cpython", result.stderr))


def test_weasyprint_loads_the_bundled_native_libraries(program) -> None:
    smoke.check_native_libraries(program)


def test_frozen_program_evaluates_an_example(program) -> None:
    assert smoke.check_evaluate(program) == "yes"


def test_frozen_program_renders_the_letter_with_embedded_fonts(program) -> None:
    size, fonts = smoke.check_render(program)
    assert size > 10_000
    assert any("Noto" in row for row in fonts)


def test_frozen_program_creates_and_lists_a_fresh_database(program) -> None:
    assert smoke.check_cases_list(program) == []


def test_desktop_program_first_run_creates_its_data_folder_and_a_welcome_case(program) -> None:
    outcome = smoke.check_gui(program)
    assert outcome["cases_after_first_run"][0]["platform_liable"] == "yes"


def test_frozen_program_reaches_a_firms_server(program, bundle: Path) -> None:
    # On Linux psycopg runs over the bundled system libpq (the spec leaves psycopg_binary out).
    if why_unavailable():
        pytest.skip(why_unavailable())
    with throw_away_server() as server:
        url = server.url("cases_frozen").render_as_string(hide_password=False)
        server.create_database("cases_frozen")
        init = program.run("server", "init", url)
        assert init.returncode == 0, init.stdout + init.stderr[-2000:]
        listed = program.run("cases", "list", "--json", "--db", url, LD_DEBUG="files")
    assert listed.returncode == 0, listed.stderr[-3000:]
    assert listed.stdout.strip() == "[]"
    libpq = set(re.findall(r"file=(\S*libpq\.so\S*)", listed.stderr))  # the loader's log: what it opened
    assert libpq and all(Path(path).resolve().is_relative_to(bundle.resolve()) for path in libpq), libpq
