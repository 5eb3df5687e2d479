"""File > Export web map…: the map as one HTML page partners open in any browser, offline.

The window hands in a :class:`WebMaps` (the graph layer's copy of its canvas), so this
module asks and reports without knowing how the graph is drawn. The graph is copied on
the window's thread (each saved view shown in turn, then the graph put back); the page is
written off it, with the usual progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from aspdesk.io.errors import DataFileError, Progress
from aspdesk.ui.exports.file_task import failure_text, write_in_background
from aspdesk.ui.exports.image_actions import file_stem
from aspdesk.ui.exports.web_map_dialog import WebMapChoice
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices


class WebMaps(Protocol):
    """Copying the window's graph into a web map (given by the window, which joins graph
    and UI)."""

    def views(self) -> int: ...

    def prepare(
        self, path: Path, title: str, all_views: bool, personal: bool
    ) -> Callable[[Progress], None]: ...


class WebMapActions(QObject):
    """The Export web map action of one main window."""

    def __init__(self, services: WindowServices, maps: WebMaps) -> None:
        super().__init__(services.owner)
        self.services = services
        self.maps = maps
        self.action = QAction(self.tr("Export &web map…"), services.owner)
        self.action.setToolTip(
            self.tr("One web page of the map that partners open in any browser, offline")
        )
        self.action.triggered.connect(self.export_web_map)
        self.task: BackgroundTask | None = None
        self.last: WebMapChoice | None = None  # the choices of the last export, kept

    def defaults(self) -> WebMapChoice:
        """The dialog's starting choices: the last ones (for this map's name), or a page
        named after the map without personal data."""
        name = self.services.document.map_name()
        if self.last is not None:
            path = self.last.path.with_name(file_stem(name) + ".html")
            return WebMapChoice(path, name, self.last.all_views, self.last.personal)
        folder = self.services.settings.last_folder or Path.home()
        return WebMapChoice(folder / (file_stem(name) + ".html"), name)

    def export_web_map(self) -> None:
        """Ask for the file and choices, copy the graph, then write the page."""
        services = self.services
        allowed = not services.document.hide_personal
        choice = services.dialogs.web_map_options(self.defaults(), self.maps.views(), allowed)
        if choice is None:
            return
        self.last = choice
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write = self.maps.prepare(
                choice.path, choice.title, choice.all_views, choice.personal and allowed
            )
        except DataFileError as error:
            self._on_task_failed(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        label = self.tr("Writing {path}…").format(path=choice.path)
        self.task = write_in_background(
            services,
            label,
            write,
            written=lambda: self._on_task_finished(choice),
            failed=self._on_task_failed,
            cancelled_text=self.tr("Export cancelled; no file was written."),
        )

    def _on_task_finished(self, choice: WebMapChoice) -> None:
        self.services.settings.last_folder = choice.path.parent
        if choice.personal:
            text = self.tr("Web map saved to {path}, with personal data")
        else:
            text = self.tr("Web map saved to {path}, without personal data")
        self.services.say(text.format(path=choice.path))

    def _on_task_failed(self, error: object) -> None:
        self.services.dialogs.error(self.tr("The web map was not saved"), failure_text(error))
