"""One coordinator's window graph of a team map, in a process of its own: a Document kept
live as the window's is, and a real graph panel of a given size, shown (offscreen).

    python -m tests.team_window_client place URL ROLE WIDTHxHEIGHT FOLDER

``place`` (tests/integration/test_team_live.py): says ``ready`` once its graph is drawn;
an ``adder`` then adds the actor ``NEW`` (no position: each window places it) once
``FOLDER/go`` exists. Every client notes each place its graph draws that actor at (after
each rebuild of the picture, and every 10 ms between), says ``seen`` the first time, and
when ``FOLDER/stop`` holds a change set number and the client has caught up to it, prints
the places it drew, in order, as JSON, and ends.
"""

from __future__ import annotations

import json
import os
import sys
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


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "place":
        place(argv[1], argv[2], argv[3], Path(argv[4]))
        return 0
    raise SystemExit(f"unknown command {argv[0]!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
