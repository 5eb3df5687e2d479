"""The zip check counts a sheet the same whether its tags carry a namespace prefix or not.

Sheets without prefixed tags (how Excel, LibreOffice and openpyxl write them) are counted
with patterns that leave the prefix out, which are faster; these tests hold both ways to
the same counts, on whole workbooks through :func:`check_workbook` and on random XML cut
into random chunks.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from aspdesk.io.errors import no_progress
from aspdesk.io.importing import limits, xlsx_preflight
from aspdesk.io.importing.xlsx_preflight import Preflight, _TagCounts, check_workbook

from .. import hostile_files as hostile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Yritys Oy</t></is></c><c r="C2"><v>12</v></c>'
    "</row>"
)
# Each shape sets one thing the check learns: formulas, odd values, the grid, empty rows.
SHAPES = {
    "plain": ROWS,
    "a formula": ROWS + '<row r="3"><c r="A3"><f>1+1</f></c></row>',
    "an error value": ROWS + '<row r="3"><c r="B3" t="e"><v>#N/A</v></c></row>',
    "far-apart cells": ROWS + '<row r="900"><c r="AZ900"><v>1</v></c></row>',
    "a cell that does not say where": ROWS + "<row><c><v>1</v></c></row><row/>",
    "a shared string": ROWS + '<row r="3"><c r="A3" t="s"><v>0</v></c></row>',
}


def _prefixed(sheet: str) -> str:
    """``sheet`` with every tag in the prefix ``x:``, as some generators write them."""
    return re.sub(r"<(/?)([A-Za-z]+)", r"<\1x:\2", sheet)


def _checked(folder: Path, name: str, sheet: str) -> Preflight:
    path = hostile.workbook(folder / f"{name}.xlsx", sheet=iter([sheet.encode()]))
    with path.open("rb") as handle:
        return check_workbook(path, handle, no_progress)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_sheet_is_checked_alike_with_and_without_prefixed_tags(
    tmp_path: Path, shape: str
) -> None:
    rows = SHAPES[shape]
    plain = _checked(
        tmp_path, "plain", f'<worksheet xmlns="{NS}"><sheetData>{rows}</sheetData></worksheet>'
    )
    prefixed = _checked(
        tmp_path,
        "prefixed",
        f'<x:worksheet xmlns:x="{NS}">'
        + _prefixed(f"<sheetData>{rows}</sheetData>")
        + "</x:worksheet>",
    )
    assert prefixed == plain
    assert ("Toimijat" in plain.with_formulas) == (shape == "a formula")
    assert ("Toimijat" in plain.with_odd_values) == (shape == "an error value")
    expected_grid = {"far-apart cells": 900 * 52, "a cell that does not say where": None}
    grid = expected_grid.get(shape, 3 * 3 if shape != "plain" else 2 * 3)
    assert plain.grids["Toimijat"] == (xlsx_preflight.UNBOUNDED if grid is None else grid)


def test_prefixed_tags_in_a_later_megabyte_are_counted_though_earlier_ones_were_plain(
    tmp_path: Path,
) -> None:
    filler = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{"x" * 90}</t></is></c></row>'
        for n in range(3, 20_000)
    )
    far = limits.EXCEL_ROWS + 1
    sheet = (
        f'<worksheet xmlns="{NS}" xmlns:x="{NS}"><sheetData>{ROWS}{filler}'
        f'<x:row r="{far}"><x:c r="A{far}"><x:f>1+1</x:f></x:c></x:row></sheetData></worksheet>'
    )
    assert len(sheet) > 2 * xlsx_preflight.MB
    checked = _checked(tmp_path, "late", sheet)
    assert checked.grids["Toimijat"] == far * 3
    assert checked.with_formulas == {"Toimijat"}


PIECES = [
    *("<row", "<c", "<v", "<is", "<f", "<si", "<t", "</c>", "</v>", "</row>", "<rows ", "<cc "),
    *("<x:", "<ns.a-b:", "<_:", "<x:row", ":", "<", ">", "/>", " ", "\t", "\n", "<1"),
    *(' r="', " r='", 'r = "', "12", "1.5e3", "-.5", "#N/A", "AB", "zz", '"', "'", "foo"),
    '<row r="99999999999999"',
]


def _counts(data: bytes, cuts: list[int]) -> tuple[object, ...]:
    counts = _TagCounts()
    for start, end in zip([0, *cuts], [*cuts, len(data)], strict=True):
        counts.add(data[start:end])
    fields = ("rows", "filled_rows", "cells", "strings", "formulas", "odd_values")
    fields += ("last_row", "last_column", "placed_cells")
    return (*(getattr(counts, name) for name in fields), counts.grid())


def test_random_chunks_are_counted_as_the_patterns_with_prefixes_count_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(22)
    cases = []
    for _ in range(3_000):
        data = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))).encode()
        cuts = sorted(rng.sample(range(len(data) + 1), min(len(data), rng.randint(0, 4))))
        cases.append((data, cuts))
    fast = [_counts(data, cuts) for data, cuts in cases]
    # Every chunk "has a prefixed tag": the patterns that allow prefixes count all of it.
    monkeypatch.setattr(xlsx_preflight, "_PREFIXED", re.compile(b""))
    assert [_counts(data, cuts) for data, cuts in cases] == fast
    assert sum(1 for data, _ in cases if b"<x:row" in data) > 100  # both ways were met
