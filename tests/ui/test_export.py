"""File > Export data writes the chosen format without freezing the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import RenameMap
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs
from .status_bar import status_said

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".zip", ".graphml", ".gexf"])
def test_export_each_format(qtbot: QtBot, window: MainWindow, tmp_path: Path, suffix: str) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / f"out{suffix}"
    dialogs.paths = [target]
    dialogs.choices = [0]  # a backup without its history
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert target.is_file() and target.stat().st_size > 0
    assert dialogs.errors == []
    if suffix == ".json":
        data = json.loads(target.read_text(encoding="utf-8"))
        assert len(data["actors"]) == 21
        assert "changes" not in data


def test_a_backup_with_its_history(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    window.document.push(RenameMap(window.document, window.document.map_name(), "Uusi", "Nimi"))
    target = tmp_path / "out.json"
    dialogs.paths, dialogs.choices = [target], [1]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    changes = json.loads(target.read_text(encoding="utf-8"))["changes"]
    assert changes[-1]["summary"] == "Nimi"
    assert changes[-1]["changes"] == [
        {"subject": "map", "entity_id": 0, "field": "name", "old": changes[-1]["changes"][0]["old"],
         "new": "Uusi"}
    ]  # fmt: skip
    # Asked, and cancelled: nothing is written.
    dialogs.paths, dialogs.choices = [tmp_path / "not.json"], []
    window.map_files.export_action.trigger()
    assert not (tmp_path / "not.json").exists()
    # Workshop-safe: never with the history, and not asked.
    window.document.set_hide_personal(True)
    dialogs.paths, dialogs.choices = [tmp_path / "safe.json"], [1]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert "changes" not in json.loads((tmp_path / "safe.json").read_text(encoding="utf-8"))
    assert dialogs.choices == [1], "not asked"


def test_export_failure_is_reported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialogs.paths = [blocker / "out.xlsx"]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    (message,) = dialogs.errors
    assert "out.xlsx" in message


def test_export_can_be_cancelled(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "out.xlsx"
    dialogs.paths = [target]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    said = status_said(window)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        pass
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    assert any("cancelled" in text for text in said), said
