"""The change log: every command writes its change set, its undo and redo one each, with
the right changes; a write the map refuses records nothing; an older map starts its
history at the migration; the read API (issue 16)."""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

import aspdesk.app
import aspdesk.ui
from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity, RenameMap, StoreCommand
from aspdesk.app.document import Document
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.graph_commands import MoveNodes, PinNodes
from aspdesk.app.importing import ImportData, PreparedImport
from aspdesk.app.past_values import restore_value
from aspdesk.app.project_commands import SaveConsortium, UpdateConsortium
from aspdesk.app.restore import RestoreBackup
from aspdesk.app.selection import Ref
from aspdesk.app.survey import AddRound
from aspdesk.app.view_commands import (
    AddView,
    DeleteView,
    DuplicateView,
    MoveView,
    RenameView,
    UpdateView,
)
from aspdesk.domain.change_values import POSITION, RECORD, dumps, loads
from aspdesk.domain.changes import (
    HISTORY_STARTS,
    KEY,
    MAP,
    REDO,
    SURVEY_ROUND,
    UNDO,
    VIEW,
    Change,
    marked,
    summary_parts,
)
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView, ViewState
from aspdesk.store.mapfile import check_map_file, head_revision
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at

pytestmark = pytest.mark.both_backends

A, C, T, M, P = "actor", "cluster", "relationship", "membership", "project"
# (subject, entity id, field, old, new); "made" and "removed" stand for the whole entity.
Expected = list[tuple[str, int, str | None, Any, Any]]
MADE, REMOVED = "made", "removed"


@pytest.fixture
def document(store: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(store, "en")
    yield doc
    doc.undo_stack.clear()


@dataclass
class World:
    """A small map: two actors, a cluster with one membership, a tie, a project, a view."""

    a: Actor
    b: Actor
    cluster: Cluster
    membership: Membership
    tie: Relationship
    project: Project
    partner: ProjectPartner
    view_id: int


def _world(document: Document) -> World:
    store = document.store
    a = store.insert(Actor(name="Kemi Oy", x=1.0, y=2.0))
    b = store.insert(Actor(name="Oulun yliopisto", kind="research"))
    cluster = store.insert(Cluster(name="Arctic design", coordinator_id=a.id))
    membership = store.insert(Membership(actor_id=a.id or 0, cluster_id=cluster.id or 0))
    tie = store.insert(Relationship(source_id=a.id or 0, target_id=b.id or 0))
    project = store.insert(Project(name="Snow", programme="other", status="idea"))
    partner = store.insert(ProjectPartner(project_id=project.id or 0, actor_id=a.id or 0))
    view = store.views.insert(SavedView(name="V"))
    document.index.reload()
    assert view.id is not None
    return World(a, b, cluster, membership, tie, project, partner, view.id)


def _id(entity: Any) -> int:
    assert entity.id is not None
    return int(entity.id)


Case = Callable[[Document, World], tuple[QUndoCommand, Expected]]


def _add(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    command = AddEntity(d, Actor(name="Lapin AMK", kind="research"), "Add actor")
    return command, [(A, d.next_ids()[EntityType.ACTOR], None, None, MADE)]


def _edit(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    command = EditEntity(
        d, EntityType.ACTOR, _id(w.a), {"name": "Kemi Oy", "tags": ()},
        {"name": "Kemi Ab", "tags": ("design",)}, "Edit name",
    )  # fmt: skip
    return command, [
        (A, _id(w.a), "name", "Kemi Oy", "Kemi Ab"),
        (A, _id(w.a), "tags", (), ("design",)),
    ]


def _delete(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    command = DeleteEntity(d, Ref(EntityType.ACTOR, _id(w.a)), "Delete Kemi Oy")
    return command, [
        (C, _id(w.cluster), "coordinator_id", _id(w.a), None),
        (A, _id(w.a), None, MADE, None),  # removed: old is the whole actor
        (M, _id(w.membership), None, MADE, None),
        (T, _id(w.tie), None, MADE, None),
        ("project_partner", _id(w.partner), None, MADE, None),
    ]


def _rename_map(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    old = d.map_name()
    return RenameMap(d, old, "Portfolio", "Rename map"), [(MAP, 0, "name", old, "Portfolio")]


def _move(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    old = {
        Ref(EntityType.ACTOR, _id(w.a)): (1.0, 2.0),
        Ref(EntityType.ACTOR, _id(w.b)): (None, None),
    }
    new = {Ref(EntityType.ACTOR, _id(w.a)): (5.0, 6.0), Ref(EntityType.ACTOR, _id(w.b)): (7.0, 8.0)}
    return MoveNodes(d, old, new, "Layout"), [
        (A, _id(w.a), POSITION, (1.0, 2.0), (5.0, 6.0)),
        (A, _id(w.b), POSITION, (None, None), (7.0, 8.0)),
    ]


def _pin(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    ref = Ref(EntityType.CLUSTER, _id(w.cluster))
    return PinNodes(d, {ref: False}, {ref: True}, "Pin"), [
        (C, _id(w.cluster), "pinned", False, True)
    ]


def _import(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    new_id = d.next_ids()[EntityType.ACTOR]
    prepared = PreparedImport(
        inserts=(Actor(id=new_id, name="Tornio Oy"),),
        updates=((EntityType.ACTOR, _id(w.b), {"municipality": ""}, {"municipality": "Oulu"}),),
        rename=(d.map_name(), "Imported"),
    )
    return ImportData(d, prepared, "Import actors.xlsx"), [
        (A, new_id, None, None, MADE),
        (A, _id(w.b), "municipality", "", "Oulu"),
        (MAP, 0, "name", d.map_name(), "Imported"),
    ]


def _restore(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    copy = snapshot_of(d.store)
    d.store.update(EntityType.ACTOR, _id(w.b), {"phone": "+358 40 1"})
    return RestoreBackup(d, copy, None, "Restore the copy"), [
        (A, _id(w.b), "phone", "+358 40 1", ""),
    ]


def _round(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    survey_round = SurveyRound(id=d.next_round_id(), token="t" * 32, cluster_id=_id(w.cluster))
    return AddRound(d, survey_round, "Survey round"), [
        (SURVEY_ROUND, d.next_round_id(), None, None, MADE)
    ]


def _add_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    return AddView(d, "Second", ViewState(), "Save view"), [(VIEW, w.view_id + 1, None, None, MADE)]


def _duplicate_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    original = d.saved_views()[0]
    command = DuplicateView(d, original, "V copy", "Duplicate view")
    return command, [(VIEW, w.view_id + 1, None, None, MADE)]


def _delete_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    view = d.saved_views()[0]
    return DeleteView(d, view, "Delete view"), [(VIEW, w.view_id, None, MADE, None)]


def _rename_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    view = d.saved_views()[0]
    return RenameView(d, view, "W", "Rename view"), [(VIEW, w.view_id, "name", "V", "W")]


def _move_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    d.store.views.insert(replace(d.saved_views()[0], id=None, name="Last"), at_end=True)
    view = d.saved_views()[0]
    return MoveView(d, view, 1, "Move view"), [(VIEW, w.view_id, "position", 0, 1)]


def _update_view(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    view = d.saved_views()[0]
    state = ViewState(colour_by="cluster")
    return UpdateView(d, view, state, "Update view"), [
        (VIEW, w.view_id, "state", ViewState(), state)
    ]


def _save_consortium(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    ids = d.next_ids()
    project = Project(name="Frost", programme="other")
    partners = [ProjectPartner(actor_id=_id(w.b), role="coordinator")]
    return SaveConsortium(d, project, partners, "Save consortium"), [
        (P, ids[EntityType.PROJECT], None, None, MADE),
        ("project_partner", ids[EntityType.PROJECT_PARTNER], None, None, MADE),
    ]


def _update_consortium(d: Document, w: World) -> tuple[QUndoCommand, Expected]:
    new_id = d.next_ids()[EntityType.PROJECT_PARTNER]
    members = [(_id(w.a), "coordinator"), (_id(w.b), "partner")]
    return UpdateConsortium(d, _id(w.project), members, "Update consortium"), [
        ("project_partner", new_id, None, None, MADE),
        ("project_partner", _id(w.partner), "role", "partner", "coordinator"),
    ]


CASES: dict[type[QUndoCommand], Case] = {
    AddEntity: _add,
    EditEntity: _edit,
    DeleteEntity: _delete,
    RenameMap: _rename_map,
    MoveNodes: _move,
    PinNodes: _pin,
    ImportData: _import,
    RestoreBackup: _restore,
    AddRound: _round,
    AddView: _add_view,
    DuplicateView: _duplicate_view,
    DeleteView: _delete_view,
    RenameView: _rename_view,
    MoveView: _move_view,
    UpdateView: _update_view,
    SaveConsortium: _save_consortium,
    UpdateConsortium: _update_consortium,
}
# Bases that are never pushed themselves.
ABSTRACT = {"StoreCommand", "_ChangeView"}


def _all_commands() -> set[type[QUndoCommand]]:
    for package in (aspdesk.app, aspdesk.ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    found: set[type[QUndoCommand]] = set()
    todo = list(QUndoCommand.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith(("aspdesk.app", "aspdesk.ui")):
            found.add(cls)
    return found


def test_every_command_class_has_a_case() -> None:
    commands = {cls for cls in _all_commands() if cls.__name__ not in ABSTRACT}
    missing = sorted(cls.__qualname__ for cls in commands - set(CASES))
    assert not missing, f"commands without a change log case: {missing}"
    assert all(issubclass(cls, StoreCommand) for cls in commands)


def _key(change: Change) -> tuple[str, int, str | None, Any, Any]:
    if change.field is None:
        return (
            change.subject,
            change.entity_id,
            None,
            None if change.old is None else MADE,
            None if change.new is None else MADE,
        )
    return change.subject, change.entity_id, change.field, change.old, change.new


def _latest(document: Document) -> tuple[str, str, list[Change]]:
    change_set = document.change_sets_after(document.latest_change_set() - 1)[0]
    changes = document.changes_after(change_set.id - 1)
    kind, text = summary_parts(change_set.summary)
    return kind, text, changes


@pytest.mark.parametrize("command_class", list(CASES), ids=lambda c: c.__name__)
def test_each_command_records_its_changes_and_its_undo_and_redo(
    document: Document, command_class: type[QUndoCommand]
) -> None:
    world = _world(document)
    command, expected = CASES[command_class](document, world)
    assert type(command) is command_class
    before = document.latest_change_set()
    assert document.push(command)
    assert document.latest_change_set() == before + 1, "one set for the step"
    kind, text, changes = _latest(document)
    assert (kind, text) == ("", command.text())
    # REMOVED entries name a whole entity in ``old``; the key writes it as MADE in old.
    wanted = [
        (s, i, f, MADE if o == MADE else o, MADE if n == MADE else n) for s, i, f, o, n in expected
    ]
    assert sorted(map(repr, map(_key, changes))) == sorted(map(repr, wanted))
    assert all(c.author == document.store.changes.author for c in changes)

    document.undo_stack.undo()
    kind, text, undone = _latest(document)
    assert (kind, text) == (UNDO, command.text())
    back = [(s, i, f, n, o) for s, i, f, o, n in map(_key, changes)]
    assert sorted(map(repr, map(_key, undone))) == sorted(map(repr, back))

    document.undo_stack.redo()
    kind, text, redone = _latest(document)
    assert (kind, text) == (REDO, command.text())
    assert sorted(map(repr, map(_key, redone))) == sorted(map(repr, map(_key, changes)))
    assert document.latest_change_set() == before + 3


def test_a_removed_entity_carries_itself_whole(document: Document) -> None:
    world = _world(document)
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, _id(world.a)), "Delete"))
    (change_set, changes), *_older = document.history(EntityType.ACTOR, _id(world.a))
    (removed,) = changes
    assert removed.removed and removed.entity == replace(world.a, updated_at=removed.old.updated_at)
    assert removed.entity_type is EntityType.ACTOR
    membership = document.history(EntityType.MEMBERSHIP, _id(world.membership))[0][1][0]
    assert membership.removed and membership.entity == world.membership


def test_a_refused_write_records_nothing(document: Document) -> None:
    """A membership in a role the map does not know is refused by the map: the command is
    not kept, and the log has no set for it."""
    world = _world(document)
    before = document.store.changes.count()
    messages: list[str] = []
    document.edit_failed.connect(messages.append)
    bad = Membership(actor_id=_id(world.b), cluster_id=_id(world.cluster), role="no-such-role")
    assert not document.push(AddEntity(document, bad, "Add membership"))
    assert messages
    assert document.store.changes.count() == before
    # A failing update of many parts (an import naming an actor that is gone) neither.
    prepared = PreparedImport(
        inserts=(Actor(id=document.next_ids()[EntityType.ACTOR], name="New"),),
        updates=(),
    )
    doubled = replace(prepared, inserts=prepared.inserts * 2)  # the same id twice
    assert not document.push(ImportData(document, doubled, "Import"))
    assert document.store.changes.count() == before
    assert document.store.get(EntityType.ACTOR, prepared.inserts[0].id or 0) is None


def test_restoring_a_past_value_is_an_undo_step(document: Document) -> None:
    world = _world(document)
    actor_id = _id(world.a)
    assert document.push(
        EditEntity(document, EntityType.ACTOR, actor_id, {"name": "Kemi Oy"}, {"name": "X"}, "e")
    )
    history = document.history(EntityType.ACTOR, actor_id)
    (change,) = history[0][1]
    assert restore_value(document, change, "Restore name")
    assert document.store.get(EntityType.ACTOR, actor_id).name == "Kemi Oy"  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.store.get(EntityType.ACTOR, actor_id).name == "X"  # type: ignore[union-attr]
    summaries = [summary_parts(s.summary) for s, _c in document.history(EntityType.ACTOR, actor_id)]
    assert summaries[:3] == [(UNDO, "Restore name"), ("", "Restore name"), ("", "e")]


def test_restoring_a_value_that_would_break_the_map_is_refused(document: Document) -> None:
    world = _world(document)
    other = document.store.insert(Actor(name="Tornio Oy"))
    cluster_id = _id(world.cluster)
    assert document.push(
        EditEntity(
            document, EntityType.CLUSTER, cluster_id,
            {"coordinator_id": _id(world.a)}, {"coordinator_id": _id(other)}, "coordinator",
        )
    )  # fmt: skip
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, _id(world.a)), "Delete"))
    change = next(
        c
        for _s, changes in document.history(EntityType.CLUSTER, cluster_id)
        for c in changes
        if c.field == "coordinator_id" and c.old == _id(world.a)
        and c.new == _id(other)
    )  # fmt: skip
    messages: list[str] = []
    document.edit_failed.connect(messages.append)
    sets = document.latest_change_set()
    assert not restore_value(document, change, "Restore coordinator")
    assert messages and "no longer in the map" in messages[0]
    assert document.latest_change_set() == sets


def test_an_older_map_starts_its_history_at_the_migration(tmp_path: Path) -> None:
    path = map_at(tmp_path / "vanha.aspmap", "0006", COMPANY_KIND, OLD_ACTOR.format(name="Kemi"))
    started = datetime.now(UTC) - timedelta(seconds=1)
    store = open_map(path, tmp_path / "backups")
    try:
        assert check_map_file(path) == head_revision()
        (first,) = store.changes.sets_after(0)
        assert summary_parts(first.summary) == (KEY, HISTORY_STARTS)
        assert first.at >= started
        (actor,) = store.actors()
        store.update(EntityType.ACTOR, actor.id or 0, {"name": "Kemi Oy"})
        ((change_set, (change,)),) = store.changes.history(A, actor.id or 0)
        assert (change.old, change.new) == ("Kemi", "Kemi Oy")
        assert change_set.id == first.id + 1
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'change_set'"
        ).fetchone()
    assert "AUTOINCREMENT" in sql


def test_the_read_api(store: MapStore) -> None:
    first = store.changes.latest_set_id()
    _sets, changes_before = store.changes.count()
    with store.changes.step("one"):
        actor = store.insert(Actor(name="A"))
    middle = datetime.now(UTC)
    with store.changes.step("two"):
        store.set_positions(EntityType.ACTOR, {actor.id or 0: (3.0, 4.0)})
        store.arrange(pinned={EntityType.ACTOR: {actor.id or 0: True}})
    with store.changes.step("three"):
        store.set_map_name("Kartta")
    sets = store.changes.sets_after(first)
    # set_positions and arrange are two transactions: two sets of one step name.
    assert [s.summary for s in sets] == ["one", "two", "two", "three"]
    since = store.changes.changes_since(middle)
    assert [(c.field, c.new) for c in since] == [
        (POSITION, (3.0, 4.0)),
        ("pinned", True),
        ("name", "Kartta"),
    ]
    assert [c.set_id for c in since] == sorted(c.set_id for c in since)
    assert store.changes.latest_set_id() == sets[-1].id
    history = store.changes.history(A, actor.id or 0)
    assert [s.summary for s, _c in history] == ["two", "two", "one"], "newest first"
    assert Document(store).change_log_size()[:2] == store.changes.count()
    assert Document(store).history(MAP, 0)[0][1][0].new == "Kartta", "the map's own"
    count_sets, count_changes = store.changes.count()
    assert count_sets == first + 4 and count_changes == changes_before + 4
    assert store.changes.size() > 0
    # Nothing changed, nothing recorded.
    store.set_map_name("Kartta")
    store.update(EntityType.ACTOR, actor.id or 0, {"name": "A"})
    assert store.changes.latest_set_id() == sets[-1].id


def test_a_round_collected_records_its_record(store: MapStore) -> None:
    cluster = store.insert(Cluster(name="C"))
    survey_round = SurveyRound(id=1, token="x" * 32, cluster_id=cluster.id)
    store.apply(rounds=[survey_round])
    later = replace(survey_round, asked=(1, 2))
    store.apply(rounds=[later])
    ((_s, (change,)), *_made) = store.changes.history(SURVEY_ROUND, 1)
    assert (change.field, change.old, change.new) == (RECORD, survey_round, later)


def test_the_author_is_the_stores(store: MapStore, backend: str) -> None:
    """A file map's author is the store's; a team map's the database user, set by the
    server whatever the client claims (tests/integration/test_team_guard.py)."""
    store.author = "aspdesk_team"
    with store.changes.step(marked(UNDO, "x")):
        store.insert(Actor(name="A"))
    (change_set,) = store.changes.sets_after(store.changes.latest_set_id() - 1)
    team_user = getattr(store.file, "user", "")
    assert change_set.author == ("aspdesk_team" if backend == "sqlite" else team_user)
    assert change_set.author
    assert summary_parts(change_set.summary) == (UNDO, "x")


@pytest.mark.parametrize(
    "entity",
    [
        Actor(
            id=3,
            name="Kemi Oy",
            tags=("wood", "design"),
            created_at=datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC),
            updated_at=datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC),
            x=1.5,
            pinned=True,
        ),
        Cluster(id=4, name="C", coordinator_id=3, start_date=date(2015, 6, 1)),
        Relationship(id=5, source_id=1, target_id=2, directed=True, last_verified=date(2024, 1, 1)),
        Project(id=6, name="P", budget=1250000.5, cluster_ids=(4, 9)),
        ProjectPartner(id=7, project_id=6, actor_id=3, budget_share=12.5),
    ],
    ids=lambda e: type(e).__name__,
)
def test_values_round_trip_through_their_text(entity: Any) -> None:
    subject = entity.entity_type.value
    assert loads(subject, None, dumps(entity)) == entity
    for name in ("tags", "start_date", "last_verified", "cluster_ids", "budget_share"):
        if hasattr(entity, name):
            value = getattr(entity, name)
            assert loads(subject, name, dumps(value)) == value
    assert loads(subject, POSITION, dumps((1.0, None))) == (1.0, None)


def test_a_damaged_value_reads_as_none(
    store: MapStore, backend: str, request: pytest.FixtureRequest
) -> None:
    """A hand-edited log whose value is not JSON still lists the change (on a team map
    only its owner may edit the log: the test server's administrator does it here)."""
    actor = store.insert(Actor(name="A"))
    store.update(EntityType.ACTOR, actor.id or 0, {"name": "B"})
    damage = "UPDATE change SET new = '{oops' WHERE field = 'name'"
    if backend == "sqlite":
        with store.engine.begin() as connection:
            connection.exec_driver_sql(damage)
    else:
        database = request.getfixturevalue("team_map")
        database.server.execute(
            damage.replace("change", "aspdesk.change", 1), database=database.name
        )
    (newest, _made) = store.changes.history(A, actor.id or 0)
    (change,) = newest[1]
    assert (change.old, change.new) == ("A", None)
