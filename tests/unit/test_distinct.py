"""``distinct`` gives what ``np.unique`` gives for integers, and a force layout from
scratch (the first export of a map) no longer loads numpy.ma through it."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from aspdesk.analysis.distinct import distinct


@pytest.mark.parametrize("shape", [(0,), (1,), (7,), (500,), (30, 4)])
def test_distinct_is_numpy_unique_for_integers(shape: tuple[int, ...]) -> None:
    rng = np.random.default_rng(len(shape) * 100 + shape[0])
    values = rng.integers(-50, 50, size=shape)
    found = distinct(values)
    assert found.dtype == values.dtype
    assert found.tolist() == np.unique(values).tolist()


# Parts of several sizes, so that the fresh layout batches them by mesh size: the call
# that loaded numpy.ma on a first export.
_LAYOUT_WITHOUT_MASKED_ARRAYS = """
import sys
import numpy as np
from aspdesk.analysis.layout.positions import force_layout
edges = [(i, i + 1) for i in range(40)] + [(50, 51), (51, 52), (60, 61)]
edges += [(i, (i * 7) % 40) for i in range(40)]
positions = force_layout(70, np.array(edges), iterations=20)
assert np.isfinite(positions).all()
print("numpy.ma" in sys.modules)
"""


def test_a_fresh_force_layout_does_not_load_numpy_masked_arrays() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LAYOUT_WITHOUT_MASKED_ARRAYS],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == "False", result.stdout + result.stderr
