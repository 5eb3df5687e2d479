"""The saved views of an open map, each call one short transaction.

Views form one ordered list. Their positions are kept as 0, 1, 2, ... in every write, so
an insert, a move or a delete only has to say where, and an undone delete comes back at
its old place under its old id (``AUTOINCREMENT`` never hands that id to another view).

On a team map a rename, an update or a delete carries the view as its user saw it
(``seen``): one that someone else renamed, changed or deleted since is refused
(:func:`aspdesk.store.stale.check_other`), its row locked meanwhile. Its place in the list
is not compared: others' adds and deletes shift it, and a move says only where it goes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.changes import VIEW
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.views import SavedView, ViewState
from aspdesk.store.changes import ChangeLog, recorder
from aspdesk.store.errors import ConflictError, StoreError, cause
from aspdesk.store.stale import check_other, gone
from aspdesk.store.tables import views
from aspdesk.store.transactions import Transactions, mapped

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from aspdesk.store.schema import ViewRow

NO_SUCH_VIEW = QT_TRANSLATE_NOOP("store", "the view is no longer in the map")


def state_text(state: ViewState) -> str:
    """``state`` as the JSON text the map keeps."""
    try:
        return json.dumps(state.to_dict(), ensure_ascii=False, allow_nan=False)
    except ValueError as error:  # a number that is not finite: a bug, not the user's doing
        raise StoreError(str(error)) from error


def state_of(text: str) -> ViewState:
    """The state in ``text``; a damaged text gives the default state, not an error."""
    try:
        return ViewState.from_dict(json.loads(text))
    except (ValueError, RecursionError):
        return ViewState()


def views_of(connection: Connection, ids: Iterable[int]) -> dict[int, SavedView]:
    """The views ``ids`` that are there, by id."""
    rows = connection.execute(select(_TABLE).where(_TABLE.c.id.in_(list(ids))))
    return {row.id: _view(row) for row in rows}


def _view(row: Any) -> SavedView:
    """The view in ``row`` (a mapped object or a Core row)."""
    return SavedView(row.id, row.name, row.position, state_of(row.state))


_TABLE: Any = views
# The views' list order, for the list read and for renumbering alike.
_LIST_ORDER = (_TABLE.c.position, _TABLE.c.id)


def _ordered(connection: Connection) -> list[ViewRow]:
    from aspdesk.store.schema import ViewRow  # mapped objects: only writes use them

    return list(mapped(connection).scalars(select(ViewRow).order_by(*_LIST_ORDER)))


def _renumber(rows: Sequence[ViewRow], connection: Connection, moved: int | None = None) -> None:
    """Number the views 0, 1, 2, ... in this order; the view ``moved`` (a move's own)
    records its new place, the others shifted by it only change their numbers."""
    for position, row in enumerate(rows):
        if row.position != position:
            if row.id == moved:
                recorder(connection).changed(VIEW, row.id, "position", row.position, position)
            row.position = position


def add_rows(
    connection: Connection, views: Iterable[SavedView], quiet: Set[int] = frozenset()
) -> None:
    """Insert ``views`` with their ids and positions as given (restoring a backup); those
    ``quiet`` names are recorded by the caller."""
    rows = [
        {"id": v.id, "name": v.name, "position": v.position, "state": state_text(v.state)}
        for v in views
    ]
    for view in views:
        if view.id not in quiet:
            recorder(connection).made(VIEW, view.id or 0, view)
    if rows:
        connection.execute(insert(_TABLE), rows)


def remove_rows(connection: Connection, ids: Iterable[int], quiet: Set[int] = frozenset()) -> None:
    """Delete the views ``ids`` and close the gaps they leave in the order (those ``quiet``
    names are recorded by the caller)."""
    wanted = list(ids)
    if wanted:
        for row in connection.execute(select(_TABLE).where(_TABLE.c.id.in_(wanted))):
            if row.id not in quiet:
                recorder(connection).removed(VIEW, row.id, _view(row))
        connection.execute(delete(_TABLE).where(_TABLE.c.id.in_(wanted)))
        _renumber(_ordered(connection), connection)


class ViewStore:
    """The saved views of one map, in list order."""

    def __init__(self, engine: Engine, changes: ChangeLog | None = None) -> None:
        self._engine = engine
        self._transactions = Transactions(engine)
        self._changes = changes or ChangeLog(engine)

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A connection whose writes commit together, recorded in the change log."""
        try:
            with self._transactions.begin() as connection, self._changes.recording(connection):
                yield connection
        except SQLAlchemyError as error:
            raise StoreError(cause(error)) from error

    def _read(self, query: Any) -> list[Any]:
        """The rows of ``query``, read through Core (no write transaction, no ORM)."""
        try:
            with self._engine.connect() as connection:
                return list(connection.execute(query))
        except SQLAlchemyError as error:
            raise StoreError(cause(error)) from error

    @staticmethod
    def _row(connection: Connection, view_id: int, seen: SavedView | None = None) -> ViewRow:
        """The view's row, locked when the write was ``seen`` (refused if it is gone)."""
        from aspdesk.store.schema import ViewRow  # mapped objects: only writes use them

        row = mapped(connection).get(ViewRow, view_id, with_for_update=seen is not None)
        if row is None:
            deleted = gone(connection, VIEW, view_id, seen.name) if seen is not None else None
            raise deleted or ConflictError(NO_SUCH_VIEW)
        return row

    @staticmethod
    def _check(
        connection: Connection, row: ViewRow, seen: SavedView | None, new: dict[str, Any]
    ) -> None:
        """Refuse a write to ``row`` that someone else changed since its user ``seen`` it
        (a delete when ``new`` is empty)."""
        if seen is None:
            return
        now = {"name": row.name, "state": state_of(row.state)}
        expected = {"name": seen.name, "state": seen.state}
        fields = expected if not new else {k: v for k, v in expected.items() if k in new}
        check_other(connection, VIEW, row.id, row.name, now, fields, new, deleting=not new)

    # -- reading ------------------------------------------------------------------------

    def all(self) -> list[SavedView]:
        """Every view, in list order."""
        return [_view(row) for row in self._read(select(_TABLE).order_by(*_LIST_ORDER))]

    def get(self, view_id: int) -> SavedView | None:
        """The view ``view_id``, or None."""
        rows = self._read(select(_TABLE).where(_TABLE.c.id == view_id))
        return _view(rows[0]) if rows else None

    def count(self) -> int:
        """How many views the map has."""
        return int(self._read(select(func.count()).select_from(_TABLE))[0][0])

    # -- writing ------------------------------------------------------------------------

    def insert(self, view: SavedView, *, at_end: bool = False) -> SavedView:
        """Store ``view`` at its position (or last), moving later views down one.

        A view with an id is put back under that id: this is how an undone delete
        restores a view. Returns the view as stored, with its id and position.
        """
        from aspdesk.store.schema import ViewRow  # mapped objects: only writes use them

        with self._write() as connection:
            rows = _ordered(connection)
            row = ViewRow(name=view.name, state=state_text(view.state), position=len(rows))
            if view.id is not None:
                row.id = view.id
            mapped(connection).add(row)
            mapped(connection).flush()
            place = len(rows) if at_end else max(0, min(view.position, len(rows)))
            rows.insert(place, row)
            _renumber(rows, connection)
            mapped(connection).flush()
            recorder(connection).made(VIEW, row.id, _view(row))
            return _view(row)

    def rename(self, view_id: int, name: str, seen: SavedView | None = None) -> SavedView:
        """Give the view ``view_id`` a new name (see the module for ``seen``)."""
        with self._write() as connection:
            row = self._row(connection, view_id, seen)
            self._check(connection, row, seen, {"name": name})
            if row.name != name:
                recorder(connection).changed(VIEW, view_id, "name", row.name, name)
            row.name = name
            mapped(connection).flush()
            return _view(row)

    def set_state(self, view_id: int, state: ViewState, seen: SavedView | None = None) -> SavedView:
        """Make ``state`` what the view ``view_id`` shows (see the module for ``seen``)."""
        with self._write() as connection:
            row = self._row(connection, view_id, seen)
            self._check(connection, row, seen, {"state": state})
            text = state_text(state)
            if row.state != text:
                recorder(connection).changed(VIEW, view_id, "state", state_of(row.state), state)
            row.state = text
            mapped(connection).flush()
            return _view(row)

    def move(self, view_id: int, position: int, seen: SavedView | None = None) -> SavedView:
        """Move the view ``view_id`` to ``position`` (0 is first), shifting the others;
        refused when it is gone (``seen``: see the module)."""
        with self._write() as connection:
            row = self._row(connection, view_id, seen)
            rows = [r for r in _ordered(connection) if r.id != view_id]
            rows.insert(max(0, min(position, len(rows))), row)
            _renumber(rows, connection, moved=view_id)
            mapped(connection).flush()
            return _view(row)

    def delete(self, view_id: int, seen: SavedView | None = None) -> SavedView:
        """Delete the view ``view_id`` and return it as it was (for undo); refused when
        someone else changed it since its user ``seen`` it."""
        with self._write() as connection:
            row = self._row(connection, view_id, seen)
            self._check(connection, row, seen, {})
            view = _view(row)
            remove_rows(connection, [view_id])
            return view

    def restore(self, views: Sequence[SavedView]) -> None:
        """Put ``views`` back with their ids and positions, all or none."""
        with self._write() as connection:
            add_rows(connection, views)
