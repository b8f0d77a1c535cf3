"""A count of people no one holds takes the place its own words put them in (round 29, holder29): "1.7m people
needing care in England", "who live in the United States", "resettled into the U.S." (invented sentences)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("There are 1.2m people needing care in Scotland, ministers say.", "1.2m people", "Scotland"),
        ("The channel serves the 40 million Hispanics who live in the United States.", "40 million Hispanics", "United States"),
        ("About 300 migrants have now been resettled into Canada under the plan.", "300 migrants", "Canada"),
        ("Figures show 21,000 people were waiting for surgery in Wales last month.", "21,000 people", "Wales"),
        ("About 9,000 people of Irish descent live in Canada, the census shows.", "9,000 people", "Canada"),
        ("About 20,000 pensioners live with their children in Wales.", "20,000 pensioners", "Wales"),
        ("Some 40 people were killed by troops in Iraq last year.", "40 people", None),
        ("At least two candidates will move on to compete in Ohio.", "two candidates", None),
        ("The pact was signed by 120 countries last month at the United Nations in Geneva.", "120 countries", None),
        ("Acme Foods employs 300 people who work in France.", "300 people", "Acme Foods"),
    ],
    ids=[
        "a participle puts them there", "a relative clause", "a passive verb and 'into'", "a verb and its object first",
        "past an 'of' of their own", "people an agent noun names",
        "not past an agent's 'by'", "not past a purpose 'to'", "not a count of places", "an employer holds its staff",
    ],
)
def test_people_no_one_holds_take_the_place_they_are_in(text: str, surface: str, holder: str | None) -> None:
    """Names.people_placed: a count of `unowned_people` or `part_groups` with no holder takes the first place the
    article names after "in"/"into" within eight words, no clause mark, other figure, conjunction, "to", or a
    preposition naming another party or place ("by", "from", "at") between; a holder found before (the clause's agent) stays."""
    check_holder(text, surface, holder)
