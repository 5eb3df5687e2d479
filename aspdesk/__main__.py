"""``python -m aspdesk`` and the ``aspdesk`` command."""

from __future__ import annotations

import gc
import os
import sys

from aspdesk.cli.before_qt import one_blas_thread
from aspdesk.cli.main import draws_a_graph, film_wanted
from aspdesk.cli.main import main as _main


def main() -> None:
    """Entry point of the ``aspdesk`` gui-script."""
    arguments = sys.argv[1:]
    importing = arguments[:1] == ["import"]
    one_picture = not importing and _drew_at_once(arguments)
    if importing or one_picture:
        _collect_nothing()
    if importing:
        one_blas_thread()  # before the import's placing loads numpy
    try:
        code = _main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``aspdesk import ... | head``): nothing is wrong with the
        # map; say nothing more, and keep Python from printing a traceback at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    if importing or one_picture:
        _end_without_collecting()
    sys.exit(code)


def _drew_at_once(arguments: list[str]) -> bool:
    """Whether the process drew one picture and is done: an image, a web map or a report,
    not the window (whose objects Qt tears down as it closes) nor a film."""
    return (
        arguments[:1] in (["export"], ["report"])
        and draws_a_graph(arguments)
        and not film_wanted(arguments)
    )


def _collect_nothing() -> None:
    """Pause the cycle collector for the whole process of ``aspdesk import`` and of a
    one-picture export, not only while it imports or draws (``aspdesk.cli.importing``,
    ``aspdesk.cli.main.main``): it traced SQLAlchemy's classes and functions again and
    again as they were imported, and, let loose again after the work, it traced at once
    every object made while it was paused. 60 ms of collections in an import, each
    freeing next to nothing; one of 64 ms (2,000 actors) and 75 ms (10,000) as an image's
    export ended. The file's limits bound what an import makes, and an export draws one
    picture."""
    gc.disable()


def _end_without_collecting() -> None:
    """Leave every object alive now out of the collections the interpreter runs as it
    exits (paused or not). Those traverse the whole heap (SQLAlchemy's and numpy's
    modules, what the command left) to free memory the system frees anyway: 0.1 s of each
    ``aspdesk import``, a twelfth of a 10,000-row one, and 0.11-0.24 s of a 2,000-actor
    image's export (a fifth of it: Qt's and pyqtgraph's objects are many). Exit handlers,
    flushing and freeing by reference count run as before; the command has closed its map
    and files. For the import and the one-picture exports: a film's writer may leave work
    to finalizers, and the window's exit is not waited on."""
    gc.freeze()


if __name__ == "__main__":
    main()
