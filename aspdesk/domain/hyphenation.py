"""Where a word may be broken at a line's end, as soft hyphens, in Finnish, Swedish and English.

A narrow table cell (the report's membership matrix) must break a long word somewhere;
with soft hyphens (U+00AD) in it, Qt's text layout and a browser break there and show a
hyphen, instead of cutting "Developme/nt" anywhere.

English and Swedish use pyphen's LibreOffice patterns (British English; Swedish, which
breaks compounds at their joints: "Ut-veck-lings-bo-lag"). pyphen has no Finnish patterns, and
Finnish needs none: its syllables follow rules (Kielitoimisto's *tavutus*), applied here
within each word. A consonant followed by a vowel begins a syllable (ta-lo, kah-vi,
kars-ta), and two vowels that are neither a long vowel nor a diphthong are parted (ko-e,
ra-di-o). The diphthongs ie, uo and yö join only in a word's first syllable (tie-to but
ta-lo-i-hin is not split as ie). Compound words are not known as such, so a boundary may
be met a letter early ("kehittä-misyhtiö" rather than "kehittämis-yhtiö"); the break
still comes with a hyphen. No break leaves fewer than two letters before it or three
after it ("tukipalve-lu" reads badly).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

SOFT_HYPHEN = "\u00ad"
EDGE, END = 2, 3  # letters kept together at the start and at the end of a word

_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")
_DIPHTHONGS = {
    "ai", "ei", "oi", "ui", "yi", "äi", "öi",
    "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy",
}  # fmt: skip
_FIRST_SYLLABLE_DIPHTHONGS = {"ie", "uo", "yö"}
_WORD = re.compile(rf"[^\W\d_]{{{EDGE + END},}}")


def _finnish_breaks(word: str) -> list[int]:
    """Positions in ``word`` before which a Finnish syllable begins."""
    breaks = []
    syllable_start = 0
    for i in range(1, len(word)):
        here, before = word[i], word[i - 1]
        if here not in _VOWELS:
            continue
        if before not in _VOWELS:
            # A consonant before a vowel begins the syllable, unless it starts the word
            # or follows only consonants (a loan word's cluster: "kristal-li").
            if i - 1 > syllable_start and any(c in _VOWELS for c in word[syllable_start : i - 1]):
                breaks.append(i - 1)
                syllable_start = i - 1
            continue
        pair = (before + here).lower()
        long_vowel = pair[0] == pair[1]
        first = syllable_start == 0
        joined = pair in _DIPHTHONGS or (first and pair in _FIRST_SYLLABLE_DIPHTHONGS)
        # A vowel after a long vowel or a diphthong begins a new syllable (raa-an, tai-an).
        third = i >= 2 and word[i - 2] in _VOWELS and i - 2 >= syllable_start
        if third or not (long_vowel or joined):
            breaks.append(i)
            syllable_start = i
    return [b for b in breaks if EDGE <= b <= len(word) - END]


@cache
def _patterns(language: str) -> Any:
    # Imported here: pyphen lists its dictionaries when imported (13 ms of every start),
    # and Finnish, the usual language, needs none.
    import pyphen

    lang = "sv" if language == "sv" else "en_GB"
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    # Lazily: pyphen parses all 14,000 patterns of a dictionary with a regular expression
    # each (57 ms for British English), paid by the window's first frame whenever the
    # legend breaks one word; a word needs only the few patterns that are parts of it.
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _lazy_dictionary(path)
    return pyphen.Pyphen(lang=lang, left=EDGE, right=END)


def _parsed(pattern: str) -> tuple[str, tuple[int, tuple[int, ...]]] | None:
    """One pattern line read as pyphen's ``HyphDict`` reads it: its letters and
    ``(start, values)``, or None for a pattern of zeros only (which pyphen skips)."""
    import pyphen

    pattern = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
    factory: Any = int
    if "/" in pattern and "=" in pattern:
        pattern, alternative = pattern.split("/", 1)
        factory = pyphen.AlternativeParser(pattern, alternative)
    pairs = [(text, factory(digit or "0")) for digit, text in pyphen.parse(pattern)]
    tags, values = zip(*pairs, strict=True)
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return "".join(tags), (start, values[start:end])


class _LazyPatterns(dict[str, tuple[int, tuple[int, ...]]]):
    """A dictionary's patterns by their letters, each parsed when first looked up
    (``HyphDict.positions`` looks them up with ``get``)."""

    def __init__(self, lines: dict[str, list[str]]) -> None:
        super().__init__()
        self._lines = lines  # the pattern lines of each key not parsed yet, in file order

    def get(self, key: str, default: Any = None) -> Any:
        if key in self:
            return self[key]
        found = None
        for line in self._lines.pop(key, ()):
            parsed = _parsed(line)
            if parsed is not None:  # pyphen keeps the last pattern that is not all zeros
                found = parsed[1]
        if found is None:
            return default
        self[key] = found
        return found


def _lazy_dictionary(path: Any) -> Any:
    """A ``pyphen.HyphDict`` of the dictionary at ``path`` that parses its patterns as
    words need them, with the same results (tests/unit/test_hyphenation.py compares)."""
    import pyphen

    with path.open("rb") as fd:
        encoding = fd.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    stripped = (raw.strip() for raw in path.read_text(encoding).split("\n")[1:])
    patterns = [p for p in stripped if p and not p.startswith(pyphen.ignored)]
    # Each pattern's letters, as pyphen's parse finds them: the digits taken out of all
    # the patterns at once (one line each, so the lines stay in step).
    letters = "\n".join(patterns)
    for digit in "0123456789":
        letters = letters.replace(digit, "")  # (str.translate took ten times as long)
    keys = letters.split("\n")
    # Escapes, alternatives and digits of another script (which pyphen's \\d takes too)
    # are read now, as pyphen reads them; the dictionaries aspdesk uses have none.
    odd = {c for c in set(letters) if c in "^/" or (not c.isascii() and c.isdecimal())}
    lines: dict[str, list[str]] = {}
    for pattern, key in zip(patterns, keys, strict=True):
        if odd and not odd.isdisjoint(key):
            parsed = _parsed(pattern)
            if parsed is None:
                continue
            key = parsed[0]
        lines.setdefault(key, []).append(pattern)
    hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hd.patterns = _LazyPatterns(lines)
    hd.cache = {}
    # Over the keys of zero patterns too: a longer reach only looks up more keys in vain.
    hd.maxlen = max(map(len, lines))
    return hd


def _breaks(word: str, language: str) -> list[int]:
    if language == "fi":
        return _finnish_breaks(word)
    return list(_patterns(language).positions(word))


def names_hyphenation(language: str) -> str:
    """The language whose syllables break the map's names in a text in ``language``.

    Names are the map's own, mostly Finnish in Lapland: Finnish syllables suit them (and
    English words well enough). A Swedish text is read where names are Swedish too
    (Ostrobothnia, Åland), whose compounds Finnish rules would break mid-syllable.
    """
    return "sv" if language == "sv" else "fi"


def hyphenated(text: str, language: str) -> str:
    """``text`` with soft hyphens where its words may break, by ``language``'s rules.

    Words with a hyphen of their own ("Kehittämis-") break there and are not split
    further before it; numbers and short words are left alone.
    """

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        cuts = _breaks(word, language)
        pieces = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(mark, text)
