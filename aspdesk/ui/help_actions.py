"""The Help menu's guide pages and F1, which opens the page for where the user is.

F1 is a shortcut of each window that has a page of its own: the main window, the import
dialog and the workshop window (:meth:`HelpActions.watch`). The page is found from the
widget that has the keyboard: the nearest of it and its parents marked with a topic
(:data:`TOPIC_PROPERTY`; the Cluster health dock is), else the window's own topic. A
dialog that blocks the main window, or a workshop full screen, would hide or block a
guide owned by the main window, so the guide opened from such a window is that window's
child: it is shown over it and takes the keyboard while the dialog waits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from aspdesk.app.on_screen import available_area, fit_rect
from aspdesk.ui.help_pages import HELP_CONTEXT, TITLES, Topic
from aspdesk.ui.help_window import HelpWindow

TOPIC_PROPERTY = "helpTopic"  # a widget's guide page, as a Topic value


def mark_topic(widget: QWidget, topic: Topic) -> None:
    """Make F1 open ``topic`` while ``widget`` or one of its children has the keyboard."""
    widget.setProperty(TOPIC_PROPERTY, topic.value)


def topic_for(widget: QWidget | None, default: Topic) -> Topic:
    """The page for ``widget``: its own or its nearest marked parent's, else ``default``."""
    while widget is not None:
        value = widget.property(TOPIC_PROPERTY)
        if isinstance(value, str) and value in Topic._value2member_map_:
            return Topic(value)
        widget = widget.parentWidget()
    return default


class HelpActions(QObject):
    """The guide's actions of one main window and the guide windows it opened."""

    def __init__(self, window: QWidget, language: Callable[[], str]) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.guide: HelpWindow | None = None  # the main window's
        self.actions: dict[Topic, QAction] = {}
        for topic, title in TITLES.items():
            action = QAction(QCoreApplication.translate(HELP_CONTEXT, title), window)
            action.triggered.connect(lambda _checked=False, t=topic: self.show(t))
            self.actions[topic] = action
        # Shown in the menu without being the action's shortcut: F1 is the window's, and
        # opens the page for where the user is; the menu item opens Getting started.
        start = self.actions[Topic.GETTING_STARTED]
        keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
        start.setText(f"{start.text()}\t{keys.toString(QKeySequence.SequenceFormat.NativeText)}")
        self.watch(window, Topic.GETTING_STARTED)

    def add_to(self, menu: QMenu) -> None:
        """Put the guide's pages into ``menu``."""
        for action in self.actions.values():
            menu.addAction(action)

    def watch(self, window: QWidget, topic: Topic) -> None:
        """Let F1 in ``window`` open ``topic``, or the page of the part that has the
        keyboard."""
        mark_topic(window, topic)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
        shortcut.activated.connect(lambda: self.show_for(window))

    def show_for(self, window: QWidget) -> HelpWindow:
        """Open the page for the widget of ``window`` that has the keyboard."""
        # The application's focus widget, since a floating dock is a window of its own
        # whose focus the main window's focusWidget() does not follow.
        focus = QApplication.focusWidget()
        if not _inside(focus, window):
            focus = window.focusWidget()
        return self.show(topic_for(focus or window, Topic.GETTING_STARTED), window)

    def show(self, topic: Topic, over: QWidget | None = None) -> HelpWindow:
        """Show ``topic`` in the guide, over the window ``over`` (default: the main one)."""
        owner = (over or self.window).window()
        if owner is self.window:
            if self.guide is None:
                self.guide = _placed(HelpWindow(self.language(), owner), owner)
            guide = self.guide
        else:
            found = owner.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
            guide = found or _placed(HelpWindow(self.language(), owner), owner)
        guide.show_topic(topic)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide


def _inside(widget: QWidget | None, window: QWidget) -> bool:
    """Whether ``widget`` is ``window`` or one of its children, floating ones too."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def _placed(guide: HelpWindow, owner: QWidget) -> HelpWindow:
    """``guide`` at its size, centred over ``owner`` and inside ``owner``'s screen."""
    area = available_area(owner)
    size = guide.sizeHint().boundedTo(area.size() * 0.9)
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(owner.frameGeometry().center())
    guide.setGeometry(fit_rect(rect, area))
    return guide
