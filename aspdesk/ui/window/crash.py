"""An unexpected error: say so plainly, keep the details, and keep running.

A bug must not cost a coordinator their work or their trust. Every edit is already in the
map file when its command returns (one transaction each), so after an error in a slot the
map is intact and the window can go on. :class:`CrashHandler` replaces ``sys.excepthook``
(and the thread hook): it writes the details to a log in the user's log folder, shows a
dialog that says the map is safe, with a button to copy the details for a bug report, and
returns to the event loop. A second error while the dialog is open is only logged.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging import Formatter, Logger, getLogger
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from aspdesk import __version__

LOG_NAME = "aspdesk.log"
LOG_BYTES = 1_000_000
LOG_COPIES = 3

# Shows the report to the user: (summary, details, log file).
Presenter = Callable[[str, str, Path | None], None]


def error_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The text of a bug report: versions, time and the traceback."""
    lines = traceback.format_exception(kind, error, trace)
    header = (
        f"aspdesk {__version__}, Python {platform.python_version()}, "
        f"{platform.platform()}, {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n"
    )
    return header + "".join(lines)


class CrashHandler(QObject):
    """Logs unexpected exceptions and tells the user, on the window's thread."""

    # Errors in other threads are reported on the window's thread.
    reported = Signal(str, str)

    def __init__(self, log_dir: Path | None, presenter: Presenter | None = None) -> None:
        super().__init__()
        self.log_file = log_dir / LOG_NAME if log_dir is not None else None
        self.presenter: Presenter = presenter or show_error_dialog
        self.showing = False
        self.count = 0
        self._logger = self._make_logger()
        self.reported.connect(self._present, Qt.ConnectionType.QueuedConnection)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def _make_logger(self) -> Logger | None:
        if self.log_file is None:
            return None
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                self.log_file, maxBytes=LOG_BYTES, backupCount=LOG_COPIES, encoding="utf-8"
            )
        except OSError:
            self.log_file = None  # a log that cannot be written must not add a second failure
            return None
        handler.setFormatter(Formatter("%(message)s"))
        logger = getLogger(f"aspdesk.crash.{id(self)}")
        logger.propagate = False
        logger.addHandler(handler)
        return logger

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back and close the log."""
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if self._logger is not None:
            for handler in list(self._logger.handlers):
                handler.close()
                self._logger.removeHandler(handler)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Log one unexpected exception and report it (the window keeps running)."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = error_details(kind, error, trace)
        self.count += 1
        if self._logger is not None:
            self._logger.error("%s\n%s", "-" * 72, details)
        summary = f"{kind.__name__}: {error}"
        self.reported.emit(summary, details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _present(self, summary: str, details: str) -> None:
        if self.showing:
            return  # one dialog at a time; the rest is in the log
        self.showing = True
        try:
            self.presenter(summary, details, self.log_file)
        finally:
            self.showing = False


def show_error_dialog(summary: str, details: str, log_file: Path | None) -> None:
    """The dialog a user sees after an unexpected error."""
    translate = QCoreApplication.translate
    title = translate("CrashHandler", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "CrashHandler",
            "aspdesk ran into an error it did not expect. Your map is safe: every change "
            "made before this was already saved. You can go on working.",
        )
    )
    where = (
        translate("CrashHandler", "The details were written to {path}.").format(path=log_file)
        if log_file is not None
        else ""
    )
    box.setInformativeText(f"{summary}\n\n{where}".strip())
    box.setDetailedText(details)
    copy = box.addButton(
        translate("CrashHandler", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.exec()
