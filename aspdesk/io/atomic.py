"""Writing a file so that it is either complete or not there at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aspdesk.io.errors import CANNOT_WRITE, CANNOT_WRITE_IN, DataFileError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; on success it replaces ``path`` in one step.

    If the block raises, the temporary file is removed and ``path`` is left as it was, so
    an export that fails half-way (a full disk, a bug) never leaves half a file.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
        os.close(handle)
    except OSError as error:
        raise DataFileError(
            CANNOT_WRITE_IN, str(path), detail=error.strerror or str(error)
        ) from error
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        raise DataFileError(CANNOT_WRITE, str(path), detail=error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path and move the result to ``path`` when it is done."""
    with atomic_path(path) as temporary:
        write(temporary)
