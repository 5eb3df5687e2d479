"""Soft hyphens where Finnish and English words may break in the report's narrow cells."""

from __future__ import annotations

import pytest

from aspdesk.domain.hyphenation import SOFT_HYPHEN, hyphenated


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
