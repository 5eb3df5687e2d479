"""Map files crafted by someone else: triggers and views are refused, extra tables ignored."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aspdesk.store.errors import ForeignSchemaError
from aspdesk.store.opening import open_map


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON actors BEGIN DELETE FROM relationships; END",
        "CREATE TRIGGER quiet BEFORE UPDATE ON clusters BEGIN SELECT 1; END",
        "CREATE VIEW everyone AS SELECT name, email FROM actors",
    ],
)
def test_a_map_with_foreign_database_code_is_refused_untouched(
    sample_file: Path, tmp_path: Path, statement: str
) -> None:
    path = tmp_path / "stranger.aspmap"
    shutil.copy(sample_file, path)
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ForeignSchemaError) as raised:
        open_map(path, tmp_path / "backups")
    text = raised.value.text()
    assert "did not put there" in text and "stranger.aspmap" in text
    assert path.read_bytes() == before


def test_an_extra_table_is_left_alone(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.aspmap"
    shutil.copy(sample_file, path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE my_notes (text TEXT)")
        connection.execute("INSERT INTO my_notes VALUES ('keep me')")
    connection.close()
    store = open_map(path, tmp_path / "backups")
    try:
        assert len(store.actors()) == 21
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT text FROM my_notes").fetchall() == [("keep me",)]
    connection.close()
