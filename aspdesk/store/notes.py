"""What the opening of a map has to tell the user: why it is read-only, what was done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field

from aspdesk.domain.records import record

ACCESS = "Access"  # the translation context of read-only reasons and opening notes
STORE = "store"


@record
class Note:
    """Something to tell the user about an opening, or why a map is read-only.

    ``templates`` are sentences of the ``Access`` context (or of ``store`` for a backup
    failure), filled in with ``values`` after translation.
    """

    templates: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)

    context: str = ACCESS

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentences, translated with ``translate(context, text)`` when given."""
        parts = []
        for template in self.templates:
            wording = translate(self.context, template) if translate else template
            parts.append(wording.format(**self.values))
        return " ".join(parts)
