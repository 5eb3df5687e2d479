"""Putting a past value of one field back, as a new undo step (the history of one thing).

The value comes from the change log (:meth:`Document.history`); putting it back is an
ordinary edit (:class:`~aspdesk.app.commands.EditEntity`), so Undo takes it back and the
log records it like any other. A value that would break the map is refused before
anything is written, with a message that says why: one that names an actor, cluster or
project no longer in the map, or one the map's rules refuse (a tie to itself, a code the
map no longer has).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from aspdesk.app.commands import EditEntity
from aspdesk.app.document import Document
from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.domain.validation import validate

# Fields naming another entity, and its type.
_REFERENCES = {
    "coordinator_id": EntityType.ACTOR,
    "actor_id": EntityType.ACTOR,
    "source_id": EntityType.ACTOR,
    "target_id": EntityType.ACTOR,
    "cluster_id": EntityType.CLUSTER,
    "project_id": EntityType.PROJECT,
}


def can_restore(change: Change) -> bool:
    """Whether ``change`` is a field change of an entity, whose old value can be put back."""
    return change.field is not None and change.entity_type is not None


def _refusal(document: Document, current: Entity, change: Change, new: dict[str, Any]) -> str:
    """Why putting ``new`` into ``current`` would break the map ("" when it would not)."""
    for name, value in new.items():
        target = _REFERENCES.get(name)
        if target is not None and value is not None and document.index.get(target, value) is None:
            return QCoreApplication.translate(
                "PastValues",
                "The old value names an actor, cluster or project that is no longer in the "
                "map, so it was not put back.",
            )
    others: tuple[Entity, ...] = ()
    if change.entity_type is EntityType.PROJECT_PARTNER:
        others = tuple(document.index.all(EntityType.PROJECT_PARTNER))
    errors = validate(replace(current, **new), document.codes(), others)
    mine = [e for e in errors if e.field in new]
    if mine:
        problem = mine[0].text(QCoreApplication.translate)
        return QCoreApplication.translate(
            "PastValues", "The old value was not put back: {problem}"
        ).format(problem=problem)
    return ""


def restore_value(document: Document, change: Change, text: str) -> bool:
    """Put ``change``'s old value back as the undo step ``text``; False, with the reason in
    ``document.edit_failed``, when it is refused (nothing is then written)."""
    entity_type = change.entity_type
    if entity_type is None or change.field is None:
        raise ValueError("only a field change of an entity has a value to put back")
    current = document.store.get(entity_type, change.entity_id)
    if current is None:
        document.edit_failed.emit(
            QCoreApplication.translate(
                "PastValues", "This is no longer in the map, so none of its values can be put back."
            )
        )
        return False
    if change.field == POSITION:
        x, y = change.old if isinstance(change.old, tuple) else (None, None)
        new: dict[str, Any] = {"x": x, "y": y}
    else:
        new = {change.field: change.old}
    old = {name: getattr(current, name) for name in new}
    if old == new:
        document.edit_failed.emit(
            QCoreApplication.translate("PastValues", "It has this value already.")
        )
        return False
    refusal = _refusal(document, current, change, new)
    if refusal:
        document.edit_failed.emit(refusal)
        return False
    if isinstance(current, Actor):
        old["updated_at"] = current.updated_at
    return document.push(EditEntity(document, entity_type, change.entity_id, old, new, text))
