"""The Editor dock's contents for one map: a form per entity type, one shown at a time.

The form shown follows the selection (the selected entity's form, or a note saying what
to select), except while a new entity is being filled in, whose form stays until it is
added or cancelled. The main window makes one stack per map and puts it in its Editor
dock; the Add actions start new entities here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from aspdesk.app.document import Document
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.ui.forms.entity_form import EntityForm


class EditorStack(QStackedWidget):
    """One form per entity type for ``document``, showing the one that is wanted now."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.forms = {t: EntityForm(document, t) for t in EntityType}
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
        for form in self.forms.values():
            self.addWidget(form)
            form.finished.connect(self.follow_selection)
        document.selection.selection_changed.connect(self.follow_selection)
        self.follow_selection()

    def follow_selection(self) -> None:
        """Show the form of a new entity being filled in, else of the current selection."""
        for form in self.forms.values():
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
        for other in self.forms.values():
            other.is_new = False
        self.setCurrentWidget(form)
        form.start_new(template)

    def set_editable(self, editable: bool) -> None:
        """Let the forms be edited, or not (a read-only map)."""
        for form in self.forms.values():
            form.setEnabled(editable)
