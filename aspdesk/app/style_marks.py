"""The app's few marks of style: titles, error texts and fields marked wrong (in ``app``,
the layer the window's modules and the graph's panels may both import: both show errors).

They were rules of one style sheet set on the application. A sheet on the application puts
every widget under Qt's style-sheet style, which polishes each widget it makes and paints
each frame more slowly, for four rules that concern a few labels and fields: on the sample
map it cost 30-75 ms of the window's 0.9 s start. So a title is given its font and an error
text its colour, and a field marked wrong carries a sheet of its own while it is wrong.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#B3261E"

# The property selector keeps the border off the field's own children (an editable
# combo box's line edit), as the application's rule did.
INVALID_SHEET = f"""
*[invalid="true"] {{
    border: 2px solid {ERROR_COLOUR};
    border-radius: 3px;
    padding: 1px;
}}
"""

FORM_TITLE_PT = 15.0
SECTION_TITLE_PT = 13.0


def make_title(label: QLabel, point_size: float = SECTION_TITLE_PT) -> None:
    """Show ``label`` as a heading: ``point_size`` points, semi-bold (a form's title is
    :data:`FORM_TITLE_PT`, with a little room around it)."""
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    if point_size == FORM_TITLE_PT:
        label.setContentsMargins(2, 4, 2, 4)


def show_as_error(label: QLabel, error: bool = True) -> None:
    """Write ``label``'s text in the error colour (``error``), or in the palette's own."""
    palette = QPalette()  # nothing set: the label follows its parent's palette again
    if error:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    label.setPalette(palette)


def mark_invalid(field: QWidget, invalid: bool) -> None:
    """Frame ``field`` in the error colour while ``invalid``; the ``invalid`` property
    stays for the tests and for accessibility tools that read it."""
    if field.property("invalid") is invalid:
        return  # a sheet set again polishes the field again: not on every check of it
    field.setProperty("invalid", invalid)
    field.setStyleSheet(INVALID_SHEET if invalid else "")
