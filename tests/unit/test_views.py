"""Saved views: their state as JSON, their storage, their undoable edits and their backup."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aspdesk.app.document import Document
from aspdesk.app.exchange import restore_snapshot, snapshot_of
from aspdesk.app.importing import ImportData, commit, plan_for, prepare
from aspdesk.app.view_commands import (
    AddView,
    DeleteView,
    DuplicateView,
    MoveView,
    RenameView,
    UpdateView,
)
from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor
from aspdesk.domain.views import VIEW_STATE_VERSION, SavedView, ViewState
from aspdesk.io.errors import DataFileError
from aspdesk.io.importing.batch import from_snapshot
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.store.errors import ConflictError
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.repository import MapStore

# Each test using the store fixture runs on a map file and on a team map (PostgreSQL).
pytestmark = pytest.mark.both_backends

FULL = ViewState(
    colour_by="cluster",
    clusters_as_hubs=True,
    clusters=(4, 2),
    kinds=("research", "company"),
    types=("funding",),
    as_of=date(2016, 3, 1),
    hidden=(9, 3, 9),
    focus_depth=2,
    focus_direction="out",
    focus_hides=True,
    selected=(7, 5),
    theme="projector",
    label_px=22.5,
    camera=(-10.0, -5.5, 40.0, 25.0),
    positions={3: (1.5, -2.0), 1: (0.0, 0.25)},
    cluster_positions={4: (10.0, 11.0)},
)


def _names(store: MapStore) -> list[str]:
    return [v.name for v in store.views.all()]


# -- the state ------------------------------------------------------------------------------


def test_state_round_trips_through_json() -> None:
    text = json.dumps(FULL.to_dict(), allow_nan=False)
    back = ViewState.from_dict(json.loads(text))
    assert back == FULL
    assert back.positions == {1: (0.0, 0.25), 3: (1.5, -2.0)}
    assert back.hidden == (3, 9), "ids are kept sorted and without repeats"
    assert json.loads(text)["version"] == VIEW_STATE_VERSION


def test_state_ignores_unknown_keys_and_fills_missing_ones() -> None:
    data = FULL.to_dict()
    data["from_a_newer_aspdesk"] = {"anything": [1, 2]}
    data["version"] = VIEW_STATE_VERSION + 5
    del data["theme"], data["camera"], data["positions"]
    back = ViewState.from_dict(data)
    assert back == replace(FULL, theme="light", camera=None, positions=None)
    assert ViewState.from_dict({}) == ViewState()
    assert ViewState.from_dict("not a state") == ViewState()


def test_state_replaces_malformed_values_with_defaults() -> None:
    data = {
        "colour_by": "rainbow",
        "clusters_as_hubs": "yes",
        "clusters": [1, "two", True, -3, 4],
        "as_of": "2016-13-45",
        "focus_depth": 9,
        "focus_direction": "sideways",
        "label_px": float("inf"),
        "camera": [0, 0, -1, 5],
        "positions": [[1, 2.0, 3.0], [2, "x", 1], "junk", [3, 1e400, 0]],
    }
    back = ViewState.from_dict(data)
    assert back == ViewState(clusters=(1, 4), positions={1: (2.0, 3.0)})


# -- the store ------------------------------------------------------------------------------


def test_views_are_stored_in_order_and_renumbered(store: MapStore) -> None:
    views = store.views
    a = views.insert(SavedView(name="A", state=FULL), at_end=True)
    b = views.insert(SavedView(name="B"), at_end=True)
    c = views.insert(SavedView(name="C", position=1))
    assert _names(store) == ["A", "C", "B"]
    assert [v.position for v in views.all()] == [0, 1, 2]
    assert views.get(a.id or 0) == replace(a, position=0)
    assert views.get(a.id or 0).state == FULL  # type: ignore[union-attr]
    views.move(a.id or 0, 2)
    assert _names(store) == ["C", "B", "A"]
    views.rename(b.id or 0, "Bee")
    views.set_state(c.id or 0, FULL)
    gone = views.delete(c.id or 0)
    assert gone.name == "C" and gone.position == 0 and gone.state == FULL
    assert [(v.name, v.position) for v in views.all()] == [("Bee", 0), ("A", 1)]
    assert views.count() == 2


def test_a_deleted_view_comes_back_under_its_id_and_ids_are_not_reused(store: MapStore) -> None:
    views = store.views
    first = views.insert(SavedView(name="first"), at_end=True)
    second = views.insert(SavedView(name="second"), at_end=True)
    gone = views.delete(first.id or 0)
    assert views.insert(SavedView(name="third"), at_end=True).id == (second.id or 0) + 1
    back = views.insert(gone)
    assert (back.id, back.position) == (first.id, 0)
    assert _names(store) == ["first", "second", "third"]


def test_editing_a_missing_view_is_a_store_error(store: MapStore) -> None:
    with pytest.raises(ConflictError):
        store.views.rename(99, "nothing")
    with pytest.raises(ConflictError):
        store.views.delete(99)


def test_views_outlive_closing_the_map(tmp_path: Path) -> None:
    path = tmp_path / "m.aspmap"
    store = create_map(path)
    store.views.insert(SavedView(name="Workshop 1", state=FULL), at_end=True)
    store.close()
    reopened = open_map(path, tmp_path / "backups")
    try:
        (view,) = reopened.views.all()
        assert (view.name, view.state) == ("Workshop 1", FULL)
    finally:
        reopened.close()


# -- commands -------------------------------------------------------------------------------


@pytest.fixture
def document(store: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(store, "en")
    yield doc
    doc.undo_stack.clear()


def _all(document: Document) -> list[SavedView]:
    return document.store.views.all()


def test_add_undo_redo_keeps_the_id(document: Document) -> None:
    changed: list[int] = []
    document.views_changed.connect(changed.append)
    command = AddView(document, "Overview", FULL, "Add view")
    assert document.push(command)
    added = command.view
    assert _all(document) == [added] and changed == [added.id]
    document.undo_stack.undo()
    assert _all(document) == []
    document.undo_stack.redo()
    assert _all(document) == [added]


def test_delete_is_undone_under_the_same_id_and_place(document: Document) -> None:
    for name in ("one", "two", "three"):
        document.push(AddView(document, name, ViewState(focus_depth=1), "add"))
    before = _all(document)
    middle = before[1]
    assert document.push(DeleteView(document, middle, "Delete view"))
    assert [v.name for v in _all(document)] == ["one", "three"]
    document.undo_stack.undo()
    assert _all(document) == before
    document.undo_stack.redo()
    assert [v.name for v in _all(document)] == ["one", "three"]


def test_move_rename_update_and_duplicate_undo(document: Document) -> None:
    for name in ("one", "two", "three"):
        document.push(AddView(document, name, ViewState(), "add"))
    one, two, three = _all(document)
    start = _all(document)
    steps = [
        (MoveView(document, three, 0, "move"), ["three", "one", "two"]),
        (RenameView(document, one, "first", "rename"), ["three", "first", "two"]),
        (
            DuplicateView(document, two, "two (copy)", "dup"),
            ["three", "first", "two", "two (copy)"],
        ),
        (UpdateView(document, two, FULL, "update"), ["three", "first", "two", "two (copy)"]),
    ]
    for command, expected in steps:
        assert document.push(command)
        assert [v.name for v in _all(document)] == expected
    assert document.store.views.get(two.id or 0).state == FULL  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.store.views.get(two.id or 0).state == ViewState()  # type: ignore[union-attr]
    for _ in range(3):
        document.undo_stack.undo()
    assert _all(document) == start
    for _ in range(4):
        document.undo_stack.redo()
    assert [v.name for v in _all(document)] == ["three", "first", "two", "two (copy)"]


def test_a_refused_view_edit_leaves_no_undo_step(document: Document) -> None:
    failures: list[str] = []
    document.edit_failed.connect(failures.append)
    ghost = SavedView(42, "ghost", 0, ViewState())
    assert not document.push(RenameView(document, ghost, "boo", "rename"))
    assert document.undo_stack.count() == 0 and failures


# -- backup and import -----------------------------------------------------------------------


def _with_views(store: MapStore) -> None:
    a = store.insert(Actor(name="A", x=0.0, y=0.0))
    state = replace(FULL, positions={a.id or 0: (3.0, 4.0)}, selected=(a.id or 0,))
    store.views.insert(SavedView(name="Alku", state=state), at_end=True)
    store.views.insert(SavedView(name="Rahoitus 🦌"), at_end=True)
    doomed = store.views.insert(SavedView(name="gone"), at_end=True)
    store.views.delete(doomed.id or 0)  # ids with a gap
    store.views.move(store.views.all()[1].id or 0, 0)


def test_backup_with_views_round_trips(tmp_path: Path, store: MapStore) -> None:
    _with_views(store)
    snapshot = snapshot_of(store)
    assert [v.name for v in snapshot.views] == ["Rahoitus 🦌", "Alku"]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_json(snapshot, first)
    assert read_json(first) == snapshot
    restored = create_map(tmp_path / "restored.aspmap")
    try:
        restore_snapshot(restored, read_json(first))
        assert restored.views.all() == list(snapshot.views)
        write_json(snapshot_of(restored), second)
    finally:
        restored.close()
    assert second.read_bytes() == first.read_bytes()


def test_backup_without_views_still_reads(tmp_path: Path, store: MapStore) -> None:
    store.insert(Actor(name="A"))
    path = tmp_path / "old.json"
    write_json(snapshot_of(store), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["views"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_json(path).views == ()


def test_backup_with_a_bad_view_id_is_refused_with_a_place(tmp_path: Path, store: MapStore) -> None:
    _with_views(store)
    path = tmp_path / "bad.json"
    write_json(snapshot_of(store), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["views"][1]["id"] = document["views"][0]["id"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_json(path)
    assert caught.value.where == "bad.json, views[1].id"


def test_importing_a_backup_restores_its_views_and_round_trips(
    tmp_path: Path, store: MapStore
) -> None:
    _with_views(store)
    backup, again = tmp_path / "a.json", tmp_path / "b.json"
    write_json(snapshot_of(store), backup)
    target = tmp_path / "new.aspmap"
    assert main(["import", str(target), str(backup)]) == 0
    assert main(["export", str(target), "-o", str(again)]) == 0
    assert again.read_bytes() == backup.read_bytes()
    # Into a map that already has actors, views are not merged.
    assert main(["import", str(target), str(backup)]) == 0
    reopened = open_map(target, tmp_path / "backups")
    try:
        assert [v.name for v in reopened.views.all()] == ["Rahoitus 🦌", "Alku"]
    finally:
        reopened.close()


def test_an_imported_backup_brings_its_views_in_one_undo_step(
    tmp_path: Path, store: MapStore, qapp: object
) -> None:
    _with_views(store)
    backup = tmp_path / "a.json"
    write_json(snapshot_of(store), backup)
    expected = store.views.all()
    target = create_map(tmp_path / "target.aspmap")
    document = Document(target, "en")
    try:
        changed: list[int] = []
        document.views_changed.connect(changed.append)
        batch = from_snapshot(backup.name, read_json(backup))
        prepared = prepare(plan_for(target, batch), snapshot_of(target))
        assert document.push(ImportData(document, prepared, "Import"))
        assert target.views.all() == expected and changed == [-1]
        document.undo_stack.undo()
        assert target.views.all() == []
        document.undo_stack.redo()
        assert target.views.all() == expected
    finally:
        document.close()


def test_views_are_not_merged_into_a_map_that_has_views(tmp_path: Path, store: MapStore) -> None:
    _with_views(store)
    backup = tmp_path / "a.json"
    write_json(snapshot_of(store), backup)
    target = create_map(tmp_path / "target.aspmap")
    try:
        mine = target.views.insert(SavedView(name="Mine"), at_end=True)
        batch = from_snapshot(backup.name, read_json(backup))
        prepared = prepare(plan_for(target, batch), snapshot_of(target))
        commit(target, prepared)
        assert target.views.all() == [mine]
        assert len(target.actors()) == 1
    finally:
        target.close()
