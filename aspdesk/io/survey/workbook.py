"""Writing one member's questionnaire as an XLSX workbook that any spreadsheet opens.

Sheets: a cover (who asks, why, by when, how the answers are used), the member's own
details, its memberships, its ties, and rows for new partners. Every sheet is protected
without a password (a member can still unprotect it; protection only keeps the layout
from being changed by accident) and only the answer cells are unlocked. Each answer sheet
carries its kind in the hidden cell A1, its column codes in the hidden row 2 and each row's
code in the hidden column A, so that reading the answers finds them even in a renamed
sheet, and finds a changed layout out. A hidden sheet holds the round and the actor; the
drop-downs refer to a hidden sheet of lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aspdesk.domain.entities import EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.atomic import write_workbook_atomically
from aspdesk.io.sheets import field_label, neutralise
from aspdesk.io.survey.questionnaire import (
    CONTEXT,
    DETAIL_FIELDS,
    FORMAT_VERSION,
    ID_SHEET,
    LISTS_SHEET,
    MARKER,
    Questionnaire,
    Translate,
    due_text,
    label_of,
    words,
)

# The answer sheets: kind -> column codes (from column B on).
COLUMNS: dict[str, tuple[str, ...]] = {
    "details": ("field", "in_map", "answer"),
    "memberships": ("cluster", "role", "since", "member", "new_role"),
    "ties": ("partner", "type", "strength", "reply", "new_type", "new_strength"),
    "partners": ("partner", "business_id", "type", "strength"),
}
ANSWERS: dict[str, frozenset[str]] = {
    "details": frozenset({"answer"}),
    "memberships": frozenset({"member", "new_role"}),
    "ties": frozenset({"reply", "new_type", "new_strength"}),
    "partners": frozenset({"partner", "business_id", "type", "strength"}),
}
COVER_WIDTH = 72  # characters: an A4 page wide
FIRST_ROW = 4  # title in row 1, column codes (hidden) in row 2, headers in row 3
NEW_PARTNER_ROWS = 25

COVER = QT_TRANSLATE_NOOP("survey", "Cover")
SHEET_TITLES = {
    "details": QT_TRANSLATE_NOOP("survey", "Your details"),
    "memberships": QT_TRANSLATE_NOOP("survey", "Memberships"),
    "ties": QT_TRANSLATE_NOOP("survey", "Partners"),
    "partners": QT_TRANSLATE_NOOP("survey", "New partners"),
}
HEADERS = {
    "field": QT_TRANSLATE_NOOP("survey", "Detail"),
    "in_map": QT_TRANSLATE_NOOP("survey", "In the map now"),
    "answer": QT_TRANSLATE_NOOP("survey", "Your correction (leave empty if right)"),
    "cluster": QT_TRANSLATE_NOOP("survey", "Cluster"),
    "role": QT_TRANSLATE_NOOP("survey", "Role"),
    "since": QT_TRANSLATE_NOOP("survey", "Member since"),
    "member": QT_TRANSLATE_NOOP("survey", "Still a member?"),
    "reply": QT_TRANSLATE_NOOP("survey", "Your answer"),
    "new_role": QT_TRANSLATE_NOOP("survey", "Role now, if different"),
    "partner": QT_TRANSLATE_NOOP("survey", "Partner"),
    "type": QT_TRANSLATE_NOOP("survey", "Kind of tie"),
    "strength": QT_TRANSLATE_NOOP("survey", "Strength (1 weak – 5 strong)"),
    "new_type": QT_TRANSLATE_NOOP("survey", "Kind of tie now"),
    "new_strength": QT_TRANSLATE_NOOP("survey", "Strength now"),
    "business_id": QT_TRANSLATE_NOOP("survey", "Business ID, if not in the list"),
}
INTROS = {
    "details": QT_TRANSLATE_NOOP(
        "survey", "What the map says about your organisation. Correct only what is wrong."
    ),
    "memberships": QT_TRANSLATE_NOOP(
        "survey", "Your organisation's memberships. Is each still true, and in which role?"
    ),
    "ties": QT_TRANSLATE_NOOP(
        "survey",
        "Who the map says you work with. For each: still true, changed, or ended?",
    ),
    "partners": QT_TRANSLATE_NOOP(
        "survey",
        "Partners the map does not list. Pick an organisation from the list or type a new "
        "one, with its business ID if you know it.",
    ),
}
COVER_LINES = (
    ("title", QT_TRANSLATE_NOOP("survey", "Questionnaire of the cluster {cluster}")),
    ("", QT_TRANSLATE_NOOP("survey", "For: {actor}")),
    ("", QT_TRANSLATE_NOOP("survey", "From: {coordinator}, coordinator of {cluster}")),
    ("", QT_TRANSLATE_NOOP("survey", "Please answer by {due}.")),
    ("head", QT_TRANSLATE_NOOP("survey", "Why we ask")),
    (
        "",
        QT_TRANSLATE_NOOP(
            "survey",
            "We keep a map of who works with whom in {cluster}. You know your own "
            "partnerships best: please check what the map says about your organisation and "
            "correct what is wrong.",
        ),
    ),
    ("head", QT_TRANSLATE_NOOP("survey", "How to answer")),
    (
        "",
        QT_TRANSLATE_NOOP(
            "survey",
            "Fill in the white cells on the sheets that follow. Leave a cell empty when you "
            "do not know. Save the file and send it back as it is: do not change the "
            "sheets' layout.",
        ),
    ),
    ("head", QT_TRANSLATE_NOOP("survey", "How your answers are used")),
    (
        "",
        QT_TRANSLATE_NOOP(
            "survey",
            "The coordinator reads your answers and decides what to change in the map. When "
            "two answers disagree, the coordinator asks. The map is used to plan the "
            "cluster's work and may be shown to its members. This questionnaire asks nothing "
            "about people, and it shows only the names of other organisations.",
        ),
    ),
)
NO_COORDINATOR = QT_TRANSLATE_NOOP("survey", "the coordinator")
NO_DUE = QT_TRANSLATE_NOOP("survey", "the date the coordinator gave")


def _tr(translate: Translate | None, text: str) -> str:
    return translate(CONTEXT, text) if translate is not None else text


def write_questionnaire(
    path: Path, question: Questionnaire, language: str, translate: Translate | None
) -> None:
    """Write ``question`` to ``path`` in ``language`` (whole or not at all)."""
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    _cover(cover, question, language, translate)
    lists = _lists(workbook, question, language, translate)
    for kind in COLUMNS:
        sheet = workbook.create_sheet(_tr(translate, SHEET_TITLES[kind]))
        _answer_sheet(sheet, kind, question, language, translate, lists)
    _identity(workbook, question, language)
    # The lists go after the sheets a member fills in, out of the way of the tabs.
    workbook.move_sheet(LISTS_SHEET, offset=len(COLUMNS))
    workbook.active = 0
    write_workbook_atomically(path, workbook)


def _cover(sheet: Any, question: Questionnaire, language: str, translate: Translate | None) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.title = _tr(translate, COVER)
    values = {
        "cluster": question.cluster.name,
        "actor": question.actor.name,
        "coordinator": question.coordinator or _tr(translate, NO_COORDINATOR),
        "due": due_text(question.survey_round.due, language) or _tr(translate, NO_DUE),
    }
    sheet.column_dimensions["A"].width = COVER_WIDTH
    for row, (style, text) in enumerate(COVER_LINES, start=1):
        filled = neutralise(_tr(translate, text).format(**values))
        cell = sheet.cell(row, 1, filled)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if style == "title":
            cell.font = Font(bold=True, size=16)
            sheet.row_dimensions[row].height = 28
        elif style == "head":
            cell.font = Font(bold=True, size=12)
            sheet.row_dimensions[row].height = 26
        else:
            # Spreadsheets do not grow a row for wrapped text they did not lay out
            # themselves (LibreOffice draws the lines over the next row): say how high.
            sheet.row_dimensions[row].height = 15 * _lines(filled, COVER_WIDTH) + 3
    _fit_to_width(sheet, landscape=False)
    sheet.protection.sheet = True


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (a
    little generous: proportional letters vary)."""
    return max(1, -(-len(text) * 11 // (width * 10)))


def _fit_to_width(sheet: Any, *, landscape: bool) -> None:
    """Print (and convert to PDF) one page wide, as tall as it needs."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _lists(
    workbook: Any, question: Questionnaire, language: str, translate: Translate | None
) -> dict[str, str]:
    """The hidden sheet of drop-down lists; list name -> its range, for a validation."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    answer_words = words(translate)
    columns = {
        "actors": [neutralise(name) for name in question.others],
        "types": [t.label(language) for t in question.types],
        "roles": [t.label(language) for t in question.roles],
        "yes_no": [answer_words["yes"], answer_words["no"]],
        "tie_answers": [answer_words["confirm"], answer_words["change"], answer_words["end"]],
    }
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(columns.items(), start=1):
        letter = chr(ord("A") + index - 1)
        for row, value in enumerate(values, start=1):
            sheet.cell(row, index, value)
        ranges[name] = f"{LISTS_SHEET}!${letter}$1:${letter}${max(len(values), 1)}"
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    return ranges


def _answer_sheet(
    sheet: Any,
    kind: str,
    question: Questionnaire,
    language: str,
    translate: Translate | None,
    lists: dict[str, str],
) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    columns = COLUMNS[kind]
    sheet.cell(1, 1, f"{MARKER}:{kind}")
    intro = sheet.cell(1, 2, _tr(translate, INTROS[kind]))
    intro.font = Font(bold=True)
    intro.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=1, start_column=2, end_row=1, end_column=len(columns) + 1)
    sheet.row_dimensions[1].height = 34
    for index, code in enumerate(columns, start=2):
        sheet.cell(2, index, code)
        header = sheet.cell(3, index, _tr(translate, HEADERS[code]))
        header.font = Font(bold=True)
        header.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[chr(ord("A") + index - 1)].width = (
            16 if code in ("strength", "new_strength", "since", "member") else 30
        )
    sheet.column_dimensions["A"].hidden = True
    sheet.row_dimensions[2].hidden = True
    sheet.row_dimensions[3].height = 45
    rows = _rows(kind, question, language, translate)
    grey = PatternFill("solid", fgColor="EEEEEE")
    edge = Side(style="thin", color="999999")
    box = Border(left=edge, right=edge, top=edge, bottom=edge)
    for offset, (code, values) in enumerate(rows):
        row = FIRST_ROW + offset
        sheet.cell(row, 1, code)
        for index, name in enumerate(columns, start=2):
            cell = sheet.cell(row, index, values.get(name))
            if name in ANSWERS[kind]:
                cell.protection = Protection(locked=False)
                cell.border = box
            else:
                cell.fill = grey
    last = FIRST_ROW + max(len(rows), 1) - 1
    _validations(sheet, kind, lists, last)
    sheet.freeze_panes = sheet.cell(FIRST_ROW, 2)
    _fit_to_width(sheet, landscape=True)
    # Protected without a password: it keeps the layout from changing by accident.
    sheet.protection.sheet = True


def _rows(
    kind: str, question: Questionnaire, language: str, translate: Translate | None
) -> list[tuple[str, dict[str, object]]]:
    if kind == "details":
        actor = question.actor
        return [
            (
                name,
                {
                    "field": field_label(EntityType.ACTOR, name, translate),
                    "in_map": neutralise(str(getattr(actor, name))),
                },
            )
            for name in DETAIL_FIELDS
        ]
    if kind == "memberships":
        return [
            (
                f"m{m.id}",
                {
                    "cluster": neutralise(cluster),
                    "role": label_of(question.roles, m.role, language),
                    "since": due_text(m.since, language),
                },
            )
            for m, cluster in question.memberships
        ]
    if kind == "ties":
        return [
            (
                f"r{t.id}",
                {
                    "partner": neutralise(partner),
                    "type": label_of(question.types, t.type, language),
                    "strength": t.strength,
                },
            )
            for t, partner in question.ties
        ]
    return [("new", {}) for _ in range(NEW_PARTNER_ROWS)]


def _validations(sheet: Any, kind: str, lists: dict[str, str], last: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    def column(code: str) -> str:
        return chr(ord("A") + COLUMNS[kind].index(code) + 1)

    def add(code: str, validation: DataValidation) -> None:
        letter = column(code)
        validation.add(f"{letter}{FIRST_ROW}:{letter}{last}")
        sheet.add_data_validation(validation)

    def listed(name: str, *, strict: bool = True) -> DataValidation:
        return DataValidation(
            type="list", formula1=lists[name], allow_blank=True, showErrorMessage=strict
        )

    strength = {"type": "whole", "operator": "between", "formula1": "1", "formula2": "5"}
    if kind == "memberships":
        add("member", listed("yes_no"))
        add("new_role", listed("roles"))
    elif kind == "ties":
        add("reply", listed("tie_answers"))
        add("new_type", listed("types"))
        add("new_strength", DataValidation(allow_blank=True, **strength))
    elif kind == "partners":
        # A new organisation may be typed: the list only offers the map's.
        add("partner", listed("actors", strict=False))
        add("type", listed("types"))
        add("strength", DataValidation(allow_blank=True, **strength))


def _identity(workbook: Any, question: Questionnaire, language: str) -> None:
    sheet = workbook.create_sheet(ID_SHEET)
    rows: Sequence[tuple[str, object]] = (
        (MARKER, FORMAT_VERSION),
        ("round", question.survey_round.token),
        ("actor", question.actor.id),
        ("language", language),
    )
    for row, (key, value) in enumerate(rows, start=1):
        sheet.cell(row, 1, key)
        sheet.cell(row, 2, value)
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
