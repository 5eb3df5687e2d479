"""Which part of a map the network view shows: filters, neighbourhoods, search, tie slots.

Everything here works on the plain entities of :mod:`aspdesk.domain.entities` and answers
with ids and numbers, so the canvas, the tables and the tests share one definition of
"visible". Entities without an id (not stored yet) are never shown and never counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from aspdesk.domain.entities import Actor, Membership, ProjectPartner, Relationship
from aspdesk.domain.records import record

DIRECTIONS = ("both", "out", "in")
MAX_DEPTH = 3


@record
class GraphFilter:
    """What the user asked the network view to show.

    ``None`` in ``clusters``, ``kinds`` or ``types`` means "all". With ``clusters`` set, only
    actors with a membership in one of those clusters are shown (a membership active at
    ``as_of`` when that is set). ``as_of`` shows the network as it was on that day: ties and
    memberships not active then are hidden; actors are hidden by date only through the
    cluster filter. ``hidden`` holds the actors the user hid by hand. ``project`` shows the
    network of that project only: its partners, the actors tied to them and the ties that
    have a partner at one end (see :func:`project_network`).
    """

    clusters: frozenset[int] | None = None
    kinds: frozenset[str] | None = None
    types: frozenset[str] | None = None
    as_of: date | None = None
    hidden: frozenset[int] = frozenset()
    project: int | None = None

    def is_empty(self) -> bool:
        """Whether the filter hides nothing (no criterion is set)."""
        return (
            self.clusters is None
            and self.kinds is None
            and self.types is None
            and self.as_of is None
            and not self.hidden
            and self.project is None
        )


@record
class VisibleNetwork:
    """The ids the view shows under a filter, and how much the filter hid.

    ``project_partners`` are the partners on show of the filter's project (empty without
    a project filter).
    """

    actors: frozenset[int]
    relationships: frozenset[int]
    memberships: frozenset[int]
    hidden_actors: int
    hidden_relationships: int
    project_partners: frozenset[int] = frozenset()


def _active(start: date | None, end: date | None, day: date | None) -> bool:
    """Whether a period with inclusive, possibly open ends covers ``day`` (``None``: always)."""
    if day is None:
        return True
    return (start is None or start <= day) and (end is None or day <= end)


def relationship_is_active(relationship: Relationship, day: date | None) -> bool:
    """Whether ``relationship`` holds on ``day`` (start and end dates inclusive)."""
    return _active(relationship.start_date, relationship.end_date, day)


def membership_is_active(membership: Membership, day: date | None) -> bool:
    """Whether ``membership`` holds on ``day`` (since and until inclusive)."""
    return _active(membership.since, membership.until, day)


def visible_network(
    actors: Iterable[Actor],
    memberships: Iterable[Membership],
    relationships: Iterable[Relationship],
    graph_filter: GraphFilter,
    partners: Iterable[ProjectPartner] = (),
) -> VisibleNetwork:
    """The actors, ties and memberships ``graph_filter`` lets through.

    A tie is shown when both its ends are shown, its type passes and it is active at
    ``as_of``; it counts as hidden otherwise (also when an end is hidden or unknown). A
    membership is shown when its actor is shown, its cluster passes and it is active.
    With a project in the filter, ``partners`` (the map's project partners) say who is in
    it, and only its network is left of what the other criteria let through.
    """
    f = graph_filter
    stored_memberships = [m for m in memberships if m.id is not None]
    stored_ties = [r for r in relationships if r.id is not None]
    actor_ids: set[int] = set()
    shown_actors: set[int] = set()
    in_clusters: set[int] = set()
    if f.clusters is not None:
        in_clusters = {
            m.actor_id
            for m in stored_memberships
            if m.cluster_id in f.clusters and membership_is_active(m, f.as_of)
        }
    for actor in actors:
        if actor.id is None:
            continue
        actor_ids.add(actor.id)
        if actor.id in f.hidden:
            continue
        if f.kinds is not None and actor.kind not in f.kinds:
            continue
        if f.clusters is not None and actor.id not in in_clusters:
            continue
        shown_actors.add(actor.id)

    passing = [
        r for r in stored_ties if r.source_id in shown_actors and r.target_id in shown_actors
    ]
    # The type and the day are tested only when the filter names them: testing them as well
    # on every tie, when it named neither, took 30,000 ties 8 ms instead of 4.
    if f.types is not None or f.as_of is not None:
        passing = [
            r
            for r in passing
            if (f.types is None or r.type in f.types) and relationship_is_active(r, f.as_of)
        ]
    in_project: frozenset[int] = frozenset()
    if f.project is not None:
        in_project = frozenset(
            p.actor_id for p in partners if p.project_id == f.project
        ) & frozenset(shown_actors)
        shown_actors, passing = project_network(in_project, passing)
    shown_ties = frozenset(r.id for r in passing if r.id is not None)
    shown_memberships = frozenset(
        m.id
        for m in stored_memberships
        if m.id is not None
        and m.actor_id in shown_actors
        and (f.clusters is None or m.cluster_id in f.clusters)
        and membership_is_active(m, f.as_of)
    )
    tie_ids = {r.id for r in stored_ties}
    return VisibleNetwork(
        actors=frozenset(shown_actors),
        relationships=shown_ties,
        memberships=shown_memberships,
        hidden_actors=len(actor_ids) - len(shown_actors),
        hidden_relationships=len(tie_ids) - len(shown_ties),
        project_partners=in_project,
    )


def project_network(
    partners: frozenset[int], relationships: Iterable[Relationship]
) -> tuple[set[int], list[Relationship]]:
    """The network of a project with ``partners`` (actor ids) in ``relationships``.

    Its actors are the partners and every actor tied to one of them (in either
    direction); its ties are those with a partner at one end or both. Ties between two
    neighbours are left out: they are the neighbours' business, not the project's.
    """
    ties = [r for r in relationships if r.source_id in partners or r.target_id in partners]
    actors = set(partners)
    for r in ties:
        actors.add(r.source_id)
        actors.add(r.target_id)
    return actors, ties


def neighbourhood(
    seeds: Iterable[int],
    relationships: Iterable[Relationship],
    depth: int,
    direction: str = "both",
) -> frozenset[int]:
    """The actors at most ``depth`` ties (1 to 3) away from ``seeds``, the seeds included.

    ``direction`` is ``"both"`` (ties in either direction), ``"out"`` (directed ties from
    source to target, undirected ties both ways) or ``"in"`` (directed ties from target to
    source, undirected ties both ways). Only the ties passed in are followed.
    """
    if isinstance(depth, bool) or not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth must be 1 to {MAX_DEPTH}, not {depth!r}")
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")
    steps: defaultdict[int, set[int]] = defaultdict(set)
    for r in relationships:
        forward = direction != "in" or not r.directed
        backward = direction != "out" or not r.directed
        if forward:
            steps[r.source_id].add(r.target_id)
        if backward:
            steps[r.target_id].add(r.source_id)
    reached = set(seeds)
    frontier = set(reached)
    for _ in range(depth):
        frontier = {n for a in frontier for n in steps.get(a, ())} - reached
        if not frontier:
            break
        reached |= frontier
    return frozenset(reached)


def _centred_slot(position: int, count: int) -> int:
    """The slot of the ``position``-th (from 0) of ``count`` ties, centred on zero."""
    if count % 2:
        return position - (count - 1) // 2
    return 2 * position - (count - 1)


def parallel_slots(relationships: Sequence[Relationship]) -> list[tuple[int, int]]:
    """``(slot, count)`` for each tie, so that ties between one pair are drawn side by side.

    ``count`` is the number of ties between the same unordered pair of actors; ``slot`` is
    the tie's place among them, centred on zero: for an odd count whole steps (``-1, 0, 1``),
    for an even count half steps written as odd integers (``-1, 1`` and ``-3, -1, 1, 3``), so
    the offset to draw is ``slot * spacing`` for an odd count and ``slot * spacing / 2`` for
    an even count. Ties of a pair are ordered by id (``None`` last), then by input order.

    The sign of the offset is relative to the pair oriented from the smaller actor id to the
    larger, whatever the tie's own direction: draw a positive slot to the left of the line
    from ``min(source_id, target_id)`` to ``max(source_id, target_id)``. Measuring from each
    tie's own source instead would put a ``(a, b)`` and a ``(b, a)`` tie on top of each other.
    """
    groups: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
    for index, r in enumerate(relationships):
        source, target = r.source_id, r.target_id
        # Compared, not min() and max(): two calls per tie were 0.1 s of a 10,000-actor start.
        groups[(source, target) if source <= target else (target, source)].append(index)
    result = [(0, 1)] * len(relationships)
    for indices in groups.values():
        if len(indices) == 1:
            continue  # a lone tie: slot 0 of 1, as filled in (most pairs; sorting each cost)
        ordered = sorted(
            indices,
            key=lambda i: (relationships[i].id is None, relationships[i].id or 0, i),
        )
        count = len(ordered)
        for position, index in enumerate(ordered):
            result[index] = (_centred_slot(position, count), count)
    return result


def degrees(actor_ids: Iterable[int], relationships: Iterable[Relationship]) -> dict[int, int]:
    """The number of ties of each actor in ``actor_ids`` (0 when none).

    A tie to itself counts once. Ties to actors outside ``actor_ids`` count for the end
    that is inside; the result has no other keys.
    """
    result = dict.fromkeys(actor_ids, 0)
    for r in relationships:
        for end in {r.source_id, r.target_id}:
            if end in result:
                result[end] += 1
    return result


def matches(actors: Iterable[Actor], text: str) -> list[int]:
    """Ids of the actors whose name, short name, municipality or a tag contains ``text``.

    Matching ignores case (casefold) and surrounding spaces. Exact name or short-name
    matches come first, then names or short names starting with the text, then the rest;
    each group sorted by name. Empty text matches nothing.
    """
    needle = text.strip().casefold()
    if not needle:
        return []
    found: list[tuple[int, str, int]] = []
    for actor in actors:
        if actor.id is None:
            continue
        names = tuple(
            n.casefold() for n in (actor.name, actor.short_name, actor.name_sv, actor.name_en) if n
        )
        fields = (*names, actor.municipality.casefold(), *(t.casefold() for t in actor.tags))
        if not any(needle in value for value in fields):
            continue
        if needle in names:
            group = 0
        elif any(name.startswith(needle) for name in names):
            group = 1
        else:
            group = 2
        found.append((group, names[0], actor.id))
    return [actor_id for _, _, actor_id in sorted(found)]


def filter_showing(
    graph_filter: GraphFilter,
    actor: Actor,
    actors: Iterable[Actor],
    memberships: Iterable[Membership],
    relationships: Iterable[Relationship],
    partners: Iterable[ProjectPartner] = (),
) -> GraphFilter:
    """``graph_filter`` relaxed just enough to show ``actor``: unhidden, its kind let
    through, its clusters (active at the filter's date) added to the clusters shown, the
    project filter dropped if the actor is outside that project's network; the empty
    filter when that is still not enough."""
    listed = [a for a in actors if a.id is not None]
    stored_memberships = [m for m in memberships if m.id is not None]
    ties = list(relationships)
    partner_list = list(partners)
    f = graph_filter
    relaxed = GraphFilter(
        clusters=f.clusters,
        kinds=None if f.kinds is None else f.kinds | {actor.kind},
        types=f.types,
        as_of=f.as_of,
        hidden=f.hidden - {actor.id or 0},
        project=f.project,
    )
    if relaxed.clusters is not None:
        own = {
            m.cluster_id
            for m in stored_memberships
            if m.actor_id == actor.id and membership_is_active(m, f.as_of)
        }
        clusters = relaxed.clusters | own if own else None
        relaxed = GraphFilter(
            clusters, relaxed.kinds, relaxed.types, relaxed.as_of, relaxed.hidden, relaxed.project
        )

    def shows(candidate: GraphFilter) -> bool:
        seen = visible_network(listed, stored_memberships, ties, candidate, partner_list)
        return actor.id in seen.actors

    if relaxed.project is not None and not shows(relaxed):
        relaxed = GraphFilter(
            relaxed.clusters, relaxed.kinds, relaxed.types, relaxed.as_of, relaxed.hidden, None
        )
    return relaxed if shows(relaxed) else GraphFilter()
