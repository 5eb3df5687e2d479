"""The line under the graph's toolbar that says when the search finds only hidden actors.

Searching for "Lapin Marjatila" while a filter hides it found nothing, and the user could
not tell a missing actor from a hidden one. Now the line says "Lapin Marjatila is hidden
by the filter" and offers Show it, which relaxes the filter just enough
(:func:`aspdesk.analysis.network_view.filter_showing`: unhide it, let its kind and its
clusters through, drop a project filter it is outside of, else clear the filter), selects
it and centres on it. The view's filter is not an edit of the map and has no undo step, so
the line then offers "Put the filter back", which restores the filter as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from aspdesk.analysis.network_view import GraphFilter, filter_showing, matches
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Membership, ProjectPartner, Relationship
from aspdesk.graph.canvas.canvas import GraphCanvas


class SearchHint(QWidget):
    """Says that the search's matches are hidden, and shows one on request."""

    def __init__(
        self,
        document: Document,
        canvas: GraphCanvas,
        set_filter: Callable[[GraphFilter], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.canvas = canvas
        self.set_filter = set_filter
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 4, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QToolButton(self)
        self.button.clicked.connect(self._on_button_clicked)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        self.match: Actor | None = None  # found by the search but not on show
        self.filter_before: GraphFilter | None = None  # for "Put the filter back"

    def _actors(self) -> list[Actor]:
        return [a for a in self.document.index.all(EntityType.ACTOR) if isinstance(a, Actor)]

    def nodes_found(self, text: str) -> list[int]:
        """The nodes on the graph of the actors the search ``text`` finds, best first."""
        visible = self.canvas.data.visible.actors
        ids = matches([a for a in self._actors() if a.id in visible], text)
        nodes = (self.canvas.data.index_of(Ref(EntityType.ACTOR, i)) for i in ids)
        return [n for n in nodes if n >= 0]

    def update_for(self, text: str, found_on_show: bool) -> None:
        """Follow the search ``text``; ``found_on_show``: it found actors on the graph."""
        self.filter_before = None
        self.match = None
        hidden = [] if found_on_show or not text.strip() else matches(self._actors(), text)
        if not hidden:
            self.hide()
            return
        match = self.document.index.get(EntityType.ACTOR, hidden[0])
        assert isinstance(match, Actor)
        self.match = match
        if match.id in self.canvas.data.visible.actors:
            said = self.tr("{name} is outside the focus.")  # the focus hides the rest
        elif len(hidden) > 1:
            said = self.tr(
                "{name} and %n other(s) found are hidden by the filter.", "", len(hidden) - 1
            )
        else:
            said = self.tr("{name} is hidden by the filter.")
        self.label.setText(said.format(name=match.display_name))
        self.button.setText(self.tr("Show it"))
        self.button.show()
        self.show()

    def show_match(self) -> None:
        """Show the actor found: relax the filter just enough, select it, centre on it."""
        match = self.match
        if match is None:
            return
        before = self.canvas.options.graph_filter
        if match.id not in self.canvas.data.visible.actors:
            index = self.document.index
            self.set_filter(
                filter_showing(
                    before,
                    match,
                    self._actors(),
                    [m for m in index.all(EntityType.MEMBERSHIP) if isinstance(m, Membership)],
                    [r for r in index.all(EntityType.RELATIONSHIP) if isinstance(r, Relationship)],
                    [
                        p
                        for p in index.all(EntityType.PROJECT_PARTNER)
                        if isinstance(p, ProjectPartner)
                    ],
                )
            )
        ref = Ref(EntityType.ACTOR, match.id or 0)
        self.document.selection.select([ref])  # a focus centres on the selection
        node = self.canvas.data.index_of(ref)
        if node >= 0:
            self.canvas.centre_on(node)
            self.canvas.set_highlighted([node])
        self.match = None
        changed = before != self.canvas.options.graph_filter
        name = match.display_name
        if changed:
            self.filter_before = before
            self.label.setText(self.tr("The filter now shows {name} too.").format(name=name))
            self.button.setText(self.tr("Put the filter back"))
        else:
            self.label.setText(self.tr("{name} is selected and shown.").format(name=name))
            self.button.hide()

    def put_filter_back(self) -> None:
        """Restore the filter as it was before :meth:`show_match`."""
        if self.filter_before is not None:
            self.set_filter(self.filter_before)
            self.filter_before = None
        self.hide()

    def _on_button_clicked(self) -> None:
        if self.filter_before is not None:
            self.put_filter_back()
        else:
            self.show_match()
