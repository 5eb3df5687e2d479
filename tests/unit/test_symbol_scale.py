"""Symbols that shrink with the scale, as plain numbers: full size from the scale at which
the nearest pairs stand clear, smaller below it in proportion, never under the floor, one
factor for all (issue 13)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.layout.symbol_scale import (
    GAP_PX,
    STEP,
    SYMBOL_FLOOR,
    clear_scale,
    symbol_factor,
)


def _brute_clear_scale(positions: np.ndarray, sizes: np.ndarray, gap: float) -> float:
    apart = np.hypot(*(positions[:, None, :] - positions[None, :, :]).transpose(2, 0, 1))
    need = (sizes[:, None] + sizes[None, :]) / 2 + gap
    upper = np.triu_indices(len(positions), k=1)
    return float((need[upper] / apart[upper]).max())


def _closest_gap(positions: np.ndarray, sizes: np.ndarray, scale: float) -> float:
    """The least pixels between two symbols' edges drawn at ``scale``."""
    apart = np.hypot(*(positions[:, None, :] - positions[None, :, :]).transpose(2, 0, 1))
    gaps = apart * scale - (sizes[:, None] + sizes[None, :]) / 2
    return float(gaps[np.triu_indices(len(positions), k=1)].min())


def test_two_nodes_stand_clear_from_their_radii_and_gap_over_their_distance() -> None:
    scale = clear_scale([[0.0, 0.0], [3.0, 4.0]], [10.0, 20.0])
    assert scale == pytest.approx((5 + 10 + GAP_PX) / 5)


@pytest.mark.parametrize("seed", range(6))
def test_the_scale_is_the_nearest_pairs_whatever_the_spread(seed: int) -> None:
    rng = np.random.default_rng(seed)
    count = int(rng.integers(2, 400))
    # clumps and outliers: the pair that decides can be anywhere
    centres = rng.uniform(-50, 50, size=(5, 2))
    positions = centres[rng.integers(0, 5, count)] + rng.normal(0, rng.uniform(0.1, 5), (count, 2))
    sizes = rng.uniform(5, 60, size=count)
    assert clear_scale(positions, sizes) == pytest.approx(
        _brute_clear_scale(positions, sizes, GAP_PX)
    )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(-1e3, 1e3), st.floats(-1e3, 1e3), st.floats(1, 40)),
        min_size=2,
        max_size=30,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_any_map_stands_clear_at_its_clear_scale(nodes: list[tuple[float, float, float]]) -> None:
    table = np.array(nodes)
    positions, sizes = table[:, :2], table[:, 2]
    scale = clear_scale(positions, sizes)
    if math.isinf(scale):
        return  # two nodes on one spot after rounding
    assert _closest_gap(positions, sizes, scale) >= GAP_PX - 1e-6 * max(1.0, scale)
    assert scale == pytest.approx(_brute_clear_scale(positions, sizes, GAP_PX))


def test_few_or_stacked_nodes() -> None:
    assert clear_scale(np.zeros((0, 2)), np.zeros(0)) == 0.0
    assert clear_scale([[1.0, 1.0]], [10.0]) == 0.0
    assert clear_scale([[1.0, 1.0], [np.nan, np.nan]], [10.0, 10.0]) == 0.0, "unplaced left out"
    assert math.isinf(clear_scale([[1.0, 1.0], [1.0, 1.0], [5.0, 5.0]], [10.0, 10.0, 10.0]))
    with pytest.raises(ValueError, match="one diameter per position"):
        clear_scale([[0.0, 0.0], [1.0, 1.0]], [10.0])


def test_symbols_are_full_size_from_the_clear_scale_up() -> None:
    assert symbol_factor(10.0, 10.0) == 1.0
    assert symbol_factor(25.0, 10.0) == 1.0
    assert symbol_factor(10.0, 0.0) == 1.0, "nothing measured: full size"
    assert symbol_factor(0.0, 10.0) == 1.0, "a view without a size: full size"


def test_below_it_they_shrink_in_proportion_in_steps_down_to_the_floor() -> None:
    assert symbol_factor(7.0, 10.0) == pytest.approx(0.7)
    assert symbol_factor(7.49, 10.0) == pytest.approx(0.7), "rounded down to a step"
    assert symbol_factor(2.0, 10.0) == SYMBOL_FLOOR
    assert symbol_factor(1.0, math.inf) == SYMBOL_FLOOR
    factors = [symbol_factor(s, 10.0) for s in np.linspace(0.1, 12, 200)]
    assert factors == sorted(factors), "zooming in never shrinks them"
    assert all(abs(f / STEP - round(f / STEP)) < 1e-9 for f in factors), (
        "a few sizes only, for the symbol cache"
    )


@pytest.mark.parametrize("seed", range(4))
def test_drawn_at_their_factor_symbols_stay_clear_down_to_the_floor(seed: int) -> None:
    rng = np.random.default_rng(seed)
    positions = rng.uniform(0, 100, size=(150, 2))
    sizes = rng.uniform(8, 40, size=150)
    clear = clear_scale(positions, sizes)
    for share in np.linspace(SYMBOL_FLOOR, 1.0, 23):
        scale = clear * share
        factor = symbol_factor(scale, clear)
        assert factor <= share + 1e-9
        assert _closest_gap(positions, sizes * factor, scale) > 0, share
    # under the floor they may meet: the floor is a size, not a promise
    assert symbol_factor(clear * SYMBOL_FLOOR / 2, clear) == SYMBOL_FLOOR
