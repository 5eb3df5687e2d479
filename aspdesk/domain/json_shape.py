"""Reading JSON-shaped values by type: parsed JSON files, and settings kept as JSON.

Two ways to read, sharing one set of type tests:

- *Lenient*: ``as_int``, ``as_number``, ``as_text``, ``as_list``, ``as_object``, ``as_choice``,
  ``list_of`` give the value as the type asked for, or None when it is not one. Saved views
  and settings read this way, a bad value taking its default.
- *Strict*: a :class:`Node` is a value with where it is (``actors[3].name``) and how to
  complain. Reading a field, a list's items or a value of a type either gives it or raises
  the exception the caller's ``fail`` makes of a :class:`Mismatch`: what was wanted, where,
  and what was found. The backup and the programme files read this way, and their ``fail``
  turns a mismatch into their own located, translatable message.

JSON's ``true`` and ``false`` are never numbers here, though Python counts ``bool`` as an
``int``: a backup with ``"strength": true`` is wrong, not a tie of strength 1. This module
holds that one test, so no reader of JSON repeats it.

Written here rather than taken from msgspec or cattrs. Both check types against classes and
name the place of an error, but as their own English text (msgspec says "Expected `int`,
got `str` - at `$.actors[3].name`"; cattrs gathers exception groups that its
``transform_error`` words in English). aspdesk's messages are sentences of its own,
translated to Finnish, different for each kind of file (a programme file counts its rules
from 1, a backup its actors from 0), and they say more than the type (an id is "a whole number
from 1 up"); saved views are read leniently, which neither library does. Using one would
mean taking its error apart again to say ours, on top of a runtime dependency in the core,
for the type tests this module does in a few lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Final, TypeVar

from aspdesk.domain.records import record

T = TypeVar("T")


# -- lenient: the value as the type, or None ------------------------------------------------


def as_int(value: object) -> int | None:
    """``value`` if it is a whole number; true and false are not."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_number(value: object) -> float | None:
    """``value`` as a finite float if it is a number; true and false are not, and neither
    is infinity, NaN or an integer too large for a float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        return None
    return number if math.isfinite(number) else None


def as_bool(value: object) -> bool | None:
    """``value`` if it is true or false."""
    return value if isinstance(value, bool) else None


def as_text(value: object) -> str | None:
    """``value`` if it is a text (an empty one too)."""
    return value if isinstance(value, str) else None


def as_list(value: object) -> list[object] | None:
    """``value`` if it is a JSON array (a Python list)."""
    return value if isinstance(value, list) else None


def as_object(value: object) -> Mapping[str, object] | None:
    """``value`` if it is a JSON object (a mapping; its keys are taken to be texts, as
    JSON's always are)."""
    return value if isinstance(value, dict | Mapping) else None  # dict first: it is quicker


def as_choice(value: object, options: Iterable[T]) -> T | None:
    """The option equal to ``value``, if any. True and false equal no number, so an
    enumeration of numbers (or an Enum's values) does not take ``true`` for 1."""
    for option in options:
        if option == value and isinstance(option, bool) == isinstance(value, bool):
            return option
    return None


def list_of(
    value: object, read: Callable[[object], T | None], *, skip: bool = False
) -> tuple[T, ...] | None:
    """The items of the list ``value``, each read with ``read``; None when ``value`` is not
    a list or, unless ``skip``, when an item does not read (``skip`` leaves it out)."""
    items = as_list(value)
    if items is None:
        return None
    found: list[T] = []
    for item in items:
        read_item = read(item)
        if read_item is not None:
            found.append(read_item)
        elif not skip:
            return None
    return tuple(found)


# -- strict: a value, where it is, and how to complain -------------------------------------


class Wanted(Enum):
    """What a strict reader looked for and did not find."""

    FIELD = "field"  # a key of an object: it is missing
    OBJECT = "object"
    LIST = "list"
    TEXT = "text"
    INTEGER = "integer"  # a whole number, within the bounds asked for
    NUMBER = "number"  # a finite number
    BOOLEAN = "boolean"


@record
class Mismatch:
    """A value that is not what was wanted: what was, where, and what was found instead.

    ``path`` names the place as ``actors[3].name``; for a missing field it ends with the
    field, whose name is also in ``key``, and ``value`` is None.
    """

    wanted: Wanted
    path: str
    value: object
    key: str = ""


# Makes the exception to raise for a mismatch (the reader raises what it returns).
Fail = Callable[[Mismatch], Exception]

_REQUIRED: Final = object()


class Node:
    """A value read from JSON-shaped data, with where it is and what to raise when it is
    not of the shape wanted.

    Paths join keys with dots and list indices in brackets; ``items(start=1)`` counts the
    items from 1 for files whose messages do. A node of the whole document has the path "".
    """

    __slots__ = ("value", "path", "fail")

    def __init__(self, value: object, path: str, fail: Fail) -> None:
        self.value = value
        self.path = path
        self.fail = fail

    def __repr__(self) -> str:
        return f"Node({self.value!r}, {self.path!r})"

    def _mismatch(self, wanted: Wanted) -> Exception:
        return self.fail(Mismatch(wanted, self.path, self.value))

    def with_fail(self, fail: Fail) -> Node:
        """This node complaining with ``fail`` instead, and so do the nodes read from it
        (for a value whose message is more particular than its type's)."""
        return Node(self.value, self.path, fail)

    def renamed(self, path: str) -> Node:
        """This node under another path (a rule named by its id once its id is read)."""
        return Node(self.value, path, self.fail)

    def mapping(self) -> Mapping[str, object]:
        """The value as an object."""
        found = as_object(self.value)
        if found is None:
            raise self._mismatch(Wanted.OBJECT)
        return found

    def field(self, key: str, default: object = _REQUIRED) -> Node:
        """The node of ``key`` in this object; a missing key is a mismatch unless a
        ``default`` is given, which then stands in its place."""
        # A backup reads a million fields, so this calls nothing it need not.
        record = self.value if isinstance(self.value, dict) else self.mapping()
        path = f"{self.path}.{key}" if self.path else key
        if key in record:
            return Node(record[key], path, self.fail)
        if default is _REQUIRED:
            raise self.fail(Mismatch(Wanted.FIELD, path, None, key))
        return Node(default, path, self.fail)

    def entries(self) -> list[tuple[str, Node]]:
        """The keys of this object and the nodes of their values, in the object's order."""
        path, fail = self.path, self.fail
        return [
            (key, Node(value, f"{path}.{key}" if path else key, fail))
            for key, value in self.mapping().items()
        ]

    def sequence(self) -> list[object]:
        """The value as a list."""
        found = as_list(self.value)
        if found is None:
            raise self._mismatch(Wanted.LIST)
        return found

    def items(self, start: int = 0) -> list[Node]:
        """The nodes of this list's items, indexed from ``start`` in their paths."""
        path, fail = self.path, self.fail
        return [Node(item, f"{path}[{i}]", fail) for i, item in enumerate(self.sequence(), start)]

    def list_of(self, read: Callable[[Node], T], start: int = 0) -> tuple[T, ...]:
        """This list's items, each read with ``read``."""
        return tuple(read(item) for item in self.items(start))

    def optional(self, read: Callable[[Node], T]) -> T | None:
        """None for a null value, else the value read with ``read``."""
        return None if self.value is None else read(self)

    def text(self) -> str:
        """The value as a text."""
        if not isinstance(self.value, str):  # as_text, without a call: texts are most values
            raise self._mismatch(Wanted.TEXT)
        return self.value

    def integer(self, least: int | None = None, most: int | None = None) -> int:
        """The value as a whole number (true and false are not), from ``least`` up to
        ``most`` when they are given."""
        found = as_int(self.value)
        if found is None or (least is not None and found < least):
            raise self._mismatch(Wanted.INTEGER)
        if most is not None and found > most:
            raise self._mismatch(Wanted.INTEGER)
        return found

    def number(self) -> float:
        """The value as a finite number (true and false are not)."""
        found = as_number(self.value)
        if found is None:
            raise self._mismatch(Wanted.NUMBER)
        return found

    def boolean(self) -> bool:
        """The value as true or false."""
        found = as_bool(self.value)
        if found is None:
            raise self._mismatch(Wanted.BOOLEAN)
        return found
