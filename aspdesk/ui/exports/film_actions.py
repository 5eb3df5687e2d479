"""File > Export growth film…: the network's growth between two dates as MP4, GIF or WebP.

The window hands in a :class:`GraphFilms` (the graph layer's filming of its canvas), so
this module asks and reports without knowing how the graph is drawn. The graph is copied
on the window's thread; the frames are drawn and encoded off it, with the usual progress
dialog, whose Cancel leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from aspdesk.io.errors import DataFileError, Progress
from aspdesk.io.exporting.film_options import FilmOptions
from aspdesk.ui.exports.file_task import failure_text, write_in_background
from aspdesk.ui.exports.film_dialog import FilmRequest
from aspdesk.ui.exports.image_actions import file_stem
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices


class GraphFilms(Protocol):
    """Filming the window's graph (given by the window, which joins graph and UI)."""

    def first_day(self) -> date | None: ...

    def prepare(
        self, path: Path, options: FilmOptions, title: str
    ) -> Callable[[Progress], None]: ...


class FilmActions(QObject):
    """The Export growth film action of one main window."""

    def __init__(self, services: WindowServices, films: GraphFilms) -> None:
        super().__init__(services.owner)
        self.services = services
        self.films = films
        self.action = QAction(self.tr("Export growth &film…"), services.owner)
        self.action.setToolTip(
            self.tr("The network's growth between two dates as a video or an animation")
        )
        self.action.triggered.connect(self.export_film)
        self.task: BackgroundTask | None = None
        self.last: FilmRequest | None = None  # the choices of the last export, kept

    def defaults(self) -> FilmRequest:
        """The dialog's starting choices: from the map's first dated day to today, or the
        last ones (for this map's name and first day)."""
        document = self.services.document
        name = document.map_name()
        today = date.today()
        first = min(self.films.first_day() or today, today)
        if self.last is not None:
            last = self.last
            path = last.path.with_name(file_stem(name) + last.path.suffix)
            return FilmRequest(path, replace(last.options, start=first, end=today), name)
        folder = self.services.settings.last_folder or Path.home()
        options = FilmOptions(start=first, end=today, language=document.language)
        return FilmRequest(folder / (file_stem(name) + ".mp4"), options, name)

    def export_film(self) -> None:
        """Ask for the file and choices, copy the graph, then film it."""
        services = self.services
        request = services.dialogs.film_options(self.defaults())
        if request is None:
            return
        self.last = request
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write = self.films.prepare(request.path, request.options, request.title)
        except DataFileError as error:
            self._on_task_failed(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        label = self.tr("Filming {path}…").format(path=request.path)
        self.task = write_in_background(
            services,
            label,
            write,
            written=lambda: self._on_task_finished(request.path),
            failed=self._on_task_failed,
            cancelled_text=self.tr("Export cancelled; no file was written."),
        )

    def _on_task_finished(self, path: Path) -> None:
        self.services.settings.last_folder = path.parent
        self.services.say(self.tr("Film saved to {path}").format(path=path))

    def _on_task_failed(self, error: object) -> None:
        self.services.dialogs.error(self.tr("The film was not saved"), failure_text(error))
