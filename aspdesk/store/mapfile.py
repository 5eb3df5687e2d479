"""Creating, checking, migrating and copying map files.

A map is one SQLite file marked with ``PRAGMA application_id``. Before anything writes to
a file it is checked through a read-only connection: not SQLite, not ours, damaged or from
a newer aspdesk each raise a :class:`~aspdesk.store.errors.MapFileError` and leave the file
byte-for-byte as it was. An older map is copied with SQLite's backup API and then migrated
with Alembic, run from code.

The rollback journal (``journal_mode=DELETE``) is used rather than WAL: every commit is
on disk when it returns, and between transactions the map is a single file a coordinator
can copy or e-mail, with no ``-wal`` or ``-journal`` beside it.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from aspdesk.store.errors import (
    DamagedMapError,
    ForeignSchemaError,
    MapExistsError,
    MapFileError,
    MapTooNewError,
    MigrationFailedError,
    NotAMapError,
)

APPLICATION_ID = 0x41535044  # "ASPD"
MAP_SUFFIX = ".aspmap"
_SQLITE_HEADER = b"SQLite format 3\x00"


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


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with foreign keys on for every SQLite connection."""
    # NullPool: no connection outlives its transaction, so closing a map leaves one file.
    engine = create_engine(url, poolclass=NullPool)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the map file at ``path``."""
    return f"sqlite:///{path}"


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        yield connection


def check_map_file(path: Path) -> str:
    """Check ``path`` without changing it and return its schema revision.

    Raises a :class:`MapFileError` subclass saying what is wrong.
    """
    shown = str(path)
    if not path.is_file():
        raise MapFileError("the file does not exist", path=shown)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise MapFileError(error.strerror or str(error), path=shown) from error
    if header != _SQLITE_HEADER:
        raise NotAMapError(path=shown)
    try:
        with _read_only(path) as connection:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != APPLICATION_ID:
                raise NotAMapError(path=shown)
            (verdict,) = connection.execute("PRAGMA quick_check").fetchone()
            if verdict != "ok":
                raise DamagedMapError(str(verdict), path=shown)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            foreign = connection.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                "ORDER BY type, name"
            ).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # A damaged page can make SQLite's own messages invalid text.
        raise DamagedMapError(str(error), path=shown) from error
    if row is None:
        raise DamagedMapError("no schema version", path=shown)
    # aspdesk's schema has no triggers and no views, so any is someone else's: a trigger
    # would run on our own writes. Extra tables are harmless (never read) and are allowed.
    if foreign:
        names = ", ".join(f"{kind} {name}" for kind, name in foreign[:5])
        raise ForeignSchemaError(names, path=shown)
    revision = str(row[0])
    if revision not in known_revisions():
        raise MapTooNewError(revision, path=shown)
    return revision


def create_map_file(path: Path) -> None:
    """Create an empty map at ``path`` with the newest schema. The file must not exist."""
    if path.exists():
        raise MapExistsError(path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            _upgrade(connection, "head")
    except Exception:
        engine.dispose()
        path.unlink(missing_ok=True)
        raise
    engine.dispose()


def _upgrade(connection: Any, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def backup_copy(source: Path, destination: Path) -> Path:
    """Copy the map ``source`` to ``destination`` with SQLite's backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with _read_only(source) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    partial.replace(destination)
    return destination


def migrate_if_needed(path: Path, backup_dir: Path) -> Path | None:
    """Bring the map at ``path`` to the newest schema; return the backup made, if any."""
    revision = check_map_file(path)
    if revision == head_revision():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = backup_copy(path, backup_dir / f"{path.stem}-before-{revision}-{stamp}{MAP_SUFFIX}")
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            _upgrade(connection, "head")
    except Exception as error:
        raise MigrationFailedError(str(error), path=str(path)) from error
    finally:
        engine.dispose()
    return backup
