"""The widgets a test gives ``qtbot.addWidget``: alive to the test's end, then deleted.

pytest-qt keeps only a weak reference to them. A widget made without a parent (a graph
canvas or panel, a window) belongs to Python, and in the cycles of its signals and items
it is freed by the garbage collector, which runs whenever Python allocates enough: after
the test's function returned, it could run inside a Python method Qt called while it
walked the widget's scene (a node layer making its spots when asked for its bounds), and
delete the scene under that walk. The process died in Qt ("Segmentation fault"), in the
events pytest-qt processes after a test, on a timeline benchmark that leaves 100,000
changes to collect. The app never meets this: its canvases live inside their windows,
which Qt deletes.

So this ``qtbot`` (overriding pytest-qt's, which it uses) holds each widget until the
test's fixtures are finalised, after pytest-qt has closed them, and deletes those still
there at that point, outside any call from Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot


@pytest.fixture
def qtbot(qtbot: QtBot) -> Iterator[QtBot]:
    """pytest-qt's ``qtbot``, whose ``addWidget`` keeps the widget until the test ends."""
    kept: list[Any] = []
    add_widget: Callable[..., None] = qtbot.addWidget

    def keep(widget: Any, *, before_close_func: Callable[[Any], None] | None = None) -> None:
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    qtbot.addWidget = keep  # type: ignore[method-assign]
    yield qtbot
    qtbot.addWidget = add_widget  # type: ignore[method-assign]
    for widget in reversed(kept):  # a child given after its parent goes first
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    kept.clear()
