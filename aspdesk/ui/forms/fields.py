"""What each form shows: the fields of every entity type, their labels and editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aspdesk.domain.entities import EntityType
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary

CONTEXT = "fields"


@record
class FieldSpec:
    """One field of a form: the entity field, its label and the kind of editor."""

    name: str
    label: str
    editor: str
    vocabulary: Vocabulary | None = None
    required: bool = False

    def translated_label(self) -> str:
        """The label in the UI language."""
        return QCoreApplication.translate(CONTEXT, self.label)


def _f(name: str, label: str, editor: str = "line", **extra: object) -> FieldSpec:
    return FieldSpec(name, label, editor, **extra)  # type: ignore[arg-type]


FORM_FIELDS: dict[EntityType, tuple[FieldSpec, ...]] = {
    EntityType.ACTOR: (
        _f("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
        _f("name_sv", QT_TRANSLATE_NOOP("fields", "Name in Swedish")),
        _f("name_en", QT_TRANSLATE_NOOP("fields", "Name in English")),
        _f("short_name", QT_TRANSLATE_NOOP("fields", "Short name")),
        _f("kind", QT_TRANSLATE_NOOP("fields", "Kind"), "vocab", vocabulary=Vocabulary.ACTOR_KIND),
        _f("description", QT_TRANSLATE_NOOP("fields", "Description"), "text"),
        _f("business_id", QT_TRANSLATE_NOOP("fields", "Business ID")),
        _f("pic", QT_TRANSLATE_NOOP("fields", "PIC")),
        _f("municipality", QT_TRANSLATE_NOOP("fields", "Municipality or region")),
        _f("country", QT_TRANSLATE_NOOP("fields", "Country")),
        _f("website", QT_TRANSLATE_NOOP("fields", "Website")),
        _f("email", QT_TRANSLATE_NOOP("fields", "Email")),
        _f("phone", QT_TRANSLATE_NOOP("fields", "Phone")),
        _f(
            "size_class",
            QT_TRANSLATE_NOOP("fields", "Size class"),
            "vocab?",
            vocabulary=Vocabulary.SIZE_CLASS,
        ),
        _f("sector", QT_TRANSLATE_NOOP("fields", "Sector")),
        _f("tags", QT_TRANSLATE_NOOP("fields", "Tags"), "tags"),
        _f("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "text"),
    ),
    EntityType.CONTACT: (
        _f("actor_id", QT_TRANSLATE_NOOP("fields", "Organisation"), "actor"),
        _f("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
        _f("title", QT_TRANSLATE_NOOP("fields", "Title")),
        _f("email", QT_TRANSLATE_NOOP("fields", "Email")),
        _f("phone", QT_TRANSLATE_NOOP("fields", "Phone")),
    ),
    EntityType.CLUSTER: (
        _f("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
        _f("name_sv", QT_TRANSLATE_NOOP("fields", "Name in Swedish")),
        _f("name_en", QT_TRANSLATE_NOOP("fields", "Name in English")),
        _f("short_name", QT_TRANSLATE_NOOP("fields", "Short name")),
        _f("description", QT_TRANSLATE_NOOP("fields", "Description"), "text"),
        _f("theme", QT_TRANSLATE_NOOP("fields", "Theme")),
        _f("colour", QT_TRANSLATE_NOOP("fields", "Colour"), "colour"),
        _f("coordinator_id", QT_TRANSLATE_NOOP("fields", "Coordinator"), "actor?"),
        _f("start_date", QT_TRANSLATE_NOOP("fields", "Start date"), "date"),
        _f("end_date", QT_TRANSLATE_NOOP("fields", "End date"), "date"),
    ),
    EntityType.MEMBERSHIP: (
        _f("actor_id", QT_TRANSLATE_NOOP("fields", "Actor"), "actor"),
        _f("cluster_id", QT_TRANSLATE_NOOP("fields", "Cluster"), "cluster"),
        _f(
            "role", QT_TRANSLATE_NOOP("fields", "Role"), "vocab", vocabulary=Vocabulary.CLUSTER_ROLE
        ),
        _f("since", QT_TRANSLATE_NOOP("fields", "Since"), "date"),
        _f("until", QT_TRANSLATE_NOOP("fields", "Until"), "date"),
        _f("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "text"),
    ),
    EntityType.RELATIONSHIP: (
        _f("source_id", QT_TRANSLATE_NOOP("fields", "From"), "actor"),
        _f("target_id", QT_TRANSLATE_NOOP("fields", "To"), "actor"),
        _f(
            "type",
            QT_TRANSLATE_NOOP("fields", "Type"),
            "vocab",
            vocabulary=Vocabulary.RELATION_TYPE,
        ),
        _f("directed", QT_TRANSLATE_NOOP("fields", "Directed"), "check"),
        _f("strength", QT_TRANSLATE_NOOP("fields", "Strength (1-5)"), "spin"),
        _f("start_date", QT_TRANSLATE_NOOP("fields", "Start date"), "date"),
        _f("end_date", QT_TRANSLATE_NOOP("fields", "End date"), "date"),
        _f("source_info", QT_TRANSLATE_NOOP("fields", "Source of information")),
        _f("last_verified", QT_TRANSLATE_NOOP("fields", "Last verified"), "date"),
        _f("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "text"),
    ),
    EntityType.PROJECT: (
        _f("name", QT_TRANSLATE_NOOP("fields", "Name"), required=True),
        _f("acronym", QT_TRANSLATE_NOOP("fields", "Acronym")),
        _f(
            "programme",
            QT_TRANSLATE_NOOP("fields", "Programme"),
            "vocab",
            vocabulary=Vocabulary.PROGRAMME,
        ),
        _f("call_id", QT_TRANSLATE_NOOP("fields", "Call identifier")),
        _f(
            "status",
            QT_TRANSLATE_NOOP("fields", "Status"),
            "vocab",
            vocabulary=Vocabulary.PROJECT_STATUS,
        ),
        _f("budget", QT_TRANSLATE_NOOP("fields", "Total budget (€)"), "amount"),
        _f("grant", QT_TRANSLATE_NOOP("fields", "Grant (€)"), "amount"),
        _f("start_date", QT_TRANSLATE_NOOP("fields", "Start date"), "date"),
        _f("end_date", QT_TRANSLATE_NOOP("fields", "End date"), "date"),
        _f("cluster_ids", QT_TRANSLATE_NOOP("fields", "Linked clusters"), "clusters"),
        _f("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "text"),
    ),
    EntityType.PROJECT_PARTNER: (
        _f("project_id", QT_TRANSLATE_NOOP("fields", "Project"), "project"),
        _f("actor_id", QT_TRANSLATE_NOOP("fields", "Organisation"), "actor"),
        _f(
            "role",
            QT_TRANSLATE_NOOP("fields", "Role"),
            "vocab",
            vocabulary=Vocabulary.PARTNER_ROLE,
        ),
        _f("budget_share", QT_TRANSLATE_NOOP("fields", "Budget share (%)"), "percent"),
    ),
}


def field_label(entity_type: EntityType, name: str) -> str:
    """The translated label of field ``name`` of ``entity_type``."""
    for spec in FORM_FIELDS[entity_type]:
        if spec.name == name:
            return spec.translated_label()
    return name


ENTITY_NOUNS = {
    EntityType.ACTOR: QT_TRANSLATE_NOOP("fields", "actor"),
    EntityType.CLUSTER: QT_TRANSLATE_NOOP("fields", "cluster"),
    EntityType.CONTACT: QT_TRANSLATE_NOOP("fields", "contact person"),
    EntityType.MEMBERSHIP: QT_TRANSLATE_NOOP("fields", "membership"),
    EntityType.RELATIONSHIP: QT_TRANSLATE_NOOP("fields", "relationship"),
    EntityType.PROJECT: QT_TRANSLATE_NOOP("fields", "project"),
    EntityType.PROJECT_PARTNER: QT_TRANSLATE_NOOP("fields", "project partner"),
}


def entity_noun(entity_type: EntityType) -> str:
    """The translated noun for one entity of ``entity_type`` ("actor", "toimija")."""
    return QCoreApplication.translate(CONTEXT, ENTITY_NOUNS[entity_type])
