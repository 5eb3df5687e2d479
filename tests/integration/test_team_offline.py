"""Offline copies of a team map on a real PostgreSQL server: taking one, editing both
sides, sending back three ways (the issue's round trip), sending twice, the wrong map, and
the server lost mid-send."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.offline import (
    NotAnOfflineCopyError,
    OtherTeamMapError,
    offline_copy,
    origin_of,
    send,
    start_sending,
)
from aspdesk.app.selection import Ref
from aspdesk.app.team import open_team_document
from aspdesk.cli.main import main as cli_main
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.io.merging.planner import Decisions, Outcome
from aspdesk.store.opening import create_map, open_map
from tests.postgres import TeamMapDatabase, new_team_map


def _edit(document: Document, actor_id: int, **new: object) -> None:
    old = document.store.get(EntityType.ACTOR, actor_id)
    assert old is not None
    before = {name: getattr(old, name) for name in new}
    assert document.push(EditEntity(document, EntityType.ACTOR, actor_id, before, new, "edit"))


def _add(document: Document, entity: object) -> int:
    command = AddEntity(document, entity, "add")  # type: ignore[arg-type]
    assert document.push(command)
    return int(command.entity.id or 0)  # type: ignore[attr-defined]


def _actor(document: Document, actor_id: int) -> Actor:
    found = document.store.get(EntityType.ACTOR, actor_id)
    assert isinstance(found, Actor)
    return found


@pytest.fixture
def team(team_map: TeamMapDatabase, qapp: object) -> Document:
    document = open_team_document(team_map.address("editor"), "", "en")
    document.store.set_map_name("Lapin klusterit")
    yield document
    document.close()


def _open_copy(path: Path, tmp_path: Path) -> Document:
    return Document(open_map(path, tmp_path / "backups"), "en")


def test_the_offline_round_trip(team: Document, tmp_path: Path, qtbot: QtBot) -> None:
    lapland = _add(team, Actor(name="Lapin liitto", kind="authority", municipality="Rovaniemi"))
    gtk = _add(team, Actor(name="GTK", kind="research"))
    going = _add(team, Actor(name="Poistuva Oy", kind="company"))
    kept = _add(team, Actor(name="Säilyvä Oy", kind="company"))
    kept_tie = _add(team, Relationship(source_id=kept, target_id=lapland, type="funding"))
    path = tmp_path / "offline.aspmap"
    origin = offline_copy(team, path)
    assert origin.base == team.latest_change_set() and origin.name == "Lapin klusterit"
    assert "password" not in origin.address
    copy = _open_copy(path, tmp_path)
    try:
        notes = copy.opening_notes()
        assert any("An offline copy of Lapin klusterit" in note for note in notes)
        # Offline: one field of the actor the server also edits, another of it, a delete,
        # a delete of what the server changes, a change to what the server deletes, and new.
        _edit(copy, lapland, municipality="Kemi", website="https://lapinliitto.fi")
        assert copy.push(DeleteEntity(copy, Ref(EntityType.ACTOR, going), "delete"))
        assert copy.push(DeleteEntity(copy, Ref(EntityType.ACTOR, kept), "delete"))
        _edit(copy, gtk, notes="Kysy rahoituksesta")
        new = _add(copy, Actor(name="Offline Oy", kind="company", x=10.0, y=20.0))
        _add(copy, Relationship(source_id=new, target_id=lapland, type="collaboration"))
        # On the server meanwhile: the same field, another field, a change, a delete.
        _edit(team, lapland, municipality="Tornio", email="info@lapinliitto.fi")
        _edit(team, kept, description="Muutettu palvelimella")
        assert team.push(DeleteEntity(team, Ref(EntityType.ACTOR, gtk), "delete"))
        server_step = team.latest_change_set()

        sending = start_sending(copy, team)
        plan = sending.plan(Decisions())
        by = {(i.entity_type, i.candidate.entity.id): i for i in plan.items}
        conflict = by[(EntityType.ACTOR, lapland)]
        assert conflict.outcome is Outcome.CONFLICT
        assert conflict.conflicts == {"municipality": ("Tornio", "Kemi")}
        assert conflict.changes == {"website": "https://lapinliitto.fi"}
        assert by[(EntityType.ACTOR, going)].outcome is Outcome.DELETED
        assert by[(EntityType.ACTOR, kept)].outcome is Outcome.CONFLICT
        assert by[(EntityType.ACTOR, kept)].conflicts["description"][0] == "Muutettu palvelimella"
        assert by[(EntityType.ACTOR, gtk)].outcome is Outcome.CONFLICT  # deleted there
        assert by[(EntityType.ACTOR, new)].outcome is Outcome.NEW
        assert plan.counts()[Outcome.NEW] == 2  # the actor and its tie
        steps = team.undo_stack.count()
        assert send(sending, plan, "Send changes")
        assert team.undo_stack.count() == steps + 1
        assert team.latest_change_set() == server_step + 1  # one transaction
        # Nothing overwritten unasked; the rest applied.
        shown = _actor(team, lapland)
        assert shown.municipality == "Tornio" and shown.email == "info@lapinliitto.fi"
        assert shown.website == "https://lapinliitto.fi"
        assert team.store.get(EntityType.ACTOR, going) is None
        assert _actor(team, kept).description == "Muutettu palvelimella"
        assert team.store.get(EntityType.ACTOR, gtk) is None
        added = [a for a in team.store.actors() if a.name == "Offline Oy"]
        assert len(added) == 1 and (added[0].x, added[0].y) == (10.0, 20.0)
        # The tie the copy deleted along with the actor the server changed stays with it.
        assert by.get((EntityType.RELATIONSHIP, kept_tie)) is None
        ties = team.store.relationships()
        assert [(t.source_id, t.target_id) for t in ties] == [
            (kept, lapland),
            (added[0].id, lapland),
        ]
        # Sending again applies nothing new.
        again = start_sending(copy, team).plan(Decisions())
        assert again.writes == 0 and again.counts()[Outcome.CONFLICT] == 0
        # An edit after the send goes alone, to the server's actor the copy added.
        _edit(copy, new, municipality="Inari")
        later = start_sending(copy, team)
        plan = later.plan(Decisions())
        assert [(e.id, c) for e, c in plan.updates] == [(added[0].id, {"municipality": "Inari"})]
        assert send(later, plan, "Send changes")
        assert _actor(team, added[0].id or 0).municipality == "Inari"
        # Undo on the team map takes the last send back whole.
        team.undo_stack.undo()
        assert _actor(team, added[0].id or 0).municipality == ""
    finally:
        copy.close()


def test_taking_the_copys_side_of_conflicts(team: Document, tmp_path: Path) -> None:
    actor = _add(team, Actor(name="Lapin liitto", kind="authority", municipality="Rovaniemi"))
    gone = _add(team, Actor(name="Poistuva", kind="company"))
    deleted = _add(team, Actor(name="Poistettava", kind="company"))
    tie = _add(team, Relationship(source_id=deleted, target_id=actor, type="funding"))
    path = tmp_path / "offline.aspmap"
    offline_copy(team, path)
    copy = _open_copy(path, tmp_path)
    try:
        assert copy.push(DeleteEntity(copy, Ref(EntityType.ACTOR, deleted), "delete"))
        _edit(copy, actor, municipality="Kemi")
        _edit(copy, gone, municipality="Sodankylä")
        _edit(team, actor, municipality="Tornio")
        assert team.push(DeleteEntity(team, Ref(EntityType.ACTOR, gone), "delete"))
        sending = start_sending(copy, team)
        plan = sending.plan(Decisions(take_file_always=True))
        assert send(sending, plan, "Send changes")
        assert _actor(team, actor).municipality == "Kemi"
        back = [a for a in team.store.actors() if a.name == "Poistuva"]
        assert len(back) == 1 and back[0].municipality == "Sodankylä" and back[0].id != gone
        assert team.store.get(EntityType.ACTOR, deleted) is None
        assert team.store.relationships() == []
        # Undo puts back what the send deleted, under its ids; redo takes it again.
        team.undo_stack.undo()
        assert _actor(team, deleted).name == "Poistettava"
        assert [t.id for t in team.store.relationships()] == [tie]
        assert _actor(team, actor).municipality == "Tornio"
        assert [a.name for a in team.store.actors() if a.name == "Poistuva"] == []
        assert team.index.get(EntityType.ACTOR, deleted) is not None
        team.undo_stack.redo()
        assert team.store.get(EntityType.ACTOR, deleted) is None
        assert team.index.get(EntityType.ACTOR, deleted) is None
    finally:
        copy.close()


def test_a_copy_of_another_map_or_no_copy_is_refused(
    team: Document, team_map: TeamMapDatabase, tmp_path: Path
) -> None:
    actor = _add(team, Actor(name="Lapin liitto", kind="authority"))
    path = tmp_path / "offline.aspmap"
    offline_copy(team, path)
    copy = _open_copy(path, tmp_path)
    plain = Document(create_map(tmp_path / "plain.aspmap"), "en")
    maker = new_team_map(team_map.server)
    other = open_team_document(next(maker).address("editor"), "", "en")
    try:
        _edit(copy, actor, municipality="Kemi")
        before = other.latest_change_set()
        with pytest.raises(OtherTeamMapError) as refused:
            start_sending(copy, other)
        assert "is not the map this copy was taken from" in refused.value.text()
        assert other.latest_change_set() == before and other.store.actors() == []
        assert origin_of(plain) is None and origin_of(team) is None
        with pytest.raises(NotAnOfflineCopyError) as no_copy:
            start_sending(plain, team)
        assert "is not an offline copy of a team map" in no_copy.value.text()
    finally:
        other.close()
        maker.close()
        plain.close()
        copy.close()


@pytest.mark.parametrize("lost", ["before", "mid-transaction"])
def test_the_server_lost_mid_send_leaves_the_team_map_as_it_was(
    team: Document, team_map: TeamMapDatabase, tmp_path: Path, lost: str, qtbot: QtBot
) -> None:
    actor = _add(team, Actor(name="Lapin liitto", kind="authority"))
    going = _add(team, Actor(name="Poistuva", kind="company"))
    path = tmp_path / "offline.aspmap"
    offline_copy(team, path)
    copy = _open_copy(path, tmp_path)
    try:
        _edit(copy, actor, municipality="Kemi")
        _add(copy, Actor(name="Offline Oy", kind="company"))
        assert copy.push(DeleteEntity(copy, Ref(EntityType.ACTOR, going), "delete"))
        sending = start_sending(copy, team)
        plan = sending.plan(Decisions())
        before = {t: team.store.all(t) for t in EntityType}
        step = team.latest_change_set()

        def cut(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            # The send's last writes are its deletes: the insert and update are in by then.
            if statement.lstrip().upper().startswith("DELETE FROM ACTORS"):
                pid = conn.connection.dbapi_connection.info.backend_pid
                team_map.server.execute(f"SELECT pg_terminate_backend({pid})")

        if lost == "before":
            team_map.server.stop("immediate")
        else:
            event.listen(team.store.engine, "before_cursor_execute", cut)
        try:
            assert not send(sending, plan, "Send changes")
        finally:
            if lost == "before":
                team_map.server.start()
            else:
                event.remove(team.store.engine, "before_cursor_execute", cut)
        # The team map's window took the lost server for what it is (aspdesk.app.live):
        # editing comes back once it has reached the server again by itself.
        qtbot.waitUntil(lambda: not team.read_only, timeout=20_000)
        assert {t: team.store.all(t) for t in EntityType} == before
        assert team.latest_change_set() == step
        # The copy still has its changes to send: it was not marked as sent.
        again = start_sending(copy, team)
        plan = again.plan(Decisions())
        assert plan.writes == 3
        assert send(again, plan, "Send changes")
        assert _actor(team, actor).municipality == "Kemi"
        assert team.store.get(EntityType.ACTOR, going) is None
    finally:
        copy.close()


def test_aspdesk_offline(
    team: Document, team_map: TeamMapDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(team, Actor(name="Lapin liitto", kind="authority"))
    path = tmp_path / "kopio.aspmap"
    assert cli_main(["offline", team_map.url("editor"), "-o", str(path), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "Took Lapin klusterit offline" in said and f"change {team.latest_change_set()}" in said
    copy = _open_copy(path, tmp_path)
    try:
        assert [a.name for a in copy.store.actors()] == ["Lapin liitto"]
        origin = origin_of(copy)
        assert origin is not None and origin.map_id == team.map_id()
    finally:
        copy.close()
    assert cli_main(["offline", team_map.url("editor"), "-o", str(path), "--lang", "en"]) == 1
    assert "already exists" in capsys.readouterr().err
