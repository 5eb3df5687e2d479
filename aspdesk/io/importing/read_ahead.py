"""A workbook opened and its first sheet read on a thread of its own, while the map opens.

``aspdesk import MAP FILE.xlsx`` first opens the map (which loads SQLAlchemy and the
store: 0.2-0.3 s, all of it Python) and then reads the file. python-calamine reads a
sheet's cells without holding Python's lock (a 10,000-row sheet in 0.09 s), so the file
is opened on a thread as the command starts and its reading overlaps the map's opening.

The thread runs the same :func:`~aspdesk.io.importing.xlsx_reading.open_workbook` as the
sequential path, its checks and limits included; what it raised is raised where the
workbook is asked for, so a damaged file is reported at the same point and in the same
words. Only the first sheet's cells are read ahead (an actor list's, usually its only
sheet); the rest are read when asked for, as ever. Without a Cancel to watch (the command
line has none) nothing is lost by reading early.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from aspdesk.io.errors import no_progress
from aspdesk.io.importing.suffixes import XLSX_SUFFIXES
from aspdesk.io.importing.xlsx_reading import Workbook, open_workbook


class WorkbookAhead:
    """The workbook at ``path``, being opened on a thread from construction on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._workbook: Workbook | None = None
        self._error: BaseException | None = None
        self._open = ExitStack()
        self._thread = threading.Thread(target=self._read, name="aspdesk-read-ahead", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            workbook = self._open.enter_context(open_workbook(self.path, no_progress))
            if workbook.titles:
                workbook.header(workbook.titles[0])  # calamine reads the sheet whole
            self._workbook = workbook
        except BaseException as error:  # raised again where the workbook is asked for
            self._error = error

    @contextmanager
    def workbook(self) -> Iterator[Workbook]:
        """The open workbook (once the thread is done), closed on leaving; raises what
        opening it raised."""
        self._thread.join()
        try:
            if self._error is not None:
                raise self._error
            assert self._workbook is not None
            yield self._workbook
        finally:
            self._open.close()

    def close(self) -> None:
        """Wait for the thread and close what it opened (when the workbook was not used)."""
        self._thread.join()
        self._open.close()


def read_ahead(path: Path) -> WorkbookAhead | None:
    """A :class:`WorkbookAhead` for an XLSX file at ``path``; None for any other file."""
    if path.suffix.lower() not in XLSX_SUFFIXES or not path.is_file():
        return None
    return WorkbookAhead(path)
