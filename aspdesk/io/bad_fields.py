"""A row with errors imported without its bad fields: what it keeps, and the note it gets.

The user may import a row whose problems are only in fields that can be left empty (a bad
business ID, an unknown kind, an email that is no address, a formula without a value):
those fields stay empty, and the problems, with the values the file had, are written into
the row's notes, so nothing the file said is lost. A row whose name, ID or references are
bad, a problem of the whole row (a duplicate), or a row whose problems were not all kept
cannot be: there is nothing sensible to import, or something would be lost unsaid.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields, replace
from typing import Any, cast

from aspdesk.domain.entities import ENTITY_CLASSES, Actor, Entity
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import fill
from aspdesk.io.import_batch import END_FIELDS, Candidate
from aspdesk.io.problems import Problem, Translate, place_text
from aspdesk.io.sheets import cell_text

LEFT_OUT_NOTE = QT_TRANSLATE_NOOP("io", "Left out when importing {file} ({place}):")


def bad_fields(candidate: Candidate) -> tuple[str, ...] | None:
    """The fields a blocked candidate could be imported without, or None when it cannot be:
    its problems are not all known, one is in its name, ID or references or in the row as
    a whole, or it has no notes to keep them in."""
    if not candidate.problems:
        return None
    entity = candidate.entity
    names = {f.name for f in fields(entity)}
    kept = set(END_FIELDS[entity.entity_type]) | {"", "id", "name"}
    bad = tuple(dict.fromkeys(p.field for p in candidate.problems))
    if "notes" not in names or any(name in kept or name not in names for name in bad):
        return None
    return bad


def without_bad_fields(
    candidate: Candidate, kinds: Collection[str], translate: Translate | None = None
) -> tuple[Candidate, tuple[str, ...]] | None:
    """``candidate`` with its bad fields left empty and its problems added to its notes
    (and no longer blocked), with the fields left out; None when it cannot be done.

    A kind cannot be empty: an actor's bad kind becomes "other" when the map has it.
    """
    bad = bad_fields(candidate)
    if bad is None:
        return None
    entity = candidate.entity
    default = ENTITY_CLASSES[entity.entity_type]()
    changes: dict[str, Any] = {name: getattr(default, name) for name in bad}
    if isinstance(entity, Actor) and "kind" in bad and "other" in kinds:
        changes["kind"] = "other"
    first = candidate.problems[0]
    heading = fill(
        LEFT_OUT_NOTE,
        {
            "file": first.file,
            "place": place_text(first.sheet, first.row, "", first.item, translate),
        },
        "io",
        translate,
    )
    note = "\n".join([heading, *(_left_out(p, entity, translate) for p in candidate.problems)])
    old_notes = str(getattr(entity, "notes", ""))
    changes["notes"] = f"{old_notes.rstrip()}\n\n{note}" if old_notes.strip() else note
    provided = (candidate.provided - set(bad)) | {"notes"}
    if isinstance(entity, Actor) and "kind" in bad and changes["kind"] != Actor().kind:
        provided |= {"kind"}  # "other" is information, the default kind is none
    changed = cast(Entity, replace(cast(Any, entity), **changes))
    mended = replace(candidate, entity=changed, provided=provided, blocked=False)
    return mended, bad


def _left_out(problem: Problem, entity: Entity, translate: Translate | None) -> str:
    """One line of a row's notes: the column, the value the file had, what was wrong."""
    value = cell_text(getattr(entity, problem.field, ""))
    column = problem.column or problem.field
    return (
        f"{column} “{value}”: {problem.text(translate)}"
        if value
        else (f"{column}: {problem.text(translate)}")
    )


__all__ = ["LEFT_OUT_NOTE", "bad_fields", "without_bad_fields"]
