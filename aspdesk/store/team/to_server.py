"""A map file copied to a server as a new team map ("Copy this map to a server").

The counterpart of :mod:`aspdesk.store.team.copying`: every table in the order of its
foreign keys, ids as they are, the change log whole, and each sequence moved past the ids
the file ever handed out (a deleted id is not reused on the server either). The target is
a database where ``aspdesk server init`` has made an empty map: one holding any actor,
cluster, project, view, survey round or logged change is refused, and nothing is written
there (the set where a new map's history starts is all its log holds, and gives way to the
file's). An empty database the user owns, without a map yet, is first set up as ``aspdesk
server init`` sets one up (its own transactions: a copy stopped later leaves that empty
map, as init alone would).
Everything goes in one server transaction, so a server lost half way, or a Cancel, leaves
the database as it was. The team map keeps its own map id (it is a map of its own); the
file's name comes along, and the built-in terms the server already has stay. The copy
is written as aspdesk_owner, which the user must be a member of: it brings a history the
server did not see, which an editor may not write
(:data:`~aspdesk.store.team.server.HISTORY_GUARD`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.dialects import issued_ids
from aspdesk.store.errors import StoreError, cause
from aspdesk.store.mapfile import MAP_ID_KEY
from aspdesk.store.offline import KEYS as OFFLINE_KEYS
from aspdesk.store.tables import metadata
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.check import check_team_map
from aspdesk.store.team.engine import team_engine
from aspdesk.store.team.errors import ServerLostError

_BATCH = 2000
# What makes a map: a database with rows in any of these already holds one.
_CONTENT = (
    "actors",
    "clusters",
    "projects",
    "contacts",
    "memberships",
    "relationships",
    "project_partners",
    "views",
    "survey_rounds",
    "change",
)
_TERMS = frozenset(
    {
        "actor_kinds",
        "cluster_roles",
        "relation_types",
        "size_classes",
        "programmes",
        "project_statuses",
        "partner_roles",
    }
)

Progress = Callable[[int, int], None]
_OWNER = "aspdesk_owner"
_MAY_OWN = (
    f"SELECT CASE WHEN to_regrole('{_OWNER}') IS NULL THEN false "
    f"ELSE pg_has_role(session_user, '{_OWNER}', 'MEMBER') END"
)


class TeamMapNotEmptyError(StoreError):
    """The database already holds a map: copying there would mix two maps."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The database {path} already holds a map ({detail}), so nothing was copied there. "
        "Copy this map to an empty database on which aspdesk server init has been run.",
    )


class OwnerNeededError(StoreError):
    """Only a member of aspdesk_owner may bring a map's history onto a server."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "Only a member of aspdesk_owner can copy a map to {path}: the copy brings the map's "
        "history with its own times and authors, which the server lets only the map's owner "
        "write. Ask the server's admin to copy it, or to give you the owner's role. Nothing "
        "was copied.",
    )


def copy_to_server(
    source: Engine, address: TeamAddress, password: str = "", progress: Progress | None = None
) -> int:
    """Write the map file behind ``source`` into the empty team map at ``address``, in one
    transaction; how many rows were written. Raises StoreError (a ServerLostError for a
    lost server, TeamMapNotEmptyError, a login or setup error), having written nothing;
    anything ``progress`` raises (a Cancel) stops it the same way."""
    shown = address.url()
    _set_up_if_owned(address, password, shown)
    target = team_engine(address, password, read_only=False, shown=shown)
    try:
        with source.connect() as reading, target.begin() as writing:
            # A whole map in one transaction: its batches may outrun an edit's timeout.
            writing.execute(text("SET LOCAL statement_timeout = 0"))
            check_team_map(writing, shown)
            # The file's history comes under its own times and authors, which the server
            # lets its owner alone write (aspdesk.store.team.server.HISTORY_GUARD).
            if not writing.scalar(text(_MAY_OWN)):
                raise OwnerNeededError(path=shown)
            writing.execute(text(f"SET LOCAL ROLE {_OWNER}"))
            held = _held(writing)
            if held:
                raise TeamMapNotEmptyError(", ".join(held), path=shown)
            # A new map's log holds only the set where its history starts (migration
            # 0007); the file's log, which has its own, takes its place.
            writing.execute(text("DELETE FROM change_set"))
            return _copy(reading, writing, progress)
    except StoreError:
        raise
    except SQLAlchemyError as error:
        if getattr(error, "connection_invalidated", False):
            raise ServerLostError(cause(error), path=shown) from error
        raise StoreError(cause(error), path=shown) from error
    finally:
        target.dispose()


def _set_up_if_owned(address: TeamAddress, password: str, shown: str) -> None:
    """An empty database the user owns, with no map yet, is set up as ``aspdesk server
    init`` would (its roles must exist already, or the user may make them); any other
    database is left for the copy's own check to refuse."""
    from aspdesk.store.team.server import init_server

    probe = team_engine(address, password, read_only=True, shown=shown)
    try:
        with probe.connect() as connection:
            bare, owned = connection.execute(
                text(
                    "SELECT to_regnamespace('aspdesk') IS NULL, "
                    "pg_get_userbyid(datdba) = current_user FROM pg_database "
                    "WHERE datname = current_database()"
                )
            ).one()
    except SQLAlchemyError as error:
        raise StoreError(cause(error), path=shown) from error
    finally:
        probe.dispose()
    if bare and owned:
        init_server(address, password)


def _held(writing: Any) -> list[str]:
    found = []
    for name in _CONTENT:
        count = int(writing.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
        if count:
            found.append(f"{name} {count}")
    return found


def _copy(reading: Any, writing: Any, progress: Progress | None) -> int:
    # Imported here: SQLAlchemy's PostgreSQL dialects took 27 ms of every window's start
    # (this module comes with the File menu), and only a copy to a server needs them.
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    tables = metadata.sorted_tables
    total = sum(
        int(reading.scalar(select(func.count()).select_from(table)) or 0) for table in tables
    )
    done = 0
    if progress is not None:
        progress(0, total)
    for table in tables:
        rows = reading.execute(select(table)).mappings()
        while batch := [dict(row) for row in rows.fetchmany(_BATCH)]:
            if table.name == "map_info":
                # The team map keeps its own id; an offline copy's origin stays in the file.
                kept = [r for r in batch if r["key"] not in (MAP_ID_KEY, *OFFLINE_KEYS)]
                if kept:
                    statement = pg_insert(table).values(kept)
                    writing.execute(
                        statement.on_conflict_do_update(
                            index_elements=["key"], set_={"value": statement.excluded.value}
                        )
                    )
            elif table.name in _TERMS:
                writing.execute(pg_insert(table).values(batch).on_conflict_do_nothing())
            else:
                writing.execute(insert(table), batch)
            done += len(batch)
            if progress is not None:
                progress(done, total)
    _sequences_past(reading, writing)
    return done


def _sequences_past(reading: Any, writing: Any) -> None:
    """Every sequence past the largest id the file ever handed out, and past its rows."""
    issued = issued_ids(reading)
    for table in metadata.sorted_tables:
        if "id" not in table.c:
            continue
        sequence = writing.scalar(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": f"aspdesk.{table.name}"}
        )
        largest = int(reading.scalar(select(func.max(table.c.id))) or 0)
        past = max(largest, issued.get(table.name, 0))
        if sequence and past:
            writing.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": past})
