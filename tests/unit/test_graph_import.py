"""Reading GraphML and GEXF: files from networkx, yEd and aspdesk itself, and hostile files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from pathlib import Path

import networkx as nx
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.graph_formats import write_gexf, write_graphml
from aspdesk.io.importing import graph_import, graph_parsing, reading
from aspdesk.io.importing.batch import from_graph
from aspdesk.io.importing.graph_import import read_graph_file
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore

KNOWN: dict[Vocabulary, Collection[str]] = {
    Vocabulary.ACTOR_KIND: {"company", "research", "funder", "other"},
    Vocabulary.RELATION_TYPE: {"collaboration", "funding", "customer"},
    Vocabulary.SIZE_CLASS: {"micro", "small"},
    Vocabulary.CLUSTER_ROLE: {"member_company"},
}


def _known(snapshot: MapSnapshot) -> Mapping[Vocabulary, Collection[str]]:
    return {v: {t.code for t in terms} for v, terms in snapshot.terms.items()}


def _small_graph() -> nx.Graph:
    graph = nx.Graph()
    graph.add_node("n1", label="Oulu Robotics", kind="company")
    graph.add_node("n2", label="Northern University", kind="research")
    graph.add_node("n3", label="Mystery Ltd", kind="spaceship")
    graph.add_edge("n1", "n2", weight=4.6, type="funding")
    graph.add_edge("n2", "n3", weight=0.2)
    graph.add_edge("n1", "n3", weight=99.0, type="gossip")
    return graph


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- foreign files ----------------------------------------------------------------------


@pytest.mark.parametrize("writer", [nx.write_graphml, nx.write_gexf])
def test_networkx_file_gives_labels_kinds_and_strengths(tmp_path: Path, writer: object) -> None:
    path = tmp_path / "small.xml"  # the content, not the extension, says which format
    writer(_small_graph(), path)  # type: ignore[operator]

    result = read_graph_file(path, known_codes=KNOWN)

    actors = dict(result.actors)
    assert {k: (a.name, a.kind, a.id) for k, a in actors.items()} == {
        "n1": ("Oulu Robotics", "company", None),
        "n2": ("Northern University", "research", None),
        "n3": ("Mystery Ltd", "other", None),
    }
    ties = {(s, t): (r.type, r.strength, r.directed) for s, t, r in result.relationships}
    assert ties == {
        ("n1", "n2"): ("funding", 5, False),
        ("n2", "n3"): ("collaboration", 1, False),
        ("n1", "n3"): ("collaboration", 5, False),
    }
    assert all((r.source_id, r.target_id) == (0, 0) for _, _, r in result.relationships)
    problems = [(p.where.split()[0], p.message, p.values) for p in result.problems]
    assert problems == [
        ("node", graph_import.UNKNOWN_KIND, {"code": "spaceship"}),
        ("edge", graph_import.UNKNOWN_TYPE, {"code": "gossip"}),
    ]
    assert result.problems[0].where == "node n3"
    assert result.skipped == 0 and not result.clusters and not result.memberships


def test_directed_networkx_graph_and_gexf_positions(tmp_path: Path) -> None:
    graph = nx.DiGraph()
    graph.add_node("a", label="A", viz={"position": {"x": 1.5, "y": 2.0, "z": 0.0}})
    graph.add_node("b", label="B", x=3.0, y=4.0)
    graph.add_edge("a", "b", strength=2)
    nx.write_gexf(graph, tmp_path / "d.gexf")
    del graph.nodes["a"]["viz"]  # GraphML cannot hold it
    nx.write_graphml(graph, tmp_path / "d.graphml")

    gexf = read_graph_file(tmp_path / "d.gexf", known_codes=KNOWN)
    graphml = read_graph_file(tmp_path / "d.graphml", known_codes=KNOWN)

    assert gexf.positions == {"a": (1.5, -2.0), "b": (3.0, 4.0)}
    assert graphml.positions == {"b": (3.0, 4.0)}
    for result in (gexf, graphml):
        [(source, target, tie)] = result.relationships
        assert (source, target, tie.directed, tie.strength) == ("a", "b", True, 2)


YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5">Makes &lt;b&gt;robots</data>
      <data key="d6"><y:ShapeNode>
        <y:Geometry height="30.0" width="60.0" x="100.0" y="200.0"/>
        <y:NodeLabel alignment="center">Arctic Metal Oy</y:NodeLabel>
      </y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:NodeLabel/></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:EdgeLabel>partner</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e1" source="n0" target="n9"/>
    <edge id="e2" source="n1" target="n1"/>
    <edge id="e3" source="n1" target="n0" directed="false"/>
  </graph>
</graphml>
"""


def test_yed_labels_geometry_and_bad_edges(tmp_path: Path) -> None:
    result = read_graph_file(_write(tmp_path, "yed.graphml", YED), known_codes=KNOWN)

    actors = dict(result.actors)
    assert actors["n0"].name == "Arctic Metal Oy"
    assert actors["n0"].description == "Makes <b>robots"
    assert actors["n1"].name == "n1"  # an empty label: the node id
    assert result.positions == {"n0": (130.0, 215.0)}
    assert (actors["n0"].x, actors["n0"].y) == (130.0, 215.0)
    ties = [(s, t, r.directed, r.type, r.strength) for s, t, r in result.relationships]
    assert ties == [
        ("n0", "n1", True, "collaboration", 3),
        ("n1", "n0", False, "collaboration", 3),
    ]
    assert [(p.where, p.message) for p in result.problems] == [
        ("edge e1", graph_import.MISSING_END),
        ("edge e2", graph_import.SELF_LOOP),
    ]
    assert result.problems[0].line() == (
        "yed.graphml, edge e1: "
        "The edge refers to a node “n9” that is not in the file, so it was left out."
    )
    assert result.skipped == 2


def test_validation_errors_become_problems(tmp_path: Path) -> None:
    text = f"""<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="k" for="node" attr.name="business_id"/><key id="s" for="edge" attr.name="strength"/>
      <graph edgedefault="undirected">
        <node id="x"><data key="k">1234567-0</data></node>
        <node id="y"><data key="k">nonsense</data></node>
        <node id="{"z" * 5}"/>
        <node id="x"/>
        <edge source="x" target="y"><data key="s">9</data></edge>
        <edge source="x" target="y"><data key="s">two</data></edge>
      </graph></graphml>"""
    result = read_graph_file(_write(tmp_path, "v.graphml", text), known_codes=KNOWN)

    found = [(p.where, p.field, p.context) for p in result.problems]
    assert found == [
        ("node x", "business_id", "validation"),
        ("node y", "business_id", "validation"),
        ("node x", "", "io"),  # the id used twice
        ("edge #1", "strength", "validation"),
        ("edge #2", "", "io"),  # not a number: the default strength instead
    ]
    assert [r.strength for _, _, r in result.relationships] == [9, 3]
    assert len(result.actors) == 3 and result.skipped == 1


# -- our own files ----------------------------------------------------------------------


@pytest.mark.parametrize("writer", [write_graphml, write_gexf])
def test_own_export_round_trips(sample_store: MapStore, tmp_path: Path, writer: object) -> None:
    snapshot = snapshot_of(sample_store)
    path = tmp_path / "map.export"
    writer(snapshot, path)  # type: ignore[operator]

    result = read_graph_file(path, known_codes=_known(snapshot))

    def actor_row(a: object) -> tuple[object, ...]:
        names = ("name", "short_name", "kind", "business_id", "municipality", "tags", "x", "y")
        return tuple(getattr(a, n) for n in names)

    assert len(result.actors) == 21
    assert [(k, actor_row(a)) for k, a in result.actors] == [
        (f"a{a.id}", actor_row(a)) for a in snapshot.actors
    ]
    assert all(a.id is None for _, a in result.actors)
    expected_positions = {f"a{a.id}": (a.x, a.y) for a in snapshot.actors if a.x is not None}
    expected_positions |= {f"c{c.id}": (c.x, c.y) for c in snapshot.clusters if c.x is not None}
    assert result.positions == expected_positions

    def tie_row(r: object) -> tuple[object, ...]:
        names = ("type", "directed", "strength", "start_date", "source_info", "notes")
        return tuple(getattr(r, n) for n in names)

    assert len(result.relationships) == 47
    assert sorted((s, t, tie_row(r)) for s, t, r in result.relationships) == sorted(
        (f"a{r.source_id}", f"a{r.target_id}", tie_row(r)) for r in snapshot.relationships
    )
    assert [(k, c.name, c.colour, c.start_date) for k, c in result.clusters] == [
        (f"c{c.id}", c.name, c.colour, c.start_date) for c in snapshot.clusters
    ]
    assert len(result.clusters) == 5
    memberships = Counter((a, c, m.role) for a, c, m in result.memberships)
    assert len(result.memberships) == 59
    assert memberships == Counter(
        (f"a{m.actor_id}", f"c{m.cluster_id}", m.role) for m in snapshot.memberships
    )
    assert result.problems == [] and result.skipped == 0


# -- hostile and broken files -----------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml><graph edgedefault="undirected"><node id="&lol4;"/></graph></graphml>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml><graph edgedefault="undirected"><node id="n"><data key="k">&xxe;</data></node>
</graph></graphml>
"""
DTD = """<?xml version="1.0"?>
<!DOCTYPE gexf SYSTEM "http://example.invalid/gexf.dtd">
<gexf><graph><nodes/></graph></gexf>
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BILLION_LAUGHS, graph_parsing.DTD_REFUSED),
        (XXE, graph_parsing.DTD_REFUSED),
        (DTD, graph_parsing.DTD_REFUSED),
        ("", reading.EMPTY),
        ("  \n", reading.EMPTY),
        ("<graphml><graph><node id='a'></graph>", graph_parsing.NOT_XML),
        (bytes(range(256)) * 4, graph_parsing.NOT_XML),
        ("<html><body>hello</body></html>", graph_parsing.NOT_A_GRAPH),
        ("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'/>", graph_parsing.NO_GRAPH),
        (
            f"<graphml><graph><node id='{'x' * 1_000_001}'/></graph></graphml>",
            graph_parsing.VALUE_TOO_LONG,
        ),
    ],
    ids=[
        "billion-laughs",
        "xxe",
        "dtd",
        "empty",
        "blank",
        "malformed",
        "random",
        "html",
        "no-graph",
        "huge-attribute",
    ],
)
def test_hostile_or_broken_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | bytes, message: str
) -> None:
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    path = _write(tmp_path, "graph.graphml", content)
    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(DataFileError) as raised:
        read_graph_file(path, known_codes=KNOWN)
    assert raised.value.template == message
    assert raised.value.where.startswith("graph.graphml")
    assert opened == [str(path)]  # never /etc/passwd nor a DTD


def test_malformed_xml_says_where(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.gexf", "<gexf>\n<graph>\n<nodes></graph></gexf>")
    with pytest.raises(DataFileError) as raised:
        read_graph_file(path, known_codes=KNOWN)
    assert raised.value.where == "g.gexf, line 3, column 10"


def test_file_over_the_limit_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph_parsing, "MAX_GRAPH_BYTES", 1024)
    path = _write(tmp_path, "big.gexf", "<gexf>" + " " * 2000 + "</gexf>")
    with pytest.raises(DataFileError) as raised:
        read_graph_file(path, known_codes=KNOWN)
    assert raised.value.template == reading.TOO_LARGE


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as raised:
        read_graph_file(tmp_path / "nope.graphml", known_codes=KNOWN)
    assert raised.value.template == reading.NOT_FOUND


def test_an_unknown_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.gexf"
    path.write_bytes(b'<?xml version="1.0" encoding="u-f-8"?><gexf/>')
    with pytest.raises(DataFileError) as raised:
        read_graph_file(path, known_codes=KNOWN)
    assert raised.value.template == graph_parsing.NOT_XML


@pytest.mark.parametrize(
    ("language", "edge", "node"),
    [("fi", "kaari e1", "solmu n1"), ("sv", "kant e1", "nod n1"), ("en", "edge e1", "node n1")],
)
def test_a_graph_s_places_are_said_in_the_reader_s_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    edge: str,
    node: str,
) -> None:
    """The command's report names a GraphML element in its own words ("kaari e1"), the
    element's id as the file has it; the candidate's place says the same."""
    from aspdesk.cli.main import main
    from aspdesk.cli.text import translator_for

    monkeypatch.setenv("ASPDESK_HOME", str(tmp_path / "home"))
    source = _write(tmp_path, "yed.graphml", YED)
    target = tmp_path / "kartta.aspmap"
    assert main(["import", "--lang", language, "--skip-errors", str(target), str(source)]) == 0
    printed = capsys.readouterr()
    assert f"yed.graphml, {edge}: " in printed.out + printed.err
    batch = from_graph("yed.graphml", read_graph_file(source, known_codes=KNOWN))
    (n1,) = [c for c in batch.actors if c.key == "n1"]
    assert n1.item == "node n1"  # as the file says it, for finding it again
    assert n1.place(translator_for(language)) == node
