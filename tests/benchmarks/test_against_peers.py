"""Issue 22's table in one run: each piece of aspdesk's work beside its peer or floor.

Every figure is min/median over ``ASPDESK_ROUNDS`` rounds (default 3; one where nobody reads
the figures: rounds.py), aspdesk's run and its peer's interleaved in each round, so that a
busy moment of the shared machine falls on both;
the ratio is of the minima, then of the medians. Processes run as an installed aspdesk
runs: with its bytecode written (this machine's environment sets PYTHONDONTWRITEBYTECODE,
which made every earlier start figure pay for compiling aspdesk's sources), after one
uncounted warm-up run.

The graphs are Barabási-Albert graphs (igraph, m=3, seeded) of 2,000 and 10,000 actors,
brought into a map with ``aspdesk import`` from GraphML, as the issue measured them. The
rows:

- ``aspdesk export MAP -o x.png --width 2000`` with the positions stored, and the first
  export of a fresh map (its layout included), against Graphviz's ``sfdp -Tpng`` on the same
  graph (a row says so when sfdp is not installed; Debian's graphviz package has it);
- start to a shown main window with its graph drawn, on the sample map and on a generated
  map of 10,000 actors, against a process that imports the same libraries and shows an
  empty window (tests/benchmarks/test_window_start_speed.py's scripts);
- ``aspdesk --version`` against ``python -c pass``;
- the graph's frame at rest (a full repaint of the window's canvas, 1600x1000) against a
  bare pyqtgraph scene of the same nodes and lines, 1 px lines;
- ``aspdesk import`` of a 10,000-row XLSX actor list against python-calamine and openpyxl
  (read-only) reading its cells (those two in this process);
- the force layout of the 10,000-actor graph against igraph's Fruchterman-Reingold (grid),
  with the share of crowded nodes in each (nearest neighbour closer than half the median
  nearest distance).

The rows with an absolute goal (the 10,000-actor start, the frames, the spreadsheet) also
give that goal as a ratio to the floor the issue measured when it set it: the issue says
"ratios are what count, the machine is shared", and the floors themselves move with the
machine's state (the empty window took 0.58 s then, 1.05-1.15 s on a noisy day since).

Prints the table (run with ``-n 0 -s``); asserts only that every run did its work.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import igraph
import numpy as np
import pytest
from PySide6.QtGui import QImage

from aspdesk.analysis.layout.positions import force_layout, nearest_distances
from aspdesk.store.sample import write_sample

from .generate import generate_map
from .rounds import rounds
from .test_window_start_speed import _FLOOR, _START, READY
from .test_xlsx_read_speed import _actor_list, _calamine_rows, _openpyxl_rows

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
# The issue's absolute goals and the floors it measured with them: goal and floor, seconds.
AT_FILING = {
    "start": (1.5, 0.58),  # the empty window
    "frame 10,000": (0.050, 0.018),  # bare pyqtgraph, 1 px lines
    "frame 2,000": (0.016, 0.0047),
    "calamine": (1.5, 0.12),  # python-calamine reading the cells
    "openpyxl": (1.5, 1.35),  # openpyxl read-only reading them
}


def _goal(absolute: str, floor: str) -> str:
    """``absolute``, with the same goal as a ratio to the floor when the issue was filed."""
    goal, then = AT_FILING[floor]
    return f"{absolute} (as a ratio then: ≤ {goal / then:.2f})"


ROUNDS = rounds(3)
SFDP = shutil.which("sfdp")

# A full repaint of a canvas at rest, timed as test_graph_speed does it (grab() renders the
# whole view now, as a repaint on screen would); prints the best of eight in seconds.
_CANVAS_AT_REST = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.store.opening import open_map
document = Document(open_map(Path(sys.argv[1]), Path(sys.argv[2])), "en")
canvas = GraphCanvas(document)
canvas.resize(1600, 1000)
canvas.show()
for _ in range(5):
    app.processEvents()
canvas.view.grab()
times = []
for _ in range(8):
    started = time.perf_counter()
    canvas.view.grab()
    times.append(time.perf_counter() - started)
print("seconds", min(times))
"""

# The floor of the same: the canvas's nodes and lines in a bare pyqtgraph scene, 1 px lines.
_BARE_AT_REST = """
import sys, time
import numpy as np
import pyqtgraph as pg
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.store.opening import open_map
document = Document(open_map(Path(sys.argv[1]), Path(sys.argv[2])), "en")
# Kept: a canvas dropped unshown was collected while this scene was being made, and a
# later event of pyqtgraph's then reached one of its deleted items (a segfault).
canvas = GraphCanvas(document)
data = canvas.data
starts, ends = [], []
for group in data.edges:
    starts.append(data.positions[group.sources])
    ends.append(data.positions[group.targets])
start, end = np.vstack(starts), np.vstack(ends)
xs = np.empty(2 * len(start)); ys = np.empty(2 * len(start))
xs[0::2], xs[1::2] = start[:, 0], end[:, 0]
ys[0::2], ys[1::2] = start[:, 1], end[:, 1]
view = pg.GraphicsView(background="w")
box = pg.ViewBox()
view.setCentralItem(box)
box.addItem(pg.PlotCurveItem(xs, ys, connect="pairs", pen=pg.mkPen("#555", width=1)))
box.addItem(pg.ScatterPlotItem(pos=data.positions, size=data.sizes, brush="#88a"))
view.resize(1600, 1000)
view.show()
box.autoRange()
for _ in range(5):
    app.processEvents()
view.grab()
times = []
for _ in range(8):
    started = time.perf_counter()
    view.grab()
    times.append(time.perf_counter() - started)
print("seconds", min(times))
"""


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), ASPDESK_HOME=str(home))
    return env


def _run(command: list[str], home: Path, expect: str = "") -> float:
    """Seconds ``command`` took from start to exit; fails when it fails."""
    started = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=600, cwd=home, env=_environment(home)
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert expect in result.stdout, result.stdout[-2000:]
    return elapsed


def _reported(command: list[str], home: Path) -> float:
    """The seconds ``command`` prints as ``seconds N`` (work timed inside the process)."""
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=600, cwd=home, env=_environment(home)
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return float(result.stdout.split("seconds", 1)[1].split()[0])


def _aspdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "aspdesk", *args]


def _ba_graph(nodes: int, folder: Path) -> tuple[Path, Path]:
    """GraphML and Graphviz files of a Barabási-Albert graph of ``nodes`` actors."""
    graph = igraph.Graph.Barabasi(nodes, 3)
    graph.vs["name"] = [f"Actor {n}" for n in range(nodes)]
    graphml = folder / f"ba{nodes}.graphml"
    graph.write_graphml(str(graphml))
    dot = folder / f"ba{nodes}.gv"
    with dot.open("w", encoding="utf-8") as out:
        out.write("graph G {\n")
        out.writelines(f'n{n} [label="Actor {n}"];\n' for n in range(nodes))
        out.writelines(f"n{a} -- n{b};\n" for a, b in graph.get_edgelist())
        out.write("}\n")
    return graphml, dot


class Table:
    """Rows of min/median pairs, printed at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def row(self, work: str, ours: list[float], peer: str, theirs: list[float], goal: str) -> None:
        mine = f"{min(ours):.3f}/{statistics.median(ours):.3f} s"
        if not theirs:
            self.lines.append(f"| {work} | {mine} | {peer}: not installed | - | {goal} |")
            print(self.lines[-1], flush=True)
            return
        other = f"{min(theirs):.3f}/{statistics.median(theirs):.3f} s"
        ratio = min(ours) / min(theirs)
        middle = statistics.median(ours) / statistics.median(theirs)
        self.lines.append(
            f"| {work} | {mine} | {peer} {other} | {ratio:.2f} / {middle:.2f} | {goal} |"
        )
        print(self.lines[-1], flush=True)  # as it comes: the whole run takes minutes

    def print(self) -> None:
        print(f"\n{ROUNDS} rounds, min/median; ratio of minima / of medians")
        print("| work | aspdesk | peer or floor | ratio | goal |")
        print("|---|---|---|---|---|")
        for line in self.lines:
            print(line)


def _rounds(*works: Callable[[], float]) -> list[list[float]]:
    times: list[list[float]] = [[] for _ in works]
    for _ in range(ROUNDS):
        for runs, work in zip(times, works, strict=True):
            runs.append(work())
    return times


def _exports(table: Table, folder: Path, home: Path) -> None:
    for nodes in (2_000, 10_000):
        graphml, dot = _ba_graph(nodes, folder)
        fresh = folder / f"ba{nodes}.aspmap"
        _run(_aspdesk("import", str(fresh), str(graphml)), home, "Imported")
        placed = folder / f"ba{nodes}-placed.aspmap"
        shutil.copy(fresh, placed)
        png = folder / "out.png"
        export = _aspdesk("export", "-o", str(png), "--width", "2000")
        _run([*export, str(placed)], home, "Drew")  # warm-up; lays out and stores positions
        assert QImage(str(png)).width() == 2000

        def first(fresh: Path = fresh, export: list[str] = export) -> float:
            copy = folder / "first.aspmap"
            shutil.copy(fresh, copy)
            return _run([*export, str(copy)], home, "Drew")

        def sfdp(dot: Path = dot) -> float:
            return _run([str(SFDP), "-Tpng", str(dot), "-o", str(folder / "sfdp.png")], home)

        works = [lambda p=placed, e=export: _run([*e, str(p)], home, "Drew")]
        if nodes == 2_000:
            works.append(first)
        if SFDP:
            works.append(sfdp)
        times = _rounds(*works)
        peer = times[-1] if SFDP else []
        goal = "≤ 1.0" if nodes == 2_000 else "≤ 0.5"
        table.row(f"export {nodes:,} actors, positions stored", times[0], "sfdp", peer, goal)
        if nodes == 2_000:
            table.row("same, first export (layout included)", times[1], "sfdp", peer, "≤ 1.0")


def _starts(table: Table, folder: Path, home: Path) -> None:
    sample = folder / "sample.aspmap"
    write_sample(sample)
    big = generate_map(folder / "big.aspmap", 10_000, 30_000)
    _run([sys.executable, "-c", _START, str(big)], home, READY)  # stores positions; warm-up
    _run([sys.executable, "-c", _FLOOR], home, READY)
    floor, on_sample, on_big = _rounds(
        lambda: _run([sys.executable, "-c", _FLOOR], home, READY),
        lambda: _run([sys.executable, "-c", _START, str(sample)], home, READY),
        lambda: _run([sys.executable, "-c", _START, str(big)], home, READY),
    )
    table.row("start to a shown window, sample map", on_sample, "empty window", floor, "≤ 1.2")
    table.row(
        "start to a shown window, 10,000 actors",
        on_big,
        "empty window",
        floor,
        _goal("< 1.5 s", "start"),
    )
    version, bare = _rounds(
        lambda: _run(_aspdesk("--version"), home, "aspdesk"),
        lambda: _run([sys.executable, "-c", "pass"], home),
    )
    table.row("aspdesk --version", version, "python -c pass", bare, "< 0.15 s")
    backups = str(folder / "backups")
    for nodes in (10_000, 2_000):
        path = str(folder / f"ba{nodes}-placed.aspmap")
        canvas = [sys.executable, "-c", _CANVAS_AT_REST, path, backups]
        bare = [sys.executable, "-c", _BARE_AT_REST, path, backups]
        ours, theirs = _rounds(
            lambda c=canvas: _reported(c, home), lambda b=bare: _reported(b, home)
        )
        goal = (
            _goal("< 50 ms", "frame 10,000") if nodes == 10_000 else _goal("< 16 ms", "frame 2,000")
        )
        table.row(f"frame at rest, {nodes:,} actors", ours, "bare pyqtgraph, 1 px", theirs, goal)


def _spreadsheet(table: Table, folder: Path, home: Path) -> None:
    source = folder / "toimijat.xlsx"
    _actor_list(source)

    def ours() -> float:
        target = folder / "import.aspmap"
        target.unlink(missing_ok=True)
        return _run(_aspdesk("import", "--lang", "en", str(target), str(source)), home, "Imported")

    def timed(read: Callable[[Path], int]) -> float:
        started = time.perf_counter()
        assert read(source) == 10_001
        return time.perf_counter() - started

    whole, calamine, openpyxl = _rounds(
        ours, lambda: timed(_calamine_rows), lambda: timed(_openpyxl_rows)
    )
    table.row(
        "import of a 10,000-row XLSX",
        whole,
        "python-calamine",
        calamine,
        _goal("< 1.5 s", "calamine"),
    )
    table.row("(same)", whole, "openpyxl read-only", openpyxl, _goal("< 1.5 s", "openpyxl"))


def _crowded(positions: np.ndarray) -> float:
    nearest = nearest_distances(positions)
    return float(np.mean(nearest < 0.5 * np.median(nearest)))


def _layouts(table: Table) -> None:
    graph = igraph.Graph.Barabasi(10_000, 3)
    edges = np.array(graph.get_edgelist(), dtype=np.int64)
    found: dict[str, np.ndarray] = {}

    def ours() -> float:
        started = time.perf_counter()
        found["ours"] = force_layout(10_000, edges, seed=1)
        return time.perf_counter() - started

    def theirs() -> float:
        started = time.perf_counter()
        found["igraph"] = np.array(graph.layout_fruchterman_reingold(grid=True).coords)
        return time.perf_counter() - started

    mine, peer = _rounds(ours, theirs)
    table.row(
        f"force layout, 10,000 actors ({_crowded(found['ours']):.0%} crowded)",
        mine,
        f"igraph FR grid ({_crowded(found['igraph']):.0%} crowded)",
        peer,
        "≤ 1.0",
    )


@pytest.mark.timeout(2400)  # some ninety processes, several of them 10,000-actor windows
def test_issue_22_table(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    table = Table()
    _exports(table, tmp_path, home)
    _starts(table, tmp_path, home)
    _spreadsheet(table, tmp_path, home)
    _layouts(table)
    table.print()
    assert len(table.lines) == 11
