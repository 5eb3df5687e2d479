"""The map's saved views as a list: show one, save the graph as a new one, and edit them.

Every change to the list (new, update, rename, duplicate, delete, move) is a command on
the document's undo stack, so the Edit menu names it and Undo takes it back. Showing a
view is not a change to the map and is not undone.

The panel knows nothing of the graph: the main window hands it two callables, one that
captures what the graph shows as a :class:`ViewState` and one that shows a state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.document import Document
from aspdesk.app.view_commands import (
    AddView,
    DeleteView,
    DuplicateView,
    MoveView,
    RenameView,
    UpdateView,
)
from aspdesk.domain.views import SavedView, ViewState

Capture = Callable[[], ViewState]
Show = Callable[[ViewState], None]
# Asks for one line of text: (title, label, suggested value) -> text, or None if cancelled.
AskText = Callable[[str, str, str], "str | None"]

ID_ROLE = Qt.ItemDataRole.UserRole


class ViewsPanel(QWidget):
    """The saved views of one document, in order, with the actions on them.

    ``capture`` returns what the graph shows now; ``show`` makes the graph show a state.
    ``ask_text`` asks the user for a name (the window's dialogs, scripted in tests).
    """

    view_shown = Signal(int)  # the id of the view just shown

    def __init__(
        self,
        document: Document,
        capture: Capture,
        show: Show,
        ask_text: AskText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.capture = capture
        self.show_state = show
        self.ask_text = ask_text
        self.shown_id: int | None = None
        self._views: list[SavedView] = []
        self._filling = False
        self._pending_move: tuple[int, int] | None = None

        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names are edited with Rename (F2), since the list shows each view's number too.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(1)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.model().rowsMoved.connect(self._on_model_rows_moved)
        self.empty_note = QLabel(
            self.tr(
                "No saved views yet. Set up the graph (filters, focus, layout, zoom) and "
                "choose New view to keep it as a step of a workshop or a page of a report."
            ),
            self,
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setMargin(6)
        self.empty_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # In a short dock the note is cut at its end, not its start.
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self._build_actions()
        # Enter shows (the list's own activation); Delete is taken from the window, whose
        # Delete would remove the selected actor instead.
        self.list.installEventFilter(self)

        # A tool bar rather than a row of buttons: in a narrow dock it folds what does
        # not fit into a menu instead of cutting the buttons off.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.update_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            self.toolbar.addAction(action)
        # Up and down sit beside the list they reorder, as in most list editors.
        arrows = QVBoxLayout()
        arrows.setContentsMargins(0, 0, 0, 0)
        for action in (self.up_action, self.down_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            arrows.addWidget(button)
        arrows.addStretch(1)
        self.list_row = QWidget(self)
        row = QHBoxLayout(self.list_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.list, 1)
        row.addLayout(arrows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list_row, 1)
        self._spacer = QWidget(self)
        layout.addWidget(self._spacer, 1)

        document.views_changed.connect(self._on_document_views_changed)
        self.refresh()

    def _build_actions(self) -> None:
        """Show, New, Update, Rename (F2), Duplicate, Delete, and moving a view up or down."""
        style = self.style()
        self.show_action = self._action(self.tr("&Show"), self.show_current)
        self.new_action = self._action(self.tr("&New view…"), self.add_view)
        self.new_action.setToolTip(self.tr("Save what the graph shows now as a new view"))
        self.update_action = self._action(self.tr("&Update"), self.update_current)
        self.update_action.setToolTip(
            self.tr("Make the selected view show what the graph shows now")
        )
        self.rename_action = self._action(self.tr("&Rename…"), self.rename_current)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate_current)
        self.delete_action = self._action(self.tr("&Delete"), self.delete_current)
        self.up_action = self._action(self.tr("Move &up"), self.move_current_up)
        self.up_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down_action = self._action(self.tr("Move do&wn"), self.move_current_down)
        self.down_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- the list -----------------------------------------------------------------------

    def views(self) -> list[SavedView]:
        """The views in list order, as the panel shows them."""
        return list(self._views)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the views again; keep ``select_id`` (or the current view) selected."""
        current = self.current_view()
        keep = select_id if select_id is not None else (current.id if current else None)
        row = self.list.currentRow()
        self._views = self.document.saved_views()
        self._filling = True
        try:
            self.list.clear()
            for number, view in enumerate(self._views, start=1):
                # Numbered: workshop mode jumps to a step with its number key.
                item = QListWidgetItem(f"{number}.  {view.name}")
                item.setData(ID_ROLE, view.id)
                item.setToolTip(view.name)
                if view.id == self.shown_id:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
            ids = [v.id for v in self._views]
            if keep in ids:
                self.list.setCurrentRow(ids.index(keep))
            elif self._views:
                self.list.setCurrentRow(max(0, min(row, len(self._views) - 1)))
        finally:
            self._filling = False
        self.empty_note.setVisible(not self._views)
        self.list_row.setVisible(bool(self._views))
        self._spacer.setVisible(not self._views)
        self._update_actions()

    def current_view(self) -> SavedView | None:
        """The view selected in the list, or None."""
        row = self.list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _update_actions(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self._views)
        for action in (
            self.show_action,
            self.update_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
        ):
            action.setEnabled(chosen)
        self.up_action.setEnabled(chosen and row > 0)
        self.down_action.setEnabled(chosen and row < len(self._views) - 1)

    def _on_document_views_changed(self, view_id: int) -> None:
        self.refresh(view_id if view_id >= 0 else None)

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to the list, not to the window's Delete
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)

    def _on_list_context_menu_requested(self, where: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.show_action, self.new_action, self.update_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.up_action)
        menu.addAction(self.down_action)
        menu.exec(self.list.viewport().mapToGlobal(where))

    # -- showing ------------------------------------------------------------------------

    def show_view(self, view_id: int) -> bool:
        """Show the view ``view_id`` on the graph; False when there is no such view."""
        view = next((v for v in self._views if v.id == view_id), None)
        if view is None or view.id is None:
            return False
        self.show_state(view.state)
        self.shown_id = view.id
        self.refresh(view.id)
        self.view_shown.emit(view.id)
        return True

    def show_current(self) -> None:
        """Show the view selected in the list."""
        view = self.current_view()
        if view is not None and view.id is not None:
            self.show_view(view.id)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.show_view(int(item.data(ID_ROLE)))

    # -- editing ------------------------------------------------------------------------

    def add_view(self) -> None:
        """Save what the graph shows as a new view, last in the list, after asking a name."""
        suggested = self.tr("View {number}").format(number=len(self._views) + 1)
        name = self.ask_text(self.tr("New view"), self.tr("Name of the view:"), suggested)
        if not name:
            return
        text = self.tr("New view “{name}”").format(name=name)
        command = AddView(self.document, name, self.capture(), text)
        if self.document.push(command):
            self.shown_id = command.view_id
            self.refresh(command.view_id)

    def update_current(self) -> None:
        """Make the selected view show what the graph shows now."""
        view = self.current_view()
        if view is None:
            return
        text = self.tr("Update view “{name}”").format(name=view.name)
        if self.document.push(UpdateView(self.document, view, self.capture(), text)):
            self.shown_id = view.id
            self.refresh(view.id)

    def rename_current(self) -> None:
        """Ask a new name for the selected view."""
        view = self.current_view()
        if view is None:
            return
        name = self.ask_text(self.tr("Rename view"), self.tr("Name of the view:"), view.name)
        if name:
            self._rename(view, name)

    def _rename(self, view: SavedView, name: str) -> None:
        name = name.strip()
        if not name or name == view.name:
            return
        text = self.tr("Rename view “{old}” to “{new}”").format(old=view.name, new=name)
        self.document.push(RenameView(self.document, view, name, text))

    def duplicate_current(self) -> None:
        """Add a copy of the selected view right after it."""
        view = self.current_view()
        if view is None:
            return
        name = self.tr("{name} (copy)").format(name=view.name)
        text = self.tr("Duplicate view “{name}”").format(name=view.name)
        command = DuplicateView(self.document, view, name, text)
        if self.document.push(command):
            self.refresh(command.view_id)

    def delete_current(self) -> None:
        """Delete the selected view (undoable, so nothing is asked)."""
        view = self.current_view()
        if view is None:
            return
        text = self.tr("Delete view “{name}”").format(name=view.name)
        self.document.push(DeleteView(self.document, view, text))

    def move_current_up(self) -> None:
        """Move the selected view one place up."""
        self._move(self.list.currentRow(), self.list.currentRow() - 1)

    def move_current_down(self) -> None:
        """Move the selected view one place down."""
        self._move(self.list.currentRow(), self.list.currentRow() + 1)

    def _move(self, row: int, target: int) -> None:
        if not (0 <= row < len(self._views) and 0 <= target < len(self._views)) or row == target:
            self.refresh()
            return
        view = self._views[row]
        text = self.tr("Move view “{name}”").format(name=view.name)
        self.document.push(MoveView(self.document, view, target, text))

    def _on_model_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._filling:
            return
        # A drop moved the item in the list already; the list is refilled from the map
        # once the drop is over, by the command or, if it is refused, by refresh().
        self._pending_move = (start, row - 1 if row > start else row)
        QTimer.singleShot(0, self._on_move_due)

    def _on_move_due(self) -> None:
        pending, self._pending_move = self._pending_move, None
        if pending is not None:
            self._move(*pending)
