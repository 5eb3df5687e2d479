"""The XLSX reading paths beside calamine's, through the import's own ``read_import``.

calamine reads most workbooks; the sheets and packages it would read differently from
openpyxl go to openpyxl (``aspdesk.io.importing.xlsx_reading``). Each test here gives the
rows and problems aspdesk gave before calamine (openpyxl alone), which the expected
values were taken from, and fails if its path is taken away.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import python_calamine

import aspdesk
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.importing.formats import ImportBatch, read_import
from aspdesk.io.importing.spreadsheet_import import UNCALCULATED

from .. import hostile_files as files
from .test_spreadsheet_import import _finnish_workbook

KNOWN = {v: builtin_codes(v) for v in Vocabulary}
ROOT = Path(aspdesk.__file__).parents[1]  # the tree under test, for a child process
HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Kunta</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>Tyyppi</t></is></c></row>'
)
START = files.SHEET_START.replace(files._first_row(), HEADER)


def _read(path: Path) -> ImportBatch:
    return read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)


def _seen(batch: ImportBatch) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """What the preview shows: each candidate, and each problem."""
    actors = [
        (c.row, c.entity.name, c.entity.municipality, c.entity.kind, c.blocked)  # type: ignore[attr-defined]
        for c in batch.actors
    ]
    problems = [(p.sheet, p.row, p.column, p.message, dict(p.values)) for p in batch.problems]
    return actors, problems


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(*rows: str, start: str = files.SHEET_START) -> bytes:
    return (start + "".join(rows) + files.SHEET_END).encode()


def _named(name: str) -> bytes:
    return _sheet(f'<row r="2">{_cell("A2", name)}</row>')


@pytest.fixture
def openpyxl_loads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each workbook openpyxl loads for the import (its ``data_only``); the reader imports
    ``load_workbook`` from openpyxl when it loads one."""
    loads: list[bool] = []
    load = openpyxl.load_workbook

    def counted(*args: Any, **kwargs: Any) -> Any:
        loads.append(kwargs["data_only"])
        return load(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    return loads


# -- 1. a package that leads the two readers to different parts ---------------------------


def _sheet_through_parent(path: Path) -> Path:
    # openpyxl resolves the target to xl/worksheets/sheet2.xml; calamine would take the
    # name as written, and the zip holds a part of that very name too.
    rels = files.WORKBOOK_RELS.replace(
        'Target="worksheets/sheet1.xml"', 'Target="../xl/worksheets/sheet2.xml"'
    )
    return files.workbook(
        path,
        extra={
            "xl/_rels/workbook.xml.rels": rels.encode(),
            "xl/worksheets/sheet2.xml": _named("Oikea Oy"),
            "xl/../xl/worksheets/sheet2.xml": _named("Väärä Oy"),
        },
    )


def _strings_elsewhere(path: Path) -> Path:
    # openpyxl finds the shared strings by their content type, calamine by a fixed name.
    types = files.CONTENT_TYPES.replace("/xl/sharedStrings.xml", "/xl/strings.xml")
    rels = files.WORKBOOK_RELS.replace('Target="sharedStrings.xml"', 'Target="strings.xml"')
    return files.workbook(
        path,
        sheet=iter([_sheet('<row r="2"><c r="A2" t="s"><v>0</v></c></row>')]),
        strings=iter([(files.STRINGS_START + "<si><t>Väärä Oy</t></si></sst>").encode()]),
        extra={
            "[Content_Types].xml": types.encode(),
            "xl/_rels/workbook.xml.rels": rels.encode(),
            "xl/strings.xml": (files.STRINGS_START + "<si><t>Oikea Oy</t></si></sst>").encode(),
        },
    )


@pytest.mark.parametrize("build", [_sheet_through_parent, _strings_elsewhere])
def test_a_package_that_leads_calamine_elsewhere_is_read_as_openpyxl_reads_it(
    tmp_path: Path, openpyxl_loads: list[bool], build: Callable[[Path], Path]
) -> None:
    path = build(tmp_path / "kaksi.xlsx")
    before = path.read_bytes()

    actors, problems = _seen(_read(path))

    # The part a spreadsheet program shows (and aspdesk read before calamine), not the other.
    assert actors == [(2, "Oikea Oy", "", "company", False)]
    assert problems == []
    assert openpyxl_loads == [True]
    assert path.read_bytes() == before


def test_an_ordinary_workbook_is_read_by_calamine_alone(
    tmp_path: Path, openpyxl_loads: list[bool]
) -> None:
    # The check above must not send every workbook to openpyxl (the speed is calamine's).
    batch = _read(_finnish_workbook(tmp_path / "toimijat.xlsx"))
    assert len(batch.actors) == 5
    assert openpyxl_loads == []


# -- 2. error values ------------------------------------------------------------------------


def test_an_error_value_is_read_as_its_text_and_judged_as_before(
    tmp_path: Path, openpyxl_loads: list[bool]
) -> None:
    sheet = _sheet(
        f'<row r="2">{_cell("A2", "Arctic Hub Oy")}<c r="B2" t="e"><v>#N/A</v></c>'
        f"{_cell('C2', 'Oy')}</row>",
        f'<row r="3">{_cell("A3", "Lapin Liitto")}{_cell("B3", "Rovaniemi")}'
        '<c r="C3" t="e"><v>#N/A</v></c></row>',
        start=START,
    )
    path = files.workbook(tmp_path / "virhe.xlsx", sheet=iter([sheet]))

    actors, problems = _seen(_read(path))

    # calamine would read both as empty: no municipality, and no kind to question.
    assert actors == [
        (2, "Arctic Hub Oy", "#N/A", "company", False),
        (3, "Lapin Liitto", "Rovaniemi", "#N/A", True),
    ]
    [(sheet_name, row, column, _message, values)] = problems
    assert (sheet_name, row, column, values) == ("Toimijat", 3, "Tyyppi", {"value": "#N/A"})
    assert openpyxl_loads == [True]


# -- 3. a sparse sheet past the grid limit --------------------------------------------------

# calamine makes a sheet one dense grid: this one's 20,000 x 16,384 cells would take over
# ten gigabytes, so the child may have three (a broken check ends it, not the machine).
SPARSE = """
import json, resource, sys
from pathlib import Path
import openpyxl
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.importing import xlsx_reading
from aspdesk.io.importing.formats import read_import

assert xlsx_reading.__file__.startswith(sys.argv[2]), xlsx_reading.__file__
loads = []
load = openpyxl.load_workbook
def counted(*args, **kwargs):
    loads.append(kwargs["data_only"])
    return load(*args, **kwargs)
openpyxl.load_workbook = counted
known = {v: builtin_codes(v) for v in Vocabulary}
batch = read_import(Path(sys.argv[1]), known_codes=known, terms=BUILTIN_TERMS)
print(json.dumps({
    "actors": [[c.row, c.entity.name, c.entity.municipality] for c in batch.actors],
    "problems": [[p.row, p.column, p.message] for p in batch.problems],
    "skipped": batch.skipped,
    "loads": loads,
}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="bounds the child's memory as Linux does")
def test_two_far_apart_cells_are_read_by_openpyxl_without_the_grid(tmp_path: Path) -> None:
    sheet = _sheet(
        f'<row r="2">{_cell("A2", "Arctic Hub Oy")}{_cell("B2", "Kemi")}</row>',
        f'<row r="20000">{_cell("XFD20000", "x")}</row>',  # past the header: nobody's
        start=START,
    )
    path = files.workbook(tmp_path / "harva.xlsx", sheet=iter([sheet]))
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    child = subprocess.run(
        [sys.executable, "-c", SPARSE, str(path), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )

    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout)
    assert result["actors"] == [[2, "Arctic Hub Oy", "Kemi"]]
    assert result["problems"] == []
    assert result["skipped"] == 19_998  # the rows between, as before
    assert result["loads"] == [True]


# -- 4. what calamine cannot read -----------------------------------------------------------


def _latin_1(path: Path) -> Path:
    # XML may be in any encoding it declares; calamine reads only UTF-8 and refuses this.
    start = files.SHEET_START.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    sheet = (start + f'<row r="2">{_cell("A2", "Sähkö Oy")}</row>' + files.SHEET_END).encode(
        "latin-1"
    )
    return files.workbook(path, sheet=iter([sheet]))


def _utf_16(path: Path) -> Path:
    # calamine reads a sheet in UTF-16 (which every XML reader must read) as empty, with
    # no error, when its text is all ASCII (it refuses one with "ä").
    start = files.SHEET_START.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    sheet = (start + f'<row r="2">{_cell("A2", "Sahko Oy")}</row>' + files.SHEET_END).encode(
        "utf-16"
    )
    return files.workbook(path, sheet=iter([sheet]))


@pytest.mark.parametrize(("build", "name"), [(_latin_1, "Sähkö Oy"), (_utf_16, "Sahko Oy")])
def test_a_sheet_calamine_cannot_read_is_read_by_openpyxl(
    tmp_path: Path, openpyxl_loads: list[bool], build: Callable[[Path], Path], name: str
) -> None:
    actors, problems = _seen(_read(build(tmp_path / "koodaus.xlsx")))

    assert actors == [(2, name, "", "company", False)]
    assert problems == []
    assert openpyxl_loads == [True]


class _Refused(Exception):
    """What a calamine call raises in the tests below."""


def _refuse(*_args: object, **_kwargs: object) -> Any:
    raise _Refused


@pytest.mark.parametrize("call", ["from_filelike", "get_sheet_by_name"])
def test_when_calamine_fails_openpyxl_gives_the_same_rows_and_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_loads: list[bool], call: str
) -> None:
    path = _finnish_workbook(tmp_path / "toimijat.xlsx")
    by_calamine = _seen(_read(path))
    assert openpyxl_loads == []

    monkeypatch.setattr(python_calamine.CalamineWorkbook, call, _refuse)
    by_openpyxl = _seen(_read(path))

    assert openpyxl_loads == [True]
    assert by_openpyxl == by_calamine
    assert len(by_calamine[0]) == 5 and len(by_calamine[1]) == 3


# -- 5. formulas ----------------------------------------------------------------------------


def test_formulas_never_calculated_are_still_reported(
    tmp_path: Path, openpyxl_loads: list[bool]
) -> None:
    # As a program that does not calculate writes them: a shared formula over B2:B3 with
    # no values; and one whose (plain number) value was stored, so that nothing else on the
    # sheet sends it to openpyxl.
    sheet = _sheet(
        f'<row r="2">{_cell("A2", "Arctic Hub Oy")}'
        '<c r="B2"><f t="shared" ref="B2:B3" si="0">UPPER(A2)</f></c></row>',
        f'<row r="3">{_cell("A3", "Lapin Liitto")}<c r="B3"><f t="shared" si="0"/></c></row>',
        f'<row r="4">{_cell("A4", "Tornion Panimo Oy")}<c r="B4"><f>LEN(A4)</f><v>17</v></c></row>',
        start=START,
    )
    path = files.workbook(tmp_path / "kaavat.xlsx", sheet=iter([sheet]))

    actors, problems = _seen(_read(path))

    assert actors == [
        (2, "Arctic Hub Oy", "", "company", True),
        (3, "Lapin Liitto", "", "company", True),
        (4, "Tornion Panimo Oy", "17", "company", False),
    ]
    assert [(p[1], p[2], p[3]) for p in problems] == [
        (2, "Kunta", UNCALCULATED),
        (3, "Kunta", UNCALCULATED),
    ]
    assert openpyxl_loads == [True, False]  # the values, then the formulas
