"""Import files with every kind of problem a row can have, for checking counts against lists.

``coordinators_table`` is a coordinator's own actor table (as from a register or a
survey); ``edited_export`` is a workbook aspdesk exported, then edited by hand, so that
dates, references and IDs can be wrong too. Each returns the file and the rows (sheet,
row) that cannot be imported as they are.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from aspdesk.io.snapshot import MapSnapshot
from aspdesk.io.spreadsheet_export import write_xlsx

TABLE_HEADERS = ["Nimi", "Y-tunnus", "Tyyppi", "Sähköposti", "Kokoluokka", "Kunta"]
TABLE_ROWS: list[list[object]] = [
    ["Arctic Hub Oy", "1234567-0", "Oy", "", None, "Kemi"],  # 2: bad check digit
    ["Lumo ry", "", "harrastusporukka", "", None, "Inari"],  # 3: unknown kind
    ['=CONCAT("Tornion ", "Panimo Oy")', "", "yritys", "", None, "Tornio"],  # 4: formula
    ["Tornion Panimo Oy", 2454372, "yritys", "info@panimo", None, "Tornio"],  # 5: bad email
    [None, "", "yritys", "", None, "Kemi"],  # 6: no name
    ["Kemin Satama Oy", "", "Oy", "", "jättimäinen", '=UPPER("kemi")'],  # 7: two problems
    ["Hyvä Oy", "FI02454372", "Oy", "", "pieni", "Kemi"],  # 8: fine, ID read as 0245437-2
    ["HYVÄ OY", "", "osakeyhtiö", "", None, "Kemi"],  # 9: the same as row 8
    ["Pohjolan Säätiö sr", "0245437 2", "säätiö", "", None, "Oulu"],  # 10: same ID as row 8
    ["Lapin ammattikorkeakoulu", "", "ammattikorkeakoulu", "", None, "Rovaniemi"],  # 11
]
TABLE_NOT_IMPORTED = {2, 3, 4, 5, 6, 7, 9, 10}
TABLE_WITH_PROBLEMS = {2, 3, 4, 5, 6, 7}
TABLE_PROBLEM_COUNT = 7  # row 7 has two


def coordinators_table(path: Path) -> Path:
    """A coordinator's actor table with every kind of problem a row of one can have."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Toimijat"
    sheet.append(TABLE_HEADERS)
    for row in TABLE_ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _column(sheet: object, header: str) -> int:
    for cell in sheet[1]:  # type: ignore[index]
        if cell.value == header:
            return int(cell.column)
    raise KeyError(header)


def edited_export(snapshot: MapSnapshot, path: Path) -> tuple[Path, set[tuple[str, int]]]:
    """``snapshot`` exported and then broken in every way a hand edit can break it."""
    write_xlsx(snapshot, path)
    workbook = openpyxl.load_workbook(path)
    actors = workbook["Actors"]
    name = _column(actors, "Name")
    actors.cell(row=2, column=_column(actors, "Business ID"), value="1234567-0")
    actors.cell(row=3, column=_column(actors, "Kind"), value="harrastusporukka")
    actors.cell(row=4, column=_column(actors, "Email"), value="info@")
    actors.cell(row=5, column=name, value='=CONCAT("a", "b")')
    actors.cell(row=6, column=name).value = None  # cell(value=None) would keep the name
    last = actors.max_row
    actors.cell(row=last + 1, column=1, value=1)  # a second actor with ID 1
    actors.cell(row=last + 1, column=name, value="Kopio")
    clusters = workbook["Clusters"]
    clusters.cell(row=2, column=_column(clusters, "Start date"), value="31.2.2015")
    memberships = workbook["Memberships"]
    memberships.cell(row=2, column=_column(memberships, "Role"), value="boss")
    workbook.save(path)
    broken = {("Actors", r) for r in (2, 3, 4, 5, 6, last + 1)}
    broken |= {("Clusters", 2), ("Memberships", 2)}
    return path, broken
