"""A change's values as JSON and back: how the change log keeps and carries them.

The store keeps a change's ``old`` and ``new`` as JSON text, and the JSON backup carries
them as JSON values; both read them back into domain values (dates as ``date``, tags as
tuples, a made entity as the entity) by the subject and field they belong to. The text is
ASCII (other characters escaped): the map's value check reads only non-ASCII text into
Python, so 100,000 changes are checked on opening by SQL alone.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, fields
from datetime import UTC, date, datetime
from itertools import compress
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from operator import ne
from typing import Any

from aspdesk.domain.changes import MAP, SURVEY_ROUND, VIEW
from aspdesk.domain.entities import ENTITY_CLASSES, EntityType, field_reader, field_values
from aspdesk.domain.json_shape import as_int, as_object, as_text
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView, ViewState

ENTITY_TYPES = tuple(ENTITY_CLASSES.values())
_NONE = object()  # equal to no value: the default of the id and of fields without one
# Each entity type's field names and their defaults, in the order field_values reads them.
_FIELDS = {
    entity_type: (
        field_reader(cls)[0],
        tuple(_NONE if f.default is MISSING or f.name == "id" else f.default for f in fields(cls)),
    )
    for entity_type, cls in ENTITY_CLASSES.items()
}
# A node's place, x and y together: one change where two fields moved.
POSITION = "position"
# A survey round's whole record, as one field.
RECORD = "record"
# Fields the store sets itself with every write: their changes are the set's own time.
UNLOGGED = frozenset({"id", "created_at", "updated_at"})
# The last time written and its text: an import's 10,000 made changes hold one time,
# twice each, and its isoformat() was 30 of the 70 ms of encoding them.
_LAST_TIME: list[tuple[datetime | None, str]] = [(None, "")]


def _default(value: object) -> object:
    if isinstance(value, datetime):
        last, text = _LAST_TIME[0]
        if value is last:  # an import stamps all its rows with one time, twice each
            return text
        if value.tzinfo is UTC:  # as the store keeps every time
            text = value.isoformat()
        else:
            utc = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
            text = utc.isoformat()
        _LAST_TIME[0] = (value, text)  # a pair replaced whole: safe across threads
        return text
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, SavedView):
        return {
            "id": value.id,
            "name": value.name,
            "position": value.position,
            "state": value.state.to_dict(),
        }
    if isinstance(value, ViewState):
        return value.to_dict()
    if isinstance(value, SurveyRound):
        return {"id": value.id, "token": value.token, "record": value.record()}
    if isinstance(value, ENTITY_TYPES):
        return whole(value.entity_type, field_values(value))
    raise TypeError(f"not a value of a change: {type(value).__name__}")


def plain(value: object) -> object:
    """``value`` as plain JSON values (what the backup writes)."""
    return json.loads(dumps(value))


_DECODE = json.JSONDecoder().decode
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
# One encoder for every value: json.dumps with options makes a new one each call, which
# was a third of the cost of recording a 10,000-actor import.
_ENCODER = json.JSONEncoder(default=_default, separators=(",", ":"))
_FAST = (
    c_make_encoder(None, _default, encode_basestring_ascii, None, ":", ",", False, False, True)
    if c_make_encoder is not None
    else None
)


def dumps(value: object) -> str:
    """``value`` (a field's value, a whole entity, a view or a round) as ASCII JSON text."""
    if _FAST is not None and isinstance(value, dict):
        return "".join(_FAST(value, 0))
    return _ENCODER.encode(value)


def whole(entity_type: EntityType, values: Sequence[Any]) -> dict[str, Any]:
    """An entity's field ``values`` (in the order of its fields, as
    :func:`~aspdesk.domain.entities.field_values` gives them) as its made or removed change
    keeps them: the id and every field not at its default (which reading puts back), so a
    tie made by an import is a few dozen characters, not two hundred."""
    names, defaults = _FIELDS[entity_type]
    # By position, in C: a comprehension over the names was a tenth of storing an import.
    return dict(compress(zip(names, values, strict=True), map(ne, values, defaults)))


def _date(value: object) -> date | None:
    text = as_text(value)
    return date.fromisoformat(text) if text else None


def _time(value: object) -> datetime | None:
    text = as_text(value)
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _number(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _tuple(value: object) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, list | tuple) else ()


def _same(value: object) -> object:
    return value


_READERS: dict[str, Callable[[object], object]] = {
    "date | None": _date,
    "datetime | None": _time,
    "float | None": _number,
    "tuple[str, ...]": _tuple,
    "tuple[int, ...]": _tuple,
}


def _field_readers(entity_type: EntityType) -> dict[str, Callable[[object], object]]:
    return {
        f.name: _READERS.get(str(f.type), _same)
        for f in fields(ENTITY_CLASSES[entity_type])
        if f.name != "entity_type"
    }


_ENTITY_READERS = {entity_type: _field_readers(entity_type) for entity_type in EntityType}


def _point(value: object) -> tuple[float | None, float | None]:
    x, y = value if isinstance(value, list | tuple) and len(value) == 2 else (None, None)
    return _number(x), _number(y)


def _view(value: object) -> SavedView:
    data = as_object(value) or {}
    return SavedView(
        as_int(data.get("id")),
        as_text(data.get("name")) or "",
        as_int(data.get("position")) or 0,
        ViewState.from_dict(data.get("state")),
    )


def _round(value: object) -> SurveyRound:
    data = as_object(value) or {}
    return SurveyRound.from_record(
        as_int(data.get("id")), as_text(data.get("token")) or "", data.get("record")
    )


def from_plain(subject: str, field: str | None, value: object) -> Any:
    """The domain value of ``value`` (plain JSON values) as ``subject``'s ``field`` holds it;
    with no ``field``, the whole entity, view or round. Raises ValueError or TypeError for a
    value of the wrong shape."""
    if value is None:
        return None
    if subject == VIEW:
        if field is None:
            return _view(value)
        if field == "state":
            return ViewState.from_dict(value)
        return value
    if subject == SURVEY_ROUND:
        return _round(value)
    if subject == MAP:
        return value
    entity_type = EntityType(subject)
    if field == POSITION:
        return _point(value)
    readers = _ENTITY_READERS[entity_type]
    if field is not None:
        return readers.get(field, _same)(value)
    data = value if isinstance(value, Mapping) else {}
    cls: Any = ENTITY_CLASSES[entity_type]
    return cls(**{name: read(data[name]) for name, read in readers.items() if name in data})


def loads(subject: str, field: str | None, text: str | None) -> Any:
    """The domain value kept as ``text`` (see :func:`from_plain`)."""
    if text is None:
        return None
    try:
        value, end = _SCAN(text, 0)  # the text is ours: no space around the value
    except StopIteration:
        raise ValueError("not JSON") from None
    if end != len(text):
        value = _DECODE(text)  # says what is wrong
    return reader(subject, field)(value)


@functools.cache
def reader(subject: str, field: str | None) -> Callable[[object], Any]:
    """What makes ``subject``'s ``field`` of plain JSON values (:func:`from_plain`), chosen
    once: the time slider reads 50,000 changes at a time."""
    try:
        entity_type = EntityType(subject)
    except ValueError:
        entity_type = None
    if entity_type is not None and field is not None and field != POSITION:
        read = _ENTITY_READERS[entity_type].get(field, _same)
        if read is _same:
            return _same
        return lambda value: None if value is None else read(value)
    return lambda value: from_plain(subject, field, value)


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """The (field, old, new) of every field whose value ``new`` really changes, with x and y
    as one ``position`` and the store's own times left out. ``old`` holds every field."""
    found: list[tuple[str, Any, Any]] = []
    for name, value in new.items():
        if name in UNLOGGED or name in ("x", "y"):
            continue
        if old.get(name) != value:
            found.append((name, old.get(name), value))
    if "x" in new or "y" in new:
        before = (old.get("x"), old.get("y"))
        after = (new.get("x", before[0]), new.get("y", before[1]))
        if before != after:
            found.append((POSITION, before, after))
    return found
