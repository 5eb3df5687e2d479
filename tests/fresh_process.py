"""Run a script in a fresh interpreter, as aspdesk's own command runs.

For what one test process cannot show: which modules a command loads (here other tests
have loaded everything), or a start from nothing. The script runs offscreen with this
checkout first on its path, its own aspdesk home and ``cwd``; a failure fails the test with
the end of what the script wrote to stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_script(
    script: str,
    *arguments: object,
    home: Path,
    cwd: Path,
    timeout: float = 180,
    without: tuple[str, ...] = (),
) -> str:
    """What ``script`` prints to stdout, run on ``arguments`` (made strings) with aspdesk's
    home in ``home``; ``without`` names variables of this process's environment to leave
    out (a user's own setting the script checks aspdesk for)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["ASPDESK_HOME"] = str(home)
    for name in without:
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout
