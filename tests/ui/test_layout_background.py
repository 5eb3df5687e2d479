"""The force layout of a big map runs off the window's thread, with progress and Cancel,
and is one undo step; Cancel leaves the map as it was. Small maps are laid out at once."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from aspdesk.analysis.layout.positions import force_layout
from aspdesk.graph.layouts import run as layouts
from aspdesk.graph.layouts.run import BACKGROUND_ABOVE
from aspdesk.io.errors import Progress
from aspdesk.store.opening import open_map
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.main_window import MainWindow
from tests.benchmarks.generate import generate_map

from .conftest import make_window

pytestmark = pytest.mark.gui

ACTORS = 1100  # over BACKGROUND_ABOVE nodes


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.aspmap"
    return generate_map(path, actors=ACTORS, relationships=2500, clusters=3)


@pytest.fixture
def big_window(qtbot: QtBot, big_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    copy = tmp_path / "big.aspmap"
    shutil.copy(big_file, copy)
    window = make_window(qtbot, open_map(copy, tmp_path / "backups"), tmp_path)
    window.graph.layouts.animate = False
    assert len(window.graph.canvas.data.refs) > BACKGROUND_ABOVE
    yield window


def test_cancel_leaves_the_map_as_it_was(
    qtbot: QtBot, big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    midway = threading.Event()

    def held_layout(*args: Any, progress: Progress, **kwargs: Any) -> Any:
        """The real layout, held after its first steps (reporting progress) until cancelled."""

        def holding(done: int, total: int) -> None:
            progress(done, total)
            if done == 5:
                midway.set()
                for _ in range(6000):  # at most a minute
                    progress(done, total)  # raises Cancelled once Cancel is pressed
                    threading.Event().wait(0.01)

        return force_layout(*args, progress=holding, **kwargs)

    monkeypatch.setattr(layouts, "force_layout", held_layout)
    canvas, stack = big_window.graph.canvas, big_window.document.undo_stack
    before, steps = canvas.data.positions.copy(), stack.count()

    big_window.graph.layout_actions["force"].trigger()

    task = big_window.graph.layouts.task
    assert isinstance(task, BackgroundTask) and isinstance(task.dialog, QProgressDialog)
    qtbot.waitUntil(midway.is_set, timeout=30_000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=10_000)  # shown after 300 ms
    qtbot.waitUntil(lambda: task.dialog.value() >= 5, timeout=10_000)
    assert task.dialog.maximum() >= 300
    assert f"{len(canvas.data.refs)} nodes" in task.dialog.labelText()
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert big_window.graph.layouts.task is None
    assert np.array_equal(canvas.data.positions, before)
    assert stack.count() == steps
    saved = big_window.document.index.get(canvas.data.refs[0].type, canvas.data.refs[0].id)
    assert (saved.x, saved.y) == tuple(before[0])  # type: ignore[union-attr]


def test_the_finished_layout_is_one_undo_step(qtbot: QtBot, big_window: MainWindow) -> None:
    canvas, stack = big_window.graph.canvas, big_window.document.undo_stack
    before, steps = canvas.data.positions.copy(), stack.count()

    big_window.graph.layout_actions["force"].trigger()

    # Nothing moved yet: the layout is computed off the window's thread.
    assert isinstance(big_window.graph.layouts.task, BackgroundTask)
    assert np.array_equal(canvas.data.positions, before) and stack.count() == steps
    qtbot.waitUntil(lambda: stack.count() == steps + 1, timeout=60_000)
    assert big_window.graph.layouts.task is None
    assert stack.text(steps) == "Layout: Force-directed"
    after = canvas.data.positions.copy()
    assert not np.allclose(after, before)
    stack.undo()  # the canvas redraws from the map on its next turn
    qtbot.waitUntil(lambda: np.allclose(canvas.data.positions, before), timeout=5000)
    stack.redo()
    qtbot.waitUntil(lambda: np.allclose(canvas.data.positions, after), timeout=5000)


def test_a_small_map_is_laid_out_at_once(window: MainWindow) -> None:
    assert len(window.graph.canvas.data.refs) <= BACKGROUND_ABOVE
    window.graph.layouts.animate = False
    stack = window.document.undo_stack
    steps = stack.count()
    window.graph.layout_actions["force"].trigger()
    assert window.graph.layouts.task is None and stack.count() == steps + 1
