"""Setting up and upgrading a team map on a server: ``aspdesk server init`` and ``upgrade``.

``init`` runs ``server_init.sql`` (the roles aspdesk_owner, aspdesk_editor and
aspdesk_viewer, the ``aspdesk`` schema and the grants; an admin may run the same file with
psql instead), then upgrades. ``upgrade`` creates or migrates the map's tables as
aspdesk_owner (``SET ROLE``), so the owner role owns everything and the default privileges
give the editors and viewers their grants, in one transaction: a migration stopped half
way leaves the map at its old revision. Both say what they changed, and a second run
changes nothing.

The change log is the server's (:data:`HISTORY_GUARD`, applied by every upgrade, so an
existing map gets it at its next ``aspdesk server upgrade``): a change set's time and
author are the column defaults ``now()`` and ``session_user``, which an editor cannot
give otherwise (the editors may insert only a set's summary, and changes), and editors
can neither update nor delete a set or a change. The owner may (a copy of a map file
brings its whole history, under its own times and authors).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import BUILTIN_TERMS
from aspdesk.store.changes import server_stamps
from aspdesk.store.errors import StoreError
from aspdesk.store.mapfile import MAP_ID_KEY, head_revision, known_revisions, new_map_id, upgrade
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.check import check_team_map, revision_of
from aspdesk.store.team.engine import connect
from aspdesk.store.team.errors import NotATeamMapError, TeamMapTooNewError

ROLES = ("aspdesk_owner", "aspdesk_editor", "aspdesk_viewer")
OWNER = "aspdesk_owner"
# server_init.sql holds the same statements, for an admin who runs it on an existing map.
HISTORY_GUARD = (
    "ALTER TABLE aspdesk.change_set ALTER COLUMN at SET DEFAULT now(), "
    "ALTER COLUMN author SET DEFAULT session_user",
    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON aspdesk.change_set, aspdesk.change "
    "FROM aspdesk_editor",
    "GRANT INSERT (summary) ON aspdesk.change_set TO aspdesk_editor",
    "GRANT INSERT ON aspdesk.change TO aspdesk_editor",
)


class ServerSetupError(StoreError):
    """The server refused a step of setting the map up; nothing of that step was kept."""

    message = QT_TRANSLATE_NOOP("store", "The team map {path} could not be set up: {detail}")


@dataclass
class SetupReport:
    """What a run of init or upgrade changed."""

    roles_made: list[str] = field(default_factory=list)
    schema_made: bool = False
    revision_before: str = ""
    revision_after: str = ""
    terms_added: int = 0
    map_made: bool = False
    history_guarded: bool = False  # an existing map's change log made the server's

    @property
    def changed(self) -> bool:
        """Whether anything at all was changed."""
        return bool(
            self.roles_made
            or self.schema_made
            or self.revision_before != self.revision_after
            or self.terms_added
            or self.map_made
            or self.history_guarded
        )


def init_sql() -> str:
    """The text of ``server_init.sql``."""
    return resources.files("aspdesk.store.team").joinpath("server_init.sql").read_text("utf-8")


def _engine(address: TeamAddress, password: str) -> Engine:
    shown = address.url()
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(address, password, read_only=False, shown=shown),
    )


def init_server(address: TeamAddress, password: str = "", name: str = "") -> SetupReport:
    """Set up the roles, the schema and the map at ``address`` (see the module)."""
    report = SetupReport()
    engine = _engine(address, password)
    try:
        with engine.begin() as connection:
            existing = set(
                connection.scalars(
                    text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                    {"names": list(ROLES)},
                )
            )
            report.roles_made = [role for role in ROLES if role not in existing]
            report.schema_made = not connection.scalar(
                text("SELECT to_regnamespace('aspdesk') IS NOT NULL")
            )
            connection.exec_driver_sql(init_sql())
    except SQLAlchemyError as error:
        raise ServerSetupError(_detail(error), path=address.url()) from error
    finally:
        engine.dispose()
    upgraded = upgrade_server(address, password, name=name)
    report.revision_before, report.revision_after = (
        upgraded.revision_before,
        upgraded.revision_after,
    )
    report.terms_added, report.map_made = upgraded.terms_added, upgraded.map_made
    report.history_guarded = upgraded.history_guarded
    return report


def upgrade_server(address: TeamAddress, password: str = "", name: str = "") -> SetupReport:
    """Create or migrate the map's tables as aspdesk_owner, in one transaction."""
    report = SetupReport()
    shown = address.url()
    engine = _engine(address, password)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"SET LOCAL ROLE {OWNER}"))
            # A migration may take long, and wait for the editors' short transactions.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("SET LOCAL lock_timeout = 0"))
            try:
                report.revision_before = revision_of(connection, shown)
            except NotATeamMapError:
                report.revision_before = ""
            if report.revision_before and report.revision_before not in known_revisions():
                raise TeamMapTooNewError(path=shown, found=report.revision_before)
            if report.revision_before != head_revision():
                upgrade(connection, "head")
            report.revision_after = head_revision()
            check_team_map(connection, shown)
            connection.execute(
                text(
                    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM aspdesk_editor"
                )
            )
            guarded = server_stamps(connection)
            for statement in HISTORY_GUARD:
                connection.execute(text(statement))
            report.history_guarded = bool(report.revision_before) and not guarded
            report.map_made = _ensure_map_info(connection, name)
            report.terms_added = _ensure_terms(connection)
    except SQLAlchemyError as error:
        raise ServerSetupError(_detail(error), path=shown) from error
    finally:
        engine.dispose()
    return report


def _ensure_map_info(connection: Any, name: str) -> bool:
    """Give a new map its id (and ``name``); True when the map was new."""
    has_id = connection.scalar(
        text("SELECT count(*) FROM map_info WHERE key = :key"), {"key": MAP_ID_KEY}
    )
    if has_id:
        return False
    connection.execute(
        text("INSERT INTO map_info (key, value) VALUES (:key, :value)"),
        [{"key": MAP_ID_KEY, "value": new_map_id()}]
        + ([{"key": "name", "value": name}] if name else []),
    )
    return True


def _ensure_terms(connection: Any) -> int:
    """Add the built-in terms the map lacks (as opening a file map does); how many."""
    from aspdesk.store.rows import add_terms
    from aspdesk.store.tables import TERM_TABLES

    def count() -> int:
        return sum(
            int(connection.scalar(text(f"SELECT count(*) FROM {table.name}")))
            for table in TERM_TABLES.values()
        )

    before = count()
    for vocabulary, terms in BUILTIN_TERMS.items():
        add_terms(connection, vocabulary, terms)
    return count() - before


def _detail(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line for line in str(original).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__
