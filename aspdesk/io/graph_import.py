"""Reading GraphML and GEXF files into candidate actors and ties, safe for untrusted files.

This is the reading half of graph import: it turns a file written by Gephi, networkx, yEd,
Cytoscape or aspdesk itself into candidates (entities with no id) keyed by the file's node
ids, with the problems found, and leaves matching and storing them to the caller.

Safety: the file is parsed only with ``defusedxml``, which refuses a document type
declaration (and so entity expansion, external entities and DTD fetching) before anything
is expanded or fetched; files over 200 MB and single values over a million characters are
refused, so a crafted file cannot exhaust memory or reach the file system or network.

What is read: a node's name from its ``name``/``label``/``Label`` attribute, the GEXF
``label`` or yEd's ``y:NodeLabel``, else its id; every field of :class:`Actor` whose
attribute is present (as written by :mod:`aspdesk.io.graph_formats`); positions from ``x``/
``y`` attributes, GEXF ``viz:position`` (whose y axis points up) or yEd ``y:Geometry`` (its
centre). Cluster nodes and membership edges (``node_type``/``edge_type`` of our own files)
are kept apart. An edge that cannot be a tie (a missing end, a loop, not between two
actors) is left out, counted in ``skipped``, and a problem says why; a kept candidate with
problems needs fixing before it can be stored.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.text import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT
from aspdesk.domain.validation import validate
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.problems import Problem
from aspdesk.io.reading import EMPTY, read_limited

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_VALUE_CHARS = 1_000_000
YFILES_NS = "http://www.yworks.com/xml/graphml"

NOT_XML = QT_TRANSLATE_NOOP(
    "io", "The file is not well-formed XML ({detail}). It may be damaged or cut short."
)
DTD_REFUSED = QT_TRANSLATE_NOOP(
    "io",
    "The file declares a document type (DTD), which may define entities or refer to other "
    "files. Graph files do not need one, and it can be used to attack a computer, so the "
    "file was not read.",
)
VALUE_TOO_LONG = QT_TRANSLATE_NOOP(
    "io", "The file holds a value longer than {limit} characters, so it was not read."
)
NOT_A_GRAPH = QT_TRANSLATE_NOOP("io", "This file is not a GraphML or GEXF file.")
NO_GRAPH = QT_TRANSLATE_NOOP("io", "The file holds no graph.")
NO_NODE_ID = QT_TRANSLATE_NOOP("io", "This node has no id, so it was left out.")
DUPLICATE_NODE = QT_TRANSLATE_NOOP(
    "io", "The node id “{id}” is used twice; the second node was left out."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "io", "The kind “{code}” is not known; the actor was given the kind “other”."
)
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "io", "The relationship type “{code}” is not known; it was read as “collaboration”."
)
BAD_VALUE = QT_TRANSLATE_NOOP("io", "“{value}” is not a valid {field}; it was left out.")
MISSING_END = QT_TRANSLATE_NOOP(
    "io", "The edge refers to a node “{id}” that is not in the file, so it was left out."
)
SELF_LOOP = QT_TRANSLATE_NOOP("io", "The edge joins the node “{id}” to itself, so it was left out.")
NOT_BETWEEN_ACTORS = QT_TRANSLATE_NOOP(
    "io", "The edge does not join two actors, so it was left out."
)
NOT_A_MEMBERSHIP = QT_TRANSLATE_NOOP(
    "io", "The membership does not join an actor to a cluster, so it was left out."
)

Translate = Callable[[str, str], str]


@dataclass
class GraphImport:
    """The candidates read from a graph file, keyed by the file's node ids.

    Relationships and memberships hold 0 for their ends; the node ids beside them say which.
    ``coordinators`` maps a cluster's node id to its coordinator's node id.
    """

    actors: list[tuple[str, Actor]] = field(default_factory=list)
    relationships: list[tuple[str, str, Relationship]] = field(default_factory=list)
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    clusters: list[tuple[str, Cluster]] = field(default_factory=list)
    memberships: list[tuple[str, str, Membership]] = field(default_factory=list)
    coordinators: dict[str, str] = field(default_factory=dict)
    # "relationship 3" / "membership 0" (index in its list) -> the edge in the file
    places: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Node:
    id: str
    values: dict[str, str]  # attribute name -> text
    label: str  # the GEXF label or yEd NodeLabel, "" when none
    position: tuple[float, float] | None  # from the format's own graphics


@dataclass(frozen=True)
class _Edge:
    where: str
    source: str
    target: str
    directed: bool
    values: dict[str, str]


def read_graph_file(
    path: Path, *, known_codes: Mapping[Vocabulary, Collection[str]]
) -> GraphImport:
    """The candidates in the GraphML or GEXF file at ``path`` (told apart by its content).

    ``known_codes`` are the codes the map knows, by vocabulary. Raises
    :class:`DataFileError` for a file that cannot be read safely or is not a graph file.
    """
    root = _parse(path)
    name = _local(root.tag)
    if name == "graphml":
        nodes, edges, skipped = _read_graphml(root)
    elif name == "gexf":
        nodes, edges, skipped = _read_gexf(root)
    else:
        raise DataFileError(NOT_A_GRAPH, path.name)
    if nodes is None:
        raise DataFileError(NO_GRAPH, path.name)
    return _Builder(path.name, known_codes).build(nodes, edges, skipped)


def _parse(path: Path) -> ET.Element:
    name = path.name
    raw = read_limited(path, MAX_FILE_BYTES)
    if not raw.strip():
        raise DataFileError(EMPTY, name)
    try:
        root: ET.Element = SafeET.fromstring(
            raw, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        # Entities and external references need a DTD, refused first; caught all the same.
        raise DataFileError(DTD_REFUSED, name) from None
    except ET.ParseError as error:
        line, column = error.position
        detail = str(error).split(":")[0]
        raise DataFileError(
            NOT_XML, f"{name}, line {line}, column {column + 1}", detail=detail
        ) from None
    except (ValueError, LookupError, RecursionError, MemoryError) as error:
        # LookupError: the XML declaration names an encoding that does not exist.
        raise DataFileError(NOT_XML, name, detail=type(error).__name__) from None
    for element in root.iter():
        texts = [element.text or "", element.tail or "", *element.attrib.values()]
        if any(len(text) > MAX_VALUE_CHARS for text in texts):
            raise DataFileError(VALUE_TOO_LONG, name, limit=MAX_VALUE_CHARS)
    return root


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if _local(child.tag) == name)


# -- GraphML ----------------------------------------------------------------------------


def _read_graphml(root: ET.Element) -> tuple[list[_Node] | None, list[_Edge], int]:
    names: dict[str, str] = {}  # key id -> attribute name
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for key in _children(root, "key"):
        key_id = key.get("id", "")
        names[key_id] = key.get("attr.name") or key_id
        default = next(_children(key, "default"), None)
        if default is not None and default.text is not None:
            scope = key.get("for", "all")
            for target in ("node", "edge") if scope == "all" else (scope,):
                if target in defaults:
                    defaults[target][names[key_id]] = default.text
    graphs = [(graph, True) for graph in _children(root, "graph")]
    if not graphs:
        return None, [], 0
    nodes: list[_Node] = []
    edges: list[_Edge] = []
    skipped = 0
    while graphs:
        graph, inherited = graphs.pop(0)
        default_type = graph.get("edgedefault")
        directed = inherited if default_type is None else default_type == "directed"
        for element in graph:
            tag = _local(element.tag)
            if tag == "node":
                values, label, position = _graphml_data(element, names, defaults["node"])
                nodes.append(_Node(element.get("id", ""), values, label, position))
                graphs.extend((inner, directed) for inner in _children(element, "graph"))
            elif tag == "edge":
                values, _, _ = _graphml_data(element, names, defaults["edge"])
                where = f"edge {element.get('id') or '#' + str(len(edges) + 1)}"
                explicit = element.get("directed")
                is_directed = (
                    _boolean(explicit) if explicit is not None else _boolean(values.get("directed"))
                )
                edge_directed = directed if is_directed is None else is_directed
                source, target = element.get("source", ""), element.get("target", "")
                edges.append(_Edge(where, source, target, edge_directed, values))
            elif tag == "hyperedge":
                skipped += 1
    return nodes, edges, skipped


def _graphml_data(
    element: ET.Element, names: Mapping[str, str], defaults: Mapping[str, str]
) -> tuple[dict[str, str], str, tuple[float, float] | None]:
    values = dict(defaults)
    label = ""
    position: tuple[float, float] | None = None
    for data in _children(element, "data"):
        graphics = [e for e in data.iter() if e.tag.startswith(f"{{{YFILES_NS}}}")]
        if not graphics:
            key = data.get("key", "")
            values[names.get(key, key)] = data.text or ""
            continue
        for item in graphics:
            if _local(item.tag) == "NodeLabel" and not label:
                label = (item.text or "").strip()
            elif _local(item.tag) == "Geometry" and position is None:
                x, y = _number(item.get("x")), _number(item.get("y"))
                width, height = _number(item.get("width")), _number(item.get("height"))
                if x is not None and y is not None:
                    position = (x + (width or 0.0) / 2, y + (height or 0.0) / 2)
    return values, label, position


# -- GEXF -------------------------------------------------------------------------------


def _read_gexf(root: ET.Element) -> tuple[list[_Node] | None, list[_Edge], int]:
    graph = next(_children(root, "graph"), None)
    if graph is None:
        return None, [], 0
    directed = graph.get("defaultedgetype", "undirected") == "directed"
    titles: dict[tuple[str, str], str] = {}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for declared in _children(graph, "attributes"):
        scope = declared.get("class", "node")
        for attribute in _children(declared, "attribute"):
            attribute_id = attribute.get("id", "")
            title = attribute.get("title") or attribute_id
            titles[scope, attribute_id] = title
            default = next(_children(attribute, "default"), None)
            if default is not None and default.text is not None and scope in defaults:
                defaults[scope][title] = default.text
    nodes: list[_Node] = []
    for node in graph.iter():
        if _local(node.tag) != "node":
            continue
        values = _attvalues(node, "node", titles, defaults["node"])
        position = None
        spot = next(_children(node, "position"), None)
        if spot is not None:
            x, y = _number(spot.get("x")), _number(spot.get("y"))
            position = (x, 0.0 - y) if x is not None and y is not None else None
        nodes.append(_Node(node.get("id", ""), values, node.get("label", ""), position))
    edges: list[_Edge] = []
    for edge in graph.iter():
        if _local(edge.tag) != "edge":
            continue
        values = _attvalues(edge, "edge", titles, defaults["edge"])
        if edge.get("weight") is not None:
            values["weight"] = edge.get("weight", "")
        kind = edge.get("type", "")
        edge_directed = directed
        if kind in ("directed", "undirected", "mutual"):
            edge_directed = kind == "directed"
        elif kind:  # networkx writes an edge attribute "type" here, in place of the direction
            values.setdefault("type", kind)
        where = f"edge {edge.get('id') or '#' + str(len(edges) + 1)}"
        edges.append(
            _Edge(where, edge.get("source", ""), edge.get("target", ""), edge_directed, values)
        )
    return nodes, edges, 0


def _attvalues(
    element: ET.Element,
    scope: str,
    titles: Mapping[tuple[str, str], str],
    defaults: Mapping[str, str],
) -> dict[str, str]:
    values = dict(defaults)
    seen: set[str] = set()
    for block in _children(element, "attvalues"):
        for attvalue in _children(block, "attvalue"):
            key = attvalue.get("for") or attvalue.get("id") or ""
            title = titles.get((scope, key), key)
            if title not in seen:  # a dynamic attribute: the first value
                seen.add(title)
                values[title] = attvalue.get("value", "")
    return values


# -- candidates -------------------------------------------------------------------------

_ACTOR_TEXT = (
    "short_name description business_id pic municipality country website email phone"
    " size_class sector notes"
).split()
_CLUSTER_TEXT = "short_name description theme colour".split()
_NAME_ATTRIBUTES = ("name", "label", "Label", "Name")


class _Builder:
    """Turns nodes and edges into candidates, noting problems as it goes."""

    def __init__(self, file: str, known_codes: Mapping[Vocabulary, Collection[str]]) -> None:
        self._file = file
        self._known = known_codes
        self._result = GraphImport()

    def build(self, nodes: list[_Node], edges: list[_Edge], skipped: int) -> GraphImport:
        result = self._result
        result.skipped = skipped
        kinds: dict[str, str] = {}  # node id -> "actor" or "cluster"
        for n, node in enumerate(nodes, start=1):
            if not node.id:
                self._problem(f"node #{n}", NO_NODE_ID)
                result.skipped += 1
            elif node.id in kinds:
                self._problem(f"node {node.id}", DUPLICATE_NODE, id=node.id)
                result.skipped += 1
            elif node.values.get("node_type") == "cluster":
                kinds[node.id] = "cluster"
                self._cluster(node)
            else:
                kinds[node.id] = "actor"
                self._actor(node)
        for edge in edges:
            missing = next((end for end in (edge.source, edge.target) if end not in kinds), None)
            if missing is not None:
                self._problem(edge.where, MISSING_END, id=missing)
            elif edge.source == edge.target:
                self._problem(edge.where, SELF_LOOP, id=edge.source)
            elif edge.values.get("edge_type") == "membership":
                ends = {kinds[edge.source]: edge.source, kinds[edge.target]: edge.target}
                if set(ends) == {"actor", "cluster"}:
                    self._membership(edge, ends["actor"], ends["cluster"])
                    continue
                self._problem(edge.where, NOT_A_MEMBERSHIP)
            elif kinds[edge.source] == kinds[edge.target] == "actor":
                self._relationship(edge)
                continue
            else:
                self._problem(edge.where, NOT_BETWEEN_ACTORS)
            result.skipped += 1
        return result

    def _actor(self, node: _Node) -> None:
        where = f"node {node.id}"
        values = node.values
        name = next((values[a] for a in _NAME_ATTRIBUTES if values.get(a, "").strip()), "")
        fields: dict[str, object] = {a: values[a] for a in _ACTOR_TEXT if a in values}
        kinds = self._known.get(Vocabulary.ACTOR_KIND, ())
        kind = values.get("kind", "").strip()
        if kind and kind not in kinds:
            self._problem(where, UNKNOWN_KIND, code=kind)
        if "tags" in values:
            tags = (t.strip() for t in values["tags"].split(";"))
            fields["tags"] = tuple(dict.fromkeys(t for t in tags if t))
        x, y = self._position(node, where)
        actor = Actor(
            name=name or node.label or node.id,
            kind=kind if kind in kinds else "other",
            x=x,
            y=y,
            pinned=bool(_boolean(values.get("pinned"))),
        )
        actor = replace(actor, **fields)  # type: ignore[arg-type]
        self._validated(where, actor)
        self._result.actors.append((node.id, actor))

    def _cluster(self, node: _Node) -> None:
        where = f"node {node.id}"
        values = node.values
        fields: dict[str, object] = {a: values[a] for a in _CLUSTER_TEXT if a in values}
        x, y = self._position(node, where)
        cluster = Cluster(
            name=values.get("name") or node.label or node.id,
            start_date=self._date(where, values, "start_date"),
            end_date=self._date(where, values, "end_date"),
            x=x,
            y=y,
            pinned=bool(_boolean(values.get("pinned"))),
        )
        cluster = replace(cluster, **fields)  # type: ignore[arg-type]
        coordinator = values.get("coordinator_id", "").strip()
        if coordinator:
            self._result.coordinators[node.id] = f"a{coordinator}"
        self._validated(where, cluster)
        self._result.clusters.append((node.id, cluster))

    def _membership(self, edge: _Edge, actor: str, cluster: str) -> None:
        values = edge.values
        membership = Membership(
            role=values.get("role", "").strip(),
            since=self._date(edge.where, values, "since"),
            until=self._date(edge.where, values, "until"),
            notes=values.get("notes", ""),
        )
        self._validated(edge.where, membership)
        self._result.places[f"membership {len(self._result.memberships)}"] = edge.where
        self._result.memberships.append((actor, cluster, membership))

    def _relationship(self, edge: _Edge) -> None:
        where, values = edge.where, edge.values
        types = self._known.get(Vocabulary.RELATION_TYPE, ())
        kind = values.get("type", "").strip()
        if kind and kind not in types:
            self._problem(where, UNKNOWN_TYPE, code=kind)
        relationship = Relationship(
            type=kind if kind in types else "collaboration",
            directed=edge.directed,
            strength=self._strength(where, values),
            start_date=self._date(where, values, "start_date"),
            end_date=self._date(where, values, "end_date"),
            source_info=values.get("source_info", ""),
            last_verified=self._date(where, values, "last_verified"),
            notes=values.get("notes", ""),
        )
        self._validated(where, relationship)
        self._result.places[f"relationship {len(self._result.relationships)}"] = where
        self._result.relationships.append((edge.source, edge.target, relationship))

    def _strength(self, where: str, values: Mapping[str, str]) -> int:
        text = values.get("strength", "").strip()
        if text:
            number = _number(text)
            if number is not None and number.is_integer():
                return int(number)
            self._problem(where, BAD_VALUE, value=text, field="strength")
        weight = _number(values.get("weight"))
        if weight is None:
            return 3
        return int(min(5, max(1, round(weight))))

    def _position(self, node: _Node, where: str) -> tuple[float | None, float | None]:
        x, y = _number(node.values.get("x")), _number(node.values.get("y"))
        position = (x, y) if x is not None and y is not None else node.position
        if position is None:
            return None, None
        self._result.positions[node.id] = position
        return position

    def _date(self, where: str, values: Mapping[str, str], name: str) -> date | None:
        text = values.get(name, "").strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            self._problem(where, BAD_VALUE, value=text, field=name)
            return None

    def _validated(self, where: str, entity: Actor | Cluster | Membership | Relationship) -> None:
        # The ends of ties are node ids here, checked in build(), not ids in a map.
        ends = {"source_id", "target_id", "actor_id", "cluster_id"}
        for error in validate(entity, self._known):
            if error.field not in ends:
                self._result.problems.append(
                    Problem(
                        self._file,
                        error.message,
                        dict(error.params),
                        VALIDATION_CONTEXT,
                        item=where,
                        field=error.field,
                    )
                )

    def _problem(self, where: str, message: str, **values: object) -> None:
        texts = {key: str(value) for key, value in values.items()}
        self._result.problems.append(Problem(self._file, message, texts, item=where))


def _number(text: str | None) -> float | None:
    """``text`` as a finite number, else None."""
    try:
        number = float((text or "").strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _boolean(text: str | None) -> bool | None:
    value = (text or "").strip().lower()
    if value in {"true", "1", "yes"}:
        return True
    if value in {"false", "0", "no"}:
        return False
    return None
