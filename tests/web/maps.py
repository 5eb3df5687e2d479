"""Hand-made web map data following the contract of issue 17, for the browser tests."""

from __future__ import annotations

import copy
import math
from typing import Any

STRINGS = {
    "fi": {
        "search": "Etsi toimijaa…",
        "noMatch": "Ei osumia",
        "filters": "Suodattimet",
        "clusters": "Klusterit",
        "kinds": "Toimijalajit",
        "tieTypes": "Suhdetyypit",
        "all": "Kaikki",
        "none": "Ei mitään",
        "legend": "Selite",
        "showLegend": "Näytä selite",
        "hideLegend": "Piilota selite",
        "previous": "Edellinen",
        "next": "Seuraava",
        "stepOf": "{n} / {total}",
        "close": "Sulje",
        "memberships": "Jäsenyydet",
        "ties": "Suhteet",
        "contacts": "Yhteyshenkilöt",
        "notes": "Muistiinpanot",
        "website": "Verkkosivu",
        "tieOut": "→ {name}",
        "tieIn": "← {name}",
        "tieBoth": "↔ {name}",
        "zoomIn": "Lähennä",
        "zoomOut": "Loitonna",
        "fit": "Näytä kaikki",
        "made": "Tehty aspdeskillä {date}",
        "nodesShown": "{n} näkyvissä",
        "neighbourhood": "Näytetään {name} ja sen suhteet — napsauta taustaa nähdäksesi kaikki",
    },
    "en": {
        "search": "Find an actor…",
        "noMatch": "No match",
        "filters": "Filters",
        "clusters": "Clusters",
        "kinds": "Kinds of actor",
        "tieTypes": "Tie types",
        "all": "All",
        "none": "None",
        "legend": "Legend",
        "showLegend": "Show legend",
        "hideLegend": "Hide legend",
        "previous": "Previous",
        "next": "Next",
        "stepOf": "{n} / {total}",
        "close": "Close",
        "memberships": "Memberships",
        "ties": "Ties",
        "contacts": "Contacts",
        "notes": "Notes",
        "website": "Website",
        "tieOut": "→ {name}",
        "tieIn": "← {name}",
        "tieBoth": "↔ {name}",
        "zoomIn": "Zoom in",
        "zoomOut": "Zoom out",
        "fit": "Show all",
        "made": "Made with aspdesk on {date}",
        "nodesShown": "{n} shown",
        "neighbourhood": "Showing {name} and its ties — click the background to see all",
    },
}

KIND_LABELS = {
    "fi": {"company": "Yritys", "university": "Tutkimus- tai koulutusorganisaatio"},
    "en": {"company": "Company", "university": "Research or education organisation"},
}
TIE_LABELS = {
    "fi": {"cooperation": "Yhteistyö", "funding": "Rahoitus"},
    "en": {"cooperation": "Cooperation", "funding": "Funding"},
}

# key, name, short, kind, clusters, x, y, shape, colour, segments
ACTORS: list[tuple[str, str, str, str, list[int], float, float, str, str, list[str]]] = [
    ("a1", "Sámi Duodji Oy", "SD", "company", [3], -120.0, -40.0, "o", "#e15759", []),
    ("a2", "Čohkka", "ČO", "company", [3, 5], 90.0, -70.0, "s", "#e15759", ["#1f77b4", "#ff7f0e"]),
    ("a3", "Lapin yliopisto", "LY", "university", [5], 30.0, 110.0, "d", "#4e79a7", []),
    ("a4", "Arktiset Aromit", "AA", "company", [], -60.0, 150.0, "t", "#59a14f", []),
    ("a5", "Pohjoinen Tekniikka", "PT", "university", [3], 170.0, 60.0, "h", "#4e79a7", []),
]


def _card(key: str, name: str, short: str, kind: str, language: str) -> dict[str, Any]:
    kind_label = KIND_LABELS[language][kind]
    fields = [["Laji" if language == "fi" else "Kind", kind_label], ["Kunta", "Rovaniemi"]]
    website = ""
    if key == "a3":
        website = "https://www.ulapland.fi"
        fields.append(["Verkkosivu", website])
    return {
        "name": name,
        "short": short,
        "fields": fields,
        "website": website,
        "memberships": [{"cluster": "Arctic Design", "role": "Jäsen", "period": "2015–"}],
        "ties": [{"other": "Lapin yliopisto", "type": "Rahoitus", "direction": "out"}],
    }


def sample_data(language: str = "fi") -> dict[str, Any]:
    """A small map: five actors (Sámi letters among them), a cluster hub, directed and
    undirected ties of two types, two steps with different titles."""
    nodes: list[dict[str, Any]] = []
    cards: dict[str, Any] = {}
    for key, name, short, kind, clusters, x, y, shape, colour, segments in ACTORS:
        nodes.append(
            {
                "key": key,
                "x": x,
                "y": y,
                "size": 18.0,
                "colour": colour,
                "shape": shape,
                "segments": segments,
                "label": name,
                "dimmed": False,
                "kind": kind,
                "clusters": clusters,
            }
        )
        cards[key] = _card(key, name, short, kind, language)
    nodes.append(
        {
            "key": "c3",
            "x": 0.0,
            "y": 0.0,
            "size": 26.0,
            "colour": "#1f77b4",
            "shape": "star",
            "segments": [],
            "label": "Arctic Design",
            "dimmed": False,
            "kind": "",
            "clusters": [],
        }
    )
    cards["c3"] = {
        "name": "Arctic Design",
        "short": "",
        "fields": [["Jäseniä", "3"]],
        "website": "",
        "memberships": [],
        "ties": [],
    }
    edges = [
        {
            "s": 0,
            "t": 2,
            "colour": "#555555",
            "width": 2.2,
            "dash": "solid",
            "directed": True,
            "type": "funding",
            "alpha": 255,
            "dimmed": False,
        },
        {
            "s": 1,
            "t": 2,
            "colour": "#2ca02c",
            "width": 1.5,
            "dash": "dash",
            "directed": False,
            "type": "cooperation",
            "alpha": 255,
            "dimmed": False,
        },
        {
            "s": 3,
            "t": 4,
            "colour": "#2ca02c",
            "width": 1.5,
            "dash": "dot",
            "directed": False,
            "type": "cooperation",
            "alpha": 200,
            "dimmed": False,
        },
        {
            "s": 4,
            "t": 1,
            "colour": "#555555",
            "width": 2.2,
            "dash": "solid",
            "directed": True,
            "type": "funding",
            "alpha": 255,
            "dimmed": False,
        },
        {
            "s": 5,
            "t": 0,
            "colour": "#999999",
            "width": 1.0,
            "dash": "dashdot",
            "directed": False,
            "type": "",
            "alpha": 255,
            "dimmed": False,
        },
        {
            "s": 5,
            "t": 1,
            "colour": "#999999",
            "width": 1.0,
            "dash": "dashdotdot",
            "directed": False,
            "type": "",
            "alpha": 255,
            "dimmed": False,
        },
    ]
    fi = language == "fi"
    legend = {
        "nodes": [
            {
                "label": KIND_LABELS[language]["company"],
                "colour": "#e15759",
                "shape": "o",
                "segments": [],
            },
            {
                "label": KIND_LABELS[language]["university"],
                "colour": "#4e79a7",
                "shape": "d",
                "segments": [],
            },
            {
                "label": "Arctic Design + 5",
                "colour": "#1f77b4",
                "shape": "s",
                "segments": ["#1f77b4", "#ff7f0e"],
            },
            {
                "label": "Klusteri" if fi else "Cluster",
                "colour": "#1f77b4",
                "shape": "star",
                "segments": [],
            },
        ],
        "lines": [
            {
                "label": TIE_LABELS[language]["funding"],
                "colour": "#555555",
                "dash": "solid",
                "width": 2.2,
            },
            {
                "label": TIE_LABELS[language]["cooperation"],
                "colour": "#2ca02c",
                "dash": "dash",
                "width": 1.5,
            },
        ],
        "notes": ["Koko: suhteiden määrä" if fi else "Size: number of ties"],
    }
    first = {
        "title": "Koko verkosto" if fi else "The whole network",
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "region": None,
    }
    second = copy.deepcopy(first)
    second["title"] = "Rahoitus" if fi else "Funding"
    second["edges"] = [e for e in edges if e["type"] == "funding"]
    second["region"] = [-150.0, -100.0, 300.0, 250.0]
    return {
        "version": 1,
        "title": "Arctic Smartness",
        "language": language,
        "strings": dict(STRINGS[language]),  # a copy: a test may change it
        "made": "2026-12-05",
        "theme": {
            "background": "#ffffff",
            "text": "#1a1a1a",
            "labelBacking": "rgba(255,255,255,0.78)",
            "highlight": "#ff8c00",
            "outline": "#262626",
        },
        "clusters": [
            {"id": 3, "name": "Arctic Design", "colour": "#1f77b4"},
            {"id": 5, "name": "Arctic Industry", "colour": "#ff7f0e"},
        ],
        "kinds": [{"code": code, "label": label} for code, label in KIND_LABELS[language].items()],
        "tieTypes": [
            {"code": code, "label": label} for code, label in TIE_LABELS[language].items()
        ],
        "cards": cards,
        "steps": [first, second],
    }


def big_data(actors: int, ties: int) -> dict[str, Any]:
    """A map of ``actors`` actors on a spiral and ``ties`` ties, for the speed figures."""
    data = sample_data("en")
    shapes = ["o", "s", "d", "t", "t1", "h", "p", "star", "+", "card"]
    nodes = []
    for index in range(actors):
        angle = index * 0.35
        radius = 8.0 * math.sqrt(index + 1) * 4
        nodes.append(
            {
                "key": f"a{index}",
                "x": radius * math.cos(angle),
                "y": radius * math.sin(angle),
                "size": 10.0 + (index % 7) * 3,
                "colour": "#4e79a7",
                "shape": shapes[index % 10],
                "segments": ["#1f77b4", "#ff7f0e"] if index % 5 == 0 else [],
                "label": f"Actor {index}",
                "dimmed": False,
                "kind": "company",
                "clusters": [3],
            }
        )
    edges = [
        {
            "s": (i * 7919) % actors,
            "t": (i * 104729 + 1) % actors,
            "colour": "#888888",
            "width": 1.0,
            "dash": "solid",
            "directed": i % 2 == 0,
            "type": "cooperation",
            "alpha": 255,
            "dimmed": False,
        }
        for i in range(ties)
    ]
    data["cards"] = {
        n["key"]: {
            "name": n["label"],
            "short": "",
            "fields": [],
            "website": "",
            "memberships": [],
            "ties": [],
        }
        for n in nodes
    }
    data["steps"] = [
        {
            "title": "All",
            "nodes": nodes,
            "edges": edges,
            "legend": {"nodes": [], "lines": [], "notes": []},
            "region": None,
        }
    ]
    return data
