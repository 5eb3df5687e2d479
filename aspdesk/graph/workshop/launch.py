"""Entering and leaving workshop mode from the main window: F5 in, Esc out.

The launcher owns the action and the workshop window. It asks which screen to use when
there are several (the projector is usually the second), opens the window full screen
there, and gives the keyboard back to the main window when the workshop ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QWidget

from aspdesk.app.document import Document
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.styling.themes import DARK, PROJECTOR
from aspdesk.graph.workshop.window import Steps, WorkshopWindow

# Asks which of these screen names to use; returns its index or None (cancelled).
ScreenChooser = Callable[[Sequence[str]], "int | None"]


def saved_view_steps(document: Document, main: GraphPanel) -> Steps:
    """The steps of a workshop: the map's saved views in order, else the picture as the
    main window's graph ``main`` shows it now."""
    views = document.saved_views()
    if not views:
        state = main.view_state()

        def show_now(panel: GraphPanel, _step: int, _animate: bool) -> None:
            panel.apply_view_state(state)
            panel.canvas.fit()

        return Steps(lambda: 1, lambda _step: document.map_name(), show_now)

    def show(panel: GraphPanel, step: int, animate: bool) -> None:
        # The workshop keeps its projector theme and label size over each view's own.
        canvas = panel.canvas
        state = replace(views[step].state, theme=canvas.theme.key, label_px=canvas.label_px)
        panel.apply_view_state(state, animate=animate)

    return Steps(lambda: len(views), lambda step: views[step].name, show)


class WorkshopLauncher(QObject):
    """The "Workshop mode" actions of one main window and the workshop under way."""

    started = Signal()
    ended = Signal()

    def __init__(
        self,
        window: QWidget,
        document: Callable[[], Document],
        steps: Callable[[], Steps],
        choose_screen: ScreenChooser,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.steps = steps
        self.choose_screen = choose_screen
        self.workshop: WorkshopWindow | None = None
        self.action = QAction(
            QCoreApplication.translate("WorkshopLauncher", "&Workshop mode"), window
        )
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))  # F5
        self.action.setToolTip(
            QCoreApplication.translate(
                "WorkshopLauncher",
                "Show the graph full screen for a room, step by step (F5; Esc leaves)",
            )
        )
        self.action.triggered.connect(lambda: self.start())
        self.dark_action = QAction(
            QCoreApplication.translate("WorkshopLauncher", "Workshop mode, &dark theme"), window
        )
        self.dark_action.triggered.connect(lambda: self.start(dark=True))
        self.animate_action = QAction(
            QCoreApplication.translate("WorkshopLauncher", "&Animate workshop steps"), window
        )
        self.animate_action.setCheckable(True)
        self.animate_action.setChecked(True)

    def start(self, *, dark: bool = False, full_screen: bool = True) -> WorkshopWindow | None:
        """Open the workshop on the chosen screen; None when the user cancelled."""
        if self.workshop is not None:
            self.workshop.activateWindow()
            return self.workshop
        screen = self._screen()
        if screen is None:
            return None
        workshop = WorkshopWindow(
            self.document(),
            self.steps(),
            theme=DARK if dark else PROJECTOR,
            animate=self.animate_action.isChecked(),
        )
        workshop.closed.connect(self._on_closed)
        self.workshop = workshop
        geometry = screen.geometry()
        workshop.setGeometry(geometry)
        workshop.start(geometry.height())
        # The step's region refits the canvas as the window takes the screen's size.
        if full_screen:
            workshop.showFullScreen()
        else:
            workshop.show()
        workshop.activateWindow()
        workshop.panel.canvas.view.setFocus()
        self.started.emit()
        return workshop

    def _screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        if len(screens) <= 1:
            return screens[0] if screens else None
        names = [f"{s.name()} ({s.size().width()}×{s.size().height()})" for s in screens]
        chosen = self.choose_screen(names)
        return screens[chosen] if chosen is not None else None

    def _on_closed(self) -> None:
        workshop, self.workshop = self.workshop, None
        if workshop is not None:
            workshop.deleteLater()
        self.window.activateWindow()
        self.ended.emit()
