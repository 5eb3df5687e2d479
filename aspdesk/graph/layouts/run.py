"""Running a layout on what the graph shows, as one undoable, optionally animated step.

The force layout of a big map (1.4 s at 10,000 nodes) runs off the window's thread, with
the window's progress dialog and Cancel; everything that asks the canvas (the room labels
need, the overlap pass at the fit's zoom) stays on the window's thread, before and after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QVariantAnimation, SignalInstance

from aspdesk.analysis.layout.positions import (
    circle_layout,
    cluster_wheel,
    force_layout,
    grid_layout,
    group_layout,
)
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Membership
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.layouts.placement import graph_edges
from aspdesk.graph.layouts.room import Room, fit_scale, make_room, measure, readable_scale
from aspdesk.graph.scene.data import GraphData
from aspdesk.io.errors import Progress, no_progress

LAYOUTS = ("force", "circle", "grid", "group", "wheel")
ANIMATION_MS = 450

# Above this many nodes on show the force layout runs in the background, as the network
# metrics do. Below, it takes under about 0.15 s (0.2 s on a busy machine) and runs at once:
# the progress dialog would not show before 0.3 s anyway.
BACKGROUND_ABOVE = 1000


class LayoutTask(Protocol):
    """Work off the window's thread with a progress dialog and Cancel (the window's
    BackgroundTask): its signals arrive on the window's thread."""

    @property
    def finished(self) -> SignalInstance: ...  # (result)

    @property
    def failed(self) -> SignalInstance: ...  # (error)

    @property
    def cancelled(self) -> SignalInstance: ...

    def start(self) -> None: ...

    def cancel(self) -> None: ...

    def deleteLater(self) -> None: ...  # noqa: N802 - Qt's name


# Makes a task that runs work(progress) under the label, not yet started.
TaskMaker = Callable[[str, Callable[[Progress], Any]], LayoutTask]


@dataclass
class ForceLayout:
    """A force layout of what the canvas shows: what it needs, read on the window's thread,
    so that :meth:`compute` can run on any thread."""

    refs: list[Ref]
    room: Room
    edges: NDArray[np.int64]
    weights: NDArray[np.float64]
    start: NDArray[np.float64]
    pinned: NDArray[np.bool_]
    seed: int = 0

    @classmethod
    def of(cls, canvas: GraphCanvas, seed: int = 0) -> ForceLayout:
        data = canvas.data
        edges, weights = graph_edges(data)
        # A fresh layout: only pinned nodes keep a position for the simulation to start from
        # (an "initial" position for every node would mean "already placed, keep still").
        start = np.where(data.pinned[:, None], data.positions, np.nan)
        pinned = data.pinned.copy()
        return cls(list(data.refs), measure(canvas), edges, weights, start, pinned, seed)

    def compute(self, progress: Progress = no_progress) -> NDArray[np.float64]:
        """The simulation's positions (no Qt: safe off the window's thread)."""
        return force_layout(
            len(self.refs),
            self.edges,
            weights=self.weights,
            initial=self.start,
            pinned=self.pinned,
            seed=self.seed,
            progress=progress,
        )

    def finish(self, canvas: GraphCanvas, result: NDArray[np.float64]) -> NDArray[np.float64]:
        """``result`` with room made for symbols and labels (on the window's thread)."""
        return _with_room(canvas, result, self.room, readable_scale(self.room, result))


def layout_positions(canvas: GraphCanvas, name: str, seed: int = 0) -> NDArray[np.float64]:
    """New positions for every node on show, with room for their symbols and labels at the
    canvas's label size (see :mod:`aspdesk.graph.layouts.room`); pinned nodes keep theirs."""
    if name not in LAYOUTS:
        raise ValueError(f"unknown layout: {name}")
    if name == "force":
        force = ForceLayout.of(canvas, seed)
        return force.finish(canvas, force.compute())
    room = measure(canvas)
    # The shapes are built around the boxes, in units where the biggest symbol and a gap
    # make 1.0; a grid is spread over the part of the canvas its fit shows, found by
    # fitting a first build.
    result = _shape(canvas, name, room, room.view(room.scale))
    shown = fit_scale(canvas, result)
    if name in ("grid", "group") and 0 < shown < room.scale * 0.99:
        width, height = room.view(room.scale)
        result = _shape(
            canvas, name, room, (width * shown / room.scale, height * shown / room.scale)
        )
    return _with_room(canvas, result, room, room.scale)


def _with_room(
    canvas: GraphCanvas, result: NDArray[np.float64], room: Room, floor: float
) -> NDArray[np.float64]:
    data = canvas.data
    result = np.asarray(result, dtype=np.float64)
    result[data.pinned] = data.positions[data.pinned]
    return make_room(canvas, result, room, data.pinned, floor)


def _shape(
    canvas: GraphCanvas, name: str, room: Room, view: tuple[float, float]
) -> NDArray[np.float64]:
    """The fixed shape ``name`` for the nodes on show, with room for ``room``'s boxes."""
    data, document = canvas.data, canvas.document
    count = len(data.refs)
    boxes, gap = room.at(room.scale)
    actors = [document.index.get(r.type, r.id) for r in data.refs]
    hub_kinds = {EntityType.CLUSTER: "~cluster", EntityType.PROJECT: "~project"}
    kinds = [
        a.kind if isinstance(a, Actor) else hub_kinds.get(r.type, "~")
        for a, r in zip(actors, data.refs, strict=True)
    ]
    names = [label.casefold() for label in data.labels]
    if name == "circle":
        by_kind_then_name = sorted(range(count), key=lambda n: (kinds[n], names[n]))
        return circle_layout(count, order=by_kind_then_name, boxes=boxes, gap=gap)
    if name == "grid":
        by_name = sorted(range(count), key=lambda n: names[n])
        return grid_layout(count, order=by_name, boxes=boxes, gap=gap, view=view)
    if name == "group":
        order = [t.code for t in document.terms(Vocabulary.ACTOR_KIND)] + ["~cluster", "~project"]
        # by kind, then by name within each kind (the index order group_layout keeps)
        rank = {code: k for k, code in enumerate(order)}
        ranked = sorted(range(count), key=lambda n: (rank.get(kinds[n], len(order)), names[n]))
        result = np.zeros((count, 2))
        result[ranked] = group_layout(
            [kinds[n] for n in ranked], group_order=order, boxes=boxes[ranked], gap=gap, view=view
        )
        return result
    return _wheel(canvas, room)


def _wheel(canvas: GraphCanvas, room: Room) -> NDArray[np.float64]:
    data = canvas.data
    document = canvas.document
    actor_nodes = [n for n, r in enumerate(data.refs) if r.type is EntityType.ACTOR]
    hub_nodes = {r.id: n for n, r in enumerate(data.refs) if r.type is EntityType.CLUSTER}
    clusters = sorted(
        {
            m.cluster_id
            for m in document.index.all(EntityType.MEMBERSHIP)
            if isinstance(m, Membership)
        }
    )
    cluster_pos = {cid: n for n, cid in enumerate(clusters)}
    actor_pos = {data.refs[n].id: k for k, n in enumerate(actor_nodes)}
    memberships = [
        (actor_pos[m.actor_id], cluster_pos[m.cluster_id], m.role)
        for m in document.index.all(EntityType.MEMBERSHIP)
        if isinstance(m, Membership)
        and m.actor_id in actor_pos
        and m.id in data.visible.memberships
    ]
    roles = [t.code for t in document.terms(Vocabulary.CLUSTER_ROLE)]
    boxes, gap = room.at(room.scale)
    hub_boxes = np.zeros((len(clusters), 4))
    for cluster_id, node in hub_nodes.items():
        if cluster_id in cluster_pos:
            hub_boxes[cluster_pos[cluster_id]] = boxes[node]
    nodes, centres = cluster_wheel(
        len(actor_nodes),
        len(clusters),
        memberships,
        roles,
        boxes=boxes[actor_nodes],
        hub_boxes=hub_boxes,
        gap=gap,
    )
    result = np.zeros((len(data.refs), 2))
    result[actor_nodes] = nodes
    for cluster_id, node in hub_nodes.items():
        result[node] = centres[cluster_pos[cluster_id]] if cluster_id in cluster_pos else (0, 0)
    _projects_among_partners(data, result)
    return result


def _projects_among_partners(data: GraphData, result: NDArray[np.float64]) -> None:
    """Put each project hub in the middle of the partners it is drawn joined to (the
    wheel has no place of its own for projects); projects with the same middle are
    spread on a small ring so that none hides another."""
    projects = [n for n, r in enumerate(data.refs) if r.type is EntityType.PROJECT]
    if not projects:
        return
    partners: dict[int, set[int]] = {n: set() for n in projects}
    for group in data.edges:
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True):
            for hub, other in ((a, b), (b, a)):
                if hub in partners and data.refs[other].type is EntityType.ACTOR:
                    partners[hub].add(other)
    spread = 0.06 * float(np.ptp(result, axis=0).max() if len(result) else 1.0)
    for k, hub in enumerate(projects):
        around = sorted(partners[hub])
        centre = result[around].mean(axis=0) if around else np.zeros(2)
        angle = 2 * np.pi * k / len(projects)
        offset = spread * np.array([np.cos(angle), np.sin(angle)]) if len(projects) > 1 else 0
        result[hub] = centre + offset


class LayoutRunner(QObject):
    """Moves the graph's nodes to a layout, animated or at once, as one undo step.

    With ``make_task`` (the window's), a force layout of more than ``background_above``
    nodes is computed off the window's thread, with progress and Cancel; Cancel leaves the
    map as it was, with no undo step.
    """

    def __init__(self, canvas: GraphCanvas, make_task: TaskMaker | None = None) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.animate = True
        self.make_task = make_task
        self.background_above = BACKGROUND_ABOVE
        self.task: LayoutTask | None = None
        self._force: ForceLayout | None = None  # the one the task computes, while wanted
        self._animation: QVariantAnimation | None = None
        self._from = np.zeros((0, 2))
        self._to = np.zeros((0, 2))
        self._text = ""

    def run(self, name: str, text: str) -> None:
        """Lay out the graph with layout ``name``; ``text`` names the undo step."""
        refs = self.canvas.data.refs
        if not refs or self.task is not None:
            return
        self._text = text
        if name == "force" and self.make_task is not None and len(refs) > self.background_above:
            self._force = ForceLayout.of(self.canvas)
            label = self.tr("Laying out %n node(s)…", "", len(refs))
            self.task = self.make_task(label, self._force.compute)
            self.task.finished.connect(self._on_task_finished)
            self.task.failed.connect(self._on_task_failed)
            self.task.cancelled.connect(self._on_task_cancelled)
            self.task.start()
            return
        self._move(layout_positions(self.canvas, name))

    def _move(self, positions: NDArray[np.float64]) -> None:
        self._from = self.canvas.data.positions.copy()
        self._to = positions
        if not self.animate:
            self._finish()
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(ANIMATION_MS)
        animation.valueChanged.connect(self._on_animation_value_changed)
        animation.finished.connect(self._finish)
        self._animation = animation
        animation.start()

    def _end_task(self) -> ForceLayout | None:
        """Forget the task; the layout it computed, if still wanted."""
        if self.task is not None:
            self.task.deleteLater()
        force, self._force, self.task = self._force, None, None
        return force

    def _on_task_finished(self, result: NDArray[np.float64]) -> None:
        force = self._end_task()
        if force is None or force.refs != self.canvas.data.refs:
            return  # dropped, or what the graph shows changed meanwhile: it no longer fits
        self._move(force.finish(self.canvas, result))

    def _on_task_cancelled(self) -> None:
        self._end_task()

    def _on_task_failed(self, error: object) -> None:
        self._end_task()
        if isinstance(error, BaseException):
            raise error  # on the window's thread, as if the layout had run there

    def finish(self) -> None:
        """Complete a running layout at once (its undo step included), before something
        else changes the picture under it; a layout still being computed is cancelled."""
        if self.task is not None:
            self._force = None
            self.task.cancel()
        animation = self._animation
        if animation is not None:
            animation.stop()
            self._finish()

    def _on_animation_value_changed(self, value: float) -> None:
        t = float(value)
        eased = t * t * (3 - 2 * t)
        self.canvas.data.positions[:] = self._from + (self._to - self._from) * eased
        self.canvas.move_drawing()

    def _finish(self) -> None:
        canvas = self.canvas
        self._animation = None
        refs = canvas.data.refs
        old = {r: (float(x), float(y)) for r, (x, y) in zip(refs, self._from, strict=True)}
        new = {r: (float(x), float(y)) for r, (x, y) in zip(refs, self._to, strict=True)}
        canvas.data.positions[:] = self._to
        canvas.move_drawing()
        canvas.document.push(MoveNodes(canvas.document, old, new, self._text))
        canvas.fit()
