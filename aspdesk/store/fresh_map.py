"""A new map's schema made at once from the statements the migrations leave, not by them.

A new map is what the migrations make of an empty file: their tables and indexes, the
newest revision, and the first set of the change log (migration 0007's "history starts",
at the time the map is made, by its user). Running Alembic for that was a third of a
second of ``aspdesk import`` into a new map (importing Alembic, then seven migrations),
so the ``CREATE`` statements the migrations leave in ``sqlite_master`` ship in
``fresh_map.json``, with their revision: ``python -m aspdesk.store.fresh_map`` writes it
from the migrations (after adding one), and a test keeps it equal to them and a map made
from it equal to one the migrations make. A file of another revision than the newest
migration is not used: the migrations run, as before.
"""

from __future__ import annotations

import functools
import getpass
import json
import sqlite3
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from sqlalchemy import insert, text

from aspdesk.domain.changes import HISTORY_STARTS, KEY, marked
from aspdesk.store.tables import change_set

FILE = "fresh_map.json"
# SQLite makes this table itself with the first AUTOINCREMENT table.
_SQLITE_OWN = "sqlite_sequence"
_SET_TABLE: Any = change_set


@functools.cache
def stored_statements(revision: str) -> tuple[str, ...] | None:
    """The statements that make the schema of ``revision``, or None when the shipped
    file holds another revision's (or cannot be read)."""
    try:
        data = json.loads(resources.files("aspdesk.store").joinpath(FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("revision") != revision:
        return None
    statements = data.get("statements")
    if not isinstance(statements, list) or not all(isinstance(s, str) for s in statements):
        return None
    return tuple(statements)


def make_schema(connection: Any, revision: str) -> bool:
    """Make the schema of ``revision`` and its first rows in the empty database of
    ``connection`` (a SQLAlchemy connection, inside its transaction), as the migrations
    would; False, with nothing done, when no statements of that revision are shipped."""
    statements = stored_statements(revision)
    if statements is None:
        return False
    for statement in statements:
        connection.exec_driver_sql(statement)
    connection.execute(
        text("INSERT INTO alembic_version (version_num) VALUES (:revision)"),
        {"revision": revision},
    )
    # Migration 0007's first set, through the same column types as its bulk insert.
    connection.execute(
        insert(_SET_TABLE).values(
            id=1, at=datetime.now(UTC), author=_user(), summary=marked(KEY, HISTORY_STARTS)
        )
    )
    return True


def _user() -> str:
    # As migration 0007 finds the user (and store.changes.computer_user, which imports more).
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def schema_statements(connection: sqlite3.Connection) -> list[str]:
    """The statements that made the tables and indexes of ``connection``'s database, in
    the order they were made."""
    rows = connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name != ? ORDER BY rowid",
        (_SQLITE_OWN,),
    )
    return [str(sql) for (sql,) in rows]


def statements_from_migrations() -> tuple[str, list[str]]:
    """The newest revision and the statements its migrations leave, made by running
    them in memory (slow: Alembic)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    from aspdesk.store.connection import begin_transaction
    from aspdesk.store.mapfile import head_revision, upgrade

    raw = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    event.listen(engine, "begin", begin_transaction)
    try:
        with engine.begin() as connection:
            upgrade(connection, "head")
        return head_revision(), schema_statements(raw)
    finally:
        engine.dispose()
        raw.close()


def main() -> None:
    """Write ``fresh_map.json`` from the migrations (run after adding a migration)."""
    revision, statements = statements_from_migrations()
    target = resources.files("aspdesk.store").joinpath(FILE)
    data = json.dumps({"revision": revision, "statements": statements}, indent=1)
    with resources.as_file(target) as path:
        path.write_text(data + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
