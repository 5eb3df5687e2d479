"""What a :class:`~aspdesk.graph.styling.themes.Theme` makes of a canvas's pens, fonts and
legend: a :class:`Dress` the canvas puts on (it holds its parts; this module needs none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from aspdesk.app.on_screen import device_width
from aspdesk.domain.records import record
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.graph.styling import style
from aspdesk.graph.styling.themes import Theme


@record
class Dress:
    """A theme's pens, fonts and colours for a canvas on a screen of one pixel ratio."""

    background: str
    outline: QPen  # of a node
    faded_outline: QPen  # of a node faded by a filter or a focus
    label_font: QFont
    label_colour: QColor
    label_backing: QColor
    legend_font: QFont
    connect_pen: QPen  # the line drawn while connecting two nodes


def dress_for(theme: Theme, label_px: float | None, legend_px: float | None, ratio: float) -> Dress:
    """How ``theme`` dresses a canvas with labels of ``label_px`` and a legend of
    ``legend_px`` pixels (None: the desktop's size), on a screen of pixel ratio ``ratio``.

    Cosmetic pens are drawn in device pixels, so they are widened on a high-DPI screen.
    """
    font = QFont()
    legend_font = QFont()
    if label_px:
        font.setPixelSize(max(6, round(label_px)))
    # The legend has a size of its own: + and - in a workshop change the labels only.
    if legend_px:
        legend_font.setPixelSize(max(6, round(legend_px)))
    else:
        legend_font.setPointSizeF(max(7.5, legend_font.pointSizeF() * 0.9))
    outline, faded = outline_pens(theme, ratio)
    connect = pg.mkPen(
        style.SELECTION, width=device_width(2 * theme.edge_scale, ratio), style=Qt.PenStyle.DashLine
    )
    return Dress(
        theme.background,
        outline,
        faded,
        font,
        QColor(theme.text),
        QColor(*theme.label_backing),
        legend_font,
        connect,
    )


def outline_pens(theme: Theme, ratio: float = 1.0) -> tuple[QPen, QPen]:
    """The outline of a node and of a faded node in ``theme``, on a screen of device
    pixel ratio ``ratio``.

    Cosmetic pens: pyqtgraph scales a unit symbol to the spot size, and a plain pen would
    be scaled with it into a blot. (An image export, which scales the whole page, makes
    them plain again.)
    """
    width = 1.2 * (1.5 if theme.node_scale > 1 else 1.0)
    faded = QColor(theme.outline)
    faded.setAlpha(60)
    return (
        pg.mkPen(theme.outline, width=device_width(width, ratio)),
        pg.mkPen(faded, width=device_width(1.0, ratio)),
    )


def halo_pen(colour: str, ratio: float = 1.0) -> QPen:
    """The ring around a selected or found node."""
    return pg.mkPen(colour, width=device_width(3.5, ratio))


def dressed_edges(theme: Theme, edges: Sequence[EdgeGroup]) -> list[EdgeGroup]:
    """``edges`` as ``theme`` draws them: wider, and near-black made light on dark."""
    if theme.edge_scale == 1.0 and not theme.dark:
        return list(edges)
    return [
        replace(g, width=g.width * theme.edge_scale, colour=theme.line_colour(g.colour))
        for g in edges
    ]
