"""Layering: the core imports no GUI, database or report library; the code is ruff clean."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import liability_wizard.core

ROOT = Path(__file__).resolve().parents[1]
CORE = Path(liability_wizard.core.__file__).parent
CORE_FILES = sorted(CORE.rglob("*.py"))
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "sqlalchemy", "alembic", "weasyprint", "jinja2")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_files_found() -> None:
    assert CORE / "evaluator.py" in CORE_FILES and len(CORE_FILES) >= 10


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_nothing_forbidden(path: Path) -> None:
    bad = {name for name in imported_modules(path) if name.split(".")[0] in FORBIDDEN}
    assert bad == set(), f"{path.name} imports {sorted(bad)}"


@pytest.mark.slow
def test_importing_the_core_and_the_cli_loads_nothing_forbidden() -> None:
    probe = (
        "import json, sys\n"
        "import liability_wizard.core.evaluator, liability_wizard.core.case\n"
        "import liability_wizard.core.catalogue\n"
        "from liability_wizard.cli.main import build_parser\n"
        "build_parser()\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.slow
def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    folders = [name for name in ("src", "tests", "bench", "scripts") if (ROOT / name).is_dir()]
    result = subprocess.run([ruff, "check", *folders], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "bench").glob("bench_*.py")))
def test_every_benchmark_starts(script: str) -> None:
    """A benchmark is run by hand, so a broken import would go unnoticed until someone needs its figures."""
    result = subprocess.run([sys.executable, str(ROOT / "bench" / script), "--help"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


#: Modules `liability-wizard evaluate` was rid of (issue 13: the command is mostly Python importing):
#: dataclasses brings inspect and ast, argparse's parser gettext, locale and shutil; the catalogue is
#: read as JSON, not TOML; calendar imports locale and textwrap compiles regular expressions.
NOT_FOR_EVALUATE = ("dataclasses", "inspect", "ast", "argparse", "gettext", "locale", "shutil", "tomllib",
                    "calendar", "textwrap")


@pytest.mark.slow
def test_evaluating_a_file_imports_none_of_what_it_does_without_and_compiles_nothing() -> None:
    """A string compiled at run time (``typing`` compiles every annotation that a ``NamedTuple``
    declares as text) first builds Python's AST types, ~4 ms: nothing on this path may do it."""
    case = ROOT / "resources" / "examples" / "e01-unidentified-seller.lwcase"
    probe = (
        "import builtins, json, sys\n"
        "compiled = []\n"
        "real_compile = builtins.compile\n"
        "def compile_(source, filename, *args, **kwargs):\n"
        "    compiled.append(str(filename))\n"
        "    return real_compile(source, filename, *args, **kwargs)\n"
        "builtins.compile = compile_\n"
        "from liability_wizard.cli.main import main\n"
        f"status = main(['evaluate', {str(case)!r}])\n"
        f"loaded = sorted(m for m in {NOT_FOR_EVALUATE!r} if m in sys.modules)\n"
        "strings = [f for f in compiled if not f.endswith('.py')]  # source files: imports without bytecode\n"
        "sys.stderr.write(json.dumps([status, loaded, strings]))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "案件" in result.stdout, result.stderr
    assert json.loads(result.stderr) == [0, [], []]
