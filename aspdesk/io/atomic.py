"""Writing a file, or a folder of files, so that it is either complete or not there at all.

Every export goes through here (data files, images, reports, partner tables): it writes a
temporary file or folder beside the target, syncs it to the disk, and only then moves it
over the target, in one step. A new file gets the permissions any new file gets (the
umask's, 0644 under the usual 022: ``tempfile`` would make it 0600, private to the user,
which a shared folder's readers then cannot open); a file written over keeps its own. If
anything fails on the way (a full disk, no permission, a
cancel, a bug), the temporary file is removed and the target is left as it was. An
operating-system error becomes a :class:`DataFileError` that names the target and says
why in words a coordinator can act on: a full disk says "the disk is full", in the user's
language, where the system's own text would be English.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, Protocol

from aspdesk.io.errors import (
    CANNOT_CREATE_FOLDER,
    CANNOT_WRITE,
    CANNOT_WRITE_IN,
    DISK_FULL,
    DataFileError,
)

# Quota exhausted reads the same to a user as a full disk; Windows has no EDQUOT.
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_failure(path: Path, error: OSError, template: str = CANNOT_WRITE) -> DataFileError:
    """``error`` met while writing ``path``, as a message for the user naming ``path``."""
    if error.errno in _NO_SPACE:
        return DataFileError(DISK_FULL, str(path))
    return DataFileError(template, str(path), detail=error.strerror or str(error))


def _beside(path: Path, make: Callable[[Path], None]) -> Path:
    """A new temporary name beside ``path``, made by ``make`` (which refuses an existing one).

    Made with the default mode (``tempfile`` would make it private to the user), so the
    finished file or folder gets the permissions any new one would.
    """
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
        try:
            make(candidate)
        except FileExistsError:
            continue
        return candidate


def _new_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def _sync(path: Path) -> None:
    # A file system may report a full disk only when the data reaches it (delayed
    # allocation, network drives): find out before the target is replaced, not after.
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _keep_mode(path: Path, temporary: Path) -> None:
    """Give ``temporary`` the permissions of the file it replaces, as an editor saving
    over a file does; a new file keeps those of any new file (the umask's)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temporary, mode)


def _folder_of(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_failure(path, error, CANNOT_WRITE_IN) from error


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; on success it replaces ``path`` in one step.

    If the block raises, the temporary file is removed and ``path`` is left as it was, so
    an export that fails half-way (a full disk, a bug) never leaves half a file.
    """
    _folder_of(path)
    try:
        temporary = _beside(path, _new_file)
    except OSError as error:
        raise write_failure(path, error, CANNOT_WRITE_IN) from error
    try:
        yield temporary
        _sync(temporary)
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise write_failure(path, error) from error
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path and move the result to ``path`` when it is done."""
    with atomic_path(path) as temporary:
        write(temporary)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, whole or not at all."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


class Workbook(Protocol):
    """What :func:`write_workbook_atomically` needs of an openpyxl workbook."""

    def save(self, filename: BinaryIO) -> None: ...


def write_workbook_atomically(path: Path, workbook: Workbook) -> None:
    """Write an openpyxl ``workbook`` to ``path``, whole or not at all.

    It is saved into memory first: openpyxl leaves its zip file open when a write fails
    (a full disk), and that file's clean-up fails once more, later and out of sight.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes_atomically(path, buffer.getvalue())


@contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A new, empty temporary folder beside ``path``, whose files become ``path``'s when the
    block ends without an error.

    A new folder is moved into place whole. Into a folder that exists (an export made
    again), each file moves over its namesake only once every file is written, so a full
    disk never leaves some tables new and some old; files of other names stay. If the
    block raises, the temporary folder goes and ``path`` is left as it was.
    """
    if path.exists() and not path.is_dir():
        raise DataFileError(CANNOT_CREATE_FOLDER, str(path), detail=os.strerror(errno.EEXIST))
    _folder_of(path)
    try:
        temporary = _beside(path, os.mkdir)
    except OSError as error:
        raise write_failure(path, error, CANNOT_CREATE_FOLDER) from error
    try:
        yield temporary
        files = sorted(temporary.iterdir())
        for file in files:
            _sync(file)
        if path.is_dir():
            for file in files:
                os.replace(file, path / file.name)
        else:
            os.replace(temporary, path)
    except OSError as error:
        raise write_failure(path, error) from error
    finally:
        with suppress(OSError):
            shutil.rmtree(temporary)
