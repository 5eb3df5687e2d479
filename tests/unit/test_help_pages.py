"""The user guide's pages are shipped whole: every page, link and picture is there."""

from __future__ import annotations

import fnmatch
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator, QUrl
from PySide6.QtGui import QImage

from aspdesk.domain.data_files import as_file, resource
from aspdesk.ui.help.pages import (
    LANGUAGES,
    PICTURE_SCALE,
    SCHEME,
    TITLES,
    Topic,
    help_file,
    pages,
    topic_url,
)

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"


class _Page(HTMLParser):
    """The title, links and pictures of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.pictures: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img":
            self.pictures.append(values.get("src") or "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _parse(language: str, topic: Topic) -> _Page:
    page = _Page()
    node = help_file(QUrl(topic_url(topic, language)).path())
    assert node is not None, f"{language}/{topic.value}.html is missing"
    page.feed(node.read_text(encoding="utf-8"))
    return page


def _resolved(base: str, target: str) -> QUrl:
    """``target`` as the guide's browser resolves it on the page ``base``."""
    return QUrl(base).resolved(QUrl(target))


def _title(language: str, topic: Topic) -> str:
    if language == "en":
        return TITLES[topic]
    translator = QTranslator()
    with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
        assert translator.load(str(path))
    return translator.translate("HelpWindow", TITLES[topic])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_is_shipped_and_titled_as_the_contents_name_it(language: str) -> None:
    assert [p.name for p in pages(language)] == [f"{t.value}.html" for t in TITLES]
    for topic in Topic:
        assert _parse(language, topic).title == _title(language, topic)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_and_picture_of_a_page_resolves_to_a_shipped_file(language: str) -> None:
    for topic in Topic:
        base = topic_url(topic, language)
        page = _parse(language, topic)
        assert page.pictures, f"{topic.value} has a picture"
        for target in page.links + page.pictures:
            url = _resolved(base, target)
            assert url.scheme() == SCHEME, f"{topic.value} links outside the guide: {target}"
            assert help_file(url.path()) is not None, f"{language}/{topic.value}: {target}"
        for picture in page.pictures:
            node = help_file(_resolved(base, picture).path())
            assert node is not None
            image = QImage.fromData(node.read_bytes())
            assert not image.isNull(), picture
            # Drawn at twice the page's size, for HiDPI screens, and no wider than a page.
            assert 400 * PICTURE_SCALE <= image.width() <= 720 * PICTURE_SCALE, picture


def test_every_language_has_the_same_pictures_and_none_unused() -> None:
    shipped = {
        language: sorted(p.name for p in (HELP / language / "images").iterdir())
        for language in LANGUAGES
    }
    assert shipped["fi"] == shipped["en"] == shipped["sv"]
    used = sorted({Path(src).name for topic in Topic for src in _parse("en", topic).pictures})
    assert used == shipped["en"]


def test_nothing_outside_the_guide_can_be_named() -> None:
    assert help_file("/en/../../sample/arctic-smartness-portfolio-2015.json") is None
    assert help_file("/en/.hidden.html") is None
    assert help_file("/xx/getting-started.html") is None
    assert help_file("/en/getting-started.html") is not None


def test_a_regular_install_carries_every_file_of_the_guide() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["aspdesk.resources"]
    files = [p.relative_to(ROOT / "resources").as_posix() for p in HELP.rglob("*") if p.is_file()]
    assert files
    missed = [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert missed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_set_no_fonts_or_colours_of_their_own(language: str) -> None:
    """So that the guide follows the app's font and its light or dark theme."""
    for page in pages(language):
        text = page.read_text(encoding="utf-8").casefold()
        for word in ("style=", "<font", "<style", "color", "font-size", "font-family"):
            assert word not in text, f"{page.name}: {word}"
