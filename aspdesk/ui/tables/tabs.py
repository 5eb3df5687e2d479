"""The Tables dock's tabs: the actors, clusters, projects and relationships of one map.

The models belong to the document, so they go when a replaced map is closed. The tab
titles keep the main window's translation context, where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType
from aspdesk.ui.tables.models import EntityTableModel
from aspdesk.ui.tables.panel import TablePanel

TABLE_TYPES = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT, EntityType.RELATIONSHIP)


class TableTabs(QTabWidget):
    """A tab with a searchable table for each of :data:`TABLE_TYPES`."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.models = {t: EntityTableModel(document, t, document) for t in TABLE_TYPES}
        self.tables = {t: TablePanel(document, self.models[t]) for t in TABLE_TYPES}
        titles = {
            EntityType.ACTOR: QCoreApplication.translate("MainWindow", "Actors"),
            EntityType.CLUSTER: QCoreApplication.translate("MainWindow", "Clusters"),
            EntityType.PROJECT: QCoreApplication.translate("MainWindow", "Projects"),
            EntityType.RELATIONSHIP: QCoreApplication.translate("MainWindow", "Relationships"),
        }
        for entity_type, panel in self.tables.items():
            self.addTab(panel, titles[entity_type])
