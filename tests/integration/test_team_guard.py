"""A team map guards its editors against one another: a stalled client's row lock holds
nobody's window for longer than the lock timeout, and the change log is written by the
server (its time, its database user) and cannot be rewritten by an editor."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.team import engine as team_engine
from aspdesk.store.team.engine import KEEPALIVES, LOCK_TIMEOUT_S, STATEMENT_TIMEOUT_S
from tests.postgres import SUPERUSER, TeamMapDatabase

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
