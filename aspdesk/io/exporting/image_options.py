"""What an image of the graph should be: format, size, page, look and what it carries.

Plain values without Qt, so that the command line can tell an image from a data export
(``aspdesk export map.aspmap -o net.pdf``) without starting Qt, and the export dialog can
hand its choices to the window, which joins them with the graph.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aspdesk.domain.languages import writes_finnish_formats
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError

# Extension -> image format, in the order a file dialog offers them.
IMAGE_SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PAGE_SIZES = ("fit", "A4", "A3")  # A4 and A3 are landscape; "fit" wraps the drawing
THEME_KEYS = ("light", "projector", "dark")
MAX_WIDTH_PX = 8000  # a bigger PNG is hundreds of megabytes in memory while it is drawn
MIN_WIDTH_PX = 200
DEFAULT_WIDTH_PX = 2400
MIN_DPI, MAX_DPI = 50.0, 1200.0

FINNISH_DATE = "{d.day}.{d.month}.{d.year}"

TOO_WIDE = QT_TRANSLATE_NOOP(
    "io", "An image can be {low} to {high} pixels wide; {value} is outside that."
)
BAD_DPI = QT_TRANSLATE_NOOP(
    "io", "The resolution can be {low} to {high} dots per inch; {value} is outside that."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "io", "At {dpi} dots per inch this page is {width} pixels wide; the most is {most}."
)
BAD_PAGE = QT_TRANSLATE_NOOP("io", "The page size is one of fit, A4 or A3, not {value}.")
BAD_THEME = QT_TRANSLATE_NOOP("io", "The theme is one of light, projector or dark, not {value}.")


def image_format(path: Path) -> str | None:
    """``"png"``, ``"svg"`` or ``"pdf"`` for an image file name, else None."""
    return IMAGE_SUFFIXES.get(path.suffix.lower())


@record
class ImageOptions:
    """How to draw the graph into an image file.

    The picture is laid out on a *virtual screen* of ordinary desktop pixels (96 per inch)
    the size of the page, and that screen is then magnified onto the output: a 3,840 px
    PNG or a 300 dpi print gets labels of the same size relative to the picture as on a
    monitor, not specks. PNG takes ``width_px`` or, with ``dpi``, the page's paper size;
    SVG and PDF are vectors, so only the page counts.
    """

    format: str = "png"  # png | svg | pdf
    width_px: int = DEFAULT_WIDTH_PX  # PNG width; SVG nominal width
    dpi: float | None = None  # PNG: pixels per inch of the page instead of width_px
    page_size: str = "fit"  # fit | A4 | A3 (landscape)
    theme: str = "light"
    transparent: bool = False  # PNG only
    legend: bool = True
    date: date | None = None  # printed under the graph when set
    source: str = ""  # a source or credit line under the graph
    language: str = "en"  # of the date

    def check(self) -> None:
        """Raise :class:`DataFileError` when a value is out of range."""
        if not MIN_WIDTH_PX <= self.width_px <= MAX_WIDTH_PX:
            raise DataFileError(TOO_WIDE, low=MIN_WIDTH_PX, high=MAX_WIDTH_PX, value=self.width_px)
        if self.dpi is not None and not MIN_DPI <= self.dpi <= MAX_DPI:
            raise DataFileError(BAD_DPI, low=int(MIN_DPI), high=int(MAX_DPI), value=self.dpi)
        if self.page_size not in PAGE_SIZES:
            raise DataFileError(BAD_PAGE, value=self.page_size)
        if self.theme not in THEME_KEYS:
            raise DataFileError(BAD_THEME, value=self.theme)

    def date_text(self) -> str:
        """The date as this language writes it ("" without a date)."""
        if self.date is None:
            return ""
        if writes_finnish_formats(self.language):
            return FINNISH_DATE.format(d=self.date)
        return self.date.isoformat()
