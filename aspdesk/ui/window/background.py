"""Running long work off the window's thread, with a progress dialog meanwhile."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from aspdesk.io.errors import Cancelled, Progress

# How often the worker may tell the dialog how far it is (seconds): often enough for a
# moving bar, seldom enough not to flood the window's event queue.
REPORT_EVERY = 0.05


class BackgroundTask(QObject):
    """Runs ``work(progress)`` in a thread; ``finished``, ``failed`` or ``cancelled``
    arrive on the window's thread.

    The window stays responsive (it repaints, and the dialog's bar moves) while, for
    example, an export of 10,000 actors writes its file. ``work`` calls ``progress(done,
    total)`` now and then; once the user has pressed Cancel, that call raises
    :class:`Cancelled`, which ``work`` lets through after undoing what it started.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(self, parent: QWidget, label: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.work = work
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self._stop)
        self.finished.connect(self._on_done)
        self.failed.connect(self._on_done)
        self.cancelled.connect(self._on_done)
        self.progressed.connect(self._show_progress)
        self._stop_event = threading.Event()
        self._last_report = 0.0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        """Begin the work on the next turn of the event loop, so that whoever started it
        can still connect to the signals before any can fire."""
        QTimer.singleShot(0, self._thread.start)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (as the Cancel button does)."""
        self._stop()

    def _stop(self) -> None:
        self._stop_event.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop_event.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY or (total and done >= total):
            self._last_report = now
            self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as error:  # handed to the window, which says what went wrong
            self.failed.emit(error)
            return
        self.finished.emit(result)

    def _show_progress(self, done: int, total: int) -> None:
        if self._stop_event.is_set():
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))

    def _on_done(self, _value: object = None) -> None:
        self.dialog.reset()
        self.dialog.hide()
