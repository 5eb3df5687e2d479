"""The partner table of a consortium: its rows, the XLSX workbook and the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from aspdesk.app.partner_export import partner_table_pdf, write_partner_table
from aspdesk.domain.countries import COUNTRY_CODES
from aspdesk.domain.country_names import COUNTRY_CODES_NAMED, country_name, country_with_code
from aspdesk.domain.entities import Actor, Contact
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.partner_table import (
    CONTACTS_LEFT_OUT,
    PartnerRow,
    partner_rows,
    partner_table,
    write_partner_xlsx,
)
from tests.disk import SmallDisk

REMINDER = "Check every rule against the call text."
KINDS = {"research": "Research organisation", "company": "Company"}
ROLES = {"coordinator": "Coordinator", "partner": "Partner", "associated": "Associated"}

UNI = Actor(id=1, name="Lapin yliopisto", kind="research", country="FI", pic="999888777")
UK = Actor(
    id=2, name="UK cluster organisation", kind="company", country="gb", email="uk@example.org"
)
ES = Actor(id=3, name="Clúster español", kind="company", country="ES", phone="+34 600 000 000")
ODD = Actor(id=4, name="<b>=SUM(A1)</b>", kind="robot", country="ZZ")
CONTACTS = [
    Contact(id=8, actor_id=1, name="Second Person", email="second@ulapland.fi"),
    Contact(id=5, actor_id=1, name="Liisa Lappalainen", email="liisa@ulapland.fi"),
    Contact(id=6, actor_id=2, name="", email="", phone=""),
]


def _rows(hide: bool = False, language: str = "en") -> list[PartnerRow]:
    members = [(UK, "partner"), (ES, "associated"), (UNI, "coordinator"), (ODD, "partner")]
    return partner_rows(
        members,
        CONTACTS,
        language=language,
        kind_labels=KINDS,
        role_labels=ROLES,
        hide_personal=hide,
    )


def test_rows_put_the_coordinator_first_and_name_countries_kinds_and_roles() -> None:
    rows = _rows()
    assert [r.organisation for r in rows] == [
        "Lapin yliopisto",
        "UK cluster organisation",
        "<b>=SUM(A1)</b>",
        "Clúster español",
    ]
    uni, uk, odd, es = rows
    assert (uni.country, uni.country_code, uni.country_with_code) == (
        "Finland",
        "FI",
        "Finland (FI)",
    )
    assert uk.country_with_code == "United Kingdom (GB)", "codes are read in capitals"
    assert odd.country_with_code == "ZZ", "an unknown code is shown as it is"
    assert (uni.kind, uni.role, uni.pic) == ("Research organisation", "Coordinator", "999888777")
    assert odd.kind == "robot", "a kind the map does not name is shown as its code"
    assert es.role == "Associated"


def test_the_contact_is_the_first_person_else_the_actors_own_email_or_phone() -> None:
    uni, uk, odd, es = _rows()
    assert uni.contact == "Liisa Lappalainen, liisa@ulapland.fi", "the first contact by id"
    assert uk.contact == "uk@example.org", "a person with nothing to reach is skipped"
    assert es.contact == "+34 600 000 000"
    assert odd.contact == ""


def test_finnish_names_of_countries() -> None:
    rows = _rows(language="fi")
    assert [r.country for r in rows] == ["Suomi", "Yhdistynyt kuningaskunta", "ZZ", "Espanja"]
    assert country_name(" es ", "fi") == "Espanja"
    assert country_with_code("XK", "en") == "Kosovo (XK)"
    assert country_name("", "fi") == ""
    assert COUNTRY_CODES_NAMED <= COUNTRY_CODES | {"XK"}


def test_hidden_personal_data_leaves_contacts_out_and_says_so() -> None:
    rows = _rows(hide=True)
    assert all(r.contact == "" for r in rows)
    table = partner_table("ARCVAL", "Horizon Europe", rows, reminder=REMINDER, hide_personal=True)
    assert "Contact" not in table.headers(code_column=True)
    assert table.notes == (CONTACTS_LEFT_OUT, REMINDER)
    shown = partner_table("ARCVAL", "Horizon Europe", rows, reminder=REMINDER, hide_personal=False)
    assert shown.headers(code_column=True)[-1] == "Contact"
    assert shown.notes == (REMINDER,), "the reminder is always the last line"


def test_an_empty_consortium_says_so() -> None:
    table = partner_table("Empty", "LIFE", [], reminder=REMINDER, hide_personal=False)
    assert table.notes[0] == "The consortium has no partners yet."


def _sheet_rows(path: Path) -> tuple[object, list[tuple[object, ...]]]:
    workbook = load_workbook(path)
    sheet = workbook.active
    return sheet, [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_xlsx_holds_the_title_the_table_and_the_reminder(tmp_path: Path) -> None:
    path = tmp_path / "partners.xlsx"
    table = partner_table(
        "Arctic Circular (ARCVAL)",
        "Horizon Europe",
        _rows(),
        reminder=REMINDER,
        hide_personal=False,
        today=date(2027, 3, 1),
        language="fi",
    )
    write_partner_xlsx(table, path)
    sheet, rows = _sheet_rows(path)
    assert sheet.title == "Partners"  # type: ignore[attr-defined]
    assert rows[0][0] == "Arctic Circular (ARCVAL)"
    assert rows[1][0] == "Programme: Horizon Europe"
    assert rows[2][0] == "Made with aspdesk on 1.3.2027."
    header = rows[4]
    assert header == ("Organisation", "Country", "Country code", "Kind", "PIC", "Role", "Contact")
    assert sheet.freeze_panes == "A6", "the header row stays in view"  # type: ignore[attr-defined]
    assert all(sheet.cell(5, c).font.b for c in range(1, 8))  # type: ignore[attr-defined]
    assert rows[5] == (
        "Lapin yliopisto",
        "Finland",
        "FI",
        "Research organisation",
        "999888777",
        "Coordinator",
        "Liisa Lappalainen, liisa@ulapland.fi",
    )
    assert [r[0] for r in rows[5:9]] == [r.organisation for r in table.rows]
    assert rows[-1][0] == REMINDER
    widths = [sheet.column_dimensions[c].width for c in "ABCDEFG"]  # type: ignore[attr-defined]
    assert all(10 <= w <= 50 for w in widths)
    assert widths[0] >= len("UK cluster organisation")


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(tmp_path: Path) -> None:
    path = tmp_path / "partners.xlsx"
    rows = _rows()
    write_partner_xlsx(
        partner_table("=cmd|' /C calc'!A0", "P", rows, reminder=REMINDER, hide_personal=False),
        path,
    )
    sheet, values = _sheet_rows(path)
    assert values[0][0] == "=cmd|' /C calc'!A0"
    assert sheet["A1"].data_type == "s" and sheet["A1"].quotePrefix  # type: ignore[index]
    phone = sheet.cell(9, 7)  # type: ignore[attr-defined]
    assert phone.value == "+34 600 000 000" and phone.data_type == "s"
    assert values[7][0] == "<b>=SUM(A1)</b>"


def test_xlsx_without_contacts_when_personal_data_is_hidden(tmp_path: Path) -> None:
    path = tmp_path / "workshop.xlsx"
    table = partner_table("W", "P", _rows(hide=True), reminder=REMINDER, hide_personal=True)
    write_partner_xlsx(table, path)
    _sheet, rows = _sheet_rows(path)
    text = " ".join(str(v) for row in rows for v in row if v)
    assert "Contact" not in rows[4]
    assert "liisa" not in text and "@" not in text and "+34" not in text
    assert CONTACTS_LEFT_OUT in text and rows[-1][0] == REMINDER


def test_a_full_disk_leaves_the_old_file(small_disk: SmallDisk) -> None:
    path = small_disk.path / "partners.xlsx"
    path.write_bytes(b"the old table")
    small_disk.fill()
    table = partner_table("T", "P", _rows(), reminder=REMINDER, hide_personal=False)
    with pytest.raises(DataFileError, match="the disk is full"):
        write_partner_xlsx(table, path)
    assert path.read_bytes() == b"the old table"
    assert small_disk.files() == {"partners.xlsx"}, "no temporary file left"


def _pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def test_pdf_holds_the_same_table_with_markup_as_typed(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "partners.pdf"
    table = partner_table(
        "<i>ARCVAL</i>", "Horizon Europe", _rows(), reminder=REMINDER, hide_personal=False
    )
    write_partner_table(table, path)
    text = " ".join(_pdf_text(path).split())
    assert "<i>ARCVAL</i>" in text
    for row in table.rows:
        assert row.organisation in text
    assert "<b>=SUM(A1)</b>" in text, "user data is escaped, never read as markup"
    assert "Finland (FI)" in text and "United Kingdom (GB)" in text
    assert "Liisa Lappalainen, liisa@ulapland.fi" in text
    assert REMINDER in text
    document = pdfium.PdfDocument(str(path))
    width, height = document[0].get_size()
    document.close()
    assert (round(width), round(height)) == (842, 595), "A4 landscape in points"


def test_pdf_and_xlsx_only(qapp: object, tmp_path: Path) -> None:
    table = partner_table("T", "P", _rows(), reminder=REMINDER, hide_personal=False)
    with pytest.raises(DataFileError, match="xlsx or .pdf"):
        write_partner_table(table, tmp_path / "partners.csv")
    assert partner_table_pdf(table).startswith(b"%PDF")
