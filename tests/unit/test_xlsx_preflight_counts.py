"""The zip check counts a sheet the same whether its tags carry a namespace prefix or not,
and whether its rows and cells are written plainly or not.

Sheets without prefixed tags (how Excel, LibreOffice and openpyxl write them) are counted
with patterns that leave the prefix out, and those whose every row and cell starts
``<row r="`` and ``<c r="`` by counting bytes; both are faster. These tests hold the three
ways to the same counts, on whole workbooks through :func:`check_workbook` and on random
XML cut into random chunks.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from aspdesk.io.errors import no_progress
from aspdesk.io.importing import limits, xlsx_preflight, xlsx_tags
from aspdesk.io.importing.xlsx_preflight import Preflight, check_workbook
from aspdesk.io.importing.xlsx_tags import TagCounts

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
    assert plain.grids["Toimijat"] == (xlsx_tags.UNBOUNDED if grid is None else grid)


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
    counts = TagCounts()
    for start, end in zip([0, *cuts], [*cuts, len(data)], strict=True):
        counts.add(data[start:end])
    fields = ("rows", "filled_rows", "cells", "strings", "formulas", "odd_values")
    fields += ("last_row", "last_column", "placed_cells")
    return (*(getattr(counts, name) for name in fields), counts.grid())


def _cut(rng: random.Random, data: bytes, most: int) -> tuple[bytes, list[int]]:
    """``data`` and up to ``most`` places to cut it into chunks, drawn by ``rng``."""
    return data, sorted(rng.sample(range(len(data) + 1), min(len(data), rng.randint(0, most))))


def test_random_chunks_are_counted_as_the_patterns_with_prefixes_count_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(22)
    cases = [
        _cut(rng, "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))).encode(), 4)
        for _ in range(3_000)
    ]
    fast = [_counts(data, cuts) for data, cuts in cases]
    # Every chunk "has a prefixed tag": the patterns that allow prefixes count all of it.
    monkeypatch.setattr(xlsx_tags, "_PREFIXED", re.compile(b""))
    assert [_counts(data, cuts) for data, cuts in cases] == fast
    assert sum(1 for data, _ in cases if b"<x:row" in data) > 100  # both ways were met


def _sheet_rows(rng: random.Random) -> bytes:
    """Rows much as writers write them, plainly but for a few (a row or cell without its
    place first, other tags starting "<row" or "<c"), some empty, some with formulas."""
    cells = (
        '<c r="{col}{n}" t="inlineStr"><is><t>x</t></is></c>',
        '<c r="{col}{n}"><v>12</v></c>',
        '<c r="{col}{n}" s="1"><f>1+1</f><v>2</v></c>',
        '<c r="{col}{n}"/>',
        '<c r="{col}{n}" t="e"><v>#N/A</v></c>',
        '<c r="{col}{n}" t="s"><v>0</v></c>',
    )
    odd_cells = ('<c t="s" r="{col}{n}"><v>1</v></c>', "<c><v>1</v></c>", '<col min="1"/>')
    rows = ('<row r="{n}">', '<row r="{n}" spans="1:3">')
    odd_rows = ('<row spans="1:2" r="{n}">', "<row>", '<rowBreaks count="0"/><row r="{n}">')
    out = []
    for n in range(1, rng.randint(1, 40)):
        if rng.random() < 0.1:
            out.append(f'<row r="{n}"/>')
            continue
        odd = rng.random() < 0.03
        out.append(rng.choice(odd_rows if odd else rows).format(n=n))
        for col in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: rng.randint(0, 6)]:
            odd = rng.random() < 0.01
            out.append(rng.choice(odd_cells if odd else cells).format(col=col, n=n))
        out.append("</row>")
    strings = "".join("<si><t>s</t></si>" for _ in range(rng.randint(0, 3)))
    return ("<sheetData>" + "".join(out) + "</sheetData>" + strings).encode()


def test_plainly_written_chunks_are_counted_as_the_general_patterns_count_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    cases = [_cut(rng, _sheet_rows(rng), 5) for _ in range(1_500)]
    taken = {True: 0, False: 0}
    plainly = TagCounts._add_plainly_written

    def counted(self: TagCounts, data: bytes, cut: int) -> bool:
        result = plainly(self, data, cut)
        taken[result] += 1
        return result

    monkeypatch.setattr(TagCounts, "_add_plainly_written", counted)
    fast = [_counts(data, cuts) for data, cuts in cases]
    assert taken[True] > 2_000 and taken[False] > 300  # both ways were met, often
    monkeypatch.setattr(TagCounts, "_add_plainly_written", lambda *_: False)
    assert [_counts(data, cuts) for data, cuts in cases] == fast
    monkeypatch.setattr(xlsx_tags, "_PREFIXED", re.compile(b""))
    assert [_counts(data, cuts) for data, cuts in cases] == fast
    assert any(c[1] < c[0] for c in fast) and any(c[4] for c in fast)  # empty rows, formulas
