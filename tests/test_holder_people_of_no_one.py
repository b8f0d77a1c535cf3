"""A count of people who are no one's by being counted (victims, a crowd that gathers, migrants) takes no
holder from the nearest name before it; a possessor in its clause, a place and a crowd someone draws keep
theirs: invented sentences (holder26)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tom Reed and his wife died in a shootout after the attack that left 14 people dead.", "14 people", None),
        ("Ann Lee was one of 26 people killed in the shooting at the school.", "26 people", None),
        ("The WTA are handling this by saying there are three victims in the case.", "three victims", None),
        ("Ann Lee and Tom Reed, two of the three people who survived the fire, spoke on Monday.", "three people", None),
        ("Sanders held a rally in Ames on Friday, drawing 1,110 people.", "1,110 people", "Sanders"),
        ("Senator Lee's plan to shield five million immigrants was blocked.", "five million immigrants", "Senator Lee"),
        ("While Ann Lee deserves credit for taking in one million migrants, she must act.", "one million migrants", "Ann Lee"),
        ("Acme Corp said it would cut 800 employees next year.", "800 employees", "Acme Corp"),
    ],
    ids=[
        "victims after a killer's name",
        "one of the victims counted",
        "victims a body speaks of",
        "survivors who are named",
        "a crowd a speaker draws",
        "a possessor in the figure's clause",
        "people taken in past a particle",
        "employees belong to their employer",
    ],
)
def test_people_counted_are_no_ones(text: str, surface: str, holder: str | None) -> None:
    """figures reads no holder from the nearest-name fallback for a count of `unowned_people`
    (holders.people_of_no_one), unless the name is a place, a possessor with no comma between, or the subject
    of a `taking_people_verbs` verb right before the count."""
    check_holder(text, surface, holder)
