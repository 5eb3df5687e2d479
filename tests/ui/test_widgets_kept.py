"""The widgets given to ``qtbot.addWidget`` live to the test's end (tests/qt_widgets.py)."""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.store.repository import MapStore

pytestmark = pytest.mark.gui


def test_a_canvas_the_test_let_go_of_is_not_collected_before_the_test_ends(
    qtbot: QtBot, sample_store: MapStore
) -> None:
    document = Document(sample_store, "en")
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    canvas.show()
    qtbot.waitExposed(canvas)
    held = weakref.ref(canvas)
    del canvas
    gc.collect()
    alive = held()
    assert alive is not None and shiboken6.isValid(alive)
    document.close()
