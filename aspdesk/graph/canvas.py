"""The network canvas: draws :class:`GraphData`, follows the shared selection, turns mouse work
into commands.

Level of detail keeps big maps fluid: while the user pans, zooms or drags, lines are drawn
without antialiasing and labels and arrowheads are left out; a moment after the last move
the full picture comes back. Labels are drawn for the selected, hovered and searched nodes
and their neighbours, and for every node on screen once few enough are visible to read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from aspdesk.app.document import Document
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.domain.entities import EntityType
from aspdesk.graph import navigation, style
from aspdesk.graph.dress import dress, dressed_edges, halo_pen
from aspdesk.graph.layers import ArrowLayer, EdgeLayer, LabelLayer, _device_points
from aspdesk.graph.legend import GraphLegend
from aspdesk.graph.placement import place_new_nodes
from aspdesk.graph.scene_data import EdgeGroup, GraphData, ViewOptions, build_graph_data
from aspdesk.graph.status import status_text
from aspdesk.graph.themes import LIGHT, Theme
from aspdesk.graph.tooltips import node_tooltip
from aspdesk.graph.viewbox import NodeViewBox

LABEL_ALL_BELOW = 160  # label every node on screen when no more than this many are
HUB_LABELS = 15  # otherwise label this many of the biggest nodes on screen
IDLE_MS = 180  # full detail returns this long after the last pan, zoom or drag step
ANTIALIAS_EDGES = 4000  # smooth lines at rest up to this many edges on the graph
ARROW_EDGES = 8000  # arrowheads at rest up to this many edges


class PassiveScatter(pg.ScatterPlotItem):
    """Spots that leave every click to the view box, which finds nodes itself."""

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802 - pyqtgraph override
        ev.ignore()  # type: ignore[attr-defined]


class GraphCanvas(QWidget):
    """The graph of one document."""

    form_requested = Signal(object)  # Ref
    context_requested = Signal(int, QPointF, QPointF)  # node or -1, data pos, screen pos
    connect_requested = Signal(int, int, QPointF)  # source node, target node, screen pos
    status_changed = Signal(str)
    data_rebuilt = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.options = ViewOptions()
        self.highlighted: set[int] = set()
        self.hovered = -1
        self.interacting = False
        self.data = build_graph_data(document, self.options)

        self.view = pg.GraphicsView(self, background="w")
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.box = NodeViewBox()
        self.box.node_at = self.node_at
        self.view.setCentralItem(self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.edges = EdgeLayer(self.box)
        self.halo = PassiveScatter(pxMode=True)
        self.halo.setZValue(5)
        self.nodes = PassiveScatter(pxMode=True)
        self.nodes.setZValue(10)
        self.arrows = ArrowLayer()
        self.arrows.setZValue(8)
        self.labels = LabelLayer(self._label_choice)
        self.labels.setZValue(20)
        self.connect_line = pg.PlotCurveItem(
            pen=pg.mkPen(style.SELECTION, width=2, style=Qt.PenStyle.DashLine)
        )
        self.connect_line.setZValue(30)
        self.box.addItem(self.halo, ignoreBounds=True)
        self.box.addItem(self.nodes)
        self.box.addItem(self.arrows, ignoreBounds=True)
        self.box.addItem(self.labels, ignoreBounds=True)
        self.box.addItem(self.connect_line, ignoreBounds=True)
        # The view box does all hit testing (node_at); items on top must not take the
        # clicks and drags that belong to it.
        for item in (self.halo, self.nodes, self.arrows, self.labels, self.connect_line):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setAcceptHoverEvents(False)
        self.legend = GraphLegend()
        self.legend.setParentItem(self.box)
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(10, 10))

        self._brushes: dict[tuple[str, bool], QBrush] = {}
        self.theme: Theme = LIGHT
        self.label_px: float | None = None  # None: the desktop's font size
        self._outline = pg.mkPen(style.OUTLINE, width=1.2)
        self._faded_outline = pg.mkPen(QColor(38, 38, 38, 60), width=1.0)
        self._dress()
        self._moving: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._move_origin = np.zeros((0, 2))
        self._move_start = QPointF()
        self._connect_from = -1

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)

        box = self.box
        box.node_clicked.connect(self._on_box_node_clicked)
        box.empty_clicked.connect(self._on_box_empty_clicked)
        box.node_double_clicked.connect(self._on_box_node_double_clicked)
        box.context_requested.connect(self.context_requested)
        box.move_started.connect(self._on_box_move_started)
        box.move_dragged.connect(self._on_box_move_dragged)
        box.move_finished.connect(self._on_box_move_finished)
        box.connect_dragged.connect(self._on_box_connect_dragged)
        box.connect_finished.connect(self._on_box_connect_finished)
        box.rubber_band_finished.connect(self._on_box_rubber_band_finished)
        box.hovered.connect(self._on_box_hovered)
        box.interaction_started.connect(self._on_box_interaction_started)
        box.sigRangeChangedManually.connect(self._on_box_interaction_started)
        document.entities_changed.connect(self._on_document_entities_changed)
        document.positions_changed.connect(self._on_document_entities_changed)
        document.selection.selection_changed.connect(self._on_selection_changed)

        self.rebuild()
        self.fit()

    # -- building the picture -----------------------------------------------------------

    def set_options(self, options: ViewOptions) -> None:
        """Show the map with new options (filters, focus, colours, hubs)."""
        self.options = options
        self.rebuild()

    def set_theme(self, theme: Theme, label_px: float | None = None) -> None:
        """Dress the graph in ``theme``; ``label_px`` sets the label height in pixels
        (a projector needs labels readable from the back of the room)."""
        self.theme = theme
        self.label_px = label_px
        self._dress()
        self._show(self.data)

    def _dress(self) -> None:
        dress(self)

    def dressed_edges(self, data: GraphData) -> list[EdgeGroup]:
        """The edge groups of ``data`` as this theme draws them (width, light on dark)."""
        return dressed_edges(self.theme, data.edges)

    def rebuild(self) -> None:
        """Build the picture again from the document."""
        selection = self.document.selection
        actors, projects = (
            selection.selected_of(t) for t in (EntityType.ACTOR, EntityType.PROJECT)
        )
        data = build_graph_data(self.document, self.options, actors, projects)
        if np.isnan(data.positions).any():
            place_new_nodes(self, data)
        self._show(data)
        self.data_rebuilt.emit()

    def _brush(self, colour: str, faded: bool) -> QBrush:
        key = (colour, faded)
        if key not in self._brushes:
            qcolour = QColor(colour)
            if faded:
                qcolour.setAlpha(55)
            self._brushes[key] = QBrush(qcolour)
        return self._brushes[key]

    def _show(self, data: GraphData) -> None:
        self.data = data
        brushes = [self._brush(c, bool(f)) for c, f in zip(data.colours, data.dimmed, strict=True)]
        pens = [self._faded_outline if f else self._outline for f in data.dimmed]
        positions = np.nan_to_num(data.positions)
        sizes = self.node_sizes(data)
        edges = self.dressed_edges(data)
        self.nodes.setData(
            pos=positions,
            size=sizes,
            symbol=data.shapes,
            brush=brushes,
            pen=pens,
            data=np.arange(len(data.refs)),
        )
        self.edges.set_groups(edges, positions)
        self.arrows.set_data(edges, positions, sizes)
        self.labels.set_data(data.labels, positions, sizes, data.dimmed)
        self.legend.set_entries(
            data.legend_nodes, data.legend_lines, directed=data.has_directed, size=data.size_note
        )
        self._apply_detail()
        self._show_selection()
        self.status_changed.emit(self.status_text())

    def node_sizes(self, data: GraphData) -> NDArray[np.float64]:
        """Node diameters in pixels as this theme draws them."""
        return data.sizes * self.theme.node_scale

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
                size=self.node_sizes(self.data)[nodes] + 12,
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
        data = self.data
        important = set(self.selected_nodes()) | self.highlighted
        if self.hovered >= 0:
            important.add(self.hovered)
        important = {n for n in important if n < len(on_screen) and on_screen[n]}
        neighbours: set[int] = set()
        for node in important:
            neighbours |= data.adjacency[node]
        first = sorted(important, key=lambda n: -data.sizes[n])
        self.labels.always = len(first)
        if self.interacting:
            return first
        rest = [n for n in neighbours - important if on_screen[n]]
        visible = np.flatnonzero(on_screen)
        if len(visible) <= LABEL_ALL_BELOW:
            rest += [int(n) for n in visible]
        else:
            rest += [
                int(n)
                for n in visible[np.argsort(-data.sizes[visible], kind="stable")[:HUB_LABELS]]
            ]
        seen = set(first)
        ordered = first[:]
        for node in sorted(rest, key=lambda n: -data.sizes[n]):
            if node not in seen:
                seen.add(node)
                ordered.append(node)
        return ordered

    # -- hit testing --------------------------------------------------------------------

    def node_at(self, scene_pos: QPointF) -> int:
        """The node under ``scene_pos`` (scene coordinates), or -1."""
        if not len(self.data.refs):
            return -1
        transform = self.box.childGroup.sceneTransform()
        points = _device_points(transform, np.nan_to_num(self.data.positions, nan=1e12))
        distance = np.hypot(points[:, 0] - scene_pos.x(), points[:, 1] - scene_pos.y())
        reach = self.node_sizes(self.data) / 2 + 3
        hits = np.flatnonzero(distance <= reach)
        if not len(hits):
            return -1
        return int(hits[np.argmin(distance[hits])])

    def nodes_in(self, rect: QRectF) -> list[int]:
        """Nodes inside ``rect`` (data coordinates)."""
        p = self.data.positions
        inside = (
            (p[:, 0] >= rect.left())
            & (p[:, 0] <= rect.right())
            & (p[:, 1] >= rect.top())
            & (p[:, 1] <= rect.bottom())
        )
        return np.flatnonzero(inside).tolist()

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
        self._cancel_connect()
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
        self._schedule_idle()

    # -- moving nodes -------------------------------------------------------------------

    def _on_box_move_started(self, node: int, data_pos: QPointF) -> None:
        self._on_box_interaction_started()
        selected = self.selected_nodes()
        if node not in selected:
            self.document.selection.select([self.data.refs[node]])
            selected = [node]
        if self.document.read_only:
            return  # a read-only map: a drag selects, and moves nothing
        self._moving = np.array(selected, dtype=np.int64)
        self._move_origin = self.data.positions[self._moving].copy()
        self._move_start = data_pos

    def _on_box_move_dragged(self, data_pos: QPointF) -> None:
        if not len(self._moving):
            return
        self._schedule_idle()
        delta = np.array([data_pos.x() - self._move_start.x(), data_pos.y() - self._move_start.y()])
        self.data.positions[self._moving] = self._move_origin + delta
        self.move_drawing(self._moving)

    def _on_box_move_finished(self, data_pos: QPointF) -> None:
        if not len(self._moving):
            return
        self._on_box_move_dragged(data_pos)
        moving, self._moving = self._moving, np.zeros(0, dtype=np.int64)
        refs = [self.data.refs[n] for n in moving]
        old = {r: (float(x), float(y)) for r, (x, y) in zip(refs, self._move_origin, strict=True)}
        new = {
            r: (float(x), float(y))
            for r, (x, y) in zip(refs, self.data.positions[moving], strict=True)
        }
        self._schedule_idle()
        if old == new:
            return
        text = self.tr("Move %n node(s)", "", len(refs))
        self.document.push(MoveNodes(self.document, old, new, text))

    def move_drawing(self, moved: NDArray[np.int64] | None = None) -> None:
        """Redraw after positions changed in :attr:`data` (a drag, an animation).

        ``moved`` names the nodes that moved, when only a few did: then only the edge
        groups touching them are recomputed.
        """
        positions = np.nan_to_num(self.data.positions)
        data = self.nodes.data
        data["x"] = positions[:, 0]
        data["y"] = positions[:, 1]
        self.nodes.prepareGeometryChange()
        self.nodes.bounds = [None, None]
        self.nodes.invalidate()
        self.nodes.informViewBoundsChanged()
        self.edges.move(positions, moved)
        self.arrows.move(positions)
        self.labels.move(positions)
        self._show_selection()

    # -- connecting ---------------------------------------------------------------------

    def start_connect(self, node: int) -> None:
        """Begin "connect to…": the next click on a node ends the new tie there."""
        self._connect_from = node

    def _cancel_connect(self) -> None:
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
        """Show the whole graph, clear of the legend, with room for labels on the right."""
        navigation.fit(self)

    def zoom_to(self, nodes: Sequence[int]) -> None:
        """Show ``nodes`` (the selection), not too close."""
        navigation.zoom_to(self.box, self.data.positions, nodes)

    def centre_on(self, node: int) -> None:
        """Move the view so that ``node`` is in the middle, keeping the zoom."""
        navigation.centre_on(self.box, self.data.positions[node])

    def zoom(self, factor: float) -> None:
        """Zoom in (factor < 1) or out (factor > 1) around the centre."""
        self._on_box_interaction_started()
        self.box.scaleBy((factor, factor))

    def pan(self, dx: float, dy: float) -> None:
        """Pan by a fraction of the view's size."""
        self._on_box_interaction_started()
        rect = self.box.viewRect()
        self.box.translateBy(x=dx * rect.width(), y=dy * rect.height())

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
        key = event.key()
        steps: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Plus: lambda: self.zoom(0.8),
            Qt.Key.Key_Equal: lambda: self.zoom(0.8),
            Qt.Key.Key_Minus: lambda: self.zoom(1.25),
            Qt.Key.Key_Left: lambda: self.pan(-0.1, 0),
            Qt.Key.Key_Right: lambda: self.pan(0.1, 0),
            Qt.Key.Key_Up: lambda: self.pan(0, -0.1),
            Qt.Key.Key_Down: lambda: self.pan(0, 0.1),
            Qt.Key.Key_Home: self.fit,
            Qt.Key.Key_Escape: self._cancel_connect,
        }
        if key not in steps:
            return False
        steps[key]()
        event.accept()
        return True

    # -- level of detail ----------------------------------------------------------------

    def _on_box_interaction_started(self, *_args: object) -> None:
        if not self.interacting:
            self.interacting = True
            self._apply_detail()
        self._schedule_idle()

    def _schedule_idle(self) -> None:
        self._idle.start()

    def _edge_count(self) -> int:
        return sum(len(group.sources) for group in self.data.edges)

    def _on_idle_timeout(self) -> None:
        self.interacting = False
        self._apply_detail()

    def _apply_detail(self) -> None:
        """Plain while moving; at rest full detail, except that very many lines stay
        unsmoothed and without arrowheads (they would cost a second a frame at 10,000)."""
        count = self._edge_count()
        if self.interacting:
            self.edges.set_detail(antialias=False, plain=True)
            self.arrows.enabled = False
        else:
            self.edges.set_detail(antialias=count <= ANTIALIAS_EDGES, plain=False)
            self.arrows.enabled = count <= ARROW_EDGES
        self.arrows.update()
        self.labels.update()


def _additive(modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl or Shift: add to the selection instead of replacing it."""
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return bool(modifiers & wanted)
