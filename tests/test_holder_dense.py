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


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Mara Quist claimed victory in the 800m also, beating Ola Brand.", "800m", None),
        ("Jan Brek, a bronze medallist over 3000m in Paris, ran well.", "3000m", None),
        ("Tove Lind has been picked for both the 800m and 1500m in Oslo.", "1500m", None),
        ("Tove Lind is one of the 800 metres favourites this year.", "800 metres", None),
        ("Valdora's 400m man Ed Fox will run.", "400m", None),
        ("Ola Brand hopes to earn a 1,500m place in the team.", "1,500m", None),
        ("Tove Lind fell in the final of 1500m at the indoor meeting.", "1500m", None),
        ("The meet will see Lind compete over 1500m against Spain.", "1500m", None),
        ("Lind will start her 3,000m season in Oslo.", "3,000m", None),
        ("Tove Lind cleared 1.76m and threw 13.86m in Oslo.", "13.86m", "Tove Lind"),
        ("Jan Brek ran 200m in 19.8 seconds and then 400m in 44.1.", "400m", "Jan Brek"),
    ],
    ids=[
        "an event followed by 'also'",
        "a medallist over a distance",
        "the second of two events joined by 'and'",
        "the event's favourites",
        "a country's man for an event",
        "a place in an event",
        "the final of an event",
        "to compete over an event's distance",
        "a season of an event",
        "a throw's length is the thrower's",
        "a length run in a time is the runner's",
    ],
)
def test_more_ways_to_name_an_event_hold_no_one(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ann Lee, 59, has worked there for 13 years. Her 32-year-old daughter has a degree.", "32-year-old", None),
        ("Tom Hale flew with his 14-year-old son to a rally in May.", "14-year-old", None),
        ("Ann Vale beat Sue Marr in the final. The American had too much power for her 15-year-old opponent.", "15-year-old", None),
        ("Ann Lee was in Paris to check on her 22-year-old daughter's treatment there.", "22-year-old", None),
        ("Tom Hale is facing this with his 17-year-old daughter, Ella, a senior.", "17-year-old", "Ella"),
        ("Ann Lee, 59, has worked there for 13 years.", "59", "Ann Lee"),
    ],
    ids=[
        "a daughter's age is not her mother's",
        "a son's age mid-sentence",
        "an opponent's age is not the winner's",
        "nor a place's",
        "a daughter named beside her age",
        "the possessor's own age stays hers",
    ],
)
def test_an_age_a_possessive_gives_another_is_not_the_possessors(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Tom Reed won the men's race in 6.61 seconds. A young hurdler clocked 7.98 seconds. The 24-year-old reached the mark in her heat.", None),
        ("Kate Vale won the women's race in 7.01 seconds. A young hurdler clocked 7.98 seconds. The 24-year-old reached the mark in her heat.", "Kate Vale"),
        ("Tom Reed won the men's race in 6.61 seconds. The 24-year-old reached the mark in his heat.", "Tom Reed"),
    ],
    ids=["a woman described is no man named before", "a woman named before", "a man named before"],
)
def test_a_description_takes_the_gender_its_own_clause_gives(text: str, holder: str | None) -> None:
    found = holder_of(text, "24-year-old")
    assert (found if found is None or not found.startswith("The ") else None) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The town's jobless rate is 4.6 percent, below the national average of 4.9 percent.", "4.9 percent", None),
        ("The town's jobless rate is 4.6 percent, below the national average of 4.9 percent.", "4.6 percent", "town"),
        ("Valdora's jobless rate is 6.1 percent, while the global rate stands at 5.2 percent.", "5.2 percent", None),
    ],
    ids=["the nation's side of a comparison", "the clause's own side", "the world's rate"],
)
def test_a_national_average_is_not_the_clauses_holder(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Tom Reed has praised striker Dan Hale. The 29-year-old scored twice.", "Dan Hale"),
        ("Tom Reed spoke. Tom Reed agreed. Rovers were boosted by news that defender Dan Hale will sign a new deal. And the 29-year-old, whose deal runs out in May, wants to stay.", "Dan Hale"),
        ("Tom Reed has praised Dan Hale. The 29-year-old scored twice.", "Tom Reed"),
    ],
    ids=["a player praised by the sentence's subject", "the one player the sentence before names", "no role: the subject, as before"],
)
def test_an_age_described_after_a_player_is_named_is_the_players(text: str, holder: str) -> None:
    assert holder_of(text, "29-year-old") == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Rovers stumbled at the 300m stage, and Ola Brand edged ahead.", "300m", None),
        ("I will do my best to break the 5m barrier soon, Tove Lind said.", "5m", None),
        ("The segment on Ann Lee starts about the 7 minute mark.", "7 minute", None),
        ("Tove Lind cleared 4.62 metres to win in Lyon.", "4.62 metres", "Tove Lind"),
    ],
    ids=["a stage of a race", "a height's barrier", "a mark on a recording's clock", "a height cleared stays the jumper's"],
)
def test_a_point_on_a_scale_holds_no_one(text: str, surface: str, holder: str | None) -> None:
    assert holder_of(text, surface) == holder
