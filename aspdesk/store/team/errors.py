"""What can go wrong with a team map, each in words a coordinator can act on.

``{path}`` is the map as the window names it (its database and server, never a password).
"""

from __future__ import annotations

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import MapFileError, StoreError


class ServerLostError(StoreError):
    """The server could not be reached for a step: nothing of the step was written."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The server of the team map {path} cannot be reached ({detail}). This change was "
        "not saved, and the map on the server is as it was. aspdesk connects again by "
        "itself: try again when the server is back.",
    )


class ServerUnreachableError(MapFileError):
    """The server did not answer when the map was opened."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The team map {path} could not be opened: its server cannot be reached ({detail}).",
    )


class PasswordNeededError(MapFileError):
    """The server asks for a password and none was given (nor found in ~/.pgpass)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The server of the team map {path} asks for a password. Open it with File > Open "
        "team map… and give the password there, or put it in your .pgpass file.",
    )


class LoginRefusedError(MapFileError):
    """The server refused the login or the database (a wrong password, no such user)."""

    message = QT_TRANSLATE_NOOP("store", "The server refused to open the team map {path}: {detail}")


class NotATeamMapError(MapFileError):
    """The database has no aspdesk map in it."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The database {path} holds no aspdesk team map. A server admin makes one there "
        "with: aspdesk server init (see the README's “Team maps” part). Nothing was changed.",
    )


class TeamMapTooOldError(MapFileError):
    """The map on the server has an older schema, which only its owner may upgrade."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The team map {path} was made for an older version of aspdesk (schema {found}; "
        "this version needs {head}). Only the map's owner can bring it up to date: a member "
        "of aspdesk_owner runs aspdesk server upgrade “{address}”. Nothing was changed.",
    )


class TeamMapTooNewError(MapFileError):
    """The map on the server was upgraded by a newer aspdesk."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The team map {path} was brought up to date for a newer version of aspdesk "
        "(schema {found}). Update aspdesk to open it. Nothing was changed.",
    )


class TeamSchemaError(MapFileError):
    """The map's tables differ from what its schema revision makes, or hold foreign code."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The team map {path} has a database structure that aspdesk did not make ({detail}), "
        "so it was not opened: aspdesk's edits could do there what nobody expects. Nothing "
        "was changed; ask the server's admin.",
    )


BUSY_ROW = QT_TRANSLATE_NOOP(
    "store",
    "Another editor's change is holding this part of the team map {path}, so this change "
    "was not saved, and the map is as it was. Try again in a moment.",
)
BUSY_SLOW = QT_TRANSLATE_NOOP(
    "store",
    "The server of the team map {path} did not finish this change within {seconds} "
    "seconds, so it was stopped and not saved, and the map is as it was. Try again in a "
    "moment.",
)


class TeamMapBusyError(StoreError):
    """The server stopped a statement that waited too long: for a row another session
    holds (its lock timeout), or past the app's statement timeout (``slow``). Nothing of
    the step was written."""

    message = BUSY_ROW

    def __init__(self, detail: str = "", *, path: str = "", seconds: str = "", slow: bool = False):
        super().__init__(detail, path=path, seconds=seconds)
        if slow:
            self.message = BUSY_SLOW


class CertificateError(MapFileError):
    """The connection's encryption (TLS, libpq's sslmode) failed: the server's certificate
    could not be checked or did not hold, or the server offers no encryption. Not an
    outage: the server answered, and the user can change the Encryption setting."""

    message = QT_TRANSLATE_NOOP("store", "The team map {path} was not opened: {problem} ({detail})")
    templated = ("problem",)


CERTIFICATE_NAME = QT_TRANSLATE_NOOP(
    "store",
    "the server's certificate is made out for another name than the server's address given "
    "here. Give the server by the name its certificate names (ask the server's admin), or, "
    "only if you trust the network in between, set Encryption (sslmode) to “require”: "
    "encrypted, without checking the certificate.",
)
CERTIFICATE_NO_ROOT = QT_TRANSLATE_NOOP(
    "store",
    "the Encryption setting (sslmode) checks the server's certificate, but this computer "
    "has no root certificate to check it against. Ask the server's admin for it and save "
    "it as root.crt in the .postgresql folder of your home folder, or set Encryption to "
    "“require”: encrypted, without checking the certificate.",
)
CERTIFICATE_UNTRUSTED = QT_TRANSLATE_NOOP(
    "store",
    "the server's certificate is not signed by an authority this computer trusts, and the "
    "Encryption setting (sslmode) checks it. Ask the server's admin for the root "
    "certificate and save it as root.crt in the .postgresql folder of your home folder, or "
    "set Encryption to “require”: encrypted, without checking the certificate.",
)
NO_ENCRYPTION = QT_TRANSLATE_NOOP(
    "store",
    "the server does not offer encryption, and the Encryption setting (sslmode) requires "
    "it. Ask the server's admin to turn TLS on (ssl = on), or set Encryption to “prefer”.",
)
# libpq's own words for each (its messages are English: psycopg's libpq has no others).
CERTIFICATE_PROBLEMS = (
    ("does not match host name", CERTIFICATE_NAME),
    ("root certificate file", CERTIFICATE_NO_ROOT),
    ("certificate verify failed", CERTIFICATE_UNTRUSTED),
    ("server does not support SSL", NO_ENCRYPTION),
)
