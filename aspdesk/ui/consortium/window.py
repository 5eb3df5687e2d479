"""Map > Consortium builder…: gather partners for a programme and check its rules.

The coordinator picks a programme, adds actors of the map (from the graph or a table
selection, or by name), and reads rule by rule what is met; for each unmet rule the
builder suggests actors of the map, with the reasons. The consortium can be saved as a
project in preparation (one undo step) and exported as a partner table (XLSX or PDF).
The rules are a summary kept by hand, so the window always says to check the call text.

The window is not modal: the graph and the tables stay usable beside it, and it follows
the map (an actor's edit shows at once, a deleted actor leaves the consortium). The
consortium is kept as a draft per map in the settings (:mod:`aspdesk.ui.consortium.draft`),
so closing aspdesk or opening another map loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.consortium.builder import (
    Partner,
    Programme,
    RuleResult,
    Suggestion,
    check_consortium,
    suggest,
    verdict,
)
from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.country_names import country_name
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    EntityType,
    Membership,
    Relationship,
)
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.ui.consortium.dialogs import ConsortiumDialogs
from aspdesk.ui.consortium.draft import DraftKeeper
from aspdesk.ui.consortium.model import ConsortiumModel
from aspdesk.ui.consortium.output import ConsortiumOutput
from aspdesk.ui.consortium.results import ACTORS_ROLE, RulesView, SuggestionsView
from aspdesk.ui.consortium.table import ConsortiumTable
from aspdesk.ui.programmes.picker import ProgrammePicker, plain_label, translate

DEBOUNCE_MS = 150


class ConsortiumWindow(QWidget):
    """The consortium builder for one map (a window of its own beside the main window)."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        programmes_folder: Path,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ConsortiumWindow")
        self.document = document
        self.settings = settings
        self.programmes_folder = programmes_folder
        self.today = today
        self.dialogs = ConsortiumDialogs(self)
        self.results: list[RuleResult] = []
        self.suggestions: list[Suggestion] = []
        self._completions: dict[str, int] = {}
        self._stale = False
        self.model = ConsortiumModel(document, self)
        self.output = ConsortiumOutput(self)
        self.draft = DraftKeeper(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.model.consortium_changed.connect(self._on_model_consortium_changed)
        keys = QKeySequence.StandardKey
        for shortcut, slot in ((keys.Undo, self._on_undo), (keys.Redo, self._on_redo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)  # the map's undo and redo work here as in the main window
        self.picker.load()
        self.attach(document)
        self.resize(1280, 820)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        # Widgets are made in the order the Tab key visits them.
        self.picker = ProgrammePicker(
            self.settings, self.programmes_folder, self.document.language, self._dialogs, self
        )
        self.picker.programme_changed.connect(self._on_picker_programme_changed)
        consortium = self._build_consortium()
        rules, suggestions = self._build_rules(), self._build_suggestions()
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(rules)
        right.addWidget(suggestions)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 11)
        right.setStretchFactor(1, 9)
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(consortium)
        middle.addWidget(right)
        middle.setChildrenCollapsible(False)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(middle, 1)
        layout.addLayout(self._build_bottom())

    def _build_consortium(self) -> QGroupBox:
        """The partners chosen: a search to add one, buttons, the table and a hint."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name to add an actor of the map…"))
        self.search.setClearButtonEnabled(True)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.search.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_typed)
        self.add_selected_button = QPushButton(self.tr("Add selected from the &map"), self)
        self.add_selected_button.setToolTip(
            self.tr(
                "Add the actors selected on the graph or in a table, and the partners of a "
                "selected project"
            )
        )
        self.add_selected_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.load_button = QPushButton(self.tr("&Load project…"), self)
        self.load_button.setToolTip(self.tr("Start from the partners of a project of the map"))
        self.load_button.clicked.connect(self.output.load_project)

        self.table = ConsortiumTable(self.model, self)
        remove = QAction(self.tr("Remove from the consortium"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_chosen)
        self.table.addAction(remove)
        hint = plain_label(
            self,
            self.tr(
                "The first organisation you add is the coordinator; change anyone's role in "
                "the Role column. Associated partners and subcontractors do not count as "
                "beneficiaries."
            ),
        )

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.add_selected_button, self.remove_button, self.load_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        consortium = QGroupBox(self.tr("Consortium"), self)
        consortium_column = QVBoxLayout(consortium)
        consortium_column.addLayout(search_row)
        consortium_column.addLayout(buttons)
        consortium_column.addWidget(self.table, 1)
        consortium_column.addWidget(hint)
        return consortium

    def _build_rules(self) -> QGroupBox:
        """The verdict and the programme's rules, each met or not."""
        self.verdict = plain_label(self)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.rules = RulesView(self)
        self.rules.tree.itemClicked.connect(self._on_rules_item_clicked)
        rules = QGroupBox(self.tr("Eligibility rules"), self)
        rules_column = QVBoxLayout(rules)
        rules_column.addWidget(self.verdict)
        rules_column.addWidget(self.rules.tree, 1)
        return rules

    def _build_suggestions(self) -> QGroupBox:
        """Actors of the map that would fill a gap, and a button to take one."""
        self.suggestions_view = SuggestionsView(self)
        self.suggestions_view.tree.itemDoubleClicked.connect(self.add_suggestion)
        self.suggestions_view.tree.currentItemChanged.connect(self._update_buttons)
        self.take_button = QPushButton(self.tr("Add to &consortium"), self)
        self.take_button.setToolTip(self.tr("Add the suggested actor picked in the list"))
        self.take_button.clicked.connect(self.add_suggestion)
        suggestions = QGroupBox(self.tr("Suggestions from the map"), self)
        suggestions_column = QVBoxLayout(suggestions)
        suggestions_column.addWidget(self.suggestions_view.tree, 1)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_button)
        suggestions_column.addLayout(take_row)
        return suggestions

    def _build_bottom(self) -> QHBoxLayout:
        """The status line, saving, exporting and closing."""
        self.status = plain_label(self)
        self.save_button = QPushButton(self.tr("&Save as project…"), self)
        self.save_button.clicked.connect(self.output.save_as_project)
        self.export_button = QPushButton(self.tr("&Export partner table…"), self)
        self.export_button.clicked.connect(self.output.export_partner_table)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        return bottom

    # -- the map and the programmes -----------------------------------------------------

    def attach(self, document: Document) -> None:
        """Follow ``document`` (a map opened in the main window) with its draft consortium."""
        self.draft.paused = True  # the old map's draft is kept; the new one's is read below
        if document is not self.document:
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
            self.document.map_renamed.disconnect(self._on_document_map_renamed)
        self.document = document
        if self.picker.language != document.language:
            self.picker.language = document.language
            self.picker.load()
        self.table.set_document(document)
        document.entities_changed.connect(self._on_document_entities_changed)
        document.map_renamed.connect(self._on_document_map_renamed)
        self.output.forget_project()
        self.model.set_document(document)
        self._update_completions()
        self._on_document_map_renamed(document.map_name())
        restored = self.draft.restore()
        self.draft.paused = False
        self.draft.save()  # as restored: actors gone from the map are left out
        self.recheck()
        self.say(restored)

    def _on_document_map_renamed(self, name: str) -> None:
        self.setWindowTitle(self.tr("Consortium builder — {map}").format(map=name))

    @property
    def programmes(self) -> dict[str, Programme]:
        """The programmes read from the rule files, by id."""
        return self.picker.programmes

    def programme(self) -> Programme | None:
        """The programme picked."""
        return self.picker.programme()

    def choose_programme(self, programme_id: str) -> bool:
        """Pick the programme ``programme_id``; False when there is none such."""
        return self.picker.choose(programme_id)

    def _dialogs(self) -> ConsortiumDialogs:
        return self.dialogs

    def _on_picker_programme_changed(self) -> None:
        self.recheck()
        self.draft.save()

    def keep_draft(self) -> None:
        """Keep the consortium as a draft for this map now (it changed without a signal)."""
        self.draft.save()

    def _update_completions(self) -> None:
        language = self.document.language
        actors = [a for a in self.document.index.all(EntityType.ACTOR) if isinstance(a, Actor)]
        texts: dict[str, int] = {}
        for actor in sorted(actors, key=lambda a: name_key(a.name)):
            short = (
                f" ({actor.short_name})"
                if actor.short_name and actor.short_name != actor.name
                else ""
            )
            text = f"{actor.name}{short} · {country_name(actor.country, language)}"
            if text in texts:
                text = f"{text} #{actor.id}"
            texts[text] = actor.id or 0
        self._completions = texts
        model = self.completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(list(texts))

    def _on_document_entities_changed(self, type_value: str, _ids: list[int]) -> None:
        if type_value == EntityType.ACTOR.value:
            self._update_completions()
        self.model.map_changed()
        self.table.size_columns()
        self._timer.start()

    # -- checking -----------------------------------------------------------------------

    def _on_model_consortium_changed(self) -> None:
        self.recheck()
        self.draft.save()

    def recheck(self) -> None:
        """Check the consortium against the programme and find who would fill the gaps."""
        self._timer.stop()
        self._stale = False
        programme = self.programme()
        partners = self.model.partners()
        self.results, self.suggestions = [], []
        self.verdict.clear()
        if programme is not None:
            self._check(programme, partners)
        self.rules.show_results(self.results, translate)
        self.suggestions_view.show_suggestions(
            self.results, self.suggestions, self._describe, translate, started=bool(partners)
        )
        self._update_buttons()

    def _check(self, programme: Programme, partners: list[Partner]) -> None:
        document = self.document
        language = document.language
        kinds = {t.code: t.label(language) for t in document.terms(Vocabulary.ACTOR_KIND)}
        index = document.index

        def name(code: str) -> str:
            return country_name(code, language)

        self.results = check_consortium(
            programme, partners, language, country_name=name, kind_labels=kinds
        )
        self.suggestions = suggest(
            programme,
            partners,
            [a for a in index.all(EntityType.ACTOR) if isinstance(a, Actor)],
            [r for r in index.all(EntityType.RELATIONSHIP) if isinstance(r, Relationship)],
            [m for m in index.all(EntityType.MEMBERSHIP) if isinstance(m, Membership)],
            clusters=[c for c in index.all(EntityType.CLUSTER) if isinstance(c, Cluster)],
            language=language,
            country_name=name,
            kind_labels=kinds,
            today=self.today(),
        )
        self.verdict.setText(verdict(programme, self.results, language).text(translate))

    def check_pending(self) -> bool:
        """Whether a check is due once the edits pause."""
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        # A closed builder waits: checking a big map on every edit nobody sees is waste.
        if self.isVisible():
            self.recheck()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.recheck()
        super().showEvent(event)

    def _on_undo(self) -> None:
        self.document.undo_stack.undo()

    def _on_redo(self) -> None:
        self.document.undo_stack.redo()

    def _describe(self, actor_id: int) -> str:
        actor = self.document.index.get(EntityType.ACTOR, actor_id)
        if not isinstance(actor, Actor):
            return f"#{actor_id}"
        language = self.document.language
        country = country_name(actor.country, language) or "?"
        kind = self.document.label(Vocabulary.ACTOR_KIND, actor.kind)
        return f"{actor.display_name} · {country}, {kind}"

    def _update_buttons(self, *_args: object) -> None:
        has_partners = self.model.rowCount() > 0
        writable = not self.document.read_only
        self.save_button.setEnabled(has_partners and writable)
        self.export_button.setEnabled(has_partners and self.programme() is not None)
        self.remove_button.setEnabled(has_partners)
        self.take_button.setEnabled(self.suggestions_view.current_actor_id() is not None)

    # -- changing the consortium --------------------------------------------------------

    def say(self, text: str) -> None:
        """Show a short message at the bottom of the window."""
        self.status.setText(text)

    def add_actor(self, actor_id: int, role: str | None = None) -> bool:
        """Add one actor of the map, saying so; False when it was already in."""
        name = self.document.index.name(EntityType.ACTOR, actor_id)
        if self.model.row_of(actor_id) >= 0:
            self.say(self.tr("{name} is already in the consortium.").format(name=name))
            return False
        if not self.model.add(actor_id, role):
            return False
        self.say(self.tr("{name} is now in the consortium.").format(name=name))
        return True

    def add_typed(self) -> None:
        """Add the actor named in the search box (a completion, or a unique match)."""
        text = self.search.text().strip()
        if not text:
            return
        actor_id = self._completions.get(text)
        if actor_id is None:
            needle = text.casefold()
            matches = [i for t, i in self._completions.items() if needle in t.casefold()]
            if len(matches) != 1:
                message = (
                    self.tr("No actor of the map is called “{text}”.")
                    if not matches
                    else self.tr(
                        "“{text}” fits %n actor(s); pick one from the list.", "", len(matches)
                    )
                )
                self.say(message.format(text=text))
                return
            actor_id = matches[0]
        if self.add_actor(actor_id):
            self.search.clear()

    def add_selected(self) -> None:
        """Add the actors selected on the graph or in a table of the main window, and the
        partners of selected projects (in their roles there, when not taken already)."""
        chosen = self.document.selection.selected_of(EntityType.ACTOR)
        roles: dict[int, str] = {}
        for project_id in self.document.selection.selected_of(EntityType.PROJECT):
            for partner in self.document.index.partners_of(project_id):
                roles.setdefault(partner.actor_id, partner.role)
        chosen += [a for a in roles if a not in chosen]
        if not chosen:
            self.say(self.tr("Select actors or a project on the graph or in a table first."))
            return
        taken = {role for _actor, role in self.model.members}
        added = [
            a
            for a in chosen
            if self.model.row_of(a) < 0 and self.model.add(a, _free_role(roles.get(a), taken))
        ]
        if len(chosen) == 1 and not added:
            self.add_actor(chosen[0])  # says that it is already in
            return
        self.say(self.tr("Added %n actor(s) to the consortium.", "", len(added)))

    def remove_chosen(self) -> None:
        """Take the rows selected in the table out of the consortium."""
        gone = self.model.remove_rows(self.table.chosen_rows())
        if gone:
            self.say(self.tr("Removed %n partner(s) from the consortium.", "", gone))

    def add_suggestion(self, *_args: object) -> None:
        """Add the suggested actor picked in the suggestions list."""
        actor_id = self.suggestions_view.current_actor_id()
        if actor_id is not None:
            self.add_actor(actor_id, "partner")

    def _on_rules_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        # Show the partners a rule speaks of on the graph and in the tables.
        data = item.data(0, ACTORS_ROLE)
        if data:
            self.document.selection.select([Ref(EntityType.ACTOR, int(a)) for a in data])


def _free_role(role: str | None, taken: set[str]) -> str | None:
    """``role`` from the project, but "partner" for a second coordinator; None (the
    builder's own rule: the first one in coordinates) for actors that came without one."""
    if role is None:
        return None
    if role == "coordinator" and "coordinator" in taken:
        return "partner"
    taken.add(role)
    return role
