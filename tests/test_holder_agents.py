"""Whose a figure is when the structure names its agent away from it (read16b): table-driven cases,
one table per mechanism, invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


def _holder(text: str, surface: str) -> tuple[str | None, str]:
    """The holder of the (last) figure written as `surface`, and the article text at its offsets."""
    article = segment("Headline\n\n" + text)
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    written = article.text[figure.holder_start : figure.holder_end] if figure.holder_start is not None else ""
    return figure.holder, written


def _check(text: str, surface: str, holder: str | None) -> None:
    found, written = _holder(text, surface)
    assert found == holder
    if holder is not None:
        assert written == holder  # the offsets point at the words it came from


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The government has announced plans to close 40 job centres.", "40 job centres", "The government"),
        ("Bexco has unveiled plans to shed 1,200 jobs at its plants.", "1,200 jobs", "Bexco"),
        ("Ministers are speeding up plans to recruit 5,000 wardens.", "5,000 wardens", "Ministers"),
        ("Bexco is expected to cut 300 staff this spring.", "300 staff", "Bexco"),
        ("Critics plan to raise $5m for the appeal.", "$5m", None),
        ("A new charity is trying to raise $2m for the appeal.", "$2m", None),
    ],
    ids=["announced plans", "unveiled plans", "speeding up plans", "expected to", "those who judge", "no one in particular"],
)
def test_the_subject_that_means_to_act_on_a_figure_holds_it(text: str, surface: str, holder: str | None) -> None:
    """A clause opening its sentence whose subject plans, means or has to do the act that takes the
    figure ('has announced plans to cut', 'is expected to cut') gives the figure to that subject, a
    name or a body or people named by a common noun (holders.intending_agent); not to those who only
    judge, nor to an indefinite phrase."""
    _check(text, surface, holder)
