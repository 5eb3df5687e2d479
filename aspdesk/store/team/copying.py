"""A team map copied into a new map file ("Save a copy as…" on a team map).

Table by table in the order of their foreign keys, read in one transaction of the server
(a consistent picture even while others edit) and written in one SQLite transaction into a
new file under a temporary name, which takes its own name only when whole: a lost server or
a full disk leaves no half map. Ids stay as they are, and so do the ids ever handed out
(``sqlite_sequence`` takes the server's sequences), so the copy never reuses a deleted id
either. The copy is a map of its own, with its own map id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.store.connection import MapFile
from aspdesk.store.dialects import issued_ids
from aspdesk.store.errors import StoreError, cause
from aspdesk.store.mapfile import MAP_ID_KEY, create_map_file, journal_of
from aspdesk.store.tables import metadata

_BATCH = 5000
_LOG_TABLES = frozenset({"change_set", "change"})  # aspdesk.store.changes


def copy_to_file(
    engine: Engine, destination: Path, info: Callable[[Any], Mapping[str, str]] | None = None
) -> Path:
    """Write the map behind ``engine`` (a team map's) as a new map file at ``destination``.

    ``info``, given the server's connection after the rows are read (the same
    transaction), gives more keys for the copy's ``map_info`` (an offline copy's origin).
    """
    destination = destination.resolve()
    partial = destination.with_name(destination.name + ".partial")
    with suppress(OSError):
        partial.unlink()
    try:
        create_map_file(partial)
        target = MapFile(partial).engine()
        try:
            with (
                engine.connect().execution_options(isolation_level="REPEATABLE READ") as source,
                target.begin() as written,
            ):
                _copy_rows(source, written)
                if info is not None:
                    extra = dict(info(source))
                    info_table = metadata.tables["map_info"]
                    written.execute(info_table.delete().where(info_table.c.key.in_(list(extra))))
                    written.execute(
                        insert(info_table), [{"key": k, "value": v} for k, v in extra.items()]
                    )
                for table, issued in issued_ids(source).items():
                    written.execute(
                        text("UPDATE sqlite_sequence SET seq = max(seq, :issued) WHERE name = :t"),
                        {"issued": issued, "t": table},
                    )
                    written.execute(
                        text(
                            "INSERT INTO sqlite_sequence (name, seq) SELECT :t, :issued "
                            "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :t)"
                        ),
                        {"issued": issued, "t": table},
                    )
        finally:
            target.dispose()
        partial.replace(destination)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        _remove(partial)
        raise StoreError(cause(error), path=str(destination)) from error
    except BaseException:
        _remove(partial)
        raise
    return destination


def _copy_rows(source: Any, written: Any) -> None:
    for table in metadata.sorted_tables:
        rows = source.execute(select(table)).mappings()
        if table.name == "map_info":
            # The new file has its own map id already; the name and the rest come along.
            values = [dict(row) for row in rows if row["key"] != MAP_ID_KEY]
            written.execute(table.delete().where(table.c.key != MAP_ID_KEY))
            if values:
                written.execute(insert(table), values)
            continue
        if table.name in _LOG_TABLES:
            # The new file's log has its making; the copy's history is the team map's.
            written.execute(table.delete())
        while batch := [dict(row) for row in rows.fetchmany(_BATCH)]:
            written.execute(insert(table), batch)


def _remove(partial: Path) -> None:
    with suppress(OSError):
        partial.unlink(missing_ok=True)
    with suppress(OSError):
        journal_of(partial).unlink(missing_ok=True)
