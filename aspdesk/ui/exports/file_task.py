"""Writing an export's file off the window's thread: the progress dialog, and what the
window says when it is written, cancelled or refused. The image, film and web map exports
all write so; each says it in its own words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from aspdesk.io.errors import DataFileError, Progress
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices


def failure_text(error: object) -> str:
    """What to tell the user of ``error`` (a data file's error in the window's language)."""
    if isinstance(error, DataFileError):
        return error.text(QCoreApplication.translate)
    return str(error)


def write_in_background(
    services: WindowServices,
    label: str,
    work: Callable[[Progress], object],
    *,
    written: Callable[[], None],
    failed: Callable[[object], None],
    cancelled_text: str,
) -> BackgroundTask:
    """Start ``work`` under the progress dialog titled ``label``; ``written`` or ``failed``
    (with the error) is called when it ends, ``cancelled_text`` said when it is cancelled."""
    task = BackgroundTask(services.owner, label, work)
    task.finished.connect(lambda _result: written())
    task.failed.connect(failed)
    task.cancelled.connect(lambda: services.say(cancelled_text))
    task.start()
    return task
