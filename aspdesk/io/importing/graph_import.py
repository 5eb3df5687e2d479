"""Reading GraphML and GEXF files into candidate actors and ties, safe for untrusted files.

This is the reading half of graph import: it turns a file written by Gephi, networkx, yEd,
Cytoscape or aspdesk itself into candidates (entities with no id) keyed by the file's node
ids, with the problems found, and leaves matching and storing them to the caller.

Safety: the file is streamed by :mod:`aspdesk.io.importing.graph_parsing` with ``defusedxml``, which
refuses a document type declaration (and so entity expansion, external entities and DTD
fetching), and stops at the first limit passed (file size, nodes, edges, elements, value
length), so a crafted file cannot exhaust memory or reach the file system or network.

What is read: a node's name from its ``name``/``label``/``Label`` attribute, the GEXF
``label`` or yEd's ``y:NodeLabel``, else its id; every field of :class:`Actor` whose
attribute is present (as written by :mod:`aspdesk.io.exporting.graph_formats`); positions
from ``x``/``y`` attributes, GEXF ``viz:position`` (whose y axis points up) or yEd
``y:Geometry`` (its centre). Cluster nodes and membership edges (``node_type``/``edge_type``
of our own files) are kept apart. An edge that cannot be a tie (a missing end, a loop, not
between two actors) is left out, counted in ``skipped``, and a problem says why; a kept
candidate with problems needs fixing before it can be stored.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.text import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT
from aspdesk.domain.validation import validate
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import Progress, no_progress
from aspdesk.io.importing.graph_elements import Edge, Node, boolean, number
from aspdesk.io.importing.graph_parsing import parse_graph
from aspdesk.io.importing.problems import Problem, Problems

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
    problems: Problems = field(default_factory=Problems)
    skipped: int = 0
    clusters: list[tuple[str, Cluster]] = field(default_factory=list)
    memberships: list[tuple[str, str, Membership]] = field(default_factory=list)
    coordinators: dict[str, str] = field(default_factory=dict)
    # "relationship 3" / "membership 0" (index in its list) -> the edge in the file
    places: dict[str, str] = field(default_factory=dict)
    # The nodes and edges ("node n3", "edge e1") whose fields break a rule: their candidates
    # wait for a fix (kept apart from ``problems``, of which only the first are kept).
    blocked: set[str] = field(default_factory=set)


def read_graph_file(
    path: Path,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    progress: Progress = no_progress,
) -> GraphImport:
    """The candidates in the GraphML or GEXF file at ``path`` (told apart by its content).

    ``known_codes`` are the codes the map knows, by vocabulary. Raises
    :class:`DataFileError` for a file that cannot be read safely or is not a graph file,
    and lets ``Cancelled`` from ``progress`` through.
    """
    parsed = parse_graph(Path(path), progress)
    return _Builder(Path(path).name, known_codes).build(parsed.nodes, parsed.edges, parsed.skipped)


# -- candidates -------------------------------------------------------------------------

_ACTOR_TEXT = (
    "name_sv name_en short_name description business_id pic municipality country website"
    " email phone size_class sector notes"
).split()
_CLUSTER_TEXT = "name_sv name_en short_name description theme colour".split()
_NAME_ATTRIBUTES = ("name", "label", "Label", "Name")


class _Builder:
    """Turns nodes and edges into candidates, noting problems as it goes."""

    def __init__(self, file: str, known_codes: Mapping[Vocabulary, Collection[str]]) -> None:
        self._file = file
        self._known = known_codes
        self._result = GraphImport()

    def build(self, nodes: list[Node], edges: list[Edge], skipped: int) -> GraphImport:
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

    def _actor(self, node: Node) -> None:
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
            pinned=bool(boolean(values.get("pinned"))),
        )
        actor = replace(actor, **fields)  # type: ignore[arg-type]
        self._validated(where, actor)
        self._result.actors.append((node.id, actor))

    def _cluster(self, node: Node) -> None:
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
            pinned=bool(boolean(values.get("pinned"))),
        )
        cluster = replace(cluster, **fields)  # type: ignore[arg-type]
        coordinator = values.get("coordinator_id", "").strip()
        if coordinator:
            self._result.coordinators[node.id] = f"a{coordinator}"
        self._validated(where, cluster)
        self._result.clusters.append((node.id, cluster))

    def _membership(self, edge: Edge, actor: str, cluster: str) -> None:
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

    def _relationship(self, edge: Edge) -> None:
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
            value = number(text)
            if value is not None and value.is_integer():
                return int(value)
            self._problem(where, BAD_VALUE, value=text, field="strength")
        weight = number(values.get("weight"))
        if weight is None:
            return 3
        return int(min(5, max(1, round(weight))))

    def _position(self, node: Node, where: str) -> tuple[float | None, float | None]:
        x, y = number(node.values.get("x")), number(node.values.get("y"))
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
                self._result.blocked.add(where)
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
