"""What a delete will take with it, in words for the confirmation."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.ui.forms.fields import entity_noun
from aspdesk.ui.forms.naming import entity_title

MAX_LISTED = 12
# Relationships are the many: the list names the others first, so that a long list cut
# at MAX_LISTED still shows an actor's project partnerships.
_LISTING_ORDER = (
    EntityType.CONTACT,
    EntityType.MEMBERSHIP,
    EntityType.PROJECT_PARTNER,
    EntityType.RELATIONSHIP,
)


class RemovalText(QObject):
    """Words for deleting some entities.

    A QObject so that its plural texts go through ``self.tr(text, "", n)``: lupdate marks
    a text as plural only in that form, not in ``QCoreApplication.translate``.
    """

    def describe(self, document: Document, refs: list[Ref]) -> tuple[str, str]:
        """The question and the list of dependents for deleting ``refs``."""
        lines: list[str] = []
        counts: Counter[EntityType] = Counter()
        names = []
        for ref in refs:
            entity = document.index.get(ref.type, ref.id)
            if entity is None:
                continue
            names.append(f"{entity_noun(ref.type)} “{entity_title(document, entity)}”")
            removal = document.dependents(ref)
            dependents = sorted(
                removal.entities,
                key=lambda e: (
                    _LISTING_ORDER.index(e.entity_type)
                    if e.entity_type in _LISTING_ORDER
                    else len(_LISTING_ORDER)
                ),
            )
            for dependent in dependents:
                counts[dependent.entity_type] += 1
                noun = entity_noun(dependent.entity_type)
                lines.append(f"• {noun}: {entity_title(document, dependent)}")
            for cluster_id in removal.uncoordinated:
                cluster = document.index.get(EntityType.CLUSTER, cluster_id)
                if cluster is not None:
                    lines.append(
                        self.tr("• cluster “{name}” will have no coordinator").format(
                            name=entity_title(document, cluster)
                        )
                    )
        if len(names) == 1:
            question = self.tr("Delete {what}?").format(what=names[0])
        else:
            question = self.tr("Delete these %n items?", "", len(names))
        if not lines:
            return question, self.tr("Nothing else depends on it. You can undo the delete.")
        contacts = counts[EntityType.CONTACT]
        memberships = counts[EntityType.MEMBERSHIP]
        relationships = counts[EntityType.RELATIONSHIP]
        partnerships = counts[EntityType.PROJECT_PARTNER]
        summary = [
            self.tr("%n contact person(s)", "", contacts) if contacts else "",
            self.tr("%n membership(s)", "", memberships) if memberships else "",
            self.tr("%n relationship(s)", "", relationships) if relationships else "",
            self.tr("%n project partnership(s)", "", partnerships) if partnerships else "",
        ]
        if any(summary):
            items = ", ".join(s for s in summary if s)
            head = self.tr("This also deletes {items}:").format(items=items)
        else:
            head = self.tr("This also changes:")
        listed = lines[:MAX_LISTED]
        if len(lines) > MAX_LISTED:
            listed.append(self.tr("…and %n more", "", len(lines) - MAX_LISTED))
        return question, "\n".join([head, *listed, "", self.tr("You can undo the delete.")])


def describe_removal(document: Document, refs: list[Ref]) -> tuple[str, str]:
    """The question and the list of dependents for deleting ``refs``."""
    return RemovalText().describe(document, refs)
