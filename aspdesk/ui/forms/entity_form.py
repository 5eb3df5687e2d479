"""The editor form of one entity type: edit the current entity or fill in a new one.

Editing an existing entity commits each field when its editing finishes, as one undoable
step, and only when the field is valid; a field in error is marked, says why and is not
written. A new entity is written once, by Add (or Enter in a field), when the whole form is
valid; a new membership is offered the role its actor's kind usually has
(:data:`aspdesk.domain.vocabulary.ROLE_FOR_KIND`) until the user picks one.

What is wrong is said below the fields, in room the form always keeps for it (a hint
about the form fills it otherwise), so a message never moves a field: one shown under
its field pushed the fields below away from the mouse that was about to click one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.collation import name_key
from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.style_marks import FORM_TITLE_PT, make_title, show_as_error
from aspdesk.domain.entities import ENTITY_CLASSES, Actor, Entity, EntityType
from aspdesk.domain.privacy import is_personal
from aspdesk.domain.validation import FieldError, validate
from aspdesk.domain.vocabulary import Vocabulary, proposed_role
from aspdesk.ui.forms.editors import (
    CheckEditor,
    ChoiceEditor,
    ClustersEditor,
    ColourEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    SpinEditor,
    TagsEditor,
    TextEditor,
)
from aspdesk.ui.forms.fields import FORM_FIELDS, FieldSpec, entity_noun
from aspdesk.ui.forms.history import HISTORY_TYPES, HistoryPanel
from aspdesk.ui.forms.naming import entity_title
from aspdesk.ui.forms.number_editors import AmountEditor, PercentEditor
from aspdesk.ui.forms.row_wrapping import RowWrapping

# Editor kinds that list other entities of the map.
_REFERENCE_KINDS = ("actor", "cluster", "project")
# The entities an editor kind lists ("actor?" and "clusters" too, by their start).
_LISTED = {
    "actor": EntityType.ACTOR,
    "cluster": EntityType.CLUSTER,
    "project": EntityType.PROJECT,
}


def _translate_validation(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class EntityForm(QWidget):
    """Form for one entity type. ``finished`` is emitted after Add or Cancel of a new one."""

    finished = Signal()

    def __init__(self, document: Document, entity_type: EntityType, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.entity_type = entity_type
        self.entity: Entity | None = None
        self.is_new = False
        self.editors: dict[str, FieldEditor] = {}
        self.specs: dict[str, FieldSpec] = {}

        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        make_title(self.title, FORM_TITLE_PT)
        outer.addWidget(self.title)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Fields shrink to the dock's width, and where labels and fields no longer fit side
        # by side the labels go above them (RowWrapping); only a dock narrower than a
        # field's least width scrolls sideways, so nothing is ever cut off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget(scroll)
        self.layout_ = QFormLayout(body)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in FORM_FIELDS[entity_type]:
            editor = self._make_editor(spec, body)
            editor.committed.connect(self._on_editor_committed)
            editor.error_changed.connect(self._on_editor_error_changed)
            label = spec.translated_label() + (" *" if spec.required else "")
            self.layout_.addRow(label, editor)
            self.editors[spec.name] = editor
            self.specs[spec.name] = spec
        scroll.setWidget(body)
        self.rows = RowWrapping(self.layout_, scroll)
        # Actors, clusters, ties and projects show their change log in a tab of its own.
        self.history: HistoryPanel | None = None
        self.tabs: QTabWidget | None = None
        if entity_type in HISTORY_TYPES:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(scroll, self.tr("Details"))
            self.history = HistoryPanel(document, entity_type, self.editors, self.specs, self)
            self.tabs.addTab(self.history, self.tr("History"))
            outer.addWidget(self.tabs, 1)
        else:
            outer.addWidget(scroll, 1)

        # What is wrong, or a hint about the form; it never takes room from the fields
        # above it when it grows, since they are laid out from the top of the scroll area.
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 4)
        outer.addWidget(self.message)
        self._role_chosen = False  # a new membership's role, chosen by the user

        self.buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self.buttons.hide()
        outer.addWidget(self.buttons)

        # The types whose changes alter the lists of this form.
        self._listed = {
            listed
            for spec in self.specs.values()
            for kind, listed in _LISTED.items()
            if spec.editor.startswith(kind)
        }
        # The lists are filled when the form is first shown: seven forms sorting 10,000
        # actors' names each cost 2 s of a big map's opening.
        self._choices_stale = True
        # A field being typed in when the thing changed under it (another editor on a team
        # map): the value the user saw before typing, which their edit then expects.
        self._seen: dict[str, Any] = {}
        document.entities_changed.connect(self._on_document_entities_changed)
        document.privacy_changed.connect(self._on_document_privacy_changed)
        self._on_document_privacy_changed(document.hide_personal)

    def _on_document_privacy_changed(self, hide: bool) -> None:
        # Personal fields leave the form altogether: an empty box would still invite typing.
        for name, editor in self.editors.items():
            if is_personal(self.entity_type, name) and name != "actor_id":
                self.layout_.setRowVisible(editor, not hide)
        self.rows.fit()

    # -- building -----------------------------------------------------------------------

    def _make_editor(self, spec: FieldSpec, parent: QWidget) -> FieldEditor:
        kind = spec.editor
        if kind == "text":
            return TextEditor(spec.name, parent)
        if kind == "tags":
            return TagsEditor(spec.name, parent)
        if kind == "date":
            return DateEditor(spec.name, self.document.language, parent)
        if kind == "colour":
            return ColourEditor(spec.name, parent)
        if kind == "amount":
            return AmountEditor(spec.name, self.document.language, parent)
        if kind == "percent":
            return PercentEditor(spec.name, self.document.language, parent)
        if kind == "clusters":
            return ClustersEditor(spec.name, parent)
        if kind == "spin":
            return SpinEditor(spec.name, 1, 5, parent)
        if kind == "check":
            return CheckEditor(spec.name, self.tr("from → to"), parent)
        if kind in _REFERENCE_KINDS:
            return ChoiceEditor(spec.name, parent, empty=0)
        if kind in {"vocab", "vocab?"}:
            return ChoiceEditor(spec.name, parent, empty="")
        if kind == "actor?":
            return ChoiceEditor(spec.name, parent)
        # A grey example that cannot be mistaken for a value.
        examples = {
            "business_id": "1234567-8",
            "pic": "999999999",
            "country": "FI",
            "website": "www.example.fi",
        }
        example = examples.get(spec.name)
        placeholder = self.tr("e.g. {example}").format(example=example) if example else ""
        return LineEditor(spec.name, parent, placeholder)

    def refresh_choices(self) -> None:
        """Fill the choice lists from the map (vocabularies, actors, clusters, projects)."""
        language = self.document.language
        actors: list[tuple[str, Any]] | None = None
        for name, spec in self.specs.items():
            editor = self.editors[name]
            if isinstance(editor, ClustersEditor):
                editor.set_choices(self._named(EntityType.CLUSTER))
            if not isinstance(editor, ChoiceEditor):
                continue
            choices: list[tuple[str, Any]] = []
            if spec.editor.endswith("?"):
                choices.append(("—", "" if spec.vocabulary else None))
            if spec.vocabulary is not None:
                choices += [
                    (t.label(language), t.code) for t in self.document.terms(spec.vocabulary)
                ]
            elif spec.editor.startswith("actor"):
                if actors is None:
                    actors = self._named(EntityType.ACTOR)
                choices += actors
            elif spec.editor == "project":
                choices += self._named(EntityType.PROJECT)
            else:
                choices += self._named(EntityType.CLUSTER)
            editor.set_choices(choices)
        self._choices_stale = False

    def _named(self, entity_type: EntityType) -> list[tuple[str, Any]]:
        entities = self.document.index.all(entity_type)
        if entity_type is EntityType.PROJECT:
            # "ASP — Arctic Smartness Portfolio": people know projects by their acronyms.
            pairs = [(entity_title(self.document, e), e.id) for e in entities]
        else:
            pairs = [(getattr(e, "name", ""), e.id) for e in entities]
        return sorted(pairs, key=lambda pair: name_key(str(pair[0])))

    # -- showing ------------------------------------------------------------------------

    def show_entity(self, entity_id: int | None) -> None:
        """Show the stored entity ``entity_id`` for editing (None: show nothing)."""
        self.is_new = False
        self.buttons.hide()
        self._seen = {}
        self.entity = self.document.index.get(self.entity_type, entity_id)
        self._show_values()

    def start_new(self, template: Entity | None = None) -> None:
        """Show an empty form (or ``template``'s values) for a new entity."""
        self.is_new = True
        self.entity = template or ENTITY_CLASSES[self.entity_type]()
        self._role_chosen = False
        self.buttons.show()
        self._show_values()
        self._propose_role()
        self.editors[FORM_FIELDS[self.entity_type][0].name].setFocus()

    def _propose_role(self) -> None:
        """Offer a new membership the role its actor's kind usually has (a university:
        research and education partner), unless the user has chosen one."""
        if not self.is_new or self.entity_type is not EntityType.MEMBERSHIP or self._role_chosen:
            return
        actor = self.document.index.get(EntityType.ACTOR, self.editors["actor_id"].value())
        if not isinstance(actor, Actor):
            return
        roles = {t.code for t in self.document.terms(Vocabulary.CLUSTER_ROLE)}
        role = proposed_role(actor.kind, roles)
        if role is not None:
            self.editors["role"].set_value(role)

    def _show_values(self, typing: frozenset[str] = frozenset()) -> None:
        """Show the entity's values, but in the fields of ``typing``: what the user is
        typing there stays as it is."""
        if self._choices_stale:
            self.refresh_choices()
        entity = self.entity
        noun = entity_noun(self.entity_type)
        if entity is None:
            self.title.setText("")
        elif self.is_new:
            self.title.setText(self.tr("New {noun}").format(noun=noun))
        else:
            self.title.setText(entity_title(self.document, entity))
        for name, editor in self.editors.items():
            if name in typing:
                continue
            editor.set_error("")
            if entity is not None:
                editor.set_value(getattr(entity, name))
            editor.setEnabled(entity is not None)
        if self.history is not None and self.tabs is not None:
            stored = entity is not None and not self.is_new and entity.id is not None
            self.tabs.setTabEnabled(1, stored)
            if not stored:
                self.tabs.setCurrentIndex(0)
            self.history.show_entity(entity.id if stored and entity is not None else None)
        self._show_message()

    def _on_editor_error_changed(self, _name: str) -> None:
        self._show_message()

    def _show_message(self) -> None:
        """Say what is wrong, field by field in the form's order; else a hint."""
        wrong = [
            self.tr("{field}: {message}").format(
                field=self.specs[name].translated_label(), message=editor.error
            )
            for name, editor in self.editors.items()
            if editor.error
        ]
        if wrong:
            text = "\n".join(wrong)
        elif self.entity is None:
            text = ""
        elif self.is_new:
            if any(spec.required for spec in self.specs.values()):
                text = self.tr("Fields marked * must be filled in. Enter or Add adds the {noun}.")
            else:
                text = self.tr("Enter or Add adds the {noun}.")
            text = text.format(noun=entity_noun(self.entity_type))
        else:
            text = self.tr("Each field is saved when you leave it; Undo takes it back.")
        self.message.setText(text)
        self.message.setProperty("invalid", bool(wrong))
        show_as_error(self.message, bool(wrong))
        self._fit_message()

    def _fit_message(self) -> None:
        # A wrapped label is given the height of its unwrapped text; ask for what the
        # lines need at the label's width, so no line of a long message is cut off.
        label = self.message
        needed = label.heightForWidth(label.width()) if label.width() > 0 else -1
        label.setMinimumHeight(max(needed, label.fontMetrics().lineSpacing() * 3 + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_message()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter in a field of a new entity presses Add, as in a dialog. The fields pass
        # Enter on (a line edit after saying its editing finished); the notes keep it
        # for a new line, and a focused button presses itself.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = self.focusWidget()
        in_buttons = focus is not None and self.buttons.isAncestorOf(focus)
        if enter and self.is_new and not in_buttons and self.add_button.isVisible():
            self.add_button.click()
            return
        super().keyPressEvent(event)

    # -- editing ------------------------------------------------------------------------

    def _read(self, name: str) -> tuple[bool, Any]:
        editor = self.editors[name]
        try:
            return True, editor.value()
        except ValueError:
            # Only dates and numbers are read from text; a number editor knows its hint.
            hint = editor.format_hint()
            editor.set_error(hint or self.tr("Write the date as 1.3.2016 or 2016-03-01."))
            return False, None

    def _validate(self, entity: Entity) -> list[FieldError]:
        others: tuple[Entity, ...] = ()
        if self.entity_type is EntityType.PROJECT_PARTNER:
            # The shares of one project's partners, and an actor once per project.
            others = tuple(self.document.index.all(EntityType.PROJECT_PARTNER))
        return validate(entity, self.document.codes(), others)

    def _errors_for(
        self, candidate: Entity, names: set[str], baseline: Entity | None = None
    ) -> bool:
        """Mark the errors of ``names`` in ``candidate``; True when there are any.

        Editing one field can make another wrong (a start after the end, a budget below
        the grant, a partner moved into a project whose shares are taken): such an error,
        which ``baseline`` (the entity before the edit) did not have, refuses the edit too
        and is told at the field edited, since that is the value not written. Errors the
        entity had before stay where they were.
        """
        found = False
        errors = self._validate(candidate)
        caused: list[FieldError] = []
        if baseline is not None:
            before = set(self._validate(baseline))
            caused = [e for e in errors if e.field not in names and e not in before]
        for name in names:
            own = [e for e in errors if e.field == name]
            messages = [e.text(_translate_validation) for e in own + caused]
            self.editors[name].set_error(" ".join(messages))
            found = found or bool(messages)
        return found

    def _on_editor_committed(self, name: str) -> None:
        if self.entity is None:
            return
        if self.is_new and self.entity_type is EntityType.MEMBERSHIP:
            if name == "role":
                self._role_chosen = True
            elif name == "actor_id":
                self._propose_role()
        ok, value = self._read(name)
        if not ok:
            return
        baseline = self._typed_so_far(name) if self.is_new else self.entity
        candidate = replace(baseline, **{name: value})
        if self._errors_for(candidate, {name}, baseline) or self.is_new:
            return
        shown = getattr(self.entity, name)
        old = self._seen.pop(name, shown)  # what the user saw when they began typing
        if value in (old, shown) or self.entity.id is None:
            if value == old != shown:  # typed back to what they saw: theirs shows
                self.editors[name].set_value(shown)
            return
        before: dict[str, Any] = {name: old}
        if isinstance(self.entity, Actor):
            before["updated_at"] = self.entity.updated_at
        text = self.tr("Edit “{name}”: {field}").format(
            field=self.specs[name].translated_label(),
            name=entity_title(self.document, self.entity),
        )
        command = EditEntity(
            self.document,
            self.entity_type,
            self.entity.id,
            before,
            {name: value},
            text,
            merge=self.specs[name].editor == "spin",
        )
        if not self.document.push(command):
            # As the map holds it now: another user's value, when the edit met theirs.
            self.editors[name].set_value(getattr(self.entity, name))

    def _typed_so_far(self, leave_out: str) -> Entity:
        """A new entity as the form shows it, but for ``leave_out`` and unreadable fields."""
        assert self.entity is not None
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if name == leave_out:
                continue
            try:
                values[name] = editor.value()
            except ValueError:
                continue  # marked when it was typed
        return replace(self.entity, **values)

    def _on_buttons_accepted(self) -> None:
        if self.entity is None:
            return
        values: dict[str, Any] = {}
        readable = True
        for name in self.editors:
            ok, value = self._read(name)
            readable = readable and ok
            values[name] = value
        if not readable:
            return
        candidate = replace(self.entity, **values)
        if self._errors_for(candidate, set(self.editors)):
            return
        text = self.tr("Add {noun} “{name}”").format(
            noun=entity_noun(self.entity_type), name=entity_title(self.document, candidate)
        )
        command = AddEntity(self.document, candidate, text)
        if self.document.push(command):
            self.is_new = False
            self.buttons.hide()
            self.document.selection.select([command.ref])
            self.finished.emit()

    def _on_buttons_rejected(self) -> None:
        self.is_new = False
        self.buttons.hide()
        self.entity = None
        self._show_values()
        self.finished.emit()

    # -- keeping in step ----------------------------------------------------------------

    def _on_document_entities_changed(self, type_value: str, ids: list[int]) -> None:
        entity_type = EntityType(type_value)
        if entity_type in self._listed:
            # Rebuilding lists of thousands of actors on every edit would make typing lag:
            # a hidden form refreshes when it is next shown.
            if self.isVisible():
                self.refresh_choices()
            else:
                self._choices_stale = True
        if self.is_new or self.entity is None or entity_type is not self.entity_type:
            return
        if self.entity.id in ids:
            # Read again, keeping what the user is typing: committed, it expects the value
            # they saw, so it meets another editor's change as a conflict, never over it.
            typing = self._typing()
            for name in typing:
                self._seen.setdefault(name, getattr(self.entity, name))
            self.entity = self.document.index.get(self.entity_type, self.entity.id)
            self._show_values(typing)

    def _typing(self) -> frozenset[str]:
        """The field with the keyboard focus, when it holds something other than the value
        shown (typed and not yet committed)."""
        focus = QApplication.focusWidget()
        if self.entity is None or focus is None:
            return frozenset()
        for name, editor in self.editors.items():
            if editor is focus or editor.isAncestorOf(focus):
                try:
                    typed = editor.value()
                except ValueError:  # unreadable so far: certainly typed
                    return frozenset({name})
                return frozenset({name}) if typed != getattr(self.entity, name) else frozenset()
        return frozenset()

    def current_ref(self) -> Ref | None:
        """The stored entity shown, if any."""
        if self.entity is None or self.entity.id is None or self.is_new:
            return None
        return Ref(self.entity_type, self.entity.id)
