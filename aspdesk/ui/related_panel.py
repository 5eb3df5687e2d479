"""The memberships and contact persons of the actor or cluster last chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Contact, EntityType, Membership
from aspdesk.ui.naming import entity_title
from aspdesk.ui.table_models import EntityTableModel
from aspdesk.ui.table_panel import TablePanel


class RelatedPanel(QWidget):
    """A title and two tables that follow the current actor or cluster.

    Choosing a membership or a contact in these tables keeps them on the same actor or
    cluster: they change only when the current item is an actor or a cluster.
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.context: Ref | None = None
        # Models belong to the document, so they go when a replaced map is closed.
        self.membership_model = EntityTableModel(document, EntityType.MEMBERSHIP, document)
        self.contact_model = EntityTableModel(document, EntityType.CONTACT, document)
        self.membership_panel = TablePanel(document, self.membership_model)
        self.contact_panel = TablePanel(document, self.contact_model)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.membership_panel, self.tr("Memberships"))
        self.tabs.addTab(self.contact_panel, self.tr("Contact persons"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("sectionTitle")
        self.title.setIndent(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.show_context(None)
        document.selection.selection_changed.connect(self._on_selection_changed)
        document.privacy_changed.connect(self._on_document_privacy_changed)
        self._on_document_privacy_changed(document.hide_personal)

    def _on_document_privacy_changed(self, hide: bool) -> None:
        self.tabs.setTabVisible(self.tabs.indexOf(self.contact_panel), not hide)

    def _on_selection_changed(self) -> None:
        current = self.document.selection.current
        if current is not None and current.type in (EntityType.ACTOR, EntityType.CLUSTER):
            self.show_context(current)

    def show_context(self, ref: Ref | None) -> None:
        """Show the memberships (and contacts) of the actor or cluster ``ref``."""
        if ref == self.context and ref is not None:
            return
        self.context = ref
        if ref is None:
            self.membership_model.set_row_filter(lambda _e: False)
            self.contact_model.set_row_filter(lambda _e: False)
            self.title.setText(self.tr("Select an actor or a cluster"))
            return
        entity = self.document.index.get(ref.type, ref.id)
        # The column naming the actor (or cluster) itself would repeat one name on every row.
        self.membership_panel.view.setColumnHidden(0, ref.type is EntityType.ACTOR)
        self.membership_panel.view.setColumnHidden(1, ref.type is EntityType.CLUSTER)
        if ref.type is EntityType.ACTOR:
            self.membership_model.set_row_filter(
                lambda e: isinstance(e, Membership) and e.actor_id == ref.id
            )
            self.contact_model.set_row_filter(
                lambda e: isinstance(e, Contact) and e.actor_id == ref.id
            )
        else:
            self.membership_model.set_row_filter(
                lambda e: isinstance(e, Membership) and e.cluster_id == ref.id
            )
            self.contact_model.set_row_filter(lambda _e: False)
        self.title.setText(entity_title(self.document, entity) if entity is not None else "")
