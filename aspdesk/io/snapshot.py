"""A whole map as plain values: what exporters write and importers read.

Exporters take a :class:`MapSnapshot` and never touch the map file; the app layer builds the
snapshot from an open map (``aspdesk.app.exchange``) and, for a backup, restores one into an
empty map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aspdesk.domain.entities import Actor, Cluster, Contact, Membership, Relationship
from aspdesk.domain.vocabulary import Term, Vocabulary


@dataclass(frozen=True)
class MapSnapshot:
    """Everything a map holds, each list in id order."""

    name: str
    terms: dict[Vocabulary, tuple[Term, ...]] = field(default_factory=dict)
    actors: tuple[Actor, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    contacts: tuple[Contact, ...] = ()
    memberships: tuple[Membership, ...] = ()
    relationships: tuple[Relationship, ...] = ()

    def label(self, vocabulary: Vocabulary, code: str, language: str) -> str:
        """The label of ``code`` in ``language``, or the code when the map does not know it."""
        for term in self.terms.get(vocabulary, ()):
            if term.code == code:
                return term.label(language)
        return code
