"""A share that a verb of composition gives as a part of a whole ("make up", "account for", "represent") is held by
the people, places or bodies the clause's subject names, past a relative clause or a preposition's phrase after
the subject's noun, over none or a name inside the whole; a pronoun or a thing as the subject gives no holder:
invented sentences (holder27)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The first three counties that report represent only 6% of the votes needed to win.", "6%", "The first three counties"),
        ("The party won Dover, while the northern districts account for more than half of the seats.", "half", "the northern districts"),
        ("Pensioners without a car made up just 12 percent of the sample in 2019.", "12 percent", "Pensioners"),
        ("Older migrants make up 9% of the Freedonia population, the agency said.", "9%", "Older migrants"),
        ("Figures from the census show that women represented about 47 percent of the staff.", "47 percent", "women"),
        ("Under the plan, households and firms would make up 20 percent of the cost.", "20 percent", "households and firms"),
        ("Tourism accounts for about a third of all income.", "a third", None),
    ],
    ids=[
        "past a relative clause",
        "a new clause after while",
        "past a preposition's phrase",
        "over a place inside the whole",
        "the complement's subject",
        "a coordinated subject",
        "a thing is no holder",
    ],
)
def test_part_of_a_whole_is_the_subjects(text: str, surface: str, holder: str | None) -> None:
    """figures reads the subject of a `part_verbs` verb before a share of a whole as its holder
    (meaning._part_holders), when the subject's noun names people, places or bodies (`holders.names_part`)."""
    check_holder(text, surface, holder)
