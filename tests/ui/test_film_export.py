"""File > Export growth film…: the dialog's choices, the film written off the window's
thread and read back by ffprobe, Cancel leaving no file, the window's date put back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from aspdesk.domain.entities import EntityType
from aspdesk.graph.export.fades import faded_edges
from aspdesk.graph.export.film import capture_film
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.io.errors import Cancelled
from aspdesk.io.exporting.film_options import FilmOptions
from aspdesk.store.opening import open_map
from aspdesk.ui.exports.film_dialog import FilmExportDialog, FilmRequest
from aspdesk.ui.window.main_window import MainWindow
from tests.disk import SmallDisk
from tests.film_maps import dated_sample, probe

from .conftest import ScriptedDialogs, make_window
from .status_bar import status_said


@pytest.fixture
def dated_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the sample map dated over 2015-2020."""
    path = dated_sample(tmp_path / "dated.aspmap", tmp_path / "backups")
    yield make_window(qtbot, open_map(path, tmp_path / "backups"), tmp_path)


def _dialogs(window: MainWindow) -> ScriptedDialogs:
    assert isinstance(window.dialogs, ScriptedDialogs)
    return window.dialogs


def test_the_file_menu_offers_a_film_from_the_first_dated_day_to_today(
    dated_window: MainWindow,
) -> None:
    file_menu = dated_window.menuBar().actions()[0].menu()
    assert dated_window.films.action in file_menu.actions()
    dialogs = _dialogs(dated_window)
    dialogs.film_requests = [None]
    dated_window.films.action.trigger()
    offered = dialogs.film_defaults
    assert offered is not None
    index = dated_window.document.index
    dates = [getattr(m, "since", None) for m in index.all(EntityType.MEMBERSHIP)]
    dates += [getattr(r, "start_date", None) for r in index.all(EntityType.RELATIONSHIP)]
    assert offered.options.start == min(d for d in dates if d is not None)
    assert offered.options.end == date.today()
    assert offered.path.suffix == ".mp4" and offered.options.format == "mp4"
    assert (offered.options.width, offered.options.height, offered.options.seconds) == (
        1920,
        1080,
        12,
    )
    assert dated_window.films.task is None, "Cancel in the dialog films nothing"


def _film(qtbot: QtBot, window: MainWindow, request: FilmRequest) -> None:
    _dialogs(window).film_requests = [request]
    window.films.action.trigger()
    task = window.films.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=120_000):
        pass


def test_a_film_is_written_off_the_window_and_read_back(
    qtbot: QtBot, dated_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "kasvu.gif"
    options = FilmOptions(
        date(2015, 1, 1), date(2020, 12, 31), format="gif", seconds=2, fps=10, width=320,
        height=180,
    )  # fmt: skip
    said = status_said(dated_window)
    _film(qtbot, dated_window, FilmRequest(target, options, "Kasvu"))
    found = probe(target)
    assert (found["width"], found["height"], int(found["nb_read_frames"])) == (320, 180, 20)
    assert any("Film saved to" in text for text in said), said


def test_cancel_leaves_no_file(qtbot: QtBot, dated_window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "films"
    folder.mkdir()
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), seconds=60)
    _dialogs(dated_window).film_requests = [FilmRequest(folder / "kasvu.mp4", options, "")]
    dated_window.films.action.trigger()
    task = dated_window.films.task
    assert task is not None
    with qtbot.waitSignal(task.progressed, timeout=60_000):
        pass  # some frames are written
    said = status_said(dated_window)
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        task.dialog.canceled.emit()  # as the progress dialog's Cancel button does
    assert list(folder.iterdir()) == []
    assert any("no file was written" in text for text in said), said


def test_the_windows_date_is_lifted_for_the_film_and_put_back(
    qtbot: QtBot, dated_window: MainWindow, tmp_path: Path
) -> None:
    canvas = dated_window.graph.canvas
    graph_filter = replace(canvas.options.graph_filter, as_of=date(2015, 3, 1))
    dated_window.graph.set_filter(graph_filter)
    shown = len(canvas.data.visible.relationships)
    target = tmp_path / "kasvu.webp"
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), format="webp", seconds=2,
                          fps=5, width=320, height=180)  # fmt: skip
    assert shown < 47, "the window shows the ties of its day only"
    copied = capture_film(canvas, options, "")
    assert sum(len(group.sources) for group in copied.picture.edges) == 47, "every tie"
    assert canvas.options.graph_filter.as_of == date(2015, 3, 1), "put back"
    assert len(canvas.data.visible.relationships) == shown
    write = dated_window.films.films.prepare(target, options, "")
    assert canvas.options.graph_filter.as_of == date(2015, 3, 1)
    write(lambda _done, _total: None)
    assert target.stat().st_size > 0


def test_the_dialog_keeps_name_and_format_together_and_the_dates_in_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    options = FilmOptions(date(2015, 1, 6), date(2026, 1, 1), language="fi")
    dialog = FilmExportDialog(None, FilmRequest(tmp_path / "kasvu.mp4", options, "Kartta"), _none)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.start.text() == "6.1.2015", "dates as the frames write them in Finnish"
    dialog.format.setCurrentIndex(dialog.format.findData("gif"))
    assert dialog.path.text().endswith("kasvu.gif")
    dialog.path.setText(str(tmp_path / "kasvu.webp"))
    assert dialog.format.currentData() == "webp"
    dialog.path.setText(str(tmp_path / "kasvu.avi"))
    assert not ok.isEnabled() and ".mp4, .gif or .webp" in dialog.problem.text()
    dialog.path.setText(str(tmp_path / "kasvu.webp"))
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.end.setDate(dialog.start.date().addYears(5))
    dialog.seconds.setValue(20)
    dialog.width_px.setValue(1280)
    dialog.height_px.setValue(720)
    assert ok.isEnabled()
    request = dialog.request()
    assert request.options == replace(
        options, format="webp", end=date(2020, 1, 6), seconds=20, width=1280, height=720
    )
    assert request.title == "Kartta" and request.path == tmp_path / "kasvu.webp"


def _none(_path: Path) -> Path | None:
    return None


def test_a_node_fades_in_and_a_tie_fades_out_on_the_frames(
    qtbot: QtBot, dated_window: MainWindow
) -> None:
    canvas = dated_window.graph.canvas
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), seconds=4, fps=25)
    frames = capture_film(canvas, options, "")
    frames.prepare()
    assert frames.layout is not None
    fade = options.fade_frames
    # an actor that joins on the way: off, then fading in over `fade` frames, then whole
    nodes = frames.nodes
    actors = [n for n, (kind, _) in enumerate(frames.refs) if kind is EntityType.ACTOR]
    column = next(n for n in actors if nodes[0, n] == 0 and nodes[-1, n] == 1)
    shown = frames.nodes[:, column]
    joined = int(np.argmax(shown > 0))
    assert np.allclose(shown[joined : joined + fade], np.arange(1, fade + 1) / fade)
    point = frames.layout.to_px.map(QPointF(*frames.picture.positions[column]))
    scale = options.width / frames.layout.size.width()
    x, y = round(point.x() * scale), round(point.y() * scale)
    background = QColor(frames.picture.theme.background)

    def distance(number: int) -> int:
        pixels = frames.frame(number)
        blue, green, red = (int(v) for v in pixels[y, x, :3])
        return (
            abs(red - background.red())
            + abs(green - background.green())
            + abs(blue - background.blue())
        )

    before, halfway, after = distance(joined - 1), distance(joined + fade // 2), distance(-1)
    last = options.frames - 1
    held = frames.frame(last - 1)
    assert frames.frame(last) is held, "the last day's frames, held, are drawn once"
    assert frames.frame(joined) is not frames.frame(joined + 1)
    assert before == 0, "not drawn before it joins"
    assert 0 < halfway < after, "half drawn while it fades in"
    # a tie that ends before the last day fades out, and its line with it
    ended = [
        (g, e)
        for g, group in enumerate(frames.picture.edges)
        for e in range(len(group.sources))
        if frames.edges[g][:, e].max() == 1 and frames.edges[g][-1, e] == 0
    ]
    assert ended, "the dated sample has ties that end"
    g, e = ended[0]
    steps = np.diff(frames.edges[g][:, e])
    assert steps.min() >= -1 / fade - 1e-6 and steps.max() <= 1 / fade + 1e-6, "never jumps"


def test_faded_ties_are_drawn_in_steps_of_opacity() -> None:
    group = EdgeGroup(
        colour="#444444", dash="solid", width=1.0,
        sources=np.array([0, 1, 2, 3]), targets=np.array([1, 2, 3, 0]),
        slots=np.zeros(4), directed=np.zeros(4, dtype=np.bool_), alpha=200,
        ids=np.array([11, 12, 13, 14]),
    )  # fmt: skip
    whole, half = faded_edges([group], [np.array([1.0, 0.5, 0.0, 1.0], dtype=np.float32)])
    assert whole.ids.tolist() == [11, 14] and whole.alpha == 200, "the whole ones first"
    assert half.ids.tolist() == [12] and half.alpha == 100
    assert faded_edges([group], [np.zeros(4, dtype=np.float32)]) == []


def test_a_film_on_a_full_disk_says_so_and_leaves_nothing(
    qtbot: QtBot, dated_window: MainWindow, small_disk: SmallDisk
) -> None:
    target = small_disk.path / "kasvu.mp4"
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), seconds=2, fps=10, width=640,
                          height=360)  # fmt: skip
    small_disk.fill(leave=4 * 1024)
    dialogs = _dialogs(dated_window)
    dialogs.film_requests = [FilmRequest(target, options, "")]
    dated_window.films.action.trigger()
    task = dated_window.films.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=120_000):
        pass
    (message,) = dialogs.errors
    assert message.startswith(f"{target}: Nothing was written: the disk is full"), message
    assert small_disk.files() == set()

    small_disk.make_room()
    dialogs.errors.clear()
    _film(qtbot, dated_window, FilmRequest(target, options, ""))
    assert small_disk.files() == {target.name}


def test_a_cancel_while_the_days_are_asked_stops_before_any_frame(
    dated_window: MainWindow, tmp_path: Path
) -> None:
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), seconds=2, fps=10)
    frames = capture_film(dated_window.graph.canvas, options, "")
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if len(heard) == 3:
            raise Cancelled

    folder = tmp_path / "films"
    folder.mkdir()
    with pytest.raises(Cancelled):
        frames.write(folder / "kasvu.mp4", progress)
    assert heard == [(0, 0)] * 3, "the days are asked before any frame, their total unknown"
    assert frames.layout is None and list(folder.iterdir()) == []


def test_the_dialog_fits_a_laptops_screen_in_every_language(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    options = FilmOptions(date(2015, 1, 6), date(2026, 1, 1), language=language)
    request = FilmRequest(tmp_path / "Arctic Smartness Portfolio 2015.mp4", options, "Kartta")
    dialog = FilmExportDialog(None, request, _none)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.frameGeometry().size()
    assert size.width() <= 1366 and size.height() <= 700, (language, size)
    for combo in (dialog.format, dialog.theme):  # each choice's words whole in its box
        texts = [combo.itemText(i) for i in range(combo.count())]
        widest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts)
        assert combo.width() > widest, (language, texts)
