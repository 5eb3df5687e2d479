"""One listening client of the live-update benchmark (tests/benchmarks/test_team_live.py).

Run as ``python -m tests.benchmarks.live_client ADDRESS ACTOR_ID EDITS``: opens the team
map as the window does (a Document kept live), says ``ready`` on stdout, and records the
wall-clock time at which its index first holds each edit ``Live k`` of the actor's name.
Prints the times as JSON when it has seen the last edit (or after a minute).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import EntityType
from aspdesk.store.team.address import TeamAddress

PREFIX = "Live "


def main(argv: list[str]) -> int:
    """Follow the map until the last edit arrives; print {edit: seen at} as JSON."""
    address, actor_id, edits = TeamAddress.parse(argv[0])[0], int(argv[1]), int(argv[2])
    app = QCoreApplication([])
    document = open_team_document(address, "", "en")
    seen: dict[int, float] = {}

    def on_changed(type_value: str, ids: list[int]) -> None:
        if type_value != EntityType.ACTOR.value or actor_id not in ids:
            return
        actor = document.index.get(EntityType.ACTOR, actor_id)
        name = actor.display_name if actor is not None else ""
        if name.startswith(PREFIX):
            number = int(name.removeprefix(PREFIX))
            seen.setdefault(number, time.time())
            if number == edits - 1:
                app.quit()

    document.entities_changed.connect(on_changed)
    QTimer.singleShot(60_000, app.quit)
    print("ready", flush=True)
    app.exec()
    document.close()
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
