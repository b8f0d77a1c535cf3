"""First-person words inside a quotation stand for the speaker or the body the speaker speaks for
("we", "our", "us": the organisation of the speaker's descriptor or role, a team; else the speaker),
read through the voices (helpers.quotes.quotes_of), invented sentences (hold21c)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("\"We made £5m last year,\" said Zenplex's chief executive Ann Lorre.", "£5m", "Zenplex"),
        ("\"We spent £3m on the new stand,\" said Ann Lorre, chief executive of Marsh Vale Rovers.", "£3m", "Marsh Vale Rovers"),
        ("Harbour City coach Tom Mace was pleased with the win.\n\n\"In the first 20 minutes we were nervous but in the second"
         " 20 minutes we played our best rugby of the season,\" said Mace.", "20 minutes", "Harbour City"),
        ("Tom Brask has turned down the offer from Rovers.\n\nHe added: \"By then I will have been here for six years, so the club"
         " know me well.\"", "six years", "Tom Brask"),
    ],
    ids=["we: the body of the speaker's role", "we: the body after 'of'", "we: the coach's team", "I: the speaker"],
)
def test_first_person_in_a_quotation_is_the_voice(text: str, surface: str, holder: str | None) -> None:
    check_holder(text, surface, holder)


def test_our_is_the_body_not_the_speaker_the_rules_gave() -> None:
    # the rules gave the speaker (as they read "our" next to "she said"); the guideline's "our" is the body
    check_holder(
        "Ann Lorre, chief executive of Marsh Vale Hospitals Trust, wrote to the board.\n\n\"In 2009 our waiting list will fall"
        " to a maximum of 14 weeks,\" she said.", "14 weeks", "Marsh Vale Hospitals Trust",
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("\"The photos we saw of 30-foot drifts stunned us,\" said Ann Lorre, chief executive of Marsh Vale Rovers.", "30-foot"),
        ("\"We started building it nine months ago,\" said Ann Lorre, chief executive of Marsh Vale Rovers.", "nine months"),
        ("\"It would be unlikely in my opinion for him to play a five-setter,\" said doctor Ann Lorre.", "five-setter"),
        ("\"My grandmother fled with a million others,\" said Ann Lorre.", "a million"),
        ("\"Part I of the plan costs £3m,\" said Ann Lorre.", "£3m"),
    ],
    ids=["what the speaker saw", "a time ago", "a stance's possessive", "a possessive of another person", "a numeral I"],
)
def test_first_person_that_holds_nothing(text: str, surface: str) -> None:
    check_holder(text, surface, None)
