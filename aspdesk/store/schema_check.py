"""Is a file's schema exactly the one its revision must have?

A map received from someone else is a database whose schema anyone could have written. A
foreign key with ``ON DELETE CASCADE`` from actors to clusters deleted every actor with a
routine cluster delete; a CHECK constraint refused edits with a wrong message; a UNIQUE
index, a generated column or a collation would each change what the app's own statements
do. So every table, column, index and constraint of a file is compared with what the
migrations of its revision make, and anything else is refused before anything is written.

The comparison is by meaning, not by the text of ``CREATE`` statements (which depends on
the SQLAlchemy version that made the file): columns with their declared types, NOT NULL,
defaults, primary keys and hidden (generated) flags; foreign keys with their actions;
indexes with their columns, order, collation and WHERE clause; CHECK expressions,
COLLATE clauses and table options read from the statements with SQLite's token rules.
The expected fingerprints ship in ``schemas.json``; :func:`fingerprints_from_migrations`
makes them again from the migrations, and a test keeps the two equal.
"""

from __future__ import annotations

import json
import re
import sqlite3
from functools import cache
from importlib import resources
from typing import Any

Fingerprint = dict[str, Any]

# SQLite's own tables: sqlite_sequence is made by AUTOINCREMENT and is aspdesk's too.
_INTERNAL_OK = {"sqlite_sequence"}

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<string>'(?:[^']|'')*')
    |(?P<quoted>"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`)
    |(?P<word>[A-Za-z_][A-Za-z_0-9$]*)
    |(?P<number>0[xX][0-9A-Fa-f]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    |(?P<op>\|\||<<|>>|<=|>=|==|!=|<>|.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(sql: str) -> list[str]:
    """The tokens of ``sql``, normalised: identifiers unquoted and lower case."""
    found: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        text = match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            found.append(text[1:-1].replace(text[0] * 2, text[0]).lower())
        elif kind == "word":
            found.append(text.lower())
        else:
            found.append(text)
    return found


def _parenthesised(found: list[str], start: int) -> tuple[list[str], int]:
    """The tokens inside the parentheses opening at ``start``, and the index after them."""
    depth = 0
    for index in range(start, len(found)):
        if found[index] == "(":
            depth += 1
        elif found[index] == ")":
            depth -= 1
            if depth == 0:
                return found[start + 1 : index], index + 1
    return found[start + 1 :], len(found)


def _clauses(sql: str) -> dict[str, list[str]]:
    """CHECK expressions, COLLATE names and table options of a CREATE TABLE statement."""
    found = tokens(sql or "")
    checks: list[str] = []
    collations: list[str] = []
    options: list[str] = []
    index = 0
    while index < len(found):
        token = found[index]
        if token == "check" and index + 1 < len(found) and found[index + 1] == "(":
            inside, index = _parenthesised(found, index + 1)
            checks.append(" ".join(inside))
            continue
        if token == "collate" and index + 1 < len(found):
            collations.append(found[index + 1])
        elif token == "autoincrement":
            options.append("autoincrement")
        elif token == "strict":
            options.append("strict")
        elif token == "without" and index + 1 < len(found):
            options.append("without " + found[index + 1])
        index += 1
    return {"checks": sorted(checks), "collations": sorted(collations), "options": sorted(options)}


def _default(text: str | None) -> str | None:
    if text is None:
        return None
    found = tokens(text)
    while len(found) >= 2 and found[0] == "(" and found[-1] == ")":
        found = found[1:-1]
    value = " ".join(found)
    return {"false": "0", "true": "1", "'0'": "0", "'1'": "1"}.get(value, value)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table(connection: sqlite3.Connection, name: str, sql: str) -> dict[str, Any]:
    columns = sorted(
        [
            str(c[1]),
            str(c[2]).upper().replace(" ", ""),
            int(c[3]),
            _default(c[4]),
            int(c[5]),
            int(c[6]),
        ]
        for c in connection.execute(f"PRAGMA table_xinfo({_quote(name)})")
    )
    keys = sorted(
        [str(k[3]), str(k[2]), str(k[4]), str(k[5]).upper(), str(k[6]).upper(), str(k[7])]
        for k in connection.execute(f"PRAGMA foreign_key_list({_quote(name)})")
    )
    return {"columns": columns, "foreign_keys": keys, **_clauses(sql)}


def _index(connection: sqlite3.Connection, name: str, table: str, sql: str | None) -> Any:
    listed = {str(row[1]): row for row in connection.execute(f"PRAGMA index_list({_quote(table)})")}
    row = listed.get(name)
    unique, origin, partial = (int(row[2]), str(row[3]), int(row[4])) if row else (0, "?", 0)
    columns = [
        [str(c[2]) if c[2] is not None else f"expr:{c[1]}", int(c[3]), str(c[4])]
        for c in connection.execute(f"PRAGMA index_xinfo({_quote(name)})")
        if int(c[5])
    ]
    found = tokens(sql or "")
    where = " ".join(found[found.index("where") + 1 :]) if "where" in found else ""
    return {
        "table": table,
        "unique": unique,
        "origin": origin,
        "partial": partial,
        "columns": columns,
        "where": where,
    }


def fingerprint(connection: sqlite3.Connection) -> Fingerprint:
    """What the schema of the database behind ``connection`` is made of."""
    objects = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    tables: dict[str, Any] = {}
    indexes: dict[str, Any] = {}
    others: list[list[str]] = []
    for kind, name, table, sql in objects:
        if kind == "table" and name not in _INTERNAL_OK:
            tables[name] = _table(connection, name, sql)
        elif kind == "index":
            described = _index(connection, name, table, sql)
            # An automatic index's number depends on the order of the constraints.
            key = name if sql else f"{table}:{described['origin']}:{described['columns']}"
            indexes[key] = described
        elif kind not in ("table", "index"):
            others.append([kind, name])
    return {"tables": tables, "indexes": indexes, "others": others}


def differences(expected: Fingerprint, actual: Fingerprint) -> list[str]:
    """What ``actual`` has or lacks against ``expected``, in short technical phrases."""
    found: list[str] = []
    for group, label in (("tables", "table"), ("indexes", "index")):
        wanted, got = expected.get(group, {}), actual.get(group, {})
        for name in sorted(set(got) - set(wanted)):
            found.append(f"{label} {name} that aspdesk does not make")
        for name in sorted(set(wanted) - set(got)):
            found.append(f"{label} {name} missing")
        for name in sorted(set(wanted) & set(got)):
            for part in sorted(set(wanted[name]) | set(got[name])):
                if wanted[name].get(part) != got[name].get(part):
                    found.append(f"{label} {name}: {part} {_short(got[name].get(part))}")
    for kind, name in actual.get("others", []):
        found.append(f"{kind} {name}")
    return found


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


@cache
def known_fingerprints() -> dict[str, Fingerprint]:
    """The fingerprint each known revision must have, as shipped."""
    text = resources.files("aspdesk.store").joinpath("schemas.json").read_text("utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def fingerprints_from_migrations() -> dict[str, Fingerprint]:
    """Each revision's fingerprint, made by running the migrations in memory (slow)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    from aspdesk.store.connection import begin_transaction
    from aspdesk.store.mapfile import _revision_chain, upgrade

    made: dict[str, Fingerprint] = {}
    for revision in _revision_chain():
        raw = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        engine = create_engine("sqlite://", creator=lambda raw=raw: raw, poolclass=StaticPool)
        event.listen(engine, "begin", begin_transaction)
        try:
            with engine.begin() as connection:
                upgrade(connection, revision)
            made[revision] = fingerprint(raw)
        finally:
            engine.dispose()
            raw.close()
    return made


def main() -> None:
    """Write ``schemas.json`` from the migrations (run after adding a migration)."""
    target = resources.files("aspdesk.store").joinpath("schemas.json")
    text = json.dumps(fingerprints_from_migrations(), indent=1, sort_keys=True)
    with resources.as_file(target) as path:
        path.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
