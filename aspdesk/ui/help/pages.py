"""The user guide's pages: which there are, their titles, and where their files are.

The guide is HTML shipped in the package (``resources/help/<language>/<topic>.html``, with
its pictures in ``resources/help/<language>/images/``), read through importlib.resources
so that a regular install finds it as an editable one does. Pages are addressed by URLs
of their own scheme, ``aspdesk-help:/fi/importing.html``, so that a page's relative links
and pictures resolve against it as in a web browser, and nothing outside the guide's
folder can be named: a path with anything but plain names is refused.

The pictures are made from the sample map with the app's own drawing and window grabs by
``python -m tests.help_pictures``, at twice their size on the page (:data:`PICTURE_SCALE`)
so that they are sharp on a HiDPI screen; the browser scales them to the screen.
"""

from __future__ import annotations

import re
from enum import StrEnum
from importlib.resources.abc import Traversable

from aspdesk.domain.data_files import resource
from aspdesk.domain.languages import LANGUAGES
from aspdesk.domain.text import QT_TRANSLATE_NOOP

SCHEME = "aspdesk-help"
PICTURE_SCALE = 2  # pixels of a shipped picture per pixel on the page
HELP_CONTEXT = "HelpWindow"
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)?")


class Topic(StrEnum):
    """A page of the guide, by its file's stem."""

    GETTING_STARTED = "getting-started"
    WORKSHOP = "workshop-keys"
    IMPORTING = "importing"
    HEALTH = "cluster-health"


# In the order of the table of contents and the Help menu.
TITLES: dict[Topic, str] = {
    Topic.GETTING_STARTED: QT_TRANSLATE_NOOP("HelpWindow", "Getting started"),
    Topic.WORKSHOP: QT_TRANSLATE_NOOP("HelpWindow", "Workshop keys"),
    Topic.IMPORTING: QT_TRANSLATE_NOOP("HelpWindow", "Importing a spreadsheet"),
    Topic.HEALTH: QT_TRANSLATE_NOOP("HelpWindow", "Cluster health explained"),
}


def guide_language(language: str) -> str:
    """The guide's language for the app's ``language``: its own, else English."""
    return language if language in LANGUAGES else "en"


def topic_url(topic: Topic, language: str) -> str:
    """The URL of ``topic``'s page in ``language``."""
    return f"{SCHEME}:/{guide_language(language)}/{topic.value}.html"


def topic_of(url_path: str) -> Topic | None:
    """The topic whose page is at ``url_path`` (``/fi/importing.html``), if any."""
    stem = url_path.rsplit("/", 1)[-1].removesuffix(".html")
    try:
        return Topic(stem)
    except ValueError:
        return None


def help_file(url_path: str) -> Traversable | None:
    """The shipped file at the path of a guide URL (``/en/images/x.png``), or None when
    there is none or the path leaves the guide's folder."""
    parts = [p for p in url_path.split("/") if p]
    if len(parts) < 2 or parts[0] not in LANGUAGES:
        return None
    if not all(_NAME.fullmatch(part) for part in parts):
        return None  # "..", hidden files, odd characters: not part of the guide
    node = resource("help", *parts)
    return node if node.is_file() else None


def pages(language: str) -> list[Traversable]:
    """Every page of the guide in ``language``, in the order of :data:`TITLES`."""
    folder = resource("help", guide_language(language))
    return [folder.joinpath(f"{topic.value}.html") for topic in TITLES]
