"""How aspdesk connects to a map file: every SQLite connection of the app is made here.

- **By URI, never creating.** ``mode=rw`` or ``mode=ro``: a map deleted while open does not
  come back as an empty file on the next transaction, and a read-only map cannot be written
  even by mistake.
- **The same file, all the time.** :class:`MapFile` remembers the file's identity (device
  and inode) when it is opened and checks it on every connection (there is one per
  transaction): a map replaced by a sync tool or deleted by a file manager stops the next
  edit with :class:`MapReplacedError` instead of quietly taking it into another file.
- **SQLite's transactions, not the driver's.** Python's ``sqlite3`` runs schema statements
  outside any transaction (it only begins one before INSERT, UPDATE or DELETE), so a
  migration stopped half-way left new columns under the old revision. Connections are made
  with ``isolation_level=None`` and SQLAlchemy's ``begin`` emits ``BEGIN``, so every
  transaction, a migration included, is SQLite's own and all or nothing.
- **Defences for files from elsewhere**, as SQLite's "Defense against the dark arts"
  advises: ``trusted_schema=OFF`` (no SQL function runs from the schema), ``cell_size_check``
  (a damaged page is reported, not read), no memory mapping, no attached databases, and a
  cap on the length of any value. Python 3.12 and later also turn on
  ``SQLITE_DBCONFIG_DEFENSIVE``; Python 3.11 has no call for it, and the schema check
  (:mod:`aspdesk.store.schema_check`) refuses anything in a file that aspdesk did not make.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError

# No value in a map comes near this (a saved view of 10,000 nodes is about 0.5 MB); a
# damaged or hostile file holding a bigger one is refused instead of filling memory.
MAX_VALUE_BYTES = 64 * 1024 * 1024
# Our own statements, the longest being an IN list of a few thousand ids.
MAX_SQL_BYTES = 8 * 1024 * 1024
BUSY_TIMEOUT_S = 5.0

_LIMITS = (
    ("SQLITE_LIMIT_ATTACHED", 0),
    ("SQLITE_LIMIT_LENGTH", MAX_VALUE_BYTES),
    ("SQLITE_LIMIT_SQL_LENGTH", MAX_SQL_BYTES),
    ("SQLITE_LIMIT_COLUMN", 500),
    ("SQLITE_LIMIT_WORKER_THREADS", 0),
)

# SQLite's extended result codes of a connection that must write before it can read: a
# journal left by a crash (a hot journal) that only a writer can roll back, or a WAL file
# that needs a writer to set up.
NEEDS_WRITER = {776, 1032, 1288, 1544}  # READONLY_ROLLBACK, _RECOVERY, _CANTINIT, _CANTLOCK

Identity = tuple[int, int]


class MapReplacedError(StoreError):
    """The file at the map's path is no longer the file that was opened."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The map file {path} was moved, replaced or deleted by another program while it "
        "was open in aspdesk (a sync or backup tool, or a file manager), so nothing more "
        "was written to it. The map as you see it is still in this window: use File > Save "
        "a copy as… to keep it, then open that copy.",
    )


def identity_of(path: Path) -> Identity | None:
    """The device and inode of ``path``, or None when there is no such file."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A new connection to the map file at ``path``, hardened and in autocommit mode.

    Raises ``sqlite3.Error`` as SQLite reports it (a missing file cannot be opened).
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    connection = sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        harden(connection)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def harden(connection: sqlite3.Connection) -> None:
    """Set the defences and the pragmas every map connection has."""
    for name, value in _LIMITS:
        code = getattr(sqlite3, name, None)
        if code is not None:
            connection.setlimit(code, value)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    setconfig = getattr(connection, "setconfig", None)
    if defensive is not None and setconfig is not None:
        setconfig(defensive, True)
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = ON",
        "synchronous = FULL",
    ):
        connection.execute(f"PRAGMA {pragma}")


@dataclass
class MapFile:
    """One open map file: its path, whether it is opened read-only, and its identity."""

    path: Path
    read_only: bool = False
    identity: Identity | None = field(default=None)

    def __post_init__(self) -> None:
        self.path = self.path.resolve()
        if self.identity is None:
            self.identity = identity_of(self.path)

    def check_same(self) -> None:
        """Raise MapReplacedError when the path no longer leads to the opened file."""
        if identity_of(self.path) != self.identity:
            raise MapReplacedError(path=str(self.path))

    def connect(self) -> sqlite3.Connection:
        """A connection to this file; MapReplacedError when it is no longer the same file."""
        self.check_same()
        try:
            connection = connect(self.path, read_only=self.read_only)
        except sqlite3.Error as error:
            self.check_same()  # the file went away between the check and the opening
            raise StoreError(str(error), path=str(self.path)) from error
        # Checked again once SQLite holds the file: a swap between the first check and the
        # opening is caught, because the path then leads to another inode than before.
        try:
            self.check_same()
        except MapReplacedError:
            connection.close()
            raise
        return connection

    def engine(self) -> Engine:
        """An engine whose every connection is this file's, checked and hardened."""
        return engine_for(self.connect)


def begin_transaction(connection: Any) -> None:
    """Begin SQLite's own transaction when SQLAlchemy begins one (see the module)."""
    connection.exec_driver_sql("BEGIN")


def engine_for(creator: Any) -> Engine:
    """A SQLAlchemy engine over connections made by ``creator``, with SQLite transactions."""
    # NullPool: no connection outlives its transaction, so between edits the map is one
    # file and a replaced file is noticed at the next edit.
    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
    event.listen(engine, "begin", begin_transaction)
    return engine
