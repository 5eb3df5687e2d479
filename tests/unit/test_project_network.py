"""The network of one project (a graph filter) and projects in saved views."""

from __future__ import annotations

import json
from dataclasses import replace

from aspdesk.analysis.network_view import GraphFilter, project_network, visible_network
from aspdesk.domain.entities import Actor, ProjectPartner, Relationship
from aspdesk.domain.views import ViewState

#   project 50: partners 1 (coordinator) and 2; project 51: partner 6
#
#   1 -- 2          a tie between two partners
#   1 -> 3          3 is a neighbour (a directed tie into it)
#   4 -> 2          4 is a neighbour (a directed tie out of it)
#   3 -- 4          between two neighbours: not the project's
#   4 -- 5          5 is two steps out: not in the network
#   6 -- 7          another project's partner and its neighbour

ACTORS = [Actor(id=n, name=f"A{n}", kind="research" if n == 3 else "company") for n in range(1, 8)]
TIES = [
    Relationship(id=101, source_id=1, target_id=2),
    Relationship(id=102, source_id=1, target_id=3, type="funding", directed=True),
    Relationship(id=103, source_id=4, target_id=2, directed=True),
    Relationship(id=104, source_id=3, target_id=4),
    Relationship(id=105, source_id=4, target_id=5),
    Relationship(id=106, source_id=6, target_id=7),
]
PARTNERS = [
    ProjectPartner(id=1, project_id=50, actor_id=1, role="coordinator"),
    ProjectPartner(id=2, project_id=50, actor_id=2),
    ProjectPartner(id=3, project_id=51, actor_id=6),
]


def _visible(graph_filter: GraphFilter) -> tuple[set[int], set[int], set[int]]:
    shown = visible_network(ACTORS, [], TIES, graph_filter, PARTNERS)
    return set(shown.actors), set(shown.relationships), set(shown.project_partners)


def test_the_network_of_a_project_is_its_partners_and_their_neighbours() -> None:
    actors, ties, partners = _visible(GraphFilter(project=50))
    assert actors == {1, 2, 3, 4}
    assert ties == {101, 102, 103}, "ties between two neighbours are not the project's"
    assert partners == {1, 2}
    shown = visible_network(ACTORS, [], TIES, GraphFilter(project=50), PARTNERS)
    assert (shown.hidden_actors, shown.hidden_relationships) == (3, 3)


def test_other_filters_apply_first() -> None:
    # Without funding ties, 3 is no neighbour; a partner hidden by hand is not in it.
    actors, ties, _ = _visible(GraphFilter(project=50, types=frozenset({"collaboration"})))
    assert (actors, ties) == ({1, 2, 4}, {101, 103})
    actors, ties, partners = _visible(GraphFilter(project=50, hidden=frozenset({1})))
    assert (actors, ties, partners) == ({2, 4}, {103}, {2})
    actors, _, _ = _visible(GraphFilter(project=50, kinds=frozenset({"company"})))
    assert actors == {1, 2, 4}


def test_a_project_without_partners_shows_nothing_and_no_project_shows_all() -> None:
    assert _visible(GraphFilter(project=99)) == (set(), set(), set())
    actors, ties, partners = _visible(GraphFilter())
    assert (len(actors), len(ties), partners) == (7, 6, set())


def test_the_project_filter_is_a_filter() -> None:
    assert not GraphFilter(project=50).is_empty()
    assert GraphFilter().is_empty()


def test_project_network_on_its_own() -> None:
    actors, ties = project_network(frozenset({6}), TIES)
    assert actors == {6, 7} and [t.id for t in ties] == [106]


FULL = ViewState(
    clusters_as_hubs=True,
    show_projects=True,
    project=50,
    selected=(3,),
    selected_projects=(51, 50, 50),
    positions={1: (0.0, 1.0)},
    project_positions={50: (2.5, -1.0), 51: (0.0, 0.0)},
)


def test_projects_in_a_view_round_trip_through_json() -> None:
    text = json.dumps(FULL.to_dict(), allow_nan=False)
    back = ViewState.from_dict(json.loads(text))
    assert back == FULL
    assert back.selected_projects == (50, 51)
    assert back.project_positions == {50: (2.5, -1.0), 51: (0.0, 0.0)}


def test_a_view_saved_before_projects_reads_as_projects_off() -> None:
    data = FULL.to_dict()
    for key in ("show_projects", "project", "selected_projects", "project_positions"):
        del data[key]
    back = ViewState.from_dict(data)
    assert back == replace(
        FULL, show_projects=False, project=None, selected_projects=(), project_positions=None
    )


def test_malformed_project_values_fall_back_to_defaults() -> None:
    data = {
        "show_projects": 1,
        "project": "ASP",
        "selected_projects": [3, "x", -1, True],
        "project_positions": [[50, 1.0, 2.0], ["a", 0, 0]],
    }
    back = ViewState.from_dict(data)
    assert back == ViewState(selected_projects=(3,), project_positions={50: (1.0, 2.0)})
    assert ViewState.from_dict({"project": 0}).project is None
    assert ViewState.from_dict({"project": None}).project is None
