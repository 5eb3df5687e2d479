"""GraphML and GEXF export of a map, for Gephi, yEd, Cytoscape, igraph and networkx.

Both files hold the same graph. Every actor is a node "a<id>" and every cluster a node
"c<id>" (the attribute ``node_type`` says which), so that memberships can be edges "m<id>"
from actor to cluster; relationships are edges "r<id>" (``edge_type`` says which). Every
field is a typed attribute: a code (kind, size class, role, type) comes with a ``*_label`` in
the export language, tags are one string joined with "; ", dates and times are ISO 8601
strings, and an empty date or number is left out rather than written empty. The id in the map
file is ``aspdesk_id``, because Gephi keeps ``id`` and ``label`` for its own columns.

Direction: a map mixes undirected ties with directed ones. GEXF says so natively: every edge
has its own ``type`` and ``defaultedgetype`` is the more common kind. GraphML could say it
with ``directed`` on each edge, but networkx (3.x) refuses any edge whose direction differs
from ``edgedefault`` ("directed=true edge found in undirected graph"), and the file would then
be unreadable there. So the GraphML graph is undirected with no per-edge direction, every tie
carries its ``directed`` attribute, and a directed tie is written from its source to its
target: readers that keep the file's order (ElementTree, Gephi, igraph) keep the direction,
while networkx's undirected MultiGraph keeps the flag but may list the two ends either way
round. networkx's GEXF reader has the same limit and reads our GEXF only when every edge has
the same direction.

Positions: aspdesk's y axis points down and GEXF's points up, so ``viz:position`` holds -y and
Gephi shows the map the right way up. The ``x`` and ``y`` attributes keep the app's values.

Text: XML 1.0 cannot hold control characters other than tab, newline and carriage return (not
even escaped), nor lone surrogates or U+FFFE/U+FFFF. They are removed from all text, so an
export is always well-formed. A parser reads a carriage return in element text as a newline.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TypeAlias

from aspdesk import __version__
from aspdesk.domain.entities import Actor, Cluster, Entity, values_of
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.atomic import write_atomically
from aspdesk.io.snapshot import MapSnapshot

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

# Copied from aspdesk.graph.styling.style, which imports Qt; a test keeps the two the same.
KIND_COLOURS: dict[str, str] = {
    "company": "#0072B2",
    "funder": "#E69F00",
    "development": "#009E73",
    "research": "#CC79A7",
    "third_sector": "#56B4E9",
    "authority": "#D55E00",
    "international": "#F0E442",
    "other": "#999999",
}
FALLBACK_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
FALLBACK_COLOURS += ["#000000", "#999999"]
CLUSTER_SIZE = 40.0  # the size of a cluster hub on the canvas

Value: TypeAlias = str | bool | int | float | None


def _columns(spec: str) -> tuple[tuple[str, str], ...]:
    """``"name size:int"`` as ``(("name", "string"), ("size", "int"))``."""
    return tuple((n, t or "string") for n, _, t in (w.partition(":") for w in spec.split()))


# Attribute names and GraphML types, in the order they are declared.
NODE_COLUMNS = _columns(
    "node_type aspdesk_id:int name name_sv name_en short_name kind kind_label description"
    " business_id pic"
    " municipality country website email phone size_class size_class_label sector tags notes"
    " created_at updated_at theme colour coordinator_id:int start_date end_date"
    " x:double y:double pinned:boolean"
)
EDGE_COLUMNS = _columns(
    "edge_type aspdesk_id:int role role_label since until type type_label directed:boolean"
    " strength:int start_date end_date source_info last_verified notes"
)
GEXF_TYPES = {"string": "string", "boolean": "boolean", "int": "integer", "double": "double"}

# Fields written as a code plus its label, and fields that are the ends of an edge.
_LABELLED = {
    "kind": Vocabulary.ACTOR_KIND,
    "size_class": Vocabulary.SIZE_CLASS,
    "role": Vocabulary.CLUSTER_ROLE,
    "type": Vocabulary.RELATION_TYPE,
}
_NOT_WRITTEN = frozenset({"id", "actor_id", "cluster_id", "source_id", "target_id"})
_NOT_XML = re.compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def write_graphml(snapshot: MapSnapshot, path: Path, *, language: str = "en") -> None:
    """Write ``snapshot`` to ``path`` as GraphML (UTF-8), replacing the file in one step.

    Raises :class:`~aspdesk.io.errors.DataFileError` when the file cannot be written.
    """
    root = ET.Element(
        "graphml",
        {
            "xmlns": GRAPHML_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd",
        },
    )
    declared = [("graph", "g_", "name", "string"), ("node", "n_", "label", "string")]
    declared += [("node", "n_", name, kind) for name, kind in NODE_COLUMNS]
    declared += [("edge", "e_", name, kind) for name, kind in EDGE_COLUMNS]
    declared += [("edge", "e_", "weight", "double")]
    for scope, prefix, name, kind in declared:
        attributes = {"id": prefix + name, "for": scope, "attr.name": name, "attr.type": kind}
        _line(root, "key", attributes)
    graph = _line(root, "graph", {"id": "G", "edgedefault": "undirected"})
    ET.SubElement(graph, "data", {"key": "g_name"}).text = _clean(snapshot.name)
    for entity, node_id, row in _nodes(snapshot, language):
        node = _line(graph, "node", {"id": node_id})
        ET.SubElement(node, "data", {"key": "n_label"}).text = _clean(entity.display_name)
        _add_data(node, "n_", row)
    for edge in _edges(snapshot, language):
        element = _line(
            graph, "edge", {"id": edge.id, "source": edge.source, "target": edge.target}
        )
        _add_data(element, "e_", edge.values)
        ET.SubElement(element, "data", {"key": "e_weight"}).text = repr(edge.weight)
    _write(root, path)


def write_gexf(
    snapshot: MapSnapshot,
    path: Path,
    *,
    language: str = "en",
    colours: Mapping[int, str] | None = None,
    sizes: Mapping[int, float] | None = None,
) -> None:
    """Write ``snapshot`` to ``path`` as GEXF 1.3 (UTF-8), replacing the file in one step.

    ``colours`` (hex, "#RRGGBB") and ``sizes`` by actor id give the look of the canvas; an
    actor without one takes the colour of its kind and a size from its number of ties.
    Raises :class:`~aspdesk.io.errors.DataFileError` when the file cannot be written.
    """
    colours = colours or {}
    sizes = sizes or {}
    root = ET.Element(
        "gexf",
        {
            "xmlns": GEXF_NS,
            "xmlns:viz": VIZ_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd",
            "version": "1.3",
        },
    )
    meta = _line(root, "meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, "creator").text = f"aspdesk {__version__}"
    ET.SubElement(meta, "description").text = _clean(snapshot.name)
    edges = list(_edges(snapshot, language))
    directed = sum(edge.directed for edge in edges)
    default = "directed" if directed > len(edges) - directed else "undirected"
    graph = _line(root, "graph", {"defaultedgetype": default, "mode": "static"})
    for scope, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
        declared = _line(graph, "attributes", {"class": scope, "mode": "static"})
        for name, kind in columns:
            attributes = {"id": name, "title": name, "type": GEXF_TYPES[kind]}
            _line(declared, "attribute", attributes)

    kind_colour = _KindColour(snapshot)
    degree = _degrees(snapshot)
    count = len(snapshot.actors) + len(snapshot.clusters)
    nodes = _line(graph, "nodes", {"count": str(count)})
    for n, (entity, node_id, row) in enumerate(_nodes(snapshot, language)):
        node = _line(nodes, "node", {"id": node_id, "label": _clean(entity.display_name)})
        _add_attvalues(node, row)
        if isinstance(entity, Actor):
            key = entity.id or 0
            colour = _rgb(colours.get(key, "")) or _rgb(kind_colour(entity.kind))
            size = sizes.get(key, math.nan)
            size = size if math.isfinite(size) else node_size(degree.get(key, 0))
        else:
            fallback = FALLBACK_COLOURS[(n - len(snapshot.actors)) % len(FALLBACK_COLOURS)]
            colour = _rgb(entity.colour) or _rgb(fallback)
            size = CLUSTER_SIZE
        if colour is not None:
            r, g, b = (str(channel) for channel in colour)
            ET.SubElement(node, "viz:color", {"r": r, "g": g, "b": b})
        x, y = entity.x, entity.y
        if x is not None and y is not None and math.isfinite(x) and math.isfinite(y):
            # GEXF's y axis points up; 0.0 - y keeps 0 from turning into -0.
            position = {"x": repr(x), "y": repr(0.0 - y), "z": "0.0"}
            ET.SubElement(node, "viz:position", position)
        ET.SubElement(node, "viz:size", {"value": repr(float(size))})

    edges_element = _line(graph, "edges", {"count": str(len(edges))})
    for edge in edges:
        attributes = {
            "id": edge.id,
            "source": edge.source,
            "target": edge.target,
            "type": "directed" if edge.directed else "undirected",
            "weight": repr(edge.weight),
            "label": _clean(edge.label),
        }
        _add_attvalues(_line(edges_element, "edge", attributes), edge.values)
    _write(root, path)


def node_size(degree: int) -> float:
    """Node diameter in pixels from its number of ties, as on the canvas."""
    return float(min(36.0, 11.0 + 3.2 * degree**0.5))


@record
class _Edge:
    id: str
    source: str
    target: str
    directed: bool
    weight: float
    label: str
    values: dict[str, Value]


def _nodes(
    snapshot: MapSnapshot, language: str
) -> Iterator[tuple[Actor | Cluster, str, dict[str, Value]]]:
    labels = _labels(snapshot, language)
    for actor in snapshot.actors:
        yield actor, f"a{actor.id}", _row({"node_type": "actor"}, actor, labels)
    for cluster in snapshot.clusters:
        yield cluster, f"c{cluster.id}", _row({"node_type": "cluster"}, cluster, labels)


def _edges(snapshot: MapSnapshot, language: str) -> Iterator[_Edge]:
    labels = _labels(snapshot, language)
    for m in snapshot.memberships:
        row = _row({"edge_type": "membership"}, m, labels)
        source, target, label = f"a{m.actor_id}", f"c{m.cluster_id}", str(row["role_label"])
        yield _Edge(f"m{m.id}", source, target, False, 1.0, label, row)
    for r in snapshot.relationships:
        row = _row({"edge_type": "relationship"}, r, labels)
        source, target, label = f"a{r.source_id}", f"a{r.target_id}", str(row["type_label"])
        yield _Edge(f"r{r.id}", source, target, r.directed, float(r.strength), label, row)


def _labels(snapshot: MapSnapshot, language: str) -> dict[Vocabulary, dict[str, str]]:
    return {
        vocabulary: {term.code: term.label(language) for term in terms}
        for vocabulary, terms in snapshot.terms.items()
    }


def _row(
    row: dict[str, Value], entity: Entity, labels: dict[Vocabulary, dict[str, str]]
) -> dict[str, Value]:
    """The attributes of ``entity`` after those in ``row``, each code followed by its label."""
    row["aspdesk_id"] = entity.id
    for name, value in values_of(entity).items():
        if name in _NOT_WRITTEN:
            continue
        row[name] = _plain(value)
        vocabulary = _LABELLED.get(name)
        if vocabulary is not None:
            code = str(value)
            row[f"{name}_label"] = labels.get(vocabulary, {}).get(code, code)
    return row


def _plain(value: object) -> Value:
    """``value`` as a value XML can hold: tags joined, dates as ISO text, no infinities."""
    if isinstance(value, tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"cannot export a {type(value).__name__}")


def _text(value: str | bool | int | float) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _clean(value) if isinstance(value, str) else repr(value)


def _clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def _line(parent: ET.Element, tag: str, attributes: dict[str, str]) -> ET.Element:
    """A child of ``parent`` on a line of its own: the file reads one node or edge a line."""
    parent.text = "\n"
    element = ET.SubElement(parent, tag, attributes)
    element.tail = "\n"
    return element


def _add_data(element: ET.Element, prefix: str, row: Mapping[str, Value]) -> None:
    for name, value in row.items():
        if value is not None:
            ET.SubElement(element, "data", {"key": prefix + name}).text = _text(value)


def _add_attvalues(element: ET.Element, row: Mapping[str, Value]) -> None:
    values = ET.SubElement(element, "attvalues")
    for name, value in row.items():
        if value is not None:
            ET.SubElement(values, "attvalue", {"for": name, "value": _text(value)})


class _KindColour:
    """The canvas colour of an actor kind: the palette's, or the next free one for a new kind."""

    def __init__(self, snapshot: MapSnapshot) -> None:
        known = [term.code for term in snapshot.terms.get(Vocabulary.ACTOR_KIND, ())]
        extra = [code for code in known if code not in KIND_COLOURS]
        self._colours = dict(KIND_COLOURS)
        for n, code in enumerate(extra):
            self._colours[code] = FALLBACK_COLOURS[n % len(FALLBACK_COLOURS)]
        self._unknown = FALLBACK_COLOURS[len(extra) % len(FALLBACK_COLOURS)]

    def __call__(self, code: str) -> str:
        return self._colours.get(code, self._unknown)


def _degrees(snapshot: MapSnapshot) -> dict[int, int]:
    """The number of ties of each actor; a tie to itself counts once."""
    degree: dict[int, int] = {}
    for r in snapshot.relationships:
        for end in {r.source_id, r.target_id}:
            degree[end] = degree.get(end, 0) + 1
    return degree


def _rgb(colour: str) -> tuple[int, int, int] | None:
    match = _HEX.fullmatch(colour.strip())
    if match is None:
        return None
    digits = match[1] if len(match[1]) == 6 else "".join(c * 2 for c in match[1])
    value = int(digits, 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _write(root: ET.Element, path: Path) -> None:
    tree = ET.ElementTree(root)

    def write(temporary: Path) -> None:
        tree.write(temporary, encoding="utf-8", xml_declaration=True)

    write_atomically(path, write)
