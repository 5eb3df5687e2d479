"""Workshop mode: the graph alone, full screen on a projector, stepped through with a clicker.

A room of partners looks at the map, walks through it view by view and adds what is
missing. The window shows only the graph, the step's title and the legend beside the
graph, in a high-contrast theme with labels at least 1/40 of the screen's height (+ and -
change the labels live, not the legend). Each step shows its view's region filling the
screen, whatever its shape; F or Ctrl+0 fits the step again after a pan or zoom, L hides
or shows the legend. Presentation clickers send PageDown/PageUp, so those, the arrows and
Space step; Home/End go to the first and last step, 1-9 jump, B and W blank the screen
black or white. N adds an actor by name and kind (one key), placed near the centre
without moving the others; Shift-drag connects two actors; Delete removes the selection;
Ctrl+Z and Ctrl+Shift+Z undo and redo. The prompts and the connect menu are written at the
labels' size, to be read from the back of the room. Every change is a normal command,
written to the map at once, so nothing is lost if the laptop dies mid-workshop. Esc leaves.

The steps come from the owner as a :class:`Steps` (the saved views of the map, or just
the current picture), so this module knows nothing about how views are stored. The keys
are one table, :data:`KEYS` (a key and its modifiers to a method of the window), which a
list of the keys can be read from as well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from aspdesk.app.commands import AddEntity, DeleteEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.styling.themes import DARK, PROJECTOR, Theme

LABEL_SHARE = 1 / 40  # label height as a share of the screen's height, at least
LEGEND_SHARE = 0.8 * LABEL_SHARE  # the legend's text, which + and - leave alone
LABEL_STEP = 1.15  # + and - change the label size by this factor


@dataclass
class Steps:
    """The steps of a workshop: how many, the title of each, and how to show one."""

    count: Callable[[], int]
    title: Callable[[int], str]
    show: Callable[[GraphPanel, int, bool], None]  # panel, step, animate


class Blank(QWidget):
    """A black or white sheet over everything (B or W), as a presenter's remote does."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = parent
        self.setAutoFillBackground(True)
        self.colour = ""
        self.hide()

    def show_colour(self, colour: str) -> None:
        """Cover the screen in ``colour`` ("black" or "white"), or uncover it ("")."""
        self.colour = colour
        if not colour:
            self.hide()
            return
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colour))
        self.setPalette(palette)
        self.setGeometry(self.owner.rect())
        self.raise_()
        self.show()


class NewActorPrompt(QWidget):
    """Name, then kind by one key: the quickest way to add an actor in front of a room."""

    chosen = Signal(str, str)  # name, kind code
    cancelled = Signal()

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.owner = parent
        self.setAutoFillBackground(True)
        self.setObjectName("newActorPrompt")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.question = QLabel(self.tr("New actor: type its name and press Enter"))
        self.name = QLineEdit()
        self.kinds = QLabel()
        self.kinds.setWordWrap(True)
        for widget in (self.question, self.name, self.kinds):
            layout.addWidget(widget)
        self.name.returnPressed.connect(self._on_name_entered)
        self.name.installEventFilter(self)
        self.codes: list[str] = []
        self.hide()

    def start(self, font: QFont, theme: Theme) -> None:
        """Ask for a new actor's name."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(*theme.legend_fill[:3]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
        self.setPalette(palette)
        fill = QColor(*theme.legend_fill[:3]).name()
        # Under a style sheet a widget's font no longer reaches its children (the prompt
        # showed 11 px text on a projector): the sheet says the size, and each child gets
        # the font itself.
        self.setStyleSheet(
            f"#newActorPrompt {{ background: {fill}; border: 2px solid {theme.legend_frame}; }}"
            f"#newActorPrompt QLabel {{ color: {theme.text}; }}"
            f"#newActorPrompt * {{ font-size: {font.pixelSize()}px; }}"
        )
        for widget in (self, self.question, self.name, self.kinds):
            widget.setFont(font)
        self.name.clear()
        self.kinds.hide()
        self.question.setText(self.tr("New actor: type its name and press Enter (Esc cancels)"))
        parent = self.owner
        width = int(parent.width() * 0.6)
        self.setGeometry((parent.width() - width) // 2, parent.height() // 3, width, 10)
        self.adjustSize()
        self.resize(width, self.sizeHint().height())
        self.raise_()
        self.show()
        self.name.setFocus()

    def _on_name_entered(self) -> None:
        if not self.name.text().strip():
            return
        terms = self.document.terms(Vocabulary.ACTOR_KIND)[:9]
        self.codes = [term.code for term in terms]
        lines = [f"{n}   {t.label(self.document.language)}" for n, t in enumerate(terms, 1)]
        self.question.setText(self.tr("Which kind? Press its number (Esc cancels)."))
        self.kinds.setText("\n".join(lines))
        self.kinds.show()
        self.adjustSize()
        self.resize(int(self.owner.width() * 0.6), self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.name and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                self.cancelled.emit()
                return True
            if self.kinds.isVisible() and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
                number = event.key() - Qt.Key.Key_1
                if number < len(self.codes):
                    self.hide()
                    self.chosen.emit(self.name.text().strip(), self.codes[number])
                return True
        return super().eventFilter(watched, event)


class WorkshopWindow(QWidget):
    """The graph full screen with the step's title and the legend, driven by keys."""

    closed = Signal()

    def __init__(
        self, document: Document, steps: Steps, *, theme: Theme = PROJECTOR, animate: bool = True
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Workshop – {name}").format(name=document.map_name()))
        self.document = document
        self.steps = steps
        self.theme = theme
        self.animate = animate
        self.step = 0
        self.label_px = 0.0
        self.panel = GraphPanel(document, self)
        for child in self.panel.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not self.panel.canvas:
                child.hide()  # the toolbar: a workshop shows the graph alone
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.panel, 1)
        self.setAutoFillBackground(True)
        self.blank = Blank(self)
        self.prompt = NewActorPrompt(document, self)
        self.prompt.chosen.connect(self.add_actor)
        self.prompt.cancelled.connect(self._refocus)
        self.panel.canvas.view.installEventFilter(self)
        self.panel.delete_requested.connect(self.delete_selected)
        self.step_region: QRectF | None = None  # what the step shows; None: everything

    # -- showing ------------------------------------------------------------------------

    def start(self, screen_height: int) -> None:
        """Dress for a screen ``screen_height`` pixels high and show the first step."""
        self.label_px = max(12.0, screen_height * LABEL_SHARE)
        self.panel.canvas.legend_px = max(11.0, screen_height * LEGEND_SHARE)
        self._dress()
        self.go_to(0, animate=False)

    def _dress(self) -> None:
        theme = self.theme
        self.panel.canvas.set_theme(theme, self.label_px)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.text))
        self.setPalette(palette)
        self.title.setPalette(palette)
        font = QFont()
        font.setPixelSize(round(self.label_px * 1.5))
        font.setBold(True)
        self.title.setFont(font)
        self.title.setContentsMargins(0, round(self.label_px * 0.4), 0, round(self.label_px * 0.2))
        self.panel.prompt_font = self._prompt_font()  # the menu of a Shift-drag's new tie

    def go_to(self, step: int, *, animate: bool | None = None) -> None:
        """Show step ``step`` (clamped to the steps there are)."""
        count = max(1, self.steps.count())
        self.step = min(max(step, 0), count - 1)
        self.steps.show(self.panel, self.step, self.animate if animate is None else animate)
        # A step may bring its own theme; the workshop keeps its projector look.
        self.panel.canvas.set_theme(self.theme, self.label_px)
        self.step_region = self.panel.canvas.fit_shown
        title = self.steps.title(self.step)
        total = self.steps.count()
        self.title.setText(f"{title}   ({self.step + 1}/{total})" if total > 1 else title)

    def set_theme(self, theme: Theme) -> None:
        """Switch between the light and the dark projector theme."""
        self.theme = theme
        self._dress()

    def change_labels(self, factor: float) -> None:
        """Make labels bigger (factor > 1) or smaller, live."""
        self.label_px = min(200.0, max(8.0, self.label_px * factor))
        self._dress()

    # -- keys ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key press of the workshop (see :data:`KEYS`); False when it is not
        one of ours."""
        if self.prompt.isVisible():
            return False
        if self.blank.isVisible():
            # Any of B, W or Esc brings the picture back; other keys wait.
            if event.key() in UNBLANK_KEYS:
                self.blank.show_colour("")
            return True
        action = key_action(event)
        if action is None:
            return False
        action(self)
        return True

    # -- what the keys do ---------------------------------------------------------------

    def next_step(self) -> None:
        """Go to the next step (the last stays the last)."""
        self.go_to(self.step + 1)

    def previous_step(self) -> None:
        """Go back a step (the first stays the first)."""
        self.go_to(self.step - 1)

    def first_step(self) -> None:
        """Go to the first step."""
        self.go_to(0)

    def last_step(self) -> None:
        """Go to the last step."""
        self.go_to(self.steps.count() - 1)

    def black_screen(self) -> None:
        """Blank the screen black."""
        self.blank.show_colour("black")

    def white_screen(self) -> None:
        """Blank the screen white."""
        self.blank.show_colour("white")

    def bigger_labels(self) -> None:
        """Make the labels bigger (the legend keeps its size)."""
        self.change_labels(LABEL_STEP)

    def smaller_labels(self) -> None:
        """Make the labels smaller (the legend keeps its size)."""
        self.change_labels(1 / LABEL_STEP)

    def switch_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.set_theme(PROJECTOR if self.theme is DARK else DARK)

    def switch_legend(self) -> None:
        """Hide or show the legend."""
        legend = self.panel.canvas.legend
        legend.show_legend(not legend.wanted)

    def ask_new_actor(self) -> None:
        """Ask for a new actor's name, then its kind."""
        self.prompt.start(self._prompt_font(), self.theme)

    def undo(self) -> None:
        """Undo the last change."""
        self.document.undo_stack.undo()

    def redo(self) -> None:
        """Redo the change last undone."""
        self.document.undo_stack.redo()

    def fit_step(self) -> None:
        """Show the step's region filling the screen again, after a pan or a zoom."""
        self.panel.canvas.fit_region(self.step_region)

    def _prompt_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(round(self.label_px * 1.1))
        return font

    def _refocus(self) -> None:
        self.panel.canvas.view.setFocus()

    # -- capturing ----------------------------------------------------------------------

    def add_actor(self, name: str, kind: str) -> None:
        """Add an actor in free space in view, clear of the others' symbols and labels at
        the workshop's label size (the canvas places a new node, see graph/layouts/placement.py);
        one undo step."""
        actor = Actor(name=name, kind=kind)
        text = self.tr("Add actor {name}").format(name=name)
        command = AddEntity(self.document, actor, text)
        if self.document.push(command):
            # Drawn (and so placed, and its place kept in the map) now, not when the event
            # loop next turns: the room sees it at once, and a pulled plug keeps it there.
            self.panel.canvas.rebuild()
            self.document.selection.select([command.ref])
        self._refocus()

    def delete_selected(self) -> None:
        """Delete the selected actors, clusters and projects as one undo step (no question
        asked: Ctrl+Z brings them back)."""
        refs = [
            r
            for r in self.document.selection.selected
            if r.type in (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)
        ]
        if not refs:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Delete %n item(s)", "", len(refs)))
        for ref in refs:
            if self.document.index.get(ref.type, ref.id) is None:
                continue  # gone already with an actor deleted before it
            self.document.push(DeleteEntity(self.document, Ref(ref.type, ref.id), ""))
        stack.endMacro()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)


# What a key does in a workshop: an action on the window.
WorkshopAction = Callable[[WorkshopWindow], object]


def _go_to_step(step: int) -> WorkshopAction:
    def go_to(window: WorkshopWindow) -> None:
        window.go_to(step)

    return go_to


_NONE = Qt.KeyboardModifier.NoModifier
# The workshop's keys, in the order of the user guide's page (workshop-keys.html): a key
# and its modifiers, with Shift read as none (+ needs Shift on many keyboards) and the
# keypad's flag left out.
KEYS: dict[tuple[int, Qt.KeyboardModifier], WorkshopAction] = {
    (Qt.Key.Key_Escape, _NONE): WorkshopWindow.close,
    # PageDown and PageUp are what presentation clickers send.
    (Qt.Key.Key_PageDown, _NONE): WorkshopWindow.next_step,
    (Qt.Key.Key_Right, _NONE): WorkshopWindow.next_step,
    (Qt.Key.Key_Space, _NONE): WorkshopWindow.next_step,
    (Qt.Key.Key_PageUp, _NONE): WorkshopWindow.previous_step,
    (Qt.Key.Key_Left, _NONE): WorkshopWindow.previous_step,
    (Qt.Key.Key_Home, _NONE): WorkshopWindow.first_step,
    (Qt.Key.Key_End, _NONE): WorkshopWindow.last_step,
    **{(Qt.Key(Qt.Key.Key_1 + n), _NONE): _go_to_step(n) for n in range(9)},
    (Qt.Key.Key_F, _NONE): WorkshopWindow.fit_step,
    # As View > Fit graph to view in the main window.
    (Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier): WorkshopWindow.fit_step,
    (Qt.Key.Key_Plus, _NONE): WorkshopWindow.bigger_labels,
    (Qt.Key.Key_Equal, _NONE): WorkshopWindow.bigger_labels,
    (Qt.Key.Key_Minus, _NONE): WorkshopWindow.smaller_labels,
    (Qt.Key.Key_L, _NONE): WorkshopWindow.switch_legend,
    (Qt.Key.Key_T, _NONE): WorkshopWindow.switch_theme,
    (Qt.Key.Key_B, _NONE): WorkshopWindow.black_screen,
    (Qt.Key.Key_Period, _NONE): WorkshopWindow.black_screen,
    (Qt.Key.Key_W, _NONE): WorkshopWindow.white_screen,
    (Qt.Key.Key_N, _NONE): WorkshopWindow.ask_new_actor,
    (Qt.Key.Key_Delete, _NONE): WorkshopWindow.delete_selected,
    (Qt.Key.Key_Backspace, _NONE): WorkshopWindow.delete_selected,
}
# Undo and redo as the platform spells them (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y), asked first.
STANDARD_KEYS: dict[QKeySequence.StandardKey, WorkshopAction] = {
    QKeySequence.StandardKey.Undo: WorkshopWindow.undo,
    QKeySequence.StandardKey.Redo: WorkshopWindow.redo,
}
# While the screen is blank these bring the picture back, and every other key waits.
UNBLANK_KEYS = frozenset({Qt.Key.Key_B, Qt.Key.Key_W, Qt.Key.Key_Escape, Qt.Key.Key_Period})


def key_action(event: QKeyEvent) -> WorkshopAction | None:
    """What the workshop does for the key ``event``, or None when it is not one of ours."""
    for standard, action in STANDARD_KEYS.items():
        if event.matches(standard):
            return action
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == Qt.KeyboardModifier.ShiftModifier:
        modifiers = _NONE
    return KEYS.get((event.key(), modifiers))
