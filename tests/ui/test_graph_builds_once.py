"""The graph's picture is made once for what asks for it: the window's start builds it once
(its ties read once), and measures once where its symbols stand clear; an image of the
picture on show, in the window or from the command line, measures nothing again; the
nodes' spots are made once, when first drawn, at the size the fitted view gives them,
taking the pens and brushes made for them as they are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph.graphicsItems.ScatterPlotItem as scatter_module
import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.cli.main import main
from aspdesk.graph.canvas import canvas as canvas_module
from aspdesk.graph.canvas import symbols as symbols_module
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.canvas.node_spots import NodeSpots
from aspdesk.graph.export.image import view_image
from aspdesk.graph.scene.edges import TieColumns
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from tests.ui.conftest import make_window

pytestmark = pytest.mark.gui


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the picture is built, its ties read and its symbols measured."""
    counted: Counter[str] = Counter()

    def counting(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(
        canvas_module, "build_graph_data", counting("built", canvas_module.build_graph_data)
    )
    monkeypatch.setattr(
        symbols_module, "clear_scale", counting("measured", symbols_module.clear_scale)
    )
    monkeypatch.setattr(TieColumns, "of", counting("ties read", TieColumns.of))
    return counted


def test_the_window_builds_and_measures_its_picture_once(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, counts: Counter[str]
) -> None:
    window = make_window(qtbot, sample_store, tmp_path)
    canvas = window.graph.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.box.width() > 100)
    assert counts == {"built": 1, "ties read": 1, "measured": 1}

    image = view_image(canvas)  # "copy image": the picture on show, as it shows
    assert not image.isNull()
    assert counts == {"built": 1, "ties read": 1, "measured": 1}, "measured again"

    canvas.data.positions[0] += 1.0  # a drag moves the picture's nodes in place
    view_image(canvas)
    assert counts["measured"] == 2, "moved nodes are measured again"


def test_an_image_from_the_command_line_measures_its_picture_once(
    sample_file: Path,
    tmp_path: Path,
    qapp: object,
    counts: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """...and makes no spots: the image is drawn from the picture, not from the canvas."""
    made: list[int] = []
    real = NodeSpots.updateSpots

    def count(spots: NodeSpots, data: Any = None) -> Any:
        made.append(len(spots.data if data is None else data))
        return real(spots, data)

    monkeypatch.setattr(NodeSpots, "updateSpots", count)
    copy = tmp_path / "sample.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    assert main(["export", str(copy), "-o", str(tmp_path / "graph.png"), "--width", "600"]) == 0
    assert counts == {"built": 1, "ties read": 1, "measured": 1}
    assert made and not any(made), "no spots made"

    # A projector's symbols are bigger than the window's: they stand clear further out.
    counts.clear()
    projector = ["--theme", "projector"]
    assert main(["export", str(copy), "-o", str(tmp_path / "big.png"), *projector]) == 0
    assert counts == {"built": 1, "ties read": 1, "measured": 2}


def test_node_spots_take_the_pens_and_brushes_made_for_them(
    qtbot: QtBot,
    generated_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    counts: Counter[str],
) -> None:
    """pyqtgraph passes each pen and brush of a list through its maker again: 10,000
    calls each for nothing, the pens and brushes being made already, one per look."""
    copy = tmp_path / "generated.aspmap"
    copy.write_bytes(generated_file.read_bytes())
    store = open_map(copy, tmp_path / "backups")
    document = Document(store, "en")
    made: Counter[str] = Counter()
    for maker in ("_mkPen", "_mkBrush"):
        real = getattr(scatter_module, maker)

        def count(*args: Any, _real: Callable[..., Any] = real, _name: str = maker) -> Any:
            made[_name] += 1
            return _real(*args)

        monkeypatch.setattr(scatter_module, maker, count)
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    nodes = len(canvas.data.refs)
    assert nodes >= 300 and counts["built"] == 1
    assert made["_mkPen"] + made["_mkBrush"] < 20, made
    spots = canvas.nodes.data
    assert all(pen is canvas._outline for pen in spots["pen"])
    brushes = {id(brush) for brush in spots["brush"]}
    assert len(brushes) == len(set(canvas.data.colours)), "one brush per colour"
    assert np.array_equal(spots["size"], canvas.drawn_sizes())
    document.close()
    store.close()


def test_the_window_makes_its_spots_once_at_the_size_they_are_drawn(
    qtbot: QtBot, generated_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The graph is built before the window is laid out; its spots were made then, at full
    size, and made again at the size of each fit the window's layout brought."""
    copy = tmp_path / "generated.aspmap"
    copy.write_bytes(generated_file.read_bytes())
    store = open_map(copy, tmp_path / "backups")
    made: list[int] = []  # the number of spots each time pyqtgraph makes spots anew
    real = NodeSpots.updateSpots

    def count(spots: NodeSpots, data: Any = None) -> Any:
        made.append(len(spots.data if data is None else data))
        return real(spots, data)

    monkeypatch.setattr(NodeSpots, "updateSpots", count)
    window = make_window(qtbot, store, tmp_path)
    canvas = window.graph.canvas
    qtbot.wait(50)
    assert canvas.symbols.factor < 1.0, "a fit shrank the symbols of this dense map"
    assert [count for count in made if count] == [len(canvas.data.refs)]
    assert np.array_equal(canvas.nodes.data["size"], canvas.drawn_sizes())
    image = canvas.view.grab().toImage()
    x, y = canvas.data.positions[0]
    scene = canvas.box.childGroup.sceneTransform().map(QPointF(float(x), float(y)))
    point = canvas.view.mapFromScene(scene)
    assert image.pixelColor(point).name() != "#ffffff", "the first node is drawn"
    store.close()
