"""Register the ``bundle`` marker here until pyproject.toml lists it (``-m "not bundle"`` skips the build)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "bundle: builds the PyInstaller bundle and runs the frozen program")
