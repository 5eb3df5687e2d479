"""From process start to a shown main window with its graph drawn, against an empty window.

Each start is a fresh process started the way a user starts aspdesk (``aspdesk MAP``,
through :func:`aspdesk.cli.main.main` and the window's launch), offscreen, with its own
``ASPDESK_HOME``; it reports the moment the graph's view has finished painting its first
frame. The floor is a process that imports the same libraries (PySide6, pyqtgraph and
aspdesk's window module, loaded as aspdesk's command loads them) and shows an empty
``QMainWindow``. Starts on the sample map and on a generated map
of 10,000 actors and 30,000 ties (positions stored by a first, uncounted start) are
interleaved with the floor over several rounds (``ASPDESK_ROUNDS``, 5; one where nobody
reads the figures: rounds.py).

``ASPDESK_BASELINE=/path/to/another/checkout`` times that checkout's code in the same
rounds, for a before and after in one run. Prints min/median and ratios (run with ``-s``);
asserts only that the windows came up, never a time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aspdesk.store.sample import write_sample

from .generate import generate_map
from .rounds import rounds

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = rounds(5)
READY = "window-drawn"

# The libraries loaded as aspdesk's command loads them (aspdesk/cli/before_qt.py), before
# anything loads Qt; a baseline checkout from before that module loads them as it did.
_LIBRARIES_FIRST = """
import importlib
try:
    before_qt = importlib.import_module("aspdesk.cli.before_qt")
except ImportError:
    before_qt = None
for step in ("load_before_qt", "load_qt", "load_pyqtgraph"):
    getattr(before_qt, step, lambda: None)()
"""

# Runs aspdesk as its command does, and ends the process as soon as the graph's view has
# finished painting its first frame (its paintEvent returned): what the window does after
# that frame (making the Editor's forms, the collector's pass: about 0.2 s at 10,000
# actors, queued before it) is not start-up. The paint of the view itself is counted.
_START = f"""
import os, sys
{_LIBRARIES_FIRST}import pyqtgraph
from PySide6.QtWidgets import QApplication

painting = pyqtgraph.GraphicsView.paintEvent

def paint_then_end(view, event):
    painting(view, event)
    canvas_module = sys.modules.get("aspdesk.graph.canvas.canvas")
    canvas = view.parent()
    if canvas_module is not None and isinstance(canvas, canvas_module.GraphCanvas):
        if view is canvas.view:
            print("{READY}", flush=True)
            os._exit(0)

pyqtgraph.GraphicsView.paintEvent = paint_then_end
app = QApplication(sys.argv[:1])
from aspdesk.cli.main import main
sys.exit(main(["--lang", "en", sys.argv[1]]) or 3)
"""

_FLOOR = f"""
import os, sys
{_LIBRARIES_FIRST}from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph
import aspdesk.ui.window.main_window

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            QTimer.singleShot(0, done)
        return False

def done():
    print("{READY}", flush=True)
    os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
watch = Watch()
app.installEventFilter(watch)
window.show()
app.exec()
sys.exit(3)
"""


def _timed(code: str, root: Path, home: Path, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    env["ASPDESK_HOME"] = str(home)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home,
        env=env,
    )
    elapsed = time.perf_counter() - started
    assert READY in result.stdout, result.stderr[-2000:]
    return elapsed


def _line(name: str, runs: list[float], floor: list[float]) -> str:
    low, mid = min(runs), statistics.median(runs)
    return (
        f"{name:34} min {low:.3f} s  median {mid:.3f} s  "
        f"ratio to the floor {low / min(floor):.1f} / {mid / statistics.median(floor):.1f}"
    )


def test_window_start_against_an_empty_window(tmp_path: Path) -> None:
    sample = tmp_path / "sample.aspmap"
    write_sample(sample)
    big = generate_map(tmp_path / "big.aspmap", 10_000, 30_000)
    roots = {"": ROOT}
    baseline = os.environ.get("ASPDESK_BASELINE")
    if baseline:
        roots = {"before: ": Path(baseline).resolve(), "": ROOT}
    home = tmp_path / "home"
    home.mkdir()
    _timed(_START, ROOT, home, str(big))  # lays the map out once and stores the positions
    starts = {
        f"{label}{name}": (root, path)
        for label, root in roots.items()
        for name, path in (("sample map", sample), ("10,000 actors", big))
    }
    times: dict[str, list[float]] = {name: [] for name in ("floor", *starts)}
    for _ in range(ROUNDS):
        times["floor"].append(_timed(_FLOOR, ROOT, home))
        for name, (root, path) in starts.items():
            times[name].append(_timed(_START, root, home, str(path)))
    print(f"\nstart to a shown window with its graph drawn, {ROUNDS} rounds")
    for name, runs in times.items():
        print(_line(name, runs, times["floor"]))
