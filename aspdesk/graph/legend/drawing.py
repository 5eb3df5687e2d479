"""The legend, measured and painted from the styling in use: what each shape, colour and
line means, and where it goes beside the graph.

It lists exactly the kinds, clusters, relationship types and roles on show, so a screenshot
or an exported image explains itself. Plain functions measure and paint it, so an image
export can draw the same box on its own page, off the window's thread, and the window's
legend panel (:mod:`aspdesk.graph.legend.panel`) paints its sections with them too.
:func:`place_legend` decides, for both, whether the legend stands right of the graph or
under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from aspdesk.domain.hyphenation import SOFT_HYPHEN, hyphenated
from aspdesk.domain.records import record
from aspdesk.graph.scene.data import LegendEntry
from aspdesk.graph.styling.shapes import segment_symbol
from aspdesk.graph.styling.style import DASHES, HUB_COLOUR
from aspdesk.graph.styling.themes import Theme

PADDING = 8.0
SAMPLE = 22.0
GROUP_GAP = 6.0  # between node samples, line samples and notes
FIT_SLACK = 0.5  # pixels a label may pass its room by before it is wrapped

# The legend's sections, in the order shown; a panel folds each on its own.
SECTIONS = ("changes", "kinds", "clusters", "colours", "ties", "memberships", "projects")


def section_title(section: str) -> str:
    """The heading of a legend section, in the UI language."""
    titles = {
        "changes": QCoreApplication.translate("GraphLegend", "Then and now"),
        "kinds": QCoreApplication.translate("GraphLegend", "Kinds"),
        "clusters": QCoreApplication.translate("GraphLegend", "Clusters"),
        "colours": QCoreApplication.translate("GraphLegend", "Colours"),
        "ties": QCoreApplication.translate("GraphLegend", "Relationships"),
        "memberships": QCoreApplication.translate("GraphLegend", "Memberships"),
        "projects": QCoreApplication.translate("GraphLegend", "Projects"),
    }
    return titles.get(section, section)


def legend_notes(*, directed: bool, size: str) -> list[str]:
    """What the size shows (``size``, a metric's name; the number of ties when empty) and,
    when some ties are directed, what an arrow means."""
    note = QCoreApplication.translate("GraphLegend", "Size: number of ties")
    if size:
        note = QCoreApplication.translate("GraphLegend", "Size: {metric}").format(metric=size)
    notes = [note]
    if directed:
        notes.append(QCoreApplication.translate("GraphLegend", "Arrow: direction of a tie"))
    return notes


# -- measuring ----------------------------------------------------------------------------


def _row_height(font: QFont) -> float:
    return max(QFontMetricsF(font).height(), _sample_size(font) + 1) + 4


def _sample_size(font: QFont) -> float:
    return max(13.0, QFontMetricsF(font).height() * 0.8)


def _sample_width(font: QFont) -> float:
    return max(float(SAMPLE), _sample_size(font) * 2.2)


def _text_x(font: QFont) -> float:
    return PADDING + _sample_width(font) + 8


def wrap(metrics: QFontMetricsF, text: str, width: float | None, language: str = "") -> list[str]:
    """``text`` in lines no wider than ``width`` (None: one line), broken between words;
    a word wider than the room alone is broken at its syllables in ``language`` with a
    hyphen, or without a language (or still too wide) elided."""
    if width is None or metrics.horizontalAdvance(text) <= width + FIT_SLACK:
        return [text]
    lines: list[str] = []
    current = ""
    for whole in text.split():
        *heads, word = _syllable_lines(metrics, whole, width, language)
        if heads:  # the long word starts a line of its own
            lines += [current, *heads] if current else heads
            current = word
            continue
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width + FIT_SLACK:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    elide = Qt.TextElideMode.ElideRight
    # The same slack as the wrapping: a line let pass its room by it is not cut.
    return [metrics.elidedText(line, elide, max(width + FIT_SLACK, 1.0)) for line in lines]


def _syllable_lines(metrics: QFontMetricsF, word: str, width: float, language: str) -> list[str]:
    """``word`` in lines no wider than ``width``: broken first after a hyphen of its own
    ("business-" / "support"), and where a part alone is still too wide, between syllables
    with a hyphen shown; the word whole when it fits or there is no ``language``.

    A word's own hyphen is where a reader expects it to break, and breaking there needs no
    rules of the language: the English and Swedish patterns (some 15 ms to load at a start)
    are read only for a part too long alone."""
    if not language or metrics.horizontalAdvance(word) <= width:
        return [word]
    lines: list[str] = []
    current = ""
    for part in _OWN_HYPHEN_PARTS.findall(word):
        fits = metrics.horizontalAdvance(part) <= width
        for piece in [part] if fits else hyphenated(part, language).split(SOFT_HYPHEN):
            line = f"{current}{piece}"
            shown = line if line.endswith("-") else f"{line}-"
            if current and metrics.horizontalAdvance(shown) > width:
                lines.append(current if current.endswith("-") else f"{current}-")
                current = piece
            else:
                current = line
    return [*lines, current]


# A word's parts, each with the hyphens that end it: "business-", "support".
_OWN_HYPHEN_PARTS = re.compile(r"[^-]*-+|[^-]+")


@record
class _Row:
    entry: LegendEntry | None  # None for a note
    lines: list[str]
    top: float
    height: float


def _rows(
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
    width: float | None,
) -> tuple[list[_Row], float]:
    """Each row's place and text lines for a box ``width`` wide (None: as wide as its
    longest label), and the box's height."""
    metrics = QFontMetricsF(font)
    single = _row_height(font)
    extra_line = metrics.lineSpacing()
    label_room = None if width is None else width - _text_x(font) - PADDING
    note_room = None if width is None else width - 2 * PADDING
    rows: list[_Row] = []
    y = PADDING
    groups: list[tuple[Sequence[LegendEntry | str], float | None]] = [
        (nodes, label_room),
        (lines, label_room),
        (notes, note_room),
    ]
    for group, room in groups:
        if not group:
            continue
        if rows:
            y += GROUP_GAP
        for item in group:
            entry = item if isinstance(item, LegendEntry) else None
            text = item.label if isinstance(item, LegendEntry) else item
            language = item.language if isinstance(item, LegendEntry) else ""
            wrapped = wrap(metrics, text, room, language)
            height = single + (len(wrapped) - 1) * extra_line
            rows.append(_Row(entry, wrapped, y, height))
            y += height
    return rows, y + PADDING


def shown_lines(
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
    width: float,
) -> list[list[str]]:
    """The text lines each row shows in a legend ``width`` wide, in order."""
    return [row.lines for row in _rows(font, nodes, lines, notes, width)[0]]


def legend_size(
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
    width: float | None = None,
) -> QSizeF:
    """The size of the legend box for these entries and notes in ``font``: as wide as its
    longest label, or ``width`` wide with longer labels wrapped."""
    if width is None:
        metrics = QFontMetricsF(font)
        labels = [e.label for e in [*nodes, *lines]] + list(notes)
        longest = max((metrics.horizontalAdvance(t) for t in labels), default=0.0)
        width = _text_x(font) + longest + PADDING
    _rows_found, height = _rows(font, nodes, lines, notes, width)
    return QSizeF(width, height)


# -- placing ------------------------------------------------------------------------------


@record
class LegendPlace:
    """Where the graph and its legend go in a room: ``side`` is "right" or "bottom"."""

    side: str
    graph: QRectF
    legend: QRectF


def place_legend(
    room: QRectF,
    beside: QSizeF,
    under: QSizeF,
    gap: float,
    graph_scale: Callable[[QRectF], float],
    scale_bound: Callable[[QRectF], float] | None = None,
) -> LegendPlace:
    """Put the legend right of the graph (``beside`` is its size there) or under it
    (``under``), whichever lets the graph be drawn bigger: ``graph_scale`` says how big
    the graph is drawn in a room. A legend taller (wider) than the room is not put
    beside (under) it; on a tie the legend goes beside, where eyes read on.

    ``scale_bound``, when given, says cheaply how big the graph can be drawn in a room at
    most (never less than ``graph_scale``): a side that cannot win by it is not fitted,
    nor the only side there is (a fit of a big map places its labels, some 30 ms).

    One rule for the window's canvas and the pages of an exported image.
    """
    right = LegendPlace(
        "right",
        room.adjusted(0, 0, -(beside.width() + gap), 0),
        QRectF(QPointF(room.right() - beside.width(), room.top()), beside),
    )
    bottom = LegendPlace(
        "bottom",
        room.adjusted(0, 0, 0, -(under.height() + gap)),
        QRectF(QPointF(room.left(), room.bottom() - under.height()), under),
    )
    choices = [right] if beside.height() <= room.height() else []
    if under.width() <= room.width():
        choices.append(bottom)
    if scale_bound is not None:
        return _bounded_choice(choices or [right], graph_scale, scale_bound)
    best = choices[0] if choices else right
    best_scale = graph_scale(best.graph)
    for choice in choices[1:]:
        scale = graph_scale(choice.graph)
        if scale > best_scale:
            best, best_scale = choice, scale
    return best


def _bounded_choice(
    choices: list[LegendPlace],
    graph_scale: Callable[[QRectF], float],
    scale_bound: Callable[[QRectF], float],
) -> LegendPlace:
    """The choice :func:`place_legend` makes (the biggest scale, the first on a tie),
    fitting the most promising choice first and the others only if they could still win."""
    if len(choices) == 1:
        return choices[0]
    bounds = [scale_bound(choice.graph) for choice in choices]
    order = sorted(range(len(choices)), key=lambda i: -bounds[i])  # stable: ties in order
    best, best_scale = order[0], graph_scale(choices[order[0]].graph)
    for i in order[1:]:
        if bounds[i] < best_scale or (bounds[i] == best_scale and i > best):
            continue  # at most a tie it would lose
        scale = graph_scale(choices[i].graph)
        if scale > best_scale or (scale == best_scale and i < best):
            best, best_scale = i, scale
    return choices[best]


# -- painting -----------------------------------------------------------------------------


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    theme: Theme,
    font: QFont,
    nodes: Sequence[LegendEntry],
    lines: Sequence[LegendEntry],
    notes: Sequence[str],
    *,
    framed: bool = True,
) -> None:
    """Draw the legend into ``rect`` (sized by :func:`legend_size`; labels longer than its
    width wrap). ``framed``: on a box of its own, as on an image; a panel has its own."""
    painter.save()
    painter.translate(rect.topLeft())
    width = rect.width()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if framed:
        painter.setPen(QPen(QColor(theme.legend_frame), 1))
        painter.setBrush(QBrush(QColor(*theme.legend_fill)))
        painter.drawRoundedRect(
            QRectF(0, 0, width, rect.height()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4
        )
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    single = _row_height(font)
    sample = _sample_width(font)
    text_x = _text_x(font)
    rows, _height = _rows(font, nodes, lines, notes, width)
    for row in rows:
        middle = row.top + single / 2
        entry = row.entry
        if entry is None:
            painter.setPen(QColor(theme.muted_text))
            _draw_lines(painter, metrics, PADDING, row.top, single, row.lines)
            continue
        if entry.shape:
            centre = QPointF(PADDING + sample / 2, middle)
            _draw_symbol(painter, entry, centre, _sample_size(font), theme)
        else:
            pen = QPen(QColor(theme.line_colour(entry.colour)), entry.width * theme.edge_scale)
            pen.setStyle(DASHES.get(entry.dash, Qt.PenStyle.SolidLine))
            painter.setPen(pen)
            painter.drawLine(QPointF(PADDING, middle), QPointF(PADDING + sample, middle))
        painter.setPen(QColor(theme.text))
        _draw_lines(painter, metrics, text_x, row.top, single, row.lines)
    painter.restore()


def _draw_lines(
    painter: QPainter,
    metrics: QFontMetricsF,
    x: float,
    top: float,
    row: float,
    lines: Sequence[str],
) -> None:
    # The first line is centred on the sample, as a one-line label; the rest follow it.
    baseline = top + row / 2 + metrics.ascent() / 2 - metrics.descent() / 2
    for line in lines:
        painter.drawText(QPointF(x, baseline), line)
        baseline += metrics.lineSpacing()


def _draw_symbol(
    painter: QPainter, entry: LegendEntry, centre: QPointF, size: float, theme: Theme
) -> None:
    transform = QTransform()
    transform.translate(centre.x(), centre.y())
    transform.scale(size, size)
    painter.save()
    painter.setPen(QPen(QColor(theme.outline), 1.2))
    # White is the "shape only" sample (kinds while colours show clusters); it stays white.
    colour = entry.colour if entry.colour == HUB_COLOUR else theme.node_colour(entry.colour)
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawPath(transform.map(Symbols.get(entry.shape, Symbols["o"])))
    for index, segment in enumerate(entry.segments):
        painter.setBrush(QBrush(QColor(theme.node_colour(segment))))
        path = Symbols[segment_symbol(entry.shape, len(entry.segments), index)]
        painter.drawPath(transform.map(path))
    painter.restore()
