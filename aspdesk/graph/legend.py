"""The legend drawn on the canvas from the styling in use: what each shape, colour and line means.

It lists exactly the kinds, clusters, relationship types and roles on show, so a screenshot or
an exported image explains itself. It stays in the top-left corner while the view pans.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from aspdesk.graph.scene_data import LegendEntry
from aspdesk.graph.style import DASHES
from aspdesk.graph.themes import LIGHT, Theme

PADDING = 8.0
SAMPLE = 22.0


class GraphLegend(pg.GraphicsWidgetAnchor, pg.GraphicsWidget):
    """A boxed list of samples and labels, anchored to a corner of its view box."""

    def __init__(self) -> None:
        pg.GraphicsWidget.__init__(self)
        pg.GraphicsWidgetAnchor.__init__(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(100)
        self.font = QFont()
        self.font.setPointSizeF(max(7.5, self.font.pointSizeF() * 0.9))
        self.theme: Theme = LIGHT
        self.nodes: list[LegendEntry] = []
        self.lines: list[LegendEntry] = []
        self.notes: list[str] = []

    def set_entries(
        self,
        nodes: Sequence[LegendEntry],
        lines: Sequence[LegendEntry],
        *,
        directed: bool,
        size: str = "",
    ) -> None:
        """Show these entries, what the size shows (``size``, a metric's name; the number
        of ties when empty) and a note on arrows when some ties are directed."""
        self.nodes = list(nodes)
        self.lines = list(lines)
        note = QCoreApplication.translate("GraphLegend", "Size: number of ties")
        if size:
            note = QCoreApplication.translate("GraphLegend", "Size: {metric}").format(metric=size)
        self.notes = [note]
        if directed:
            self.notes.append(
                QCoreApplication.translate("GraphLegend", "Arrow: direction of a tie")
            )
        self._resize()
        self.setVisible(bool(self.nodes or self.lines))
        self.update()

    def set_look(self, theme: Theme, font: QFont) -> None:
        """Draw in ``theme`` with ``font`` (a projector wants larger text)."""
        self.theme = theme
        self.font = font
        self._resize()
        self.update()

    def entries_text(self) -> list[str]:
        """The labels shown, in order (for tests and exports)."""
        return [e.label for e in self.nodes] + [e.label for e in self.lines] + self.notes

    def _resize(self) -> None:
        size = legend_size(self.font, self.nodes, self.lines, self.notes)
        self.setMinimumSize(size)
        self.setMaximumSize(size)
        self.resize(size)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_legend(
            painter, self.boundingRect(), self.theme, self.font, self.nodes, self.lines, self.notes
        )


# The legend is measured and painted by plain functions so that an image export can draw
# the same box on its own page, off the window's thread, without a graphics item.


def _row_height(font: QFont) -> float:
    return max(QFontMetricsF(font).height(), _sample_size(font) + 1) + 4


def _sample_size(font: QFont) -> float:
    return max(13.0, QFontMetricsF(font).height() * 0.8)


def _sample_width(font: QFont) -> float:
    return max(float(SAMPLE), _sample_size(font) * 2.2)


def legend_size(
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
) -> QSizeF:
    """The size of the legend box for these entries and notes in ``font``."""
    metrics = QFontMetricsF(font)
    labels = [e.label for e in [*nodes, *lines]] + list(notes)
    width = max((metrics.horizontalAdvance(t) for t in labels), default=0.0)
    rows = len(nodes) + len(lines) + len(notes)
    gaps = (1 if nodes and lines else 0) + (1 if notes else 0)
    return QSizeF(
        PADDING * 2 + _sample_width(font) + 8 + width,
        PADDING * 2 + rows * _row_height(font) + gaps * 6,
    )


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    theme: Theme,
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
) -> None:
    """Draw the legend box into ``rect`` (sized by :func:`legend_size`)."""
    painter.save()
    painter.translate(rect.topLeft())
    rect = QRectF(0, 0, rect.width(), rect.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.legend_frame), 1))
    painter.setBrush(QBrush(QColor(*theme.legend_fill)))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    row = _row_height(font)
    sample = _sample_width(font)
    y = PADDING
    text_x = PADDING + sample + 8
    for entry in nodes:
        centre = QPointF(PADDING + sample / 2, y + row / 2)
        _draw_symbol(painter, entry.shape, entry.colour, centre, _sample_size(font), theme)
        _draw_text(painter, metrics, text_x, y, row, entry.label, theme)
        y += row
    if nodes and lines:
        y += 6
    for entry in lines:
        pen = QPen(QColor(theme.line_colour(entry.colour)), entry.width * theme.edge_scale)
        pen.setStyle(DASHES.get(entry.dash, Qt.PenStyle.SolidLine))
        painter.setPen(pen)
        painter.drawLine(QPointF(PADDING, y + row / 2), QPointF(PADDING + sample, y + row / 2))
        _draw_text(painter, metrics, text_x, y, row, entry.label, theme)
        y += row
    if notes:
        y += 6
        painter.setPen(QColor(theme.muted_text))
        for note in notes:
            painter.drawText(
                QRectF(PADDING, y, rect.width() - PADDING, row),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                note,
            )
            y += row
    painter.restore()


def _draw_text(
    painter: QPainter,
    metrics: QFontMetricsF,
    x: float,
    y: float,
    row: float,
    text: str,
    theme: Theme,
) -> None:
    painter.setPen(QColor(theme.text))
    baseline = y + row / 2 + metrics.ascent() / 2 - metrics.descent() / 2
    painter.drawText(QPointF(x, baseline), text)


def _draw_symbol(
    painter: QPainter, shape: str, colour: str, centre: QPointF, size: float, theme: Theme
) -> None:
    path = Symbols.get(shape, Symbols["o"])
    transform = QTransform()
    transform.translate(centre.x(), centre.y())
    transform.scale(size, size)
    painter.save()
    painter.setPen(QPen(QColor(theme.outline), 1.2))
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawPath(transform.map(path))
    painter.restore()
