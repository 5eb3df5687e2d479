"""What the main window's helpers may use of it: the map on show, settings, dialogs, status.

The File, Import, Export, Consortium and Add helpers once each held the whole
``MainWindow`` and reached into it (the map-file actions 35 times), so every helper
imported the window and the window imported every helper. They now get this object and,
where they need one more thing of the window (its graph, its importer), a callable for
just that. The window keeps :attr:`document` and :attr:`dialogs` up to date here: it
replaces the document when another map is opened, and tests replace the dialogs with
scripted ones.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from aspdesk.app.conflicts import EditConflict
from aspdesk.app.document import Document
from aspdesk.app.settings import Settings
from aspdesk.ui.window.dialogs import Dialogs

STATUS_MS = 8000  # how long a status-bar message stays: long enough to read a path


class WindowServices:
    """The window's shared parts, as its helpers see them."""

    def __init__(
        self, owner: QMainWindow, settings: Settings, dialogs: Dialogs, document: Document
    ) -> None:
        # Parent of the helpers' actions, menus, dialogs and background tasks.
        self.owner = owner
        self.settings = settings
        self.dialogs = dialogs
        self.document = document

    def ask_conflict(self, conflict: EditConflict) -> None:
        """Ask whose value to keep where an edit met another user's change, and do it."""
        self.document.resolve(conflict, use_mine=self.dialogs.conflict(conflict))

    def say(self, text: str, ms: int = STATUS_MS) -> None:
        """Show ``text`` in the window's status bar for ``ms`` milliseconds."""
        self.owner.statusBar().showMessage(text, ms)
