"""A consortium's partner table: its rows, and the table as an XLSX workbook.

The table lists each partner's organisation, country (name and code), kind of actor, PIC,
role in the consortium and a contact: the actor's first contact person (name and e-mail,
or phone), else the actor's own e-mail or phone. When the map hides personal data
(workshop-safe, :mod:`aspdesk.domain.privacy`) the contact column is left out and a note
says so. The coordinator comes first, then partners, associated partners and
subcontractors, each in the consortium's order.

Every text is plain: the XLSX cells hold it as strings, and text that a spreadsheet
program could take for a formula (a phone number "+358…", a name "=…") is marked as text
with Excel's quote prefix, which shows it unchanged and keeps it text when the cell is
edited (the data export adds a visible "'" instead, as its files are read back). The PDF
(:mod:`aspdesk.app.partner_export`) escapes it. Labels and headers are English texts
marked for translation in the "io" context.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from aspdesk.domain.country_names import country_name
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Actor, Contact
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.atomic import write_workbook_atomically
from aspdesk.io.sheets import FORMULA_STARTS, tr

Translate = Callable[[str, str], str]

ROLE_ORDER = ("coordinator", "partner", "associated", "subcontractor")

SHEET_TITLE = QT_TRANSLATE_NOOP("io", "Partners")
PROGRAMME_LINE = QT_TRANSLATE_NOOP("io", "Programme: {programme}")
MADE_LINE = QT_TRANSLATE_NOOP("io", "Made with aspdesk on {date}.")
ORGANISATION = QT_TRANSLATE_NOOP("io", "Organisation")
COUNTRY = QT_TRANSLATE_NOOP("io", "Country")
COUNTRY_CODE = QT_TRANSLATE_NOOP("io", "Country code")
KIND = QT_TRANSLATE_NOOP("io", "Kind")
PIC = QT_TRANSLATE_NOOP("io", "PIC")
ROLE = QT_TRANSLATE_NOOP("io", "Role")
CONTACT = QT_TRANSLATE_NOOP("io", "Contact")
NO_PARTNERS = QT_TRANSLATE_NOOP("io", "The consortium has no partners yet.")
CONTACTS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "io",
    "Contacts are left out because personal data is hidden (workshop-safe). Show personal "
    "data again and export once more to include them.",
)

MAX_WIDTH = 50
MIN_WIDTH = 10  # a PIC has nine digits; an empty column still has room for one
# Characters Excel does not allow in a sheet title.
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@record
class PartnerRow:
    """One partner of the table, every value already a text in the table's language."""

    organisation: str
    country: str  # the name, or the code when no name is known
    country_code: str
    kind: str
    pic: str
    role: str
    contact: str  # "" when there is none or personal data is hidden

    @property
    def country_with_code(self) -> str:
        """ "Spain (ES)", or the code alone."""
        if self.country and self.country != self.country_code:
            return f"{self.country} ({self.country_code})"
        return self.country_code


@record
class PartnerTable:
    """Everything a partner table file shows, translated, in the order it shows it.

    ``notes`` are the lines under the table: why contacts are missing, if they are, and
    the reminder that the programme's rules must be checked against the call text.
    """

    title: str
    programme: str
    made: str
    rows: tuple[PartnerRow, ...]
    notes: tuple[str, ...]
    with_contacts: bool
    translate: Translate | None = None

    def headers(self, *, code_column: bool) -> list[str]:
        """The column headers; ``code_column`` adds the country code's own column."""
        names = [ORGANISATION, COUNTRY, *([COUNTRY_CODE] if code_column else []), KIND, PIC, ROLE]
        if self.with_contacts:
            names.append(CONTACT)
        return [tr(self.translate, name) for name in names]

    def cells(self, row: PartnerRow, *, code_column: bool) -> list[str]:
        """The texts of ``row`` under :meth:`headers`."""
        country = [row.country, row.country_code] if code_column else [row.country_with_code]
        cells = [row.organisation, *country, row.kind, row.pic, row.role]
        if self.with_contacts:
            cells.append(row.contact)
        return cells


def contact_text(actor: Actor, contacts: Sequence[Contact]) -> str:
    """The first contact person's name and e-mail (or phone), else the actor's own."""
    for person in contacts:
        reach = person.email.strip() or person.phone.strip()
        parts = [p for p in (person.name.strip(), reach) if p]
        if parts:
            return ", ".join(parts)
    return actor.email.strip() or actor.phone.strip()


def partner_rows(
    members: Sequence[tuple[Actor, str]],
    contacts: Iterable[Contact],
    *,
    language: str,
    kind_labels: Mapping[str, str],
    role_labels: Mapping[str, str],
    hide_personal: bool,
) -> list[PartnerRow]:
    """The rows for ``members`` ((actor, role code) pairs), coordinator first.

    ``contacts`` are the map's contact persons (any actor's; the first by id counts);
    ``kind_labels`` and ``role_labels`` name the codes (the code itself when missing).
    """
    people: dict[int, list[Contact]] = {}
    for person in sorted(contacts, key=lambda c: c.id or 0):
        people.setdefault(person.actor_id, []).append(person)
    rank = {role: n for n, role in enumerate(ROLE_ORDER)}
    ordered = sorted(members, key=lambda m: rank.get(m[1], len(ROLE_ORDER)))
    rows = []
    for actor, role in ordered:
        code = actor.country.strip().upper()
        rows.append(
            PartnerRow(
                organisation=actor.name or actor.short_name,
                country=country_name(code, language),
                country_code=code,
                kind=kind_labels.get(actor.kind, actor.kind),
                pic=actor.pic.strip(),
                role=role_labels.get(role, role),
                contact="" if hide_personal else contact_text(actor, people.get(actor.id or 0, [])),
            )
        )
    return rows


def partner_table(
    title: str,
    programme: str,
    rows: Sequence[PartnerRow],
    *,
    reminder: str,
    hide_personal: bool,
    language: str = "en",
    today: date | None = None,
    translate: Translate | None = None,
) -> PartnerTable:
    """The table titled ``title`` for the programme named ``programme``.

    ``reminder`` is the sentence that the rules must be checked against the call text,
    translated by the caller (it belongs to the consortium builder's texts).
    """
    notes = []
    if not rows:
        notes.append(tr(translate, NO_PARTNERS))
    if hide_personal:
        notes.append(tr(translate, CONTACTS_LEFT_OUT))
    notes.append(reminder)
    made = tr(translate, MADE_LINE).format(date=format_date(today or date.today(), language))
    return PartnerTable(
        title=title,
        programme=tr(translate, PROGRAMME_LINE).format(programme=programme),
        made=made,
        rows=tuple(rows),
        notes=tuple(notes),
        with_contacts=not hide_personal,
        translate=translate,
    )


# --- XLSX ----------------------------------------------------------------------------------


def _put(sheet: Any, row: int, column: int, text: str) -> Any:
    """Write ``text`` into a cell as a string that is never taken for a formula."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters other than tab and line ends are not allowed in XLSX.
    value = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell = sheet.cell(row, column)
    if not value:
        return cell
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def write_partner_xlsx(table: PartnerTable, path: str | os.PathLike[str]) -> None:
    """Write ``table`` as a one-sheet workbook at ``path``, whole or not at all.

    Rows 1-3: the title, the programme and the date; then the header row (bold, frozen
    with everything above it), the partners, an empty row and the notes, each note in one
    wrapped cell across the table. Raises :class:`DataFileError` when it cannot write.
    """
    # openpyxl is imported here, not at the top: the main window starts without it.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headers = table.headers(code_column=True)
    rows = [table.cells(row, code_column=True) for row in table.rows]
    widths = [
        min(MAX_WIDTH, max([MIN_WIDTH, len(h) + 2, *(len(r[i]) + 2 for r in rows)]))
        for i, h in enumerate(headers)
    ]

    workbook = Workbook()
    workbook.properties.title = ILLEGAL_CHARACTERS_RE.sub("", table.title)
    workbook.properties.creator = "aspdesk"
    sheet = workbook.active
    sheet.title = _BAD_TITLE.sub(" ", tr(table.translate, SHEET_TITLE))[:31].strip() or "Sheet"
    _put(sheet, 1, 1, table.title).font = Font(bold=True, size=14)
    _put(sheet, 2, 1, table.programme)
    _put(sheet, 3, 1, table.made)
    header_row = 5
    for column, header in enumerate(headers, start=1):
        _put(sheet, header_row, column, header).font = Font(bold=True)
    sheet.freeze_panes = sheet.cell(header_row + 1, 1).coordinate
    for number, row in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(row, start=1):
            _put(sheet, number, column, value)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    line = header_row + len(rows) + 2
    total = sum(widths)
    for note in table.notes:
        _put(sheet, line, 1, note).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=len(headers))
        # Excel does not grow a merged row to its wrapped text: give it the lines.
        sheet.row_dimensions[line].height = 15 * (len(note) // max(total - 4, 20) + 1)
        line += 1
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    write_workbook_atomically(Path(path), workbook)
