"""Text, popups and windows that show whole on the user's screen, at any size and scale.

The graph and the window both use these, and ``app`` is the one layer both may import
(they may not import each other). Four small rules:

- an "&" in the user's words stays an "&" where Qt would take it for a shortcut key
  (menus, actions, buttons, tabs): "R&D" showed as "RD" with the D underlined;
- a popup opens inside the available area of the screen it opens on, shrunk (its content
  scrolls) when it is larger, and flipped above its button when there is more room there;
- a saved window geometry that does not fit the screen is fitted to it;
- a cosmetic pen (one whose width ignores the zoom) is drawn in device pixels, so on a
  screen scaled by 2 a one-pixel line would be half as wide as everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def escape_mnemonic(text: str) -> str:
    """``text`` as a QAction, QMenu, button or tab must be given it to show it as it is.

    Qt reads "&x" there as "underline x and make Alt+X its shortcut"; "&&" is a plain "&".
    Use it on the user's and the vocabularies' words, never on our own translated texts,
    whose "&" marks are meant.
    """
    return text.replace("&", "&&")


def available_area(widget: QWidget, point: QPoint | None = None) -> QRect:
    """The available geometry (without task bars) of the screen at the global ``point``,
    else of the screen ``widget`` is on."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    return (screen or widget.screen()).availableGeometry()


def fit_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved, and first shrunk if it is larger, to lie wholly inside ``area``."""
    width = min(rect.width(), area.width())
    height = min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def popup_rect(size: QSize, anchor: QRect, area: QRect) -> QRect:
    """Where a popup of ``size`` opens for the button at ``anchor`` (both global).

    Below the button and aligned with its left edge, as a menu opens; above it when it
    does not fit below and there is more room above; moved left when it would pass the
    right edge; and never larger than the room it gets, so its content must scroll.
    """
    below = area.y() + area.height() - (anchor.y() + anchor.height())
    above = anchor.y() - area.y()
    if size.height() <= below or below >= above:
        height = max(1, min(size.height(), below))
        y = anchor.y() + anchor.height()
    else:
        height = min(size.height(), above)
        y = anchor.y() - height
    return fit_rect(QRect(anchor.x(), y, size.width(), height), area)


def place_popup(popup: QWidget, anchor: QRect) -> None:
    """Give ``popup`` its place and size for the button at ``anchor`` (global), inside
    the screen the button is on."""
    area = available_area(popup, anchor.center())
    popup.setGeometry(popup_rect(popup.sizeHint(), anchor, area))


def fit_window(window: QWidget) -> None:
    """Fit a top-level window, frame and all, into its screen's available area.

    Qt refuses a saved geometry recorded on a screen of another width (another scale
    factor, another monitor) and leaves the window at its size hint, which can be larger
    than the screen; and a geometry that does fit the record can still pass this screen.
    """
    if window.isMaximized() or window.isFullScreen():
        return  # the window system sizes those
    area = available_area(window, window.frameGeometry().center())
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    # The frame (title bar, borders) is outside the client area that setGeometry sets.
    left = window.geometry().x() - frame.x()
    top = window.geometry().y() - frame.y()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    fitted = fit_rect(frame, area)
    window.setGeometry(
        fitted.x() + left,
        fitted.y() + top,
        fitted.width() - extra.width(),
        fitted.height() - extra.height(),
    )


def device_width(logical: float, ratio: float) -> float:
    """The width to give a cosmetic pen to draw a line ``logical`` pixels wide on a
    device of pixel ratio ``ratio``.

    Qt draws cosmetic pens in device pixels whatever the scale: at a scale factor of 2 a
    1-pixel edge or outline stayed one physical pixel wide while text and nodes doubled.
    Images are drawn at ratio 1, so exports keep their widths; below 1 (a screen scaled
    down) a line stays one device pixel, since thinner ones fade.
    """
    return logical * max(ratio, 1.0)
