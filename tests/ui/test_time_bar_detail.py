"""How finely a step of the time slider draws: plain ties while the user moves it over a
big map, in full again once it rests; a small map and playing draw every step in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.graph.canvas import detail
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.canvas.layers import edge_pen
from aspdesk.graph.panel.panel import GraphPanel

from .test_time_bar import map_ids, panel  # noqa: F401 - the crafted map and its panel


def _in_full(canvas: GraphCanvas) -> bool:
    drawn = canvas.edges.drawn()
    return bool(drawn) and all(
        pen == edge_pen(group, canvas.edges.pixel_ratio) for group, pen in drawn
    )


def _plain(canvas: GraphCanvas) -> bool:
    drawn = canvas.edges.drawn()
    ratio = canvas.edges.pixel_ratio
    return bool(drawn) and all(
        pen.widthF() == ratio and pen.style() == Qt.PenStyle.SolidLine for _group, pen in drawn
    )


def _at_2019(qtbot: QtBot, panel: GraphPanel) -> None:  # noqa: F811
    bar = panel.time_bar
    bar.action.trigger()
    bar.date.setText("2019-06-01")
    bar.date.editingFinished.emit()
    panel.canvas.detail.rest()
    assert _in_full(panel.canvas)
    assert any(
        pen.widthF() > panel.canvas.edges.pixel_ratio for _g, pen in panel.canvas.edges.drawn()
    ) or any(pen.style() != Qt.PenStyle.SolidLine for _g, pen in panel.canvas.edges.drawn()), (
        "the crafted map has ties that are drawn wider or dashed in full"
    )
    bar.slider.setFocus()


def test_a_step_by_the_user_on_a_big_map_draws_plain_ties_until_the_slider_rests(
    qtbot: QtBot,
    panel: GraphPanel,  # noqa: F811
    map_ids: dict[str, int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(detail, "ANTIALIAS_EDGES", 1)  # the crafted map's ties count as many
    canvas = panel.canvas
    _at_2019(qtbot, panel)
    qtbot.keyClick(panel.time_bar.slider, Qt.Key.Key_PageUp)
    assert canvas.detail.scrubbing and _plain(canvas), "drawn plainly while it moves"
    canvas.view.grab()
    assert canvas.labels.placed, "the labels stay while the slider moves"
    assert canvas.arrows.enabled == (not canvas.interacting)
    qtbot.waitUntil(lambda: not canvas.detail.scrubbing, timeout=5_000)
    assert _in_full(canvas), "in full once the slider rests"


def test_a_small_map_and_playing_draw_every_step_in_full(
    qtbot: QtBot,
    panel: GraphPanel,  # noqa: F811
    map_ids: dict[str, int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    canvas = panel.canvas
    _at_2019(qtbot, panel)
    qtbot.keyClick(panel.time_bar.slider, Qt.Key.Key_PageDown)
    assert not canvas.detail.scrubbing and _in_full(canvas), "a few ties: each step in full"

    monkeypatch.setattr(detail, "ANTIALIAS_EDGES", 1)
    bar = panel.time_bar
    qtbot.keyClick(bar.slider, Qt.Key.Key_Home)
    canvas.detail.rest()
    seen: list[bool] = []
    canvas.data_rebuilt.connect(lambda: seen.append(_in_full(canvas)))
    bar.speed.setCurrentIndex(bar.speed.findData(5))
    bar.play_button.click()
    qtbot.waitUntil(lambda: len(seen) > 10, timeout=9_000)
    bar.play_button.click()
    QApplication.processEvents()
    assert all(seen), "playing draws its steps as the room should see them"
