"""A candidate consortium against a programme's rules, rule by rule.

:func:`check_consortium` says for each rule whether it is met, in a sentence with the
partners it concerns. Every sentence is an English template marked for translation with the
values that fill it (:mod:`.messages`); the app shows :data:`CHECK_THE_CALL` with
every check, as the rules are a summary kept by hand.

Who counts: a partner's ``role`` is coordinator, partner, associated or subcontractor. Only
coordinators and partners (the beneficiaries) count toward a rule unless the rule names
other roles, so an associated partner adds no country to a Horizon Europe consortium.
Country codes are compared in capitals, with spaces trimmed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date

from aspdesk.analysis.consortium import messages as say
from aspdesk.analysis.consortium.messages import Sentence, Translate
from aspdesk.analysis.consortium.rules import ROLES, Programme, Rule
from aspdesk.domain.entities import Actor
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary

CountryName = Callable[[str], str]
CLUSTER_WEIGHT = 0.5
_PIC = re.compile(r"\d{9}")


@record
class Partner:
    """An actor in a candidate consortium, in one role.

    ``country`` is an ISO 3166-1 alpha-2 code; ``pic`` the Participant Identification Code
    of the EU Funding & Tenders Portal ("" when not known); ``name`` names it in sentences.
    """

    actor_id: int
    country: str = ""
    kind: str = ""
    pic: str = ""
    role: str = "partner"
    name: str = ""

    @property
    def label(self) -> str:
        """The name, or the actor id when the partner has no name."""
        return self.name or f"#{self.actor_id}"


def partner_from_actor(actor: Actor, role: str = "partner", pic: str | None = None) -> Partner:
    """``actor`` as a partner in ``role``; its PIC is ``pic`` or else the actor's own, if any."""
    if actor.id is None:
        raise ValueError("an actor that has not been stored cannot be a partner")
    own = str(getattr(actor, "pic", "") or "")
    return Partner(
        actor.id,
        actor.country.strip().upper(),
        actor.kind,
        (own if pic is None else pic).strip(),
        role,
        actor.display_name,
    )


@record
class RuleResult:
    """What one rule says about a consortium.

    ``message`` is an English template marked for translation in the "consortium" context,
    filled by ``values``; ``details`` are further sentences (partners not counted, partners
    allowed only on a condition); ``description`` is the rule's own text from its file in
    the language asked for; ``actor_ids`` are the partners the answer concerns.
    """

    rule: Rule
    met: bool
    message: str
    values: Mapping[str, str] = field(default_factory=dict)
    actor_ids: tuple[int, ...] = ()
    description: str = ""
    details: tuple[Sentence, ...] = ()

    @property
    def sentence(self) -> Sentence:
        """The message with its values."""
        return Sentence(self.message, self.values)

    def text(self, translate: Translate | None = None) -> str:
        """The message and its details, translated when ``translate`` is given."""
        return " ".join(s.text(translate) for s in (self.sentence, *self.details))


class Words:
    """Names of countries, country sets and actor kinds in the language asked for."""

    def __init__(
        self,
        programme: Programme,
        language: str,
        country_name: CountryName | None,
        kind_labels: Mapping[str, str] | None,
    ) -> None:
        self.programme = programme
        self.language = language
        self.country_name = country_name or str
        labels = {t.code: t.label(language) for t in BUILTIN_TERMS[Vocabulary.ACTOR_KIND]}
        self.kind_labels = {**labels, **(kind_labels or {})}

    def country(self, code: str) -> str:
        return self.country_name(code) if code else "?"

    def countries(self, codes: Iterable[str]) -> str:
        return ", ".join(sorted((self.country(c) for c in set(codes)), key=str.casefold))

    def allowed(self, entries: Sequence[str]) -> str:
        named = (self.programme.country_set(e) for e in entries)
        return "; ".join(
            s.name.get(self.language) if s else self.country(e)
            for e, s in zip(entries, named, strict=True)
        )

    def kinds(self, kinds: Iterable[str]) -> str:
        return ", ".join(self.kind_labels.get(k, k) for k in kinds)


def _names(partners: Iterable[Partner]) -> str:
    return ", ".join(p.label for p in partners)


def _ids(partners: Iterable[Partner]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(p.actor_id for p in partners))


def counted_partners(rule: Rule, partners: Sequence[Partner]) -> list[Partner]:
    """The partners whose role counts toward ``rule``, each actor once."""
    seen: dict[int, Partner] = {}
    for partner in partners:
        if partner.role in rule.roles:
            seen.setdefault(partner.actor_id, partner)
    return list(seen.values())


def _not_counted(rule: Rule, partners: Sequence[Partner]) -> tuple[Sentence, ...]:
    left = [p for p in partners if p.role not in rule.roles]
    return (Sentence(say.NOT_COUNTED, {"names": _names(left)}),) if left else ()


def _no_country(partners: Sequence[Partner]) -> tuple[Sentence, ...]:
    missing = [p for p in partners if not p.country]
    return (Sentence(say.NO_COUNTRY, {"names": _names(missing)}),) if missing else ()


# --- the rule kinds ------------------------------------------------------------------------

Check = Callable[[Rule, Sequence[Partner], Words], RuleResult]


def _result(
    rule: Rule,
    met: bool,
    message: str,
    words: Words,
    concerned: Iterable[Partner] = (),
    details: Iterable[Sentence] = (),
    **values: object,
) -> RuleResult:
    return RuleResult(
        rule,
        met,
        message,
        {k: str(v) for k, v in values.items()},
        _ids(concerned),
        rule.description.get(words.language),
        tuple(details),
    )


def _min_partners(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    met = len(counted) >= rule.count
    return _result(
        rule,
        met,
        say.PARTNERS,
        words,
        counted,
        () if met else _not_counted(rule, partners),
        count=len(counted),
        least=rule.count,
    )


def _min_countries(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    allowed = words.programme.resolve(rule.countries) if rule.countries else None
    inside = [p for p in counted if p.country and (allowed is None or p.country in allowed)]
    outside = [p for p in counted if p.country and allowed is not None and p.country not in allowed]
    countries = {p.country for p in inside}
    met = len(countries) >= rule.count
    message = say.COUNTRIES if countries else say.COUNTRIES_NONE
    label = words.allowed(rule.countries)
    details: list[Sentence] = []
    if outside:
        details.append(Sentence(say.OUTSIDE_SET, {"allowed": label, "names": _names(outside)}))
    details += _no_country(counted)
    if not met:
        details += _not_counted(rule, partners)
    return _result(
        rule,
        met,
        message,
        words,
        inside if met else [*inside, *outside],
        details,
        count=len(countries),
        least=rule.count,
        countries=words.countries(countries),
        allowed=label,
    )


def _countries_allowed(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    allowed = words.programme.resolve(rule.countries)
    label = words.allowed(rule.countries)
    missing = [p for p in counted if not p.country]
    outside: list[Partner] = []
    on_condition: dict[int, list[Partner]] = defaultdict(list)
    for partner in counted:
        if not partner.country or partner.country in allowed:
            continue
        for index, exception in enumerate(rule.exceptions):
            if partner.country in words.programme.resolve(exception.countries):
                on_condition[index].append(partner)
                break
        else:
            outside.append(partner)
    details = [
        Sentence(
            say.ON_CONDITION,
            {
                "names": _names(group),
                "condition": rule.exceptions[index].condition.get(words.language),
            },
        )
        for index, group in sorted(on_condition.items())
    ]
    if outside:
        details[:0] = _no_country(counted)
        message, concerned = say.ALLOWED_UNMET, outside
    elif missing:
        message, concerned = say.NO_COUNTRY, missing
    else:
        message = say.ALLOWED_MET
        concerned = [p for group in on_condition.values() for p in group]
    return _result(
        rule,
        not outside and not missing,
        message,
        words,
        concerned,
        details,
        allowed=label,
        names=_names(concerned),
    )


def _min_in_set(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    allowed = words.programme.resolve(rule.countries)
    inside = [p for p in counted if p.country in allowed]
    met = len(inside) >= rule.count
    return _result(
        rule,
        met,
        say.IN_SET if inside else say.IN_SET_NONE,
        words,
        inside,
        () if met else (*_no_country(counted), *_not_counted(rule, partners)),
        allowed=words.allowed(rule.countries),
        count=len(inside),
        least=rule.count,
        names=_names(inside),
    )


def _kind_required(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    matching = [p for p in counted if p.kind in rule.kinds]
    met = len(matching) >= rule.count
    return _result(
        rule,
        met,
        say.KIND if matching else say.KIND_NONE,
        words,
        matching,
        () if met else _not_counted(rule, partners),
        kinds=words.kinds(rule.kinds),
        count=len(matching),
        least=rule.count,
        names=_names(matching),
    )


def _coordinator_in(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    coordinators = [p for p in partners if p.role == "coordinator"]
    label = words.allowed(rule.countries)
    if not coordinators:
        return _result(rule, False, say.COORDINATOR_NONE, words, allowed=label)
    allowed = words.programme.resolve(rule.countries)
    outside = [p for p in coordinators if p.country not in allowed]
    shown = (outside or coordinators)[0]
    many = [Sentence(say.COORDINATORS_MANY, {"names": _names(coordinators)})]
    return _result(
        rule,
        not outside,
        say.COORDINATOR_OUTSIDE if outside else say.COORDINATOR_MET,
        words,
        outside or coordinators,
        many if len(coordinators) > 1 else (),
        name=shown.label,
        country=words.country(shown.country),
        allowed=label,
    )


def _pic_required(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    counted = counted_partners(rule, partners)
    missing = [p for p in counted if not p.pic.strip()]
    malformed = [
        p for p in counted if p.pic.strip() and not _PIC.fullmatch(re.sub(r"\s", "", p.pic))
    ]
    if not counted:  # "every partner has a PIC" would be true of nobody, and misleading
        return _result(rule, False, say.PIC_NOBODY, words, [], [])
    if missing:
        message, names = say.PIC_MISSING, _names(missing)
    elif malformed:
        message, names = say.PIC_MALFORMED, _names(malformed)
    else:
        message, names = say.PIC_MET, ""
    details = (
        [Sentence(say.PIC_MALFORMED, {"names": _names(malformed)})] if missing and malformed else []
    )
    return _result(
        rule,
        not missing and not malformed,
        message,
        words,
        [*missing, *malformed],
        details,
        names=names,
    )


CHECKS: dict[str, Check] = {
    "min_partners": _min_partners,
    "min_countries": _min_countries,
    "countries_allowed": _countries_allowed,
    "min_in_set": _min_in_set,
    "kind_required": _kind_required,
    "coordinator_in": _coordinator_in,
    "pic_required": _pic_required,
}


def check_consortium(
    programme: Programme,
    partners: Sequence[Partner],
    language: str = "en",
    *,
    country_name: CountryName | None = None,
    kind_labels: Mapping[str, str] | None = None,
) -> list[RuleResult]:
    """Each rule of ``programme`` against the consortium ``partners``, in the file's order.

    ``language`` picks the file's own texts (rule descriptions, country-set names) and the
    built-in kind labels; ``country_name`` names a country code in sentences (the code
    itself by default), ``kind_labels`` overrides kind labels (a map's own vocabulary).
    A programme without rules gives no results: nothing to meet (see :func:`verdict`).
    """
    for partner in partners:
        if partner.role not in ROLES:
            raise ValueError(f"unknown partner role {partner.role!r}")
    normal = [replace(p, country=p.country.strip().upper()) for p in partners]
    words = Words(programme, language, country_name, kind_labels)
    return [_check(rule, normal, words) for rule in programme.rules]


def _check(rule: Rule, partners: Sequence[Partner], words: Words) -> RuleResult:
    if rule.only_if_kinds and not any(
        p.kind in rule.only_if_kinds for p in counted_partners(rule, partners)
    ):
        return _result(rule, True, say.DOES_NOT_APPLY, words, kinds=words.kinds(rule.only_if_kinds))
    return CHECKS[rule.kind](rule, partners, words)


def all_met(results: Iterable[RuleResult]) -> bool:
    """Whether every rule is met (trivially so when there are no rules)."""
    return all(r.met for r in results)


def verdict(programme: Programme, results: Sequence[RuleResult], language: str = "en") -> Sentence:
    """One sentence over all results: no rules, all met, or how many are not met."""
    name = programme.name.get(language)
    if not results:
        return Sentence(say.NO_RULES, {"programme": name})
    unmet = sum(not r.met for r in results)
    if not unmet:
        return Sentence(say.ALL_MET, {"programme": name, "count": str(len(results))})
    return Sentence(
        say.SOME_UNMET, {"programme": name, "unmet": str(unmet), "count": str(len(results))}
    )


def checked_sentence(
    programme: Programme, language: str = "en", date_text: Callable[[date], str] = date.isoformat
) -> Sentence:
    """When the programme's rules were last checked against their sources."""
    return Sentence(
        say.RULES_CHECKED_ON,
        {"programme": programme.name.get(language), "date": date_text(programme.checked)},
    )
