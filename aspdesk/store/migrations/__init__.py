"""Alembic migrations of the map schema, run from code (see aspdesk.store.mapfile).

A migration must run on SQLite (map files) and on PostgreSQL (team maps, through
``aspdesk server init`` / ``upgrade``): use Alembic's operations and SQLAlchemy types, not
one engine's SQL, and guard what only SQLite has (``PRAGMA``, ``sqlite_sequence``) with
``aspdesk.store.dialects.is_sqlite(op.get_bind())``. The details are in
:mod:`aspdesk.store.dialects`; tests/integration/test_team_map.py runs every migration on a
real server.

After adding a migration, write the files made from them again: ``python -m
aspdesk.store.schema_check`` (``schemas.json``, each revision's schema as the opening checks
it) and ``python -m aspdesk.store.fresh_map`` (``fresh_map.json``, the statements a new map
is made with); tests/unit/test_fresh_map.py fails until the second is done.
"""
