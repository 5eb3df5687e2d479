"""Workshop-safe: personal data hidden on screen and left out of exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import EntityType
from aspdesk.io.snapshot import without_personal_data
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs
from .status_bar import status_said

pytestmark = pytest.mark.gui


def test_the_switch_hides_personal_fields_and_contacts(qtbot: QtBot, window: MainWindow) -> None:
    form = window.forms[EntityType.ACTOR]
    layout = form.layout_
    assert layout.isRowVisible(form.editors["email"])
    window.privacy.action.trigger()

    assert window.document.hide_personal and window.settings.hide_personal
    assert window.privacy.note.isVisible()
    for name in ("email", "phone", "notes"):
        assert not layout.isRowVisible(form.editors[name])
    assert layout.isRowVisible(form.editors["name"])
    contacts = window.related.tabs.indexOf(window.related.contact_panel)
    assert not window.related.tabs.isTabVisible(contacts)

    window.privacy.action.trigger()
    assert layout.isRowVisible(form.editors["email"])
    assert window.related.tabs.isTabVisible(contacts)


def test_exports_leave_personal_data_out(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    full = snapshot_of(window.document.store)
    assert full.contacts, "the sample has a contact person"
    window.privacy.action.trigger()
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "safe.json"
    dialogs.paths = [target]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    said = status_said(window)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["contacts"] == []
    assert all(a["email"] == "" and a["phone"] == "" and a["notes"] == "" for a in data["actors"])
    assert len(data["actors"]) == len(full.actors)
    assert any("without personal data" in text for text in said), said


def test_without_personal_data_keeps_everything_else(window: MainWindow) -> None:
    full = snapshot_of(window.document.store)
    safe = without_personal_data(full)
    assert safe.contacts == ()
    assert [a.name for a in safe.actors] == [a.name for a in full.actors]
    assert [a.business_id for a in safe.actors] == [a.business_id for a in full.actors]
    assert [(r.source_id, r.target_id, r.type) for r in safe.relationships] == [
        (r.source_id, r.target_id, r.type) for r in full.relationships
    ]
    assert all(r.notes == "" for r in safe.relationships)
