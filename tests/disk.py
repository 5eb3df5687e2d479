"""A real small disk for the tests of a full disk: a tmpfs mounted for one test.

A mock of ``open`` or ``write`` would only show that our code handles the error the mock
raises; a full file system shows what the operating system, SQLite, openpyxl and Qt really
do when space runs out (ENOSPC from a write, SQLITE_FULL from a commit, a journal that
cannot grow). Mounting needs root, which the test machine has; elsewhere run the tests
under ``unshare -r -m`` (root in a private mount namespace). Only when neither works is
the test skipped, and the reason says so.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_PAGE = 4096
_CANNOT_MOUNT = (
    "a full disk is tested on a small tmpfs, and mounting one needs root: run the tests "
    "as root or under 'unshare -r -m' ({reason})"
)


class SmallDisk:
    """A mounted tmpfs at :attr:`path`, which :meth:`fill` makes (nearly) full."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fillers: list[Path] = []

    def free(self) -> int:
        """Bytes a new file may still take."""
        stat = os.statvfs(self.path)
        return stat.f_bavail * stat.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Take every free byte but about ``leave`` (tmpfs counts whole pages)."""
        take = (self.free() - leave) // _PAGE * _PAGE
        if take <= 0:
            return
        filler = self.path / f".filler-{len(self._fillers)}"
        with filler.open("wb") as handle:
            # tmpfs keeps no pages for holes: allocate them for real.
            os.posix_fallocate(handle.fileno(), 0, take)
        self._fillers.append(filler)
        assert self.free() <= leave + _PAGE

    def make_room(self) -> None:
        """Give back what :meth:`fill` took, as a user freeing space would."""
        for filler in self._fillers:
            filler.unlink(missing_ok=True)
        self._fillers.clear()

    def files(self) -> set[str]:
        """The names under :attr:`path` (relative, fillers left out), for "nothing left"."""
        return {
            str(p.relative_to(self.path)) for p in self.path.rglob("*") if p not in self._fillers
        }


@contextmanager
def mounted_tmpfs(folder: Path, size: int) -> Iterator[SmallDisk]:
    """Mount a tmpfs of ``size`` bytes on ``folder`` (made if missing) for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", f"size={max(size // 1024, 4)}k", "tmpfs", str(folder)]
    try:
        done = subprocess.run(mount, capture_output=True, text=True, timeout=30)
    except OSError as error:
        pytest.skip(_CANNOT_MOUNT.format(reason=error))
    if done.returncode != 0:
        pytest.skip(_CANNOT_MOUNT.format(reason=done.stderr.strip() or done.returncode))
    try:
        yield SmallDisk(folder)
    finally:
        result = subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
        if result.returncode != 0:  # a file still open: detach now, freed when closed
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)
