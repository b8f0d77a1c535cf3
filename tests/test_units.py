"""Units and currencies: the names of currencies traded as things."""

from __future__ import annotations

import pytest

from helpers.units import currency_named


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("dollar", "USD"), ("the dollar", "USD"), ("US dollar", "USD"), ("the greenback", "USD"), ("Canadian dollar", "CAD"),
        ("sterling", "GBP"), ("pound", "GBP"), ("euro", "EUR"), ("the single currency", "EUR"), ("yen", "JPY"), ("Swiss franc", "CHF"),
        # a hundredth names no traded currency; a word that is no currency's name names none
        ("pence", None), ("cents", None), ("p", None), ("zone", None), ("dollar store", None),
    ],
)
def test_a_currency_named_as_a_thing_has_its_code(name: str, code: str | None) -> None:
    assert currency_named(name) == code
