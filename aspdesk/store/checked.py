"""Map files found sound by the full check: reopened unchanged, they are not read whole again.

Opening a map checks all of it before anything reads it (:func:`aspdesk.store.mapfile.inspect`:
SQLite's integrity check and every value against its column's kind). On a map of 10,000
actors and 30,000 ties that reads 14 MB, a quarter of a second of every start on the map a
coordinator opens each morning, although nothing but aspdesk has touched it since it last
checked it. So a map found sound is remembered with a *stamp* of the file: its device,
inode, size, the times of its last change (modified and status-changed, in nanoseconds;
the latter no program can set back) and SQLite's own change counter from its header,
which every committed write increases. A map whose stamp is the one remembered is the file
that was checked; any write, copy, move or restore from anywhere makes another stamp, and the
map is checked whole again. A map with a journal beside it is always checked whole.

A window's map is remembered when opening finds it sound, and again when it closes if it was
written meanwhile: checked whole then (:meth:`aspdesk.store.repository.MapStore.close`), so
that a write by another program while aspdesk had it open is caught on the next opening all
the same. The stamps live in one small JSON file of the user's (``AppPaths``); losing it
costs one full check. A new aspdesk version forgets every stamp, since its check may be
stricter.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from aspdesk import __version__

#: How many maps are remembered; the oldest is forgotten first.
REMEMBERED = 64

_CHANGE_COUNTER = slice(24, 28)  # SQLite's file change counter, in the database header


def stamp(path: Path) -> str | None:
    """The stamp of the map file at ``path`` as it is now (None when it cannot be read, or
    when a journal beside it says a save was left unfinished)."""
    try:
        journal = path.with_name(path.name + "-journal")
        if journal.exists() and journal.stat().st_size > 0:
            return None
        with path.open("rb") as file:
            header = file.read(100)
            status = os.fstat(file.fileno())
    except OSError:
        return None
    if len(header) < 100:
        return None
    return ":".join(
        (
            str(status.st_dev),
            str(status.st_ino),
            str(status.st_size),
            str(status.st_mtime_ns),
            str(status.st_ctime_ns),
            header[_CHANGE_COUNTER].hex(),
        )
    )


class CheckedMaps:
    """The stamps of the maps found sound, kept in the JSON file ``file``."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def knows(self, path: Path, now: str | None) -> bool:
        """Whether ``path`` was found sound when its stamp was ``now`` (its stamp now)."""
        return now is not None and self._read().get(str(path)) == now

    def remember(self, path: Path, checked: str | None) -> None:
        """Remember that ``path`` was found sound when its stamp was ``checked``, if it still
        is (a write during the check leaves it unremembered)."""
        if checked is None or stamp(path) != checked:
            return
        maps = self._read()
        maps.pop(str(path), None)
        maps[str(path)] = checked
        while len(maps) > REMEMBERED:
            maps.pop(next(iter(maps)))
        self._write(maps)

    def _read(self) -> dict[str, str]:
        try:
            content = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no file yet, or not one of ours: every map is checked whole
        if not isinstance(content, dict) or content.get("aspdesk") != __version__:
            return {}
        maps = content.get("maps")
        if not isinstance(maps, dict):
            return {}
        return {str(key): value for key, value in maps.items() if isinstance(value, str)}

    def _write(self, maps: dict[str, str]) -> None:
        content = json.dumps({"aspdesk": __version__, "maps": maps}, ensure_ascii=False)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.file.parent, prefix=".checked-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(content)
                os.replace(name, self.file)
            except BaseException:
                Path(name).unlink(missing_ok=True)
                raise
        except OSError:
            # Not remembered: the next opening checks the map whole, as without this file.
            return
