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
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, insert

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
    import gives every new actor the same two times."""
    process: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None or not isinstance(column_type, DateTime):
        return process
    last: list[Any] = [_NOTHING, None]

    def remembered(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return remembered


_NOTHING = object()
