"""Node positions on the graph: x, y and pinned for actors and clusters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = ("actors", "clusters")


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a batch copy of the table would drop SQLite's
    # AUTOINCREMENT, and with it the promise that a deleted id is never reused.
    for table in _TABLES:
        op.add_column(table, sa.Column("x", sa.Float(), nullable=True))
        op.add_column(table, sa.Column("y", sa.Float(), nullable=True))
        op.add_column(
            table, sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("pinned")
            batch.drop_column("y")
            batch.drop_column("x")
