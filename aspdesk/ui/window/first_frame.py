"""Work that waits for the window's first frame.

The metrics and the cluster health check look at the whole map; started with the window,
on a busy or slow machine their first run came before the window's first frame and kept
it waiting (a start on the sample map loaded igraph before the graph was drawn). They wait
for the frame instead: :func:`after_first_frame` runs the work once the window has painted,
or at once when it already has (a map opened into a window that is on screen).

The frame is the window's first paint, not its first update request: that comes as the
window is shown, before the window system has exposed it, and paints nothing (offscreen
and under X11 alike); the frame is painted when the expose arrives. Work posted at the
request ran after the frame only when the expose came first, which a window manager's
round trip need not allow (on 10,000 actors, 0.2 s of forms and collecting ahead of it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

_PAINTED = "aspdeskFirstFramePainted"


class _Watch(QObject):
    """Waits for ``window``'s first paint, then runs what is waiting."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint and self._exposed():
            self.window.removeEventFilter(self)
            self.window.setProperty(_PAINTED, True)
            # The frame is being painted (the window first, then what it holds): the work
            # comes after, and not at all if the window goes first (the timer's context
            # is this child of it).
            QTimer.singleShot(0, self, self._run)
        return False

    def _exposed(self) -> bool:
        # A grab() paints a window the screen has not shown: not its frame.
        handle = self.window.windowHandle()
        return handle is not None and handle.isExposed()

    def _run(self) -> None:
        waiting, self.waiting = self.waiting, []
        for work in waiting:
            work()


def after_first_frame(window: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``window`` has painted its first frame (now, if it has)."""
    if window.property(_PAINTED):
        work()
        return
    watch = window.findChild(_Watch, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if watch is None:
        watch = _Watch(window)
    watch.waiting.append(work)
