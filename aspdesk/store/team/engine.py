"""How aspdesk connects to a team map on PostgreSQL: every server connection is made here.

- **libpq decides the connection.** The address (:mod:`aspdesk.store.team.address`) goes
  to libpq as it is, so services, ``.pgpass`` and ``sslmode`` work as in psql. A password
  typed in the dialog is passed beside it, never kept in an address.
- **The map's own schema.** The tables live in the PostgreSQL schema ``aspdesk`` (made by
  ``aspdesk server init``), which every connection puts first on its ``search_path``: the
  same SQL as on a file map, and nothing else in the database gets in the way.
- **A viewer cannot write by mistake.** A map opened read-only has
  ``default_transaction_read_only`` on every connection, as a file map has SQLite's
  ``mode=ro``; the grants of the viewer role say the same on the server's side.
- **A lost server is one clear error.** A connection that cannot be made, or that breaks
  in the middle of a step, raises :class:`ServerLostError`: the step's transaction never
  committed, so nothing of it was written. The pool checks a connection before handing it
  out (``pool_pre_ping``), so once the server is back the next step connects again.
- **A stalled client freezes no one.** Each connection waits at most
  :data:`LOCK_TIMEOUT_S` for a row another session holds (another editor's transaction,
  or a client stopped half way through one) and lets no statement of the app's run past
  :data:`STATEMENT_TIMEOUT_S`; either refusal (SQLSTATE 55P03, 57014) becomes a
  :class:`TeamMapBusyError` whose transaction never committed. TCP keepalives and a user
  timeout (:data:`KEEPALIVES`) let a dead network be noticed in seconds rather than the
  system's minutes; libpq leaves them out on a Unix socket.
- **Ids are never handed out twice**, as SQLite's AUTOINCREMENT promises on a file map. An
  undone delete or an import puts rows back under ids it chose, which a PostgreSQL sequence
  does not see; before such a transaction commits, each sequence is moved past the largest
  id (:data:`_SEQUENCES_PAST_IDS`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from aspdesk.store.errors import StoreError
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import (
    CERTIFICATE_PROBLEMS,
    CertificateError,
    LoginRefusedError,
    PasswordNeededError,
    ServerLostError,
    TeamMapBusyError,
)

SCHEMA = "aspdesk"
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "aspdesk"
# A row lock is held for milliseconds by an edit; seconds mean a stalled client. The
# window's thread waits no longer than this for it.
LOCK_TIMEOUT_S = 4
# The app's longest statements (an import's rows, a 10,000-actor map read whole) take
# well under a second on a local server; an admin's upgrade and a copy to a server set
# their own (none).
STATEMENT_TIMEOUT_S = 30
# A network gone silent: an idle connection is probed after 10 s, then every 3 s, and
# given up after 3 unanswered probes; data sent but unacknowledged for 15 s gives up too.
KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 15_000,
}
LOCK_NOT_AVAILABLE = "55P03"
QUERY_CANCELED = "57014"

# Every sequence of the map's schema moved past the largest id of its column, when it is
# not past it already (a sequence never goes back: another client may have drawn from it).
_SEQUENCES_PAST_IDS = """
DO $$
DECLARE
    owned record;
    largest bigint;
    issued bigint;
BEGIN
    FOR owned IN
        SELECT s.oid::regclass AS seq, t.relname AS tab, a.attname AS col
        FROM pg_class s
        JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
        JOIN pg_class t ON t.oid = d.refobjid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND s.relnamespace = 'aspdesk'::regnamespace
    LOOP
        EXECUTE format('SELECT max(%I) FROM aspdesk.%I', owned.col, owned.tab) INTO largest;
        EXECUTE format(
            'SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s',
            owned.seq
        ) INTO issued;
        IF largest IS NOT NULL AND largest > issued THEN
            PERFORM setval(owned.seq, largest, true);
        END IF;
    END LOOP;
END
$$
"""


def connection_error(error: BaseException, shown: str, *, password_given: bool) -> Exception:
    """The store's error for a connection psycopg could not make."""
    pgconn = getattr(error, "pgconn", None)
    detail = _first_line(str(error))
    if pgconn is not None and getattr(pgconn, "needs_password", False) and not password_given:
        return PasswordNeededError(path=shown)
    # The server answered, but its TLS did not hold: what to change, not an outage.
    for words, problem in CERTIFICATE_PROBLEMS:
        if words in str(error):
            return CertificateError(_certificate_detail(str(error)), path=shown, problem=problem)
    # The server answered (a FATAL from it, or a state): a refusal, not an outage.
    if getattr(error, "sqlstate", None) or "FATAL:" in detail:
        return LoginRefusedError(detail.split("FATAL:", 1)[-1].strip(), path=shown)
    if "password" in detail.lower() and not password_given:
        return PasswordNeededError(path=shown)
    return ServerLostError(detail, path=shown)


def busy_error(error: BaseException, shown: str) -> TeamMapBusyError | None:
    """The refusal for a statement the server stopped waiting for (a row held by another
    session, or the app's statement timeout), or None for any other error."""
    state = getattr(error, "sqlstate", None)
    if state == LOCK_NOT_AVAILABLE:
        return TeamMapBusyError(_first_line(str(error)), path=shown)
    if state == QUERY_CANCELED:
        return TeamMapBusyError(
            _first_line(str(error)), path=shown, seconds=str(STATEMENT_TIMEOUT_S), slow=True
        )
    return None


def connection_options(address: TeamAddress, password: str) -> dict[str, Any]:
    """What every connection adds to the address: timeouts, keepalives, the app's name
    (each unless the address gives its own) and a typed password."""
    from psycopg import pq

    given = address.params()
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
    extra.update({key: value for key, value in KEEPALIVES.items() if key not in given})
    if pq.version() < 120000:  # a system libpq older than 12 refuses the option it lacks
        extra.pop("tcp_user_timeout", None)
    if password:
        extra["password"] = password
    if "application_name" not in given:
        extra["application_name"] = APPLICATION_NAME
    return extra


def _certificate_detail(message: str) -> str:
    """libpq's reason, without its "connection to server at ... failed:" and its advice
    (the store's message gives the advice, in the user's language)."""
    first = _first_line(message)
    return first.rsplit(" failed: ", 1)[-1].strip()


def connect(address: TeamAddress, password: str, *, read_only: bool, shown: str) -> Any:
    """A new psycopg connection to the map's database, set up as the module says."""
    import psycopg

    extra = connection_options(address, password)
    try:
        connection = psycopg.connect(address.conninfo, **extra)
    except psycopg.Error as error:
        raise connection_error(error, shown, password_given=bool(password)) from error
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SET search_path TO {SCHEMA}")
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S}s'")
            cursor.execute(f"SET statement_timeout = '{STATEMENT_TIMEOUT_S}s'")
            if read_only:
                cursor.execute("SET default_transaction_read_only = on")
        connection.commit()
    except psycopg.Error as error:
        connection.close()
        raise ServerLostError(_first_line(str(error)), path=shown) from error
    return connection


def team_engine(address: TeamAddress, password: str, *, read_only: bool, shown: str) -> Engine:
    """An engine whose connections go to the team map at ``address`` (see the module)."""

    def creator() -> Any:
        return connect(address, password, read_only=read_only, shown=shown)

    engine = create_engine(
        "postgresql+psycopg://",
        creator=creator,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
    )

    def on_error(context: ExceptionContext) -> None:
        busy = busy_error(context.original_exception, shown)
        if busy is not None:
            raise busy from context.original_exception
        if context.is_disconnect:
            detail = _first_line(str(context.original_exception))
            raise ServerLostError(detail, path=shown) from context.original_exception

    def on_execute(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip()[:6].upper() == "INSERT":
            conn.info["inserted"] = True

    def on_commit(conn: Any) -> None:
        import psycopg

        if conn.info.pop("inserted", False):
            # The driver's own cursor: SQLAlchemy's transaction is already committing.
            # Still inside the transaction: should it fail, nothing of the step commits.
            try:
                with conn.connection.dbapi_connection.cursor() as cursor:
                    cursor.execute(_SEQUENCES_PAST_IDS)
            except psycopg.OperationalError as error:
                busy = busy_error(error, shown)
                if busy is not None:
                    raise busy from error
                raise ServerLostError(_first_line(str(error)), path=shown) from error
            except psycopg.Error as error:
                raise StoreError(_first_line(str(error))) from error

    def on_rollback(conn: Any) -> None:
        if not conn.invalidated:  # a lost connection has no info to clear, nor any need
            conn.info.pop("inserted", None)

    event.listen(engine, "handle_error", on_error)
    if not read_only:
        event.listen(engine, "before_cursor_execute", on_execute)
        event.listen(engine, "commit", on_commit)
        event.listen(engine, "rollback", on_rollback)
    return engine


def _first_line(text: str) -> str:
    """The first line of a driver's message, without psycopg's prefix."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first = lines[0] if lines else text
    for prefix in ("connection is bad: ", "connection failed: "):
        first = first.removeprefix(prefix)
    return first
