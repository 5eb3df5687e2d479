"""Entities read whole (MapStore.all, through convert.entity_maker) are the entities their
class makes from the same values: made without __init__, nothing may be left out."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from aspdesk.domain.entities import EntityType
from aspdesk.store.convert import ENTITY_CLASSES, from_row
from aspdesk.store.repository import MapStore
from aspdesk.store.schema import ROW_CLASSES


@pytest.mark.parametrize("entity_type", list(EntityType))
def test_entities_read_whole_are_those_their_class_makes(
    sample_store: MapStore, entity_type: EntityType
) -> None:
    read = sample_store.all(entity_type)
    row_class = ROW_CLASSES[entity_type]
    with sample_store.engine.connect() as connection:
        with Session(connection) as session:
            rows = session.scalars(select(row_class).order_by(row_class.id)).all()
            one_by_one = [from_row(entity_type, row) for row in rows]
    assert read, f"the sample map has {entity_type.name.lower()}s to compare"
    assert read == one_by_one
    cls = ENTITY_CLASSES[entity_type]
    for entity, made in zip(read, one_by_one, strict=True):
        assert type(entity) is cls and vars(entity) == vars(made)
        assert hash(entity) == hash(made)
        with pytest.raises(dataclasses.FrozenInstanceError):
            entity.id = 0  # type: ignore[misc]


@pytest.mark.parametrize("cls", list(ENTITY_CLASSES.values()))
def test_no_entity_class_computes_anything_when_made(cls: type) -> None:
    """What __post_init__ or a default factory would compute is skipped by reading whole."""
    assert not hasattr(cls, "__post_init__")
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(cls))
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"  # the dataclass's own


def test_a_document_reads_the_map_through_one_connection(
    sample_store: MapStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Document's first read of the map (entities, name, terms) is one read transaction
    on one connection; its saved views one more. It made 16 connections before."""
    import aspdesk.store.connection as connection
    from aspdesk.app.document import Document

    opened: list[object] = []
    real = connection.connect

    def counting(path: object, *, read_only: bool) -> object:
        opened.append(path)
        return real(path, read_only=read_only)  # type: ignore[arg-type]

    monkeypatch.setattr(connection, "connect", counting)
    document = Document(sample_store, "fi")
    assert len(opened) <= 2
    assert document.index.count(EntityType.ACTOR) == 21 and document.map_name()
    with sample_store.reading(), sample_store.reading():  # nested: the same connection
        assert len(sample_store.all(EntityType.ACTOR)) == 21
    assert sample_store._held is None
