"""Many rows into one table in one statement: an import's entities, a write's changes.

Where the driver takes values by position (SQLite) and the statement has exactly the
columns given (no default of another column to fill in), the statement is compiled once
and the rows go to the driver as tuples, each value through its column type's bind
processor: what SQLAlchemy's executemany does for each row, less its work of building
every row's parameters anew (half the time of storing 10,000 actors). Elsewhere (a team
map's PostgreSQL driver takes them by name) SQLAlchemy does it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, DateTime, insert

if TYPE_CHECKING:
    from sqlalchemy import Connection


def insert_rows(
    connection: Connection, table: Any, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values of ``columns``, in that order) into ``table`` in the
    transaction of ``connection``."""
    if not rows:
        return
    statement = insert(table)
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(columns))
    if not compiled.positional or tuple(compiled.positiontup or ()) != columns:
        connection.execute(statement, [dict(zip(columns, row, strict=True)) for row in rows])
        return
    processors = [_processor(table.c[name].type, dialect) for name in columns]
    steps = [(index, p) for index, p in enumerate(processors) if p is not None]
    if not steps:
        connection.exec_driver_sql(compiled.string, [tuple(row) for row in rows])
        return
    converted = []
    for row in rows:
        values = list(row)
        for index, process in steps:
            values[index] = process(values[index])
        converted.append(tuple(values))
    connection.exec_driver_sql(compiled.string, converted)


def _processor(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The bind processor of ``column_type``; a time's remembers its last value, as an
    import gives every new actor the same two times; a JSON column's writes a list (tags,
    a project's clusters) with the encoder json.dumps uses, without json.dumps' own work
    for each call (3 of 3.3 us a row), when that gives the processor's very text."""
    process: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(column_type, JSON) and _LIST_JSON is not None:
        whole = process

        def listed(value: Any) -> Any:
            if type(value) is list:
                return "".join(_LIST_JSON(value, 0))
            return whole(value)

        return listed if all(whole(v) == listed(v) for v in _JSON_SAMPLES) else whole
    if not isinstance(column_type, DateTime):
        return process
    last: list[Any] = [_NOTHING, None]

    def remembered(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return remembered


_NOTHING = object()
# json.dumps' encoder with its defaults (", " and ": ", ASCII, NaN allowed), as C's.
_LIST_JSON = (
    c_make_encoder(None, None, encode_basestring_ascii, None, ": ", ", ", False, False, True)
    if c_make_encoder is not None
    else None
)
# Lists a JSON column holds, to check the shortcut by: text in and out of ASCII, ids.
_JSON_SAMPLES: tuple[list[Any], ...] = (
    [],
    ["matkailu", 'Äänekoski "x"\n'],
    [1, 22, 333],
    [1.5, None, True],
)
