"""A poll's margin of error is the poll's: a pollster, a candidate or a group read as its holder
goes; the poll itself, when it holds it, stays (`figures._ERROR_MARGIN`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Acme Research surveyed 900 voters, with a margin of error of plus or minus 3.5 percentage points.", "3.5 percentage points", None),
        ("Acme Research surveyed 900 voters, with a margin of error of plus or minus 3.5 percentage points.", "900 voters", "Acme Research"),
        (
            "Jane Doe leads the race in a new poll. It has a margin of error of +/- 4 percent.",
            "4 percent",
            None,
        ),
        ("The survey has a margin of error of 4 percent.", "4 percent", "The survey"),
    ],
    ids=["not the pollster's", "the pollster still holds its sample", "not the candidate 'it' was read as", "the poll's own"],
)
def test_a_margin_of_error_is_the_polls(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
