"""Are the values in a map file of the kinds its columns hold?

SQLite lets any column hold any value, so a damaged or hand-edited map can hold a date
that is no date (``2020-13-45``), text in a number column, bytes that are not UTF-8 or a
JSON list that is not a list. Read later, each of those stopped the app with a traceback.
Checked on opening instead, the first such value is named (table, row, field) and the map
is refused untouched, like any other damage. Most checks are SQL over whole columns; only
the candidates SQL cannot judge (dates and times, text with non-ASCII bytes) are read into
Python and parsed exactly as the app will parse them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, String
from sqlalchemy.dialects import sqlite as sqlite_dialect

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.tables import metadata

NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("store", "is not a whole number")
NOT_NUMBER = QT_TRANSLATE_NOOP("store", "is not a number")
NOT_YES_NO = QT_TRANSLATE_NOOP("store", "is not yes or no")
NOT_TEXT = QT_TRANSLATE_NOOP("store", "is not text")
NOT_UTF8 = QT_TRANSLATE_NOOP("store", "is not readable text (not UTF-8)")
NOT_DATE = QT_TRANSLATE_NOOP("store", "is not a date")
NOT_DATE_TIME = QT_TRANSLATE_NOOP("store", "is not a date and time")
NOT_LIST = QT_TRANSLATE_NOOP("store", "is not a list of the right kind")
MISSING_ROW = QT_TRANSLATE_NOOP("store", "refers to a row of {parent} that is not there")

_NOT_ASCII = "*[^\x01-\x7f]*"

# JSON list columns and the SQLite JSON type of their items.
_LIST_ITEMS = {"tags": "text", "cluster_ids": "integer"}


@record
class BadValue:
    """The first value found that its column cannot hold."""

    table: str
    row: str
    column: str
    problem: str  # a template of the "store" context
    value: str
    parent: str = ""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@record
class _Rule:
    """When a value of one column is suspect, and how to judge a suspect value exactly."""

    column: str
    suspect: str  # SQL, true for a value that may be bad
    problem: str
    judge: Callable[[object], bool] | None = None  # True when the suspect value is fine
    # For text columns: SQL true for the suspects that are not text, the only ones left
    # once every text value of the column is known to decode (see _texts_decode).
    not_text: str = ""


def _parses(parse: Callable[[object], object] | None) -> Callable[[object], bool]:
    def judge(value: object) -> bool:
        if not isinstance(value, bytes) or parse is None:
            return False
        try:
            parse(value.decode("utf-8"))
        except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
            return False
        return True

    return judge


def _json_list(item: str | None) -> Callable[[object], bool]:
    wanted: type = str if item == "text" else int

    def judge(value: object) -> bool:
        if not isinstance(value, bytes):
            return False
        try:
            data = json.loads(value.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # nested too deep
            return False
        if item is None:
            return True
        return isinstance(data, list) and all(
            isinstance(x, wanted) and not isinstance(x, bool) for x in data
        )

    return judge


def _decodes(value: object) -> bool:
    if not isinstance(value, bytes):
        return False
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _rule(column: Column[object]) -> _Rule | None:
    """The rule of ``column``; its SQL is cheap and lets only suspects through."""
    name = _quote(column.name)
    null_ok = f" AND typeof({name}) != 'null'" if column.nullable else ""
    kind = column.type
    if isinstance(kind, Boolean):
        return _Rule(column.name, f"({name} IS NOT 0 AND {name} IS NOT 1){null_ok}", NOT_YES_NO)
    if isinstance(kind, Integer):
        return _Rule(column.name, f"typeof({name}) != 'integer'{null_ok}", NOT_WHOLE_NUMBER)
    if isinstance(kind, Float):
        return _Rule(column.name, f"typeof({name}) NOT IN ('integer', 'real'){null_ok}", NOT_NUMBER)
    if isinstance(kind, JSON):
        item = _LIST_ITEMS.get(column.name)
        # CASE, not OR: SQLite evaluates every side of an OR, and json_each of text that
        # is not JSON is an error, not false.
        shape = (
            f"WHEN json_type({name}) != 'array' THEN 1 WHEN json_array_length({name}) = 0 "
            f"THEN 0 WHEN EXISTS (SELECT 1 FROM json_each({name}) WHERE type != '{item}') "
            "THEN 1 "
            if item
            else ""
        )
        bad = (
            f"CASE WHEN typeof({name}) != 'text' THEN 1 WHEN NOT json_valid({name}) THEN 1 "
            f"{shape}WHEN {name} GLOB '{_NOT_ASCII}' THEN 1 ELSE 0 END"
        )
        # Suspects (text with other than ASCII among them) are judged by reading them as
        # the app will: UTF-8, then JSON, then a list of the right items.
        return _Rule(column.name, f"({bad}){null_ok}", NOT_LIST, _json_list(item))
    not_text = f"typeof({name}) != 'text'"
    if isinstance(kind, (Date, DateTime)):
        dialect = sqlite_dialect.dialect()
        parse = kind.dialect_impl(dialect).result_processor(dialect, None)
        # What SQLAlchemy writes is surely fine; anything else is parsed as it will be.
        if isinstance(kind, DateTime):
            fine = (
                f"{name} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:*' "
                f"AND date({name}) = substr({name}, 1, 10) AND datetime({name}) IS NOT NULL "
                f"AND {name} >= '0001'"
            )
            problem = NOT_DATE_TIME
        else:
            fine = (
                f"{name} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
                f"AND date({name}) = {name} AND {name} >= '0001'"
            )
            problem = NOT_DATE
        # coalesce: date() of a bad date is NULL, and NOT NULL would let it pass.
        suspect = f"({not_text} OR NOT coalesce(({fine}), 0)){null_ok}"
        return _Rule(column.name, suspect, problem, _parses(parse))
    if isinstance(kind, String):
        # Pure ASCII is always readable; text with other characters (which GLOB sees in any
        # byte over 0x7F, valid UTF-8 or not) is decoded in Python.
        suspect = f"({not_text} OR {name} GLOB '{_NOT_ASCII}'){null_ok}"
        return _Rule(column.name, suspect, NOT_UTF8, _decodes, f"{not_text}{null_ok}")
    return None


def _shown(value: object) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _scan(table: str, rules: list[_Rule], wheres: list[str]) -> str:
    """One scan of ``table`` for the rows where any of ``wheres`` (one per rule) holds:
    each row's rowid, then whether each holds, then each rule's column as bytes."""
    flags = ", ".join(f"({where})" for where in wheres)
    values = ", ".join(f"CAST({_quote(rule.column)} AS BLOB)" for rule in rules)
    anywhere = " OR ".join(f"({where})" for where in wheres)
    return f"SELECT rowid, {flags}, {values} FROM {_quote(table)} WHERE {anywhere}"


def _table_bad_value(
    connection: sqlite3.Connection, table: str, rules: list[_Rule]
) -> BadValue | None:
    # Rules without a judge: their suspects are bad, so one scan for all of them will do.
    plain = [rule for rule in rules if rule.judge is None]
    if plain:
        wheres = [rule.suspect for rule in plain]
        row = connection.execute(_scan(table, plain, wheres) + " LIMIT 1").fetchone()
        if row is not None:
            index = next(i for i, rule in enumerate(plain) if row[1 + i])
            rule, value = plain[index], row[1 + len(plain) + index]
            return BadValue(table, str(row[0]), rule.column, rule.problem, _shown(value))
    judged = [rule for rule in rules if rule.judge is not None]
    if not judged:
        return None
    texts_decode = _texts_decode(connection, table, [r.column for r in judged if r.not_text])
    wheres = [r.not_text if r.not_text and texts_decode else r.suspect for r in judged]
    # One scan finds every rule's suspects (a scan each took 5-10 ms on 30,000 rows); each
    # rule's, in the order of the scan as its own query gave them, are judged in turn.
    rows = connection.execute(_scan(table, judged, wheres)).fetchall()
    count = len(judged)
    for index, rule in enumerate(judged):
        suspects = [(row[0], row[1 + count + index]) for row in rows if row[1 + index]]
        bad = _judged(table, rule, suspects)
        if bad is not None:
            return bad
    return None


def _texts_decode(connection: sqlite3.Connection, table: str, columns: list[str]) -> bool:
    """Whether every value of ``columns`` in ``table``, read as bytes, is UTF-8 (False
    also when that cannot be told cheaply: then each column's suspects are judged).

    Why: the GLOB that finds text with other than ASCII walks every character of every
    value; over a change log of 55,000 rows of JSON it took 90-120 ms of a 10,000-actor
    map's opening. SQLite joins the values (their bytes as they are) in a fifth of that.
    """
    if not columns:
        return False
    # As in _judged: UTF-8 resynchronises at every byte under 0x80, so the values joined
    # by NULs decode exactly when each does. group_concat leaves out NULLs.
    joined = ", ".join(
        f"CAST(group_concat(CAST({_quote(column)} AS BLOB), X'00') AS BLOB)" for column in columns
    )
    try:
        row = connection.execute(f"SELECT {joined} FROM {_quote(table)}").fetchone()
    except sqlite3.Error:  # more than SQLite's longest value: judge the suspects instead
        return False
    return all(value is None or _decodes(value) for value in row)


def _judged(table: str, rule: _Rule, suspects: list[tuple[object, object]]) -> BadValue | None:
    """The first of the ``suspects`` (rowid, value) of ``rule`` its judge finds bad."""
    assert rule.judge is not None
    if not suspects:
        return None
    if rule.judge is _decodes and all(isinstance(v, bytes) for _r, v in suspects):
        # UTF-8 resynchronises at every byte under 0x80, so the joined values decode
        # exactly when each does: one decode for thousands of names with an ä.
        if _decodes(b"\0".join(v for _r, v in suspects if isinstance(v, bytes))):
            return None
    for rowid, value in suspects:
        if value is None or not rule.judge(value):
            problem = rule.problem
            if rule.judge is _decodes and not isinstance(value, bytes):
                problem = NOT_TEXT
            return BadValue(table, str(rowid), rule.column, problem, _shown(value))
    return None


def first_bad_value(connection: sqlite3.Connection) -> BadValue | None:
    """The first value of the map behind ``connection`` that its column cannot hold."""
    present: dict[str, set[str]] = {}
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        present[str(table)] = {
            str(c[1]) for c in connection.execute(f"PRAGMA table_info({_quote(str(table))})")
        }
    for table in metadata.sorted_tables:
        columns = present.get(table.name, set())
        rules = [r for c in table.columns if c.name in columns and (r := _rule(c)) is not None]
        if rules:
            bad = _table_bad_value(connection, table.name, rules)
            if bad is not None:
                return bad
    for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"):
        return BadValue(str(table), str(rowid), "", MISSING_ROW, "", parent=str(parent))
    return None
