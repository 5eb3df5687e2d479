"""Team maps: one map on a PostgreSQL server that several coordinators open at once.

The same tables from the same migrations as a map file, reached through libpq
(:mod:`~aspdesk.store.team.address`, :mod:`~aspdesk.store.team.engine`), checked on
opening (:mod:`~aspdesk.store.team.check`, :mod:`~aspdesk.store.team.opening`), set up
and upgraded by the server's admin (:mod:`~aspdesk.store.team.server`), and copied into a
file (:mod:`~aspdesk.store.team.copying`).
"""
