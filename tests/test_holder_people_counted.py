"""A small count of people written after "the" ("the two men", "these three leaders", "all three parties") counts people
named before: it is no one's (`figures._THE_PEOPLE_NAMED`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Critics attacked Jane Doe and John Roe over reports of a feud between the two men.", "two men", None),
        ("Mary Lane urged the two leaders to settle their dispute.", "two leaders", None),
        ("Mary Lane has two brothers in the army.", "two brothers", "Mary Lane"),
        ("Earlier the Bishop of Leeds wrote to all three parties about the plan.", "three parties", None),
    ],
    ids=["between the two men", "the object of someone's urging", "without 'the', a person's own", "all three parties someone writes to"],
)
def test_the_people_named_before_counted_are_no_ones(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
