"""Work that waits for a window's first frame (aspdesk.ui.window.first_frame)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from aspdesk.ui.window.first_frame import after_first_frame

pytestmark = pytest.mark.gui


def test_work_waits_for_the_first_frame_then_runs_at_once(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    done: list[str] = []
    after_first_frame(window, lambda: done.append("metrics"))
    after_first_frame(window, lambda: done.append("health"))
    for _ in range(5):
        QApplication.processEvents()
    assert done == []  # not shown, not painted: nothing runs
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: done == ["metrics", "health"])
    after_first_frame(window, lambda: done.append("later"))
    assert done[-1] == "later"  # a map opened into a painted window starts at once
