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
    # Placeholders whose values are themselves marked templates (a problem's wording).
    templated: tuple[str, ...] = ()

    def __init__(self, detail: str = "", *, path: str = "", **values: str) -> None:
        super().__init__(detail or self.message)
        self.detail = detail
        self.path = path
        # More placeholders of a subclass's message; values that are themselves marked
        # templates of the store (a problem's wording) are translated with the message.
        self.values = values

    def text(self, translate: Translate | None = None) -> str:
        """The message for the user, translated with ``translate(context, text)`` if given."""
        values = dict(self.values)
        for key in self.templated:
            if key in values:
                wording = translate(STORE_CONTEXT, values[key]) if translate else values[key]
                values[key] = wording.format(**self.values)
        if translate is None:
            return self.message.format(path=self.path, detail=self.detail, **values)
        # The detail is either one of the store's own marked messages or a driver's text,
        # which has no translation and comes back unchanged.
        return translate(STORE_CONTEXT, self.message).format(
            path=self.path, detail=translate(STORE_CONTEXT, self.detail), **values
        )


class ConflictError(StoreError):
    """An edit would break a rule of the map (a duplicate membership, a missing actor)."""

    message = QT_TRANSLATE_NOOP("store", "This change conflicts with the map: {detail}")


class MapFileError(StoreError):
    """A file cannot be opened as a map; the file is left untouched."""

    message = QT_TRANSLATE_NOOP("store", "{path} could not be opened: {detail}")


NOT_A_MAP = QT_TRANSLATE_NOOP(
    "store",
    "{path} is not an aspdesk map, and aspdesk cannot tell what kind of file it is. It was "
    "left as it is.",
)
NOT_A_MAP_KIND = QT_TRANSLATE_NOOP(
    "store", "{path} is not an aspdesk map: it seems to be {kind}. It was left as it is."
)
NOT_A_MAP_IMPORTABLE = QT_TRANSLATE_NOOP(
    "store",
    "{path} is not an aspdesk map: it seems to be {kind}. It was left as it is. To make a "
    "map of its data, give the file back its own ending ({suffix}) and open it in aspdesk.",
)

NOT_A_MAP_IMPORT = QT_TRANSLATE_NOOP(
    "store",
    "{path} is {kind}, not an aspdesk map. It was left as it is; to use its data, import "
    "it into a map with File > Import.",
)


class NotAMapError(MapFileError):
    """The file is not an aspdesk map; ``kind`` says what it seems to be (a marked
    template of :mod:`aspdesk.store.file_kinds`, "" when unknown) and ``suffix`` the
    ending aspdesk imports such a file under ("" when it cannot)."""

    message = NOT_A_MAP
    templated = ("kind",)

    def __init__(self, *, path: str = "", kind: str = "", suffix: str = "") -> None:
        super().__init__(path=path, kind=kind, suffix=suffix)
        self.kind = kind
        self.suffix = suffix
        if kind and suffix and path.lower().endswith(suffix):
            self.message = NOT_A_MAP_IMPORT  # named right: it only needs importing
        elif kind:
            self.message = NOT_A_MAP_IMPORTABLE if suffix else NOT_A_MAP_KIND


class DamagedMapError(MapFileError):
    """The file is an SQLite database but damaged or incomplete."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is damaged and cannot be opened ({detail}). The file was left as it is; "
        "open a backup copy instead.",
    )


class ForeignSchemaError(MapFileError):
    """The map holds database code or structure aspdesk did not create."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} holds database code that aspdesk did not put there ({detail}). It could "
        "change or send data behind your back, so the map was not opened. The file was left "
        "as it is; open a backup copy, or ask whoever sent it for a clean one.",
    )


class SchemaMismatchError(ForeignSchemaError):
    """A table, column, index or constraint differs from what the map's revision has."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} has a database structure that aspdesk did not make ({detail}). It could "
        "change or delete data in ways aspdesk does not expect, so the map was not opened. "
        "The file was left as it is; open a backup copy, or ask whoever sent it for a clean "
        "one (for example a JSON backup made with File > Export data).",
    )


class BadValueError(DamagedMapError):
    """A value in the map is not of the kind its column holds (a date that is no date)."""

    templated = ("problem",)

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} holds a value aspdesk cannot read, so it was not opened: in the table "
        "{table}, row {row}, the field {column} {problem} ({value}). The file was left as "
        "it is; open a backup copy instead, or ask whoever sent the map for a clean copy.",
    )


class NeedsRecoveryError(MapFileError):
    """The map was left mid-save and only a writer can finish undoing the unsaved change."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} was left in the middle of saving an edit (aspdesk or the computer stopped "
        "at that moment). Nothing saved before is lost, but the unfinished edit must be "
        "undone by writing to the file, and it cannot be written here. Open it where it "
        "can be written, or copy it together with the file {journal} beside it into a "
        "folder of your own and open the copy.",
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


class BackupFailedError(MapFileError):
    """The copy to be made before changing a map could not be written."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} must be copied into the backups folder before it is brought up to date "
        "for this version of aspdesk, and the copy could not be written ({detail}). The "
        "map was left as it was. Free some space in {folder}, or open the map with the "
        "version of aspdesk that made it.",
    )


class MapExistsError(MapFileError):
    """A new map was asked for where a file already exists."""

    message = QT_TRANSLATE_NOOP("store", "{path} already exists; choose another name.")
