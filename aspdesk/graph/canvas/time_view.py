"""What a canvas shows of time: the map as it is, the network on one day (the filter's
"network as of" date, which the time slider sets), or two days compared (then and now).

The canvas builds the picture of the whole map, every filter but the date, and this cuts
the day or the comparison out of it (:mod:`aspdesk.graph.scene.on_day`). It keeps that
picture, so that a step of the slider, which changes the date only, costs the cut alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import numpy as np
from numpy.typing import NDArray

from aspdesk.analysis.timeline import Comparison, Network, Timeline, compare
from aspdesk.app.document import Document
from aspdesk.app.timeline_source import timeline_of
from aspdesk.graph.scene.data import GraphData, ViewOptions
from aspdesk.graph.scene.on_day import NodeIndex, network_ids, on_day, then_and_now

FADE_S = 0.35  # seconds what appears while the growth plays is drawn faint


class TimeView:
    """The canvas's day or comparison, and the whole map's picture they are cut from."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # Where the timeline comes from (a benchmark hands in a map with a long log).
        self.source: Callable[[Document], Timeline] = timeline_of
        self._timeline: Timeline | None = None
        self.base: GraphData | None = None  # the whole map's picture, while time is shown
        self._index: NodeIndex | None = None
        self.compared: tuple[date, date] | None = None  # then and now, when comparing
        self.comparison: Comparison | None = None  # what the picture shows, when comparing
        self.fading = False  # while the growth plays: what appears is faint for a step
        self._kept: NDArray[np.bool_] | None = None  # the nodes of base on the day shown
        self._appeared: NDArray[np.float64] | None = None  # when each came, while playing
        # Whether the last cut drew the nodes of the one before (only their sizes may have
        # changed): the canvas then resizes its spots instead of making them again (a
        # third of the cost at 10,000 nodes).
        self.same_nodes = False
        self._faint_shown = False
        document.entities_changed.connect(self._on_document_entities_changed)

    def timeline(self) -> Timeline:
        """The map's timeline (made again after the map changes)."""
        if self._timeline is None:
            self._timeline = self.source(self.document)
        return self._timeline

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        self._timeline = None

    def in_use(self, options: ViewOptions) -> bool:
        """Whether the picture shows a day or a comparison rather than the map as it is."""
        return options.graph_filter.as_of is not None or self.compared is not None

    def whole(self, options: ViewOptions) -> ViewOptions:
        """``options`` for the whole map's picture: the day is cut out of it afterwards."""
        if not self.in_use(options):
            return options
        return replace(options, graph_filter=replace(options.graph_filter, as_of=None))

    def cut(self, whole: GraphData, options: ViewOptions) -> GraphData:
        """What ``options`` show of ``whole`` (the picture of :meth:`whole`'s options)."""
        self.same_nodes = False
        if not self.in_use(options):
            self.base = self._index = self.comparison = None
            self._kept = None
            return whole
        self.base, self._index, self._kept = whole, NodeIndex(whole), None
        return self.recut(options)

    def recut(self, options: ViewOptions) -> GraphData:
        """The day or comparison of ``options`` cut again out of the kept picture."""
        base, index = self.base, self._index
        assert base is not None and index is not None
        if self.compared is not None:
            self.same_nodes, self._kept = False, None  # the next day's nodes are drawn anew
            self.comparison = compare(self.timeline(), *self.compared)
            return then_and_now(base, index, self.comparison, self.document.language)
        self.comparison = None
        day = options.graph_filter.as_of
        assert day is not None
        network = self.timeline().on(day)
        ties = options.size_by == "ties"
        faint = self._faint(network)
        data, kept = on_day(base, index, network, sizes_by_ties=ties, faint=faint)
        shows_faint = faint is not None and bool((faint & kept).any())
        previous, self._kept = self._kept, kept
        self.same_nodes = (
            previous is not None
            and np.array_equal(previous, kept)
            and not (shows_faint or self._faint_shown)
        )
        self._faint_shown = shows_faint
        return data

    def rows(self) -> NDArray[np.int64] | None:
        """The nodes of the whole map's picture the day shows, in order (``None`` when the
        picture is not a day's: the map as it is, or then and now)."""
        if self.base is None or self.compared is not None or self._kept is None:
            return None
        return np.flatnonzero(self._kept)

    def _faint(self, network: Network) -> NDArray[np.bool_] | None:
        """While the growth plays, the nodes that appeared less than :data:`FADE_S` ago."""
        index = self._index
        if not self.fading or index is None:
            self._appeared = None
            return None
        moment = time.monotonic()
        if self._appeared is None or self._kept is None:
            self._appeared = np.full(len(index.ids), -np.inf)  # all there from the start
        else:
            keep = index.having(network_ids(network))
            self._appeared[keep & ~self._kept] = moment
        return np.asarray(moment - self._appeared < FADE_S, dtype=np.bool_)

    def steps(self, old: ViewOptions, new: ViewOptions) -> bool:
        """Whether going from ``old`` to ``new`` moves the day only, which :meth:`recut`
        shows without building the picture again."""
        if self.base is None or new.graph_filter.as_of is None or old.metrics is not new.metrics:
            return False
        return self.whole(replace(old, metrics=None)) == self.whole(replace(new, metrics=None))
