"""Copy this map to a server, on a real PostgreSQL server: onto an empty team map (ids,
sequences and the change log kept), onto one holding a map or no map (refused, nothing
written), by an editor (refused: the history is the owner's to write), and a server lost
or a Cancel in the middle (nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from aspdesk.app.commands import AddEntity, DeleteEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.team import copy_map_to_server
from aspdesk.cli.main import main as cli_main
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.store.opening import create_map
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import NotATeamMapError, ServerLostError
from aspdesk.store.team.opening import open_team_map
from aspdesk.store.team.to_server import OwnerNeededError, TeamMapNotEmptyError
from tests.postgres import USERS, TeamMapDatabase


def _file_map(tmp_path: Path, qapp: object) -> tuple[Document, int]:
    document = Document(create_map(tmp_path / "kartta.aspmap", "Lapin klusterit"), "en")
    ids = []
    for name in ("Lapin liitto", "GTK", "Poistettu"):
        command = AddEntity(document, Actor(name=name, kind="company"), "add")
        assert document.push(command)
        ids.append(command.entity.id or 0)
    add = AddEntity(document, Cluster(name="Arctic security", coordinator_id=ids[0]), "add")
    assert document.push(add)
    member = Membership(actor_id=ids[0], cluster_id=add.entity.id or 0, role="coordinator")
    assert document.push(AddEntity(document, member, "add"))
    tie = Relationship(source_id=ids[0], target_id=ids[1], type="funding")
    assert document.push(AddEntity(document, tie, "add"))
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, ids[2]), "delete"))
    return document, ids[2]


def _rows(team_map: TeamMapDatabase) -> dict[str, int]:
    store = team_map.open("viewer")
    try:
        with store.engine.connect() as connection:
            return {
                name: int(connection.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
                for name in ("actors", "clusters", "relationships", "change_set", "change")
            }
    finally:
        store.close()


def test_copy_a_map_file_onto_an_empty_team_map(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object
) -> None:
    document, gone = _file_map(tmp_path, qapp)
    try:
        entities = {t: document.store.all(t) for t in EntityType}
        log = document.store.changes.whole()
        seen: list[tuple[int, int]] = []
        rows = copy_map_to_server(
            document, team_map.address("owner"), "", lambda done, total: seen.append((done, total))
        )
        assert rows == seen[-1][0] == seen[-1][1] and seen[0] == (0, rows)
        # Onto a map: refused, nothing written.
        before = _rows(team_map)
        with pytest.raises(TeamMapNotEmptyError) as refused:
            copy_map_to_server(document, team_map.address("owner"), "")
        assert "already holds a map (actors 2" in refused.value.text()
        assert _rows(team_map) == before
        file_id = document.map_id()
    finally:
        document.close()
    store = team_map.open("editor")
    try:
        assert {t: store.all(t) for t in EntityType} == entities
        assert store.map_name() == "Lapin klusterit"
        assert store.map_id() not in ("", file_id)
        assert [s for s, _c in store.changes.whole()] == [s for s, _c in log]
        assert store.next_ids()[EntityType.ACTOR] == gone + 1  # a deleted id is not reused
        assert store.insert(Actor(name="Uusi", kind="company")).id == gone + 1
    finally:
        store.close()


def test_an_editor_may_not_bring_a_history_onto_the_server(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    document, _gone = _file_map(tmp_path, qapp)
    before = _rows(team_map)
    try:
        with pytest.raises(OwnerNeededError) as refused:
            copy_map_to_server(document, team_map.address("editor"), "")
        said = refused.value.text()
        assert "Only a member of aspdesk_owner can copy a map" in said and team_map.name in said
        assert "Nothing was copied" in said
        path = document.path
    finally:
        document.close()
    assert _rows(team_map) == before
    assert cli_main(["server", "copy", str(path), team_map.url("editor"), "--lang", "en"]) == 1
    assert "Only a member of aspdesk_owner" in capsys.readouterr().err
    assert _rows(team_map) == before


def test_a_database_without_a_team_map_is_refused(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object
) -> None:
    server = team_map.server
    name = f"{team_map.name}_bare"
    server.execute(f"CREATE DATABASE {name}")
    document, _gone = _file_map(tmp_path, qapp)
    try:
        address = TeamAddress.parse(server.url(name, USERS["editor"]))[0]
        with pytest.raises(NotATeamMapError) as refused:
            copy_map_to_server(document, address, "")
        assert "aspdesk server init" in refused.value.text()
    finally:
        document.close()
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.parametrize("stop", ["server", "cancel"])
def test_a_lost_server_or_a_cancel_mid_copy_writes_nothing(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object, stop: str
) -> None:
    document, _gone = _file_map(tmp_path, qapp)
    before = _rows(team_map)
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done > 0:  # some rows are in, the transaction still open
            if stop == "server":
                team_map.server.stop("immediate")
            else:
                raise KeyboardInterrupt  # as a Cancel ends the work

    try:
        expected = ServerLostError if stop == "server" else KeyboardInterrupt
        with pytest.raises(expected):
            copy_map_to_server(document, team_map.address("owner"), "", progress)
    finally:
        if stop == "server":
            team_map.server.start()
    try:
        assert len(calls) == 2
        assert _rows(team_map) == before
        # And the copy works once the server is back.
        assert copy_map_to_server(document, team_map.address("owner"), "") > 0
    finally:
        document.close()


def test_aspdesk_server_copy(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    document, _gone = _file_map(tmp_path, qapp)
    path = document.path
    document.close()
    assert cli_main(["server", "copy", str(path), team_map.url("owner"), "--lang", "en"]) == 0
    assert "Copied" in capsys.readouterr().out
    assert _rows(team_map)["actors"] == 2
    assert cli_main(["server", "copy", str(path), team_map.url("owner"), "--lang", "en"]) == 1
    assert "already holds a map" in capsys.readouterr().err
    assert _rows(team_map)["actors"] == 2


def test_an_empty_database_the_user_owns_is_set_up_first(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object
) -> None:
    server = team_map.server
    name = f"{team_map.name}_own"
    server.execute(f"CREATE DATABASE {name} OWNER {USERS['owner']}")
    document, _gone = _file_map(tmp_path, qapp)
    try:
        owner = TeamAddress.parse(server.url(name, USERS["owner"]))[0]
        assert copy_map_to_server(document, owner, "") > 0
        editor = open_team_map(TeamAddress.parse(server.url(name, USERS["editor"]))[0])
        try:
            assert sorted(a.name for a in editor.actors()) == ["GTK", "Lapin liitto"]
            assert editor.read_only is None  # the grants an init gives
        finally:
            editor.close()
    finally:
        document.close()
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
