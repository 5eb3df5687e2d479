"""Layouts as plain numbers: shapes, determinism, pins, spacing, stability, wheels, groups."""

from __future__ import annotations

import ast
import math
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.layout.force import Forces, close_pairs
from aspdesk.analysis.layout.overlap import overlapping_pairs
from aspdesk.analysis.layout.positions import (
    MIN_DISTANCE,
    circle_layout,
    cluster_wheel,
    force_layout,
    grid_layout,
    group_layout,
)
from aspdesk.analysis.layout.rings import RING_NODES

ROLES = ["member", "funder", "developer", "coordinator"]


def _min_distance(pos: np.ndarray) -> float:
    if len(pos) < 2:
        return math.inf
    diff = pos[:, None, :] - pos[None, :, :]
    dist = np.sqrt((diff**2).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    return float(dist.min())


def _mean_nearest(pos: np.ndarray) -> float:
    diff = pos[:, None, :] - pos[None, :, :]
    dist = np.sqrt((diff**2).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    return float(dist.min(axis=1).mean())


def _random_graph(n: int, m: int, seed: int) -> np.ndarray:
    """A connected-ish graph: a random tree plus random extra ties."""
    rng = np.random.default_rng(seed)
    tree = [(i, int(rng.integers(0, i))) for i in range(1, n)]
    extra = rng.integers(0, n, size=(max(0, m - len(tree)), 2))
    return np.vstack([np.array(tree, dtype=np.int64).reshape(-1, 2), extra])


def _components_graph(parts: int, size: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    edges = []
    for part in range(parts):
        base = part * size
        edges += [(base + i, base + int(rng.integers(0, i))) for i in range(1, size)]
        edges += [(base + int(a), base + int(b)) for a, b in rng.integers(0, size, (3, 2))]
    return np.array(edges, dtype=np.int64)


# --- shapes and types ------------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 1, 2, 7, 150])
def test_every_layout_returns_float64_n_by_2(n: int) -> None:
    edges = _random_graph(n, 2 * n, seed=1) if n > 1 else np.zeros((0, 2), dtype=np.int64)
    results = [
        force_layout(n, edges),
        circle_layout(n),
        grid_layout(n),
        group_layout([("a", "b", "c")[i % 3] for i in range(n)]),
        cluster_wheel(n, 2, [(i, i % 2, ROLES[i % 4]) for i in range(n)], ROLES)[0],
    ]
    for pos in results:
        assert pos.shape == (n, 2)
        assert pos.dtype == np.float64
        assert np.isfinite(pos).all()
    assert cluster_wheel(n, 3, [], ROLES)[1].shape == (3, 2)


# --- force layout ----------------------------------------------------------------------------


def test_force_layout_is_deterministic_for_a_seed_and_differs_between_seeds() -> None:
    edges = _random_graph(300, 600, seed=2)
    first = force_layout(300, edges, seed=7)
    assert np.array_equal(first, force_layout(300, edges, seed=7))
    assert not np.allclose(first, force_layout(300, edges, seed=8))
    small = _random_graph(20, 30, seed=2)
    assert np.array_equal(force_layout(20, small, seed=1), force_layout(20, small, seed=1))
    assert not np.allclose(force_layout(20, small, seed=1), force_layout(20, small, seed=2))


@pytest.mark.parametrize("shape", ["fresh", "pinned", "incremental"])
def test_force_layout_reports_every_step_of_all_it_takes_and_stops_when_told(
    shape: str,
) -> None:
    n = 300
    edges = _random_graph(n, 600, seed=4)
    lone = np.array([[n, n + 1]])  # a separate part of two: laid out in a batch of its own
    edges, n = np.vstack([edges, lone]), n + 2
    initial, pinned = np.full((n, 2), np.nan), np.zeros(n, dtype=np.bool_)
    if shape == "pinned":
        initial[0], pinned[0] = (5.0, 5.0), True
    elif shape == "incremental":
        initial[: n - 10] = force_layout(n, edges)[: n - 10]
    reports: list[tuple[int, int]] = []
    result = force_layout(n, edges, initial=initial, pinned=pinned, progress=_record(reports))
    assert np.array_equal(result, force_layout(n, edges, initial=initial, pinned=pinned))
    done, totals = [d for d, _ in reports], {t for _, t in reports}
    (total,) = totals  # known before the first step
    assert done == list(range(1, total + 1))
    assert total == {"fresh": 2 * 300, "pinned": 2 * 300 + 100, "incremental": 60}[shape]

    class Stop(Exception):
        pass

    def stop_at_ten(step: int, _total: int) -> None:
        if step == 10:
            raise Stop

    with pytest.raises(Stop):
        force_layout(n, edges, initial=initial, pinned=pinned, progress=stop_at_ten)


def _record(reports: list[tuple[int, int]]) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        reports.append((done, total))

    return progress


def test_repeats_reversed_ties_and_self_loops_count_once() -> None:
    edges = _random_graph(60, 90, seed=3)
    messy = np.vstack([edges, edges[:, ::-1], edges[:10], [[5, 5], [9, 9]]])
    assert np.array_equal(force_layout(60, edges), force_layout(60, messy))


def test_neighbours_end_about_one_apart() -> None:
    pos = force_layout(400, _random_graph(400, 500, seed=4))
    assert 0.8 < _mean_nearest(pos) < 1.25


def test_stronger_ties_pull_closer() -> None:
    n = 24
    ring = np.array([(i, (i + 1) % n) for i in range(n)])
    weights = np.where(np.arange(n) % 2 == 0, 5.0, 1.0)
    pos = force_layout(n, ring, weights=weights)
    length = np.linalg.norm(pos[ring[:, 0]] - pos[ring[:, 1]], axis=1)
    assert length[weights == 5].mean() < length[weights == 1].mean()


@pytest.mark.parametrize("placed_share", [0.0, 0.9])
def test_pinned_nodes_keep_their_position_exactly(placed_share: float) -> None:
    n = 200
    edges = _random_graph(n, 300, seed=5)
    rng = np.random.default_rng(5)
    initial = rng.uniform(-10, 10, size=(n, 2))
    initial[rng.random(n) >= placed_share] = np.nan
    pinned = np.zeros(n, dtype=bool)
    pinned[[0, 3, 50, 199]] = True
    initial[pinned] = [[0.0, 0.0], [12.5, -3.25], [-7.0, 8.0], [0.3, 0.2]]
    pos = force_layout(n, edges, initial=initial, pinned=pinned)
    assert np.array_equal(pos[pinned], initial[pinned])
    assert np.isfinite(pos).all()
    assert _min_distance(pos) >= MIN_DISTANCE


def test_a_pinned_node_needs_a_position() -> None:
    with pytest.raises(ValueError):
        force_layout(3, [[0, 1]], initial=np.full((3, 2), np.nan), pinned=[True, False, False])
    with pytest.raises(ValueError):
        force_layout(3, [[0, 3]])


def test_adding_a_node_to_a_laid_out_map_barely_moves_the_others() -> None:
    n = 200
    edges = _random_graph(n, 300, seed=6)
    before = force_layout(n, edges)
    grown = np.vstack([edges, [[n, 10], [n, 42]]])
    after = force_layout(n + 1, grown, initial=np.vstack([before, [np.nan, np.nan]]))
    moved = np.linalg.norm(after[:n] - before, axis=1)
    assert moved.mean() < 0.3
    middle = (before[10] + before[42]) / 2
    assert np.linalg.norm(after[n] - middle) < np.linalg.norm(before[10] - before[42]) / 2 + 2.0


def test_a_new_node_without_ties_goes_to_the_edge_of_the_drawing() -> None:
    n = 200
    edges = _random_graph(n, 300, seed=7)
    before = force_layout(n, edges)
    after = force_layout(n + 1, edges, initial=np.vstack([before, [np.nan, np.nan]]))
    centre = before.mean(axis=0)
    reach = np.linalg.norm(before - centre, axis=1).max()
    assert reach <= np.linalg.norm(after[n] - centre) < reach + 5.0
    assert np.linalg.norm(after[:n] - before, axis=1).mean() < 0.3


def test_disconnected_parts_and_lone_nodes_stay_compact() -> None:
    pos = force_layout(300, _components_graph(30, 10, seed=8))
    assert (np.ptp(pos, axis=0) <= 60).all()
    lone = force_layout(150, _random_graph(100, 120, seed=8))  # nodes 100..149 have no ties
    assert (np.ptp(lone, axis=0) <= 60).all()
    assert _min_distance(lone) >= MIN_DISTANCE


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(0, 40),
    data=st.data(),
    seed=st.integers(0, 2**16),
)
def test_no_two_nodes_share_a_spot_in_any_layout(n: int, data: st.DataObject, seed: int) -> None:
    pairs = st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, max(n - 1, 0)))
    edges = np.array(data.draw(st.lists(pairs, max_size=3 * n)) if n else [], dtype=np.int64)
    placed = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    initial = np.where(placed[:, None], np.arange(2 * n).reshape(n, 2) * 0.1, np.nan)
    pinned = placed & np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)), bool)
    layouts = [
        force_layout(n, edges.reshape(-1, 2), seed=seed),
        force_layout(n, edges.reshape(-1, 2), initial=initial, pinned=pinned, seed=seed),
        circle_layout(n),
        grid_layout(n),
        group_layout([str(i % 3) for i in range(n)]),
        cluster_wheel(n, 3, [(i, i % 3, ROLES[i % 4]) for i in range(0, n, 2)], ROLES)[0],
    ]
    for pos in layouts:
        assert _min_distance(pos) >= MIN_DISTANCE - 1e-9


def test_spacing_holds_on_a_larger_graph_laid_out_on_the_mesh() -> None:
    n = 600
    edges = _random_graph(n, 1500, seed=9)
    pos = force_layout(n, edges)
    assert _min_distance(pos) >= MIN_DISTANCE
    initial = pos.copy()
    initial[::7] = np.nan
    assert _min_distance(force_layout(n, edges, initial=initial)) >= MIN_DISTANCE


def test_all_nan_initial_without_pins_is_the_same_fresh_layout() -> None:
    n = 300
    edges = _random_graph(250, 400, seed=14)  # nodes 250..299 have no ties
    fresh = force_layout(n, edges, seed=3)
    none_placed = force_layout(
        n, edges, initial=np.full((n, 2), np.nan), pinned=np.zeros(n, dtype=bool), seed=3
    )
    assert np.array_equal(fresh, none_placed)


def test_lone_nodes_and_small_parts_do_not_squeeze_the_main_part() -> None:
    big = _random_graph(400, 1200, seed=14)
    triples = [(400 + 3 * p + a, 400 + 3 * p + b) for p in range(10) for a, b in ((0, 1), (1, 2))]
    n = 400 + 30 + 60  # 60 lone nodes
    pos = force_layout(n, np.vstack([big, triples]), seed=1)
    assert 0.8 < _mean_nearest(pos) < 1.25
    assert 0.8 < _mean_nearest(pos[:400]) < 1.25
    assert _min_distance(pos) >= MIN_DISTANCE
    assert (np.ptp(pos, axis=0) <= 80).all()


@pytest.mark.parametrize("sizes", [(120, 300, 90), (5, 40, 2, 17)])
def test_parts_laid_out_at_once_push_only_within_themselves(sizes: tuple[int, ...]) -> None:
    """A batch of parts (on meshes or pair by pair) gets the very push each part gets alone."""
    rng = np.random.default_rng(15)
    label = np.repeat(np.arange(len(sizes)), sizes)
    xy = rng.normal(size=(2, len(label))) * 5.0  # parts overlap, as in a fresh layout
    charge = np.sqrt(1.0 + rng.integers(0, 5, len(label)))
    none = np.zeros(0, dtype=np.int64)

    def push(nodes: np.ndarray, parts: np.ndarray | None) -> np.ndarray:
        zero = np.zeros(0)
        forces = Forces(none, none, zero, charge[nodes], k=1.0, centre=np.zeros(2), parts=parts)
        result: np.ndarray = forces.on(xy[:, nodes])
        return result

    together = push(np.arange(len(label)), label)
    for part in range(len(sizes)):
        alone = push(np.flatnonzero(label == part), None)
        assert np.allclose(together[:, label == part], alone, rtol=1e-9, atol=1e-9)


class _CountingHelper(ThreadPoolExecutor):
    def __init__(self) -> None:
        super().__init__(1)
        self.jobs = 0

    def submit(self, *args: Any, **kwargs: Any) -> Future[Any]:  # type: ignore[override]
        self.jobs += 1
        return super().submit(*args, **kwargs)


@pytest.mark.parametrize("sizes", [(3000,), (900, 700, 5)])
def test_the_mesh_fft_in_a_helper_thread_gives_the_same_forces_to_the_bit(
    sizes: tuple[int, ...],
) -> None:
    rng = np.random.default_rng(8)
    label = np.repeat(np.arange(len(sizes)), sizes)
    n = len(label)
    edges = _random_graph(n, 3 * n, 4)
    edges = edges[label[edges[:, 0]] == label[edges[:, 1]]]  # ties within parts
    charge = np.sqrt(1.0 + rng.integers(0, 5, n))
    pull = rng.uniform(1.0, 2.0, len(edges))
    xy = (rng.normal(size=(2, n)) * 20.0).astype(np.float32)

    def forces() -> Forces:
        parts = None if len(sizes) == 1 else label
        return Forces(
            edges[:, 0], edges[:, 1], pull, charge, k=1.3, centre=np.zeros(2), parts=parts
        )

    alone, helped = forces(), forces()
    with _CountingHelper() as helper:
        for refresh in (True, False):
            expected = alone.on(xy, refresh=refresh)
            assert np.array_equal(helped.on(xy, refresh=refresh, helper=helper), expected)
            xy += 0.1
    assert helper.jobs == 2


# 30 nodes need no mesh; 2,000 have a 64 x 64 one, whose FFTs are too quick to pay for a
# thread; 4,000 have a 128 x 128 one.
@pytest.mark.parametrize(("n", "threaded"), [(30, False), (2000, False), (4000, True)])
def test_a_layout_has_an_fft_thread_only_while_its_mesh_is_big(n: int, threaded: bool) -> None:
    seen: set[bool] = set()

    def progress(_done: int, _total: int) -> None:
        names = [t.name for t in threading.enumerate()]
        seen.add(any(name.startswith("aspdesk-layout-fft") for name in names))

    force_layout(n, _random_graph(n, 2 * n, 3), iterations=5, progress=progress)
    assert seen == {threaded}
    assert not any(t.name.startswith("aspdesk-layout-fft") for t in threading.enumerate())


# --- fixed shapes ----------------------------------------------------------------------------


def test_circle_puts_neighbours_one_apart_in_the_given_order() -> None:
    order = [3, 0, 4, 1, 2]
    pos = circle_layout(5, order=order)
    ring = pos[order]
    steps = np.linalg.norm(ring - np.roll(ring, -1, axis=0), axis=1)
    assert np.allclose(steps, 1.0)
    # the first slot is at the top of the screen, where y is least (the canvas's y grows down)
    assert pos[3][1] == pytest.approx(-np.linalg.norm(pos[3]))
    assert pos[0][0] > 0  # and the next one clockwise, to its right
    with pytest.raises(ValueError):
        circle_layout(3, order=[0, 0, 1])


def test_grid_is_square_ish_with_spacing_one_filled_down_its_columns() -> None:
    order = list(range(10))[::-1]
    pos = grid_layout(10, order=order)
    assert len(np.unique(pos[:, 0])) == 4 and len(np.unique(pos[:, 1])) == 3
    assert _min_distance(pos) == pytest.approx(1.0)
    assert pos[9][0] == pos[8][0] < pos[6][0]  # node 9 fills the top-left slot, 8 is under it
    assert pos[9][1] < pos[8][1] and pos[9][1] == pos[:, 1].min()


def test_grid_columns_are_as_wide_as_their_labels_and_fill_the_view() -> None:
    rng = np.random.default_rng(3)
    widths = rng.uniform(0.5, 5.0, 30)
    boxes = np.column_stack([np.full(30, -0.4), np.full(30, -0.3), widths, np.full(30, 0.3)])
    pos = grid_layout(30, boxes=boxes, gap=0.1, view=(40.0, 20.0))
    assert len(overlapping_pairs(pos, boxes, 0.1 - 1e-9)[0]) == 0
    low, high = (pos + boxes[:, :2]).min(axis=0), (pos + boxes[:, 2:]).max(axis=0)
    assert np.allclose(high - low, (40.0, 20.0), atol=1.0)  # spread over the view
    columns = np.unique(pos[:, 0])
    assert 3 <= len(columns) <= 10


def test_groups_get_separate_columns_in_the_given_order() -> None:
    rng = np.random.default_rng(10)
    groups = [str(g) for g in rng.choice(["company", "funder", "school", "city"], 70)]
    pos = group_layout(groups, group_order=["school", "company", "funder", "city"])
    spans = {}
    for g in set(groups):
        mine = pos[[i for i, v in enumerate(groups) if v == g]]
        spans[g] = (mine[:, 0].min(), mine[:, 0].max(), mine[:, 1].min())
    order = sorted(spans, key=lambda g: spans[g][0])
    assert order == ["school", "company", "funder", "city"]
    for left, right in zip(order, order[1:], strict=False):
        assert spans[right][0] - spans[left][1] >= 1.0 + 1.99  # a column and a group gap
    assert len({round(top, 9) for _, _, top in spans.values()}) == 1  # all from the top


def test_cluster_wheel_puts_members_in_role_order_and_keeps_wheels_apart() -> None:
    rng = np.random.default_rng(11)
    n, clusters = 120, 5
    memberships = [(i, int(rng.integers(0, clusters)), str(rng.choice(ROLES))) for i in range(100)]
    memberships += [(i, int(rng.integers(0, clusters)), "member") for i in range(0, 100, 3)]
    pos, centres = cluster_wheel(n, clusters, memberships, ROLES)
    radius = np.zeros(clusters)
    for cluster in range(clusters):
        members = [
            m for m in range(100) if np.argmin(np.linalg.norm(centres - pos[m], axis=1)) == cluster
        ]
        offset = pos[members] - centres[cluster]
        clockwise = np.arctan2(offset[:, 0], -offset[:, 1]) % (2 * math.pi)  # from the top
        roles = [
            min(ROLES.index(r) for m2, c, r in memberships if m2 == m and c == cluster)
            for m in members
        ]
        by_angle = [roles[k] for k in np.argsort(clockwise)]
        assert by_angle == sorted(by_angle), "roles follow each other clockwise from the top"
        radius[cluster] = np.linalg.norm(offset, axis=1).max() + 0.5
    for a in range(clusters):
        for b in range(a + 1, clusters):
            assert np.linalg.norm(centres[a] - centres[b]) > radius[a] + radius[b]
    assert (pos[100:, 1] > pos[:100, 1].max()).all()  # actors without membership: below
    assert _min_distance(pos) >= MIN_DISTANCE


def test_an_actor_in_several_clusters_is_drawn_with_its_main_one_else_the_smaller() -> None:
    memberships = [
        (0, 0, "funder"),
        (0, 1, "funder"),
        (0, 1, "member"),  # two memberships in cluster 1: drawn there
        (1, 1, "member"),
        (1, 0, "developer"),  # one in each, cluster 0 has none yet: drawn in 0
        (2, 2, "member"),
        (2, 1, "funder"),  # one in each of 1 (one member) and 2 (none): drawn in 2
        (3, 0, "member"),
        (3, 1, "member"),  # one in each of 0 and 1 (one each): the lowest, 0
    ]
    pos, centres = cluster_wheel(4, 3, memberships, ROLES)

    def nearest(node: int) -> int:
        return int(np.argmin(np.linalg.norm(centres - pos[node], axis=1)))

    assert [nearest(n) for n in range(4)] == [1, 0, 2, 0]


def test_wheels_make_room_for_labels_and_hubs() -> None:
    memberships = [(i, i % 3, ROLES[i % 4]) for i in range(24)]
    boxes = np.tile([-0.4, -0.4, 3.5, 0.4], (26, 1))
    hubs = np.tile([-0.8, -0.8, 2.5, 0.8], (3, 1))
    pos, centres = cluster_wheel(26, 3, memberships, ROLES, boxes=boxes, hub_boxes=hubs, gap=0.1)
    every = np.vstack([pos, centres])
    assert len(overlapping_pairs(every, np.vstack([boxes, hubs]), 0.1 - 1e-9)[0]) == 0


def test_one_cluster_sits_at_the_origin() -> None:
    pos, centres = cluster_wheel(4, 1, [(0, 0, "member"), (1, 0, "funder")], ROLES)
    assert np.array_equal(centres, np.zeros((1, 2)))
    assert pos[2][1] > max(pos[0][1], pos[1][1]) and pos[2][1] == pos[3][1]
    with pytest.raises(ValueError):
        cluster_wheel(2, 1, [(0, 1, "member")], ROLES)


def test_a_circle_of_labels_is_as_small_as_its_labels_allow() -> None:
    boxes = np.tile([-0.3, -0.3, 3.0, 0.3], (12, 1))
    pos = circle_layout(12, boxes=boxes, gap=0.1)
    assert len(overlapping_pairs(pos, boxes, 0.1 - 1e-9)[0]) == 0
    radius = np.linalg.norm(pos, axis=1)
    assert np.allclose(radius, radius[0])  # still a circle
    assert radius[0] < 12 * 3.4 / (2 * math.pi)  # smaller than labels end to end all round


def _rings(radius: np.ndarray) -> int:
    """How many rings the radii stand on (radii closer than a tenth are one ring)."""
    return 1 + int((np.diff(np.sort(radius)) > 0.1).sum())


def test_a_big_circle_stands_on_rings_with_a_hole() -> None:
    count = 300
    pos = circle_layout(count)
    radius = np.linalg.norm(pos, axis=1)
    assert 2 <= _rings(radius) <= count // RING_NODES + 1
    assert radius.min() >= radius.max() / 3, "a circle with a hole, not a disc"
    assert radius.max() < count / (2 * math.pi) / 2, "much smaller than one ring of them all"
    small = circle_layout(RING_NODES)
    assert _rings(np.linalg.norm(small, axis=1)) == 1, "a circle of a few stays one ring"
    # the biggest nodes' labels (layouts make room for 15 on a big map) stay clear
    boxes = np.tile([-0.3, -0.3, 0.3, 0.3], (count, 1))
    boxes[::20, 2] = 3.0
    pos = circle_layout(count, boxes=boxes, gap=0.1)
    # the gap kept to within the overlap pass's hair (a millionth of a box)
    assert len(overlapping_pairs(pos, boxes, 0.1 - 1e-6)[0]) == 0
    assert np.linalg.norm(pos, axis=1).max() < count * 0.7 / (2 * math.pi) / 2


def test_analysis_does_not_import_qt_or_the_database() -> None:
    folder = Path(__file__).resolve().parents[2] / "aspdesk" / "analysis" / "layout"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            for name in names:
                assert not name.startswith(("PySide6", "pyqtgraph", "sqlalchemy", "aspdesk.")) or (
                    name.startswith("aspdesk.analysis")
                ), f"{path.name} imports {name}"


def test_close_pairs_finds_exactly_the_pairs_a_full_comparison_finds() -> None:
    rng = np.random.default_rng(12)
    pos = np.vstack([rng.uniform(0, 12, (400, 2)), np.zeros((3, 2)), [[5.0, 5.0]] * 2])
    i, j = close_pairs(pos, 0.7)
    found = {(min(a, b), max(a, b)) for a, b in zip(i.tolist(), j.tolist(), strict=True)}
    dist = np.sqrt(((pos[:, None, :] - pos[None, :, :]) ** 2).sum(axis=2))
    a, b = np.nonzero(np.triu(dist < 0.7, k=1))
    assert found == set(zip(a.tolist(), b.tolist(), strict=True))
    assert len(found) == len(i)


def test_with_nothing_new_placed_nodes_stay_where_they_are() -> None:
    edges = _random_graph(120, 200, seed=13)
    before = force_layout(120, edges)
    assert np.array_equal(force_layout(120, edges, initial=before), before)
