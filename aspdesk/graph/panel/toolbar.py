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
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)


class StateButton(QToolButton):
    """A button drawn pressed in, its text in bold, while what it opens is on (a focus, a
    filter); as wide when on as when off, so the toolbar never changes width.

    Not a checkable button: a click that opens the filter would toggle that. Fusion's
    pressed look alone is a faint grey, hard to see across a room: hence the bold.
    """

    def __init__(self, text: str, parent: QWidget | None = None, *, can_be_on: bool = True) -> None:
        super().__init__(parent)
        self.setText(text)
        self.can_be_on = can_be_on  # keeps room for the bold text
        self.on = False

    def set_on(self, on: bool) -> None:
        """Draw the button pressed in and bold (``on``) or not."""
        if on != self.on:
            self.on = on
            # The widget's own font: under the app's style sheet the style draws that one.
            font = self.font()
            font.setBold(on)
            self.setFont(font)
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if not self.can_be_on:
            return hint
        text = self.text()
        bold = QFont(self.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(text)
        extra -= self.fontMetrics().horizontalAdvance(text)
        return QSize(hint.width() + max(extra, 0), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # What QToolButton paints, with the style's "on" look when the setting is on.
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        if self.on:  # as QToolButton's own option for a checked button
            option.state &= ~QStyle.StateFlag.State_Raised
            option.state |= QStyle.StateFlag.State_On
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class MenuButton(StateButton):
    """A button that opens its menu at once, with room for the menu's arrow.

    Qt's size hint leaves the little arrow out, so it was painted over the text's last
    letter ("Asettelu", "Layout").
    """

    def __init__(
        self, text: str, parent: QWidget | None = None, *, can_be_on: bool = False
    ) -> None:
        super().__init__(text, parent, can_be_on=can_be_on)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        return QSize(hint.width() + arrow, hint.height())


class ChoiceButton(MenuButton):
    """A menu button for one of several choices, ticked in its menu; its own text stays
    the same and its tooltip names the choice."""

    chosen = Signal(str)  # the code the user picked

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.choices = QActionGroup(self)
        self.choices.triggered.connect(self._on_group_triggered)

    def add_choice(self, label: str, code: str) -> QAction:
        """Offer ``label`` for ``code``; the first choice added is the current one."""
        action = self.menu().addAction(label)
        action.setCheckable(True)
        action.setData(code)
        self.choices.addAction(action)
        if self.choices.checkedAction() is None:
            action.setChecked(True)
            self.setToolTip(label)
        return action

    def add_separator(self) -> None:
        """A line in the menu between kinds of choices."""
        self.menu().addSeparator()

    def current(self) -> str:
        """The code of the choice now ticked."""
        action = self.choices.checkedAction()
        return str(action.data()) if action is not None else ""

    def codes(self) -> list[str]:
        """The codes offered, in order."""
        return [str(a.data()) for a in self.choices.actions()]

    def action_for(self, code: str) -> QAction | None:
        """The menu item of ``code`` (the user picks it by triggering it)."""
        return next((a for a in self.choices.actions() if a.data() == code), None)

    def choose(self, code: str) -> None:
        """Tick ``code`` (the first choice when it is not offered), without ``chosen``."""
        actions = self.choices.actions()
        action = self.action_for(code) or (actions[0] if actions else None)
        if action is not None:
            action.setChecked(True)
            self.setToolTip(action.text())

    def _on_group_triggered(self, action: QAction) -> None:
        self.setToolTip(action.text())
        self.chosen.emit(str(action.data()))
