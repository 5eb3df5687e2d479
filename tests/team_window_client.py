"""One coordinator's window graph of a team map, in a process of its own: a Document kept
live as the window's is, and a real graph panel of a given size, shown (offscreen).

    python -m tests.team_window_client place URL ROLE WIDTHxHEIGHT FOLDER
    python -m tests.team_window_client latency URL ACTOR_ID EDITS [PROFILE]

``place`` (tests/integration/test_team_live.py): says ``ready`` once its graph is drawn;
an ``adder`` then adds the actor ``NEW`` (no position: each window places it) once
``FOLDER/go`` exists. Every client notes each place its graph draws that actor at (after
each rebuild of the picture, and every 10 ms between), says ``seen`` the first time, and
when ``FOLDER/stop`` holds a change set number and the client has caught up to it, prints
the places it drew, in order, as JSON, and ends.

``latency`` (tests/benchmarks/test_team_live.py): a window's graph panel (1366 x 768) on
the map, says ``ready`` once drawn, and notes the wall-clock time at which the actor
``ACTOR_ID``'s name ``Live k`` first reached the Document's index (``entities_changed``)
and first showed in the graph's labels (``data_rebuilt``), for each edit k. Prints both as
JSON once the last edit showed (or after five minutes); with PROFILE, a cProfile of its
event loop is written there.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

NEW = "Uusi Oy"


def place(url: str, role: str, size: str, folder: Path) -> None:
    """See the module: the places the new actor was drawn at, as JSON on stdout."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from aspdesk.app.commands import AddEntity
    from aspdesk.app.live import live_updates
    from aspdesk.app.selection import Ref
    from aspdesk.app.team import open_team_document
    from aspdesk.domain.entities import Actor, EntityType
    from aspdesk.graph.panel.panel import GraphPanel
    from aspdesk.store.team.address import TeamAddress

    app = QApplication(["team_window_client"])
    document = open_team_document(TeamAddress.parse(url)[0], "", "en")
    live = live_updates(document)
    assert live is not None
    panel = GraphPanel(document)
    width, height = (int(v) for v in size.split("x"))
    panel.resize(width, height)
    panel.show()
    canvas = panel.canvas
    drawn: list[tuple[float, float]] = []
    state: dict[str, int | None] = {"id": None, "added": None, "stop": None}

    def look() -> None:
        if state["id"] is None:
            found = [a.id for a in document.index.all(EntityType.ACTOR) if a.name == NEW]
            state["id"] = found[0] if found else None
        if state["id"] is None:
            return
        node = canvas.data.index_of(Ref(EntityType.ACTOR, state["id"]))
        if node < 0:
            return
        x, y = (float(v) for v in canvas.data.positions[node])
        if not drawn:
            print("seen", flush=True)
        if not drawn or drawn[-1] != (x, y):
            drawn.append((x, y))

    def tick() -> None:
        look()
        if role == "adder" and state["added"] is None and (folder / "go").exists():
            command = AddEntity(document, Actor(name=NEW, kind="company"), "Add actor")
            assert document.push(command)
            state["added"] = command.ref.id
        stop = folder / "stop"
        if state["stop"] is None and stop.exists() and stop.read_text().strip():
            state["stop"] = int(stop.read_text())
        if state["stop"] is not None and live.last >= state["stop"]:
            timer.stop()
            # the picture is rebuilt when the event loop next turns: let it, then look
            QTimer.singleShot(200, finish)

    def finish() -> None:
        look()
        app.quit()

    canvas.data_rebuilt.connect(look)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    QTimer.singleShot(60_000, app.quit)
    print("ready", flush=True)
    app.exec()
    document.close()
    print(json.dumps({"role": role, "size": size, "drawn": drawn}), flush=True)


PREFIX = "Live "


def latency(url: str, actor_id: int, edits: int, profile: str) -> None:
    """See the module: when each edit reached the index and the graph, as JSON."""
    import cProfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from aspdesk.app.selection import Ref
    from aspdesk.app.team import open_team_document
    from aspdesk.domain.entities import EntityType
    from aspdesk.graph.panel.panel import GraphPanel
    from aspdesk.store.team.address import TeamAddress

    app = QApplication(["team_window_client"])
    document = open_team_document(TeamAddress.parse(url)[0], "", "en")
    panel = GraphPanel(document)
    panel.resize(1366, 768)
    panel.show()
    canvas = panel.canvas
    ref = Ref(EntityType.ACTOR, actor_id)
    index: dict[int, float] = {}
    graph: dict[int, float] = {}

    def number(name: str) -> int | None:
        return int(name.removeprefix(PREFIX).split()[0]) if name.startswith(PREFIX) else None

    def on_changed(type_value: str, ids: list[int]) -> None:
        if type_value == EntityType.ACTOR.value and actor_id in ids:
            actor = document.index.get(EntityType.ACTOR, actor_id)
            seen = number(actor.display_name) if actor is not None else None
            if seen is not None:
                index.setdefault(seen, time.time())

    def on_rebuilt() -> None:
        node = canvas.data.index_of(ref)
        seen = number(canvas.data.labels[node]) if node >= 0 else None
        if seen is not None:
            graph.setdefault(seen, time.time())
            if seen == edits - 1:
                app.quit()

    document.entities_changed.connect(on_changed)
    canvas.data_rebuilt.connect(on_rebuilt)
    QTimer.singleShot(300_000, app.quit)
    app.processEvents()
    print("ready", flush=True)
    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    app.exec()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    document.close()
    print(json.dumps({"index": index, "graph": graph}), flush=True)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "place":
        place(argv[1], argv[2], argv[3], Path(argv[4]))
        return 0
    if argv[0] == "latency":
        latency(argv[1], int(argv[2]), int(argv[3]), argv[4] if len(argv) > 4 else "")
        return 0
    raise SystemExit(f"unknown command {argv[0]!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
