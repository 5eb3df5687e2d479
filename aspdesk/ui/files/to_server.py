"""File > Copy this map to a server…: a map file becomes a team map.

The Open team map dialog's fields ask where (an empty database on which ``aspdesk server
init`` has been run); the copy is written off the window's thread with the app's progress
dialog (Cancel writes nothing), in one server transaction (:mod:`aspdesk.store.team.to_server`),
and the window then shows the new team map. A database that already holds a map is
refused with a message; a password the server asks for is asked for again in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from aspdesk.app.document import Document
from aspdesk.app.team import copy_map_to_server, open_team_document
from aspdesk.io.errors import Progress
from aspdesk.store.errors import StoreError
from aspdesk.store.team.errors import CertificateError, LoginRefusedError, PasswordNeededError
from aspdesk.ui.files.passwords import keep_password, keyring_usable
from aspdesk.ui.files.team_dialog import TeamMapRequest
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices


class ServerCopies(QObject):
    """The Copy this map to a server action of one main window; ``show`` puts a map there."""

    def __init__(self, services: WindowServices, show: Callable[[Document], None]) -> None:
        super().__init__(services.owner)
        self.services = services
        self.show_map = show
        self.action = QAction(self.tr("Copy this map to a &server…"), services.owner)
        self.action.triggered.connect(self.ask)
        self.task: BackgroundTask | None = None
        self.request: TeamMapRequest | None = None

    def update_action(self) -> None:
        """Offered on a map file (a team map is on a server already)."""
        self.action.setVisible(self.services.document.team_address is None)

    def ask(self, _checked: bool = False, message: str = "") -> bool:
        """Ask where to copy the map and start copying it; False when cancelled."""
        services = self.services
        if services.document.team_address is not None:
            return False
        last = self.request.address if self.request is not None else None
        request = services.dialogs.team_map(keyring_usable(), last, message, copying=True)
        if request is None:
            return False
        self.request = request
        document = services.document

        def work(progress: Progress) -> int:
            return copy_map_to_server(document, request.address, request.password, progress)

        label = self.tr("Copying {map} to {server}…").format(
            map=document.map_name(), server=request.address.url()
        )
        self.task = BackgroundTask(services.owner, label, work)
        self.task.finished.connect(self._on_copied)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.start()
        return True

    def _on_copied(self, _rows: int) -> None:
        services, request = self.services, self.request
        assert request is not None
        if request.remember and request.password:
            keep_password(request.address, request.password)
        try:
            team = open_team_document(request.address, request.password, services.document.language)
        except StoreError as error:
            services.dialogs.error(
                self.tr("The map was copied but could not be opened"),
                error.text(QCoreApplication.translate),
            )
            return
        services.settings.add_recent_map(request.address)
        self.show_map(team)
        services.say(
            self.tr("Copied to the team map {map}; this window shows it now.").format(
                map=team.team_place()
            ),
            10000,
        )

    def _on_failed(self, error: object) -> None:
        if isinstance(error, PasswordNeededError | LoginRefusedError | CertificateError):
            # As File > Open team map… does: the dialog again, saying why.
            if isinstance(error, PasswordNeededError):
                reason = self.tr("The server asks for a password: type it below.")
            else:
                reason = error.text(QCoreApplication.translate)
            self.ask(message=reason)
            return
        text = (
            error.text(QCoreApplication.translate) if isinstance(error, StoreError) else str(error)
        )
        self.services.dialogs.error(self.tr("The map was not copied to the server"), text)

    def _on_cancelled(self) -> None:
        self.services.say(self.tr("Copy cancelled; nothing was written to the server."))
