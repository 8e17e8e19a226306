"""WeasyPrint imported with its C declarations shipped pre-parsed: current, the same letter byte for byte,
and parsed as before when the installed WeasyPrint declares something else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLE_CASES, ROOT

from liability_wizard.report import weasyprint_declarations
from liability_wizard.report.weasyprint_import import DeclarationsDifferError, ShippedDeclarations

sys.path.insert(0, str(ROOT / "scripts"))
from preparse_weasyprint import TARGET, declared_text, module_text

RENDER = """
import sys
{before}
from datetime import date
from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.letter import render_letter
case = read_case_file(sys.argv[1])
pdf = render_letter(case, evaluate_case(case), FirmProfile(), letter_date=date(2026, 1, 2))
open(sys.argv[2], "wb").write(pdf)
import weasyprint.text.ffi
print(type(weasyprint.text.ffi.ffi).__name__)
"""


def render(tmp_path: Path, name: str, before: str = "") -> tuple[bytes, str]:
    """The letter of EXAMPLE_CASES[0] rendered in a fresh process, and the class of WeasyPrint's ffi."""
    target = tmp_path / f"{name}.pdf"
    result = subprocess.run([sys.executable, "-c", RENDER.format(before=before), str(EXAMPLE_CASES[0]), str(target)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr
    return target.read_bytes(), result.stdout.strip()


def test_the_shipped_declarations_are_the_installed_weasyprints() -> None:
    assert TARGET.read_text(encoding="utf-8") == module_text(), \
        "WeasyPrint or cffi changed: run scripts/preparse_weasyprint.py"
    assert "pango_layout_set_text" in declared_text()


@pytest.mark.slow
def test_a_letter_is_the_same_whether_the_declarations_are_shipped_or_parsed(tmp_path: Path) -> None:
    shipped, shipped_ffi = render(tmp_path, "shipped")
    parsed, parsed_ffi = render(tmp_path, "parsed", before="import weasyprint  # cffi parses the declarations")
    assert (shipped_ffi, parsed_ffi) == ("ShippedDeclarations", "FFI")
    assert shipped[:5] == b"%PDF-" and shipped == parsed


@pytest.mark.slow
def test_other_declarations_are_parsed_as_before(tmp_path: Path) -> None:
    pdf, ffi = render(tmp_path, "other", before="import liability_wizard.report.weasyprint_declarations as shipped\n"
                                                "shipped.SHA256 = '0' * 64  # as if WeasyPrint declared other functions")
    assert ffi == "FFI" and pdf[:5] == b"%PDF-"


def test_checking_other_text_is_refused() -> None:
    ffi = ShippedDeclarations("test", **weasyprint_declarations.ARGUMENTS)
    ffi.cdef(declared_text())
    with pytest.raises(DeclarationsDifferError):
        ffi.cdef(declared_text() + "int extra(void);")


def test_libraries_are_found_as_cffi_finds_them() -> None:
    """A bare name goes through ctypes.util.find_library, as cffi's own dlopen does."""
    ffi = ShippedDeclarations("test", **weasyprint_declarations.ARGUMENTS)
    pango = ffi.dlopen("pango-1.0")
    assert pango.pango_version() >= 14400  # Pango 1.44, the oldest WeasyPrint supports
    assert ffi.dlopen("libpango-1.0.so.0").pango_version() == pango.pango_version()
    with pytest.raises(OSError):
        ffi.dlopen("libno-such-library-1.0-0")


@pytest.mark.slow
def test_two_threads_importing_at_once_leave_cffi_as_it_was() -> None:
    """The desktop program warms the renderer up on a worker while the GUI thread may render."""
    probe = ("import threading, cffi, cffi.api\n"
             "from liability_wizard.report.weasyprint_import import import_weasyprint\n"
             "threads = [threading.Thread(target=import_weasyprint) for _ in range(2)]\n"
             "for thread in threads: thread.start()\n"
             "for thread in threads: thread.join()\n"
             "import weasyprint.text.ffi\n"
             "print(cffi.FFI is cffi.api.FFI, type(weasyprint.text.ffi.ffi).__name__)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.stdout.split() == ["True", "ShippedDeclarations"], result.stderr
