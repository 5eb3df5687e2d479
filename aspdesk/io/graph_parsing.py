"""Streaming the nodes and edges out of a GraphML or GEXF file, safely and within bounds.

The file is parsed with ``defusedxml``'s ``iterparse``, which refuses a document type
declaration (and so entity expansion, external entities and DTD fetching) before anything
is expanded or fetched. Each node and edge is turned into plain values as soon as its end
tag is read and its elements are dropped, so memory follows what the file holds for a map,
not the size of its XML. Nodes, edges, elements (in all and inside one node or edge),
the length of every value and the size of the file are counted as the parser goes, and the
first limit passed stops it with a message (limits in :mod:`aspdesk.io.import_limits`).

What is read: GraphML keys and their defaults, ``data`` values, yEd's ``y:NodeLabel`` and
``y:Geometry``, nested graphs and their edge direction; GEXF attribute declarations and
defaults, ``attvalue`` values, ``viz:position``, nested nodes and the first graph only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.graph_elements import (
    Edge,
    Node,
    RawEdge,
    RawNode,
    gexf_edge,
    gexf_node,
    graphml_edge,
    graphml_node,
    local,
)
from aspdesk.io.import_limits import (
    MAX_EDGES,
    MAX_ELEMENTS,
    MAX_FIELD_CHARS,
    MAX_GRAPH_BYTES,
    MAX_ITEM_ELEMENTS,
    MAX_NODES,
    MB,
    shown,
)
from aspdesk.io.reading import EMPTY, NOT_A_FILE, NOT_FOUND, TOO_LARGE, UNREADABLE

PROGRESS_ELEMENTS = 10_000

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
TOO_MANY_NODES = QT_TRANSLATE_NOOP(
    "io", "The file holds more than {limit} nodes, far more than any map, so it was not read."
)
TOO_MANY_EDGES = QT_TRANSLATE_NOOP(
    "io", "The file holds more than {limit} edges, far more than any map, so it was not read."
)
TOO_MANY_ELEMENTS = QT_TRANSLATE_NOOP(
    "io",
    "The file holds more than {limit} XML elements, far more than any map needs, so it was "
    "not read.",
)
ITEM_TOO_BIG = QT_TRANSLATE_NOOP(
    "io",
    "One node or edge of the file holds more than {limit} XML elements, far more than any "
    "needs, so the file was not read.",
)


@dataclass
class ParsedGraph:
    """The nodes and edges of a file in document order, and the items left out."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    skipped: int = 0


def parse_graph(path: Path, progress: Progress = no_progress) -> ParsedGraph:
    """The nodes and edges of the GraphML or GEXF file at ``path`` (told apart by content).

    Raises :class:`DataFileError` for a file that cannot be read safely, is past a limit or
    is not a graph file; lets ``Cancelled`` from ``progress`` through.
    """
    name = path.name
    try:
        if path.stat().st_size > MAX_GRAPH_BYTES:
            raise DataFileError(TOO_LARGE, name, limit=MAX_GRAPH_BYTES // MB)
        with path.open("rb") as handle:
            source = _Source(handle, name, path.stat().st_size)
            return _parse(source, name, progress)
    except FileNotFoundError:
        raise DataFileError(NOT_FOUND, name) from None
    except IsADirectoryError:
        raise DataFileError(NOT_A_FILE, name) from None
    except OSError as error:
        raise DataFileError(UNREADABLE, name, reason=error.strerror or str(error)) from None


class _Source:
    """The file as the parser reads it: counted, bounded, and noting whether it is blank."""

    def __init__(self, handle: IO[bytes], name: str, size: int) -> None:
        self.handle, self.name, self.size = handle, name, size
        self.done = 0
        self.blank = True

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.done += len(chunk)
        if self.done > MAX_GRAPH_BYTES:  # the file grew since it was measured
            raise DataFileError(TOO_LARGE, self.name, limit=MAX_GRAPH_BYTES // MB)
        self.blank = self.blank and not chunk.strip()
        return chunk


def _parse(source: _Source, name: str, progress: Progress) -> ParsedGraph:
    try:
        events = SafeET.iterparse(
            source,
            events=("start", "end"),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )
        return _Reader(name, progress, source).read(events)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        # Entities and external references need a DTD, refused first; caught all the same.
        raise DataFileError(DTD_REFUSED, name) from None
    except ET.ParseError as error:
        if source.blank:
            raise DataFileError(EMPTY, name) from None
        line, column = error.position
        detail = str(error).split(":")[0]
        where = f"{name}, line {line}, column {column + 1}"
        raise DataFileError(NOT_XML, where, detail=detail) from None
    except (ValueError, LookupError, RecursionError, MemoryError) as error:
        # LookupError: the XML declaration names an encoding that does not exist.
        raise DataFileError(NOT_XML, name, detail=type(error).__name__) from None


def _resolved(
    raws: list[tuple[int, RawNode]] | list[tuple[int, RawEdge]],
    keys: Mapping[tuple[str, str], str],
    defaults: Mapping[str, str],
) -> list[Any]:
    """The nodes or edges in document order, named; each raw one is let go once named,
    so that both are not held in memory at once."""
    raws.sort(key=lambda each: each[0], reverse=True)
    named = []
    while raws:
        named.append(raws.pop()[1].resolved(keys, defaults))
    return named


# Elements read whole when they end; everything inside them is kept until then.
_ITEMS: dict[str, frozenset[str]] = {
    "graphml": frozenset({"node", "edge", "hyperedge", "key"}),
    "gexf": frozenset({"node", "edge", "attribute"}),
}


class _Reader:
    """Turns the parser's events into nodes and edges, counting as it goes."""

    def __init__(self, name: str, progress: Progress, source: _Source) -> None:
        self.name, self.progress, self.source = name, progress, source
        self.result = ParsedGraph()
        self.format = ""
        self.elements = 0
        self.graphs = 0  # seen so far, for GEXF's "the first graph only"
        # The open elements, each with its local name, its number in document order and
        # whether it is an item (read whole when it ends).
        self.stack: list[tuple[ET.Element, str, int, bool]] = []
        self.names: dict[str, str] = {}  # tag -> local name, for the first tags met
        self.inside: list[int] = []  # elements in each open item
        self.directed: list[bool] = []  # the edge direction of each open graph
        self.keys: dict[tuple[str, str], str] = {}  # (scope, key or attribute id) -> name
        self.defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
        self.nodes: list[tuple[int, RawNode]] = []
        self.edges: list[tuple[int, RawEdge]] = []

    def read(self, events: Iterator[tuple[str, ET.Element]]) -> ParsedGraph:
        for event, element in events:
            if event == "start":
                self.start(element)
            else:
                self.end(element)
        if not self.graphs:
            raise DataFileError(NO_GRAPH, self.name)
        self.result.nodes = _resolved(self.nodes, self.keys, self.defaults["node"])
        self.result.edges = _resolved(self.edges, self.keys, self.defaults["edge"])
        return self.result

    def start(self, element: ET.Element) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise DataFileError(TOO_MANY_ELEMENTS, self.name, limit=shown(MAX_ELEMENTS))
        if self.elements % PROGRESS_ELEMENTS == 0:
            self.progress(self.source.done, self.source.size)
        attributes = element.attrib
        if attributes and max(map(len, attributes.values())) > MAX_FIELD_CHARS:
            raise DataFileError(VALUE_TOO_LONG, self.name, limit=shown(MAX_FIELD_CHARS))
        tag = self._local(element.tag)
        if not self.stack:
            if tag not in _ITEMS:
                raise DataFileError(NOT_A_GRAPH, self.name)
            self.format = tag
        if self.inside:
            self.inside[-1] += 1
            if self.inside[-1] > MAX_ITEM_ELEMENTS:
                raise DataFileError(ITEM_TOO_BIG, self.name, limit=shown(MAX_ITEM_ELEMENTS))
        item = tag in _ITEMS[self.format] and self._is_item(tag)
        if tag == "graph":
            self._start_graph(element)
        elif item:
            self.inside.append(0)
            self._count_item(tag)
        self.stack.append((element, tag, self.elements, item))

    def end(self, element: ET.Element) -> None:
        _, tag, number, item = self.stack.pop()
        if element.text and len(element.text) > MAX_FIELD_CHARS:
            raise DataFileError(VALUE_TOO_LONG, self.name, limit=shown(MAX_FIELD_CHARS))
        parent = self.stack[-1][0] if self.stack else None
        if tag == "graph":
            self.directed.pop()
        elif item:
            self.inside.pop()
            if self._counts():
                self._item(tag, element, parent, number)
        if parent is not None and (item or not self.inside):
            parent.remove(element)  # read, or nothing an item will need: let it go
            element.clear()

    def _local(self, tag: str) -> str:
        """The name of ``tag`` without its namespace (remembered: tags repeat)."""
        name = self.names.get(tag)
        if name is None:
            name = local(tag)
            if len(self.names) < 1000:  # a hostile file may use any number of tags
                self.names[tag] = name
        return name

    def _is_item(self, tag: str) -> bool:
        """Whether an element ``tag`` starting now is read whole when it ends: where the
        format puts nodes, edges and attribute declarations."""
        parent = self.stack[-1][1] if self.stack else ""
        if self.format == "graphml":
            return parent == ("graphml" if tag == "key" else "graph")
        grandparent = self.stack[-2][1] if len(self.stack) > 1 else ""
        return tag != "attribute" or (parent == "attributes" and grandparent == "graph")

    def _counts(self) -> bool:
        """Whether the element ending now is part of the graph that is read."""
        return self.format == "graphml" or self.graphs == 1

    def _start_graph(self, element: ET.Element) -> None:
        self.graphs += 1
        if self.format == "gexf":
            self.directed.append(element.get("defaultedgetype", "undirected") == "directed")
            return
        inherited = self.directed[-1] if self.directed else True
        default = element.get("edgedefault")
        self.directed.append(inherited if default is None else default == "directed")

    def _count_item(self, tag: str) -> None:
        if not self._counts():
            return
        if tag == "node" and len(self.nodes) >= MAX_NODES:
            raise DataFileError(TOO_MANY_NODES, self.name, limit=shown(MAX_NODES))
        if tag == "edge" and len(self.edges) >= MAX_EDGES:
            raise DataFileError(TOO_MANY_EDGES, self.name, limit=shown(MAX_EDGES))

    def _item(self, tag: str, element: ET.Element, parent: ET.Element | None, number: int) -> None:
        graphml = self.format == "graphml"
        if tag == "node":
            raw = graphml_node(element) if graphml else gexf_node(element)
            self.nodes.append((number, raw))
        elif tag == "edge":
            index = len(self.edges) + 1
            directed = self.directed[-1] if self.directed else True
            raw_edge = (
                graphml_edge(element, directed, index)
                if graphml
                else gexf_edge(element, directed, index)
            )
            self.edges.append((number, raw_edge))
        elif tag == "hyperedge":
            self.result.skipped += 1
        elif tag == "key":
            self._declare(element, element.get("for", "all"), element.get("attr.name"))
        elif tag == "attribute" and parent is not None:
            self._declare(element, parent.get("class", "node"), element.get("title"))

    def _declare(self, element: ET.Element, scope: str, title: str | None) -> None:
        """A GraphML key or GEXF attribute: its name and default, for nodes or edges.

        A GraphML key names data of every scope (as yEd and networkx rely on); a GEXF
        attribute only that of its class.
        """
        key = element.get("id", "")
        scopes = ("node", "edge") if scope == "all" else (scope,)
        name = title or key
        for each in ("node", "edge") if self.format == "graphml" else scopes:
            self.keys[each, key] = name
        default = next((c for c in element if local(c.tag) == "default"), None)
        if default is not None and default.text is not None:
            for each in scopes:
                if each in self.defaults:
                    self.defaults[each][name] = default.text


__all__ = ["Edge", "Node", "ParsedGraph", "parse_graph"]
