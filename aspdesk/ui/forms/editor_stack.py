"""The Editor dock's contents for one map: a form per entity type, one shown at a time.

The form shown follows the selection (the selected entity's form, or a note saying what
to select), except while a new entity is being filled in, whose form stays until it is
added or cancelled. The main window makes one stack per map and puts it in its Editor
dock; the Add actions start new entities here.

The forms are made when first wanted, and the rest one by one after the window's first
frame (:meth:`EditorStack.build_rest`): the seven of them (63 fields) took 0.1 s of every
start before anything was shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from aspdesk.app.document import Document
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.ui.forms.entity_form import EntityForm

_ORDER = {entity_type: order for order, entity_type in enumerate(EntityType)}


class Forms(Mapping[EntityType, EntityForm]):
    """The form of each entity type, each made on first use."""

    def __init__(self, make: Callable[[EntityType], EntityForm]) -> None:
        self._make = make
        self._built: dict[EntityType, EntityForm] = {}

    def __getitem__(self, entity_type: EntityType) -> EntityForm:
        form = self._built.get(entity_type)
        if form is None:
            form = self._built[entity_type] = self._make(entity_type)
        return form

    def __iter__(self) -> Iterator[EntityType]:
        return iter(EntityType)

    def __len__(self) -> int:
        return len(EntityType)

    def is_built(self, entity_type: EntityType) -> bool:
        """Whether the form of ``entity_type`` has been made."""
        return entity_type in self._built

    def built(self) -> list[EntityForm]:
        """The forms made so far (the others are made as they are now)."""
        return list(self._built.values())


class EditorStack(QStackedWidget):
    """One form per entity type for ``document``, showing the one that is wanted now."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._editable = True
        self.forms = Forms(self._make_form)
        # The window's translation context, where this text was translated.
        self.empty = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "Select an actor, cluster, project, membership, relationship, contact person "
                "or project partner to edit it here.",
            ),
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.addWidget(self.empty)
        document.selection.selection_changed.connect(self.follow_selection)
        self.follow_selection()

    def _make_form(self, entity_type: EntityType) -> EntityForm:
        form = EntityForm(self.document, entity_type)
        form.setEnabled(self._editable)
        # In the stack's order of types, whichever is made first: as when all were made here.
        later = [f for f in self.forms.built() if _ORDER[f.entity_type] > _ORDER[entity_type]]
        index = min((self.indexOf(f) for f in later), default=self.count())
        self.insertWidget(index, form)
        form.finished.connect(self.follow_selection)
        return form

    def build_rest(self) -> None:
        """Make the forms not made yet, one a turn of the event loop (so that a click or
        a key waits for one form at most); the window calls this after its first frame."""
        waiting = [t for t in EntityType if not self.forms.is_built(t)]
        if waiting:
            self.forms[waiting[0]]
        if len(waiting) > 1:
            QTimer.singleShot(0, self, self.build_rest)

    def follow_selection(self) -> None:
        """Show the form of a new entity being filled in, else of the current selection."""
        for form in self.forms.built():
            if form.is_new:
                self.setCurrentWidget(form)
                return
        current = self.document.selection.current
        if current is None:
            self.setCurrentWidget(self.empty)
            return
        form = self.forms[current.type]
        form.show_entity(current.id)
        self.setCurrentWidget(self.empty if form.entity is None else form)

    def start_new(self, entity_type: EntityType, template: Entity | None) -> None:
        """Show an empty form for a new ``entity_type``, filled in from ``template``."""
        form = self.forms[entity_type]
        for other in self.forms.built():
            other.is_new = False
        self.setCurrentWidget(form)
        form.start_new(template)

    def set_editable(self, editable: bool) -> None:
        """Let the forms be edited, or not (a read-only map)."""
        self._editable = editable
        for form in self.forms.built():
            form.setEnabled(editable)
