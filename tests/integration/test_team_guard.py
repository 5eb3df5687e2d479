"""A team map guards its editors against one another: a stalled client's row lock holds
nobody's window for longer than the lock timeout, and the change log is written by the
server (its time, its database user) and cannot be rewritten by an editor."""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.team import open_team_document
from aspdesk.cli.main import main as cli_main
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store import changes
from aspdesk.store.opening import create_map
from aspdesk.store.team import engine as team_engine
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.engine import KEEPALIVES, LOCK_TIMEOUT_S, STATEMENT_TIMEOUT_S
from aspdesk.store.team.errors import ServerLostError
from aspdesk.store.team.opening import open_team_map
from aspdesk.store.team.server import HISTORY_GUARD, init_sql
from tests.postgres import SUPERUSER, USERS, PostgresServer, TeamMapDatabase

A = EntityType.ACTOR


@pytest.fixture
def document(team_map: TeamMapDatabase, qapp: object) -> Iterator[Document]:
    """An editor's window's document on the team map, with one actor in it."""
    opened = open_team_document(team_map.address("editor"), "", "en")
    try:
        assert opened.push(AddEntity(opened, Actor(name="Lapin liitto", kind="authority"), "Add"))
        yield opened
    finally:
        opened.close()


def _holder(team_map: TeamMapDatabase) -> Any:
    """Another session, as a stalled client's: in a transaction, nothing committed. The
    server ends it after 6 s idle in its transaction, as the README advises, so a window
    that waited for it fails the test rather than hanging it."""
    holder = psycopg.connect(
        host=str(team_map.server.socket_dir), user=SUPERUSER, dbname=team_map.name
    )
    holder.execute("SET idle_in_transaction_session_timeout = '6s'")
    return holder


def _edit(document: Document, actor_id: int, municipality: str) -> EditEntity:
    old = {"municipality": document.index.get(A, actor_id).municipality}  # type: ignore[union-attr]
    return EditEntity(document, A, actor_id, old, {"municipality": municipality}, "Edit")


def test_every_connection_has_its_timeouts_and_keepalives(document: Document) -> None:
    with document.store.engine.connect() as connection:
        assert connection.scalar(text("SHOW lock_timeout")) == f"{LOCK_TIMEOUT_S}s"
        assert connection.scalar(text("SHOW statement_timeout")) == f"{STATEMENT_TIMEOUT_S}s"
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # What libpq was asked for (it leaves keepalives out on the tests' Unix socket).
        asked = raw.info.get_parameters()
        options = {o.keyword.decode(): (o.val or b"").decode() for o in raw.pgconn.info if o.val}
        for key, value in KEEPALIVES.items():
            assert options.get(key) == str(value), key
        assert "password" not in asked


def test_a_row_held_by_a_stalled_client_refuses_the_edit_within_the_timeout(
    document: Document, team_map: TeamMapDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team_engine, "LOCK_TIMEOUT_S", 1)
    document.store.engine.dispose()  # new connections, with the test's lock timeout
    actor_id = document.store.actors()[0].id or 0
    sets_before = document.store.changes.latest_set_id()
    failures: list[str] = []
    document.edit_failed.connect(failures.append)
    holder = _holder(team_map)
    try:
        holder.execute(f"SELECT * FROM aspdesk.actors WHERE id = {actor_id} FOR UPDATE")
        began = time.monotonic()
        assert not document.push(_edit(document, actor_id, "Rovaniemi"))
        waited = time.monotonic() - began
    finally:
        holder.rollback()
        holder.close()
    assert 0.9 < waited < 3.0, waited
    (message,) = failures
    assert "Another editor's change is holding this part of the team map" in message
    assert team_map.name in message and "not saved" in message
    assert "Try again in a moment" in message
    # Nothing half-written: the actor, the log and the undo history are as they were.
    assert document.store.actors()[0].municipality == ""
    assert document.index.get(A, actor_id).municipality == ""  # type: ignore[union-attr]
    assert document.store.changes.latest_set_id() == sets_before
    assert document.undo_stack.count() == 1 and not document.read_only
    # The row free again, the same edit goes through.
    assert document.push(_edit(document, actor_id, "Rovaniemi"))
    assert document.store.actors()[0].municipality == "Rovaniemi"


def test_an_undo_meeting_a_held_row_is_refused_and_can_be_tried_again(
    document: Document, team_map: TeamMapDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team_engine, "LOCK_TIMEOUT_S", 1)
    document.store.engine.dispose()
    actor_id = document.store.actors()[0].id or 0
    assert document.push(_edit(document, actor_id, "Kemi"))
    refusals: list[str] = []
    document.undo_stack.step_refused.connect(refusals.append)
    holder = _holder(team_map)
    try:
        holder.execute(f"SELECT * FROM aspdesk.actors WHERE id = {actor_id} FOR UPDATE")
        document.undo_stack.undo()
    finally:
        holder.rollback()
        holder.close()
    (refusal,) = refusals
    assert "Another editor's change is holding" in refusal and "Nothing was undone" in refusal
    assert document.store.actors()[0].municipality == "Kemi"
    document.undo_stack.undo()
    assert document.store.actors()[0].municipality == ""


def test_a_statement_past_the_timeout_is_stopped_and_said_so(
    document: Document, team_map: TeamMapDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No lock timeout, so the wait for the held row runs into the statement timeout.
    monkeypatch.setattr(team_engine, "LOCK_TIMEOUT_S", 0)
    monkeypatch.setattr(team_engine, "STATEMENT_TIMEOUT_S", 2)
    document.store.engine.dispose()
    actor_id = document.store.actors()[0].id or 0
    failures: list[str] = []
    document.edit_failed.connect(failures.append)
    holder = _holder(team_map)
    try:
        holder.execute(f"SELECT * FROM aspdesk.actors WHERE id = {actor_id} FOR UPDATE")
        assert not document.push(_edit(document, actor_id, "Tornio"))
    finally:
        holder.rollback()
        holder.close()
    (message,) = failures
    assert "did not finish this change within 2 seconds" in message
    assert "not saved" in message and team_map.name in message
    assert document.store.actors()[0].municipality == ""


# -- the change log is the server's ---------------------------------------------------------


class _ClockOff(datetime):
    """This computer's clock, twenty-five years behind."""

    @classmethod
    def now(cls, tz: Any = None) -> Any:  # type: ignore[override]
        return datetime(2001, 1, 1, 12, 0, tzinfo=UTC)


def _latest(store: Any, actor_id: int) -> Any:
    return store.changes.history("actor", actor_id)[0][0]


def test_a_change_set_has_the_servers_time_and_database_user(
    document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "datetime", _ClockOff)
    document.store.author = "mallory"  # what the client would claim, were it asked
    actor_id = document.store.actors()[0].id or 0
    assert document.push(_edit(document, actor_id, "Rovaniemi"))
    written = _latest(document.store, actor_id)
    assert written.author == USERS["editor"]
    assert abs(written.at - datetime.now(UTC)) < timedelta(minutes=1)
    # A file map is as it was: this computer's clock and user.
    file_map = Document(create_map(tmp_path / "kartta.aspmap", "Kartta"), "en")
    try:
        file_map.store.author = "maija"
        command = AddEntity(file_map, Actor(name="GTK", kind="research"), "Add")
        assert file_map.push(command)
        made = _latest(file_map.store, command.entity.id or 0)
        assert (made.author, made.at) == ("maija", _ClockOff.now())
    finally:
        file_map.close()


def _forgeries(editor: Any) -> list[str]:
    """What the server refused of an editor's attempts to rewrite the log."""
    refused = []
    for statement in (
        "UPDATE change_set SET author = 'someone else'",
        "UPDATE change SET new = '\"forged\"'",
        "DELETE FROM change",
        "DELETE FROM change_set",
        "TRUNCATE change_set CASCADE",
        "INSERT INTO change_set (at, author, summary) VALUES (now(), 'someone else', 'x')",
    ):
        try:
            with editor.engine.begin() as connection:
                connection.execute(text(statement))
        except ProgrammingError as error:
            assert isinstance(error.orig, psycopg.errors.InsufficientPrivilege), statement
            refused.append(statement.split()[0])
    return refused


def test_an_editor_cannot_rewrite_the_log_and_the_owner_can(team_map: TeamMapDatabase) -> None:
    editor = team_map.open("editor")
    owner = team_map.open("owner")
    try:
        with editor.changes.step("Add"):
            actor = editor.insert(Actor(name="Lokissa", kind="company"))
        whole = editor.changes.whole()
        refused = _forgeries(editor)
        assert refused == ["UPDATE", "UPDATE", "DELETE", "DELETE", "TRUNCATE", "INSERT"]
        assert editor.changes.whole() == whole
        # Inserting a set's summary alone, as aspdesk does, is the editor's right.
        with editor.engine.begin() as connection:
            connection.execute(text("INSERT INTO change_set (summary) VALUES ('by hand')"))
        with owner.engine.begin() as connection:
            connection.execute(text("UPDATE change_set SET summary = 'tidied' WHERE id = 1"))
        by_hand = editor.changes.sets_after(0)[-1]
        assert (by_hand.author, by_hand.summary) == (USERS["editor"], "by hand")
        assert editor.changes.first_set().summary == "tidied"  # type: ignore[union-attr]
        assert _latest(editor, actor.id or 0).author == USERS["editor"]
    finally:
        editor.close()
        owner.close()


def test_history_starts_with_the_database_user_who_ran_server_init(
    postgres: PostgresServer,
) -> None:
    name = f"init_by_owner_{uuid.uuid4().hex[:8]}"
    postgres.execute(f"CREATE DATABASE {name} OWNER {USERS['owner']}")
    try:
        assert cli_main(["server", "init", postgres.url(name, USERS["owner"]), "--lang", "en"]) == 0
        store = open_team_map(TeamAddress.parse(postgres.url(name, USERS["editor"]))[0])
        try:
            first = store.changes.first_set()
            assert first is not None and first.author == USERS["owner"]
            assert abs(first.at - datetime.now(UTC)) < timedelta(minutes=1)
        finally:
            store.close()
    finally:
        postgres.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


_UNGUARDED = (
    "ALTER TABLE aspdesk.change_set ALTER COLUMN at DROP DEFAULT, ALTER COLUMN author DROP DEFAULT",
    "GRANT INSERT, UPDATE, DELETE ON aspdesk.change_set, aspdesk.change TO aspdesk_editor",
)


def test_server_upgrade_guards_the_log_of_an_existing_map(
    team_map: TeamMapDatabase, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    team_map.server.execute(*_UNGUARDED, database=team_map.name)  # a map set up before
    monkeypatch.setattr(changes, "datetime", _ClockOff)
    editor = team_map.open("editor")
    try:
        # Not yet upgraded: the server's time and user all the same, in the insert.
        with editor.changes.step("Add"):
            actor = editor.insert(Actor(name="Ennen", kind="company"))
        before = _latest(editor, actor.id or 0)
        assert before.author == USERS["editor"]
        assert abs(before.at - datetime.now(UTC)) < timedelta(minutes=1)
        assert _forgeries(editor) == ["TRUNCATE"]  # the rest such a map let an editor do
    finally:
        editor.close()
    owner = team_map.url("owner")
    assert cli_main(["server", "upgrade", owner, "--lang", "en"]) == 0
    assert "The change log is now the server's" in capsys.readouterr().out
    assert cli_main(["server", "upgrade", owner, "--lang", "en"]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    editor = team_map.open("editor")
    try:
        assert len(_forgeries(editor)) == 6
        with editor.changes.step("Add"):
            later = editor.insert(Actor(name="Jälkeen", kind="company"))
        assert _latest(editor, later.id or 0).author == USERS["editor"]
    finally:
        editor.close()


def test_server_init_sql_run_by_psql_guards_an_existing_map(team_map: TeamMapDatabase) -> None:
    sql = " ".join(init_sql().split())
    for statement in HISTORY_GUARD:  # the file says what upgrades do, word for word
        assert f"{statement};" in sql
    team_map.server.execute(*_UNGUARDED, database=team_map.name)
    script = Path(team_map.server.folder) / "server_init.sql"
    script.write_text(init_sql())
    script.chmod(0o644)
    subprocess.run(
        ["psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", str(team_map.server.socket_dir)]
        + ["-U", SUPERUSER, "-d", team_map.name, "-f", str(script)],
        check=True,
        capture_output=True,
    )
    editor = team_map.open("editor")
    try:
        assert len(_forgeries(editor)) == 6
        with editor.changes.step("Add"):
            actor = editor.insert(Actor(name="Psql", kind="company"))
        assert _latest(editor, actor.id or 0).author == USERS["editor"]
    finally:
        editor.close()


@pytest.mark.parametrize("who", ["editor", "owner"])
def test_a_backups_history_is_restored_into_a_team_map_by_its_owner_only(
    team_map: TeamMapDatabase, tmp_path: Path, who: str
) -> None:
    original = tmp_path / "kartta.aspmap"
    store = create_map(original)
    try:
        store.author = "maija"
        with store.changes.step("Add actor “Kemi Oy”"):
            actor = store.insert(Actor(name="Kemi Oy", kind="company"))
        with store.changes.step("Edit “Kemi Oy”: Name"):
            store.update(EntityType.ACTOR, actor.id or 0, {"name": "Kemi Ab"})
    finally:
        store.close()
    backup = tmp_path / "backup.json"
    assert cli_main(["export", str(original), "-o", str(backup), "--with-history"]) == 0
    assert cli_main(["import", team_map.url(who), str(backup), "--lang", "en"]) == 0
    restored = team_map.open(who)
    try:
        assert [a.name for a in restored.actors()] == ["Kemi Ab"]
        history = restored.changes.history("actor", actor.id or 0)
        authors = [s.author for s, _c in history]
        if who == "owner":  # the backup's steps under their own author, then the restore
            assert authors == [USERS["owner"], "maija", "maija"]
        else:  # an editor may not write a past the server did not see
            assert authors == [USERS["editor"]] and len(history[0][1]) == 1
    finally:
        restored.close()


def test_a_client_stalled_in_a_transaction_is_ended_by_the_server(
    team_map: TeamMapDatabase,
) -> None:
    """The README's advice: with idle_in_transaction_session_timeout the server ends the
    session of a client that stopped half way through an edit, which frees its rows; the
    client, back, is told the server could not be reached and nothing of it was saved."""
    team_map.server.execute(
        f"ALTER DATABASE {team_map.name} SET idle_in_transaction_session_timeout = '1s'"
    )
    store = team_map.open("editor")
    other = team_map.open("owner")
    try:
        actor = store.insert(Actor(name="Lapin liitto", kind="authority"))
        with pytest.raises(ServerLostError) as lost:
            with store.engine.begin() as connection:
                connection.execute(
                    text("UPDATE actors SET municipality = 'Kemi' WHERE id = :id"),
                    {"id": actor.id},
                )
                # Meanwhile the row is free again for the others, after the timeout.
                other.update(EntityType.ACTOR, actor.id or 0, {"municipality": "Oulu"})
                connection.execute(text("SELECT 1"))  # the stalled client wakes up
        assert "cannot be reached" in lost.value.text()
        assert store.actors()[0].municipality == "Oulu"  # the pool connects again
    finally:
        store.close()
        other.close()
