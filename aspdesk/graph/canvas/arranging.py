"""When the canvas arranges its legend and fits its graph: once its window has been shown at
its size, the fits the legend's rule measured used again for the fit that follows.

Arranging the legend asks how big the graph is drawn beside it and under it (a fit each,
:func:`aspdesk.graph.export.page.fit_graph`, which on 10,000 nodes places labels for some
30 ms), and the view's new size is then fitted again. A main window being shown sized its
canvas twice: as it was laid out, and again when it fitted itself, frame and all, to the
screen in its show event (:func:`aspdesk.app.on_screen.fit_window`); each time the legend
was arranged and the graph fitted, seven fits before the first frame. So while the window
is being shown, from its first layout to the end of its ``show()`` (which Qt ends with a
``ShowToParent`` event, before anything is painted), the canvas only notes what waits, and
arranges and fits once at the end (:class:`ShowEnd`). A canvas in a window already on
screen, or in one not shown, arranges at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from aspdesk.graph.canvas.navigation import graph_scale, graph_scale_bound
from aspdesk.graph.export.page import GraphPicture, fit_graph
from aspdesk.graph.legend.panel import BOX_DIRECTIONS

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas

Fit = tuple[float, list[tuple[int, QRectF]], QRectF]  # what fit_graph returns


def being_shown(widget: QWidget) -> bool:
    """Whether ``widget``'s window is inside its ``show()``: shown to Qt's widgets but not
    yet to the window system, so its size may still change."""
    window = widget.window()
    if not window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
        return False  # a window drawn only into a buffer never shows its handle
    handle = window.windowHandle()
    return handle is None or not handle.isVisible()


class ShowEnd(QObject):
    """Calls ``done`` when ``window``'s ``show()`` ends (its ``ShowToParent`` event, sent
    after its show event and after the window system was told), once."""

    def __init__(self, owner: QObject, window: QWidget, done: Callable[[], None]) -> None:
        super().__init__(owner)  # goes with the owner: no call into a canvas gone
        self.window: QWidget | None = window
        self.done = done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        window = self.window
        if watched is window and event.type() == QEvent.Type.ShowToParent:
            window.removeEventFilter(self)
            self.window = None
            self.deleteLater()
            self.done()
        return False


def wait_for_show(owner: QWidget, done: Callable[[], None]) -> bool:
    """Whether ``owner``'s window is being shown; if so, ``done`` runs when it has been
    (one call for any number of waits)."""
    if not being_shown(owner):
        return False
    window = owner.window()
    watches = owner.findChildren(ShowEnd, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if not any(watch.window is window for watch in watches):
        ShowEnd(owner, window, done)
    return True


class Fits:
    """The fits of one picture by the size of their room: the legend's rule fits the graph
    in the room beside the legend and in the room over it, and the view, given one of
    those rooms, is fitted again in it; this does that fit once."""

    def __init__(self, picture: GraphPicture) -> None:
        self.picture = picture
        self._found: dict[tuple[float, float], Fit] = {}

    def __call__(self, picture: GraphPicture, width: float, height: float) -> Fit:
        if picture is not self.picture:
            return fit_graph(picture, width, height)
        key = (width, height)
        if key not in self._found:
            self._found[key] = fit_graph(picture, width, height)
        return self._found[key]


def arrange(canvas: GraphCanvas, layout: QBoxLayout) -> None:
    """Arrange ``canvas``'s legend for its size and turn its ``layout`` (the graph's view
    first) to put it on its side; the view, if it changes size, fits again with the fits
    the legend's rule made (:attr:`GraphCanvas.arranged_fits`), and the symbols then take
    their size for its scale, once."""
    canvas.arranged_fits = fits = Fits(canvas.fit_picture(None))
    # Laid out once, the right way round: the legend's show() lays out a visible canvas at
    # once, when the box still ran the old way (the view fitted, in vain, to the whole
    # canvas beside a legend squeezed to nothing).
    layout.setEnabled(False)
    try:
        scales = graph_scale(fits.picture, fits), graph_scale_bound(fits.picture)
        side = canvas.legend.arrange(canvas.size(), *scales)
        layout.setDirection(BOX_DIRECTIONS[side or "right"])
        layout.setEnabled(True)
        layout.activate()
    finally:
        layout.setEnabled(True)
        canvas.arranged_fits = None
    canvas.symbols.follow()
