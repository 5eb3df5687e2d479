"""How fast a 10,000-actor / 30,000-tie workbook imports (target: under 15 s), step by step.

The workbook is the XLSX export of the benchmark map (valid business IDs, every sheet),
imported into an empty map file as the window does it: read, plan, place, store in one
transaction. Then the same file is planned against the now full map (everything
unchanged), which is the cost of re-importing an edited export. Prints figures (run with
``-s``); asserts the results, never a time.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import all_translations, commit, plan_for, prepare
from aspdesk.domain.entities import EntityType
from aspdesk.domain.validation import business_id_check_digit
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.exporting.spreadsheet_export import write_xlsx
from aspdesk.io.importing.formats import read_import
from aspdesk.io.merging.planner import Outcome
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import create_map

from .test_export_speed import ACTORS, TIES, big_snapshot

pytestmark = pytest.mark.benchmark


def _valid_business_id(n: int) -> str:
    digits = 1_000_000 + n
    while business_id_check_digit(f"{digits:07d}") is None:
        digits += 5_000_000  # a Y-tunnus with no possible check digit: take another
    return f"{digits:07d}-{business_id_check_digit(f'{digits:07d}')}"


def _valid_snapshot() -> MapSnapshot:
    """The benchmark map as a map could hold it: valid business IDs, no repeated role."""
    snapshot = big_snapshot()
    # A map holds one membership per actor, cluster and role; the generator may repeat one.
    unique = {(m.actor_id, m.cluster_id, m.role): m for m in reversed(snapshot.memberships)}
    return replace(
        snapshot,
        actors=tuple(
            replace(a, business_id=_valid_business_id(n)) for n, a in enumerate(snapshot.actors)
        ),
        memberships=tuple(sorted(unique.values(), key=lambda m: m.id or 0)),
    )


def test_xlsx_import_of_the_benchmark_map(tmp_path: Path) -> None:
    snapshot = _valid_snapshot()
    source = tmp_path / "big.xlsx"
    write_xlsx(snapshot, source)
    store = create_map(tmp_path / "big.aspmap")
    known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
    terms = {v: store.terms(v) for v in Vocabulary}
    translations = all_translations()

    times: dict[str, float] = {}
    start = time.perf_counter()
    batch = read_import(source, known_codes=known, terms=terms, translations=translations)
    times["read"] = time.perf_counter() - start
    start = time.perf_counter()
    plan = plan_for(store, batch)
    times["plan"] = time.perf_counter() - start
    start = time.perf_counter()
    prepared = prepare(plan, snapshot_of(store))
    times["place"] = time.perf_counter() - start
    start = time.perf_counter()
    commit(store, prepared)
    times["store"] = time.perf_counter() - start
    total = sum(times.values())

    assert batch.problems == [] and plan.ready
    counts = store.counts()
    assert counts[EntityType.ACTOR] == ACTORS and counts[EntityType.RELATIONSHIP] == TIES
    start = time.perf_counter()
    again = plan_for(
        store, read_import(source, known_codes=known, terms=terms, translations=translations)
    )
    replan = time.perf_counter() - start
    assert set(again.counts()) == {Outcome.UNCHANGED}
    store.close()
    steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in times.items())
    print(
        f"\nXLSX import of {ACTORS:,} actors / {TIES:,} ties "
        f"({source.stat().st_size / 1e6:.1f} MB): {total:.2f} s in all ({steps}); "
        f"re-importing the same file into the full map: {replan:.2f} s"
    )


def _timed_import(source: Path, target: Path) -> tuple[dict[str, float], int]:
    """Import ``source`` into a new map at ``target``; seconds per step and actors stored."""
    store = create_map(target)
    known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
    terms = {v: store.terms(v) for v in Vocabulary}
    times: dict[str, float] = {}
    start = time.perf_counter()
    batch = read_import(source, known_codes=known, terms=terms)
    times["read"] = time.perf_counter() - start
    start = time.perf_counter()
    plan = plan_for(store, batch)
    times["plan"] = time.perf_counter() - start
    assert plan.ready and batch.problems == []
    start = time.perf_counter()
    prepared = prepare(plan, snapshot_of(store))
    times["place"] = time.perf_counter() - start
    start = time.perf_counter()
    commit(store, prepared)
    times["store"] = time.perf_counter() - start
    actors = store.counts()[EntityType.ACTOR]
    assert all(a.x is not None for a in store.actors()), "every imported actor is placed"
    store.close()
    return times, actors


def test_graphml_and_plain_csv_imports(tmp_path: Path) -> None:
    from aspdesk.io.exporting.graph_formats import write_graphml

    snapshot = _valid_snapshot()
    # positions dropped: the import lays out 10,000 actors and 30,000 ties afresh
    snapshot = replace(snapshot, actors=tuple(replace(a, x=None, y=None) for a in snapshot.actors))
    graphml = tmp_path / "big.graphml"
    write_graphml(snapshot, graphml)
    csv_file = tmp_path / "list.csv"
    lines = ["Nimi;Kunta;Tyyppi"] + [f"Yritys {n} Oy;Kemi;yritys" for n in range(ACTORS)]
    csv_file.write_text("\n".join(lines), encoding="utf-8")

    for source in (graphml, csv_file):
        times, actors = _timed_import(source, tmp_path / f"{source.stem}.aspmap")
        assert actors == ACTORS
        steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in times.items())
        print(
            f"\n{source.suffix} import of {actors:,} actors: {sum(times.values()):.2f} s ({steps})"
        )
