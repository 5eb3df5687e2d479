"""How much of a data file aspdesk reads, and the budget that counts rows and cells on the way.

Every limit is several times what the largest real map needs, measured on the benchmark map
of 10,000 actors, 30,000 ties and 200 projects (``tests/benchmarks/generate.py``) as aspdesk
exports it, and far below what exhausts a computer: a file past one is refused with a
message that says what is wrong, the limit and where, before or while it is read, never
after minutes of work or gigabytes of memory. The README ("Decisions worth knowing") says
why each number is what it is.
"""

from __future__ import annotations

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError

MB = 1024 * 1024

# Rows with data in one sheet or CSV file: the benchmark map's largest sheet (its ties)
# has 30,000.
MAX_ROWS = 100_000
# Cells in a whole workbook or CSV file: the benchmark map's workbook has 440,000.
MAX_CELLS = 2_000_000
# Cells passed over in one table, empty ones included (rows times the columns up to the
# last header): an attacker's sheet of empty rows costs time too.
MAX_SPAN = 10_000_000
# Excel's own number of rows in a sheet, empty ones included.
EXCEL_ROWS = 1_048_576
# Different texts in a workbook's shared table: openpyxl keeps all of them in memory.
MAX_SHARED_STRINGS = 1_000_000
# The parts of a workbook: Excel writes a few dozen.
MAX_PARTS = 10_000
# The zip's directory of parts, which zipfile reads whole before anything else.
MAX_DIRECTORY_BYTES = 4 * MB
# What the parts that are read unpack to, in all (the benchmark workbook: 24 MB) and in one
# sheet or shared-string table (its largest sheet: 15 MB), which openpyxl streams.
MAX_UNPACKED_BYTES = 256 * MB
MAX_SHEET_PART_BYTES = 128 * MB
# Any other part openpyxl reads (styles, workbook, relationships) is parsed whole, at about
# twelve times its size in memory; Excel's largest style table is about 6 MB.
MAX_WHOLE_PART_BYTES = 16 * MB
# A CSV file is decoded whole: the benchmark map's actors are 0.9 MB of it.
MAX_CSV_BYTES = 64 * MB
# One field of a CSV file or one value of a graph file; Excel holds 32,767 characters in a
# cell.
MAX_FIELD_CHARS = 1_000_000
# GraphML and GEXF are streamed: the benchmark map is 28 MB of GEXF, 10,008 nodes, 35,008
# edges and 625,000 XML elements. What is kept of each node and edge costs: a file at these
# limits takes about 500 MB and half a minute to read and plan.
MAX_GRAPH_BYTES = 128 * MB
MAX_NODES = 50_000
MAX_EDGES = 100_000
MAX_ELEMENTS = 2_000_000
MAX_ITEM_ELEMENTS = 10_000  # inside one node or edge: yEd writes about twenty
# Problems kept of one file (the others are counted): one per bad cell could be millions.
MAX_PROBLEMS = 10_000
# A JSON backup is parsed whole, at up to twelve times its size in memory: the benchmark
# map's backup is 16 MB with 1.3 million values.
MAX_JSON_BYTES = 64 * MB
MAX_JSON_VALUES = 5_000_000

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "io",
    "The table “{table}” has more than {limit} rows of data, far more than any map holds, "
    "so the file was not read.",
)
TOO_MANY_SHEET_ROWS = QT_TRANSLATE_NOOP(
    "io",
    "The sheet “{table}” has more than {limit} rows, more than Excel allows, so the file was "
    "not read. It may be damaged.",
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "io",
    "The file has more than {limit} cells, far more than any map needs, so it was not read.",
)
TOO_WIDE = QT_TRANSLATE_NOOP(
    "io",
    "The table “{table}” spans more than {limit} cells counting the empty ones (rows times "
    "columns), far more than any map needs, so the file was not read.",
)
FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "io",
    "The field in row {row}, column “{column}” is longer than {limit} characters, far longer "
    "than any text of a map, so the file was not read.",
)


def shown(number: int) -> str:
    """``number`` with its thousands apart ("100 000"), as both languages can read it."""
    return f"{number:,}".replace(",", "\u202f")


class TableBudget:
    """Counts the rows and cells of the tables of one file as they are read.

    ``row()`` raises :class:`DataFileError` at the first row past a limit, so a hostile
    table costs no more than a real one before it is refused.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.cells = 0
        self._table = ""
        self._rows = 0
        self._filled = 0
        self._span = 0

    def row(self, table: str, width: int, filled: int) -> None:
        """Count one row of ``table``: ``width`` cells read, ``filled`` of them not empty."""
        if table != self._table:
            self._table, self._rows, self._filled, self._span = table, 0, 0, 0
        self._rows += 1
        self._span += width
        self.cells += filled
        if filled:
            self._filled += 1
        if self._rows > EXCEL_ROWS:
            raise DataFileError(
                TOO_MANY_SHEET_ROWS, self.file, table=table, limit=shown(EXCEL_ROWS)
            )
        if self._filled > MAX_ROWS:
            raise DataFileError(TOO_MANY_ROWS, self.file, table=table, limit=shown(MAX_ROWS))
        if self._span > MAX_SPAN:
            raise DataFileError(TOO_WIDE, self.file, table=table, limit=shown(MAX_SPAN))
        if self.cells > MAX_CELLS:
            raise DataFileError(TOO_MANY_CELLS, self.file, limit=shown(MAX_CELLS))
