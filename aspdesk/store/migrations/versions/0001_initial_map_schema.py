"""Initial map schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 14:36:33.121589
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_kinds",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fi", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_actor_kinds")),
    )
    op.create_table(
        "cluster_roles",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fi", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_cluster_roles")),
    )
    op.create_table(
        "map_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_map_info")),
    )
    op.create_table(
        "relation_types",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fi", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_relation_types")),
    )
    op.create_table(
        "size_classes",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fi", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_size_classes")),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("business_id", sa.String(length=9), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("size_class", sa.String(length=64), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind"],
            ["actor_kinds.code"],
            name=op.f("fk_actors_kind_actor_kinds"),
            onupdate="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["size_class"],
            ["size_classes.code"],
            name=op.f("fk_actors_size_class_size_classes"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_business_id"), ["business_id"], unique=False)

    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("theme", sa.String(length=300), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["actors.id"],
            name=op.f("fk_clusters_coordinator_id_actors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_contacts_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "relationships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("directed", sa.Boolean(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("source_info", sa.String(length=500), nullable=False),
        sa.Column("last_verified", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("source_id <> target_id", name=op.f("ck_relationships_not_self")),
        sa.CheckConstraint(
            "strength BETWEEN 1 AND 5", name=op.f("ck_relationships_strength_range")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["actors.id"],
            name=op.f("fk_relationships_source_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["actors.id"],
            name=op.f("fk_relationships_target_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type"],
            ["relation_types.code"],
            name=op.f("fk_relationships_type_relation_types"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationships")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relationships_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_relationships_target_id"), ["target_id"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_memberships_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["clusters.id"],
            name=op.f("fk_memberships_cluster_id_clusters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role"],
            ["cluster_roles.code"],
            name=op.f("fk_memberships_role_cluster_roles"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint("actor_id", "cluster_id", "role", name="actor_cluster_role"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_memberships_cluster_id"), ["cluster_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_memberships_actor_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relationships_target_id"))
        batch_op.drop_index(batch_op.f("ix_relationships_source_id"))

    op.drop_table("relationships")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_actor_id"))

    op.drop_table("contacts")
    op.drop_table("clusters")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actors_business_id"))

    op.drop_table("actors")
    op.drop_table("size_classes")
    op.drop_table("relation_types")
    op.drop_table("map_info")
    op.drop_table("cluster_roles")
    op.drop_table("actor_kinds")
