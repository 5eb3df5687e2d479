"""How fast a 10,000-actor / 30,000-tie map exports to XLSX and CSV (target: well under 10 s).

The map is built in memory (no map file): actors filled in as a busy user would, laid out
at random positions, ties drawn by preferential attachment. Prints figures (run with
``-s``); asserts only that the files open with the right numbers of rows, never a time.
"""

from __future__ import annotations

import csv
import io
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.vocabulary import BUILTIN_TERMS
from aspdesk.io.exporting.spreadsheet_export import write_csv, write_xlsx
from aspdesk.io.snapshot import MapSnapshot

pytestmark = pytest.mark.benchmark

ACTORS, TIES, CLUSTERS = 10_000, 30_000, 8
PROJECTS, PARTNERS_EACH = 200, 6
KINDS = ["company"] * 6 + ["development", "research", "funder", "third_sector"]
TYPES = ["collaboration", "funding", "rnd_partnership", "customer_supplier", "information_exchange"]
PLACES = ["Rovaniemi", "Kemi", "Tornio", "Sodankylä", "Inari", "Kittilä", "Kemijärvi"]


def big_snapshot(seed: int = 11) -> MapSnapshot:
    """A map of ACTORS actors, TIES ties and CLUSTERS clusters with most fields filled in."""
    rng = np.random.default_rng(seed)
    kinds = rng.integers(0, len(KINDS), ACTORS)
    xy = rng.normal(0.0, 400.0, (ACTORS, 2))
    actors = tuple(
        Actor(
            id=n + 1,
            name=f"Toimija {n:05d} Oy" if KINDS[k] == "company" else f"Järjestö {n:05d} ry",
            short_name=f"T{n}",
            kind=KINDS[k],
            description="Kehittää arktisia palveluja ja tuotteita. " * int(n % 3),
            business_id=f"{1000000 + n}-{n % 10}",
            municipality=PLACES[n % len(PLACES)],
            website=f"https://toimija{n}.example.fi",
            email=f"info@toimija{n}.example.fi",
            phone=f"+358 40 {n:07d}" if n % 4 == 0 else "",
            size_class=["micro", "small", "medium", "large"][n % 4],
            sector="Matkailu" if n % 2 else "Teollisuus",
            tags=("generated", "Lappi") if n % 5 == 0 else ("generated",),
            x=float(xy[n, 0]),
            y=float(xy[n, 1]),
            pinned=n % 50 == 0,
        )
        for n, k in enumerate(kinds)
    )
    clusters = tuple(
        Cluster(
            id=c + 1,
            name=f"Klusteri {c + 1}",
            short_name=f"K{c + 1}",
            coordinator_id=c + 1,
            start_date=date(2015, 6, 1),
        )
        for c in range(CLUSTERS)
    )
    members = rng.choice(ACTORS, (CLUSTERS, ACTORS // (CLUSTERS * 2)))
    memberships = tuple(
        Membership(
            id=c * members.shape[1] + i + 1,
            actor_id=int(a) + 1,
            cluster_id=c + 1,
            role="member_company",
            since=date(2015, 6, 1),
        )
        for c in range(CLUSTERS)
        for i, a in enumerate(members[c])
    )
    # Preferential attachment: the second end is drawn from earlier ends half of the time.
    sources = rng.integers(0, ACTORS, TIES)
    targets = np.where(rng.random(TIES) < 0.5, sources[rng.integers(0, TIES, TIES)], sources)
    targets = np.where(
        targets == sources, (sources + rng.integers(1, ACTORS, TIES)) % ACTORS, targets
    )
    days = rng.integers(0, 3650, TIES)
    types = rng.integers(0, len(TYPES), TIES)
    relationships = tuple(
        Relationship(
            id=i + 1,
            source_id=int(sources[i]) + 1,
            target_id=int(targets[i]) + 1,
            type=TYPES[types[i]],
            directed=TYPES[types[i]] == "funding",
            strength=int(days[i] % 5) + 1,
            start_date=date(2014, 1, 1) + timedelta(days=int(days[i])),
            source_info="Haastattelu" if i % 3 else "Hankesuunnitelma",
            last_verified=date(2024, 11, 16),
        )
        for i in range(TIES)
    )
    contacts = tuple(
        Contact(id=n + 1, actor_id=n + 1, name=f"Henkilö {n}", email=f"h{n}@example.fi")
        for n in range(0, ACTORS, 5)
    )
    projects = tuple(
        Project(
            id=p + 1,
            name=f"Hanke {p + 1}",
            acronym=f"H{p + 1}",
            programme="horizon_europe" if p % 3 == 0 else "erdf",
            status="funded",
            budget=1_000_000.0 + p * 1000,
            grant=700_000.0,
            start_date=date(2024, 1, 1),
            end_date=date(2026, 12, 31),
            cluster_ids=(p % CLUSTERS + 1,),
        )
        for p in range(PROJECTS)
    )
    partner_actors = rng.choice(ACTORS, (PROJECTS, PARTNERS_EACH), replace=True)
    project_partners = tuple(
        ProjectPartner(
            id=p * PARTNERS_EACH + i + 1,
            project_id=p + 1,
            actor_id=int(a) + 1,
            role="coordinator" if i == 0 else "partner",
            budget_share=15.0,
        )
        for p in range(PROJECTS)
        for i, a in enumerate(dict.fromkeys(partner_actors[p]))
    )
    return MapSnapshot(
        name="Benchmark map",
        terms=dict(BUILTIN_TERMS),
        actors=actors,
        clusters=clusters,
        contacts=contacts,
        memberships=memberships,
        relationships=relationships,
        projects=projects,
        project_partners=project_partners,
    )


@pytest.fixture(scope="module")
def snapshot() -> MapSnapshot:
    return big_snapshot()


def _counts(snapshot: MapSnapshot) -> list[int]:
    return [
        len(snapshot.actors),
        len(snapshot.clusters),
        len(snapshot.memberships),
        len(snapshot.relationships),
        len(snapshot.contacts),
        len(snapshot.projects),
        len(snapshot.project_partners),
    ]


def test_xlsx_export_speed(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    started = time.perf_counter()
    write_xlsx(snapshot, path)
    took = time.perf_counter() - started
    size = path.stat().st_size / 1e6
    print(f"\nXLSX export 10,000 actors / 30,000 ties: {took:.1f} s ({size:.1f} MB)")

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [sum(1 for _ in sheet.iter_rows(min_col=1, max_col=1)) - 1 for sheet in workbook]
    finally:
        workbook.close()
    assert rows == _counts(snapshot)


@pytest.mark.parametrize("target", ["folder", "big.zip"])
def test_csv_export_speed(snapshot: MapSnapshot, tmp_path: Path, target: str) -> None:
    path = tmp_path / target
    started = time.perf_counter()
    write_csv(snapshot, path)
    took = time.perf_counter() - started
    print(f"\nCSV export ({target}) 10,000 actors / 30,000 ties: {took:.1f} s")

    names = [
        "actors",
        "clusters",
        "memberships",
        "relationships",
        "contacts",
        "projects",
        "project_partners",
    ]
    if target.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            texts = [archive.read(f"{n}.csv").decode("utf-8-sig") for n in names]
    else:
        texts = [(path / f"{n}.csv").read_text(encoding="utf-8-sig") for n in names]
    rows = [len(list(csv.reader(io.StringIO(text, newline="")))) - 1 for text in texts]
    assert rows == _counts(snapshot)
