"""Map files: SQLAlchemy tables, opening and migrating a file, reading and writing entities.

Only this package touches a SQLAlchemy session. Everything it hands out is a plain value
from :mod:`aspdesk.domain.entities`.
"""
