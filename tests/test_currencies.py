"""Money written with a currency's name after the number, as news writes it outside the US and UK."""

from __future__ import annotations

import pytest

from helpers.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The listing would raise at least 88 billion Hong Kong dollars.", "88 billion Hong Kong dollars", "HKD", 88e9),
        ("Shares were priced at 176 Hong Kong dollars each.", "176 Hong Kong dollars", "HKD", 176.0),
        ("The miner lost 2.1bn Australian dollars last year.", "2.1bn Australian dollars", "AUD", 2.1e9),
        ("The bank was fined 300m Swiss francs.", "300m Swiss francs", "CHF", 3e8),
        ("Eskom needs 20bn rand to stay afloat.", "20bn rand", "ZAR", 2e10),
        ("Tickets cost 50 shekels.", "50 shekels", "ILS", 50.0),
        ("He paid 40 dollars.", "40 dollars", "USD", 40.0),
    ],
)
def test_a_currency_named_after_the_number_is_money(sentence: str, surface: str, unit: str, value: float) -> None:
    found = [(f.surface, f.kind, f.unit, f.value) for f in extract_figures(sentence)]
    assert (surface, "money", unit, pytest.approx(value)) in found, found


def test_a_country_dollar_is_not_read_as_us_dollars() -> None:
    units = {f.unit for f in extract_figures("It raised 10 billion Hong Kong dollars and 2m Canadian dollars.")}
    assert units == {"HKD", "CAD"}
