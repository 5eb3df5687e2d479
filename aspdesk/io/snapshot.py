"""A whole map as plain values: what exporters write and importers read.

Exporters take a :class:`MapSnapshot` and never touch the map file; the app layer builds the
snapshot from an open map (``aspdesk.app.exchange``) and, for a backup, restores one into an
empty map.
"""

from __future__ import annotations

from dataclasses import field, replace
from typing import Any, TypeVar, cast

from aspdesk.domain.changes import History
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.privacy import PERSONAL_FIELDS
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary

E = TypeVar("E", Actor, Membership, Relationship, Project)


@record
class MapSnapshot:
    """Everything a map holds, each list in id order (``views`` in list order)."""

    name: str
    terms: dict[Vocabulary, tuple[Term, ...]] = field(default_factory=dict)
    actors: tuple[Actor, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    contacts: tuple[Contact, ...] = ()
    memberships: tuple[Membership, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    projects: tuple[Project, ...] = ()
    project_partners: tuple[ProjectPartner, ...] = ()
    views: tuple[SavedView, ...] = ()
    surveys: tuple[SurveyRound, ...] = ()  # in id order
    # The map's change log, when asked for (a JSON backup "with history"), oldest first.
    history: History = ()

    def entities(self) -> dict[EntityType, tuple[Entity, ...]]:
        """The entities of each type, in id order."""
        return {
            EntityType.ACTOR: self.actors,
            EntityType.CLUSTER: self.clusters,
            EntityType.CONTACT: self.contacts,
            EntityType.MEMBERSHIP: self.memberships,
            EntityType.RELATIONSHIP: self.relationships,
            EntityType.PROJECT: self.projects,
            EntityType.PROJECT_PARTNER: self.project_partners,
        }

    def label(self, vocabulary: Vocabulary, code: str, language: str) -> str:
        """The label of ``code`` in ``language``, or the code when the map does not know it."""
        for term in self.terms.get(vocabulary, ()):
            if term.code == code:
                return term.label(language)
        return code


def without_personal_data(snapshot: MapSnapshot) -> MapSnapshot:
    """``snapshot`` with no contact persons and the personal fields of others emptied
    (see :mod:`aspdesk.domain.privacy`), for an export made in workshop-safe mode."""

    def blank(entity: E) -> E:
        fields = PERSONAL_FIELDS[entity.entity_type]
        if not fields:
            return entity
        return cast(E, replace(cast(Any, entity), **{name: "" for name in fields}))

    return replace(
        snapshot,
        actors=tuple(blank(a) for a in snapshot.actors),
        contacts=(),
        memberships=tuple(blank(m) for m in snapshot.memberships),
        relationships=tuple(blank(r) for r in snapshot.relationships),
        projects=tuple(blank(p) for p in snapshot.projects),
    )
