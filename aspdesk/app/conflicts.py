"""An edit that met another user's change, as the window shows it and lets the user choose.

The store refuses a stale edit or delete (:mod:`aspdesk.store.stale`); the Document then
re-reads the thing, so the window shows the other user's values, and emits
``edit_conflict`` with an :class:`EditConflict`. The user keeps theirs (nothing more is
written) or uses theirs as the new starting point: :attr:`EditConflict.retry` is the same
edit again, now expecting their values, so a third user's change in between is met (and
asked about) the same way. Undo and redo are not asked about: they are refused with
:func:`step_refusal`, and the history steps back over them. The map's name, a saved view
and a survey round are met and asked about the same way (their fields: ``_OTHERS``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from aspdesk.app.locales import moment_text
from aspdesk.domain.change_values import POSITION, RECORD
from aspdesk.domain.changes import MAP, SURVEY_ROUND, VIEW
from aspdesk.domain.entities import Entity, EntityType, values_of
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.views import ViewState
from aspdesk.io.sheets import field_label
from aspdesk.store.stale import LAYOUT, Seen, StaleEditError, StaleField


@record
class EditConflict:
    """One refused edit or delete: what it met, and the same edit again, now expecting
    their values ("Use mine", "Delete anyway"; None when it cannot be made again)."""

    error: StaleEditError
    retry: QUndoCommand | None
    language: str = "en"  # the window's, for the times it shows

    @property
    def deleting(self) -> bool:
        """Whether the refused write was a delete."""
        return self.error.deleting

    @property
    def name(self) -> str:
        """The thing's name."""
        return self.error.name

    @property
    def fields(self) -> tuple[StaleField, ...]:
        """The fields someone else changed."""
        return self.error.fields


_DEPENDENTS = {
    EntityType.CONTACT.value: QT_TRANSLATE_NOOP("EditConflict", "contact person"),
    EntityType.MEMBERSHIP.value: QT_TRANSLATE_NOOP("EditConflict", "membership"),
    EntityType.RELATIONSHIP.value: QT_TRANSLATE_NOOP("EditConflict", "tie"),
    EntityType.PROJECT_PARTNER.value: QT_TRANSLATE_NOOP("EditConflict", "project partner"),
}


def as_written(entities: Iterable[Entity]) -> list[tuple[EntityType, int, dict[str, Any]]]:
    """``entities`` as a step's undo or redo expects to find them (``MapStore.apply``'s
    ``expected``), their layout left out: a node moved since is still the same thing."""
    return [
        (e.entity_type, e.id, {k: v for k, v in values_of(e).items() if k not in LAYOUT})
        for e in entities
        if e.id is not None
    ]


def seen_in(entities: Iterable[Entity]) -> Seen:
    """``entities`` as a delete's ``seen_dependents`` (what a redo or a retry expects)."""
    by_ref = {(e.entity_type, e.id): e for e in entities}
    return lambda kind, entity_id: by_ref.get((kind, entity_id))


# The fields of what is not an entity: the map's name, a saved view, a survey round.
_OTHERS = {
    (MAP, "name"): QT_TRANSLATE_NOOP("EditConflict", "map name"),
    (VIEW, "name"): QT_TRANSLATE_NOOP("EditConflict", "view name"),
    (VIEW, "state"): QT_TRANSLATE_NOOP("EditConflict", "what the view shows"),
    (SURVEY_ROUND, RECORD): QT_TRANSLATE_NOOP("EditConflict", "collected answers"),
}


def label_of(entity_type: EntityType | str, field: str) -> str:
    """What a field is called on screen, translated (a node's place for x and y; a
    delete's dependent by its kind; ``entity_type`` the change log's subject for the map,
    a view or a survey round)."""
    if not isinstance(entity_type, EntityType):
        other = _OTHERS.get((entity_type, field))
        return QCoreApplication.translate("EditConflict", other) if other else field
    if field in _DEPENDENTS:
        return QCoreApplication.translate("EditConflict", _DEPENDENTS[field])
    if field in (POSITION, "x", "y"):
        return QCoreApplication.translate("EditConflict", "place on the graph")
    if field == "pinned":
        return QCoreApplication.translate("EditConflict", "pinning on the graph")
    return field_label(entity_type, field, QCoreApplication.translate)


def when(at: datetime | None, language: str) -> str:
    """A change's time as the dialog and messages in ``language`` show it (local time)."""
    return "" if at is None else moment_text(at, language)


def shown(value: Any) -> str:
    """A field's value as plain text ("" for none; a tag list joined)."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, bool):
        yes = QCoreApplication.translate("EditConflict", "yes")
        return yes if value else QCoreApplication.translate("EditConflict", "no")
    if isinstance(value, ViewState):  # all of it would not fit: what it is
        return QCoreApplication.translate("EditConflict", "the graph’s filters, look and zoom")
    if isinstance(value, SurveyRound):
        count = len(value.answers)
        return QCoreApplication.translate("EditConflict", "answers: {count}").format(count=count)
    return str(value)


def step_refusal(error: StaleEditError, language: str) -> str:
    """Why an undo or redo was refused: who changed what of which thing since, and when."""
    lines = []
    for stale in error.fields:
        author = stale.author or QCoreApplication.translate("EditConflict", "Someone")
        lines.append(
            QCoreApplication.translate(
                "EditConflict", "{author} changed {field} of {name} since, at {time}."
            ).format(
                author=author,
                field=label_of(error.entity_type, stale.field),
                name=error.name,
                time=when(stale.at, language),
            )
        )
    return "\n".join(lines)
