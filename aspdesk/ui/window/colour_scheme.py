"""The window's light or dark colour scheme: the desktop's, unless the user chose one.

Qt 6.5 and later tell the desktop's scheme (``QStyleHints.colorScheme``) and when it
changes; Windows 11, macOS, GNOME and KDE switch Qt's palette with it, and Qt 6.8's
``setColorScheme`` asks them for the scheme the user chose in View > Colour scheme. Where
the platform cannot switch (a bare X11 session, the offscreen platform), the palette is set
here, so the window never shows light widgets around a dark graph or the other way round.
The graph's everyday look (:func:`aspdesk.graph.styling.themes.everyday`) follows
:attr:`ColourScheme.dark` through :attr:`ColourScheme.dark_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from aspdesk.app.settings import Settings

_REQUESTS = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws windows dark (their background darker than their text)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def dark_palette() -> QPalette:
    """A dark palette for platforms that have none of their own, near the dark greys of
    GNOME's and KDE's dark themes, every text at least 4.5:1 on its ground."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2D2D2D",
        QPalette.ColorRole.WindowText: "#EEEEEE",
        QPalette.ColorRole.Base: "#1E1E1E",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3A3A3A",
        QPalette.ColorRole.ToolTipText: "#EEEEEE",
        QPalette.ColorRole.PlaceholderText: "#A0A0A0",
        QPalette.ColorRole.Text: "#EEEEEE",
        QPalette.ColorRole.Button: "#3A3A3A",
        QPalette.ColorRole.ButtonText: "#EEEEEE",
        QPalette.ColorRole.BrightText: "#FF6B6B",
        QPalette.ColorRole.Light: "#4A4A4A",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Shadow: "#101010",
        QPalette.ColorRole.Highlight: "#3584E4",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#78AEED",
        QPalette.ColorRole.LinkVisited: "#C397E8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8A8A8A"))
    return palette


class ColourScheme(QObject):
    """Whether the window is dark: the user's choice in the settings, else the desktop's."""

    dark_changed = Signal(bool)

    def __init__(
        self, app: QApplication, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._hints = app.styleHints()
        self._settings = settings
        self.system_dark = self._hints.colorScheme() == Qt.ColorScheme.Dark
        self.dark = self._wanted()
        self._hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self._request()
        self._fit_palette()

    @property
    def choice(self) -> str:
        """ "light", "dark", or "" for the desktop's scheme."""
        return self._settings.colour_scheme

    def choose(self, choice: str) -> None:
        """Keep ``choice`` ("light", "dark" or "" to follow the desktop) and show it."""
        self._settings.colour_scheme = choice
        self._request()
        told = self._hints.colorScheme()
        if not choice and told != Qt.ColorScheme.Unknown:
            self.system_dark = told == Qt.ColorScheme.Dark
        self._update()

    def _wanted(self) -> bool:
        choice = self.choice
        return choice == "dark" if choice else self.system_dark

    def _request(self) -> None:
        # Asks the platform to draw its own widgets in the chosen scheme (Qt 6.8+); the
        # platforms that cannot ignore it, and _fit_palette covers them.
        requested = _REQUESTS.get(self.choice)
        if requested is None:
            self._hints.unsetColorScheme()
        else:
            self._hints.setColorScheme(requested)

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        # While a choice is requested this may be the choice rather than the desktop's
        # scheme; the platform tells the desktop's again when the request is withdrawn.
        self.system_dark = scheme == Qt.ColorScheme.Dark
        self._update()

    def _update(self) -> None:
        dark = self._wanted()
        self._fit_palette()
        if dark != self.dark:
            self.dark = dark
            self.dark_changed.emit(dark)

    def _fit_palette(self) -> None:
        """Give the widgets the platform's palette, or ours where the platform's is of the
        other scheme (it could not switch)."""
        dark = self._wanted()
        self._app.setPalette(QPalette())  # the platform's own, for the scheme it shows
        if is_dark(self._app.palette()) != dark:
            self._app.setPalette(dark_palette() if dark else light_palette())
        # Under a style sheet (a field marked wrong has one), a widget already drawn keeps
        # the old palette's colours (its field stayed white on dark) until its sheet is
        # applied again.
        for widget in QApplication.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)

    def menu(self, parent: QWidget) -> QMenu:
        """View > Colour scheme: follow the desktop, light or dark, the choice checked."""
        menu = QMenu(self.tr("Colour &scheme"), parent)
        group = QActionGroup(menu)
        for choice, text in (
            ("", self.tr("Follow the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(choice == self.choice)
            action.setData(choice)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(self._on_group_triggered)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        return menu

    def _on_menu_about_to_show(self) -> None:
        # Another window's menu may have changed the choice since this one was shown.
        menu = self.sender()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                action.setChecked(action.data() == self.choice)

    def _on_group_triggered(self, action: QAction) -> None:
        self.choose(str(action.data()))


def light_palette() -> QPalette:
    """A light palette, the rest worked out by Qt from Fusion's light grey, for a dark
    platform that could not switch where the user chose light."""
    grey = QColor("#EFEFEF")
    return QPalette(grey, grey)
