"""What differs between a map file (SQLite) and a team map (PostgreSQL), in one place.

The store's SQL is the same on both; the few statements that cannot be live here, and
every new one goes here too, chosen by the connection's dialect.

**A migration must run on SQLite and on PostgreSQL** (team maps are made and upgraded by
the same migrations, ``aspdesk server init`` / ``upgrade``): use Alembic's operations
(``op.add_column``, ``op.create_table``, ``op.batch_alter_table``, which copies the table on
SQLite and runs ``ALTER TABLE`` on PostgreSQL) and SQLAlchemy types, not raw SQL of one
engine. ``sqlite_autoincrement=True`` is fine (PostgreSQL ignores it; its ids come from a
sequence). Guard a statement only one engine has (``PRAGMA``, ``sqlite_sequence``,
``application_id``) with ``if is_sqlite(op.get_bind()):``. A new table's grants on a team
map come from the default privileges ``server init`` sets, so a migration needs none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text


def is_sqlite(connection: Any) -> bool:
    """Whether ``connection`` (a SQLAlchemy Connection or Session) is to a map file."""
    bind = connection.get_bind() if hasattr(connection, "get_bind") else connection
    return str(bind.dialect.name) == "sqlite"


def issued_ids(session: Any) -> dict[str, int]:
    """The largest id each table has ever handed out (deleted rows' ids included), by table.

    SQLite keeps them in ``sqlite_sequence`` (AUTOINCREMENT); PostgreSQL in each id
    column's sequence. A table missing here has handed out no id yet.
    """
    if is_sqlite(session):
        rows = session.execute(text("SELECT name, seq FROM sqlite_sequence")).all()
        return {str(name): int(seq or 0) for name, seq in rows}
    owned = session.execute(
        text(
            "SELECT t.relname, s.oid::regclass::text FROM pg_class s "
            "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace"
        )
    ).all()
    found: dict[str, int] = {}
    for table, sequence in owned:
        issued = session.scalar(
            text(f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}")
        )
        found[str(table)] = int(issued or 0)
    return found


def unique_violation_table(error: BaseException | None) -> str:
    """The table whose UNIQUE constraint the driver's ``error`` reports ("" for another
    error): SQLite says it in its message, PostgreSQL in the error's diagnostics."""
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate is not None:  # psycopg
        if sqlstate != "23505":  # unique_violation
            return ""
        return str(getattr(getattr(error, "diag", None), "table_name", "") or "")
    text = str(error)
    if "UNIQUE constraint failed: " not in text:
        return ""
    return text.split("UNIQUE constraint failed: ", 1)[1].split(".", 1)[0]
