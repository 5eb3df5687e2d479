"""The user guide's window: a table of contents beside a browser with back and forward.

A :class:`QTextBrowser` is all the guide needs (PySide6-Essentials has no web engine): it
shows the shipped HTML with the window's own font and palette, since the pages set no
fonts or colours of their own, so the guide looks like the rest of the app in a light or
a dark desktop theme. Pictures are shipped at :data:`~aspdesk.ui.help_pages.PICTURE_SCALE`
times their size on the page and scaled smoothly to the screen's pixel ratio here, so they
are sharp on a HiDPI screen and not jagged on an ordinary one; one too wide for the page
is shrunk to fit it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aspdesk.ui.help_pages import (
    HELP_CONTEXT,
    PICTURE_SCALE,
    SCHEME,
    TITLES,
    Topic,
    guide_language,
    help_file,
    topic_of,
    topic_url,
)

MARGIN = 24  # room kept beside a picture shrunk to the page


def _style_sheet(palette: QPalette) -> str:
    """The pages' few rules, in the colours of the window's palette."""
    mid = palette.color(QPalette.ColorRole.Mid).name()
    shade = palette.color(QPalette.ColorRole.AlternateBase).name()
    return (
        "h1 { font-size: x-large; margin-bottom: 6px; }"
        "h2 { font-size: large; margin-top: 16px; margin-bottom: 4px; }"
        "p, li { margin-top: 3px; margin-bottom: 5px; }"
        f"kbd, code {{ font-family: monospace; background-color: {shade}; }}"
        f"table.keys {{ border-color: {mid}; }}"
        "table.keys td { padding: 3px 8px; }"
        f"p.caption {{ color: {palette.color(QPalette.ColorRole.PlaceholderText).name()}; }}"
    )


class HelpBrowser(QTextBrowser):
    """Shows the guide's pages from the package; other links open outside the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDefaultStyleSheet(_style_sheet(self.palette()))
        self.document().setDocumentMargin(12)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.isRelative():
            url = self.source().resolved(url)
        if url.scheme() == SCHEME:
            self.setSource(url)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        url = QUrl(name)
        if url.isRelative():
            url = self.source().resolved(url)
        if url.scheme() != SCHEME:
            return super().loadResource(kind, url)
        found = help_file(url.path())
        if kind == QTextDocument.ResourceType.ImageResource:
            return self._picture(found.read_bytes()) if found is not None else QImage()
        if found is None:
            return self._missing(url)
        return found.read_text(encoding="utf-8")

    def _picture(self, data: bytes) -> QImage:
        """A shipped picture at its size on the page, in the screen's own pixels."""
        image = QImage.fromData(data)
        if image.isNull():
            return image
        ratio = self.devicePixelRatioF()
        width = image.width() / PICTURE_SCALE  # on the page
        room = max(200, self.viewport().width() - 2 * MARGIN)
        width = min(width, room)
        pixels = max(1, round(width * ratio))
        if pixels != image.width():
            image = image.scaledToWidth(pixels, Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(ratio)
        return image

    def _missing(self, url: QUrl) -> str:
        text = QCoreApplication.translate("HelpWindow", "This page of the guide is missing: {name}")
        name = url.path().rsplit("/", 1)[-1]
        return f"<p>{_escape(text.format(name=name))}</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HelpWindow(QWidget):
    """The guide: its contents on the left, the page on the right, back and forward."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = guide_language(language)
        self.setWindowTitle(self.tr("aspdesk help"))
        self.browser = HelpBrowser(self)
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setSpacing(3)
        for topic, title in TITLES.items():
            item = QListWidgetItem(QCoreApplication.translate(HELP_CONTEXT, title))
            item.setData(Qt.ItemDataRole.UserRole, topic.value)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._on_contents_item_activated)
        self.contents.itemClicked.connect(self._on_contents_item_activated)

        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_action = bar.addAction(self.tr("< Back"))
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_action.setToolTip(self.tr("The page shown before (Alt+Left)"))
        self.forward_action = bar.addAction(self.tr("Forward >"))
        self.forward_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_action.setToolTip(self.tr("The next page again (Alt+Right)"))
        self.start_action = bar.addAction(self.tr("Getting started"))
        self.back_action.triggered.connect(self.browser.backward)
        self.forward_action.triggered.connect(self.browser.forward)
        self.start_action.triggered.connect(self._on_start_triggered)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.browser.sourceChanged.connect(self._on_browser_source_changed)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

        split = QSplitter(self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        widest = max(self.fontMetrics().horizontalAdvance(i.text()) for i in self._items())
        split.setSizes([widest + 40, 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def _items(self) -> list[QListWidgetItem]:
        return [self.contents.item(row) for row in range(self.contents.count())]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Room for a picture 720 px wide beside the contents, within a 1366x768 screen.
        em = self.fontMetrics().horizontalAdvance("M")
        return QSize(min(1000, 240 + 720 + 3 * MARGIN + em), 680)

    def show_topic(self, topic: Topic) -> None:
        """Show ``topic``'s page (a step in the history, as a followed link is)."""
        self.browser.setSource(QUrl(topic_url(topic, self.language)))

    def current_topic(self) -> Topic | None:
        """The topic of the page on show, if it is one of the guide's."""
        return topic_of(self.browser.source().path())

    def _on_start_triggered(self) -> None:
        self.show_topic(Topic.GETTING_STARTED)

    def _on_contents_item_activated(self, item: QListWidgetItem) -> None:
        self.show_topic(Topic(item.data(Qt.ItemDataRole.UserRole)))

    def _on_browser_source_changed(self, url: QUrl) -> None:
        topic = topic_of(url.path())  # source() still names the page before, here
        title = self.browser.documentTitle()
        self.setWindowTitle(
            self.tr("{page} – aspdesk help").format(page=title)
            if title
            else self.tr("aspdesk help")
        )
        for item in self._items():
            if topic is not None and item.data(Qt.ItemDataRole.UserRole) == topic.value:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                return
        self.contents.clearSelection()
