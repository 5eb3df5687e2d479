"""The graph's scene data on the sample map: exactly what the filters, the focus and the
hubs let through is drawn, in a fixed order, and every edge joins two nodes drawn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    Contact,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.scene.data import GraphData, ViewOptions, build_graph_data
from aspdesk.store.repository import MapStore


@pytest.fixture
def document(sample_store: MapStore, qapp: object) -> Iterator[Document]:
    yield Document(sample_store, "en")


def _actors(document: Document) -> list[Actor]:
    return [a for a in document.index.all(EntityType.ACTOR) if isinstance(a, Actor)]


def _ties(document: Document) -> list[Relationship]:
    found = document.index.all(EntityType.RELATIONSHIP)
    return [r for r in found if isinstance(r, Relationship)]


def _refs(entity_type: EntityType, ids: list[int | None]) -> list[Ref]:
    return [Ref(entity_type, i) for i in ids if i is not None]


def _check_whole(data: GraphData) -> None:
    """Every array has a row per node, and adjacency is exactly what the edges join."""
    n = len(data.refs)
    assert data.positions.shape == (n, 2)
    for column in (data.pinned, data.labels, data.colours, data.shapes, data.sizes, data.dimmed):
        assert len(column) == n
    joined: list[set[int]] = [set() for _ in range(n)]
    for group in data.edges:
        assert len(group.sources) == len(group.targets) == len(group.slots)
        assert len(group.directed) == len(group.sources)
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True):
            joined[a].add(b)
            joined[b].add(a)
    assert joined == data.adjacency
    assert [data.index_of(ref) for ref in data.refs] == list(range(n))


def _tie_edges(data: GraphData) -> set[tuple[Ref, Ref]]:
    return {
        (data.refs[a], data.refs[b])
        for group in data.edges
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True)
        if data.refs[a].type is data.refs[b].type is EntityType.ACTOR
    }


def test_the_whole_map_draws_every_actor_and_tie_once(document: Document) -> None:
    data = build_graph_data(document, ViewOptions())
    _check_whole(data)
    actors, ties = _actors(document), _ties(document)
    assert data.refs == _refs(EntityType.ACTOR, [a.id for a in actors])
    assert data.labels == [a.display_name for a in actors]
    assert sum(len(group.sources) for group in data.edges) == len(ties)
    expected = {
        (Ref(EntityType.ACTOR, t.source_id), Ref(EntityType.ACTOR, t.target_id)) for t in ties
    }
    assert _tie_edges(data) == expected
    assert not data.dimmed.any()
    kinds = {a.kind for a in actors}
    terms = document.terms(Vocabulary.ACTOR_KIND)
    assert [e.label for e in data.legend_nodes] == [t.label("en") for t in terms if t.code in kinds]
    assert (data.total_actors, data.total_relationships) == (len(actors), len(ties))


def test_hubs_filters_and_hidden_personal_data(document: Document) -> None:
    """Projects and clusters as hubs, coloured by cluster, with actors hidden by hand and
    a kind filtered out, on a shared screen (personal data hidden)."""
    document.set_hide_personal(True)
    actors = _actors(document)
    hidden = {a.id for a in actors[::4] if a.id is not None}
    dropped_kind = actors[1].kind
    kinds = frozenset({a.kind for a in actors} - {dropped_kind})
    graph_filter = GraphFilter(kinds=kinds, hidden=frozenset(hidden))
    options = ViewOptions(
        colour_by="cluster", clusters_as_hubs=True, show_projects=True, graph_filter=graph_filter
    )
    data = build_graph_data(document, options)
    _check_whole(data)

    shown = [a for a in actors if a.id not in hidden and a.kind != dropped_kind]
    drawn_actors = [r for r in data.refs if r.type is EntityType.ACTOR]
    assert drawn_actors == _refs(EntityType.ACTOR, [a.id for a in shown])
    assert data.total_actors == len(actors), "the totals count the whole map"
    kept = {a.id for a in shown}
    assert {
        (r.source_id, r.target_id) for r in _ties(document) if {r.source_id, r.target_id} <= kept
    } == {(a.id, b.id) for a, b in _tie_edges(data)}

    # Actors first, then the clusters' hubs, then the projects'.
    types = [r.type for r in data.refs]
    assert types == sorted(
        types, key=[EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT].index
    )
    members = [m for m in document.index.all(EntityType.MEMBERSHIP) if isinstance(m, Membership)]
    for member in members:
        if member.actor_id in kept:
            actor = data.index_of(Ref(EntityType.ACTOR, member.actor_id))
            assert (
                data.index_of(Ref(EntityType.CLUSTER, member.cluster_id)) in data.adjacency[actor]
            )
    in_clusters: dict[int, set[int]] = {}
    for member in members:
        in_clusters.setdefault(member.actor_id, set()).add(member.cluster_id)
    several = {
        data.index_of(Ref(EntityType.ACTOR, a))
        for a, found in in_clusters.items()
        if a in kept and len(found) > 1
    }
    assert several and set(data.segments) == several
    assert all(len(data.segments[n]) == len(in_clusters[data.refs[n].id]) for n in several)

    projects = [p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)]
    partners = [
        p for p in document.index.all(EntityType.PROJECT_PARTNER) if isinstance(p, ProjectPartner)
    ]
    for project in projects:
        hub = data.index_of(Ref(EntityType.PROJECT, project.id or 0))
        assert hub >= 0
        joined = {
            data.refs[n] for n in data.adjacency[hub] if data.refs[n].type is EntityType.ACTOR
        }
        assert joined == {
            Ref(EntityType.ACTOR, p.actor_id)
            for p in partners
            if p.project_id == project.id and p.actor_id in kept
        }
    assert {e.section for e in data.legend_nodes} >= {"kinds", "clusters", "projects"}

    contacts = [c for c in document.index.all(EntityType.CONTACT) if isinstance(c, Contact)]
    personal = {text for c in contacts for text in (c.name, c.email, c.phone) if text}
    assert personal
    texts = [e.label for e in data.legend_nodes + data.legend_lines] + data.labels
    assert [t for t in texts if any(p in t for p in personal)] == []


def test_a_focus_dims_the_rest_or_hides_it(document: Document) -> None:
    ties = _ties(document)
    centre = ties[0].source_id
    near = {centre} | {t.target_id for t in ties if t.source_id == centre}
    near |= {t.source_id for t in ties if t.target_id == centre}

    data = build_graph_data(document, ViewOptions(focus_depth=1), [centre])
    _check_whole(data)
    dimmed = {data.refs[n].id for n in range(len(data.refs)) if data.dimmed[n]}
    assert dimmed == {a.id for a in _actors(document)} - near
    for group in data.edges:
        touches = data.dimmed[group.sources] | data.dimmed[group.targets]
        assert touches.all() if group.dimmed else not touches.any()
    assert any(group.dimmed for group in data.edges)

    hiding = build_graph_data(document, ViewOptions(focus_depth=1, focus_hides=True), [centre])
    _check_whole(hiding)
    assert {r.id for r in hiding.refs} == near
    assert not hiding.dimmed.any() and not any(group.dimmed for group in hiding.edges)


def test_the_network_of_a_deleted_project_is_the_whole_map(document: Document) -> None:
    whole = build_graph_data(document, ViewOptions())
    gone = build_graph_data(document, ViewOptions(graph_filter=GraphFilter(project=999_999)))
    assert gone.refs == whole.refs
    assert _tie_edges(gone) == _tie_edges(whole)
