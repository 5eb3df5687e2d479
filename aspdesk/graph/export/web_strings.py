"""The web map page's own words (buttons, headings, hints), translated when it is exported.

The page carries the words of the map's language only: it is read by partners who do not
choose a language, and a file in one language is what a coordinator sends. The texts are
kept here, marked for lupdate in the context "webmap", so the translation files hold them
beside the app's; keys are the names the page's script uses (resources/webmap/).
"""

from __future__ import annotations

from collections.abc import Callable

from aspdesk.domain.text import QT_TRANSLATE_NOOP

_CONTEXT = "webmap"

STRINGS: dict[str, str] = {
    "search": QT_TRANSLATE_NOOP("webmap", "Find an actor…"),
    "noMatch": QT_TRANSLATE_NOOP("webmap", "No actor of that name"),
    "filters": QT_TRANSLATE_NOOP("webmap", "Filters"),
    "clusters": QT_TRANSLATE_NOOP("webmap", "Clusters"),
    "kinds": QT_TRANSLATE_NOOP("webmap", "Kinds"),
    "tieTypes": QT_TRANSLATE_NOOP("webmap", "Relationships"),
    "all": QT_TRANSLATE_NOOP("webmap", "All"),
    "none": QT_TRANSLATE_NOOP("webmap", "None"),
    "legend": QT_TRANSLATE_NOOP("webmap", "Legend"),
    "showLegend": QT_TRANSLATE_NOOP("webmap", "Show the legend"),
    "hideLegend": QT_TRANSLATE_NOOP("webmap", "Hide the legend"),
    "previous": QT_TRANSLATE_NOOP("webmap", "Previous"),
    "next": QT_TRANSLATE_NOOP("webmap", "Next"),
    "stepOf": QT_TRANSLATE_NOOP("webmap", "{n} / {total}"),
    "close": QT_TRANSLATE_NOOP("webmap", "Close"),
    "memberships": QT_TRANSLATE_NOOP("webmap", "Memberships"),
    "ties": QT_TRANSLATE_NOOP("webmap", "Relationships"),
    "contacts": QT_TRANSLATE_NOOP("webmap", "Contact persons"),
    "notes": QT_TRANSLATE_NOOP("webmap", "Notes"),
    "website": QT_TRANSLATE_NOOP("webmap", "Website"),
    "tieOut": QT_TRANSLATE_NOOP("webmap", "→ {name}"),
    "tieIn": QT_TRANSLATE_NOOP("webmap", "← {name}"),
    "tieBoth": QT_TRANSLATE_NOOP("webmap", "↔ {name}"),
    "zoomIn": QT_TRANSLATE_NOOP("webmap", "Zoom in"),
    "zoomOut": QT_TRANSLATE_NOOP("webmap", "Zoom out"),
    "fit": QT_TRANSLATE_NOOP("webmap", "Show all"),
    "made": QT_TRANSLATE_NOOP("webmap", "Made with aspdesk on {date}"),
    "nodesShown": QT_TRANSLATE_NOOP("webmap", "{n} shown"),
    "neighbourhood": QT_TRANSLATE_NOOP(
        "webmap", "Showing {name} and its ties. Click the background to see all."
    ),
}


def page_strings(translate: Callable[[str, str], str]) -> dict[str, str]:
    """Every word of the page in the language ``translate`` gives."""
    return {key: translate(_CONTEXT, text) for key, text in STRINGS.items()}
