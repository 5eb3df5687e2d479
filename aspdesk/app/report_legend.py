"""The report's legends as text under their pictures: a sample symbol in its colour and
its label, two entries a row. The pictures are drawn without a legend so that the
drawing has the page's whole width (a legend beside it left a tall graph a sliver)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

LegendText = tuple[str, str, str]  # the symbol, its colour and the label


def legend_table(entries: Sequence[LegendText]) -> list[str]:
    """The entries as a table of two columns (nothing when there are none)."""
    if not entries:
        return []
    cells = [
        f"<td style='color: {escape(colour, quote=True)}; font-size: 13pt'>{escape(symbol)}</td>"
        f"<td>{escape(label)}</td>"
        for symbol, colour, label in entries
    ]
    rows = ["<table border='0' cellspacing='0'>"]
    for start in range(0, len(cells), 2):  # two columns of entries
        rows.append("<tr>" + "".join(cells[start : start + 2]) + "</tr>")
    rows.append("</table>")
    return rows
