"""Map > Consortium builder…: the action of one main window, and its builder window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from aspdesk.app.paths import AppPaths
from aspdesk.ui.consortium.window import ConsortiumWindow

if TYPE_CHECKING:
    from aspdesk.ui.window.main_window import MainWindow


class ConsortiumActions(QObject):
    """Map > Consortium builder… of one main window: opens the window and keeps it.

    Wire into the main window with ``self.consortium = ConsortiumActions(self)`` while
    building the actions and ``self.map_menu.addAction(self.consortium.action)``.
    """

    def __init__(self, window: MainWindow, programmes_folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.programmes_folder = programmes_folder or AppPaths.for_user().programmes_dir
        self.builder: ConsortiumWindow | None = None
        self.action = QAction(self.tr("Consortium &builder…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.setToolTip(
            self.tr("Gather partners for a funding programme and check its eligibility rules")
        )
        self.action.triggered.connect(self.open_builder)
        window.document_replaced.connect(self._on_window_document_replaced)

    def open_builder(self) -> ConsortiumWindow:
        """Show the builder (made on first use), in front."""
        window = self.window
        if self.builder is None:
            self.builder = ConsortiumWindow(
                window.document, window.settings, self.programmes_folder, window
            )
        self.builder.show()
        self.builder.raise_()
        self.builder.activateWindow()
        return self.builder

    def _on_window_document_replaced(self) -> None:
        if self.builder is not None:
            self.builder.attach(self.window.document)
