"""How many rounds a benchmark measures: its own number where its figures are read, one
where nobody can read them.

A benchmark prints its figures for whoever runs it with ``-n 0 -s``. Under pytest-xdist
(the README's test command, and so CI) a worker's output is never shown: there more rounds
would only add minutes to the run, and one round still runs every measured path and checks
what it did. ``ASPDESK_ROUNDS`` sets the number either way.
"""

from __future__ import annotations

import os


def rounds(default: int) -> int:
    """``ASPDESK_ROUNDS`` when set; else 1 in a pytest-xdist worker, ``default`` elsewhere."""
    given = os.environ.get("ASPDESK_ROUNDS")
    if given:
        return int(given)
    return 1 if os.environ.get("PYTEST_XDIST_WORKER") else default
