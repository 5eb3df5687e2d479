"""Map > Consortium builder…: the action of one main window, and its builder window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from aspdesk.app.paths import AppPaths
from aspdesk.ui.window.services import WindowServices

if TYPE_CHECKING:
    from aspdesk.ui.consortium.window import ConsortiumWindow


class ConsortiumActions(QObject):
    """Map > Consortium builder… of one main window: opens the window and keeps it.

    The window puts :attr:`action` in its Map menu and calls :meth:`attach` when it
    shows another map.
    """

    def __init__(self, services: WindowServices, programmes_folder: Path | None = None) -> None:
        super().__init__(services.owner)
        self.services = services
        self.programmes_folder = programmes_folder or AppPaths.for_user().programmes_dir
        self.builder: ConsortiumWindow | None = None
        self.action = QAction(self.tr("Consortium &builder…"), services.owner)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.setToolTip(
            self.tr("Gather partners for a funding programme and check its eligibility rules")
        )
        self.action.triggered.connect(self.open_builder)

    def open_builder(self) -> ConsortiumWindow:
        """Show the builder (made on first use), in front."""
        services = self.services
        if self.builder is None:
            # Imported on first use, not at the top: the main window starts without it.
            from aspdesk.ui.consortium.window import ConsortiumWindow

            self.builder = ConsortiumWindow(
                services.document, services.settings, self.programmes_folder, services.owner
            )
        self.builder.show()
        self.builder.raise_()
        self.builder.activateWindow()
        return self.builder

    def attach(self) -> None:
        """Follow the map the window shows now, if the builder is open."""
        if self.builder is not None:
            self.builder.attach(self.services.document)
