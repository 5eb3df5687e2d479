"""The Qt-free core runs where Qt cannot be imported at all (STYLE.md, as napari does).

The layer contracts (``test_architecture.py``) read import statements; this test runs the
code. A fresh interpreter refuses PySide6, shiboken6 and pyqtgraph before anything else is
imported, then imports every module of domain, analysis, io and store, and creates a map
and writes the sample map (which runs the migrations and the layouts).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ("domain", "analysis", "io", "store")

SCRIPT = """
import importlib.abc
import sys

BLOCKED = {"PySide6", "shiboken6", "pyqtgraph"}


class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ImportError(f"{name} cannot be imported here")
        return None


assert not BLOCKED & {name.partition(".")[0] for name in sys.modules}, "Qt came first"
sys.meta_path.insert(0, NoQt())

import importlib
import pkgutil
import tempfile
from pathlib import Path

imported = []
for layer in sys.argv[1].split(","):
    package = importlib.import_module(f"aspdesk.{layer}")
    imported.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        if info.name == "aspdesk.store.migrations.env":
            continue  # Alembic runs it, when a map is created below
        importlib.import_module(info.name)
        imported.append(info.name)

from aspdesk.store.opening import create_map
from aspdesk.store.sample import write_sample

with tempfile.TemporaryDirectory() as folder:
    create_map(Path(folder) / "new.aspmap", "New").close()
    write_sample(Path(folder) / "sample.aspmap")

try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise AssertionError("the blocker let PySide6 in")
assert not BLOCKED & {name.partition(".")[0] for name in sys.modules}
print(len(imported), "modules")
"""


def _core_modules() -> int:
    return sum(
        1
        for layer in CORE
        for path in (ROOT / "aspdesk" / layer).rglob("*.py")
        if path.name != "env.py" or path.parent.name != "migrations"
    )


def test_the_core_runs_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(CORE)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    # Every module was imported, none skipped by a walk that stopped early.
    assert result.stdout.split() == [str(_core_modules()), "modules"]
