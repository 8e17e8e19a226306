"""Patches applied to a module right after it is first imported, for the bundle's runtime hooks.

A runtime hook runs in every process before the entry point; one that imports the module it patches
(cffi, inspect, pkgutil, multiprocessing) costs every command that module's import although most never use
it. ``after_import(name, patch)`` instead calls ``patch(module)`` once the module has executed, before the
importer gets it back, so any code that uses it sees the patched module. Collected into the bundle through
the runtime hooks that import it (the spec puts this folder on the analysis path).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing's own import would cost every process what this module saves it
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    Patch = Callable[[ModuleType], None]


class _PatchingLoader:
    """Runs the module's own loader, then the patch (once: the patch is dropped from the watched names)."""

    def __init__(self, loader, patches: dict[str, Patch]) -> None:  # type: ignore[no-untyped-def]
        self.loader = loader
        self.patches = patches

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        # The module keeps its own loader (get_source, resource readers, reloads), not this wrapper.
        module.__spec__.loader = module.__loader__ = self.loader
        self.loader.exec_module(module)
        patch = self.patches.pop(module.__name__, None)
        if patch is not None:
            patch(module)


class _AfterImportFinder:
    """First on ``sys.meta_path``: finds a watched module through the other finders and wraps its loader."""

    def __init__(self) -> None:
        self.patches: dict[str, Patch] = {}

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        # A spec only looked at (importlib.util.find_spec) leaves the name watched: the patch goes with the import.
        if name not in self.patches:
            return None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            spec = find_spec(name, path, target) if finder is not self and find_spec else None
            if spec is not None and spec.loader is not None:
                spec.loader = _PatchingLoader(spec.loader, self.patches)
                return spec
        return None  # not found: the import fails as it would have


_finder = _AfterImportFinder()
sys.meta_path.insert(0, _finder)


def after_import(name: str, patch: Patch) -> None:
    """Call ``patch(module)`` when ``name`` is imported (at once if it already is)."""
    if name in sys.modules:
        patch(sys.modules[name])
    else:
        _finder.patches[name] = patch
