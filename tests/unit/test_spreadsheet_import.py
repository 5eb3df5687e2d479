"""Reading actors from a coordinator's XLSX or CSV: candidates, problems and bad files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.spreadsheet_export import write_csv, write_xlsx
from aspdesk.io.importing.spreadsheet_import import (
    NAME_MISSING,
    NO_NAME_COLUMN,
    ActorImport,
    guess_columns,
    read_actor_rows,
)
from aspdesk.io.sheets import ACTORS
from aspdesk.store.repository import MapStore

KNOWN = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}
TS_FILE = Path(__file__).parents[2] / "resources" / "translations" / "aspdesk_fi.ts"

HEADERS = ["Nimi", "Y-tunnus", "Kunta", "Tyyppi", "Sähköposti", "Yhteyshenkilö", "Lisätiedot"]
# Row numbers as Excel shows them: the header is row 1, row 4 is left empty.
ROWS: list[list[str | None]] = [
    ["Lapin yliopisto", "0245904-2", "Rovaniemi", "yliopisto", "info@ulapland.fi", "Matti", ""],
    ["Arctic Hub Oy", "1234567-8", "Kemi", "Oy", "", "Liisa", "Tarkista Y-tunnus"],
    [None, None, None, None, None, None, None],
    ["", "2233445-8", "Tornio", "Yritys", "", "", "nimi puuttuu"],
    ["'=SUM(A1)", "", " Sodankylä ", "Säätiö", "", "", ""],
    ["Lumo ry", "", "Inari", "harrastusporukka", "lumo@example.fi", "", ""],
]


def _read(path: Path) -> ActorImport:
    return read_actor_rows(path, known_codes=KNOWN, terms=BUILTIN_TERMS)


def _finnish_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Taul1"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _finnish_csv(path: Path) -> Path:
    lines = [";".join(HEADERS)] + [";".join(cell or "" for cell in row) for row in ROWS]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


@pytest.fixture(params=["xlsx", "csv"])
def finnish_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "xlsx":
        return _finnish_workbook(tmp_path / "toimijat.xlsx")
    return _finnish_csv(tmp_path / "toimijat.csv")


def test_a_finnish_file_gives_candidates_by_row(finnish_file: Path) -> None:
    result = _read(finnish_file)
    by_row = {row: actor for row, actor in result.actors}
    assert sorted(by_row) == [2, 3, 5, 6, 7]  # row 5 has no name: kept, blocked
    assert by_row[2].name == "Lapin yliopisto"
    assert by_row[2].kind == "research"
    assert by_row[2].business_id == "0245904-2"
    assert by_row[2].municipality == "Rovaniemi"
    assert by_row[2].email == "info@ulapland.fi"
    assert by_row[2].country == "FI"
    assert by_row[2].id is None
    assert by_row[3].kind == "company"
    assert by_row[3].notes == "Tarkista Y-tunnus"
    assert by_row[6].name == "=SUM(A1)"
    assert by_row[6].kind == "third_sector"
    assert by_row[6].municipality == "Sodankylä"
    assert result.skipped_empty_rows == 1
    assert result.ignored_columns == ["Yhteyshenkilö"]
    assert result.columns["Lisätiedot"] == "notes"


def test_problems_say_row_column_and_what(finnish_file: Path) -> None:
    result = _read(finnish_file)
    where = {(p.row, p.column): p for p in result.problems}
    assert sorted(where) == [(3, "Y-tunnus"), (5, "Nimi"), (7, "Tyyppi")]
    business_id = where[3, "Y-tunnus"]
    assert business_id.context == "validation"
    assert "check digit" in business_id.text()
    assert where[5, "Nimi"].message == NAME_MISSING
    assert where[5, "Nimi"].text() == "The name is missing."
    kind = where[7, "Tyyppi"]
    assert kind.text() == "“harrastusporukka” is not a kind of actor that this map knows."
    assert kind.values == {"value": "harrastusporukka"}
    assert {p.file for p in result.problems} == {finnish_file.name}
    assert result.rows_with_problems == {3, 5, 7}


def test_problem_text_is_translated_with_its_values(finnish_file: Path) -> None:
    kind = next(p for p in _read(finnish_file).problems if p.column == "Tyyppi")

    def finnish(context: str, text: str) -> str:
        assert context == "io"
        return "“{value}” ei ole toimijatyyppi."

    assert kind.text(finnish) == "“harrastusporukka” ei ole toimijatyyppi."
    assert kind.text(lambda c, t: "{lost}") == kind.text()


def test_the_sheet_named_toimijat_is_read_before_the_first(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Ohjeet"
    first.append(["Täytä toimijat toiselle välilehdelle"])
    actors = workbook.create_sheet("Toimijat")
    actors.append(["Organisaatio", "Toimiala", "Tunnisteet", "Maa"])
    actors.append(["Nordic Ore AB", "Kaivos", "kaivos; vienti, kaivos", "se"])
    workbook.save(tmp_path / "kysely.xlsx")

    result = _read(tmp_path / "kysely.xlsx")

    [(row, actor)] = result.actors
    assert row == 2
    assert (actor.name, actor.sector, actor.tags, actor.country) == (
        "Nordic Ore AB",
        "Kaivos",
        ("kaivos", "vienti"),
        "SE",
    )
    assert result.problems == []


def test_own_xlsx_export_reads_back(sample_store: MapStore, tmp_path: Path) -> None:
    snapshot = snapshot_of(sample_store)
    path = tmp_path / "kartta.xlsx"
    write_xlsx(snapshot, path)

    result = _read(path)

    assert result.problems == []
    assert result.skipped_empty_rows == 0
    assert sorted(result.ignored_columns) == sorted(
        ["Kind (label)", "Size class (label)", "X", "Y", "Pinned"]
    )
    read = [(a.id, a.name, a.kind, a.business_id, a.tags) for _, a in result.actors]
    expected = [(a.id, a.name, a.kind, a.business_id, a.tags) for a in snapshot.actors]
    assert read == expected
    assert [row for row, _ in result.actors] == list(range(2, len(snapshot.actors) + 2))


def test_own_finnish_csv_export_reads_back(sample_store: MapStore, tmp_path: Path) -> None:
    snapshot = snapshot_of(sample_store)
    finnish = _ts_translations()
    write_csv(snapshot, tmp_path / "out", language="fi", translate=lambda c, t: finnish.get(t, t))

    result = _read(tmp_path / "out" / "actors.csv")

    assert result.problems == []
    assert "Tyyppi (nimi)" in result.ignored_columns
    read = [(a.name, a.kind, a.size_class, a.business_id) for _, a in result.actors]
    assert read == [(a.name, a.kind, a.size_class, a.business_id) for a in snapshot.actors]


def _ts_translations() -> dict[str, str]:
    text = TS_FILE.read_text(encoding="utf-8")
    context = re.search(r"<context>\s*<name>io</name>(.*?)</context>", text, re.S)
    assert context is not None
    pairs = re.findall(
        r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", context[1], re.S
    )
    return dict(pairs)


def test_guess_columns_finnish_and_english() -> None:
    finnish = ["Nimi", "LYHENNE", "toimijatyyppi", "Y-tunnus", "Kunta tai alue", "Yhteyshenkilö"]
    assert guess_columns(finnish) == {
        0: "name",
        1: "short_name",
        2: "kind",
        3: "business_id",
        4: "municipality",
    }
    english = ["ID", "Organization", "Business-ID", " E-mail ", "Website", "Size class", "Tags"]
    assert guess_columns(english) == {
        0: "id",
        1: "name",
        2: "business_id",
        3: "email",
        4: "website",
        5: "size_class",
        6: "tags",
    }
    assert guess_columns(["sahkoposti", "Puhelin", "Lisätiedot", "www"]) == {
        0: "email",
        1: "phone",
        2: "notes",
        3: "website",
    }
    assert guess_columns(["Name", "Nimi"]) == {0: "name"}  # the first one wins


def test_guess_columns_knows_every_header_of_our_export() -> None:
    finnish = _ts_translations()
    imported = [c for c in ACTORS.columns if c.field is not None and c.field not in ("x", "y")]
    imported = [c for c in imported if c.field != "pinned"]
    for header_of in (lambda h: h, lambda h: finnish[h]):
        headers = [header_of(c.header) for c in imported]
        assert guess_columns(headers) == {i: c.field for i, c in enumerate(imported)}


def test_no_name_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("Yhteyshenkilö,Puhelin\nMatti,040 123 4567\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        _read(path)
    assert raised.value.template == NO_NAME_COLUMN
    assert "Name one column Nimi or Name" in str(raised.value)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("toimijat.xlsx", b"Nimi;Kunta\nLapin yliopisto;Rovaniemi\n"),
        ("toimijat.xlsx", b""),
        ("toimijat.csv", b"PK\x03\x04 a zip, not text"),
        ("toimijat.csv", b"\x00\x01\x02binary"),
        ("toimijat.xls", b"\xd0\xcf\x11\xe0"),
        ("toimijat.pdf", b"%PDF-1.4"),
    ],
)
def test_files_that_are_not_what_they_say_raise(name: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DataFileError) as raised:
        _read(path)
    assert raised.value.where == name
    assert raised.value.message


def test_a_zip_that_is_not_a_workbook_raises(tmp_path: Path) -> None:
    path = tmp_path / "toimijat.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("actors.csv", "Name\nA\n")
    with pytest.raises(DataFileError, match="not an Excel workbook"):
        _read(path)


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist"):
        _read(tmp_path / "ei-ole.xlsx")


def test_csv_delimiters_and_utf8(tmp_path: Path) -> None:
    for delimiter in (",", ";", "\t"):
        path = tmp_path / "t.csv"
        text = f'Name{delimiter}Kind{delimiter}Notes\n"Oy, Ab; x"{delimiter}company'
        path.write_text(text + f'{delimiter}"two\nlines"\nPohjolan Öljy{delimiter}{delimiter}\n')
        result = _read(path)
        assert [(r, a.name) for r, a in result.actors] == [
            (2, "Oy, Ab; x"),
            (3, "Pohjolan Öljy"),
        ]
        assert result.actors[0][1].notes == "two\nlines"


def test_bad_id_and_size_class_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("ID,Name,Size class\n7,A,Pieni (10-49 henkeä)\nx,B,huge\n", encoding="utf-8")
    result = _read(path)
    assert [(a.id, a.size_class) for _, a in result.actors] == [(7, "small"), (None, "huge")]
    assert [(p.row, p.column, p.values["value"]) for p in result.problems] == [
        (3, "ID", "x"),
        (3, "Size class", "huge"),
    ]


@pytest.mark.slow
def test_ten_thousand_rows_read_whole(tmp_path: Path) -> None:
    # How fast is the XLSX import benchmark's business (tests/benchmarks), not a timed test's.
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Actors")
    sheet.append(HEADERS)
    for index in range(10_000):
        sheet.append([f"Yritys {index} Oy", "", "Oulu", "Oy", f"a{index}@example.fi", "", "x"])
    workbook.save(tmp_path / "iso.xlsx")

    result = _read(tmp_path / "iso.xlsx")

    assert len(result.actors) == 10_000
    assert result.problems == []
