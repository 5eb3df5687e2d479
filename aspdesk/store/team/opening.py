"""Opening a team map: the server counterpart of :mod:`aspdesk.store.opening`.

What a map file needs and a team map does not, and why:

- **no writer's lock**: the server lets several people write at once, each edit its own
  transaction;
- **no application_id, no header bytes**: the ``aspdesk`` schema and its revision table
  say that the database is a map (:mod:`aspdesk.store.team.check`), and ``map_info``
  holds its name and id as in a file;
- **no backup copies as files, no migration on opening**: the server's backups are its
  admin's, and only the map's owner changes its schema (``aspdesk server upgrade``); an
  editor meeting an older map is told so, and nothing is changed;
- **no file identity to check**: a database does not get replaced under an open window.
  A lost server is one error for the step it stopped (:mod:`aspdesk.store.team.engine`).

A user whose role may only read (``aspdesk_viewer``) gets the map read-only with the
reason, as a file in a read-only folder does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.checked import CheckedMaps
from aspdesk.store.errors import StoreError
from aspdesk.store.mapfile import head_revision, known_revisions
from aspdesk.store.notes import Note
from aspdesk.store.opening import READ_ONLY_COMMAND, Purpose, open_map
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.check import check_team_map
from aspdesk.store.team.errors import (
    LoginRefusedError,
    ServerLostError,
    ServerUnreachableError,
    TeamMapTooOldError,
)
from aspdesk.store.team.location import TeamServer

if TYPE_CHECKING:
    from aspdesk.store.repository import MapStore

VIEWER = QT_TRANSLATE_NOOP(
    "Access",
    "You can read this team map but not change it: the server gives your user {user} "
    "only the viewer's role. To edit, ask the server's admin for the editor's role "
    "(aspdesk_editor).",
)


def open_team_map(
    address: TeamAddress, password: str = "", *, purpose: Purpose = Purpose.EDIT
) -> MapStore:
    """Open the team map at ``address`` (see the module).

    Raises a :class:`~aspdesk.store.errors.MapFileError` saying what is wrong, having
    changed nothing on the server.
    """
    from aspdesk.store.repository import MapStore

    server = TeamServer(address, password, read_only=True)
    probe = server.engine()
    try:
        with probe.connect() as connection:
            revision = check_team_map(connection, server.shown())
            user, database, may_write = connection.execute(
                text(
                    "SELECT current_user, current_database(), "
                    "has_table_privilege('aspdesk.actors', 'INSERT, UPDATE, DELETE')"
                )
            ).one()
    except ServerLostError as error:
        raise ServerUnreachableError(error.detail, path=error.path) from error
    except SQLAlchemyError as error:
        raise LoginRefusedError(str(getattr(error, "orig", error)), path=server.shown()) from error
    finally:
        probe.dispose()
    server.user, server.database = str(user), str(database)
    if revision != head_revision() and revision in known_revisions():
        raise TeamMapTooOldError(
            path=server.shown(), found=revision, head=head_revision(), address=address.url()
        )
    reason: Note | None = None
    if purpose is Purpose.READ:
        reason = Note((READ_ONLY_COMMAND,))
    elif not may_write:
        reason = Note((VIEWER,), {"user": server.user})
    server.read_only = reason is not None
    store = MapStore(server, None, read_only=reason)
    if reason is None:
        try:
            store.ensure_builtin_terms()
        except StoreError:
            pass  # the map opens all the same, with the terms it has
    return store


def open_for_reading(
    location: Path | str, backup_dir: Path, checked: CheckedMaps | None = None
) -> MapStore:
    """A map file (a Path) or a team map (an address, as text) opened only for reading, as
    the commands that read a map (export, report) open it; ``checked`` as for
    :func:`~aspdesk.store.opening.open_map`. Raises StoreError."""
    if isinstance(location, Path):
        return open_map(location, backup_dir, purpose=Purpose.READ, checked=checked)
    address, password = TeamAddress.parse(location)
    return open_team_map(address, password, purpose=Purpose.READ)
