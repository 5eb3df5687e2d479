"""The faster paths of ``aspdesk import`` give what the slower ones gave.

The command describes only its own arguments, imports no Qt for an English actor list,
pauses the cycle collector (for its whole process when run as a command, else only while
it imports) and ends its process without collecting what is left, stores rows through
SQLite's driver exactly as SQLAlchemy's executemany stored them, and looks for near names
only where there are names to be near.
"""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Connection, insert

from aspdesk.cli.main import main
from aspdesk.domain.change_values import dumps
from aspdesk.domain.entities import Actor, Relationship
from aspdesk.io.merging.matching import NameIndex
from aspdesk.store import applying, changes
from aspdesk.store.opening import create_map
from tests.fresh_process import run_script


def _actor_list(path: Path, rows: list[tuple[str, str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(("Nimi", "Y-tunnus"))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _in_a_process(script: str, tmp_path: Path, *arguments: Path) -> str:
    """What ``script`` prints, run by a fresh interpreter (with aspdesk's home in
    ``tmp_path``) on ``arguments``: in this process other tests have loaded everything."""
    # A user's own OPENBLAS_NUM_THREADS is kept; none here.
    home = tmp_path / "home"
    return run_script(
        script, *arguments, home=home, cwd=tmp_path, without=("OPENBLAS_NUM_THREADS",)
    )


def test_an_import_runs_the_report_s_modules_not(tmp_path: Path) -> None:
    source = _actor_list(tmp_path / "t.xlsx", [("Arctic Oy", "")])
    script = (
        "import sys\n"
        "from aspdesk.cli.main import main\n"
        "code = main(['import', '--lang', 'en', sys.argv[1], sys.argv[2]])\n"
        "print(code, 'aspdesk.cli.report' in sys.modules, 'aspdesk.analysis.outcomes' in "
        "sys.modules)\n"
    )
    printed = _in_a_process(script, tmp_path, tmp_path / "m.aspmap", source)
    assert printed.strip().splitlines()[-1] == "0 False False"


def test_an_import_of_an_actor_list_in_english_runs_without_qt(tmp_path: Path) -> None:
    """Qt is for the window and for translations: an English import of a one-sheet list
    (which no aspdesk workbook is) needs neither QtCore nor the undo stack's QtGui."""
    source = _actor_list(tmp_path / "t.xlsx", [("Arctic Oy", "1572860-0")])
    script = (
        "import sys\n"
        "from aspdesk.cli.main import main\n"
        "code = main(['import', '--lang', 'en', sys.argv[1], sys.argv[2]])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))),"
        " 'aspdesk.app.commands' in sys.modules)\n"
    )
    printed = _in_a_process(script, tmp_path, tmp_path / "m.aspmap", source)
    assert "Imported: 1 added" in printed
    assert printed.strip().splitlines()[-1] == "0 [] False"


def test_the_import_s_process_ends_without_collecting_what_it_stored_all_of(
    tmp_path: Path,
) -> None:
    """``aspdesk import`` pauses the cycle collector for its whole process, starts no BLAS
    threads and leaves its objects out of the collections at exit; exit handlers still run
    after it, the output is whole and the map holds every row."""
    source = _actor_list(tmp_path / "t.xlsx", [("Arctic Oy", ""), ("Lapin liitto", "")])
    target = tmp_path / "m.aspmap"
    script = (
        "import atexit, gc, runpy, sys\n"
        "import os\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, 'paused',"
        " not gc.isenabled(), 'blas', os.environ.get('OPENBLAS_NUM_THREADS'), flush=True))\n"
        "sys.argv = ['aspdesk', 'import', '--lang', 'en', sys.argv[1], sys.argv[2]]\n"
        "runpy.run_module('aspdesk', run_name='__main__')\n"
    )
    lines = _in_a_process(script, tmp_path, target, source).strip().splitlines()
    assert lines[-2:] == ["Imported: 2 added, 0 changed.", "frozen True paused True blas 1"]
    with closing(sqlite3.connect(target)) as database:
        names = database.execute("SELECT name FROM actors ORDER BY name").fetchall()
    assert names == [("Arctic Oy",), ("Lapin liitto",)]


def test_the_report_s_help_still_describes_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "--since" in capsys.readouterr().out


@pytest.mark.parametrize(
    "rows", [[("Arctic Oy", "")], [("Arctic Oy", "1234567-0")]], ids=["imported", "refused"]
)
def test_the_cycle_collector_runs_again_after_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]]
) -> None:
    monkeypatch.setenv("ASPDESK_HOME", str(tmp_path / "home"))
    source = _actor_list(tmp_path / "t.xlsx", rows)
    paused: list[bool] = []
    real = applying.apply_writes

    def watched(*args: Any, **kwargs: Any) -> None:
        paused.append(not gc.isenabled())
        real(*args, **kwargs)

    monkeypatch.setattr(applying, "apply_writes", watched)
    monkeypatch.setattr("aspdesk.store.repository.apply_writes", watched, raising=False)
    code = main(["import", "--lang", "en", str(tmp_path / "m.aspmap"), str(source)])
    assert gc.isenabled()
    if rows[0][1]:  # a wrong check digit: nothing stored, the collector back all the same
        assert code == 1 and paused == []
    else:
        assert code == 0 and paused[-1] is True


def _rows(path: Path, table: str) -> list[dict[str, object]]:
    with closing(sqlite3.connect(path)) as connection:
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_rows_through_the_driver_are_the_rows_sqlalchemy_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = datetime(2024, 3, 1, 12, 30, 15, 250, tzinfo=UTC)
    actors = [
        Actor(id=1, name="Arctic Oy", tags=("matkailu", "ä"), created_at=at, updated_at=at),
        Actor(id=2, name="Lapin liitto", size_class="", x=1.5, y=-2.0, pinned=True),
        Actor(id=3, name="Kemi", kind="authority", created_at=at, updated_at=at),
    ]
    ties = [
        Relationship(id=1, source_id=1, target_id=2),
        Relationship(id=2, source_id=2, target_id=3, strength=5),
    ]

    def stored(path: Path) -> dict[str, list[dict[str, object]]]:
        store = create_map(path, "x")
        try:
            store.apply(inserts=[*actors, *ties])
        finally:
            store.close()
        return {table: _rows(path, table) for table in ("actors", "relationships", "change")}

    fast = stored(tmp_path / "fast.aspmap")

    def through_sqlalchemy(
        connection: Connection, table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> None:
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])

    monkeypatch.setattr(applying, "insert_rows", through_sqlalchemy)
    monkeypatch.setattr(changes, "insert_rows", through_sqlalchemy)
    slow = stored(tmp_path / "slow.aspmap")
    # An actor without times gets the moment of the write: the same only in its form.
    for table in ("actors", "relationships", "change"):
        assert len(fast[table]) == len(slow[table]) > 1
    changed_later = ("actor", 2)  # its made change holds the write's moment too
    assert [c for c in fast["change"] if (c["subject"], c["entity_id"]) != changed_later] == [
        c for c in slow["change"] if (c["subject"], c["entity_id"]) != changed_later
    ]
    assert fast["relationships"] == slow["relationships"]
    assert fast["actors"][0] == slow["actors"][0] and fast["actors"][2] == slow["actors"][2]
    moment = ("created_at", "updated_at")
    second = [
        {k: v for k, v in rows["actors"][1].items() if k not in moment} for rows in (fast, slow)
    ]
    assert second[0] == second[1]
    assert [len(str(fast["actors"][1][k])) for k in moment] == [26, 26]
    assert fast["actors"][0]["created_at"] == "2024-03-01 12:30:15.000250"
    assert fast["actors"][0]["tags"] == '["matkailu", "\\u00e4"]'


def test_no_names_are_near_in_an_empty_index_and_some_are_in_a_full_one() -> None:
    index: NameIndex[str] = NameIndex()
    assert index.near("Arctic Design Oy") == []
    index.add("Arctic Designs", "the map's")
    assert index.near("Arctic Design Oy") == [(pytest.approx(0.96, abs=0.02), "the map's")]


def test_a_made_change_keeps_the_id_and_the_fields_off_their_defaults(tmp_path: Path) -> None:
    """What an insert records, taken by position (``whole``), is what a field-by-field
    comparison with each default gives, and reads back as the entity stored."""
    at = datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    actor = Actor(
        id=7, name="Arctic Oy", tags=("vienti",), size_class="", x=0.5, created_at=at, updated_at=at
    )
    other = Actor(id=8, name="Lapin liitto", kind="authority")
    tie = Relationship(id=9, source_id=7, target_id=8, strength=3, notes="vuodesta 2015")
    store = create_map(tmp_path / "made.aspmap", "x")
    try:
        store.apply(inserts=[actor, other, tie])
        made = {(c.subject, c.entity_id): c for c in store.changes.changes_after(0)}
    finally:
        store.close()
    rows = {
        (row["subject"], row["entity_id"]): row["new"]
        for row in _rows(tmp_path / "made.aspmap", "change")
    }
    assert rows[("relationship", 9)] == (
        '{"id":9,"source_id":7,"target_id":8,"notes":"vuodesta 2015"}'
    )
    assert rows[("actor", 7)] == (
        '{"id":7,"name":"Arctic Oy","tags":["vienti"],'
        '"created_at":"2024-03-01T12:30:00+00:00","updated_at":"2024-03-01T12:30:00+00:00",'
        '"x":0.5}'
    )
    assert made[("actor", 7)].new == actor
    assert made[("relationship", 9)].new == tie


def test_the_last_time_written_is_remembered_only_for_that_very_time() -> None:
    at = datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    helsinki = at.astimezone(timezone(timedelta(hours=2)))  # equal to ``at``, told apart
    assert [dumps(t) for t in (at, at, at + timedelta(seconds=1), helsinki, at)] == [
        '"2024-03-01T12:30:00+00:00"',
        '"2024-03-01T12:30:00+00:00"',
        '"2024-03-01T12:30:01+00:00"',
        '"2024-03-01T12:30:00+00:00"',
        '"2024-03-01T12:30:00+00:00"',
    ]
    assert dumps(datetime(2024, 3, 1, 14, 30)) == '"2024-03-01T14:30:00+00:00"'  # naive: UTC
