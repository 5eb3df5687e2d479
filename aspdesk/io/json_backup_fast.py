"""The JSON backup's fast path: a field's value taken as it is when it is plainly right.

The backup of the benchmark map holds over half a million fields. Reading each through a
:class:`~aspdesk.domain.json_shape.Node` (an object and a path text per field) made reading
it a quarter slower than hand-written checks, though nearly every value is right. So each
field is first offered to a reader here, which gives what the backup's own reader would (a
storable text, a whole number within bounds, a finite float, a date, a time in UTC, a
tuple) when the value is exactly of the field's type, and :data:`SLOW` for anything else:
a wrong type, a bound passed, an integer where a float goes, a text that cannot be stored.
The backup reads such a value the slow way, so every message still comes from one place.
``tests/unit/test_json_backup.py`` checks on random values that the two ways agree.

``json.loads`` gives only exact dicts, lists, texts, ints, floats, bools and None, so
``type(value) is int`` is the test here: it excludes ``true`` and ``false`` too.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final

MAX_INT: Final = 2**63 - 1  # what SQLite can store


class _Slow:
    """The type of :data:`SLOW`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SLOW"


# Returned for a value to read the slow way (None is a value: a null some fields allow).
SLOW: Final = _Slow()

FastReader = Callable[[object], object]


def _storable(text: str) -> bool:
    """Whether ``text`` can be stored: a lone surrogate (from a \\ud800 escape) cannot."""
    if text.isascii():  # most texts, and quicker to tell than encoding them
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(value: object) -> object:
    return value if type(value) is str and _storable(value) else SLOW


def _integer(value: object) -> object:
    return value if type(value) is int and -MAX_INT <= value <= MAX_INT else SLOW


def _id(value: object) -> object:
    return value if type(value) is int and 0 < value <= MAX_INT else SLOW


def _id_or_none(value: object) -> object:
    return value if value is None or (type(value) is int and 0 < value <= MAX_INT) else SLOW


def _boolean(value: object) -> object:
    return value if value is True or value is False else SLOW


def _number_or_none(value: object) -> object:
    return value if value is None or (type(value) is float and math.isfinite(value)) else SLOW


def _date_or_none(value: object) -> object:
    if value is None:
        return None
    if type(value) is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return SLOW


def _time_or_none(value: object) -> object:
    if value is None:
        return None
    if type(value) is str:
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                return parsed.astimezone(UTC)  # the store keeps times in UTC
        except (ValueError, OverflowError):
            pass
    return SLOW


def _tags(value: object) -> object:
    if type(value) is list and all(type(tag) is str and _storable(tag) for tag in value):
        return tuple(value)
    return SLOW


def _ids(value: object) -> object:
    if type(value) is list and all(type(i) is int and 0 < i <= MAX_INT for i in value):
        return tuple(value)
    return SLOW


# Fast readers by the annotation of a dataclass field and for "id", as the slow ones are.
FAST_READERS: dict[str, FastReader] = {
    "id": _id,
    "str": _text,
    "int": _integer,
    "int | None": _id_or_none,
    "bool": _boolean,
    "float | None": _number_or_none,
    "date | None": _date_or_none,
    "datetime | None": _time_or_none,
    "tuple[str, ...]": _tags,
    "tuple[int, ...]": _ids,
}
