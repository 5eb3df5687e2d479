"""What one member of a cluster is asked in a survey round, and the words the workbook uses.

:func:`questionnaires` makes one :class:`Questionnaire` per member actor of the round's
cluster from the map as it is: the actor's own public details, its memberships, its ties
with their partners' names, and the names of the map's organisations for the drop-down of
new partners. Nothing about people is taken: no contact persons, no e-mail addresses or
phone numbers, no notes (see :mod:`aspdesk.domain.privacy`).

The texts are marked in the "survey" context and translated into the workbook's language,
which may differ from the window's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.snapshot import MapSnapshot

Translate = Callable[[str, str], str]
CONTEXT = "survey"
FORMAT_VERSION = "1"
ID_SHEET = "aspdesk"
MARKER = "aspdesk-survey"
LISTS_SHEET = "lists"

# The actor's details a member confirms: public facts about the organisation, never
# its e-mail, phone or notes.
DETAIL_FIELDS = ("name", "short_name", "business_id", "municipality", "country", "website")

YES = QT_TRANSLATE_NOOP("survey", "Yes")
NO = QT_TRANSLATE_NOOP("survey", "No")
STILL_TRUE = QT_TRANSLATE_NOOP("survey", "Still true")
CHANGED = QT_TRANSLATE_NOOP("survey", "Changed (see the next columns)")
ENDED = QT_TRANSLATE_NOOP("survey", "Ended or never was")


@record
class Questionnaire:
    """Everything one member is asked, as values."""

    survey_round: SurveyRound
    actor: Actor
    cluster: Cluster
    coordinator: str  # the name of the cluster's coordinating organisation, or ""
    memberships: tuple[tuple[Membership, str], ...]  # with the cluster's name
    ties: tuple[tuple[Relationship, str], ...]  # with the partner's name
    others: tuple[str, ...]  # the names of the map's other organisations
    types: tuple[Term, ...]
    roles: tuple[Term, ...]


def members(snapshot: MapSnapshot, cluster_id: int) -> list[Actor]:
    """The actors with a membership in the cluster, in name order, each once."""
    ids = {m.actor_id for m in snapshot.memberships if m.cluster_id == cluster_id}
    return sorted((a for a in snapshot.actors if a.id in ids), key=lambda a: a.name.casefold())


def questionnaires(snapshot: MapSnapshot, survey_round: SurveyRound) -> list[Questionnaire]:
    """One questionnaire for each actor the round asks."""
    clusters = {c.id: c for c in snapshot.clusters}
    cluster = clusters[survey_round.cluster_id]
    names = {a.id: a.name for a in snapshot.actors}
    actors = {a.id: a for a in snapshot.actors}
    coordinator = names.get(cluster.coordinator_id, "") if cluster.coordinator_id else ""
    found = []
    for actor_id in survey_round.asked:
        actor = actors[actor_id]
        memberships = tuple(
            (m, clusters[m.cluster_id].name)
            for m in snapshot.memberships
            if m.actor_id == actor_id and m.cluster_id in clusters
        )
        ties = tuple(
            (t, names[t.target_id if t.source_id == actor_id else t.source_id])
            for t in snapshot.relationships
            if actor_id in (t.source_id, t.target_id) and t.end_date is None
        )
        others = tuple(
            sorted({a.name for a in snapshot.actors if a.id != actor_id}, key=str.casefold)
        )
        found.append(
            Questionnaire(
                survey_round,
                actor,
                cluster,
                coordinator,
                memberships,
                tuple(sorted(ties, key=lambda pair: pair[1].casefold())),
                others,
                snapshot.terms.get(Vocabulary.RELATION_TYPE, ()),
                snapshot.terms.get(Vocabulary.CLUSTER_ROLE, ()),
            )
        )
    return found


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_names(questions: list[Questionnaire]) -> dict[int, str]:
    """A file name for each asked actor's workbook, named for it and unique in the folder."""
    taken: set[str] = set()
    found: dict[int, str] = {}
    for question in questions:
        assert question.actor.id is not None
        stem = _UNSAFE.sub(" ", question.actor.name).strip(" .")[:80].strip() or "actor"
        name = f"{stem}.xlsx"
        if name.casefold() in taken:
            name = f"{stem} ({question.actor.id}).xlsx"
        taken.add(name.casefold())
        found[question.actor.id] = name
    return found


def words(translate: Translate | None) -> dict[str, str]:
    """The answer words of the drop-downs, by what they mean, in the workbook's language."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text) if translate is not None else text

    return {
        "yes": tr(YES),
        "no": tr(NO),
        "confirm": tr(STILL_TRUE),
        "change": tr(CHANGED),
        "end": tr(ENDED),
    }


def label_of(terms: tuple[Term, ...], code: str, language: str) -> str:
    """The label of ``code`` among ``terms`` in ``language``."""
    for term in terms:
        if term.code == code:
            return term.label(language)
    return code


def due_text(due: date | None, language: str) -> str:
    """A deadline as people of ``language`` write it."""
    if due is None:
        return ""
    if language in ("fi", "sv"):  # Swedish in Finland writes dates as Finnish does
        return f"{due.day}.{due.month}.{due.year}"
    return due.isoformat()
