"""Soft hyphens where Finnish and English words may break in the report's narrow cells."""

from __future__ import annotations

import pyphen
import pytest

from aspdesk.domain.hyphenation import SOFT_HYPHEN, _patterns, hyphenated


def _shown(text: str, language: str) -> str:
    return hyphenated(text, language).replace(SOFT_HYPHEN, "-")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("koulutuskumppani", "kou-lu-tus-kump-pani"),  # a consonant before a vowel
        ("Kansainvälinen", "Kan-sain-vä-li-nen"),  # ai is a diphthong
        ("Koordinaattori", "Koor-di-naat-tori"),  # oo, aa long vowels
        ("tukipalvelu", "tu-ki-pal-velu"),  # never "-lu" alone at the end
        ("kristalli", "kris-talli"),  # a loan word's cluster stays at the start
        ("Tutkimus- ja", "Tut-ki-mus- ja"),  # the word's own hyphen is kept
        ("talo", "talo"),  # too short to break
    ],
)
def test_finnish_words_break_between_syllables(word: str, expected: str) -> None:
    assert _shown(word, "fi") == expected


def test_english_words_break_by_the_patterns() -> None:
    assert _shown("Development or support service", "en") == "De-vel-op-ment or sup-port ser-vice"
    assert _shown("International link", "en") == "In-ter-na-tional link"


def test_numbers_and_codes_are_left_whole() -> None:
    assert _shown("T12345 2025", "fi") == "T12345 2025"
    assert hyphenated("", "en") == ""


@pytest.mark.parametrize("language", ["en", "sv"])
def test_patterns_read_as_words_need_them_are_pyphens_own(language: str) -> None:
    # The dictionaries are parsed lazily, pattern by pattern (a start paid 57 ms for the
    # whole British English one): every pattern, looked up, must be what pyphen reads.
    lazy = _patterns(language).hd
    path = pyphen.LANGUAGES[pyphen.language_fallback("sv" if language == "sv" else "en_GB")]
    eager = pyphen.HyphDict(path)
    assert lazy is not eager and lazy.maxlen >= eager.maxlen
    for key, value in eager.patterns.items():
        assert lazy.patterns.get(key) == value, key
    for key in list(lazy.patterns._lines):  # the keys not asked for: zeros only
        assert lazy.patterns.get(key) is None, key
    assert lazy.patterns.get("no such pattern") is None
    # Every key pyphen dropped (its values all zero) is dropped here too.
    assert len(lazy.patterns) == len(eager.patterns)
    for word in ("Development", "business-support", "Utvecklingsbolag", "kehittämisyhtiö"):
        assert lazy.positions(word) == eager.positions(word)
