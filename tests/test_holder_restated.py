"""One amount written twice in apposition has one holder (`helpers.holders.restatements`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.holders import restatements
from helpers.segment import segment


def _holders(text: str) -> dict[str, str | None]:
    return {f.surface: f.holder for f in figures_of(segment("Headline\n\n" + text))}


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Among likely voters, about two-thirds, 67 percent, say they will vote for Mary Lee.", "two-thirds", "Mary Lee"),
        ("Among likely voters, just over a quarter, 26 percent, say they will vote for Mary Lee.", "a quarter", "Mary Lee"),
    ],
    ids=["two-thirds restated as a percentage", "a quarter restated as a percentage"],
)
def test_a_restated_share_takes_the_holder_of_its_restatement(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("about two-thirds, 67 percent, say so", [(0, 1)]),
        ("cost £960m ($1.8bn) in all", [(0, 1)]),
        ("rose 5%, 6%, 7% in turn", []),
        ("won 52%, and Smith 48%, of the vote", []),
        ("sold 12 cars, 40% of them new", []),
    ],
    ids=["a share restated", "money restated", "a list of three", "two sides' shares", "a count and a share"],
)
def test_what_counts_as_a_restatement(text: str, pairs: list[tuple[int, int]]) -> None:
    import re

    figures = [(m.start(), m.end(), "percent" if m.group(0).endswith("%") or "percent" in m.group(0) else "money" if m.group(0)[:1] in "£$" else "number")
               for m in re.finditer(r"about two-thirds|[£$]?\d[\d.]*(?:bn|m)?%?(?: percent)?", text)]
    assert restatements(text, figures) == pairs
