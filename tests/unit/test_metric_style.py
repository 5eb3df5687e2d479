"""Sizes and colour bins of nodes drawn by a metric; the metric codes a saved view accepts."""

from __future__ import annotations

import pytest

from aspdesk.analysis.metrics import METRIC_NAMES, compute_metrics
from aspdesk.domain.entities import Actor, Relationship
from aspdesk.domain.views import COLOUR_BY, SIZE_BY, SIZE_METRICS, ViewState
from aspdesk.graph.styling.metric_style import (
    MAX_SIZE,
    MIN_SIZE,
    NO_VALUE,
    RAMP,
    bin_of,
    metric_look,
    metric_sizes,
    ramp_bins,
)


def test_view_codes_are_the_metrics() -> None:
    assert set(COLOUR_BY) == {"kind", "cluster"} | set(METRIC_NAMES)
    assert set(SIZE_BY) == {"ties"} | set(SIZE_METRICS)
    assert set(SIZE_METRICS) == set(METRIC_NAMES) - {"degree", "community"}
    assert ViewState.from_dict({"size_by": "betweenness"}).size_by == "betweenness"
    assert ViewState.from_dict({"size_by": "community"}).size_by == "ties"
    assert ViewState.from_dict({"colour_by": "eigenvector"}).colour_by == "eigenvector"
    assert ViewState.from_dict({}).size_by == "ties", "views saved before keep their sizes"


def test_sizes_span_the_pixel_range_in_order() -> None:
    sizes = metric_sizes({1: 0.0, 2: 0.25, 3: 1.0, 4: 0.5})
    assert sizes[1] == pytest.approx(MIN_SIZE) and sizes[3] == pytest.approx(MAX_SIZE)
    assert sizes[1] < sizes[2] < sizes[4] < sizes[3]
    same = metric_sizes({1: 2.0, 2: 2.0})
    assert same[1] == same[2] and MIN_SIZE < same[1] < MAX_SIZE


def test_bins_cover_the_range() -> None:
    values = [0.0, 0.01, 0.049, 0.05, 0.2, 0.29]
    bins = ramp_bins(values, integer=False)
    assert [b.colour for b in bins] == list(RAMP)
    # Round ends, so that the legend's ranges are exact: 0.00-0.05, ..., 0.25-0.30.
    assert [(b.low, b.high) for b in bins][:2] == [(0.0, 0.05), (0.05, 0.1)]
    assert bins[-1].high == pytest.approx(0.3)
    shifted = ramp_bins([0.013, 0.0871], integer=False)
    assert shifted[0].low == 0.0 and shifted[-1].high == pytest.approx(0.1)
    assert bin_of(bins, 0.0) is bins[0] and bin_of(bins, 0.29) is bins[-1]
    assert bin_of(bins, 0.049) is bins[0] and bin_of(bins, 0.05) is bins[1]
    counts = ramp_bins([1, 2, 3], integer=True)
    assert [(b.low, b.high) for b in counts] == [(1, 1), (2, 2), (3, 3)]
    assert counts[0].colour == RAMP[0] and counts[-1].colour == RAMP[-1]
    wide = ramp_bins(list(range(0, 23)), integer=True)
    assert [(b.low, b.high) for b in wide][:2] == [(0, 3), (4, 7)] and wide[-1].high == 22


def test_the_legend_names_the_bins_and_actors_without_figures() -> None:
    actors = [Actor(id=n, name=f"A{n}") for n in range(1, 6)]
    ties = [Relationship(id=n, source_id=1, target_id=n + 1) for n in range(1, 5)]
    metrics = compute_metrics(actors, ties)
    look = metric_look(metrics, "betweenness", "betweenness", [1, 2, 3, 4, 5, 6], "en")
    labels = [label for label, _colour in look.legend]
    assert labels[0] == "Betweenness 0.00–0.20"
    assert labels[-2] == "Betweenness 0.80–1.00"
    assert labels[-1] == "No figure yet"
    assert look.colours[1] == RAMP[-1] and look.colours[2] == RAMP[0]
    assert look.colours[6] == NO_VALUE and 6 not in look.sizes
    assert look.sizes[1] == pytest.approx(MAX_SIZE)
    assert look.size_note == "betweenness"
    finnish = metric_look(metrics, "closeness", "ties", [1, 2, 3, 4, 5], "fi")
    assert "," in finnish.legend[0][0] and finnish.size_note == ""
    communities = metric_look(metrics, "community", "ties", [1, 2, 3, 4, 5], "en")
    assert [label for label, _ in communities.legend] == ["Community 1"]
