"""Running long work off the window's thread, with a progress dialog meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class BackgroundTask(QObject):
    """Runs ``work`` in a thread; ``finished`` or ``failed`` arrive on the window's thread.

    The window stays responsive (it repaints, and the dialog's busy bar moves) while, for
    example, an export of 10,000 actors writes its file.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.work = work
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.finished.connect(self._on_done)
        self.failed.connect(self._on_done)
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        """Begin the work on the next turn of the event loop, so that whoever started it
        can still connect to ``finished`` and ``failed`` before either can fire."""
        QTimer.singleShot(0, self._thread.start)

    def _run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the window, which says what went wrong
            self.failed.emit(error)
            return
        self.finished.emit(result)

    def _on_done(self, _value: object) -> None:
        self.dialog.reset()
        self.dialog.hide()
