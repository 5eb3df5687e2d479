"""Where an open team map's connections go: the server counterpart of a map's MapFile."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.engine import team_engine


@dataclass
class TeamServer:
    """Where an open team map's connections go; stands where a file map has its MapFile.

    ``user`` and ``database`` are as the server reported them when the map was opened.
    """

    address: TeamAddress
    password: str = field(default="", repr=False)
    read_only: bool = False
    user: str = ""
    database: str = ""
    path: Path | None = None  # a team map has no file

    def shown(self) -> str:
        """The map as the window and messages name it: database and server, no password."""
        database = self.database or self.address.database() or "?"
        return f"{database} @ {self.address.server()}"

    def engine(self) -> Engine:
        """An engine whose connections go to this map (read-only when it must be)."""
        return team_engine(
            self.address, self.password, read_only=self.read_only, shown=self.shown()
        )

    def check_same(self) -> None:
        """A database is not replaced under an open window: nothing to check."""

    def copy_to(self, engine: Engine, destination: Path) -> Path:
        """Write the map as a new map file at ``destination`` (see team.copying)."""
        from aspdesk.store.team.copying import copy_to_file

        return copy_to_file(engine, destination)
