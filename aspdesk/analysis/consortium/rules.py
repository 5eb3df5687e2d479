"""Funding programmes and their eligibility rules, read from data files.

Rules are data, not code: one JSON file per programme, shipped in ``resources/programmes``
and, for programmes a user adds or edits, in a user folder whose files replace shipped ones
with the same ``id``. A file carries its own Finnish and English texts (name, notes, rule
descriptions, country-set names) because users edit it and the translation tool cannot see
it. Each rule is one of a small closed vocabulary of kinds (:data:`RULE_KINDS`), evaluated
in :mod:`aspdesk.analysis.consortium.check`; its parameters come from the file:

``min_partners``       ``count``: at least that many partners count.
``min_countries``      ``count``, optional ``countries``: the counted partners come from at
                       least that many different countries (only those in ``countries``).
``countries_allowed``  ``countries``, optional ``exceptions``: every counted partner is in
                       ``countries``; a partner in an exception's countries is allowed on
                       the condition the exception states, which the user must check.
``min_in_set``         ``count``, ``countries``: at least that many counted partners there.
``kind_required``      ``kinds``, optional ``count`` (1): counted partners of those actor kinds.
``coordinator_in``     ``countries``: a partner is marked coordinator, and each one is there.
``pic_required``       every counted partner has a nine-digit Participant Identification Code.

Every kind but ``coordinator_in`` also takes ``roles``: the partner roles that count,
coordinator and partner by default. Associated partners and subcontractors are not
beneficiaries, so they count for no rule unless a file says so (Horizon Europe counts only
beneficiaries toward its three entities). A rule may say ``only_if_kinds``: it applies only
when a counted partner is of one of those kinds (Business Finland asks for three companies
once a research organisation takes part).

``countries`` lists ISO 3166-1 alpha-2 codes in capitals and the ids of country sets: the
built-in ``eu`` (:data:`aspdesk.domain.countries.EU_MEMBER_STATES`) and the sets the file
defines in ``country_sets``, each with its names, countries and source.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from aspdesk.domain.countries import EU_MEMBER_STATES
from aspdesk.domain.records import record

# The languages every programme file must carry; Swedish ("sv") may be left out of a
# user's file and then reads as English. Every shipped file carries it.
LANGUAGES = ("en", "fi")
OPTIONAL_LANGUAGES = ("sv",)
ROLES = ("coordinator", "partner", "associated", "subcontractor")
COUNTED_ROLES = ("coordinator", "partner")
RULE_KINDS = (
    "min_partners",
    "min_countries",
    "countries_allowed",
    "min_in_set",
    "kind_required",
    "coordinator_in",
    "pic_required",
)
# kind -> (required parameters, optional parameters)
PARAMETERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "min_partners": (("count",), ("roles",)),
    "min_countries": (("count",), ("countries", "roles")),
    "countries_allowed": (("countries",), ("exceptions", "roles")),
    "min_in_set": (("count", "countries"), ("roles",)),
    "kind_required": (("kinds",), ("count", "roles")),
    "coordinator_in": (("countries",), ()),
    "pic_required": ((), ("roles",)),
}
# Kosovo has no ISO code; the EU and its lists use the user-assigned XK.
EXTRA_COUNTRY_CODES = frozenset({"XK"})
# The funding programme (a code of the map's vocabulary Vocabulary.PROGRAMME) that a rule
# file's id stands for, when a consortium checked against it is saved as a project. A user
# file with an id of its own is saved as "other" (see project_programme).
PROGRAMME_OF_RULES: dict[str, str] = {
    "horizon_europe": "horizon_europe",
    "erdf_finland": "erdf",
    "interreg_aurora": "interreg_aurora",
    "interreg_npa": "interreg_npa",
    "interreg_baltic_sea_region": "interreg_bsr",
    "life_standard_action": "life",
    "erasmus_cooperation_partnerships": "erasmus_plus",
    "business_finland_co_innovation": "business_finland",
    "other": "other",
}
OTHER_PROGRAMME = "other"


def project_programme(programme_id: str) -> str:
    """The project programme code for the rule file ``programme_id`` ("other" if unknown)."""
    return PROGRAMME_OF_RULES.get(programme_id, OTHER_PROGRAMME)


def rules_for_project(project_programme_code: str, programme_ids: Iterable[str]) -> str | None:
    """The first of ``programme_ids`` whose rules stand for ``project_programme_code``.

    Used to pick the rules when a consortium starts from a saved project; None when no
    rule file stands for it (a project of the "other" programme picks the "other" file).
    """
    ids = list(programme_ids)
    # A file named in PROGRAMME_OF_RULES first, so that "other" finds the shipped file
    # rather than a user's own programme, which also counts as "other".
    ids.sort(key=lambda i: i not in PROGRAMME_OF_RULES)
    for programme_id in ids:
        if project_programme(programme_id) == project_programme_code:
            return programme_id
    return None


@record
class Texts:
    """A text of a programme file in each language it must carry."""

    en: str
    fi: str
    sv: str = ""

    def get(self, language: str) -> str:
        """The text in ``language`` ("fi", "sv" or "en"); English for any other language
        and for Swedish that the file does not give."""
        if language == "fi":
            return self.fi
        if language == "sv" and self.sv:
            return self.sv
        return self.en


@record
class Source:
    """A document a programme's rules come from."""

    title: str
    url: str = ""
    version: str = ""


@record
class CountrySet:
    """A named set of countries, such as the countries associated to Horizon Europe."""

    id: str
    name: Texts
    countries: frozenset[str]
    source: str = ""


EU = CountrySet(
    "eu",
    Texts("EU member states", "EU:n jäsenvaltiot", "EU:s medlemsstater"),
    EU_MEMBER_STATES,
    "aspdesk.domain.countries",
)


@record
class CountryException:
    """Countries a ``countries_allowed`` rule allows only on a condition it cannot check."""

    countries: tuple[str, ...]
    condition: Texts


@record
class Rule:
    """One eligibility rule of a programme (see the module for what each kind means)."""

    id: str
    kind: str
    description: Texts
    source: str = ""
    count: int = 1
    countries: tuple[str, ...] = ()  # codes and country-set ids, as written
    kinds: tuple[str, ...] = ()
    roles: tuple[str, ...] = COUNTED_ROLES
    exceptions: tuple[CountryException, ...] = ()
    only_if_kinds: tuple[str, ...] = ()


@record
class Programme:
    """A funding programme: its rules, where they come from and when they were checked.

    ``origin`` is the user file the programme was read from, or "" for a shipped one.
    """

    id: str
    name: Texts
    checked: date
    notes: Texts
    rules: tuple[Rule, ...] = ()
    sources: tuple[Source, ...] = ()
    country_sets: tuple[CountrySet, ...] = ()
    origin: str = ""

    def country_set(self, set_id: str) -> CountrySet | None:
        """The country set ``set_id`` of this file, or the built-in ``eu``."""
        if set_id == EU.id:
            return EU
        return next((s for s in self.country_sets if s.id == set_id), None)

    def resolve(self, entries: Iterable[str]) -> frozenset[str]:
        """The country codes that ``entries`` (codes and country-set ids) stand for."""
        found: set[str] = set()
        for entry in entries:
            named = self.country_set(entry)
            found |= named.countries if named else {entry}
        return frozenset(found)
