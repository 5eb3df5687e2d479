"""The style and type checks (ruff, mypy) that the README's test command runs before pytest.

    python tests/check.py

ruff and mypy run here, once, rather than inside pytest, so that a plain ``pytest`` (or
the quick loop, ``pytest -m "not benchmark and not slow"``) does not wait for them. Their
settings are in ``pyproject.toml``: ``[tool.mypy]`` checks the whole package and, with the
flags of ``--strict``, the layers below the window. Every check runs even when one before it
failed, so one run shows every problem; the exit status is 1 when any failed, and pytest
(the next step of the command) does not start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECKS = (
    ("ruff check", ("ruff", "check", ".")),
    ("ruff format", ("ruff", "format", "--check", ".")),
    ("mypy", ("mypy",)),
)


def _run(name: str, arguments: tuple[str, ...]) -> bool:
    print(f"== {name}", flush=True)
    return subprocess.run([sys.executable, "-m", *arguments], cwd=ROOT).returncode == 0


def main() -> int:
    failed = [name for name, arguments in CHECKS if not _run(name, arguments)]
    print("== " + (f"failed: {', '.join(failed)}" if failed else "all passed"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
