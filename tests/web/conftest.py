"""The web map's browser tests: their fixtures live in tests/browser.py (shared with the
web map's benchmark, registered by tests/conftest.py); here every test of this folder is
marked ``browser``, so ``-m "not browser"`` leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder ``browser``, so ``-m "not browser"`` leaves them out."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
