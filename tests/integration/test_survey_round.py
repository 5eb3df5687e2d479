"""A survey round on the sample map's Arctic design cluster, from the questionnaires to the
map afterwards: five answers filled in with openpyxl as members would, the preview row by
row, the map's exact changes with their sources, and the whole collection as one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from aspdesk.analysis.health.check import check_clusters
from aspdesk.app.document import Document
from aspdesk.app.importing import ImportData, prepare
from aspdesk.app.report_html import gather, report_html
from aspdesk.app.survey import collect_files, new_round, store_round, with_rounds, write_round
from aspdesk.domain.entities import EntityType
from aspdesk.domain.survey import Action
from aspdesk.io.merging.plan import Outcome
from aspdesk.io.merging.planner import plan_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore

TODAY = date(2026, 12, 5)


def _english(_context: str, text: str) -> str:
    return text


def _stale(snapshot: MapSnapshot) -> str:
    """The text of the Arctic design cluster's finding of ties not checked for long."""
    findings = check_clusters(
        snapshot.clusters,
        snapshot.actors,
        snapshot.memberships,
        snapshot.relationships,
        TODAY,
    )
    return " ".join(f.text() for f in findings[ARCTIC_DESIGN] if f.code == "stale_ties")


ARCTIC_DESIGN = 5
DIGIPOLIS, ROVANIEMEN_KEHITYS, KUURA, OUNAS, AAPA = 2, 8, 17, 19, 21
MARJATILA = 18  # Lapin Marjatila Oy: in the map, not a member of the cluster


def _sheet(workbook: object, kind: str) -> object:
    return next(ws for ws in workbook if ws["A1"].value == f"aspdesk-survey:{kind}")  # type: ignore[attr-defined]


def _row(sheet: object, code: str) -> int:
    for row in range(4, sheet.max_row + 1):  # type: ignore[attr-defined]
        if sheet.cell(row, 1).value == code:  # type: ignore[attr-defined]
            return row
    raise AssertionError(f"no row {code}")


def _column(sheet: object, code: str) -> int:
    for column in range(2, sheet.max_column + 1):  # type: ignore[attr-defined]
        if sheet.cell(2, column).value == code:  # type: ignore[attr-defined]
            return column
    raise AssertionError(f"no column {code}")


def _answer(sheet: object, code: str, **values: object) -> None:
    row = _row(sheet, code)
    for name, value in values.items():
        sheet.cell(row, _column(sheet, name), value)  # type: ignore[attr-defined]


def _new_partner(sheet: object, index: int, **values: object) -> None:
    for name, value in values.items():
        sheet.cell(4 + index, _column(sheet, name), value)  # type: ignore[attr-defined]


def fill_answers(folder: Path) -> list[Path]:
    """Five members answer as people would, in the workbook's own words (Finnish here)."""
    files = {p.name: p for p in folder.iterdir()}
    answered = []

    def edit(name: str) -> tuple[object, Path]:
        path = files[name]
        answered.append(path)
        return load_workbook(path), path

    # Aapa Puurakenne confirms both its ties.
    book, path = edit("Aapa Puurakenne Oy (example).xlsx")
    ties = _sheet(book, "ties")
    _answer(ties, "r45", reply="Still true")
    _answer(ties, "r44", reply="Still true")
    book.save(path)  # type: ignore[attr-defined]
    # Kuura Design says its tie with Aapa has ended (Aapa disagrees), confirms one,
    # strengthens another, and adds a known and a new partner.
    book, path = edit("Kuura Design Oy (example).xlsx")
    ties = _sheet(book, "ties")
    _answer(ties, "r45", reply="Ended or never was")
    _answer(ties, "r42", reply="Still true")
    _answer(ties, "r43", reply="Changed (see the next columns)", new_strength=5)
    partners = _sheet(book, "partners")
    _new_partner(partners, 0, partner="Lapin Marjatila Oy (example)", strength=2)
    _new_partner(
        partners, 1, partner="Revontuli Design Oy", business_id="1234567-1", type="Collaboration"
    )
    _answer(_sheet(book, "memberships"), "m53", member="Yes")
    book.save(path)  # type: ignore[attr-defined]
    # Ounas Luonnontuote ends its competition with Lapin Marjatila.
    book, path = edit("Ounas Luonnontuote Oy (example).xlsx")
    _answer(_sheet(book, "ties"), "r35", reply="Ended or never was")
    book.save(path)  # type: ignore[attr-defined]
    # Digipolis gives its business ID with a typo (a wrong check digit) and confirms a tie.
    book, path = edit("Digipolis.xlsx")
    _answer(_sheet(book, "details"), "business_id", answer="1234567-8")
    _answer(_sheet(book, "ties"), "r1", reply="Still true")
    book.save(path)  # type: ignore[attr-defined]
    # Rovaniemen Kehitys renames its partners sheet, confirms two ties and leaves the cluster.
    book, path = edit("Rovaniemen Kehitys.xlsx")
    ties = _sheet(book, "ties")
    ties.title = "Our partners"  # type: ignore[attr-defined]
    _answer(ties, "r23", reply="Still true")
    _answer(ties, "r24", reply="Still true")
    _answer(_sheet(book, "memberships"), "m31", member="No")
    book.save(path)  # type: ignore[attr-defined]
    return answered


@pytest.fixture
def document(sample_store: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(sample_store, "en")
    yield doc
    doc.undo_stack.clear()


def test_round_on_arctic_design(document: Document, tmp_path: Path) -> None:
    store = document.store
    snapshot = document.snapshot()
    survey_round = new_round(snapshot, ARCTIC_DESIGN, "en", TODAY, store.surveys.next_id())
    written = write_round(snapshot, survey_round, tmp_path / "round")
    store_round(store, survey_round)
    members = {m.actor_id for m in snapshot.memberships if m.cluster_id == ARCTIC_DESIGN}
    assert len(written) == len(members) == 11
    assert {p.name for p in written} >= {"Kuura Design Oy (example).xlsx", "Digipolis.xlsx"}

    answers = fill_answers(tmp_path / "round")
    rounds = document.survey_rounds()
    before = document.snapshot()
    collected = collect_files(answers, before, rounds, TODAY)
    plan = plan_import(collected.batch, before, document.next_ids(), collected.decisions)

    rows = {
        (item.entity_type, item.candidate.key): (item.outcome, dict(item.changes))
        for item in plan.items
        if item.outcome is not Outcome.UNCHANGED
    }
    source = "Survey answer of {}, 2026-12-05"
    kuura, aapa = "Kuura Design Oy (example)", "Aapa Puurakenne Oy (example)"
    rk = "Rovaniemen Kehitys"
    tie = EntityType.RELATIONSHIP
    assert set(rows) == {
        (EntityType.ACTOR, f"a{DIGIPOLIS}"),
        (EntityType.ACTOR, "new:revontuli design"),
        (EntityType.MEMBERSHIP, "m31"),
        *((tie, f"r{n}") for n in (1, 23, 24, 35, 42, 43, 44, 45)),
        (tie, f"add|a{KUURA}|a{MARJATILA}|collaboration"),
        (tie, f"add|a{KUURA}|new:revontuli design|collaboration"),
    }
    # The rest are the organisations (and the cluster) the answers name, matched by id.
    unchanged = {i.candidate.key for i in plan.items if i.outcome is Outcome.UNCHANGED}
    assert unchanged == {"a1", "a5", "a8", "a17", "a18", "a19", "a21", f"c{ARCTIC_DESIGN}"}
    assert rows[(tie, "r45")][0] is Outcome.ERROR  # the disagreement, left to the coordinator
    assert rows[(tie, "r44")] == (
        Outcome.CONFLICT,
        {"last_verified": TODAY, "source_info": source.format(aapa)},
    )
    assert rows[(tie, "r42")][1] == {"last_verified": TODAY, "source_info": source.format(kuura)}
    assert rows[(tie, "r43")][1] == {
        "last_verified": TODAY,
        "source_info": source.format(kuura),
        "strength": 5,
    }
    ounas = "Ounas Luonnontuote Oy (example)"
    assert rows[(tie, "r35")][1] == {
        "end_date": TODAY,
        "last_verified": TODAY,
        "source_info": source.format(ounas),
    }
    assert rows[(tie, "r1")][1]["source_info"] == source.format("Digipolis")
    assert rows[(tie, "r23")][1]["source_info"] == source.format(rk)  # the renamed sheet
    assert rows[(tie, "r24")][1]["source_info"] == source.format(rk)
    new_actor = rows[(EntityType.ACTOR, "new:revontuli design")]
    assert new_actor[0] is Outcome.NEW
    added = [key for (kind, key) in rows if kind is tie and key.startswith("add|")]
    assert sorted(added) == [
        f"add|a{KUURA}|a{MARJATILA}|collaboration",
        f"add|a{KUURA}|new:revontuli design|collaboration",
    ]
    assert all(rows[(tie, key)][0] is Outcome.NEW for key in added)
    digipolis = next(i for i in plan.items if i.candidate.key == f"a{DIGIPOLIS}")
    assert digipolis.dropped == ("business_id",)  # the typo: left out, said in the notes
    assert "check digit" in str(digipolis.changes["notes"])
    membership = rows[(EntityType.MEMBERSHIP, "m31")]
    assert membership == (Outcome.UPDATED, {"until": TODAY})
    disagreement = [p.text() for p in collected.batch.problems if "disagree" in p.text()]
    assert disagreement == [
        f"The answers disagree: {aapa} says “still true”, {kuura} says “ended”. "
        "Decide in the map which is right; nothing was changed."
    ]
    assert plan.errors == 1 and not plan.ready

    # The coordinator imports the rest: one undo step.
    from dataclasses import replace

    plan = plan_import(
        collected.batch, before, document.next_ids(), replace(plan.decisions, skip_errors=True)
    )
    prepared = with_rounds(prepare(plan, before), plan, collected, rounds)
    undo_steps = document.undo_stack.count()
    assert document.push(ImportData(document, prepared, "Collect survey answers"))
    assert document.undo_stack.count() == undo_steps + 1

    after = document.snapshot()
    ties = {t.id: t for t in after.relationships}
    assert ties[45] == next(t for t in before.relationships if t.id == 45)  # untouched
    assert ties[44].last_verified == TODAY and ties[44].source_info == source.format(aapa)
    assert ties[43].strength == 5
    assert ties[35].end_date == TODAY
    assert ties[24].source_info == source.format(rk)
    names = {a.id: a.name for a in after.actors}
    new_ties = {(names[t.source_id], names[t.target_id]) for t in after.relationships} - {
        (names[t.source_id], names[t.target_id]) for t in before.relationships
    }
    assert new_ties == {(kuura, "Lapin Marjatila Oy (example)"), (kuura, "Revontuli Design Oy")}
    assert len(after.actors) == len(before.actors) + 1
    assert next(a for a in after.actors if a.id == DIGIPOLIS).business_id == ""
    assert next(m for m in after.memberships if m.id == 31).until == TODAY
    changed = sum(
        1 for a, b in zip(before.relationships, after.relationships, strict=False) if a != b
    )
    assert changed == 7  # r1, r23, r24, r35, r42, r43, r44
    recorded = document.survey_rounds()[0]
    assert sorted(a.actor_id for a in recorded.answers) == sorted(
        [AAPA, KUURA, OUNAS, DIGIPOLIS, ROVANIEMEN_KEHITYS]
    )
    assert len(recorded.waiting()) == 6
    actions = {(c.entity_type, c.entity_id): c.action for c in recorded.changes}
    assert actions[("relationship", 35)] is Action.ENDED
    assert actions[("relationship", 44)] is Action.CONFIRMED
    assert actions[("relationship", 43)] is Action.CHANGED
    assert actions[("membership", 31)] is Action.ENDED

    # The health check counts the ties confirmed in the round as checked.
    assert _stale(before).startswith("17 relationships have not been checked")
    assert _stale(after).startswith("11 relationships have not been checked")
    # The report says who answered, who has not, and what the round changed.
    html = report_html(gather(after, "en", _english, TODAY), _english)
    assert "Arctic design, sent 2026-12-05" in html
    assert "Asked 11, answered 5, not answered 6; answers due 2026-12-26." in html
    assert "What the answers did: confirmed 5, ended 2, changed 2, added 3." in html
    assert "Not answered yet: Digipolis" not in html and "Lapin liitto" in html

    document.undo_stack.undo()
    undone = document.snapshot()
    assert undone.relationships == before.relationships
    assert undone.actors == before.actors
    assert undone.memberships == before.memberships
    assert document.survey_rounds()[0].answers == ()
