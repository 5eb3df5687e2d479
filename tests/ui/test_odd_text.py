"""Very long names, right-to-left marks, Sámi letters and emoji in every text field are
stored, exported and shown as typed; control characters are refused by the form with a
message, and never break an export."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.validation import NAME_MAX_LENGTH, SHORT_NAME_MAX_LENGTH, validate
from aspdesk.domain.vocabulary import Vocabulary, builtin_codes
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.formats import export_snapshot
from aspdesk.io.json_backup import read_json
from aspdesk.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

ODD = "\u200fשלום Áltá Čáhci Đuoddara Ŋuorra Šiida Ŧeahkka Žá 🦌🏔️ 👩🏽‍🔬 " + "pitkä " * 800
TEXT_FIELDS = ("name", "short_name", "description", "municipality", "sector", "notes")


def _odd_actor() -> Actor:
    """Every text field full of odd text, names as long as the forms allow."""
    limits = {"name": NAME_MAX_LENGTH, "short_name": SHORT_NAME_MAX_LENGTH}
    values = {name: f"{name}: {ODD}"[: limits.get(name, 100_000)] for name in TEXT_FIELDS}
    return Actor(**values, tags=("🦌 poro", "\u200f‏תג"))  # type: ignore[arg-type]


def test_odd_text_is_stored_shown_and_exported_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    document = window.document
    actor = _odd_actor()
    known = {v: builtin_codes(v) for v in Vocabulary}
    assert validate(actor, known) == [], "long, right-to-left and emoji text is valid"
    too_long = {e.field for e in validate(replace(actor, name=actor.name + "x"), known)}
    assert too_long == {"name"}, "one character over the limit gets a message"
    command = AddEntity(document, actor, "Add")
    assert document.push(command)
    stored = document.store.get(EntityType.ACTOR, command.ref.id)
    assert isinstance(stored, Actor)
    for name in (*TEXT_FIELDS, "tags"):
        assert getattr(stored, name) == getattr(actor, name), name

    # shown: the table's cell and the form's field hold the same text
    model = window.models[EntityType.ACTOR]
    texts = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert actor.name in texts
    document.selection.select([command.ref])
    form = window.forms[EntityType.ACTOR]
    form.show_entity(command.ref.id)
    assert form.editors["name"].value() == actor.name
    window.graph.canvas.rebuild()
    assert not window.graph.grab().isNull()

    # exported: JSON reads back exactly; XLSX and GraphML are written
    backup = tmp_path / "odd.json"
    export_snapshot(snapshot_of(document.store), backup)
    again = next(a for a in read_json(backup).actors if a.id == command.ref.id)
    for name in (*TEXT_FIELDS, "tags"):
        assert getattr(again, name) == getattr(actor, name), name
    assert ODD.strip()[:20] in json.loads(backup.read_text(encoding="utf-8"))["actors"][-1]["name"]
    for suffix in (".xlsx", ".graphml", ".gexf"):
        export_snapshot(snapshot_of(document.store), tmp_path / f"odd{suffix}")


def test_control_characters_are_refused_by_the_form_but_never_break_an_export(
    window: MainWindow, tmp_path: Path
) -> None:
    known = {v: builtin_codes(v) for v in Vocabulary}
    bell = Actor(name="Kello\x07 Oy", notes="rivi\nrivi\x1b[31m")
    errors = {e.field for e in validate(bell, known)}
    assert errors == {"name", "notes"}
    # data that got in some other way (an old file) still exports
    document = window.document
    assert document.push(AddEntity(document, bell, "Add"))
    for suffix in (".json", ".xlsx", ".csv", ".graphml", ".gexf"):
        export_snapshot(snapshot_of(document.store), tmp_path / f"bell{suffix}")
    assert (tmp_path / "bell" / "actors.csv").is_file() and (tmp_path / "bell.xlsx").is_file()
    # the backup holds it as it is, and reading it back names the place to mend
    assert "Kello\\u0007 Oy" in (tmp_path / "bell.json").read_text(encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        read_json(tmp_path / "bell.json")
    assert raised.value.where.endswith(".name") and "control character" in raised.value.text()
