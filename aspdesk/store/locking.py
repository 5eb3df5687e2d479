"""One writer per map: a second aspdesk on the same map opens it read-only.

Two processes editing one map would each build edits on what they last read and quietly
undo each other's work. So while a map is open for editing, its process holds an
operating-system lock on a small file beside it (``kartta.aspmap.lock``), taken *before*
the map is checked, recovered or migrated. A window or command that cannot take it opens
the map read-only and says who has it. The lock goes with the process: after a crash or a
pulled plug the file stays, but nobody holds it, so the next opening takes it at once.

The lock itself is ``filelock``'s (``flock`` on POSIX, ``msvcrt.locking`` on Windows).
Our own version removed the file before unlocking it, and a process that had just opened
the old file could then hold a lock while another held one on a new file (two writers,
1,396 times in 49,612 tries with 4 processes). filelock checks, once it holds the lock,
that the file it locked still has a name (``st_nlink``), and tries again if not; so the
file can be removed while the lock is held, and the folder of a closed map holds the map
alone. Who holds the lock (host, process, since when) is written into the locked file
after it is taken, for the message a second window shows.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP

LOCK_SUFFIX = ".lock"

OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Access",
    "This map is open for editing in another aspdesk window ({where}), so it is shown "
    "read-only here and nothing can be lost between the two. Close it there and open it "
    "again here to edit.",
)
LOCK_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Access",
    "This map is shown read-only: aspdesk keeps a small lock file named {name} beside "
    "the map while it is edited, and a folder of that name is in its place. Remove or "
    "rename that folder, then open the map again to edit.",
)
LOCK_NOT_OURS = QT_TRANSLATE_NOOP(
    "Access",
    "This map is shown read-only: its lock file {name} belongs to another user account "
    "({owner}) and this account may not use it. Ask that user, or whoever looks after "
    "the computer, to delete it, or save a copy of the map in a folder of your own.",
)
LOCK_UNUSABLE = QT_TRANSLATE_NOOP(
    "Access",
    "This map is shown read-only because its lock file {name} cannot be used ({detail}). "
    "To edit it, save a copy in a folder of your own and open the copy.",
)


def lock_path(map_path: Path) -> Path:
    """The lock file of ``map_path``."""
    return map_path.with_name(map_path.name + LOCK_SUFFIX)


@record
class LockRefusal:
    """Why the lock was not taken: a template of the ``Access`` context and its values."""

    template: str
    values: dict[str, str]


class MapLock:
    """The writer's lock on one map, held until :meth:`release` or the process ends."""

    def __init__(self, path: Path, lock: FileLock) -> None:
        self.path = path
        self._lock: FileLock | None = lock

    @classmethod
    def acquire(cls, map_path: Path) -> MapLock | LockRefusal:
        """Take the lock of ``map_path``, or say why it cannot be taken."""
        path = lock_path(map_path)
        # A short wait: a window closing this very moment frees the lock within it.
        lock = FileLock(
            path, timeout=0.3, poll_interval=0.05, thread_local=False, on_acquired=_write_holder
        )
        try:
            lock.acquire()
        except Timeout:
            return _not_taken(path, map_path)
        except OSError as error:
            return _refusal(path, error)
        return cls(path, lock)

    @property
    def held(self) -> bool:
        """Whether this lock is still held."""
        return self._lock is not None and self._lock.is_locked

    def release(self) -> None:
        """Remove the lock file while still holding it, then give the map up."""
        if self._lock is None:
            return
        lock, self._lock = self._lock, None
        with suppress(OSError):
            self.path.unlink()  # left behind (a read-only folder), it holds nothing
        with suppress(OSError):
            lock.release()  # the lock goes with the descriptor, closed by the release


def _write_holder(descriptor: int) -> None:
    holder = {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.ftruncate(descriptor, 0)
        os.write(descriptor, json.dumps(holder).encode("utf-8"))
    except OSError:
        pass  # who holds it is only for a message; the lock is held all the same


def holder_of(map_path: Path) -> dict[str, str]:
    """Who holds the lock of ``map_path`` (host, pid, since), as far as the file says."""
    try:
        with lock_path(map_path).open("rb") as handle:
            data = json.loads(handle.read(4096).decode("utf-8") or "{}")
    except (OSError, ValueError, RecursionError):  # gone, or not what we write there
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _not_taken(path: Path, map_path: Path) -> LockRefusal:
    """Why a lock that timed out was not taken: another holder, or a lock file that
    cannot be made at all (filelock waits out an error of creating it as if the lock were
    held: in /proc it said a new map "already exists")."""
    if not path.exists():
        try:
            made = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pass  # a holder made it just now
        except OSError as error:
            return _refusal(path, error)
        else:  # the holder let go meanwhile: leave nothing behind; trying again works
            os.close(made)
            with suppress(OSError):
                path.unlink()
    return LockRefusal(OPEN_ELSEWHERE, {"where": _where(holder_of(map_path))})


def _where(holder: dict[str, str]) -> str:
    parts = (holder.get("host", ""), holder.get("since", "")[:16].replace("T", " "))
    return ", ".join(part for part in parts if part) or "?"


def _refusal(path: Path, error: OSError) -> LockRefusal:
    name = path.name
    if error.errno == errno.EISDIR or path.is_dir():
        return LockRefusal(LOCK_IS_FOLDER, {"name": name})
    if error.errno in (errno.EACCES, errno.EPERM):
        try:
            owner = path.stat().st_uid
        except OSError:
            owner = -1
        if owner not in (-1, _current_uid()):
            return LockRefusal(LOCK_NOT_OURS, {"name": name, "owner": _user_name(owner)})
    return LockRefusal(LOCK_UNUSABLE, {"name": name, "detail": error.strerror or str(error)})


def _current_uid() -> int:
    geteuid = getattr(os, "geteuid", None)
    return int(geteuid()) if geteuid is not None else -1


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)
