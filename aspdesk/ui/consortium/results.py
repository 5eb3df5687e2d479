"""The builder's two lists: each rule met or not, and the actors suggested to fill gaps.

A rule reads as a word and a shape as well as a colour ("Met" with a green circle, "Not
met" with a vermilion square), so it reads without colour too. Texts are set as item
text, which Qt never takes for markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from aspdesk.analysis.consortium.builder import RuleResult, Suggestion
from aspdesk.analysis.consortium.messages import Translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.ui.health.panel import WrappingDelegate, severity_icon

ACTORS_ROLE = Qt.ItemDataRole.UserRole + 1  # a rule's actor ids; a suggestion's actor id
RULE_ROLE = Qt.ItemDataRole.UserRole + 2  # the rule's id
MET_ROLE = Qt.ItemDataRole.UserRole + 3

MET = QT_TRANSLATE_NOOP("ConsortiumResults", "Met")
NOT_MET = QT_TRANSLATE_NOOP("ConsortiumResults", "Not met")
TO_MEET = QT_TRANSLATE_NOOP("ConsortiumResults", "To meet: {rule}")
NOBODY = QT_TRANSLATE_NOOP(
    "ConsortiumResults", "No actor of the map would meet this rule by joining the consortium."
)
ENTER_PICS = QT_TRANSLATE_NOOP(
    "ConsortiumResults",
    "No actor can fill this by joining: enter the missing PICs in the actors' forms "
    "(Editor in the main window), then look again.",
)
ALL_MET = QT_TRANSLATE_NOOP(
    "ConsortiumResults", "Every rule is met, so there is nothing to suggest."
)
START = QT_TRANSLATE_NOOP(
    "ConsortiumResults",
    "Add the first partners. Suggestions follow from them: actors of the map are ranked by "
    "how well they are tied to the consortium and to its clusters.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsortiumResults", text)


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The top-level items of ``tree``, in order."""
    items = (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


class WrappingTree(QTreeWidget):
    """A one-column tree whose rows are as tall as their wrapped text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.header().sectionResized.connect(self._on_header_section_resized)

    def _on_header_section_resized(self, *_args: object) -> None:
        # Wrapped rows get their heights for the new width.
        self.scheduleDelayedItemsLayout()


class RulesView:
    """Each rule of the programme with what the check found, in the file's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.tree = WrappingTree(parent)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(QCoreApplication.translate("ConsortiumResults", "Rules"))
        self._icons = {True: severity_icon("ok"), False: severity_icon("problem")}

    def show_results(self, results: Sequence[RuleResult], translate: Translate) -> None:
        """List ``results``: word and description on the first line, the finding below."""
        self.tree.clear()
        for result in results:
            word = _tr(MET if result.met else NOT_MET)
            description = result.description or result.rule.id
            item = QTreeWidgetItem([f"{word}: {description}\n{result.text(translate)}"])
            item.setIcon(0, self._icons[result.met])
            item.setData(0, ACTORS_ROLE, list(result.actor_ids))
            item.setData(0, RULE_ROLE, result.rule.id)
            item.setData(0, MET_ROLE, result.met)
            if result.rule.source:
                item.setToolTip(0, result.rule.source)
            self.tree.addTopLevelItem(item)

    def texts(self) -> dict[str, tuple[bool, str]]:
        """Rule id -> (met, the text shown): what a user reads, for tests."""
        return {
            str(item.data(0, RULE_ROLE)): (bool(item.data(0, MET_ROLE)), item.text(0))
            for item in top_items(self.tree)
        }


class SuggestionsView:
    """Actors that would fill each unmet rule, best first, under the rule they fill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.tree = WrappingTree(parent)
        self.tree.setAccessibleName(QCoreApplication.translate("ConsortiumResults", "Suggestions"))

    def show_suggestions(
        self,
        results: Sequence[RuleResult],
        suggestions: Sequence[Suggestion],
        describe: Callable[[int], str],
        translate: Translate,
        *,
        started: bool = True,
    ) -> None:
        """List ``suggestions`` under their unmet rule; ``describe`` names an actor.

        The first suggestion becomes current, so "Add to consortium" takes it. Before
        the consortium has ``started`` (no partner yet) a note says how to begin.
        """
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        unmet = [r for r in results if not r.met]
        if not started or not unmet:
            note = QTreeWidgetItem([_tr(START if not started else ALL_MET)])
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(note)
            return
        for result in unmet:
            description = result.description or result.rule.id
            top = QTreeWidgetItem([_tr(TO_MEET).format(rule=description)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setData(0, RULE_ROLE, result.rule.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            fitting = [s for s in suggestions if s.fills == result.rule.id]
            for suggestion in fitting:
                child = QTreeWidgetItem(
                    [f"{describe(suggestion.actor_id)}\n{suggestion.text(translate)}"]
                )
                child.setData(0, ACTORS_ROLE, suggestion.actor_id)
                child.setData(0, RULE_ROLE, suggestion.fills)
                top.addChild(child)
                first = first or child
            if not fitting:
                text = ENTER_PICS if result.rule.kind == "pic_required" else NOBODY
                child = QTreeWidgetItem([_tr(text)])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(child)
            top.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)

    def current_actor_id(self) -> int | None:
        """The actor of the suggestion picked in the list, if any."""
        item = self.tree.currentItem()
        value = item.data(0, ACTORS_ROLE) if item is not None else None
        return int(value) if isinstance(value, int) else None

    def items(self) -> list[tuple[str, int, str]]:
        """(rule id, actor id, text) of each suggestion shown, in order: for tests."""
        found = []
        for top in top_items(self.tree):
            for child in (top.child(m) for m in range(top.childCount())):
                actor_id = child.data(0, ACTORS_ROLE) if child is not None else None
                if child is not None and isinstance(actor_id, int):
                    found.append((str(child.data(0, RULE_ROLE)), actor_id, child.text(0)))
        return found
