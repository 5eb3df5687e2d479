"""Refusing stale edits: a change never silently overwrites someone else's.

On a team map several coordinators edit at once. An edit carries the values its user saw
(a command's ``old``: what the form showed); the store, in the edit's own transaction,
locks the row (``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the write lock already
serialises writers) and compares each field the edit changes with what the user saw. A
field someone else changed meanwhile refuses the whole edit with :class:`StaleEditError`,
which says per field what the user saw, what the map holds now, what the user wanted, and
who made the change and when (the latest set of the change log touching that field).
Nothing of the edit is written; the window then lets the user choose (keep theirs, or
write theirs over as a new edit that expects theirs).

The check is per field, not a row counter: two coordinators editing different fields of
the same actor (one the e-mail, the other the role) both succeed, as they should, and a
version number per row would refuse the second for no reason. It is "rows carry a
version" at the grain of a field, and the change log already names who wrote each field,
so no migration is needed. The store's own times (``updated_at``) are never compared:
every edit sets them.

The map's name, a saved view and a survey round are kept so too (:func:`check_other`): a
rename of the map, a change or removal of a view, or answers collected into a round, that
meet another user's change of the same thing are refused the same way, with the same
error; their ``entity_type`` is then the change log's subject (``map``, ``view``,
``survey_round``: :mod:`aspdesk.domain.changes`), not an entity type.

A delete compares the entity as its user last saw it (all its fields but the layout:
a node moved since is still the same thing) and refuses when someone else changed it,
or added or changed what would go with it (a tie, a membership, a contact person, a
project partner: the user would delete those unseen).
Undo and redo use the same path: an undo expects the values its step wrote, a redo those
its undo left. A file map has one writer, so none of this fires there, but the code path
is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import is_dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from aspdesk.domain.change_values import ENTITY_TYPES, POSITION, UNLOGGED, dumps, loads
from aspdesk.domain.entities import Contact, Entity, EntityType, values_of
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.changes import _CHANGE_TABLE, _SET_TABLE
from aspdesk.store.convert import from_row
from aspdesk.store.errors import ConflictError, StoreError
from aspdesk.store.rows import MISSING_REFERENCE, rows_where
from aspdesk.store.tables import ENTITY_TABLES
from aspdesk.store.transactions import mapped

if TYPE_CHECKING:
    from sqlalchemy import Connection

# A thing as its user last saw it, by kind and id (None: not seen at all).
Seen = Callable[[EntityType, int], Entity | None]
# Layout is not what the map knows about a thing: a delete does not compare it.
LAYOUT = frozenset({"x", "y", "pinned"})


@record
class StaleField:
    """One field of an edit that met someone else's change."""

    field: str
    seen: Any  # what the user saw (and the edit expected)
    theirs: Any  # what the map holds now
    mine: Any  # what the user's edit would write (None for a delete)
    author: str  # who made the change the edit met ("" when the log does not say)
    at: datetime | None  # when


class StaleEditError(StoreError):
    """An edit (or delete) met another user's change to the same fields; nothing was written.

    ``fields`` say what changed and who changed it; ``entity_type``, ``entity_id`` and
    ``name`` which thing (``entity_type`` the change log's subject for what is not an
    entity: the map, a view, a survey round); ``deleting`` whether the refused write was
    a delete.
    """

    message = QT_TRANSLATE_NOOP(
        "store",
        "{name} was changed by someone else after you last saw it, so your change was not "
        "saved: {detail}",
    )

    def __init__(
        self,
        entity_type: EntityType | str,
        entity_id: int,
        name: str,
        stale: tuple[StaleField, ...],
        *,
        deleting: bool = False,
    ) -> None:
        detail = "; ".join(_detail(f) for f in stale)
        super().__init__(detail, name=name)
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.name = name
        self.fields = stale
        self.deleting = deleting


class GoneError(ConflictError):
    """The thing an edit (or an undo) would change was deleted by someone else."""

    message = QT_TRANSLATE_NOOP(
        "store", "{name} was deleted by {author} at {time}, so your change was not saved."
    )


def _detail(stale: StaleField) -> str:
    """One field of the message: who changed it when, and to what."""
    who = f" {stale.author or '?'} {stale.at:%Y-%m-%d %H:%M:%S}" if stale.at else ""
    # A whole view's look or survey round would make the message unreadable: not shown.
    if is_dataclass(stale.theirs):
        return f"{stale.field}:{who}"
    return f"{stale.field}:{who} “{_shown(stale.theirs)}”"


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def locked_row(connection: Connection, entity_type: EntityType, entity_id: int) -> Any:
    """The row of one entity, locked against other writers until the transaction ends
    (PostgreSQL; SQLite has no row locks and needs none): a mapped object, which the
    edit then changes."""
    from aspdesk.store.schema import ROW_CLASSES  # mapped objects: only writes use them

    return mapped(connection).get(ROW_CLASSES[entity_type], entity_id, with_for_update=True)


def name_of(entity: Entity) -> str:
    """How a message names ``entity``: its name, or its kind and id."""
    return getattr(entity, "display_name", "") or f"{entity.entity_type.value} {entity.id}"


def last_change(
    connection: Connection, subject: str, entity_id: int, field: str | None
) -> tuple[str, datetime | None]:
    """Who made the latest change of ``field`` of one thing, and when (any change of it
    when ``field`` is None, or when the field has none: a made or restored thing)."""
    change = _CHANGE_TABLE.c
    query = (
        select(_SET_TABLE.c.author, _SET_TABLE.c.at)
        .join(_CHANGE_TABLE, _SET_TABLE.c.id == change.set_id)
        .where(change.subject == subject, change.entity_id == entity_id)
        .order_by(change.set_id.desc())
        .limit(1)
    )
    if field is not None:
        wanted = POSITION if field in ("x", "y") else field
        found = connection.execute(query.where(change.field == wanted)).first()
        if found is not None:
            return found.author, _utc(found.at)
    found = connection.execute(query).first()
    return (found.author, _utc(found.at)) if found is not None else ("", None)


def _removed_name(connection: Connection, entity_type: EntityType, entity_id: int) -> str:
    """The name a deleted thing had, from the change log's record of its removal."""
    change = _CHANGE_TABLE.c
    query = (
        select(change.old)
        .where(change.subject == entity_type.value, change.entity_id == entity_id)
        .where(change.field.is_(None), change.new.is_(None))
        .order_by(change.set_id.desc())
        .limit(1)
    )
    found = connection.execute(query).scalar()
    try:
        entity = loads(entity_type.value, None, found)
    except (ValueError, TypeError, KeyError):
        entity = None
    if isinstance(entity, ENTITY_TYPES):
        return name_of(entity)
    return f"{entity_type.value} {entity_id}"


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def stale_fields(
    connection: Connection,
    entity: Entity,
    expected: Mapping[str, Any],
    new: Mapping[str, Any],
) -> tuple[StaleField, ...]:
    """The fields of ``expected`` whose value in ``entity`` (as stored now) differs."""
    now = values_of(entity)
    found: list[StaleField] = []
    for name, seen in expected.items():
        if name in UNLOGGED or name not in now or dumps(now[name]) == dumps(seen):
            continue
        author, at = last_change(connection, entity.entity_type.value, entity.id or 0, name)
        found.append(StaleField(name, seen, now[name], new.get(name), author, at))
    return tuple(found)


def check_edit(
    connection: Connection,
    entity_type: EntityType,
    entity_id: int,
    expected: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    *,
    deleting: bool = False,
) -> tuple[Any, Entity]:
    """Lock the row of an edit (or a delete) and refuse the write if it is stale.

    Returns the row and the entity as stored. Raises :class:`GoneError` when the row is
    gone and :class:`StaleEditError` when a field of ``expected`` (what the user saw;
    None: no check) holds another value now.
    """
    row = locked_row(connection, entity_type, entity_id)
    if row is None:
        author, at = last_change(connection, entity_type.value, entity_id, None)
        if expected is not None and at is not None:
            raise GoneError(
                name=_removed_name(connection, entity_type, entity_id),
                author=author or "?",
                time=f"{at.astimezone():%Y-%m-%d %H:%M}",
            )
        raise ConflictError(MISSING_REFERENCE)
    entity = from_row(entity_type, row)
    if expected:
        if deleting:
            expected = {k: v for k, v in expected.items() if k not in LAYOUT}
        stale = stale_fields(connection, entity, expected, new)
        if stale:
            name = _joined(connection, entity)
            raise StaleEditError(entity_type, entity_id, name, stale, deleting=deleting)
    return row, entity


def check_dependents(
    connection: Connection, entity: Entity, found: Sequence[Entity], seen: Seen | None
) -> None:
    """Refuse a delete when what goes with it (ties, memberships, contact persons, project
    partners) was added or changed by someone else since its user saw them (``seen``
    gives each as the user saw it, None if not at all; None: no check). Each is named by
    what it joins: "Lapin liitto – GTK"."""
    if seen is None:
        return
    stale: list[StaleField] = []
    for dependent in found:
        was = seen(dependent.entity_type, dependent.id or 0)
        if was is not None and _compared(was) == _compared(dependent):
            continue
        author, at = last_change(connection, dependent.entity_type.value, dependent.id or 0, None)
        shown = _joined(connection, dependent)
        stale.append(StaleField(dependent.entity_type.value, None, shown, None, author, at))
    if stale:
        raise StaleEditError(
            entity.entity_type, entity.id or 0, name_of(entity), tuple(stale), deleting=True
        )


def _compared(entity: Entity) -> str:
    values = values_of(entity)
    return dumps({k: v for k, v in values.items() if k not in UNLOGGED and k not in LAYOUT})


def _joined(connection: Connection, entity: Entity) -> str:
    """What a tie, membership or project partner joins, by name ("Lapin liitto – GTK"),
    or the name of anything else."""
    ends = [
        (kind, getattr(entity, name))
        for name, kind in (
            ("source_id", EntityType.ACTOR),
            ("target_id", EntityType.ACTOR),
            ("project_id", EntityType.PROJECT),
            ("actor_id", EntityType.ACTOR),
            ("cluster_id", EntityType.CLUSTER),
        )
        if hasattr(entity, name)
    ]
    if isinstance(entity, Contact) or not ends:
        return name_of(entity)
    names = []
    for kind, end_id in ends:
        found = rows_where(connection, kind, ENTITY_TABLES[kind].c.id == end_id)
        names.append(name_of(found[0]) if found else str(end_id))
    return " – ".join(names)


def check_positions(
    connection: Connection, entity_type: EntityType, expected: Mapping[int, tuple[Any, Any]]
) -> None:
    """Lock the nodes of a move's undo (or redo) and refuse it if someone else moved one
    of them since: ``expected`` holds where the step left each node."""
    if not expected:
        return
    table = ENTITY_TABLES[entity_type]
    query = select(table).where(table.c.id.in_(list(expected))).with_for_update()
    for row in connection.execute(query.order_by(table.c.id)):
        seen = expected[row.id]
        if _same_point((row.x, row.y), seen):
            continue
        author, at = last_change(connection, entity_type.value, row.id, "x")
        name = name_of(from_row(entity_type, row))
        moved = StaleField(POSITION, seen, (row.x, row.y), None, author, at)
        raise StaleEditError(entity_type, row.id, name, (moved,))


def _same_point(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    if None in a or None in b:
        return tuple(a) == tuple(b)
    return bool(abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9)


def check_other(
    connection: Connection,
    subject: str,
    thing_id: int,
    name: str,
    now: Mapping[str, Any],
    expected: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    deleting: bool = False,
) -> None:
    """Refuse a write to what is not an entity (the map's name, a saved view, a survey
    round: ``subject``) when a field of ``expected`` (what its user saw) holds another
    value ``now`` (as stored, its row locked by the caller)."""
    stale = []
    for field, seen in expected.items():
        if field in now and now[field] != seen:
            author, at = last_change(connection, subject, thing_id, field)
            stale.append(StaleField(field, seen, now[field], new.get(field), author, at))
    if stale:
        raise StaleEditError(subject, thing_id, name, tuple(stale), deleting=deleting)


def gone(connection: Connection, subject: str, thing_id: int, name: str) -> GoneError | None:
    """The error for a write to a thing someone else deleted (None when the change log
    does not know of it)."""
    author, at = last_change(connection, subject, thing_id, None)
    if at is None:
        return None
    when = f"{at.astimezone():%Y-%m-%d %H:%M}"
    return GoneError(name=name, author=author or "?", time=when)
