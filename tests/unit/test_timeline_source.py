"""The window's timeline reads the map's change log (aspdesk.app.timeline_source).

The change sets' times are moved into the past in the file, as if the edits had been made
then; everything else goes through the app's own commands.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.timeline_source import timeline_of
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.store.opening import create_map
from aspdesk.store.schema import ChangeSetRow


@pytest.fixture
def document(tmp_path: Path, qapp: object) -> Iterator[Document]:
    doc = Document(create_map(tmp_path / "map.aspmap"), "en")
    yield doc
    doc.undo_stack.clear()
    doc.close()


def _made_on(document: Document, day: date, after_set: int) -> None:
    """Date the change sets after ``after_set`` as made at noon on ``day`` (UTC)."""
    with document.store.engine.begin() as connection:
        connection.execute(
            update(ChangeSetRow)
            .where(ChangeSetRow.id > after_set)
            .values(at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
        )


def _added(document: Document, entity: Actor | Relationship) -> int:
    command = AddEntity(document, entity, "Add")
    assert document.push(command)
    return command.ref.id


def test_undated_things_are_on_the_network_from_when_the_map_got_them(
    document: Document,
) -> None:
    today = datetime.now(UTC).date()
    first = document.latest_change_set()
    old = _added(document, Actor(name="Old Oy"))
    _made_on(document, date(2018, 3, 1), first)
    second = document.latest_change_set()
    new = _added(document, Actor(name="New Oy"))
    tie = _added(document, Relationship(source_id=old, target_id=new))  # undated, too

    timeline = timeline_of(document)
    assert timeline.on(date(2018, 2, 28)).actors == set()
    assert timeline.on(date(2018, 3, 1)).actors == {old}
    assert timeline.on(today - timedelta(days=1)).actors == {old}
    on_today = timeline.on(today)
    assert on_today.actors == {old, new} and on_today.relationships == {tie}
    assert second < document.latest_change_set()


def test_a_removed_actor_is_on_the_days_before_with_the_name_it_had(document: Document) -> None:
    today = datetime.now(UTC).date()
    start = document.latest_change_set()
    actor = _added(document, Actor(name="Lapin Kone Oy"))
    _made_on(document, date(2016, 1, 10), start)
    renamed = document.latest_change_set()
    old_name, new_name = {"name": "Lapin Kone Oy"}, {"name": "Lapin Kone ja Sähkö Oy"}
    rename = EditEntity(document, EntityType.ACTOR, actor, old_name, new_name, "Edit")
    assert document.push(rename)
    _made_on(document, date(2019, 6, 1), renamed)
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, actor), "Delete"))

    timeline = timeline_of(document)
    assert timeline.on(date(2016, 1, 9)).actors == set()
    in_2017 = timeline.on(date(2017, 1, 1))
    assert in_2017.actors == {actor}
    shown = in_2017.get(EntityType.ACTOR, actor)
    assert isinstance(shown, Actor) and shown.name == "Lapin Kone Oy"
    in_2020 = timeline.on(date(2020, 1, 1)).get(EntityType.ACTOR, actor)
    assert isinstance(in_2020, Actor) and in_2020.name == "Lapin Kone ja Sähkö Oy"
    assert timeline.on(today).actors == set()
