"""What one GraphML or GEXF element says: a node's values, label and position, an edge's
ends, direction and values.

:mod:`aspdesk.io.importing.graph_parsing` hands each node or edge element here when its end tag is
read. Values are kept under the file's own key ids until the whole file is read, when
:meth:`RawNode.resolved` and :meth:`RawEdge.resolved` name them by the keys (GraphML) or
attribute declarations (GEXF) and put the declared defaults under them.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from aspdesk.domain.records import record

YFILES_NS = "http://www.yworks.com/xml/graphml"
Keys = Mapping[tuple[str, str], str]  # (node or edge, key or attribute id) -> name


@record
class Node:
    id: str
    values: dict[str, str]  # attribute name -> text
    label: str  # the GEXF label or yEd NodeLabel, "" when none
    position: tuple[float, float] | None  # from the format's own graphics


@record
class Edge:
    where: str
    source: str
    target: str
    directed: bool
    values: dict[str, str]


@dataclass
class RawNode:
    """A node as read, its values keyed by the file's key ids (resolved at the end, when
    every key has been declared)."""

    id: str
    values: dict[str, str]
    label: str
    position: tuple[float, float] | None

    def resolved(self, keys: Keys, defaults: Mapping[str, str]) -> Node:
        """The node with its values named, over the defaults of the file."""
        values = dict(defaults)
        values.update((keys.get(("node", k), k), v) for k, v in self.values.items())
        return Node(self.id, values, self.label, self.position)


@dataclass
class RawEdge:
    """An edge as read, its values keyed by the file's key ids, and values taken from its
    own attributes (which win) or offered by them (which do not)."""

    where: str
    source: str
    target: str
    directed: bool  # the graph's direction, or the edge's own when it gave one
    explicit: bool  # whether the edge gave its direction itself
    values: dict[str, str]
    overrides: dict[str, str] = field(default_factory=dict)
    fallbacks: dict[str, str] = field(default_factory=dict)

    def resolved(self, keys: Keys, defaults: Mapping[str, str]) -> Edge:
        """The edge with its values named, over the defaults of the file."""
        values = dict(defaults)
        values.update((keys.get(("edge", k), k), v) for k, v in self.values.items())
        values.update(self.overrides)
        for name, value in self.fallbacks.items():
            values.setdefault(name, value)
        directed = self.directed
        if not self.explicit:
            said = boolean(values.get("directed"))
            directed = directed if said is None else said
        return Edge(self.where, self.source, self.target, directed, values)


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local(child.tag) == name)


def graphml_node(element: ET.Element) -> RawNode:
    values, label, position = _graphml_data(element)
    return RawNode(element.get("id", ""), values, label, position)


def graphml_edge(element: ET.Element, directed: bool, index: int) -> RawEdge:
    values, _, _ = _graphml_data(element)
    where = f"edge {element.get('id') or '#' + str(index)}"
    given = element.get("directed")
    said = boolean(given)
    source, target = element.get("source", ""), element.get("target", "")
    own = directed if said is None else said
    return RawEdge(where, source, target, own, given is not None, values)


def _graphml_data(
    element: ET.Element,
) -> tuple[dict[str, str], str, tuple[float, float] | None]:
    values: dict[str, str] = {}
    label = ""
    position: tuple[float, float] | None = None
    for data in _children(element, "data"):
        graphics = [e for e in data.iter() if e.tag.startswith(f"{{{YFILES_NS}}}")]
        if not graphics:
            values[data.get("key", "")] = data.text or ""
            continue
        for item in graphics:
            if local(item.tag) == "NodeLabel" and not label:
                label = (item.text or "").strip()
            elif local(item.tag) == "Geometry" and position is None:
                x, y = number(item.get("x")), number(item.get("y"))
                width, height = number(item.get("width")), number(item.get("height"))
                if x is not None and y is not None:
                    position = (x + (width or 0.0) / 2, y + (height or 0.0) / 2)
    return values, label, position


def gexf_node(element: ET.Element) -> RawNode:
    position = None
    spot = next(_children(element, "position"), None)
    if spot is not None:
        x, y = number(spot.get("x")), number(spot.get("y"))
        position = (x, 0.0 - y) if x is not None and y is not None else None
    return RawNode(element.get("id", ""), _attvalues(element), element.get("label", ""), position)


def gexf_edge(element: ET.Element, directed: bool, index: int) -> RawEdge:
    overrides, fallbacks = {}, {}
    if element.get("weight") is not None:
        overrides["weight"] = element.get("weight", "")
    kind = element.get("type", "")
    if kind in ("directed", "undirected", "mutual"):
        directed = kind == "directed"
    elif kind:  # networkx writes an edge attribute "type" here, in place of the direction
        fallbacks["type"] = kind
    where = f"edge {element.get('id') or '#' + str(index)}"
    source, target = element.get("source", ""), element.get("target", "")
    values = _attvalues(element)
    return RawEdge(where, source, target, directed, True, values, overrides, fallbacks)


def _attvalues(element: ET.Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for block in _children(element, "attvalues"):
        for attvalue in _children(block, "attvalue"):
            key = attvalue.get("for") or attvalue.get("id") or ""
            values.setdefault(key, attvalue.get("value", ""))  # a dynamic attribute: the first
    return values


def local(tag: object) -> str:
    """The name of an XML tag without its namespace."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def number(text: str | None) -> float | None:
    """``text`` as a finite number, else None."""
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def boolean(text: str | None) -> bool | None:
    """``text`` as yes or no ("true", "1", "yes"...), else None."""
    value = (text or "").strip().lower()
    if value in {"true", "1", "yes"}:
        return True
    if value in {"false", "0", "no"}:
        return False
    return None
