"""Tests of aspdesk.analysis.network_view: filters, dates, neighbourhoods, slots, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.analysis.network_view import (
    GraphFilter,
    VisibleNetwork,
    degrees,
    matches,
    neighbourhood,
    parallel_slots,
    visible_network,
)
from aspdesk.domain.entities import Actor, Membership, ProjectPartner, Relationship

DAY = date(2016, 3, 1)
BEFORE = DAY - timedelta(days=1)
AFTER = DAY + timedelta(days=1)


def tie(
    rid: int | None,
    source: int,
    target: int,
    kind: str = "collaboration",
    *,
    directed: bool = False,
    start_date: date | None = None,
    end_date: date | None = None,
) -> Relationship:
    return Relationship(
        id=rid,
        source_id=source,
        target_id=target,
        type=kind,
        directed=directed,
        start_date=start_date,
        end_date=end_date,
    )


def member(
    mid: int, actor: int, cluster: int, *, since: date | None = None, until: date | None = None
) -> Membership:
    return Membership(id=mid, actor_id=actor, cluster_id=cluster, since=since, until=until)


# --- the small hand-made network ---------------------------------------------------------
#
#   1 Alpha (company, cluster 10) --collab-- 2 Beta (company, cluster 10)
#   1 --funding--> 3 Uni (university, cluster 20)
#   3 --collab-- 4 City (public, clusters 10 and 20)
#   4 --supply--> 5 Devco (company, no cluster)
#   2 --funding-- 5

ACTORS = [
    Actor(id=1, name="Alpha", kind="company"),
    Actor(id=2, name="Beta", kind="company"),
    Actor(id=3, name="Uni", kind="university"),
    Actor(id=4, name="City", kind="public"),
    Actor(id=5, name="Devco", kind="company"),
]
MEMBERSHIPS = [
    member(100, 1, 10),
    member(101, 2, 10),
    member(102, 3, 20),
    member(103, 4, 10),
    member(104, 4, 20),
]
TIES = [
    tie(200, 1, 2),
    tie(201, 1, 3, "funding", directed=True),
    tie(202, 3, 4),
    tie(203, 4, 5, "supply", directed=True),
    tie(204, 2, 5, "funding"),
]


def view(graph_filter: GraphFilter) -> VisibleNetwork:
    return visible_network(ACTORS, MEMBERSHIPS, TIES, graph_filter)


def test_empty_filter_shows_everything() -> None:
    assert GraphFilter().is_empty()
    assert view(GraphFilter()) == VisibleNetwork(
        actors=frozenset({1, 2, 3, 4, 5}),
        relationships=frozenset({200, 201, 202, 203, 204}),
        memberships=frozenset({100, 101, 102, 103, 104}),
        hidden_actors=0,
        hidden_relationships=0,
    )


@pytest.mark.parametrize(
    "graph_filter",
    [
        GraphFilter(clusters=frozenset({10})),
        GraphFilter(clusters=frozenset()),
        GraphFilter(kinds=frozenset({"company"})),
        GraphFilter(types=frozenset()),
        GraphFilter(as_of=DAY),
        GraphFilter(hidden=frozenset({99})),
    ],
)
def test_any_criterion_makes_the_filter_not_empty(graph_filter: GraphFilter) -> None:
    assert not graph_filter.is_empty()


@pytest.mark.parametrize(
    ("graph_filter", "actors", "ties", "memberships", "hidden"),
    [
        (
            GraphFilter(kinds=frozenset({"company"})),
            {1, 2, 5},
            {200, 204},
            {100, 101},
            (2, 3),
        ),
        (
            GraphFilter(types=frozenset({"funding"})),
            {1, 2, 3, 4, 5},
            {201, 204},
            {100, 101, 102, 103, 104},
            (0, 3),
        ),
        (
            GraphFilter(clusters=frozenset({10})),
            {1, 2, 4},
            {200},
            {100, 101, 103},  # 104 is City's membership in cluster 20
            (2, 4),
        ),
        (
            GraphFilter(clusters=frozenset({10, 20})),
            {1, 2, 3, 4},
            {200, 201, 202},
            {100, 101, 102, 103, 104},
            (1, 2),
        ),
        (GraphFilter(clusters=frozenset()), set(), set(), set(), (5, 5)),
        (
            GraphFilter(hidden=frozenset({1})),
            {2, 3, 4, 5},
            {202, 203, 204},
            {101, 102, 103, 104},
            (1, 2),
        ),
        (
            GraphFilter(
                kinds=frozenset({"company", "public"}),
                types=frozenset({"collaboration", "supply"}),
                hidden=frozenset({2}),
            ),
            {1, 4, 5},
            {203},
            {100, 103, 104},
            (2, 4),
        ),
        (
            GraphFilter(clusters=frozenset({10, 20}), hidden=frozenset({4})),
            {1, 2, 3},
            {200, 201},
            {100, 101, 102},
            (2, 3),
        ),
        (
            GraphFilter(clusters=frozenset({20}), kinds=frozenset({"public"})),
            {4},
            set(),
            {104},
            (4, 5),
        ),
    ],
)
def test_filters_hide_exactly_what_they_should(
    graph_filter: GraphFilter,
    actors: set[int],
    ties: set[int],
    memberships: set[int],
    hidden: tuple[int, int],
) -> None:
    shown = view(graph_filter)
    assert shown.actors == actors
    assert shown.relationships == ties
    assert shown.memberships == memberships
    assert (shown.hidden_actors, shown.hidden_relationships) == hidden


def test_ties_to_unknown_actors_and_unstored_entities() -> None:
    ties = [*TIES, tie(205, 1, 99), tie(None, 1, 2)]
    actors = [*ACTORS, Actor(id=None, name="Unsaved")]
    memberships = [*MEMBERSHIPS, member(105, 99, 10)]
    shown = visible_network(actors, memberships, ties, GraphFilter())
    assert shown.actors == {1, 2, 3, 4, 5}
    assert shown.relationships == {200, 201, 202, 203, 204}
    assert shown.memberships == {100, 101, 102, 103, 104}
    assert (shown.hidden_actors, shown.hidden_relationships) == (0, 1)


# --- the network as of 1.3.2016 ----------------------------------------------------------

DATED_ACTORS = [Actor(id=i, name=f"A{i}") for i in range(1, 7)]
DATED_TIES = {
    300: (None, None, True),  # open at both ends
    301: (DAY, None, True),  # starts on the day: start is inclusive
    302: (AFTER, None, False),  # starts the day after
    303: (None, DAY, True),  # ends on the day: end is inclusive
    304: (None, BEFORE, False),  # ended the day before
    305: (BEFORE, AFTER, True),
    306: (DAY, DAY, True),  # one day only
    307: (date(2010, 1, 1), date(2015, 12, 31), False),
    308: (date(2017, 1, 1), None, False),
    309: (None, date(2020, 1, 1), True),
}


def dated_ties() -> list[Relationship]:
    return [
        tie(rid, 1 + rid % 5, 2 + rid % 5, start_date=start, end_date=end)
        for rid, (start, end, _) in DATED_TIES.items()
    ]


def test_date_filter_shows_the_ties_active_on_the_day() -> None:
    shown = visible_network(DATED_ACTORS, [], dated_ties(), GraphFilter(as_of=DAY))
    expected = {rid for rid, (_, _, active) in DATED_TIES.items() if active}
    assert expected == {300, 301, 303, 305, 306, 309}
    assert shown.relationships == expected
    assert shown.hidden_relationships == 4
    # The date alone hides no actor.
    assert shown.actors == {1, 2, 3, 4, 5, 6}
    assert shown.hidden_actors == 0


def test_without_a_date_every_tie_shows() -> None:
    shown = visible_network(DATED_ACTORS, [], dated_ties(), GraphFilter())
    assert shown.relationships == set(DATED_TIES)


DATED_MEMBERSHIPS = [
    member(400, 1, 10, since=DAY),  # joined on the day
    member(401, 2, 10, until=BEFORE),  # left the day before
    member(402, 3, 10, since=AFTER),  # joins the day after
    member(403, 4, 10, until=DAY),  # leaves on the day
    member(404, 4, 20),  # another cluster
    member(405, 5, 20),  # only in the other cluster
    member(406, 6, 10, since=date(2010, 1, 1), until=date(2015, 12, 31)),
    member(407, 6, 10, since=date(2016, 1, 1)),  # back again
]
CLUSTER_TIES = [tie(500, 1, 2), tie(501, 1, 4), tie(502, 4, 6), tie(503, 3, 6), tie(504, 4, 5)]


def test_cluster_filter_on_a_day_counts_only_active_memberships() -> None:
    graph_filter = GraphFilter(clusters=frozenset({10}), as_of=DAY)
    shown = visible_network(DATED_ACTORS, DATED_MEMBERSHIPS, CLUSTER_TIES, graph_filter)
    assert shown.actors == {1, 4, 6}
    assert shown.memberships == {400, 403, 407}
    assert shown.relationships == {501, 502}
    assert (shown.hidden_actors, shown.hidden_relationships) == (3, 3)


def test_cluster_filter_without_a_date_counts_every_membership() -> None:
    graph_filter = GraphFilter(clusters=frozenset({10}))
    shown = visible_network(DATED_ACTORS, DATED_MEMBERSHIPS, CLUSTER_TIES, graph_filter)
    assert shown.actors == {1, 2, 3, 4, 6}
    assert shown.memberships == {400, 401, 402, 403, 406, 407}
    assert shown.relationships == {500, 501, 502, 503}


def test_date_alone_hides_memberships_but_not_actors() -> None:
    graph_filter = GraphFilter(as_of=DAY)
    shown = visible_network(DATED_ACTORS, DATED_MEMBERSHIPS, CLUSTER_TIES, graph_filter)
    assert shown.actors == {1, 2, 3, 4, 5, 6}
    assert shown.memberships == {400, 403, 404, 405, 407}
    assert shown.relationships == {500, 501, 502, 503, 504}


# --- neighbourhoods ----------------------------------------------------------------------

CHAIN = [tie(i, i, i + 1, directed=True) for i in range(1, 5)]  # 1 -> 2 -> 3 -> 4 -> 5
STAR = [
    tie(11, 10, 11, directed=True),
    tie(12, 10, 12, directed=True),
    tie(13, 10, 13, directed=True),
    tie(14, 10, 14),  # undirected
    tie(15, 15, 10, directed=True),  # into the centre
]


@pytest.mark.parametrize(
    ("seeds", "depth", "direction", "expected"),
    [
        ({3}, 1, "both", {2, 3, 4}),
        ({3}, 2, "both", {1, 2, 3, 4, 5}),
        ({1}, 3, "both", {1, 2, 3, 4}),
        ({3}, 1, "out", {3, 4}),
        ({3}, 2, "out", {3, 4, 5}),
        ({1}, 3, "out", {1, 2, 3, 4}),
        ({5}, 3, "out", {5}),
        ({3}, 1, "in", {2, 3}),
        ({3}, 2, "in", {1, 2, 3}),
        ({5}, 3, "in", {2, 3, 4, 5}),
        ({1, 5}, 1, "both", {1, 2, 4, 5}),
    ],
)
def test_neighbourhood_on_a_chain(
    seeds: set[int], depth: int, direction: str, expected: set[int]
) -> None:
    assert neighbourhood(seeds, CHAIN, depth, direction) == expected


@pytest.mark.parametrize(
    ("seeds", "depth", "direction", "expected"),
    [
        ({10}, 1, "both", {10, 11, 12, 13, 14, 15}),
        ({11}, 1, "both", {10, 11}),
        ({11}, 2, "both", {10, 11, 12, 13, 14, 15}),
        ({10}, 1, "out", {10, 11, 12, 13, 14}),
        ({10}, 1, "in", {10, 14, 15}),
        ({11}, 3, "out", {11}),
        ({11}, 2, "in", {10, 11, 14, 15}),
        ({14}, 2, "out", {10, 11, 12, 13, 14}),
        ({15}, 2, "out", {10, 11, 12, 13, 14, 15}),
        ({99}, 3, "both", {99}),  # a seed without ties is still there
    ],
)
def test_neighbourhood_on_a_star(
    seeds: set[int], depth: int, direction: str, expected: set[int]
) -> None:
    assert neighbourhood(seeds, STAR, depth, direction) == expected


def test_neighbourhood_follows_only_the_ties_given() -> None:
    assert neighbourhood([3], CHAIN[:2], 3) == {1, 2, 3}
    assert neighbourhood([3], [], 2) == {3}


@pytest.mark.parametrize(("depth", "direction"), [(0, "both"), (4, "both"), (2, "sideways")])
def test_neighbourhood_refuses_bad_arguments(depth: int, direction: str) -> None:
    with pytest.raises(ValueError):
        neighbourhood([1], CHAIN, depth, direction)


# --- parallel ties -----------------------------------------------------------------------

# Ties between actors 1 and 2 in mixed orientation, in input order, with their ids.
MIXED = [tie(7, 2, 1), tie(3, 1, 2), tie(9, 2, 1), tie(5, 1, 2)]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, [(0, 1)]),
        (2, [(1, 2), (-1, 2)]),  # ids 7, 3
        (3, [(0, 3), (-1, 3), (1, 3)]),  # ids 7, 3, 9
        (4, [(1, 4), (-3, 4), (3, 4), (-1, 4)]),  # ids 7, 3, 9, 5
    ],
)
def test_parallel_slots_between_one_pair(count: int, expected: list[tuple[int, int]]) -> None:
    assert parallel_slots(MIXED[:count]) == expected


def test_parallel_slots_do_not_depend_on_orientation_and_pairs_stay_apart() -> None:
    flipped = [tie(t.id, t.target_id, t.source_id) for t in MIXED]
    assert parallel_slots(flipped) == parallel_slots(MIXED)
    interleaved = [MIXED[0], tie(20, 3, 1), MIXED[1], tie(21, 1, 3), tie(22, 4, 5), MIXED[2]]
    assert parallel_slots(interleaved) == [(0, 3), (-1, 2), (-1, 3), (1, 2), (0, 1), (1, 3)]


def test_parallel_slots_order_by_id_then_input() -> None:
    same_ids = [tie(None, 1, 2), tie(4, 2, 1), tie(4, 1, 2), tie(None, 2, 1)]
    assert parallel_slots(same_ids) == [(1, 4), (-3, 4), (-1, 4), (3, 4)]
    assert parallel_slots([]) == []


# --- degrees -----------------------------------------------------------------------------


def test_degrees() -> None:
    ties = [tie(1, 1, 2), tie(2, 1, 3), tie(3, 2, 1), tie(4, 4, 4), tie(5, 1, 99)]
    assert degrees([1, 2, 3, 4, 5], ties) == {1: 4, 2: 2, 3: 1, 4: 1, 5: 0}
    assert degrees([], ties) == {}


# --- search ------------------------------------------------------------------------------

SEARCHED = [
    Actor(id=1, name="Tampere Tech Oy", short_name="TTO", municipality="Tampere"),
    Actor(id=2, name="Techno Park", municipality="Oulu"),
    Actor(id=3, name="Bio Tech"),
    Actor(id=4, name="Tech"),
    Actor(id=5, name="Ruoka Oy", tags=("food", "Tech transfer")),
    Actor(id=6, name="Zeta", short_name="TECH"),
    Actor(id=7, name="Other", municipality="Helsinki"),
    Actor(id=8, name="Hauptstraße GmbH"),
    Actor(id=None, name="Tech unsaved"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact name or short name, then names starting with it, then the rest; by name
        ("tech", [4, 6, 2, 3, 5, 1]),
        ("  TECH ", [4, 6, 2, 3, 5, 1]),
        ("tto", [1]),
        ("oulu", [2]),
        ("tampere", [1]),
        ("FOOD", [5]),
        ("STRASSE", [8]),  # casefold, not lower
        ("oy", [5, 1]),
        ("nothing like it", []),
        ("", []),
        ("   ", []),
    ],
)
def test_matches(text: str, expected: list[int]) -> None:
    assert matches(SEARCHED, text) == expected


# --- a property over random networks -----------------------------------------------------

KIND_CODES = ("company", "university", "public")
TYPE_CODES = ("collaboration", "funding", "supply")
dates = st.one_of(st.none(), st.dates(min_value=date(2015, 1, 1), max_value=date(2017, 12, 31)))
actor_ids = st.integers(min_value=1, max_value=10)  # 9 and 10 are never actors


@st.composite
def networks(
    draw: st.DrawFn,
) -> tuple[list[Actor], list[Membership], list[Relationship], GraphFilter]:
    ids = draw(st.sets(st.integers(min_value=1, max_value=8), max_size=8))
    actors = [Actor(id=i, kind=draw(st.sampled_from(KIND_CODES))) for i in sorted(ids)]
    memberships = [
        member(n, a, c, since=s, until=u)
        for n, (a, c, s, u) in enumerate(
            draw(st.lists(st.tuples(actor_ids, st.integers(1, 3), dates, dates), max_size=12))
        )
    ]
    ties = [
        tie(n, a, b, t, directed=d, start_date=s, end_date=e)
        for n, (a, b, t, d, s, e) in enumerate(
            draw(
                st.lists(
                    st.tuples(
                        actor_ids,
                        actor_ids,
                        st.sampled_from(TYPE_CODES),
                        st.booleans(),
                        dates,
                        dates,
                    ),
                    max_size=20,
                )
            )
        )
    ]
    graph_filter = GraphFilter(
        clusters=draw(st.none() | st.frozensets(st.integers(1, 3))),
        kinds=draw(st.none() | st.frozensets(st.sampled_from(KIND_CODES))),
        types=draw(st.none() | st.frozensets(st.sampled_from(TYPE_CODES))),
        as_of=draw(dates),
        hidden=draw(st.frozensets(actor_ids)),
    )
    return actors, memberships, ties, graph_filter


@given(networks())
def test_visible_ties_join_visible_actors_and_counts_add_up(
    network: tuple[list[Actor], list[Membership], list[Relationship], GraphFilter],
) -> None:
    actors, memberships, ties, graph_filter = network
    shown = visible_network(actors, memberships, ties, graph_filter)
    by_id = {t.id: t for t in ties}
    assert shown.actors <= {a.id for a in actors}
    assert not shown.actors & graph_filter.hidden
    for rid in shown.relationships:
        assert {by_id[rid].source_id, by_id[rid].target_id} <= shown.actors
    owners = {m.id: m.actor_id for m in memberships}
    assert {owners[mid] for mid in shown.memberships} <= shown.actors
    assert len(shown.actors) + shown.hidden_actors == len(actors)
    assert len(shown.relationships) + shown.hidden_relationships == len(ties)
    # Relaxing the filter never hides more.
    everything = visible_network(actors, memberships, ties, replace(graph_filter, as_of=None))
    if graph_filter.clusters is None:
        assert shown.actors == everything.actors
    assert shown.relationships <= everything.relationships


def test_the_filter_is_relaxed_just_enough_to_show_an_actor() -> None:
    from aspdesk.analysis.network_view import filter_showing

    farm = Actor(id=1, name="Lapin Marjatila Oy", kind="company")
    uni = Actor(id=2, name="Lapin yliopisto", kind="research")
    ely = Actor(id=3, name="Lapin ELY-keskus", kind="authority")
    actors = [farm, uni, ely]
    memberships = [
        Membership(id=1, actor_id=1, cluster_id=10),
        Membership(id=2, actor_id=2, cluster_id=20),
        Membership(id=3, actor_id=3, cluster_id=30, until=date(2015, 1, 1)),
    ]
    ties = [Relationship(id=1, source_id=2, target_id=3)]
    partners = [ProjectPartner(id=1, project_id=5, actor_id=2)]

    def relax(graph_filter: GraphFilter, actor: Actor) -> GraphFilter:
        relaxed = filter_showing(graph_filter, actor, actors, memberships, ties, partners)
        shown = visible_network(actors, memberships, ties, relaxed, partners)
        assert actor.id in shown.actors
        return relaxed

    by_kind = GraphFilter(kinds=frozenset({"research"}), types=frozenset({"funding"}))
    assert relax(by_kind, farm) == GraphFilter(
        kinds=frozenset({"research", "company"}), types=frozenset({"funding"})
    )
    hidden = GraphFilter(hidden=frozenset({1, 2}))
    assert relax(hidden, farm) == GraphFilter(hidden=frozenset({2}))
    in_clusters = GraphFilter(clusters=frozenset({20}))
    assert relax(in_clusters, farm) == GraphFilter(clusters=frozenset({10, 20}))
    # no membership active on the filter's day: the cluster criterion goes
    dated = GraphFilter(clusters=frozenset({20}), as_of=date(2016, 3, 1))
    assert relax(dated, ely) == GraphFilter(as_of=date(2016, 3, 1))
    # outside the project's network: the project criterion goes, the rest stays
    project = GraphFilter(project=5, kinds=frozenset({"research", "company"}))
    assert relax(project, farm) == GraphFilter(kinds=frozenset({"research", "company"}))
    assert relax(project, ely) == GraphFilter(
        project=5, kinds=frozenset({"research", "company", "authority"})
    )
