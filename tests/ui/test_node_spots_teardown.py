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


def test_spots_deleted_by_qt_before_they_were_made_answer_with_empty_bounds(
    qapp: QApplication,
) -> None:
    scene = QGraphicsScene()
    spots = NodeSpots()
    scene.addItem(spots)
    spots.show_all(
        np.zeros((3, 2)),
        np.full(3, 10.0),
        ["o"] * 3,
        ["#ff0000"] * 3,
        np.zeros(3, dtype=np.bool_),
        lambda colour, _faded: QBrush(QColor(colour)),
        (QPen(), QPen()),
    )
    spots.boundingRect()
    assert len(spots.data) == 3, "alive, its spots are made when measured"
    other = NodeSpots()
    scene.addItem(other)
    other.show_all(
        np.ones((2, 2)),
        np.full(2, 8.0),
        ["s"] * 2,
        ["#00ff00"] * 2,
        np.zeros(2, dtype=np.bool_),
        lambda colour, _faded: QBrush(QColor(colour)),
        (QPen(), QPen()),
    )
    shiboken6.delete(other)  # its spots still waiting
    assert other.boundingRect().isNull()
