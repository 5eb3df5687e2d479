"""Is a database on a server an aspdesk team map, at a revision this aspdesk knows?

The server counterpart of opening a file's checks (:mod:`aspdesk.store.mapfile`): the
``aspdesk`` schema must exist and name its revision; the revision must be one this
aspdesk knows; its tables, columns (with NOT NULL) and foreign keys (with their actions)
must be those the migrations of that revision make, as listed in ``schemas.json`` (the
fingerprints of :mod:`aspdesk.store.schema_check`); and nothing may run behind aspdesk's
statements: no trigger, rule, view or function in the schema. Column types are not
compared, because PostgreSQL names them differently from SQLite; the app's own statements
meet any wrong one at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from aspdesk.store.schema_check import known_fingerprints
from aspdesk.store.team.errors import NotATeamMapError, TeamMapTooNewError, TeamSchemaError

VERSION_TABLE = "alembic_version"
_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def revision_of(connection: Any, shown: str) -> str:
    """The map's schema revision; NotATeamMapError when the database holds no map."""
    has_table = connection.scalar(text("SELECT to_regclass('aspdesk.alembic_version') IS NOT NULL"))
    if not has_table:
        raise NotATeamMapError(path=shown)
    rows = connection.execute(text("SELECT version_num FROM aspdesk.alembic_version")).all()
    if len(rows) != 1:
        raise NotATeamMapError(path=shown)
    return str(rows[0][0])


def check_team_map(connection: Any, shown: str) -> str:
    """Check the map behind ``connection`` (see the module) and return its revision."""
    revision = revision_of(connection, shown)
    expected = known_fingerprints().get(revision)
    if expected is None:
        raise TeamMapTooNewError(path=shown, found=revision)
    problems = _foreign_code(connection) + _differences(expected, _found(connection))
    if problems:
        raise TeamSchemaError("; ".join(problems[:3]), path=shown)
    return revision


def _found(connection: Any) -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    columns = connection.execute(
        text(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'aspdesk'"
        )
    )
    for table, column, nullable in columns:
        entry = tables.setdefault(str(table), {"columns": {}, "foreign_keys": set()})
        entry["columns"][str(column)] = nullable == "NO"
    keys = connection.execute(
        text(
            "SELECT c.conrelid::regclass::text, a.attname, r.relname, ra.attname, "
            "c.confupdtype, c.confdeltype FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_class r ON r.oid = c.confrelid "
            "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.connamespace = 'aspdesk'::regnamespace"
        )
    )
    for table, column, target, target_column, on_update, on_delete in keys:
        name = str(table).removeprefix("aspdesk.")
        entry = tables.setdefault(name, {"columns": {}, "foreign_keys": set()})
        entry["foreign_keys"].add(
            (column, target, target_column, _ACTIONS[on_update], _ACTIONS[on_delete])
        )
    return tables


def _differences(expected: dict[str, Any], found: dict[str, dict[str, Any]]) -> list[str]:
    wanted = expected["tables"]
    problems: list[str] = []
    for name in sorted(set(found) - set(wanted) - {VERSION_TABLE}):
        problems.append(f"table {name} that aspdesk does not make")
    for name in sorted(set(wanted) - set(found)):
        problems.append(f"table {name} missing")
    for name in sorted(set(wanted) & set(found)):
        columns = {str(c[0]): bool(c[2]) or bool(c[4]) for c in wanted[name]["columns"]}
        if columns != found[name]["columns"]:
            differing = sorted(set(columns.items()) ^ set(found[name]["columns"].items()))
            problems.append(f"table {name}: columns {', '.join(c for c, _ in differing)}")
        keys = {tuple(k[:5]) for k in wanted[name]["foreign_keys"]}
        if keys != found[name]["foreign_keys"]:
            problems.append(f"table {name}: foreign keys")
    return problems


def _foreign_code(connection: Any) -> list[str]:
    found = connection.execute(
        text(
            "SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = 'aspdesk'::regnamespace "
            "UNION ALL SELECT 'rule ' || rulename FROM pg_rules WHERE schemaname = 'aspdesk' "
            "UNION ALL SELECT 'view ' || relname FROM pg_class "
            "WHERE relkind IN ('v', 'm') AND relnamespace = 'aspdesk'::regnamespace "
            "UNION ALL SELECT 'function ' || proname FROM pg_proc "
            "WHERE pronamespace = 'aspdesk'::regnamespace"
        )
    )
    return sorted(str(row[0]) for row in found)
