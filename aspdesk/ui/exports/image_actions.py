"""File > Export image… and Edit > Copy image: pictures of the graph for reports and slides.

The window hands in a :class:`GraphImages` (the graph layer's drawing of its canvas), so
this module asks and reports without knowing how the graph is drawn. The graph is copied
on the window's thread; drawing and writing the file run off it, with the usual progress
dialog, so a big map does not freeze the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence

from aspdesk.io.errors import DataFileError, Progress
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.ui.exports.file_task import failure_text, write_in_background
from aspdesk.ui.exports.image_dialog import ImageRequest
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices


class GraphImages(Protocol):
    """Drawing the window's graph (given by the window, which joins graph and UI)."""

    def prepare(
        self, path: Path, options: ImageOptions, title: str, all_views: bool = False
    ) -> Callable[[Progress], None]: ...

    def view_image(self, scale: float) -> QImage: ...


def file_stem(name: str) -> str:
    """A file name from a map's name: no slashes or other characters systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")
    return stem or "graph"


class ImageActions(QObject):
    """The export and copy actions of one main window."""

    def __init__(self, services: WindowServices, images: GraphImages) -> None:
        super().__init__(services.owner)
        self.services = services
        self.images = images
        self.export_action = QAction(self.tr("Export &image…"), services.owner)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_image)
        self.copy_action = QAction(self.tr("Copy &image"), services.owner)
        self.copy_action.triggered.connect(self.copy_image)
        self.task: BackgroundTask | None = None
        self.last: ImageRequest | None = None  # the choices of the last export, kept

    def defaults(self) -> ImageRequest:
        """The dialog's starting choices: the last ones, or a PNG named after the map."""
        services = self.services
        document = services.document
        name = document.map_name()
        if self.last is not None:
            path = self.last.path.with_name(file_stem(name) + self.last.path.suffix)
            return ImageRequest(path, self.last.options, name, self.last.all_views)
        folder = services.settings.last_folder or Path.home()
        options = ImageOptions(language=document.language)
        return ImageRequest(folder / (file_stem(name) + ".png"), options, name)

    def export_image(self) -> None:
        """Ask for the file and choices, then draw the graph into it."""
        services = self.services
        request = services.dialogs.image_options(self.defaults())
        if request is None:
            return
        self.last = request
        try:
            draw = self.images.prepare(
                request.path, request.options, request.title, request.all_views
            )
        except DataFileError as error:
            self._on_task_failed(error)
            return
        label = self.tr("Drawing {path}…").format(path=request.path)
        self.task = write_in_background(
            services,
            label,
            draw,
            written=lambda: self._on_task_finished(request.path),
            failed=self._on_task_failed,
            cancelled_text=self.tr("Export cancelled; no file was written."),
        )

    def _on_task_finished(self, path: Path) -> None:
        self.services.settings.last_folder = path.parent
        self.services.say(self.tr("Image saved to {path}").format(path=path))

    def _on_task_failed(self, error: object) -> None:
        self.services.dialogs.error(self.tr("The image was not saved"), failure_text(error))

    def copy_image(self) -> None:
        """Put the graph, as the window shows it now, on the clipboard."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = self.images.view_image(self.services.owner.devicePixelRatioF())
        finally:
            QGuiApplication.restoreOverrideCursor()
        QGuiApplication.clipboard().setImage(image)
        self.services.say(self.tr("The graph is on the clipboard"))
