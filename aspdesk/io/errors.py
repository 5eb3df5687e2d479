"""Errors of reading and writing data files, with what and where for the user."""

from __future__ import annotations


class DataFileError(Exception):
    """A data file could not be read or written.

    ``message`` says what is wrong in words a user can act on (English, from a template
    marked for translation in the "io" context); ``where`` says where (file, sheet, row,
    column) when that is known.
    """

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.where = where
