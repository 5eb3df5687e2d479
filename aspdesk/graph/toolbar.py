"""Buttons of the graph's toolbar that keep their texts whole and the toolbar's width fixed.

The toolbar sets the least width of the window's centre, so whatever widens it squeezes
the docks beside it: two lists sized for "Size by number of ties" made it too wide for a
1366-pixel screen (the lists cut their texts and the editor dock gave way), and the
Focus and Filter buttons moved the docks each time their text said more. So the colour
and the size are menu buttons with short, fixed texts: the menu ticks the choice, the
tooltip names it and the legend shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionToolButton, QToolButton, QWidget


class MenuButton(QToolButton):
    """A button that opens its menu at once, with room for the menu's arrow.

    Qt's size hint leaves the little arrow out, so it was painted over the text's last
    letter ("Asettelu", "Layout").
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


class ChoiceButton(MenuButton):
    """A menu button for one of several choices, ticked in its menu; its own text stays
    the same and its tooltip names the choice."""

    chosen = Signal(str)  # the code the user picked

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.group = QActionGroup(self)
        self.group.triggered.connect(self._on_group_triggered)

    def add_choice(self, label: str, code: str) -> QAction:
        """Offer ``label`` for ``code``; the first choice added is the current one."""
        action = self.menu().addAction(label)
        action.setCheckable(True)
        action.setData(code)
        self.group.addAction(action)
        if self.group.checkedAction() is None:
            action.setChecked(True)
            self.setToolTip(label)
        return action

    def add_separator(self) -> None:
        """A line in the menu between kinds of choices."""
        self.menu().addSeparator()

    def current(self) -> str:
        """The code of the choice now ticked."""
        action = self.group.checkedAction()
        return str(action.data()) if action is not None else ""

    def codes(self) -> list[str]:
        """The codes offered, in order."""
        return [str(a.data()) for a in self.group.actions()]

    def action_for(self, code: str) -> QAction | None:
        """The menu item of ``code`` (the user picks it by triggering it)."""
        return next((a for a in self.group.actions() if a.data() == code), None)

    def choose(self, code: str) -> None:
        """Tick ``code`` (the first choice when it is not offered), without ``chosen``."""
        actions = self.group.actions()
        action = self.action_for(code) or (actions[0] if actions else None)
        if action is not None:
            action.setChecked(True)
            self.setToolTip(action.text())

    def _on_group_triggered(self, action: QAction) -> None:
        self.setToolTip(action.text())
        self.chosen.emit(str(action.data()))
