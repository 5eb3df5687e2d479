"""File > Open team map…: where the map is on its server, who opens it, and a password.

The server field takes a host name (``db.example.fi`` or ``db.example.fi:5433``), a
service name from pg_service.conf (``service=cluster_map``) or a whole address
(``postgresql://…``, with ``?sslmode=…`` for TLS as libpq has it). A password left empty
is looked up as libpq looks it up (``~/.pgpass``) or, when one was kept there, in the
system keyring. The "remember" tick is there only when the keyring works on this
computer (:mod:`aspdesk.ui.files.passwords`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aspdesk.store.errors import StoreError
from aspdesk.store.team.address import TeamAddress, is_team_address


@dataclass(frozen=True)
class TeamMapRequest:
    """What the dialog was given: the address (no password), the password, the tick."""

    address: TeamAddress
    password: str
    remember: bool


class TeamMapDialog(QDialog):
    """Ask for a team map's server, database, user and password."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        can_remember: bool,
        address: TeamAddress | None = None,
        message: str = "",
        copying: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team map"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team map is one map on a PostgreSQL server that several coordinators "
                "edit. Your server's admin gives you its address and your user name."
            )
        )
        if copying:  # File > Copy this map to a server…: the same fields, another purpose
            self.setWindowTitle(self.tr("Copy this map to a server"))
            intro.setText(
                self.tr(
                    "The whole map, its history included, is copied into an empty database "
                    "on a PostgreSQL server, on which your server's admin has run aspdesk "
                    "server init. Your user there needs the owner's role (aspdesk_owner), "
                    "for the history keeps its own times and authors. The map file stays as "
                    "it is."
                )
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("teamMapMessage")
        self.message.setStyleSheet("QLabel#teamMapMessage { color: #A01010; }")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("db.example.fi, or service=name"))
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from .pgpass or the keyring"))
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        if copying:
            opening = buttons.button(QDialogButtonBox.StandardButton.Open)
            opening.setText(self.tr("&Copy"))
            opening.setIcon(QIcon())  # not Open's folder
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.request: TeamMapRequest | None = None
        if address is not None:
            self._fill(address)

    def _fill(self, address: TeamAddress) -> None:
        params = address.params()
        if "service" in params:
            self.server.setText(f"service={params['service']}")
        else:
            host = params.get("host", "")
            self.server.setText(f"{host}:{params['port']}" if params.get("port") else host)
        self.database.setText(params.get("dbname", ""))
        self.user.setText(params.get("user", ""))
        if set(params) - {"host", "port", "dbname", "user", "service"}:
            # More than the fields hold (sslmode, a socket folder): keep it all as text.
            self.server.setText(address.url())
        (self.password if self.server.text() else self.server).setFocus()

    def address(self) -> TeamAddress:
        """The address the fields give; raises StoreError when it cannot be one."""
        server = self.server.text().strip()
        if is_team_address(server) and not server.startswith("service="):
            address, _password = TeamAddress.parse(server)
            return address
        port = ""
        if not server.startswith("service=") and server.count(":") == 1:
            server, port = server.split(":")
        return TeamAddress.from_parts(
            server=server, database=self.database.text(), user=self.user.text(), port=port
        )

    def _on_buttons_accepted(self) -> None:
        try:
            address = self.address()
        except StoreError as error:
            from PySide6.QtCore import QCoreApplication

            self.problem.setText(error.text(QCoreApplication.translate))
            self.problem.show()
            return
        self.request = TeamMapRequest(
            address,
            self.password.text(),
            not self.remember.isHidden() and self.remember.isChecked(),
        )
        self.accept()
