"""The ORM's classes (aspdesk.store.schema) type exactly the columns of their tables."""

from __future__ import annotations

import pytest

from aspdesk.store import schema, tables

MAPPED = [cls for cls in schema.Base.__subclasses__() if hasattr(cls, "__table__")]


def _annotated(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        names |= {
            name
            for name, hint in getattr(klass, "__annotations__", {}).items()
            if str(hint).startswith("Mapped[")
        }
    return names


def test_every_table_has_its_class() -> None:
    assert {cls.__table__.name for cls in MAPPED} == set(tables.metadata.tables)


@pytest.mark.parametrize("cls", MAPPED, ids=lambda cls: cls.__name__)
def test_a_class_annotates_each_column_of_its_table_and_nothing_else(cls: type) -> None:
    # The annotations only type the attributes (the table defines the columns): a column
    # added to a table without its annotation, or one left behind, would type a write wrong.
    assert _annotated(cls) == {column.name for column in cls.__table__.columns}
