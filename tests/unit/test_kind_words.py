"""Actor kinds and size classes from the words spreadsheets and Finnish registers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from aspdesk.domain.kind_words import WordMatcher, register_words, word_key
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.spreadsheet_import import UNKNOWN_KIND, read_actor_rows

KNOWN = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}
KINDS = WordMatcher.of(
    Vocabulary.ACTOR_KIND, KNOWN[Vocabulary.ACTOR_KIND], BUILTIN_TERMS[Vocabulary.ACTOR_KIND]
)

# The words of issue 14 and their Swedish and English counterparts, and register forms
# (YTJ/PRH), each with the kind a coordinator expects. Written out here, not read from the
# data file, so that a word dropped from or moved in the data fails its test.
EXPECTED = [
    ("Kolmas sektori", "third_sector"),
    ("järjestö", "third_sector"),
    ("yhdistys", "third_sector"),
    ("säätiö", "third_sector"),
    ("kunta", "authority"),
    ("kaupunki", "authority"),
    ("ministeriö", "authority"),
    ("rahoittaja", "funder"),
    ("oppilaitos", "research"),
    ("ammattikorkeakoulu", "research"),
    ("tredje sektorn", "third_sector"),
    ("förening", "third_sector"),
    ("stiftelse", "third_sector"),
    ("kommun", "authority"),
    ("stad", "authority"),
    ("ministerium", "authority"),
    ("departement", "authority"),
    ("finansiär", "funder"),
    ("läroanstalt", "research"),
    ("yrkeshögskola", "research"),
    ("third sector", "third_sector"),
    ("association", "third_sector"),
    ("foundation", "third_sector"),
    ("municipality", "authority"),
    ("city", "authority"),
    ("ministry", "authority"),
    ("funder", "funder"),
    ("educational institution", "research"),
    ("university of applied sciences", "research"),
    # register forms
    ("osakeyhtiö", "company"),
    ("Oy", "company"),
    ("Ab", "company"),
    ("Oyj", "company"),
    ("osuuskunta", "company"),
    ("avoin yhtiö", "company"),
    ("kommandiittiyhtiö", "company"),
    ("toiminimi", "company"),
    ("rekisteröity yhdistys", "third_sector"),
    ("ry", "third_sector"),
    ("sr", "third_sector"),
    ("kuntayhtymä", "authority"),
    ("liikelaitos", "authority"),
    ("valtion virasto", "authority"),
    ("elinkeino-, liikenne- ja ympäristökeskus", "authority"),
    ("ELY-keskus", "authority"),
    ("yliopisto", "research"),
    ("korkeakoulu", "research"),
    ("tutkimuslaitos", "research"),
    ("kehittämisyhtiö", "development"),
    ("aktiebolag", "company"),
    ("kommanditbolag", "company"),
    ("andelslag", "company"),
    ("myndighet", "authority"),
    ("universitet", "research"),
    ("forskningsinstitut", "research"),
    ("limited company", "company"),
    ("cooperative", "company"),
    ("research institute", "research"),
    ("incubator", "development"),
    ("ulkomainen", "international"),
    ("muu", "other"),
]

# Case, inflection, plural and compound forms a cell may hold.
INFLECTED = [
    ("KOLMAS SEKTORI", "third_sector"),
    ("Yhdistykset", "third_sector"),
    ("yliopistot", "research"),
    ("Ammattikorkeakoulut", "research"),
    ("kunnat", "authority"),
    ("Kaupungit", "authority"),
    ("ministeriöt", "authority"),
    ("Lapin ammattikorkeakoulu", "research"),
    ("Lapin ELY-keskus", "authority"),
    ("opetusministeriö", "authority"),
    ("energiayhtiö", "company"),
    ("aluekehitysyhtiö", "development"),
    ("Rovaniemen kaupunki", "authority"),
    ("yrittäjäyhdistys", "third_sector"),
    ("föreningar", "third_sector"),
    ("universities", "research"),
    ("Associations", "third_sector"),
    ("municipalities", "authority"),
    ("Saatio", "third_sector"),  # written without the dots
    ("Research or education organisation", "research"),  # the map's own label
    ("Kolmannen sektorin toimija", "third_sector"),
    ("third_sector", "third_sector"),  # the code itself
]


@pytest.mark.parametrize(("word", "kind"), EXPECTED + INFLECTED)
def test_a_word_is_read_as_its_kind(word: str, kind: str) -> None:
    assert KINDS.code(word) == kind


@pytest.mark.parametrize("word", ["harrastusporukka", "xyz", "kissa"])
def test_a_word_nobody_uses_for_a_kind_is_not_guessed(word: str) -> None:
    assert KINDS.code(word) is None


def _all_words() -> list[tuple[str, str, str]]:
    return [
        (vocabulary.value, word, code)
        for vocabulary, codes in register_words().items()
        for code, words in codes.items()
        for word in words
    ]


@pytest.mark.parametrize(("vocabulary", "word", "code"), _all_words())
def test_every_word_of_the_data_reads_as_its_own_code(
    vocabulary: str, word: str, code: str
) -> None:
    matcher = WordMatcher.of(Vocabulary(vocabulary), KNOWN[Vocabulary(vocabulary)])
    assert matcher.code(word) == code


def test_no_word_stands_for_two_codes() -> None:
    for codes in register_words().values():
        owners: dict[str, set[str]] = {}
        for code, words in codes.items():
            for word in words:
                owners.setdefault(word_key(word), set()).add(code)
        assert {w: c for w, c in owners.items() if len(c) > 1} == {}


def test_a_kind_the_map_does_not_have_is_not_offered(tmp_path: Path) -> None:
    only = WordMatcher.of(Vocabulary.ACTOR_KIND, {"company", "other"})
    assert only.code("yhdistys") is None
    assert only.code("Oy") == "company"


def test_the_import_reads_the_kinds_of_a_coordinators_file(tmp_path: Path) -> None:
    path = tmp_path / "toimijat.csv"
    rows = [f"Toimija {i};{word}" for i, (word, _kind) in enumerate(EXPECTED + INFLECTED)]
    rows.append("Kerho X;harrastusporukka")
    path.write_text("Nimi;Tyyppi\n" + "\n".join(rows) + "\n", encoding="utf-8")

    result = read_actor_rows(path, known_codes=KNOWN, terms=BUILTIN_TERMS)

    kinds = [actor.kind for _row, actor in result.actors]
    assert kinds == [kind for _word, kind in EXPECTED + INFLECTED] + ["harrastusporukka"]
    assert [(p.row, p.message) for p in result.problems] == [(len(rows) + 1, UNKNOWN_KIND)]
