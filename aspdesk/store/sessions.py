"""Sessions of an engine, made when the first is asked for.

Only writing needs a session; reading a map goes through the engine's connections and
Core (see :mod:`aspdesk.store.tables`). The ORM is loaded here, with the first session, so
that a command or a window that only reads never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class Sessions:
    """A ``sessionmaker(engine, expire_on_commit=False)`` made on first use."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._maker: sessionmaker[Session] | None = None

    def begin(self) -> Any:
        """A new session in a transaction that commits at the end of ``with``."""
        return self._made().begin()

    def warm(self) -> None:
        """Load the ORM and set up its mapped classes now, so that the first write does
        not wait for them."""
        from sqlalchemy.orm import configure_mappers

        import aspdesk.store.schema  # noqa: F401 - the mapped classes, set up below

        self._made()
        configure_mappers()

    def _made(self) -> sessionmaker[Session]:
        # The mapped classes (aspdesk.store.schema) are not loaded here: most writes are
        # Core statements in a session (an import's 10,000 actors), and the functions that
        # write through mapped objects import them (27 ms, and 10 ms to set them up).
        if self._maker is None:
            from sqlalchemy.orm import sessionmaker

            self._maker = sessionmaker(self._engine, expire_on_commit=False)
        return self._maker
