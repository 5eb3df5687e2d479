"""What ``aspdesk --version`` costs from a fresh process, against ``python -c pass``.

The floor is the interpreter's own start; the runs are interleaved so that a busy moment
of the machine falls on both. Prints min/median and the ratio (run with ``-s``); asserts
only that the commands ran, never a time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aspdesk import __version__

from .rounds import rounds

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = rounds(10)


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return elapsed, result.stdout


def test_version_against_a_bare_interpreter() -> None:
    commands = {
        "aspdesk --version": [sys.executable, "-m", "aspdesk", "--version"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(ROUNDS):
        for name, command in commands.items():
            elapsed, out = _timed(command)
            times[name].append(elapsed)
            if name == "aspdesk --version":
                assert out.strip() == f"aspdesk {__version__}"
    for name, runs in times.items():
        print(f"{name:18} min {min(runs):.3f} s  median {statistics.median(runs):.3f} s")
    ours, floor = times["aspdesk --version"], times["python -c pass"]
    print(
        f"ratio (min) {min(ours) / min(floor):.1f}, "
        f"(median) {statistics.median(ours) / statistics.median(floor):.1f}"
    )
