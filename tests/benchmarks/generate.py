"""A generated map of realistic shape, for benchmarks here and in later issues.

A few hubs (a regional council, universities, development companies) and many small
actors; ties drawn by preferential attachment, so degrees are skewed as in real networks;
clusters whose members take the role that fits their kind.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.store.opening import create_map

KINDS = [
    ("company", 0.62),
    ("development", 0.08),
    ("research", 0.08),
    ("funder", 0.05),
    ("third_sector", 0.07),
    ("authority", 0.04),
    ("international", 0.04),
    ("other", 0.02),
]
ROLE_FOR_KIND = {
    "company": "member_company",
    "development": "support_service",
    "research": "research_partner",
    "funder": "funder",
    "third_sector": "third_sector_partner",
    "authority": "authority",
    "international": "international_link",
    "other": "member_company",
}
TYPES = ["collaboration", "funding", "rnd_partnership", "customer_supplier", "information_exchange"]
MUNICIPALITIES = ["Rovaniemi", "Kemi", "Tornio", "Sodankylä", "Inari", "Kittilä", "Kemijärvi"]
COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#CC79A7", "#D55E00", "#F0E442", "#000000"]


def generate_map(
    path: Path,
    actors: int = 2000,
    relationships: int = 6000,
    clusters: int = 8,
    seed: int = 7,
    projects: int = 0,
) -> Path:
    """Write a new map with the given numbers of actors, ties, clusters and projects (of
    eight partners each) to ``path``."""
    rng = random.Random(seed)
    store = create_map(path, f"Generated {actors} actors")
    try:
        kinds = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS], k=actors)
        stored = store.bulk_insert(
            Actor(
                name=f"Toimija {n:05d} Oy" if kind == "company" else f"Organisation {n:05d}",
                short_name=f"T{n}",
                kind=kind,
                municipality=rng.choice(MUNICIPALITIES),
                country="FI" if kind != "international" else rng.choice(["SE", "NO", "ES", "GB"]),
                tags=("generated",),
            )
            for n, kind in enumerate(kinds)
        )
        ids = [a.id for a in stored if a.id is not None]
        made = store.bulk_insert(
            Cluster(name=f"Cluster {c + 1}", short_name=f"C{c + 1}", colour=COLOURS[c % 8])
            for c in range(clusters)
        )
        memberships = []
        for cluster in made:
            members = rng.sample(range(actors), k=max(10, actors // (clusters * 2)))
            memberships += [
                Membership(
                    actor_id=ids[m], cluster_id=cluster.id or 0, role=ROLE_FOR_KIND[kinds[m]]
                )
                for m in members
            ]
            memberships.append(
                Membership(actor_id=ids[members[0]], cluster_id=cluster.id or 0, role="coordinator")
            )
        store.bulk_insert(memberships)
        # Preferential attachment: each end is drawn from past ends half of the time.
        ends: list[int] = list(range(min(20, actors)))
        ties = []
        start = date(2014, 1, 1)
        while len(ties) < relationships:
            a = rng.choice(ends) if rng.random() < 0.5 else rng.randrange(actors)
            b = rng.choice(ends) if rng.random() < 0.5 else rng.randrange(actors)
            if a == b:
                continue
            ends += [a, b]
            kind = rng.choice(TYPES)
            ties.append(
                Relationship(
                    source_id=ids[a],
                    target_id=ids[b],
                    type=kind,
                    directed=kind in ("funding", "customer_supplier"),
                    strength=rng.randint(1, 5),
                    start_date=start + timedelta(days=rng.randrange(3650)),
                )
            )
        store.bulk_insert(ties)
        for n in range(projects):
            project = store.insert(
                Project(
                    name=f"Hanke {n:04d}",
                    acronym=f"H{n}",
                    programme=rng.choice(["erdf", "horizon_europe", "interreg_aurora"]),
                    status=rng.choice(["preparation", "submitted", "funded", "closed"]),
                    budget=float(rng.randrange(100, 5000) * 1000),
                )
            )
            members = rng.sample(range(actors), min(8, actors))
            store.bulk_insert(
                ProjectPartner(
                    project_id=project.id or 0,
                    actor_id=stored[m].id or 0,
                    role="coordinator" if i == 0 else "partner",
                    budget_share=12.5,
                )
                for i, m in enumerate(members)
            )
    finally:
        store.close()
    return path
