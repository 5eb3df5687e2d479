"""The vocabularies' data: every proposal names a term that exists."""

from __future__ import annotations

from aspdesk.domain.vocabulary import ROLE_FOR_KIND, Vocabulary, builtin_codes, proposed_role


def test_every_kind_but_other_proposes_a_builtin_role() -> None:
    roles = builtin_codes(Vocabulary.CLUSTER_ROLE)
    kinds = builtin_codes(Vocabulary.ACTOR_KIND)
    assert set(ROLE_FOR_KIND) == kinds - {"other"}
    assert set(ROLE_FOR_KIND.values()) <= roles
    assert proposed_role("research", roles) == "research_partner"
    assert proposed_role("other", roles) is None


def test_a_role_the_map_lacks_is_not_proposed() -> None:
    roles = builtin_codes(Vocabulary.CLUSTER_ROLE) - {"authority"}
    assert proposed_role("authority", roles) is None
    assert proposed_role("funder", roles) == "funder"
