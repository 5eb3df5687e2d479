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
from dataclasses import dataclass
from enum import StrEnum


class Vocabulary(StrEnum):
    """The vocabularies a map holds."""

    ACTOR_KIND = "actor_kind"
    CLUSTER_ROLE = "cluster_role"
    RELATION_TYPE = "relation_type"
    SIZE_CLASS = "size_class"
    PROGRAMME = "programme"
    PROJECT_STATUS = "project_status"
    PARTNER_ROLE = "partner_role"


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary."""

    code: str
    label_en: str
    label_fi: str
    position: int = 0

    def label(self, language: str) -> str:
        """The label in ``language`` ("fi" or "en"); English for any other language."""
        return self.label_fi if language == "fi" else self.label_en


def _terms(rows: list[tuple[str, str, str]]) -> tuple[Term, ...]:
    return tuple(Term(code, en, fi, position) for position, (code, en, fi) in enumerate(rows))


BUILTIN_TERMS: dict[Vocabulary, tuple[Term, ...]] = {
    Vocabulary.ACTOR_KIND: _terms(
        [
            ("company", "Company", "Yritys"),
            ("funder", "Funder (public or private)", "Rahoittaja (julkinen tai yksityinen)"),
            (
                "development",
                "Development company or business-support service",
                "Kehittämisyhtiö tai elinkeinoelämän tukipalvelu",
            ),
            (
                "research",
                "Research or education organisation",
                "Tutkimus- tai koulutusorganisaatio",
            ),
            ("third_sector", "Third-sector organisation", "Kolmannen sektorin toimija"),
            ("authority", "Authority", "Viranomainen"),
            ("international", "International partner", "Kansainvälinen kumppani"),
            ("other", "Other", "Muu"),
        ]
    ),
    Vocabulary.CLUSTER_ROLE: _terms(
        [
            ("member_company", "Member company", "Jäsenyritys"),
            ("funder", "Funder", "Rahoittaja"),
            ("support_service", "Development or support service", "Kehittämis- tai tukipalvelu"),
            ("research_partner", "Research and education partner", "Tutkimus- ja koulutuskumppani"),
            ("third_sector_partner", "Third-sector partner", "Kolmannen sektorin kumppani"),
            ("international_link", "International link", "Kansainvälinen yhteys"),
            ("authority", "Authority", "Viranomainen"),
            ("coordinator", "Coordinator", "Koordinaattori"),
        ]
    ),
    Vocabulary.RELATION_TYPE: _terms(
        [
            ("collaboration", "Collaboration", "Yhteistyö"),
            ("funding", "Funding", "Rahoitus"),
            ("rnd_partnership", "R&D or project partnership", "T&K- tai hankekumppanuus"),
            ("customer_supplier", "Customer or supplier", "Asiakas tai toimittaja"),
            ("information_exchange", "Information exchange", "Tiedonvaihto"),
            ("competition", "Competition", "Kilpailu"),
            ("other", "Other", "Muu"),
        ]
    ),
    # EU SME size classes (Commission Recommendation 2003/361/EC).
    Vocabulary.SIZE_CLASS: _terms(
        [
            ("micro", "Micro (under 10 people)", "Mikro (alle 10 henkeä)"),
            ("small", "Small (10-49 people)", "Pieni (10-49 henkeä)"),
            ("medium", "Medium (50-249 people)", "Keskisuuri (50-249 henkeä)"),
            ("large", "Large (250 people or more)", "Suuri (vähintään 250 henkeä)"),
        ]
    ),
    # Funding programmes of a project. The consortium builder's rule files name the
    # programme they belong to (aspdesk.analysis.consortium.rules: PROGRAMME_OF_RULES).
    Vocabulary.PROGRAMME: _terms(
        [
            ("erdf", "European Regional Development Fund", "Euroopan aluekehitysrahasto"),
            ("interreg_aurora", "Interreg Aurora", "Interreg Aurora"),
            (
                "interreg_npa",
                "Interreg Northern Periphery and Arctic",
                "Interreg Pohjoinen periferia ja Arktis",
            ),
            ("interreg_bsr", "Interreg Baltic Sea Region", "Interreg Itämeren alue"),
            ("horizon_europe", "Horizon Europe", "Horisontti Eurooppa"),
            ("life", "LIFE", "LIFE"),
            ("erasmus_plus", "Erasmus+", "Erasmus+"),
            ("business_finland", "Business Finland", "Business Finland"),
            ("other", "Other", "Muu"),
        ]
    ),
    Vocabulary.PROJECT_STATUS: _terms(
        [
            ("idea", "Idea", "Idea"),
            ("preparation", "In preparation", "Valmistelussa"),
            ("submitted", "Submitted", "Jätetty"),
            ("funded", "Funded", "Rahoitettu"),
            ("rejected", "Rejected", "Hylätty"),
            ("closed", "Closed", "Päättynyt"),
        ]
    ),
    Vocabulary.PARTNER_ROLE: _terms(
        [
            ("coordinator", "Coordinator or lead partner", "Koordinaattori tai päätoteuttaja"),
            ("partner", "Partner", "Osatoteuttaja"),
            ("associated", "Associated partner", "Liitännäiskumppani"),
            ("subcontractor", "Subcontractor", "Alihankkija"),
        ]
    ),
}


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
