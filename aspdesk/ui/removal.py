"""What a delete will take with it, in words for the confirmation."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.ui.fields import entity_noun
from aspdesk.ui.naming import entity_title

MAX_LISTED = 12


translate = QCoreApplication.translate


def describe_removal(document: Document, refs: list[Ref]) -> tuple[str, str]:
    """The question and the list of dependents for deleting ``refs``."""
    store = document.store
    lines: list[str] = []
    counts: Counter[EntityType] = Counter()
    names = []
    for ref in refs:
        entity = store.get(ref.type, ref.id)
        if entity is None:
            continue
        names.append(f"{entity_noun(ref.type)} “{entity_title(document, entity)}”")
        removal = store.dependents(ref.type, ref.id)
        for dependent in removal.entities:
            counts[dependent.entity_type] += 1
            lines.append(
                f"• {entity_noun(dependent.entity_type)}: {entity_title(document, dependent)}"
            )
        for cluster_id in removal.uncoordinated:
            cluster = store.get(EntityType.CLUSTER, cluster_id)
            if cluster is not None:
                lines.append(
                    translate("removal", "• cluster “{name}” will have no coordinator").format(
                        name=entity_title(document, cluster)
                    )
                )
    if len(names) == 1:
        question = translate("removal", "Delete {what}?").format(what=names[0])
    else:
        question = translate("removal", "Delete these %n items?", None, len(names))
    if not lines:
        return question, translate(
            "removal", "Nothing else depends on it. You can undo the delete."
        )
    summary = [
        translate("removal", "%n contact person(s)", None, counts[EntityType.CONTACT])
        if counts[EntityType.CONTACT]
        else "",
        translate("removal", "%n membership(s)", None, counts[EntityType.MEMBERSHIP])
        if counts[EntityType.MEMBERSHIP]
        else "",
        translate("removal", "%n relationship(s)", None, counts[EntityType.RELATIONSHIP])
        if counts[EntityType.RELATIONSHIP]
        else "",
    ]
    head = translate("removal", "This also deletes {items}:").format(
        items=", ".join(s for s in summary if s)
    )
    if not any(summary):
        head = translate("removal", "This also changes:")
    listed = lines[:MAX_LISTED]
    if len(lines) > MAX_LISTED:
        listed.append(translate("removal", "…and %n more", None, len(lines) - MAX_LISTED))
    tail = translate("removal", "You can undo the delete.")
    return question, "\n".join([head, *listed, "", tail])
