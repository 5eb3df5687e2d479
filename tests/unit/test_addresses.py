"""Tests of aspdesk.domain.addresses: each check's regular expression for ASCII text gives
the answers of its rule written out for any text (the rules as they were before the
expressions, kept here as the definitions)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain import addresses as a


def _plain(text: str) -> bool:
    return not any(c.isspace() or unicodedata.category(c).startswith("C") for c in text)


def _hostname(host: str) -> bool:
    labels = host.split(".")
    return (
        len(labels) >= 2
        and len(host) <= 253
        and len(labels[-1]) >= 2
        and not labels[-1].isdigit()
        and all(
            0 < len(label) <= 63
            and not label.startswith("-")
            and not label.endswith("-")
            and all(c.isalnum() or c == "-" for c in label)
            for label in labels
        )
    )


def _email(text: str) -> bool:
    if len(text) > 254 or not _plain(text) or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    return bool(local) and _hostname(domain)


def _phone(text: str) -> bool:
    return (
        re.fullmatch(r"\+?[0-9 ()\-]+", text) is not None
        and sum(map(str.isdigit, text)) >= a.PHONE_MIN_DIGITS
    )


def _website(text: str) -> bool:
    if not text or not _plain(text):
        return False
    rest = text
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme.lower() not in {"http", "https"}:
            return False
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host, colon, port = netloc.partition(":")
    if colon and re.fullmatch(r"[0-9]{1,5}", port) is None:
        return False
    return _hostname(host)


# Pieces of addresses, right and wrong, and what lies around them.
_PIECES = (
    *("a", "Z", "k9", "0", "9", "42", "-", ".", "..", "@", ":", ":8080", ":123456", "/"),
    *("/a b", "?q=1", "#x", " ", "\t", "\x00", "\x7f", "é", "ſ", "\u200b", "+", "(", ")"),
    *("http", "https", "HTTPS", "ftp", "://", "www", "fi", "com", "example", "x" * 62),
    *("y" * 63, "1" * 63, "e" * 64, "z" * 130, "-a", "a-", "1-2", "info"),
)
_SCHEMES = ("", "", "http://", "https://", "HTTP://", "ftp://", "http//", "https://http://")
_LABELS = ("www", "kemi", "a", "a-b", "9", "12", "fi", "Lappi", "x" * 63, "é", "ſ")
_WRONG_LABELS = ("", "-a", "b-", "f", "a_b", "x" * 64, "\u200b")
_TAILS = ("", "", "/", "/polku?x=1", "#osa", ":80", ":80/a", ":", ":1:2", ":port", "/a b")


def _host(rng: random.Random) -> str:
    """Labels, one in ten of them wrong, often ending as a host name should."""
    labels = [
        rng.choice(_LABELS if rng.random() < 0.9 else _WRONG_LABELS)
        for _ in range(rng.randint(1, 4))
    ]
    return ".".join(labels) + rng.choice(("", ".fi", ".com"))


def _candidates(rng: random.Random) -> list[str]:
    """Texts of every shape: free mixtures of the pieces, and built addresses."""
    free = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))
    site = rng.choice(_SCHEMES) + _host(rng) + rng.choice(_TAILS)
    local = rng.choice(("info", "etu.suku", "a+b", "x-y", "", "a b", "ä", "x" * 250))
    mail = local + rng.choice(("@", "@", "@", "@@", "")) + _host(rng)
    digits = "".join(rng.choice("0123456789 0123456789 ()-+x") for _ in range(rng.randint(0, 14)))
    phone = rng.choice(("", "+", "++")) + digits
    return [free, site, mail, phone, site * rng.randint(2, 6)]


_CHECKS: list[tuple[str, Callable[[str], bool], Callable[[str], bool]]] = [
    ("email", a.is_valid_email, _email),
    ("website", a.is_valid_website, _website),
    ("phone", a.is_valid_phone, _phone),
    ("host", a.is_hostname, _hostname),
]


@pytest.mark.parametrize(("name", "check", "rule"), _CHECKS, ids=[c[0] for c in _CHECKS])
def test_each_check_gives_its_rule_s_answer(
    name: str, check: Callable[[str], bool], rule: Callable[[str], bool]
) -> None:
    rng = random.Random(f"addresses {name}")
    answers = {True: 0, False: 0}
    ascii_texts = 0
    for _ in range(6000):
        for text in _candidates(rng):
            expected = rule(text)
            assert check(text) is expected, text
            answers[expected] += 1
            ascii_texts += text.isascii()
    # Both answers, many times, and mostly through the expressions (ASCII text).
    assert min(answers.values()) > 500, answers
    assert ascii_texts > 15000


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn")),
        st.sampled_from("@.:/?#-+()0123456789"),
        st.characters(),
    ),
    max_size=40,
)


@given(_ANY_TEXT)
def test_any_text_gets_the_rules_answers(text: str) -> None:
    assert a.is_plain(text) == _plain(text)
    assert a.is_hostname(text) == _hostname(text)
    assert a.is_valid_email(text) == _email(text)
    assert a.is_valid_website(text) == _website(text)
    assert a.is_valid_phone(text) == _phone(text)


@given(
    st.text(alphabet=st.sampled_from("ab9-.Z_ é"), max_size=30)
    | st.lists(st.text(alphabet="abz09-", min_size=0, max_size=70), min_size=1, max_size=4).map(
        ".".join
    )
)
def test_host_names_in_ascii_are_checked_as_any_other(host: str) -> None:
    assert a.is_hostname(host) == _hostname(host)
    assert a.is_valid_website(host) == _website(host)
    assert a.is_valid_email("info@" + host) == _email("info@" + host)
