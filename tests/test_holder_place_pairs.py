"""A pair of places after a count or share holds it together ("400 wind farms in Spain and Portugal")."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


def _holder(text: str, surface: str) -> tuple[str | None, str]:
    article = segment("Headline\n\nOfficials met on Monday. " + text + "\n")
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    written = article.text[figure.holder_start : figure.holder_end] if figure.holder_start is not None else ""
    return figure.holder, written


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("There are 400 wind farms in Spain and Portugal.", "400 wind farms", "Spain and Portugal"),
        ("There are 2,000 wardens in England and Wales, the report says.", "2,000 wardens", "England and Wales"),
        ("There are 90 clinics in the US and Canada.", "90 clinics", "the US and Canada"),
        ("The jobless rate is 9% in Belgium and Sweden.", "9%", "Belgium and Sweden"),
        # the sentence's own main verb after the pair: still a pair
        ("About 400 people in Northern Ireland and Scotland signed the letter.", "400 people", "Northern Ireland and Scotland"),
        # a count of a named body's members is the body's, wherever the body is
        ("The 300 members of the Labour Party in Wales voted.", "300 members", "Labour Party"),
        # one place only: as before
        ("There are 400 wind farms in Spain.", "400 wind farms", "Spain"),
        # the second name opens a clause of its own, or owns a thing: no pair
        ("There are 400 wind farms in Spain and Portugal's coast has 30.", "400 wind farms", "Spain"),
    ],
)
def test_a_pair_of_places_after_the_figure_holds_it(text: str, surface: str, holder: str) -> None:
    found, written = _holder(text, surface)
    assert found == holder
    assert written == holder  # the offsets cover both places


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # the place ends the first clause; the name after "and" opens the second and holds its figure
        ("Voters backed Lee and Roe. Lee won 40% in Ohio and Roe won 45% in Iowa.", "45%", "Roe"),
        ("Voters backed Lee and Roe. Lee won 40% in Ohio and Roe won 45% in Iowa.", "40%", "Lee"),
        # a pair that is one clause's subject stays a pair
        ("Voters backed Lee and Roe. Lee and Roe each won 45% in Iowa.", "45%", "Lee and Roe"),
        ("Sales in Britain and France rose 5% last year.", "5%", "Britain and France"),
    ],
)
def test_a_name_after_a_place_and_and_opens_its_own_clause(text: str, surface: str, holder: str) -> None:
    found, written = _holder(text, surface)
    assert found == holder
    assert written == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("At the age of 75, Fred Mole climbed the hill.", "Fred Mole"),
        ("Fred Mole climbed the hill at the age of 75.", "Fred Mole"),
        ("Ann Lee, who was elected in 1997 at the age of 24, spoke.", "Ann Lee"),
    ],
)
def test_an_age_written_as_the_age_of_is_its_clauses_persons(text: str, holder: str) -> None:
    """'at the age of N' is an age (fig19); whose it is: the name after the opening frame's comma, or the clause's subject."""
    found, written = _holder(text, "75" if "75" in text else "24")
    assert found == holder and written == holder
