"""A spreadsheet cell as the text its user sees: what every importer reads a cell as
before it reads a field's value from it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from aspdesk.io.sheets import restore_text


def cell_text(value: object) -> str:
    """A cell as the text the user sees, stripped, with formula protection undone."""
    if value is None:
        return ""
    if isinstance(value, str):
        return restore_text(value.strip())
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def cell_texts(cells: Sequence[object]) -> list[str]:
    """:func:`cell_text` of each cell; a text cell without a leading apostrophe (almost
    every cell) is only stripped here, without a call for each of a sheet's cells."""
    texts = []
    for cell in cells:
        if type(cell) is str:
            text = cell.strip()
            texts.append(text if text[:1] != "'" else restore_text(text))
        else:
            texts.append(cell_text(cell))
    return texts
