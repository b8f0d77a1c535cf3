"""An adjective of nationality read as a name by any path names no holder, unless it stands for a
group: before a plural ("American families") or written as a noun in the article ("the Irish").
(`figures._demonym`, the last holder pass.) Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The German model was shown in Paris. It has a rear-mounted 300-horsepower motor.", "300-horsepower", None),
        ("Ana Lee, the Spanish coach, was upbeat. They have stars from one to 15, she said.", "15", None),
        ("The Welsh were far better on the day. They have stars from one to 15, she said.", "15", "Welsh"),
    ],
    ids=["an adjective of a thing before", "an adjective of a person before", "a people written as a noun"],
)
def test_an_adjective_of_nationality_holds_nothing(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
