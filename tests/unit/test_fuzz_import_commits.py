"""Mutated import files of every importer, through reading, planning and a real commit.

For each importer (a CSV table, a coordinator's XLSX actor table, an aspdesk workbook,
GraphML, GEXF and a JSON backup) a real file is mutated in many ways: bytes flipped, cut
short or spliced, and, inside a workbook's zip or in the text, elements, lines and values
deleted, repeated or replaced by hostile ones (huge numbers, other encodings, NUL bytes,
broken references, formulas, rows past Excel's last). Each mutant goes the way of
``aspdesk import``: the map is opened, the file read with ``read_import``, planned (rows
with errors skipped) and committed into the map, half the time the sample map and half the
time an empty one. Allowed outcomes: a :class:`DataFileError` or :class:`StoreError` with a
message, or a clean import. A refusal must leave the map and the file byte for byte as they
were. Tracebacks are collected, not stopped at, so a run reports its figures:
``FUZZ_IMPORTS=10000 pytest -s tests/unit/test_fuzz_import_commits.py`` tries 10,000 files
per importer (default 30, for CI), ``FUZZ_FROM`` says from which case (so a long run can be
made in parts). The seed of each case is printed with any traceback.
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
import re
import shutil
import tempfile
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import all_translations, commit, plan_for, prepare
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.formats import export_snapshot
from aspdesk.io.importing.formats import read_import
from aspdesk.io.merging.planner import Decisions
from aspdesk.store.errors import StoreError
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.sample import write_sample

from .. import hostile_files

PER_IMPORTER = int(os.environ.get("FUZZ_IMPORTS", "30"))
# The first case tried: a long run can be split in parts (FUZZ_FROM=5000 FUZZ_IMPORTS=5000).
FIRST = int(os.environ.get("FUZZ_FROM", "0"))
# A long run prints its figures every so many files, so a stopped run has said what it saw.
PROGRESS_EVERY = 500
SEED = int(os.environ.get("FUZZ_SEED", "20"))
IMPORTERS = ["csv", "xlsx table", "aspdesk workbook", "graphml", "gexf", "json"]
SUFFIX = {
    "csv": ".csv",
    "xlsx table": ".xlsx",
    "aspdesk workbook": ".xlsx",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "json": ".json",
}

# Pieces that break readers in ways random bytes seldom do.
TOKENS = [
    b"",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xe4",
    "ä€😀\u2028".encode(),
    b'"',
    b";",
    b",",
    b"\r",
    b"\n",
    b"=SUM(A1:A9)",
    b"-1",
    b"0",
    b"1e400",
    b"NaN",
    b"99999999999999999999999",
    b"2015-02-30",
    b"&amp;",
    b"&lol;",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"<![CDATA[x]]>",
    b"</",
    b'<node id="a1"/>',
    b'<edge source="a1" target="a1"/>',
    b'<edge source="a1" target="nowhere"/>',
    b'<data key="d0">x</data>',
    b'<attvalue for="0" value="x"/>',
    b'<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
    b'<c r="A2" t="s"><v>999</v></c>',
    b'<c r="B2"><f>A1*2</f></c>',
    b'<c r="XFD2" t="b"><v>2</v></c>',
    b'<c r="A3" t="d"><v>yesterday</v></c>',
    b'<si><t xml:space="preserve"> </t></si>',
    b'<sheet name="Actors" sheetId="9" r:id="rId9"/>',
    b'{"id": 1}',
    b'"id": -5,',
    b"null",
    b"[[[[[[[[",
    b"]}",
]


# Values put in place of others: the structure of the file holds, so the mutant reaches
# planning and the commit, with values a form would refuse.
VALUES = [
    "",
    " ",
    "-1",
    "0",
    "3",
    "1.5",
    "1e400",
    "NaN",
    "99999999999999999999",
    "2015-02-30",
    "2038-01-19",
    "true",
    "maybe",
    "a1",
    "a999",
    "c1",
    "p1",
    "company",
    "funding",
    "coordinator",
    "member_company",
    "0245904-2",
    "1234567-0",
    "FI",
    "Lapin liitto",
    "LAPIN LIITTO",
    "ä€😀",
    "x" * 300,
    '=HYPERLINK("http://x")',
    "line\nbreak",
    "1; 2; 999",
    "#E69F00",
    "not a colour",
]
# A JSON value or key (group 2 marks a key), an XML attribute value (not a namespace) or
# text, a CSV field.
_JSON_VALUE = re.compile(
    rb'"(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null'
)
_XML_VALUE = re.compile(rb'(?<!xmlns)(?<!:\w\w)="([^"]*)"|>([^<]+)<')
_CSV_VALUE = re.compile(rb"[^;,\r\n]+")


@dataclass
class Figures:
    """What became of the files tried for one importer."""

    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    tracebacks: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # refusals that changed a file

    def line(self, importer: str) -> str:
        refused = self.outcomes["refused by reading"] + self.outcomes["refused by the store"]
        return (
            f"{importer:>16}: tried {self.tried}, refused {refused} "
            f"({self.outcomes['refused by reading']} reading, "
            f"{self.outcomes['refused by the store']} storing), imported "
            f"{self.outcomes['imported']} (and {self.outcomes['nothing new']} with nothing "
            f"new), tracebacks {len(self.tracebacks)}, files changed by a refusal "
            f"{len(self.changed)}"
        )


FIGURES: dict[str, Figures] = {}


@functools.cache
def originals() -> dict[str, bytes]:
    """The file each importer's mutants start from, and the two maps they go into."""
    folder = Path(tempfile.mkdtemp(prefix="aspdesk-fuzz-commit-"))
    write_sample(folder / "sample.aspmap")
    store = open_map(folder / "sample.aspmap", folder / "backups")
    snapshot = snapshot_of(store)
    store.close()
    create_map(folder / "empty.aspmap").close()
    files = {"sample map": (folder / "sample.aspmap").read_bytes()}
    files["empty map"] = (folder / "empty.aspmap").read_bytes()
    export_snapshot(snapshot, folder / "tables.csv")
    files["csv"] = (folder / "tables" / "actors.csv").read_bytes()
    for importer, suffix in (("aspdesk workbook", ".xlsx"), ("graphml", ".graphml")):
        export_snapshot(snapshot, folder / f"map{suffix}")
        files[importer] = (folder / f"map{suffix}").read_bytes()
    for suffix in (".gexf", ".json"):
        export_snapshot(snapshot, folder / f"map{suffix}")
        files[suffix[1:]] = (folder / f"map{suffix}").read_bytes()
    files["xlsx table"] = _coordinators_workbook(folder / "kumppanit.xlsx").read_bytes()
    shutil.rmtree(folder, ignore_errors=True)
    return files


def _coordinators_workbook(path: Path) -> Path:
    """An actor table as Excel writes one: shared strings, styles, a date, a formula."""
    strings = ["Nimi", "Y-tunnus", "Kunta", "Tyyppi", "Perustettu", "Lyhenne"]
    strings += ["Lapin liitto", "0245904-2", "Rovaniemi", "kunta", "Arctic Hub Oy", "Kemi"]
    strings += ["yritys", "Tornion Panimo Oy", "Tornio"]
    table = "".join(f"<si><t>{text}</t></si>" for text in strings)

    def row(number: int, cells: list[str]) -> str:
        return f'<row r="{number}">' + "".join(cells) + "</row>"

    def text(ref: str, index: int) -> str:
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    rows = [
        row(1, [text(f"{c}1", i) for i, c in enumerate("ABCDEF")]),
        row(2, [text("A2", 6), text("B2", 7), text("C2", 8), text("D2", 9)]),
        row(
            3, [text("A3", 10), text("C3", 11), text("D3", 12), '<c r="E3" s="1"><v>42370</v></c>']
        ),
        row(
            4,
            [
                text("A4", 13),
                text("C4", 14),
                text("D4", 12),
                '<c r="F4" t="str"><f>LEFT(A4,3)</f><v>Tor</v></c>',
            ],
        ),
    ]
    sheet = hostile_files.SHEET_START.replace(
        '<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nimi'
        "</t></is></c></row>",
        '<dimension ref="A1:F4"/><sheetData>',
    )
    sheet += "".join(rows) + hostile_files.SHEET_END
    styles = (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>"
    )
    return hostile_files.workbook(
        path,
        sheet=iter([sheet.encode()]),
        strings=iter([(hostile_files.STRINGS_START + table + "</sst>").encode()]),
        extra={"xl/styles.xml": styles.encode()},
    )


# -- mutations ---------------------------------------------------------------------------


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """Flips, a cut, a splice or a tail: what a broken disk or download does."""
    damaged = bytearray(data)
    kind = rng.randrange(4)
    if kind == 0 or not damaged:
        for _ in range(rng.randint(1, 8)):
            if damaged:
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    elif kind == 1:
        del damaged[rng.randrange(len(damaged)) :]
    elif kind == 2:
        start = rng.randrange(len(damaged))
        piece = damaged[start : start + rng.randint(1, 4096)]
        at = rng.randrange(len(damaged))
        damaged[at:at] = piece
    else:
        damaged += rng.randbytes(rng.randint(1, 64))
    return bytes(damaged)


def _mutate_text(data: bytes, rng: random.Random) -> bytes:
    """One to three edits of the kind a person, a program or an attacker makes."""
    text = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        if not text:
            text += rng.choice(TOKENS)
            continue
        at = rng.randrange(len(text))
        span = rng.randint(1, 200)
        kind = rng.randrange(5)
        if kind == 0:  # delete
            del text[at : at + span]
        elif kind == 1:  # repeat
            text[at:at] = text[at : at + span] * rng.randint(2, 50)
        elif kind == 2:  # insert a hostile piece
            text[at:at] = rng.choice(TOKENS)
        elif kind == 3:  # replace a number by another
            digits = [i for i in range(at, min(len(text), at + 2000)) if 48 <= text[i] <= 57]
            if digits:
                i = digits[0]
                text[i : i + 1] = rng.choice([b"0", b"-7", b"99999999999999999999", b"1.5"])
        else:  # swap two pieces
            other = rng.randrange(len(text))
            a, b = sorted((at, other))
            text[a : a + span], text[b : b + span] = text[b : b + span], text[a : a + span]
    return bytes(text)


def _mutate_values(data: bytes, rng: random.Random, kind: str) -> bytes:
    """One to five values replaced by others, written as the format writes them."""
    pattern = {"json": _JSON_VALUE, "xml": _XML_VALUE, "csv": _CSV_VALUE}[kind]
    found = list(pattern.finditer(data))
    if kind == "json":
        found = [match for match in found if match.group(1) is None]  # values, not keys
    elif kind == "xml" and rng.random() < 0.8:
        found = [match for match in found if match.group(2) is not None]  # texts
    if not found:
        return _mutate_text(data, rng)
    text = bytearray(data)
    chosen = rng.sample(found, min(len(found), rng.randint(1, 5)))
    for match in sorted(chosen, key=lambda each: each.start(), reverse=True):  # from the end
        value = rng.choice(VALUES)
        if kind == "json":
            literal = value if _is_json(value) else "null"  # a number, NaN, true...
            new = rng.choice([json.dumps(value), literal, "[]", "{}"]).encode()
            start, end = match.span()
        elif kind == "xml":
            group = 1 if match.group(1) is not None else 2
            new = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").encode()
            start, end = match.span(group)
        else:
            new, (start, end) = (
                value.encode(rng.choice(["utf-8", "cp1252", "utf-8"]), "replace"),
                match.span(),
            )
        text[start:end] = new
    return bytes(text)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Edit the text of one part inside the zip and pack it again (so that its checksum
    holds and openpyxl reads what was edited), sometimes dropping or adding a part."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    # The parts that hold the data are edited most.
    weights = [5 if "sheet" in n or "strings" in n.lower() or "workbook" in n else 1 for n in names]
    chosen = rng.choices(names, weights)[0]
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            part = source.read(name)
            if name == chosen:
                if rng.random() < 0.05:
                    continue  # a part missing
                if rng.random() < 0.6:
                    part = _mutate_values(part, rng, "xml")
                else:
                    part = _mutate_text(part, rng)
            out.writestr(name, part)
        if rng.random() < 0.05:
            out.writestr("xl/worksheets/sheet99.xml", rng.choice(TOKENS))
    return target.getvalue()


def mutant(importer: str, case: int) -> bytes:
    """The mutant number ``case`` of ``importer``'s file (the same for the same seed)."""
    rng = random.Random(f"{SEED}-{importer}-{case}")
    data = originals()[importer]
    choice = rng.random()
    if choice < 0.2:
        return _mutate_bytes(data, rng)
    if SUFFIX[importer] == ".xlsx":
        return _mutate_zip(data, rng)
    if choice < 0.45:
        return _mutate_text(data, rng)
    kind = {".csv": "csv", ".json": "json"}.get(SUFFIX[importer], "xml")
    return _mutate_values(data, rng, kind)


# -- trying one ---------------------------------------------------------------------------


def try_one(importer: str, case: int, folder: Path, figures: Figures) -> None:
    """Import mutant ``case`` as ``aspdesk import`` would, and record what became of it."""
    figures.tried += 1
    data = mutant(importer, case)
    source = folder / f"input{SUFFIX[importer]}"
    source.write_bytes(data)
    target = folder / "map.aspmap"
    map_bytes = originals()["sample map" if case % 2 else "empty map"]
    target.write_bytes(map_bytes)
    decisions = Decisions(take_file_always=case % 4 == 1, skip_errors=True)
    try:
        outcome = _import(source, target, folder, decisions)
    except (DataFileError, StoreError) as error:
        outcome = (
            "refused by reading" if isinstance(error, DataFileError) else "refused by the store"
        )
        assert error.text(), "a refusal carries a message for the user"
        if target.read_bytes() != map_bytes or source.read_bytes() != data:
            figures.changed.append(f"{importer} #{case}: {error.text()}")
    except Exception:  # noqa: BLE001 - every other exception is what this test looks for
        figures.tracebacks.append(f"{importer} #{case} (seed {SEED}):\n{traceback.format_exc()}")
        return
    figures.outcomes[outcome] += 1


def _import(source: Path, target: Path, folder: Path, decisions: Decisions) -> str:
    store = open_map(target, folder / "backups")
    try:
        batch = read_import(
            source,
            known_codes={v: {t.code for t in store.terms(v)} for v in Vocabulary},
            terms={v: store.terms(v) for v in Vocabulary},
            translations=all_translations(),
        )
        plan = plan_for(store, batch, decisions)
        assert len(plan.items) == batch.size, "every candidate gets a verdict"
        assert plan.ready, "with rows in error skipped, a plan may go ahead"
        prepared = prepare(plan, snapshot_of(store))
        if prepared.empty:
            return "nothing new"
        commit(store, prepared)
        store.counts()  # the map still reads
        return "imported"
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("importer", IMPORTERS)
def test_mutated_files_are_refused_untouched_or_imported_cleanly(
    importer: str, tmp_path: Path
) -> None:
    figures = FIGURES.setdefault(importer, Figures())
    for case in range(FIRST, FIRST + PER_IMPORTER):
        try_one(importer, case, tmp_path, figures)
        if figures.tried % PROGRESS_EVERY == 0 and PER_IMPORTER > PROGRESS_EVERY:
            print(f"\n[cases {FIRST}..{case}] {figures.line(importer)}", flush=True)
    print(f"\n[cases {FIRST}..{FIRST + PER_IMPORTER - 1}] {figures.line(importer)}")
    assert figures.tracebacks == [], "\n".join(figures.tracebacks[:3])
    assert figures.changed == [], figures.changed[:5]


def test_report_the_figures() -> None:
    print("\nmutated import files, per importer:")
    for importer in IMPORTERS:
        if importer in FIGURES:
            print(FIGURES[importer].line(importer))


def test_mutants_are_the_same_for_the_same_seed_and_differ_from_each_other() -> None:
    first = [mutant("graphml", case) for case in range(20)]
    assert first == [mutant("graphml", case) for case in range(20)]
    assert len(set(first)) > 15
