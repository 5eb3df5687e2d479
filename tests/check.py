"""The whole check, as CI runs it: style (ruff), types (mypy), then every test (pytest).

    python tests/check.py [pytest arguments]

ruff and mypy run here, once, rather than inside pytest, so that a plain ``pytest`` (or
the quick loop, ``pytest -m "not benchmark and not slow"``) does not wait for them. Their
settings are in ``pyproject.toml``: ``[tool.mypy]`` checks the whole package and, with the
flags of ``--strict``, the layers below the window. Every step runs even when one before it
failed, so one run shows every problem; the exit status is 1 when any failed.
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


def main(pytest_arguments: list[str]) -> int:
    failed = [name for name, arguments in CHECKS if not _run(name, arguments)]
    if not _run("pytest", ("pytest", *pytest_arguments)):
        failed.append("pytest")
    print("== " + (f"failed: {', '.join(failed)}" if failed else "all passed"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
