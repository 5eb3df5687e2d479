"""Labels by room, as plain numbers: each beside its node, never on a symbol or an earlier
label, the important first, the crowded left out (issue 13).

Boxes are checked here with exact geometry, not the placer's raster, so a raster that let
two things touch would fail these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.layout.label_places import NODE_GAP, label_boxes, place_label_boxes

HEIGHT = 16.0  # a label box's height in pixels


def _place(
    points: np.ndarray, widths: np.ndarray, radii: np.ndarray, always: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    return place_label_boxes(points, widths, HEIGHT, radii, always, (points, radii))


def _boxes_meet(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def _box_meets_disc(box: np.ndarray, centre: np.ndarray, radius: float) -> bool:
    near = np.clip(centre, box[:2], box[2:])
    return bool(np.hypot(*(centre - near)) < radius)


def _faults(points: np.ndarray, radii: np.ndarray, ranks: np.ndarray, boxes: np.ndarray) -> list:
    """Every placed box that meets an earlier one or another node's symbol."""
    found = []
    for k, (rank, box) in enumerate(zip(ranks.tolist(), boxes, strict=True)):
        found += [("label", rank, int(ranks[e])) for e in range(k) if _boxes_meet(box, boxes[e])]
        found += [
            ("symbol", rank, n)
            for n in range(len(points))
            if n != rank and _box_meets_disc(box, points[n], radii[n])
        ]
    return found


def test_a_lone_label_stands_right_of_its_node_clear_of_its_symbol() -> None:
    ranks, boxes = _place(np.array([[100.0, 50.0]]), np.array([40.0]), np.array([6.0]))
    assert ranks.tolist() == [0]
    x0, y0, x1, y1 = boxes[0]
    assert x0 == pytest.approx(100 + 6 + NODE_GAP - 2), "the text starts NODE_GAP past the disc"
    assert x1 - x0 == pytest.approx(44.0), "the text and 2 px of padding each side"
    assert (y0 + y1) / 2 == pytest.approx(50.0) and y1 - y0 == pytest.approx(HEIGHT)
    assert not _box_meets_disc(boxes[0], np.array([100.0, 50.0]), 6.0)


@pytest.mark.parametrize(
    ("blockers", "side"),
    [
        ([(140.0, 100.0)], "left"),
        ([(140.0, 100.0), (60.0, 100.0)], "below"),
        ([(140.0, 100.0), (60.0, 100.0), (100.0, 122.0)], "above"),
    ],
)
def test_a_label_takes_the_next_free_side_when_a_symbol_is_in_the_way(
    blockers: list[tuple[float, float]], side: str
) -> None:
    points = np.array([(100.0, 100.0), *blockers])
    widths = np.array([30.0] + [0.0] * len(blockers))
    radii = np.full(len(points), 5.0)
    # only the first node asks for a label; the others are symbols in the way
    ranks, boxes = place_label_boxes(
        points[:1], widths[:1], HEIGHT, radii[:1], 0, (points, radii), [0]
    )
    assert ranks.tolist() == [0]
    box = boxes[0]
    middle = (box[:2] + box[2:]) / 2
    where = {
        "left": middle[0] < 100 and abs(middle[1] - 100) < 1,
        "below": middle[1] > 100 and abs(middle[0] - 100) < 1,
        "above": middle[1] < 100 and abs(middle[0] - 100) < 1,
    }
    assert where[side], (side, box)
    assert not _faults(points, radii, ranks, boxes)


def test_a_label_with_no_free_place_is_left_out_unless_it_must_show() -> None:
    # a node ringed by others: every place of its label is on a symbol
    ring = [(100 + 14 * np.cos(a), 100 + 14 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 13)]
    points = np.array([(100.0, 100.0), *ring[:-1]])
    radii = np.full(len(points), 5.0)
    one = (points[:1], np.array([30.0]), HEIGHT, radii[:1])
    ranks, _ = place_label_boxes(*one, 0, (points, radii), [0])
    assert ranks.tolist() == [], "crowded: left out"
    ranks, boxes = place_label_boxes(*one, 1, (points, radii), [0])
    assert ranks.tolist() == [0], "selected: shown even where crowded"
    assert len(boxes) == 1


def test_the_more_important_label_wins_the_room() -> None:
    # two nodes side by side with room for one label between and around them: each
    # label's four places meet the other's, so only the first in order shows
    points = np.array([(100.0, 100.0), (110.0, 100.0)])
    radii = np.array([1.0, 1.0])
    widths = np.array([60.0, 60.0])
    for order in ([0, 1], [1, 0]):
        ranks, boxes = place_label_boxes(
            points[order], widths[order], HEIGHT, radii[order], 0, (points, radii), order
        )
        placed = [order[r] for r in ranks.tolist()]
        assert placed[0] == order[0], "the first in order is placed first"
        assert not _faults(points, radii, np.array(placed), boxes)


def test_placed_labels_never_meet_a_symbol_or_each_other_on_a_dense_map() -> None:
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 400, size=(600, 2))
    radii = rng.uniform(3, 9, size=600)
    widths = rng.uniform(20, 90, size=600)
    ranks, boxes = _place(points, widths, radii)
    assert 0 < len(ranks) < 600, "a dense map shows some labels, not all"
    assert not _faults(points, radii, ranks, boxes)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(0, 300),
            st.floats(0, 300),
            st.floats(1, 12),
            st.floats(0, 80),
        ),
        min_size=1,
        max_size=40,
    ),
    st.integers(0, 3),
)
def test_any_map_places_labels_clear_except_those_that_must_show(
    nodes: list[tuple[float, float, float, float]], always: int
) -> None:
    table = np.array(nodes)
    points, radii, widths = table[:, :2], table[:, 2], table[:, 3]
    ranks, boxes = _place(points, widths, radii, always)
    forced = min(always, len(nodes))
    assert ranks[:forced].tolist() == list(range(forced)), "those that must show, first"
    assert (np.diff(ranks) > 0).all(), "placed in order of importance"
    free = ranks >= forced
    faults = _faults(points, radii, ranks[free], boxes[free])
    assert not faults


def test_zooming_in_makes_room_for_every_label() -> None:
    rng = np.random.default_rng(3)
    layout = rng.uniform(0, 1, size=(80, 2))
    radii = np.full(80, 5.0)
    widths = rng.uniform(30, 70, size=80)
    shown = [len(_place(layout * scale, widths, radii)[0]) for scale in (100, 400, 1600, 8000)]
    assert shown == sorted(shown), "more labels the closer the view"
    assert shown[0] < 80 and shown[-1] == 80


def test_label_boxes_are_the_four_sides_of_the_node() -> None:
    boxes = label_boxes([[0.0, 0.0]], [10.0], HEIGHT, [5.0])[0]
    right, left, below, above = boxes
    assert right[0] == pytest.approx(5 + NODE_GAP - 2) and left[2] == pytest.approx(-right[0])
    assert below[1] == pytest.approx(5 + NODE_GAP - 2) and above[3] == pytest.approx(-below[1])


def test_nodes_not_placed_keep_no_room() -> None:
    points = np.array([(0.0, 0.0), (np.nan, np.nan)])
    ranks, _ = place_label_boxes(
        points[:1], [30.0], HEIGHT, [5.0], 0, (points, np.array([5.0, 5.0])), [0]
    )
    assert ranks.tolist() == [0]


@pytest.mark.parametrize("seed", range(6))
def test_symbols_counted_pair_by_pair_or_by_the_table_place_the_same(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small pictures count each place's symbol cells pair by pair, big ones with the
    raster's summed-area table: the same placings either way, with other symbols than the
    labelled nodes' and nodes without a place among them."""
    import aspdesk.analysis.layout.label_places as places

    rng = np.random.default_rng(seed)
    count = int(rng.integers(2, 60))
    discs = rng.uniform(0, 40 * count, size=(count + 5, 2))
    disc_radii = rng.uniform(2, 14, size=count + 5)
    order = rng.permutation(count + 5)
    owners, others = order[:count], order[count:]
    discs[others[:3]] = np.nan
    widths = rng.uniform(10, 120, size=count)
    points, radii = discs[owners], disc_radii[owners]
    placed = []
    for pairs in (0, 1 << 40):  # the table always, then pair by pair always
        monkeypatch.setattr(places, "DIRECT_PAIRS", pairs)
        placed.append(
            place_label_boxes(points, widths, HEIGHT, radii, 2, (discs, disc_radii), owners)
        )
    (table_ranks, table_boxes), (pair_ranks, pair_boxes) = placed
    assert len(table_ranks) > 0
    assert table_ranks.tolist() == pair_ranks.tolist()
    assert np.array_equal(table_boxes, pair_boxes)


@pytest.mark.parametrize("narrow_most", [0, np.iinfo(np.int32).max])
def test_the_summed_area_table_counts_each_box_s_symbol_cells(
    narrow_most: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table's counts, in 64-bit sums (forced) and in 32-bit ones, are the cells each
    box shares with the squares, counted pair by pair."""
    import aspdesk.analysis.layout.label_places as places

    monkeypatch.setattr(places, "NARROW_MOST", narrow_most)
    rng = np.random.default_rng(7)
    rows, cols = 90, 130
    x0, y0 = rng.integers(0, cols - 6, 400), rng.integers(0, rows - 6, 400)
    squares = (x0, y0, x0 + rng.integers(1, 7, 400), y0 + rng.integers(1, 7, 400))
    bx0, by0 = rng.integers(0, cols - 20, 300), rng.integers(0, rows - 8, 300)
    boxes = (bx0, by0, bx0 + rng.integers(1, 20, 300), by0 + rng.integers(1, 8, 300))
    counted = places._Raster._summed(rows, cols, squares, boxes)
    across = places._overlaps(boxes[0], boxes[2], squares[0], squares[2])
    down = places._overlaps(boxes[1], boxes[3], squares[1], squares[3])
    expected = (across * down).sum(axis=-1)
    assert expected.max() > 3  # boxes that hold several squares' cells
    assert counted.tolist() == expected.tolist()
    assert counted.dtype == (np.int64 if narrow_most == 0 else np.int32)
