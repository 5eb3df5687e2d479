"""The Linux bundle against a pip install: size on disk, and start to a window on a map.

Both are made in a temporary folder from this checkout: the PyInstaller bundle by
``python -m aspdesk.packaging build``, once per run for this test and the bundle's smoke
test (tests/bundles.py), or the one in ``ASPDESK_BUNDLE``, a built ``dist/aspdesk``
folder, to skip the build's minutes; and a virtual environment with
``pip install`` of the checkout (not editable, as a user installs). Each start is a fresh
process, ``aspdesk MAP`` on the sample map, offscreen, that closes its window as soon as it
is shown (``ASPDESK_EXIT_AFTER_START``), timed from start to exit; the two are interleaved
over ``ASPDESK_ROUNDS`` rounds (5; one where nobody reads the figures: rounds.py). The
first start of each is also reported alone; with ``ASPDESK_DROP_CACHES=1`` (as root) the
system's file cache is dropped before it, for a cold start from the disk. That slows
everything else on the machine for a while, so it is asked for, never done by default.

Prints sizes and min/median times (run with ``-n 0 -s``); asserts only that every start
opened its window, never a time.
"""

from __future__ import annotations

import faulthandler
import os
import statistics
import subprocess
import time
import venv
from pathlib import Path

import pytest

from aspdesk.packaging.bundle import folder_size
from aspdesk.store.sample import write_sample

from .rounds import rounds

pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = rounds(5)


def _bundle(request: pytest.FixtureRequest) -> Path:
    given = os.environ.get("ASPDESK_BUNDLE")
    if given:
        return Path(given)
    return request.getfixturevalue("linux_bundle") / "aspdesk"


def _pip_install(tmp_path: Path) -> Path:
    folder = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(folder)
    python = folder / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(ROOT)],
        check=True,
        capture_output=True,
    )
    return folder


def _drop_caches() -> bool:
    if os.environ.get("ASPDESK_DROP_CACHES") != "1":
        return False
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def _start(command: list[str], map_path: Path, home: Path) -> float:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "ASPDESK_HOME": str(home / "aspdesk"),
        "QT_QPA_PLATFORM": "offscreen",
        "ASPDESK_EXIT_AFTER_START": "1",
    }
    began = time.perf_counter()
    result = subprocess.run(
        [*command, str(map_path)], env=env, capture_output=True, text=True, timeout=300
    )
    took = time.perf_counter() - began
    assert result.returncode == 0, result.stderr[-2000:]
    return took


def _figures(times: list[float]) -> str:
    return f"min {min(times):.2f} s, median {statistics.median(times):.2f} s"


def test_bundle_size_and_start_against_a_pip_install(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    faulthandler.cancel_dump_traceback_later()  # the build outlasts the hang detector
    # The install first: the bundle may still be building for the smoke test meanwhile.
    environment = _pip_install(tmp_path)
    bundle = _bundle(request)
    site = next((environment / "lib").glob("python3.*/site-packages"))
    tooling = sum(
        folder_size(path) for path in site.iterdir() if path.name.startswith(("pip", "setuptools"))
    )
    home = tmp_path / "home"
    home.mkdir()
    map_path = home / "sample.aspmap"
    write_sample(map_path)
    commands = {
        "bundle": [str(bundle / "aspdesk")],
        "pip install": [str(environment / "bin" / "aspdesk")],
    }
    cold = _drop_caches()
    first = {name: _start(command, map_path, home) for name, command in commands.items()}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _round in range(ROUNDS):
        for name, command in commands.items():
            times[name].append(_start(command, map_path, home))

    print()
    print(f"bundle folder:           {folder_size(bundle) / 1e6:7.1f} MB")
    print(f"pip install (venv):      {folder_size(environment) / 1e6:7.1f} MB")
    print(f"  of it aspdesk and its dependencies: {(folder_size(site) - tooling) / 1e6:.1f} MB")
    state = "after the file cache was dropped" if cold else "file cache not dropped"
    print(f"first start to a window, {state}:")
    for name in commands:
        print(f"  {name:12} {first[name]:.2f} s")
    print(f"start to a window, {ROUNDS} rounds interleaved:")
    for name in commands:
        print(f"  {name:12} {_figures(times[name])}")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["pip install"])
    print(f"  bundle / pip install (median): {ratio:.2f}")
