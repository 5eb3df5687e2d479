"""An import plan in words: counts, conflicts, suggestions and problems, for people.

The command line prints these lines and the preview dialog shows them in its tables, so
both say the same thing. Texts are marked in the "import" context; ``translate`` is
``QCoreApplication.translate`` in the window and the command line's translator headless.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.errors import fill
from aspdesk.io.json_backup import CODE_FIELDS
from aspdesk.io.merging.planner import HAS_ERRORS, ImportPlan, MatchedBy, Outcome, PlanItem
from aspdesk.io.sheets import SHEETS, cell_text, field_label
from aspdesk.io.snapshot import MapSnapshot

Translate = Callable[[str, str], str]
CONTEXT = "import"

OUTCOME_LABELS = {
    Outcome.NEW: QT_TRANSLATE_NOOP("import", "New"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("import", "Updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("import", "Unchanged"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("import", "Conflict"),
    Outcome.ERROR: QT_TRANSLATE_NOOP("import", "Error"),
    Outcome.DELETED: QT_TRANSLATE_NOOP("import", "Deleted"),
}
DELETED_COUNT = QT_TRANSLATE_NOOP("import", "{kind}: {deleted} deleted")
MATCH_LABELS = {
    MatchedBy.ID: QT_TRANSLATE_NOOP("import", "same ID"),
    MatchedBy.BUSINESS_ID: QT_TRANSLATE_NOOP("import", "same business ID"),
    MatchedBy.NAME: QT_TRANSLATE_NOOP("import", "same name"),
    MatchedBy.ACRONYM: QT_TRANSLATE_NOOP("import", "same acronym"),
    MatchedBy.CHOSEN: QT_TRANSLATE_NOOP("import", "chosen by you"),
    MatchedBy.ENDS: QT_TRANSLATE_NOOP("import", "same actors"),
}
COUNTS = QT_TRANSLATE_NOOP(
    "import",
    "{kind}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflict}, "
    "errors {error}",
)
CONFLICT = QT_TRANSLATE_NOOP("import", "{field}: map “{old}”, file “{new}”")
# The same, for an offline copy sent back to its team map.
CONFLICT_SENT = QT_TRANSLATE_NOOP("import", "{field}: team map “{old}”, copy “{new}”")
NO_NAME = QT_TRANSLATE_NOOP("import", "(no name)")
DROPPED = QT_TRANSLATE_NOOP(
    "import", "Imported without {fields}; the problems are kept in its notes."
)


def tr(translate: Translate | None, text: str) -> str:
    """``text`` of the "import" context, translated when a function is given."""
    return translate(CONTEXT, text) if translate else text


def kind_label(entity_type: EntityType, translate: Translate | None = None) -> str:
    """ "Actors", "Relationships", ... as the spreadsheet titles say them."""
    title = next(sheet.title for sheet in SHEETS if sheet.entity_type is entity_type)
    return translate("io", title) if translate else title


def count_lines(plan: ImportPlan, translate: Translate | None = None) -> list[str]:
    """One line per kind of entity in the file: how many of each outcome."""
    lines = []
    for entity_type in EntityType:
        counts = plan.counts(entity_type)
        if not counts:
            continue
        values = {outcome.value: str(counts[outcome]) for outcome in Outcome}
        values["kind"] = kind_label(entity_type, translate)
        lines.append(fill(COUNTS, values, CONTEXT, translate))
        if counts[Outcome.DELETED]:  # only an offline copy sent back deletes
            lines.append(fill(DELETED_COUNT, values, CONTEXT, translate))
    return lines


class FieldValues:
    """Field values as people read them: a vocabulary's code (an actor's kind, a
    membership's role, a tie's type) as its term's label in ``language``, as the map's
    tables show it, not "authority" in a Finnish preview. A code the map does not know is
    named by the file's own term when the file brings one (a JSON backup), else shown as
    written; every other value as :func:`~aspdesk.io.sheets.cell_text` gives it."""

    def __init__(self, terms: Sequence[Mapping[Vocabulary, Sequence[Term]]], language: str) -> None:
        self._labels: dict[tuple[Vocabulary, str], str] = {}
        for source in terms:  # the later win: the map's after the file's
            for vocabulary, listed in source.items():
                for term in listed:
                    label = term.label(language) or term.label_en
                    if label.strip():
                        self._labels[(vocabulary, term.code)] = " ".join(label.split())
        self._vocabularies = {
            (entity_type, name): vocabulary
            for entity_type, pairs in CODE_FIELDS.items()
            for name, vocabulary in pairs
        }

    @classmethod
    def of(cls, plan: ImportPlan, current: MapSnapshot, language: str) -> FieldValues:
        """The values of ``plan``'s items, named by the map's terms and then the file's."""
        return cls([plan.batch.terms, current.terms], language)

    def text(self, entity_type: EntityType, name: str, value: object) -> str:
        vocabulary = self._vocabularies.get((entity_type, name))
        if vocabulary is not None and isinstance(value, str):
            label = self._labels.get((vocabulary, value))
            if label is not None:
                return label
        return cell_text(value)


_AS_WRITTEN = FieldValues([], "en")


def conflict_texts(
    item: PlanItem,
    translate: Translate | None = None,
    *,
    sent_back: bool = False,
    values: FieldValues = _AS_WRITTEN,
) -> list[str]:
    """One text per conflicting field: "Country: map “FI”, file “SE”" (with ``sent_back``,
    an offline copy's: "team map “FI”, copy “SE”"); codes named by ``values``."""
    return [
        fill(
            CONFLICT_SENT if sent_back else CONFLICT,
            {
                "field": field_label(item.entity_type, name, translate),
                "old": values.text(item.entity_type, name, old),
                "new": values.text(item.entity_type, name, new),
            },
            CONTEXT,
            translate,
        )
        for name, (old, new) in item.conflicts.items()
    ]


def change_texts(
    item: PlanItem, translate: Translate | None = None, values: FieldValues = _AS_WRITTEN
) -> list[str]:
    """The fields an update fills in, as "Field: value"; codes named by ``values``."""
    return [
        f"{field_label(item.entity_type, name, translate)}: "
        + values.text(item.entity_type, name, value)
        for name, value in item.changes.items()
        if name not in item.conflicts
    ]


def reason_text(item: PlanItem, translate: Translate | None = None) -> str:
    """Why an item cannot be imported ("" when it can): its problems, when it has them."""
    if item.reason == HAS_ERRORS and item.candidate.problems:
        return " ".join(problem_texts(item, translate))  # each ends with a full stop
    return fill(item.reason, item.reason_values, "io", translate) if item.reason else ""


def problem_texts(item: PlanItem, translate: Translate | None = None) -> list[str]:
    """The problems of an item's row, each as "Column: what is wrong"."""
    texts = []
    for problem in item.candidate.problems:
        column = problem.column or (
            field_label(item.entity_type, problem.field, translate) if problem.field else ""
        )
        text = problem.text(translate)
        texts.append(f"{column}: {text}" if column else text)
    return texts


def note_texts(item: PlanItem, translate: Translate | None = None) -> list[str]:
    """What was read differently from the file's cells ("Business ID … read as …")."""
    return [note.text(translate) for note in item.candidate.notes]


def dropped_text(item: PlanItem, translate: Translate | None = None) -> str:
    """What a row with errors was imported without ("" when it was not)."""
    if not item.dropped:
        return ""
    names = ", ".join(field_label(item.entity_type, name, translate) for name in item.dropped)
    return fill(DROPPED, {"fields": names}, CONTEXT, translate)


# Entities that others refer to, named in the report by their own names.
_NAMED = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)
_ById = dict[tuple[EntityType, int | None], str]  # (type, id) -> name
_ByKey = dict[tuple[EntityType, str], str]  # (type, key in the file) -> name


class Names:
    """Display names of the actors, clusters and projects an import refers to, old and new."""

    def __init__(self, plan: ImportPlan, current: MapSnapshot) -> None:
        self._plan, self._current = plan, current
        self._found: tuple[_ById, _ByKey] | None = None

    def _index(self) -> tuple[_ById, _ByKey]:
        """Names by id and by key in the file, gathered when a tie or membership is first
        named: an actor is named by itself, and a list of 10,000 actors has no tie."""
        if self._found is not None:
            return self._found
        names: _ById = {}
        keys: _ByKey = {}
        current = self._current
        named: list[Actor | Cluster | Project] = [
            *current.actors,
            *current.clusters,
            *current.projects,
        ]
        for entity in named:
            names[(entity.entity_type, entity.id)] = entity.display_name
        for item in self._plan.items:
            if item.entity is not None and item.entity_type in _NAMED:
                names[(item.entity_type, item.entity.id)] = _display(item.entity)
            if item.entity_type in _NAMED:
                keys[(item.entity_type, item.candidate.key)] = _display(item.candidate.entity)
        self._found = (names, keys)
        return self._found

    def of(self, item: PlanItem, translate: Translate | None = None) -> str:
        """What the item is called: a name, or the names of its ends for a tie; a row
        without a name is "(no name)"."""
        return self._of(item) or tr(translate, NO_NAME)

    def _of(self, item: PlanItem) -> str:
        entity: Entity = item.entity or item.candidate.entity
        if item.entity is None and isinstance(entity, Relationship | Membership | ProjectPartner):
            types = {
                EntityType.RELATIONSHIP: (EntityType.ACTOR, EntityType.ACTOR),
                EntityType.MEMBERSHIP: (EntityType.ACTOR, EntityType.CLUSTER),
                EntityType.PROJECT_PARTNER: (EntityType.PROJECT, EntityType.ACTOR),
            }[entity.entity_type]
            keys = self._index()[1]
            ends = [keys.get((t, k), k) for t, k in zip(types, item.candidate.ends, strict=False)]
            if isinstance(entity, ProjectPartner):
                ends.reverse()  # the actor first, as for a membership
            return " — ".join(ends)
        if isinstance(entity, Relationship):
            return f"{self._actor(entity.source_id)} — {self._actor(entity.target_id)}"
        if isinstance(entity, Membership):
            cluster = self._index()[0].get((EntityType.CLUSTER, entity.cluster_id), "?")
            return f"{self._actor(entity.actor_id)} — {cluster}"
        if isinstance(entity, ProjectPartner):
            project = self._index()[0].get((EntityType.PROJECT, entity.project_id), "?")
            return f"{self._actor(entity.actor_id)} — {project}"
        return _display(entity)

    def _actor(self, actor_id: int) -> str:
        return self._index()[0].get((EntityType.ACTOR, actor_id), "?")


def _display(entity: Entity) -> str:
    name = getattr(entity, "display_name", "")
    return str(name) if name else str(getattr(entity, "name", ""))
