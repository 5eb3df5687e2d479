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
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from aspdesk.cli.main import main
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io import json_backup_messages as backup_messages
from aspdesk.io.errors import Cancelled, DataFileError
from aspdesk.io.importing import limits as limits
from aspdesk.io.importing import reading, xlsx_preflight, xlsx_reading
from aspdesk.io.importing.formats import read_import
from aspdesk.io.importing.graph_parsing import TOO_MANY_NODES

from .. import hostile_files as hostile

KNOWN = {v: builtin_codes(v) for v in Vocabulary}
GIGABYTE = 1024**3

# The message's template, and values it must hold, of each file of hostile_files.ALL.
EXPECTED: dict[str, tuple[str, dict[str, str]]] = {
    "20 million shared strings": (
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/sharedStrings.xml", "limit": "128"},
    ),
    "zip bomb of 1 GB": (
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/worksheets/sheet1.xml", "size": "1\u202f024", "limit": "128"},
    ),
    "a million rows": (
        limits.TOO_MANY_ROWS,
        {"table": "Toimijat", "limit": limits.shown(limits.MAX_ROWS)},
    ),
    "a million GraphML nodes": (TOO_MANY_NODES, {"limit": limits.shown(limits.MAX_NODES)}),
    "a CSV of 1 GB": (reading.TOO_LARGE, {"limit": "64"}),
    "1.2 million shared strings": (
        xlsx_preflight.TOO_MANY_STRINGS,
        {"limit": limits.shown(limits.MAX_SHARED_STRINGS)},
    ),
    "rows 16,384 cells wide": (
        limits.TOO_WIDE,
        {"table": "Toimijat", "limit": limits.shown(limits.MAX_SPAN)},
    ),
    "a row past Excel's last": (
        limits.TOO_MANY_SHEET_ROWS,
        {"table": "Toimijat", "limit": limits.shown(limits.EXCEL_ROWS)},
    ),
    "40 MB of styles": (xlsx_preflight.PART_TOO_LARGE, {"part": "xl/styles.xml", "limit": "16"}),
    "20 MB drawing of a chart sheet": (
        xlsx_preflight.PART_TOO_LARGE,
        {"part": "xl/worksheets/drawing.xml", "limit": "16"},
    ),
    "10,001 parts": (xlsx_preflight.TOO_MANY_PARTS, {"limit": limits.shown(limits.MAX_PARTS)}),
    "a million GEXF nodes": (TOO_MANY_NODES, {"limit": limits.shown(limits.MAX_NODES)}),
    "six million JSON values": (
        backup_messages.TOO_MANY_VALUES,
        {"limit": limits.shown(limits.MAX_JSON_VALUES)},
    ),
}


# The files that take seconds to build and refuse are for the full run (-m slow).
HEAVY = {"a million GraphML nodes", "zip bomb of 1 GB", "a row past Excel's last"}


def _cases(names: list[str]) -> list[object]:
    return [pytest.param(n, marks=pytest.mark.slow) if n in HEAVY else n for n in names]


def test_every_hostile_file_has_its_expected_message() -> None:
    assert list(EXPECTED) == list(hostile.ALL)


@pytest.mark.parametrize("case", _cases(list(hostile.ALL)))
def test_hostile_file_is_refused_with_the_limit_and_where(tmp_path: Path, case: str) -> None:
    template, values = EXPECTED[case]
    path = hostile.ALL[case](tmp_path)

    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert raised.value.template == template
    assert raised.value.where == path.name
    assert {key: str(raised.value.values[key]) for key in values} == values


@pytest.mark.parametrize("case", _cases(hostile.ISSUE))
def test_aspdesk_import_refuses_it_and_leaves_the_map_as_it_was(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path = hostile.ALL[case](tmp_path)
    target = tmp_path / "map.aspmap"
    target.write_bytes(sample_file.read_bytes())
    with pytest.raises(DataFileError) as raised:
        read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert main(["import", str(target), str(path), "--lang", "en"]) == 1

    assert capsys.readouterr().err.strip() == f"aspdesk import: {raised.value.text()}"
    assert target.read_bytes() == sample_file.read_bytes()


# ``aspdesk import`` run as its own command, reporting its memory's high-water mark when it
# ends. ``getrusage(RUSAGE_CHILDREN)`` (or ``os.wait4``) over-counts on Linux: a child's
# ru_maxrss also holds what its parent (this test run, hundreds of MB) had when it forked,
# so it is printed as an upper bound and VmHWM, which starts afresh, is asserted.
COMMAND = """
import atexit, sys
from pathlib import Path
from aspdesk.cli.main import main

def report():
    status = Path("/proc/self/status")
    peak = [l for l in status.read_text().splitlines() if l.startswith("VmHWM:")]
    print("peak KB", peak[0].split()[1] if peak else "0", file=sys.stderr)

atexit.register(report)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc")
@pytest.mark.parametrize("case", list(hostile.ALL))
def test_hostile_import_stays_under_a_gigabyte(
    sample_file: Path, tmp_path: Path, aspdesk_home: Path, case: str
) -> None:
    path = hostile.ALL[case](tmp_path)
    target = tmp_path / "map.aspmap"
    target.write_bytes(sample_file.read_bytes())
    output = tmp_path / "output.txt"

    command = [sys.executable, "-c", COMMAND, "import", str(target), str(path)]
    upper_bound, code = _peak_of(command, output)

    text = output.read_text()
    assert code == 1, text
    assert "aspdesk import: " in text
    peak = int(text.rsplit("peak KB ", 1)[1].split()[0]) * 1024
    print(f"\n{case}: peak {peak / 2**20:.0f} MB (ru_maxrss: {upper_bound / 2**20:.0f} MB)")
    assert 0 < peak < GIGABYTE, f"{case}: {peak / 2**20:.0f} MB"
    assert target.read_bytes() == sample_file.read_bytes()


def _peak_of(command: list[str], output: Path) -> tuple[int, int]:
    """The ru_maxrss (bytes) and exit code of ``command`` run to its end."""
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


def test_past_ten_thousand_problems_are_counted_and_their_rows_still_blocked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A business ID with a wrong check digit on every row: 12,000 problems, each small.
    path = tmp_path / "virheet.csv"
    rows = "".join(f"Yritys {n} Oy;1234567-0\n" for n in range(12_000))
    path.write_text("Nimi;Y-tunnus\n" + rows, encoding="utf-8")

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert len(batch.problems) == limits.MAX_PROBLEMS
    assert batch.problems.total == 12_000
    assert all(candidate.blocked for candidate in batch.actors)

    assert main(["import", str(tmp_path / "new.aspmap"), str(path), "--dry-run"]) == 1
    assert "  … and 11800 more\n" in capsys.readouterr().out


def test_a_graph_node_past_ten_thousand_problems_is_still_blocked(tmp_path: Path) -> None:
    nodes = "".join(f'<node id="n{n}"><data key="b">1234567-0</data></node>' for n in range(10_500))
    path = tmp_path / "verkko.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="b" for="node" attr.name="business_id"/>'
        f'<graph edgedefault="undirected">{nodes}</graph></graphml>',
        encoding="utf-8",
    )

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    assert batch.problems.total == 10_500 and len(batch.problems) == limits.MAX_PROBLEMS
    assert all(candidate.blocked for candidate in batch.actors)
