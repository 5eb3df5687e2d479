"""Survey rounds: the questionnaires sent to a cluster's members and the answers collected

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE TABLE keeps AUTOINCREMENT: an undone round comes back under its id.
    op.create_table(
        "survey_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_rounds")),
        sa.UniqueConstraint("token", name=op.f("uq_survey_rounds_token")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("survey_rounds")
