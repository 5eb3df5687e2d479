"""One problem found in an imported file, and where it is, for every kind of file.

A spreadsheet problem sits at a sheet, row and column as the spreadsheet program shows
them (the header is row 1); a graph or backup problem at an item ("node n12", "edge e3",
"actors[4]"). Messages are English templates marked for translation, filled in after
translating, so the Finnish report reads as Finnish.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from typing import Self

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import fill
from aspdesk.io.importing.limits import MAX_PROBLEMS

Translate = Callable[[str, str], str]

ROW = QT_TRANSLATE_NOOP("io", "row {row}")
COLUMN = QT_TRANSLATE_NOOP("io", "column {column}")
# A GraphML or GEXF element, as its item is written ("node n3", "edge #7"): the word is
# said in the reader's language, the id as the file has it.
ELEMENTS = {
    "node": QT_TRANSLATE_NOOP("io", "node {id}"),
    "edge": QT_TRANSLATE_NOOP("io", "edge {id}"),
}


@record
class Problem:
    """What is wrong, in which file and where in it.

    ``message`` is marked for translation in ``context`` ("io", or "validation" for the
    checks the forms use; ``field`` then names the field). ``row`` is 0 and ``column``
    empty when the problem is not in a table.
    """

    file: str
    message: str
    values: Mapping[str, str] = field(default_factory=dict)
    context: str = "io"
    sheet: str = ""
    row: int = 0
    column: str = ""
    item: str = ""
    field: str = ""

    @property
    def where(self) -> str:
        """The place in the file in English, without the file name ("edge e1")."""
        return self.place()

    def text(self, translate: Translate | None = None) -> str:
        """The message, translated when ``translate`` is given, values filled in."""
        return fill(self.message, self.values, self.context, translate)

    def place(self, translate: Translate | None = None) -> str:
        """Sheet, row and column, or the item, joined for reading ("Toimijat, rivi 5")."""
        return place_text(self.sheet, self.row, self.column, self.item, translate)

    def line(self, translate: Translate | None = None) -> str:
        """One line of a report: file, place and message."""
        place = self.place(translate)
        where = f"{self.file}, {place}" if place else self.file
        return f"{where}: {self.text(translate)}"


class Problems(list[Problem]):
    """The problems of one file: the first ``MAX_PROBLEMS`` kept, the others counted.

    A file within the limits can have two million bad cells, and as many problems would
    take gigabytes; nobody reads past the first thousand, and whether a row is blocked is
    kept apart from this list, so nothing depends on the problems left out.
    """

    def __init__(self, problems: Iterable[Problem] = (), left_out: int = 0) -> None:
        super().__init__()
        self.left_out = left_out
        self.extend(problems)

    @property
    def total(self) -> int:
        """How many problems the file has, kept or not."""
        return len(self) + self.left_out

    def append(self, problem: Problem) -> None:
        if len(self) < MAX_PROBLEMS:
            super().append(problem)
        else:
            self.left_out += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    # list's own += would pass the cap by.
    def __iadd__(self, problems: Iterable[Problem], /) -> Self:  # type: ignore[override,misc]
        self.extend(problems)
        return self

    def copy(self) -> Problems:
        return Problems(self, self.left_out)


def place_text(
    sheet: str, row: int, column: str, item: str, translate: Translate | None = None
) -> str:
    """A place in a file for reading: "Actors, row 5, column Business ID" or "node n3"."""
    parts = [sheet] if sheet else []
    if row:
        parts.append(fill(ROW, {"row": str(row)}, "io", translate))
    if column:
        parts.append(fill(COLUMN, {"column": column}, "io", translate))
    if item:
        parts.append(item_text(item, translate))
    return ", ".join(parts)


def item_text(item: str, translate: Translate | None = None) -> str:
    """An item of a file for reading: a graph's element ("node n3", "edge #7") in the
    reader's words; any other (a JSON backup's "actors[3]") as written."""
    word, _, element_id = item.partition(" ")
    template = ELEMENTS.get(word)
    if template is None or not element_id:
        return item
    return fill(template, {"id": element_id}, "io", translate)
