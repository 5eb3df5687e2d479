"""GraphML and GEXF export, read back by networkx (an independent reader) and ElementTree."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.graph.styling import style
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting import graph_formats
from aspdesk.io.exporting.graph_formats import write_gexf, write_graphml
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore

G = "{http://graphml.graphdrawing.org/xmlns}"
X = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
SAMI = "Sámi Duodji – Čáhcegáddi, Anarâškielâ servi (đ ŋ š ŧ ž)"
MARKUP = "<b>&\"'"


@pytest.fixture
def snapshot(sample_store: MapStore) -> MapSnapshot:
    """The sample map with a Sámi name, one actor placed and one cluster placed."""
    sample = snapshot_of(sample_store)
    actors = list(sample.actors)
    actors[13] = dataclasses.replace(actors[13], name=SAMI, pinned=True, x=10.5, y=20.0)
    clusters = list(sample.clusters)
    clusters[0] = dataclasses.replace(clusters[0], x=-3.0, y=-4.0)
    return dataclasses.replace(sample, actors=tuple(actors), clusters=tuple(clusters))


def _kinds_of_edges(graph: nx.MultiGraph) -> Counter[str]:
    return Counter(data["edge_type"] for _, _, data in graph.edges(data=True))


def _relationship(graph: nx.MultiGraph, key: str) -> dict[str, object]:
    return next(data for _, _, k, data in graph.edges(keys=True, data=True) if k == key)


def test_graphml_reads_back_in_networkx(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(snapshot, path, language="fi")

    graph = nx.read_graphml(path, force_multigraph=True)
    assert not graph.is_directed()
    expected = {f"a{a.id}" for a in snapshot.actors} | {f"c{c.id}" for c in snapshot.clusters}
    assert set(graph.nodes) == expected and len(expected) == 26
    assert _kinds_of_edges(graph) == {"relationship": 47, "membership": 59}
    assert graph.graph["name"] == snapshot.name

    sami = graph.nodes["a14"]
    assert sami["name"] == SAMI and sami["label"] == "Tunturi Kiertotalous"
    assert sami["x"] == 10.5 and sami["y"] == 20.0 and sami["pinned"] is True
    assert sami["size_class"] == "small" and sami["size_class_label"] == "Pieni (10-49 henkeä)"
    assert sami["tags"] == "example; circular economy" and sami["aspdesk_id"] == 14
    assert sami["created_at"] == snapshot.actors[13].created_at.isoformat()  # type: ignore[union-attr]
    authority = graph.nodes["a9"]
    assert authority["name"] == "Lapin elinkeino-, liikenne- ja ympäristökeskus"
    assert (authority["node_type"], authority["kind_label"]) == ("actor", "Viranomainen")
    assert "x" not in authority  # an unknown position is left out, not written as 0
    cluster = graph.nodes["c1"]
    assert (cluster["node_type"], cluster["coordinator_id"]) == ("cluster", 2)
    assert cluster["start_date"] == "2015-06-01"

    first = snapshot.relationships[0]
    tie = _relationship(graph, "r1")
    assert tie["strength"] == first.strength and isinstance(tie["strength"], int)
    assert tie["directed"] is False and tie["weight"] == float(first.strength)
    assert tie["type"] == first.type and tie["type_label"] == "Yhteistyö"
    assert tie["last_verified"] == first.last_verified.isoformat()  # type: ignore[union-attr]
    directed = [d for _, _, d in graph.edges(data=True) if d.get("directed") is True]
    assert len(directed) == sum(r.directed for r in snapshot.relationships) == 9
    member = _relationship(graph, "m1")
    assert member["role"] == "authority" and member["role_label"] == "Viranomainen"


def test_graphml_keeps_parallel_ties_and_direction_order(
    snapshot: MapSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(snapshot, path)

    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_edges("a1", "a4") == 2  # two ties between the same pair
    assert graph.number_of_edges("a2", "c1") == 2  # one actor in two roles
    # networkx refuses edges whose direction differs from edgedefault, so the file
    # carries direction as data and as the order of the ends, never as XML.
    root = ET.parse(path).getroot()
    assert root.find(f"{G}graph").get("edgedefault") == "undirected"  # type: ignore[union-attr]
    edges = {e.get("id"): e for e in root.iter(f"{G}edge")}
    assert all(e.get("directed") is None for e in edges.values())
    for tie in snapshot.relationships:
        element = edges[f"r{tie.id}"]
        assert (element.get("source"), element.get("target")) == (
            f"a{tie.source_id}",
            f"a{tie.target_id}",
        )


def test_gexf_reads_back_in_networkx(snapshot: MapSnapshot, tmp_path: Path) -> None:
    # networkx reads no mixed graph, so give it one whose ties are all undirected.
    ties = tuple(dataclasses.replace(r, directed=False) for r in snapshot.relationships)
    path = tmp_path / "map.gexf"
    write_gexf(dataclasses.replace(snapshot, relationships=ties), path, language="en")

    graph = nx.read_gexf(path)
    assert isinstance(graph, nx.MultiGraph) and not graph.is_directed()
    assert len(graph.nodes) == 26
    assert _kinds_of_edges(graph) == {"relationship": 47, "membership": 59}
    assert graph.number_of_edges("a1", "a4") == 2 and graph.number_of_edges("a2", "c1") == 2

    sami = graph.nodes["a14"]
    assert sami["name"] == SAMI and sami["label"] == "Tunturi Kiertotalous"
    assert sami["pinned"] is True and sami["x"] == 10.5 and sami["aspdesk_id"] == 14
    assert sami["kind_label"] == "Company" and sami["viz"]["position"]["y"] == -20.0
    tie = graph.edges["a1", "a2", "r1"]
    assert tie["strength"] == 4 and isinstance(tie["strength"], int)
    assert tie["directed"] is False and tie["weight"] == 4.0 and tie["label"] == "Collaboration"
    assert graph.edges["a1", "c1", "m1"]["role_label"] == "Authority"


def test_gexf_is_gexf_13_with_direction_per_edge(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "map.gexf"
    write_gexf(snapshot, path)

    assert path.read_bytes().startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.parse(path).getroot()
    assert root.tag == f"{X}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{X}graph")
    assert graph is not None and graph.get("defaultedgetype") == "undirected"
    declared = {
        a.get("title"): a.get("type")
        for a in graph.iterfind(f"{X}attributes[@class='edge']/{X}attribute")
    }
    assert declared["strength"] == "integer" and declared["directed"] == "boolean"
    nodes = graph.findall(f"{X}nodes/{X}node")
    edges = graph.findall(f"{X}edges/{X}edge")
    assert len(nodes) == 26 and len(edges) == 106
    types = Counter(e.get("type") for e in edges)
    assert types == {"directed": 9, "undirected": 97}
    directed = {f"r{r.id}" for r in snapshot.relationships if r.directed}
    assert {e.get("id") for e in edges if e.get("type") == "directed"} == directed


def test_gexf_viz_colour_position_and_size(snapshot: MapSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "map.gexf"
    write_gexf(snapshot, path, colours={1: "#123456", 3: "not a colour"}, sizes={1: 25.0})

    nodes = {n.get("id"): n for n in ET.parse(path).getroot().iter(f"{X}node")}

    def viz(node: str, what: str) -> dict[str, str]:
        element = nodes[node].find(f"{VIZ}{what}")
        return {} if element is None else dict(element.attrib)

    assert viz("a1", "color") == {"r": "18", "g": "52", "b": "86"}
    assert viz("a1", "size") == {"value": "25.0"}
    # No colour given (or none that parses): the colour of the kind, as on the canvas.
    assert viz("a2", "color") == {"r": "0", "g": "158", "b": "115"}  # development #009E73
    assert viz("a3", "color") == {"r": "204", "g": "121", "b": "167"}  # research #CC79A7
    assert viz("c1", "color") == {"r": "230", "g": "159", "b": "0"}  # the cluster's own
    ties = Counter(end for r in snapshot.relationships for end in {r.source_id, r.target_id})
    for actor in snapshot.actors[1:]:
        size = float(viz(f"a{actor.id}", "size")["value"])
        assert size == pytest.approx(style.node_size(ties[actor.id]))
    assert viz("c1", "size") == {"value": "40.0"}
    # GEXF's y axis points up, aspdesk's down.
    assert viz("a14", "position") == {"x": "10.5", "y": "-20.0", "z": "0.0"}
    assert viz("c1", "position") == {"x": "-3.0", "y": "4.0", "z": "0.0"}
    assert viz("a1", "position") == {}


def test_copied_canvas_style_matches_graph_style() -> None:
    assert graph_formats.KIND_COLOURS == {k: v[0] for k, v in style.KIND_STYLE.items()}
    assert graph_formats.FALLBACK_COLOURS == style.FALLBACK_COLOURS
    for degree in range(0, 200, 7):
        assert graph_formats.node_size(degree) == style.node_size(degree)


def test_markup_and_control_characters_make_valid_xml(tmp_path: Path) -> None:
    snapshot = MapSnapshot(
        name="Map \x00\x1b\ufffe",
        actors=(
            Actor(id=1, name=MARKUP + "\x07", notes="line 1\nline 2\tend\ud800"),
            Actor(id=2, name="Toinen"),
        ),
        clusters=(Cluster(id=1, name="C\x0c"),),
        memberships=(Membership(id=1, actor_id=1, cluster_id=1, notes="\x01ok"),),
        relationships=(Relationship(id=1, source_id=1, target_id=2, source_info="a\x08b"),),
    )
    write_graphml(snapshot, tmp_path / "map.graphml")
    write_gexf(snapshot, tmp_path / "map.gexf")

    for name in ("map.graphml", "map.gexf"):
        ET.parse(tmp_path / name)  # well-formed
    graph = nx.read_graphml(tmp_path / "map.graphml", force_multigraph=True)
    assert graph.graph["name"] == "Map "
    assert graph.nodes["a1"]["name"] == MARKUP and graph.nodes["a1"]["label"] == MARKUP
    assert graph.nodes["a1"]["notes"] == "line 1\nline 2\tend"
    assert graph.nodes["c1"]["name"] == "C"
    assert _relationship(graph, "r1")["source_info"] == "ab"
    gexf = nx.read_gexf(tmp_path / "map.gexf")
    assert gexf.nodes["a1"]["label"] == MARKUP and gexf.nodes["a1"]["name"] == MARKUP
    assert gexf.nodes["a1"]["notes"] == "line 1\nline 2\tend"
    assert gexf.edges["a1", "a2"]["source_info"] == "ab"  # no parallel edges: a Graph


def test_empty_map_exports(tmp_path: Path) -> None:
    write_graphml(MapSnapshot(name="Empty"), tmp_path / "empty.graphml")
    write_gexf(MapSnapshot(name="Empty"), tmp_path / "empty.gexf")
    assert nx.read_graphml(tmp_path / "empty.graphml").number_of_nodes() == 0
    assert nx.read_gexf(tmp_path / "empty.gexf").number_of_nodes() == 0


@pytest.mark.parametrize("entity", [Actor, Cluster, Membership, Relationship])
def test_every_field_has_an_attribute_of_its_type(entity: type) -> None:
    nodes = entity in (Actor, Cluster)
    columns = dict(graph_formats.NODE_COLUMNS if nodes else graph_formats.EDGE_COLUMNS)
    ends = {"id", "actor_id", "cluster_id", "source_id", "target_id"}
    types = {"bool": "boolean", "int": "int", "float": "double"}
    for field in dataclasses.fields(entity):
        if field.name not in ends:
            expected = types.get(str(field.type).removesuffix(" | None"), "string")
            assert columns.get(field.name) == expected, field.name


@pytest.mark.parametrize("writer", [write_graphml, write_gexf])
def test_write_failure_raises_data_file_error(
    writer: object, snapshot: MapSnapshot, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DataFileError):
        writer(snapshot, blocker / "map.out")  # type: ignore[operator]
    existing = tmp_path / "existing.out"
    existing.mkdir()
    with pytest.raises(DataFileError):
        writer(snapshot, existing)  # type: ignore[operator]
    assert existing.is_dir() and list(tmp_path.glob(".*partial")) == []
