"""How fast a 10,000-row XLSX actor list is read for import, against the readers beneath.

The file is a coordinator's actor list as openpyxl's write-only mode saves it (one sheet,
eleven columns, no ``<dimension>`` element). One run prints aspdesk's whole import preview
(read and plan, as ``aspdesk import`` and the window's preview do it), python-calamine
reading the raw cells, openpyxl read-only reading them, and the ratios (run with ``-s``);
best of a few runs each, since the machine is shared. Asserts the results, never a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from aspdesk.app.importing import plan_for
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.importing.formats import read_import
from aspdesk.store.opening import create_map

from .generate import MUNICIPALITIES
from .test_import_speed import _valid_business_id

pytestmark = pytest.mark.benchmark

ROWS = 10_000
HEADERS = (
    "Nimi",
    "Lyhenne",
    "Tyyppi",
    "Y-tunnus",
    "Kunta",
    "Maa",
    "Verkkosivu",
    "Sähköposti",
    "Puhelin",
    "Tunnisteet",
    "Kuvaus",
)
KINDS = ("yritys", "oppilaitos", "kunta", "yhdistys", "rahoittaja")


def _actor_list(path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Toimijat")
    sheet.append(HEADERS)
    for n in range(ROWS):
        sheet.append(
            (
                f"Yritys {n:05d} Oy",
                f"Y{n}",
                KINDS[n % len(KINDS)],
                _valid_business_id(n),
                MUNICIPALITIES[n % len(MUNICIPALITIES)],
                "Suomi",
                f"https://yritys{n}.example.fi",
                f"info@yritys{n}.example.fi",
                f"+358 40 {n:07d}",
                "matkailu, vienti",
                f"Toimija numero {n}, joka tekee yhteistyötä klusterissa.",
            )
        )
    book.save(path)


def _best(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def _calamine_rows(path: Path) -> int:
    with CalamineWorkbook.from_path(str(path)) as book:
        return len(book.get_sheet_by_name("Toimijat").to_python(skip_empty_area=False))


def _openpyxl_rows(path: Path) -> int:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book["Toimijat"]
        sheet.reset_dimensions()  # no <dimension>: as aspdesk reads it
        return sum(1 for _ in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def test_xlsx_actor_list_against_its_readers(tmp_path: Path) -> None:
    source = tmp_path / "toimijat.xlsx"
    _actor_list(source)
    store = create_map(tmp_path / "map.aspmap")
    known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
    terms = {v: store.terms(v) for v in Vocabulary}

    def preview() -> object:
        batch = read_import(source, known_codes=known, terms=terms)
        assert batch.problems == [] and len(batch.actors) == ROWS
        plan = plan_for(store, batch)
        assert plan.ready
        return plan

    whole, _ = _best(2, preview)
    calamine, calamine_rows = _best(3, lambda: _calamine_rows(source))
    openpyxl, openpyxl_rows = _best(2, lambda: _openpyxl_rows(source))
    store.close()
    assert calamine_rows == openpyxl_rows == ROWS + 1
    print(
        f"\nXLSX actor list of {ROWS:,} rows ({source.stat().st_size / 1e6:.1f} MB): "
        f"aspdesk's import preview (read + plan) {whole:.2f} s; "
        f"python-calamine reading it {calamine:.3f} s; openpyxl read-only {openpyxl:.2f} s; "
        f"aspdesk / calamine {whole / calamine:.1f}, aspdesk / openpyxl {whole / openpyxl:.2f}, "
        f"openpyxl / calamine {openpyxl / calamine:.1f}"
    )
