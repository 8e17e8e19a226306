"""packaging/rthooks/after_import.py: the bundle's runtime hooks patch a module when it is first imported."""

from __future__ import annotations

import importlib
import importlib.util
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def after_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    # Loaded from its file (packaging/ is not a package); it puts its finder first on sys.meta_path.
    spec = importlib.util.spec_from_file_location("after_import_under_test", ROOT / "packaging" / "rthooks" /
                                                  "after_import.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    spec.loader.exec_module(module)
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "watched_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    yield module
    sys.modules.pop("watched_module", None)


def test_the_patch_runs_after_the_module_and_before_the_importer_gets_it(after_import: ModuleType) -> None:
    seen = []

    def patch(module: ModuleType) -> None:
        seen.append(module.VALUE)  # the module has run
        module.VALUE = 2

    after_import.after_import("watched_module", patch)
    assert "watched_module" not in sys.modules and seen == []  # registering imports nothing
    from watched_module import VALUE

    assert VALUE == 2 and seen == [1]
    module = sys.modules["watched_module"]
    # The module keeps its own loader, so reloading runs the module again (without the one-time patch).
    assert type(module.__loader__).__name__ == "SourceFileLoader" and module.__spec__.loader is module.__loader__
    assert importlib.reload(module).VALUE == 1 and seen == [1]


def test_a_module_already_imported_is_patched_at_once(after_import: ModuleType) -> None:
    import watched_module

    after_import.after_import("watched_module", lambda module: setattr(module, "VALUE", 3))
    assert watched_module.VALUE == 3


def test_a_missing_module_fails_to_import_as_usual(after_import: ModuleType) -> None:
    after_import.after_import("no_such_module_here", lambda module: None)
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("no_such_module_here")


def test_pyinstallers_hooks_run_from_the_bundles_copies_when_their_module_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect
    import multiprocessing
    import pkgutil

    # packaging/rthooks/pyi_rth_deferred.py in a stand-in bundle whose copies of the stock hooks leave a mark.
    copies = tmp_path / "pyi_rth_deferred"
    copies.mkdir()
    for name in ("pkgutil", "multiprocessing"):
        (copies / f"pyi_rth_{name}.py").write_text(f"import {name}\n{name}.stock_hook_ran = True\n", encoding="utf-8")
        monkeypatch.setattr(sys.modules[name], "stock_hook_ran", False, raising=False)
    (copies / "pyi_rth_inspect.py").write_text(
        "import inspect\noriginal = inspect.getsourcefile\n"
        "inspect.getsourcefile = lambda object: ('stock hook', original(object))\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(inspect, "getsourcefile", inspect.getsourcefile)
    monkeypatch.syspath_prepend(str(ROOT / "packaging" / "rthooks"))
    monkeypatch.delitem(sys.modules, "after_import", raising=False)

    runpy.run_path(str(ROOT / "packaging" / "rthooks" / "pyi_rth_deferred.py"))
    sys.modules.pop("after_import", None)

    # pkgutil and multiprocessing were imported already (by pytest): their hooks ran at once.
    assert pkgutil.stock_hook_ran and multiprocessing.stock_hook_ran  # type: ignore[attr-defined]
    # inspect's hook waits for the first getsourcefile, then wraps the original function.
    assert inspect.getsourcefile(test_a_missing_module_fails_to_import_as_usual) == ("stock hook", __file__)


def test_looking_for_the_module_without_importing_it_keeps_the_patch_for_the_import(
        after_import: ModuleType) -> None:
    after_import.after_import("watched_module", lambda module: setattr(module, "VALUE", 4))
    assert importlib.util.find_spec("watched_module") is not None and "watched_module" not in sys.modules
    assert importlib.import_module("watched_module").VALUE == 4
