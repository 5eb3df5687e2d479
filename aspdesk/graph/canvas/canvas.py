"""The network canvas: draws :class:`GraphData`, follows the shared selection, turns mouse work
into commands.

Level of detail keeps big maps fluid: while the user pans, zooms or drags, lines are drawn
without antialiasing and labels and arrowheads are left out; a moment after the last move
the full picture comes back. Labels are drawn for the selected, hovered and searched nodes
and their neighbours, and for every node on screen once few enough are visible to read.

The legend stands beside the graph's view, never over it (:mod:`aspdesk.graph.legend.panel`).
A fit (the whole graph, or a saved view's region) holds until the user pans or zooms: when
the canvas changes size (a window resized, a projector's full screen, the legend moved), the
same nodes are fitted again.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QToolTip, QWidget

from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType
from aspdesk.graph.canvas import arranging, hits, navigation
from aspdesk.graph.canvas.detail import DetailLevel
from aspdesk.graph.canvas.dress import dress_for, dressed_edges, halo_pen
from aspdesk.graph.canvas.empty_hint import EmptyHint
from aspdesk.graph.canvas.graph_view import GraphView
from aspdesk.graph.canvas.label_choice import label_choice, resting_labels
from aspdesk.graph.canvas.node_drag import NodeDrag
from aspdesk.graph.canvas.stack import stack_layers
from aspdesk.graph.canvas.status import status_text
from aspdesk.graph.canvas.symbols import SymbolSizes
from aspdesk.graph.canvas.time_view import TimeView
from aspdesk.graph.canvas.tooltips import node_tooltip
from aspdesk.graph.canvas.viewbox import NodeViewBox
from aspdesk.graph.export.page import GraphPicture
from aspdesk.graph.layouts.placement import place_new_nodes
from aspdesk.graph.legend.panel import LegendPanel
from aspdesk.graph.scene.data import GraphData, ViewOptions, build_graph_data
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.graph.styling import style
from aspdesk.graph.styling.themes import LIGHT, Theme


class GraphCanvas(QWidget):
    """The graph of one document."""

    form_requested = Signal(object)  # Ref
    context_requested = Signal(int, QPointF, QPointF)  # node or -1, data pos, screen pos
    connect_requested = Signal(int, int, QPointF)  # source node, target node, screen pos
    status_changed = Signal(str)
    data_rebuilt = Signal()
    start_requested = Signal(str)  # an empty map's hint: empty_hint.ADD_ACTOR, IMPORT, SAMPLE
    _fit_stale = False  # a fit waits for the end of the window's show (see .arranging)
    arranged_fits: arranging.Fits | None = None  # while the legend is arranged: its fits

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.options = ViewOptions()
        self.highlighted: set[int] = set()
        self.hovered = -1
        self.detail = DetailLevel(self)  # plain while moving, in full at rest
        # Built once, by the rebuild() ending the constructor; until then, a picture of nothing.
        self.data = GraphData.nothing()
        self.time = TimeView(document)  # a day or two days compared, cut from the whole
        self._legend_stale = False

        self.view = GraphView(self, background="w")
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.box = NodeViewBox()
        self.box.node_at = self.node_at
        self.view.setCentralItem(self.box)
        self.legend = LegendPanel(self)
        self.legend.placement_changed.connect(self.arrange_legend)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.view, 1)
        self._layout.addWidget(self.legend, 0)
        self.hint = EmptyHint(self.view)
        self.hint.start_requested.connect(self.start_requested)
        self.fitted = True  # the view shows a fit of fit_shown, until a pan or zoom
        self.fit_shown: QRectF | None = None  # the region fitted; None: the whole graph

        layers = stack_layers(self.box, self._label_choice)
        self.edges, self.halo, self.nodes = layers.edges, layers.halo, layers.nodes
        self.segments, self.arrows = layers.segments, layers.arrows
        self.labels, self.connect_line = layers.labels, layers.connect_line
        self._brushes: dict[tuple[str, bool], QBrush] = {}
        self.theme: Theme = LIGHT
        self.label_px: float | None = None  # None: the desktop's font size
        self.legend_px: float | None = None  # the legend's text; None: the desktop's
        self._dress()
        self.drag = NodeDrag(self)
        self.symbols = SymbolSizes(self)
        self._connect_from = -1

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)

        box = self.box
        box.node_clicked.connect(self._on_box_node_clicked)
        box.empty_clicked.connect(self._on_box_empty_clicked)
        box.node_double_clicked.connect(self._on_box_node_double_clicked)
        box.context_requested.connect(self.context_requested)
        box.move_started.connect(self.drag.start)
        box.move_dragged.connect(self.drag.drag)
        box.move_finished.connect(self.drag.finish)
        box.connect_dragged.connect(self._on_box_connect_dragged)
        box.connect_finished.connect(self._on_box_connect_finished)
        box.rubber_band_finished.connect(self._on_box_rubber_band_finished)
        box.hovered.connect(self._on_box_hovered)
        box.interaction_started.connect(self._on_box_interaction_started)
        box.sigRangeChangedManually.connect(self._on_box_range_changed_manually)
        box.sigResized.connect(self._refit)
        document.entities_changed.connect(self._on_document_entities_changed)
        document.positions_changed.connect(self._on_document_entities_changed)
        document.selection.selection_changed.connect(self._on_selection_changed)

        self.rebuild()
        self.fit()

    # -- building the picture -----------------------------------------------------------

    def set_options(self, options: ViewOptions) -> None:
        """Show the map with new options (filters, focus, colours, hubs, a date)."""
        old, self.options = self.options, options
        self.rebuild(self.time.steps(old, options) and not self._rebuild_timer.isActive())

    def set_theme(self, theme: Theme, label_px: float | None = None) -> None:
        """Dress the graph in ``theme``; ``label_px`` sets the label height in pixels
        (a projector needs labels readable from the back of the room)."""
        self.theme = theme
        self.label_px = label_px
        self._dress()
        self._show(self.data)
        self._refit()  # labels of another size need another room

    def _dress(self) -> None:
        self._brushes.clear()  # node fills follow the theme's background
        ratio = self.view.devicePixelRatioF()
        look = dress_for(self.theme, self.label_px, self.legend_px, ratio)
        self.view.setBackground(look.background)
        self.edges.pixel_ratio = ratio
        self._outline, self._faded_outline = look.outline, look.faded_outline
        self.labels.font, self.labels.text_colour = look.label_font, look.label_colour
        self.labels.backing = look.label_backing
        self.legend.set_look(self.theme, look.legend_font)
        self.connect_line.setPen(look.connect_pen)

    def dressed_edges(self, data: GraphData) -> list[EdgeGroup]:
        """The edge groups of ``data`` as this theme draws them (width, light on dark)."""
        return dressed_edges(self.theme, data.edges)

    def rebuild(self, step: bool = False) -> None:
        """Build the picture again; a ``step`` in time cuts it from the last whole picture."""
        if step:
            self._show(self.time.recut(self.options), step=True)
        else:
            selection = self.document.selection
            actors, projects = (
                selection.selected_of(t) for t in (EntityType.ACTOR, EntityType.PROJECT)
            )
            data = build_graph_data(self.document, self.time.whole(self.options), actors, projects)
            if np.isnan(data.positions).any():
                place_new_nodes(self, data)
            self._show(self.time.cut(data, self.options))
        self.data_rebuilt.emit()

    def _brush(self, colour: str, faded: bool) -> QBrush:
        key = (colour, faded)
        if key not in self._brushes:
            qcolour = QColor(self.theme.node_colour(colour))
            if faded:
                qcolour.setAlpha(55)
            self._brushes[key] = QBrush(qcolour)
        return self._brushes[key]

    def _show(self, data: GraphData, step: bool = False) -> None:
        self.data = data
        positions = np.nan_to_num(data.positions)
        self.symbols.measure(data.positions, self.node_sizes(data), again=not step)
        sizes = self.drawn_sizes()
        edges = self.dressed_edges(data)
        if step and self.time.same_nodes:  # a step in time that changed ties (and sizes) only
            self.resize_symbols()
        else:
            styles = (self._brush, (self._outline, self._faded_outline))
            rows, base = self.time.rows(), self.time.base
            if rows is not None and base is not None:  # a day: a part of the kept spots
                whole = (np.nan_to_num(base.positions), base.shapes, base.colours)
                self.nodes.show_part(base, lambda: whole, rows, sizes, data.dimmed, *styles)
            else:
                self.nodes.show_all(
                    positions, sizes, data.shapes, data.colours, data.dimmed, *styles
                )
            self.segments.set_segments(
                data.segments,
                positions,
                sizes,
                data.shapes,
                data.dimmed,
                self._brush,
                (self._outline, self._faded_outline),
            )
        self.edges.set_groups(edges, positions)
        self.arrows.set_data(edges, positions, sizes)
        self.labels.set_data(data.labels, positions, sizes, data.dimmed)
        self._legend_stale = not self.isVisible()  # hidden (100 x 30 px): when shown, 0.5 s
        if (self.legend.show_entries_of(data) or not step) and self.isVisible():
            self.arrange_legend()
        self.hint.place(not data.refs and not data.total_actors)
        self.detail.apply()
        self._show_selection()
        self.status_changed.emit(self.status_text())

    def node_sizes(self, data: GraphData) -> NDArray[np.float64]:
        """Node diameters in pixels as this theme draws them at full size."""
        return data.sizes * self.theme.node_scale

    def drawn_sizes(self) -> NDArray[np.float64]:
        """Node diameters in pixels as drawn now: smaller when the map is shown smaller
        than its symbols stand clear at (see :mod:`aspdesk.graph.canvas.symbols`)."""
        return self.node_sizes(self.data) * self.symbols.factor

    def resize_symbols(self) -> None:
        """Draw the symbols, and what is placed around them, at their present size."""
        sizes = self.drawn_sizes()
        self.nodes.resize_nodes(sizes)
        self.segments.resize(sizes)
        self.arrows.sizes = sizes
        self.labels.sizes = sizes
        self._show_selection()
        self.arrows.update()

    def status_text(self) -> str:
        """What the filters show and hide, in words ("" when they hide nothing)."""
        return status_text(self.document, self.data, self.options)

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        # A delete reports several types in a row: draw once, after all of them.
        self._rebuild_timer.start()

    # -- selection, hover, highlight ----------------------------------------------------

    def selected_nodes(self) -> list[int]:
        """Node indexes of the selected actors, clusters and projects on show."""
        found = (self.data.index_of(ref) for ref in self.document.selection.selected)
        return [n for n in found if n >= 0]

    def _on_selection_changed(self) -> None:
        if self.options.focus_depth > 0:
            self._rebuild_timer.start()
        else:
            self._show_selection()

    def _show_selection(self) -> None:
        marked = [(n, style.SELECTION) for n in self.selected_nodes()]
        marked += [(n, "#E69F00") for n in sorted(self.highlighted) if n < len(self.data.refs)]
        if not marked:
            self.halo.setData([])
        else:
            nodes = [n for n, _ in marked]
            self.halo.setData(
                pos=np.nan_to_num(self.data.positions[nodes]),
                size=self.drawn_sizes()[nodes] + 12,
                symbol=[self.data.shapes[n] for n in nodes],
                brush=[QBrush(Qt.BrushStyle.NoBrush)] * len(nodes),
                pen=[halo_pen(colour, self.edges.pixel_ratio) for _, colour in marked],
            )
        self.labels.update()

    def set_highlighted(self, nodes: Sequence[int]) -> None:
        """Mark nodes (search results) with a ring and a label."""
        self.highlighted = set(nodes)
        self._show_selection()

    def _on_box_hovered(self, node: int, screen_pos: QPointF) -> None:
        if node != self.hovered:
            self.hovered = node
            self.labels.update()
        if node >= 0:
            text = node_tooltip(self.document, self.data.refs[node])
            QToolTip.showText(screen_pos.toPoint(), text, self.view)
        else:
            QToolTip.hideText()

    def _label_choice(self, on_screen: NDArray[np.bool_]) -> list[int]:
        """Nodes to label, most important first; sets how many must show even if crowded."""
        chosen, self.labels.always = label_choice(self, on_screen)
        return chosen

    # -- hit testing --------------------------------------------------------------------

    def node_at(self, scene_pos: QPointF) -> int:
        """The node under ``scene_pos`` (scene coordinates), or -1."""
        transform = self.box.childGroup.sceneTransform()
        return hits.node_at(self.data.positions, transform, self.drawn_sizes(), scene_pos)

    def nodes_in(self, rect: QRectF) -> list[int]:
        """Nodes inside ``rect`` (data coordinates)."""
        return hits.nodes_in(self.data.positions, rect)

    # -- clicks -------------------------------------------------------------------------

    def _select_nodes(self, nodes: Sequence[int], additive: bool, toggle: bool) -> None:
        refs = [self.data.refs[n] for n in nodes]
        selection = self.document.selection
        if not additive:
            selection.select(refs, refs[0] if refs else None)
            return
        current = list(selection.selected)
        for ref in refs:
            if ref in current and toggle:
                current.remove(ref)
            elif ref not in current:
                current.append(ref)
        keep = selection.current if selection.current in current else None
        selection.select(current, keep or (refs[-1] if refs and refs[-1] in current else None))

    def _on_box_node_clicked(self, node: int, modifiers: Qt.KeyboardModifier) -> None:
        if self._connect_from >= 0:
            source, self._connect_from = self._connect_from, -1
            self.connect_line.setData([], [])
            if node != source:
                position = self.view.mapToGlobal(self.view.rect().center())
                self.connect_requested.emit(source, node, QPointF(position))
            return
        self._select_nodes([node], _additive(modifiers), toggle=True)

    def _on_box_empty_clicked(self, modifiers: Qt.KeyboardModifier) -> None:
        self.cancel_connect()
        if not _additive(modifiers):
            self.document.selection.clear()

    def _on_box_node_double_clicked(self, node: int) -> None:
        ref = self.data.refs[node]
        self.document.selection.select([ref])
        self.form_requested.emit(ref)

    def _on_box_rubber_band_finished(self, rect: QRectF, _modifiers: Qt.KeyboardModifier) -> None:
        nodes = self.nodes_in(rect)
        if nodes:
            # A rubber band is drawn with Ctrl or Shift held, so it always adds.
            self._select_nodes(nodes, True, toggle=False)
        self.detail.schedule_idle()

    # -- moving nodes -------------------------------------------------------------------

    def move_drawing(self, moved: NDArray[np.int64] | None = None) -> None:
        """Redraw after positions changed in :attr:`data` (a drag, an animation).

        ``moved`` names the nodes that moved, when only a few did: then only the edge
        groups touching them are recomputed.
        """
        positions = np.nan_to_num(self.data.positions)
        self.nodes.move_nodes(positions)
        self.segments.move(positions)
        self.edges.move(positions, moved)
        self.arrows.move(positions)
        self.labels.move(positions)
        self._show_selection()

    # -- connecting ---------------------------------------------------------------------

    def start_connect(self, node: int) -> None:
        """Begin "connect to…": the next click on a node ends the new tie there."""
        self._connect_from = node

    def cancel_connect(self) -> None:
        """Stop a "connect to…" under way."""
        self._connect_from = -1
        self.connect_line.setData([], [])

    def _on_box_connect_dragged(self, node: int, data_pos: QPointF) -> None:
        start = self.data.positions[node]
        self.connect_line.setData([start[0], data_pos.x()], [start[1], data_pos.y()])

    def _on_box_connect_finished(self, source: int, target: int, screen_pos: QPointF) -> None:
        self.connect_line.setData([], [])
        if target >= 0 and target != source:
            self.connect_requested.emit(source, target, screen_pos)

    # -- view ---------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole graph filling the view, its labels inside."""
        self.fit_region(None)

    def fit_region(self, region: QRectF | None) -> None:
        """Show the nodes inside ``region`` (layout units; None: all) filling the view,
        and keep them so when the canvas changes size, until the user pans or zooms."""
        self.fitted, self.fit_shown = True, region
        self._fit_to(region)

    def _refit(self, *_args: object) -> None:
        if self.fitted:
            self._fit_to(self.fit_shown)

    def _fit_to(self, region: QRectF | None) -> None:
        self._fit_stale = arranging.wait_for_show(self, self._on_window_shown)
        rect = None if self._fit_stale else self.fit_rect(region)
        if rect is not None:  # else the view is too small to tell (or not shown yet)
            self.box.setRange(rect, padding=0)

    def fit_picture(self, region: QRectF | None) -> GraphPicture:
        """What a fit lays out: the nodes in ``region`` (None: all), their pixel sizes, and
        the labels the canvas would show at rest, in its label font."""
        sizes, widths = self.node_sizes(self.data), self.labels.widths()
        picture = navigation.fit_picture(
            self.theme, self.data, sizes, self.labels.font, widths, self.symbols.clear, region
        )
        picture.label_order, picture.always = resting_labels(self, picture.on_page())
        return picture

    def fit_rect(self, region: QRectF | None = None, size: QSizeF | None = None) -> QRectF | None:
        """The view rectangle that fits the nodes in ``region`` (None: all), labels inside,
        in a view of ``size`` pixels (None: this one's); None when too small to tell."""
        size = size or QSizeF(self.box.width(), self.box.height())
        fits = self.arranged_fits if region is None else None  # the rule fitted its rooms
        picture = fits.picture if fits else self.fit_picture(region)
        return navigation.fit_rect(picture, size, fits or navigation.fit_graph)

    def legend_covers_nodes(self) -> bool:
        """Whether a node on show lies under the legend (which should stand beside it)."""
        return navigation.covers_nodes(self.legend, self.view, self.box, self.data.positions)

    def release_fit(self) -> None:
        """The user took the view: a resize keeps what it shows rather than fitting."""
        self.fitted = False

    def zoom_to(self, nodes: Sequence[int]) -> None:
        """Show ``nodes`` (the selection), not too close."""
        self.release_fit()
        navigation.zoom_to(self.box, self.data.positions, nodes)

    def centre_on(self, node: int) -> None:
        """Move the view so that ``node`` is in the middle, keeping the zoom."""
        self.release_fit()
        navigation.centre_on(self.box, self.data.positions[node])

    def zoom(self, factor: float) -> None:
        """Zoom in (factor < 1) or out (factor > 1) around the centre."""
        self._on_box_range_changed_manually()
        self.box.scaleBy((factor, factor))

    def pan(self, dx: float, dy: float) -> None:
        """Pan by a fraction of the view's size."""
        self._on_box_range_changed_manually()
        rect = self.box.viewRect()
        self.box.translateBy(x=dx * rect.width(), y=dy * rect.height())

    def _on_box_range_changed_manually(self, *_args: object) -> None:
        self.release_fit()
        self._on_box_interaction_started()

    # -- legend and hint ----------------------------------------------------------------

    def arrange_legend(self) -> None:
        """Put the legend on its side of the graph at its size for this canvas (while the
        window is being shown, once it has been: :mod:`.arranging`)."""
        self._legend_stale = arranging.wait_for_show(self, self._on_window_shown)
        if not self._legend_stale:
            arranging.arrange(self, self._layout)  # and the view refits at its new size

    def _on_window_shown(self) -> None:
        if self._legend_stale:
            self.arrange_legend()
        if self._fit_stale:  # the view kept its size: not fitted by the arranging
            self._refit()
        self.symbols.follow()  # for the view's scale now

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._legend_stale:
            self.arrange_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange_legend()
        self.hint.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view and event.type() == QEvent.Type.DevicePixelRatioChange:
            self.set_theme(self.theme, self.label_px)  # pens in device pixels, see dress()
        # The view has the keyboard focus; its keys for panning and zooming are ours.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Pan, zoom, fit or cancel for a key press; True when the key was one of those."""
        step = navigation.VIEW_KEYS.get(event.key())
        if step is None:
            return False
        step(self)
        event.accept()
        return True

    # -- level of detail ----------------------------------------------------------------

    @property
    def interacting(self) -> bool:
        """Whether a pan, zoom or drag is going on (drawn plainly, see :mod:`.detail`)."""
        return self.detail.interacting

    @interacting.setter
    def interacting(self, value: bool) -> None:
        self.detail.interacting = value

    def _on_box_interaction_started(self, *_args: object) -> None:
        self.detail.interaction_step()

    def interaction_step(self) -> None:
        """The user is moving something: plain drawing until a moment after the last step."""
        self.detail.interaction_step()

    def scrub_step(self) -> None:
        """The user is moving the time slider: on a big map, plain ties until it rests."""
        self.detail.scrub_step()


def _additive(modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl or Shift: add to the selection instead of replacing it."""
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return bool(modifiers & wanted)
