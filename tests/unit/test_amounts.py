"""Euro amounts and per cent shares as people type them and as the UI language shows them."""

from __future__ import annotations

import pytest

from aspdesk.ui.forms.amounts import format_amount, format_percent, parse_amount, parse_percent


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 250 000", 1_250_000.0),
        ("1250000,50", 1_250_000.5),
        ("1,250,000.50", 1_250_000.5),
        ("1.250.000,50", 1_250_000.5),
        ("1\u00a0250\u00a0000,5", 1_250_000.5),
        ("1,250", 1250.0),  # three digits after one separator group thousands
        ("12,5", 12.5),
        ("1000 €", 1000.0),
        ("EUR 5", 5.0),
        ("\u22121 000", -1000.0),  # validation refuses it, with its own message
        ("", None),
        ("  ", None),
    ],
)
def test_amounts_read_as_typed(text: str, value: float | None) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize(
    "text", ["about a million", "1,2,3", "1.250,505", "12,345,67", "1..2", ",5", "-", "1e5"]
)
def test_text_that_is_no_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize("language", ["fi", "en"])
@pytest.mark.parametrize("value", [0.0, 0.5, 80_000.0, 1_250_000.0, 1_250_000.5, 1e10])
def test_shown_amounts_read_back(language: str, value: float) -> None:
    assert parse_amount(format_amount(value, language)) == value


def test_amounts_are_grouped_in_the_ui_language() -> None:
    assert format_amount(1_250_000, "en") == "1,250,000"
    assert format_amount(1_250_000.5, "en") == "1,250,000.50"
    assert format_amount(1_250_000.5, "fi") == "1\u00a0250\u00a0000,50"
    assert format_amount(None, "fi") == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [("12,5", 12.5), ("12.5 %", 12.5), ("100", 100.0), ("0,05", 0.05), ("", None), ("150", 150)],
)
def test_shares_read_as_typed(text: str, value: float | None) -> None:
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["12.345", "abc", "12.", "1.2.3", "1 000,5.5"])
def test_text_that_is_no_share_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_percent(text)


def test_shares_show_without_trailing_zeros() -> None:
    assert format_percent(12.5, "fi") == "12,5"
    assert format_percent(40, "en") == "40"
    assert format_percent(33.33, "en") == "33.33"
    assert format_percent(None, "en") == ""


def test_an_infinite_amount_is_shown_not_a_crash() -> None:
    from aspdesk.ui.forms.amounts import format_amount, parse_amount

    huge = parse_amount("9" * 400)
    assert huge == float("inf")
    assert format_amount(huge, "fi") == "inf"
