"""A dense map on every screen: nothing drawn over anything, whatever the layout (issue 13).

A generated map of 300 actors is laid out in the window of a 1366x768 laptop, as a
coordinator would, by each layout with clusters as hubs on and off, then shown fitted in
the window at 1920x1080, 1366x768 and 1280x720 and in workshop mode at 1920x1080 and
1024x768. There are more labels than room on most of these screens, and on the smaller
ones the symbols do not stand clear at full size: labels are shown by room (the most
important first, the crowded left out) and symbols drawn smaller, so what is drawn never
overlaps. Zooming in brings the symbols and the labels back; an image of the view shows
what the screen shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.analysis.layout.symbol_scale import SYMBOL_FLOOR
from aspdesk.graph.canvas import layers
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import Page, capture, layout_of
from aspdesk.graph.export.page import GraphPicture, PageLayout
from aspdesk.graph.workshop.launch import saved_view_steps
from aspdesk.graph.workshop.window import WorkshopWindow
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.ui.window.main_window import MainWindow

from .graph_helpers import drawn_nodes, drawn_overlaps
from .test_screen_geometry import LAPTOP, WINDOWS, WORKSHOPS, _resize, _window

pytestmark = pytest.mark.gui

LAYOUTS = ["force", "circle", "grid", "group", "wheel"]
LEAST_LABELS = 10  # the hubs' and biggest actors' names show on any of these screens


def _run_layout(qtbot: QtBot, window: MainWindow, name: str) -> None:
    stack = window.document.undo_stack
    steps = stack.count()
    window.graph.layout_actions[name].trigger()
    qtbot.waitUntil(lambda: stack.count() == steps + 1, timeout=30_000)
    QApplication.processEvents()


def _clear(canvas: GraphCanvas, where: str) -> None:
    found = drawn_overlaps(canvas)
    assert not found, f"{where}: {len(found)} overlaps, " + "; ".join(found[:5])
    assert len(canvas.labels.placed) >= LEAST_LABELS, f"{where}: too few labels"
    _, sizes = drawn_nodes(canvas)
    full = canvas.node_sizes(canvas.data)
    assert (sizes >= full * SYMBOL_FLOOR - 1e-9).all(), f"{where}: symbols under the floor"


# Each case takes seconds: the quick loop (-m "not slow") keeps the force layout of the
# actors, the one a map gets first; the whole suite runs every layout with both looks.
DENSE_CASES = [
    pytest.param(
        hubs,
        layout,
        id=f"{name}-{layout}",
        marks=() if (hubs, layout) == (False, "force") else pytest.mark.slow,
    )
    for hubs, name in ((False, "actors"), (True, "clusters as hubs"))
    for layout in LAYOUTS
]


@pytest.mark.parametrize(("hubs", "layout"), DENSE_CASES)
def test_every_layout_draws_the_dense_map_clear_on_every_screen(
    qtbot: QtBot, tmp_path: Path, generated_file: Path, hubs: bool, layout: str
) -> None:
    window = _window(qtbot, generated_file, tmp_path, "en", LAPTOP)
    window.graph.hubs.setChecked(hubs)
    QApplication.processEvents()
    _run_layout(qtbot, window, layout)
    canvas = window.graph.canvas
    for size in WINDOWS:
        _resize(window, size)
        canvas.fit()
        QApplication.processEvents()
        _clear(canvas, f"window at {size}")
    for size in WORKSHOPS:
        workshop = WorkshopWindow(
            window.document, saved_view_steps(window.document, window.graph), animate=False
        )
        qtbot.addWidget(workshop)
        workshop.resize(*size)
        workshop.show()
        qtbot.waitExposed(workshop)
        workshop.start(size[1])
        _resize(workshop, size)
        shown = workshop.panel.canvas
        shown.fit()
        QApplication.processEvents()
        _clear(shown, f"workshop at {size}")
        workshop.close()


@pytest.fixture
def dense(qtbot: QtBot, tmp_path: Path, generated_file: Path) -> MainWindow:
    """The generated map in a laptop's window, fitted, after the circle layout (the one
    that packs its nodes closest at the fit)."""
    window = _window(qtbot, generated_file, tmp_path, "en", LAPTOP)
    _run_layout(qtbot, window, "circle")
    window.graph.canvas.fit()
    QApplication.processEvents()
    return window


def _settle(qtbot: QtBot, canvas: GraphCanvas) -> None:
    """Wait until the view is at rest after a zoom: while it moves, few labels show."""
    qtbot.waitUntil(lambda: not canvas.interacting, timeout=5_000)
    QApplication.processEvents()


def test_zooming_out_shrinks_symbols_and_zooming_in_brings_them_and_labels_back(
    qtbot: QtBot, dense: MainWindow
) -> None:
    canvas = dense.graph.canvas
    _clear(canvas, "fitted")
    full = canvas.node_sizes(canvas.data)
    labelled = len(canvas.labels.placed)
    assert labelled < len(canvas.data.refs), "fitted on a laptop, not every label fits"
    canvas.zoom(1.6)  # out, as the wheel does
    _settle(qtbot, canvas)
    assert SYMBOL_FLOOR <= canvas.symbols.factor < 1, "zoomed out, symbols are smaller"
    assert not drawn_overlaps(canvas)
    assert len(canvas.labels.placed) < labelled, "and fewer labels find room"
    canvas.fit()
    QApplication.processEvents()
    canvas.view.grab()
    left_out = next(n for n in range(len(canvas.data.refs)) if n not in _labelled(canvas))
    canvas.centre_on(left_out)
    for _ in range(4):
        canvas.zoom(1 / 1.6)
        _settle(qtbot, canvas)
        assert not drawn_overlaps(canvas)
    _, sizes = drawn_nodes(canvas)
    assert np.allclose(sizes, full), "zoomed in, symbols are drawn at full size"
    assert left_out in _labelled(canvas), "and a label left out at the fit has room"
    on_screen = np.flatnonzero(
        canvas.labels.on_screen(
            canvas.box.childGroup.sceneTransform() * canvas.view.viewportTransform(),
            QRectF(canvas.view.viewport().rect()),
        )
    )
    assert len(_labelled(canvas)) > labelled * len(on_screen) / len(canvas.data.refs)
    canvas.fit()
    QApplication.processEvents()
    canvas.view.grab()
    assert len(canvas.labels.placed) == labelled


def _labelled(canvas: GraphCanvas) -> set[int]:
    return {node for node, _ in canvas.labels.placed}


def test_a_hovered_node_shows_its_label_even_where_crowded(dense: MainWindow) -> None:
    canvas = dense.graph.canvas
    canvas.view.grab()
    shown = {node for node, _ in canvas.labels.placed}
    hidden = next(n for n in range(len(canvas.data.refs)) if n not in shown)
    canvas._on_box_hovered(hidden, QPointF(canvas.view.mapToGlobal(QPoint(10, 10))))
    canvas.view.grab()
    assert hidden in {node for node, _ in canvas.labels.placed}
    assert canvas.labels.placed[0][0] == hidden, "placed first, before the hubs"
    canvas._on_box_hovered(-1, QPointF())


def _page_overlaps(picture: GraphPicture, layout: PageLayout) -> list[str]:
    """What overlaps on an exported page, as drawn_overlaps says it for the screen."""
    nodes = np.flatnonzero(picture.on_page())
    to_px = layout.to_px
    points = picture.positions[nodes] * [to_px.m11(), to_px.m22()] + [to_px.dx(), to_px.dy()]
    radius = layout.sizes[nodes] / 2
    found = []
    apart = np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
    for a, b in zip(*np.nonzero(np.triu(apart < radius[:, None] + radius, k=1)), strict=True):
        found.append(f"nodes {nodes[a]} and {nodes[b]}")
    for rank, (node, box) in enumerate(layout.labels):
        found += [
            f"labels {node}, {o}" for o, other in layout.labels[:rank] if box.intersects(other)
        ]
        near_x = np.clip(points[:, 0], box.left(), box.right())
        near_y = np.clip(points[:, 1], box.top(), box.bottom())
        hit = (np.hypot(points[:, 0] - near_x, points[:, 1] - near_y) < radius) & (nodes != node)
        found += [f"label {node} over node {n}" for n in nodes[hit]]
    return found


def test_an_image_of_the_view_shows_what_the_screen_shows(dense: MainWindow) -> None:
    canvas = dense.graph.canvas
    canvas.view.grab()
    options = ImageOptions(theme=canvas.theme.key)
    size = QSizeF(canvas.box.width(), canvas.box.height())
    (picture,) = capture(canvas, [Page()], options, region=canvas.box.viewRect(), view_size=size)
    layout = layout_of(picture, options)
    _, drawn = drawn_nodes(canvas)
    assert np.allclose(layout.sizes, drawn), "symbols at the size the screen draws them"
    on_screen = {node for node, _ in canvas.labels.placed}
    on_page = {node for node, _ in layout.labels}
    assert on_page == on_screen, "the same labels"
    assert not _page_overlaps(picture, layout)


@pytest.mark.parametrize("width", [800, 1600])
def test_an_exported_image_of_the_dense_map_is_drawn_clear(dense: MainWindow, width: int) -> None:
    options = ImageOptions(format="png", width_px=width)
    (picture,) = capture(dense.graph.canvas, [Page()], options)
    layout = layout_of(picture, options)
    found = _page_overlaps(picture, layout)
    assert not found, "; ".join(found[:5])
    assert len(layout.labels) >= LEAST_LABELS // 2, "a small page has room for fewer"
    assert (layout.sizes >= picture.sizes * SYMBOL_FLOOR - 1e-9).all()


def test_a_repaint_at_rest_draws_the_labels_placed_until_the_view_or_the_nodes_change(
    qtbot: QtBot, dense: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = dense.graph.canvas
    canvas.view.grab()
    placings: list[int] = []
    real = layers.place_labels

    def counted(*args: Any, **kwargs: Any) -> list[tuple[int, QRectF]]:
        placings.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(layers, "place_labels", counted)
    shown = list(canvas.labels.placed)
    canvas.view.grab()
    assert not placings and canvas.labels.placed == shown, "nothing changed: nothing placed"
    canvas.pan(0.05, 0.0)
    _settle(qtbot, canvas)
    canvas.view.grab()
    assert placings, "the view moved: placed again"
    assert not drawn_overlaps(canvas)
    placings.clear()
    node, box = canvas.labels.placed[0]
    canvas.data.positions[node] += (0.5, 0.0)  # moved where it stands, as a drag moves it
    canvas.labels.move(canvas.data.positions)
    canvas.view.grab()
    assert placings, "a node moved: placed again"
    assert dict(canvas.labels.placed).get(node) != box, "its label follows it"


def test_every_label_drawn_lies_where_a_repaint_of_its_layer_reaches(dense: MainWindow) -> None:
    """Labels stand out beyond the nodes' extent; a repaint covers only an item's bounds, so
    a label outside them would stay on screen, in pieces, after its node has gone (as a
    step of the time slider to an earlier, smaller network left them)."""
    canvas = dense.graph.canvas
    rightmost = int(np.nanargmax(canvas.data.positions[:, 0]))
    dense.document.selection.select([canvas.data.refs[rightmost]])  # its label always shows
    for zoom in (1.0, 3.0, 3.0):
        canvas.zoom(zoom)
        canvas.detail.rest()
        canvas.view.grab()
        reach = canvas.view.mapFromScene(
            canvas.labels.mapToScene(canvas.labels.boundingRect())
        ).boundingRect()
        placed = dict(canvas.labels.placed)
        assert rightmost in placed
        outside = [box for box in placed.values() if not QRectF(reach).contains(box)]
        assert outside == [], f"zoomed out {zoom}"
