"""Programmes… > Edit…: a programme file's text, checked before anything is written.

The user edits the JSON of one file in the user's programmes folder, beside a short help
on what a file holds and what each rule kind takes. Save reads the text as aspdesk will
(:func:`aspdesk.analysis.consortium.builder.read_programme`): a text that is not a valid programme
is not written, and the problem is shown under the editor, naming the field (or the line
and column of a JSON mistake), with the cursor taken there. A valid text replaces the
file in one step, so the file is never left half written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.consortium.builder import Programme, ProgrammeFileError, read_programme
from aspdesk.analysis.consortium.rules import PARAMETERS, ROLES, RULE_KINDS
from aspdesk.app.style_marks import show_as_error
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.ui.consortium.dialogs import ConsortiumDialogs

_TOKEN = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


def field_position(text: str, field: str) -> tuple[int, int] | None:
    """Where in ``text`` the field ``field`` (as an error names it) is written, if found.

    ``field`` is a path such as ``rules[three_countries].parameters.count``: each name is
    looked for after the one before it, and ``[rule_id]`` finds the rule with that id.
    Returns the line and column (from 1) of the last part found, or None.
    """
    offset, found = 0, None
    for key, index in _TOKEN.findall(field):
        if key:
            pattern = '"' + re.escape(key) + r'"\s*:'
        elif index and not index.isdigit():
            pattern = r'"id"\s*:\s*"' + re.escape(index) + '"'
        else:
            continue  # a position in a list: the name before it is close enough
        match = re.compile(pattern).search(text, offset)
        if match is None:
            break
        offset = found = match.start()
    if found is None:
        return None
    line = text.count("\n", 0, found) + 1
    return line, found - (text.rfind("\n", 0, found) + 1) + 1


def error_position(text: str, error: ProgrammeFileError) -> tuple[int, int] | None:
    """The line and column an error of ``text`` points at, if one is known."""
    line, column = error.values.get("line", ""), error.values.get("column", "")
    if line.isdigit():
        return int(line), int(column) if column.isdigit() else 1
    return field_position(text, error.field) if error.field else None


def file_with_id(folder: Path, programme_id: str, besides: Path) -> Path | None:
    """Another JSON file in ``folder`` (not ``besides``) whose programme id is ``programme_id``.

    Read leniently: a broken file counts by the id it names, if it names one.
    """
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except OSError:
        return None
    for path in paths:
        if path.resolve() == besides.resolve():
            continue
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            continue
        if isinstance(data, dict) and data.get("id") == programme_id:
            return path
    return None


class ProgrammeFileDialog(QDialog):
    """The text of one programme file, with Save (checked first) and Cancel.

    ``saved`` is the programme once a valid text has been written. Closing with changes
    not saved asks first, through ``dialogs`` (a ConsortiumDialogs).
    """

    def __init__(
        self,
        path: Path,
        text: str,
        dialogs: ConsortiumDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.dialogs = dialogs
        self.saved: Programme | None = None
        self._saved_text = text
        self.setWindowTitle(self.tr("Edit programme — {file}").format(file=path.name))
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "The rules of the programme in {path}. Save checks the text first: a file "
                "with a mistake is not saved, and the mistake is shown under the text."
            ).format(path=path)
        )

        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabStopDistance(self.editor.fontMetrics().horizontalAdvance(" ") * 2)
        self.editor.setAccessibleName(self.tr("Programme file"))
        self.editor.setPlainText(text)
        self.editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        self.help = QTextEdit(self)
        self.help.setReadOnly(True)
        self.help.setAccessibleName(self.tr("How a programme file is written"))
        self._fill_help()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.help)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.error = QLabel(self)
        show_as_error(self.error)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.position = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = QAction(self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.triggered.connect(self.save)
        self.addAction(save)

        bottom = QHBoxLayout()
        bottom.addWidget(self.position, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(1080, 720)
        self._on_editor_cursor_position_changed()
        self.editor.setFocus()

    def _fill_help(self) -> None:
        # Inserted as text with formats (never parsed as markup): a bold heading for each
        # rule kind and field, what it means indented under it.
        cursor = QTextCursor(self.help.document())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        blocks = 0

        def paragraph(text: str, form: QTextCharFormat, top: int, indent: int) -> None:
            nonlocal blocks
            block = QTextBlockFormat()
            block.setTopMargin(top if blocks else 0)
            block.setLeftMargin(indent)
            if blocks:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            cursor.insertText(text, form)
            blocks += 1

        for heading, text in self.help_entries():
            if heading:
                paragraph(heading, bold, 10, 0)
                paragraph(text, QTextCharFormat(), 2, 16)
            else:
                paragraph(text, QTextCharFormat(), 10, 0)
        self.help.moveCursor(QTextCursor.MoveOperation.Start)

    def help_entries(self) -> list[tuple[str, str]]:
        """What a programme file holds and what each rule kind takes: (heading, text)."""
        kinds = {
            "min_partners": self.tr('At least "count" partners count.'),
            "min_countries": self.tr(
                'The partners that count come from at least "count" different countries '
                '(only countries in "countries" count, when it is given).'
            ),
            "countries_allowed": self.tr(
                'Every partner that counts is in "countries". Each of the "exceptions" '
                '(with its own "countries" and a "condition" in "en" and "fi") allows '
                "those countries on a condition the user must check."
            ),
            "min_in_set": self.tr('At least "count" partners that count are in "countries".'),
            "kind_required": self.tr(
                'At least "count" (1 when not given) partners that count are of the actor '
                'kinds in "kinds".'
            ),
            "coordinator_in": self.tr(
                'A partner is marked coordinator, and every coordinator is in "countries".'
            ),
            "pic_required": self.tr(
                "Every partner that counts has a nine-digit PIC (Participant Identification Code)."
            ),
        }
        entries = [
            (
                "",
                self.tr(
                    'The file holds one object: "id" (letters a-z, digits, "-" and "_"), '
                    '"name" and "notes" (each with an "en" and a "fi" text, and an "sv" text '
                    'if you like: without one, Swedish shows the English), "checked" (the '
                    "day you last checked the rules against the call text, YYYY-MM-DD), "
                    '"sources" (each with a "title", and "url" and "version" if you like), '
                    '"country_sets" and "rules". Fields whose names start with "_" are '
                    "comments."
                ),
            ),
            (
                "",
                self.tr(
                    'Each rule has an "id", a "kind", a "description" (in "en" and "fi"), '
                    'perhaps a "source", and the "parameters" its kind takes:'
                ),
            ),
        ]
        for kind in RULE_KINDS:
            required, optional = PARAMETERS[kind]
            takes = ", ".join(required)
            if optional:
                extra = self.tr("optional: {fields}").format(fields=", ".join(optional))
                takes = f"{takes}; {extra}" if takes else extra
            entries.append((f"{kind} ({takes})" if takes else kind, kinds[kind]))
        actor_kinds = ", ".join(t.code for t in BUILTIN_TERMS[Vocabulary.ACTOR_KIND])
        entries += [
            (
                "roles",
                self.tr(
                    "The partner roles that count for the rule, of {roles}. When it is not "
                    "given, the coordinator and the partners count. Every kind but "
                    "coordinator_in takes it."
                ).format(roles=", ".join(ROLES)),
            ),
            (
                "only_if_kinds",
                self.tr(
                    'Beside "parameters", a rule may have "only_if_kinds": it then applies '
                    "only when a partner that counts is of one of those actor kinds."
                ),
            ),
            (
                "countries",
                self.tr(
                    "Two-letter country codes in capitals (such as FI, SE) and country sets: "
                    '"eu" for the EU member states, or the id of a set the file defines in '
                    '"country_sets" (each with a "name", its "countries" and perhaps a '
                    '"source").'
                ),
            ),
            (
                "kinds",
                self.tr("Actor kinds, written as codes: {kinds}.").format(kinds=actor_kinds),
            ),
        ]
        return entries

    # -- saving -------------------------------------------------------------------------

    def is_modified(self) -> bool:
        """Whether the text differs from the file as last saved (or as first shown)."""
        return self.editor.toPlainText() != self._saved_text

    def save(self) -> bool:
        """Check the text and write it if it is a valid programme; False if not written."""
        text = self.editor.toPlainText()
        try:
            programme = read_programme(text, self.path.name, origin=str(self.path))
        except ProgrammeFileError as error:
            self.show_error(error.text(QCoreApplication.translate), error_position(text, error))
            return False
        other = file_with_id(self.path.parent, programme.id, self.path)
        if other is not None:
            self.show_error(
                self.tr(
                    "{file}: your file {other} already has the programme id {id}. Give this "
                    'programme an id of its own (the field "id").'
                ).format(file=self.path.name, other=other.name, id=programme.id),
                field_position(text, "id"),
            )
            return False
        try:
            write_bytes_atomically(self.path, text.encode("utf-8"))
        except DataFileError as error:
            self.show_error(
                self.tr("The file was not saved. {reason}").format(
                    reason=error.text(QCoreApplication.translate)
                ),
                None,
            )
            return False
        self.saved = programme
        self._saved_text = text
        self.error.hide()
        self.accept()
        return True

    def show_error(self, text: str, position: tuple[int, int] | None) -> None:
        """Show why the text was not saved, and take the cursor where the problem is."""
        self.error.setText(text)
        self.error.show()
        if position is not None:
            line, column = position
            block = self.editor.document().findBlockByNumber(max(line - 1, 0))
            if block.isValid():
                cursor = QTextCursor(block)
                steps = min(max(column - 1, 0), max(block.length() - 1, 0))
                cursor.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, steps
                )
                self.editor.setTextCursor(cursor)
                self.editor.centerCursor()
        self.editor.setFocus()

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask first if changes would be lost."""
        if self.is_modified():
            details = (
                self.tr("The file stays as it was when last saved.")
                if self.path.exists()
                else self.tr("The new programme is not made.")
            )
            if not self.dialogs.confirm(
                self.tr("Changes not saved"),
                self.tr("Your changes to {file} are not saved. Close without saving them?").format(
                    file=self.path.name
                ),
                details,
                self.tr("Close without saving"),
            ):
                return
        super().reject()

    def _on_editor_cursor_position_changed(self) -> None:
        cursor = self.editor.textCursor()
        self.position.setText(
            self.tr("Line {line}, column {column}").format(
                line=cursor.blockNumber() + 1, column=cursor.positionInBlock() + 1
            )
        )
