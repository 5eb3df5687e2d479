"""Backup copies of maps: one each time a map is opened, one before each migration, one
before each restore; the newest N of each kind kept; and the list of a map's copies.

A map opened as it was when its newest opening copy was made (the same stamp,
:func:`aspdesk.store.checked.stamp`: nothing has written it since) gets no second,
identical copy: ten openings of an unchanged map would otherwise have pushed the copies of
ten different days out of the newest N, and each copied the whole file again.

Copies are made with SQLite's backup API (:func:`~aspdesk.store.mapfile.backup_copy`), so
a copy is consistent even while the map is open, and a copy that cannot be finished (a
full disk) leaves nothing behind. A copy's name says which map it belongs to, why it was
made and when (UTC): ``kartta-<map id>-opened-20261205T101500123456Z.aspmap``. The map id
is kept inside the map (``map_info``), so a map moved or renamed still finds its copies;
copies made before maps had an id carry a fingerprint of the map's path instead, and are
found by that while the map stays where it was.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.checked import stamp
from aspdesk.store.connection import connect
from aspdesk.store.errors import StoreError, cause
from aspdesk.store.file_kinds import MAP_SUFFIX
from aspdesk.store.mapfile import MAP_ID_KEY, backup_copy

DEFAULT_KEEP = 10
OPENED = "opened"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"
ORIGIN_KEY = "backup_of"  # in a copy's map_info: the path of the map it was made from
SOURCE_STAMP_KEY = "backup_of_stamp"  # ... and the stamp that map had (aspdesk.store.checked)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_ID_LENGTH = 12
_NAME = re.compile(
    r"-(?:(?P<id>[0-9a-f]{12})-)?(?P<place>[0-9a-f]{8})"
    r"-(?P<reason>opened|before-restore|before-[0-9a-z_]+?)"
    r"-(?P<stamp>\d{8}T\d{12}Z)" + re.escape(MAP_SUFFIX) + "$"
)
# Copies made before migrations by aspdesk versions that named them after the map alone.
_OLD_MIGRATION = re.compile(r"-before-([0-9a-f]+)-(\d{8}T\d{6}Z)" + re.escape(MAP_SUFFIX) + "$")

BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "store",
    "No backup copy of this map could be made in {folder} ({detail}). The map opened as "
    "usual; free some space there so that the next opening makes one.",
)


@record
class Backup:
    """One backup copy of a map."""

    path: Path
    made: datetime  # UTC
    size: int  # bytes
    reason: str  # "opened", "before-restore" or "before-migration"


def _place(map_path: Path) -> str:
    """A short fingerprint of where the map is."""
    return hashlib.sha1(str(map_path.resolve()).encode("utf-8")).hexdigest()[:8]


def _read_info(path: Path, key: str) -> str:
    try:
        with closing(connect(path, read_only=True)) as connection:
            row = connection.execute("SELECT value FROM map_info WHERE key = ?", (key,)).fetchone()
    except (sqlite3.Error, OSError):
        return ""
    return str(row[0]) if row and row[0] is not None else ""


def map_id_of(map_path: Path) -> str:
    """The id kept in the map at ``map_path`` ("" when it has none or cannot be read)."""
    return _read_info(map_path, MAP_ID_KEY)


def prefix(map_path: Path, map_id: str = "") -> str:
    """The start of the names of a map's copies: its name, its id and where it is."""
    if map_id:
        return f"{map_path.stem}-{map_id[:_ID_LENGTH]}-{_place(map_path)}"
    return f"{map_path.stem}-{_place(map_path)}"


def _kind(reason: str) -> str:
    return BEFORE_MIGRATION if reason not in (OPENED, BEFORE_RESTORE) else reason


def make_backup(
    map_path: Path,
    backup_dir: Path,
    reason: str = OPENED,
    keep: int = DEFAULT_KEEP,
    map_id: str | None = None,
) -> Path:
    """Copy ``map_path`` into ``backup_dir``; keep the newest ``keep`` copies of this kind
    made from this place (``map_id`` is read from the map when not given).

    ``reason`` is "opened", "before-restore" or "before-<revision>". Raises StoreError
    when the copy cannot be written (a full disk, no permission): the map itself is never
    touched, and no partial copy is left.
    """
    map_path = map_path.resolve()
    if map_id is None:
        map_id = map_id_of(map_path)
    source = stamp(map_path)
    if reason == OPENED and source is not None:
        newest = next(_own_copies(map_path, backup_dir, map_id, OPENED), None)
        if newest is not None and _read_info(newest.path, SOURCE_STAMP_KEY) == source:
            return newest.path  # the map is as that copy has it: see the module
    made_at = datetime.now(UTC).strftime(_STAMP)
    target = backup_dir / f"{prefix(map_path, map_id)}-{reason}-{made_at}{MAP_SUFFIX}"
    info = {ORIGIN_KEY: str(map_path)}
    if reason == OPENED and source is not None:  # what the next opening compares
        info[SOURCE_STAMP_KEY] = source
    try:
        made = backup_copy(map_path, target, info=info)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(cause(error), path=str(target)) from error
    if reason != BEFORE_RESTORE:
        own = list(_own_copies(map_path, backup_dir, map_id, _kind(reason)))
        for old in own[max(keep, 1) :]:
            old.path.unlink(missing_ok=True)
    return made


def _own_copies(map_path: Path, backup_dir: Path, map_id: str, kind: str) -> Iterator[Backup]:
    """The copies of ``kind`` made of the map where it is now, newest first."""
    here = f"{_place(map_path)}-"
    return (
        b
        for b in list_backups(map_path, backup_dir, map_id)
        if b.reason == kind and here in b.path.name
    )


def list_backups(map_path: Path, backup_dir: Path, map_id: str | None = None) -> list[Backup]:
    """The copies of the map at ``map_path`` in ``backup_dir``, newest first.

    A map's copies are those made where it is now, and those made of it (the same id)
    where it was before it moved. Copies made from another copy of the same map, which
    still lives elsewhere, belong to that copy.
    """
    if not backup_dir.is_dir():
        return []
    map_path = map_path.resolve()
    if map_id is None:
        map_id = map_id_of(map_path)
    here, short_id = _place(map_path), map_id[:_ID_LENGTH]
    found: list[Backup] = []
    for path in backup_dir.glob(f"*{MAP_SUFFIX}"):
        name = path.name
        match = _NAME.search(name)
        if match:
            if match["place"] != here and not (
                short_id and match["id"] == short_id and _moved_away(path)
            ):
                continue
            if match["place"] == here and match["id"] and match["id"] != short_id:
                continue  # another map that stood here before
            made = _stamp_time(match["stamp"])
            reason = _kind(match["reason"])
        else:
            old = _OLD_MIGRATION.search(name)
            if not (old and name.startswith(f"{map_path.stem}-before-")):
                continue
            made = _stamp_time(old[2])
            reason = BEFORE_MIGRATION
        if made is None:
            continue  # a name like a copy's, of no moment there is: not one of ours
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(Backup(path, made, size, reason))
    return sorted(found, key=lambda b: b.made, reverse=True)


def _stamp_time(stamp: str) -> datetime | None:
    """The moment a copy's name stamps (``_STAMP``, or the older one without its
    microseconds), None for digits that are no moment ("20261399T…").

    ISO 8601's basic form, which ``fromisoformat`` reads: ``strptime`` took 3 ms the first
    time (its module, its locale's names), every opening of a map that has copies."""
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def _moved_away(backup: Path) -> bool:
    """Whether the map this copy was made from is no longer where it was."""
    origin = _read_info(backup, ORIGIN_KEY)
    return bool(origin) and not Path(origin).exists()
