"""The Cluster health dock: findings per cluster, showing their actors, changing the rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from aspdesk.analysis.health.rules import HealthRules
from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Cluster, EntityType, Membership
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.store.repository import MapStore
from aspdesk.ui.health.panel import ACTORS_ROLE, HealthPanel
from aspdesk.ui.health.rules_dialog import RulesDialog
from aspdesk.ui.window.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _panel(qtbot: QtBot, window: MainWindow) -> HealthPanel:
    panel = window.analysis.health
    assert panel is not None
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    return panel


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(n) for n in range(item.childCount())]


def _cluster_item(panel: HealthPanel, name: str) -> QTreeWidgetItem:
    for n in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(n)
        if item.text(0).startswith(name):
            return item
    raise AssertionError(name)


def test_every_cluster_is_listed_with_its_findings(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    clusters = [c for c in window.document.store.clusters() if isinstance(c, Cluster)]
    assert panel.tree.topLevelItemCount() == len(clusters) == 5
    words = {"problem": "Problem: ", "warning": "Warning: ", "ok": "In order: "}
    for cluster in clusters:
        assert cluster.id is not None
        item = _cluster_item(panel, cluster.display_name)
        findings = panel.findings[cluster.id]
        texts = [child.text(0) for child in _children(item)]
        assert texts == [words[f.severity] + f.text() for f in findings]
        problems = sum(f.severity == "problem" for f in findings)
        assert f"{problems} problem" in item.text(0)
    design = _cluster_item(panel, "Design")
    assert any("The cluster has 11 committed members" in c.text(0) for c in _children(design))


def test_clicking_a_finding_selects_its_actors(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    window.analysis.health_dock.raise_()
    design = _cluster_item(panel, "Design")
    item = next(c for c in _children(design) if "would fall apart" in c.text(0))
    wanted = [int(a) for a in item.data(0, ACTORS_ROLE)]
    assert len(wanted) == 4
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selection = window.document.selection
    assert sorted(selection.selected_of(EntityType.ACTOR)) == sorted(wanted)
    assert len(selection.selected) == len(wanted)
    # ... and the graph shows them.
    canvas = window.graph.canvas
    view = canvas.box.viewRect()
    for actor_id in wanted:
        x, y = canvas.data.positions[canvas.data.index_of(Ref(EntityType.ACTOR, actor_id))]
        assert QRectF(view).contains(float(x), float(y))

    # A finding about the cluster as a whole selects the cluster.
    whole = next(c for c in _children(design) if not c.data(0, ACTORS_ROLE))
    panel.tree.scrollToItem(whole)
    rect = panel.tree.visualItemRect(whole)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selection.selected[0].type is EntityType.CLUSTER


def test_changed_rules_change_the_findings_and_are_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    panel = _panel(qtbot, window)
    codes = {f.code for found in panel.findings.values() for f in found}
    assert "few_members" in codes
    seen: list[HealthRules] = []

    def three_members(rules: HealthRules) -> HealthRules | None:
        dialog = RulesDialog(rules, panel)
        seen.append(rules)
        assert dialog.min_members.value() == 15
        assert dialog.stale_months.value() == 24
        dialog.min_members.setValue(3)
        dialog.accept()
        return dialog.rules()

    panel.ask_rules = three_members
    panel.edit_rules()
    assert seen == [HealthRules()]
    codes = {f.code for found in panel.findings.values() for f in found}
    assert "few_members" not in codes and "enough_members" in codes
    texts = [c.text(0) for n in range(5) for c in _children(panel.tree.topLevelItem(n))]
    assert not any("asks for at least 15" in t for t in texts)
    assert window.settings.health_rules == HealthRules(min_members=3)
    window.settings.sync()
    assert Settings(tmp_path / "settings.ini").health_rules.min_members == 3


def test_the_rules_dialog_restores_the_defaults(qtbot: QtBot) -> None:
    changed = HealthRules(min_members=4, min_helices=1, stale_after_days=400, broker_share=0.3)
    dialog = RulesDialog(changed)
    qtbot.addWidget(dialog)
    assert dialog.rules() == changed, "untouched fields keep their exact values"
    dialog.broker_percent.setValue(70)
    dialog.stale_months.setValue(6)
    assert dialog.rules().broker_share == pytest.approx(0.7)
    assert dialog.rules().stale_after_days == round(6 * 30.44)
    dialog.restore_button.click()
    assert dialog.rules() == HealthRules()


def test_the_rules_dialog_says_where_each_rule_comes_from(qtbot: QtBot) -> None:
    dialog = RulesDialog(HealthRules())
    qtbot.addWidget(dialog)
    eccp = "Source: the European Cluster Collaboration Platform's cluster profile"
    default = "Source: aspdesk's default, editable in Cluster health rules"
    assert dialog.sources["min_members"].text() == eccp
    assert dialog.sources["min_helices"].text() == eccp
    assert dialog.sources["stale_after_days"].text() == default
    assert dialog.sources["broker_share"].text() == default
    dialog.min_members.setValue(10)
    assert dialog.sources["min_members"].text() == ("Source: your own rule in Cluster health rules")
    dialog.min_members.setValue(15)
    assert dialog.sources["min_members"].text() == eccp


def test_the_dock_says_where_a_threshold_comes_from_and_what_a_part_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The sample's security cluster has Lapin ELY-keskus, an authority, as a funder."""
    panel = _panel(qtbot, window)
    texts = [
        c.text(0)
        for n in range(panel.tree.topLevelItemCount())
        for c in _children(panel.tree.topLevelItem(n))
    ]
    assert any(
        "the European Cluster Collaboration Platform's cluster profile asks for at least 15" in t
        for t in texts
    )
    assert any("Members of the kind Authority: " in t for t in texts)
    assert not any("No authority is a member yet" in t for t in texts)


def test_sentences_use_the_map_s_labels_in_the_ui_language(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    document = Document(sample_store, "fi")
    panel = HealthPanel(document, Settings(tmp_path / "settings.ini"), lambda _ids: None)
    qtbot.addWidget(panel)
    panel.refresh()
    texts = [
        c.text(0)
        for n in range(panel.tree.topLevelItemCount())
        for c in _children(panel.tree.topLevelItem(n))
    ]
    # Parts of the model name actor kinds (companies) and roles (international links).
    for vocabulary, code, word in (
        (Vocabulary.ACTOR_KIND, "company", "kind"),
        (Vocabulary.CLUSTER_ROLE, "international_link", "role"),
    ):
        finnish = document.label(vocabulary, code)
        english = next(t.label("en") for t in document.terms(vocabulary) if t.code == code)
        assert finnish != english
        assert any(finnish in t for t in texts)
        assert not any(f"{word} {english}" in t for t in texts)


def test_the_findings_follow_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    window.analysis.health_dock.raise_()
    security = next(c for c in window.document.store.clusters() if c.name == "Arctic security")
    assert security.id is not None
    before = {f.code for f in panel.findings[security.id]}
    assert "missing_role" in before
    funder = next(a for a in window.document.store.actors() if a.kind == "funder")
    member = Membership(actor_id=funder.id, cluster_id=security.id, role="funder")
    window.document.push(AddEntity(window.document, member, "Add"))
    qtbot.waitUntil(
        lambda: any(
            f.code == "role_present" and f.values.get("role_code") == "funder"
            for f in panel.findings[security.id]
        )
    )
