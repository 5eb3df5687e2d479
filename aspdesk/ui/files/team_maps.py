"""File > Open team map… and team maps in Open recent: asking, opening, keeping passwords.

A password is asked only when the server wants one that libpq did not find (in
``~/.pgpass``) and the keyring has none kept; the dialog then comes back with the server's
reason, as it does for a certificate problem (the dialog's Encryption setting mends it).
A map that opened is put in the recent list by its address, never its password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from aspdesk.app.document import Document
from aspdesk.app.team import open_team_document
from aspdesk.store.errors import StoreError
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import CertificateError, LoginRefusedError, PasswordNeededError
from aspdesk.ui.files.passwords import keep_password, kept_password, keyring_usable
from aspdesk.ui.files.team_dialog import TeamMapRequest
from aspdesk.ui.window.services import WindowServices

# Shows the Open team map dialog: (whether a password can be kept, the address to fill
# in, a message to show) -> what the user gave, or None for Cancel.
Ask = Callable[[bool, TeamAddress | None, str], TeamMapRequest | None]
# What the dialog can mend: a password, the login, the Encryption setting.
_ASK_AGAIN = (PasswordNeededError, LoginRefusedError, CertificateError)


def _reason(error: StoreError) -> str:
    """What the dialog says when it comes back: a password wanted is asked for here."""
    if isinstance(error, PasswordNeededError):
        return QCoreApplication.translate(
            "TeamMaps", "The server asks for a password for this map: type it below."
        )
    return error.text(QCoreApplication.translate)


def open_or_ask(
    ask: Ask,
    address: TeamAddress | None,
    language: str,
    *,
    password: str = "",
    ask_first: bool = False,
) -> tuple[Document, TeamAddress] | None:
    """Open the team map at ``address``, asking (again) while the server wants a password
    or refuses the login; None when the user cancelled. Raises StoreError otherwise."""
    message = ""
    if address is not None and not ask_first:
        try:
            document = open_team_document(address, password or kept_password(address), language)
        except _ASK_AGAIN as error:
            message = _reason(error)
        else:
            return document, address
    while True:
        request = ask(keyring_usable(), address, message)
        if request is None:
            return None
        address = request.address
        try:
            document = open_team_document(
                address, request.password or kept_password(address), language
            )
        except _ASK_AGAIN as error:
            message = _reason(error)
            continue
        if request.remember and request.password:
            keep_password(address, request.password)
        return document, address


class TeamMaps(QObject):
    """Opens team maps for one main window; ``show`` puts an opened map in the window."""

    def __init__(self, services: WindowServices, show: Callable[[Document], None]) -> None:
        super().__init__(services.owner)
        self.services = services
        self.show_map = show
        self.action = QAction(self.tr("Open &team map…"), services.owner)
        self.action.triggered.connect(self.ask)

    def ask(self, _checked: bool = False) -> bool:
        """Ask for a team map (the last one opened filled in) and show it."""
        last = next(
            (e for e in self.services.settings.recent_entries if isinstance(e, TeamAddress)),
            None,
        )
        return self._open(last, ask_first=True)

    def open(self, address: TeamAddress) -> bool:
        """Show the team map at ``address`` (Open recent): asks only if a password is needed."""
        return self._open(address, ask_first=False)

    def _open(self, address: TeamAddress | None, *, ask_first: bool) -> bool:
        services = self.services
        try:
            opened = open_or_ask(
                services.dialogs.team_map,
                address,
                services.document.language,
                ask_first=ask_first,
            )
        except StoreError as error:
            services.dialogs.error(
                self.tr("The map could not be opened"), error.text(QCoreApplication.translate)
            )
            return False
        if opened is None:
            return False
        document, address = opened
        services.settings.add_recent_map(address)
        self.show_map(document)
        return True
