"""Node shapes of our own, installed among pyqtgraph's symbols so that every painter of
nodes (the canvas, the legend, image export) finds them by name.

pyqtgraph documents installing a shape this way (``ScatterPlotItem.Symbols[key] = path``);
a shape is a path centred on (0, 0) that fits in a 1 x 1 square.
"""

from __future__ import annotations

from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

# A project: a card, a rounded rectangle wider than tall. No actor kind has a shape like
# it (the funder's square is square and sharp-cornered), so it reads in greyscale too.
PROJECT_SHAPE = "project_card"


def _card() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-0.5, -0.34, 1.0, 0.68), 0.16, 0.16)
    return path


Symbols.setdefault(PROJECT_SHAPE, _card())
