"""A whole map as an XLSX workbook or as CSV files, one table per sheet.

The layout comes from :mod:`aspdesk.io.sheets`. Both formats are written atomically (a
failed export leaves no half-written file) and guard against formula injection: text that
a spreadsheet program could run as a formula gets a leading ``'`` (and in XLSX is stored
as a plain string). Numbers, dates and yes/no values keep their types.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import zipfile
from collections.abc import Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from aspdesk.domain.records import record
from aspdesk.io.atomic import (
    atomic_folder,
    write_atomically,
    write_failure,
    write_workbook_atomically,
)
from aspdesk.io.errors import Progress, no_progress
from aspdesk.io.sheets import SHEETS, Cell, SheetContext, Translate, neutralise, tr
from aspdesk.io.snapshot import MapSnapshot

MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
# Characters Excel does not allow in a sheet title.
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@record
class _Table:
    """One sheet's title, file name, headers and rows, ready to write."""

    title: str
    key: str
    headers: list[str]
    rows: list[list[Cell]]


def _tables(snapshot: MapSnapshot, language: str, translate: Translate | None) -> list[_Table]:
    context = SheetContext.of(snapshot, language)
    return [
        _Table(
            tr(translate, sheet.title),
            sheet.key,
            sheet.headers(translate),
            list(sheet.cells(snapshot, context)),
        )
        for sheet in SHEETS
    ]


def write_xlsx(
    snapshot: MapSnapshot,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
    translate: Translate | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write ``snapshot`` to an XLSX workbook at ``path``, one worksheet per table.

    Codes' labels are in ``language``; titles and headers go through ``translate`` (context
    "io"). Raises :class:`DataFileError` when the file cannot be written.
    """
    tables = _tables(snapshot, language, translate)

    _save_workbook(snapshot.name, tables, Path(path), progress)


PROGRESS_ROWS = 1000  # rows between progress reports


def _save_workbook(
    name: str, tables: Sequence[_Table], path: Path, progress: Progress = no_progress
) -> None:
    # openpyxl is imported here, not at the top: the main window starts without it.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    # Write-only mode streams rows to the file: faster and far leaner on big maps; widths,
    # frozen panes and the filter are set before the first row, as it requires.
    workbook = Workbook(write_only=True)
    workbook.properties.title = name
    workbook.properties.creator = "aspdesk"
    bold = Font(bold=True)
    total = sum(len(table.rows) for table in tables)
    done = 0
    try:
        progress(0, total)
        for table in tables:
            sheet = workbook.create_sheet(_sheet_title(table.title))
            for index, width in enumerate(_widths(table), start=1):
                sheet.column_dimensions[get_column_letter(index)].width = width
            sheet.freeze_panes = "A2"
            last = get_column_letter(len(table.headers))
            sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
            sheet.append(
                [_header_cell(sheet, h, bold, ILLEGAL_CHARACTERS_RE) for h in table.headers]
            )
            for row in table.rows:
                sheet.append([_xlsx_value(sheet, value, ILLEGAL_CHARACTERS_RE) for value in row])
                done += 1
                if done % PROGRESS_ROWS == 0:
                    progress(done, total)
        write_workbook_atomically(path, workbook)
        progress(total, total)
    except OSError as error:  # the temporary folder, where rows are streamed, is full
        _discard(workbook)
        raise write_failure(path, error) from error
    except BaseException:
        _discard(workbook)
        raise


def _discard(workbook: Any) -> None:
    """Close and remove the temporary files a failed write-only workbook streamed rows to."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with suppress(Exception):
            writer.cleanup()


def _sheet_title(text: str) -> str:
    return _BAD_TITLE.sub(" ", text)[:31].strip() or "Sheet"


def _header_cell(sheet: Any, header: str, bold: Any, illegal: re.Pattern[str]) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=neutralise(illegal.sub("", header)))
    cell.font = bold
    return cell


def _xlsx_value(sheet: Any, value: Cell, illegal: re.Pattern[str]) -> Any:
    """``value`` as a write-only sheet takes it; ``illegal``: openpyxl's characters that
    XLSX does not allow (passed in, as openpyxl is imported only when a file is written)."""
    if isinstance(value, str):
        if not value:
            return None
        # Control characters other than tab and line ends are not allowed in XLSX.
        text = illegal.sub("", value)
        safe = neutralise(text)
        if safe == text:
            return text
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=safe)
        cell.data_type = "s"
        return cell
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _widths(table: _Table) -> list[int]:
    widths = []
    for index, header in enumerate(table.headers):
        longest = max((_text_width(row[index]) for row in table.rows), default=0)
        # The header is bold and shares its cell with the filter button.
        widths.append(min(MAX_WIDTH, max(longest + 2, len(header) + 4)))
    return widths


def _text_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        if "\n" in value:
            return max(len(line) for line in value.splitlines())
        return len(value)
    if isinstance(value, bool):
        return 5
    if isinstance(value, date):
        return 10
    return len(str(value))


def write_csv(
    snapshot: MapSnapshot,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
    translate: Translate | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write ``snapshot`` as CSV files: into a zip when ``path`` ends in .zip, else a folder.

    Each table becomes ``actors.csv``, ``clusters.csv`` and so on, in UTF-8 with a byte
    order mark (so Excel reads ä and ö), comma-separated. Raises :class:`DataFileError`
    when a file cannot be written.
    """
    target = Path(path)
    tables = _tables(snapshot, language, translate)
    files: dict[str, bytes] = {}
    for number, table in enumerate(tables):
        progress(number, len(tables))
        files[f"{table.key}.csv"] = _csv_bytes(table)
    progress(len(tables), len(tables))
    if target.suffix.lower() == ".zip":

        def save(temporary: Path) -> None:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in files.items():
                    archive.writestr(name, data)

        write_atomically(target, save)
        return
    with atomic_folder(target) as folder:
        for name, data in files.items():
            (folder / name).write_bytes(data)


def _csv_bytes(table: _Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([neutralise(header) for header in table.headers])
    writer.writerows([_csv_value(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return str(value)
