"""The web map's data: each step of the map as the canvas draws it, and a card per node.

A web map (File > Export web map…, ``aspdesk export MAP -o map.html``) is one HTML file a
partner opens in any browser, offline (:mod:`aspdesk.io.exporting.web_page` puts it
together). Its data is copied from the canvas, as an image export copies it, so the page
draws what the window draws: the same positions, colours, shapes, sizes, line styles,
legend, and for each saved view its own filters, focus and region.

Personal data (:mod:`aspdesk.domain.privacy`) goes into the file only when asked for, and
never while the workshop-safe switch is on: without it a card has no contact persons, no
e-mail address, phone number or notes, and the tie and membership notes stay out too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from aspdesk.app.document import Document
from aspdesk.app.index import EntityIndex
from aspdesk.app.selection import Ref
from aspdesk.domain.country_names import country_name
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Project,
    Relationship,
)
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import Page, show_state
from aspdesk.graph.export.web_strings import page_strings
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.styling import style
from aspdesk.graph.styling.themes import LIGHT
from aspdesk.io.errors import Progress
from aspdesk.io.exporting.web_page import write_web_page

Translate = Callable[[str, str], str]
E = TypeVar("E")
JSON = dict[str, object]

FORMAT_VERSION = 1
_PREFIX = {EntityType.ACTOR: "a", EntityType.CLUSTER: "c", EntityType.PROJECT: "p"}


@record
class WebMapRequest:
    """What the user asked for: a title, the steps, and whether personal data goes in."""

    title: str
    pages: Sequence[Page]
    personal: bool = False
    made: date | None = None


def _all(index: EntityIndex, entity_type: EntityType, cls: type[E]) -> list[E]:
    """Every entity of ``entity_type``, typed as ``cls``."""
    return [e for e in index.all(entity_type) if isinstance(e, cls)]


def node_key(ref: Ref) -> str:
    """The page's key of a node: "a12" for actor 12, "c3" a cluster, "p7" a project."""
    return f"{_PREFIX[ref.type]}{ref.id}"


def web_map_data(canvas: GraphCanvas, request: WebMapRequest, translate: Translate) -> JSON:
    """The page's data (the contract of ``resources/webmap/``) for ``request``: each page
    of it a step, prepared on ``canvas`` (window's thread), as that canvas draws it."""
    document = canvas.document
    personal = request.personal and not document.hide_personal
    steps = [_step(canvas, page) for page in request.pages]
    drawn = {str(node["key"]) for step in steps for node in _nodes(step)}
    theme = LIGHT
    cards = _Cards(document, translate, personal)
    return {
        "version": FORMAT_VERSION,
        "title": request.title,
        "language": document.language,
        "strings": page_strings(translate),
        "made": (request.made or date.today()).isoformat(),
        "theme": {
            "background": theme.background,
            "text": theme.text,
            "labelBacking": "rgba({}, {}, {}, {:.2f})".format(
                *theme.label_backing[:3], theme.label_backing[3] / 255
            ),
            "highlight": style.SELECTION,
            "outline": theme.outline,
        },
        "clusters": _clusters(document, drawn),
        "kinds": _terms(document, Vocabulary.ACTOR_KIND, _kinds_drawn(steps)),
        "tieTypes": _terms(document, Vocabulary.RELATION_TYPE, _types_drawn(steps)),
        "cards": {key: cards.card(key) for key in sorted(drawn)},
        "steps": steps,
    }


def _nodes(step: JSON) -> list[JSON]:
    nodes = step["nodes"]
    assert isinstance(nodes, list)
    return nodes


def _step(canvas: GraphCanvas, page: Page) -> JSON:
    """One step: the nodes, edges and legend the canvas draws once ``page`` is prepared."""
    if page.prepare is not None:
        page.prepare(canvas)
    data = canvas.data
    document = canvas.document
    sizes = canvas.node_sizes(data)
    memberships: dict[int, list[int]] = {}
    for member in _all(document.index, EntityType.MEMBERSHIP, Membership):
        memberships.setdefault(member.actor_id, []).append(member.cluster_id)
    nodes: list[JSON] = []
    index_of: dict[int, int] = {}  # the canvas's node index -> the step's (placed only)
    for n, ref in enumerate(data.refs):
        x, y = (float(v) for v in data.positions[n])
        if not (math.isfinite(x) and math.isfinite(y)):
            continue  # not placed: not drawn on the canvas either
        index_of[n] = len(nodes)
        entity = document.index.get(ref.type, ref.id)
        actor = entity if isinstance(entity, Actor) else None
        nodes.append(
            {
                "key": node_key(ref),
                "x": round(x, 3),
                "y": round(y, 3),
                "size": round(float(sizes[n]), 2),
                "colour": data.colours[n],
                "shape": data.shapes[n],
                "segments": list(data.segments.get(n, ())),
                "label": data.labels[n],
                "dimmed": bool(data.dimmed[n]),
                "kind": actor.kind if actor is not None else "",
                "clusters": sorted(set(memberships.get(ref.id, []))) if actor else [],
            }
        )
    return {
        "title": page.title,
        "nodes": nodes,
        "edges": _edges(canvas, index_of),
        "legend": {
            "nodes": [
                {"label": e.label, "colour": e.colour, "shape": e.shape}
                | {"segments": list(e.segments)}
                for e in data.legend_nodes
            ],
            "lines": [
                {"label": e.label, "colour": e.colour, "dash": e.dash, "width": e.width}
                for e in data.legend_lines
            ],
            "notes": list(canvas.legend.notes),
        },
        "region": _region(canvas),
    }


def _edges(canvas: GraphCanvas, index_of: dict[int, int]) -> list[JSON]:
    edges: list[JSON] = []
    for group in canvas.dressed_edges(canvas.data):
        for a, b, directed in zip(
            group.sources.tolist(), group.targets.tolist(), group.directed.tolist(), strict=True
        ):
            if a not in index_of or b not in index_of:
                continue
            edges.append(
                {
                    "s": index_of[a],
                    "t": index_of[b],
                    "colour": group.colour,
                    "width": round(group.width, 2),
                    "dash": group.dash,
                    "directed": bool(directed),
                    "type": group.tie_type,
                    "alpha": group.alpha,
                    "dimmed": group.dimmed,
                }
            )
    return edges


def _region(canvas: GraphCanvas) -> list[float] | None:
    region = canvas.fit_shown
    if region is None:
        return None
    return [round(v, 3) for v in (region.x(), region.y(), region.width(), region.height())]


def _clusters(document: Document, drawn: set[str]) -> list[JSON]:
    """The clusters a filter can offer: those with a member drawn, or drawn as hubs."""
    members = {
        m.cluster_id
        for m in _all(document.index, EntityType.MEMBERSHIP, Membership)
        if f"a{m.actor_id}" in drawn
    }
    clusters = [
        c
        for c in _all(document.index, EntityType.CLUSTER, Cluster)
        if c.id in members or f"c{c.id}" in drawn
    ]
    return [
        {
            "id": cluster.id,
            "name": cluster.name,
            "colour": style.cluster_colour(cluster.colour, n),
        }
        for n, cluster in enumerate(clusters)
    ]


def _kinds_drawn(steps: list[JSON]) -> set[str]:
    return {str(node["kind"]) for step in steps for node in _nodes(step) if node["kind"]}


def _types_drawn(steps: list[JSON]) -> set[str]:
    found: set[str] = set()
    for step in steps:
        edges = step["edges"]
        assert isinstance(edges, list)
        found.update(str(edge["type"]) for edge in edges if edge["type"])
    return found


def _terms(document: Document, vocabulary: Vocabulary, codes: set[str]) -> list[JSON]:
    """The terms of ``vocabulary`` among ``codes``, in the map's order, then any unknown."""
    known = [t for t in document.terms(vocabulary) if t.code in codes]
    listed = {t.code for t in known}
    found: list[JSON] = [{"code": t.code, "label": t.label(document.language)} for t in known]
    found += [{"code": code, "label": code} for code in sorted(codes - listed)]
    return found


def public_website(url: str) -> str:
    """``url`` when it is a web address the page may link to (http or https), else ""."""
    text = url.strip()
    if not text or any(c.isspace() or ord(c) < 32 for c in text):
        return ""
    try:
        parts = urlsplit(text)
        if not parts.scheme:  # "www.example.fi": a web address without its scheme
            parts = urlsplit(f"https://{text}")
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return parts.geturl()


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else ''}–{end.isoformat() if end else ''}"


class _Cards:
    """What a node's card says: public fields, memberships with roles, ties."""

    def __init__(self, document: Document, translate: Translate, personal: bool) -> None:
        self.document = document
        self.translate = translate
        self.personal = personal
        self.index = index = document.index
        # By actor and by cluster, read once: a card per node looked through every row.
        self.members_of: dict[int, list[Membership]] = {}
        self.members_in: dict[int, int] = {}
        for member in _all(index, EntityType.MEMBERSHIP, Membership):
            self.members_of.setdefault(member.actor_id, []).append(member)
            self.members_in[member.cluster_id] = self.members_in.get(member.cluster_id, 0) + 1
        self.ties_of: dict[int, list[Relationship]] = {}
        for tie in _all(index, EntityType.RELATIONSHIP, Relationship):
            self.ties_of.setdefault(tie.source_id, []).append(tie)
            if tie.target_id != tie.source_id:
                self.ties_of.setdefault(tie.target_id, []).append(tie)
        self.contacts_of: dict[int, list[Contact]] = {}
        if personal:
            for contact in _all(index, EntityType.CONTACT, Contact):
                self.contacts_of.setdefault(contact.actor_id, []).append(contact)

    def _field(self, header: str, value: str) -> list[str] | None:
        return [self.translate("io", header), value] if value.strip() else None

    def card(self, key: str) -> JSON:
        kind, entity_id = key[0], int(key[1:])
        if kind == "a":
            actor = self.index.get(EntityType.ACTOR, entity_id)
            assert isinstance(actor, Actor)
            return self._actor(actor)
        if kind == "c":
            cluster = self.index.get(EntityType.CLUSTER, entity_id)
            assert isinstance(cluster, Cluster)
            return self._cluster(cluster)
        project = self.index.get(EntityType.PROJECT, entity_id)
        assert isinstance(project, Project)
        return self._project(project)

    def _actor(self, actor: Actor) -> JSON:
        label, language = self.document.label, self.document.language
        fields = [
            self._field("Kind", label(Vocabulary.ACTOR_KIND, actor.kind)),
            self._field("Description", actor.description),
            self._field("Municipality or region", actor.municipality),
            self._field("Country", country_name(actor.country, language) if actor.country else ""),
            self._field("Sector", actor.sector),
            self._field("Size class", label(Vocabulary.SIZE_CLASS, actor.size_class)),
            self._field("Business ID", actor.business_id),
            self._field("PIC", actor.pic),
            self._field("Tags", ", ".join(actor.tags)),
            self._field("Website", actor.website),
        ]
        if self.personal:
            fields += [self._field("Email", actor.email), self._field("Phone", actor.phone)]
        card: JSON = {
            "name": actor.name_in(language),
            "short": actor.short_name,
            "fields": [f for f in fields if f is not None],
            "website": public_website(actor.website),
            "memberships": self._memberships(actor.id),
            "ties": self._ties(actor.id),
        }
        if self.personal:
            contacts: list[JSON] = [
                {"name": c.name, "title": c.title, "email": c.email, "phone": c.phone}
                for c in self.contacts_of.get(actor.id or 0, [])
            ]
            card["contacts"] = contacts
            card["notes"] = actor.notes
        return card

    def _memberships(self, actor_id: int | None) -> list[JSON]:
        rows: list[JSON] = []
        for member in self.members_of.get(actor_id or 0, []):
            rows.append(
                {
                    "cluster": self.index.name(EntityType.CLUSTER, member.cluster_id),
                    "role": self.document.label(Vocabulary.CLUSTER_ROLE, member.role),
                    "period": _period(member.since, member.until),
                }
            )
        return rows

    def _ties(self, actor_id: int | None) -> list[JSON]:
        rows: list[JSON] = []
        for tie in self.ties_of.get(actor_id or 0, []):
            source, target = tie.source_id, tie.target_id
            other = target if source == actor_id else source
            if not tie.directed:
                direction = "both"
            else:
                direction = "out" if source == actor_id else "in"
            rows.append(
                {
                    "other": self.index.name(EntityType.ACTOR, other),
                    "type": self.document.label(Vocabulary.RELATION_TYPE, tie.type),
                    "direction": direction,
                }
            )
        return rows

    def _cluster(self, cluster: Cluster) -> JSON:
        coordinator = cluster.coordinator_id
        members = self.members_in.get(cluster.id or 0, 0)
        fields = [
            self._field("Description", cluster.description),
            self._field("Theme", cluster.theme),
            self._field("Coordinator name", self.index.name(EntityType.ACTOR, coordinator)),
            self._field("Memberships", str(members)),
        ]
        return {
            "name": cluster.name_in(self.document.language),
            "short": cluster.short_name,
            "fields": [f for f in fields if f is not None],
            "website": "",
            "memberships": [],
            "ties": [],
        }

    def _project(self, project: Project) -> JSON:
        label = self.document.label
        partners = self.index.partners_of(project.id)
        fields = [
            self._field("Acronym", project.acronym),
            self._field("Programme", label(Vocabulary.PROGRAMME, project.programme)),
            self._field("Status", label(Vocabulary.PROJECT_STATUS, project.status)),
            self._field("Start date", project.start_date.isoformat() if project.start_date else ""),
            self._field("End date", project.end_date.isoformat() if project.end_date else ""),
            self._field("Project partners", str(len(partners))),
        ]
        return {
            "name": project.name,
            "short": project.acronym,
            "fields": [f for f in fields if f is not None],
            "website": "",
            "memberships": [],
            "ties": [],
        }


def _write(path: Path, data: JSON, progress: Progress) -> None:
    progress(0, 1)
    write_web_page(path, data)
    progress(1, 1)


def prepare_web_map(
    canvas: GraphCanvas,
    panel: GraphPanel,
    translate: Translate,
    path: Path,
    title: str,
    *,
    all_views: bool,
    personal: bool,
) -> Callable[[Progress], None]:
    """Copy the graph now (window's thread): as shown, or with ``all_views`` each saved
    view in turn, the graph put back as it was afterwards. The call returned writes the
    page, on any thread."""
    views = list(canvas.document.index.views) if all_views else []
    if not views:
        pages = [Page(title)]
    else:
        pages = [Page(view.name, partial(show_state, panel, view.state)) for view in views]
    before = panel.view_state()
    try:
        data = web_map_data(canvas, WebMapRequest(title, pages, personal), translate)
    finally:
        if views:
            panel.apply_view_state(before)
    return partial(_write, path, data)
