"""XLSX and CSV export: what a user opening the files in a spreadsheet program gets."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import POSITION_FIELDS, EntityType, field_names
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.spreadsheet_export import write_csv, write_xlsx
from aspdesk.io.sheets import SHEETS, neutralise, restore_text
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore
from tests.disk import SmallDisk

TITLES = [
    "Actors",
    "Clusters",
    "Memberships",
    "Relationships",
    "Contacts",
    "Projects",
    "Project partners",
]
FILES = [
    "actors.csv",
    "clusters.csv",
    "memberships.csv",
    "relationships.csv",
    "contacts.csv",
    "projects.csv",
    "project_partners.csv",
]
SAMI = "Čáhppes Ávju Oy ŋ š ž đ ŧ ʒ"
DANGEROUS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.fixture
def snapshot(sample_store: MapStore) -> MapSnapshot:
    return snapshot_of(sample_store)


def _with_first_actor(snapshot: MapSnapshot, **changes: Any) -> MapSnapshot:
    first, *rest = snapshot.actors
    return replace(snapshot, actors=(replace(first, **changes), *rest))


def _xlsx_rows(path: Path, title: str) -> list[dict[str, Any]]:
    sheet = openpyxl.load_workbook(path)[title]
    headers, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(headers, row, strict=True)) for row in rows]


def _csv_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    """Each CSV file of a folder or zip export, read as Excel-minded code would."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            raw = {name: archive.read(name) for name in archive.namelist()}
    else:
        raw = {p.name: p.read_bytes() for p in path.iterdir()}
    assert sorted(raw) == sorted(FILES)
    tables = {}
    for name, data in raw.items():
        assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no byte order mark"
        text = data.decode("utf-8-sig")
        tables[name] = list(csv.DictReader(io.StringIO(text, newline="")))
    return tables


def test_xlsx_holds_every_table_with_ids_and_codes(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(snapshot, path)

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == TITLES
    counts = {title: workbook[title].max_row - 1 for title in TITLES}
    assert counts == {
        "Actors": 21,
        "Clusters": 5,
        "Memberships": 59,
        "Relationships": 47,
        "Contacts": 1,
        "Projects": 1,
        "Project partners": 8,
    }
    actors = _xlsx_rows(path, "Actors")
    assert [a["ID"] for a in actors] == [a.id for a in snapshot.actors]
    assert [a["Kind"] for a in actors] == [a.kind for a in snapshot.actors]
    research = next(a for a in actors if a["Kind"] == "research")
    assert research["Kind (label)"] == "Research or education organisation"
    lapin_liitto = snapshot.actors[0]
    assert actors[0]["Name"] == lapin_liitto.name
    assert actors[0]["Tags"] == ", ".join(lapin_liitto.tags)
    assert actors[0]["Pinned"] is False

    ties = _xlsx_rows(path, "Relationships")
    assert [(t["ID"], t["From (actor ID)"], t["To (actor ID)"], t["Type"]) for t in ties] == [
        (r.id, r.source_id, r.target_id, r.type) for r in snapshot.relationships
    ]
    names = {a.id: a.name for a in snapshot.actors}
    assert [t["To name"] for t in ties] == [names[r.target_id] for r in snapshot.relationships]
    assert all(isinstance(t["Strength"], int) and isinstance(t["Directed"], bool) for t in ties)

    memberships = _xlsx_rows(path, "Memberships")
    assert [(m["Actor ID"], m["Cluster ID"], m["Role"]) for m in memberships] == [
        (m.actor_id, m.cluster_id, m.role) for m in snapshot.memberships
    ]
    clusters = _xlsx_rows(path, "Clusters")
    assert [c["Coordinator name"] for c in clusters] == [
        names.get(c.coordinator_id or 0) for c in snapshot.clusters
    ]
    contacts = _xlsx_rows(path, "Contacts")
    assert [c["Name"] for c in contacts] == [c.name for c in snapshot.contacts]


def test_xlsx_is_laid_out_for_reading(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(snapshot, path)

    sheet = openpyxl.load_workbook(path)["Relationships"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{len(snapshot.relationships) + 1}"
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["B2"].font.bold
    widths = [d.width for d in sheet.column_dimensions.values()]
    assert len(widths) == 14 and max(widths) <= 60 and min(widths) >= 6
    start = sheet.cell(row=2, column=10)
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    first = snapshot.relationships[0]
    assert start.value.date() == first.start_date
    assert sheet.cell(row=2, column=9).data_type == "n"


def test_xlsx_labels_follow_the_export_language(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "kartta.xlsx"
    write_xlsx(snapshot, path, language="fi")

    actors = _xlsx_rows(path, "Actors")
    research = next(a for a in actors if a["Kind"] == "research")
    assert research["Kind (label)"] == "Tutkimus- tai koulutusorganisaatio"


@pytest.mark.parametrize("target", ["folder", "tables.zip"])
def test_csv_keeps_finnish_and_sami_letters(
    snapshot: MapSnapshot, tmp_path: Path, target: str
) -> None:
    snapshot = _with_first_actor(snapshot, name=SAMI, municipality="Utsjoki – Ohcejohka")
    path = tmp_path / target
    write_csv(snapshot, path)

    tables = _csv_tables(path)
    assert {name: len(rows) for name, rows in tables.items()} == {
        "actors.csv": 21,
        "clusters.csv": 5,
        "memberships.csv": 59,
        "relationships.csv": 47,
        "contacts.csv": 1,
        "projects.csv": 1,
        "project_partners.csv": 8,
    }
    actors = tables["actors.csv"]
    assert actors[0]["Name"] == SAMI
    assert actors[0]["Municipality or region"] == "Utsjoki – Ohcejohka"
    assert any("ä" in a["Name"] or "ö" in a["Name"] for a in actors)
    assert [int(a["ID"]) for a in actors] == [a.id for a in snapshot.actors]
    assert {m["Actor name"] for m in tables["memberships.csv"] if m["Actor ID"] == "1"} == {SAMI}
    ties = tables["relationships.csv"]
    first = snapshot.relationships[0]
    assert first.start_date is not None
    assert ties[0]["Start date"] == first.start_date.isoformat()
    assert {t["Directed"] for t in ties} <= {"yes", "no"}
    assert [t["Type"] for t in ties] == [r.type for r in snapshot.relationships]


def test_csv_uses_excel_line_ends(snapshot: MapSnapshot, tmp_path: Path) -> None:
    write_csv(snapshot, tmp_path / "out")
    data = (tmp_path / "out" / "clusters.csv").read_bytes()
    assert data.count(b"\r\n") >= len(snapshot.clusters) + 1
    assert data.decode("utf-8-sig").startswith("ID,Name,Short name,Description")


@pytest.mark.parametrize("first", DANGEROUS)
def test_formulas_are_neutralised_in_both_formats(
    snapshot: MapSnapshot, tmp_path: Path, first: str
) -> None:
    text = f"{first}cmd|' /C calc'!A0"
    snapshot = _with_first_actor(snapshot, name=text, notes=text, x=-3.5)
    write_xlsx(snapshot, tmp_path / "map.xlsx")
    write_csv(snapshot, tmp_path / "csv")

    sheet = openpyxl.load_workbook(tmp_path / "map.xlsx")["Actors"]
    name, notes, x = sheet["B2"], sheet["R2"], sheet["S2"]
    for cell in (name, notes):
        assert cell.data_type == "s"
        # XML turns a lone carriage return into a line feed; the quote is what matters.
        assert cell.value.startswith("'") and cell.value[2:] == text[1:]
    assert x.value == -3.5 and x.data_type == "n"

    row = _csv_tables(tmp_path / "csv")["actors.csv"][0]
    assert row["Name"] == row["Notes"] == "'" + text
    assert row["X"] == "-3.5"


def test_hyperlinks_and_phone_numbers_do_not_run(snapshot: MapSnapshot, tmp_path: Path) -> None:
    link = '=HYPERLINK("http://x")'
    snapshot = _with_first_actor(snapshot, name=link, phone="+358 40 123", x=-3.5, y=2.0)
    write_xlsx(snapshot, tmp_path / "map.xlsx")
    write_csv(snapshot, tmp_path / "tables.zip")

    workbook = openpyxl.load_workbook(tmp_path / "map.xlsx")
    sheet = workbook["Actors"]
    assert sheet["B2"].value == "'" + link and sheet["B2"].data_type == "s"
    assert sheet["M2"].value == "'+358 40 123" and sheet["M2"].data_type == "s"
    assert (sheet["S2"].value, sheet["T2"].value) == (-3.5, 2.0)
    # Nothing anywhere in the workbook is a formula.
    assert not any(
        cell.data_type == "f" for ws in workbook for row in ws.iter_rows() for cell in row
    )

    row = _csv_tables(tmp_path / "tables.zip")["actors.csv"][0]
    assert (row["Name"], row["Phone"], row["X"]) == ("'" + link, "'+358 40 123", "-3.5")


@pytest.mark.parametrize(
    "text", ["=1+1", "'=1+1", "''-2", "'quoted'", "plain", "", "-", "\t\tx", "a=b"]
)
def test_neutralised_text_reads_back_as_written(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(tuple(DANGEROUS))
    assert restore_text(safe) == text


@pytest.mark.parametrize("name", ["map.xlsx", "tables.zip", "folder"])
def test_unwritable_path_raises_and_writes_nothing(
    snapshot: MapSnapshot, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    write = write_xlsx if name.endswith(".xlsx") else write_csv

    with pytest.raises(DataFileError) as raised:
        write(snapshot, blocker / name)

    assert raised.value.message and str(blocker) in str(raised.value)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


def test_a_full_disk_keeps_the_previous_file(
    snapshot: MapSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_disk: SmallDisk
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where openpyxl streams rows
    path = small_disk.path / "map.xlsx"
    write_xlsx(snapshot, path)
    before = path.read_bytes()

    small_disk.fill()
    with pytest.raises(DataFileError, match="the disk is full"):
        write_xlsx(_with_first_actor(snapshot, name="Changed"), path)

    assert path.read_bytes() == before
    assert small_disk.files() == {"map.xlsx"}
    assert list(scratch.iterdir()) == []


def test_a_full_temporary_folder_is_named_as_a_full_disk(
    snapshot: MapSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_disk: SmallDisk
) -> None:
    # openpyxl streams a big workbook's rows to the temporary folder before the file.
    monkeypatch.setattr(tempfile, "tempdir", str(small_disk.path))
    small_disk.fill()
    path = tmp_path / "map.xlsx"
    with pytest.raises(DataFileError, match="the disk is full") as refused:
        write_xlsx(snapshot, path)
    assert refused.value.where == str(path)
    assert list(tmp_path.glob("*map.xlsx*")) == []
    assert small_disk.files() == set()


def test_titles_and_headers_are_translated(snapshot: MapSnapshot, tmp_path: Path) -> None:
    finnish = {"Actors": "Toimijat", "Name": "Nimi", "ID": "Tunnus", "Kind (label)": "Laji (nimi)"}
    contexts: set[str] = set()

    def translate(context: str, text: str) -> str:
        contexts.add(context)
        return finnish.get(text, text)

    write_xlsx(snapshot, tmp_path / "kartta.xlsx", language="fi", translate=translate)
    write_csv(snapshot, tmp_path / "taulukot", language="fi", translate=translate)

    assert contexts == {"io"}
    workbook = openpyxl.load_workbook(tmp_path / "kartta.xlsx")
    assert workbook.sheetnames == ["Toimijat", *TITLES[1:]]
    headers = [cell.value for cell in workbook["Toimijat"][1]]
    assert headers[:5] == ["Tunnus", "Nimi", "Short name", "Kind", "Laji (nimi)"]
    actors = _csv_tables(tmp_path / "taulukot")["actors.csv"]
    assert actors[0]["Nimi"] == snapshot.actors[0].name
    assert actors[0]["Kind"] == snapshot.actors[0].kind


def test_every_sheet_covers_every_user_field() -> None:
    entity_types = [sheet.entity_type for sheet in SHEETS]
    assert entity_types == [
        EntityType.ACTOR,
        EntityType.CLUSTER,
        EntityType.MEMBERSHIP,
        EntityType.RELATIONSHIP,
        EntityType.CONTACT,
        EntityType.PROJECT,
        EntityType.PROJECT_PARTNER,
    ]
    for sheet in SHEETS:
        assert sheet.columns[0].header == "ID" and sheet.columns[0].field == "id"
        placed = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)
        positions = set(POSITION_FIELDS) if sheet.entity_type in placed else set()
        expected = {"id", *field_names(sheet.entity_type), *positions}
        fields = [c.field for c in sheet.columns if c.field is not None]
        assert sorted(fields) == sorted(expected), sheet.key
        assert all(c.read_only == (c.field is None) for c in sheet.columns)
        headers = [c.header for c in sheet.columns]
        assert len(set(headers)) == len(headers), sheet.key


def test_dates_are_iso_in_csv(snapshot: MapSnapshot, tmp_path: Path) -> None:
    snapshot = replace(
        snapshot,
        clusters=(
            replace(snapshot.clusters[0], start_date=date(2016, 3, 1)),
            *snapshot.clusters[1:],
        ),
    )
    write_csv(snapshot, tmp_path / "out.zip")
    assert _csv_tables(tmp_path / "out.zip")["clusters.csv"][0]["Start date"] == "2016-03-01"
