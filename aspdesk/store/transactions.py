"""Write transactions of an engine: a Core connection, and the ORM only where a write asks.

Most writes are Core statements on the write's connection: an import's 10,000 actors, the
places a first layout gives the nodes, a map's terms and facts, the change log. They load
no part of ``sqlalchemy.orm`` (110-190 ms on this project's machine, more than a thousand
actors' insert), so an ``aspdesk import``, a first export and a window's first start write
without it. The writes that change mapped objects, the typed rows of
:mod:`aspdesk.store.schema` (an edit's locked row, a saved view's place in the list), ask
:func:`mapped` for a Session on the same connection, in the same transaction: made at its
first use in the write, flushed as the write ends and closed after it, so the ORM and Core
statements of one write commit or roll back together.

Kept per write in the connection's ``info`` and always taken out as the write ends, well or
not: a pooled connection's ``info`` outlives the write, and the next write must not find
this one's Session there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_ORM = "aspdesk.orm_session"


class Transactions:
    """Write transactions on ``engine``: ``with transactions.begin() as connection``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a transaction that commits at the end of ``with`` (after the
        mapped objects changed in it are flushed) and rolls back on an error."""
        with self._engine.begin() as connection:
            try:
                yield connection
                session = connection.info.get(_ORM)
                if session is not None:
                    session.flush()
            finally:
                session = connection.info.pop(_ORM, None)
                if session is not None:
                    session.close()

    @staticmethod
    def warm() -> None:
        """Load the ORM and set up its mapped classes now, so that the first write of a
        mapped object (an edit) does not wait for them."""
        from sqlalchemy.orm import configure_mappers

        import aspdesk.store.schema  # noqa: F401 - the mapped classes, set up below

        configure_mappers()


def mapped(connection: Connection) -> Session:
    """The Session of the write on ``connection``, for changing mapped objects in it."""
    found: Session | None = connection.info.get(_ORM)
    if found is None:
        from sqlalchemy.orm import Session

        # The connection's transaction is the write's: the Session joins it, flushes into
        # it, and neither commits nor closes it (SQLAlchemy's "rollback_only" joining).
        found = Session(bind=connection, join_transaction_mode="rollback_only")
        connection.info[_ORM] = found
    return found
