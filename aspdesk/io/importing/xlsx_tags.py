"""Counting the tags of a workbook's streamed part (a sheet, the shared strings) as it is
unpacked, a megabyte at a time, without building anything (see
:mod:`aspdesk.io.importing.xlsx_preflight`).

The check runs on the import's read-ahead thread while the command loads the store, and
regular expressions hold Python's lock while they match, so the command's loading waits
for them (loading the store beside a thread that counted a sheet took about as much
longer as the counting took). So a chunk is counted the fastest way that gives the same
counts:

- **written plainly** (how Excel, LibreOffice and openpyxl write sheets): no counted tag
  with a namespace prefix, and every ``<row`` and ``<c`` the start of ``<row r="7"`` and
  ``<c r="B7"`` (the place first). Rows and cells are then counted by ``bytes.count``, and
  each row and cell is found once, by a pattern that starts with all of that literal;
- otherwise **without prefixes**, by the general patterns with their optional prefix left
  out (they start with a literal, which the engine finds fast);
- otherwise by the general patterns.

A 10,000-row actor list's sheet (7.3 MB, written by openpyxl) was counted in 0.105 s
(the second way, with prefixes looked for at every "<"); it is in 0.066 s (the first way,
0.089 s by the second). Tests hold all three ways to the same counts on random chunks.
"""

from __future__ import annotations

import re

# The tags counted in a streamed part, with or without a namespace prefix. "<" never
# occurs inside a tag's name, so a chunk can be cut at its last "<" and no tag is split.
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|v|is|f|si)[\s/>]")
# A value that is not a plain number: an error (#N/A, #REF!), an ISO date, a formula's
# text, or damage. calamine reads these differently from openpyxl (errors as empty, damage
# as text), so such a sheet goes to openpyxl; shared strings and yes/no are numbers here.
_ODD_VALUE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?v>(?![-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?</)"
)
# Where rows and cells say they are: calamine makes a sheet one dense grid from its first
# cell to its last, so two far-apart cells would cost memory for all between them.
_ROW_NUMBER = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br\s*=\s*["'](\d+)""")
_CELL_COLUMN = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br\s*=\s*["']([A-Za-z]+)""")
UNBOUNDED = 2**63  # the grid of a sheet whose cells do not all say where they are
# A counted tag's name after a namespace prefix. Where a chunk has none, the patterns
# above never take their optional prefix, so they match exactly where the same patterns
# without it do. Found from the colon, which is rare (in a link's text), not from every
# "<": 5 ms of a 7 MB sheet, not 25.
_PREFIXED = re.compile(rb":(?:row|c|v|is|f|si)[\s/>]")
_PLAIN = tuple(
    re.compile(pattern.pattern.replace(rb"(?:[A-Za-z_][\w.-]*:)?", b""))
    for pattern in (_TAG, _ODD_VALUE, _ROW_NUMBER, _CELL_COLUMN)
)
_CODES = {b"row": "r", b"c": "c", b"v": "v", b"is": "v", b"f": "f", b"si": "s"}
_NOT_VALUES = str.maketrans("", "", "cfs")
# A row and a cell written plainly, their place their first attribute. Where the chunk's
# every "<row" and "<c" is one of these, each is a row (or cell) tag, every row (or cell)
# tag is one, and the general patterns find the same number or letters in each.
_PLAIN_ROW = re.compile(rb'<row r="(\d+)"')
_PLAIN_CELL = re.compile(rb'<c r="([A-Za-z]+)')
_VALUE = re.compile(rb"<(?:v|is)[\s/>]")
_STRING = re.compile(rb"<si[\s/>]")
_FORMULA = re.compile(rb"<f[\s/>]")


class TagCounts:
    """Tags counted in the chunks of one part, fed in order."""

    def __init__(self) -> None:
        self.rows = self.filled_rows = self.cells = self.strings = 0
        self.formulas = self.odd_values = False
        self.last_row = self.last_column = self.placed_cells = 0
        self._rest = b""  # from the last "<" of the previous chunk on
        self._last = ""  # the last row or value seen ("r" or "v")

    def add(self, chunk: bytes) -> None:
        data = self._rest + chunk
        cut = data.rfind(b"<")
        cut = len(data) if cut < 0 else cut
        self._rest = data[cut:]
        if _PREFIXED.search(data, 0, cut):
            self._add_tags(data, cut, (_TAG, _ODD_VALUE, _ROW_NUMBER, _CELL_COLUMN))
        elif not self._add_plainly_written(data, cut):
            self._add_tags(data, cut, _PLAIN)

    def _add_tags(self, data: bytes, cut: int, patterns: tuple[re.Pattern[bytes], ...]) -> None:
        tags, odd_value, row_number, cell_column = patterns
        codes = "".join([_CODES[tag] for tag in tags.findall(data, 0, cut)])
        self.rows += codes.count("r")
        self.cells += codes.count("c")
        self.strings += codes.count("s")
        self.formulas = self.formulas or "f" in codes
        self._odd(odd_value, data, cut)
        self._rows_at(row_number.findall(data, 0, cut))
        self._cells_at(cell_column.findall(data, 0, cut))
        # A row has data when a value follows it before the next row.
        rows_and_values = self._last + codes.translate(_NOT_VALUES)
        self.filled_rows += rows_and_values.count("rv")
        self._last = rows_and_values[-1:]

    def _add_plainly_written(self, data: bytes, cut: int) -> bool:
        """Count a chunk whose every row and cell is written plainly; False (and nothing
        counted) for any other."""
        rows = list(_PLAIN_ROW.finditer(data, 0, cut))
        if len(rows) != data.count(b"<row", 0, cut):
            return False
        columns = _PLAIN_CELL.findall(data, 0, cut)
        if len(columns) != data.count(b"<c", 0, cut):
            return False
        self.rows += len(rows)
        self.cells += len(columns)
        # Shared strings, formulas and odd values, rare in a sheet, are looked for by their
        # tag's start first: bytes.find passes a chunk at about half a pattern's cost.
        if data.find(b"<si", 0, cut) >= 0:
            self.strings += len(_STRING.findall(data, 0, cut))
        if not self.formulas and data.find(b"<f", 0, cut) >= 0:
            self.formulas = _FORMULA.search(data, 0, cut) is not None
        if not self.odd_values and data.find(b"<v>", 0, cut) >= 0:
            self._odd(_PLAIN[1], data, cut)
        self._rows_at([row[1] for row in rows])
        self._cells_at(columns)
        # A row has data when a value follows it before the next row: the row begun in
        # the chunk before when one is found before this chunk's first row.
        starts = [row.start() for row in rows]
        value = _VALUE.search
        if self._last == "r" and value(data, 0, starts[0] if starts else cut) is not None:
            self.filled_rows += 1
        if starts:
            ends = [*starts[1:], cut]
            filled = [value(data, a, b) is not None for a, b in zip(starts, ends, strict=True)]
            self.filled_rows += sum(filled)
            self._last = "v" if filled[-1] else "r"
        elif value(data, 0, cut) is not None:
            self._last = "v"
        return True

    def _odd(self, pattern: re.Pattern[bytes], data: bytes, cut: int) -> None:
        self.odd_values = self.odd_values or pattern.search(data, 0, cut) is not None

    def _rows_at(self, numbers: list[bytes]) -> None:
        if numbers:
            self.last_row = max(
                self.last_row, *(int(n) if len(n) < 12 else UNBOUNDED for n in numbers)
            )

    def _cells_at(self, columns: list[bytes]) -> None:
        self.placed_cells += len(columns)
        if columns:
            self.last_column = max(self.last_column, *map(_column_number, set(columns)))

    def grid(self) -> int:
        """How many cells the dense grid from A1 to the last cell holds, at most."""
        if self.placed_cells < self.cells:
            return UNBOUNDED
        return max(self.last_row, self.rows) * max(self.last_column, 1)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper()[:8]:
        number = number * 26 + letter - 64
    return number
