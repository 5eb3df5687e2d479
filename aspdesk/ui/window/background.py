"""Running long work off the window's thread, with a progress dialog meanwhile, and
stopping it when the window closes."""

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

# How long a closing window waits for its tasks to stop (seconds, for all of them together).
# Work stops at its next progress report, within a fraction of a second; a thread still
# running after this is not cut off either: Python waits for it before the process ends.
STOP_WAIT = 10.0


class BackgroundTask(QObject):
    """Runs ``work(progress)`` in a thread; ``progressed``, and ``finished``, ``failed``
    or ``cancelled``, arrive on the window's thread.

    The window stays responsive (it repaints, and the dialog's bar moves) while, for
    example, an export of 10,000 actors writes its file. ``work`` calls ``progress(done,
    total)`` now and then; once the user has pressed Cancel, that call raises
    :class:`Cancelled`, which ``work`` lets through after undoing what it started.

    Work that ``only_reads`` (it reads and computes, and the window stores what it gives)
    honours a Cancel to the end: a result that comes in after the user pressed Cancel is
    dropped and the task reports ``cancelled``. Work may end without calling ``progress``
    again after the press (a workbook's last half second of loading is in calamine), and
    the window then opened the import's preview the user had cancelled. Work that writes
    reports ``finished`` when it finished: what it wrote is there.

    :meth:`stop` ends the task for good (a closing window stops its tasks with
    :func:`stop_tasks`): the work is cancelled, its thread waited for, and nothing more is
    reported, so no handler acts on a window or a map that is gone. The thread is not a
    daemon: one that outlives the window is waited for before the process ends, never cut
    off in the middle of writing a file.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)
    # How the work ended ("finished", "failed" or "cancelled") and its result or error, and
    # how far it is, from the worker to the window's thread, where the public signals are
    # sent. So a public signal is never sent from the worker: a handler connected or
    # disconnected on the window's thread while the worker sent one crashed the process
    # (a test that waited for the first progress, in CI).
    _ended = Signal(str, object)
    _reported = Signal(int, int)

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], Any],
        *,
        only_reads: bool = False,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.only_reads = only_reads
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
        self._reported.connect(self._on_reported)
        self._ended.connect(self._on_ended)
        self._stop_event = threading.Event()
        self._stopped = False  # for good: nothing more is reported (read on the window's thread)
        self._last_report = 0.0
        self._thread = threading.Thread(target=self._run, name=f"aspdesk: {label}")

    def start(self) -> None:
        """Begin the work on the next turn of the event loop, so that whoever started it
        can still connect to the signals before any can fire."""
        QTimer.singleShot(0, self._begin)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (as the Cancel button does)."""
        self._stop()

    def stop(self) -> None:
        """Cancel the work for good, without waiting: ``finished``, ``failed`` and
        ``cancelled`` stay silent from now on, even for work that already ended."""
        self._stopped = True
        self._stop_event.set()
        self._on_done()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the work's thread to end; whether it has
        (or never began)."""
        if self._thread.ident is None:
            return True
        self._thread.join(max(timeout, 0.0))
        return not self._thread.is_alive()

    def running(self) -> bool:
        """Whether the work's thread is running now."""
        return self._thread.is_alive()

    def _begin(self) -> None:
        if not self._stopped:
            self._thread.start()

    def _stop(self) -> None:
        self._stop_event.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop_event.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY or (total and done >= total):
            self._last_report = now
            self._reported.emit(done, total)

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self._ended.emit("cancelled", None)
            return
        except Exception as error:  # handed to the window, which says what went wrong
            self._ended.emit("failed", error)
            return
        self._ended.emit("finished", result)

    def _on_reported(self, done: int, total: int) -> None:
        if not self._stopped:
            self.progressed.emit(done, total)

    def _on_ended(self, outcome: str, value: object) -> None:
        if self._stopped:
            return
        if outcome == "finished" and self.only_reads and self._stop_event.is_set():
            self.cancelled.emit()  # pressed before the result was shown: as the user asked
        elif outcome == "finished":
            self.finished.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()

    def _show_progress(self, done: int, total: int) -> None:
        if self._stop_event.is_set():
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))

    def _on_done(self, _value: object = None) -> None:
        self.dialog.reset()
        self.dialog.hide()


def stop_tasks(owner: QObject, wait: float = STOP_WAIT) -> list[BackgroundTask]:
    """Stop every task under ``owner`` (a closing window) and wait for their threads, at
    most ``wait`` seconds in all; the tasks whose threads still run after that."""
    tasks = owner.findChildren(BackgroundTask)
    for task in tasks:  # all asked first, so that they stop side by side
        task.stop()
    deadline = time.monotonic() + wait
    return [task for task in tasks if not task.wait(deadline - time.monotonic())]
