"""Map files for tests: maps made at an older schema revision, as older aspdesk made them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import text

from aspdesk.store.connection import MapFile
from aspdesk.store.mapfile import APPLICATION_ID, upgrade


def map_at(path: Path, revision: str, *statements: str) -> Path:
    """An empty map at ``path`` made by the migrations up to ``revision``, then
    ``statements`` run in the same transaction (to put old rows in)."""
    path.touch(exist_ok=False)  # an empty file is an empty SQLite database
    engine = MapFile(path).engine()
    try:
        with engine.begin() as connection:
            connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            upgrade(connection, revision)
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()
    return path


OLD_ACTOR = (
    "INSERT INTO actors (name, short_name, kind, description, business_id, municipality, "
    "country, website, email, phone, sector, tags, notes, created_at, updated_at) VALUES "
    "('{name}', '', 'company', '', '', 'Kemi', 'FI', '', '', '', '', '[]', '', "
    "'2015-06-01 00:00:00.000000', '2015-06-01 00:00:00.000000')"
)
COMPANY_KIND = "INSERT INTO actor_kinds VALUES ('company', 'Company', 'Yritys', 0)"


_HALF_SAVED = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from aspdesk.store.opening import open_map
store = open_map(Path(sys.argv[1]), Path(sys.argv[2]))
with store.engine.begin() as connection:
    # Far more than SQLite's page cache holds, so the map file itself is written before
    # the commit, with the pages it replaced in the journal: a hot journal once killed.
    connection.execute(text("UPDATE actors SET notes = 'half-saved'"))
    for _ in range(7):
        connection.execute(text(
            "INSERT INTO actors (name, short_name, kind, description, business_id, "
            "municipality, country, website, email, phone, sector, tags, notes, created_at, "
            "updated_at, pinned, pic) SELECT name || ' copy', short_name, kind, "
            "description || hex(randomblob(600)), business_id, municipality, country, "
            "website, email, phone, sector, tags, notes, created_at, updated_at, pinned, pic "
            "FROM actors"
        ))
    print("mid-save", flush=True)
    time.sleep(120)
"""


def rename_first_actor(path: Path, name: str) -> None:
    """A write to the map at ``path`` (one actor renamed through SQLite), so that it is no
    longer as a backup copy made of it has it."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE actors SET name = ? WHERE id = 1", (name,))


def half_saved(path: Path, backup_dir: Path) -> Path:
    """Kill a process of aspdesk's own store in the middle of a big commit to ``path``:
    the map is left with a hot journal beside it. Returns the journal's path."""
    import signal
    import subprocess
    import sys

    from aspdesk.store.mapfile import journal_of

    child = subprocess.Popen(
        [sys.executable, "-c", _HALF_SAVED, str(path), str(backup_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline().strip()
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert line == "mid-save", child.stderr.read()
    journal = journal_of(path)
    assert journal.exists() and journal.stat().st_size > 0, "no hot journal was left"
    return journal


@contextmanager
def read_only_mount(folder: Path, *files: Path) -> Iterator[Path]:
    """``folder`` as a small file system holding copies of ``files``, mounted read-only
    (as a map on a CD, a write-protected share or a folder of someone else's). Skips the
    test where this process cannot mount."""
    import shutil
    import subprocess

    from .disk import mounted_tmpfs

    with mounted_tmpfs(folder, 64 * 1024 * 1024):
        for file in files:
            shutil.copy(file, folder / file.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
