"""Creating, checking, recovering, migrating and copying map files.

A map is one SQLite file marked with ``PRAGMA application_id``. Whether a file is a map
is read from its header bytes, without SQLite. Everything else is checked through a
read-only connection before anything writes: damage (``integrity_check``), a revision from
a newer aspdesk, a schema other than its revision's (:mod:`aspdesk.store.schema_check`)
and values its columns cannot hold (:mod:`aspdesk.store.value_check`) each raise a
:class:`~aspdesk.store.errors.MapFileError` and leave the file byte-for-byte as it was.

A map left mid-save by a crash has a *hot journal* beside it, which only a writable
connection can roll back; :func:`recover` does that for the process holding the writer's
lock, before the check. An older map is copied into the backups folder and migrated in one
SQLite transaction (see :mod:`aspdesk.store.connection`), so a migration stopped at any
statement leaves the map at its old revision.

The rollback journal (``journal_mode=DELETE``) is used rather than WAL: every commit is
on disk when it returns, and between transactions the map is a single file a coordinator
can copy or e-mail, with no ``-wal`` or ``-journal`` beside it.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import sqlite3
import uuid
from contextlib import closing, suppress
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.checked import CheckedMaps, stamp
from aspdesk.store.connection import NEEDS_WRITER, MapFile, connect
from aspdesk.store.errors import (
    BadValueError,
    DamagedMapError,
    ForeignSchemaError,
    MapExistsError,
    MapFileError,
    MapTooNewError,
    MigrationFailedError,
    NeedsRecoveryError,
    NotAMapError,
    SchemaMismatchError,
)
from aspdesk.store.file_kinds import MAP_SUFFIX as MAP_SUFFIX  # the old place, still importable
from aspdesk.store.file_kinds import sniff
from aspdesk.store.fresh_map import make_schema
from aspdesk.store.schema_check import differences, fingerprint, known_fingerprints
from aspdesk.store.value_check import first_bad_value

APPLICATION_ID = 0x41535044  # "ASPD"
_SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_APPLICATION_ID_AT = 68
MAP_ID_KEY = "map_id"

NO_SUCH_FILE = QT_TRANSLATE_NOOP("store", "the file does not exist")
NOT_A_FILE = QT_TRANSLATE_NOOP("store", "this is a folder, not a map file")
NO_REVISION = QT_TRANSLATE_NOOP("store", "no schema version")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("store", "its file format version is not one SQLite writes")


def alembic_config() -> Config:
    """An Alembic configuration for the migrations shipped in this package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "aspdesk.store:migrations")
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# Opening a map only needs the revision names, which the migration files state in one line
# each; reading them saves importing Alembic (a quarter of a second) unless a map is old.
_REVISION_LINE = re.compile(r'^(down_)?revision\s*=\s*(?:"([0-9a-z_]+)"|None)\s*$', re.MULTILINE)


@functools.cache
def _revision_chain() -> tuple[str, ...]:
    """The revisions of the shipped migrations, oldest first."""
    parents: dict[str, str | None] = {}
    folder = resources.files("aspdesk.store.migrations").joinpath("versions")
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        found = {m[1] or "": m[2] for m in _REVISION_LINE.finditer(entry.read_text("utf-8"))}
        if found.get(""):
            parents[str(found[""])] = found.get("down_")
    chain: list[str] = []
    current: str | None = next((r for r, parent in parents.items() if parent is None), None)
    while current is not None:
        chain.append(current)
        current = next((r for r, parent in parents.items() if parent == current), None)
    return tuple(chain)


def head_revision() -> str:
    """The newest schema revision this aspdesk knows."""
    return _revision_chain()[-1]


def known_revisions() -> set[str]:
    """Every schema revision this aspdesk knows."""
    return set(_revision_chain())


def journal_of(path: Path) -> Path:
    """The rollback journal SQLite keeps beside ``path`` during a write."""
    return path.with_name(path.name + "-journal")


def read_header(path: Path) -> None:
    """Raise unless ``path`` is a file whose header marks it as an aspdesk map.

    Read as plain bytes, so a file that is not ours is never handed to SQLite, which might
    otherwise roll back a journal beside it.
    """
    shown = str(path)
    if not path.exists():
        raise MapFileError(NO_SUCH_FILE, path=shown)
    if not path.is_file():
        raise MapFileError(NOT_A_FILE, path=shown)
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as error:
        raise MapFileError(error.strerror or str(error), path=shown) from error
    found = int.from_bytes(header[_APPLICATION_ID_AT : _APPLICATION_ID_AT + 4], "big")
    if (
        len(header) < _HEADER_BYTES
        or not header.startswith(_SQLITE_HEADER)
        or found != APPLICATION_ID
    ):
        kind = sniff(path)
        raise NotAMapError(path=shown, kind=kind.description, suffix=kind.suffix)
    # SQLite opens a file whose write version it does not know, but only for reading:
    # every edit would then fail. 1 is a rollback journal, 2 WAL.
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        raise DamagedMapError(UNKNOWN_FORMAT, path=shown)


def inspect(connection: sqlite3.Connection, shown: str) -> str:
    """Check the map behind ``connection`` and return its revision (see the module)."""
    (verdict,) = connection.execute("PRAGMA integrity_check(3)").fetchone()
    if verdict != "ok":
        raise DamagedMapError(str(verdict), path=shown)
    revision = revision_of(connection, shown)
    # aspdesk's schema has no triggers and no views, so any is someone else's: a trigger
    # would run on our own writes.
    foreign = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name"
    ).fetchall()
    if foreign:
        names = ", ".join(f"{kind} {name}" for kind, name in foreign[:5])
        raise ForeignSchemaError(names, path=shown)
    found = differences(known_fingerprints()[revision], fingerprint(connection))
    if found:
        raise SchemaMismatchError("; ".join(found[:3]), path=shown)
    bad = first_bad_value(connection)
    if bad is not None:
        raise BadValueError(
            path=shown,
            table=bad.table,
            row=bad.row,
            column=bad.column,
            problem=bad.problem,
            value=bad.value,
            parent=bad.parent,
        )
    return revision


def revision_of(connection: sqlite3.Connection, shown: str) -> str:
    """The schema revision of the map behind ``connection``, one this aspdesk knows."""
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise DamagedMapError(NO_REVISION, path=shown)
    revision = str(rows[0][0])
    if revision not in known_revisions():
        raise MapTooNewError(revision, path=shown)
    return revision


def check_map_file(path: Path, checked: CheckedMaps | None = None) -> str:
    """Check ``path`` without changing it and return its schema revision.

    With ``checked``, a map found sound before and unchanged since is not read whole again,
    and one found sound now is remembered (:mod:`aspdesk.store.checked`).

    Raises a :class:`MapFileError` subclass saying what is wrong; NeedsRecoveryError when
    the map was left mid-save and only a writer can open it (see :func:`recover`).
    """
    path = path.resolve()
    read_header(path)
    shown = str(path)
    before = stamp(path) if checked is not None else None
    known = checked is not None and checked.knows(path, before)
    try:
        with closing(connect(path, read_only=True)) as connection:
            revision = revision_of(connection, shown) if known else inspect(connection, shown)
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) in NEEDS_WRITER:
            raise NeedsRecoveryError(path=shown, journal=journal_of(path).name) from error
        raise DamagedMapError(_sqlite_text(error), path=shown) from error
    except UnicodeDecodeError as error:
        # A damaged page can make SQLite's own messages, or a name, invalid text.
        raise DamagedMapError(str(error), path=shown) from error
    if checked is not None and not known:
        checked.remember(path, before)
    return revision


def check_again(path: Path, checked: CheckedMaps, opened: str | None) -> None:
    """At the closing of a map opened as ``opened`` (its stamp), check it whole if it was
    written since, so that it opens next time without a full check (:mod:`.checked`)."""
    if stamp(path) == opened:
        return  # as found sound at opening, or as the opening itself left it
    # Not sound, or gone: left unremembered, so the next opening checks it whole and says
    # what is wrong there, where the user can act on it.
    with suppress(MapFileError, OSError):
        check_map_file(path, checked)


def _sqlite_text(error: Exception) -> str:
    try:
        return str(error)
    except UnicodeError:
        return type(error).__name__


def recover(path: Path) -> bool:
    """Finish what a crash left: roll back a hot journal, leave WAL mode. Needs a writer.

    Returns True when an unfinished save was undone. Call only on a file whose header
    says it is a map, while holding its writer's lock.
    """
    journal = journal_of(path)
    had_journal = journal.exists() and journal.stat().st_size > 0
    try:
        with closing(connect(path, read_only=False)) as connection:
            # Any read by a writable connection rolls a hot journal back first.
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
            if str(mode).lower() != "delete":
                connection.execute("PRAGMA journal_mode = DELETE")
    except (sqlite3.Error, UnicodeDecodeError) as error:
        # A damaged schema page can make even SQLite's own messages invalid text.
        raise DamagedMapError(_sqlite_text(error), path=str(path)) from error
    return had_journal and not journal.exists()


def upgrade(connection: Any, revision: str) -> None:
    """Run the migrations up to ``revision`` on ``connection`` (inside its transaction)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def new_map_id() -> str:
    """A map's own identifier, which its copies and backups keep wherever it moves."""
    return uuid.uuid4().hex


def create_map_file(path: Path) -> None:
    """Create an empty map at ``path`` with the newest schema. The file must not exist.

    The map is made under a temporary name beside ``path`` and linked into place only
    when complete, so a full disk or a crash never leaves half a map at ``path``.
    """
    path = path.resolve()
    if path.exists():
        raise MapExistsError(path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _new_file_beside(path)
    except OSError as error:
        raise MapFileError(error.strerror or str(error), path=str(path)) from error
    try:
        engine = MapFile(temporary).engine()
        try:
            with engine.begin() as connection:
                connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
                # The statements the migrations leave, without Alembic when they are shipped.
                if not make_schema(connection, head_revision()):
                    upgrade(connection, "head")
                connection.execute(
                    text("INSERT INTO map_info (key, value) VALUES (:key, :value)"),
                    {"key": MAP_ID_KEY, "value": new_map_id()},
                )
        finally:
            engine.dispose()
        _put_in_place(temporary, path)
    except sqlite3.Error as error:
        raise MapFileError(_sqlite_text(error), path=str(path)) from error
    except OSError as error:
        raise MapFileError(error.strerror or str(error), path=str(path)) from error
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        with suppress(OSError):
            journal_of(temporary).unlink(missing_ok=True)


def _new_file_beside(path: Path) -> Path:
    """A new empty file beside ``path``, with the permissions any new file gets there
    (``tempfile`` would make it private to the user, and so the map)."""
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.new")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate


def _put_in_place(made: Path, path: Path) -> None:
    """Give the finished file ``made`` the name ``path``, never replacing a file there."""
    try:
        os.link(made, path)
    except FileExistsError as error:
        raise MapExistsError(path=str(path)) from error
    except OSError:
        # No hard links on this file system (FAT, some network shares): a rename, after
        # checking again that nothing took the name meanwhile.
        if path.exists():
            raise MapExistsError(path=str(path)) from None
        os.replace(made, path)


def backup_copy(source: Path, destination: Path, info: dict[str, str] | None = None) -> Path:
    """Copy the map ``source`` to ``destination`` with SQLite's backup API.

    ``info`` is written into the copy's ``map_info`` (where a backup copy came from).
    The copy is written under a ``.partial`` name and renamed when whole; if anything
    fails, nothing is left behind and the error is raised.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(connect(source, read_only=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            with dst:
                for key, value in (info or {}).items():
                    dst.execute(
                        "INSERT OR REPLACE INTO map_info (key, value) VALUES (?, ?)", (key, value)
                    )
        partial.replace(destination)
    except BaseException:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        with suppress(OSError):
            journal_of(partial).unlink(missing_ok=True)
        raise
    return destination


def migrate(path: Path) -> None:
    """Bring the map at ``path`` to the newest schema in one transaction.

    The caller holds the writer's lock and has made a backup copy. Raises
    MigrationFailedError, with the map left at its old revision.
    """
    engine = MapFile(path).engine()
    try:
        with engine.begin() as connection:
            upgrade(connection, "head")
    except Exception as error:
        raise MigrationFailedError(str(error), path=str(path)) from error
    finally:
        engine.dispose()
