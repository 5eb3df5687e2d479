"""The canvas's drawing layers, stacked in its view box from back to front.

Lines, then halos, nodes and their pie segments, arrowheads, labels, and the dashed line
drawn while connecting two nodes on top. The view box does all hit testing
(``GraphCanvas.node_at``), so no layer takes the clicks and drags that belong to it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt

from aspdesk.domain.records import record
from aspdesk.graph.canvas.layers import ArrowLayer, EdgeLayer, LabelLayer
from aspdesk.graph.canvas.node_spots import NodeSpots
from aspdesk.graph.canvas.spots import PassiveScatter, SegmentSpots


@record
class Layers:
    """The items the canvas draws with."""

    edges: EdgeLayer
    halo: PassiveScatter  # rings around selected and found nodes
    nodes: NodeSpots
    segments: SegmentSpots  # a node's pie of cluster colours
    arrows: ArrowLayer
    labels: LabelLayer
    connect_line: pg.PlotCurveItem


def stack_layers(box: pg.ViewBox, label_choice: Callable[[NDArray[np.bool_]], list[int]]) -> Layers:
    """Make the layers and put them in ``box``; ``label_choice`` picks the nodes to label."""
    layers = Layers(
        edges=EdgeLayer(box),
        halo=PassiveScatter(pxMode=True),
        nodes=NodeSpots(),
        segments=SegmentSpots(),
        arrows=ArrowLayer(),
        labels=LabelLayer(label_choice),
        connect_line=pg.PlotCurveItem(),  # its pen comes with the theme (dress.py)
    )
    for z, item in (
        (5, layers.halo),
        (10, layers.nodes),
        (11, layers.segments),
        (8, layers.arrows),
        (20, layers.labels),
        (30, layers.connect_line),
    ):
        item.setZValue(z)
        # Only the nodes set the box's bounds (a fit and autorange).
        box.addItem(item, ignoreBounds=item is not layers.nodes)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
    return layers
