"""How fast the consortium builder checks a consortium and finds suggestions on a big map.

The builder runs both on every change (a partner added, a role changed), so they must feel
instant: on the 10,000-actor / 30,000-tie benchmark map with 8 clusters, a Horizon Europe
consortium of six partners from Finland and Norway (the three-countries rule not met).
Prints figures (run with ``-s``); asserts only what the result must be, never a time.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from aspdesk.analysis.consortium.builder import (
    check_consortium,
    load_programmes,
    partner_from_actor,
    suggest,
)
from tests.benchmarks.test_export_speed import big_snapshot

pytestmark = pytest.mark.benchmark


def test_check_and_suggest_on_a_big_map() -> None:
    snapshot = big_snapshot()
    # A few actors abroad, so that the missing-country rule has candidates.
    abroad = {n: ("SE", "ES", "DE", "NO")[n % 4] for n in range(7, 10_000, 97)}
    actors = [replace(a, country=abroad.get((a.id or 0) - 1, a.country)) for a in snapshot.actors]
    programme = load_programmes()["horizon_europe"]
    chosen = [actors[0], actors[1], actors[2], actors[7], actors[3], actors[4]]
    partners = [
        partner_from_actor(a, "coordinator" if i == 0 else "partner") for i, a in enumerate(chosen)
    ]

    started = time.perf_counter()
    results = check_consortium(programme, partners)
    checked = time.perf_counter() - started
    started = time.perf_counter()
    found = suggest(
        programme,
        partners,
        actors,
        snapshot.relationships,
        snapshot.memberships,
        clusters=snapshot.clusters,
    )
    suggested = time.perf_counter() - started
    print(
        f"\nConsortium of 6 on 10,000 actors / 30,000 ties: check {checked * 1000:.2f} ms, "
        f"suggestions {suggested * 1000:.0f} ms ({len(found)} suggestions)"
    )
    unmet = [r.rule.id for r in results if not r.met]
    assert "three_countries" in unmet
    fills = [s for s in found if s.fills == "three_countries"]
    assert fills and all(actors[s.actor_id - 1].country not in {"FI", "NO"} for s in fills)
    scores = [s.score for s in fills]
    assert scores == sorted(scores, reverse=True)
