"""Exports from the window onto a full disk (a real small tmpfs): File > Export data as a
folder of CSV tables, File > Export image (PNG, SVG, PDF), File > Export report and the
consortium builder's partner table. Each says the disk is full and names the file, and
leaves nothing behind; "Unknown error" and half a folder of tables were what users got."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.ui.consortium.window import ConsortiumWindow
from aspdesk.ui.exports.image_dialog import ImageRequest
from aspdesk.ui.window.main_window import MainWindow
from tests.disk import SmallDisk
from tests.ui.consortium_helpers import actor_named, scripted

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui

FULL = "Nothing was written: the disk is full. Free some space or choose another disk"


def _dialogs(window: MainWindow) -> ScriptedDialogs:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    return dialogs


def test_csv_tables_on_a_full_disk(qtbot: QtBot, window: MainWindow, small_disk: SmallDisk) -> None:
    dialogs = _dialogs(window)
    dialogs.paths = [small_disk.path / "taulut.csv"]
    small_disk.fill(leave=16 * 1024)  # two or three of the seven tables would fit
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    assert dialogs.errors == [f"{small_disk.path / 'taulut'}: {FULL}, then try again."]
    assert small_disk.files() == set()


def _draw(qtbot: QtBot, window: MainWindow, target: Path) -> bool:
    """File > Export image… of ``target`` (its suffix the format); True when it was saved."""
    request = ImageRequest(target, ImageOptions(format=target.suffix[1:]), "Verkko")
    _dialogs(window).image_requests = [request]
    window.images.export_action.trigger()
    task = window.images.task
    assert task is not None
    saved: list[bool] = []
    task.finished.connect(lambda _result: saved.append(True))
    task.failed.connect(lambda _error: saved.append(False))
    qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
    return saved[0]


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_an_image_on_a_full_disk(
    qtbot: QtBot, window: MainWindow, small_disk: SmallDisk, suffix: str
) -> None:
    target = small_disk.path / f"verkko.{suffix}"
    small_disk.fill(leave=4 * 1024)
    assert not _draw(qtbot, window, target)
    (message,) = _dialogs(window).errors
    assert message.startswith(f"{target}: {FULL}")
    assert small_disk.files() == set()

    small_disk.make_room()
    _dialogs(window).errors.clear()
    assert _draw(qtbot, window, target)
    assert small_disk.files() == {target.name}


@pytest.mark.parametrize("name", ["raportti.pdf", "raportti.html"])
def test_a_report_on_a_full_disk(window: MainWindow, small_disk: SmallDisk, name: str) -> None:
    dialogs = _dialogs(window)
    target = small_disk.path / name
    dialogs.paths = [target]
    small_disk.fill(leave=4 * 1024)
    window.report.action.trigger()
    (message,) = dialogs.errors
    assert message.startswith(f"{target}: {FULL}")
    assert small_disk.files() == set()


@pytest.mark.parametrize("name", ["kumppanit.xlsx", "kumppanit.pdf"])
def test_a_partner_table_on_a_full_disk(
    window: MainWindow, builder: ConsortiumWindow, small_disk: SmallDisk, name: str
) -> None:
    builder.add_actor(actor_named(window.document, "Lapin liitto").id or 0)
    dialogs = scripted(builder)
    target = small_disk.path / name
    dialogs.paths = [target]
    small_disk.fill(leave=2 * 1024)
    builder.output.export_partner_table()
    (message,) = dialogs.errors
    assert message.startswith(f"{target}: {FULL}")
    assert small_disk.files() == set()
