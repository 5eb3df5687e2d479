"""File > Open team map…: where the map is on its server, who opens it, and a password.

The server field takes a host name (``db.example.fi`` or ``db.example.fi:5433``), a
service name from pg_service.conf (``service=cluster_map``) or a whole address
(``postgresql://…``, with libpq's other settings such as ``sslrootcert``). The Database and
User fields, when filled, win over what such an address says (an edit there is never
dropped), and so does the Encryption setting (libpq's ``sslmode``) once the user chose
one; an address's own sslmode shows there when it is typed. Encryption left at "prefer"
(libpq's default) writes no sslmode, so a service's or PGSSLMODE's setting stands.
A password left empty is looked up as libpq looks it up (``~/.pgpass``) or, when one was
kept there, in the system keyring. The "remember" tick is there only when the keyring
works on this computer (:mod:`aspdesk.ui.files.passwords`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError
from aspdesk.store.team.address import TeamAddress, is_team_address

DEFAULT_SSLMODE = "prefer"  # libpq's own default
# libpq's sslmode values, each as the Encryption list says it.
SSLMODES = (
    ("disable", QT_TRANSLATE_NOOP("TeamMapDialog", "disable: never encrypted")),
    ("allow", QT_TRANSLATE_NOOP("TeamMapDialog", "allow: encrypted only if the server insists")),
    (
        "prefer",
        QT_TRANSLATE_NOOP("TeamMapDialog", "prefer: encrypted if the server offers it (default)"),
    ),
    (
        "require",
        QT_TRANSLATE_NOOP("TeamMapDialog", "require: always encrypted, certificate not checked"),
    ),
    (
        "verify-ca",
        QT_TRANSLATE_NOOP("TeamMapDialog", "verify-ca: encrypted, certificate from a trusted root"),
    ),
    (
        "verify-full",
        QT_TRANSLATE_NOOP(
            "TeamMapDialog", "verify-full: encrypted, certificate checked with the server's name"
        ),
    ),
)
_FIELDS = {"host", "port", "dbname", "user", "service", "sslmode"}


@record
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
        self.encryption = QComboBox()
        for mode, label in SSLMODES:
            self.encryption.addItem(QCoreApplication.translate("TeamMapDialog", label), mode)
        self.encryption.setCurrentIndex(self.encryption.findData(DEFAULT_SSLMODE))
        self.encryption.setToolTip(
            self.tr(
                "How the connection to the server is encrypted (TLS; libpq's sslmode). "
                "verify-full is the safest; it needs the server's root certificate."
            )
        )
        self._mode_chosen = False  # by the user: then it wins over a typed address's
        self.encryption.activated.connect(self._on_encryption_activated)
        self.server.editingFinished.connect(self._on_server_editing_finished)
        form.addRow(self.tr("&Encryption:"), self.encryption)
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
        self._show_sslmode(params)
        if set(params) - _FIELDS:
            # More than the fields hold (a root certificate, a socket folder): keep it all
            # as text.
            self.server.setText(address.url())
        (self.password if self.server.text() else self.server).setFocus()

    def _show_sslmode(self, params: dict[str, str]) -> None:
        index = self.encryption.findData(params.get("sslmode", DEFAULT_SSLMODE))
        if index >= 0:
            self.encryption.setCurrentIndex(index)

    def _on_encryption_activated(self, _index: int) -> None:
        self._mode_chosen = True

    def _on_server_editing_finished(self) -> None:
        """A whole address typed into Server: its sslmode shows in Encryption (unless the
        user chose one), its database and user in their fields when those are empty."""
        try:
            whole = self._whole_address()
        except StoreError:
            return  # said when Open is pressed
        if whole is None:
            return
        params = whole.params()
        if not self._mode_chosen and "sslmode" in params:
            self._show_sslmode(params)
        for field, key in ((self.database, "dbname"), (self.user, "user")):
            if not field.text().strip() and params.get(key):
                field.setText(params[key])

    def _whole_address(self) -> TeamAddress | None:
        """The address typed whole into Server (None when it holds a host or a service);
        raises StoreError when it cannot be read."""
        server = self.server.text().strip()
        if is_team_address(server) and not server.startswith("service="):
            return TeamAddress.parse(server)[0]
        return None

    def sslmode(self) -> str:
        """The Encryption setting's sslmode ("" for libpq's default, "prefer")."""
        mode = str(self.encryption.currentData())
        return "" if mode == DEFAULT_SSLMODE else mode

    def address(self) -> TeamAddress:
        """The address the fields give; raises StoreError when it cannot be one."""
        server = self.server.text().strip()
        whole = self._whole_address()
        if whole is not None:
            return self._with_fields(whole)
        port = ""
        if not server.startswith("service=") and server.count(":") == 1:
            server, port = server.split(":")
        return TeamAddress.from_parts(
            server=server,
            database=self.database.text(),
            user=self.user.text(),
            port=port,
            sslmode=self.sslmode(),
        )

    def _with_fields(self, whole: TeamAddress) -> TeamAddress:
        """``whole`` with what the Database, User and Encryption fields say instead."""
        from psycopg.conninfo import make_conninfo

        params = whole.params()
        for field, key in ((self.database, "dbname"), (self.user, "user")):
            if field.text().strip():
                params[key] = field.text().strip()
        if self._mode_chosen or "sslmode" not in params:
            params.pop("sslmode", None)
            if self.sslmode():
                params["sslmode"] = self.sslmode()
        return TeamAddress(make_conninfo(**dict(sorted(params.items()))))

    def _on_buttons_accepted(self) -> None:
        try:
            address = self.address()
        except StoreError as error:
            self.problem.setText(error.text(QCoreApplication.translate))
            self.problem.show()
            return
        self.request = TeamMapRequest(
            address,
            self.password.text(),
            not self.remember.isHidden() and self.remember.isChecked(),
        )
        self.accept()
