"""The Linux bundle, built once per test run for every test that uses it.

A PyInstaller build takes minutes. The bundle's smoke test (tests/integration/test_bundle.py)
and its start benchmark (tests/benchmarks/test_bundle_start.py) only read what it made, so
they share one build: the first to ask builds it into the run's shared temporary folder
(the parent of every pytest-xdist worker's own), under a lock the others wait on; a build
that failed is reported to each of them with its error, not tried again.
"""

from __future__ import annotations

import faulthandler
import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _shared_folder(factory: pytest.TempPathFactory) -> Path:
    base = factory.getbasetemp()
    # Under pytest-xdist each worker has its own base, in one folder of the run.
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_bundle(factory: pytest.TempPathFactory) -> Path:
    """The ``dist`` folder of this run's build: the ``aspdesk`` folder and its tarball.

    Skips without PyInstaller, except on CI (``CI`` set), where its absence fails.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    # The build (or the wait for it) outlasts the suite's hang detector; the tests that
    # ask for it have their own, longer timeouts.
    faulthandler.cancel_dump_traceback_later()
    shared = _shared_folder(factory) / "linux-bundle"
    shared.mkdir(exist_ok=True)
    dist, failed = shared / "dist", shared / "failed.txt"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if failed.exists():
            pytest.fail(f"the bundle's build failed:\n{failed.read_text(encoding='utf-8')}")
        if not (shared / "built").exists():
            built = subprocess.run(
                [sys.executable, "-m", "aspdesk.packaging", "build"]
                + ["--dist", str(dist), "--work", str(shared / "work")],
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=1100,
            )
            if built.returncode != 0:
                failed.write_text(built.stderr[-4000:], encoding="utf-8")
                pytest.fail(f"the bundle's build failed:\n{built.stderr[-4000:]}")
            (shared / "built").touch()
    return dist
