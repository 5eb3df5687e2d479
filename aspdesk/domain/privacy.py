"""Which fields are personal data, hidden on a shared screen and left out of exports.

In a workshop the map is on a projector in front of partners; contact persons' names,
e-mail addresses, phone numbers and free-text notes (which often say things about people)
must not show there, nor in pictures or tables sent afterwards. The switch is the user's
("workshop-safe"); this module only says what it covers.
"""

from __future__ import annotations

from aspdesk.domain.entities import EntityType

# Contact persons are personal data as a whole; these are the fields of other entities.
PERSONAL_FIELDS: dict[EntityType, frozenset[str]] = {
    EntityType.ACTOR: frozenset({"email", "phone", "notes"}),
    EntityType.CLUSTER: frozenset(),
    EntityType.CONTACT: frozenset({"name", "title", "email", "phone"}),
    EntityType.MEMBERSHIP: frozenset({"notes"}),
    EntityType.RELATIONSHIP: frozenset({"notes"}),
    EntityType.PROJECT: frozenset({"notes"}),
    EntityType.PROJECT_PARTNER: frozenset(),
}


def is_personal(entity_type: EntityType, field: str) -> bool:
    """Whether ``field`` of ``entity_type`` is hidden when personal data is hidden."""
    return entity_type is EntityType.CONTACT or field in PERSONAL_FIELDS[entity_type]
