"""Errors the store raises, each with a message a user can act on.

Messages are English templates marked for translation; the UI translates them in the
``store`` context and fills in ``path`` and ``detail``.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable

from aspdesk.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

STORE_CONTEXT = "store"

DISK_FULL = QT_TRANSLATE_NOOP("store", "the disk is full")


def cause(error: BaseException) -> str:
    """What went wrong in ``error`` (from SQLite, SQLAlchemy or the system), as the detail
    of a :class:`StoreError`: a full disk in the store's own words, which are translated;
    anything else in the driver's, which are not."""
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL:
        return DISK_FULL
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DISK_FULL
        return original.strerror or str(original)
    return str(original)


class StoreError(Exception):
    """A map could not be read or written. ``message`` is a template for the user."""

    message = QT_TRANSLATE_NOOP("store", "The map could not be changed: {detail}")

    def __init__(self, detail: str = "", *, path: str = "") -> None:
        super().__init__(detail or self.message)
        self.detail = detail
        self.path = path

    def text(self, translate: Translate | None = None) -> str:
        """The message for the user, translated with ``translate(context, text)`` if given."""
        if translate is None:
            return self.message.format(path=self.path, detail=self.detail)
        # The detail is either one of the store's own marked messages or a driver's text,
        # which has no translation and comes back unchanged.
        return translate(STORE_CONTEXT, self.message).format(
            path=self.path, detail=translate(STORE_CONTEXT, self.detail)
        )


class ConflictError(StoreError):
    """An edit would break a rule of the map (a duplicate membership, a missing actor)."""

    message = QT_TRANSLATE_NOOP("store", "This change conflicts with the map: {detail}")


class MapFileError(StoreError):
    """A file cannot be opened as a map; the file is left untouched."""

    message = QT_TRANSLATE_NOOP("store", "{path} could not be opened: {detail}")


class NotAMapError(MapFileError):
    """The file is not an aspdesk map."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is not an aspdesk map. It was left as it is. Choose a file ending in .aspmap.",
    )


class DamagedMapError(MapFileError):
    """The file is an SQLite database but damaged or incomplete."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is damaged and cannot be opened ({detail}). The file was left as it is; "
        "open a backup copy instead.",
    )


class ForeignSchemaError(MapFileError):
    """The map holds database triggers or views aspdesk did not create."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} holds database code that aspdesk did not put there ({detail}). It could "
        "change or send data behind your back, so the map was not opened. The file was left "
        "as it is; open a backup copy, or ask whoever sent it for a clean one.",
    )


class MapTooNewError(MapFileError):
    """The map was written by a newer aspdesk than this one."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} was saved by a newer version of aspdesk. Update aspdesk to open it; "
        "the file was left as it is.",
    )


class MigrationFailedError(MapFileError):
    """Bringing an older map up to date failed; the map was rolled back."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} could not be brought up to date for this version of aspdesk ({detail}). "
        "The map was left as it was.",
    )


class MapExistsError(MapFileError):
    """A new map was asked for where a file already exists."""

    message = QT_TRANSLATE_NOOP("store", "{path} already exists; choose another name.")
