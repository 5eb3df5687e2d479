"""The sentences of the cluster health check, as English templates marked for translation.

Each is translated in the "health" context and then filled with a finding's ``values``
(see :meth:`aspdesk.analysis.health.Finding.text`). A finding that lists actors has three
forms: one actor, several, and more than fit (the first few named, then "and N more").
``{source}`` is where the rule behind a finding comes from (a text of
:data:`aspdesk.analysis.health_rules.SOURCES`), translated and filled in the same way.
"""

from __future__ import annotations

from typing import NamedTuple

from aspdesk.domain.text import QT_TRANSLATE_NOOP


class Listed(NamedTuple):
    """The three forms of a sentence that names actors: one, several, and too many to name."""

    one: str
    many: str
    more: str


NO_MEMBERS = QT_TRANSLATE_NOOP("health", "The cluster has no committed members yet.")
FEW_MEMBERS_ONE = QT_TRANSLATE_NOOP(
    "health",
    "The cluster has only one committed member; {source} asks for at least {least}.",
)
FEW_MEMBERS = QT_TRANSLATE_NOOP(
    "health",
    "The cluster has {count} committed members; {source} asks for at least {least}.",
)
ENOUGH_MEMBERS = QT_TRANSLATE_NOOP(
    "health",
    "The cluster has {count} committed members; {source} asks for at least {least}.",
)
NO_HELICES = QT_TRANSLATE_NOOP(
    "health",
    "No member belongs to the business, research and education or public-sector helix; "
    "{source} asks for at least {least} of them.",
)
FEW_HELICES = QT_TRANSLATE_NOOP(
    "health",
    "Members come from {count} of the three helices ({helices}); {source} asks "
    "for at least {least}.",
)
ENOUGH_HELICES = QT_TRANSLATE_NOOP(
    "health",
    "Members come from {count} of the three helices ({helices}); {source} asks "
    "for at least {least}.",
)

# A part of the cluster model that no member brings, by what the part counts: members of
# some actor kinds, holders of some roles, or either.
MISSING_KIND = QT_TRANSLATE_NOOP("health", "No member of the kind {kinds} yet ({source}).")
MISSING_ROLE = QT_TRANSLATE_NOOP("health", "No one has the role {roles} yet ({source}).")
MISSING_KIND_OR_ROLE = QT_TRANSLATE_NOOP(
    "health", "No member of the kind {kinds} and no one in the role {roles} yet ({source})."
)
PRESENT_KIND = QT_TRANSLATE_NOOP("health", "Members of the kind {kinds}: {count}.")
PRESENT_ROLE = QT_TRANSLATE_NOOP("health", "Members in the role {roles}: {count}.")
PRESENT_KIND_OR_ROLE = QT_TRANSLATE_NOOP(
    "health", "Members of the kind {kinds} or in the role {roles}: {count}."
)

RESEARCH_UNLINKED = Listed(
    QT_TRANSLATE_NOOP(
        "health", "The research and education member {names} has no ties to member companies."
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} research and education members have no ties to member companies: {names}.",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} research and education members have no ties to member companies: "
        "{names} and {more} more.",
    ),
)
RESEARCH_LINKED = QT_TRANSLATE_NOOP(
    "health", "Every research and education member has ties to member companies."
)
NO_FUNDER_TIES = QT_TRANSLATE_NOOP("health", "No funder has a tie with the cluster's members.")
FUNDER_TIES = Listed(
    QT_TRANSLATE_NOOP("health", "The funder {names} has ties with the cluster's members."),
    QT_TRANSLATE_NOOP("health", "Funders tied to the cluster's members: {names}."),
    QT_TRANSLATE_NOOP("health", "Funders tied to the cluster's members: {names} and {more} more."),
)
NO_INTERNATIONAL = QT_TRANSLATE_NOOP(
    "health",
    "The cluster has no international links: no member is from abroad, and no member has "
    "a tie to a partner abroad.",
)
INTERNATIONAL = Listed(
    QT_TRANSLATE_NOOP("health", "The cluster's international link: {names}."),
    QT_TRANSLATE_NOOP("health", "International links: {names}."),
    QT_TRANSLATE_NOOP("health", "International links: {names} and {more} more."),
)
BROKER = QT_TRANSLATE_NOOP(
    "health",
    "{name} lies on {percent}% of the shortest paths between member companies and research "
    "and education members; the cluster depends on it as a go-between (from {least}% on: "
    "{source}).",
)
NO_BROKER = QT_TRANSLATE_NOOP(
    "health",
    "No single actor lies on {least}% or more of the paths between member companies and "
    "research and education members ({source}).",
)
CUT_POINT = QT_TRANSLATE_NOOP(
    "health", "If {name} left, the cluster's network would fall apart into {parts} parts."
)
ONLY_LINK = Listed(
    QT_TRANSLATE_NOOP(
        "health", "{names} is the only link between another member and the rest of the cluster."
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} members are each the only link between another member and the rest of the "
        "cluster: {names}.",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} members are each the only link between another member and the rest of the "
        "cluster: {names} and {more} more.",
    ),
)
UNCONNECTED = Listed(
    QT_TRANSLATE_NOOP("health", "{names} has no ties to other members of the cluster."),
    QT_TRANSLATE_NOOP(
        "health", "{count} members have no ties to other members of the cluster: {names}."
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} members have no ties to other members of the cluster: {names} and {more} more.",
    ),
)
STALE_TIES = Listed(
    QT_TRANSLATE_NOOP(
        "health",
        "The relationship {names} has not been checked for over {months} months ({source}).",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} relationships have not been checked for over {months} months ({source}): {names}.",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} relationships have not been checked for over {months} months ({source}): "
        "{names} and {more} more.",
    ),
)
UNCHECKED_TIES = Listed(
    QT_TRANSLATE_NOOP("health", "The relationship {names} has never been marked as checked."),
    QT_TRANSLATE_NOOP(
        "health", "{count} relationships have never been marked as checked: {names}."
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} relationships have never been marked as checked: {names} and {more} more.",
    ),
)
TIES_CHECKED = QT_TRANSLATE_NOOP(
    "health",
    "Every relationship between members has been checked in the last {months} months ({source}).",
)
ENDED_MEMBERSHIPS = Listed(
    QT_TRANSLATE_NOOP(
        "health",
        "The membership of {names} has passed its end date; check whether it has ended.",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} memberships have passed their end date; check whether they have ended: {names}.",
    ),
    QT_TRANSLATE_NOOP(
        "health",
        "{count} memberships have passed their end date; check whether they have ended: "
        "{names} and {more} more.",
    ),
)
