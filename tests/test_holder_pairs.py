"""Holders shared between figures that go together (an amount restated, a change's two ends, a
gapped second amount, a poll's two sides after "a lead over") and a share framed by an opening
"In <place>,". Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.holders import restatements
from helpers.segment import segment

from .conftest import holder_of


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


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("In Florida, about 46% of eligible voters cast ballots in the primary.", "46%", "Florida"),
        ("In the 2012 Ohio race between Lee and Cole, just 61 percent of voters were 45 or older.", "61 percent", "Ohio"),
        ("In Ohio, 52 percent of voters backed Mary Lee.", "52 percent", "Mary Lee"),
        ("In Ohio, the poll found that Smith is little known: 42% of Ohioans say they don't know him.", "42%", None),
        ("In 2012, 52 percent of voters said no.", "52 percent", None),
    ],
    ids=["a state that frames the share", "a state inside the framing phrase", "the candidate a share backs comes first",
         "a colon opens another clause", "a year frames no one"],
)
def test_the_place_an_opening_in_phrase_names_holds_a_share(text: str, surface: str, holder: str | None) -> None:
    """`Names.place_framing`: where the share was measured, when nothing else holds it."""
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Acme Corp sales grew to 40 percent from 5 percent of the market.", "5 percent", "Acme Corp"),
        ("Acme led Bolt 47 percent to 39 percent.", "39 percent", "Bolt"),
    ],
    ids=["the start of a change written after its end", "a poll's two sides are no change"],
)
def test_both_ends_of_a_change_have_one_holder(text: str, surface: str, holder: str) -> None:
    """`holders.change_ends`: "to N from M" or "from M to N" are one change's two ends."""
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Acme Partners will receive $44.4 million for advising Bolt, and $32 million for helping Zeta.", "$32 million", "Acme Partners"),
        ("Mary Lee's 12 years as a judge and five years as a senator gave her a donor list.", "five years", "Mary Lee"),
        ("Four in 10 voters see the campaign of Mary Lee as unfair, and a third said that of Ann Cole's campaign.", "a third", None),
    ],
    ids=["a second amount for the same verb", "a second duration of the same possessor", "a figure that opens its own clause"],
)
def test_a_gapped_figure_shares_the_first_ones_holder(text: str, surface: str, holder: str | None) -> None:
    """`holders.gapped`: after "and", with no verb of its own, a figure completes the first one's verb again."""
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The survey finds Mary Lee with a small lead over Ann Cole, 46 percent to 44 percent.", "46 percent", "Mary Lee"),
        ("The survey finds Mary Lee with a small lead over Ann Cole, 46 percent to 44 percent.", "44 percent", "Ann Cole"),
        ("Mary Lee has an edge over Ann Cole, 46 percent to 44 percent.", "44 percent", "Ann Cole"),
    ],
    ids=["the leader's share", "the share of the one the lead is over", "an edge over"],
)
def test_a_lead_over_someone_gives_each_side_its_share(text: str, surface: str, holder: str) -> None:
    """`holders.poll_sides`: "N percent to M percent" after "a lead over X": the first the leader's, the second X's."""
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Mary Lee leads Ann Cole 47 percent to 39 percent among voters.", "Mary Lee", "Ann Cole"),
        ("Mary Lee, who was tied with Ann Cole in July, is now well ahead of the Tory challenger 46 percent to 39 percent.", "Mary Lee", "Ann Cole"),
        ("The Daily Courier tracking poll shows Mary Lee with a four-point lead, with 46.2 percent to Ann Cole's 42.1 percent.", "Mary Lee", "Ann Cole"),
        ("More voters say Mary Lee represents them well than say the same about Ann Cole, 73 percent to 63 percent.", "Mary Lee", "Ann Cole"),
        ("Mary Lee won the county by 71 percent to 27 percent for Tory nominee Ann Cole.", "Mary Lee", "Ann Cole"),
        ("The survey, conducted by the Lincoln Policy Institute, finds Mary Lee ahead of Ann Cole, 46 percent to 44 percent.", "Mary Lee", "Ann Cole"),
    ],
    ids=["leads X", "ahead of a description, the other person named", "to X's share", "than ... about X", "for X after the pair", "not the pollster"],
)
def test_two_shares_set_against_each_other_are_the_two_sides(text: str, first: str, second: str) -> None:
    """`holders.poll_sides`: "N percent to M percent" between two named sides: the first share is the
    side the sentence is about, the second the one set against it (by a marker, a possessive, or as the
    one other person named)."""
    got = _holders(text)
    shares = [s for s in got if "percent" in s]
    assert (got[shares[0]], got[shares[1]]) == (first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Lee's approval rose 5 percent to 48 percent, and Ann Cole's fell.",
        "Ann Cole said tariffs ranged from 5 percent to 25 percent, Mary Lee said.",
    ],
    ids=["a change's size and end", "a range's ends"],
)
def test_a_change_or_a_range_has_no_two_sides(text: str) -> None:
    from helpers.holders import Names, poll_sides

    spans = [(m.start(), m.end(), "percent") for m in __import__("re").finditer(r"\d+ percent", text)]
    assert poll_sides(text, spans, [0], lambda: Names(text, [0], frozenset())) == []


def test_a_change_is_no_two_sides() -> None:
    from helpers.holders import Names, poll_sides

    text = "Mary Lee's lead over Ann Cole grew from 46 percent to 48 percent."
    spans = [(text.index("46"), text.index("46") + 10, "percent"), (text.index("48"), text.index("48") + 10, "percent")]
    assert poll_sides(text, spans, [0], lambda: Names(text, [0], frozenset())) == []


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Both Ann Lee and Sue Day, who set a best of 1:48.32, are fit.", "1:48.32", "Ann Lee and Sue Day"),
        ("Both Ann Lee and Sue Day set bests of 1:48.32 and 1:49.10.", "1:48.32", "Ann Lee and Sue Day"),
        ("Both Leeds and Hull have spent £5m on new roads.", "£5m", "Leeds and Hull"),
        ("Ann Lee and Sue Day set bests of 1:48.32 and 1:49.10.", "1:48.32", "Ann Lee and Sue Day"),
    ],
    ids=["a pair a relative clause names", "a pair as the clause's subject", "a pair of places", "no quantifier"],
)
def test_a_quantifier_before_a_pair_is_no_part_of_the_holder(text: str, surface: str, holder: str | None) -> None:
    """'Both Ann Lee and Sue Day': the quantifier counts the pair, it names no one (figures._BOTH_PAIR;
    hold20b's lead reading, round 20 wave 3)."""
    assert holder_of(text, surface) == holder
