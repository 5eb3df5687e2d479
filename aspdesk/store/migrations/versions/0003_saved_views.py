"""Saved views: a named, ordered list of graph views kept in the map

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE TABLE (not batch mode) keeps AUTOINCREMENT: an undone delete puts a
    # view back under its old id, which must never have been given to another view.
    op.create_table(
        "views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_views")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("views")
