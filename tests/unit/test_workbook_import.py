"""Reading an aspdesk XLSX export back: what a user who exported, edited and imports gets."""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QTranslator

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.data_files import resource
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.text import VALIDATION_CONTEXT
from aspdesk.domain.validation import BUSINESS_ID_CHECK_DIGIT, SELF_RELATION
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.spreadsheet_export import write_xlsx
from aspdesk.io.importing.batch import END_FIELDS, Candidate, ImportBatch, ends_of, entity_key
from aspdesk.io.importing.spreadsheet_import import BAD_ID, NAME_MISSING
from aspdesk.io.importing.workbook_cells import NOT_A_DATE, NOT_YES_OR_NO, UNKNOWN_ROLE
from aspdesk.io.importing.workbook_import import DUPLICATE_ROW_ID, EMPTY_CELL, read_workbook
from aspdesk.io.json_backup_messages import NO_SUCH_ACTOR
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore

Translate = Callable[[str, str], str]
SECTIONS = {
    EntityType.ACTOR: "actors",
    EntityType.CLUSTER: "clusters",
    EntityType.CONTACT: "contacts",
    EntityType.MEMBERSHIP: "memberships",
    EntityType.RELATIONSHIP: "relationships",
    EntityType.PROJECT: "projects",
    EntityType.PROJECT_PARTNER: "project_partners",
}
NOT_STORED = {"id", "created_at", "updated_at"}


@pytest.fixture
def snapshot(sample_store: MapStore) -> MapSnapshot:
    """The sample map, with the values it lacks: positions, a pinned node, risky text,
    a PIC, amounts and budget shares."""
    sample = snapshot_of(sample_store)
    first, *actors = sample.actors
    first = replace(
        first,
        short_name="=LL",  # would run as a formula unless the export guards it
        notes="  First line\n\tsecond line\n",
        pic="999999999",
        x=12.5,
        y=-3.25,
        pinned=True,
    )
    cluster, *clusters = sample.clusters
    tie, *ties = sample.relationships
    project, *projects = sample.projects
    lead, *partners = sample.project_partners
    return replace(
        sample,
        actors=(first, *actors),
        clusters=(replace(cluster, x=0.0, y=100.0, colour="#1F77B4"), *clusters),
        relationships=(replace(tie, directed=True, strength=1), *ties),
        projects=(
            replace(project, budget=812_345.5, grant=568_641.85, call_id="=A1", x=-7.5, y=2.0),
            *projects,
        ),
        project_partners=(replace(lead, budget_share=37.5), *partners),
    )


@pytest.fixture(scope="module")
def finnish() -> Translate:
    """The shipped Finnish translations, as the app's translate function gives them."""
    translator = QTranslator()
    assert translator.load(str(resource("translations", "aspdesk_fi.qm")))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text)

    return translate


def _codes(snapshot: MapSnapshot) -> dict[Vocabulary, Collection[str]]:
    return {v: {t.code for t in terms} for v, terms in snapshot.terms.items()}


def _read(path: Path, snapshot: MapSnapshot, *translations: Translate) -> ImportBatch:
    batch = read_workbook(path, known_codes=_codes(snapshot), translations=translations)
    assert batch is not None
    return batch


def _entities(snapshot: MapSnapshot, entity_type: EntityType) -> tuple[Entity, ...]:
    entities: tuple[Entity, ...] = getattr(snapshot, SECTIONS[entity_type])
    return entities


def _filled(entity: Entity) -> frozenset[str]:
    """The fields the export writes a non-empty cell for."""
    ends = set(END_FIELDS[entity.entity_type])
    return frozenset(
        f.name
        for f in fields(entity)
        if f.name not in NOT_STORED | ends and getattr(entity, f.name) not in ("", None, ())
    )


def _in_15_digits(entity: Entity) -> Entity:
    """``entity`` with its position to 15 significant digits: what a spreadsheet keeps (Excel,
    and openpyxl writing for it, hold 15; 0.1 + 0.2 is written as 0.3)."""
    changes = {
        name: float(f"{getattr(entity, name):.15g}")
        for name in ("x", "y")
        if isinstance(getattr(entity, name, None), float)
    }
    return replace(entity, **changes)  # type: ignore[type-var]


def _assert_same_map(batch: ImportBatch, snapshot: MapSnapshot, file: str) -> None:
    assert batch.file == file
    assert batch.keeps_ids
    assert batch.name == snapshot.name
    assert batch.problems == []
    assert batch.blocked_count == 0
    assert batch.skipped == 0
    for entity_type in EntityType:
        candidates = batch.section(entity_type)
        entities = _entities(snapshot, entity_type)
        assert len(candidates) == len(entities) > 0, entity_type
        for candidate, entity in zip(candidates, entities, strict=True):
            ends = END_FIELDS[entity_type]
            unset = {name: None if name == "coordinator_id" else 0 for name in ends}
            times = {n: None for n in ("created_at", "updated_at") if hasattr(entity, n)}
            expected = replace(entity, **times, **unset)
            assert candidate.key == entity_key(entity_type, entity.id)
            assert _in_15_digits(candidate.entity) == _in_15_digits(expected)
            assert candidate.ends == ends_of(entity)
            assert candidate.provided == _filled(entity), candidate.key
            assert not candidate.blocked


def test_an_export_reads_back_as_the_same_map(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "kartta.xlsx"
    write_xlsx(snapshot, path)

    batch = _read(path, snapshot)

    _assert_same_map(batch, snapshot, "kartta.xlsx")
    first = batch.actors[0]
    assert (first.entity.short_name, first.entity.notes) == ("=LL", "  First line\n\tsecond line\n")
    assert batch.clusters[0].ends == ("a2",)
    assert batch.memberships[0].ends == ("a1", "c1")
    assert (first.sheet, first.row) == ("Actors", 2)


def test_a_finnish_export_reads_back_where_finnish_is_known(
    snapshot: MapSnapshot, tmp_path: Path, finnish: Translate
) -> None:
    path = tmp_path / "kartta.xlsx"
    write_xlsx(snapshot, path, language="fi", translate=finnish)
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert workbook.sheetnames[:2] == ["Toimijat", "Klusterit"]
    workbook.close()

    _assert_same_map(_read(path, snapshot, finnish), snapshot, "kartta.xlsx")
    assert read_workbook(path, known_codes=_codes(snapshot)) is None


def test_an_english_export_reads_on_a_finnish_desktop(
    snapshot: MapSnapshot, tmp_path: Path, finnish: Translate
) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(snapshot, path)

    _assert_same_map(_read(path, snapshot, finnish), snapshot, "map.xlsx")


# --- an edited workbook -----------------------------------------------------------------


def _column(sheet: Any, header: str) -> int:
    return next(cell.column for cell in sheet[1] if cell.value == header)


def _move_column_to_end(sheet: Any, header: str) -> None:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    index = rows[0].index(header)
    sheet.delete_rows(1, sheet.max_row)
    for row in rows:
        sheet.append(row[:index] + row[index + 1 :] + [row[index]])


def _edit(path: Path) -> None:
    """What a user might do to an export: mistakes, additions, a moved column."""
    workbook = openpyxl.load_workbook(path)
    actors = workbook["Actors"]
    name, kind = _column(actors, "Name"), _column(actors, "Kind")
    business_id = _column(actors, "Business ID")
    actors.cell(row=3, column=business_id, value="1234567-0")
    last = actors.max_row
    # An empty row, then a new actor without an ID, a copy of actor 1 and one without a name.
    actors.cell(row=last + 2, column=name, value="Uusi Oy")
    actors.cell(row=last + 2, column=kind, value="company")
    actors.cell(row=last + 2, column=_column(actors, "X"), value="12,5")
    actors.cell(row=last + 2, column=_column(actors, "Pinned"), value="kyllä")
    actors.cell(row=last + 3, column=1, value=1)
    actors.cell(row=last + 3, column=name, value="Lapin liitto again")
    actors.cell(row=last + 3, column=kind, value="authority")
    actors.cell(row=last + 4, column=kind, value="company")
    actors.cell(row=last + 9, column=name, value="   ")  # blank rows at the end are no data

    clusters = workbook["Clusters"]
    clusters.append(["C-9", "Uusi klusteri"])

    memberships = workbook["Memberships"]
    _move_column_to_end(memberships, "Role")
    memberships.cell(row=4, column=_column(memberships, "Role"), value="boss")

    ties = workbook["Relationships"]
    ties.cell(row=2, column=_column(ties, "Start date"), value="31.2.2015")
    ties.cell(row=3, column=_column(ties, "From (actor ID)"), value=99999)
    source = ties.cell(row=4, column=_column(ties, "From (actor ID)")).value
    ties.cell(row=4, column=_column(ties, "To (actor ID)"), value=source)
    ties.cell(row=5, column=_column(ties, "Type")).value = None
    ties.cell(row=6, column=_column(ties, "Directed"), value="maybe")

    contacts = workbook["Contacts"]
    contacts.cell(row=2, column=_column(contacts, "Name"), value="  ")
    workbook.save(path)


def test_an_edited_workbook_reports_each_problem_where_it_is(
    snapshot: MapSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "edited.xlsx"
    write_xlsx(snapshot, path)
    _edit(path)

    batch = _read(path, snapshot)

    last = len(snapshot.actors) + 1
    found = [(p.sheet, p.row, p.column, p.message, dict(p.values)) for p in batch.problems]
    assert found == [
        ("Actors", 3, "Business ID", BUSINESS_ID_CHECK_DIGIT, {}),
        ("Actors", last + 3, "ID", DUPLICATE_ROW_ID, {"id": "1"}),
        ("Actors", last + 4, "Name", NAME_MISSING, {}),
        ("Clusters", len(snapshot.clusters) + 2, "ID", BAD_ID, {"value": "C-9"}),
        ("Memberships", 4, "Role", UNKNOWN_ROLE, {"value": "boss"}),
        ("Relationships", 2, "Start date", NOT_A_DATE, {"value": "31.2.2015"}),
        ("Relationships", 3, "From (actor ID)", NO_SUCH_ACTOR, {"id": "99999"}),
        ("Relationships", 4, "To (actor ID)", SELF_RELATION, {}),
        ("Relationships", 5, "Type", EMPTY_CELL, {}),
        ("Relationships", 6, "Directed", NOT_YES_OR_NO, {"value": "maybe"}),
        ("Contacts", 2, "Name", NAME_MISSING, {}),
    ]
    contexts = {p.message: p.context for p in batch.problems}
    assert contexts[BUSINESS_ID_CHECK_DIGIT] == contexts[SELF_RELATION] == VALIDATION_CONTEXT
    assert contexts[NOT_A_DATE] == "io"
    assert batch.problems[0].field == "business_id"
    assert batch.problems[0].line() == (
        "edited.xlsx, Actors, row 3, column Business ID: The check digit (the last digit) of "
        "this business ID does not match the first seven digits. Check the number."
    )

    def blocked(candidates: list[Candidate]) -> list[int]:
        return [c.row for c in candidates if c.blocked]

    # Every row with a problem is a blocked candidate, so that it is counted and listed
    # among the rows not imported; the ones without a usable ID are keyed by their place.
    assert blocked(batch.actors) == [3, last + 3, last + 4]
    assert blocked(batch.memberships) == [4]
    assert blocked(batch.relationships) == [2, 3, 4, 5, 6]
    assert blocked(batch.clusters) == [len(snapshot.clusters) + 2]
    assert blocked(batch.contacts) == [2]
    assert batch.skipped == 1
    assert {c.key for c in batch.clusters if c.blocked} == {
        f"row clusters {len(snapshot.clusters) + 2}"
    }
    # Each blocked row holds its problems.
    assert [p.message for p in batch.actors[1].problems] == [BUSINESS_ID_CHECK_DIGIT]

    assert [c.key for c in batch.actors[-4:]] == [
        f"a{snapshot.actors[-1].id}",
        f"row actors {last + 2}",
        f"row actors {last + 3}",  # a second actor with ID 1
        f"row actors {last + 4}",  # no name
    ]
    added = batch.actors[-3]
    assert (added.entity.id, added.entity.name, added.entity.kind) == (None, "Uusi Oy", "company")
    assert (added.entity.x, added.entity.pinned) == (12.5, True)
    assert added.provided == {"name", "kind", "x", "pinned"}
    assert not added.blocked
    assert batch.actors[0].entity.name == "Lapin liitto"

    # The moved column is read by its header.
    roles = [c.entity.role for c in batch.memberships]  # type: ignore[union-attr]
    assert roles[:2] == [m.role for m in snapshot.memberships[:2]]
    assert roles[3:] == [m.role for m in snapshot.memberships[3:]]
    # A broken reference leaves the end empty; a bad cell is not claimed as information.
    assert batch.relationships[1].ends[0] == ""
    assert "start_date" not in batch.relationships[0].provided
    assert "business_id" not in batch.actors[1].provided


# --- files that are not an aspdesk export -----------------------------------------------


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def no_file_left_open() -> Iterator[None]:
    """Fails the test when it leaves a file open (where the system can tell)."""
    if not sys.platform.startswith("linux"):
        yield
        return
    before = _open_files()
    yield
    assert _open_files() == before


def test_a_coordinators_own_table_is_not_an_export(tmp_path: Path, no_file_left_open: None) -> None:
    path = tmp_path / "toimijat.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Taul1"
    sheet.append(["Nimi", "Y-tunnus"])
    sheet.append(["Arktiset Aromit ry", "1234567-1"])
    workbook.save(path)

    assert read_workbook(path, known_codes={}) is None


def test_sheets_named_like_ours_with_other_columns_are_not_an_export(
    tmp_path: Path, no_file_left_open: None
) -> None:
    path = tmp_path / "actors.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Actors"
    workbook.active.append(["Name", "ID"])
    workbook.create_sheet("Clusters").append(["ID", "Name"])
    workbook.save(path)
    assert read_workbook(path, known_codes={}) is None

    workbook.remove(workbook["Clusters"])
    workbook["Actors"].delete_cols(1)  # only an Actors sheet starting with ID
    workbook.save(path)
    assert read_workbook(path, known_codes={}) is None


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("map.xlsx", b"Name;Business ID\nLapin liitto;\n"),
        ("map.xlsx", b"PK\x03\x04 a zip cut short"),
    ],
)
def test_a_file_that_is_not_a_workbook_raises(
    name: str, data: bytes, tmp_path: Path, no_file_left_open: None
) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(DataFileError, match="not an Excel workbook"):
        read_workbook(path, known_codes={})


def test_a_damaged_sheet_raises_and_closes_the_file(
    snapshot: MapSnapshot, tmp_path: Path, no_file_left_open: None
) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(snapshot, path)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # the clusters sheet cut off half-way
            target.writestr(item, data)

    with pytest.raises(DataFileError, match="The workbook is damaged"):
        read_workbook(broken, known_codes=_codes(snapshot))
