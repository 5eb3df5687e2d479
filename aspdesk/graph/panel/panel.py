"""The graph panel in the centre of the main window: a toolbar over the canvas, the time bar
under it. Search, fit, layouts, colour by kind, cluster or a network metric, size by ties or
a metric (:meth:`GraphPanel.set_metrics` hands over the figures), clusters and projects as
hubs, focus and filters (among them the network of one project); the context menus of nodes
and of empty space; "connect", which asks for the type of the new relationship in a small
menu; saved views, captured from and applied to all of these at once (:meth:`view_state`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRect, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.layout.placing import Clearance
from aspdesk.analysis.metrics import METRIC_NAMES, NetworkMetrics, compute_metrics
from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.document import Document
from aspdesk.app.graph_commands import PinNodes
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.domain.views import SIZE_METRICS, ViewState
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.layouts.placement import Reveal, clearance
from aspdesk.graph.layouts.run import LayoutRunner
from aspdesk.graph.panel.connecting import TypeChooser, ask_term, connect_nodes
from aspdesk.graph.panel.filter_popup import FilterPopup
from aspdesk.graph.panel.search_hint import SearchHint
from aspdesk.graph.panel.toolbar import ChoiceButton, MenuButton, StateButton
from aspdesk.graph.scene.data import ViewOptions
from aspdesk.graph.styling.metric_style import COLOUR_METRICS, lower_first, metric_label
from aspdesk.graph.styling.themes import LIGHT, THEMES, Theme, everyday
from aspdesk.graph.time.bar import TimeBar
from aspdesk.graph.views.state import (
    ViewTransition,
    capture,
    known_options,
    node_positions,
    selection_of,
    show_region,
    write_positions,
)


class GraphPanel(QWidget):
    """Toolbar and canvas for one document."""

    form_requested = Signal(object)  # Ref
    add_actor_requested = Signal(float, float)  # where, in graph coordinates
    delete_requested = Signal()
    status_changed = Signal(str)
    comparison_changed = Signal(object)  # then and now's Comparison, or None

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.canvas = GraphCanvas(document, self)
        self.everyday: Theme = LIGHT  # the look of "light" in the window's colour scheme
        self.layouts = LayoutRunner(self.canvas)
        self.transition = ViewTransition(self.canvas)
        self.filter_popup = FilterPopup(document, self)
        self.time_bar = TimeBar(document, self.canvas, self.set_filter, self)
        self.time_bar.comparison_changed.connect(self.comparison_changed)
        self.choose_relation_type: TypeChooser = self._menu_relation_type
        self.choose_partner_role: TypeChooser = self._menu_partner_role
        self.prompt_font: QFont | None = None  # of the menu that asks; a workshop's is big
        # Figures for a metric colour or size: handed over (set_metrics), asked for from
        # metrics_source, or computed here when nobody provides them.
        self.metrics: NetworkMetrics | None = None
        self.metrics_source: Callable[[], None] | None = None
        # Built in this order, which is the order Tab takes through the toolbar.
        self._build_search()
        fit = self._build_fit_button()
        self._build_layout_menu()
        self._build_look_choices()
        self._build_focus_menu()
        self._build_filter_button()
        self._build_toolbar(fit)
        self._label_buttons(self.canvas.options)
        self._build_body()
        self._connect_canvas()

    def _build_search(self) -> None:
        """The search box, wide enough for its whole placeholder."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an actor…"))
        self.search.setToolTip(
            self.tr("Marks the actors whose name has this text; Enter selects the first")
        )
        # Room for the whole placeholder: frame and margins are about two letters.
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText())
            + metrics.horizontalAdvance("MM")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)

    def _build_fit_button(self) -> QToolButton:
        fit = QToolButton(self)
        fit.setText(self.tr("Fit"))
        fit.setToolTip(self.tr("Show the whole graph (Home)"))
        fit.clicked.connect(self.canvas.fit)
        return fit

    def _build_layout_menu(self) -> None:
        """The Layout button: a menu of the layouts, and whether they animate."""
        self.layout_button = MenuButton(self.tr("Layout"), self)
        layout_menu = self.layout_button.menu()
        names = {
            "force": self.tr("Force-directed"),
            "circle": self.tr("Circle"),
            "grid": self.tr("Grid"),
            "group": self.tr("Group by kind"),
            "wheel": self.tr("Cluster wheel"),
        }
        self.layout_actions: dict[str, QAction] = {}
        for key, label in names.items():
            action = layout_menu.addAction(label)
            action.triggered.connect(lambda _c=False, k=key, t=label: self.run_layout(k, t))
            self.layout_actions[key] = action
        layout_menu.addSeparator()
        self.animate_action = layout_menu.addAction(self.tr("Animate layouts"))
        self.animate_action.setCheckable(True)
        self.animate_action.setChecked(True)
        self.animate_action.toggled.connect(self._on_animate_toggled)

    def _build_look_choices(self) -> None:
        """What the nodes show: colour by, size by, clusters and projects as hubs."""
        # Menu buttons with short fixed texts (see aspdesk.graph.panel.toolbar): the choice is
        # ticked in the menu, named in the tooltip and shown by the legend.
        self.colour_by = ChoiceButton(self.tr("Colour"), self)
        self.colour_by.add_choice(self.tr("Colour by kind"), "kind")
        self.colour_by.add_choice(self.tr("Colour by cluster"), "cluster")
        self.colour_by.add_separator()
        self.size_by = ChoiceButton(self.tr("Size"), self)
        self.size_by.add_choice(self.tr("Size by number of ties"), "ties")
        for code in COLOUR_METRICS:
            name = lower_first(metric_label(code))
            self.colour_by.add_choice(self.tr("Colour by {metric}").format(metric=name), code)
            if code in SIZE_METRICS:
                self.size_by.add_choice(self.tr("Size by {metric}").format(metric=name), code)
        self.colour_by.chosen.connect(self._on_options_changed)
        self.size_by.chosen.connect(self._on_options_changed)
        self.hubs = QCheckBox(self.tr("Clusters as hubs"), self)
        self.hubs.toggled.connect(self._on_options_changed)
        # "Show projects" lives in the filter's popup, to keep the toolbar narrow.
        self.projects = self.filter_popup.show_projects
        self.projects.toggled.connect(self._on_options_changed)

    def _build_focus_menu(self) -> None:
        """The Focus button: how many steps out from the selection, along which ties, and
        whether the rest is hidden or dimmed."""
        # Focus lives in one menu button so the toolbar stays narrow.
        self.focus_button = MenuButton(self.tr("Focus"), self, can_be_on=True)
        focus_menu = self.focus_button.menu()
        self.focus_depths = QActionGroup(self)
        for depth in (0, 1, 2, 3):
            label = self.tr("No focus") if depth == 0 else self.tr("%n step(s) out", "", depth)
            action = focus_menu.addAction(label)
            action.setCheckable(True)
            action.setData(depth)
            action.setChecked(depth == 0)
            self.focus_depths.addAction(action)
        focus_menu.addSeparator()
        self.focus_directions = QActionGroup(self)
        for code, label in (
            ("both", self.tr("Both ways")),
            ("out", self.tr("Outgoing ties only")),
            ("in", self.tr("Incoming ties only")),
        ):
            action = focus_menu.addAction(label)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == "both")
            self.focus_directions.addAction(action)
        focus_menu.addSeparator()
        self.hide_rest = focus_menu.addAction(self.tr("Hide the rest (else dim it)"))
        self.hide_rest.setCheckable(True)
        self.focus_depths.triggered.connect(self._on_options_changed)
        self.focus_directions.triggered.connect(self._on_options_changed)
        self.hide_rest.toggled.connect(self._on_options_changed)

    def _build_filter_button(self) -> None:
        self.filter_button = StateButton(self.tr("Filter…"), self)  # pressed in while on
        self.filter_button.clicked.connect(self._on_filter_button_clicked)
        self.filter_popup.filter_changed.connect(self._on_filter_popup_filter_changed)

    def _build_toolbar(self, fit: QToolButton) -> None:
        """The toolbar's row: the search box takes what room is left."""
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(4, 4, 4, 0)
        bar.setSpacing(4)  # every pixel of the toolbar is taken from the docks beside it
        bar.addWidget(self.search, 2)
        for widget in (
            fit,
            self.layout_button,
            self.colour_by,
            self.size_by,
            self.hubs,
            self.focus_button,
            self.filter_button,
        ):
            bar.addWidget(widget)

    def _build_body(self) -> None:
        """The toolbar over the search's hint over the canvas, which takes the height."""
        self.search_hint = SearchHint(self.document, self.canvas, self.set_filter, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.time_bar)  # under the graph and its legend, never over them

    def _connect_canvas(self) -> None:
        self.canvas.form_requested.connect(self.form_requested)
        self.canvas.status_changed.connect(self.status_changed)
        self.canvas.context_requested.connect(self._on_canvas_context_requested)
        self.canvas.connect_requested.connect(self._on_canvas_connect_requested)
        self.canvas.data_rebuilt.connect(self._on_canvas_data_rebuilt)

    # -- options ------------------------------------------------------------------------

    def _on_options_changed(self, *_args: object) -> None:
        depth_action = self.focus_depths.checkedAction()
        direction_action = self.focus_directions.checkedAction()
        depth = int(depth_action.data()) if depth_action else 0
        options = replace(
            self.canvas.options,
            colour_by=self.colour_by.current(),
            size_by=self.size_by.current(),
            clusters_as_hubs=self.hubs.isChecked(),
            show_projects=self.projects.isChecked(),
            focus_depth=depth,
            focus_direction=str(direction_action.data()) if direction_action else "both",
            focus_hides=self.hide_rest.isChecked(),
        )
        options = replace(options, metrics=self._metrics_for(options))
        self._label_buttons(options)
        before = self.canvas.options
        self.canvas.set_options(options)
        hubs_changed = (before.show_projects, before.clusters_as_hubs) != (
            options.show_projects,
            options.clusters_as_hubs,
        )
        if hubs_changed and self.canvas.legend_covers_nodes():
            # The legend grew by the hubs' entries and now hides part of the graph.
            self.canvas.fit()

    def _label_buttons(self, options: ViewOptions) -> None:
        """Show on the toolbar that focus or a filter is on: the button is pressed in and
        its tooltip says how. Their texts stay the same: "Focus: 2 steps" and "Filter
        (on)…" widened the toolbar, which the docks beside the graph paid for."""
        depth = options.focus_depth
        self.focus_button.set_on(depth > 0)
        self.focus_button.setToolTip(
            self.tr("Focus: %n step(s)", "", depth)
            if depth
            else self.tr("Show only the selection and its neighbours")
        )
        active = not options.graph_filter.is_empty()
        self.filter_button.set_on(active)
        self.filter_button.setToolTip(
            self.tr("A filter is on and hides part of the map")
            if active
            else self.tr("Show only some clusters, kinds or relationships, a date or a project")
        )

    def set_focus_depth(self, depth: int) -> None:
        """Focus on the selection ``depth`` steps out (0: no focus)."""
        for action in self.focus_depths.actions():
            if int(action.data()) == depth:
                action.setChecked(True)
        self._on_options_changed()

    def set_filter(self, graph_filter: GraphFilter) -> None:
        """Show only what ``graph_filter`` lets through."""
        options = replace(self.canvas.options, graph_filter=graph_filter)
        self._label_buttons(options)
        self.canvas.set_options(options)

    def _on_filter_popup_filter_changed(self, graph_filter: GraphFilter) -> None:
        self.set_filter(graph_filter)

    def show_project_network(self, project_id: int) -> None:
        """Show only the network of a project: the project, its partners and the actors
        tied to them (the filter's "Show everything" shows the whole map again)."""
        self.set_filter(replace(self.canvas.options.graph_filter, project=project_id))
        self.canvas.fit()

    def _on_filter_button_clicked(self) -> None:
        self.filter_popup.refresh(self.canvas.options.graph_filter)
        button = self.filter_button
        self.filter_popup.open_at(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))

    def _on_animate_toggled(self, on: bool) -> None:
        self.layouts.animate = on

    def run_layout(self, name: str, label: str) -> None:
        """Lay out the graph; one undo step named after the layout."""
        self.layouts.run(name, self.tr("Layout: {name}").format(name=label))

    def show_comparison(self, then: date, now: date) -> None:
        """Show what changed on the network between ``then`` and ``now`` (then and now)."""
        self.time_bar.compare(then, now)

    def clear_comparison(self) -> None:
        """Show the slider's day again rather than a comparison."""
        self.time_bar.compare(None)

    # -- saved views --------------------------------------------------------------------

    def view_state(self, *, positions: bool = True) -> ViewState:
        """What the graph shows now: options, selection, theme, camera and (with
        ``positions``) where the map has its nodes."""
        return capture(self.canvas, positions=positions)

    def set_dark(self, dark: bool) -> None:
        """Show the everyday look on a dark or a light ground, as the window's colour
        scheme is; a projector or dark theme a view asked for stays."""
        old, self.everyday = self.everyday, everyday(dark)
        if self.canvas.theme is old and old is not self.everyday:
            self.canvas.set_theme(self.everyday, self.canvas.label_px)

    def apply_view_state(self, state: ViewState, *, animate: bool = False) -> None:
        """Show the map as ``state`` says, with one rebuild of the picture.

        The view's positions become the map's, quietly (see
        :mod:`aspdesk.graph.views.state`); its selection becomes the selection, which
        focus centres on. With ``animate`` the nodes and the camera glide there in
        about 300 ms; without, the view is shown at once.
        """
        canvas = self.canvas
        self.layouts.finish()
        self.transition.stop()
        before = node_positions(canvas)
        camera_from = canvas.box.viewRect()
        write_positions(self.document, state)
        options = known_options(self.document, state)
        options = replace(options, metrics=self._metrics_for(options))
        self._show_options(options)
        theme = THEMES.get(state.theme, LIGHT)
        theme = self.everyday if theme is LIGHT else theme
        if theme is not canvas.theme or state.label_px != canvas.label_px:
            canvas.set_theme(theme, state.label_px)
        self.document.selection.select(selection_of(self.document, state))
        canvas.set_options(options)
        glide = animate and self.transition.duration_ms > 0
        show_region(canvas, state, self.transition if glide else None, before, camera_from)

    def _show_options(self, options: ViewOptions) -> None:
        """Set the toolbar's controls to ``options`` without each one redrawing."""
        controls = (self.hubs, self.projects, self.hide_rest)
        for control in controls:
            control.blockSignals(True)
        try:
            self.colour_by.choose(options.colour_by)
            self.size_by.choose(options.size_by)
            self.hubs.setChecked(options.clusters_as_hubs)
            self.projects.setChecked(options.show_projects)
            self.hide_rest.setChecked(options.focus_hides)
            # Checking an action by code does not emit "triggered", which is what we follow.
            for action in self.focus_depths.actions():
                action.setChecked(int(action.data()) == options.focus_depth)
            for action in self.focus_directions.actions():
                action.setChecked(str(action.data()) == options.focus_direction)
        finally:
            for control in controls:
                control.blockSignals(False)
        self._label_buttons(options)

    # -- network metrics ----------------------------------------------------------------

    def uses_metrics(self) -> bool:
        """Whether the nodes' colour or size shows a network metric."""
        options = self.canvas.options
        return options.colour_by in METRIC_NAMES or options.size_by in METRIC_NAMES

    def set_metrics(self, metrics: NetworkMetrics | None) -> None:
        """Take new figures (of the actors on show); redraw if the picture shows them."""
        self.metrics = metrics
        if self.uses_metrics() and self.canvas.options.metrics is not metrics:
            self.canvas.set_options(replace(self.canvas.options, metrics=metrics))

    def _metrics_for(self, options: ViewOptions) -> NetworkMetrics | None:
        """The figures ``options`` need, found first when none are known yet: from
        :attr:`metrics_source` (which may answer later), else computed here."""
        wanted = options.colour_by in METRIC_NAMES or options.size_by in METRIC_NAMES
        if wanted and self.metrics is None:
            if self.metrics_source is not None:
                self.metrics_source()
            else:
                self.metrics = compute_metrics(*self.shown_network())
        return self.metrics

    def _on_canvas_data_rebuilt(self) -> None:
        # Alone (a workshop window), keep the figures of the actors on show ourselves.
        metrics = self.metrics
        if self.metrics_source is None and metrics is not None and self.uses_metrics():
            if set(metrics.actor_ids) != self.canvas.data.visible.actors:
                self.metrics = None
                options = self.canvas.options
                self.canvas.set_options(replace(options, metrics=self._metrics_for(options)))

    def shown_network(self) -> tuple[list[Actor], list[Relationship]]:
        """The actors and relationships the filters let through (what the figures are of)."""
        visible = self.canvas.data.visible
        index = self.document.index
        actors = [
            a
            for a in index.all(EntityType.ACTOR)
            if isinstance(a, Actor) and a.id in visible.actors
        ]
        ties = [
            r
            for r in index.all(EntityType.RELATIONSHIP)
            if isinstance(r, Relationship) and r.id in visible.relationships
        ]
        return actors, ties

    def clearance(self, names: Sequence[str]) -> Clearance:
        """What the graph shows, for placing new actors called ``names`` (an import)."""
        return clearance(self.canvas, names)

    def reveal_when_drawn(self, refs: Sequence[Ref]) -> None:
        """Bring these nodes into view once the graph has drawn them (an edit is drawn when
        the event loop next turns): what an import brought in."""
        Reveal(self.canvas, refs)

    def zoom_to_actors(self, actor_ids: Sequence[int]) -> None:
        """Show these actors (those on the graph) in the view."""
        found = (self.canvas.data.index_of(Ref(EntityType.ACTOR, a)) for a in actor_ids)
        nodes = [n for n in found if n >= 0]
        if nodes:
            self.canvas.zoom_to(nodes)

    # -- search -------------------------------------------------------------------------

    def _found_nodes(self) -> list[int]:
        return self.search_hint.nodes_found(self.search.text())

    def _on_search_text_changed(self, text: str) -> None:
        found = self._found_nodes()
        self.canvas.set_highlighted(found)
        self.search_hint.update_for(text, bool(found))

    def _on_search_return_pressed(self) -> None:
        found = self._found_nodes()
        if found:
            self.document.selection.select([self.canvas.data.refs[found[0]]])
            self.canvas.centre_on(found[0])

    # -- menus --------------------------------------------------------------------------

    def node_menu(self, node: int) -> QMenu:
        """The context menu of ``node``."""
        canvas = self.canvas
        ref = canvas.data.refs[node]
        menu = QMenu(self)
        menu.addAction(self.tr("Edit"), lambda: self._edit(ref))
        if ref.type is EntityType.ACTOR:
            menu.addAction(self.tr("Connect to…"), lambda: canvas.start_connect(node))
            menu.addAction(self.tr("Focus on neighbourhood"), lambda: self._focus_on(ref))
            menu.addAction(self.tr("Hide"), lambda: self._hide(ref.id))
        if ref.type is EntityType.PROJECT:
            menu.addAction(
                self.tr("Show the network of this project"),
                lambda: self.show_project_network(ref.id),
            )
        pinned = bool(canvas.data.pinned[node])
        menu.addAction(
            self.tr("Unpin") if pinned else self.tr("Pin in place"),
            lambda: self._pin(ref, not pinned),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self._delete(ref))
        return menu

    def empty_menu(self, data_pos: QPointF) -> QMenu:
        """The context menu of empty space at ``data_pos``."""
        menu = QMenu(self)
        menu.addAction(
            self.tr("Add actor here"),
            lambda: self.add_actor_requested.emit(data_pos.x(), data_pos.y()),
        )
        hidden = self.canvas.options.graph_filter.hidden
        if hidden:
            menu.addAction(self.tr("Show %n hidden actor(s)", "", len(hidden)), self._show_hidden)
        menu.addAction(self.tr("Fit to view"), self.canvas.fit)
        menu.addAction(self.canvas.legend.action)  # brings a hidden legend back
        return menu

    def _on_canvas_context_requested(self, node: int, data_pos: QPointF, screen: QPointF) -> None:
        menu = self.node_menu(node) if node >= 0 else self.empty_menu(data_pos)
        menu.exec(screen.toPoint())

    def _edit(self, ref: Ref) -> None:
        self.document.selection.select([ref])
        self.form_requested.emit(ref)

    def _focus_on(self, ref: Ref) -> None:
        self.document.selection.select([ref])
        if self.canvas.options.focus_depth == 0:
            self.set_focus_depth(1)

    def _hide(self, actor_id: int) -> None:
        current = self.canvas.options.graph_filter
        self.set_filter(replace(current, hidden=current.hidden | {actor_id}))

    def _show_hidden(self) -> None:
        self.set_filter(replace(self.canvas.options.graph_filter, hidden=frozenset()))

    def _pin(self, ref: Ref, pinned: bool) -> None:
        text = self.tr("Pin node") if pinned else self.tr("Unpin node")
        self.document.push(PinNodes(self.document, {ref: not pinned}, {ref: pinned}, text))

    def _delete(self, ref: Ref) -> None:
        self.document.selection.select([ref])
        self.delete_requested.emit()

    # -- connecting ---------------------------------------------------------------------

    def _menu_relation_type(self, where: QPoint) -> str | None:
        return ask_term(self, self.document, Vocabulary.RELATION_TYPE, where, self.prompt_font)

    def _menu_partner_role(self, where: QPoint) -> str | None:
        return ask_term(self, self.document, Vocabulary.PARTNER_ROLE, where, self.prompt_font)

    def _on_canvas_connect_requested(self, source: int, target: int, screen: QPointF) -> None:
        choose_type, choose_role = self.choose_relation_type, self.choose_partner_role
        connect_nodes(
            self.document, self.canvas.data, source, target, screen, choose_type, choose_role
        )
