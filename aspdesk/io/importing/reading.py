"""Reading a data file the user chose: whole, bounded in size, with a clear message if not."""

from __future__ import annotations

from pathlib import Path

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError

NOT_FOUND = QT_TRANSLATE_NOOP("io", "The file does not exist.")
NOT_A_FILE = QT_TRANSLATE_NOOP("io", "This is a folder or a device, not a file.")
UNREADABLE = QT_TRANSLATE_NOOP("io", "The file cannot be read: {reason}.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "io", "The file is larger than {limit} MB, far larger than any map, so it was not read."
)
EMPTY = QT_TRANSLATE_NOOP("io", "The file is empty.")


def read_limited(path: Path, limit: int, too_large: str = TOO_LARGE) -> bytes:
    """The bytes of ``path``, refusing files over ``limit`` bytes before and while reading.

    The size is checked twice because the file may grow between the check and the read.
    ``too_large`` lets a caller say more precisely what kind of file was expected.
    """
    name = path.name
    megabytes = limit // (1024 * 1024)
    try:
        if not path.exists():
            raise DataFileError(NOT_FOUND, name)
        if not path.is_file():
            raise DataFileError(NOT_A_FILE, name)
        if path.stat().st_size > limit:
            raise DataFileError(too_large, name, limit=megabytes)
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise DataFileError(UNREADABLE, name, reason=error.strerror or str(error)) from error
    if len(raw) > limit:
        raise DataFileError(too_large, name, limit=megabytes)
    return raw
