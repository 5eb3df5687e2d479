"""The graph's ties grouped as arrays in one pass: the same groups, edges, slots and
neighbours as gathering them tie by tie gave, whatever the ids of the actors."""

from __future__ import annotations

import random

import numpy as np
import pytest

from aspdesk.analysis.network_view import degrees, parallel_slots
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType, Relationship
from aspdesk.graph.scene.edges import Adjacency, EdgeCollector, EdgeGroup, TieColumns, tie_slots
from aspdesk.graph.styling import style

TYPES = ["collaboration", "funding", "rd_partnership", "made_up_type"]


def _ties(actor_ids: list[int], count: int, seed: int) -> list[Relationship]:
    """Ties among ``actor_ids``, many pairs joined several times either way round, some
    to actors not drawn, some unsaved or sharing an id, strengths out of range too."""
    rng = random.Random(seed)
    ties = []
    for n in range(count):
        source = rng.choice(actor_ids[:12]) if n % 3 else rng.choice(actor_ids)
        target = rng.choice(actor_ids[:12]) if n % 3 else rng.choice(actor_ids)
        if n % 17 == 0:
            target = 999_999_999 + n  # an actor the picture does not draw
        tie_id: int | None = n + 1
        if n % 23 == 0:
            tie_id = None
        elif n % 29 == 0:
            tie_id = 5
        ties.append(
            Relationship(
                id=tie_id,
                source_id=source,
                target_id=target,
                type=rng.choice(TYPES),
                directed=rng.random() < 0.3,
                strength=rng.randint(0, 7),
            )
        )
    return ties


def _one_by_one(refs: list[Ref], ties: list[Relationship]) -> dict[tuple[str, str, float], list]:
    """The groups as the canvas gathered them before: tie by tie, in order."""
    node_of = {ref.id: n for n, ref in enumerate(refs) if ref.type is EntityType.ACTOR}
    groups: dict[tuple[str, str, float], list] = {}
    for tie, (slot, count) in zip(ties, parallel_slots(ties), strict=True):
        a, b = node_of.get(tie.source_id), node_of.get(tie.target_id)
        if a is None or b is None:
            continue
        step = slot / 2 if count % 2 == 0 else float(slot)
        if tie.source_id > tie.target_id:
            step = -step
        width = 1.0 + 0.6 * (max(1, min(5, tie.strength)) - 1)
        row = (a, b, step, tie.directed, tie.id or 0)
        groups.setdefault(("tie", tie.type, width), []).append(row)
    return groups


def _rows(group: EdgeGroup) -> list:
    return list(
        zip(
            group.sources.tolist(),
            group.targets.tolist(),
            group.slots.tolist(),
            group.directed.tolist(),
            group.ids.tolist(),
            strict=True,
        )
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tie_slots_are_the_parallel_slots(seed: int) -> None:
    ties = _ties(list(range(1, 40)), 400, seed)
    ids = np.array([t.id or 0 for t in ties], dtype=np.int64)
    slot, count = tie_slots(
        np.array([t.source_id for t in ties], dtype=np.int64),
        np.array([t.target_id for t in ties], dtype=np.int64),
        ids,
        np.array([t.id is None for t in ties], dtype=np.bool_),
    )
    assert list(zip(slot.tolist(), count.tolist(), strict=True)) == parallel_slots(ties)
    assert max(count.tolist()) > 3, "pairs joined several times were tried"


@pytest.mark.parametrize("first_id", [1, 5_000_000_000], ids=["dense ids", "sparse ids"])
def test_ties_are_grouped_as_tie_by_tie(first_id: int) -> None:
    """Groups in the order of their first tie, edges in tie order, widths by strength,
    ties to actors not drawn left out (but counted among their pair's slots)."""
    actor_ids = [first_id + 3 * n for n in range(60)]
    refs = [Ref(EntityType.CLUSTER, 1)] + [Ref(EntityType.ACTOR, i) for i in actor_ids[::-1]]
    ties = _ties(actor_ids, 600, 7)
    collector = EdgeCollector(refs, ties_step_back=True)
    collector.add_ties(ties, TYPES)
    groups = collector.edge_groups(None)

    expected = _one_by_one(refs, ties)
    assert [(g.kind, g.tie_type, g.width) for g in groups] == list(expected)
    assert [_rows(g) for g in groups] == list(expected.values())
    for group in groups:
        line = style.relation_style(group.tie_type, TYPES)
        assert (group.colour, group.dash) == (line.colour, line.dash)
        assert group.alpha < 110, "faint behind the roles, thinner still for so many"
        assert group.sources.dtype == np.int64 and group.slots.dtype == np.float64
    assert sum(len(g.sources) for g in groups) < len(ties)


@pytest.mark.parametrize("first_id", [1, 5_000_000_000], ids=["dense ids", "sparse ids"])
def test_numbers_of_ties_are_the_degrees(first_id: int) -> None:
    """A tie to itself counts once, a tie to an actor not asked for counts for the other."""
    actor_ids = [first_id + 3 * n for n in range(60)]
    ties = _ties(actor_ids, 600, 9) + [
        Relationship(id=900, source_id=actor_ids[7], target_id=actor_ids[7])
    ]
    asked = actor_ids[5:]
    counted = TieColumns.of(ties).degrees(np.array(asked, dtype=np.int64))
    expected = degrees(asked, ties)
    assert dict(zip(asked, counted.tolist(), strict=True)) == expected
    assert any(t.source_id == t.target_id for t in ties if t.source_id in asked)


def test_adjacency_is_found_when_asked() -> None:
    refs = [Ref(EntityType.ACTOR, i) for i in range(1, 31)]
    ties = _ties(list(range(1, 31)), 120, 4)
    collector = EdgeCollector(refs, ties_step_back=False)
    collector.add_ties(ties, TYPES)
    groups = collector.edge_groups(np.arange(30) % 4 == 0)
    joined: list[set[int]] = [set() for _ in refs]
    for group in groups:
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True):
            joined[a].add(b)
            joined[b].add(a)
    adjacency = Adjacency(len(refs), groups)
    assert joined == adjacency and adjacency == joined and list(adjacency) == joined
    assert adjacency[-1] == joined[-1] and adjacency[2:5] == joined[2:5]
    assert adjacency != joined[:-1]
    with pytest.raises(IndexError):
        adjacency[len(refs)]
