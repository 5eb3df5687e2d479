"""Opening and creating maps: the one way to get a :class:`MapStore` for a file."""

from __future__ import annotations

from pathlib import Path

from aspdesk.store.mapfile import (
    check_map_file,
    create_map_file,
    make_engine,
    migrate_if_needed,
    sqlite_url,
)
from aspdesk.store.repository import MapStore


def open_map(path: Path, backup_dir: Path) -> MapStore:
    """Open the map at ``path``, migrating it (after a backup into ``backup_dir``) if old.

    Raises a :class:`~aspdesk.store.errors.MapFileError` and leaves the file untouched when
    it cannot be opened.
    """
    path = path.resolve()
    check_map_file(path)
    migrate_if_needed(path, backup_dir)
    store = MapStore(make_engine(sqlite_url(path)), path)
    store.ensure_builtin_terms()
    return store


def create_map(path: Path, name: str = "") -> MapStore:
    """Create a new, empty map at ``path`` (which must not exist) and open it."""
    path = path.resolve()
    create_map_file(path)
    store = MapStore(make_engine(sqlite_url(path)), path)
    store.ensure_builtin_terms()
    if name:
        store.set_map_name(name)
    return store
