"""Map files: marking, checking, refusing and migrating."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.views import SavedView
from aspdesk.store import mapfile
from aspdesk.store.connection import MapFile
from aspdesk.store.errors import (
    DamagedMapError,
    MapExistsError,
    MapFileError,
    MapTooNewError,
    MigrationFailedError,
    NotAMapError,
)
from aspdesk.store.mapfile import APPLICATION_ID, check_map_file, head_revision
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.schema import Base

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_map_is_marked_and_at_head(tmp_path: Path) -> None:
    path = tmp_path / "m.aspmap"
    create_map(path).close()
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert check_map_file(path) == head_revision()


def test_closed_map_is_one_file(tmp_path: Path) -> None:
    path = tmp_path / "m.aspmap"
    store = create_map(path)
    store.insert(Actor(name="A"))
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.aspmap"]


def test_every_connection_enforces_foreign_keys(store: MapStore) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.aspmap"
    path.write_bytes(b"keep me")
    with pytest.raises(MapExistsError):
        create_map(path)
    assert path.read_bytes() == b"keep me"


def _refused(path: Path, error: type[MapFileError], tmp_path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        open_map(path, tmp_path / "backups")
    assert path.read_bytes() == before, "a refused file must be left byte-for-byte unchanged"
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ]
    message = caught.value.text()
    assert str(path.resolve()) in message or str(path) in message
    return message


def test_text_file_is_not_a_map(tmp_path: Path) -> None:
    path = tmp_path / "notes.aspmap"
    path.write_text("Nimi;Kunta\nGTK;Rovaniemi\n", encoding="utf-8")
    assert "not an aspdesk map" in _refused(path, NotAMapError, tmp_path)


def _workbook_bytes(tmp_path: Path) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Kunta"])
    sheet.append(["GTK", "Rovaniemi"])
    made = tmp_path / "made.xlsx"
    workbook.save(made)
    return made.read_bytes()


@pytest.mark.parametrize(
    ("content", "kind", "suffix"),
    [
        (_workbook_bytes, "an Excel workbook", ".xlsx"),
        (lambda _t: b"Nimi;Kunta\nGTK;Rovaniemi\n", "a CSV or text table", ".csv"),
        (lambda _t: b"<?xml version='1.0'?>\n<graphml></graphml>", "a GraphML graph", ".graphml"),
        (lambda _t: b"<gexf version='1.3'></gexf>", "a GEXF graph", ".gexf"),
        (lambda _t: b'{"format": "aspdesk-map", "version": 1}', "an aspdesk JSON backup", ".json"),
        (lambda _t: b"%PDF-1.7\n", "a PDF document", ""),
        (lambda _t: b"", "an empty file", ""),
    ],
)
def test_a_renamed_file_is_told_for_what_it_seems(
    tmp_path: Path, content: Callable[[Path], bytes], kind: str, suffix: str
) -> None:
    path = tmp_path / "kumppanit.aspmap"
    path.write_bytes(content(tmp_path))
    message = _refused(path, NotAMapError, tmp_path)
    assert "is not an aspdesk map" in message and f"it seems to be {kind}." in message
    assert "ending in .aspmap" not in message
    assert (f"its own ending ({suffix})" in message) == bool(suffix)


def test_a_data_file_under_its_own_name_is_told_to_be_imported(tmp_path: Path) -> None:
    path = tmp_path / "kumppanit.xlsx"
    path.write_bytes(_workbook_bytes(tmp_path))
    message = _refused(path, NotAMapError, tmp_path)
    assert "is an Excel workbook, not an aspdesk map" in message and "File > Import" in message


def test_empty_file_is_not_a_map(tmp_path: Path) -> None:
    path = tmp_path / "empty.aspmap"
    path.write_bytes(b"")
    _refused(path, NotAMapError, tmp_path)


def test_other_sqlite_database_is_not_a_map(tmp_path: Path) -> None:
    path = tmp_path / "other.aspmap"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert "a database of another program" in _refused(path, NotAMapError, tmp_path)


def test_truncated_map_is_damaged(tmp_path: Path, sample_file: Path) -> None:
    path = tmp_path / "cut.aspmap"
    data = sample_file.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "damaged" in _refused(path, DamagedMapError, tmp_path)


def test_map_from_a_newer_aspdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.aspmap"
    create_map(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future_9999'")
    assert "newer version of aspdesk" in _refused(path, MapTooNewError, tmp_path)


def test_missing_file_gets_a_message(tmp_path: Path) -> None:
    with pytest.raises(MapFileError) as caught:
        open_map(tmp_path / "nowhere.aspmap", tmp_path / "backups")
    assert "does not exist" in caught.value.text()


def test_schema_of_a_new_map_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "m.aspmap"
    create_map(path).close()
    engine = MapFile(path).engine()
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def _migration_copies(backups: Path) -> list[Path]:
    return sorted(p for p in backups.glob("*.aspmap") if "-before-0" in p.name)


def test_map_made_at_the_first_revision_upgrades_to_head(tmp_path: Path) -> None:
    revisions = list(mapfile._scripts().walk_revisions())
    first = revisions[-1].revision
    path = map_at(tmp_path / "old.aspmap", first, COMPANY_KIND, OLD_ACTOR.format(name="Old actor"))
    backups = tmp_path / "backups"
    store = open_map(path, backups)
    try:
        assert check_map_file(path) == head_revision()
        assert [a.name for a in store.actors()] == ["Old actor"]
        assert store.counts()[EntityType.ACTOR] == 1
    finally:
        store.close()
    assert first != head_revision(), "this test needs at least two revisions"
    (backup,) = _migration_copies(backups)
    assert check_map_file(backup) == first, "the backup holds the map as it was"
    with sqlite3.connect(path) as connection:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'actors'"
        ).fetchone()
    assert "AUTOINCREMENT" in sql, "a migration must keep ids from being reused"


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_map_of_an_older_revision_gains_saved_views(tmp_path: Path, revision: str) -> None:
    path = map_at(
        tmp_path / f"at-{revision}.aspmap",
        revision,
        "INSERT INTO map_info VALUES ('name', 'Vanha kartta')",
    )
    backups = tmp_path / "backups"
    store = open_map(path, backups)
    try:
        assert store.map_name() == "Vanha kartta"
        assert store.views.all() == []
        first = store.views.insert(SavedView(name="Alku"), at_end=True)
        store.views.delete(first.id or 0)
        again = store.views.insert(SavedView(name="Toinen"), at_end=True)
        assert again.id == (first.id or 0) + 1, "a deleted view's id is never handed out again"
    finally:
        store.close()
    (backup,) = _migration_copies(backups)
    assert check_map_file(backup) == revision
    assert check_map_file(path) == head_revision()
    with sqlite3.connect(path) as connection:
        (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'views'").fetchone()
    assert "AUTOINCREMENT" in sql


def test_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = map_at(tmp_path / "m.aspmap", "0003", COMPANY_KIND, OLD_ACTOR.format(name="Kemi Oy"))
    before = tmp_path / "before.aspmap"
    before.write_bytes(path.read_bytes())
    open_map(path, tmp_path / "backups").close()
    (backup,) = _migration_copies(tmp_path / "backups")
    assert "-before-0003-" in backup.name
    with sqlite3.connect(backup) as a, sqlite3.connect(before) as b:
        # The copy also says which map it was made from.
        copied = [line for line in a.iterdump() if "'backup_of'" not in line]
        assert copied == list(b.iterdump())
    a.close()
    b.close()


def test_failed_migration_leaves_the_map_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails after changing the schema and the data leaves neither change:
    the whole migration is one transaction, schema statements included."""
    path = map_at(tmp_path / "m.aspmap", "0003", COMPANY_KIND, OLD_ACTOR.format(name="Keep"))
    real_upgrade = mapfile.upgrade

    def broken(connection: Any, revision: str) -> None:
        real_upgrade(connection, revision)  # every statement of 0004 runs...
        connection.execute(text("DELETE FROM actors"))
        raise RuntimeError("migration step failed")  # ...and then it fails

    monkeypatch.setattr(mapfile, "upgrade", broken)
    with pytest.raises(MigrationFailedError) as raised:
        open_map(path, tmp_path / "backups")
    assert "left as it was" in raised.value.text()
    assert check_map_file(path) == "0003"
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(actors)")]
    connection.close()
    assert "pic" not in columns, "no column of the failed migration may stay"
    monkeypatch.undo()
    reopened = open_map(path, tmp_path / "backups")
    try:
        assert [a.name for a in reopened.actors()] == ["Keep"]
        assert check_map_file(path) == head_revision()
    finally:
        reopened.close()


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    """Opening reads revision names from the migration files without Alembic: they must be
    exactly the ones Alembic finds, in its order, so a new migration cannot slip past."""
    scripts = mapfile._scripts()
    assert mapfile.head_revision() == scripts.get_current_head()
    alembic_order = [s.revision for s in scripts.walk_revisions()][::-1]
    assert list(mapfile._revision_chain()) == alembic_order


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_new_map_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    """Built under a temporary name, a map must not end up readable by its owner alone."""
    old = os.umask(0o022)
    try:
        create_map(tmp_path / "m.aspmap").close()
    finally:
        os.umask(old)
    assert (tmp_path / "m.aspmap").stat().st_mode & 0o777 == 0o644
