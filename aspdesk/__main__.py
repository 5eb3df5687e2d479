"""``python -m aspdesk`` and the ``aspdesk`` command."""

from __future__ import annotations

import os
import sys

from aspdesk.cli.main import main as _main


def main() -> None:
    """Entry point of the ``aspdesk`` gui-script."""
    try:
        code = _main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``aspdesk import ... | head``): nothing is wrong with the
        # map; say nothing more, and keep Python from printing a traceback at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    sys.exit(code)


if __name__ == "__main__":
    main()
