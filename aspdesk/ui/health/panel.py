"""The Cluster health dock: each cluster and what the health check found, in sentences.

A finding reads as a plain sentence in the UI language, marked by severity with a shape, a
colour and a word (so it reads without colour too). Clicking a finding selects the actors
it names and brings them into view on the graph; clicking a cluster selects the cluster.
The thresholds come from the settings and can be changed with "Rules…"; the findings are
checked again a moment after the map changes, or when the dock comes into view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.health.check import SEVERITIES, Finding, check_clusters
from aspdesk.analysis.health.rules import HELIX_NAMES, HealthRules
from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.ui.health.rules_dialog import RulesDialog

DEBOUNCE_MS = 200
REF_ROLE = Qt.ItemDataRole.UserRole + 1  # a cluster item's Ref
ACTORS_ROLE = Qt.ItemDataRole.UserRole + 2  # a finding's actor ids
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3

SEVERITY_WORDS = {
    "problem": QT_TRANSLATE_NOOP("HealthPanel", "Problem"),
    "warning": QT_TRANSLATE_NOOP("HealthPanel", "Warning"),
    "ok": QT_TRANSLATE_NOOP("HealthPanel", "In order"),
}
# Okabe-Ito vermillion, orange and bluish green; told apart by shape as well.
SEVERITY_COLOURS = {"problem": "#D55E00", "warning": "#E69F00", "ok": "#009E73"}

AskRules = Callable[[HealthRules], "HealthRules | None"]


def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A square for a problem, a triangle for a warning, a circle for what is in order."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#262626"), 1))
    painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
    m = 2.0
    if severity == "problem":
        painter.drawRect(int(m), int(m), int(size - 2 * m), int(size - 2 * m))
    elif severity == "warning":
        path = QPainterPath(QPointF(size / 2, m))
        path.lineTo(size - m, size - m)
        path.lineTo(m, size - m)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    painter.end()
    return QIcon(pixmap)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped sentence (QTreeView measures one line only)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        depth = 2 if index.parent().isValid() else 1
        width = (
            self.tree.header().sectionSize(0)
            - self.tree.indentation() * depth
            - item.decorationSize.width()
            - 16
        )
        flags = int(Qt.TextFlag.TextWordWrap)
        text = QFontMetrics(item.font).boundingRect(
            QRect(0, 0, max(width, 40), 10_000), flags, item.text
        )
        return QSize(hint.width(), max(hint.height(), text.height() + 6))


class HealthPanel(QWidget):
    """A tree of clusters and their findings, with the rules button."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        zoom_to_actors: Callable[[Sequence[int]], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.zoom_to_actors = zoom_to_actors
        self.today = today
        self.ask_rules: AskRules = self._ask_rules_dialog
        self.findings: dict[int, list[Finding]] = {}
        self._stale = True
        self._collapsed: set[int] = set()
        self._icons = {s: severity_icon(s) for s in SEVERITIES}

        note = QLabel(
            self.tr(
                "Each cluster checked against the cluster model. Click a finding to see "
                "its actors on the graph."
            ),
            self,
        )
        note.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Rules…"), self)
        self.rules_button.setToolTip(self.tr("Change what the check asks of a cluster"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.show_ok = QCheckBox(self.tr("Show what is in order"), self)
        self.show_ok.setChecked(True)
        self.show_ok.toggled.connect(self._on_show_ok_toggled)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_clicked)
        self.tree.itemCollapsed.connect(self._on_tree_item_collapsed)
        self.tree.itemExpanded.connect(self._on_tree_item_expanded)
        self.tree.header().sectionResized.connect(self._on_header_section_resized)
        bar = QHBoxLayout()
        bar.addWidget(self.show_ok, 1)
        bar.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        document.entities_changed.connect(self._on_document_entities_changed)

    # -- checking -----------------------------------------------------------------------

    def start(self) -> None:
        """Look at the map for the first time, once changes pause (the window calls this
        after its first frame: :mod:`aspdesk.ui.window.first_frame`)."""
        self._timer.start()

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        self._stale = True
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self.looked_at() or not self.findings:
            self.refresh()

    def follow_dock(self, dock: QDockWidget) -> None:
        """Catch up when ``dock`` (holding this panel) comes into view."""
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.start()

    def looked_at(self) -> bool:
        """Whether the panel is on screen (not behind another tab of its dock)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def refresh(self) -> None:
        """Check every cluster again and show the findings."""
        index = self.document.index
        language = self.document.language
        roles = {t.code: t.label(language) for t in self.document.terms(Vocabulary.CLUSTER_ROLE)}
        kinds = {t.code: t.label(language) for t in self.document.terms(Vocabulary.ACTOR_KIND)}
        helices = {h: QCoreApplication.translate("health", n) for h, n in HELIX_NAMES.items()}
        clusters = [c for c in index.all(EntityType.CLUSTER) if isinstance(c, Cluster)]
        self.findings = check_clusters(
            clusters,
            [a for a in index.all(EntityType.ACTOR) if isinstance(a, Actor)],
            [m for m in index.all(EntityType.MEMBERSHIP) if isinstance(m, Membership)],
            [r for r in index.all(EntityType.RELATIONSHIP) if isinstance(r, Relationship)],
            self.today(),
            self.settings.health_rules,
            role_labels=roles,
            helix_labels=helices,
            kind_labels=kinds,
        )
        self._stale = False
        self._fill(sorted(clusters, key=lambda c: (name_key(c.display_name), c.id or 0)))

    def _fill(self, clusters: Sequence[Cluster]) -> None:
        scroll = self.tree.verticalScrollBar().value()
        self.tree.clear()
        show_ok = self.show_ok.isChecked()
        for cluster in clusters:
            assert cluster.id is not None
            found = self.findings.get(cluster.id, [])
            counts = {s: sum(f.severity == s for f in found) for s in SEVERITIES}
            parts = [
                self.tr("%n problem(s)", "", counts["problem"]),
                self.tr("%n warning(s)", "", counts["warning"]),
            ]
            top = QTreeWidgetItem([f"{cluster.display_name} \N{EM DASH} {', '.join(parts)}"])
            worst = next((s for s in SEVERITIES if counts[s]), "ok")
            top.setIcon(0, self._icons[worst])
            top.setData(0, REF_ROLE, Ref(EntityType.CLUSTER, cluster.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for finding in found:
                if finding.severity == "ok" and not show_ok:
                    continue
                sentence = finding.text(QCoreApplication.translate)
                word = QCoreApplication.translate("HealthPanel", SEVERITY_WORDS[finding.severity])
                child = QTreeWidgetItem([f"{word}: {sentence}"])
                child.setIcon(0, self._icons[finding.severity])
                child.setToolTip(0, sentence)
                child.setData(0, ACTORS_ROLE, list(finding.actor_ids))
                child.setData(0, SEVERITY_ROLE, finding.severity)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(cluster.id not in self._collapsed)
        self.tree.verticalScrollBar().setValue(scroll)

    def _on_show_ok_toggled(self, _on: bool) -> None:
        self.refresh()

    def _on_header_section_resized(self, *_args: object) -> None:
        # Wrapped rows get their heights for the new width.
        self.tree.scheduleDelayedItemsLayout()

    def _on_tree_item_collapsed(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF_ROLE)
        if isinstance(ref, Ref):
            self._collapsed.add(ref.id)

    def _on_tree_item_expanded(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF_ROLE)
        if isinstance(ref, Ref):
            self._collapsed.discard(ref.id)

    # -- showing what a finding is about ------------------------------------------------

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, REF_ROLE)
        if isinstance(ref, Ref):
            self.document.selection.select([ref])
            return
        actor_ids = [int(a) for a in item.data(0, ACTORS_ROLE) or []]
        if not actor_ids:  # a finding about the cluster as a whole: show the cluster
            parent = item.parent()
            if parent is not None:
                self._on_tree_item_clicked(parent)
            return
        self.document.selection.select([Ref(EntityType.ACTOR, a) for a in actor_ids])
        self.zoom_to_actors(actor_ids)

    # -- rules --------------------------------------------------------------------------

    def edit_rules(self) -> None:
        """Let the user change the rules; keep and apply them at once."""
        rules = self.ask_rules(self.settings.health_rules)
        if rules is not None:
            self.settings.health_rules = rules
            self.refresh()

    def _ask_rules_dialog(self, rules: HealthRules) -> HealthRules | None:
        dialog = RulesDialog(rules, self)
        try:
            return dialog.rules() if dialog.exec() == RulesDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
