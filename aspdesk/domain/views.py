"""Saved views: a named picture of the map that a user can return to.

A view keeps what the graph shows and how (filters, focus, colours, theme, labels), where
the nodes stand and which part of the map it shows. Views are the steps of a workshop and
the pages of an export, so they live in the map file and in its JSON backup.

The part shown is a *region* of the map (layout units), not the camera of one canvas: a
view saved in a laptop's window shows the same nodes filling a projector at 16:9 or 4:3.
Views saved before regions (version 1) keep only their camera, the rectangle their window
showed; it is read as their region.

:class:`ViewState` is plain data with no Qt and no analysis types, so the store, the backup
and the tests can hold it; the graph converts it to and from its own options. Its JSON form
carries a version number and is read leniently: unknown keys are ignored, and missing or
malformed values fall back to their defaults, because a view that shows a little less than
it did is better than a map or a backup that cannot be opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import field, fields
from datetime import date
from typing import Any

from aspdesk.domain.json_shape import (
    as_bool,
    as_choice,
    as_int,
    as_list,
    as_number,
    as_object,
    as_text,
    list_of,
)
from aspdesk.domain.records import record

VIEW_STATE_VERSION = 2
# The network metrics a node can be sized or coloured by (the codes of
# aspdesk.analysis.metrics, which the domain does not import; a test keeps them alike).
SIZE_METRICS = ("in_degree", "out_degree", "strength", "betweenness", "closeness", "eigenvector")
COLOUR_BY = ("kind", "cluster", "degree", *SIZE_METRICS, "community")
SIZE_BY = ("ties", *SIZE_METRICS)
FOCUS_DIRECTIONS = ("both", "out", "in")
MAX_FOCUS_DEPTH = 3
DEFAULT_THEME = "light"

Point = tuple[float, float]
Positions = dict[int, Point]
Camera = tuple[float, float, float, float]


def _ids(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(set(values)))


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


@record
class ViewState:
    """What a saved view restores.

    The filter fields mirror ``GraphFilter`` of :mod:`aspdesk.analysis.network_view` in
    plain form: ``None`` in ``clusters``, ``kinds`` or ``types`` means "all", and
    ``hidden`` holds the actors hidden by hand, and ``project`` the project whose
    network alone is shown (``None``: no such filter). ``show_projects`` draws projects
    as hubs joined to their partners. Focus is around the selection, so ``selected`` and
    ``selected_projects`` keep the selected actors' and projects' ids. ``camera`` is the
    rectangle the window showed (x, y, width, height in graph coordinates), still written
    for older aspdesk versions; ``region`` the part of the map the view shows, the box
    around the nodes on show inside that camera (None: the camera, for a view saved
    before regions), and ``whole`` says the view showed the whole graph, which it keeps
    doing as the map grows. ``positions`` (actors),
    ``cluster_positions`` (cluster hubs) and ``project_positions`` (project hubs) are
    ``None`` when the view does not move those nodes. Id lists are kept sorted and
    without repeats, so equal views compare equal. States saved before projects were
    drawn lack their keys and read as "projects off".
    """

    colour_by: str = "kind"
    size_by: str = "ties"
    clusters_as_hubs: bool = False
    clusters: tuple[int, ...] | None = None
    kinds: tuple[str, ...] | None = None
    types: tuple[str, ...] | None = None
    as_of: date | None = None
    hidden: tuple[int, ...] = ()
    focus_depth: int = 0
    focus_direction: str = "both"
    focus_hides: bool = False
    selected: tuple[int, ...] = ()
    theme: str = DEFAULT_THEME
    label_px: float | None = None
    camera: Camera | None = None
    positions: Positions | None = field(default=None, hash=False)
    cluster_positions: Positions | None = field(default=None, hash=False)
    show_projects: bool = False
    project: int | None = None
    selected_projects: tuple[int, ...] = ()
    project_positions: Positions | None = field(default=None, hash=False)
    region: Camera | None = None
    whole: bool = False

    def __post_init__(self) -> None:
        # Sorted, unique ids: a view captured from sets equals the same view read back.
        set_ = object.__setattr__
        if self.clusters is not None:
            set_(self, "clusters", _ids(self.clusters))
        if self.kinds is not None:
            set_(self, "kinds", _codes(self.kinds))
        if self.types is not None:
            set_(self, "types", _codes(self.types))
        set_(self, "hidden", _ids(self.hidden))
        set_(self, "selected", _ids(self.selected))
        set_(self, "selected_projects", _ids(self.selected_projects))
        for name in ("positions", "cluster_positions", "project_positions"):
            value = getattr(self, name)
            if value is not None:
                set_(self, name, {k: (float(x), float(y)) for k, (x, y) in sorted(value.items())})

    def to_dict(self) -> dict[str, Any]:
        """The state as JSON-ready values, with the format version."""
        return {
            "version": VIEW_STATE_VERSION,
            "colour_by": self.colour_by,
            "size_by": self.size_by,
            "clusters_as_hubs": self.clusters_as_hubs,
            "clusters": None if self.clusters is None else list(self.clusters),
            "kinds": None if self.kinds is None else list(self.kinds),
            "types": None if self.types is None else list(self.types),
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "hidden": list(self.hidden),
            "focus_depth": self.focus_depth,
            "focus_direction": self.focus_direction,
            "focus_hides": self.focus_hides,
            "selected": list(self.selected),
            "theme": self.theme,
            "label_px": self.label_px,
            "camera": None if self.camera is None else list(self.camera),
            "positions": _plain_positions(self.positions),
            "cluster_positions": _plain_positions(self.cluster_positions),
            "show_projects": self.show_projects,
            "project": self.project,
            "selected_projects": list(self.selected_projects),
            "project_positions": _plain_positions(self.project_positions),
            "region": None if self.region is None else list(self.region),
            "whole": self.whole,
        }

    @classmethod
    def from_dict(cls, data: object) -> ViewState:
        """The state in ``data`` (from :meth:`to_dict`, perhaps of another version).

        Never raises: unknown keys are ignored and a missing or malformed value takes its
        default. A newer version's file is read for the keys this version knows.
        """
        record = as_object(data)
        if record is None:
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            # None is a missing or malformed value; it takes the default, which for every
            # field that may be None is None.
            value = _READERS[f.name](record.get(f.name))
            values[f.name] = getattr(defaults, f.name) if value is None else value
        return cls(**values)


def _plain_positions(positions: Positions | None) -> list[list[float]] | None:
    if positions is None:
        return None
    return [[node, x, y] for node, (x, y) in sorted(positions.items())]


# -- lenient reading ----------------------------------------------------------------------
# Each reader gives None for a value it cannot read (json_shape's way).


def _choice(options: tuple[str, ...]) -> Callable[[object], str | None]:
    def read(value: object) -> str | None:
        return as_choice(value, options)

    return read


def _text(value: object) -> str | None:
    return as_text(value) or None


def _depth(value: object) -> int | None:
    depth = as_int(value)
    return depth if depth is not None and 0 <= depth <= MAX_FOCUS_DEPTH else None


def _id(value: object) -> int | None:
    found = as_int(value)
    return found if found is not None and found > 0 else None


def _id_list(value: object) -> tuple[int, ...] | None:
    return list_of(value, _id, skip=True)


def _code_list(value: object) -> tuple[str, ...] | None:
    return list_of(value, as_text, skip=True)


def _day(value: object) -> date | None:
    try:
        text = as_text(value)
        return None if text is None else date.fromisoformat(text)
    except ValueError:
        return None


def _label_px(value: object) -> float | None:
    number = as_number(value)
    return number if number is not None and number > 0 else None


def _camera(value: object) -> Camera | None:
    """``[x, y, width, height]`` with a width and height above zero (a camera, a region)."""
    numbers = list_of(value, as_number)
    if numbers is None or len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
        return None
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _position(value: object) -> tuple[int, Point] | None:
    entry = as_list(value)
    if entry is None or len(entry) != 3:
        return None
    node, x, y = as_int(entry[0]), as_number(entry[1]), as_number(entry[2])
    return None if node is None or x is None or y is None else (node, (x, y))


def _positions(value: object) -> Positions | None:
    """``[[id, x, y], ...]``; entries that are not that are skipped."""
    found = list_of(value, _position, skip=True)
    return None if found is None else dict(found)


_READERS: dict[str, Callable[[object], object]] = {
    "colour_by": _choice(COLOUR_BY),
    "size_by": _choice(SIZE_BY),
    "clusters_as_hubs": as_bool,
    "clusters": _id_list,
    "kinds": _code_list,
    "types": _code_list,
    "as_of": _day,
    "hidden": _id_list,
    "focus_depth": _depth,
    "focus_direction": _choice(FOCUS_DIRECTIONS),
    "focus_hides": as_bool,
    "selected": _id_list,
    "theme": _text,
    "label_px": _label_px,
    "camera": _camera,
    "positions": _positions,
    "cluster_positions": _positions,
    "show_projects": as_bool,
    "project": _id,
    "selected_projects": _id_list,
    "project_positions": _positions,
    "region": _camera,
    "whole": as_bool,
}


@record
class SavedView:
    """A named view of the map and its place in the map's list of views.

    ``position`` counts from 0 in the order the list shows; ``id`` is ``None`` until
    the view is stored.
    """

    id: int | None = None
    name: str = ""
    position: int = 0
    state: ViewState = field(default_factory=ViewState)


def in_order(views: Iterable[SavedView]) -> list[SavedView]:
    """``views`` in list order (by position, then id)."""
    return sorted(views, key=lambda v: (v.position, v.id or 0))
