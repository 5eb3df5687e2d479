"""Several editors on one team map: renaming the map, changing or removing a saved view, and
collecting answers into a survey round that another user changed since are refused as
stale entity edits are, with whose change it met (and the choice, where there is one), and
so are their undo and redo (aspdesk.store.stale.check_other, aspdesk.store.surveys).

Two Documents on one server map, as two coordinators' windows would hold it
(tests/integration/test_stale_edits.py has the entities' side).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QObject

from aspdesk.app.commands import RenameMap
from aspdesk.app.conflicts import label_of, shown, step_refusal
from aspdesk.app.importing import ImportData, PreparedImport
from aspdesk.app.survey import AddRound
from aspdesk.app.view_commands import AddView, DeleteView, MoveView, RenameView, UpdateView
from aspdesk.domain.change_values import RECORD
from aspdesk.domain.changes import MAP, SURVEY_ROUND, VIEW
from aspdesk.domain.entities import Actor, Cluster
from aspdesk.domain.survey import Answer, SurveyRound
from aspdesk.domain.views import SavedView, ViewState
from tests.integration.test_stale_edits import Windows
from tests.postgres import USERS, TeamMapDatabase


@pytest.fixture
def windows(team_map: TeamMapDatabase, qapp: QObject) -> Iterator[Windows]:
    opened = Windows(team_map)
    yield opened
    opened.close()


def _rename(windows: Windows, name: str, *, olga: bool = False) -> RenameMap:
    document = windows.olga if olga else windows.alice
    return RenameMap(document, document.map_name(), name, f"Rename map to {name}")


def test_a_rename_of_the_map_someone_renamed_since_asks_whose_name(windows: Windows) -> None:
    alice, olga = windows.alice, windows.olga
    unnamed = alice.map_name()  # a new team map is called by its database
    assert unnamed and olga.map_name() == unnamed
    stale = _rename(windows, "Alicen kartta")  # the name Alice sees is the one expected
    renamed: list[str] = []
    alice.map_renamed.connect(renamed.append)
    assert olga.push(_rename(windows, "Lapin kartta", olga=True))
    sets = alice.latest_change_set()

    assert not alice.push(stale)
    assert alice.map_name() == "Lapin kartta" and alice.latest_change_set() == sets
    assert renamed == ["Lapin kartta"], "her window shows Olga's name at once"
    (conflict,) = windows.conflicts
    assert conflict.error.entity_type == MAP and not conflict.deleting
    (field,) = conflict.fields
    assert (field.field, field.seen, field.theirs, field.mine) == (
        "name",
        unnamed,
        "Lapin kartta",
        "Alicen kartta",
    )
    assert field.author == USERS["owner"] and field.at is not None
    assert label_of(conflict.error.entity_type, field.field) == "map name"
    assert alice.undo_stack.count() == 0 and not windows.failures

    # "Use mine": the rename again, from Olga's name, and one undo step.
    assert alice.resolve(conflict, use_mine=True)
    assert olga.map_name() == "Alicen kartta"
    assert alice.undo_stack.count() == 1
    (latest, changes), *_ = alice.history(MAP, 0)
    assert [(c.old, c.new) for c in changes] == [("Lapin kartta", "Alicen kartta")]
    assert latest.author == USERS["editor"]


def test_undo_and_redo_of_a_rename_are_refused_after_someone_renamed_the_map(
    windows: Windows,
) -> None:
    alice, olga = windows.alice, windows.olga
    assert alice.push(_rename(windows, "Kartta A"))
    assert olga.push(_rename(windows, "Kartta B", olga=True))

    alice.undo_stack.undo()
    assert alice.map_name() == "Kartta B", "Olga's name was not overwritten"
    (reason,) = windows.refusals
    assert f"{USERS['owner']} changed map name of Kartta A since" in reason
    assert "Nothing was undone" in reason
    assert alice.undo_stack.index() == 1, "the step stays, to be tried again"

    # Olga puts back the name Alice's step wrote: the undo may go now, and its redo
    # meets her next rename.
    assert olga.push(_rename(windows, "Kartta A", olga=True))
    alice.undo_stack.undo()
    assert olga.map_name() != "Kartta A" and alice.undo_stack.index() == 0
    assert olga.push(_rename(windows, "Kartta C", olga=True))
    alice.undo_stack.redo()
    assert olga.map_name() == "Kartta C" and alice.undo_stack.index() == 0
    assert "Nothing was redone" in windows.refusals[-1]


def _view(windows: Windows, name: str) -> SavedView:
    """A view Alice adds, as both windows then see it."""
    command = AddView(windows.alice, name, ViewState(), f"New view {name}")
    assert windows.alice.push(command)
    found = windows.olga.store.views.get(command.view_id)
    assert found is not None
    return found


def test_a_view_renamed_or_changed_by_someone_since_is_refused_with_the_choice(
    windows: Windows,
) -> None:
    alice, olga = windows.alice, windows.olga
    seen = _view(windows, "Klusterit")  # what Alice's views panel shows
    assert olga.push(RenameView(olga, seen, "Olgan klusterit", "Rename"))

    assert not alice.push(RenameView(alice, seen, "Alicen klusterit", "Rename"))
    (conflict,) = windows.conflicts
    assert conflict.error.entity_type == VIEW and conflict.name == "Olgan klusterit"
    (field,) = conflict.fields
    assert (field.field, field.seen, field.theirs, field.mine) == (
        "name",
        "Klusterit",
        "Olgan klusterit",
        "Alicen klusterit",
    )
    assert field.author == USERS["owner"]
    assert label_of(VIEW, "name") == "view name"
    assert alice.index.views[0].name == "Olgan klusterit", "her panel shows Olga's"
    assert alice.resolve(conflict, use_mine=True)
    assert olga.saved_views()[0].name == "Alicen klusterit"

    # What it shows: Olga updates it, Alice's update from the view as she saw it meets it.
    now = alice.saved_views()[0]
    assert olga.push(UpdateView(olga, now, ViewState(focus_depth=2), "Update"))
    assert not alice.push(UpdateView(alice, now, ViewState(colour_by="cluster"), "Update"))
    field = windows.conflicts[-1].fields[0]
    assert (field.field, field.theirs) == ("state", ViewState(focus_depth=2))
    assert shown(field.theirs) == "the graph’s filters, look and zoom"
    assert olga.saved_views()[0].state == ViewState(focus_depth=2)  # nothing written
    assert alice.undo_stack.count() == 2  # her add and her rename


def test_a_view_changed_since_is_not_deleted_unasked(windows: Windows) -> None:
    alice, olga = windows.alice, windows.olga
    seen = _view(windows, "Hankkeet")
    assert olga.push(UpdateView(olga, seen, ViewState(focus_depth=1), "Update"))

    assert not alice.push(DeleteView(alice, seen, "Delete"))
    conflict = windows.conflicts[-1]
    assert conflict.deleting and conflict.fields[0].field == "state"
    assert olga.saved_views() != []  # kept
    assert alice.resolve(conflict, use_mine=True)  # "Delete anyway"
    assert olga.saved_views() == []


def test_undo_of_a_view_step_is_refused_after_someone_changed_the_view(
    windows: Windows,
) -> None:
    alice, olga = windows.alice, windows.olga
    seen = _view(windows, "Vaihe 1")
    assert olga.push(RenameView(olga, seen, "Vaihe 1 (Olga)", "Rename"))

    alice.undo_stack.undo()  # the add's undo would delete Olga's renamed view
    assert [v.name for v in olga.saved_views()] == ["Vaihe 1 (Olga)"]
    assert f"{USERS['owner']} changed view name of Vaihe 1 (Olga) since" in windows.refusals[-1]

    # A rename undone after another rename, and a delete of it in between.
    assert alice.push(RenameView(alice, olga.saved_views()[0], "Vaihe 2", "Rename"))
    assert olga.push(DeleteView(olga, olga.saved_views()[0], "Delete"))
    failures = len(windows.failures)
    alice.undo_stack.undo()
    assert olga.saved_views() == []
    text = windows.refusals[-1]
    assert f"Vaihe 2 was deleted by {USERS['owner']}" in text, text
    assert len(windows.failures) > failures


def test_a_move_is_not_refused_when_others_shifted_the_list(windows: Windows) -> None:
    alice, olga = windows.alice, windows.olga
    first, second = _view(windows, "Eka"), _view(windows, "Toka")
    # Olga adds a view at the top: every place shifts, but nothing of Alice's was changed.
    assert olga.push(AddView(olga, "Olgan", ViewState(), "New", position=0))
    assert alice.push(MoveView(alice, second, 0, "Move"))
    assert [v.name for v in olga.saved_views()] == ["Toka", "Olgan", "Eka"]
    assert not windows.conflicts and not windows.refusals
    assert first.id is not None


def test_step_refusal_names_the_view(windows: Windows) -> None:
    seen = _view(windows, "Näkymä")
    assert windows.olga.push(RenameView(windows.olga, seen, "Uusi nimi", "Rename"))
    assert not windows.alice.push(RenameView(windows.alice, seen, "Toinen", "Rename"))
    error = windows.conflicts[-1].error
    text = step_refusal(error, "en")
    assert text.startswith(f"{USERS['owner']} changed view name of Uusi nimi since, at ")


def _round(windows: Windows) -> SurveyRound:
    """A survey round Alice makes (one undo step)."""
    alice = windows.alice
    cluster = windows.add(alice, Cluster(name="Kemin klusteri"))
    member = windows.add(alice, Actor(name="Kemin Digipolis"))
    made = SurveyRound(
        alice.next_round_id(), "t0ken", cluster, "Kemin klusteri", date(2026, 5, 4), asked=(member,)
    )
    assert alice.push(AddRound(alice, made, "Survey round of Kemin klusteri"))
    return made


def _collected_by_olga(windows: Windows, made: SurveyRound) -> SurveyRound:
    """Olga collects an answer into the round (as her import of the answers writes it)."""
    answered = made.with_collected((Answer(made.asked[0], date(2026, 5, 20), "a.xlsx"),), ())
    with windows.olga.recording("Collect answers"):
        windows.olga.store.apply(rounds=[answered], expected_rounds=[made])
    return answered


def test_undo_of_a_round_someone_collected_answers_into_is_refused(windows: Windows) -> None:
    made = _round(windows)
    answered = _collected_by_olga(windows, made)

    windows.alice.undo_stack.undo()  # would throw away Olga's answers with the round
    assert windows.olga.survey_rounds() == [answered]
    reason = windows.refusals[-1]
    assert f"{USERS['owner']} changed collected answers of Kemin klusteri (2026-05-04)" in reason
    assert "Nothing was undone" in reason


def test_answers_collected_into_a_round_someone_collected_into_since_are_refused(
    windows: Windows,
) -> None:
    alice = windows.alice
    made = _round(windows)
    theirs = _collected_by_olga(windows, made)
    mine = made.with_collected((Answer(made.asked[0], date(2026, 5, 21), "b.xlsx"),), ())
    prepared = PreparedImport(inserts=(), updates=(), rounds=(mine,), rounds_before=(made,))
    sets = alice.latest_change_set()

    assert not alice.push(ImportData(alice, prepared, "Collect answers"))
    assert alice.survey_rounds() == [theirs] and alice.latest_change_set() == sets
    # Nothing to choose (the answers are collected again): told, with whose change.
    assert not windows.conflicts
    (told,) = windows.failures
    assert told.startswith("Kemin klusteri (2026-05-04) was changed by someone else")
    assert USERS["owner"] in told
    assert shown(theirs) == "answers: 1"
    assert label_of(SURVEY_ROUND, RECORD) == "collected answers"
