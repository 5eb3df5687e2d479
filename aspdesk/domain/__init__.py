"""The map's data as plain Python: entities, vocabularies, validation. No Qt, no SQLAlchemy."""
