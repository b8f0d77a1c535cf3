"""A place after 'in' or 'at' is where, not whose (round 20, wave 3): a time spent or passed there, and
what a person, team or body the clause names won or made there (invented sentences)."""

from __future__ import annotations

import pytest

from .conftest import holder_of


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The talks lasted two hours in Dubai.", "two hours", None),
        ("After more than two decades in Congress, Tom Reed plans to retire.", "two decades", None),
        ("Despite spending four days in Arizona last week, the senator lost the state.", "four days", None),
        ('Sue Day said: "Fourteen years in Congress is long enough."', "Fourteen years", None),
        ("Ann Lee is a fine runner. And she won two awards at the Writers' Guild dinner in May.", "two awards", "Ann Lee"),
        ("Ann Lee spent four days in Arizona last month.", "four days", "Ann Lee"),
        ("The target is 12 months for Welsh patients, but just three months in England.", "three months", "England"),
        ("The average wait is 18 weeks in Wales.", "18 weeks", "Wales"),
        ("The gunman killed 13 people at Fort Dix in 2009.", "13 people", "Fort Dix"),
        ("They were challenging decisions by two judges in the High Court in May.", "two judges", "the High Court"),
    ],
    ids=[
        "a time something lasted", "a time served in a body", "a time spent in a state", "a time in a body, no one named",
        "what a pronoun's person won at a venue", "the spender before the time", "a series of times across places",
        "a time that measures a thing", "people counted at a place", "a count after 'by'",
    ],
)
def test_a_place_after_a_time_or_a_doers_result_holds_nothing(text: str, surface: str, holder: str | None) -> None:
    """A time spent, lasted or served 'in'/'at' a place, measuring no thing the clause names, passed
    there: the place holds none of it (figures.py, _SPENT_AT; a time that measures a thing or a member
    of a series of times keeps its place). A count the clause's person, team or body made, its verb
    before the figure, is theirs, not the place's where they made it (meaning._Reader.acting_where);
    counted people keep their place."""
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Rovers lost 2-0 at Old Trafford, which ended their run of 12 games unbeaten.", "12 games", None),
        ("Last May, Rovers lost at Elm Park, which ended a record 14-match unbeaten run.", "14-match", None),
        ("Tom Reed worked at Acme Bank, which paid him $5m a year.", "$5m a year", "Acme Bank"),
        ("Rovers won at Elm Park, which holds 30,000 fans.", "30,000 fans", "Elm Park"),
    ],
    ids=["a loss that ended a run", "after a time framing the sentence", "a body after 'at' that acts", "what the ground has"],
)
def test_a_which_after_the_venue_of_a_result_is_about_the_result(text: str, surface: str, holder: str | None) -> None:
    """'Rovers lost 2-0 at Old Trafford, which ended their run': a ', which' clause whose verb says what a
    result did (ended, meant, extended, ...) after the venue of a verb of winning, losing or drawing takes
    up the result, so the ground is not its subject (meaning._Reader.venue_of_result for the clause's
    agent, holders._result_venue for the holder step's); a body after 'at' that acts and what a ground
    has keep their holder."""
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (
            "Ann Lee won in 2:04.45. Olympic bronze medallist\n\nrounded off a useful weekend with two more personal bests in Leeds.",
            "two more personal bests",
            None,
        ),
        ("Ann Lee won in 2:04.45. Leeds saw two more personal bests in the rain.", "two more personal bests", "Leeds"),
    ],
    ids=["a sentence that opens on its verb", "a place as the clause's subject"],
)
def test_a_place_after_what_an_unnamed_doer_made_holds_nothing(text: str, surface: str, holder: str | None) -> None:
    """A sentence that opens on its verb in lower case lost its subject (a page that drops linked names:
    '[Olympic medallist Ann Lee] rounded off ... with two more personal bests in Sheffield'): the place
    after 'in' is still where the bests were set, not whose they are."""
    assert holder_of(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Wales sealed their first away win for four years with a six-try victory in Rome.", "six-try", "Wales"),
        ("Rovers have 12 wins at Elm Park this season.", "12 wins", "Rovers"),
        ("Sales in Wales rose by 5% last year.", "5%", "Wales"),
    ],
    ids=["a victory's venue", "wins at a ground", "no result: the place's own"],
)
def test_the_venue_of_a_result_noun_is_no_holder(text: str, surface: str, holder: str | None) -> None:
    """A result noun's 'in'/'at' phrase ('a six-try victory in Rome', 'eight attempts at Elm Park') names
    where the result was had, not whose it is (meaning._RESULT_HEADS in _Reader.described, as a stake's
    'in' phrase names the thing owned); another noun's 'in' phrase keeps its holder."""
    assert holder_of(text, surface) == holder
