"""Putting a :class:`~aspdesk.graph.styling.themes.Theme` on a canvas's pens, fonts and legend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from aspdesk.app.on_screen import device_width
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.graph.styling import style
from aspdesk.graph.styling.themes import Theme

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas


def dress(canvas: GraphCanvas) -> None:
    """Set the canvas's background, outlines, label and legend fonts from its theme."""
    theme = canvas.theme
    canvas.view.setBackground(theme.background)
    # Cosmetic pens are drawn in device pixels: widen them on a high-DPI screen.
    ratio = canvas.view.devicePixelRatioF()
    canvas.edges.pixel_ratio = ratio
    canvas._outline, canvas._faded_outline = outline_pens(theme, ratio)
    font = QFont()
    legend_font = QFont()
    if canvas.label_px:
        font.setPixelSize(max(6, round(canvas.label_px)))
    # The legend has a size of its own: + and - in a workshop change the labels only.
    if canvas.legend_px:
        legend_font.setPixelSize(max(6, round(canvas.legend_px)))
    else:
        legend_font.setPointSizeF(max(7.5, legend_font.pointSizeF() * 0.9))
    canvas.labels.font = font
    canvas.labels.text_colour = QColor(theme.text)
    canvas.labels.backing = QColor(*theme.label_backing)
    canvas.legend.set_look(theme, legend_font)
    canvas.connect_line.setPen(
        pg.mkPen(
            style.SELECTION,
            width=device_width(2 * theme.edge_scale, ratio),
            style=Qt.PenStyle.DashLine,
        )
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
