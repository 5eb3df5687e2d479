"""Maps the system hands to the running aspdesk: macOS sends a ``QFileOpenEvent`` for a
document double-clicked in Finder or dropped on the Dock icon, to the process already
running (or just started, with no path among its arguments), rather than starting another.

Linux and Windows start a new aspdesk process for each double-clicked map (the launcher's
``%f``, the installer's ``"%1"``), so this only ever acts on macOS; it is tested by posting
the event as macOS does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


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
