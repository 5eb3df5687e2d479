"""One writer per map: a second aspdesk on the same map opens it read-only.

Two processes editing one map would each build edits on what they last read and quietly
undo each other's work. aspdesk therefore lets one process write: while a map is open for
editing, its process holds an operating-system lock on a small file beside it
(``kartta.aspmap.lock``, holding who and since when). A second window or process that
cannot take the lock opens the map read-only and says who has it. The lock goes with the
process: after a crash or a pulled plug the file may stay, but nobody holds it, so the
next open takes it at once.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

LOCK_SUFFIX = ".lock"


def lock_path(map_path: Path) -> Path:
    """The lock file of ``map_path``."""
    return map_path.with_name(map_path.name + LOCK_SUFFIX)


class MapLock:
    """The writer's lock on one map, held until :meth:`release` or the process ends."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, map_path: Path) -> MapLock | None:
        """Take the lock of ``map_path``; None when another process holds it.

        Raises OSError when the lock file cannot be made at all (a read-only folder): the
        caller then opens the map read-only anyway.
        """
        path = lock_path(map_path)
        handle = path.open("a+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return None
        handle.seek(0)
        handle.truncate()
        holder = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        handle.write(json.dumps(holder))
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        """Give the map up for another writer and remove the lock file."""
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # left behind, it holds no lock and does no harm
        _unlock(self._handle)
        self._handle.close()
        self._handle = None


def holder_of(map_path: Path) -> dict[str, str]:
    """Who holds the lock of ``map_path`` (host, pid, since), as far as the file says."""
    try:
        data = json.loads(lock_path(map_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
