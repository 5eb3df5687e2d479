"""The Outcomes dock: what the network gained and lost between two days, as numbers.

:meth:`OutcomesPanel.show_outcomes` shows the numbers of a
:class:`~aspdesk.analysis.timeline.Comparison` (:mod:`aspdesk.analysis.outcomes`): new and
ended ties by type and cluster, new and ended memberships by kind, role and cluster, new
international ties, companies tied to research for the first time, and the health findings
solved and appeared. Clicking a number selects the actors it counts and brings them into
view on the graph, as a health finding does. The panel has its own two dates (default: the
twelve months up to today); another view that compares two days may call
:meth:`show_outcomes` instead. The numbers are counted again a moment after the map changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.health.check import Finding
from aspdesk.analysis.health.rules import HELIX_NAMES
from aspdesk.analysis.outcomes import Counts, Group, Outcomes, outcomes, twelve_months_to
from aspdesk.analysis.timeline import Comparison, Timeline, compare
from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.app.timeline_source import timeline_of
from aspdesk.domain.dates import format_date, qt_date_format
from aspdesk.domain.entities import Cluster, EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.ui.health.panel import WrappingDelegate

DEBOUNCE_MS = 300
ACTORS_ROLE = Qt.ItemDataRole.UserRole + 1  # the actor ids of a number or finding


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OutcomesPanel(QWidget):
    """Two dates and a tree of the numbers between them."""

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
        self.outcomes: Outcomes | None = None
        self._stale = True  # nothing counted yet
        since, until = twelve_months_to(today())
        self.since = QDateEdit(_qdate(since), self)
        self.until = QDateEdit(_qdate(until), self)
        for field in (self.since, self.until):
            field.setCalendarPopup(True)
            field.setDisplayFormat(qt_date_format(document.language))
            field.dateChanged.connect(self._on_field_date_changed)
        note = QLabel(
            self.tr(
                "What changed on the network between the two days. Click a number to see "
                "its actors on the graph."
            ),
            self,
        )
        note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_clicked)
        dates = QFormLayout()
        dates.addRow(self.tr("First day"), self.since)
        dates.addRow(self.tr("Last day"), self.until)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(note)
        layout.addLayout(dates)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        document.entities_changed.connect(self._on_document_entities_changed)

    # -- what to show -------------------------------------------------------------------

    def start(self) -> None:
        """Count for the panel's own dates once changes pause."""
        self._timer.start()

    def period(self) -> tuple[date, date]:
        """The first and last day the date fields give."""
        return _day(self.since.date()), _day(self.until.date())

    def refresh(self) -> None:
        """Count the outcomes of the period in the date fields."""
        since, until = self.period()
        if until < since:
            self.show_outcomes(None)
            self.status.setText(self.tr("The first day comes after the last one."))
            return
        # As in the report: the network the day before the first day against the last day,
        # so what began on the first day counts as new.
        timeline = timeline_of(self.document)
        self.show_outcomes(compare(timeline, since - timedelta(days=1), until), timeline)

    def show_outcomes(
        self, comparison: Comparison | None, timeline: Timeline | None = None
    ) -> None:
        """Show the numbers of ``comparison`` (nothing for None); ``timeline``, the one it
        came from (default: the map's), dates the clusters founded between its days."""
        self.tree.clear()
        self.status.clear()
        self.outcomes = None
        if comparison is None:
            return
        language = self.document.language
        roles = self._labels(Vocabulary.CLUSTER_ROLE)
        kinds = self._labels(Vocabulary.ACTOR_KIND)
        found = outcomes(
            comparison,
            self.settings.health_rules,
            role_labels=roles,
            helix_labels={
                h: QCoreApplication.translate("health", n) for h, n in HELIX_NAMES.items()
            },
            kind_labels=kinds,
            timeline=timeline or timeline_of(self.document),
        )
        self.outcomes = found
        # The days compared, which another view's comparison may have chosen.
        self.status.setText(
            self.tr("The network at the end of {then} against the end of {now}.").format(
                then=format_date(comparison.then.day, language),
                now=format_date(comparison.now.day, language),
            )
        )
        clusters = {
            c.id: c.name_in(language)
            for c in comparison.then.entities.get(EntityType.CLUSTER, {}).values()
            if isinstance(c, Cluster) and c.id is not None
        } | {
            c.id: c.name_in(language)
            for c in comparison.now.entities.get(EntityType.CLUSTER, {}).values()
            if isinstance(c, Cluster) and c.id is not None
        }

        def cluster_name(cluster_id: int) -> str:
            return clusters.get(cluster_id, f"#{cluster_id}")

        types = self._labels(Vocabulary.RELATION_TYPE)
        self._counts(self.tr("New ties"), found.new_ties, types, cluster_name)
        self._counts(self.tr("Ended ties"), found.ended_ties, types, cluster_name)
        self._number(self.tr("New international ties"), found.international)
        self._number(
            self.tr("Companies tied to research for the first time"), found.companies_to_research
        )
        members = self._counts(self.tr("New memberships"), found.new_members, kinds, cluster_name)
        if found.new_members_by_role:
            by_role = QTreeWidgetItem([self.tr("By role")])
            members.addChild(by_role)
            self._groups(by_role, found.new_members_by_role, roles.get)
        self._counts(self.tr("Ended memberships"), found.ended_members, kinds, cluster_name)
        self._findings(self.tr("Health findings solved"), found.solved, cluster_name)
        self._findings(self.tr("Health findings appeared"), found.appeared, cluster_name)

    def _labels(self, vocabulary: Vocabulary) -> dict[str, str]:
        language = self.document.language
        return {t.code: t.label(language) for t in self.document.terms(vocabulary)}

    # -- the tree -----------------------------------------------------------------------

    def _item(self, text: str, count: int, actor_ids: Sequence[int]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{text}: {count}"])
        item.setData(0, ACTORS_ROLE, list(actor_ids))
        return item

    def _number(self, title: str, group: Group) -> QTreeWidgetItem:
        item = self._item(title, group.count, group.actor_ids)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        return item

    def _groups(
        self,
        parent: QTreeWidgetItem,
        groups: Mapping[str, Group] | Mapping[int, Group],
        label: Callable[..., str | None],
    ) -> None:
        named = sorted(
            ((label(key) or str(key), group) for key, group in groups.items()),
            key=lambda pair: name_key(pair[0]),
        )
        for name, group in named:
            parent.addChild(self._item(name, group.count, group.actor_ids))

    def _counts(
        self,
        title: str,
        counts: Counts,
        codes: Mapping[str, str],
        cluster_name: Callable[[int], str],
    ) -> QTreeWidgetItem:
        top = self._number(title, counts.all)
        for heading, groups, label in (
            (self.tr("By type or kind"), counts.by_code, codes.get),
            (self.tr("By cluster"), counts.by_cluster, cluster_name),
        ):
            if groups:
                item = QTreeWidgetItem([heading])
                top.addChild(item)
                self._groups(item, groups, label)
        top.setExpanded(True)
        return top

    def _findings(
        self, title: str, findings: Sequence[Finding], cluster_name: Callable[[int], str]
    ) -> None:
        actors = sorted({a for f in findings for a in f.actor_ids})
        top = self._item(title, len(findings), actors)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        for finding in findings:
            sentence = finding.text(QCoreApplication.translate)
            child = QTreeWidgetItem([f"{cluster_name(finding.cluster_id)}: {sentence}"])
            child.setToolTip(0, sentence)
            child.setData(0, ACTORS_ROLE, list(finding.actor_ids))
            top.addChild(child)

    # -- reacting -----------------------------------------------------------------------

    def _on_field_date_changed(self, _value: QDate) -> None:
        self._timer.start()

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        # Hidden (the dock starts so) or behind another tab, the panel counts when it comes
        # into view: a big map's numbers take a good part of a second.
        if self.looked_at():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def looked_at(self) -> bool:
        """Whether the panel is on screen (not behind another tab of its dock)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def follow_dock(self, dock: QDockWidget) -> None:
        """Catch up when ``dock`` (holding this panel) comes into view."""
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.start()

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        actor_ids = [int(a) for a in item.data(0, ACTORS_ROLE) or []]
        if not actor_ids:
            return
        self.document.selection.select([Ref(EntityType.ACTOR, a) for a in actor_ids])
        self.zoom_to_actors(actor_ids)
