"""Errors of reading and writing data files, with what and where for the user."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from aspdesk.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]


def fill(
    template: str, values: Mapping[str, object], context: str, translate: Translate | None
) -> str:
    """``template`` translated in ``context`` (when ``translate`` is given), values filled in.

    Translating first means the Finnish sentence is found; a translation that lost a
    placeholder falls back to the English sentence rather than failing.
    """
    translated = translate(context, template) if translate else template
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


class DataFileError(Exception):
    """A data file could not be read or written.

    ``template`` is an English sentence marked for translation in ``context`` ("io" unless
    it comes from validation); ``values`` fill its ``{placeholders}`` after translation, so
    that the Finnish sentence is looked up, not the filled-in English one. ``where`` says
    where (file, sheet, row, column) when that is known.
    """

    def __init__(
        self, template: str, where: str = "", *, context: str = "io", **values: object
    ) -> None:
        self.template = template
        self.where = where
        self.context = context
        self.values = values
        super().__init__(self.text())

    @property
    def message(self) -> str:
        """The English message, values filled in."""
        return self.template.format(**self.values)

    def text(self, translate: Translate | None = None) -> str:
        """The message (translated when ``translate`` is given), prefixed with where."""
        message = fill(self.template, self.values, self.context, translate)
        return f"{self.where}: {message}" if self.where else message

    def located(self, where: str) -> DataFileError:
        """The same error at ``where`` (for example with the file name put in front)."""
        return DataFileError(self.template, where, context=self.context, **self.values)


CANNOT_WRITE_IN = QT_TRANSLATE_NOOP("io", "Cannot write in the folder of this file: {detail}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("io", "Cannot write the file: {detail}")
CANNOT_CREATE_FOLDER = QT_TRANSLATE_NOOP("io", "cannot create the folder: {detail}")
DISK_FULL = QT_TRANSLATE_NOOP(
    "io",
    "Nothing was written: the disk is full. Free some space or choose another disk, "
    "then try again.",
)


class Cancelled(Exception):
    """The user cancelled a long read or write; nothing was changed."""


# Long readers and writers call this now and then with (done, total); total 0 means not
# known yet. It may raise Cancelled, which the reader or writer lets through after
# cleaning up, so a cancelled export leaves no file and a cancelled import no change.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The Progress of work nobody watches."""
