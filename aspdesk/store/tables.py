"""The tables of a map file, in SQLAlchemy Core: the one definition of the map's schema.

Column names equal the field names of the domain dataclasses, so rows and entities convert
without a per-field table. Nothing here is SQLite-only: the same tables work on PostgreSQL.
Identifiers use AUTOINCREMENT on SQLite so that a deleted id is never handed out again and
an undone delete can put a row back under its old id.

Why Core here and the ORM's classes apart (:mod:`aspdesk.store.schema`, mapped onto these
tables): opening a map, reading it whole and checking it need only the tables, and every
command and the window's start paid for the ORM before they did anything. Loading
``sqlalchemy.orm`` and building the mapped classes took 150-230 ms on this project's
machines, measured with ``-X importtime`` and interleaved ``python -c`` runs, against
10-15 ms for these tables. So the map is read and mostly written through Core, and the ORM
is loaded only by a write that changes mapped objects (:mod:`aspdesk.store.transactions`).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.sql.schema import SchemaItem

from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Vocabulary

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _with_ids(name: str, *items: SchemaItem) -> Table:
    """A table whose rows have ids, never handed out twice (AUTOINCREMENT on SQLite)."""
    return Table(
        name, metadata, Column("id", Integer, primary_key=True), *items, sqlite_autoincrement=True
    )


def _text(name: str, length: int | None = None, *, default: str = "") -> Column[str]:
    """A text column that is never NULL, "" unless given."""
    return Column(name, Text if length is None else String(length), nullable=False, default=default)


def _added_text(name: str, length: int) -> Column[str]:
    """A text column added by a migration: "" in the rows that were there before."""
    return Column(name, String(length), nullable=False, default="", server_default="")


def _maybe(name: str, kind: type[Float[float]] | type[Date]) -> Column[object]:
    return Column(name, kind, nullable=True)


def _position() -> list[Column[object]]:
    """Where a node was placed, and whether the user pinned it there."""
    return [
        _maybe("x", Float),
        _maybe("y", Float),
        Column("pinned", Boolean, nullable=False, default=False, server_default=false()),
    ]


def _refers(
    name: str, target: str, *, ondelete: str | None = None, index: bool | None = None
) -> Column[object]:
    """A column that refers to ``target`` (a term's code, cascaded on a change of code, or
    a row's id, whose deletion does ``ondelete``)."""
    if ondelete is None:
        return Column(name, ForeignKey(target, onupdate="CASCADE"), nullable=False, index=index)
    return Column(name, ForeignKey(target, ondelete=ondelete), nullable=False, index=index)


map_info = Table(
    "map_info",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False, default=""),
)


def _terms(name: str) -> Table:
    """The terms of one vocabulary: code, English and Finnish label, place in the list."""
    return Table(
        name,
        metadata,
        Column("code", String(64), primary_key=True),
        Column("label_en", String(200), nullable=False),
        Column("label_fi", String(200), nullable=False),
        Column("position", Integer, nullable=False, default=0),
    )


actor_kinds = _terms("actor_kinds")
cluster_roles = _terms("cluster_roles")
relation_types = _terms("relation_types")
size_classes = _terms("size_classes")
programmes = _terms("programmes")
project_statuses = _terms("project_statuses")
partner_roles = _terms("partner_roles")

actors = _with_ids(
    "actors",
    Column("name", String(300), nullable=False),
    _text("short_name", 60),
    _refers("kind", "actor_kinds.code"),
    _text("description"),
    Column("business_id", String(9), nullable=False, default="", index=True),
    _text("municipality", 200),
    _text("country", 2, default="FI"),
    _text("website", 500),
    _text("email", 320),
    _text("phone", 60),
    Column("size_class", ForeignKey("size_classes.code", onupdate="CASCADE"), nullable=True),
    _text("sector", 200),
    Column("tags", JSON, nullable=False, default=list),
    _text("notes"),
    _added_text("pic", 9),
    _added_text("name_sv", 300),
    _added_text("name_en", 300),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    *_position(),
)

contacts = _with_ids(
    "contacts",
    _refers("actor_id", "actors.id", ondelete="CASCADE", index=True),
    Column("name", String(300), nullable=False),
    _text("title", 200),
    _text("email", 320),
    _text("phone", 60),
)

clusters = _with_ids(
    "clusters",
    Column("name", String(300), nullable=False),
    _text("short_name", 60),
    _text("description"),
    _text("theme", 300),
    _text("colour", 7),
    Column("coordinator_id", ForeignKey("actors.id", ondelete="SET NULL"), nullable=True),
    _maybe("start_date", Date),
    _maybe("end_date", Date),
    *_position(),
    _added_text("name_sv", 300),
    _added_text("name_en", 300),
)

memberships = _with_ids(
    "memberships",
    _refers("actor_id", "actors.id", ondelete="CASCADE", index=True),
    _refers("cluster_id", "clusters.id", ondelete="CASCADE", index=True),
    _refers("role", "cluster_roles.code"),
    _maybe("since", Date),
    _maybe("until", Date),
    _text("notes"),
    UniqueConstraint("actor_id", "cluster_id", "role", name="actor_cluster_role"),
)

relationships = _with_ids(
    "relationships",
    _refers("source_id", "actors.id", ondelete="CASCADE", index=True),
    _refers("target_id", "actors.id", ondelete="CASCADE", index=True),
    _refers("type", "relation_types.code"),
    Column("directed", Boolean, nullable=False, default=False),
    Column("strength", Integer, nullable=False, default=3),
    _maybe("start_date", Date),
    _maybe("end_date", Date),
    _text("source_info", 500),
    _maybe("last_verified", Date),
    _text("notes"),
    CheckConstraint("source_id <> target_id", name="not_self"),
    CheckConstraint("strength BETWEEN 1 AND 5", name="strength_range"),
)

projects = _with_ids(
    "projects",
    Column("name", String(300), nullable=False),
    _text("acronym", 60),
    _refers("programme", "programmes.code"),
    _text("call_id", 300),
    _refers("status", "project_statuses.code"),
    _maybe("budget", Float),
    _maybe("grant", Float),
    _maybe("start_date", Date),
    _maybe("end_date", Date),
    Column("cluster_ids", JSON, nullable=False, default=list),
    _text("notes"),
    *_position(),
)

project_partners = _with_ids(
    "project_partners",
    _refers("project_id", "projects.id", ondelete="CASCADE", index=True),
    _refers("actor_id", "actors.id", ondelete="CASCADE", index=True),
    _refers("role", "partner_roles.code"),
    _maybe("budget_share", Float),
    UniqueConstraint("project_id", "actor_id", name="project_actor"),
    CheckConstraint("budget_share BETWEEN 0 AND 100", name="share_range"),
)

# A saved view: its name, its place in the list and its state as one JSON document (see
# aspdesk.domain.views.ViewState) rather than columns: it grows with the graph's options,
# and an older or newer state must still load, which a versioned, leniently read document
# allows without a migration.
views = _with_ids(
    "views",
    Column("name", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    _text("state", default="{}"),
)

# A survey round: its token (carried hidden by its questionnaires) and its record (cluster,
# dates, who was asked, the answers collected, what they changed), one JSON document read
# leniently as a saved view's state is: see aspdesk.domain.survey.SurveyRound.
survey_rounds = _with_ids(
    "survey_rounds",
    Column("token", String(64), nullable=False, unique=True),
    _text("record", default="{}"),
)

# One write to the map (see aspdesk.store.changes): its number, rising with every write,
# when (UTC), by whom and under which step name.
change_set = _with_ids(
    "change_set",
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    _text("author", 200),
    _text("summary"),
)

# One field of one thing changed by a set, or one thing made or removed whole (field NULL).
# old and new are JSON text (aspdesk.domain.change_values). Ordered by its own id within a
# set. subject and entity_id name the thing without a foreign key: the history of a deleted
# actor stays.
change = _with_ids(
    "change",
    _refers("set_id", "change_set.id", ondelete="CASCADE", index=True),
    Column("subject", String(32), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("field", String(64), nullable=True),
    Column("old", Text, nullable=True),
    Column("new", Text, nullable=True),
    Index("ix_change_subject_entity", "subject", "entity_id", "set_id"),
)

ENTITY_TABLES: dict[EntityType, Table] = {
    EntityType.ACTOR: actors,
    EntityType.CLUSTER: clusters,
    EntityType.CONTACT: contacts,
    EntityType.MEMBERSHIP: memberships,
    EntityType.RELATIONSHIP: relationships,
    EntityType.PROJECT: projects,
    EntityType.PROJECT_PARTNER: project_partners,
}

TERM_TABLES: dict[Vocabulary, Table] = {
    Vocabulary.ACTOR_KIND: actor_kinds,
    Vocabulary.CLUSTER_ROLE: cluster_roles,
    Vocabulary.RELATION_TYPE: relation_types,
    Vocabulary.SIZE_CLASS: size_classes,
    Vocabulary.PROGRAMME: programmes,
    Vocabulary.PROJECT_STATUS: project_statuses,
    Vocabulary.PARTNER_ROLE: partner_roles,
}
