"""The table layout of a map in a spreadsheet: sheets, columns and what each cell holds.

XLSX and CSV exports write these tables and an importer reads them back, so the layout is
data: a :class:`Sheet` per entity with its :class:`Column` list. Every sheet starts with a
stable ``ID`` column. Codes (kinds, roles, types, size classes) are written as their stable
codes with a read-only label column beside them, and names of referenced actors, clusters
and projects sit in read-only helper columns, so a file edited in any language imports
back. A project's clusters are one cell of ids separated by "; ", with their names beside.

Titles and headers are English texts marked for translation in the "io" context; the
exporter translates them with the function it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
    format_tags,
)
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.snapshot import MapSnapshot

IO_CONTEXT = "io"

Cell = str | int | float | bool | date | None
Translate = Callable[[str, str], str]
E = TypeVar("E")

# A text cell starting with one of these may run as a formula in a spreadsheet program
# (OWASP "CSV injection"); such text is written with a leading single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Between the ids (and names) of a list of references in one cell.
LIST_SEPARATOR = "; "


class CellKind(StrEnum):
    """What a column holds, so an importer knows how to read a cell back."""

    ID = "id"  # the row's own id
    REFERENCE = "reference"  # the id of another entity (actor, cluster or project)
    REFERENCES = "references"  # ids of clusters, separated by LIST_SEPARATOR
    TEXT = "text"
    CODE = "code"  # a vocabulary code
    LABEL = "label"  # the label of the code beside it (read-only)
    TAGS = "tags"  # comma-separated
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"


@record
class SheetContext:
    """What cells need besides their own entity: names of other entities and labels."""

    language: str
    actor_names: Mapping[int, str]
    cluster_names: Mapping[int, str]
    project_names: Mapping[int, str]
    labels: Mapping[tuple[Vocabulary, str], str]

    @classmethod
    def of(cls, snapshot: MapSnapshot, language: str) -> SheetContext:
        """The names and labels of ``snapshot``, with labels in ``language``."""
        return cls(
            language=language,
            actor_names={a.id: a.name for a in snapshot.actors if a.id is not None},
            cluster_names={c.id: c.name for c in snapshot.clusters if c.id is not None},
            project_names={p.id: p.name for p in snapshot.projects if p.id is not None},
            labels={
                (vocabulary, term.code): term.label(language)
                for vocabulary, terms in snapshot.terms.items()
                for term in terms
            },
        )

    def actor(self, actor_id: int | None) -> str:
        """The name of an actor; empty when there is none."""
        return "" if actor_id is None else self.actor_names.get(actor_id, "")

    def cluster(self, cluster_id: int | None) -> str:
        """The name of a cluster; empty when there is none."""
        return "" if cluster_id is None else self.cluster_names.get(cluster_id, "")

    def project(self, project_id: int | None) -> str:
        """The name of a project; empty when there is none."""
        return "" if project_id is None else self.project_names.get(project_id, "")

    def linked_clusters(self, cluster_ids: tuple[int, ...]) -> tuple[int, ...]:
        """The clusters of a project that the map holds, once each (a deleted cluster may
        stay listed in the project)."""
        return tuple(dict.fromkeys(c for c in cluster_ids if c in self.cluster_names))

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        """The label of ``code``, or the code itself when the map does not know it."""
        return self.labels.get((vocabulary, code), code)


@record
class Column(Generic[E]):
    """One column: its header (English, marked), its cell getter and how to read it back.

    ``field`` is the entity attribute the column holds; it is None for read-only helper
    columns (labels and names of referenced entities), which an importer ignores.
    """

    header: str
    getter: Callable[[E, SheetContext], Cell]
    kind: CellKind = CellKind.TEXT
    field: str | None = None
    vocabulary: Vocabulary | None = None

    @property
    def read_only(self) -> bool:
        """Whether the column only helps a reader and is not imported."""
        return self.field is None


@record
class Sheet(Generic[E]):
    """One table: a stable key (the CSV file name), a title (marked) and its columns."""

    key: str
    title: str
    entity_type: EntityType
    columns: tuple[Column[E], ...]
    rows: Callable[[MapSnapshot], Sequence[E]]

    def headers(self, translate: Translate | None = None) -> list[str]:
        """The column headers, translated."""
        return [tr(translate, column.header) for column in self.columns]

    def cells(self, snapshot: MapSnapshot, context: SheetContext) -> Iterator[list[Cell]]:
        """One list of cells per entity of this sheet in ``snapshot``."""
        getters = [column.getter for column in self.columns]
        for entity in self.rows(snapshot):
            yield [getter(entity, context) for getter in getters]


def tr(translate: Translate | None, text: str) -> str:
    """``text`` translated in the "io" context, or as it is without a translator."""
    return translate(IO_CONTEXT, text) if translate is not None else text


def neutralise(text: str) -> str:
    """``text`` made safe from formula injection by a leading ``'`` where needed.

    Text that already starts with quotes before a dangerous character gets one more, so
    :func:`restore_text` gives back exactly what was written.
    """
    stripped = text.lstrip("'")
    return "'" + text if stripped.startswith(FORMULA_STARTS) else text


def restore_text(text: str) -> str:
    """The text :func:`neutralise` was given (what an importer reads from a cell)."""
    stripped = text.lstrip("'")
    if stripped != text and stripped.startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _field(header: str, name: str, kind: CellKind = CellKind.TEXT) -> Column[Any]:
    return Column(header, lambda e, c: getattr(e, name), kind, name)


def _code(header: str, name: str, vocabulary: Vocabulary) -> Column[Any]:
    return Column(header, lambda e, c: getattr(e, name), CellKind.CODE, name, vocabulary)


def _label(header: str, name: str, vocabulary: Vocabulary) -> Column[Any]:
    return Column(header, lambda e, c: c.label(vocabulary, getattr(e, name)), CellKind.LABEL, None)


def _actor_name(header: str, name: str) -> Column[Any]:
    return Column(header, lambda e, c: c.actor(getattr(e, name)), CellKind.TEXT, None)


def _cluster_ids(project: Project, context: SheetContext) -> str:
    return LIST_SEPARATOR.join(str(c) for c in context.linked_clusters(project.cluster_ids))


def _cluster_names(project: Project, context: SheetContext) -> str:
    ids = context.linked_clusters(project.cluster_ids)
    return LIST_SEPARATOR.join(context.cluster(c) for c in ids)


def _id() -> Column[Any]:
    return _field(QT_TRANSLATE_NOOP("io", "ID"), "id", CellKind.ID)


def _position() -> tuple[Column[Any], ...]:
    return (
        _field(QT_TRANSLATE_NOOP("io", "X"), "x", CellKind.NUMBER),
        _field(QT_TRANSLATE_NOOP("io", "Y"), "y", CellKind.NUMBER),
        _field(QT_TRANSLATE_NOOP("io", "Pinned"), "pinned", CellKind.BOOLEAN),
    )


def _name_forms() -> tuple[Column[Any], ...]:
    # Last, after the columns that older exports have, so that their places stay.
    return (
        _field(QT_TRANSLATE_NOOP("io", "Name in Swedish"), "name_sv"),
        _field(QT_TRANSLATE_NOOP("io", "Name in English"), "name_en"),
    )


ACTORS: Sheet[Actor] = Sheet(
    "actors",
    QT_TRANSLATE_NOOP("io", "Actors"),
    EntityType.ACTOR,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Name"), "name"),
        _field(QT_TRANSLATE_NOOP("io", "Short name"), "short_name"),
        _code(QT_TRANSLATE_NOOP("io", "Kind"), "kind", Vocabulary.ACTOR_KIND),
        _label(QT_TRANSLATE_NOOP("io", "Kind (label)"), "kind", Vocabulary.ACTOR_KIND),
        _field(QT_TRANSLATE_NOOP("io", "Description"), "description"),
        _field(QT_TRANSLATE_NOOP("io", "Business ID"), "business_id"),
        _field(QT_TRANSLATE_NOOP("io", "PIC"), "pic"),
        _field(QT_TRANSLATE_NOOP("io", "Municipality or region"), "municipality"),
        _field(QT_TRANSLATE_NOOP("io", "Country"), "country"),
        _field(QT_TRANSLATE_NOOP("io", "Website"), "website"),
        _field(QT_TRANSLATE_NOOP("io", "Email"), "email"),
        _field(QT_TRANSLATE_NOOP("io", "Phone"), "phone"),
        _code(QT_TRANSLATE_NOOP("io", "Size class"), "size_class", Vocabulary.SIZE_CLASS),
        _label(QT_TRANSLATE_NOOP("io", "Size class (label)"), "size_class", Vocabulary.SIZE_CLASS),
        _field(QT_TRANSLATE_NOOP("io", "Sector"), "sector"),
        Column(
            QT_TRANSLATE_NOOP("io", "Tags"), lambda a, c: format_tags(a.tags), CellKind.TAGS, "tags"
        ),
        _field(QT_TRANSLATE_NOOP("io", "Notes"), "notes"),
        *_position(),
        *_name_forms(),
    ),
    lambda snapshot: snapshot.actors,
)

CLUSTERS: Sheet[Cluster] = Sheet(
    "clusters",
    QT_TRANSLATE_NOOP("io", "Clusters"),
    EntityType.CLUSTER,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Name"), "name"),
        _field(QT_TRANSLATE_NOOP("io", "Short name"), "short_name"),
        _field(QT_TRANSLATE_NOOP("io", "Description"), "description"),
        _field(QT_TRANSLATE_NOOP("io", "Theme"), "theme"),
        _field(QT_TRANSLATE_NOOP("io", "Colour"), "colour"),
        _field(
            QT_TRANSLATE_NOOP("io", "Coordinator (actor ID)"), "coordinator_id", CellKind.REFERENCE
        ),
        _actor_name(QT_TRANSLATE_NOOP("io", "Coordinator name"), "coordinator_id"),
        _field(QT_TRANSLATE_NOOP("io", "Start date"), "start_date", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "End date"), "end_date", CellKind.DATE),
        *_position(),
        *_name_forms(),
    ),
    lambda snapshot: snapshot.clusters,
)

MEMBERSHIPS: Sheet[Membership] = Sheet(
    "memberships",
    QT_TRANSLATE_NOOP("io", "Memberships"),
    EntityType.MEMBERSHIP,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Actor ID"), "actor_id", CellKind.REFERENCE),
        _actor_name(QT_TRANSLATE_NOOP("io", "Actor name"), "actor_id"),
        _field(QT_TRANSLATE_NOOP("io", "Cluster ID"), "cluster_id", CellKind.REFERENCE),
        Column(QT_TRANSLATE_NOOP("io", "Cluster name"), lambda m, c: c.cluster(m.cluster_id)),
        _code(QT_TRANSLATE_NOOP("io", "Role"), "role", Vocabulary.CLUSTER_ROLE),
        _label(QT_TRANSLATE_NOOP("io", "Role (label)"), "role", Vocabulary.CLUSTER_ROLE),
        _field(QT_TRANSLATE_NOOP("io", "Since"), "since", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "Until"), "until", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "Notes"), "notes"),
    ),
    lambda snapshot: snapshot.memberships,
)

RELATIONSHIPS: Sheet[Relationship] = Sheet(
    "relationships",
    QT_TRANSLATE_NOOP("io", "Relationships"),
    EntityType.RELATIONSHIP,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "From (actor ID)"), "source_id", CellKind.REFERENCE),
        _actor_name(QT_TRANSLATE_NOOP("io", "From name"), "source_id"),
        _field(QT_TRANSLATE_NOOP("io", "To (actor ID)"), "target_id", CellKind.REFERENCE),
        _actor_name(QT_TRANSLATE_NOOP("io", "To name"), "target_id"),
        _code(QT_TRANSLATE_NOOP("io", "Type"), "type", Vocabulary.RELATION_TYPE),
        _label(QT_TRANSLATE_NOOP("io", "Type (label)"), "type", Vocabulary.RELATION_TYPE),
        _field(QT_TRANSLATE_NOOP("io", "Directed"), "directed", CellKind.BOOLEAN),
        _field(QT_TRANSLATE_NOOP("io", "Strength"), "strength", CellKind.INTEGER),
        _field(QT_TRANSLATE_NOOP("io", "Start date"), "start_date", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "End date"), "end_date", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "Source of information"), "source_info"),
        _field(QT_TRANSLATE_NOOP("io", "Last verified"), "last_verified", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "Notes"), "notes"),
    ),
    lambda snapshot: snapshot.relationships,
)

CONTACTS: Sheet[Contact] = Sheet(
    "contacts",
    QT_TRANSLATE_NOOP("io", "Contacts"),
    EntityType.CONTACT,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Actor ID"), "actor_id", CellKind.REFERENCE),
        _actor_name(QT_TRANSLATE_NOOP("io", "Actor name"), "actor_id"),
        _field(QT_TRANSLATE_NOOP("io", "Name"), "name"),
        _field(QT_TRANSLATE_NOOP("io", "Title"), "title"),
        _field(QT_TRANSLATE_NOOP("io", "Email"), "email"),
        _field(QT_TRANSLATE_NOOP("io", "Phone"), "phone"),
    ),
    lambda snapshot: snapshot.contacts,
)

PROJECTS: Sheet[Project] = Sheet(
    "projects",
    QT_TRANSLATE_NOOP("io", "Projects"),
    EntityType.PROJECT,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Name"), "name"),
        _field(QT_TRANSLATE_NOOP("io", "Acronym"), "acronym"),
        _code(QT_TRANSLATE_NOOP("io", "Programme"), "programme", Vocabulary.PROGRAMME),
        _label(QT_TRANSLATE_NOOP("io", "Programme (label)"), "programme", Vocabulary.PROGRAMME),
        _field(QT_TRANSLATE_NOOP("io", "Call identifier"), "call_id"),
        _code(QT_TRANSLATE_NOOP("io", "Status"), "status", Vocabulary.PROJECT_STATUS),
        _label(QT_TRANSLATE_NOOP("io", "Status (label)"), "status", Vocabulary.PROJECT_STATUS),
        _field(QT_TRANSLATE_NOOP("io", "Total budget (€)"), "budget", CellKind.NUMBER),
        _field(QT_TRANSLATE_NOOP("io", "Grant (€)"), "grant", CellKind.NUMBER),
        _field(QT_TRANSLATE_NOOP("io", "Start date"), "start_date", CellKind.DATE),
        _field(QT_TRANSLATE_NOOP("io", "End date"), "end_date", CellKind.DATE),
        Column(
            QT_TRANSLATE_NOOP("io", "Linked clusters (cluster IDs)"),
            _cluster_ids,
            CellKind.REFERENCES,
            "cluster_ids",
        ),
        Column(QT_TRANSLATE_NOOP("io", "Linked cluster names"), _cluster_names),
        _field(QT_TRANSLATE_NOOP("io", "Notes"), "notes"),
        *_position(),
    ),
    lambda snapshot: snapshot.projects,
)

PROJECT_PARTNERS: Sheet[ProjectPartner] = Sheet(
    "project_partners",
    QT_TRANSLATE_NOOP("io", "Project partners"),
    EntityType.PROJECT_PARTNER,
    (
        _id(),
        _field(QT_TRANSLATE_NOOP("io", "Project ID"), "project_id", CellKind.REFERENCE),
        Column(QT_TRANSLATE_NOOP("io", "Project name"), lambda p, c: c.project(p.project_id)),
        _field(QT_TRANSLATE_NOOP("io", "Actor ID"), "actor_id", CellKind.REFERENCE),
        _actor_name(QT_TRANSLATE_NOOP("io", "Actor name"), "actor_id"),
        _code(QT_TRANSLATE_NOOP("io", "Role"), "role", Vocabulary.PARTNER_ROLE),
        _label(QT_TRANSLATE_NOOP("io", "Role (label)"), "role", Vocabulary.PARTNER_ROLE),
        _field(QT_TRANSLATE_NOOP("io", "Budget share (%)"), "budget_share", CellKind.NUMBER),
    ),
    lambda snapshot: snapshot.project_partners,
)

# In the order they are written (and read: what others refer to comes before them).
SHEETS: tuple[Sheet[Any], ...] = (
    ACTORS,
    CLUSTERS,
    MEMBERSHIPS,
    RELATIONSHIPS,
    CONTACTS,
    PROJECTS,
    PROJECT_PARTNERS,
)


def field_label(entity_type: EntityType, name: str, translate: Translate | None = None) -> str:
    """What a field is called in the tables ("Municipality or region"), translated."""
    for sheet in SHEETS:
        if sheet.entity_type is entity_type:
            for column in sheet.columns:
                if column.field == name:
                    return tr(translate, column.header)
    return name


def cell_text(value: object) -> str:
    """A field's value as one line of text for a report or preview."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return format_tags(value)
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())
