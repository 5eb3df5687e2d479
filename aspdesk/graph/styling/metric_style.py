"""Nodes sized or coloured by a network metric, and the legend entries that say so.

Sizes map the metric's range on show to the pixel range of :func:`style.node_size`, by the
square root so that a node's area grows with its value. Colours come from a sequential
ramp (viridis, which stays in order for the common kinds of colour blindness and in
greyscale), in a few equal bins whose value ranges the legend lists. Communities are
groups, not amounts, so they take the distinct Okabe-Ito colours instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from aspdesk.analysis.metrics import METRIC_NAMES, NetworkMetrics
from aspdesk.domain.records import record
from aspdesk.domain.views import COLOUR_BY
from aspdesk.graph.styling import style

# Viridis in six steps, dark to light.
RAMP = ("#440154", "#414487", "#2A788E", "#22A884", "#7AD151", "#FDE725")
NO_VALUE = "#BBBBBB"
MIN_SIZE = 11.0
MAX_SIZE = 36.0
# Any metric can colour the nodes; the ones that can size them are amounts (not
# "community"), and not "degree", which "ties" already shows (views.SIZE_METRICS).
COLOUR_METRICS = tuple(code for code in COLOUR_BY if code in METRIC_NAMES)
_INTEGER = ("degree", "in_degree", "out_degree", "strength", "community")


def metric_label(code: str) -> str:
    """The metric's name in the UI language (as in the metrics table's header)."""
    return QCoreApplication.translate("metrics", METRIC_NAMES[code])


def lower_first(text: str) -> str:
    """``text`` to run on inside a sentence: "Betweenness" -> "betweenness"."""
    return text[:1].lower() + text[1:]


@dataclass
class MetricLook:
    """What a metric does to the nodes: colours and sizes by actor id, and the legend.

    Empty mappings when neither the colour nor the size follows a metric.
    """

    colours: dict[int, str] = field(default_factory=dict)
    sizes: dict[int, float] = field(default_factory=dict)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (label, colour)
    size_note: str = ""  # the metric the size shows, "" for the number of ties


def _values(
    metrics: NetworkMetrics | None, code: str, actor_ids: Sequence[int]
) -> dict[int, float]:
    if metrics is None:
        return {}
    known = metrics.by_actor(code)
    return {a: known[a] for a in actor_ids if a in known}


def metric_sizes(values: dict[int, float]) -> dict[int, float]:
    """Node diameters from the values: the smallest value MIN_SIZE, the largest MAX_SIZE."""
    if not values:
        return {}
    low, high = min(values.values()), max(values.values())
    if high <= low:
        middle = (MIN_SIZE + MAX_SIZE) / 2
        return dict.fromkeys(values, middle)
    span = MAX_SIZE - MIN_SIZE
    return {a: MIN_SIZE + span * math.sqrt((v - low) / (high - low)) for a, v in values.items()}


@record
class Bin:
    """One step of the colour ramp: values from ``low`` to ``high`` (both inclusive)."""

    low: float
    high: float
    colour: str


def _nice_width(span: float, steps: int) -> float:
    """The smallest round width (1, 2, 2.5 or 5 times a power of ten) that covers
    ``span`` in ``steps`` bins, so that the legend's value ranges are exact."""
    rough = span / steps
    magnitude = 10.0 ** math.floor(math.log10(rough))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough * (1 - 1e-9))


def ramp_bins(values: Sequence[float], *, integer: bool, steps: int = len(RAMP)) -> list[Bin]:
    """At most ``steps`` equal bins with round ends over the range of ``values``;
    whole-number bins for counts."""
    if not len(values):
        return []
    low, high = float(min(values)), float(max(values))
    if integer:
        count = int(high - low) + 1
        per = math.ceil(count / steps)
        edges = [(low + k * per, min(high, low + (k + 1) * per - 1)) for k in range(steps)]
        edges = [(a, b) for a, b in edges if a <= high]
    elif high <= low:
        edges = [(low, high)]
    else:
        width = _nice_width(high - low, steps)
        start = math.floor(low / width + 1e-9) * width
        while math.ceil((high - start) / width - 1e-9) > steps:  # a shifted start
            width = _nice_width(width * steps * 1.01, steps)
            start = math.floor(low / width + 1e-9) * width
        count = max(1, math.ceil((high - start) / width - 1e-9))
        edges = [
            (round(start + k * width, 12), round(start + (k + 1) * width, 12)) for k in range(count)
        ]
    picks = np.linspace(0, len(RAMP) - 1, len(edges)).round().astype(int)
    return [Bin(a, b, RAMP[i]) for (a, b), i in zip(edges, picks, strict=True)]


def bin_of(bins: Sequence[Bin], value: float) -> Bin:
    """The bin ``value`` falls in (the last whose low end it reaches)."""
    found = bins[0]
    for candidate in bins:
        if value >= candidate.low - 1e-12:
            found = candidate
    return found


def _decimals(bins: Sequence[Bin]) -> int:
    """Enough decimals to write the bins' round ends exactly (two at least)."""
    width = min((b.high - b.low for b in bins), default=0.0)
    if width <= 0:
        return 2
    places = -math.floor(math.log10(width) + 1e-9)
    exact = next(d for d in range(places, places + 3) if abs(round(width, d) - width) < 1e-12)
    return max(2, min(6, exact))


def format_value(value: float, decimals: int, language: str) -> str:
    """``value`` as the UI language writes numbers."""
    return QLocale(language).toString(float(value), "f", decimals)


def _bin_labels(name: str, bins: Sequence[Bin], integer: bool, language: str) -> list[str]:
    decimals = 0 if integer else _decimals(bins)
    labels = []
    for b in bins:
        low = format_value(b.low, decimals, language)
        high = format_value(b.high, decimals, language)
        labels.append(f"{name} {low}" if low == high else f"{name} {low}\N{EN DASH}{high}")
    return labels


def _community_colours(values: dict[int, float]) -> tuple[dict[int, str], list[tuple[str, str]]]:
    palette = style.OKABE_ITO
    colours = {a: palette[int(v)] if v < len(palette) else NO_VALUE for a, v in values.items()}
    shown = sorted({int(v) for v in values.values()})
    legend = [
        (
            QCoreApplication.translate("GraphLegend", "Community {number}").format(number=c + 1),
            palette[c],
        )
        for c in shown
        if c < len(palette)
    ]
    if any(c >= len(palette) for c in shown):
        legend.append((QCoreApplication.translate("GraphLegend", "Other communities"), NO_VALUE))
    return colours, legend


def metric_look(
    metrics: NetworkMetrics | None,
    colour_by: str,
    size_by: str,
    actor_ids: Sequence[int],
    language: str,
) -> MetricLook:
    """Colours, sizes and legend for nodes of ``actor_ids`` by the chosen metrics.

    Actors the metrics do not cover (computed before a change of the map) are drawn grey
    and small until the figures are computed again.
    """
    look = MetricLook()
    if size_by in METRIC_NAMES:
        look.sizes = metric_sizes(_values(metrics, size_by, actor_ids))
        look.size_note = lower_first(metric_label(size_by))
    if colour_by not in METRIC_NAMES:
        return look
    values = _values(metrics, colour_by, actor_ids)
    if colour_by == "community":
        look.colours, look.legend = _community_colours(values)
    elif values:
        integer = colour_by in _INTEGER
        bins = ramp_bins(list(values.values()), integer=integer)
        labels = _bin_labels(metric_label(colour_by), bins, integer, language)
        look.colours = {a: bin_of(bins, v).colour for a, v in values.items()}
        look.legend = [(label, b.colour) for label, b in zip(labels, bins, strict=True)]
    if len(values) < len(actor_ids):
        look.colours.update((a, NO_VALUE) for a in actor_ids if a not in values)
        look.legend.append((QCoreApplication.translate("GraphLegend", "No figure yet"), NO_VALUE))
    return look
