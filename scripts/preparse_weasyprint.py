"""Write ``src/liability_wizard/report/weasyprint_declarations.py``: the C declarations of the installed
WeasyPrint, parsed by cffi here once instead of in every process (report/weasyprint_import.py). Run it
after upgrading WeasyPrint or cffi; ``tests/report/test_weasyprint_import.py`` fails until it is current.
"""

import ast
import importlib.util
import pprint
import sys
import tempfile
from hashlib import sha256
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "liability_wizard" / "report" / "weasyprint_declarations.py"


def declared_text() -> str:
    """The text WeasyPrint's ffi module passes to ``ffi.cdef``, read from its source."""
    spec = importlib.util.find_spec("weasyprint")
    assert spec is not None and spec.origin is not None, "WeasyPrint is not installed"
    source = Path(spec.origin).parent / "text" / "ffi.py"
    (call,) = [node for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "cdef"]
    (argument,) = call.args
    assert isinstance(argument, ast.Constant) and isinstance(argument.value, str)
    return argument.value


def ffi_arguments(text: str) -> dict[str, object]:
    """The keyword arguments cffi's out-of-line ABI module passes to ``_cffi_backend.FFI``."""
    import cffi

    builder = cffi.FFI()
    builder.cdef(text)
    builder.set_source("weasyprint_declarations", None)
    with tempfile.TemporaryDirectory() as folder:
        emitted = Path(folder) / "emitted.py"
        builder.emit_python_code(str(emitted))
        code = emitted.read_text(encoding="utf-8")
    captured: dict[str, object] = {}

    class Recorder:
        @staticmethod
        def FFI(_name: str, **arguments: object) -> None:  # the name cffi's module calls
            captured.update(arguments)

    namespace: dict[str, object] = {}
    sys.modules["_cffi_backend"], real = Recorder, sys.modules.get("_cffi_backend")  # type: ignore[assignment]
    try:
        exec(compile(code, "emitted.py", "exec"), namespace)  # cffi's own generated code
    finally:
        if real is not None:
            sys.modules["_cffi_backend"] = real
    return captured


def module_text() -> str:
    import cffi
    import weasyprint

    text = declared_text()
    return (
        f'"""WeasyPrint {weasyprint.__version__}\'s C declarations (weasyprint/text/ffi.py) as cffi {cffi.__version__} '
        'parsed them.\n\nWritten by scripts/preparse_weasyprint.py: do not edit."""\n\n'
        f"SHA256 = {sha256(text.encode('utf-8')).hexdigest()!r}\n"
        f"ARGUMENTS = {pprint.pformat(ffi_arguments(text), width=120)}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
