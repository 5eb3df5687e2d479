"""Actor kinds, cluster roles, relationship types and size classes as data.

Each term has a stable code (stored in map files, used in imports) and a label in each
shipped language. The built-in terms below seed every new map's vocabulary tables; the
labels shown in the app come from the map, so a later version can let users add terms.
The kinds and roles follow the cluster model of the Arctic Smartness Portfolio (2015):
companies that want to grow, funders, development and business-support services,
research and education, the third sector, international links and authorities.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import field, replace
from enum import StrEnum

from aspdesk.domain.records import record


class Vocabulary(StrEnum):
    """The vocabularies a map holds."""

    ACTOR_KIND = "actor_kind"
    CLUSTER_ROLE = "cluster_role"
    RELATION_TYPE = "relation_type"
    SIZE_CLASS = "size_class"
    PROGRAMME = "programme"
    PROJECT_STATUS = "project_status"
    PARTNER_ROLE = "partner_role"


@record
class Term:
    """One entry of a vocabulary.

    A map stores the English and Finnish labels; the Swedish one of a built-in term comes
    from :data:`BUILTIN_TERMS` when the map's terms are read (:func:`with_swedish`), so a
    map made before Swedish existed shows it too. A term without one shows its English.
    """

    code: str
    label_en: str
    label_fi: str
    position: int = 0
    # Not part of what a term is: two copies of a term are equal whether or not one was
    # given its Swedish label, and the JSON backup leaves it out (as every field that
    # takes no part in comparisons).
    label_sv: str = field(default="", compare=False)

    def label(self, language: str) -> str:
        """The label in ``language`` ("fi", "sv" or "en"); English for any other language."""
        if language == "fi":
            return self.label_fi
        if language == "sv" and self.label_sv:
            return self.label_sv
        return self.label_en


def _terms(rows: list[tuple[str, str, str, str]]) -> tuple[Term, ...]:
    return tuple(
        Term(code, en, fi, position, sv) for position, (code, en, fi, sv) in enumerate(rows)
    )


BUILTIN_TERMS: dict[Vocabulary, tuple[Term, ...]] = {
    Vocabulary.ACTOR_KIND: _terms(
        [
            ("company", "Company", "Yritys", "Företag"),
            (
                "funder",
                "Funder (public or private)",
                "Rahoittaja (julkinen tai yksityinen)",
                "Finansiär (offentlig eller privat)",
            ),
            (
                "development",
                "Development company or business-support service",
                "Kehittämisyhtiö tai elinkeinoelämän tukipalvelu",
                "Utvecklingsbolag eller företagstjänst",
            ),
            (
                "research",
                "Research or education organisation",
                "Tutkimus- tai koulutusorganisaatio",
                "Forsknings- eller utbildningsorganisation",
            ),
            (
                "third_sector",
                "Third-sector organisation",
                "Kolmannen sektorin toimija",
                "Tredje sektorns organisation",
            ),
            ("authority", "Authority", "Viranomainen", "Myndighet"),
            (
                "international",
                "International partner",
                "Kansainvälinen kumppani",
                "Internationell partner",
            ),
            ("other", "Other", "Muu", "Övrig"),
        ]
    ),
    Vocabulary.CLUSTER_ROLE: _terms(
        [
            ("member_company", "Member company", "Jäsenyritys", "Medlemsföretag"),
            ("funder", "Funder", "Rahoittaja", "Finansiär"),
            (
                "support_service",
                "Development or support service",
                "Kehittämis- tai tukipalvelu",
                "Utvecklings- eller stödtjänst",
            ),
            (
                "research_partner",
                "Research and education partner",
                "Tutkimus- ja koulutuskumppani",
                "Forsknings- och utbildningspartner",
            ),
            (
                "third_sector_partner",
                "Third-sector partner",
                "Kolmannen sektorin kumppani",
                "Partner från tredje sektorn",
            ),
            (
                "international_link",
                "International link",
                "Kansainvälinen yhteys",
                "Internationell länk",
            ),
            ("authority", "Authority", "Viranomainen", "Myndighet"),
            ("coordinator", "Coordinator", "Koordinaattori", "Koordinator"),
        ]
    ),
    Vocabulary.RELATION_TYPE: _terms(
        [
            ("collaboration", "Collaboration", "Yhteistyö", "Samarbete"),
            ("funding", "Funding", "Rahoitus", "Finansiering"),
            (
                "rnd_partnership",
                "R&D or project partnership",
                "T&K- tai hankekumppanuus",
                "FoU- eller projektpartnerskap",
            ),
            (
                "customer_supplier",
                "Customer or supplier",
                "Asiakas tai toimittaja",
                "Kund eller leverantör",
            ),
            ("information_exchange", "Information exchange", "Tiedonvaihto", "Informationsutbyte"),
            ("competition", "Competition", "Kilpailu", "Konkurrens"),
            ("other", "Other", "Muu", "Övrig"),
        ]
    ),
    # EU SME size classes (Commission Recommendation 2003/361/EC).
    Vocabulary.SIZE_CLASS: _terms(
        [
            (
                "micro",
                "Micro (under 10 people)",
                "Mikro (alle 10 henkeä)",
                "Mikro (under 10 personer)",
            ),
            ("small", "Small (10-49 people)", "Pieni (10-49 henkeä)", "Litet (10-49 personer)"),
            (
                "medium",
                "Medium (50-249 people)",
                "Keskisuuri (50-249 henkeä)",
                "Medelstort (50-249 personer)",
            ),
            (
                "large",
                "Large (250 people or more)",
                "Suuri (vähintään 250 henkeä)",
                "Stort (minst 250 personer)",
            ),
        ]
    ),
    # Funding programmes of a project. The consortium builder's rule files name the
    # programme they belong to (aspdesk.analysis.consortium.rules: PROGRAMME_OF_RULES).
    Vocabulary.PROGRAMME: _terms(
        [
            (
                "erdf",
                "European Regional Development Fund",
                "Euroopan aluekehitysrahasto",
                "Europeiska regionala utvecklingsfonden",
            ),
            ("interreg_aurora", "Interreg Aurora", "Interreg Aurora", "Interreg Aurora"),
            (
                "interreg_npa",
                "Interreg Northern Periphery and Arctic",
                "Interreg Pohjoinen periferia ja Arktis",
                "Interreg Norra periferin och Arktis",
            ),
            (
                "interreg_bsr",
                "Interreg Baltic Sea Region",
                "Interreg Itämeren alue",
                "Interreg Östersjöregionen",
            ),
            ("horizon_europe", "Horizon Europe", "Horisontti Eurooppa", "Horisont Europa"),
            ("life", "LIFE", "LIFE", "LIFE"),
            ("erasmus_plus", "Erasmus+", "Erasmus+", "Erasmus+"),
            ("business_finland", "Business Finland", "Business Finland", "Business Finland"),
            ("other", "Other", "Muu", "Övrigt"),
        ]
    ),
    Vocabulary.PROJECT_STATUS: _terms(
        [
            ("idea", "Idea", "Idea", "Idé"),
            ("preparation", "In preparation", "Valmistelussa", "Under beredning"),
            ("submitted", "Submitted", "Jätetty", "Inlämnat"),
            ("funded", "Funded", "Rahoitettu", "Beviljat"),
            ("rejected", "Rejected", "Hylätty", "Avslaget"),
            ("closed", "Closed", "Päättynyt", "Avslutat"),
        ]
    ),
    Vocabulary.PARTNER_ROLE: _terms(
        [
            (
                "coordinator",
                "Coordinator or lead partner",
                "Koordinaattori tai päätoteuttaja",
                "Koordinator eller huvudpartner",
            ),
            ("partner", "Partner", "Osatoteuttaja", "Delgenomförare"),
            ("associated", "Associated partner", "Liitännäiskumppani", "Associerad partner"),
            ("subcontractor", "Subcontractor", "Alihankkija", "Underleverantör"),
        ]
    ),
}


def with_swedish(vocabulary: Vocabulary, term: Term) -> Term:
    """``term`` with the Swedish label of the built-in term of its code, if there is one."""
    for builtin in BUILTIN_TERMS.get(vocabulary, ()):
        if builtin.code == term.code:
            return replace(term, label_sv=builtin.label_sv)
    return term


# The role a new membership is first offered for an actor of each kind: a university
# joins a cluster as its research and education partner, not as a member company. Only
# a proposal: the form shows it and the user may choose another role.
ROLE_FOR_KIND: dict[str, str] = {
    "company": "member_company",
    "funder": "funder",
    "development": "support_service",
    "research": "research_partner",
    "third_sector": "third_sector_partner",
    "authority": "authority",
    "international": "international_link",
}


def proposed_role(kind: str, roles: Collection[str]) -> str | None:
    """The role to offer a new membership of an actor of ``kind``, among the map's
    ``roles`` (codes); None when the kind has none or the map lacks that role."""
    role = ROLE_FOR_KIND.get(kind)
    return role if role in roles else None


def builtin_codes(vocabulary: Vocabulary) -> frozenset[str]:
    """The codes of the built-in terms of ``vocabulary``."""
    return frozenset(term.code for term in BUILTIN_TERMS[vocabulary])
