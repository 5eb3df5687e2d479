"""Alembic migrations of the map file, run from code when a map is opened."""
