"""Node spots asked for their bounds after Qt deleted them (a scene torn down at exit).

Making the waiting spots then raised inside Qt's call, and Qt, left without an answer,
called the pure virtual base and aborted the process ("pure virtual method called")."""

from __future__ import annotations

import numpy as np
import pytest
import shiboken6
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from aspdesk.graph.canvas.node_spots import NodeSpots

pytestmark = pytest.mark.gui


def _waiting_spots(scene: QGraphicsScene, count: int) -> NodeSpots:
    """Spots of ``count`` nodes in ``scene``, asked for but not made yet."""
    spots = NodeSpots()
    scene.addItem(spots)
    spots.show_all(
        np.arange(2.0 * count).reshape(count, 2),
        np.full(count, 10.0),
        ["o"] * count,
        ["#ff0000"] * count,
        np.zeros(count, dtype=np.bool_),
        lambda colour, _faded: QBrush(QColor(colour)),
        (QPen(), QPen()),
    )
    return spots


def test_spots_deleted_by_qt_before_they_were_made_answer_with_empty_bounds(
    qapp: QApplication,
) -> None:
    scene = QGraphicsScene()
    alive = _waiting_spots(scene, 3)
    alive.boundingRect()
    assert len(alive.data) == 3, "alive, its spots are made when measured"
    deleted = _waiting_spots(scene, 2)
    shiboken6.delete(deleted)
    assert deleted.boundingRect().isNull()
