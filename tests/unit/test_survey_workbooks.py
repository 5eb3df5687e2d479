"""The questionnaires as files: locked but for the answers, drop-downs from a hidden list,
a hidden identifier and no personal data; Finnish answers read back; odd answers explained."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.survey import collect_files, new_round, store_round, write_round
from aspdesk.domain.entities import Contact, EntityType
from aspdesk.io.merging.plan import Outcome
from aspdesk.io.merging.planner import plan_import
from aspdesk.store.repository import MapStore
from tests.integration.test_survey_round import (
    ARCTIC_DESIGN,
    KUURA,
    _answer,
    _column,
    _sheet,
)

TODAY = date(2026, 12, 5)


@pytest.fixture
def finnish_round(sample_store: MapStore, tmp_path: Path) -> Path:
    # Personal data of another member that must not reach Kuura's questionnaire.
    sample_store.insert(Contact(actor_id=19, name="Salla Salainen", email="salla@ounas.fi"))
    personal = {"email": "toimisto@ounas.fi", "phone": "+358 40 123 4567", "notes": "salainen"}
    sample_store.update(EntityType.ACTOR, 19, personal)
    snapshot = snapshot_of(sample_store)
    survey_round = new_round(snapshot, ARCTIC_DESIGN, "fi", TODAY, sample_store.surveys.next_id())
    write_round(snapshot, survey_round, tmp_path / "kierros")
    store_round(sample_store, survey_round)
    return tmp_path / "kierros"


def test_locked_but_for_the_answers_with_lists_and_identifier(finnish_round: Path) -> None:
    book = load_workbook(finnish_round / "Kuura Design Oy (example).xlsx")
    assert book.sheetnames[0] == "Saate"
    assert book["Saate"]["A1"].value == "Klusterin Arctic design kysely"
    states = {ws.title: ws.sheet_state for ws in book}
    assert states["aspdesk"] == "hidden" and states["lists"] == "hidden"
    ties = _sheet(book, "ties")
    assert ties.title == "Kumppanit"
    for sheet in book:
        assert sheet.protection.sheet and not sheet.protection.password
    reply = _column(ties, "reply")
    assert ties.cell(4, reply).protection.locked is False
    assert ties.cell(4, _column(ties, "partner")).protection.locked is True
    assert ties.column_dimensions["A"].hidden and ties.row_dimensions[2].hidden
    formulas = {v.formula1 for v in ties.data_validations.dataValidation}
    # As Excel writes it (ECMA-376 formulas have no leading "="): the hidden list sheet.
    assert "lists!$E$1:$E$3" in formulas  # still true, changed, ended
    identity = {row[0].value: row[1].value for row in book["aspdesk"].iter_rows()}
    assert identity["actor"] == KUURA and identity["round"]
    cells = " ".join(str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row)
    for personal in ("Salla", "salla@", "toimisto@ounas.fi", "123 4567", "salainen"):
        assert personal not in cells


def test_finnish_answers_read_back(sample_store: MapStore, finnish_round: Path) -> None:
    path = finnish_round / "Kuura Design Oy (example).xlsx"
    book = load_workbook(path)
    _answer(_sheet(book, "ties"), "r42", reply="Pitää yhä paikkansa")
    _answer(
        _sheet(book, "ties"),
        "r43",
        reply="Muuttunut (ks. seuraavat sarakkeet)",
        new_type="Yhteistyö",
    )
    _answer(_sheet(book, "memberships"), "m53", member="Ei")
    book.save(path)
    # The same answer twice in the folder: the second is explained, not taken.
    shutil.copy(path, finnish_round / "Kuura again.xlsx")
    current = snapshot_of(sample_store)
    collected = collect_files(
        [path, finnish_round / "Kuura again.xlsx"],
        current,
        sample_store.surveys.all(),
        TODAY,
    )
    plan = plan_import(collected.batch, current, sample_store.next_ids(), collected.decisions)
    changes = {i.candidate.key: dict(i.changes) for i in plan.items if i.changes}
    assert changes["r43"]["type"] == "collaboration"
    assert changes["r42"]["last_verified"] == TODAY
    assert changes["m53"] == {"until": TODAY}
    assert plan.errors == 0 and plan.counts()[Outcome.NEW] == 0
    second = [p.text() for p in collected.batch.problems]
    assert second == [
        "Kuura Design Oy (example) has already answered this round "
        "(Kuura Design Oy (example).xlsx). This second answer was left out: compare it with "
        "the first, and make any change it asks for in the map yourself."
    ]


def test_odd_cells_are_explained(sample_store: MapStore, finnish_round: Path) -> None:
    path = finnish_round / "Kuura Design Oy (example).xlsx"
    book = load_workbook(path)
    _answer(_sheet(book, "ties"), "r42", reply="Ehkä")
    _answer(
        _sheet(book, "ties"), "r43", reply="Muuttunut (ks. seuraavat sarakkeet)", new_strength=9
    )
    book.save(path)
    current = snapshot_of(sample_store)
    collected = collect_files([path], current, sample_store.surveys.all(), TODAY)
    lines = [p.line() for p in collected.batch.problems]
    assert lines == [
        "Kuura Design Oy (example).xlsx, Kumppanit, row 5: “Ehkä” is not one of the answers "
        "offered. The row was left out.",
        "Kuura Design Oy (example).xlsx, Kumppanit, row 6: “9” is not a strength from 1 to "
        "5. The row was left out.",
    ]
    assert collected.batch.relationships == []


def test_rounds_go_into_a_backup_and_come_back(
    sample_store: MapStore, finnish_round: Path, tmp_path: Path
) -> None:
    from aspdesk.app.exchange import restore_snapshot
    from aspdesk.io.json_backup import read_json, write_json
    from aspdesk.store.opening import create_map

    backup = tmp_path / "backup.json"
    snapshot = snapshot_of(sample_store)
    assert len(snapshot.surveys) == 1
    write_json(snapshot, backup)
    restored = create_map(tmp_path / "restored.aspmap")
    try:
        restore_snapshot(restored, read_json(backup))
        assert restored.surveys.all() == list(snapshot.surveys)
        again = tmp_path / "again.json"
        write_json(snapshot_of(restored), again)
        assert again.read_bytes() == backup.read_bytes()
    finally:
        restored.close()


def _new_partner_row(book: object, **values: object) -> None:
    partners = _sheet(book, "partners")
    for name, value in values.items():
        partners.cell(4, _column(partners, name), value)  # type: ignore[attr-defined]


def test_partners_added_by_both_ends_or_left_out_by_one(
    sample_store: MapStore, finnish_round: Path
) -> None:
    kuura = finnish_round / "Kuura Design Oy (example).xlsx"
    aapa = finnish_round / "Aapa Puurakenne Oy (example).xlsx"
    ounas = finnish_round / "Ounas Luonnontuote Oy (example).xlsx"
    # Kuura and Aapa both add a funding tie with each other (the map has none of that
    # type); Ounas adds Aapa, who answered without naming Ounas.
    for path, partner in (
        (kuura, "Aapa Puurakenne Oy (example)"),
        (aapa, "Kuura Design Oy (example)"),
    ):
        book = load_workbook(path)
        _new_partner_row(book, partner=partner, type="Rahoitus", strength=2)
        book.save(path)
    book = load_workbook(ounas)
    _new_partner_row(book, partner="Aapa Puurakenne Oy (example)", type="Rahoitus")
    book.save(ounas)
    current = snapshot_of(sample_store)
    collected = collect_files([kuura, aapa, ounas], current, sample_store.surveys.all(), TODAY)
    plan = plan_import(collected.batch, current, sample_store.next_ids(), collected.decisions)
    ties = {i.candidate.key: i for i in plan.items if i.entity_type.value == "relationship"}
    agreed = ties["add|a17|a21|funding"]
    assert agreed.outcome is Outcome.NEW
    assert agreed.entity is not None and agreed.entity.source_info == (  # type: ignore[union-attr]
        "Survey answer of Kuura Design Oy (example) & Aapa Puurakenne Oy (example), 2026-12-05"
    )
    assert ties["add|a19|a21|funding"].outcome is Outcome.ERROR
    assert [p.text() for p in collected.batch.problems] == [
        "Ounas Luonnontuote Oy (example) names Aapa Puurakenne Oy (example) as a partner, but "
        "Aapa Puurakenne Oy (example) answered without naming Ounas Luonnontuote Oy "
        "(example). Ask them, and add the tie in the map if it is true; nothing was changed."
    ]
