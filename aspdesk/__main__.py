"""``python -m aspdesk`` and the ``aspdesk`` command."""

from __future__ import annotations

import sys

from aspdesk.cli.main import main as _main


def main() -> None:
    """Entry point of the ``aspdesk`` gui-script."""
    sys.exit(_main())


if __name__ == "__main__":
    main()
