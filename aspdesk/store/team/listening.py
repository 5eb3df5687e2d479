"""Hearing a team map's changes as they commit: a connection that LISTENs.

Every write transaction on a team map sends ``NOTIFY`` on
:data:`~aspdesk.store.changes.CHANNEL` with its change set's number
(:mod:`aspdesk.store.changes`); the server delivers it once the transaction commits, and
never for one rolled back. A :class:`Listener` is a connection of its own, in autocommit,
that listens on that channel: the map's pool cannot hold it, for a pooled connection is
handed to other work and a notification arrives only on the connection that listens.

Nothing here waits. The app watches :meth:`Listener.fileno` (a ``QSocketNotifier``) and
calls :meth:`Listener.received` when the socket has something: libpq reads what is there
and hands over the notifications, without a round trip to the server. A connection that
broke (the server stopped, the network gone) raises :class:`ServerLostError` there.

TCP keepalives (the pool's own, :data:`~aspdesk.store.team.engine.KEEPALIVES`) make a
connection whose server vanished without a word (a laptop that slept, a cable pulled)
break within about 20 seconds rather than the system's two hours.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from aspdesk.store.changes import CHANNEL
from aspdesk.store.team.engine import connection_error, connection_options
from aspdesk.store.team.errors import ServerLostError
from aspdesk.store.team.location import TeamServer

# A reconnect is tried again and again while the server is away: each try may wait this long.
CONNECT_TIMEOUT_S = 5


class Listener:
    """A connection listening for the change sets committed on a team map."""

    def __init__(self, server: TeamServer) -> None:
        """Connect and listen; raises ServerLostError (or another StoreError) when the
        server cannot be reached or refuses."""
        import psycopg

        self._shown = server.shown()
        extra = connection_options(server.address, server.password)
        extra.update(connect_timeout=CONNECT_TIMEOUT_S, autocommit=True)
        try:
            self._connection: Any = psycopg.connect(server.address.conninfo, **extra)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise connection_error(
                error, self._shown, password_given=bool(server.password)
            ) from error

    def fileno(self) -> int:
        """The connection's socket, to watch for something to read."""
        return int(self._connection.pgconn.socket)

    def received(self) -> list[int]:
        """The set numbers notified since last asked, in the order they came ([] when
        nothing came). Raises ServerLostError when the connection broke."""
        from psycopg import OperationalError, pq

        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
        except OperationalError as error:
            raise ServerLostError(_first_line(str(error)), path=self._shown) from error
        if pgconn.status != pq.ConnStatus.OK:
            raise ServerLostError(_first_line(pgconn.error_message.decode()), path=self._shown)
        numbers: list[int] = []
        while (notice := pgconn.notifies()) is not None:
            if notice.relname.decode() == CHANNEL:
                try:
                    numbers.append(int(notice.extra.decode()))
                except ValueError:
                    continue  # not one of ours: another program on the same channel
        return numbers

    def close(self) -> None:
        """Stop listening and close the connection (also one already broken)."""
        import psycopg

        # A connection the server broke may say so again as it closes: it is closed then.
        with suppress(psycopg.Error, OSError):
            self._connection.close()


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "connection lost"
