"""The thresholds and mappings of the cluster health check, in one place, as data.

The app keeps a :class:`HealthRules` as a plain dict (:meth:`HealthRules.to_dict`) and lets
the user change it; :meth:`HealthRules.from_dict` reads it back, taking the default for a
missing key and refusing a value of the wrong kind.

Every rule says where it comes from (:data:`SOURCES`, :meth:`HealthRules.source_of`), and
the findings, the report and the rules dialog say it too:

- The *parts of the cluster model* are the seven of the Arctic Smartness Portfolio's model
  (2015; the seed article): companies that want to grow, public and private funders,
  development and business-support services, research and education, the third sector,
  international links, authorities. Each part counts the members of some actor kinds and
  the members holding some roles (:class:`ModelPart`), decided per part: a part that names
  a kind of organisation counts the kind, since an organisation brings what it is whatever
  its role (an authority acting as the coordinator still brings an authority); a part that
  names a task counts the role (a Finnish member may be the cluster's international link,
  and members from abroad are counted by the international check anyway); funders and
  support services count either, as authorities and chambers fund and support by role.
- *Committed members* (at least 15) and *helices* (at least two of business, research and
  education, public sector) are the European Cluster Collaboration Platform's validation
  criteria for a cluster organisation's profile.
- How long a tie may go unchecked and the share of paths that makes a broker are aspdesk's
  own defaults, editable in Cluster health rules.

A value the user changed is "your own rule" instead of its default's source.

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
from dataclasses import fields
from typing import Any, TypeVar

from aspdesk.domain.json_shape import as_int, as_number, as_object, as_text, list_of
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP

T = TypeVar("T")

HEALTH_CONTEXT = "health"

HELICES = ("business", "research", "public")

# helix code -> English label, translated in the "health" context by the UI.
HELIX_NAMES: dict[str, str] = {
    "business": QT_TRANSLATE_NOOP("health", "business"),
    "research": QT_TRANSLATE_NOOP("health", "research and education"),
    "public": QT_TRANSLATE_NOOP("health", "public sector"),
}

# Where a rule comes from: code -> what a finding says, translated in the "health" context.
SOURCES: dict[str, str] = {
    "eccp": QT_TRANSLATE_NOOP(
        "health", "the European Cluster Collaboration Platform's cluster profile"
    ),
    "cluster_model": QT_TRANSLATE_NOOP(
        "health", "the Arctic Smartness Portfolio's cluster model of 2015"
    ),
    "default": QT_TRANSLATE_NOOP("health", "aspdesk's default, editable in Cluster health rules"),
    "user": QT_TRANSLATE_NOOP("health", "your own rule in Cluster health rules"),
}
# The source of each default, by the name of the rule (a field of HealthRules).
DEFAULT_SOURCES: dict[str, str] = {
    "min_members": "eccp",
    "min_helices": "eccp",
    "stale_after_days": "default",
    "broker_share": "default",
    "model_parts": "cluster_model",
}


@record
class ModelPart:
    """One part of the cluster model: which members bring it to a cluster.

    ``code`` names the part (the cluster role of the same name); a member counts when its
    actor is of one of ``kinds`` or it holds one of ``roles`` in the cluster.
    """

    code: str
    kinds: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def counts(self, kind: str, roles: set[str] | frozenset[str]) -> bool:
        """Whether a member of ``kind`` holding ``roles`` brings this part."""
        return kind in self.kinds or not roles.isdisjoint(self.roles)


MODEL_PARTS = (
    ModelPart("member_company", kinds=("company",)),
    ModelPart("funder", kinds=("funder",), roles=("funder",)),
    ModelPart("support_service", kinds=("development",), roles=("support_service",)),
    ModelPart("research_partner", kinds=("research",)),
    ModelPart("third_sector_partner", kinds=("third_sector",)),
    ModelPart("international_link", roles=("international_link",)),
    ModelPart("authority", kinds=("authority",)),
)
MODEL_ROLES = tuple(part.code for part in MODEL_PARTS)


@record
class HealthRules:
    """What the health check asks of a cluster.

    ``min_members``: committed members (distinct actors with a membership active today).
    ``min_helices``: how many of the three helices the members must cover.
    ``stale_after_days``: a relationship not checked (``last_verified``) for longer is stale.
    ``broker_share``: an actor on at least this share of the shortest paths between member
    companies and research members is a broker the cluster depends on.
    ``model_parts``: the parts of the cluster model, in the order they are reported.
    ``kind_helices`` and ``role_helices``: (code, helix) pairs; see the module.
    ``home_country``: actors elsewhere count as international links.
    """

    min_members: int = 15
    min_helices: int = 2
    stale_after_days: int = 730
    broker_share: float = 0.5
    model_parts: tuple[ModelPart, ...] = MODEL_PARTS
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
        empty = [p.code for p in self.model_parts if not p.kinds and not p.roles]
        if empty:
            problems.append(f"model parts count no kind and no role: {', '.join(empty)}")
        if problems:
            raise ValueError("; ".join(problems))

    def helices_of(self, kind: str, roles: set[str] | frozenset[str]) -> set[str]:
        """The helices of a member of ``kind`` holding ``roles``."""
        found = {h for code, h in self.kind_helices if code == kind}
        found |= {h for code, h in self.role_helices if code in roles}
        return found

    def source_of(self, rule: str) -> str:
        """Where the rule named ``rule`` (a field) comes from, as a key of :data:`SOURCES`:
        its default's source while it has the default value, else "user"."""
        if getattr(self, rule) != getattr(_DEFAULTS, rule):
            return "user"
        return DEFAULT_SOURCES.get(rule, "default")

    def to_dict(self) -> dict[str, Any]:
        """The rules as plain values (lists and dicts), for settings and files."""
        return {
            "min_members": self.min_members,
            "min_helices": self.min_helices,
            "stale_after_days": self.stale_after_days,
            "broker_share": self.broker_share,
            "model_parts": {
                p.code: {"kinds": list(p.kinds), "roles": list(p.roles)} for p in self.model_parts
            },
            "kind_helices": dict(self.kind_helices),
            "role_helices": dict(self.role_helices),
            "home_country": self.home_country,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HealthRules:
        """Rules from :meth:`to_dict`'s form; defaults for missing keys, unknown keys ignored.

        ``model_roles``, a list of role codes kept by earlier versions, is read as the
        default parts of those codes (a code without one counts its role only).
        Raises ValueError when a value is of the wrong kind or out of range.
        """
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "model_roles" and "model_parts" not in data:
                defaults = {p.code: p for p in MODEL_PARTS}
                values["model_parts"] = tuple(
                    defaults.get(code, ModelPart(code, roles=(code,)))
                    for code in _codes(key, value)
                )
            if key not in known:
                continue
            if key in ("min_members", "min_helices", "stale_after_days"):
                values[key] = _wanted(as_int(value), f"{key} must be a whole number")
            elif key == "broker_share":
                values[key] = _wanted(as_number(value), f"{key} must be a number")
            elif key == "model_parts":
                values[key] = _parts(value)
            elif key in ("kind_helices", "role_helices"):
                helices = _wanted(as_object(value), f"{key} must map codes to helices")
                values[key] = tuple(
                    zip(
                        _codes(key, list(helices)), _codes(key, list(helices.values())), strict=True
                    )
                )
            elif key == "home_country":
                country = _wanted(as_text(value), f"{key} must be a country code")
                values[key] = country.strip().upper()
        return cls(**values)


_DEFAULTS = HealthRules()


def _parts(value: object) -> tuple[ModelPart, ...]:
    wrong = "model_parts must map part codes to kinds and roles"
    parts = []
    for code, counted in _wanted(as_object(value), wrong).items():
        kinds_and_roles = _wanted(as_object(counted), wrong)
        parts.append(
            ModelPart(
                _wanted(as_text(code), wrong),
                _codes("model_parts", kinds_and_roles.get("kinds", [])),
                _codes("model_parts", kinds_and_roles.get("roles", [])),
            )
        )
    return tuple(parts)


def _wanted(value: T | None, problem: str) -> T:
    """``value``, read as the type wanted; None (it is not) raises ValueError(problem)."""
    if value is None:
        raise ValueError(problem)
    return value


def _codes(key: str, value: object) -> tuple[str, ...]:
    return _wanted(list_of(value, as_text), f"{key} must be a list of codes")
