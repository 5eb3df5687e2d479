"""The columns of the tables: header, shown text and sort key of every entity type.

Numbers sort as numbers and codes in their vocabulary's order (a project's status from
idea to closed, a partner's role from coordinator to subcontractor), not as text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aspdesk.app.document import Document
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import EntityType, ProjectPartner, format_tags
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.ui.forms.amounts import format_amount, format_percent
from aspdesk.ui.forms.naming import project_name


@record
class Names:
    """What a cell may need besides its own entity: labels and other entities' names."""

    document: Document

    def actor(self, actor_id: int | None) -> str:
        """The display name of an actor."""
        return self.document.index.name(EntityType.ACTOR, actor_id, self.document.language)

    def cluster(self, cluster_id: int | None) -> str:
        """The display name of a cluster."""
        return self.document.index.name(EntityType.CLUSTER, cluster_id, self.document.language)

    def project(self, project_id: int | None) -> str:
        """The short name of a project (its acronym, else its name)."""
        return project_name(self.document, project_id)

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        """The label of a code in the UI language."""
        return self.document.label(vocabulary, code)

    def term_order(self, vocabulary: Vocabulary, code: str) -> tuple[int, str]:
        """A sort key putting codes in the vocabulary's order (unknown codes last)."""
        codes = [term.code for term in self.document.terms(vocabulary)]
        return (codes.index(code) if code in codes else len(codes), code)

    def date(self, value: Any) -> str:
        """A date as the UI language writes it."""
        return format_date(value, self.document.language)

    def amount(self, value: float | None) -> str:
        """Euros grouped as the UI language writes them."""
        return format_amount(value, self.document.language)

    def percent(self, value: float | None) -> str:
        """A share in per cent as the UI language writes it."""
        return format_percent(value, self.document.language)

    def partners(self, project_id: int | None) -> list[ProjectPartner]:
        """The partners of a project, in the order they were added."""
        return self.document.index.partners_of(project_id)

    def lead_partner(self, project_id: int | None) -> str:
        """The name of a project's coordinator (lead partner), or ""."""
        for partner in self.partners(project_id):
            if partner.role == "coordinator":
                return self.actor(partner.actor_id)
        return ""

    def clusters(self, cluster_ids: tuple[int, ...]) -> str:
        """The names of the clusters in the map among ``cluster_ids``, comma-separated."""
        names = (self.cluster(cluster_id) for cluster_id in cluster_ids)
        return ", ".join(name for name in names if name)


@record
class Column:
    """A table column: its translatable header, shown text and (optional) sort key.

    ``width`` is a width in letters "M" (None: the table's default), and ``numeric``
    aligns the text right, as figures are read.
    """

    header: str
    text: Callable[[Names, Any], str]
    sort: Callable[[Names, Any], Any] | None = None
    width: int | None = None
    numeric: bool = False


def _date_column(header: str, attribute: str, width: int | None = None) -> Column:
    return Column(
        header,
        lambda n, e: n.date(getattr(e, attribute)),
        lambda n, e: str(getattr(e, attribute) or ""),
        width,
    )


def _number_key(value: float | int | None) -> tuple[bool, float]:
    """Numbers in order, empty cells after them."""
    return (value is None, float(value or 0))


def _amount_column(header: str, attribute: str) -> Column:
    return Column(
        header,
        lambda n, p: n.amount(getattr(p, attribute)),
        lambda n, p: _number_key(getattr(p, attribute)),
        width=10,
        numeric=True,
    )


def _vocab_column(header: str, vocabulary: Vocabulary, attribute: str, width: int) -> Column:
    return Column(
        header,
        lambda n, e: n.label(vocabulary, getattr(e, attribute)),
        lambda n, e: n.term_order(vocabulary, getattr(e, attribute)),
        width,
    )


COLUMNS: dict[EntityType, tuple[Column, ...]] = {
    EntityType.ACTOR: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, a: a.name_in(n.document.language)),
        Column(QT_TRANSLATE_NOOP("tables", "Short name"), lambda n, a: a.short_name),
        Column(
            QT_TRANSLATE_NOOP("tables", "Kind"),
            lambda n, a: n.label(Vocabulary.ACTOR_KIND, a.kind),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Municipality"), lambda n, a: a.municipality),
        Column(QT_TRANSLATE_NOOP("tables", "Country"), lambda n, a: a.country),
        Column(QT_TRANSLATE_NOOP("tables", "Business ID"), lambda n, a: a.business_id),
        Column(QT_TRANSLATE_NOOP("tables", "Tags"), lambda n, a: format_tags(a.tags)),
    ),
    EntityType.CLUSTER: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, c: c.name_in(n.document.language)),
        Column(QT_TRANSLATE_NOOP("tables", "Short name"), lambda n, c: c.short_name),
        Column(QT_TRANSLATE_NOOP("tables", "Theme"), lambda n, c: c.theme),
        Column(
            QT_TRANSLATE_NOOP("tables", "Coordinator"),
            lambda n, c: n.actor(c.coordinator_id),
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Start"), "start_date"),
    ),
    EntityType.RELATIONSHIP: (
        Column(QT_TRANSLATE_NOOP("tables", "From"), lambda n, r: n.actor(r.source_id)),
        Column(QT_TRANSLATE_NOOP("tables", "To"), lambda n, r: n.actor(r.target_id)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Type"),
            lambda n, r: n.label(Vocabulary.RELATION_TYPE, r.type),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Directed"), lambda n, r: "→" if r.directed else ""),
        Column(
            QT_TRANSLATE_NOOP("tables", "Strength"),
            lambda n, r: str(r.strength),
            lambda n, r: r.strength,
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Last verified"), "last_verified"),
    ),
    EntityType.CONTACT: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, c: c.name),
        Column(QT_TRANSLATE_NOOP("tables", "Title"), lambda n, c: c.title),
        Column(QT_TRANSLATE_NOOP("tables", "Email"), lambda n, c: c.email),
        Column(QT_TRANSLATE_NOOP("tables", "Phone"), lambda n, c: c.phone),
    ),
    EntityType.MEMBERSHIP: (
        Column(QT_TRANSLATE_NOOP("tables", "Actor"), lambda n, m: n.actor(m.actor_id)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Cluster"),
            lambda n, m: n.cluster(m.cluster_id),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Role"),
            lambda n, m: n.label(Vocabulary.CLUSTER_ROLE, m.role),
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Since"), "since"),
        _date_column(QT_TRANSLATE_NOOP("tables", "Until"), "until"),
    ),
    # What a coordinator scans a portfolio for: which project, how far it got, how much
    # money, when, who leads it and with how many, and which clusters it serves.
    EntityType.PROJECT: (
        Column(QT_TRANSLATE_NOOP("tables", "Acronym"), lambda n, p: p.acronym, width=8),
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, p: p.name, width=20),
        _vocab_column(
            QT_TRANSLATE_NOOP("tables", "Status"), Vocabulary.PROJECT_STATUS, "status", 9
        ),
        _vocab_column(
            QT_TRANSLATE_NOOP("tables", "Programme"), Vocabulary.PROGRAMME, "programme", 14
        ),
        _amount_column(QT_TRANSLATE_NOOP("tables", "Budget (€)"), "budget"),
        _amount_column(QT_TRANSLATE_NOOP("tables", "Grant (€)"), "grant"),
        _date_column(QT_TRANSLATE_NOOP("tables", "Start"), "start_date", 7),
        _date_column(QT_TRANSLATE_NOOP("tables", "End"), "end_date", 7),
        Column(
            QT_TRANSLATE_NOOP("tables", "Partners"),
            lambda n, p: str(len(n.partners(p.id))),
            lambda n, p: len(n.partners(p.id)),
            width=6,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Lead partner"),
            lambda n, p: n.lead_partner(p.id),
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Clusters"),
            lambda n, p: n.clusters(p.cluster_ids),
            width=16,
        ),
    ),
    EntityType.PROJECT_PARTNER: (
        Column(QT_TRANSLATE_NOOP("tables", "Project"), lambda n, pp: n.project(pp.project_id)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Organisation"),
            lambda n, pp: n.actor(pp.actor_id),
            width=20,
        ),
        _vocab_column(QT_TRANSLATE_NOOP("tables", "Role"), Vocabulary.PARTNER_ROLE, "role", 12),
        Column(
            QT_TRANSLATE_NOOP("tables", "Share (%)"),
            lambda n, pp: n.percent(pp.budget_share),
            lambda n, pp: _number_key(pp.budget_share),
            width=6,
            numeric=True,
        ),
    ),
}
