"""Libraries a command loads before Qt, because loading them after it costs more.

Once PySide6 is imported, its import hook (shiboken's ``__feature__`` support) reads the
source of every Python module imported after it, to find out whether the module uses
PySide's optional features. SQLAlchemy and numpy are some 250 modules that never do: loaded
first they are not read, which took 0.10 to 0.15 s of processor time off every export of an
image (``aspdesk export MAP -o x.png``, five runs each way on this project's machine). The
window's start and the report load them the same way. SQLAlchemy comes in through the
store's modules that open a map (only the store imports it), which use no Qt either.
"""

from __future__ import annotations


def load_before_qt() -> None:
    """Import the big non-Qt libraries that opening a map and drawing its graph need, if
    Qt is not loaded yet (after it, there is nothing to gain)."""
    import sys

    if "PySide6" in sys.modules:
        return
    import numpy  # noqa: F401 - loaded for its side effect: see the module's docstring

    import aspdesk.store.opening  # noqa: F401
    import aspdesk.store.team.opening  # noqa: F401
