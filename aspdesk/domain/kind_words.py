"""The words people and registers use for actor kinds and size classes, and matching them.

A coordinator's spreadsheet says "yhdistys", "Kolmas sektori", "Oy", "Lapin
ammattikorkeakoulu" or "kunnat" where aspdesk has the kinds ``third_sector``, ``company``,
``research`` and ``authority``. The words are data (``kind_words.json`` beside this
module: Finnish, Swedish and English, grown from the company forms and public bodies of
the Finnish registers YTJ and PRH), so adding one needs no code. :class:`WordMatcher`
finds a code for a cell's text in steps, the surest first:

1. the whole text, ignoring case, diacritics, spaces and punctuation;
2. its last word ("Rekisteröity yhdistys" is known whole; "Lapin yliopisto" by its last);
3. the text or last word without a plural or case ending ("yliopistot", "kunnan");
4. the longest known word of five letters or more that the text ends with, for Finnish
   compounds ("opetusministeriö", "Lapin ELY-keskus", "energiayhtiö").

A map's own labels and codes come first, so a map that renamed a kind still gets it.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from aspdesk.domain.vocabulary import Term, Vocabulary

WORDS_FILE = "kind_words.json"
LANGUAGES = ("fi", "sv", "en")
# A compound's last part shorter than this says too little ("ab" ends many words).
SHORTEST_PART = 5
# Plural and case endings tried off a word, longest first: Finnish plural and genitive
# (kunnat -> kunta is beyond this, so such forms are listed), Swedish plurals, English
# plurals ("universities" -> "university" is handled by the "ies" rule).
_ENDINGS = ("ksi", "lle", "lla", "llä", "sta", "stä", "ssa", "ssä", "en", "er", "ar", "or")
_SHORT_ENDINGS = ("t", "n", "s")
_SHORTEST_STEM = 4


def word_key(text: str) -> str:
    """``text`` as matched: lower case, no diacritics, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return plain.split()


@cache
def register_words() -> dict[Vocabulary, dict[str, tuple[str, ...]]]:
    """The words of the data file: vocabulary -> code -> words in every language."""
    data: dict[str, Any] = json.loads(
        files("aspdesk.domain").joinpath(WORDS_FILE).read_text(encoding="utf-8")
    )
    found: dict[Vocabulary, dict[str, tuple[str, ...]]] = {}
    for vocabulary in (Vocabulary.ACTOR_KIND, Vocabulary.SIZE_CLASS):
        by_code: dict[str, Mapping[str, list[str]]] = data.get(vocabulary.value, {})
        found[vocabulary] = {
            code: tuple(word for language in LANGUAGES for word in languages.get(language, []))
            for code, languages in by_code.items()
        }
    return found


class WordMatcher:
    """Finds the code a cell's text stands for, among the codes a map knows."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self._table = dict(table)
        # Longest first, so that "kehittamisyhtio" wins over "yhtio".
        self._parts = sorted(
            (key for key in self._table if len(key) >= SHORTEST_PART), key=len, reverse=True
        )
        self._found: dict[str, str | None] = {}

    @classmethod
    def of(
        cls, vocabulary: Vocabulary, codes: Collection[str], terms: Iterable[Term] = ()
    ) -> WordMatcher:
        """A matcher of ``vocabulary``'s words, the map's labels and codes, for ``codes``."""
        table: dict[str, str] = {}
        for code, words in register_words().get(vocabulary, {}).items():
            if code in codes:
                table.update((word_key(word), code) for word in words)
        for term in terms:
            if term.code in codes:
                table[word_key(term.label_en)] = term.code
                table[word_key(term.label_fi)] = term.code
                if term.label_sv:
                    table[word_key(term.label_sv)] = term.code
        table.update((word_key(code), code) for code in codes)
        table.pop("", None)
        return cls(table)

    def code(self, text: str) -> str | None:
        """The code ``text`` stands for, or None when no step finds one."""
        if text not in self._found:
            self._found[text] = self._match(text)
        return self._found[text]

    def _match(self, text: str) -> str | None:
        whole = word_key(text)
        words = _words(text)
        keys = [whole] if len(words) <= 1 else [whole, words[-1]]
        for key in keys:
            if key in self._table:
                return self._table[key]
        for key in keys:
            for stem in _stems(key):
                if stem in self._table:
                    return self._table[stem]
        for key in keys:
            part = next((p for p in self._parts if key.endswith(p)), None)
            if part is not None:
                return self._table[part]
        return None


def _stems(key: str) -> list[str]:
    """``key`` without an inflection ending, each way it might be cut."""
    stems = []
    if key.endswith("ies"):
        stems.append(key[:-3] + "y")
    for ending in (*_ENDINGS, *_SHORT_ENDINGS):
        ending_key = word_key(ending)
        if key.endswith(ending_key) and len(key) - len(ending_key) >= _SHORTEST_STEM:
            stems.append(key[: -len(ending_key)])
    return stems


__all__ = ["WordMatcher", "register_words", "word_key"]
