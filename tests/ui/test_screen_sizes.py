"""The on-screen checks (``screen_checks.py``) on the screens coordinators use: a laptop
at 1366x768, a projector at 1280x720, a desktop at 1920x1080, and a 4K screen scaled by 2.

A process has one set of screens, so each size runs the checks in a process of its own,
on an offscreen screen of that size (the platform's ``configfile`` option); the four run
at the same time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKS = Path(__file__).with_name("screen_checks.py")
# name: width, height (of the screen, in device pixels), scale factor
SCREENS = {
    "1920x1080": (1920, 1080, 1),
    "1366x768": (1366, 768, 1),
    "1280x720": (1280, 720, 1),
    "3840x2160 at scale 2": (3840, 2160, 2),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The checks started on every screen at once."""
    started: dict[str, subprocess.Popen[str]] = {}
    for name, (width, height, scale) in SCREENS.items():
        folder = tmp_path_factory.mktemp("screen")
        screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
        config = folder / "screens.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        env["QT_SCALE_FACTOR"] = str(scale)
        env["ASPDESK_TEST_RATIO"] = str(scale)
        command = [sys.executable, "-m", "pytest", str(CHECKS), "-q", "-p", "no:cacheprovider"]
        started[name] = subprocess.Popen(
            [*command, "--basetemp", str(folder / "tmp")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.slow
@pytest.mark.parametrize("screen", list(SCREENS))
def test_everything_opens_whole_and_inside_the_screen(
    runs: dict[str, subprocess.Popen[str]], screen: str
) -> None:
    process = runs[screen]
    output, _ = process.communicate(timeout=900)
    assert process.returncode == 0, f"on a {screen} screen:\n{output[-8000:]}"
    assert " passed" in output and "skipped" not in output
