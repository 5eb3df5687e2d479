"""Backup copies of maps: one each time a map is opened (the last N kept), one before each
migration, one before a restore; and the list of a map's copies, newest first.

Copies are made with SQLite's backup API (:func:`~aspdesk.store.mapfile.backup_copy`), so
a copy is consistent even while the map is open. A copy's name says which map it belongs
to (the map's name and a short fingerprint of its full path, so two maps called
``kartta.aspmap`` in different folders keep apart), why it was made and when (UTC).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from aspdesk.store.errors import StoreError
from aspdesk.store.mapfile import MAP_SUFFIX, backup_copy

DEFAULT_KEEP = 10
OPENED = "opened"
BEFORE_RESTORE = "before-restore"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"-(opened|before-restore)-(\d{8}T\d{12}Z)" + re.escape(MAP_SUFFIX) + "$")
_MIGRATION = re.compile(r"-before-([0-9a-f]+)-(\d{8}T\d{6}Z)" + re.escape(MAP_SUFFIX) + "$")


@dataclass(frozen=True)
class Backup:
    """One backup copy of a map."""

    path: Path
    made: datetime  # UTC
    size: int  # bytes
    reason: str  # "opened", "before-restore" or "before-migration"


def prefix(map_path: Path) -> str:
    """The start of the names of ``map_path``'s copies: its name and a path fingerprint."""
    fingerprint = hashlib.sha1(str(map_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{map_path.stem}-{fingerprint}"


def make_backup(
    map_path: Path, backup_dir: Path, reason: str = OPENED, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy ``map_path`` into ``backup_dir``; keep only the newest ``keep`` "opened" copies.

    Raises StoreError when the copy cannot be written (a full disk, no permission): the
    map itself is never touched.
    """
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = backup_dir / f"{prefix(map_path)}-{reason}-{stamp}{MAP_SUFFIX}"
    try:
        made = backup_copy(map_path, target)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(str(error), path=str(target)) from error
    if reason == OPENED:
        opened = [b for b in list_backups(map_path, backup_dir) if b.reason == OPENED]
        for old in opened[max(keep, 1) :]:
            old.path.unlink(missing_ok=True)
    return made


def list_backups(map_path: Path, backup_dir: Path) -> list[Backup]:
    """The copies of ``map_path`` in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found: list[Backup] = []
    own = prefix(map_path)
    for path in backup_dir.glob(f"*{MAP_SUFFIX}"):
        name = path.name
        match = _NAME.search(name)
        if match and name.startswith(own + "-"):
            made = datetime.strptime(match[2], _STAMP).replace(tzinfo=UTC)
            reason = match[1]
        else:
            migration = _MIGRATION.search(name)
            if not (migration and name.startswith(f"{map_path.stem}-before-")):
                continue
            made = datetime.strptime(migration[2], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            reason = "before-migration"
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(Backup(path, made, size, reason))
    return sorted(found, key=lambda b: b.made, reverse=True)
