"""A template workbook for collecting actors: the columns an import understands.

Coordinators send it to partners or fill it in themselves; its headers are the ones the
import dialog recognises at once, in the user's language, and a second sheet lists the
kinds and size classes the map knows, so a cell can be typed right the first time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from aspdesk.domain.entities import EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Term
from aspdesk.io.atomic import write_workbook_atomically
from aspdesk.io.sheets import Translate, field_label, tr

TEMPLATE_FIELDS = (
    "name",
    "short_name",
    "kind",
    "business_id",
    "pic",
    "municipality",
    "country",
    "website",
    "email",
    "phone",
    "size_class",
    "sector",
    "tags",
    "description",
    "notes",
)
CODES_TITLE = QT_TRANSLATE_NOOP("io", "Codes")
LIST_HEADERS = (
    QT_TRANSLATE_NOOP("io", "Column"),
    QT_TRANSLATE_NOOP("io", "Code"),
    QT_TRANSLATE_NOOP("io", "Meaning"),
)


def write_template(
    path: Path,
    *,
    kinds: Sequence[Term],
    size_classes: Sequence[Term],
    language: str = "en",
    translate: Translate | None = None,
) -> None:
    """Write an empty actors workbook with the import's headers and a list of codes."""
    # openpyxl is imported here, not at the top: the main window starts without it.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    bold = Font(bold=True)
    actors = workbook.active
    assert actors is not None
    actors.title = tr(translate, "Actors")
    actors.append([field_label(EntityType.ACTOR, name, translate) for name in TEMPLATE_FIELDS])
    for cell in actors[1]:
        cell.font = bold
    for column in actors.iter_cols(min_row=1, max_row=1):
        actors.column_dimensions[column[0].column_letter].width = 22
    actors.freeze_panes = "A2"
    codes = workbook.create_sheet(tr(translate, CODES_TITLE))
    codes.append([tr(translate, header) for header in LIST_HEADERS])
    for cell in codes[1]:
        cell.font = bold
    for name, terms in (("kind", kinds), ("size_class", size_classes)):
        label = field_label(EntityType.ACTOR, name, translate)
        for term in terms:
            codes.append([label, term.code, term.label(language)])
    for letter, width in zip("ABC", (18, 18, 40), strict=True):
        codes.column_dimensions[letter].width = width
    write_workbook_atomically(Path(path), workbook)
