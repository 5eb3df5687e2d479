"""Sorting names as a reader of the map expects: Finnish collation, Sámi letters included.

Names are compared by Qt's :class:`QCollator` for Finnish (``fi_FI``), which uses ICU in
PySide6-Essentials (and the system's collation on Windows and macOS), rather than by a
table of our own: Á sorts with A, Č with C, Đ with D, Ŋ with N, Š with S, Ŧ with T and Ž
with Z, as in the Sámi names of Lapland, while Å, Ä and Ö come after Z as in Finnish;
numbers inside names sort as numbers ("Klusteri 2" before "Klusteri 10"), and case only
breaks ties. ``str.casefold`` ordered by code point and put "Áillohaš" after "Zeta".

The map's names are Finnish whatever language the window speaks, so an English window
sorts them the Finnish way too: a table, a picker or a report lists them in the same
order in both languages.

A QCollator is reentrant, not thread-safe: each thread gets its own (a report is written
off the window's thread). Keys are :class:`QCollatorSortKey` objects, which compare with
``<`` and cost about a microsecond each to make.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale

T = TypeVar("T")

COLLATION_LOCALE = "fi_FI"

_local = threading.local()


def collator() -> QCollator:
    """This thread's collator for names."""
    found = getattr(_local, "collator", None)
    if found is None:
        found = QCollator(QLocale(COLLATION_LOCALE))
        found.setNumericMode(True)
        _local.collator = found
    return found


def name_key(text: str) -> QCollatorSortKey:
    """A sort key that orders ``text`` among names as a Finnish reader expects."""
    return collator().sortKey(text)


def by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """``items`` ordered by ``name(item)`` (a stable sort: equal names keep their order)."""
    listed = list(items)
    keys = [name_key(name(item)) for item in listed]
    order = sorted(range(len(listed)), key=keys.__getitem__)
    return [listed[i] for i in order]
