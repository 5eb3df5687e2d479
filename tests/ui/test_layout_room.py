"""Layouts and new actors as a user sees them: nothing drawn over anything, new actors in view.

Every check reads the picture the canvas paints: its own label boxes from the last paint and
its node symbols (as discs of their size), in the viewport's pixels.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.ui.window.main_window import MainWindow

from .graph_helpers import drawn_inside, drawn_nodes, drawn_overlaps
from .test_import import _open_dialog, _press_import

pytestmark = pytest.mark.gui

LAYOUTS = ["force", "circle", "grid", "group", "wheel"]


def _canvas(window: MainWindow) -> GraphCanvas:
    window.resize(1500, 950)
    QApplication.processEvents()
    canvas = window.graph.canvas
    canvas.fit()
    return canvas


def _run_layout(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Layout > (name) from the toolbar's menu, and wait for its animation to end."""
    stack = window.document.undo_stack
    steps = stack.count()
    window.graph.layout_actions[name].trigger()
    qtbot.waitUntil(lambda: stack.count() == steps + 1, timeout=10_000)
    QApplication.processEvents()


def _node(canvas: GraphCanvas, name: str) -> int:
    return canvas.data.labels.index(name)


@pytest.mark.parametrize(
    "hubs", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["actors", "clusters as hubs"]
)
def test_every_layout_leaves_every_label_and_node_clear(
    qtbot: QtBot, window: MainWindow, hubs: bool
) -> None:
    canvas = _canvas(window)
    window.graph.hubs.setChecked(hubs)
    # a node the user pinned keeps its place through every layout
    pinned = _node(canvas, "Lapin liitto")
    (pin,) = [a for a in window.graph.node_menu(pinned).actions() if a.text() == "Pin in place"]
    pin.trigger()
    QApplication.processEvents()
    assert canvas.data.pinned[_node(canvas, "Lapin liitto")]
    spot = canvas.data.positions[_node(canvas, "Lapin liitto")].copy()
    for name in LAYOUTS:
        _run_layout(qtbot, window, name)
        assert drawn_overlaps(canvas) == [], name
        shown = {node for node, _ in canvas.labels.placed}
        assert shown == set(range(len(canvas.data.refs))), f"{name}: a label was left out"
        assert drawn_inside(canvas, list(range(len(canvas.data.refs)))), name
        assert tuple(canvas.data.positions[_node(canvas, "Lapin liitto")]) == tuple(spot), name


def test_layouts_make_room_for_projector_sized_labels(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    font = canvas.labels.font
    font.setPixelSize(22)  # as the workshop's + key makes them
    canvas.labels.font = font
    for name in ("force", "grid", "wheel"):
        _run_layout(qtbot, window, name)
        assert drawn_overlaps(canvas) == [], name


def _on_a_line(canvas: GraphCanvas, node: int) -> list[str]:
    """The drawn lines between two other nodes that pass under ``node``'s symbol."""
    centres, sizes = drawn_nodes(canvas)
    point, radius = centres[node], sizes[node] / 2
    found = []
    for group in canvas.data.edges:
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True):
            if node in (a, b):
                continue
            start, end = centres[a], centres[b]
            along = end - start
            t = np.clip(np.dot(point - start, along) / max(np.dot(along, along), 1e-9), 0, 1)
            if np.linalg.norm(start + t * along - point) < radius:
                found.append(f"{canvas.data.labels[a]} - {canvas.data.labels[b]}")
    return found


def _import(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """File > Import… of ``path`` (a graph file: straight to the preview), then Import."""
    dialog = _open_dialog(qtbot, window, path)
    assert dialog.pages.currentWidget() is dialog.preview
    _press_import(qtbot, window, dialog)
    QApplication.processEvents()  # the graph draws what came in, then the view follows
    QApplication.processEvents()


def test_an_imported_actor_lands_next_to_the_one_it_is_tied_to_and_in_view(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    canvas = _canvas(window)
    _run_layout(qtbot, window, "force")
    liitto = _node(canvas, "Lapin liitto")
    # the user looks at another corner of the map
    far = int(
        np.argmax(np.linalg.norm(canvas.data.positions - canvas.data.positions[liitto], axis=1))
    )
    canvas.zoom_to([far])
    path = tmp_path / "verkko.gexf"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="0" label="Lapin liitto"/>
      <node id="1" label="Revontuli Robotics Oy"/>
    </nodes>
    <edges><edge id="0" source="0" target="1"/></edges>
  </graph>
</gexf>""",
        encoding="utf-8",
    )
    _import(qtbot, window, path)
    robot = _node(canvas, "Revontuli Robotics Oy")
    liitto = _node(canvas, "Lapin liitto")
    assert drawn_inside(canvas, [robot]), "the view follows what came in"
    apart = np.linalg.norm(canvas.data.positions - canvas.data.positions[robot], axis=1)
    assert liitto in np.argsort(apart)[1:5], "next to the actor it is tied to"
    assert _on_a_line(canvas, robot) == []
    assert not [o for o in drawn_overlaps(canvas) if "Revontuli" in o]


def test_imported_actors_tied_to_nothing_land_in_free_space_in_view(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    canvas = _canvas(window)
    canvas.zoom_to([0])
    names = ["Tornion Panimo Oy", "Kemin Kalustamo Oy", "Sallan Saha Oy"]
    nodes = "".join(f'<node id="{n}" label="{name}"/>' for n, name in enumerate(names))
    path = tmp_path / "uudet.gexf"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected"><nodes>{nodes}</nodes><edges/></graph>
</gexf>""",
        encoding="utf-8",
    )
    _import(qtbot, window, path)
    new = [_node(canvas, n) for n in names]
    assert drawn_inside(canvas, new)
    assert not [o for o in drawn_overlaps(canvas) if any(n in o for n in names)]


def test_new_actors_from_the_form_land_in_view_clear_of_the_others(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = _canvas(window)
    canvas.zoom_to([_node(canvas, "Lapin AMK")])  # a part of the map, not all of it
    for name in ("Uusi Toimija Oy", "Toinen Toimija Oy"):
        window.add_actions[EntityType.ACTOR].trigger()
        form = window.forms[EntityType.ACTOR]
        form.editors["name"].line.setText(name)  # type: ignore[attr-defined]
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        QApplication.processEvents()
        (actor,) = [a for a in window.document.store.actors() if a.name == name]
        assert isinstance(actor, Actor) and actor.x is not None
        node = canvas.data.index_of(Ref(EntityType.ACTOR, actor.id or 0))
        assert drawn_inside(canvas, [node]), f"{name} is off screen"
        assert not [o for o in drawn_overlaps(canvas) if name in o]
        assert _on_a_line(canvas, node) == []
