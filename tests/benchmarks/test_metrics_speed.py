"""How fast the network metrics and the cluster health check run on large maps.

Targets: every metric for 2,000 actors under 1 s; for 10,000 actors the result arrives with
progress shown (betweenness sampled from 1,000 sources). The ties are drawn as in
generate.py's maps (many lone actors and small parts) and by preferential attachment
(connected, a few hubs), at 2,000 actors / 6,000 ties and 10,000 / 30,000. Prints figures
(run with ``-s``), including the longest wait between two progress reports, which is how
long a cancel can take; asserts only what the result must be, never a time.
"""

from __future__ import annotations

import time
from datetime import date

import numpy as np
import pytest

from aspdesk.analysis.health.check import check_clusters
from aspdesk.analysis.metrics import NetworkMetrics, compute_metrics
from aspdesk.domain.entities import Actor, Relationship
from tests.benchmarks.test_export_speed import big_snapshot
from tests.benchmarks.test_layout_speed import generated_ties, preferential_attachment

pytestmark = pytest.mark.benchmark

SHAPES = {"generated": generated_ties, "preferential": preferential_attachment}


def _network(shape: str, nodes: int, ties: int) -> tuple[list[Actor], list[Relationship]]:
    pairs = SHAPES[shape](nodes, ties)
    actors = [Actor(id=n + 1, name=f"Toimija {n:05d} Oy") for n in range(nodes)]
    relationships = [
        Relationship(
            id=i + 1,
            source_id=int(a) + 1,
            target_id=int(b) + 1,
            directed=i % 7 == 0,
            strength=i % 5 + 1,
        )
        for i, (a, b) in enumerate(pairs)
    ]
    return actors, relationships


def _timed(
    actors: list[Actor], relationships: list[Relationship], **options: int
) -> tuple[NetworkMetrics, float, float, int]:
    """The metrics, the seconds they took, the longest gap between progress reports, reports."""
    reports: list[float] = []
    started = time.perf_counter()
    metrics = compute_metrics(
        actors,
        relationships,
        progress=lambda _d, _t: reports.append(time.perf_counter()),
        **options,
    )
    took = time.perf_counter() - started
    longest = float(np.diff([started, *reports]).max())
    return metrics, took, longest, len(reports)


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize(("nodes", "ties"), [(2_000, 6_000), (10_000, 30_000)])
def test_metrics_speed(shape: str, nodes: int, ties: int) -> None:
    actors, relationships = _network(shape, nodes, ties)
    metrics, took, longest, reports = _timed(actors, relationships)
    parts = int(metrics.component.max()) + 1
    print(
        f"\nmetrics, {shape} ties, {nodes:,} actors / {ties:,} ties: {took:.2f} s "
        f"({reports} progress reports, longest gap {longest:.2f} s; {parts} parts, "
        f"{len(metrics.isolated)} lone, {int(metrics.community.max()) + 1} communities, "
        f"approximate: {', '.join(sorted(metrics.approximate)) or 'nothing'})"
    )
    assert metrics.betweenness.shape == (nodes,)
    assert np.isfinite(metrics.betweenness).all() and np.isfinite(metrics.closeness).all()
    assert metrics.approximate == (frozenset({"betweenness"}) if nodes > 5000 else frozenset())
    assert metrics.modularity > 0.3


def test_sampled_betweenness_against_exact() -> None:
    actors, relationships = _network("generated", 10_000, 30_000)
    sampled, took_sampled, _, _ = _timed(actors, relationships)
    exact, took_exact, longest, _ = _timed(actors, relationships, exact_limit=10_000)
    top = np.argsort(exact.betweenness)[::-1][:20]
    error = np.abs(sampled.betweenness[top] / exact.betweenness[top] - 1)
    same = len(set(top.tolist()) & set(np.argsort(sampled.betweenness)[::-1][:20].tolist()))
    print(
        f"\nmetrics, 10,000 actors: sampled {took_sampled:.2f} s, exact {took_exact:.2f} s "
        f"(longest gap {longest:.2f} s); top 20 by betweenness: {same} the same, "
        f"error {100 * float(error.mean()):.1f} % on average, {100 * float(error.max()):.1f} % "
        f"at most"
    )
    assert exact.approximate == frozenset()
    assert same >= 15


def test_health_check_speed() -> None:
    snapshot = big_snapshot()
    started = time.perf_counter()
    findings = check_clusters(
        snapshot.clusters,
        snapshot.actors,
        snapshot.memberships,
        snapshot.relationships,
        date(2025, 6, 1),
    )
    took = time.perf_counter() - started
    count = sum(len(f) for f in findings.values())
    print(
        f"\nhealth check, {len(snapshot.actors):,} actors / {len(snapshot.relationships):,} "
        f"ties / {len(snapshot.clusters)} clusters of about "
        f"{len(snapshot.memberships) // len(snapshot.clusters)} members: {took:.2f} s, "
        f"{count} findings"
    )
    assert set(findings) == {c.id for c in snapshot.clusters}
    assert all(any(f.code == "missing_role" for f in found) for found in findings.values())
