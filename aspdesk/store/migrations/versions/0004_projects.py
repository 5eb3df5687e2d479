"""Projects and their partners, the funding vocabularies, and the actors' PIC

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TERM_TABLES = ("programmes", "project_statuses", "partner_roles")


def _term_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fi", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f(f"pk_{name}")),
    )


def upgrade() -> None:
    # The built-in terms are added when the map is opened (ensure_builtin_terms), as for
    # every vocabulary, so a map migrated here and a new one hold the same terms.
    for name in _TERM_TABLES:
        _term_table(name)
    # Plain ADD COLUMN, not batch mode: a batch copy would drop AUTOINCREMENT.
    op.add_column(
        "actors", sa.Column("pic", sa.String(length=9), nullable=False, server_default="")
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("acronym", sa.String(length=60), nullable=False),
        sa.Column("programme", sa.String(length=64), nullable=False),
        sa.Column("call_id", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=64), nullable=False),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("grant", sa.Float(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("cluster_ids", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("x", sa.Float(), nullable=True),
        sa.Column("y", sa.Float(), nullable=True),
        sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(
            ["programme"],
            ["programmes.code"],
            name=op.f("fk_projects_programme_programmes"),
            onupdate="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["status"],
            ["project_statuses.code"],
            name=op.f("fk_projects_status_project_statuses"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "project_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("budget_share", sa.Float(), nullable=True),
        sa.CheckConstraint(
            "budget_share BETWEEN 0 AND 100", name=op.f("ck_project_partners_share_range")
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_project_partners_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_partners_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role"],
            ["partner_roles.code"],
            name=op.f("fk_project_partners_role_partner_roles"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partners")),
        sa.UniqueConstraint("project_id", "actor_id", name="project_actor"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_project_partners_project_id"), "project_partners", ["project_id"], unique=False
    )
    op.create_index(
        op.f("ix_project_partners_actor_id"), "project_partners", ["actor_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_project_partners_actor_id"), table_name="project_partners")
    op.drop_index(op.f("ix_project_partners_project_id"), table_name="project_partners")
    op.drop_table("project_partners")
    op.drop_table("projects")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("pic")
    for name in reversed(_TERM_TABLES):
        op.drop_table(name)
