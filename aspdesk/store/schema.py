"""The tables of a map file, as typed SQLAlchemy models.

Column names equal the field names of the domain dataclasses, so rows and entities convert
without a per-field table. Nothing here is SQLite-only: the same models work on PostgreSQL.
Identifiers use AUTOINCREMENT on SQLite so that a deleted id is never handed out again and
an undone delete can put a row back under its old id.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all map tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_ID_ARGS = {"sqlite_autoincrement": True}


class MapInfo(Base):
    """Facts about the map itself (its name), as key and value."""

    __tablename__ = "map_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class _TermColumns:
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(200))
    label_fi: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActorKindRow(_TermColumns, Base):
    """An actor kind of the map's vocabulary."""

    __tablename__ = "actor_kinds"


class ClusterRoleRow(_TermColumns, Base):
    """A cluster role of the map's vocabulary."""

    __tablename__ = "cluster_roles"


class RelationTypeRow(_TermColumns, Base):
    """A relationship type of the map's vocabulary."""

    __tablename__ = "relation_types"


class SizeClassRow(_TermColumns, Base):
    """A company size class of the map's vocabulary."""

    __tablename__ = "size_classes"


class ProgrammeRow(_TermColumns, Base):
    """A funding programme of the map's vocabulary."""

    __tablename__ = "programmes"


class ProjectStatusRow(_TermColumns, Base):
    """A project status of the map's vocabulary."""

    __tablename__ = "project_statuses"


class PartnerRoleRow(_TermColumns, Base):
    """A project partner role of the map's vocabulary."""

    __tablename__ = "partner_roles"


class ActorRow(Base):
    """An actor (organisation)."""

    __tablename__ = "actors"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(ForeignKey("actor_kinds.code", onupdate="CASCADE"))
    description: Mapped[str] = mapped_column(Text, default="")
    business_id: Mapped[str] = mapped_column(String(9), default="", index=True)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    website: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    size_class: Mapped[str | None] = mapped_column(
        ForeignKey("size_classes.code", onupdate="CASCADE"), nullable=True
    )
    sector: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    pic: Mapped[str] = mapped_column(String(9), default="", server_default="")
    name_sv: Mapped[str] = mapped_column(String(300), default="", server_default="")
    name_en: Mapped[str] = mapped_column(String(300), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ContactRow(Base):
    """A contact person of an actor."""

    __tablename__ = "contacts"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")


class ClusterRow(Base):
    """A cluster."""

    __tablename__ = "clusters"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(300), default="")
    colour: Mapped[str] = mapped_column(String(7), default="")
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), nullable=True
    )
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    name_sv: Mapped[str] = mapped_column(String(300), default="", server_default="")
    name_en: Mapped[str] = mapped_column(String(300), default="", server_default="")


class MembershipRow(Base):
    """An actor's role in a cluster."""

    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("actor_id", "cluster_id", "role", name="actor_cluster_role"),
        _ID_ARGS,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("clusters.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(ForeignKey("cluster_roles.code", onupdate="CASCADE"))
    since: Mapped[date | None] = mapped_column(Date, nullable=True)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class RelationshipRow(Base):
    """A tie between two actors."""

    __tablename__ = "relationships"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="not_self"),
        CheckConstraint("strength BETWEEN 1 AND 5", name="strength_range"),
        _ID_ARGS,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(ForeignKey("relation_types.code", onupdate="CASCADE"))
    directed: Mapped[bool] = mapped_column(Boolean, default=False)
    strength: Mapped[int] = mapped_column(Integer, default=3)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    source_info: Mapped[str] = mapped_column(String(500), default="")
    last_verified: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProjectRow(Base):
    """A project or funding application."""

    __tablename__ = "projects"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(60), default="")
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code", onupdate="CASCADE"))
    call_id: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(ForeignKey("project_statuses.code", onupdate="CASCADE"))
    budget: Mapped[float | None] = mapped_column(Float, nullable=True)
    grant: Mapped[float | None] = mapped_column(Float, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    cluster_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ProjectPartnerRow(Base):
    """An actor's part in a project."""

    __tablename__ = "project_partners"
    __table_args__ = (
        UniqueConstraint("project_id", "actor_id", name="project_actor"),
        CheckConstraint("budget_share BETWEEN 0 AND 100", name="share_range"),
        _ID_ARGS,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(ForeignKey("partner_roles.code", onupdate="CASCADE"))
    budget_share: Mapped[float | None] = mapped_column(Float, nullable=True)


class ViewRow(Base):
    """A saved view: its name, its place in the list and its state as JSON text.

    The state is one JSON document (see :class:`aspdesk.domain.views.ViewState`) rather
    than columns: it grows with the graph's options, and an older or newer state must
    still load, which a versioned, leniently read document allows without a migration.
    """

    __tablename__ = "views"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(Text, default="{}")


class SurveyRoundRow(Base):
    """A survey round: its token (carried hidden by its questionnaires) and its record.

    The record (cluster, dates, who was asked, the answers collected, what they changed)
    is one JSON document, read leniently as a saved view's state is: see
    :class:`aspdesk.domain.survey.SurveyRound`.
    """

    __tablename__ = "survey_rounds"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    record: Mapped[str] = mapped_column(Text, default="{}")


class ChangeSetRow(Base):
    """One write to the map (see :mod:`aspdesk.store.changes`): its number, rising with
    every write, when (UTC), by whom and under which step name."""

    __tablename__ = "change_set"
    __table_args__ = _ID_ARGS
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class ChangeRow(Base):
    """One field of one thing changed by a set, or one thing made or removed whole
    (``field`` NULL). ``old`` and ``new`` are JSON text (:mod:`aspdesk.domain.change_values`).

    Ordered by its own id within a set. ``subject`` and ``entity_id`` name the thing
    without a foreign key: the history of a deleted actor stays.
    """

    __tablename__ = "change"
    __table_args__ = (
        Index("ix_change_subject_entity", "subject", "entity_id", "set_id"),
        _ID_ARGS,
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("change_set.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
