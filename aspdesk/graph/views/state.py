"""Between the graph's own settings and a saved view's plain :class:`ViewState`.

**Positions.** A map has one arrangement of its nodes (``x``, ``y`` on actors, clusters
and projects), and a view keeps a copy of it. Showing a view writes the view's positions
into the map, as placing a new node does (:mod:`aspdesk.graph.layouts.placement`): through
``Document.place_quietly``, without an undo step, because looking at the map another way
is not an edit. From then on the map's positions are the view's, so a drag or a layout
after it is an ordinary undoable ``MoveNodes`` step, and "Update view" saves that
arrangement back into the view. Nodes the view does not know (added since it was saved)
stay where the map has them. Unlike placement, the moved ids are announced
(``Document.positions_changed``), so that every other picture of the map (the main window
behind a workshop) follows; the tables, which do not show positions, are not told.

**Region.** A view keeps the part of the map it shows (:func:`region_of`): the box around
the nodes on show inside the window's view, or "the whole graph" when the window showed a
fit of all of it. Shown again (:func:`show_region`), that region fills whatever canvas it
is drawn on, labels inside, and keeps filling it when the canvas changes size (a
workshop going full screen on a 4:3 projector). A view saved before regions is shown by
the nodes inside its camera.

A view changes from one to the next in a short animation (:class:`ViewTransition`) when the
caller asks for it: nodes glide from where they were, the camera moves with them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QRectF, QVariantAnimation

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Cluster, EntityType, Project
from aspdesk.domain.views import Camera, Positions, ViewState
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.scene.data import ViewOptions
from aspdesk.graph.styling.themes import saved_key

TRANSITION_MS = 300
REGION_PAD = 1e-3  # a region reaches this share of its span (or unit) beyond its nodes


def options_of(state: ViewState) -> ViewOptions:
    """The graph options ``state`` asks for."""
    return ViewOptions(
        colour_by=state.colour_by,
        size_by=state.size_by,
        clusters_as_hubs=state.clusters_as_hubs,
        show_projects=state.show_projects,
        graph_filter=GraphFilter(
            clusters=None if state.clusters is None else frozenset(state.clusters),
            kinds=None if state.kinds is None else frozenset(state.kinds),
            types=None if state.types is None else frozenset(state.types),
            as_of=state.as_of,
            hidden=frozenset(state.hidden),
            project=state.project,
        ),
        focus_depth=state.focus_depth,
        focus_direction=state.focus_direction,
        focus_hides=state.focus_hides,
    )


def known_options(document: Document, state: ViewState) -> ViewOptions:
    """The options ``state`` asks for, without a project filter for a project that the
    map no longer has (the view then shows what its other filters let through)."""
    options = options_of(state)
    project = options.graph_filter.project
    if project is not None and document.index.get(EntityType.PROJECT, project) is None:
        options = replace(options, graph_filter=replace(options.graph_filter, project=None))
    return options


def selection_of(document: Document, state: ViewState) -> list[Ref]:
    """The actors and projects ``state`` has selected that the map still has."""
    wanted = [(EntityType.ACTOR, state.selected), (EntityType.PROJECT, state.selected_projects)]
    return [
        Ref(entity_type, i)
        for entity_type, ids in wanted
        for i in ids
        if document.index.get(entity_type, i) is not None
    ]


def capture(canvas: GraphCanvas, *, positions: bool = True) -> ViewState:
    """What ``canvas`` shows now, as a view's state.

    With ``positions``, the map's node positions are kept too: every actor's, and the
    clusters' and projects' when they are drawn as hubs.
    """
    options = canvas.options
    graph_filter = options.graph_filter
    document = canvas.document
    hubs = options.clusters_as_hubs
    projects = options.show_projects or graph_filter.project is not None
    selection = document.selection
    return ViewState(
        colour_by=options.colour_by,
        size_by=options.size_by,
        clusters_as_hubs=hubs,
        clusters=None if graph_filter.clusters is None else tuple(graph_filter.clusters),
        kinds=None if graph_filter.kinds is None else tuple(graph_filter.kinds),
        types=None if graph_filter.types is None else tuple(graph_filter.types),
        as_of=graph_filter.as_of,
        hidden=tuple(graph_filter.hidden),
        focus_depth=options.focus_depth,
        focus_direction=options.focus_direction,
        focus_hides=options.focus_hides,
        selected=tuple(selection.selected_of(EntityType.ACTOR)),
        theme=saved_key(canvas.theme),
        label_px=canvas.label_px,
        camera=camera_of(canvas.box.viewRect()),
        positions=map_positions(document, EntityType.ACTOR) if positions else None,
        cluster_positions=(
            map_positions(document, EntityType.CLUSTER) if positions and hubs else None
        ),
        show_projects=options.show_projects,
        project=graph_filter.project,
        selected_projects=tuple(selection.selected_of(EntityType.PROJECT)),
        project_positions=(
            map_positions(document, EntityType.PROJECT) if positions and projects else None
        ),
        region=region_of(canvas),
        whole=shows_whole(canvas),
    )


def camera_of(rect: QRectF) -> Camera | None:
    """``rect`` as a view's camera; None when it is not a usable rectangle."""
    values = (rect.x(), rect.y(), rect.width(), rect.height())
    if not all(math.isfinite(v) for v in values) or values[2] <= 0 or values[3] <= 0:
        return None
    return values


def region_of(canvas: GraphCanvas) -> Camera | None:
    """The part of the map ``canvas`` shows: the box around its nodes inside the view (a
    hair wider, so that they stay inside it), or the view itself when none is."""
    view = canvas.box.viewRect()
    points = canvas.data.positions
    inside = np.isfinite(points).all(axis=1)
    if len(points):
        x, y = np.nan_to_num(points[:, 0]), np.nan_to_num(points[:, 1])
        inside &= (x >= view.left()) & (x <= view.right())
        inside &= (y >= view.top()) & (y <= view.bottom())
    if not inside.any():
        return camera_of(view)
    low, high = points[inside].min(axis=0), points[inside].max(axis=0)
    pad = np.maximum(high - low, 1.0) * REGION_PAD
    low, high = low - pad, high + pad
    return camera_of(QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1]))


def shows_whole(canvas: GraphCanvas) -> bool:
    """Whether ``canvas`` shows a fit of the whole graph (within a few pixels)."""
    whole = canvas.fit_rect()
    if whole is None:
        return False
    view = canvas.box.viewRect()
    pixel = whole.width() / max(canvas.box.width(), 1.0)
    corners = (view.topLeft() - whole.topLeft(), view.bottomRight() - whole.bottomRight())
    return all(abs(c.x()) <= 4 * pixel and abs(c.y()) <= 4 * pixel for c in corners)


def region_to_show(state: ViewState) -> QRectF | None:
    """The region of the map ``state`` shows; None: the whole graph."""
    if state.whole:
        return None
    for rectangle in (state.region, state.camera):  # a view before regions: its camera
        if rectangle is not None:
            return QRectF(*rectangle)
    return None


def map_positions(document: Document, entity_type: EntityType) -> Positions:
    """Where the map has its actors, clusters or projects (those that have a place)."""
    found: Positions = {}
    for entity in document.index.all(entity_type):
        if isinstance(entity, Actor | Cluster | Project) and entity.id is not None:
            x, y = entity.x, entity.y
            if x is not None and y is not None and math.isfinite(x) and math.isfinite(y):
                found[entity.id] = (x, y)
    return found


def write_positions(document: Document, state: ViewState) -> bool:
    """Put the nodes where ``state`` has them, quietly (see the module's note).

    Only nodes the map still has and that are elsewhere now are written; a map that
    cannot be written keeps its positions (the view then shows the map's arrangement).
    Returns whether anything moved.
    """
    if document.read_only:
        return False  # a read-only map keeps its own arrangement; nothing is written
    wanted: dict[EntityType, Positions | None] = {
        EntityType.ACTOR: state.positions,
        EntityType.CLUSTER: state.cluster_positions,
        EntityType.PROJECT: state.project_positions,
    }
    moved = False
    for entity_type, positions in wanted.items():
        if not positions:
            continue
        current = map_positions(document, entity_type)
        moves: dict[int, tuple[float | None, float | None]] = {
            node: point
            for node, point in positions.items()
            if document.index.get(entity_type, node) is not None and current.get(node) != point
        }
        if not moves:
            continue
        moved = document.place_quietly(entity_type, moves, announce=True) or moved
    return moved


def node_positions(canvas: GraphCanvas) -> dict[Ref, tuple[float, float]]:
    """Where each node on show is drawn now."""
    data = canvas.data
    return {
        ref: (float(x), float(y))
        for ref, (x, y) in zip(data.refs, data.positions, strict=True)
        if math.isfinite(x) and math.isfinite(y)
    }


class ViewTransition(QObject):
    """Glides the graph from one view to the next: nodes and camera together.

    The canvas may rebuild its picture while the transition runs (a selection change
    schedules one); each step then lines up with the nodes now on show, so nothing jumps.
    """

    def __init__(self, canvas: GraphCanvas, duration_ms: int = TRANSITION_MS) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.duration_ms = duration_ms
        self._before: Mapping[Ref, tuple[float, float]] = {}
        self._camera_from: QRectF | None = None
        self._camera_to: QRectF | None = None
        self._region: QRectF | None = None
        self._aligned: object = None
        self._start = np.zeros((0, 2))
        self._end = np.zeros((0, 2))
        self._animation: QVariantAnimation | None = None

    @property
    def running(self) -> bool:
        """Whether a transition is under way."""
        return self._animation is not None

    def start(
        self,
        before: Mapping[Ref, tuple[float, float]],
        camera_from: QRectF,
        region: QRectF | None,
    ) -> None:
        """Glide from node positions ``before`` and ``camera_from`` to what the canvas
        shows now, with ``region`` (None: the whole graph) filling the view at the end."""
        self.stop()
        self._before = dict(before)
        self._camera_from = QRectF(camera_from)
        self._region = region
        self._camera_to = self.canvas.fit_rect(region)
        self._aligned = None
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(self.duration_ms)
        animation.valueChanged.connect(self._on_animation_value_changed)
        animation.finished.connect(self._on_animation_finished)
        self._animation = animation
        self._step(0.0)
        animation.start()

    def stop(self) -> None:
        """End a running transition at once, showing where it was going."""
        if self._animation is not None:
            self._animation.stop()
            self._on_animation_finished()

    def _align(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        data = self.canvas.data
        if self._aligned is not data:
            # Targets are the positions the canvas was built with, before any step of ours.
            self._end = data.positions.copy()
            self._start = self._end.copy()
            for node, ref in enumerate(data.refs):
                if ref in self._before:
                    self._start[node] = self._before[ref]
            self._aligned = data
        return self._start, self._end

    def _step(self, t: float) -> None:
        eased = t * t * (3 - 2 * t)
        start, end = self._align()
        if len(end):
            self.canvas.data.positions[:] = start + (end - start) * eased
            self.canvas.move_drawing()
        if self._camera_from is not None and self._camera_to is not None:
            a, b = self._camera_from, self._camera_to
            self.canvas.box.setRange(
                QRectF(
                    a.x() + (b.x() - a.x()) * eased,
                    a.y() + (b.y() - a.y()) * eased,
                    a.width() + (b.width() - a.width()) * eased,
                    a.height() + (b.height() - a.height()) * eased,
                ),
                padding=0,
            )

    def _on_animation_value_changed(self, value: float) -> None:
        self._step(float(value))

    def _on_animation_finished(self) -> None:
        animation, self._animation = self._animation, None
        if animation is None:
            return
        animation.deleteLater()
        self._step(1.0)
        self._before = {}
        # The canvas may have changed size meanwhile: the region fills it as it is now.
        self.canvas.fit_region(self._region)


def show_region(
    canvas: GraphCanvas,
    state: ViewState,
    transition: ViewTransition | None = None,
    before: Mapping[Ref, tuple[float, float]] | None = None,
    camera_from: QRectF | None = None,
) -> None:
    """Show the part of the map ``state`` shows, filling the canvas: at once, or gliding
    there with ``transition`` from nodes ``before`` and the camera ``camera_from``."""
    region = region_to_show(state)
    if transition is None or before is None or camera_from is None:
        canvas.fit_region(region)
        return
    canvas.fitted, canvas.fit_shown = True, region  # a resize meanwhile fits it too
    transition.start(before, camera_from, region)
