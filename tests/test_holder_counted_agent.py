"""A group its own figure counts or shares out, as the subject of a verb of having, getting or
paying, holds the amount (`meaning._Reader.counted_agent`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Some 300 firms paid $5m in fines.", "$5m", "Some 300 firms"),
        ("About 2,000 families were paying 40% tax rates.", "40%", "About 2,000 families"),
        ("Some 300 firms were paid $5m in grants.", "$5m", None),
        ("Some 300 firms said the plan would cost $5m.", "$5m", None),
    ],
    ids=["a count of firms that paid", "a count of families paying", "paid to them: they do not pay", "a saying verb holds nothing"],
)
def test_a_counted_group_that_pays_holds_the_amount(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
