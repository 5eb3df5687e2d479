"""Graph speed on generated maps of 2,000 actors / 6,000 ties and 10,000 / 30,000.

Prints figures (run with ``-s``): opening a map to the first painted graph, a pan or zoom
repaint while moving (reduced detail) and at rest (full detail), placing the labels by room
(part of a repaint at rest), one step of dragging a node, a fit (labels inside, as the
exported image fits) and the refit when the canvas changes size, and each layout with the
pass that makes room for symbols and labels; then the same repaints with colours by
cluster, where an actor in several clusters is drawn with a segment for each. Asserts only
what is drawn, never a time.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.analysis.layout.positions import force_layout
from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.layouts.placement import graph_edges
from aspdesk.graph.layouts.room import make_room, measure, readable_scale
from aspdesk.graph.layouts.run import layout_positions
from aspdesk.store.opening import open_map

from .generate import generate_map

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]


def _repaint_ms(canvas: GraphCanvas, step: object, rounds: int = 8) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        step()  # type: ignore[operator]
        # grab() renders the whole view now, as a repaint on screen would.
        canvas.view.grab()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _open(qtbot: QtBot, path: Path, tmp_path: Path) -> tuple[Document, GraphCanvas]:
    """The map at ``path`` on a shown canvas of 1600x1000."""
    document = Document(open_map(path, tmp_path / "backups"), "en")
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    canvas.resize(1600, 1000)
    canvas.show()
    qtbot.waitExposed(canvas)
    return document, canvas


def _report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    print(f"{label}: median {ordered[len(ordered) // 2]:.1f} ms, best {ordered[0]:.1f} ms")


def _report_labels(canvas: GraphCanvas) -> None:
    """How long placing the labels by room takes at rest (part of a repaint after the view
    or the nodes changed), and how many of the nodes on screen get theirs."""
    layer = canvas.labels
    transform = layer.sceneTransform() * canvas.view.viewportTransform()
    viewport = QRectF(canvas.view.viewport().rect())
    placed: list[object] = []
    times = []
    for _ in range(8):
        layer.move(layer.positions)  # as if the nodes moved: a repaint at rest keeps the last
        started = time.perf_counter()
        placed = list(layer.place(transform, viewport))
        times.append((time.perf_counter() - started) * 1000)
    shown = int(layer.on_screen(transform, viewport).sum())
    _report(f"labels placed by room ({len(placed)} of {shown} on screen)", times)
    assert 0 < len(placed) <= shown


@pytest.mark.parametrize(("actors", "ties"), [(2000, 6000), (10000, 30000)])
def test_graph_speed(qtbot: QtBot, tmp_path: Path, actors: int, ties: int) -> None:
    path = generate_map(tmp_path / "big.aspmap", actors=actors, relationships=ties)
    print(f"\n--- {actors:,} actors / {ties:,} relationships, canvas 1600x1000 ---")

    for label in ("first open (places every node)", "open again (positions saved)"):
        started = time.perf_counter()
        document, canvas = _open(qtbot, path, tmp_path)
        canvas.fit()
        canvas.view.grab()
        print(f"{label} to painted graph: {(time.perf_counter() - started) * 1000:.0f} ms")
        assert len(canvas.data.refs) == actors
        assert np.isfinite(canvas.data.positions).all()
        if label.startswith("first"):
            canvas.close()
            document.close()

    def pan_moving() -> None:
        canvas.pan(0.02, 0.0)

    canvas.interacting = False
    _report("pan while moving (reduced detail)", _repaint_ms(canvas, pan_moving))
    canvas.detail.rest()
    _report("repaint at rest (full detail)", _repaint_ms(canvas, lambda: None))
    _report_labels(canvas)

    def zoom_moving() -> None:
        canvas.zoom(0.97)

    _report("zoom while moving", _repaint_ms(canvas, zoom_moving))
    canvas.detail.rest()

    node = int(np.argmax(canvas.data.sizes))
    x, y = canvas.data.positions[node]
    canvas.drag.start(node, QPointF(float(x), float(y)))
    offsets = iter(range(1, 100))

    def drag_step() -> None:
        step = next(offsets) * 0.05
        canvas.drag.drag(QPointF(float(x) + step, float(y)))

    _report("one drag step of a hub", _repaint_ms(canvas, drag_step))
    QApplication.processEvents()

    for name in ("force", "circle", "grid", "group", "wheel"):
        started = time.perf_counter()
        result = layout_positions(canvas, name)
        print(f"{name} layout, room for labels made: {time.perf_counter() - started:.2f} s")
        assert result.shape == (actors, 2) and np.isfinite(result).all()
    # the force layout's two parts: the simulation, and the pass that makes room
    edges, weights = graph_edges(canvas.data)
    started = time.perf_counter()
    raw = force_layout(actors, edges, weights=weights)
    laid = time.perf_counter() - started
    room = measure(canvas)
    make_room(canvas, raw, room, canvas.data.pinned, readable_scale(room, raw))
    passed = time.perf_counter() - started - laid
    print(f"of which the force simulation {laid:.2f} s, the overlap pass {passed:.2f} s")
    started = time.perf_counter()
    canvas.fit()
    print(f"fit, labels inside: {(time.perf_counter() - started) * 1000:.1f} ms")
    sizes = iter([(1400, 900), (1600, 1000)] * 4)

    def resize() -> None:
        canvas.resize(*next(sizes))
        QApplication.processEvents()

    _report("resize, legend placed and graph refitted", _repaint_ms(canvas, resize))
    document.close()


@pytest.mark.parametrize(("actors", "ties"), [(2000, 6000), (10000, 30000)])
def test_graph_speed_coloured_by_cluster(
    qtbot: QtBot, tmp_path: Path, actors: int, ties: int
) -> None:
    path = generate_map(tmp_path / "big.aspmap", actors=actors, relationships=ties)
    document, canvas = _open(qtbot, path, tmp_path)
    started = time.perf_counter()
    canvas.set_options(replace(canvas.options, colour_by="cluster"))
    canvas.view.grab()
    segments = sum(len(colours) for colours in canvas.data.segments.values())
    print(
        f"\n--- {actors:,} actors coloured by cluster: {len(canvas.data.segments)} in several "
        f"clusters, {segments} segments; rebuilt and painted in "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    assert canvas.data.segments and len(canvas.segments.owners) == segments
    canvas.fit()
    canvas.interacting = False
    _report("pan while moving (reduced detail)", _repaint_ms(canvas, lambda: canvas.pan(0.02, 0)))
    canvas.detail.rest()
    _report("repaint at rest (full detail)", _repaint_ms(canvas, lambda: None))
    _report("zoom while moving", _repaint_ms(canvas, lambda: canvas.zoom(0.97)))
    canvas.detail.rest()
    node = max(canvas.data.segments, key=lambda n: canvas.data.sizes[n])
    x, y = canvas.data.positions[node]
    canvas.drag.start(node, QPointF(float(x), float(y)))
    offsets = iter(range(1, 100))

    def drag_step() -> None:
        canvas.drag.drag(QPointF(float(x) + next(offsets) * 0.05, float(y)))

    _report("one drag step of an actor in several clusters", _repaint_ms(canvas, drag_step))
    document.close()
