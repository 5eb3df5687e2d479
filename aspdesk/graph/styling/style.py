"""How the graph looks: colours, node shapes and line styles for every code.

Colours come from the Okabe-Ito palette, which stays distinct for the common kinds of
colour blindness; every actor kind also has its own shape, so kinds remain apart in a
greyscale print or on a washed-out projector. Codes a user adds later get the next free
colour and shape in turn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from aspdesk.domain.records import record
from aspdesk.graph.styling.shapes import PROJECT_SHAPE as PROJECT_SHAPE  # installs the shape

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
FALLBACK_COLOURS = [*OKABE_ITO, "#000000", "#999999"]
SHAPES = ["o", "s", "d", "t", "h", "p", "star", "t1", "+"]

KIND_STYLE: dict[str, tuple[str, str]] = {
    "company": ("#0072B2", "o"),
    "funder": ("#E69F00", "s"),
    "development": ("#009E73", "d"),
    "research": ("#CC79A7", "t"),
    "third_sector": ("#56B4E9", "h"),
    "authority": ("#D55E00", "p"),
    "international": ("#F0E442", "star"),
    "other": ("#999999", "t1"),
}

DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
}

RELATION_STYLE: dict[str, tuple[str, str]] = {
    "collaboration": ("#4D4D4D", "solid"),
    "funding": ("#E69F00", "solid"),
    "rnd_partnership": ("#CC79A7", "dash"),
    "customer_supplier": ("#0072B2", "dashdot"),
    "information_exchange": ("#009E73", "dot"),
    "competition": ("#D55E00", "dashdotdot"),
    "other": ("#999999", "dot"),
}

# Membership edges in "clusters as hubs" take the colour of the kind that fills the role.
ROLE_COLOURS: dict[str, str] = {
    "member_company": KIND_STYLE["company"][0],
    "funder": KIND_STYLE["funder"][0],
    "support_service": KIND_STYLE["development"][0],
    "research_partner": KIND_STYLE["research"][0],
    "third_sector_partner": KIND_STYLE["third_sector"][0],
    "international_link": "#B8A300",  # the kind's yellow, darkened to show as a thin line
    "authority": KIND_STYLE["authority"][0],
    "coordinator": "#000000",
}

OUTLINE = "#262626"
SELECTION = "#1F5FD6"
HUB_COLOUR = "#FFFFFF"
HUB_SHAPE = "o"

# Projects: a deep purple card, with lines to their partners in the same colour. Under
# simulated protan, deutan and tritan vision (Machado 2009) the purple stays at least 17
# CIELAB units from every colour above (the palette, the greys, black and white), and it
# has 8.6:1 contrast on white. On a dark background it has too little (2.4:1), so the
# dark theme draws project lines in a light, saturated variant: 7.9:1 on black and at
# least 13 units from the palette and from the light grey that near-black lines become
# there (a paler lilac was hard to tell from that grey).
PROJECT_COLOUR = "#762A83"
PROJECT_COLOUR_ON_DARK = "#BB86FC"
# Then and now: new ties and memberships in a deep blue none of the kinds or types has,
# solid and wide; ended ones in vermilion, dashed, so that they differ in width and dash
# as well as in hue (blue and vermilion stay apart under every kind of colour blindness).
# The blue has 6.8:1 contrast on white; dark backgrounds take a light blue (7.3:1 on the
# dark window's grey); the vermilion has 3.9:1 on white and over 4:1 on both dark grounds.
NEW_COLOUR = "#005BAA"
NEW_COLOUR_ON_DARK = "#5AB4F0"
ENDED_COLOUR = "#D55E00"
PROJECT_SIZE = 40.0

# Lines from a project to its partners, by partner role: (dash, width). The coordinator's
# tie is the thick one; associated partners and subcontractors are dashed and dotted.
PARTNER_ROLE_STYLE: dict[str, tuple[str, float]] = {
    "coordinator": ("solid", 4.0),
    "partner": ("solid", 2.0),
    "associated": ("dash", 2.0),
    "subcontractor": ("dot", 2.0),
}


@record
class NodeStyle:
    """Colour and shape of a node."""

    colour: str
    shape: str


@record
class LineStyle:
    """Colour and dash of a line."""

    colour: str
    dash: str


def _nth(codes: list[str], code: str) -> int:
    return codes.index(code) if code in codes else len(codes)


def kind_style(code: str, known: list[str]) -> NodeStyle:
    """The style of actor kind ``code``; ``known`` orders kinds the palette does not name."""
    if code in KIND_STYLE:
        colour, shape = KIND_STYLE[code]
        return NodeStyle(colour, shape)
    extra = [c for c in known if c not in KIND_STYLE]
    n = _nth(extra, code)
    return NodeStyle(FALLBACK_COLOURS[n % len(FALLBACK_COLOURS)], SHAPES[(n + 3) % len(SHAPES)])


def relation_style(code: str, known: list[str]) -> LineStyle:
    """The style of relationship type ``code``."""
    if code in RELATION_STYLE:
        colour, dash = RELATION_STYLE[code]
        return LineStyle(colour, dash)
    extra = [c for c in known if c not in RELATION_STYLE]
    n = _nth(extra, code)
    return LineStyle(FALLBACK_COLOURS[n % len(FALLBACK_COLOURS)], list(DASHES)[n % len(DASHES)])


def role_colour(code: str, known: list[str]) -> str:
    """The colour of membership edges in role ``code``."""
    if code in ROLE_COLOURS:
        return ROLE_COLOURS[code]
    extra = [c for c in known if c not in ROLE_COLOURS]
    return FALLBACK_COLOURS[_nth(extra, code) % len(FALLBACK_COLOURS)]


def cluster_colour(colour: str, index: int) -> str:
    """A cluster's own colour, or one from the palette when it has none."""
    return colour or FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)]


def node_size(degree: int) -> float:
    """Node diameter in pixels from its number of ties: grows with the square root."""
    return float(min(36.0, 11.0 + 3.2 * degree**0.5))


def partner_role_style(code: str) -> tuple[str, float]:
    """Dash and width of the line from a project to a partner in role ``code``."""
    return PARTNER_ROLE_STYLE.get(code, ("dashdot", 2.0))
