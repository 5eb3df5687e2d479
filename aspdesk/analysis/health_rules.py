"""The thresholds and mappings of the cluster health check, in one place, as data.

The app keeps a :class:`HealthRules` as a plain dict (:meth:`HealthRules.to_dict`) and lets
the user change it; :meth:`HealthRules.from_dict` reads it back, taking the default for a
missing key and refusing a value of the wrong kind.

The defaults come from two sources. The roles are the seven parts of the cluster model of the
Arctic Smartness Portfolio (2015): companies that want to grow, public and private funders,
development and business-support services, research and education, the third sector,
international links, authorities. The numbers follow what the European Cluster Collaboration
Platform asks of a cluster profile: at least 15 committed members from at least two helices
(business, research and education, public sector).

Which helix a member belongs to comes from its actor kind and from its roles in the cluster;
a member may count for several. By default companies and member companies are business;
research organisations and research partners are research and education; authorities and
funders are public sector (most funders of Lapland's clusters are public: the Regional
Council, ELY Centre, Business Finland; a private funder can be re-mapped). Development
companies, third-sector and international actors are left out of the helices: they are
intermediaries or outsiders, not one of the three.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from aspdesk.domain.text import QT_TRANSLATE_NOOP

HEALTH_CONTEXT = "health"

HELICES = ("business", "research", "public")

# helix code -> English label, translated in the "health" context by the UI.
HELIX_NAMES: dict[str, str] = {
    "business": QT_TRANSLATE_NOOP("health", "business"),
    "research": QT_TRANSLATE_NOOP("health", "research and education"),
    "public": QT_TRANSLATE_NOOP("health", "public sector"),
}

MODEL_ROLES = (
    "member_company",
    "funder",
    "support_service",
    "research_partner",
    "third_sector_partner",
    "international_link",
    "authority",
)


@dataclass(frozen=True)
class HealthRules:
    """What the health check asks of a cluster.

    ``min_members``: committed members (distinct actors with a membership active today).
    ``min_helices``: how many of the three helices the members must cover.
    ``stale_after_days``: a relationship not checked (``last_verified``) for longer is stale.
    ``broker_share``: an actor on at least this share of the shortest paths between member
    companies and research members is a broker the cluster depends on.
    ``model_roles``: the roles of the cluster model, in the order they are reported.
    ``kind_helices`` and ``role_helices``: (code, helix) pairs; see the module.
    ``home_country``: actors elsewhere count as international links.
    """

    min_members: int = 15
    min_helices: int = 2
    stale_after_days: int = 730
    broker_share: float = 0.5
    model_roles: tuple[str, ...] = MODEL_ROLES
    kind_helices: tuple[tuple[str, str], ...] = (
        ("company", "business"),
        ("research", "research"),
        ("authority", "public"),
        ("funder", "public"),
    )
    role_helices: tuple[tuple[str, str], ...] = (
        ("member_company", "business"),
        ("research_partner", "research"),
        ("authority", "public"),
        ("funder", "public"),
    )
    home_country: str = "FI"

    def __post_init__(self) -> None:
        problems = []
        if self.min_members < 0:
            problems.append("min_members must be 0 or more")
        if not 0 <= self.min_helices <= len(HELICES):
            problems.append(f"min_helices must be between 0 and {len(HELICES)}")
        if self.stale_after_days < 1:
            problems.append("stale_after_days must be 1 or more")
        if not 0 < self.broker_share <= 1:
            problems.append("broker_share must be above 0 and at most 1")
        for name in ("kind_helices", "role_helices"):
            unknown = {h for _code, h in getattr(self, name)} - set(HELICES)
            if unknown:
                problems.append(f"{name} names unknown helices: {', '.join(sorted(unknown))}")
        if problems:
            raise ValueError("; ".join(problems))

    def helices_of(self, kind: str, roles: set[str] | frozenset[str]) -> set[str]:
        """The helices of a member of ``kind`` holding ``roles``."""
        found = {h for code, h in self.kind_helices if code == kind}
        found |= {h for code, h in self.role_helices if code in roles}
        return found

    def to_dict(self) -> dict[str, Any]:
        """The rules as plain values (lists and dicts), for settings and files."""
        return {
            "min_members": self.min_members,
            "min_helices": self.min_helices,
            "stale_after_days": self.stale_after_days,
            "broker_share": self.broker_share,
            "model_roles": list(self.model_roles),
            "kind_helices": dict(self.kind_helices),
            "role_helices": dict(self.role_helices),
            "home_country": self.home_country,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HealthRules:
        """Rules from :meth:`to_dict`'s form; defaults for missing keys, unknown keys ignored.

        Raises ValueError when a value is of the wrong kind or out of range.
        """
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("min_members", "min_helices", "stale_after_days"):
                values[key] = _integer(key, value)
            elif key == "broker_share":
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"{key} must be a number")
                values[key] = float(value)
            elif key == "model_roles":
                values[key] = tuple(_strings(key, value))
            elif key in ("kind_helices", "role_helices"):
                if not isinstance(value, Mapping):
                    raise ValueError(f"{key} must map codes to helices")
                values[key] = tuple(
                    zip(_strings(key, value.keys()), _strings(key, value.values()), strict=True)
                )
            elif key == "home_country":
                if not isinstance(value, str):
                    raise ValueError(f"{key} must be a country code")
                values[key] = value.strip().upper()
        return cls(**values)


def _integer(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be a whole number")
    return value


def _strings(key: str, value: object) -> list[str]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise ValueError(f"{key} must be a list of codes")
    items = list(value)
    if not all(isinstance(item, str) for item in items):
        raise ValueError(f"{key} must be a list of codes")
    return items
