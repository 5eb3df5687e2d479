"""Hostile import files are refused early, with the limit and the place, in little memory.

Each file is built here (``tests/hostile_files.py``) in the shape that once ran for minutes
and took gigabytes: a workbook of 20 million shared strings, a zip bomb, a million rows, a
million-node GraphML, a gigabyte of CSV, and more, each past one limit. Each is refused
through aspdesk's own reading path (``read_import``) and through ``aspdesk import``, which
leaves the map as it was; in a process of its own, each refusal stays under a gigabyte.
Seconds and megabytes to refusal are printed by ``tests/benchmarks/test_hostile_imports.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from aspdesk.cli import main
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io import import_limits as limits
from aspdesk.io import json_backup, reading, xlsx_preflight, xlsx_reading
from aspdesk.io.errors import Cancelled, DataFileError
from aspdesk.io.graph_parsing import TOO_MANY_NODES
from aspdesk.io.import_formats import read_import

from .. import hostile_files as hostile

KNOWN = {v: builtin_codes(v) for v in Vocabulary}
GIGABYTE = 1024**3

# (builder, the message's template, values it must hold)
HOSTILE: dict[str, tuple[Callable[[Path], Path], str, dict[str, str]]] = {
    "20 million shared strings": (
        hostile.shared_strings,
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/sharedStrings.xml", "limit": "128"},
    ),
    "1.2 million shared strings": (
        lambda folder: hostile.shared_strings(folder, 1_200_000),
        xlsx_preflight.TOO_MANY_STRINGS,
        {"limit": limits.shown(limits.MAX_SHARED_STRINGS)},
    ),
    "zip bomb of 1 GB": (
        hostile.zip_bomb,
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/worksheets/sheet1.xml", "size": "1\u202f024", "limit": "128"},
    ),
    "a million rows": (
        hostile.million_rows,
        limits.TOO_MANY_ROWS,
        {"table": "Toimijat", "limit": limits.shown(limits.MAX_ROWS)},
    ),
    "rows 16,384 cells wide": (
        hostile.wide_rows,
        limits.TOO_WIDE,
        {"table": "Toimijat", "limit": limits.shown(limits.MAX_SPAN)},
    ),
    "a row past Excel's last": (
        hostile.far_row,
        limits.TOO_MANY_SHEET_ROWS,
        {"table": "Toimijat", "limit": limits.shown(limits.EXCEL_ROWS)},
    ),
    "40 MB of styles": (
        hostile.huge_styles,
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/styles.xml", "limit": "16"},
    ),
    "20 MB drawing of a chart sheet": (
        hostile.chart_sheet_drawing,
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/worksheets/drawing.xml", "limit": "16"},
    ),
    "a big sheet without its size": (
        hostile.sheet_without_size,
        xlsx_preflight.SHEET_WITHOUT_SIZE,
        {"table": "Toimijat", "limit": "16"},
    ),
    "10,001 parts": (
        hostile.many_parts,
        xlsx_preflight.TOO_MANY_PARTS,
        {"limit": limits.shown(limits.MAX_PARTS)},
    ),
    "a million GraphML nodes": (
        hostile.million_nodes,
        TOO_MANY_NODES,
        {"limit": limits.shown(limits.MAX_NODES)},
    ),
    "a million GEXF nodes": (
        lambda folder: hostile.million_nodes(folder, suffix=".gexf"),
        TOO_MANY_NODES,
        {"limit": limits.shown(limits.MAX_NODES)},
    ),
    "a CSV of 1 GB": (hostile.huge_csv, reading.TOO_LARGE, {"limit": "64"}),
    "six million JSON values": (
        hostile.json_values,
        json_backup.TOO_MANY_VALUES,
        {"limit": limits.shown(limits.MAX_JSON_VALUES)},
    ),
}
# The files of the issue, also refused through ``aspdesk import``.
ISSUE = [
    "20 million shared strings",
    "zip bomb of 1 GB",
    "a million rows",
    "a million GraphML nodes",
    "a CSV of 1 GB",
]


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_refused_with_the_limit_and_where(tmp_path: Path, case: str) -> None:
    build, template, values = HOSTILE[case]
    path = build(tmp_path)

    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert raised.value.template == template
    assert raised.value.where == path.name
    assert {key: str(raised.value.values[key]) for key in values} == values


@pytest.mark.parametrize("case", ISSUE)
def test_aspdesk_import_refuses_it_and_leaves_the_map_as_it_was(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path = HOSTILE[case][0](tmp_path)
    target = tmp_path / "map.aspmap"
    target.write_bytes(sample_file.read_bytes())
    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert main(["import", str(target), str(path), "--lang", "en"]) == 1

    assert capsys.readouterr().err.strip() == f"aspdesk import: {raised.value.text()}"
    assert target.read_bytes() == sample_file.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_import_stays_under_a_gigabyte(
    sample_file: Path, tmp_path: Path, aspdesk_home: Path, case: str
) -> None:
    path = HOSTILE[case][0](tmp_path)
    target = tmp_path / "map.aspmap"
    target.write_bytes(sample_file.read_bytes())
    output = tmp_path / "output.txt"

    command = [sys.executable, "-m", "aspdesk", "import", str(target), str(path)]
    peak, code = _peak_of(command, output)

    assert code == 1, output.read_text()
    assert "aspdesk import: " in output.read_text()
    assert peak < GIGABYTE, f"{case}: {peak / 2**20:.0f} MB"


def _peak_of(command: list[str], output: Path) -> tuple[int, int]:
    """The peak resident memory (bytes) and exit code of ``command`` run to its end.

    ``os.wait4`` gives the child's own resource use, as ``getrusage(RUSAGE_CHILDREN)``
    would after it, without counting any other child this test run has waited for.
    """
    with output.open("wb") as sink:
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=os.environ)
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss * 1024, child.returncode


def test_a_formatted_cell_far_to_the_right_does_not_widen_the_table(tmp_path: Path) -> None:
    path = tmp_path / "kumppanit.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Kunta"])
    sheet.cell(row=1, column=16_384).font = Font(bold=True)  # a stray click at XFD1
    for n in range(3_000):
        sheet.append([f"Yritys {n} Oy", "Kemi"])
    workbook.save(path)

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert len(batch.actors) == 3_000 and batch.problems == []


def test_cancel_works_while_the_workbook_loads(tmp_path: Path) -> None:
    # A workbook of a few rows and many shared strings: all of its time is loading, and
    # no row is read before the first chance to cancel.
    path = hostile.shared_strings(tmp_path, 200_000)
    calls: list[tuple[int, int]] = []

    def cancel_at_once(done: int, total: int) -> None:
        calls.append((done, total))
        raise Cancelled

    with pytest.raises(Cancelled):
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS, progress=cancel_at_once)
    assert len(calls) == 1


def test_cancel_works_while_openpyxl_reads_the_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The zip check passes; the first read openpyxl makes is a chance to cancel.
    path = hostile.shared_strings(tmp_path, 200_000)
    monkeypatch.setattr(xlsx_reading, "check_workbook", _passes)
    calls: list[str] = []

    def cancel_while_loading(done: int, total: int) -> None:
        calls.append("progress")
        raise Cancelled

    with pytest.raises(Cancelled):
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS, progress=cancel_while_loading)
    assert calls == ["progress"]


def _passes(*_args: object) -> xlsx_preflight.Preflight:
    return xlsx_preflight.Preflight()
