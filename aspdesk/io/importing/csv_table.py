"""The rows of a CSV file: decoded whole, split as the file's delimiter says, bounded.

The file is read whole (at most ``MAX_CSV_BYTES``), decoded as
:mod:`aspdesk.io.importing.text_encoding` finds or the user chooses, and split into lines
lazily, so the text is held once. Fields may be as long as the file; one longer than
``MAX_FIELD_CHARS`` is refused with its row and column, since no text of a map is near that.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.io.importing.limits import (
    FIELD_TOO_LONG,
    MAX_CSV_BYTES,
    MAX_FIELD_CHARS,
    TableBudget,
    shown,
)
from aspdesk.io.importing.reading import EMPTY, TOO_LARGE, read_limited
from aspdesk.io.importing.text_encoding import TextEncoding, decode_text

CSV_DELIMITERS = ",;\t"
NOT_CSV_AT = QT_TRANSLATE_NOOP(
    "io", "The file is not CSV text from row {row} on. It may be damaged or binary data."
)
_SNIFF_CHARS = 64 * 1024
# Lines end as Python's universal newlines end them (\r\n, \r or \n), each kept with its line
# so that a quoted field keeps its line breaks.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


@record
class CsvRows:
    """The header of a CSV file, its other rows (numbered from 2) and its encoding."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    encoding: TextEncoding


def read_csv(path: Path, encoding: str | None = None) -> CsvRows:
    """The rows of the CSV file at ``path``, read as ``encoding`` (None: found).

    Raises :class:`DataFileError` for a file too large, not text, in an encoding that does
    not fit, or with a field too long.
    """
    name = path.name
    data = read_limited(path, MAX_CSV_BYTES, TOO_LARGE)
    if not data:
        raise DataFileError(EMPTY, name)
    text, settled = decode_text(data, name, encoding)
    del data  # the bytes are not needed once decoded
    # csv refuses fields over 128 KB by default; our own check below says where one is.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES))
    lines = (match.group() for match in _LINE.finditer(text))
    reader = csv.reader(lines, delimiter=delimiter(text))
    rows = _checked(reader, name)
    try:
        _, header = next(rows)
    except StopIteration:
        raise DataFileError(EMPTY, name) from None
    return CsvRows(header, _after(rows, header, name), settled)


def _checked(reader: Iterator[list[str]], file: str) -> Iterator[tuple[int, list[str]]]:
    number = 1
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 - number is reported
            yield number, row
    except csv.Error as error:
        raise DataFileError(NOT_CSV_AT, file, row=str(number + 1)) from error


def _after(
    rows: Iterator[tuple[int, list[str]]], header: list[str], file: str
) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header, counted, refusing the first field that is too long."""
    if max(map(len, header), default=0) > MAX_FIELD_CHARS:
        raise _too_long(1, header, header, file)
    budget = TableBudget(file)
    for number, row in rows:
        if row and max(map(len, row)) > MAX_FIELD_CHARS:
            raise _too_long(number, row, header, file)
        budget.row(file, len(row), len(row) - row.count(""))
        yield number, row


def _too_long(number: int, row: list[str], header: list[str], file: str) -> DataFileError:
    index = next(i for i, field in enumerate(row) if len(field) > MAX_FIELD_CHARS)
    column = header[index].strip() if index < len(header) and len(header[index]) < 100 else ""
    return DataFileError(
        FIELD_TOO_LONG,
        file,
        row=str(number),
        column=column or str(index + 1),
        limit=shown(MAX_FIELD_CHARS),
    )


def delimiter(text: str) -> str:
    """The delimiter of CSV ``text``: comma, semicolon (Finnish Excel) or tab."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    first_line = sample.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    # The header line has no quoted newlines, so it settles a doubtful guess.
    counts = {d: first_line.count(d) for d in CSV_DELIMITERS}
    if sniffed and counts[sniffed] > 0:
        return sniffed
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","
