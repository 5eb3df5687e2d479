"""Opening and creating maps: the one path the window and every command share.

For editing (the window, ``aspdesk import``), in this order, so that nothing is written
before it is known to be the only writer and the file is known to be a sound map:

1. the header says the file is an aspdesk map (plain bytes, no SQLite);
2. the file and its folder can be written and the file has one name (a map reached
   through a hard link could get a second writer through its other name);
3. the writer's lock is taken (:mod:`aspdesk.store.locking`);
4. a save cut short by a crash is rolled back (:func:`~aspdesk.store.mapfile.recover`);
5. the map is checked through a read-only connection (damage, revision, schema, values),
   unless it was found sound before and has not changed since (:mod:`.checked`);
6. an older map is copied into the backups folder and migrated in one transaction;
7. the map is opened, and a backup copy of it as opened is made.

When steps 2 or 3 say no, the map opens read-only with the reason, and nothing is written:
the engine's connections are SQLite ``mode=ro``. A read-only map that a writer would have
had to recover or migrate is shown from a private copy in a temporary folder, recovered and
migrated there, so a map in a read-only folder still opens. Commands that only read
(``aspdesk export``, ``aspdesk report``, reading a backup) open with ``Purpose.READ`` the
same way and never write the map.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from enum import Enum
from pathlib import Path

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.backups import BACKUP_FAILED, DEFAULT_KEEP, OPENED, make_backup
from aspdesk.store.checked import CheckedMaps, stamp
from aspdesk.store.connection import MapFile
from aspdesk.store.errors import (
    BackupFailedError,
    DamagedMapError,
    MapExistsError,
    MapFileError,
    NeedsRecoveryError,
    StoreError,
)
from aspdesk.store.locking import LOCK_UNUSABLE, OPEN_ELSEWHERE, LockRefusal, MapLock
from aspdesk.store.mapfile import (
    check_map_file,
    create_map_file,
    head_revision,
    journal_of,
    migrate,
    read_header,
    recover,
)
from aspdesk.store.notes import STORE, Note
from aspdesk.store.offline import read_origin
from aspdesk.store.repository import MapStore

FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Access",
    "This map file is read-only, so it is shown but cannot be changed. To edit it, save a "
    "copy (File > Save a copy as) and open the copy.",
)
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Access",
    "The folder of this map cannot be written, so the map is shown but cannot be changed. "
    "To edit it, save a copy in a folder of your own and open the copy.",
)
HARD_LINKED = QT_TRANSLATE_NOOP(
    "Access",
    "This map file has {count} names on the disk (hard links), so another aspdesk could "
    "edit it under another name without either knowing. It is shown read-only. To edit "
    "it, save a copy (File > Save a copy as) and open the copy.",
)
READ_ONLY_COMMAND = QT_TRANSLATE_NOOP("Access", "This map was opened only for reading.")
SHOWN_RECOVERED = QT_TRANSLATE_NOOP(
    "Access",
    "It was left in the middle of saving an edit (aspdesk or the computer stopped then); "
    "it is shown as it was after its last completed save, and the file is unchanged.",
)
SHOWN_MIGRATED = QT_TRANSLATE_NOOP(
    "Access",
    "It was made by an older version of aspdesk; it is shown brought up to date, and the "
    "file itself is unchanged.",
)
RECOVERED = QT_TRANSLATE_NOOP(
    "Access",
    "aspdesk or the computer stopped while this map was saving an edit. That one edit "
    "was not finished and has been undone; everything saved before it is here.",
)
MIGRATED = QT_TRANSLATE_NOOP(
    "Access",
    "This map was brought up to date for this version of aspdesk. A copy of it as it "
    "was is in {backup}.",
)


class Purpose(Enum):
    """What a map is opened for."""

    EDIT = "edit"  # take the writer's lock; recover, migrate and write
    READ = "read"  # never write the map


def open_map(
    path: Path,
    backup_dir: Path,
    *,
    purpose: Purpose = Purpose.EDIT,
    keep: int = DEFAULT_KEEP,
    checked: CheckedMaps | None = None,
) -> MapStore:
    """Open the map at ``path`` (see the module for the steps); with ``checked``, a map
    found sound before and unchanged since is not read whole again (:mod:`.checked`).

    Raises a :class:`~aspdesk.store.errors.MapFileError` and leaves the file untouched when
    it cannot be opened. The store's ``read_only`` says why it may not be changed, if so;
    its ``notes`` hold what the user should hear (a save undone, a backup not made).
    """
    path = path.resolve()
    read_header(path)
    if purpose is Purpose.READ:
        return _open_read_only(path, Note((READ_ONLY_COMMAND,)), checked)
    reason = _why_not_writable(path)
    if reason is not None:
        return _open_read_only(path, reason, checked)
    taken = MapLock.acquire(path)
    if isinstance(taken, LockRefusal):
        return _open_read_only(path, Note((taken.template,), taken.values), checked)
    try:
        return _open_for_editing(path, backup_dir, keep, taken, checked)
    except BaseException:
        taken.release()
        raise


def create_map(path: Path, name: str = "") -> MapStore:
    """Create a new, empty map at ``path`` (which must not exist) and open it for editing.

    The writer's lock is taken before the file is made: a second process creating the
    same map at the same moment is told the map exists, and never writes into it.
    """
    path = path.resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MapFileError(error.strerror or str(error), path=str(path)) from error
    lock = MapLock.acquire(path)
    if isinstance(lock, LockRefusal):
        if lock.template == OPEN_ELSEWHERE:
            raise MapExistsError(path=str(path))
        if lock.template == LOCK_UNUSABLE:  # its words are for a map opened read-only
            raise MapFileError(str(lock.values["detail"]), path=str(path))
        raise MapFileError(Note((lock.template,), lock.values).text(), path=str(path))
    try:
        create_map_file(path)
        store = MapStore(MapFile(path), path, lock=lock)
        store.ensure_builtin_terms()
        if name:
            store.set_map_name(name)
    except BaseException:
        lock.release()
        raise
    return store


def _why_not_writable(path: Path) -> Note | None:
    if not os.access(path, os.W_OK):
        return Note((FILE_READ_ONLY,))
    if not os.access(path.parent, os.W_OK):
        return Note((FOLDER_READ_ONLY,))
    links = path.stat().st_nlink
    if links > 1:
        return Note((HARD_LINKED,), {"count": str(links)})
    return None


def _open_for_editing(
    path: Path, backup_dir: Path, keep: int, lock: MapLock, checked: CheckedMaps | None
) -> MapStore:
    notes: list[Note] = []
    if recover(path):
        notes.append(Note((RECOVERED,)))
    revision = check_map_file(path, checked)
    if revision != head_revision():
        try:
            made = make_backup(path, backup_dir, f"before-{revision}", keep, map_id="")
        except StoreError as error:
            raise BackupFailedError(error.detail, path=str(path), folder=str(backup_dir)) from error
        migrate(path)
        check_map_file(path, checked)
        notes.append(Note((MIGRATED,), {"backup": str(made)}))
    store = MapStore(MapFile(path), path, lock=lock)
    try:
        store.ensure_builtin_terms()
        store.ensure_map_id()
    except StoreError:
        pass  # a full disk: the map opens all the same, with the terms and id it has
    try:
        make_backup(path, backup_dir, reason=OPENED, keep=keep, map_id=store.map_id())
    except StoreError as error:
        # The map itself is fine; only tell the user that no copy was made this time.
        notes.append(
            Note((BACKUP_FAILED,), {"folder": str(backup_dir), "detail": error.detail}, STORE)
        )
    try:
        origin = read_origin(store.engine)
    except StoreError:
        origin = None
    if origin is not None:  # an offline copy of a team map says so each time
        notes.append(origin.note())
    store.notes = notes
    if checked is not None:
        store.checked, store.opened_stamp = checked, stamp(path)
    return store


def _open_read_only(path: Path, reason: Note, checked: CheckedMaps | None) -> MapStore:
    try:
        revision = check_map_file(path, checked)
    except NeedsRecoveryError:
        shown = SHOWN_RECOVERED
    else:
        if revision == head_revision():
            return MapStore(MapFile(path, read_only=True), path, read_only=reason)
        shown = SHOWN_MIGRATED
    try:
        return _open_private_copy(path, Note((*reason.templates, shown), reason.values))
    except DamagedMapError:
        # A writer may have committed between the copies of the map and of its journal.
        return _open_private_copy(path, Note((*reason.templates, shown), reason.values))


def _open_private_copy(path: Path, reason: Note) -> MapStore:
    """The map at ``path`` recovered and migrated in a temporary copy, opened read-only."""
    scratch = tempfile.TemporaryDirectory(prefix="aspdesk-")
    try:
        copy = Path(scratch.name) / path.name
        try:
            shutil.copyfile(path, copy)
            if journal_of(path).exists():
                shutil.copyfile(journal_of(path), journal_of(copy))
        except OSError as error:
            raise DamagedMapError(error.strerror or str(error), path=str(path)) from error
        recover(copy)
        if check_map_file(copy) != head_revision():
            migrate(copy)
            check_map_file(copy)
        store = MapStore(MapFile(copy, read_only=True), path, read_only=reason)
    except BaseException:
        scratch.cleanup()
        raise
    store.scratch = scratch
    return store
