"""``changed`` copies an entity as ``dataclasses.replace`` would, and may stay that fast.

``changed`` skips ``replace``'s walk over the fields (aspdesk.domain.entities says why);
it is the same only while no entity has an ``__post_init__`` or a field outside
``__init__``, which the first test holds every entity class to.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from aspdesk.domain.entities import (
    ENTITY_CLASSES,
    Actor,
    Cluster,
    Membership,
    Project,
    Relationship,
    changed,
    field_values,
    format_tags,
    parse_tags,
    values_of,
)


@pytest.mark.parametrize("cls", list(ENTITY_CLASSES.values()), ids=lambda c: c.__name__)
def test_every_entity_is_made_by_its_init_alone(cls: type) -> None:
    assert not hasattr(cls, "__post_init__")
    assert all(f.init for f in dataclasses.fields(cls))
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("entity", "changes"),
    [
        (Actor(id=3, name="Lapin liitto", tags=("a",)), {"x": 1.5, "y": -2.0, "id": None}),
        (Cluster(id=1, name="Arctic design"), {"name": "Arctic Design", "coordinator_id": 4}),
        (Membership(id=2, actor_id=1, cluster_id=1), {"role": "funder", "since": date(2016, 1, 1)}),
        (Relationship(id=9, source_id=1, target_id=2), {"strength": 5, "last_verified": None}),
        (Project(id=4, name="ASP"), {"cluster_ids": (1, 2)}),
        (Actor(id=5, name="Oy"), {}),
    ],
)
def test_changed_is_replace(entity: object, changes: dict[str, object]) -> None:
    copy = changed(entity, **changes)  # type: ignore[type-var]
    expected = dataclasses.replace(entity, **changes)  # type: ignore[type-var]
    assert copy == expected and type(copy) is type(expected)
    assert copy is not entity and entity == dataclasses.replace(entity)  # the original stays
    assert hash(copy) == hash(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.name = "other"  # type: ignore[union-attr]


def test_changed_refuses_a_field_the_entity_does_not_have() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        changed(Actor(name="A"), colour="red")


@pytest.mark.parametrize("cls", list(ENTITY_CLASSES.values()), ids=lambda c: c.__name__)
def test_values_of_gives_every_field_in_order(cls: type) -> None:
    """values_of reads the fields at once; it gives what dataclasses.asdict's walk would,
    without copying the values."""
    entity = cls(id=7)
    values = values_of(entity)
    assert list(values) == [f.name for f in dataclasses.fields(cls)]
    assert all(values[f.name] is getattr(entity, f.name) for f in dataclasses.fields(cls))


@pytest.mark.parametrize("cls", list(ENTITY_CLASSES.values()), ids=lambda c: c.__name__)
def test_field_values_are_the_values_in_the_order_of_the_fields(cls: type) -> None:
    entity = cls(id=4)
    names = [f.name for f in dataclasses.fields(cls)]
    assert field_values(entity) == tuple(getattr(entity, name) for name in names)
    assert list(values_of(entity)) == names


def test_tags_typed_as_a_list_keep_the_first_spelling_of_each_once() -> None:
    typed = " Matkailu, matkailu,  vienti  ,, MATKAILU, Vienti   tuonti,vienti, "
    assert parse_tags(typed) == ("Matkailu", "vienti", "Vienti tuonti")
    assert parse_tags("") == () and parse_tags(" , ,") == ()
    assert parse_tags(format_tags(("Straße", "STRASSE", "ä"))) == ("Straße", "ä")
