"""A possessor that names a category of competition ("the men's 800m", "the women's team title")
is a kind of event, not the figure's holder (`figures._CATEGORY_OWNERS`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ana Cruz, the women's 400m champion at the last Games, was banned for two years.", "two years", "Ana Cruz"),
        ("There was a fast finish in the men's 110m hurdles on Sunday.", "110m", None),  # 110 metres, not 110 million hurdles
        ("Ana Cruz, the women's 400m champion at the last Games, was banned.", "400m", None),  # an event's distance: no one's (round 20)
        ("Tom Bell came fifth in the men's 12km race, 40 seconds behind the winner.", "40 seconds", "Tom Bell"),
        ("The girls' relay squad cut 2 seconds off its best.", "2 seconds", None),
    ],
    ids=["the person the event describes", "a bare event", "the event's distance itself", "the runner, not the race's category", "a plural possessive"],
)
def test_a_category_of_competition_holds_nothing(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
