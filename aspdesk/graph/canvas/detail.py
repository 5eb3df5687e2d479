"""How finely the canvas draws: plainly while the user moves something, in full at rest.

Two kinds of moving, and what each leaves out until a moment after its last step:

- a pan, a zoom or a drag (:meth:`DetailLevel.interaction_step`): ties are plain (1 px,
  solid, unsmoothed), arrowheads are off, and only the selected, hovered and found nodes
  keep their labels. It is what keeps the view fluid under the pointer on a big map.
- a step of the time slider that the user makes, dragging it or with its keys
  (:meth:`DetailLevel.scrub_step`), on a map of more than :data:`ANTIALIAS_EDGES` ties:
  ties are plain, everything else as at rest. The labels stay, since they are how the
  user follows the network as it changes, and the ties keep their colours. On such a map
  the ties at rest are already unsmoothed; their widths and dashes are what a big step
  pays for (a year's step of the 10,000-actor benchmark map: 33 of its 60 ms of repaint),
  and they come back when the slider rests. A smaller map draws every step in full,
  and so does playing the growth, whose steps are a few days each and which a room
  watches as it goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas

IDLE_MS = 180  # full detail returns this long after the last step
ANTIALIAS_EDGES = 4000  # smooth lines at rest up to this many edges on the graph
ARROW_EDGES = 8000  # arrowheads at rest up to this many edges


class DetailLevel(QObject):
    """The canvas's level of detail, and the timer that brings full detail back."""

    def __init__(self, canvas: GraphCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.interacting = False  # a pan, zoom or drag is going on
        self.scrubbing = False  # the user is moving the time slider over a big map
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.rest)

    def interaction_step(self) -> None:
        """The user pans, zooms or drags: plain drawing until a moment after this step."""
        if not self.interacting:
            self.interacting = True
            self.apply()
        self.schedule_idle()

    def scrub_step(self) -> None:
        """The user moves the time slider: plain ties on a big map until a moment after
        this step (call before the step redraws, so that it redraws plainly)."""
        if self._edge_count() <= ANTIALIAS_EDGES:
            return
        if not self.scrubbing:
            self.scrubbing = True
            self.apply()
        self.schedule_idle()

    def schedule_idle(self) -> None:
        """Full detail a moment from now, unless another step comes first."""
        self._idle.start()

    def rest(self) -> None:
        """Full detail now, as a moment after the last step."""
        self._idle.stop()
        self.interacting = self.scrubbing = False
        self.apply()

    def _edge_count(self) -> int:
        return sum(len(group.sources) for group in self.canvas.data.edges)

    def apply(self) -> None:
        """Plain while moving; at rest full detail, except that very many lines stay
        unsmoothed and without arrowheads (they would cost a second a frame at 10,000)."""
        canvas = self.canvas
        count = self._edge_count()
        canvas.symbols.follow()
        if self.interacting or self.scrubbing:
            canvas.edges.set_detail(antialias=False, plain=True)
        else:
            canvas.edges.set_detail(antialias=count <= ANTIALIAS_EDGES, plain=False)
        canvas.arrows.enabled = not self.interacting and count <= ARROW_EDGES
        canvas.arrows.update()
        canvas.labels.update()
