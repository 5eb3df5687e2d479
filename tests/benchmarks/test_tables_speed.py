"""How fast the main window opens, edits and selects on a 2,000-actor map.

Prints figures (run with ``-s`` to see them); asserts only what the window shows, never a
time, so a busy machine cannot make it fail.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import EntityType
from aspdesk.store.opening import open_map
from aspdesk.ui.window.main_window import MainWindow

from .generate import generate_map

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]


@pytest.fixture(scope="module")
def big_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    started = time.perf_counter()
    path = generate_map(tmp_path_factory.mktemp("bench") / "big.aspmap", projects=150)
    print(
        "\ngenerate 2,000 actors / 6,000 ties / 150 projects of 8 partners: "
        f"{time.perf_counter() - started:.2f} s"
    )
    return path


def _best(times: list[float]) -> str:
    return f"best {min(times) * 1000:.1f} ms, median {sorted(times)[len(times) // 2] * 1000:.1f} ms"


def test_window_on_a_large_map(qtbot: QtBot, big_map: Path, tmp_path: Path) -> None:
    tracemalloc.start()
    measured = Document(open_map(big_map, tmp_path / "backups"), "en")
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    measured.close()
    print(f"map in memory (index): {held / 2**20:.1f} MiB held, {peak / 2**20:.1f} MiB peak")

    started = time.perf_counter()
    document = Document(open_map(big_map, tmp_path / "backups"), "en")
    window = MainWindow(document, Settings(tmp_path / "s.ini"), lambda p, c: document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    print(f"open map to shown window: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert window.models[EntityType.RELATIONSHIP].rowCount() == 6000

    actors = [a.id for a in document.store.actors()][:40]
    edits = []
    for n, actor_id in enumerate(actors):
        assert actor_id is not None
        started = time.perf_counter()
        document.push(
            EditEntity(
                document, EntityType.ACTOR, actor_id, {"sector": ""}, {"sector": f"S{n}"}, "edit"
            )
        )
        edits.append(time.perf_counter() - started)
    print(f"one field edit (write + all views): {_best(edits)}")

    selects = []
    for actor_id in actors:
        started = time.perf_counter()
        document.selection.select([Ref(EntityType.ACTOR, actor_id or 0)])
        selects.append(time.perf_counter() - started)
    print(f"select an actor (tables, form, memberships): {_best(selects)}")
    assert window.forms[EntityType.ACTOR].editors["sector"].value() == "S39"

    started = time.perf_counter()
    qtbot.keyClicks(window.tables[EntityType.ACTOR].search, "0042")
    print(f"type a 4-letter search: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert window.tables[EntityType.ACTOR].proxy.rowCount() >= 1
