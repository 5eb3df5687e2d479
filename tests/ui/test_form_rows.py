"""An Editor form in a narrow dock: labels go above their fields, never fields cut off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.store.repository import MapStore
from aspdesk.ui.forms.entity_form import EntityForm
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window


def _dock_width(window: MainWindow, width: int) -> None:
    window.resizeDocks([window.form_dock], [width], Qt.Orientation.Horizontal)
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _fields_beyond(form: EntityForm) -> list[str]:
    """The names of shown fields that reach past the form's viewport."""
    viewport = form.rows.scroll.viewport()
    return [
        name
        for name, editor in form.editors.items()
        if editor.isVisible()
        and editor.mapTo(viewport, QPoint(editor.width(), 0)).x() > viewport.width()
    ]


def test_labels_go_above_the_fields_in_a_narrow_dock_and_back_beside_them(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    window = make_window(qtbot, sample_store, tmp_path)
    window.resize(1600, 900)
    project = next(iter(window.document.index.all(EntityType.PROJECT)))
    window.document.selection.select([Ref(EntityType.PROJECT, project.id or 0)])
    form = window.forms[EntityType.PROJECT]
    layout = form.layout_
    call = layout.labelForField(form.editors["call_id"])
    assert call is not None

    _dock_width(window, 420)
    assert layout.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows
    editor = form.editors["call_id"]
    assert call.geometry().right() < editor.geometry().left()  # beside it
    assert _fields_beyond(form) == []

    _dock_width(window, 250)  # narrower than the longest label and a choice side by side
    assert form.rows.scroll.viewport().width() < form.rows.side_by_side_width()
    assert layout.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    assert call.geometry().bottom() < editor.geometry().top()  # above it
    assert _fields_beyond(form) == []
    assert not form.rows.scroll.horizontalScrollBar().isVisible()

    _dock_width(window, 420)
    assert layout.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows
    assert call.geometry().right() < editor.geometry().left()
