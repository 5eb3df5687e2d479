"""Programmes… > Edit…: a programme's rules edited in aspdesk, checked before they are saved."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from aspdesk.analysis.consortium.builder import ProgrammeFileError, read_programme
from aspdesk.ui.consortium.window import ConsortiumWindow
from aspdesk.ui.programmes.editor import ProgrammesDialog
from aspdesk.ui.programmes.file_editor import ProgrammeFileDialog, error_position, field_position
from aspdesk.ui.window.main_window import MainWindow
from tests.ui.consortium_helpers import (
    ScriptedConsortiumDialogs,
    actor_named,
    scripted,
)

pytestmark = pytest.mark.gui

EditorScript = Callable[[ProgrammeFileDialog], None]


def _programmes(builder: ConsortiumWindow, manage: Callable[[ProgrammesDialog], None]) -> None:
    """Open Programmes…, do ``manage`` in it, and close it."""

    def run(dialog: QDialog) -> None:
        assert isinstance(dialog, ProgrammesDialog)
        manage(dialog)

    scripted(builder).on_run = run
    builder.picker.programmes_button.click()


def _edit(dialog: ProgrammesDialog, programme_id: str, *steps: EditorScript) -> None:
    """Pick ``programme_id`` and press Edit…; ``steps`` run in the editor, in turn."""
    _open(dialog, dialog.edit, programme_id, *steps)


def _open(
    dialog: ProgrammesDialog, press: Callable[[], None], programme_id: str, *steps: EditorScript
) -> None:
    dialogs = dialog.dialogs
    assert isinstance(dialogs, ScriptedConsortiumDialogs)
    outer = dialogs.on_run

    def in_editor(editor: QDialog) -> None:
        assert isinstance(editor, ProgrammeFileDialog)
        for step in steps:
            step(editor)

    dialogs.on_run = in_editor
    try:
        dialog.select(programme_id)
        press()
    finally:
        dialogs.on_run = outer


def _with_count(text: str, rule_id: str, count: object) -> str:
    data = json.loads(text)
    (rule,) = [r for r in data["rules"] if r["id"] == rule_id]
    rule["parameters"]["count"] = count
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _three_finnish(builder: ConsortiumWindow, window: MainWindow) -> None:
    builder.picker.choose("horizon_europe")
    for name in ("Lapin yliopisto", "Lapin ammattikorkeakoulu", "Digipolis"):
        builder.add_actor(actor_named(window.document, name).id or 0)


def test_a_valid_edit_is_saved_and_the_builder_checks_the_new_rule(
    window: MainWindow, builder: ConsortiumWindow
) -> None:
    _three_finnish(builder, window)
    met, text = builder.rules.texts()["three_entities"]
    assert met and "at least 3" in text
    copy = builder.programmes_folder / "horizon_europe.json"
    seen: dict[str, object] = {}

    def raise_the_count(editor: ProgrammeFileDialog) -> None:
        assert copy.exists(), "a shipped programme is copied before it is edited"
        assert editor.path == copy
        assert "min_partners (count; optional: roles)\n" in editor.help.toPlainText()
        editor.editor.setPlainText(_with_count(editor.editor.toPlainText(), "three_entities", 4))
        assert editor.save()

    def manage(dialog: ProgrammesDialog) -> None:
        _edit(dialog, "horizon_europe", raise_the_count)
        seen["rule"] = builder.rules.texts()["three_entities"]  # behind Programmes, still open

    _programmes(builder, manage)
    assert seen["rule"] == builder.rules.texts()["three_entities"], "shown at once"
    met, text = builder.rules.texts()["three_entities"]
    assert not met and "at least 4" in text
    assert builder.picker.programme_id() == "horizon_europe", "the pick is kept"
    assert "Rules from your file" in builder.picker.checked_label.text()
    assert builder.model.rowCount() == 3
    rules = {r.id: r for r in read_programme(copy.read_bytes()).rules}
    assert rules["three_entities"].count == 4
    assert scripted(builder).errors == []


def test_an_invalid_text_is_not_written_and_the_mistake_is_shown(
    window: MainWindow, builder: ConsortiumWindow
) -> None:
    _three_finnish(builder, window)
    copy = builder.programmes_folder / "horizon_europe.json"
    results: list[tuple[bool, str, str, int]] = []
    original: list[bytes] = []

    def try_to_save(text: Callable[[str], str]) -> EditorScript:
        def step(editor: ProgrammeFileDialog) -> None:
            if not original:
                original.append(copy.read_bytes())
            editor.editor.setPlainText(text(original[0].decode("utf-8")))
            saved = editor.save()
            cursor = editor.editor.textCursor()
            results.append(
                (saved, editor.error.text(), cursor.block().text(), cursor.blockNumber() + 1)
            )

        return step

    def zero_count(text: str) -> str:
        return _with_count(text, "three_entities", 0)

    def lost_comma(text: str) -> str:
        return text.replace('"format": 1,', '"format": 1', 1)

    def cancel(editor: ProgrammeFileDialog) -> None:
        rejected: list[bool] = []
        editor.rejected.connect(lambda: rejected.append(True))
        dialogs = scripted(builder)
        dialogs.answers = [False, True]
        editor.reject()
        assert rejected == [], "the user chose to stay"
        assert "Your changes to horizon_europe.json are not saved" in dialogs.questions[-1]
        editor.reject()
        assert rejected == [True]

    _programmes(
        builder,
        lambda dialog: _edit(
            dialog, "horizon_europe", try_to_save(zero_count), try_to_save(lost_comma), cancel
        ),
    )
    assert copy.read_bytes() == original[0], "nothing was written"
    (saved, error, line, _number), (saved_too, json_error, _text, number) = results
    with pytest.raises(json.JSONDecodeError) as mistake:
        json.loads(lost_comma(original[0].decode("utf-8")))
    assert not saved and not saved_too
    assert error == (
        "horizon_europe.json: The field rules[three_entities].parameters.count must be a "
        "whole number of at least 1."
    )
    assert line.strip() == '"count": 0', "the cursor is on the field"
    where = f"line {mistake.value.lineno}, column {mistake.value.colno}"
    assert json_error.startswith(f"horizon_europe.json: The file is not valid JSON at {where}:")
    assert number == mistake.value.lineno, "the cursor is on the line of the mistake"
    assert builder.rules.texts()["three_entities"][0], "the rules are as before"


def test_a_new_programme_is_made_on_save_and_may_not_take_an_id_in_use(
    builder: ConsortiumWindow,
) -> None:
    folder = builder.programmes_folder
    dialogs = scripted(builder)
    errors: list[str] = []

    def leave(editor: ProgrammeFileDialog) -> None:
        editor.reject()  # untouched: nothing to lose, nothing asked

    def take_the_copy_id(editor: ProgrammeFileDialog) -> None:
        assert not editor.path.exists(), "not written before it is saved"
        data = json.loads(editor.editor.toPlainText())
        assert data["id"] == "oma_ohjelma" and data["name"]["fi"] == "Oma ohjelma"
        editor.editor.setPlainText(json.dumps({**data, "id": "other"}))
        assert not editor.save()
        errors.append(editor.error.text())
        editor.editor.setPlainText(json.dumps({**data, "id": "oma"}))
        assert editor.save()

    def manage(dialog: ProgrammesDialog) -> None:
        _edit(dialog, "other", lambda editor: editor.save())  # the user's copy of "other"
        dialogs.texts = ["Oma ohjelma"]
        _open(dialog, dialog.new_programme, "horizon_europe", leave)
        dialogs.texts = ["Oma ohjelma"]
        _open(dialog, dialog.new_programme, "horizon_europe", take_the_copy_id)

    _programmes(builder, manage)
    assert dialogs.questions == []
    assert errors == [
        "oma_ohjelma.json: your file other.json already has the programme id other. Give "
        'this programme an id of its own (the field "id").'
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["oma_ohjelma.json", "other.json"]
    assert read_programme((folder / "oma_ohjelma.json").read_bytes()).id == "oma"
    assert builder.picker.choose("oma")
    assert builder.picker.combo.currentText() == "Oma ohjelma"


def test_a_file_that_cannot_be_read_is_listed_and_mended_in_the_editor(
    builder: ConsortiumWindow,
) -> None:
    folder = builder.programmes_folder
    folder.mkdir(parents=True)
    broken = folder / "mine.json"
    good = read_programme(
        (Path(__file__).parents[2] / "resources/programmes/other.json").read_bytes()
    )
    text = json.dumps({"id": "mine", "name": {"en": "Mine", "fi": "Oma"}, "checked": "x"})
    broken.write_text(text, encoding="utf-8")
    listed: list[tuple[bool, str]] = []

    def mend(editor: ProgrammeFileDialog) -> None:
        assert editor.editor.toPlainText() == text
        assert not editor.save()
        listed.append((False, editor.error.text()))
        data = json.loads(text)
        notes = {"en": good.notes.en, "fi": good.notes.fi}
        data.update(checked="2026-01-31", notes=notes, rules=[])
        editor.editor.setPlainText(json.dumps(data))
        assert editor.save()

    def manage(dialog: ProgrammesDialog) -> None:
        (item,) = dialog.tree.findItems("mine.json", Qt.MatchFlag.MatchExactly)
        dialog.tree.setCurrentItem(item)
        assert dialog.edit_button.isEnabled() and not dialog.new_button.isEnabled()
        listed.append((True, item.text(1)))
        _open(dialog, dialog.edit, "", mend)

    _programmes(builder, manage)
    assert listed[0] == (True, "cannot be read")
    assert listed[1][1] == "mine.json: The field notes is missing."
    assert builder.picker.choose("mine")
    assert not builder.picker.problems_label.isVisible()


def test_where_a_field_is_written() -> None:
    text = (Path(__file__).parents[2] / "resources/programmes/horizon_europe.json").read_text(
        encoding="utf-8"
    )
    lines = text.splitlines()
    line, column = field_position(text, "rules[three_entities].parameters.count") or (0, 0)
    assert lines[line - 1][column - 1 :].startswith('"count": 3')
    assert "three_entities" in "".join(lines[line - 5 : line])
    line, _column = field_position(text, "country_sets.associated.countries[3]") or (0, 0)
    assert lines[line - 1].strip() == '"countries": ['
    rules_line = next(n for n, t in enumerate(lines, start=1) if t.strip() == '"rules": [')
    assert field_position(text, "rules[no_such_rule].kind") == (rules_line, 3), "as near as known"
    assert field_position(text, "nowhere") is None
    error = ProgrammeFileError("x", "f.json", line="7", column="12")
    assert error_position(text, error) == (7, 12)
