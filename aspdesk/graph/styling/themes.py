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

The window's graph wears :func:`everyday` theme: ``light``, or, when the desktop (or the
user) asks for a dark colour scheme, :data:`SCREEN_DARK`, the everyday look on the dark grey
of dark windows, with the everyday line widths and node sizes. It is a look of the screen
only: a saved view or an image records it as ``light`` (:func:`saved_key`), so a view saved
on a dark desktop shows in the light look on a light one, and a copied picture pasted into
a document is light like every export.

On the projector and dark themes every node colour is shown with enough contrast against
the background to be seen from the back of a room (WCAG 2.1's 3:1 for graphics, 4.5:1 on
dark, where the palette's blue and the projects' purple looked too dark): a colour short of
it is lightened or darkened, keeping its hue and saturation, just enough to reach it. This
covers the colours a user gives clusters too, which no fixed palette could.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

from aspdesk.domain.records import record
from aspdesk.graph.styling.style import (
    NEW_COLOUR,
    NEW_COLOUR_ON_DARK,
    PROJECT_COLOUR,
    PROJECT_COLOUR_ON_DARK,
)


@record
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
    node_contrast: float = 0.0  # node fills keep at least this contrast; 0: as they are

    def node_colour(self, colour: str) -> str:
        """``colour`` as a node's fill on this background (see the module's note)."""
        if self.node_contrast <= 0:
            return colour
        return with_contrast(colour, self.background, self.node_contrast)

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
    node_contrast=3.0,
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
    lighter=((PROJECT_COLOUR, PROJECT_COLOUR_ON_DARK), (NEW_COLOUR, NEW_COLOUR_ON_DARK)),
    node_contrast=4.5,
)
THEMES: dict[str, Theme] = {theme.key: theme for theme in (LIGHT, PROJECTOR, DARK)}
# The dark grey of dark desktop windows (GNOME's Adwaita, KDE's Breeze, Windows' and
# macOS's are all within a few shades of it), so the graph sits in the window unframed.
SCREEN_DARK = Theme(
    "screen-dark",
    background="#1E1E1E",
    text="#EEEEEE",
    muted_text="#C8C8C8",
    label_backing=(30, 30, 30, 215),
    outline="#D8D8D8",
    legend_fill=(40, 40, 40, 235),
    legend_frame="#6A6A6A",
    dark=True,
    lighter=((PROJECT_COLOUR, PROJECT_COLOUR_ON_DARK), (NEW_COLOUR, NEW_COLOUR_ON_DARK)),
    node_contrast=3.0,
)


def everyday(dark: bool) -> Theme:
    """The window's everyday look of the graph in a dark or a light colour scheme."""
    return SCREEN_DARK if dark else LIGHT


def saved_key(theme: Theme) -> str:
    """The key a view or an image records for ``theme``: the everyday look is ``light``
    whatever the colour scheme it was seen in."""
    return LIGHT.key if theme is SCREEN_DARK else theme.key


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an opaque colour (0 black, 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours, from 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """The opaque colour that see-through ``colour`` shows over ``background``."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


@lru_cache(maxsize=1024)
def with_contrast(colour: str, background: str, ratio: float) -> str:
    """``colour`` with its HSL lightness moved away from ``background``'s just enough for
    ``ratio``:1 contrast; unchanged when it has that already. Keeps the colour's alpha."""
    qcolour, ground = QColor(colour), QColor(background)
    if contrast(qcolour, ground) >= ratio:
        return colour
    hue, saturation = qcolour.hslHueF(), qcolour.hslSaturationF()
    lightness, alpha = qcolour.lightnessF(), qcolour.alphaF()
    lighter = relative_luminance(ground) < 0.18  # on a dark ground, lighten
    low, high = (lightness, 1.0) if lighter else (0.0, lightness)
    # Luminance grows with lightness at a fixed hue and saturation: halve the interval.
    for _ in range(24):
        middle = (low + high) / 2
        enough = contrast(QColor.fromHslF(hue, saturation, middle), ground) >= ratio
        if enough == lighter:
            high = middle
        else:
            low = middle
    chosen = high if lighter else low
    step = 1 / 255 if lighter else -1 / 255
    found = QColor.fromHslF(hue, saturation, chosen)
    # Eight bits a channel may round the found colour back under the ratio: step on.
    while contrast(QColor(found.name()), ground) < ratio and 0 < chosen < 1:
        chosen = min(max(chosen + step, 0.0), 1.0)
        found = QColor.fromHslF(hue, saturation, chosen)
    found.setAlphaF(alpha)
    return found.name(QColor.NameFormat.HexArgb if alpha < 1 else QColor.NameFormat.HexRgb)
