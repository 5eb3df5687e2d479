"""The distinct values of an array of integers, sorted, without loading ``numpy.ma``.

``np.unique`` asked for nothing but the values asks ``numpy.ma`` whether the array is
masked, and so imports it the first time: 8 ms of an ``aspdesk export`` whose map had no
layout yet (its force layout was the first to ask). Sorting and keeping each first of a
run gives the same values and loads nothing.
"""

from __future__ import annotations

from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

Integer = TypeVar("Integer", bound=np.integer[Any])


def distinct(values: NDArray[Integer]) -> NDArray[Integer]:
    """The values in ``values`` (of any shape), each once, in increasing order: what
    ``np.unique`` gives for integers."""
    ordered = np.sort(np.ravel(values))
    keep = np.ones(len(ordered), dtype=np.bool_)
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
