"""Mentions and names: who and what a capitalized run names, from invented sentences."""

from __future__ import annotations

import pytest

from helpers.mentions import mentions
from helpers.quotes import quotes_of
from helpers.segment import segment


def _mentioned(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.name, m.surface) for m in mentions(segment("Headline here\n\n" + text, tokens=False))]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(segment("Headline here\n\n" + text, tokens=False))]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # an office word before one common word the text calls no one: a company, not a titled person
        ("Looking ahead, Home Depot sees costs falling this year.", [("Home Depot", "organization")]),
        ("General Motors said it would shut two plants next year.", [("General Motors", "organization")]),
        ("General Mills announced results on Friday.", [("General Mills", "organization")]),
        ("General Electric shares fell. General Electric said it would sell a unit.", [("General Electric", "organization")]),
        # a titled person stays the person
        ("General Petraeus said the new plan would work.", [("Petraeus", "person")]),
        ("Chancellor Brown said the economy was strong. Mr Brown then left the room.", [("Brown", "person")]),
        ("President Trump said he would veto the bill.", [("Trump", "person")]),
        ("Home Secretary Jack Straw said the law was fair.", [("Jack Straw", "person")]),
        ("Lord Goldsmith said the advice was sound.", [("Goldsmith", "person")]),
    ],
)
def test_a_company_named_with_an_office_word_is_no_person(text: str, wanted: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(text) == wanted


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Voters will go to the polls at the General Election in May.", "Election"),
        ("The Vice President was not there on Monday.", "President"),
        ("She moved to the Queen City in 2010.", "City"),
    ],
)
def test_a_thing_named_with_an_office_word_is_no_person(text: str, absent: str) -> None:
    assert not [m for m in _mentioned(text) if m[0] == "person" and m[1] == absent]
