"""Map files for tests: maps made at an older schema revision, as older aspdesk made them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from aspdesk.store.connection import MapFile
from aspdesk.store.mapfile import APPLICATION_ID, upgrade


def map_at(path: Path, revision: str, *statements: str) -> Path:
    """An empty map at ``path`` made by the migrations up to ``revision``, then
    ``statements`` run in the same transaction (to put old rows in)."""
    path.touch(exist_ok=False)  # an empty file is an empty SQLite database
    engine = MapFile(path).engine()
    try:
        with engine.begin() as connection:
            connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            upgrade(connection, revision)
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()
    return path


OLD_ACTOR = (
    "INSERT INTO actors (name, short_name, kind, description, business_id, municipality, "
    "country, website, email, phone, sector, tags, notes, created_at, updated_at) VALUES "
    "('{name}', '', 'company', '', '', 'Kemi', 'FI', '', '', '', '', '[]', '', "
    "'2015-06-01 00:00:00.000000', '2015-06-01 00:00:00.000000')"
)
COMPANY_KIND = "INSERT INTO actor_kinds VALUES ('company', 'Company', 'Yritys', 0)"
