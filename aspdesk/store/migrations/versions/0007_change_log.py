"""The change log: every write's set of changes, and the history of an older map starting here

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from aspdesk.store.dialects import is_sqlite

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# aspdesk.domain.changes.marked(KEY, HISTORY_STARTS), written out: a migration keeps what
# it wrote even if the app's names change.
_HISTORY_STARTS = "\x1fkey\x1fhistory-starts"


def upgrade() -> None:
    # Plain CREATE TABLE keeps AUTOINCREMENT: a set's number is never given twice.
    change_set = op.create_table(
        "change_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_set")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_change_set_at"), "change_set", ["at"], unique=False)
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["change_set.id"],
            name=op.f("fk_change_set_id_change_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_change_set_id"), "change", ["set_id"], unique=False)
    op.create_index(
        "ix_change_subject_entity", "change", ["subject", "entity_id", "set_id"], unique=False
    )
    # An older map's history begins here (a new map's too, where it is its first set).
    if is_sqlite(op.get_bind()):
        op.bulk_insert(
            change_set,
            [{"id": 1, "at": datetime.now(UTC), "author": _user(), "summary": _HISTORY_STARTS}],
        )
    else:
        # A team map's log is the server's: its time, and the database user who set it up
        # (``session_user`` is the login, also under ``SET ROLE aspdesk_owner``).
        op.execute(
            sa.text(
                "INSERT INTO change_set (id, at, author, summary) "
                "VALUES (1, now(), session_user, :summary)"
            ).bindparams(summary=_HISTORY_STARTS)
        )
        # The set is number 1 by hand; the sequence is set past it here, where its value is
        # logged, rather than drawn from (a team map copied from one made so, as
        # CREATE DATABASE ... TEMPLATE does, lost a drawn value in a crash and gave 2 twice).
        op.execute("SELECT setval(pg_get_serial_sequence('change_set', 'id'), 1)")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name to be found (a service, a container)
        return ""


def downgrade() -> None:
    op.drop_index("ix_change_subject_entity", table_name="change")
    op.drop_index(op.f("ix_change_set_id"), table_name="change")
    op.drop_table("change")
    op.drop_index(op.f("ix_change_set_at"), table_name="change_set")
    op.drop_table("change_set")
