"""Writing where nodes stand: moves and pins, and a node's first place.

A node placed for the first time (an actor added without a position) is placed by every
window that draws it: on a team map, the adder's window and every other open one, each at
once and each by its own view. Only the first place saved counts: :func:`place_first`
writes a position only where none is stored yet, with the rows locked
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's write lock serialises writers anyway), and
gives back what is stored afterwards, so that a window that lost the race draws the node
where the others do instead of moving it there later. Without that, each window saved its
own place and the last save won: the node jumped in every window but the last.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update

from aspdesk.domain.change_values import POSITION
from aspdesk.domain.entities import EntityType
from aspdesk.store.changes import recorder
from aspdesk.store.rows import columns_of
from aspdesk.store.stale import check_edit, check_positions
from aspdesk.store.tables import ENTITY_TABLES

if TYPE_CHECKING:
    from sqlalchemy import Connection

Point = tuple[float | None, float | None]
_CHUNK = 500  # ids per IN list: under every database's parameter limit


def move(
    connection: Connection,
    entity_type: EntityType,
    moves: Mapping[int, Point],
    expected: Mapping[int, Point],
) -> None:
    """Put nodes of one type at ``moves``; refused (StaleEditError) when one of
    ``expected`` (an undo's or redo's) was moved by someone else since."""
    check_positions(connection, entity_type, expected)
    table = ENTITY_TABLES[entity_type]
    log = recorder(connection)
    before = columns_of(connection, table, moves, ("x", "y"))
    for node, point in moves.items():
        if node in before and before[node] != tuple(point):
            log.changed(entity_type.value, node, POSITION, before[node], point)
    _write(connection, table, moves)


def pin(
    connection: Connection,
    entity_type: EntityType,
    values: Mapping[int, bool],
    expected: Mapping[int, bool],
) -> None:
    """Pin or unpin nodes of one type; refused when one of ``expected`` changed since."""
    for node, was_pinned in expected.items():
        check_edit(connection, entity_type, node, {"pinned": was_pinned}, {})
    table = ENTITY_TABLES[entity_type]
    was = columns_of(connection, table, values, ("pinned",))
    for entity_id, value in values.items():
        if entity_id in was and bool(was[entity_id][0]) != value:
            recorder(connection).changed(
                entity_type.value, entity_id, "pinned", bool(was[entity_id][0]), value
            )
        connection.execute(update(table).where(table.c.id == entity_id).values(pinned=value))


def place_first(
    connection: Connection, entity_type: EntityType, positions: Mapping[int, Point]
) -> dict[int, Point]:
    """Keep ``positions`` for the nodes that have none stored yet; where each of them
    stands afterwards (another's first place, where it came first). Nodes no longer
    there are left out."""
    table = ENTITY_TABLES[entity_type]
    wanted = sorted(positions)
    stored: dict[int, Point] = {}
    for start in range(0, len(wanted), _CHUNK):
        query = (
            select(table.c.id, table.c.x, table.c.y)
            .where(table.c.id.in_(wanted[start : start + _CHUNK]))
            .order_by(table.c.id)  # locked in one order: two windows never deadlock
            .with_for_update()
        )
        stored.update({row.id: (row.x, row.y) for row in connection.execute(query)})
    unplaced = {n: positions[n] for n, (x, y) in stored.items() if x is None or y is None}
    log = recorder(connection)
    for node, point in unplaced.items():
        log.changed(entity_type.value, node, POSITION, stored[node], point)
    _write(connection, table, unplaced)
    return stored | unplaced


def _write(connection: Connection, table: Any, moves: Mapping[int, Point]) -> None:
    rows = [{"node": node, "new_x": x, "new_y": y} for node, (x, y) in moves.items()]
    # One statement run for many rows: a layout of 2,000 nodes, one UPDATE each through
    # the ORM, took most of a second.
    statement = (
        update(table)
        .where(table.c.id == bindparam("node"))
        .values(x=bindparam("new_x"), y=bindparam("new_y"))
    )
    if rows:
        connection.execute(statement, rows)
