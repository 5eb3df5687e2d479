"""The entities of a map as plain, immutable values.

Commands keep these (never ORM rows), the store converts them to and from its tables, and
forms edit copies made with :func:`dataclasses.replace`. An ``id`` of ``None`` means the
entity has not been stored yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from enum import StrEnum
from operator import attrgetter
from typing import Any, ClassVar, TypeVar

from aspdesk.domain.records import record


class EntityType(StrEnum):
    """The kinds of things a map holds, in the order they can be restored after a delete."""

    ACTOR = "actor"
    CLUSTER = "cluster"
    CONTACT = "contact"
    MEMBERSHIP = "membership"
    RELATIONSHIP = "relationship"
    PROJECT = "project"
    PROJECT_PARTNER = "project_partner"


# Fields holding a name in another language, by the language (actors and clusters), and
# every field holding a name.
NAME_FORMS = {"sv": "name_sv", "en": "name_en"}
NAME_FIELDS = ("name", *NAME_FORMS.values())


def name_form(name: str, name_sv: str, name_en: str, language: str) -> str:
    """``name``'s form in ``language`` (Swedish or English) when it has one, else ``name``."""
    form = {"sv": name_sv, "en": name_en}.get(language, "")
    return form or name


@record
class Actor:
    """An organisation in the network."""

    entity_type: ClassVar[EntityType] = EntityType.ACTOR
    id: int | None = None
    name: str = ""
    short_name: str = ""
    kind: str = "company"
    description: str = ""
    business_id: str = ""
    municipality: str = ""
    country: str = "FI"
    website: str = ""
    email: str = ""
    phone: str = ""
    size_class: str = ""
    sector: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    # The EU Participant Identification Code (Funding & Tenders Portal): nine digits.
    pic: str = ""
    # The name in Swedish and in English beside the main one (often Finnish), shown in a
    # window of that language: "Vaasan yliopisto", "Vasa universitet", "University of Vaasa".
    name_sv: str = ""
    name_en: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    x: float | None = None
    y: float | None = None
    pinned: bool = False

    @property
    def display_name(self) -> str:
        """The short name when there is one, else the name."""
        return self.short_name or self.name

    def name_in(self, language: str) -> str:
        """The name in ``language`` when the actor has one, else the main name."""
        return name_form(self.name, self.name_sv, self.name_en, language)

    def display_name_in(self, language: str) -> str:
        """The short name when there is one, else the name in ``language``."""
        return self.short_name or self.name_in(language)


@record
class Contact:
    """A contact person at an actor."""

    entity_type: ClassVar[EntityType] = EntityType.CONTACT
    id: int | None = None
    actor_id: int = 0
    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""

    @property
    def display_name(self) -> str:
        """The person's name."""
        return self.name


@record
class Cluster:
    """A regional cluster: a network of actors around a theme."""

    entity_type: ClassVar[EntityType] = EntityType.CLUSTER
    id: int | None = None
    name: str = ""
    short_name: str = ""
    description: str = ""
    theme: str = ""
    colour: str = ""
    coordinator_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    x: float | None = None
    y: float | None = None
    pinned: bool = False
    name_sv: str = ""  # as an actor's
    name_en: str = ""

    @property
    def display_name(self) -> str:
        """The short name when there is one, else the name."""
        return self.short_name or self.name

    def name_in(self, language: str) -> str:
        """The name in ``language`` when the cluster has one, else the main name."""
        return name_form(self.name, self.name_sv, self.name_en, language)

    def display_name_in(self, language: str) -> str:
        """The short name when there is one, else the name in ``language``."""
        return self.short_name or self.name_in(language)


@record
class Membership:
    """An actor's part in a cluster, in one role."""

    entity_type: ClassVar[EntityType] = EntityType.MEMBERSHIP
    id: int | None = None
    actor_id: int = 0
    cluster_id: int = 0
    role: str = "member_company"
    since: date | None = None
    until: date | None = None
    notes: str = ""


@record
class Relationship:
    """A tie between two actors."""

    entity_type: ClassVar[EntityType] = EntityType.RELATIONSHIP
    id: int | None = None
    source_id: int = 0
    target_id: int = 0
    type: str = "collaboration"
    directed: bool = False
    strength: int = 3
    start_date: date | None = None
    end_date: date | None = None
    source_info: str = ""
    last_verified: date | None = None
    notes: str = ""


@record
class Project:
    """A funded project or an application for funding, such as an EU consortium.

    Amounts are euros. ``cluster_ids`` are the clusters the project serves, held in the
    project itself rather than in a link table: a project names a handful, edited as one
    field (one undo step). A deleted cluster stays listed, so undoing the delete brings
    the link back; everything that reads the list skips ids the map no longer holds.
    """

    entity_type: ClassVar[EntityType] = EntityType.PROJECT
    id: int | None = None
    name: str = ""
    acronym: str = ""
    programme: str = "other"
    call_id: str = ""
    status: str = "idea"
    budget: float | None = None
    grant: float | None = None
    start_date: date | None = None
    end_date: date | None = None
    cluster_ids: tuple[int, ...] = ()
    notes: str = ""
    x: float | None = None
    y: float | None = None
    pinned: bool = False

    @property
    def display_name(self) -> str:
        """The acronym when there is one, else the name."""
        return self.acronym or self.name


@record
class ProjectPartner:
    """An actor's part in a project: its role and its share of the budget (per cent)."""

    entity_type: ClassVar[EntityType] = EntityType.PROJECT_PARTNER
    id: int | None = None
    project_id: int = 0
    actor_id: int = 0
    role: str = "partner"
    budget_share: float | None = None


Entity = Actor | Contact | Cluster | Membership | Relationship | Project | ProjectPartner

ENTITY_CLASSES: dict[EntityType, type[Entity]] = {
    EntityType.ACTOR: Actor,
    EntityType.CLUSTER: Cluster,
    EntityType.CONTACT: Contact,
    EntityType.MEMBERSHIP: Membership,
    EntityType.RELATIONSHIP: Relationship,
    EntityType.PROJECT: Project,
    EntityType.PROJECT_PARTNER: ProjectPartner,
}

# Fields the store sets itself; an edit never changes them.
MANAGED_FIELDS = frozenset({"id", "created_at", "updated_at"})

# Where a node sits on the graph and whether layouts may move it: kept with the entity so
# an undone delete puts the node back where it was, but edited only by moving the node.
POSITION_FIELDS = ("x", "y", "pinned")


E = TypeVar("E", bound=Entity)


def field_names(entity_type: EntityType) -> tuple[str, ...]:
    """The names of the fields of ``entity_type`` that a user can edit, in form order."""
    return tuple(
        f.name
        for f in fields(ENTITY_CLASSES[entity_type])
        if f.name not in MANAGED_FIELDS and f.name not in POSITION_FIELDS
    )


def changed(entity: E, **changes: Any) -> E:
    """``entity`` with the fields ``changes`` names set: ``dataclasses.replace`` without its
    walk over the fields, about ten times faster (an import of 10,000 actors made 50,000
    such copies, 1.8 of its 15 s profiled). It is the same because no entity has an
    ``__post_init__`` or a field left out of ``__init__``, which tests/unit/test_entities.py
    holds them to."""
    known = entity.__dict__
    for name in changes:  # a loop, not a set difference: most calls change one field
        if name not in known:
            raise TypeError(f"{type(entity).__name__} has no field {name}")
    copy = object.__new__(type(entity))
    copy.__dict__.update(entity.__dict__)
    copy.__dict__.update(changes)
    return copy


def values_of(entity: Entity) -> dict[str, Any]:
    """All fields of ``entity`` as a dict (including id and managed fields)."""
    names, read = field_reader(type(entity))
    return dict(zip(names, read(entity), strict=True))


def field_values(entity: Entity) -> tuple[Any, ...]:
    """The values of :func:`values_of` without their names, in the order of the fields."""
    return field_reader(type(entity))[1](entity)


def field_reader(kind: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The names of the fields of the entity class ``kind``, and what reads all their
    values from an entity at once, as a tuple in that order."""
    # The names once per class: dataclasses.fields() builds its tuple on every call, which
    # was most of the cost of the 10,000 calls an import of 10,000 actors makes.
    # attrgetter reads them all in one call: a getattr each in a comprehension took a
    # quarter longer.
    known = _FIELD_NAMES.get(kind)
    if known is None:
        names = tuple(f.name for f in fields(kind))
        # attrgetter of one name gives the value, not a tuple of one (no entity has one).
        read = attrgetter(*names) if len(names) > 1 else lambda e: (getattr(e, names[0]),)
        known = _FIELD_NAMES[kind] = (names, read)
    return known


_FIELD_NAMES: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma-separated list, trimmed, without empties or repeats."""
    seen: dict[str, str] = {}  # each tag as first typed, by its casefolded form
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def format_tags(tags: tuple[str, ...]) -> str:
    """Tags as the comma-separated text a user types."""
    return ", ".join(tags)
