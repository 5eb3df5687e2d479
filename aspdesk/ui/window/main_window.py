"""The main window: tables, the editor form, memberships and contacts around one map."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QToolButton,
    QWidget,
)

from aspdesk import __version__
from aspdesk.app.commands import DeleteEntity
from aspdesk.app.document import Document
from aspdesk.app.on_screen import fit_window
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.domain.views import ViewState
from aspdesk.graph.export.sources import CanvasFilms, CanvasImages, CanvasWebMaps
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.workshop.launch import WorkshopLauncher, saved_view_steps
from aspdesk.ui.consortium.actions import ConsortiumActions
from aspdesk.ui.exports.film_actions import FilmActions
from aspdesk.ui.exports.image_actions import ImageActions
from aspdesk.ui.exports.report_actions import ReportActions
from aspdesk.ui.exports.web_map_actions import WebMapActions
from aspdesk.ui.files.map_files import MapFiles, MapOpener
from aspdesk.ui.forms.adding import AddActions
from aspdesk.ui.forms.editor_stack import EditorStack
from aspdesk.ui.forms.fields import entity_noun
from aspdesk.ui.forms.naming import entity_title
from aspdesk.ui.forms.removal import describe_removal
from aspdesk.ui.help.actions import HelpActions, mark_topic
from aspdesk.ui.help.pages import Topic
from aspdesk.ui.importing.importer import Importer
from aspdesk.ui.survey.actions import SurveyActions
from aspdesk.ui.tables.overview import ClusterOverview
from aspdesk.ui.tables.panel import TablePanel
from aspdesk.ui.tables.related_panel import RelatedPanel
from aspdesk.ui.tables.tabs import TableTabs
from aspdesk.ui.views.panel import ViewsPanel
from aspdesk.ui.window.analysis_docks import AnalysisDocks
from aspdesk.ui.window.background import BackgroundTask, stop_tasks
from aspdesk.ui.window.dialogs import Dialogs
from aspdesk.ui.window.dock_panel import DockPanel, add_dock
from aspdesk.ui.window.first_frame import after_first_frame
from aspdesk.ui.window.language_menu import LanguageMenu
from aspdesk.ui.window.layout import restore_window
from aspdesk.ui.window.privacy import PrivacySwitch
from aspdesk.ui.window.read_only import ReadOnlyBanner
from aspdesk.ui.window.services import WindowServices
from aspdesk.ui.window.undo_actions import UndoActions

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class MainWindow(QMainWindow):
    """One window showing one map; New and Open replace the map in the window."""

    document_replaced = Signal()

    def __init__(
        self,
        document: Document,
        settings: Settings,
        open_document: MapOpener,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.open_document = open_document
        # What the helpers get of the window, instead of the window itself.
        self.services = WindowServices(self, settings, dialogs or Dialogs(self), document)
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)
        self.dark = False  # the colour scheme, which the graph follows (set_dark)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self.status_counts = QLabel(self)
        self.status_filter = QLabel(self)
        self.status_filter.setTextFormat(Qt.TextFormat.PlainText)  # may name a project
        self.statusBar().addWidget(self.status_filter)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.banner = ReadOnlyBanner(self)
        self.privacy = PrivacySwitch(self.services)
        self.view_menu.addAction(self.privacy.action)
        self.language_menu = LanguageMenu(self.services)
        self.view_menu.addMenu(self.language_menu.menu)
        self._attach(document)
        self._fitted = False
        restore_window(self, *settings.window_state())
        # The banner is a toolbar, and a state saved on a writable map records it hidden.
        self._show_access()

    @property
    def document(self) -> Document:
        """The map on show."""
        return self.services.document

    def set_dark(self, dark: bool) -> None:
        """Follow a dark or light colour scheme: the graph's everyday look goes with it."""
        self.dark = dark
        self.graph.set_dark(dark)

    @property
    def dialogs(self) -> Dialogs:
        """Where the window and its helpers ask and tell the user things."""
        return self.services.dialogs

    @dialogs.setter
    def dialogs(self, dialogs: Dialogs) -> None:
        self.services.dialogs = dialogs  # scripted dialogs in tests

    # -- building -----------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.setCorner(Qt.Corner.BottomLeftCorner, _LEFT)
        self.setCorner(Qt.Corner.BottomRightCorner, _RIGHT)
        self.tables_dock = add_dock(self, "tablesDock", self.tr("Tables"), _LEFT)
        # A short title: three tabbed docks shared a 290-pixel tab bar at 1366 pixels and
        # each was cut ("Cluster overv…"). The View menu keeps the long name.
        self.related_dock = add_dock(self, "relatedDock", self.tr("Related"), _LEFT)
        self.related_dock.toggleViewAction().setText(self.tr("Memberships, contacts and projects"))
        self.form_dock = add_dock(self, "formDock", self.tr("Editor"), _RIGHT)
        self.overview_dock = add_dock(self, "overviewDock", self.tr("Cluster overview"), _LEFT)
        self.tabifyDockWidget(self.related_dock, self.overview_dock)
        self.related_dock.raise_()
        self._overview = DockPanel[ClusterOverview](self.overview_dock)
        self.views_dock = add_dock(self, "viewsDock", self.tr("Saved views"), _RIGHT)
        # network metrics and cluster health
        self.analysis = AnalysisDocks(self, self.settings, self.tables_dock, self.views_dock)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        services = self.services
        self.help = HelpActions(self, lambda: self.document.language)
        self.adding = AddActions(self, lambda: self.related.context, self._start_new)
        self.add_actions = self.adding.actions
        self.importer = Importer(services, lambda: self.graph, self.help.watch)
        self.map_files = MapFiles(
            services,
            self.open_document,
            self.replace_document,
            self.importer,
            self.add_actions[EntityType.ACTOR].trigger,
        )
        self.report = ReportActions(services, self._write_report)
        self.images = ImageActions(
            services, CanvasImages(lambda: self.graph.canvas, lambda: self.graph)
        )
        self.web_maps = WebMapActions(
            services,
            CanvasWebMaps(
                lambda: self.graph.canvas, lambda: self.graph, QCoreApplication.translate
            ),
        )
        self.films = FilmActions(services, CanvasFilms(lambda: self.graph.canvas))
        self.workshop = WorkshopLauncher(
            self,
            lambda: self.document,
            lambda: saved_view_steps(self.document, self.graph),
            self._choose_screen,
        )
        self.close_action = self._action(self.tr("&Close"), self.close, keys.Close)
        self.quit_action = self._action(self.tr("&Quit"), self._quit, keys.Quit)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected, keys.Delete)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, keys.Find)
        self.consortium = ConsortiumActions(services)
        self.document_replaced.connect(self.consortium.attach)
        self.survey = SurveyActions(services, self.importer.collect_answers)
        self.document_replaced.connect(self.survey.attach)
        self.about_action = self._action(self.tr("&About aspdesk"), self.show_about)
        mark_topic(self.analysis.health_dock, Topic.HEALTH)
        self.workshop.started.connect(self._on_workshop_started)
        self.fit_action = self._action(self.tr("&Fit graph to view"), self._on_fit, "Ctrl+0")
        self.zoom_selection_action = self._action(
            self.tr("Zoom to &selection"), self._on_zoom_selection, "Ctrl+Shift+0"
        )
        self.zoom_in_action = self._action(self.tr("Zoom &in"), self._on_zoom_in, keys.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), self._on_zoom_out, keys.ZoomOut)
        self.undo_actions = UndoActions(self)
        self.undo_action = self.undo_actions.undo
        self.redo_action = self.undo_actions.redo

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        files = self.map_files
        file_menu.addAction(files.new_action)
        file_menu.addAction(files.open_action)
        file_menu.addAction(files.open_team_action)
        file_menu.addMenu(files.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(files.copy_action)
        files.add_team_copies(file_menu)
        file_menu.addAction(self.importer.action)
        file_menu.addAction(files.export_action)
        file_menu.addAction(self.images.export_action)
        file_menu.addAction(self.web_maps.action)
        file_menu.addAction(self.films.action)
        file_menu.addAction(self.report.action)
        file_menu.addAction(files.restore_action)
        file_menu.addAction(files.rename_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.images.copy_action)
        self.map_menu = bar.addMenu(self.tr("&Map"))
        for action in self.add_actions.values():
            self.map_menu.addAction(action)
        self.map_menu.addSeparator()
        self.map_menu.addAction(self.consortium.action)
        self.map_menu.addAction(self.survey.action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.fit_action)
        self.view_menu.addAction(self.zoom_selection_action)
        self.view_menu.addAction(self.zoom_in_action)
        self.view_menu.addAction(self.zoom_out_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.workshop.action)
        self.view_menu.addAction(self.workshop.dark_action)
        self.view_menu.addAction(self.workshop.animate_action)
        self.view_menu.addSeparator()
        for dock in (
            self.tables_dock,
            self.related_dock,
            self.overview_dock,
            self.form_dock,
            self.views_dock,
            *self.analysis.docks,
        ):
            self.view_menu.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help.add_to(help_menu)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        things = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)
        links = (EntityType.MEMBERSHIP, EntityType.RELATIONSHIP)
        toolbar.addActions([self.add_actions[t] for t in (*things, *links)])
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.workshop.action)
        # The graph's Time switch (each map's own): no room on the graph's toolbar in Finnish.
        self.time_button = QToolButton(toolbar)
        toolbar.addWidget(self.time_button)
        self.addToolBar(toolbar)

    # -- one document -------------------------------------------------------------------

    def _attach(self, document: Document) -> None:
        """Build every panel for ``document``."""
        self.services.document = document
        self.privacy.attach()
        self.table_tabs = TableTabs(document)
        self.models, self.tables = self.table_tabs.models, self.table_tabs.tables
        self._replace_dock_widget(self.tables_dock, self.table_tabs)

        self.related = RelatedPanel(document)
        self.membership_model = self.related.membership_model
        self.contact_model = self.related.contact_model
        self.related_title = self.related.title
        self._replace_dock_widget(self.related_dock, self.related)

        self.form_stack = EditorStack(document)
        self.forms = self.form_stack.forms
        self.empty_form = self.form_stack.empty
        self._replace_dock_widget(self.form_dock, self.form_stack)
        after_first_frame(self, lambda: self.form_stack.build_rest())  # of the map on show then
        old_central = self.centralWidget()
        self.graph = GraphPanel(document)
        # A big map's force layout runs off the window's thread, with progress and Cancel.
        self.graph.layouts.make_task = partial(BackgroundTask, self, only_reads=True)
        self.graph.set_dark(self.dark)
        self.setCentralWidget(self.graph)
        if old_central is not None:
            old_central.deleteLater()
        self.graph.form_requested.connect(self._on_graph_form_requested)
        self.graph.add_actor_requested.connect(self._on_graph_add_actor_requested)
        self.graph.delete_requested.connect(self.delete_selected)
        self.graph.status_changed.connect(self._on_graph_status_changed)
        self.graph.canvas.start_requested.connect(self.map_files.start)
        self.time_button.setDefaultAction(self.graph.time_bar.action)
        self._on_graph_status_changed(self.graph.canvas.status_text())
        self._overview.fill(self, lambda: ClusterOverview(document))
        # The panel cannot import the graph: it gets the graph's capture and show.
        self.views_panel = ViewsPanel(
            document, self.graph.view_state, self._show_view_state, self._ask_text
        )
        self._replace_dock_widget(self.views_dock, self.views_panel)
        self.analysis.attach(document, self.graph, self.graph.canvas.data_rebuilt)
        self.graph.comparison_changed.connect(self.analysis.follow_comparison)

        self.undo_actions.follow(document.undo_stack)
        document.entities_changed.connect(self._on_document_entities_changed)
        document.edit_failed.connect(self._on_document_edit_failed)
        document.edit_conflict.connect(self.services.ask_conflict)
        document.map_renamed.connect(self._on_document_map_renamed)
        document.access_changed.connect(self._on_document_access_changed)
        self._show_access()
        # After the window is up: a save undone after a crash, a backup not made.
        QTimer.singleShot(0, self._show_opening_notes)
        self._update_title()
        self._update_counts()

    @property
    def overview(self) -> ClusterOverview | None:
        """The Cluster overview of the map (made now if it was not yet)."""
        return self._overview.get()

    def _replace_dock_widget(self, dock: QDockWidget, widget: QWidget) -> None:
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()

    def replace_document(self, document: Document) -> None:
        """Close the current map and show ``document`` instead."""
        old = self.document
        self._attach(document)
        old.close()
        old.deleteLater()
        if document.path is not None:
            self.settings.add_recent_map(document.path)
        self.document_replaced.emit()

    # -- reacting -----------------------------------------------------------------------

    def _update_title(self) -> None:
        place = self.document.team_place()  # a team map's database and server
        where = f" — {place}" if place else ""
        self.setWindowTitle(f"{self.document.map_name()}{where} — aspdesk")

    def _on_fit(self) -> None:
        self.graph.canvas.fit()

    def _on_zoom_selection(self) -> None:
        self.graph.canvas.zoom_to(self.graph.canvas.selected_nodes())

    def _on_zoom_in(self) -> None:
        self.graph.canvas.zoom(0.8)

    def _on_zoom_out(self) -> None:
        self.graph.canvas.zoom(1.25)

    def _on_graph_form_requested(self, _ref: Ref) -> None:
        self.form_dock.show()
        self.form_dock.raise_()
        current = self.form_stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _on_graph_add_actor_requested(self, x: float, y: float) -> None:
        self.add_entity(EntityType.ACTOR, Actor(x=x, y=y))

    def _on_workshop_started(self) -> None:
        if self.workshop.workshop is not None:
            self.help.watch(self.workshop.workshop, Topic.WORKSHOP)

    def _on_graph_status_changed(self, text: str) -> None:
        self.status_filter.setText(text)

    def _on_document_map_renamed(self, _name: str) -> None:
        self._update_title()

    def _update_counts(self) -> None:
        index = self.document.index
        parts = [
            self.tr("%n actor(s)", "", index.count(EntityType.ACTOR)),
            self.tr("%n cluster(s)", "", index.count(EntityType.CLUSTER)),
            self.tr("%n project(s)", "", index.count(EntityType.PROJECT)),
            self.tr("%n membership(s)", "", index.count(EntityType.MEMBERSHIP)),
            self.tr("%n relationship(s)", "", index.count(EntityType.RELATIONSHIP)),
        ]
        self.status_counts.setText(" · ".join(parts))

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        self._update_counts()

    def _on_document_access_changed(self, _reason: str) -> None:
        self._show_access()

    def _show_access(self) -> None:
        """Say why the map cannot be changed, if it cannot, and offer no way to change it."""
        editing: list[QAction | QWidget] = [
            *self.add_actions.values(),
            self.delete_action,
            self.importer.action,
            self.map_files.restore_action,
            self.map_files.rename_action,
        ]
        self.banner.show_for(self.document.read_only, editing)
        self.form_stack.set_editable(not self.document.read_only)  # and the forms made later

    def _show_opening_notes(self) -> None:
        notes = self.document.opening_notes()
        if notes:
            self.dialogs.inform(self.tr("About this map"), "\n\n".join(notes))
        self.document.clear_opening_notes()

    def _on_document_edit_failed(self, message: str) -> None:
        self.dialogs.error(self.tr("The change was not made"), message)

    # -- commands -----------------------------------------------------------------------

    def add_entity(self, entity_type: EntityType, template: Entity | None = None) -> None:
        """Show an empty form for a new entity, prefilled from the current context."""
        self.adding.add(entity_type, template)

    def _start_new(self, entity_type: EntityType, template: Entity | None) -> None:
        self.form_dock.show()
        self.form_stack.start_new(entity_type, template)

    def _show_view_state(self, state: ViewState) -> None:
        self.graph.apply_view_state(state, animate=self.graph.layouts.animate)

    def _ask_text(self, title: str, label: str, value: str) -> str | None:
        return self.dialogs.text(title, label, value)

    def _write_report(self, path: Path, period: tuple[date, date]) -> None:
        # Imported here, not at the top: the window starts without the report's modules.
        from aspdesk.graph.export.report import write_report

        canvas, rules = self.graph.canvas, self.settings.health_rules
        write_report(canvas, path, QCoreApplication.translate, rules=rules, period=period)

    def _choose_screen(self, names: Sequence[str]) -> int | None:
        return self.dialogs.choice(
            self.tr("Workshop mode"), self.tr("Show the workshop on which screen?"), names
        )

    def delete_selected(self) -> None:
        """Delete the selected entities after the user confirms what goes with them."""
        refs = list(self.document.selection.selected)
        if not refs:
            return
        question, details = describe_removal(self.document, refs)
        if not self.dialogs.confirm(self.tr("Delete"), question, details, self.tr("Delete")):
            return
        stack = self.document.undo_stack
        names = []
        for ref in refs:
            entity = self.document.index.get(ref.type, ref.id)
            if entity is not None:
                names.append(
                    (ref, f"{entity_noun(ref.type)} “{entity_title(self.document, entity)}”")
                )
        if len(names) > 1:
            stack.beginMacro(self.tr("Delete %n item(s)", "", len(names)))
        try:
            for ref, name in names:
                if self.document.index.get(ref.type, ref.id) is None:
                    continue  # already gone with an actor or cluster deleted before it
                self.document.push(
                    DeleteEntity(self.document, ref, self.tr("Delete {what}").format(what=name))
                )
        finally:
            if len(names) > 1:
                stack.endMacro()

    def focus_search(self) -> None:
        """Put the cursor in the search box of the table on show."""
        panel = self.table_tabs.currentWidget()
        if isinstance(panel, TablePanel):
            self.tables_dock.show()
            panel.focus_search()

    def show_about(self) -> None:
        """Say what aspdesk is."""
        self.dialogs.inform(
            self.tr("About aspdesk"),
            self.tr(
                "aspdesk {version}\n\nMaps the actors, clusters, roles and relationships of "
                "regional business-cluster networks. Every change is saved in the map file at once."
            ).format(version=__version__),
        )

    def _quit(self) -> None:
        QApplication.closeAllWindows()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._fitted:  # once shown, the frame around the window is known too
            self._fitted = True
            fit_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Work still running (an export, an import, the metrics) is cancelled and waited
        # for before the map closes under it.
        stop_tasks(self)
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        if self.document.path is not None:
            self.settings.add_recent_map(self.document.path)
        self.settings.sync()
        self.document.close()
        super().closeEvent(event)
