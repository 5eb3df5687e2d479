"""The change log of an open map: every write records what it changed, and reading it back.

Each write transaction of the store (an entity's, a saved view's, a survey round's, the
map's name) gathers its changes in a :class:`Recorder` kept in the connection's ``info``;
as the transaction ends, the changes go into the tables ``change_set`` and ``change`` in
that same transaction, so a write the map refuses leaves no change behind and a change
is never recorded without its write. One set per transaction, none when nothing changed.

A set's author is :attr:`ChangeLog.author` and its time this computer's clock on a file
map; on a team map both are the server's: its ``now()`` and the database user
(``session_user``), the column defaults ``aspdesk server upgrade`` gives the log
(:data:`aspdesk.store.team.server.HISTORY_GUARD`, which lets an editor write neither
column), or on a map not yet upgraded so, the same expressions in the insert. Its summary
is the step's text the app gives with :meth:`ChangeLog.step` (an undo or a redo marked,
see :mod:`aspdesk.domain.changes`).

On a team map (PostgreSQL) the same transaction also sends ``NOTIFY`` on
:data:`CHANNEL` with the set's number, which the server delivers to every listening client
only once the transaction commits (:mod:`aspdesk.store.team.listening`); the numbers of the
sets this log wrote are kept in :attr:`ChangeLog.written`, so a client can tell its own
sets from others' when the notification comes back to it.

Values are kept as JSON text (:mod:`aspdesk.domain.change_values`); a made or removed
entity is one row holding the whole entity, and a moved node one ``position`` change for
x and y, so a layout of 10,000 nodes is 10,000 rows. Nothing here is SQLite-only.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.change_values import dumps, field_changes, loads
from aspdesk.domain.changes import Change, ChangeSet, History
from aspdesk.store import tables
from aspdesk.store.bulk import insert_rows
from aspdesk.store.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection

_KEY = "aspdesk.changes"
# (subject, entity id, field, old as JSON, new as JSON)
Row = tuple[str, int, str | None, str | None, str | None]
_SET_TABLE: Any = tables.change_set
_CHANGE_TABLE: Any = tables.change
_CHANGE_COLUMNS = ("set_id", "subject", "entity_id", "field", "old", "new")
_CHUNK = 500  # ids per IN list: under every database's parameter limit
CHANNEL = "aspdesk_changes"  # the channel a team map's writes notify (see the module)
_STAMPS_KEY = "aspdesk.server_stamps"  # kept in a pooled connection's info


def computer_user() -> str:
    """The user name of this computer's session, or "" when it has none to give."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # a service or container without a user name
        return ""


class Recorder:
    """The changes of one write transaction, gathered as it runs."""

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def made(self, subject: str, entity_id: int, whole: object) -> None:
        """``whole`` (an entity, a view, a round, or an entity's field values) was made."""
        self.rows.append((subject, entity_id, None, None, dumps(whole)))

    def removed(self, subject: str, entity_id: int, whole: object) -> None:
        """``whole`` was removed."""
        self.rows.append((subject, entity_id, None, dumps(whole), None))

    def changed(self, subject: str, entity_id: int, field: str, old: object, new: object) -> None:
        """One field went from ``old`` to ``new`` (the caller knows they differ)."""
        self.rows.append((subject, entity_id, field, dumps(old), dumps(new)))

    def fields(
        self, subject: str, entity_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> None:
        """Every field ``new`` really changes from ``old`` (x and y as one position)."""
        for name, before, after in field_changes(old, new):
            self.changed(subject, entity_id, name, before, after)


def recorder(connection: Connection) -> Recorder:
    """The recorder of the write ``connection`` is in (one that keeps nothing outside one)."""
    found = connection.info.get(_KEY)
    return found if isinstance(found, Recorder) else Recorder()


class ChangeLog:
    """Writing a map's change log with its writes, and reading it (``store.changes``)."""

    def __init__(self, engine: Engine, author: str | None = None) -> None:
        self.engine = engine
        self.author = computer_user() if author is None else author
        self._steps: list[str] = []
        # The numbers of the sets written here (a set rolled back after its number was
        # drawn stays in: no other client can have a set of that number).
        self.written: set[int] = set()

    # -- writing ----------------------------------------------------------------------

    @contextmanager
    def step(self, summary: str) -> Iterator[None]:
        """Writes inside are recorded under ``summary`` (the step's text as shown)."""
        self._steps.append(summary)
        try:
            yield
        finally:
            self._steps.pop()

    @contextmanager
    def recording(self, connection: Connection) -> Iterator[Recorder]:
        """Gather the changes of the write in ``connection``; store them as it ends well."""
        found = Recorder()
        connection.info[_KEY] = found
        try:
            yield found
        finally:  # a pooled connection's info outlives the write, failed or not
            del connection.info[_KEY]
        set_id = write_set(
            connection, found.rows, self.author, self._steps[-1] if self._steps else ""
        )
        if set_id is not None:
            self.written.add(set_id)
            if connection.dialect.name == "postgresql":
                # Queued with the transaction: delivered on commit, dropped on rollback.
                connection.execute(
                    text("SELECT pg_notify(:channel, :set_id)"),
                    {"channel": CHANNEL, "set_id": str(set_id)},
                )

    # -- reading ----------------------------------------------------------------------

    def history(self, subject: str, entity_id: int) -> list[tuple[ChangeSet, list[Change]]]:
        """Every change of one thing, newest set first, each set with its changes."""
        query = (
            select(_CHANGE_TABLE, _SET_TABLE.c.at, _SET_TABLE.c.author, _SET_TABLE.c.summary)
            .join(_SET_TABLE, _SET_TABLE.c.id == _CHANGE_TABLE.c.set_id)
            .where(_CHANGE_TABLE.c.subject == subject, _CHANGE_TABLE.c.entity_id == entity_id)
            .order_by(_CHANGE_TABLE.c.set_id.desc(), _CHANGE_TABLE.c.id)
        )
        grouped: list[tuple[ChangeSet, list[Change]]] = []
        for row in self._rows(query):
            if not grouped or grouped[-1][0].id != row.set_id:
                grouped.append((ChangeSet(row.set_id, _utc(row.at), row.author, row.summary), []))
            grouped[-1][1].append(_change(row, grouped[-1][0].at))
        return grouped

    def sets_after(self, set_id: int) -> list[ChangeSet]:
        """The sets after ``set_id``, oldest first (0: all of them)."""
        query = select(_SET_TABLE).where(_SET_TABLE.c.id > set_id).order_by(_SET_TABLE.c.id)
        return [ChangeSet(r.id, _utc(r.at), r.author, r.summary) for r in self._rows(query)]

    def changes_after(self, set_id: int) -> list[Change]:
        """Every change of the sets after ``set_id``, in the order they were made."""
        return self._changes(_CHANGE_TABLE.c.set_id > set_id)

    def changes_of(self, set_ids: Sequence[int]) -> list[Change]:
        """Every change of the sets ``set_ids``, in the order they were made."""
        wanted = sorted(set(set_ids))
        found: list[Change] = []
        for start in range(0, len(wanted), _CHUNK):
            found += self._changes(_CHANGE_TABLE.c.set_id.in_(wanted[start : start + _CHUNK]))
        return found

    def network_changes(self, subjects: Sequence[str], skipped: Sequence[str]) -> list[Change]:
        """The changes of things of ``subjects``, but not to their fields ``skipped``, in the
        order they were made: what the map on a past date needs (a layout's moves, often
        most of a log, are not)."""
        column = _CHANGE_TABLE.c
        return self._changes(
            column.subject.in_(subjects) & (column.field.is_(None) | column.field.not_in(skipped))
        )

    def changes_since(self, when: datetime) -> list[Change]:
        """Every change of the sets made after ``when``, in set order (the time slider
        takes them back, newest first, from the map as it is)."""
        return self._changes(_SET_TABLE.c.at > when)

    def first_set(self) -> ChangeSet | None:
        """The log's first set (an older map's: where its history starts)."""
        query = select(_SET_TABLE).order_by(_SET_TABLE.c.id).limit(1)
        rows = self._rows(query)
        return (
            ChangeSet(rows[0].id, _utc(rows[0].at), rows[0].author, rows[0].summary)
            if rows
            else None
        )

    def latest_set_id(self) -> int:
        """The number of the latest set (0 when the log is empty)."""
        return int(self._scalar(select(func.max(_SET_TABLE.c.id))) or 0)

    def count(self) -> tuple[int, int]:
        """How many sets and how many changes the log holds."""
        sets = self._scalar(select(func.count()).select_from(_SET_TABLE))
        changes = self._scalar(select(func.count()).select_from(_CHANGE_TABLE))
        return int(sets or 0), int(changes or 0)

    def size(self) -> int:
        """The characters of the changes' values (what the log adds to the file, roughly)."""
        total = func.coalesce(func.sum(func.length(_CHANGE_TABLE.c.old)), 0) + func.coalesce(
            func.sum(func.length(_CHANGE_TABLE.c.new)), 0
        )
        return int(self._scalar(select(total)) or 0)

    def whole(self) -> History:
        """The whole log, oldest set first, each set with its changes."""
        by_set: dict[int, list[Change]] = {}
        for change in self.changes_after(0):
            by_set.setdefault(change.set_id, []).append(change)
        return tuple((s, tuple(by_set.get(s.id, ()))) for s in self.sets_after(0))

    def _changes(self, condition: Any) -> list[Change]:
        query = (
            select(_CHANGE_TABLE, _SET_TABLE.c.at, _SET_TABLE.c.author)
            .join(_SET_TABLE, _SET_TABLE.c.id == _CHANGE_TABLE.c.set_id)
            .where(condition)
            .order_by(_CHANGE_TABLE.c.set_id, _CHANGE_TABLE.c.id)
        )
        found: list[Change] = []
        last, at = -1, datetime.min
        # Positions, not names: 50,000 rows read a third faster.
        for _id, set_id, subject, entity_id, field, old, new, when, author in self._rows(query):
            if set_id != last:  # a set's changes share its time
                last, at = set_id, _utc(when)
            found.append(
                Change(
                    set_id,
                    at,
                    author,
                    subject,
                    entity_id,
                    field,
                    _value(subject, field, old),
                    _value(subject, field, new),
                )
            )
        return found

    def _rows(self, query: Any) -> list[Any]:
        try:
            with self.engine.connect() as connection:
                return list(connection.execute(query))
        except SQLAlchemyError as error:
            raise StoreError(str(error)) from error

    def _scalar(self, query: Any) -> Any:
        try:
            with self.engine.connect() as connection:
                return connection.execute(query).scalar()
        except SQLAlchemyError as error:
            raise StoreError(str(error)) from error


def write_set(
    connection: Connection,
    rows: Sequence[Row],
    author: str,
    summary: str,
    at: datetime | None = None,
    *,
    keep_empty: bool = False,
) -> int | None:
    """Store one set of ``rows`` in ``connection``'s transaction; its number (None, and
    nothing stored, when there are no rows unless ``keep_empty``)."""
    if not rows and not keep_empty:
        return None
    if at is None and connection.dialect.name == "postgresql":
        set_id = _server_set(connection, summary)
    else:
        made: Any = connection.execute(
            insert(_SET_TABLE).values(at=at or datetime.now(UTC), author=author, summary=summary)
        )
        set_id = int(made.inserted_primary_key[0])
    if not rows:
        return set_id
    insert_rows(connection, _CHANGE_TABLE, _CHANGE_COLUMNS, [(set_id, *row) for row in rows])
    return set_id


def _server_set(connection: Connection, summary: str) -> int:
    """A new set on a team map, its time and author the server's (see the module)."""
    if _server_stamps(connection):
        # Named alone, as the editors' grant has it: the table's Python defaults stay out.
        statement = "INSERT INTO change_set (summary) VALUES (:summary) RETURNING id"
    else:
        statement = (
            "INSERT INTO change_set (at, author, summary) "
            "VALUES (now(), session_user, :summary) RETURNING id"
        )
    return int(connection.execute(text(statement), {"summary": summary}).scalar_one())


def server_stamps(connection: Any) -> bool:
    """Whether a team map's server gives each change set its time and author (the column
    defaults of :data:`aspdesk.store.team.server.HISTORY_GUARD`)."""
    return bool(
        connection.scalar(
            text(
                "SELECT atthasdef FROM pg_attribute "
                "WHERE attrelid = 'aspdesk.change_set'::regclass AND attname = 'author'"
            )
        )
    )


def _server_stamps(connection: Connection) -> bool:
    """:func:`server_stamps`, asked once per connection (a server upgraded meanwhile is
    seen by the connections made after it)."""
    info = connection.info
    if _STAMPS_KEY not in info:
        info[_STAMPS_KEY] = server_stamps(connection)
    return bool(info[_STAMPS_KEY])


def may_put_history(connection: Connection) -> bool:
    """Whether this user may store sets under other times and authors: always on a file
    map; on a team map only its owner (see :data:`~aspdesk.store.team.server.HISTORY_GUARD`)."""
    if connection.dialect.name != "postgresql":
        return True
    return bool(
        connection.scalar(
            text("SELECT has_column_privilege('aspdesk.change_set', 'author', 'INSERT')")
        )
    )


def put_history(connection: Connection, history: History) -> None:
    """Store the sets of a backup's history, under their own times, authors and summaries,
    in the order given (their numbers are this map's). On a team map an editor may not
    write a past the server did not see: the history is left out there, and the map's
    history of what was restored starts with the restore's own set."""
    if history and not may_put_history(connection):
        return
    for change_set, changes in history:
        rows = [(c.subject, c.entity_id, c.field, _dumped(c.old), _dumped(c.new)) for c in changes]
        write_set(
            connection, rows, change_set.author, change_set.summary, change_set.at, keep_empty=True
        )


def _dumped(value: object) -> str | None:
    return None if value is None else dumps(value)


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _change(row: Any, at: datetime) -> Change:
    subject, field = row.subject, row.field
    return Change(
        row.set_id,
        at,
        row.author,
        subject,
        row.entity_id,
        field,
        _value(subject, field, row.old),
        _value(subject, field, row.new),
    )


def _value(subject: str, field: str | None, text: str | None) -> Any:
    try:
        return loads(subject, field, text)
    except (ValueError, TypeError, KeyError, RecursionError):
        return None  # a damaged value reads as none rather than stopping the history
