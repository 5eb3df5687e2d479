"""Map files crafted or damaged by someone else: anything in the schema that aspdesk did
not make is refused untouched, values a column cannot hold are named, and damage that only
a full integrity check sees is caught. Every case goes through aspdesk's own opening."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from aspdesk.store.errors import (
    BadValueError,
    DamagedMapError,
    ForeignSchemaError,
    MapFileError,
    SchemaMismatchError,
)
from aspdesk.store.opening import Purpose, open_map


def _crafted(sample_file: Path, tmp_path: Path, *statements: str, name: str = "x") -> Path:
    path = tmp_path / f"{name}.aspmap"
    shutil.copy(sample_file, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return path


def _refused(path: Path, tmp_path: Path, error: type[MapFileError]) -> str:
    before = path.read_bytes()
    for purpose in Purpose:
        with pytest.raises(error) as raised:
            open_map(path, tmp_path / "backups", purpose=purpose)
        assert path.read_bytes() == before, "a refused map is left byte for byte as it was"
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ], "nothing is left beside a refused map"
    text = raised.value.text()
    assert path.name in text
    return text


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
    path = _crafted(sample_file, tmp_path, statement)
    assert "did not put there" in _refused(path, tmp_path, ForeignSchemaError)


# Each rebuilds or extends the schema the way a hostile or careless tool could.
_ACTORS_CASCADING_TO_CLUSTERS = [
    "PRAGMA foreign_keys = OFF",
    "PRAGMA legacy_alter_table = ON",
    "ALTER TABLE actors RENAME TO old_actors",
    "CREATE TABLE actors AS SELECT * FROM old_actors WHERE 0",
    "DROP TABLE actors",
    # the same columns, and one more foreign key: an actor dies with cluster 1
    "CREATE TABLE actors (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name VARCHAR(300) "
    "NOT NULL, short_name VARCHAR(60) NOT NULL, kind VARCHAR(64) NOT NULL REFERENCES "
    "clusters(id) ON DELETE CASCADE, description TEXT NOT NULL, business_id VARCHAR(9) NOT "
    "NULL, municipality VARCHAR(200) NOT NULL, country VARCHAR(2) NOT NULL, website "
    "VARCHAR(500) NOT NULL, email VARCHAR(320) NOT NULL, phone VARCHAR(60) NOT NULL, "
    "size_class VARCHAR(64), sector VARCHAR(200) NOT NULL, tags JSON NOT NULL, notes TEXT NOT "
    "NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, x FLOAT, y FLOAT, "
    "pinned BOOLEAN DEFAULT 0 NOT NULL, pic VARCHAR(9) DEFAULT '' NOT NULL, "
    "name_sv VARCHAR(300) DEFAULT '' NOT NULL, name_en VARCHAR(300) DEFAULT '' NOT NULL)",
    "INSERT INTO actors SELECT * FROM old_actors",
    "DROP TABLE old_actors",
]


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (_ACTORS_CASCADING_TO_CLUSTERS, "table actors: foreign_keys"),
        (["CREATE TABLE my_notes (text TEXT)"], "table my_notes"),
        (["CREATE UNIQUE INDEX one_per_name ON actors (name)"], "index one_per_name"),
        (["CREATE INDEX lower_name ON actors (lower(name))"], "index lower_name"),
        (["ANALYZE"], "sqlite_stat1"),
        (["ALTER TABLE actors ADD COLUMN secret TEXT DEFAULT 'x'"], "table actors: columns"),
        (
            ["ALTER TABLE clusters ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name))"],
            "table clusters: columns",
        ),
        (["ALTER TABLE projects DROP COLUMN call_id"], "table projects: columns"),
        (["DROP INDEX ix_actors_business_id"], "index ix_actors_business_id missing"),
    ],
    ids=[
        "cascade-to-clusters",
        "extra-table",
        "unique-index",
        "expression-index",
        "statistics",
        "extra-column",
        "generated-column",
        "missing-column",
        "missing-index",
    ],
)
def test_a_schema_aspdesk_did_not_make_is_refused_untouched(
    sample_file: Path, tmp_path: Path, statements: list[str], named: str
) -> None:
    path = _crafted(sample_file, tmp_path, *statements)
    text = _refused(path, tmp_path, SchemaMismatchError)
    assert "database structure that aspdesk did not make" in text
    assert named in text


def _rebuilt_with(sample_file: Path, tmp_path: Path, change: Callable[[str], str]) -> Path:
    """The sample with the CREATE statement of relationships changed by ``change``."""
    path = tmp_path / "rebuilt.aspmap"
    shutil.copy(sample_file, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'relationships'"
        ).fetchone()
        connection.executescript(
            "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;"
            "ALTER TABLE relationships RENAME TO old_rel;"
            + change(sql)
            + "; INSERT INTO relationships SELECT * FROM old_rel; DROP TABLE old_rel;"
        )
    finally:
        connection.close()
    return path


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda sql: sql.replace("BETWEEN 1 AND 5", "BETWEEN 0 AND 5"), "checks"),
        (
            lambda sql: sql.replace("notes TEXT NOT NULL", "notes TEXT COLLATE NOCASE NOT NULL"),
            "collations",
        ),
        (lambda sql: sql.replace("ON DELETE CASCADE", "ON DELETE SET NULL", 1), "foreign_keys"),
    ],
    ids=["narrower-check", "collation", "delete-action"],
)
def test_a_changed_constraint_is_refused(
    sample_file: Path, tmp_path: Path, change: Callable[[str], str], named: str
) -> None:
    path = _rebuilt_with(sample_file, tmp_path, change)
    assert f"table relationships: {named}" in _refused(path, tmp_path, SchemaMismatchError)


def test_the_cascade_attack_cannot_delete_actors_with_a_cluster(
    sample_file: Path, tmp_path: Path
) -> None:
    """The fault found: a received map deleted all its actors on a routine cluster delete."""
    path = _crafted(sample_file, tmp_path, *_ACTORS_CASCADING_TO_CLUSTERS)
    with pytest.raises(SchemaMismatchError):
        open_map(path, tmp_path / "backups")
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM actors").fetchone() == (21,)
    connection.close()


@pytest.mark.parametrize(
    ("statement", "where"),
    [
        ("UPDATE memberships SET since = '2020-13-45' WHERE id = 3", ("memberships", "3", "since")),
        ("UPDATE actors SET created_at = 'eilen' WHERE id = 2", ("actors", "2", "created_at")),
        ("UPDATE relationships SET directed = 7 WHERE id = 4", ("relationships", "4", "directed")),
        ("UPDATE actors SET x = 'left' WHERE id = 5", ("actors", "5", "x")),
        ("UPDATE actors SET name = x'4b656d69ff' WHERE id = 6", ("actors", "6", "name")),
        (
            "UPDATE actors SET name = CAST(x'4b656d69ff' AS TEXT) WHERE id = 7",
            ("actors", "7", "name"),
        ),
        ("UPDATE actors SET tags = '{\"a\": 1}' WHERE id = 8", ("actors", "8", "tags")),
        ("UPDATE actors SET tags = '[1, 2]' WHERE id = 9", ("actors", "9", "tags")),
        (
            "UPDATE projects SET cluster_ids = 'not json' WHERE id = 1",
            ("projects", "1", "cluster_ids"),
        ),
        # Deeper than Python's JSON parser goes: RecursionError, not ValueError.
        (
            f"UPDATE actors SET tags = '{'[' * 5000}{']' * 5000}' WHERE id = 10",
            ("actors", "10", "tags"),
        ),
    ],
    ids=[
        "bad-date",
        "bad-datetime",
        "bad-boolean",
        "text-in-number",
        "blob-in-text",
        "not-utf8",
        "tags-not-list",
        "tags-not-text",
        "ids-not-json",
        "tags-nested-too-deep",
    ],
)
def test_a_value_a_column_cannot_hold_is_named_not_a_traceback(
    sample_file: Path, tmp_path: Path, statement: str, where: tuple[str, str, str]
) -> None:
    path = _crafted(sample_file, tmp_path, statement)
    text = _refused(path, tmp_path, BadValueError)
    table, row, column = where
    assert f"in the table {table}, row {row}, the field {column}" in text


def test_a_tie_to_an_actor_that_is_not_there_is_named(sample_file: Path, tmp_path: Path) -> None:
    path = _crafted(
        sample_file, tmp_path, "PRAGMA foreign_keys = OFF", "DELETE FROM actors WHERE id = 1"
    )
    text = _refused(path, tmp_path, BadValueError)
    assert "refers to a row of actors that is not there" in text


def test_index_damage_that_a_quick_check_lets_through_is_refused(
    sample_file: Path, tmp_path: Path
) -> None:
    """A business ID changed inside the index only: the pages are well formed, so SQLite's
    quick_check passes, but the index no longer matches its table."""
    path = _crafted(
        sample_file, tmp_path, "UPDATE actors SET business_id = '0245437-2' WHERE id = 3"
    )
    connection = sqlite3.connect(path)
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_actors_business_id'"
    ).fetchone()
    (business_id,) = connection.execute(
        "SELECT business_id FROM actors WHERE business_id != '' LIMIT 1"
    ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    page = slice((root - 1) * page_size, root * page_size)
    at = bytes(data[page]).index(business_id.encode())
    data[(root - 1) * page_size + at] ^= 0x01  # one digit changed in the index alone
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    connection.close()
    assert "damaged" in _refused(path, tmp_path, DamagedMapError)


def test_text_that_is_not_utf8_is_named_in_the_change_log(
    sample_file: Path, tmp_path: Path
) -> None:
    # Text columns are first read joined, and judged value by value only when that fails:
    # a bad value after thousands of good ones (the change log) is still named exactly.
    connection = sqlite3.connect(sample_file)
    (last,) = connection.execute("SELECT max(rowid) FROM change").fetchone()
    connection.close()
    path = _crafted(
        sample_file,
        tmp_path,
        "UPDATE actors SET name = 'Kemin Yrityspalvelut Ä' WHERE id = 3",
        f"UPDATE change SET new = CAST(x'7b22ff227d' AS TEXT) WHERE rowid = {last}",
    )
    text = _refused(path, tmp_path, BadValueError)
    assert f"in the table change, row {last}, the field new" in text


def test_of_two_bad_texts_in_a_table_the_first_column_is_named(
    sample_file: Path, tmp_path: Path
) -> None:
    path = _crafted(
        sample_file,
        tmp_path,
        "UPDATE actors SET municipality = CAST(x'4b656d69ff' AS TEXT) WHERE id = 2",
        "UPDATE actors SET name = CAST(x'4b656d69ff' AS TEXT) WHERE id = 5",
    )
    text = _refused(path, tmp_path, BadValueError)
    assert "in the table actors, row 5, the field name" in text


def test_text_columns_holding_numbers_or_other_letters_open(
    sample_file: Path, tmp_path: Path
) -> None:
    path = _crafted(
        sample_file,
        tmp_path,
        "UPDATE actors SET municipality = 42 WHERE id = 2",
        "UPDATE actors SET name = 'Ähtärin Ääni – 東京' WHERE id = 3",
        "UPDATE actors SET notes = x'4b656d69' WHERE id = 4",  # bytes that are UTF-8
    )
    store = open_map(path, tmp_path / "backups", purpose=Purpose.READ)
    store.close()


def test_of_a_bad_date_and_a_bad_text_the_first_column_is_named(
    sample_file: Path, tmp_path: Path
) -> None:
    # One scan finds the suspects of every judged column; they are judged column by column.
    path = _crafted(
        sample_file,
        tmp_path,
        "UPDATE actors SET created_at = 'eilen' WHERE id = 2",
        "UPDATE actors SET name = CAST(x'4b656d69ff' AS TEXT) WHERE id = 5",
    )
    text = _refused(path, tmp_path, BadValueError)
    assert "in the table actors, row 5, the field name" in text
