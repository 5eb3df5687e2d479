"""Business IDs in the forms spreadsheets give them: read in standard form, or said why not."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from aspdesk.domain import validation as v
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io import business_ids
from aspdesk.io.import_formats import read_import
from aspdesk.io.spreadsheet_import import ActorImport, read_actor_rows

KNOWN = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("0245437-2", "0245437-2"),
        ("02454372", "0245437-2"),  # no hyphen, as Excel often keeps it
        ("2454372", "0245437-2"),  # a number that lost its leading zero
        ("245437-2", "0245437-2"),  # the zero lost, the hyphen kept
        (" 0245437 - 2 ", "0245437-2"),
        ("0245 4372", "0245437-2"),
        ("FI02454372", "0245437-2"),  # the VAT form
        ("FI 0245437-2", "0245437-2"),
        ("fi02454372", "0245437-2"),
        ("0245437–2", "0245437-2"),  # an en dash from autocorrect
        ("15728600", "1572860-0"),
        ("1572860-0", "1572860-0"),
    ],
)
def test_every_spreadsheet_form_is_read_as_the_business_id(written: str, read: str) -> None:
    assert v.business_id_reading(written) == read


@pytest.mark.parametrize(
    "written",
    ["02454373", "2454373", "FI02454373", "0245437-3", "12345", "123456789", "Y-tunnus", ""],
)
def test_nothing_is_guessed_when_the_check_digit_does_not_fit(written: str) -> None:
    assert v.business_id_reading(written) is None


def _table(path: Path, cells: list[object]) -> ActorImport:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Y-tunnus"])
    for index, cell in enumerate(cells):
        sheet.append([f"Yritys {index} Oy", cell])
    workbook.save(path)
    return read_actor_rows(path, known_codes=KNOWN, terms=BUILTIN_TERMS)


def test_a_workbook_of_business_ids_in_every_form(tmp_path: Path) -> None:
    cells: list[object] = [2454372, 2454372.0, "02454372", "FI02454372", "0245437-2", "02454373"]
    result = _table(tmp_path / "yritykset.xlsx", cells)

    ids = [actor.business_id for _row, actor in result.actors]
    assert ids == ["0245437-2"] * 5 + ["02454373"]
    notes = {row: [n.text() for n in found] for row, found in result.notes.items()}
    assert notes == {
        2: ["Business ID 2454372 read as 0245437-2."],
        3: ["Business ID 2454372 read as 0245437-2."],
        4: ["Business ID 02454372 read as 0245437-2."],
        5: ["Business ID FI02454372 read as 0245437-2."],
    }
    assert result.rows_with_problems == {7}
    (problem,) = result.problems
    assert (problem.row, problem.column, problem.message) == (
        7,
        "Y-tunnus",
        business_ids.CHECK_DIGIT,
    )
    assert problem.text() == (
        "“02454373” would be the business ID 0245437-3, but its check digit (the last digit) "
        "does not match the first seven digits. Check the number."
    )


@pytest.mark.parametrize(
    ("cell", "message", "says"),
    [
        ("123456789", business_ids.DIGIT_COUNT, "“123456789” has 9 digits"),
        ("1234", business_ids.DIGIT_COUNT, "“1234” has 4 digits"),
        ("0245437-3", v.BUSINESS_ID_CHECK_DIGIT, "The check digit (the last digit)"),
        ("Y-tunnus puuttuu", v.BUSINESS_ID_FORMAT, "seven digits, a hyphen"),
    ],
)
def test_a_value_that_is_no_business_id_says_what_is_wrong(
    tmp_path: Path, cell: str, message: str, says: str
) -> None:
    result = _table(tmp_path / "yritykset.xlsx", [cell])
    (problem,) = result.problems
    assert problem.message == message
    assert says in problem.text()
    assert [actor.business_id for _row, actor in result.actors] == [cell]
    assert result.notes == {}


def test_the_batch_carries_the_note_to_its_candidate(tmp_path: Path) -> None:
    path = tmp_path / "yritykset.csv"
    path.write_text("Nimi;Y-tunnus\nArctic Hub Oy;FI 0245437-2\n", encoding="utf-8")
    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)
    (candidate,) = batch.actors
    assert not candidate.blocked
    assert candidate.entity.business_id == "0245437-2"  # type: ignore[attr-defined]
    assert [n.text() for n in candidate.notes] == ["Business ID FI 0245437-2 read as 0245437-2."]
