"""Work that waits for a window's first frame (aspdesk.ui.window.first_frame)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import EntityType
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.first_frame import after_first_frame
from aspdesk.ui.window.main_window import MainWindow
from tests.fresh_process import run_script

from .conftest import _opener

pytestmark = pytest.mark.gui


def test_work_waits_for_the_first_frame_then_runs_at_once(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    done: list[str] = []
    after_first_frame(window, lambda: done.append("metrics"))
    after_first_frame(window, lambda: done.append("health"))
    for _ in range(5):
        QApplication.processEvents()
    assert done == []  # not shown, not painted: nothing runs
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: done == ["metrics", "health"])
    after_first_frame(window, lambda: done.append("later"))
    assert done[-1] == "later"  # a map opened into a painted window starts at once


def test_the_work_waits_for_the_paint_not_for_the_update_asked_before_it(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    done: list[str] = []
    after_first_frame(window, lambda: done.append("forms"))
    window.show()
    # Qt asks for an update as it shows the window, before the window system exposes it
    # (a window manager takes a round trip or more): the update paints nothing yet.
    QApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
    QApplication.sendPostedEvents()  # what it would post; the expose waits its turn
    handle = window.windowHandle()
    assert handle is not None and not handle.isExposed()
    assert done == []
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: done == ["forms"])


def _unshown_window(qtbot: QtBot, store: MapStore, tmp_path: Path) -> MainWindow:
    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(Document(store, "en"), settings, _opener(tmp_path / "backups"))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_the_editor_forms_are_made_after_the_first_frame(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    window = _unshown_window(qtbot, sample_store, tmp_path)
    stack = window.form_stack
    assert stack.forms.built() == []  # none before the window is drawn
    assert stack.currentWidget() is window.empty_form
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(stack.forms.built()) == len(EntityType))
    # In the order of the types, as when they were all made with the window.
    order = [stack.widget(i) for i in range(1, stack.count())]
    assert order == [window.forms[t] for t in EntityType]


def test_a_form_wanted_before_the_first_frame_is_made_then(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    window = _unshown_window(qtbot, sample_store, tmp_path)
    actor = window.document.index.all(EntityType.ACTOR)[0]
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id)])
    form = window.forms[EntityType.ACTOR]
    assert window.form_stack.currentWidget() is form and form.entity == actor
    assert window.form_stack.forms.built() == [form]
    window.form_stack.set_editable(False)
    project = window.forms[EntityType.PROJECT]  # made later: as the others, not editable
    assert not form.isEnabled() and not project.isEnabled()
    assert [window.form_stack.widget(i) for i in (1, 2)] == [form, project]


# Starts aspdesk as its command does, and says whether Python's collector runs when the
# main window is made (and whether the imports' objects are frozen) and once the window
# has been drawn (then closes it).
_WATCHED_START = """
import gc, sys
from PySide6.QtCore import QTimer
from aspdesk.cli.main import main
from aspdesk.ui.window.first_frame import after_first_frame
from aspdesk.ui.window.launch import MapWindows

show = MapWindows.show

def watched(windows, document, **kwargs):
    print("built", gc.isenabled(), gc.get_freeze_count() > 100_000)
    window = show(windows, document, **kwargs)

    def drawn():  # after what waits for the first frame
        print("drawn", gc.isenabled(), flush=True)
        window.close()

    after_first_frame(window, lambda: QTimer.singleShot(0, drawn))
    return window

MapWindows.show = watched
sys.exit(main(["--lang", "en", sys.argv[1]]))
"""


def _sample_copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample.aspmap"  # the window saves the places it gives the nodes
    copy.write_bytes(sample_file.read_bytes())
    return copy


def _start(script: str, map_path: Path, tmp_path: Path) -> list[str]:
    """What ``script`` prints, run on ``map_path`` in a process of its own, as aspdesk's
    command runs."""
    return run_script(script, map_path, home=tmp_path / "home", cwd=tmp_path, timeout=120).split()


def test_a_window_start_collects_no_garbage_until_the_window_is_drawn(
    sample_file: Path, tmp_path: Path
) -> None:
    # Python's collector went over the start's objects 350 times (0.12-0.4 s of a start).
    result = _start(_WATCHED_START, _sample_copy(sample_file, tmp_path), tmp_path)
    # ... and never again over what the imports made, frozen once they are done.
    assert result == ["built", "False", "True", "drawn", "True"]


# Starts aspdesk as its command does, and says whether the ORM is loaded when the graph
# has been drawn, and once the window has got ready to write (then ends the process).
_WRITING_START = """
import os, sys
import pyqtgraph
from aspdesk.app.document import Document
from aspdesk.cli.main import main

painting = pyqtgraph.GraphicsView.paintEvent
drawn = []

def painted(view, event):
    painting(view, event)
    drawn.append("sqlalchemy.orm" in sys.modules)

pyqtgraph.GraphicsView.paintEvent = painted
prepare = Document.prepare_writing

def prepared(document):
    prepare(document)
    print(drawn[:1], "sqlalchemy.orm" in sys.modules, flush=True)
    os._exit(0)

Document.prepare_writing = prepared
sys.exit(main(["--lang", "en", sys.argv[1]]) or 3)
"""


def test_the_orm_is_loaded_after_the_graph_is_drawn_not_before(
    sample_file: Path, tmp_path: Path
) -> None:
    # Reading and drawing the map need no ORM (150-230 ms); the first edit does, and so
    # the window loads it once the graph has been drawn, not in the way of the drawing.
    copy = _sample_copy(sample_file, tmp_path)
    first, second = (_start(_WRITING_START, copy, tmp_path) for _ in range(2))
    # The first start writes the places it gives the nodes before drawing them: Core
    # statements, which need no ORM either (aspdesk.store.transactions).
    assert _unplaced(sample_file) > 0 and _unplaced(copy) == 0
    assert first == ["[False]", "True"]
    assert second == ["[False]", "True"]


def _unplaced(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM actors WHERE x IS NULL").fetchone()[0])


# Starts aspdesk as its command does and, once the graph is drawn, says which of the
# modules the first frame does not need are loaded (then ends the process): the export
# machinery, and the panels of the docks tabbed out of sight.
_LATER_START = """
import os, sys
import pyqtgraph
from aspdesk.cli.main import main

LATER = ("aspdesk.graph.export.film", "aspdesk.graph.export.web_map",
         "aspdesk.graph.export.image", "aspdesk.analysis.growth",
         "aspdesk.ui.metrics.panel", "aspdesk.ui.health.panel",
         "aspdesk.ui.health.outcomes_panel")
painting = pyqtgraph.GraphicsView.paintEvent

def painted(view, event):
    painting(view, event)
    canvas = sys.modules["aspdesk.graph.canvas.canvas"]
    if isinstance(view.parent(), canvas.GraphCanvas):
        print("drawn", *(name for name in LATER if name in sys.modules), flush=True)
        os._exit(0)

pyqtgraph.GraphicsView.paintEvent = painted
sys.exit(main(["--lang", "en", sys.argv[1]]) or 3)
"""


def test_what_the_first_frame_does_not_need_loads_when_asked_for_not_at_start(
    sample_file: Path, tmp_path: Path
) -> None:
    # The window's export actions draw through aspdesk.graph.export.sources, which
    # imports the image, film and web map modules only when one is made; the analysis
    # docks import their panels' modules when a panel is made, after the first frame.
    assert _start(_LATER_START, _sample_copy(sample_file, tmp_path), tmp_path) == ["drawn"]
