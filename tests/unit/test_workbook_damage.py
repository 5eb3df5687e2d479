"""Workbooks as other programs leave them: formulas with no stored value, and damage that
openpyxl meets half-way through a sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import all_translations
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io import spreadsheet_import, xlsx_preflight, xlsx_reading
from aspdesk.io.errors import DataFileError
from aspdesk.io.import_formats import read_import
from aspdesk.io.spreadsheet_export import write_xlsx
from aspdesk.store.repository import MapStore

from .. import hostile_files as files

KNOWN = {v: builtin_codes(v) for v in Vocabulary}


def test_a_formula_without_a_stored_value_is_a_problem_of_its_row(tmp_path: Path) -> None:
    # openpyxl, like other programs that do not calculate, stores formulas without values.
    path = tmp_path / "kumppanit.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Kunta"])
    sheet.append(["Arctic Hub Oy", "Kemi"])
    sheet.append(['=CONCAT("Tornion ", "Panimo Oy")', "Tornio"])
    sheet.append(["Lapin Liitto", '=UPPER("rovaniemi")'])
    workbook.save(path)

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    # The row whose name is a formula is kept too, blocked, so it is listed as not imported.
    assert [c.entity.name for c in batch.actors] == ["Arctic Hub Oy", "", "Lapin Liitto"]  # type: ignore[attr-defined]
    assert [(p.row, p.column, p.message) for p in batch.problems] == [
        (3, "Nimi", spreadsheet_import.UNCALCULATED),
        (4, "Kunta", spreadsheet_import.UNCALCULATED),
    ]
    assert [c.blocked for c in batch.actors] == [False, True, True]


def test_a_stored_formula_value_is_read(tmp_path: Path) -> None:
    cell = '<c r="A3" t="str"><f>CONCAT("Tornion ","Panimo Oy")</f><v>Tornion Panimo Oy</v></c>'
    sheet = files.SHEET_START + files._name_row(2) + f'<row r="3">{cell}</row>' + files.SHEET_END
    path = files.workbook(tmp_path / "laskettu.xlsx", sheet=iter([sheet.encode()]))

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert [c.entity.name for c in batch.actors] == ["Yritys 2 Oy", "Tornion Panimo Oy"]  # type: ignore[attr-defined]
    assert batch.problems == []


def test_a_formula_in_an_aspdesk_workbook_blocks_its_row(
    sample_store: MapStore, tmp_path: Path
) -> None:
    path = tmp_path / "kartta.xlsx"
    write_xlsx(snapshot_of(sample_store), path)
    workbook = openpyxl.load_workbook(path)
    workbook["Actors"]["B3"] = '=UPPER("kemi")'  # the name of the second actor
    workbook.save(path)

    batch = read_import(
        path, known_codes=KNOWN, terms=BUILTIN_TERMS, translations=all_translations()
    )

    [problem] = [p for p in batch.problems if p.message == spreadsheet_import.UNCALCULATED]
    assert (problem.sheet, problem.row, problem.column) == ("Actors", 3, "Name")
    assert [c.blocked for c in batch.actors if c.row == 3] == [True]


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="A3" t="s"><v>99</v></c>',  # a shared string that is not there
        '<c r="A3" t="b"><v>maybe</v></c>',  # a yes/no that is neither
        '<c r="A3" t="d"><v>the day after</v></c>',  # a date that is none
        '<c r="A3"><v>twelve</v></c>',  # a number that is none
        '<c r="3A" t="inlineStr"><is><t>x</t></is></c>',  # a cell with no place
    ],
    ids=["string index", "boolean", "date", "number", "coordinate"],
)
def test_a_damaged_cell_says_the_workbook_is_damaged_at_its_sheet_and_row(
    tmp_path: Path, cell: str
) -> None:
    sheet = files.SHEET_START + files._name_row(2) + f'<row r="3">{cell}</row>' + files.SHEET_END
    path = files.workbook(tmp_path / "rikki.xlsx", sheet=iter([sheet.encode()]))

    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert raised.value.template == xlsx_reading.DAMAGED_AT
    assert raised.value.values == {"sheet": "Toimijat", "row": 3}
    assert raised.value.where == "rikki.xlsx"


def test_a_zip_of_a_version_from_the_future_is_not_a_workbook(tmp_path: Path) -> None:
    # Found by tests/unit/test_fuzz_import_commits.py: zipfile refuses to read a directory
    # that asks for zip version 13.5, with an error of its own.
    path = files.workbook(tmp_path / "tulevaisuus.xlsx")
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6 : entry + 8] = (135).to_bytes(2, "little")  # version needed to extract
    path.write_bytes(bytes(data))

    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert raised.value.template == xlsx_preflight.NOT_A_WORKBOOK
