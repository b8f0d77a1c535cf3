"""Relations: comparisons and growth, each resting on the sentences it came from."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.relations import relate
from helpers.segment import segment


def _relations(text: str):  # type: ignore[no-untyped-def]
    article = segment(text)
    figures = figures_of(article)
    return article, figures, relate(article, figures)


def test_seed_comparison_and_growth(seed_text: str) -> None:
    article, figures, relations = _relations(seed_text)
    comparison = next(r for r in relations if r.kind == "comparison")
    assert (comparison.left_surface, comparison.right_surface) == (
        "55 billion cubic meters a year",
        "155 billion cubic meters a year",
    )
    assert comparison.ratio == pytest.approx(55 / 155)
    assert comparison.difference == pytest.approx(100e9)
    assert comparison.per == "year" and comparison.unit == "meter ** 3"
    assert "55 billion" in comparison.text and comparison.sentences == (figures[2].sentence,)
    growth = next(r for r in relations if r.kind == "growth")
    assert (growth.left_surface, growth.right_surface) == ("60%", "$200 billion a year")
    assert growth.implied_base == pytest.approx(125e9)
    assert "trade turnover" in growth.caveat and "same period" in growth.caveat
    assert set(growth.sentences) == {figures[6].sentence, figures[7].sentence}
    assert len(relations) == 2


def test_figures_of_different_dimensions_are_not_compared() -> None:
    _, _, relations = _relations("Headline\n\nThe pipeline is 2,600 km long and cost $55bn over 10 years.")
    assert [r.kind for r in relations] == []


def test_units_are_converted_before_comparing() -> None:
    _, _, relations = _relations("Headline\n\nExports fell to 100 bcm, from 185 billion cubic metres.")
    (relation,) = [r for r in relations if r.kind == "comparison"]
    assert relation.ratio == pytest.approx(100 / 185)
    assert relation.difference == pytest.approx(85e9)
    (change,) = [r for r in relations if r.kind == "change"]
    assert (change.left_surface, change.right_surface) == ("185 billion cubic metres", "100 bcm")
    assert change.ratio == pytest.approx(100 / 185)


def test_comparison_in_adjacent_sentences_of_one_paragraph_only() -> None:
    text = "Headline\n\nSales were £5m in 2020. They reached £8m in 2021.\n\nCosts were £3m."
    _, figures, relations = _relations(text)
    assert [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"] == [("£5m", "£8m")]


def test_a_decrease_implies_a_higher_base() -> None:
    text = "Headline\n\nGas exports fell by 20% last year. Gas exports stood at $40bn last year."
    _, _, relations = _relations(text)
    growth = [r for r in relations if r.kind == "growth"]
    assert growth and growth[0].implied_base == pytest.approx(50e9)


def test_a_growth_with_the_level_it_reached_in_its_sentence_links_only_that_level() -> None:
    text = ("Headline\n\nAcme's revenue rose 3.5% to $27.2bn in the quarter. "
            "Analysts had expected revenue of $27.5bn.")
    _, _, relations = _relations(text)
    assert [(r.left_surface, r.right_surface) for r in relations if r.kind == "growth"] == [("3.5%", "$27.2bn")]
    text = "Headline\n\nCrude oil fell 3% to $55 a barrel and Brent oil was last at $60 a barrel, down 2% on the day."
    _, _, relations = _relations(text)
    assert ("2%", "$60 a barrel") in [(r.left_surface, r.right_surface) for r in relations if r.kind == "growth"]


def test_no_growth_relation_without_a_shared_subject() -> None:
    text = "Headline\n\nInflation rose by 5%. The bridge cost $2bn."
    _, _, relations = _relations(text)
    assert [r for r in relations if r.kind == "growth"] == []


def test_a_growth_caveat_names_one_sentence_in_the_singular() -> None:
    text = "Headline\n\nShares closed at $185.25, up 0.35%."
    _, _, relations = _relations(text)
    growth = [r for r in relations if r.kind == "growth"]
    assert growth and "(sentence 0)" in growth[0].caveat and "(sentences" not in growth[0].caveat


def test_a_relative_change_is_not_weighed_against_a_share() -> None:
    text = "Headline\n\nAcme holds a 40% stake in the venture. Its shares rose 5% on Monday, while Beta fell 2%."
    _, _, relations = _relations(text)
    pairs = [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"]
    assert pairs == [("5%", "2%")]


def _pairs(text: str) -> list[tuple[str, str]]:
    _, _, relations = _relations("Headline\n\n" + text)
    return [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"]


def test_a_fraction_is_weighed_against_a_percent_in_percent() -> None:
    _, _, relations = _relations("Headline\n\nWomen gave a fifth of all donations this year, compared with just 1 percent in 2010.")
    (relation,) = [r for r in relations if r.kind == "comparison"]
    assert (relation.left_surface, relation.right_surface) == ("a fifth", "1 percent")
    assert relation.unit == "%" and relation.ratio == pytest.approx(20) and relation.difference == pytest.approx(-19)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # two fractions, one sentence: a share of one group against a share of another
        ("Close to half of her fund-raisers are women, compared with about a third of his.", [("half", "a third")]),
        # a fraction that is a change ("down three-quarters") is no share of anything
        ("The deficit was 2.5 percent of output last year, down three-quarters from its peak.", []),
        # the same share said twice, in two forms, right after each other: a restatement, not a comparison
        ("More than half of her support (57 percent) comes from women.", []),
        ("Just shy of half, 49%, say the plan is working.", []),
        ("But nearly four in 10 likely voters — 39 percent — said they would stay home.", []),
        ("About a third of members - 34% - voted against the deal.", []),
        # a dash that closes nothing opens a clause of its own: two shares compared (review32)
        ("Nearly half of likely voters back Smith - 38 percent back Jones.", [("half", "38 percent")]),
        ("A third of men support the plan — 20 percent of women do.", [("A third", "20 percent")]),
        # the same form after a comma is a list, and each pair is a comparison
        ("The club turned down bids of £3m, £4m and £5m for the striker.", [("£3m", "£4m"), ("£3m", "£5m"), ("£4m", "£5m")]),
    ],
)
def test_which_shares_and_lists_are_compared(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_figures_of_two_sentences_are_compared_only_when_they_measure_one_thing() -> None:
    text = "Forty percent of the budget goes on schools. Turnout in the city was 60 percent."
    assert _pairs(text) == []
    assert _pairs("Exports of wheat were £5m in 2020. Exports of wheat reached £8m in 2021.") == [("£5m", "£8m")]


def test_an_amount_each_is_not_compared_with_a_total() -> None:
    """'gave $3m or more apiece' is a rate per donor: set against the fund's $500m total it made a
    comparison of 167 times."""
    _, figures, relations = _relations(
        "Headline\n\nThe fund has raised $500 million. Most of it came from 60 donors who gave $3 million or more apiece."
    )
    assert [f.per for f in figures if f.kind == "money"] == [None, "item"]
    assert [r for r in relations if r.kind == "comparison"] == []


def test_two_totals_are_still_compared() -> None:
    _, _, relations = _relations("Headline\n\nThe fund has raised $500 million. Its rival raised $3 million.")
    assert [r.kind for r in relations] == ["comparison"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "respectively" with two lists of two: the i-th of one with the i-th of the other, nothing else
        (
            "Acme now sees sales growth of 2 percent and profit growth of 5 percent, down from earlier guidance of up 3 percent and up 6 percent, respectively.",
            [("2 percent", "3 percent"), ("5 percent", "6 percent")],
        ),
        # the same sentence without "respectively" is a list of four: neighbours only
        (
            "Acme now sees sales growth of 2 percent and profit growth of 5 percent, down from earlier guidance of up 3 percent and up 6 percent.",
            [("2 percent", "5 percent"), ("5 percent", "3 percent"), ("3 percent", "6 percent")],
        ),
        # one measure across five holders: four neighbouring pairs, not ten
        (
            "The survey put Adams at 30 percent, Baker at 25 percent, Clark at 20 percent, Dunn at 15 percent and Evans at 10 percent.",
            [("30 percent", "25 percent"), ("25 percent", "20 percent"), ("20 percent", "15 percent"), ("15 percent", "10 percent")],
        ),
        # two measures alternating: neighbours, and each with the next of its own subject (the two taxes)
        (
            "Acme holds $9 billion abroad and would owe $3 billion in taxes; Beta holds $5 billion abroad and would owe $1 billion in taxes.",
            [("$9 billion", "$3 billion"), ("$3 billion", "$5 billion"), ("$3 billion", "$1 billion"), ("$5 billion", "$1 billion")],
        ),
    ],
)
def test_lists_of_more_than_three_and_respectively_give_the_pairs_a_reader_makes(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a table flattened into one sentence: the last cells of two rows are not weighed against each other
        ("Ticker\tName\tLast\tChange %\nAB\tACME CORP.\t120.50\t-3.20%\nCD\tBETA INC.\t45.10\t-1.60%", []),
        # a year before a figure is no table cell, nor is a list's number before its comma
        ("The fund plans to spend by 2008 £60bn and by 2010 £80bn.", [("£60bn", "£80bn")]),
        ("Acme shares fell 3.2% while Beta shares fell 1.6%.", [("3.2%", "1.6%")]),
    ],
)
def test_the_rows_of_a_table_are_not_compared(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # two holders, two subjects: one athlete's title distance is no measure of the other's medal
        ("Ann Lee won the 400m title, while Mia Ray won silver in the 800m.", []),
        ("Ann Lee won the 400m title in Rome, and Mia Ray won the 800m silver medal in Paris.", []),
        # one measure across two holders is still compared
        ("Acme won 45 percent of the vote, while Beta took 38 percent.", [("45 percent", "38 percent")]),
        # a word that sets the one against the other keeps the pair, whatever the holders and subjects
        ("Ann Lee set a personal best of 6.66m, beating Mia Ray's meeting record of 6.52m.", [("6.66m", "6.52m")]),
        ("Acme's plan would invest £60bn in schools, against Beta's plan to cut spending by £35bn.", [("£60bn", "£35bn")]),
    ],
)
def test_figures_of_two_holders_and_two_subjects_are_compared_only_when_set_against_each_other(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # one holder's fall is no part of another holder's price, though both are 'stock'
        ("Acme's stock closed down 2 percent at $40; Beta's stock fell 4 percent to $250.", [("2 percent", "$40"), ("4 percent", "$250")]),
        # a holder of short words ('U.S.') is still one holder
        ("U.S. crude fell 3% to $55 a barrel.", [("3%", "$55 a barrel")]),
    ],
)
def test_a_growth_links_a_level_of_the_same_holder(text: str, pairs: list[tuple[str, str]]) -> None:
    _, _, relations = _relations("Headline\n\n" + text)
    assert [(r.left_surface, r.right_surface) for r in relations if r.kind == "growth"] == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a margin over something else is no level: not weighed against one
        ("Acme sold 9 million cars this year and 2 million more cars than Beta.", []),
        ("The new model would cost $30,000, which is almost $5,000 more than it costs now.", []),
        # two margins are weighed against each other, and a bound ('more than 60 percent') is a level
        ("Acme won 3 million more votes than Beta and 5 million more votes than Gamma.", [("3 million more votes", "5 million more votes")]),
        ("More than 60 percent of members voted yes, against 30 percent last year.", [("60 percent", "30 percent")]),
        # a margin in any unit: short of, behind, adrift of, clear of
        ("She cleared 2.20m, just 3cm short of the qualifying standard.", []),
        ("Its 301 seats were 17 seats short of a majority.", []),
        ("He won in 48.10 seconds, with Lee two seconds behind in second.", []),
        ("The fund raised £8m, £2m shy of its target.", []),
    ],
)
def test_a_margin_is_not_compared_with_a_level(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the same figure said again is no comparison (a ratio of 1 between one thing and itself)
        ("Four guards walked in. Nobody can stop four guards.", []),
        ("The levy, at 20 percent, is the highest in the region. Acme wants the levy of 20 percent cut.", []),
        # nor in other words (user33, BBC: "12 men is 1 times 12")
        ("The detention of 12 men was unlawful. The 12 affected are from Leeds.", []),
        ("She earns $5 per hour. A wage of $5 an hour is too low, she said.", []),
        # two named holders at one level are
        ("The poll put Lee at 3 percent and Ray at 3 percent.", [("3 percent", "3 percent")]),
    ],
)
def test_a_figure_said_again_is_not_compared_with_itself(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("sentence", "ratio", "difference"),
    [
        ("The index fell 0.36% and the other index rose 0.24% on the day.", -1.5, 0.6),
        ("The index rose 0.5% and the other index rose 0.25% on the day.", 2.0, -0.25),
        ("Sales fell 4% to $90m, against $100m a year earlier.", 0.9, 10e6),  # levels stay as stated
    ],
)
def test_two_changes_are_weighed_with_their_direction(sentence: str, ratio: float, difference: float) -> None:
    _, _, relations = _relations(f"Markets\n\n{sentence}")
    comparison = next(r for r in relations if r.kind == "comparison")
    assert comparison.ratio == pytest.approx(ratio) and comparison.difference == pytest.approx(difference)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # distances that name events are no measures to weigh against each other
        ("She won the 100m and 200m titles at the trials.", []),
        ("The 800m champion will run the 1500m on Sunday.", []),
        # distances run are
        ("The new track is 400m long, the old one was 200m long.", [("400m", "200m")]),
    ],
)
def test_distances_that_name_events_are_not_compared(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # one index's points are no other's, and a move is no level
        ("The Harbour Index fell 48.5 points, or 0.4%, to 11,902.37, and the Delta Index lost 12.1 points, or 0.2%, to 6,020.5.", [("0.4%", "0.2%")]),
        # two players' points are
        ("Mira Tal kicked 19 points and Ann Lee scored 12 points.", [("19", "12")]),
        # a margin in points is no level
        ("The draw leaves Rovers on 40 points, three points behind the leaders.", []),
    ],
)
def test_market_points_are_not_compared(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_a_move_between_events_is_not_compared() -> None:
    assert _pairs("Tom Reed stepped down from his favoured 400m to 200m last winter.") == []


def test_a_growth_takes_the_level_its_own_sentence_states() -> None:
    text = ("Headline\n\nTrade reached $240bn in 2023, up 26% from 2022. "
            "In the first half of 2023 trade was $114.5bn, up 40% on a year earlier. In 2021 trade stood at $147bn.")
    _, _, relations = _relations(text)
    assert sorted((r.left_surface, r.right_surface) for r in relations if r.kind == "growth") == [
        ("26%", "$240bn"), ("40%", "$114.5bn")]
    assert all("states the two together" in r.caveat for r in relations if r.kind == "growth")


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nExports rose 12% in 2022. Exports were worth $40bn in 2019.",
        "Headline\n\nRevenue rose 5% in 2023 and analysts expect revenue of $3.3bn in 2025.",  # its own sentence's, another year
    ],
)
def test_a_growth_is_not_tied_to_a_level_of_another_period(text: str) -> None:
    _, _, relations = _relations(text)
    assert [r for r in relations if r.kind == "growth"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nSales were $147bn in 2021, and $114.5bn in the first half of 2023.",  # a year and a half-year
        "Headline\n\nThe scheme costs £4bn and gives each pensioner £340.",  # a total and a share of it
    ],
)
def test_figures_of_other_period_lengths_or_scales_are_not_compared(text: str) -> None:
    _, _, relations = _relations(text)
    assert [r for r in relations if r.kind == "comparison"] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Headline\n\nDebt stood at £2.1bn at the end of March 2024, compared with £1.8bn in 2023.", ("£2.1bn", "£1.8bn")),
        ("Headline\n\nThe economy grew 0% in the third quarter, after growth of 0.5% in the second quarter.", ("0%", "0.5%")),
    ],
    ids=["a level at a date against a year", "a zero against a small rate"],
)
def test_a_level_at_a_date_and_a_zero_are_still_compared(text: str, pair: tuple[str, str]) -> None:
    _, _, relations = _relations(text)
    assert pair in [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"]


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        # the level a change started from keeps the rate its end states ("up from £4.85" is £4.85 an hour)
        ("The adult rate will rise to £5.05 an hour in October, up from £4.85.", 5.05 / 4.85),
        ("Sales rose to 5 million tonnes a year from 4 million tonnes.", 1.25),
    ],
)
def test_a_change_relates_its_ends_when_only_the_end_states_the_rate(sentence: str, ratio: float) -> None:
    (change,) = [r for r in _relations("Headline\n\n" + sentence)[2] if r.kind == "change"]
    assert change.ratio == pytest.approx(ratio) and change.per in ("hour", "year")


def test_shares_of_one_group_asked_different_questions_are_not_weighed_across_sentences() -> None:
    # "voters" is whom a poll asked, not what it measured: two questions' shares are two readings
    text = ("Headline\n\nJust 28 percent of voters said they liked the plan, compared with 33 percent last month. "
            "Asked about the new tax, 46 percent of voters said it was too high.")
    pairs = {(r.left_surface, r.right_surface) for r in _relations(text)[2] if r.kind == "comparison"}
    assert pairs == {("28 percent", "33 percent")}
    # one measure of the group, stated again in the next sentence, is still weighed
    text = "Headline\n\nSupport for the plan among voters rose to 48 percent. A month ago, support among voters was 41 percent."
    pairs = {(r.left_surface, r.right_surface) for r in _relations(text)[2] if r.kind == "comparison"}
    assert pairs == {("48 percent", "41 percent")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a share of some of those asked is no share of all of them (user33: "7% undecided" against "27% of those
        # who named a candidate")
        ("Smith has 45%, with 7% undecided, and 27% of those who named a candidate said they could change their minds.",
         [("45%", "7%")]),
        ("In the survey, 7 percent were undecided. Among those who named a candidate, 27 percent said they could change their minds.", []),
        # two match-ups: each candidate's share against the other's in the same match-up only
        ("In the poll, 50 percent chose Acme while 40 percent chose Beta. In a closer match-up, 48 percent chose Acme while 45 percent chose Gamma.",
         [("50 percent", "40 percent"), ("48 percent", "45 percent")]),
        ("Lee beat Ray by one point, 47 percent to 46 percent. When it came to Kim, 48 percent chose him while 45 percent chose Ray.",
         [("47 percent", "46 percent"), ("48 percent", "45 percent")]),
        # a frame that names the match-up the sentence before gave goes on with it
        ("In the poll, 54 percent would vote for Lee and 25 percent for Ray. In a Lee-Ray matchup, 21 percent would not vote.",
         [("54 percent", "25 percent"), ("54 percent", "21 percent"), ("25 percent", "21 percent")]),
        ("Against Lee, Ray earned 51 percent to her 35 percent, while against Kim, he prevailed 46 percent to 40 percent.",
         [("51 percent", "35 percent"), ("46 percent", "40 percent")]),
        # a group an answer made ("Lee supporters") against everyone asked: another question
        ("Some 61 percent of Lee supporters say their minds are made up, while 12 percent of voters are undecided.", []),
        # parts of the sample asked one question stay ("of men", "of over-55s"), as does a share and its group's next
        ("Some 69% of over-55s say they always vote, while just 17% of 18 to 24 year olds do.", [("69%", "17%")]),
        ("Some 61 percent of Lee supporters said yes and 30 percent said no.", [("61 percent", "30 percent")]),
        ("In the poll, 50 percent of respondents chose Acme while 40 percent chose Beta.", [("50 percent", "40 percent")]),
        ("Among Republicans, 27 percent back Lee and 22 percent back Ray. Kim has 15 percent.",
         [("27 percent", "22 percent"), ("27 percent", "15 percent"), ("22 percent", "15 percent")]),
    ],
)
def test_poll_shares_compare_within_one_group_and_one_match_up(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a change and the level it moved: a flow and a stock, no ratio (user33: "311,000 is 130 times 2,400")
        ("Employment rose by 2,400 jobs to 311,000 jobs in March.", []),
        ("Sales fell by $5m to $40m.", []),
        ("Unemployment fell by 3,000 people to 1.5 million people.", []),
        # two changes, or two levels, still compare
        ("Exports rose by $5bn while imports rose by $3bn.", [("$5bn", "$3bn")]),
        ("Sales fell by $5m to $40m, from $45m.", [("$40m", "$45m")]),
    ],
)
def test_a_change_is_not_compared_with_a_level(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the change in the next sentence of the level of the same thing: still a flow and a stock
        ("Employment rose by 2,400 jobs in March. There are now 311,000 jobs in the state.", []),
        # the same change for another case in one sentence is no level, nor another holder's tally
        ("That would need a net gain of four seats if Acme wins or five seats if it loses.", [("four seats", "five seats")]),
        ("Lee has won 25 delegates so far. Ray picked up two delegates in Ohio.", [("25 delegates", "two delegates")]),
        # "of them" is the group before; "of those" the ones who gave the answer
        ("Over half of the voters backed Lee. Nearly 10 percent of them voted for Ray.", [("half", "10 percent")]),
        ("Some 36 percent of Democrats said they would switch; 62 percent of those were Ray supporters.", []),
    ],
)
def test_a_change_and_a_share_are_weighed_against_their_own_kind(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_two_rates_per_the_same_base_are_compared_and_the_base_is_no_figure() -> None:
    """'1,057 per 100,000 people, up from 879 per 100,000' gave '100,000 people is 114 times 879 people': the
    two rates are the comparison, per the same base."""
    text = "Headline\n\nHospital admissions reached 1,057 per 100,000 people, up from 879 per 100,000 five years earlier."
    _, figures, relations = _relations(text)
    assert [f.value for f in figures if f.kind != "duration"] == [1057, 879]
    pairs = [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"]
    assert pairs == [("1,057 per 100,000 people", "879 per 100,000")] or pairs == [("879 per 100,000", "1,057 per 100,000 people")]
