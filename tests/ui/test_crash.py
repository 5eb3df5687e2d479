"""An unexpected error is logged and reported, and the window and the map carry on."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.domain.entities import Actor
from aspdesk.ui.crash import LOG_NAME, CrashHandler
from aspdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_reported_and_survived(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    shown: list[tuple[str, str, Path | None]] = []
    handler = CrashHandler(tmp_path / "logs", lambda *report: shown.append(report))
    handler.install()
    try:

        def broken() -> None:
            raise ValueError("Ŧeahkka went wrong")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: handler.count == 2, timeout=5000)
        # The worker's error is reported on the window's thread, queued.
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler.handle
    summary, details, log_file = shown[0]
    assert summary == "ValueError: Ŧeahkka went wrong"
    assert "Traceback" in details and "broken" in details
    assert log_file == tmp_path / "logs" / LOG_NAME
    log = log_file.read_text(encoding="utf-8")
    assert "Ŧeahkka went wrong" in log and "ZeroDivisionError" in log
    # the window still works (an edit goes through) and the map is whole
    document = window.document
    assert document.push(AddEntity(document, Actor(name="Jälkeen Oy"), "Add"))
    assert any(a.name == "Jälkeen Oy" for a in document.store.actors())
    path = window.document.store.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_log_folder_that_cannot_be_made_does_not_add_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    shown: list[object] = []
    handler = CrashHandler(blocker / "logs", lambda *report: shown.append(report))
    assert handler.log_file is None
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        handler.handle(kind, error, trace)
    assert handler.count == 1
