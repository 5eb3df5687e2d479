"""How the graph is dressed for where it is seen: a screen, a projector, a printed page.

A :class:`Theme` sets the background, the colour of text and outlines, the backing behind
labels, and how much thicker lines and bigger nodes are than on a laptop screen. The
palette of kinds and types (``style``) stays the same in every theme, so a legend means the
same thing everywhere; only near-black lines, which vanish on a dark background, are drawn
light there, and so are the deep purple lines of projects.

* ``light``: the everyday look, also for images sent to funders.
* ``projector``: white background, black text, thicker lines and bigger nodes, for a
  washed-out projector in a lit room.
* ``dark``: black background, white text, thick lines, for a dim room; high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from aspdesk.graph.style import PROJECT_COLOUR, PROJECT_COLOUR_ON_DARK


@dataclass(frozen=True)
class Theme:
    """Colours and scales of one look of the graph."""

    key: str
    background: str
    text: str  # labels and legend
    muted_text: str  # legend notes
    label_backing: tuple[int, int, int, int]  # RGBA behind a label
    outline: str  # around nodes and legend symbols
    legend_fill: tuple[int, int, int, int]
    legend_frame: str
    edge_scale: float = 1.0  # line widths times this
    node_scale: float = 1.0  # node sizes times this
    dark: bool = False
    # Line colours drawn lighter on this background: (colour, lighter) pairs.
    lighter: tuple[tuple[str, str], ...] = ()

    def line_colour(self, colour: str) -> str:
        """``colour`` for a line or hub on this background: near-black becomes light grey
        on a dark background, where it would vanish, and colours in ``lighter`` their
        lighter variant."""
        if not self.dark:
            return colour
        qcolour = QColor(colour)
        for dark, light in self.lighter:
            if qcolour.rgb() == QColor(dark).rgb():
                return light
        if qcolour.hslSaturationF() < 0.2 and qcolour.lightnessF() < 0.45:
            grey = 235 - int(qcolour.lightnessF() * 100)
            return QColor(grey, grey, grey, qcolour.alpha()).name()
        return colour


LIGHT = Theme(
    "light",
    background="#FFFFFF",
    text="#111111",
    muted_text="#444444",
    label_backing=(255, 255, 255, 215),
    outline="#262626",
    legend_fill=(255, 255, 255, 235),
    legend_frame="#B0B0B0",
)
PROJECTOR = Theme(
    "projector",
    background="#FFFFFF",
    text="#000000",
    muted_text="#222222",
    label_backing=(255, 255, 255, 235),
    outline="#000000",
    legend_fill=(255, 255, 255, 245),
    legend_frame="#000000",
    edge_scale=2.2,
    node_scale=1.6,
)
DARK = Theme(
    "dark",
    background="#000000",
    text="#FFFFFF",
    muted_text="#DDDDDD",
    label_backing=(0, 0, 0, 200),
    outline="#F2F2F2",
    legend_fill=(20, 20, 20, 235),
    legend_frame="#BBBBBB",
    edge_scale=2.2,
    node_scale=1.6,
    dark=True,
    lighter=((PROJECT_COLOUR, PROJECT_COLOUR_ON_DARK),),
)
THEMES: dict[str, Theme] = {theme.key: theme for theme in (LIGHT, PROJECTOR, DARK)}
