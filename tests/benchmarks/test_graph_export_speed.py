"""GraphML and GEXF export speed on a map of 10,000 actors and 30,000 ties.

Prints figures (run with ``-s``); the aim is well under 10 s each. Asserts only that the
files are well-formed and hold every node and edge, never a time.
"""

from __future__ import annotations

import random
import time
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.vocabulary import BUILTIN_TERMS
from aspdesk.io.exporting.graph_formats import write_gexf, write_graphml
from aspdesk.io.snapshot import MapSnapshot

pytestmark = pytest.mark.benchmark

ACTORS, TIES, CLUSTERS, MEMBERS = 10_000, 30_000, 8, 600
KINDS = ["company", "development", "research", "funder", "third_sector", "authority"]
TYPES = ["collaboration", "funding", "rnd_partnership", "customer_supplier"]


def _snapshot() -> MapSnapshot:
    rng = random.Random(7)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    actors = tuple(
        Actor(
            id=n,
            name=f"Toimija {n:05d} Oy",
            short_name=f"T{n}",
            kind=rng.choice(KINDS),
            municipality="Rovaniemi",
            size_class="small",
            tags=("generated", "ärsyke"),
            created_at=now,
            updated_at=now,
            x=rng.uniform(-1000, 1000),
            y=rng.uniform(-1000, 1000),
        )
        for n in range(1, ACTORS + 1)
    )
    clusters = tuple(Cluster(id=c, name=f"Cluster {c}") for c in range(1, CLUSTERS + 1))
    memberships = tuple(
        Membership(id=c * MEMBERS + m, actor_id=rng.randint(1, ACTORS), cluster_id=c + 1)
        for c in range(CLUSTERS)
        for m in range(MEMBERS)
    )
    relationships = tuple(
        Relationship(
            id=n,
            source_id=rng.randint(1, ACTORS),
            target_id=rng.randint(1, ACTORS),
            type=rng.choice(TYPES),
            directed=rng.random() < 0.2,
            strength=rng.randint(1, 5),
            start_date=date(2015, 6, 1),
            source_info="Generated",
        )
        for n in range(1, TIES + 1)
    )
    return MapSnapshot(
        name="Generated",
        terms=dict(BUILTIN_TERMS),
        actors=actors,
        clusters=clusters,
        memberships=memberships,
        relationships=relationships,
    )


def _counts(path: Path, node: str, edge: str) -> tuple[int, int]:
    root = ET.parse(path).getroot()
    return sum(1 for _ in root.iter(node)), sum(1 for _ in root.iter(edge))


def test_graph_export_speed(tmp_path: Path) -> None:
    snapshot = _snapshot()
    nodes, edges = ACTORS + CLUSTERS, TIES + CLUSTERS * MEMBERS
    exports = [
        ("GraphML", write_graphml, "{http://graphml.graphdrawing.org/xmlns}"),
        ("GEXF", write_gexf, "{http://gexf.net/1.3}"),
    ]
    print(f"\n--- {ACTORS:,} actors / {TIES:,} relationships / {edges - TIES:,} memberships ---")
    for label, write, namespace in exports:
        path = tmp_path / f"map.{label.lower()}"
        started = time.perf_counter()
        write(snapshot, path)
        seconds = time.perf_counter() - started
        megabytes = path.stat().st_size / 1e6
        print(f"{label} export {ACTORS:,} / {TIES:,}: {seconds:.1f} s, {megabytes:.1f} MB")
        assert _counts(path, f"{namespace}node", f"{namespace}edge") == (nodes, edges)
