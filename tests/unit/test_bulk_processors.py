"""The values a statement of many rows binds (aspdesk.store.bulk) are the text SQLAlchemy's
own column types would bind: a list of a JSON column through json.dumps' encoder."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from aspdesk.domain.entities import EntityType
from aspdesk.store import bulk
from aspdesk.store.tables import ENTITY_TABLES

_LEAVES = (
    st.text()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
)


@given(st.lists(_LEAVES | st.lists(_LEAVES, max_size=3), max_size=6))
def test_a_json_column_binds_a_list_as_sqlalchemy_does(value: list[object]) -> None:
    dialect = sqlite.dialect()
    column_type = ENTITY_TABLES[EntityType.ACTOR].c.tags.type
    theirs = column_type.dialect_impl(dialect).bind_processor(dialect)
    ours = bulk._processor(column_type, dialect)  # noqa: SLF001
    assert ours is not None and ours is not theirs  # the shortcut is taken
    text = ours(value)
    assert text == theirs(value) == json.dumps(value)
    back = json.loads(text)
    assert len(back) == len(value)
    assert all(
        a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))
        for a, b in zip(back, value, strict=True)
        if not isinstance(a, list)
    )


def test_what_is_not_a_list_goes_through_sqlalchemy() -> None:
    dialect = sqlite.dialect()
    column_type = ENTITY_TABLES[EntityType.ACTOR].c.tags.type
    ours = bulk._processor(column_type, dialect)  # noqa: SLF001
    assert ours is not None
    assert ours(None) == "null"
    assert ours({"a": (1, 2)}) == '{"a": [1, 2]}'
    assert ours(("vienti", "matkailu")) == '["vienti", "matkailu"]'
