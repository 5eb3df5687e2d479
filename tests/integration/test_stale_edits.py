"""Several editors on one team map: a stale edit, delete, undo or redo is refused and the
user is told whose change it met, never silently overwriting it (aspdesk.store.stale).

Two Documents on one server map, as two coordinators' windows would hold it: each has
its own index (what its user saw) and its own undo history.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
from aspdesk.app.conflicts import EditConflict
from aspdesk.app.document import Document
from aspdesk.app.graph_commands import MoveNodes, PinNodes
from aspdesk.app.importing import ImportData, PreparedImport
from aspdesk.app.project_commands import SaveConsortium, UpdateConsortium, project_partners
from aspdesk.app.selection import Ref
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import (
    Actor,
    Entity,
    EntityType,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.store.stale import StaleEditError
from tests.postgres import USERS, TeamMapDatabase

A = EntityType.ACTOR


class Windows:
    """Two coordinators' documents on one team map, and what each was told."""

    def __init__(self, team_map: TeamMapDatabase) -> None:
        # Alice (an editor) and Olga (the owner): two users, so the log names who did what.
        self.alice = open_team_document(team_map.address("editor"), "", "en")
        self.olga = open_team_document(team_map.address("owner"), "", "en")
        self.conflicts: list[EditConflict] = []
        self.failures: list[str] = []
        self.refusals: list[str] = []
        self.alice.edit_conflict.connect(self.conflicts.append)
        self.alice.edit_failed.connect(self.failures.append)
        self.alice.undo_stack.step_refused.connect(self.refusals.append)

    def add(self, document: Document, entity: Entity) -> int:
        command = AddEntity(document, entity, "Add")
        assert document.push(command)
        return command.ref.id

    def catch_up(self, ref: Ref) -> None:
        """Both windows read ``ref`` again (as a live update would bring it)."""
        for document in (self.alice, self.olga):
            document.notify_ids(ref.type, [ref.id])

    def close(self) -> None:
        self.alice.close()
        self.olga.close()


@pytest.fixture
def windows(team_map: TeamMapDatabase, qapp: QObject) -> Iterator[Windows]:
    opened = Windows(team_map)
    yield opened
    opened.close()


def _edit(document: Document, actor_id: int, **new: object) -> EditEntity:
    seen = document.index.get(A, actor_id)
    old = {name: getattr(seen, name) for name in new}
    return EditEntity(document, A, actor_id, old, new, "Edit")


def _actor(document: Document, actor_id: int) -> Actor:
    found = document.store.get(A, actor_id)
    assert isinstance(found, Actor)
    return found


def test_a_stale_edit_is_refused_and_says_whose_change_it_met(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Lapin liitto", municipality="Rovaniemi"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Kemi"))
    sets_before = windows.alice.latest_change_set()

    # Alice's window still shows Rovaniemi: her edit of the same field meets Olga's.
    assert not windows.alice.push(_edit(windows.alice, actor_id, municipality="Tornio"))

    assert _actor(windows.alice, actor_id).municipality == "Kemi"
    assert windows.alice.latest_change_set() == sets_before  # nothing written
    assert windows.alice.undo_stack.count() == 1  # only her add: the refused edit is not a step
    (conflict,) = windows.conflicts
    assert not conflict.deleting and conflict.name == "Lapin liitto"
    (stale,) = conflict.fields
    assert (stale.field, stale.seen, stale.theirs, stale.mine) == (
        "municipality",
        "Rovaniemi",
        "Kemi",
        "Tornio",
    )
    assert stale.author == USERS["owner"] and stale.at is not None
    # Her window shows Olga's value at once (the form re-reads the index).
    assert windows.alice.index.get(A, actor_id).municipality == "Kemi"  # type: ignore[union-attr]
    assert not windows.failures


def test_different_fields_of_one_actor_both_succeed(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="GTK", municipality="Rovaniemi"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Kemi"))
    assert windows.alice.push(_edit(windows.alice, actor_id, email="info@gtk.fi"))
    stored = _actor(windows.alice, actor_id)
    assert (stored.municipality, stored.email) == ("Kemi", "info@gtk.fi")
    assert not windows.conflicts and not windows.failures


def test_use_mine_writes_over_theirs_and_a_third_change_asks_again(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Kemin Digipolis"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Kemi"))
    assert not windows.alice.push(_edit(windows.alice, actor_id, municipality="Tornio"))
    first = windows.conflicts.pop()

    # Before she chooses, Olga changes it again: "Use mine" meets that change and asks.
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Keminmaa"))
    assert not windows.alice.resolve(first, use_mine=True)
    second = windows.conflicts.pop()
    assert second.fields[0].seen == "Kemi" and second.fields[0].theirs == "Keminmaa"
    assert _actor(windows.alice, actor_id).municipality == "Keminmaa"

    assert windows.alice.resolve(second, use_mine=True)
    assert _actor(windows.olga, actor_id).municipality == "Tornio"
    (latest, changes), *_ = windows.alice.history(A, actor_id)
    assert latest.author == USERS["editor"]
    assert [(c.field, c.old, c.new) for c in changes] == [("municipality", "Keminmaa", "Tornio")]
    # Her "Use mine" is her own step: she can undo it (back to Olga's value).
    windows.alice.undo_stack.undo()
    assert _actor(windows.alice, actor_id).municipality == "Keminmaa"


def test_keep_theirs_writes_nothing(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Lapin AMK", email="a@lapinamk.fi"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, email="info@lapinamk.fi"))
    assert not windows.alice.push(_edit(windows.alice, actor_id, email="b@lapinamk.fi"))
    before = windows.alice.latest_change_set()
    assert not windows.alice.resolve(windows.conflicts.pop(), use_mine=False)
    assert windows.alice.latest_change_set() == before
    assert windows.alice.index.get(A, actor_id).email == "info@lapinamk.fi"  # type: ignore[union-attr]


def test_without_a_listener_the_conflict_is_told_as_text(windows: Windows) -> None:
    # Olga's document has no conflict listener (as on the command line): plain text.
    told: list[str] = []
    windows.olga.edit_failed.connect(told.append)
    actor_id = windows.add(windows.olga, Actor(name="Posio", municipality="Posio"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.alice.push(_edit(windows.alice, actor_id, municipality="Salla"))
    assert not windows.olga.push(_edit(windows.olga, actor_id, municipality="Kuusamo"))
    (message,) = told
    assert "Posio was changed by someone else" in message
    assert "municipality" in message and USERS["editor"] in message and "Salla" in message


def test_a_delete_of_something_changed_since_is_refused_and_can_go_anyway(
    windows: Windows,
) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Sodankylä"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Sodankylä"))
    assert not windows.alice.push(DeleteEntity(windows.alice, Ref(A, actor_id), "Delete"))
    conflict = windows.conflicts.pop()
    assert conflict.deleting and conflict.fields[0].field == "municipality"
    assert conflict.fields[0].author == USERS["owner"]
    assert windows.alice.store.get(A, actor_id) is not None
    # "Delete anyway": the delete again, now expecting what Olga left.
    assert windows.alice.resolve(conflict, use_mine=True)
    assert windows.alice.store.get(A, actor_id) is None
    # A node moved since is still the same thing: no question.
    other = windows.add(windows.alice, Actor(name="Inari", x=1.0, y=1.0))
    windows.catch_up(Ref(A, other))
    assert windows.olga.push(
        MoveNodes(windows.olga, {Ref(A, other): (1.0, 1.0)}, {Ref(A, other): (5.0, 5.0)}, "Move")
    )
    assert windows.alice.push(DeleteEntity(windows.alice, Ref(A, other), "Delete"))


def test_a_delete_is_refused_when_someone_tied_the_actor_since(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Kemijärvi"))
    other = windows.add(windows.alice, Actor(name="Pelkosenniemi"))
    windows.catch_up(Ref(A, actor_id))
    windows.catch_up(Ref(A, other))
    tie = Relationship(source_id=other, target_id=actor_id)
    assert windows.olga.push(AddEntity(windows.olga, tie, "Add tie"))
    # Alice's window does not show Olga's tie: deleting the actor would take it unseen.
    assert not windows.alice.push(DeleteEntity(windows.alice, Ref(A, actor_id), "Delete"))
    conflict = windows.conflicts.pop()
    (stale,) = conflict.fields
    assert (stale.field, stale.theirs, stale.author) == (
        "relationship",
        "Pelkosenniemi – Kemijärvi",
        USERS["owner"],
    )
    assert windows.alice.store.counts()[EntityType.RELATIONSHIP] == 1
    # Asked again, she deletes it anyway: the actor and the tie go, and undo brings both.
    assert windows.alice.resolve(conflict, use_mine=True)
    assert windows.alice.store.get(A, actor_id) is None
    assert windows.alice.store.counts()[EntityType.RELATIONSHIP] == 0
    windows.alice.undo_stack.undo()
    assert windows.alice.store.counts()[EntityType.RELATIONSHIP] == 1


def test_undo_and_redo_are_refused_when_someone_changed_the_field_since(
    windows: Windows,
) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Ylitornio"))
    assert windows.alice.push(_edit(windows.alice, actor_id, municipality="Ylitornio"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Pello"))

    windows.alice.undo_stack.undo()
    assert _actor(windows.alice, actor_id).municipality == "Pello"
    (refusal,) = windows.refusals
    assert f"{USERS['owner']} changed Municipality or region of Ylitornio since, at" in refusal
    assert "Undo can be tried again" in refusal
    # The history stepped back over the refused step: Undo is offered for it again.
    assert windows.alice.undo_stack.canUndo() and windows.alice.undo_stack.index() == 2

    # Once Olga puts her value back, Alice's undo goes through; her redo then meets
    # another change of Olga's and is refused the same way.
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Ylitornio"))
    windows.alice.undo_stack.undo()
    assert _actor(windows.alice, actor_id).municipality == ""
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(_edit(windows.olga, actor_id, municipality="Kolari"))
    windows.alice.undo_stack.redo()
    assert _actor(windows.alice, actor_id).municipality == "Kolari"
    assert len(windows.refusals) == 2 and "Redo can be tried again" in windows.refusals[-1]
    assert windows.alice.undo_stack.canRedo()
    assert not windows.conflicts  # undo and redo are refused, not asked about


def test_a_move_undone_after_someone_moved_the_node_is_refused(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Muonio", x=0.0, y=0.0))
    ref = Ref(A, actor_id)
    assert windows.alice.push(
        MoveNodes(windows.alice, {ref: (0.0, 0.0)}, {ref: (10.0, 0.0)}, "Move")
    )
    windows.catch_up(ref)
    assert windows.olga.push(
        MoveNodes(windows.olga, {ref: (10.0, 0.0)}, {ref: (20.0, 5.0)}, "Move")
    )
    windows.alice.undo_stack.undo()
    node = _actor(windows.alice, actor_id)
    assert (node.x, node.y) == (20.0, 5.0)
    assert "changed place on the graph of Muonio since" in windows.refusals[-1]
    assert (windows.alice.index.get(A, actor_id).x) == 20.0  # type: ignore[union-attr]


def test_a_pin_undone_after_someone_unpinned_the_node_is_refused(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Salla"))
    ref = Ref(A, actor_id)
    assert windows.alice.push(PinNodes(windows.alice, {ref: False}, {ref: True}, "Pin"))
    windows.catch_up(ref)
    assert windows.olga.push(PinNodes(windows.olga, {ref: True}, {ref: False}, "Unpin"))
    assert windows.olga.push(PinNodes(windows.olga, {ref: False}, {ref: True}, "Pin"))
    windows.alice.undo_stack.undo()  # expects it pinned, as it is: goes through
    assert not _actor(windows.alice, actor_id).pinned
    windows.catch_up(ref)
    assert windows.olga.push(PinNodes(windows.olga, {ref: False}, {ref: True}, "Pin"))
    windows.alice.undo_stack.redo()  # expects it unpinned: Olga pinned it since
    assert "changed pinning on the graph of Salla since" in windows.refusals[-1]


def test_a_consortium_update_undone_after_someone_changed_a_role_is_refused(
    windows: Windows,
) -> None:
    a = windows.add(windows.alice, Actor(name="Lapin AMK"))
    b = windows.add(windows.alice, Actor(name="Lapin yliopisto"))
    save = SaveConsortium(
        windows.alice,
        Project(name="Arctic"),
        [ProjectPartner(actor_id=a, role="coordinator"), ProjectPartner(actor_id=b)],
        "Save",
    )
    assert windows.alice.push(save)
    update = UpdateConsortium(
        windows.alice, save.ref.id, [(a, "partner"), (b, "coordinator")], "Update"
    )
    assert windows.alice.push(update)
    (partner_b,) = [p for p in project_partners(windows.alice, save.ref.id) if p.actor_id == b]
    ref = Ref(EntityType.PROJECT_PARTNER, partner_b.id or 0)
    windows.catch_up(ref)
    assert windows.olga.push(
        EditEntity(
            windows.olga, ref.type, ref.id, {"role": "coordinator"}, {"role": "partner"}, "E"
        )
    )
    windows.alice.undo_stack.undo()
    assert "changed" in windows.refusals[-1] and "Undo can be tried again" in windows.refusals[-1]
    roles = {p.actor_id: p.role for p in windows.alice.store.all(EntityType.PROJECT_PARTNER)}  # type: ignore[attr-defined]
    assert roles == {a: "partner", b: "partner"}  # nothing of the undo was written
    # Undoing the save itself is refused the same way: a partner changed since.
    assert windows.olga.push(
        EditEntity(
            windows.olga, ref.type, ref.id, {"role": "partner"}, {"role": "coordinator"}, "E"
        )
    )
    windows.alice.undo_stack.undo()  # the update's undo goes through now
    windows.catch_up(ref)
    assert windows.olga.push(
        EditEntity(windows.olga, ref.type, ref.id, {"role": "partner"}, {"role": "associated"}, "E")
    )
    windows.alice.undo_stack.undo()
    assert windows.alice.store.get(EntityType.PROJECT, save.ref.id) is not None
    assert "olga changed Role of Arctic – Lapin yliopisto since" in windows.refusals[-1]


def test_an_import_undone_after_someone_changed_a_row_it_wrote_is_refused(
    windows: Windows,
) -> None:
    kept = windows.add(windows.alice, Actor(name="Kittilä"))
    first = windows.alice.next_ids()
    prepared = PreparedImport(
        inserts=(
            Actor(id=first[A], name="Levi Oy"),
            Relationship(id=first[EntityType.RELATIONSHIP], source_id=first[A], target_id=kept),
        ),
        updates=((A, kept, {"municipality": ""}, {"municipality": "Kittilä"}),),
    )
    assert windows.alice.push(ImportData(windows.alice, prepared, "Import"))
    windows.catch_up(Ref(A, first[A]))
    assert windows.olga.push(_edit(windows.olga, first[A], email="info@levi.fi"))
    sets = windows.alice.latest_change_set()

    windows.alice.undo_stack.undo()
    assert windows.alice.latest_change_set() == sets  # all or nothing: nothing undone
    assert windows.alice.store.get(A, first[A]) is not None
    assert _actor(windows.alice, kept).municipality == "Kittilä"
    assert "changed Email of Levi Oy since" in windows.refusals[-1]
    # A row the import changed, changed again since, refuses it the same way.
    assert windows.olga.push(_edit(windows.olga, first[A], email=""))
    windows.catch_up(Ref(A, kept))
    assert windows.olga.push(_edit(windows.olga, kept, municipality="Levi"))
    windows.alice.undo_stack.undo()
    assert windows.alice.store.get(A, first[A]) is not None
    assert "Municipality or region of Kittilä" in windows.refusals[-1]


def test_an_edit_of_something_deleted_since_says_so(windows: Windows) -> None:
    actor_id = windows.add(windows.alice, Actor(name="Enontekiö"))
    windows.catch_up(Ref(A, actor_id))
    assert windows.olga.push(DeleteEntity(windows.olga, Ref(A, actor_id), "Delete"))
    assert not windows.alice.push(_edit(windows.alice, actor_id, municipality="Hetta"))
    assert "Enontekiö was deleted by olga at" in windows.failures[-1]


def test_the_store_refuses_a_stale_update_directly(team_map: TeamMapDatabase) -> None:
    first, second = team_map.open("editor"), team_map.open("owner")
    try:
        actor = first.insert(Actor(name="Pello"))
        assert actor.id is not None
        second.update(A, actor.id, {"email": "x@pello.fi"}, {"email": ""})
        with pytest.raises(StaleEditError) as refused:
            first.update(A, actor.id, {"email": "y@pello.fi"}, {"email": ""})
        assert refused.value.fields[0].theirs == "x@pello.fi"
        assert first.get(A, actor.id).email == "x@pello.fi"  # type: ignore[union-attr]
    finally:
        first.close()
        second.close()
