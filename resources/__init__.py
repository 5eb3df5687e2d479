"""Data files shipped with aspdesk: sample map, translations, icons.

Installed as the package ``aspdesk.resources`` (see pyproject.toml); read them with
:mod:`aspdesk.data_files`, never by a path relative to the source tree.
"""
