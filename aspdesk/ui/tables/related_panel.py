"""What belongs to the actor, cluster or project last chosen: memberships, contact persons,
project partnerships."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.style_marks import make_title
from aspdesk.domain.entities import Contact, EntityType, Membership, ProjectPartner
from aspdesk.ui.forms.amounts import format_percent
from aspdesk.ui.forms.naming import entity_title
from aspdesk.ui.tables.models import EntityTableModel
from aspdesk.ui.tables.panel import TablePanel

_CONTEXT_TYPES = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)
# Columns of the partner table: the project, the organisation, the role, the share.
_PROJECT_COLUMN, _ORGANISATION_COLUMN, _ROLE_COLUMN, _SHARE_COLUMN = range(4)


class RelatedPanel(QWidget):
    """A title and tables that follow the current actor, cluster or project.

    An actor shows its memberships, contact persons and the projects it is a partner in;
    a cluster its memberships; a project its partners and their total budget share.
    Choosing a row in these tables keeps them on the same actor, cluster or project: they
    change only when the current item is one of those.
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.context: Ref | None = None
        # Models belong to the document, so they go when a replaced map is closed.
        self.membership_model = EntityTableModel(document, EntityType.MEMBERSHIP, document)
        self.contact_model = EntityTableModel(document, EntityType.CONTACT, document)
        self.partner_model = EntityTableModel(document, EntityType.PROJECT_PARTNER, document)
        self.membership_panel = TablePanel(document, self.membership_model)
        self.contact_panel = TablePanel(document, self.contact_model)
        self.partner_panel = TablePanel(document, self.partner_model)
        # A narrow dock: name and role share the room, the share keeps its figures whole.
        header = self.partner_panel.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (_PROJECT_COLUMN, _ORGANISATION_COLUMN, _ROLE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_SHARE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.partner_total = QLabel(self)
        self.partner_total.setTextFormat(Qt.TextFormat.PlainText)
        self.partner_total.setWordWrap(True)
        self.partner_total.setIndent(6)
        self.partner_page = QWidget(self)
        page_layout = QVBoxLayout(self.partner_page)
        page_layout.setContentsMargins(0, 0, 0, 4)
        page_layout.addWidget(self.partner_panel, 1)
        page_layout.addWidget(self.partner_total)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.membership_panel, self.tr("Memberships"))
        self.tabs.addTab(self.contact_panel, self.tr("Contact persons"))
        self.tabs.addTab(self.partner_page, self.tr("Projects"))
        # The tab chosen for actors and clusters, taken back after a project was shown.
        self._usual_tab = 0
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        make_title(self.title)
        self.title.setWordWrap(True)  # a long name must not widen the dock
        self.title.setIndent(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.show_context(None)
        document.selection.selection_changed.connect(self._on_selection_changed)
        document.privacy_changed.connect(self._on_document_privacy_changed)
        document.entities_changed.connect(self._on_document_entities_changed)

    def _on_document_privacy_changed(self, _hide: bool) -> None:
        self._update_tabs(self.context.type if self.context is not None else None)

    def _on_selection_changed(self) -> None:
        current = self.document.selection.current
        if current is not None and current.type in _CONTEXT_TYPES:
            self.show_context(current)

    def _on_document_entities_changed(self, type_value: str, ids: list[int]) -> None:
        context = self.context
        if context is None:
            return
        if type_value == context.type.value and context.id in ids:
            self._update_title()
        if type_value == EntityType.PROJECT_PARTNER.value:
            self._update_total()

    def _update_tabs(self, previous: EntityType | None) -> None:
        """Show the tabs that fit the context (and privacy), naming the partner tab.

        ``previous`` is the type of the context before: leaving a project goes back to
        the tab that was open before it.
        """
        kind = self.context.type if self.context is not None else None
        project = kind is EntityType.PROJECT
        tabs = self.tabs
        if project and previous is not EntityType.PROJECT:
            self._usual_tab = tabs.currentIndex()
        tabs.setTabVisible(tabs.indexOf(self.membership_panel), not project)
        contacts = not project and not self.document.hide_personal
        tabs.setTabVisible(tabs.indexOf(self.contact_panel), contacts)
        tabs.setTabVisible(tabs.indexOf(self.partner_page), kind is not EntityType.CLUSTER)
        partner_tab = tabs.indexOf(self.partner_page)
        tabs.setTabText(partner_tab, self.tr("Partners") if project else self.tr("Projects"))
        if project:
            tabs.setCurrentWidget(self.partner_page)
        elif previous is EntityType.PROJECT or not tabs.isTabVisible(tabs.currentIndex()):
            tabs.setCurrentIndex(self._usual_tab if tabs.isTabVisible(self._usual_tab) else 0)

    def show_context(self, ref: Ref | None) -> None:
        """Show what belongs to the actor, cluster or project ``ref``."""
        if ref == self.context and ref is not None:
            return
        previous = self.context.type if self.context is not None else None
        self.context = ref
        kind = ref.type if ref is not None else None
        entity_id = ref.id if ref is not None else None

        def membership_filter(e: object) -> bool:
            if not isinstance(e, Membership):
                return False
            return (kind is EntityType.ACTOR and e.actor_id == entity_id) or (
                kind is EntityType.CLUSTER and e.cluster_id == entity_id
            )

        def contact_filter(e: object) -> bool:
            return kind is EntityType.ACTOR and isinstance(e, Contact) and e.actor_id == entity_id

        def partner_filter(e: object) -> bool:
            if not isinstance(e, ProjectPartner):
                return False
            return (kind is EntityType.ACTOR and e.actor_id == entity_id) or (
                kind is EntityType.PROJECT and e.project_id == entity_id
            )

        self.membership_model.set_row_filter(membership_filter)
        self.contact_model.set_row_filter(contact_filter)
        self.partner_model.set_row_filter(partner_filter)
        # The column naming the context itself would repeat one name on every row.
        self.membership_panel.view.setColumnHidden(0, kind is EntityType.ACTOR)
        self.membership_panel.view.setColumnHidden(1, kind is EntityType.CLUSTER)
        self._hide_partner_column(
            _ORGANISATION_COLUMN if kind is EntityType.ACTOR else _PROJECT_COLUMN
        )
        self._update_tabs(previous)
        self._update_title()
        self._update_total()

    def _hide_partner_column(self, hidden: int) -> None:
        view = self.partner_panel.view
        shown = _PROJECT_COLUMN if hidden == _ORGANISATION_COLUMN else _ORGANISATION_COLUMN
        view.setColumnHidden(hidden, True)
        view.setColumnHidden(shown, False)
        # Rows sorted by the hidden column would look unsorted: sort by the shown one.
        if view.horizontalHeader().sortIndicatorSection() == hidden:
            view.sortByColumn(shown, Qt.SortOrder.AscendingOrder)

    def _update_title(self) -> None:
        ref = self.context
        if ref is None:
            self.title.setText(self.tr("Select an actor, a cluster or a project"))
            return
        entity = self.document.index.get(ref.type, ref.id)
        self.title.setText(entity_title(self.document, entity) if entity is not None else "")

    def _update_total(self) -> None:
        """Say how many partners the project has and what their budget shares come to."""
        ref = self.context
        if ref is None or ref.type is not EntityType.PROJECT:
            self.partner_total.hide()
            return
        partners = self.document.index.partners_of(ref.id)
        shares = [p.budget_share for p in partners if p.budget_share is not None]
        parts = [self.tr("%n partner(s)", "", len(partners))]
        if shares:
            total = format_percent(sum(shares), self.document.language)
            parts.append(self.tr("budget shares total {total} %").format(total=total))
            if len(shares) < len(partners):
                parts.append(self.tr("%n without a share", "", len(partners) - len(shares)))
        elif partners:
            parts.append(self.tr("no budget shares entered"))
        self.partner_total.setText(" · ".join(parts))
        self.partner_total.show()
