"""Holders where figures come thick (round 20's blind sample of data-dense passages): figures the
guideline gives no holder whatever names stand near them (a moment on a game's clock; an event's
distance), and the holders of series and clauses in results and tallies (table-driven,
invented sentences)."""

from __future__ import annotations

import pytest

from .conftest import holder_of


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Norway's 800m champion Tove Lindqvist will race in Oslo.", "800m", None),
        ("Valdora's 1,500m and 5,000m champion Jan Brek is fit again.", "5,000m", None),
        ("Mara Quist has won the national 400m hurdles title for the past two years.", "400m", None),
        ("Ola Brand took the lead on 62 minutes when his shot crept in.", "62 minutes", None),
        ("Rovers doubled their lead after 71 minutes through a header.", "71 minutes", None),
        ("Ed Vane levelled three minutes later with a drive from the edge.", "three minutes", None),
        ("Kesgrave held on with eight minutes remaining despite a red card.", "eight minutes", None),
        ("Mara Quist cleared 4.62 metres to win in Lyon.", "4.62 metres", "Mara Quist"),
        ("Jan Brek won in 3 minutes 41.2 seconds on Sunday.", "3 minutes 41.2 seconds", "Jan Brek"),
        ("Anna Lee spoke for 40 minutes at the rally.", "40 minutes", "Anna Lee"),
    ],
    ids=[
        "an event's distance is no country's",
        "the second of two events' distances",
        "the event the runner won",
        "a moment on a game's clock after 'on'",
        "a moment on a game's clock after 'after'",
        "a moment a number of minutes later",
        "the minutes remaining",
        "a height cleared is the jumper's",
        "a winning time is the winner's",
        "a speech's length is the speaker's",
    ],
)
def test_an_event_or_a_moment_of_a_game_holds_no_one(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder


def test_a_name_owning_the_place_a_count_is_in_is_placed_where_it_is_written() -> None:
    """`meaning.Reader.place_after` read the owner ("on the UK's roads") with a match's offsets, which are
    the text's, and added the token's end to them: the holder pointed past its words."""
    assert holder_of("Officials were pleased. There were 230 fewer crashes on the UK's roads last year.", "230 fewer crashes") == "UK"
