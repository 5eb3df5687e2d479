"""Actors' and clusters' names in Swedish and English beside the main name

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = ("actors", "clusters")
_COLUMNS = ("name_sv", "name_en")


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a batch copy would drop AUTOINCREMENT.
    for table in _TABLES:
        for column in _COLUMNS:
            op.add_column(
                table,
                sa.Column(column, sa.String(length=300), nullable=False, server_default=""),
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            for column in _COLUMNS:
                batch.drop_column(column)
