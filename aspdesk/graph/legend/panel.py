"""The legend beside the graph in the window and in workshop mode: a panel, never over it.

The graph's view and this panel share the canvas side by side, so no node or tie can lie
under the legend, whatever the fit, zoom or pan. It stands right of the graph or under it,
by the rule the exported images follow (:func:`aspdesk.graph.legend.drawing.place_legend`: where
the graph is drawn bigger), and takes at most a quarter of the canvas
(:data:`MAX_SHARE`). Long legends (clusters as hubs has some 25 rows) fold their sections
(kinds, clusters, colours, relationships, memberships, projects): those that do not fit
start folded, and what is open scrolls rather than grows. The user can fold and open
sections, move the panel to another side of the graph, collapse it to a narrow strip, or
hide it (back through the canvas's menu, or L in workshop mode); those choices hold until
the canvas goes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontInfo, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.graph.legend.drawing import (
    SECTIONS,
    legend_notes,
    legend_size,
    paint_legend,
    place_legend,
    section_title,
    shown_lines,
)
from aspdesk.graph.scene.data import GraphData, LegendEntry
from aspdesk.graph.styling.themes import LIGHT, Theme

UNBOUNDED = 16777215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export
MAX_SHARE = 0.25  # of the canvas's area, at most
SIDES = ("right", "bottom", "left", "top")  # the order "Move" steps through
SPACING = 4
MOVE_GLYPH, COLLAPSE_GLYPH, EXPAND_GLYPH, HIDE_GLYPH = "⇄", "–", "≡", "✕"
MIN_COLUMN = 110  # pixels: a column under the graph is not narrowed further
# How the canvas's box layout runs, graph first, for the legend on each side.
BOX_DIRECTIONS = {
    "right": QBoxLayout.Direction.LeftToRight,
    "left": QBoxLayout.Direction.RightToLeft,
    "bottom": QBoxLayout.Direction.TopToBottom,
    "top": QBoxLayout.Direction.BottomToTop,
}


class LegendRows(QWidget):
    """The samples and labels of one section (or the notes), painted as a legend is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.font_used = QFont()
        self.nodes: list[LegendEntry] = []
        self.lines: list[LegendEntry] = []
        self.notes: list[str] = []

    def set_rows(
        self,
        theme: Theme,
        font: QFont,
        nodes: Sequence[LegendEntry],
        lines: Sequence[LegendEntry],
        notes: Sequence[str] = (),
    ) -> None:
        """Show these entries in ``theme`` and ``font``."""
        self.theme, self.font_used = theme, font
        self.nodes, self.lines, self.notes = list(nodes), list(lines), list(notes)
        labels = [e.label for e in [*self.nodes, *self.lines]] + self.notes
        self.setToolTip("\n".join(labels))  # a label cut short reads in full here
        self.update()

    def natural_width(self) -> int:
        """The width that shows every label on one line (whole pixels, rounded up)."""
        size = legend_size(self.font_used, self.nodes, self.lines, self.notes)
        return math.ceil(size.width())

    def height_for(self, width: int) -> int:
        """The height at ``width``, longer labels wrapped."""
        size = legend_size(self.font_used, self.nodes, self.lines, self.notes, width)
        return math.ceil(size.height())

    def shown_lines(self) -> list[list[str]]:
        """The text lines each row shows at the present width."""
        return shown_lines(self.font_used, self.nodes, self.lines, self.notes, self.width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            rect = QRectF(0, 0, self.width(), self.height())
            paint_legend(
                painter,
                rect,
                self.theme,
                self.font_used,
                self.nodes,
                self.lines,
                self.notes,
                framed=False,
            )
        finally:
            painter.end()


class LegendSection(QWidget):
    """A section's header, which folds and opens it, over its rows."""

    toggled = Signal(str, bool)  # section, open

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.header = QToolButton(self)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.clicked.connect(self._on_header_clicked)
        self.shown = True
        self.rows = LegendRows(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.rows)
        layout.addStretch(1)
        self.title, self.count = "", 0

    @property
    def is_open(self) -> bool:
        """Whether the rows show."""
        return self.shown

    def set_open(self, shown: bool) -> None:
        """Fold (False) or open the section without telling anyone."""
        self.shown = shown
        self.header.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.rows.setVisible(shown)

    def _on_header_clicked(self) -> None:
        self.set_open(not self.shown)
        self.toggled.emit(self.key, self.shown)

    def header_height(self) -> int:
        """The header's height."""
        return self.header.sizeHint().height()

    def set_title(self, title: str, count: int) -> None:
        """Head the section with ``title`` and its number of rows."""
        self.title, self.count = title, count
        self.header.setText(self._whole_title())
        self.header.setToolTip("")

    def _whole_title(self) -> str:
        return f"{self.title} ({self.count})"

    def header_width(self) -> int:
        """The header's width with its whole title (whatever it shows now)."""
        metrics = self.header.fontMetrics()
        shown = metrics.horizontalAdvance(self.header.text())
        return (
            self.header.sizeHint().width() - shown + metrics.horizontalAdvance(self._whole_title())
        )

    def fit_header(self, width: int) -> None:
        """Show the whole title where it fits in ``width``, else the title without its
        count (the tip gives it): Qt would cut the middle out ("Relatio…ips (6)", seen in
        English at 1366 pixels, where the legend has a quarter of the canvas)."""
        whole = self._whole_title()
        fits = self.header_width() <= width
        self.header.setText(whole if fits else self.title)
        self.header.setToolTip("" if fits else whole)


class LegendPanel(QFrame):
    """The legend of one canvas: foldable sections in a scroll area, with a header that
    moves, collapses and hides it."""

    placement_changed = Signal()  # the user moved, collapsed, hid or folded something

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graphLegend")
        self.setAutoFillBackground(True)
        self.theme: Theme = LIGHT
        self.font_used = QFont()
        self.nodes: list[LegendEntry] = []
        self.lines: list[LegendEntry] = []
        self.notes: list[str] = []
        self.side = "right"  # where it stands now
        self.chosen_side: str | None = None  # the user's choice; None: the shared rule's
        self.collapsed = False
        self.wanted = True  # False: hidden by the user
        self.folds: dict[str, bool] = {}  # sections the user folded (False) or opened
        # For a menu: the legend hidden can be shown again.
        self.action = QAction(self.tr("Show the &legend"), self)
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.toggled.connect(self.show_legend)

        self.whole_title = self.tr("Legend")
        self._title_width: int | None = None  # measured again when the look changes
        self.title = QLabel(self.whole_title, self)
        # Glyphs rather than the style's icons: they take the theme's text colour (the
        # icons were dark on the dark theme) and grow with the legend's font.
        self.move_button = self._button(MOVE_GLYPH, self.tr("Move the legend to another side"))
        self.collapse_button = self._button(COLLAPSE_GLYPH, self.tr("Collapse the legend"))
        self.hide_button = self._button(HIDE_GLYPH, self.tr("Hide the legend"))
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.collapse_button.clicked.connect(self._on_collapse_button_clicked)
        self.hide_button.clicked.connect(self._on_hide_button_clicked)
        self.header_row = header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        header.addWidget(self.title, 1)
        for button in (self.move_button, self.collapse_button, self.hide_button):
            header.addWidget(button)

        self.sections = {key: LegendSection(key) for key in SECTIONS}
        self.note_rows = LegendRows()
        self.content = QWidget()
        self.content.setObjectName("legendContent")
        self.content_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(SPACING)
        for section in self.sections.values():
            section.toggled.connect(self._on_section_toggled)
            self.content_layout.addWidget(section, 0, Qt.AlignmentFlag.AlignTop)
        self.content_layout.addWidget(self.note_rows, 0, Qt.AlignmentFlag.AlignTop)
        self.content_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # A viewport of our own, set before the content (a new one drops the old's): Qt's
        # would make PySide6 find its class (see graph/canvas/graph_view.py).
        viewport = QWidget()
        viewport.setObjectName("legendViewport")
        self.scroll_area.setViewport(viewport)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(6, 4, 6, 4)
        self.outer.setSpacing(SPACING)
        self.outer.addLayout(header)
        self.outer.addWidget(self.scroll_area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _button(self, glyph: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setText(glyph)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # -- what it shows ----------------------------------------------------------------

    def set_entries(
        self,
        nodes: Sequence[LegendEntry],
        lines: Sequence[LegendEntry],
        *,
        directed: bool,
        size: str = "",
    ) -> bool:
        """Show these entries, what the size shows (``size``, a metric's name; the number
        of ties when empty) and a note on arrows when some ties are directed; whether they
        are other than those shown (else nothing is done: a step of the time slider)."""
        notes = legend_notes(directed=directed, size=size)
        if (list(nodes), list(lines), notes) == (self.nodes, self.lines, self.notes):
            return False
        self.nodes, self.lines, self.notes = list(nodes), list(lines), notes
        self._fill()
        return True

    def set_look(self, theme: Theme, font: QFont) -> None:
        """Draw in ``theme`` with ``font`` (a projector wants larger text)."""
        self.theme, self.font_used = theme, font
        # A style sheet, not palettes and fonts: under the application's style sheet the
        # panel's palette and its headers' fonts were reset when the window took the
        # canvas in (a grey legend, white on grey once dark), and a palette set twice did
        # not reach its labels.
        size = QFontInfo(font).pixelSize()
        self.setStyleSheet(
            f"#graphLegend {{ background: {theme.background};"
            f" border: 1px solid {theme.legend_frame}; }}"
            f"#graphLegend QScrollArea, #legendContent, #legendViewport"
            f" {{ background: {theme.background}; border: none; }}"
            f"#graphLegend QLabel, #graphLegend QToolButton {{ color: {theme.text};"
            f" background: transparent; border: none; font-size: {size}px;"
            f" font-weight: bold; padding: 1px 3px; }}"
        )
        self._fill()
        self._title_width = None
        self._fit_title()

    def _fill(self) -> None:
        theme, font = self.theme, self.font_used
        for key, section in self.sections.items():
            nodes = [e for e in self.nodes if e.section == key]
            lines = [e for e in self.lines if e.section == key]
            section.set_title(section_title(key), len(nodes) + len(lines))
            section.rows.set_rows(theme, font, nodes, lines)
            section.setVisible(section.count > 0)
        self.note_rows.set_rows(theme, font, [], [], self.notes)

    def show_entries_of(self, data: GraphData) -> bool:
        """Show the entries of the picture ``data`` (see :meth:`set_entries`)."""
        return self.set_entries(
            data.legend_nodes, data.legend_lines, directed=data.has_directed, size=data.size_note
        )

    def has_entries(self) -> bool:
        """Whether there is anything to explain."""
        return bool(self.nodes or self.lines)

    def entries_text(self) -> list[str]:
        """The labels shown, in order (for tests and exports)."""
        return [e.label for e in self.nodes] + [e.label for e in self.lines] + self.notes

    # -- the user's choices -----------------------------------------------------------

    def show_legend(self, shown: bool) -> None:
        """Show the legend (again) or hide it."""
        self.wanted = shown
        if shown:
            self.collapsed = False
        self.action.blockSignals(True)
        self.action.setChecked(shown)
        self.action.blockSignals(False)
        self.placement_changed.emit()

    def _on_move_button_clicked(self) -> None:
        self.chosen_side = SIDES[(SIDES.index(self.side) + 1) % len(SIDES)]
        self.placement_changed.emit()

    def _on_collapse_button_clicked(self) -> None:
        self.collapsed = not self.collapsed
        self.placement_changed.emit()

    def _on_hide_button_clicked(self) -> None:
        self.show_legend(False)

    def _on_section_toggled(self, key: str, shown: bool) -> None:
        self.folds[key] = shown
        self.placement_changed.emit()

    # -- size and place ---------------------------------------------------------------

    def _shown_sections(self) -> list[LegendSection]:
        return [s for s in self.sections.values() if s.count]

    def _frame_size(self) -> QSizeF:
        """What the frame, margins and header add around the sections."""
        margins = self.outer.contentsMargins()
        header = max(self.title.sizeHint().height(), self.hide_button.sizeHint().height())
        extra_w = margins.left() + margins.right() + 2 * self.frameWidth()
        extra_h = margins.top() + margins.bottom() + 2 * self.frameWidth() + header + SPACING
        return QSizeF(extra_w, extra_h)

    def _strip(self) -> float:
        """The width (or height) of the collapsed strip."""
        return float(self.collapse_button.sizeHint().width() + 2 * self.frameWidth() + 12)

    def _column_width(self, cap: float) -> float:
        """The width of the sections standing in one column, at most ``cap``."""
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        widths = [s.rows.natural_width() for s in self._shown_sections()]
        widths += [s.header_width() for s in self._shown_sections()]
        widths.append(self.note_rows.natural_width())
        widths.append(self.title.sizeHint().width() + 3 * self.hide_button.sizeHint().width())
        wanted = max(widths) + scrollbar + self._frame_size().width()
        return float(min(wanted, cap))

    def _row_height(self, cap: float) -> float:
        """The height of the sections standing in a row, side by side, at most ``cap``."""
        heights = [
            s.header_height() + s.rows.height_for(s.rows.natural_width())
            for s in self._shown_sections()
        ]
        heights.append(self.note_rows.height_for(self.note_rows.natural_width()))
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return float(min(max(heights) + scrollbar + self._frame_size().height(), cap))

    def arrange(
        self,
        canvas: QSize,
        graph_scale: Callable[[QRectF], float],
        scale_bound: Callable[[QRectF], float] | None = None,
    ) -> str | None:
        """Size the panel for a canvas of ``canvas`` pixels and say on which side of the
        graph it stands (None: it is hidden); ``graph_scale`` tells how big the graph is
        drawn in a room, ``scale_bound`` how big at most, for the shared rule that picks
        the side (:func:`~aspdesk.graph.legend.drawing.place_legend`)."""
        if not self.wanted or not self.has_entries():
            self.hide()
            return None
        width, height = float(canvas.width()), float(canvas.height())
        # Whole pixels, as the panel is given: the rule then fits the graph in the room the
        # view gets, and the view's fit reuses that (see aspdesk.graph.canvas.arranging).
        beside = QSizeF(self._column_width(math.floor(width * MAX_SHARE)), height)
        under = QSizeF(width, self._row_height(math.floor(height * MAX_SHARE)))
        if self.chosen_side is not None:
            self.side = self.chosen_side
        else:
            room = QRectF(0, 0, width, height)
            self.side = place_legend(room, beside, under, 0.0, graph_scale, scale_bound).side
        upright = self.side in ("right", "left")
        self._show_collapsed(self.collapsed, upright)
        if self.collapsed:
            strip = min(self._strip(), (width if upright else height) * MAX_SHARE)
            size = QSizeF(strip, height) if upright else QSizeF(width, strip)
        else:
            size = beside if upright else under
            self._lay_out_sections(size, upright)
        # Fixed across only: a fixed length along the graph's side would be the canvas's
        # minimum and hold a window at the height of the screen it was laid out on.
        fixed, along = QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored
        if upright:
            self.setMinimumSize(int(size.width()), 0)
            self.setMaximumSize(int(size.width()), UNBOUNDED)
            self.setSizePolicy(fixed, along)
        else:
            self.setMinimumSize(0, int(size.height()))
            self.setMaximumSize(UNBOUNDED, int(size.height()))
            self.setSizePolicy(along, fixed)
        self.show()
        return self.side

    def _fit_title(self) -> None:
        """The panel's title where it fits beside its three buttons, else none (its tip
        keeps it): squeezed, Qt cut its last letters ("Förklarin", in Swedish at 1280
        pixels, where the legend has a quarter of the canvas). The sections' own titles
        still say what is what. Measured at the panel's width as laid out, with the font
        its style sheet gives the title."""
        if self.collapsed:
            return
        if self._title_width is None:  # its hint as shown whole, to the pixel, once a look
            self.title.ensurePolished()
            self.title.setText(self.whole_title)
            self._title_width = self.title.sizeHint().width()
        needed = self._title_width
        spacing = max(self.header_row.spacing(), 0)
        buttons = (self.move_button, self.collapse_button, self.hide_button)
        needed += sum(max(b.width(), b.sizeHint().width()) + spacing for b in buttons)
        margins = self.outer.contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        fits = needed <= room
        self.title.setText(self.whole_title if fits else "")
        self.title.setToolTip("" if fits else self.whole_title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_title()

    def _show_collapsed(self, collapsed: bool, upright: bool) -> None:
        self.scroll_area.setVisible(not collapsed)
        self.title.setVisible(not collapsed)
        self.move_button.setVisible(not collapsed)
        self.hide_button.setVisible(not collapsed)
        self.collapse_button.setText(EXPAND_GLYPH if collapsed else COLLAPSE_GLYPH)
        self.collapse_button.setToolTip(
            self.tr("Show the legend") if collapsed else self.tr("Collapse the legend")
        )

    def _lay_out_sections(self, size: QSizeF, upright: bool) -> None:
        """Sections in a column (beside the graph) or a row (under it). In a column those
        that do not fit start folded, unless the user opened them; what is open scrolls."""
        frame = self._frame_size()
        room_w = size.width() - frame.width()
        room_h = size.height() - frame.height()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.content_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if upright else QBoxLayout.Direction.LeftToRight
        )
        sections = self._shown_sections()
        if upright:
            column = max(math.floor(room_w) - scrollbar, 1)
            widths = {s.key: column for s in sections}
            notes_width = column
        else:
            widths = {s.key: max(s.rows.natural_width(), s.header_width(), 1) for s in sections}
            notes_width = self.note_rows.natural_width()
            spare = room_w - scrollbar - notes_width - SPACING * (len(sections) + 1)
            widths = _narrowed(widths, spare)
        notes_height = self.note_rows.height_for(notes_width)
        used = notes_height + SPACING if upright else 0.0
        heights = [notes_height]
        for section in sections:
            width = widths[section.key]
            rows_height = section.rows.height_for(width)
            section.rows.setFixedSize(int(width), int(rows_height))
            whole = section.header_height() + rows_height
            # Side by side, folding a column saves no room: they all start open.
            fits = used + whole <= room_h or not upright
            section.set_open(self.folds.get(section.key, fits))
            height = whole if section.is_open else section.header_height()
            section.setFixedSize(int(width), int(height))
            section.fit_header(int(width))
            used += height + SPACING
            heights.append(height)
        self.note_rows.setFixedSize(int(notes_width), int(notes_height))
        # The content's size is worked out here: a layout's hint lags behind fixed sizes
        # set on widgets not shown yet.
        if upright:
            content = QSize(int(column), int(used))
        else:
            across = sum(widths.values()) + notes_width + SPACING * len(sections)
            content = QSize(int(across), int(max(heights)))
        self.content.setFixedSize(content)


def _narrowed(widths: dict[str, int], room: float) -> dict[str, int]:
    """Column widths that share ``room`` when their natural ``widths`` pass it: the widest
    give way first (their labels wrap), none below :data:`MIN_COLUMN`; the panel scrolls
    sideways only if even that is too wide."""
    if sum(widths.values()) <= room:
        return widths
    ordered = sorted(widths.values())
    # The largest cap at which the columns fit: those under it keep their width.
    cap = float(MIN_COLUMN)
    for n, width in enumerate(ordered):
        rest = len(ordered) - n
        fair = (room - sum(ordered[:n])) / rest
        if fair <= width:
            cap = max(fair, MIN_COLUMN)
            break
    return {key: min(width, math.floor(cap)) for key, width in widths.items()}
