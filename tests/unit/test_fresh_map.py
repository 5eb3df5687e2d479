"""A new map made from the shipped statements is the map the migrations make.

``fresh_map.json`` holds the statements the migrations leave; a map made from it must be
the one Alembic would have made (its tables, indexes, rows, revision and marks), and a
new map must not import Alembic to be made.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aspdesk.domain.changes import HISTORY_STARTS, KEY, marked
from aspdesk.store import fresh_map
from aspdesk.store.changes import computer_user
from aspdesk.store.mapfile import check_map_file, create_map_file, head_revision

ROOT = Path(__file__).resolve().parents[2]
_AT = re.compile(r"INSERT INTO \"change_set\" VALUES\(1,'[^']*',")


def _dump(path: Path) -> tuple[list[str], tuple[object, ...]]:
    """The map's statements and rows (its id and first set's time left out), and marks."""
    with closing(sqlite3.connect(path)) as connection:
        lines = [
            _AT.sub("INSERT INTO \"change_set\" VALUES(1,'AT',", line)
            for line in connection.iterdump()
            if not line.startswith("INSERT INTO \"map_info\" VALUES('map_id'")
        ]
        marks = tuple(
            connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("application_id", "user_version", "encoding", "auto_vacuum")
        )
    return lines, marks


def test_the_shipped_statements_are_what_the_migrations_leave() -> None:
    revision, statements = fresh_map.statements_from_migrations()
    assert revision == head_revision()
    # Run `python -m aspdesk.store.fresh_map` after adding a migration.
    assert fresh_map.stored_statements(revision) == tuple(statements)


def test_a_new_map_is_the_one_the_migrations_make(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = tmp_path / "made.aspmap"
    create_map_file(made)
    monkeypatch.setattr(fresh_map, "stored_statements", lambda revision: None)
    migrated = tmp_path / "migrated.aspmap"
    create_map_file(migrated)

    assert _dump(made) == _dump(migrated)
    assert len(_dump(made)[0]) > 30  # tables, indexes and rows, not an empty dump
    assert check_map_file(made) == head_revision()  # its schema passes the opening's check
    with closing(sqlite3.connect(made)) as connection:
        at, author, summary = connection.execute(
            "SELECT at, author, summary FROM change_set WHERE id = 1"
        ).fetchone()
    assert (author, summary) == (computer_user(), marked(KEY, HISTORY_STARTS))
    when = datetime.fromisoformat(at).replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - when).total_seconds()) < 600


def test_statements_of_another_revision_are_not_used() -> None:
    assert fresh_map.stored_statements("0006") is None
    assert fresh_map.stored_statements(head_revision())


def test_making_a_new_map_does_not_import_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from aspdesk.store.opening import create_map\n"
        "create_map(Path(sys.argv[1]), name='x').close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "new.aspmap")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert result.stdout.strip() == "[]"
    assert check_map_file(tmp_path / "new.aspmap") == head_revision()
