"""Every colour a theme shows stands out from its background (WCAG 2.1, issue 13).

On the projector and dark themes each node fill has at least 3:1 contrast against the
background (the dark theme asks 4.5:1: its blue company nodes were too dark; the window's
dark look on a dark desktop, 3:1 like the projector), and on every
theme the labels, the legend's text and notes and the workshop title at least 4.5:1
against what they are written on. Node colours are checked for every colour the graph
can fill a node with: the kinds' palette and the fallbacks, the metric ramp, projects,
"no cluster" and "no figure" greys, the generated map's cluster colours (black among
them), and a sweep of colours a user could give a cluster.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QColor

from aspdesk.graph.styling import metric_style, style
from aspdesk.graph.styling.themes import (
    DARK,
    LIGHT,
    PROJECTOR,
    SCREEN_DARK,
    THEMES,
    Theme,
    contrast,
    over,
)
from tests.benchmarks.generate import COLOURS as GENERATED_CLUSTER_COLOURS

NODE_CONTRAST = {"projector": 3.0, "dark": 4.5, "screen-dark": 3.0}
TEXT_CONTRAST = 4.5


def _node_colours() -> list[str]:
    palette = [colour for colour, _shape in style.KIND_STYLE.values()]
    palette += style.FALLBACK_COLOURS + list(metric_style.RAMP) + [metric_style.NO_VALUE]
    palette += [style.PROJECT_COLOUR, "#BBBBBB", *GENERATED_CLUSTER_COLOURS]
    rng = random.Random(13)
    palette += [
        QColor.fromHsl(rng.randrange(360), rng.randrange(256), rng.randrange(256)).name()
        for _ in range(300)
    ]
    return palette


@pytest.mark.parametrize("theme", [PROJECTOR, DARK, SCREEN_DARK], ids=lambda t: t.key)
def test_every_node_colour_stands_out_from_the_background(theme: Theme) -> None:
    background = QColor(theme.background)
    weak = [
        (colour, round(contrast(QColor(theme.node_colour(colour)), background), 2))
        for colour in _node_colours()
        if contrast(QColor(theme.node_colour(colour)), background) < NODE_CONTRAST[theme.key]
    ]
    assert weak == []


@pytest.mark.parametrize("theme", [PROJECTOR, DARK, SCREEN_DARK], ids=lambda t: t.key)
def test_colours_keep_their_hue_and_change_only_when_they_must(theme: Theme) -> None:
    background = QColor(theme.background)
    for colour in _node_colours():
        shown = QColor(theme.node_colour(colour))
        original = QColor(colour)
        if contrast(original, background) >= NODE_CONTRAST[theme.key]:
            assert shown.name() == original.name(), colour
        elif original.hslSaturation() > 40 and 30 < original.lightness() < 225:
            assert abs(shown.hslHue() - original.hslHue()) <= 3 or shown.hslHue() == -1, colour


def test_blue_company_nodes_are_lighter_on_dark() -> None:
    company = style.KIND_STYLE["company"][0]
    shown = QColor(DARK.node_colour(company))
    assert shown.lightness() > QColor(company).lightness()
    assert contrast(shown, QColor(DARK.background)) >= 4.5
    assert LIGHT.node_colour(company) == company, "the everyday look is as it was"


@pytest.mark.parametrize("theme", [*THEMES.values(), SCREEN_DARK], ids=lambda t: t.key)
def test_text_is_readable_on_what_it_is_written_on(theme: Theme) -> None:
    background = QColor(theme.background)
    backing = over(QColor(*theme.label_backing), background)
    legend = over(QColor(*theme.legend_fill), background)
    pairs = {
        "label on its backing": (theme.text, backing),
        "label on the background": (theme.text, background),
        "legend text": (theme.text, legend),
        "legend note": (theme.muted_text, legend),
        "legend text beside the graph": (theme.text, background),
        "legend note beside the graph": (theme.muted_text, background),
        "workshop title": (theme.text, background),
    }
    weak = {
        name: round(contrast(QColor(text), ground), 2)
        for name, (text, ground) in pairs.items()
        if contrast(QColor(text), ground) < TEXT_CONTRAST
    }
    assert weak == {}


def test_contrast_follows_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#0072B2"), QColor("#000000")) == pytest.approx(4.04, abs=0.01)
