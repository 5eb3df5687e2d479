"""The optional "changes" section of a JSON backup: the map's change log.

A backup made with its history carries every change set (when, by whom, the step's name)
with its changes, values as plain JSON (:mod:`aspdesk.domain.change_values`). Restored
into an empty map, the history is kept and the restore follows it; a backup without the
section starts the map's history at the restore. Read as strictly as the rest of the
backup: what is wrong is said with where it is (``changes[3].changes[0].subject``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aspdesk.domain.change_values import from_plain, plain
from aspdesk.domain.changes import MAP, SURVEY_ROUND, VIEW, Change, ChangeSet, History
from aspdesk.domain.entities import EntityType
from aspdesk.domain.json_shape import Node
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.io.json_backup_messages import EXPECTED_TIME, INVALID_TEXT

SECTION = "changes"
SUBJECTS = frozenset({MAP, VIEW, SURVEY_ROUND, *(t.value for t in EntityType)})
UNKNOWN_SUBJECT = QT_TRANSLATE_NOOP(
    "io", "“{subject}” is not something whose changes a map's history records."
)
BAD_VALUE = QT_TRANSLATE_NOOP("io", "This value is not one the field “{field}” can hold.")


def plain_history(history: History) -> list[dict[str, Any]]:
    """``history`` as the section's plain JSON values, oldest set first."""
    return [
        {
            "id": change_set.id,
            "at": change_set.at.astimezone(UTC).isoformat(),
            "author": change_set.author,
            "summary": change_set.summary,
            "changes": [
                {
                    "subject": change.subject,
                    "entity_id": change.entity_id,
                    "field": change.field,
                    "old": plain(change.old),
                    "new": plain(change.new),
                }
                for change in changes
            ],
        }
        for change_set, changes in history
    ]


def history_of(top: Node) -> History:
    """The history in the backup ``top`` (none when it has no "changes" section)."""
    found = []
    for item in top.field(SECTION, []).items():
        at = _time(item.field("at"))
        change_set = ChangeSet(
            item.field("id").integer(1),
            at,
            _text(item.field("author")),
            _text(item.field("summary")),
        )
        changes = tuple(_change(node, change_set) for node in item.field("changes", []).items())
        found.append((change_set, changes))
    return tuple(found)


def _change(node: Node, change_set: ChangeSet) -> Change:
    subject_node = node.field("subject")
    subject = _text(subject_node)
    if subject not in SUBJECTS:
        raise DataFileError(UNKNOWN_SUBJECT, subject_node.path, subject=subject[:40])
    field = node.field("field").optional(Node.text)
    values = []
    for key in ("old", "new"):
        value_node = node.field(key, None)
        try:
            values.append(from_plain(subject, field, value_node.value))
        except (ValueError, TypeError, KeyError, RecursionError):
            raise DataFileError(BAD_VALUE, value_node.path, field=field or subject) from None
    return Change(
        change_set.id,
        change_set.at,
        change_set.author,
        subject,
        node.field("entity_id").integer(0),
        field,
        values[0],
        values[1],
    )


def _text(node: Node) -> str:
    text = node.text()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise DataFileError(INVALID_TEXT, node.path) from None
    return text


def _time(node: Node) -> datetime:
    try:
        parsed = datetime.fromisoformat(node.text())
        if parsed.tzinfo is not None:
            return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        pass
    raise DataFileError(EXPECTED_TIME, node.path, value=str(node.value)[:40])
