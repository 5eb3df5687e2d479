"""Names in Swedish and English in the window: edited in the form with undo, shown in the
table and on the graph in a window of that language, and found by the table's search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.graph.canvas.tooltips import node_tooltip
from aspdesk.store.repository import MapStore
from aspdesk.ui.forms.editors import LineEditor
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window

pytestmark = pytest.mark.gui


def _type_into(qtbot: QtBot, editor: LineEditor, text: str) -> None:
    editor.line.setFocus()
    # qtbot.keyClicks aborted the test process on "ö" (offscreen platform), so the text
    # is put in whole and Enter pressed, which commits it as typing does.
    editor.line.setText(text)
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)


def _lapin_liitto(window: MainWindow) -> Actor:
    return next(a for a in window.document.store.actors() if a.name == "Lapin liitto")


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_swedish_name_is_edited_shown_and_searched(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    window = make_window(qtbot, sample_store, tmp_path, language)
    actor = _lapin_liitto(window)
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    form = window.forms[EntityType.ACTOR]
    swedish, english = form.editors["name_sv"], form.editors["name_en"]
    assert isinstance(swedish, LineEditor) and isinstance(english, LineEditor)
    label = form.layout_.labelForField(swedish)
    assert label is not None and label.text() == "Namn på svenska"  # type: ignore[attr-defined]

    _type_into(qtbot, swedish, "Lapplands förbund")
    _type_into(qtbot, english, "Regional Council of Lapland")
    stored = _lapin_liitto(window)
    assert (stored.name_sv, stored.name_en) == ("Lapplands förbund", "Regional Council of Lapland")
    assert window.undo_action.text().endswith("”: Namn på engelska")

    model = window.models[EntityType.ACTOR]
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Lapplands förbund" in names and "Lapin liitto" not in names
    canvas = window.graph.canvas
    # The short name is the label on the graph in every language.
    assert "Lapin liitto" in canvas.data.labels

    panel = window.tables[EntityType.ACTOR]
    panel.search.setText("regional council")
    assert panel.proxy.rowCount() == 1, "found by its English name in a Swedish window"
    panel.search.setText("lapin liitto")
    assert panel.proxy.rowCount() == 1, "and by its main name"

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (_lapin_liitto(window).name_sv, swedish.line.text()) == ("", "")
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Lapin liitto" in names


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_the_graph_labels_an_actor_without_a_short_name_in_the_windows_language(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    actor = next(a for a in sample_store.actors() if a.name == "Lapin liitto")
    sample_store.update(
        EntityType.ACTOR, actor.id or 0, {"short_name": "", "name_sv": "Lapplands förbund"}
    )
    window = make_window(qtbot, sample_store, tmp_path, language)
    labels = window.graph.canvas.data.labels
    assert "Lapplands förbund" in labels and "Lapin liitto" not in labels
    tip = node_tooltip(window.document, Ref(EntityType.ACTOR, actor.id or 0))
    assert tip.startswith("<b>Lapplands förbund</b>")
