"""Sessions of an engine, made when the first is asked for.

Only writing needs a session; reading a map goes through the engine's connections and
Core (see :mod:`aspdesk.store.tables`). The ORM and its mapped classes are loaded here,
with the first session, so that a command or a window that only reads never pays for
them.
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

    def __call__(self) -> Session:
        """A new session (closed by ``with``)."""
        return self._made()()

    def begin(self) -> Any:
        """A new session in a transaction that commits at the end of ``with``."""
        return self._made().begin()

    def warm(self) -> None:
        """Load the ORM now, so that the first write does not wait for it."""
        self._made()

    def _made(self) -> sessionmaker[Session]:
        if self._maker is None:
            from sqlalchemy.orm import sessionmaker

            import aspdesk.store.schema  # noqa: F401 - the classes the sessions map

            self._maker = sessionmaker(self._engine, expire_on_commit=False)
        return self._maker
