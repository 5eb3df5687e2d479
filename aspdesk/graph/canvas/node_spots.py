"""The nodes' spots on the canvas, kept from one step of the time slider to the next.

pyqtgraph's ``ScatterPlotItem.setData`` makes every spot anew, with a pen and a brush
each and a key into its symbol atlas: 60 ms at 10,000 nodes, more than half of what a
step of the slider may cost. A day's picture is a part of the whole map's picture
(:mod:`aspdesk.graph.scene.on_day`), in the same order, so on a step the spots of the
whole picture stay, and only which of them show, and the size and fading of those that
changed, are set (:meth:`NodeSpots.show_part`). Outside time, each spot is a node
(:meth:`NodeSpots.show_all`), as before.

The canvas speaks of the nodes of its picture; :attr:`NodeSpots.rows` maps them to
spots when only a part shows, for a drag and a new size alike.

A picture's spots are made when first needed (drawn, measured or read), not when the
picture is built: a window's graph is built before the window has a size, and its
symbols' size follows the view's scale, so spots made at once were made again at their
size when the window was laid out and the graph fitted (twice at a 10,000-actor start, 30
ms each); an image for a file, drawn from the picture, needs none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import shiboken6
from numpy.typing import NDArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPen

from aspdesk.graph.canvas.spots import PassiveScatter, move_spots

Brush = Callable[[str, bool], QBrush]


class _Made:
    """Pens or brushes made for each spot already (one object per look, shared): set as
    they are, where pyqtgraph would pass each of 10,000 through its maker again."""

    def __init__(self, values: NDArray[np.object_]) -> None:
        self.values = values


def _column(count: int, first: object, second: object, second_at: NDArray[np.bool_]) -> _Made:
    values = np.empty(count, dtype=object)
    values[:] = [first]
    values[second_at] = [second]
    return _Made(values)


class NodeSpots(PassiveScatter):
    """One spot per node of the picture, or the spots of a bigger picture partly shown."""

    def __init__(self) -> None:
        super().__init__(pxMode=True)
        self.rows: NDArray[np.int64] | None = None  # the spot of each node, when a part
        self._whole: object | None = None  # the picture whose spots these are
        self._colours: list[str] = []
        self._faded = np.zeros(0, dtype=np.bool_)
        # What show_all asked for, until the spots are made (see the module).
        self._waiting: dict[str, object] | None = None

    @property
    def data(self) -> NDArray[np.void]:
        """pyqtgraph's record of the spots, made first when waiting to be made."""
        if self.__dict__.get("_waiting") is not None:
            self._make_spots()
        return self.__dict__["_spots"]  # type: ignore[no-any-return]

    @data.setter
    def data(self, spots: NDArray[np.void]) -> None:
        # Kept under another name: PySide looks in an object's own attributes before
        # its class's, where this property is.
        self.__dict__["_spots"] = spots

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        # Qt asks an item it is deleting too (its canvas dropped unpainted, a scene torn
        # down at exit): making the spots then raised inside Qt's call, and Qt, left
        # without an answer, called the pure virtual base and aborted the process.
        if not shiboken6.isValid(self):
            return QRectF()
        if self._waiting is not None:  # about to be drawn: the spots' padding counts
            try:
                self._make_spots()
            except RuntimeError as error:
                if "already deleted" not in str(error):  # shiboken's word for being deleted
                    raise
                return QRectF()
        return super().boundingRect()  # type: ignore[no-any-return]

    def _make_spots(self) -> None:
        waiting, self._waiting = self._waiting, None
        self.setData(**waiting)  # type: ignore[arg-type]

    def show_all(
        self,
        positions: NDArray[np.float64],
        sizes: NDArray[np.float64],
        shapes: Sequence[str],
        colours: Sequence[str],
        faded: NDArray[np.bool_],
        brush: Brush,
        pens: tuple[QPen, QPen],
    ) -> None:
        """A spot for each node: at ``positions``, ``sizes`` across, of ``shapes``, filled
        by ``brush`` with ``colours`` (``faded`` or not), outlined with ``pens`` (the
        outline and the faded one)."""
        self.rows, self._whole = None, None
        self._colours, self._faded = list(colours), np.asarray(faded, dtype=np.bool_).copy()
        count = len(self._colours)
        # Read as an iterator: a list of Qt objects put into an array is probed object by
        # object for rows of its own, 20 ms for 10,000 brushes.
        made = map(brush, self._colours, self._faded.tolist())
        brushes = np.fromiter(made, dtype=object, count=count)
        self._waiting = {
            "pos": positions,
            "size": sizes,
            "symbol": list(shapes),
            "brush": _Made(brushes),
            "pen": _column(count, pens[0], pens[1], self._faded),
            "data": np.arange(count),
        }
        self._bounds_changed()

    def setPen(self, *args: object, **kwargs: object) -> None:  # noqa: N802 - pyqtgraph's
        if not self._set_made("pen", args, kwargs):
            super().setPen(*args, **kwargs)

    def setBrush(self, *args: object, **kwargs: object) -> None:  # noqa: N802 - pyqtgraph's
        if not self._set_made("brush", args, kwargs):
            super().setBrush(*args, **kwargs)

    def _set_made(self, column: str, args: tuple[object, ...], kwargs: dict[str, object]) -> bool:
        """Set pens or brushes made for each spot (:class:`_Made`) as pyqtgraph sets a
        list of them; False for anything else, which pyqtgraph sets itself."""
        if len(args) != 1 or not isinstance(args[0], _Made) or kwargs.get("mask") is not None:
            return False
        spots = kwargs.get("dataSet")
        spots = self.data if spots is None else spots
        values = args[0].values
        if len(values) != len(spots):  # type: ignore[arg-type]
            raise ValueError(f"{len(values)} {column}s for {len(spots)} spots")  # type: ignore[arg-type]
        spots[column] = values  # type: ignore[index]
        spots["sourceRect"] = 0  # type: ignore[index]
        if kwargs.get("update", True):
            self.updateSpots(spots)
        return True

    def show_part(
        self,
        whole: object,
        whole_spots: Callable[[], tuple[NDArray[np.float64], Sequence[str], Sequence[str]]],
        rows: NDArray[np.int64],
        sizes: NDArray[np.float64],
        faded: NDArray[np.bool_],
        brush: Brush,
        pens: tuple[QPen, QPen],
    ) -> None:
        """Show the spots ``rows`` of the picture ``whole``, ``sizes`` across and ``faded``
        or not (one each per row). ``whole_spots`` gives the whole picture's positions,
        shapes and colours, read only when its spots are not the ones kept."""
        if self._whole is not whole or self.rows is None:
            positions, shapes, colours = whole_spots()
            self.show_all(
                positions,
                np.zeros(len(colours)),  # every shown spot gets its size below
                shapes,
                colours,
                np.zeros(len(colours), dtype=np.bool_),
                brush,
                pens,
            )
            self._whole = whole
        self.rows = rows
        data = self.data
        faded = np.asarray(faded, dtype=np.bool_)
        resized = data["size"][rows] != sizes
        refaded = self._faded[rows] != faded
        if resized.any():  # most of a step's changes: a size only, the same pen and brush
            data["size"][rows[resized]] = sizes[resized]
        if refaded.any():
            now_faded = faded[refaded]
            restyled = rows[refaded]
            self._faded[restyled] = now_faded
            colours = [self._colours[r] for r in restyled.tolist()]
            made = map(brush, colours, now_faded.tolist())
            data["brush"][restyled] = np.fromiter(made, dtype=object, count=len(restyled))
            data["pen"][restyled] = _column(len(restyled), pens[0], pens[1], now_faded).values
        data["sourceRect"][rows[resized | refaded]] = 0
        visible = np.zeros(len(data), dtype=np.bool_)
        visible[rows] = True
        data["visible"] = visible
        self.updateSpots()
        self._bounds_changed()

    def resize_nodes(self, sizes: NDArray[np.float64]) -> None:
        """Draw the nodes ``sizes`` across (one per node of the picture)."""
        if self._waiting is not None:
            self._waiting["size"] = sizes
            self._bounds_changed()
            return
        if self.rows is None:
            self.setSize(sizes)
            return
        data = self.data
        changed = data["size"][self.rows] != sizes
        resized = self.rows[changed]  # only these need a new place in the symbol atlas
        data["size"][resized] = sizes[changed]
        data["sourceRect"][resized] = 0
        self.updateSpots()
        self._bounds_changed()

    def move_nodes(self, positions: NDArray[np.float64]) -> None:
        """Put the nodes at ``positions`` (one per node of the picture)."""
        if self._waiting is not None:
            self._waiting["pos"] = positions
            self._bounds_changed()
            return
        if self.rows is None:
            move_spots(self, positions)
            return
        points = np.column_stack([self.data["x"], self.data["y"]])
        points[self.rows] = positions
        move_spots(self, points)

    def dataBounds(  # noqa: N802 - pyqtgraph override
        self,
        ax: int,
        frac: float = 1.0,
        orthoRange: object = None,  # noqa: N803
    ) -> object:
        waiting = self._waiting
        if waiting is not None and frac >= 1.0 and orthoRange is None:
            # As pyqtgraph's own for spots sized in pixels, without making them: a view
            # asks when it is given a range, before anything is drawn.
            along = np.asarray(waiting["pos"])[:, ax]
            return (np.nanmin(along), np.nanmax(along)) if len(along) else (None, None)
        # A fit or an autorange frames the nodes shown, not the hidden spots around them.
        kept = frac >= 1.0 and orthoRange is None and self.bounds[ax] is not None
        if self.rows is None or kept:
            return super().dataBounds(ax, frac, orthoRange)
        if frac >= 1.0 and orthoRange is None:  # what a view asks: the shown spots' span
            values = self.data["x" if ax == 0 else "y"][self.rows]
            if not len(values):
                return (None, None)
            reach = self._maxSpotWidth * 0.7072  # as pyqtgraph's own
            span = (np.nanmin(values) - reach, np.nanmax(values) + reach)
            self.bounds[ax] = span  # type: ignore[call-overload]
            return span
        every = self.data
        self.data = every[self.rows]  # pyqtgraph's own record, put back as it was
        try:
            return super().dataBounds(ax, frac, orthoRange)
        finally:
            self.data = every

    def _bounds_changed(self) -> None:
        self.prepareGeometryChange()
        self.bounds = [None, None]
        self.invalidate()
        self.informViewBoundsChanged()
