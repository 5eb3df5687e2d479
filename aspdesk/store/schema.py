"""The ORM's classes of the map's tables (:mod:`aspdesk.store.tables`), for writing.

Each class is mapped onto its Core table (declarative with an imperative table); the
annotations only type the attributes. Reading a map needs none of this, and loading
``sqlalchemy.orm`` with these classes cost every command 150-230 ms (see
:mod:`aspdesk.store.tables`): the store's modules import it only inside the functions that
write through mapped objects (an edit's locked row, a saved view's place in the list), and
a window loads it once its graph is drawn (:meth:`.transactions.Transactions.warm`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeAlias

from sqlalchemy.orm import DeclarativeBase, Mapped

from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.store import tables


class Base(DeclarativeBase):
    """Base of all mapped classes."""

    metadata = tables.metadata


class MapInfo(Base):
    """Facts about the map itself (its name), as key and value."""

    __table__ = tables.map_info
    key: Mapped[str]
    value: Mapped[str]


class _TermColumns:
    code: Mapped[str]
    label_en: Mapped[str]
    label_fi: Mapped[str]
    position: Mapped[int]


class ActorKindRow(_TermColumns, Base):
    """An actor kind of the map's vocabulary."""

    __table__ = tables.actor_kinds


class ClusterRoleRow(_TermColumns, Base):
    """A cluster role of the map's vocabulary."""

    __table__ = tables.cluster_roles


class RelationTypeRow(_TermColumns, Base):
    """A relationship type of the map's vocabulary."""

    __table__ = tables.relation_types


class SizeClassRow(_TermColumns, Base):
    """A company size class of the map's vocabulary."""

    __table__ = tables.size_classes


class ProgrammeRow(_TermColumns, Base):
    """A funding programme of the map's vocabulary."""

    __table__ = tables.programmes


class ProjectStatusRow(_TermColumns, Base):
    """A project status of the map's vocabulary."""

    __table__ = tables.project_statuses


class PartnerRoleRow(_TermColumns, Base):
    """A project partner role of the map's vocabulary."""

    __table__ = tables.partner_roles


class _Placed:
    x: Mapped[float | None]
    y: Mapped[float | None]
    pinned: Mapped[bool]


class ActorRow(_Placed, Base):
    """An actor (organisation)."""

    __table__ = tables.actors
    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    kind: Mapped[str]
    description: Mapped[str]
    business_id: Mapped[str]
    municipality: Mapped[str]
    country: Mapped[str]
    website: Mapped[str]
    email: Mapped[str]
    phone: Mapped[str]
    size_class: Mapped[str | None]
    sector: Mapped[str]
    tags: Mapped[list[str]]
    notes: Mapped[str]
    pic: Mapped[str]
    name_sv: Mapped[str]
    name_en: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ContactRow(Base):
    """A contact person of an actor."""

    __table__ = tables.contacts
    id: Mapped[int]
    actor_id: Mapped[int]
    name: Mapped[str]
    title: Mapped[str]
    email: Mapped[str]
    phone: Mapped[str]


class ClusterRow(_Placed, Base):
    """A cluster."""

    __table__ = tables.clusters
    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    description: Mapped[str]
    theme: Mapped[str]
    colour: Mapped[str]
    coordinator_id: Mapped[int | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    name_sv: Mapped[str]
    name_en: Mapped[str]


class MembershipRow(Base):
    """An actor's role in a cluster."""

    __table__ = tables.memberships
    id: Mapped[int]
    actor_id: Mapped[int]
    cluster_id: Mapped[int]
    role: Mapped[str]
    since: Mapped[date | None]
    until: Mapped[date | None]
    notes: Mapped[str]


class RelationshipRow(Base):
    """A tie between two actors."""

    __table__ = tables.relationships
    id: Mapped[int]
    source_id: Mapped[int]
    target_id: Mapped[int]
    type: Mapped[str]
    directed: Mapped[bool]
    strength: Mapped[int]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    source_info: Mapped[str]
    last_verified: Mapped[date | None]
    notes: Mapped[str]


class ProjectRow(_Placed, Base):
    """A project or funding application."""

    __table__ = tables.projects
    id: Mapped[int]
    name: Mapped[str]
    acronym: Mapped[str]
    programme: Mapped[str]
    call_id: Mapped[str]
    status: Mapped[str]
    budget: Mapped[float | None]
    grant: Mapped[float | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    cluster_ids: Mapped[list[int]]
    notes: Mapped[str]


class ProjectPartnerRow(Base):
    """An actor's part in a project."""

    __table__ = tables.project_partners
    id: Mapped[int]
    project_id: Mapped[int]
    actor_id: Mapped[int]
    role: Mapped[str]
    budget_share: Mapped[float | None]


class ViewRow(Base):
    """A saved view (see :data:`aspdesk.store.tables.views`)."""

    __table__ = tables.views
    id: Mapped[int]
    name: Mapped[str]
    position: Mapped[int]
    state: Mapped[str]


class SurveyRoundRow(Base):
    """A survey round (see :data:`aspdesk.store.tables.survey_rounds`)."""

    __table__ = tables.survey_rounds
    id: Mapped[int]
    token: Mapped[str]
    record: Mapped[str]


class ChangeSetRow(Base):
    """One write to the map (see :mod:`aspdesk.store.changes`)."""

    __table__ = tables.change_set
    id: Mapped[int]
    at: Mapped[datetime]
    author: Mapped[str]
    summary: Mapped[str]


class ChangeRow(Base):
    """One field of one thing changed by a set, or one thing made or removed whole."""

    __table__ = tables.change
    id: Mapped[int]
    set_id: Mapped[int]
    subject: Mapped[str]
    entity_id: Mapped[int]
    field: Mapped[str | None]
    old: Mapped[str | None]
    new: Mapped[str | None]


ROW_CLASSES: dict[EntityType, type[Base]] = {
    EntityType.ACTOR: ActorRow,
    EntityType.CLUSTER: ClusterRow,
    EntityType.CONTACT: ContactRow,
    EntityType.MEMBERSHIP: MembershipRow,
    EntityType.RELATIONSHIP: RelationshipRow,
    EntityType.PROJECT: ProjectRow,
    EntityType.PROJECT_PARTNER: ProjectPartnerRow,
}

TermRow: TypeAlias = (
    ActorKindRow
    | ClusterRoleRow
    | RelationTypeRow
    | SizeClassRow
    | ProgrammeRow
    | ProjectStatusRow
    | PartnerRoleRow
)

TERM_ROWS: dict[Vocabulary, type[TermRow]] = {
    Vocabulary.ACTOR_KIND: ActorKindRow,
    Vocabulary.CLUSTER_ROLE: ClusterRoleRow,
    Vocabulary.RELATION_TYPE: RelationTypeRow,
    Vocabulary.SIZE_CLASS: SizeClassRow,
    Vocabulary.PROGRAMME: ProgrammeRow,
    Vocabulary.PROJECT_STATUS: ProjectStatusRow,
    Vocabulary.PARTNER_ROLE: PartnerRoleRow,
}
