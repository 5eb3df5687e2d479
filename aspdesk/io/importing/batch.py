"""What an imported file holds, the same for every format: candidates and problems.

Each reader (spreadsheet table, aspdesk workbook, GraphML/GEXF, JSON backup) ends in an
:class:`ImportBatch`. A :class:`Candidate` is an entity as the file gives it, with no id
in this map yet: its ends (the actor of a contact, the two actors of a tie, ...) are the
*keys* the file uses for them, so merging can tell an end that is new in the file from
one that is already in the map. A project's clusters are a list of keys too
(``cluster_keys``). Matching and storing are left to :mod:`aspdesk.io.merging.planner`
and the app layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from aspdesk.domain.changes import History
from aspdesk.domain.entities import (
    ENTITY_CLASSES,
    Actor,
    Cluster,
    Entity,
    EntityType,
    Project,
    changed,
)
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.graph_import import GraphImport
from aspdesk.io.importing.problems import Problem, Problems, Translate, place_text
from aspdesk.io.importing.spreadsheet_import import ActorImport
from aspdesk.io.snapshot import MapSnapshot

# Fields that never count as information from a file when comparing with the map.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})
# Fields that hold the ends of an entity, as keys in a batch and ids in a map.
END_FIELDS: dict[EntityType, tuple[str, ...]] = {
    EntityType.ACTOR: (),
    EntityType.CLUSTER: ("coordinator_id",),
    EntityType.CONTACT: ("actor_id",),
    EntityType.MEMBERSHIP: ("actor_id", "cluster_id"),
    EntityType.RELATIONSHIP: ("source_id", "target_id"),
    EntityType.PROJECT: (),
    EntityType.PROJECT_PARTNER: ("project_id", "actor_id"),
}
# Which section each end refers to.
END_TYPES: dict[str, EntityType] = {
    "coordinator_id": EntityType.ACTOR,
    "actor_id": EntityType.ACTOR,
    "source_id": EntityType.ACTOR,
    "target_id": EntityType.ACTOR,
    "cluster_id": EntityType.CLUSTER,
    "project_id": EntityType.PROJECT,
}
# The prefix of the key of an entity that others refer to ("a3" is actor 3 of the file).
_KEY_PREFIXES = {EntityType.ACTOR: "a", EntityType.CLUSTER: "c", EntityType.PROJECT: "p"}


@record
class Candidate:
    """One entity as a file gives it.

    ``key`` names it within the file (for ends that refer to it); ``ends`` are the keys of
    the entities it refers to, in the order of ``END_FIELDS`` ("" for no coordinator).
    ``provided`` are the fields the file has a value for: an empty cell is no information
    and never clears what the map knows. ``blocked`` marks a row with an error, which is
    imported only when the user chooses to skip such rows (and then it is skipped).
    ``cluster_keys`` are the keys of a project's clusters (its ``cluster_ids`` are the
    file's ids, which merging replaces). ``problems`` are what blocks it, when the file's
    problem list kept them all (else empty while ``blocked``); ``notes`` say what was read
    differently from the file's cells ("Business ID 02454372 read as 0245437-2").
    """

    key: str
    entity: Entity
    provided: frozenset[str] = frozenset()
    ends: tuple[str, ...] = ()
    blocked: bool = False
    sheet: str = ""
    row: int = 0
    item: str = ""
    cluster_keys: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = ()

    def place(self, translate: Translate | None = None) -> str:
        """Where in the file it is ("Actors, row 5" or "node n3")."""
        return place_text(self.sheet, self.row, "", self.item, translate)


@dataclass
class ImportBatch:
    """Everything one file offers to a map.

    ``keeps_ids`` says the entities carry the ids of the map they came from (an aspdesk
    workbook or backup), which an empty map may keep so that a round trip is exact.
    ``table`` is the spreadsheet reading of a plain actor table, for the column dialog.
    """

    file: str
    actors: list[Candidate] = field(default_factory=list)
    clusters: list[Candidate] = field(default_factory=list)
    contacts: list[Candidate] = field(default_factory=list)
    memberships: list[Candidate] = field(default_factory=list)
    relationships: list[Candidate] = field(default_factory=list)
    projects: list[Candidate] = field(default_factory=list)
    project_partners: list[Candidate] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    skipped: int = 0
    terms: dict[Vocabulary, tuple[Term, ...]] = field(default_factory=dict)
    name: str = ""
    keeps_ids: bool = False
    table: ActorImport | None = None
    # Saved views of a backup: restored only with the whole map into an empty one.
    views: tuple[SavedView, ...] = ()
    surveys: tuple[SurveyRound, ...] = ()  # likewise the survey rounds
    history: History = ()  # and the change log of a backup made with it

    def section(self, entity_type: EntityType) -> list[Candidate]:
        """The candidates of one kind of entity."""
        return {
            EntityType.ACTOR: self.actors,
            EntityType.CLUSTER: self.clusters,
            EntityType.CONTACT: self.contacts,
            EntityType.MEMBERSHIP: self.memberships,
            EntityType.RELATIONSHIP: self.relationships,
            EntityType.PROJECT: self.projects,
            EntityType.PROJECT_PARTNER: self.project_partners,
        }[entity_type]

    @property
    def size(self) -> int:
        """How many candidates there are in all."""
        return sum(len(self.section(t)) for t in EntityType)

    @property
    def blocked_count(self) -> int:
        """How many candidates have errors."""
        return sum(c.blocked for t in EntityType for c in self.section(t))


def filled_fields(entity: Entity) -> frozenset[str]:
    """The fields of ``entity`` that hold something other than their default.

    For formats without columns (graph files, backups) this is what the file says; a
    value equal to the default (kind "company", strength 3) is not told apart from none.
    """
    default = ENTITY_CLASSES[entity.entity_type]()
    names = {f.name for f in fields(entity)} - BOOKKEEPING - set(END_FIELDS[entity.entity_type])
    return frozenset(
        name
        for name in names
        if getattr(entity, name) not in ("", None, ())
        and getattr(entity, name) != getattr(default, name)
    )


# --- from each reader -------------------------------------------------------------------


def from_table(table: ActorImport) -> ImportBatch:
    """The batch of a plain actor table (XLSX sheet or CSV)."""
    batch = ImportBatch(table.file, problems=table.problems.copy(), table=table)
    batch.skipped = table.skipped_empty_rows
    for row, actor in table.actors:
        provided = table.provided.get(row, frozenset())
        if not provided.isdisjoint(BOOKKEEPING):  # a column of ids, say; not copied else
            provided -= BOOKKEEPING
        batch.actors.append(
            Candidate(
                f"row {row}",
                actor if actor.id is None else changed(actor, id=None),  # immutable: shared
                provided,
                blocked=row in table.rows_with_problems,
                sheet=table.sheet,
                row=row,
                problems=table.row_problems.get(row, ()),
                notes=table.notes.get(row, ()),
            )
        )
    return batch


def from_graph(file: str, graph: GraphImport) -> ImportBatch:
    """The batch of a GraphML or GEXF file; field errors block, substitutions do not."""
    blocked = graph.blocked
    batch = ImportBatch(file, problems=graph.problems.copy(), skipped=graph.skipped)

    def add(section: list[Candidate], key: str, entity: Entity, ends: tuple[str, ...]) -> None:
        item = graph.places.get(key, f"node {key}")
        provided = filled_fields(entity)
        if isinstance(entity, Actor | Cluster):
            provided |= {"name"}
        section.append(Candidate(key, entity, provided, ends, item in blocked, item=item))

    for key, actor in graph.actors:
        add(batch.actors, key, actor, ())
    for key, cluster in graph.clusters:
        add(batch.clusters, key, cluster, (graph.coordinators.get(key, ""),))
    for index, (actor_key, cluster_key, membership) in enumerate(graph.memberships):
        add(batch.memberships, f"membership {index}", membership, (actor_key, cluster_key))
    for index, (source, target, tie) in enumerate(graph.relationships):
        add(batch.relationships, f"relationship {index}", tie, (source, target))
    return batch


def from_snapshot(file: str, snapshot: MapSnapshot) -> ImportBatch:
    """The batch of a JSON backup: every entity, keyed by its id, ids kept when possible."""
    batch = ImportBatch(
        file,
        terms=dict(snapshot.terms),
        name=snapshot.name,
        keeps_ids=True,
        views=snapshot.views,
        surveys=snapshot.surveys,
        history=snapshot.history,
    )
    sections: tuple[tuple[EntityType, str, Iterable[Entity]], ...] = (
        (EntityType.ACTOR, "actors", snapshot.actors),
        (EntityType.CLUSTER, "clusters", snapshot.clusters),
        (EntityType.CONTACT, "contacts", snapshot.contacts),
        (EntityType.MEMBERSHIP, "memberships", snapshot.memberships),
        (EntityType.RELATIONSHIP, "relationships", snapshot.relationships),
        (EntityType.PROJECT, "projects", snapshot.projects),
        (EntityType.PROJECT_PARTNER, "project_partners", snapshot.project_partners),
    )
    for entity_type, name, entities in sections:
        section = batch.section(entity_type)
        for index, entity in enumerate(entities):
            section.append(
                Candidate(
                    entity_key(entity_type, entity.id),
                    entity,
                    _all_fields(entity),
                    ends_of(entity),
                    item=f"{name}[{index}]",
                    cluster_keys=cluster_keys_of(entity),
                )
            )
    return batch


def entity_key(entity_type: EntityType, entity_id: int | None) -> str:
    """The key of an entity by its id in the file it came from ("" for none)."""
    if entity_id is None:
        return ""
    return f"{_KEY_PREFIXES.get(entity_type, '')}{entity_id}"


def ends_of(entity: Entity) -> tuple[str, ...]:
    """The keys of what ``entity`` refers to, from the ids it holds."""
    return tuple(
        entity_key(END_TYPES[name], getattr(entity, name))
        for name in END_FIELDS[entity.entity_type]
    )


def cluster_keys_of(entity: Entity) -> tuple[str, ...]:
    """The keys of a project's clusters, from the ids it holds (none for other entities)."""
    if not isinstance(entity, Project):
        return ()
    return tuple(entity_key(EntityType.CLUSTER, cluster_id) for cluster_id in entity.cluster_ids)


def _all_fields(entity: Entity) -> frozenset[str]:
    names = {f.name for f in fields(entity)}
    return frozenset(names - BOOKKEEPING - set(END_FIELDS[entity.entity_type]))


__all__ = [
    "Candidate",
    "ImportBatch",
    "cluster_keys_of",
    "ends_of",
    "entity_key",
    "filled_fields",
    "from_graph",
    "from_snapshot",
    "from_table",
]
