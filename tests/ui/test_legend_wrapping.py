"""Legend labels wrapped in a narrow legend: a word breaks at its own hyphen first."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from aspdesk.domain import hyphenation
from aspdesk.graph.legend.drawing import wrap

LABEL = "Development company or business-support service"


def _metrics() -> QFontMetricsF:
    return QFontMetricsF(QFont())


def test_a_hyphenated_word_breaks_at_its_own_hyphen(qtbot: QtBot) -> None:
    metrics = _metrics()
    # Room for "business-" and for "support", not for "business-support".
    width = max(metrics.horizontalAdvance("business-"), metrics.horizontalAdvance("support"))
    width = max(width, metrics.horizontalAdvance("Development")) + 2
    assert metrics.horizontalAdvance("business-support") > width
    hyphenation._patterns.cache_clear()

    lines = wrap(metrics, LABEL, width, "en")

    assert "business-" in lines, lines
    assert any(line.startswith("support") for line in lines), lines
    assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines), lines
    assert " ".join(lines).replace("- ", "-") == LABEL
    # Breaking there needs no rules of the language: the English patterns stay unread.
    assert hyphenation._patterns.cache_info().currsize == 0


def test_a_part_too_long_alone_still_breaks_between_syllables(qtbot: QtBot) -> None:
    metrics = _metrics()
    width = metrics.horizontalAdvance("Develop-") + 2  # narrower than "Development"
    lines = wrap(metrics, "Development-partnership", width, "en")

    assert len(lines) > 2, lines
    assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines), lines
    assert all(line.endswith("-") for line in lines[:-1]), lines
    # No hyphen is doubled where the word's own one ends a line.
    assert not any(line.endswith("--") for line in lines), lines
    assert "".join(lines).replace("-", "") == "Developmentpartnership"
