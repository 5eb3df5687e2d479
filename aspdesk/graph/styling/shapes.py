"""Node shapes of our own, installed among pyqtgraph's symbols so that every painter of
nodes (the canvas, the legend, image export) finds them by name.

pyqtgraph documents installing a shape this way (``ScatterPlotItem.Symbols[key] = path``);
a shape is a path centred on (0, 0) that fits in a 1 x 1 square.
"""

from __future__ import annotations

import math

from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

# A project: a card, a rounded rectangle wider than tall. No actor kind has a shape like
# it (the funder's square is square and sharp-cornered), so it reads in greyscale too.
PROJECT_SHAPE = "project_card"


def _card() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-0.5, -0.34, 1.0, 0.68), 0.16, 0.16)
    return path


Symbols.setdefault(PROJECT_SHAPE, _card())


# Segments: an actor in several clusters is drawn as a pie of its clusters' colours, one
# segment each, clipped to the actor's own shape so that the kind still reads. Each
# segment is a symbol of its own (named by shape, count and place), so the canvas draws
# them as spots, which pyqtgraph renders once per look and then only copies.
SEGMENT_STEPS = 24  # points on a full circle's arc


def _segment(shape: str, count: int, index: int) -> QPainterPath:
    whole = Symbols.get(shape, Symbols["o"])
    start = -math.pi / 2 + 2 * math.pi * index / count  # clockwise from the top
    end = start + 2 * math.pi / count
    steps = max(2, math.ceil(SEGMENT_STEPS / count))
    wedge = QPolygonF([QPointF(0, 0)])
    for step in range(steps + 1):
        angle = start + (end - start) * step / steps
        wedge.append(QPointF(math.cos(angle), math.sin(angle)))  # radius 1 covers the shape
    pie = QPainterPath()
    pie.addPolygon(wedge)
    pie.closeSubpath()
    return whole.intersected(pie)


def segment_symbol(shape: str, count: int, index: int) -> str:
    """The name of segment ``index`` of ``count`` of ``shape`` among pyqtgraph's symbols
    (installed on first use)."""
    name = f"segment:{shape}:{count}:{index}"
    if name not in Symbols:
        Symbols[name] = _segment(shape, count, index)
    return name
