"""Maps the system hands to the running aspdesk: macOS sends a ``QFileOpenEvent`` for a
document double-clicked in Finder or dropped on the Dock icon, to the process already
running (or just started, with no path among its arguments), rather than starting another.

Linux and Windows start a new aspdesk process for each double-clicked map (the launcher's
``%f``, the installer's ``"%1"``), so the filter is installed on macOS only: a filter on the
application is a call into Python for every event of every widget (8 ms of a start on the
sample map, and every mouse move after). It is tested by posting the event as macOS does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenFilter(QObject):
    """Passes the path of each file-open event of the application to ``open_path``."""

    def __init__(self, open_path: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self._open_path(Path(name))
                return True
        return super().eventFilter(watched, event)


def hand_over_files(
    app: QApplication, open_path: Callable[[Path], None], platform: str = sys.platform
) -> FileOpenFilter | None:
    """The filter installed on ``app`` that passes maps handed over to ``open_path``, on
    macOS (``platform`` "darwin"); None elsewhere, where no map is handed over."""
    if platform != "darwin":
        return None
    handed_over = FileOpenFilter(open_path, app)
    app.installEventFilter(handed_over)
    return handed_over
