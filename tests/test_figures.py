"""Figures: table-driven cases for every rule, the seed's expectations, properties for any text."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from helpers.figures import Figure, extract_figures, figures_of
from helpers.numbers import VULGAR_FRACTIONS, parse_number
from helpers.segment import segment

from .conftest import RESOURCES, SHARED

GOLD = Path(__file__).parent / "gold"

CASES = json.loads((RESOURCES / "figure_cases.json").read_text(encoding="utf-8"))


def _in_article(text: str) -> dict[str, Figure]:
    """The figures of `text` read as an article's body (under a headline), by surface."""
    return {f.surface: f for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)}


def _matches(figure: Figure, expected: dict[str, object]) -> bool:
    for key, want in expected.items():
        got = getattr(figure, key)
        if key == "flags":
            got = list(got)
        if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None:
            if not math.isclose(float(got), float(want), rel_tol=1e-6):
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_figure_cases(case: dict[str, object]) -> None:
    figures = extract_figures(str(case["text"]))
    expected = case["figures"]
    assert isinstance(expected, list)
    assert [f.surface for f in figures] == [e["surface"] for e in expected]
    for figure, want in zip(figures, expected):
        assert _matches(figure, want), (figure, want)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500), ("1.5", 1.5), ("-3", -3), ("two", 2), ("twenty-five", 25), ("a dozen", 12),
        ("one and a half", 1.5), ("three hundred thousand", 300000), ("two-thirds", 0.666667),
        ("a quarter", 0.25), ("half", 0.5), ("two million", 2e6), ("a hundred", 100),
        ("one hundred and five", 105), ("two thousand and twelve", 2012), ("two and three", None),
        ("half a dozen", 6), ("a half-dozen", 6), ("half a million", 5e5), ("a half million", 5e5),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value"),
    [
        ("She regrets half a dozen votes.", "half a dozen votes", "count", 6),
        ("A half-dozen donors gave more.", "A half-dozen donors", "count", 6),
        ("Half a million people marched.", "Half a million people", "count", 5e5),
        ("About half a billion dollars was spent.", "half a billion dollars", "money", 5e8),
        ("Half of the MPs voted.", "Half", "number", 0.5),  # a share of a group stays a fraction
        ("She ate half a pizza.", "half", "number", 0.5),  # and so does a part of a thing
        ("The vote took half an hour.", "half an hour", "duration", 0.5),  # a part of one unit is that unit
        ("Rates rose half a percentage point.", "half a percentage point", "percentage_points", 0.5),
        ("He walked half a mile home.", "half a mile", "quantity", 0.5),
    ],
)
def test_half_of_a_scale_or_a_unit_is_a_number_not_a_share(sentence: str, surface: str, kind: str, value: float) -> None:
    (figure,) = figures_of(segment("Headline\n\n" + sentence))
    assert (figure.surface, figure.kind, figure.value) == (surface, kind, pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("A survey of 1,313 people suggests most back the plan.", "1,313 people"),  # the plural's verb
        ("A study by four economists finds that wages fell.", "four economists"),
        ("He owns 10 vans it's said.", "10 vans"),  # a contracted pronoun
        ("She played three singles matches on Friday.", "three singles matches"),  # a noun that may be a verb
        ("They filed four police reports last year.", "four police reports"),
        ("The site deleted two million people's posts.", "two million people's posts"),
        ("Labour won two big seats whereas the Tories lost.", "two big seats"),  # an -s conjunction
        ("He made two very fine saves.", "two very fine saves"),  # an adverb inside the phrase stays
    ],
)
def test_a_counted_noun_ends_before_a_verb_or_conjunction_not_before_a_second_noun(sentence: str, surface: str) -> None:
    assert [f.surface for f in figures_of(segment("Headline\n\n" + sentence))][0] == surface


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Between two and three people were hurt.", 2, 3),
        ("Some five or six firms bid.", 5, 6),
        ("One hundred and five people were hurt.", None, None),
    ],
)
def test_number_words_joined_by_and_or_or_are_two_ends_unless_a_scale_comes_first(sentence: str, low: float | None, high: float | None) -> None:
    """"and" joins number words into one number only after a scale ("one hundred and five"):
    "between two and three" is a range, not five."""
    (figure,) = figures_of(segment("Headline here\n\n" + sentence, tokens=False), boilerplate=False)
    assert (figure.low, figure.high) == (low, high)
    assert figure.value == (low if low is not None else 105)


def test_seed_figures(seed_text: str) -> None:
    figures = figures_of(segment(seed_text))
    readings = [(f.kind, f.value, f.unit, f.per, f.qualifier) for f in figures]
    assert readings == [
        ("duration", 2, "day", None, None),
        ("duration", 10, "year", None, None),
        ("quantity", 55e9, "meter ** 3", "year", None),
        ("quantity", 155e9, "meter ** 3", "year", None),
        ("duration", 10, "year", None, "at least"),
        ("duration", 2, "year", None, "nearly"),
        ("percent", 60, "%", None, None),
        ("money", 200e9, "USD", "year", None),
        ("duration", 30, "year", None, "over"),
        ("number", 2, None, None, None),
    ]
    assert [f.subject for f in figures[2:4]] == ["pipeline capacity", "supplies to Europe"]
    assert figures[6].subject == figures[7].subject == "trade turnover"
    assert figures[7].time == "By early 2024"
    assert figures[-1].flags == ("unit_missing", "boilerplate")
    assert "boilerplate" in figures[-2].flags
    assert not any("Siberia" in f.surface or f.value in (2022, 2023, 2024) for f in figures)


def test_article_offsets_point_at_the_surface(seed_text: str) -> None:
    article = segment(seed_text)
    for figure in figures_of(article):
        if "boilerplate" in figure.flags:
            source = segment(seed_text)
            assert figure.surface in " ".join(r.text for r in source.removed)
        else:
            assert article.text[figure.start : figure.end] == figure.surface
            sentence = article.sentences[figure.sentence]
            assert sentence.start <= figure.start < figure.end <= sentence.end


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "corpora" / "polnear").is_dir(), reason="../shared/corpora is not present")
def test_meaning_offsets_point_at_their_words_across_sentences(seed_text: str) -> None:
    """Holders named in an earlier sentence, shares carried from one: every offset still points at
    the words shown."""
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpora" / "polnear" / "dev" / "text").glob("*.txt"))[:12]]
    for text in texts:
        article = segment(text)
        for figure in figures_of(article, boilerplate=False):
            for key in ("subject", "holder", "time"):
                value = getattr(figure, key)
                if value is not None:
                    start, end = getattr(figure, f"{key}_start"), getattr(figure, f"{key}_end")
                    assert article.text[start:end] == value or (key == "subject" and value.endswith(article.text[start:end])), (key, figure)


NEWSY = st.lists(
    st.sampled_from(
        ["$", "£", "€", "1,500", "2.5", "bn", "m", "million", "two", "-", "–", "to", "and", "between",
         "%", "per cent", "percentage points", "years", "a year", "bcm", "km", "people", "nearly", "at least",
         "rose", "by", "from", "2024", "March", "Siberia", "(", ")", "minus", "-year-old", "half", "of", " ",
         "--", "—", "since", "then", "ended", "with", "that", "Unlike", "following", "[1]", "80's", "percent",
         "Ann Cole", "Bob Lee", "leads", "respectively", "hp", "L", "age group", "in", "and", "December", "."]
    ),
    max_size=40,
).map(" ".join)


@given(st.one_of(st.text(max_size=300), NEWSY))
@settings(max_examples=500, deadline=None)
def test_any_text_gives_figures_whose_offsets_and_values_hold(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.surface
        assert math.isfinite(figure.value)
        assert figure.kind in ("money", "percent", "percentage_points", "quantity", "duration", "count", "number")
        if figure.low is not None:
            assert figure.high is not None and math.isfinite(figure.high)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "bn", " million", "%", " km", " years"]))
@settings(max_examples=300, deadline=None)
def test_written_numbers_read_back(number: int, tail: str) -> None:
    text = f"It was {number:,}{tail} in all."
    figures = extract_figures(text)
    assert len(figures) == 1  # "1,800" with a separator is a number, never a year
    if tail == "":
        assert figures[0].flags == ("unit_missing",)
    scale = {"bn": 1e9, " million": 1e6}.get(tail, 1)
    assert figures[0].value == pytest.approx(number * scale)


MEANING_CASES = json.loads((RESOURCES / "figure_meaning_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", MEANING_CASES, ids=[c["why"] for c in MEANING_CASES])
def test_what_whose_and_when(case: dict[str, object]) -> None:
    text = str(case["text"])
    figures = {f.surface: f for f in extract_figures(text)}
    for want in case["figures"]:  # type: ignore[union-attr]
        figure = figures[want["surface"]]
        for key in ("subject", "holder", "time"):
            if key in want:
                assert getattr(figure, key) == want[key], (key, figure)
            value, start, end = getattr(figure, key), getattr(figure, f"{key}_start"), getattr(figure, f"{key}_end")
            if value is None:
                assert start is None and end is None
            elif key != "subject" or " " not in value or text[start:end] == value:
                assert text[start:end] == value or value.endswith(text[start:end]), (key, value, text[start:end])


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Headline\n\nIn Wales, the number waiting fell from 7,613 to 6,630.", "6,630", "Wales"),
        ("Headline\n\nBritain urged others to give, after pledging £960m to the scheme.", "£960m", "Britain"),
        ("Headline\n\nThe tax will raise £5bn a year, John Smith said.", "£5bn a year", None),
        ("Headline\n\nAccording to the IMF, growth will reach 3% next year.", "3%", None),
    ],
    ids=["a place before the figure", "a country before the figure", "a source is no holder", "nor is a cited body"],
)
def test_the_nearest_name_before_holds_a_figure_the_structure_left_without(text: str, surface: str, holder: str | None) -> None:
    article = segment(text)
    figure = next(f for f in figures_of(article) if f.surface == surface)
    assert figure.holder == holder
    if holder is not None:
        assert article.text[figure.holder_start : figure.holder_end] == holder


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Among Greens alone, Ms. Lane leads Mr. Ford 51 percent to 40 percent. Ms. Lane is leading Mr. Ford among likely voters"
            " 48 percent to 41 percent; Mr. Diaz would beat him 50 percent to 38 percent.",
            "50 percent",
            "likely voters",
        ),
        ("Among Greens, Ms. Lane leads Mr. Ford 51 percent to 40 percent. Mr. Diaz would beat him 50 percent to 38 percent.", "50 percent", "Greens"),
    ],
)
def test_a_carried_share_takes_its_own_sentences_group_first(text: str, surface: str, subject: str) -> None:
    # a share with no group of its own is of the group a share before it in the same sentence was of,
    # a subgroup ("among likely voters") too, before the poll's group read in an earlier sentence
    assert _in_article(text)[surface].subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Headline\n\nA survey of 800 farmers was taken in May. Some 70 percent believe prices will fall, up from 60 percent a decade ago.", "60 percent", "farmers"),
        ("Headline\n\nA survey of 800 farmers was taken in May. Some 70 percent believe rents will rise, down from 75 percent last year.", "75 percent", "farmers"),
    ],
    ids=["up from", "down from"],
)
def test_the_base_of_a_carried_share_carries_the_polls_group(text: str, surface: str, subject: str) -> None:
    # "70 percent believe prices will fall, up from 60 percent": the base is the same poll's share,
    # not a share of a noun of the clause between ("prices")
    assert _in_article(text)[surface].subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Headline\n\nA poll of 900 voters was taken. Of the $215 million raised, just $9.2 million, or about 4 percent, went to ads.", "4 percent", None),
        ("Headline\n\nA poll of 900 voters was taken. Sales fell to $9.2 million, or 4 percent, last year.", "4 percent", "Sales"),
        ("Headline\n\nThe index fell 102.2 points, or 0.36%, to 27,934.02.", "0.36%", "index"),
    ],
    ids=["an amount with no measured thing", "an amount with one", "a market index"],
)
def test_a_share_after_comma_or_restates_the_figure_before_it(text: str, surface: str, subject: str | None) -> None:
    # "$9.2 million, or about 4 percent, went to ...": the same amount as a share of the whole, not a share
    # of the poll's group read in an earlier sentence
    assert _in_article(text)[surface].subject == subject


@pytest.mark.parametrize(
    ("text", "subject", "holder"),
    [
        ("Headline\n\nOil output rose 5% last year. It reached 10m barrels a day in December.", "Oil output", None),
        ("Headline\n\nGazprom is Russia's biggest firm. Its profits rose 5% to $4bn.", "profits", "Gazprom"),
        ("Headline\n\nThe price of oil fell in May. It averaged $50.", "price of oil", None),
    ],
)
def test_it_carries_the_previous_sentences_subject(text: str, subject: str, holder: str | None) -> None:
    article = segment(text)
    last = figures_of(article)[-1]
    assert (last.subject, last.holder) == (subject, holder)
    assert article.text[last.subject_start : last.subject_end] == subject
    carried = last.subject_start if holder is None else last.holder_start
    assert last.sentence == 1 and carried < article.sentences[1].start  # the words it came from


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nTwo economists, Tom Smith and Ann Lee, studied the levy. Last year, it averaged $50.",
        "Headline\n\nHouse prices fell in May. It would take two to three weeks to agree a deal.",
    ],
)
def test_it_carries_no_plural_or_coordination(text: str) -> None:
    """"It" is singular: a sentence before about two people or a plural gives it nothing to stand for."""
    assert figures_of(segment(text))[-1].subject is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Headline\n\nBernie Sanders had a strong quarter. He raised $33m from small donors.", "Bernie Sanders"),
        ("Headline\n\nLeeds United were sold on Friday. The club had a debt of £103m.", "Leeds United"),
        ("Headline\n\nRussia and China signed a deal. Trade between the countries rose 60% last year.", "Russia and China"),
        ("Headline\n\nRangers want Barry Ferguson back. The 26-year-old has handed in a transfer request.", "Barry Ferguson"),
        ("Headline\n\nAnn Widdecombe declared a £100,000 advance. She also received £30,000 for her column.", "Ann Widdecombe"),
        ('Headline\n\nJohn Smith spoke at the launch. "Last year I earned £5m from speeches," he said.', "John Smith"),
    ],
)
def test_a_pronoun_or_description_names_the_holder_written_before(text: str, holder: str) -> None:
    article = segment(text)
    last = figures_of(article)[-1]
    assert last.holder == holder
    assert article.text[last.holder_start : last.holder_end] == holder
    assert last.holder_start < article.sentences[1].start  # the words it came from, in the earlier sentence


def test_i_is_the_speaker_named_beside_a_speech_verb() -> None:
    article = segment('Headline\n\nMary Jones chaired the launch. "Last year I earned £5m from speeches," John Smith said.')
    last = figures_of(article)[-1]
    assert last.holder == "John Smith" and article.text[last.holder_start : last.holder_end] == "John Smith"


def test_a_pronoun_with_no_name_before_it_holds_nothing() -> None:
    article = segment("Headline\n\nThe weather was poor. It cost the region £5m.")
    assert figures_of(article)[-1].holder is None


def test_a_share_of_a_poll_carries_its_group() -> None:
    article = segment("Headline\n\nSome 63% of those polled backed him. Another 32% said he should go.")
    assert [f.subject for f in figures_of(article)] == ["those polled", "those polled"]


@given(NEWSY)
@settings(max_examples=300, deadline=None)
def test_meaning_offsets_hold_for_any_text(text: str) -> None:
    for figure in extract_figures(text):
        for key in ("holder", "time"):
            value = getattr(figure, key)
            if value is not None:
                assert text[getattr(figure, f"{key}_start") : getattr(figure, f"{key}_end")] == value
        if figure.subject is not None:
            assert 0 <= figure.subject_start < figure.subject_end <= len(text)


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora is not present")
def test_meaning_gold_stays_above_its_floor() -> None:
    """Regression guard on the blind gold (benchmarks/figures.py reports the numbers): every split
    stays well above the words-next-to-the-number baseline (head 0.14, holder 0.34, time 0.80), and
    near what the rules reach now (tune 0.82 / 0.76 / 0.93, train 0.79 / 0.68 / 0.91, train2 0.75 /
    0.53 / 0.89, test 0.64 / 0.51 / 0.84); the extractor finds at least 0.95 of every split's gold
    figures (0.97-0.99 now)."""
    from helpers import meaning_score as ms

    gold = json.loads((GOLD / "figure_meaning.json").read_text(encoding="utf-8"))
    assert len(gold) >= 220 and {g["split"] for g in gold} == {"tune", "test"}
    train = json.loads((GOLD / "figure_meaning_train.json").read_text(encoding="utf-8"))
    assert len(train) >= 400 and {g["split"] for g in train} == {"train"}
    train2 = json.loads((GOLD / "figure_meaning_train2.json").read_text(encoding="utf-8"))
    assert len(train2) >= 300 and {g["split"] for g in train2} == {"train2"}
    assert not any("sentence" in g for g in gold + train + train2)  # the gold holds no article text
    gold += train + train2

    def read(path: str) -> tuple[str, str, list[ms.Prediction]]:
        raw = (SHARED / path).read_text(encoding="utf-8")
        article = segment(raw, tokens=False)
        return raw, article.text, [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures_of(article, boilerplate=False)]

    floors = {"tune": (0.78, 0.71, 0.89), "train": (0.76, 0.63, 0.87), "train2": (0.71, 0.42, 0.83), "test": (0.60, 0.47, 0.81)}
    for split, (head, holder, time) in floors.items():
        result, _ = ms.score_split(gold, split, read)
        assert result.coverage > 0.95, (split, result)
        assert result.rate("head") > head and result.rate("holder") > holder and result.rate("time") > time, (split, result)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pollsters interviewed 900 adults last week.\n\nSome 61% said prices were too high.", "adults"),
        ("A survey of 1,200 nurses was published.\n\nAbout 45% said they planned to leave.", "nurses"),
        ("Some 30% of those polled backed the plan. The firm then questioned 500 drivers.\n\nAbout 62% said roads were worse.", "drivers"),
    ],
)
def test_a_poll_sample_is_the_group_later_shares_are_of(text: str, want: str) -> None:
    """A count that is a poll's sample (the object of "interviewed", "polled"; "a survey of N")
    names the group the article's next shares are of, replacing any group carried before it."""
    figures = figures_of(segment("Poll\n\n" + text), boilerplate=False)
    assert figures[-1].kind == "percent" and figures[-1].subject == want


@pytest.mark.parametrize("verb", ["plummeted", "skyrocketed", "crumbled", "ballooned", "tanked", "collapsed", "leapt"])
def test_an_intransitive_verb_of_change_moves_its_subject(verb: str) -> None:
    """"the bank's share price plummeted 13 percent": a verb of change with no object, listed or not
    among the common ones (rose, fell), says what the figure measures: its subject."""
    figures = figures_of(segment(f"Shares\n\nAfter the merger, the bank's share price {verb} 13 percent."), boilerplate=False)
    assert figures[0].subject == "share price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [("That’s a sharp rise from the 1 percent who backed him in May.", "1 percent"),
     ("She says it hasn’t rained in six weeks.", "six weeks")],
    ids=["a contraction's 's", "a contraction's n't"],
)
def test_a_subject_that_ends_in_a_verb_or_contraction_names_no_thing(text: str, surface: str) -> None:
    """"That’s ... the 1 percent": a tagger's slip that leaves a verb or a contraction as the subject
    names no measured thing, so the subject is left empty (or carried from a real one)."""
    figure = next(f for f in figures_of(segment("Poll\n\n" + text), boilerplate=False) if f.surface == surface)
    assert figure.subject is None


def test_it_takes_a_duration_to_do_something_measures_no_thing_named_before() -> None:
    """"It took 20 minutes to get ready": an anticipatory "it" stands for the infinitive after the
    duration, not for the topic of the sentence before ("The team leader ..."); "It lasted two hours"
    still carries what "it" is."""
    figures = figures_of(segment("Drill\n\nThe team leader called the guards. It took 20 minutes to get ready.\n\n"
                                 "The meeting was held in private. It lasted two hours."), boilerplate=False)
    assert [(f.surface, f.subject) for f in figures] == [("20 minutes", None), ("two hours", "meeting")]


def test_a_share_saying_how_far_the_count_has_got_is_no_group_for_the_next_shares() -> None:
    """"with 90 percent of precincts reporting" is an absolute phrase about the count, so the shares of the
    next sentence are no shares of precincts."""
    figures = figures_of(segment("Count\n\nLee led narrowly with 90 percent of precincts reporting. Lee had 50.2 percent to Diaz's 49.1 percent."),
                         boilerplate=False)
    assert [(f.surface, f.subject) for f in figures] == [("90 percent", "precincts"), ("50.2 percent", None), ("49.1 percent", None)]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [("World Indoor 800m record holder Kovac said it would be hard.", "800m", None),
     ("The chancellor gave a 49 minute speech Mr Lee had written.", "49 minute", "speech")],
    ids=["a role and a name", "a thing and the name of a relative clause"],
)
def test_a_subject_that_runs_into_a_name_loses_it(text: str, surface: str, subject: str | None) -> None:
    """"800m record holder Kovac": a person's role and name measure no thing; "a 49 minute speech Mr Lee
    had written": the thing keeps its noun without the name that opens a relative clause."""
    figure = next(f for f in figures_of(segment("Report\n\n" + text), boilerplate=False) if f.surface == surface)
    assert figure.subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [("The city counts 300 new libraries. The card is free to all residents age 16 and up.", "16"),
     ("The board named two new judges. The mayor, whose age, 52, was a theme, spoke.", "52")],
    ids=["age and up", "an age set off by commas"],
)
def test_a_number_right_after_age_is_an_age(text: str, surface: str) -> None:
    """"residents age 16 and up", "whose age, 52,": an age measures no thing, so no count noun of the
    sentence before ("libraries", "judges") is carried onto it."""
    figure = next(f for f in figures_of(segment("Report\n\n" + text), boilerplate=False) if f.surface == surface)
    assert figure.subject is None


def test_an_adverb_after_a_number_is_no_counted_noun() -> None:
    """"450 afterwards": the noun is elided (the staff counted before), not "afterwards"."""
    figures = figures_of(segment("Hiring\n\nThe firm hired 300 staff before the merger and 450 afterwards."), boilerplate=False)
    assert [f.surface for f in figures] == ["300 staff", "450"]
    assert figures[1].subject == "staff"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Smith has won 300 delegates and holds a 90-delegate lead. Jones has 210.", "delegates"),
        ("The vote is now a two-man race. Smith has 300 and Jones 210.", None),
        ("The party's 161-strong majority was cut. It fell to 40.", "majority"),
        ("In all, 400 seats are at stake in six regions. The Greens hold 120.", "seats"),
        ("Voters in six regions elect 400 members. The Greens hold 120.", "members"),
    ],
    ids=["the count before the modifier carries", "no count to carry", "a '-strong' count numbers its noun",
         "nor does a count of the places another count is in", "a place count before the sentence's count"],
)
def test_a_bare_number_carries_the_last_count_of_things_not_a_modifier_or_a_place_count(text: str, want: str | None) -> None:
    """"a 90-delegate lead" counts delegates, not leads: a bare number after it ("Jones has 210") takes the
    noun the last real count named, or none; "in six regions" after the sentence's count of seats says where
    the seats are, and the seats go on."""
    figures = figures_of(segment("Race\n\n" + text), boilerplate=False)
    assert figures[-1].subject == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The charity's donations came from three firms. In 2019, Acme Ltd gave $40,000.", "donations"),
        ("The fund made two gifts of cash to the school. In 2012, the fund gave $9,000.", "gifts of cash"),
        ("The council approved the budget. In 2012, Acme Ltd gave $9,000.", None),
        ("Its loans were cheap. In May, the bank lent £3m to the club.", "loans"),
    ],
)
def test_money_measured_only_by_a_giving_verb_measures_the_gifts_named_before(text: str, want: str | None) -> None:
    """"gave $5,000" measures the donations (or gifts, loans ...) the sentence or the two before it
    name; with none named, nothing."""
    figures = figures_of(segment("Gifts\n\n" + text), boilerplate=False)
    assert figures[-1].kind == "money" and figures[-1].subject == want


def test_a_share_with_no_subject_continues_the_shares_of_the_sentence_before() -> None:
    """"Smith leads with 40% of likely voters. Jones trails with 22 percent.": both are shares of
    likely voters; two sentences on, the carry stops."""
    text = "Poll\n\nSmith leads with 40% of likely voters. Jones trails well behind with 22 percent. The vote is in May. Brown has 9 percent."
    figures = figures_of(segment(text), boilerplate=False)
    assert [f.subject for f in figures] == ["likely voters", "likely voters", None]


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("And 64 percent call him honest, after 55 percent said so in March.", ["64 percent", "55 percent"]),
        ("For Mr Roy, a majority of likely voters, 56%, are unhappy, including 18% who are angry.", ["56%", "18%"]),
        ("Ms Lee is in third place with 14 percent, and Mr Roy is a distant second with 20 percent.", ["14 percent", "20 percent"]),
    ],
    ids=[
        "a share opening a clause after 'after'",
        "a share restating 'a majority of X' and a part of it",
        "a name 'in third place with' a share",
    ],
)
def test_shares_that_name_no_group_are_the_polls_sample(sentence: str, surfaces: list[str]) -> None:
    """Shares whose clause names no group of their own measure the sample the article polled."""
    text = "Poll\n\nA survey of 900 likely voters was published on Monday. " + sentence
    found = {f.surface: f.subject for f in figures_of(segment(text), boilerplate=False)}
    assert [found[s] for s in surfaces] == ["likely voters"] * len(surfaces)


def test_a_margin_of_error_is_no_share_of_the_polls_sample() -> None:
    text = "Poll\n\nA survey of 900 adults was published in May. It had a margin of error between +/- 3.4 and 4.2. Some 40% backed the plan."
    found = {f.surface: f.subject for f in figures_of(segment(text), boilerplate=False)}
    assert (found["3.4"], found["4.2"], found["40%"]) == ("margin of error", "margin of error", "adults")


@pytest.mark.parametrize("sentence", ["Real Madrid's 4-0 win over Espanyol cut the lead.", "Celtic's 3–1 defeat stung."])
def test_a_score_after_a_possessive_is_no_figure(sentence: str) -> None:
    assert extract_figures(sentence) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("He came from 0-40 down in the opening game to hold serve.", []),
        ("She dropped the set but from 3-3 in the second found another gear.", []),
        ("They came back from 1-2 behind to win.", []),
        ("Rents went from 500-600 a month to 700.", ["500-600", "700"]),
    ],
    ids=["a side's standing after it", "level ends", "behind", "a range after 'from' stays one"],
)
def test_a_score_after_from_is_no_range(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Headline\n\nThe board has nine members, four of whom are new. Two others retire in May.", "members"),
        ("Headline\n\nThe firm closed 12 shops last year. Three more will shut.", "shops"),
        ("Headline\n\nWhether there are 900 stores or 700 hardly matters to us.", "stores"),
    ],
)
def test_others_continue_the_count_before(text: str, want: str) -> None:
    last = figures_of(segment(text))[-1]
    assert last.subject == want


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999), st.sampled_from([" in ", " out of "]))
@settings(max_examples=200, deadline=None)
def test_a_proportion_reads_back_as_its_share(part: int, whole: int, join: str) -> None:
    part, whole = min(part, whole), max(part, whole)
    figures = extract_figures(f"Nearly {part}{join}{whole} voters agreed.")
    assert figures[0].surface == f"{part}{join}{whole}"
    assert figures[0].unit == "fraction" and figures[0].value == pytest.approx(part / whole, abs=1e-6)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
@settings(max_examples=200, deadline=None)
def test_two_percentages_joined_by_to_are_a_range_upward_and_two_figures_downward(a: int, b: int) -> None:
    figures = extract_figures(f"The share went {a}% to {b}% in the end.")
    if b >= a:
        assert [f.surface for f in figures] == [f"{a}% to {b}%"]
    else:
        assert [f.surface for f in figures] == [f"{a}%", f"{b}%"]


@given(st.text(alphabet=st.sampled_from(list("AZcz09 .=,&")) | st.characters(), max_size=80))
def test_market_codes_are_spans_of_the_text_written_after_a_word(text: str) -> None:
    from helpers.syntax import instrument_codes

    for start, end in instrument_codes(text):
        code = text[start:end]
        assert 0 < start < end <= len(text) and text[start - 1] == " " and code.strip() == code
        assert not code.islower()  # never an ordinary lower-case word


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the Dow Jones Industrial Average .DJI fell", [".DJI"]),
        ("U.S. crude CLc1 fell and the euro EUR= rose", ["CLc1", "EUR="]),
        ("Shares of Apple AAPL.O rose", ["AAPL.O"]),
        ("The U.S. economy grew in Washington D.C. last year.", []),
        ("He paid 5 .50 and left.", []),
    ],
)
def test_market_codes_after_a_name_are_found_and_ordinary_words_are_not(text: str, codes: list[str]) -> None:
    from helpers.syntax import instrument_codes

    assert [text[s:e] for s, e in instrument_codes(text)] == codes


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("By a 2-to-1 vote, the panel sent the case back.", []),
        ("The court ruled in a 7-to-2 decision, and the home side won 3-to-1 over their rivals.", []),
        ("Between 10-to-15 people came.", ["10-to-15 people"]),
        ("Republicans led by a 3 to 1 margin among voters aged 18 to 29.", ["18 to 29"]),
    ],
)
def test_a_tally_written_with_to_is_no_figure_but_a_range_of_things_is(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2019 study by Acme University economist Jane Roe found 45 incidents of fraud.",
        "A report by the Acme Institute found that 45 incidents of fraud went unpunished.",
    ],
)
def test_the_author_of_a_study_is_the_source_of_its_figures_not_their_holder(sentence: str) -> None:
    (figure,) = figures_of(segment("Fraud is rare\n\n" + sentence, tokens=False), boilerplate=False)
    assert figure.surface == "45 incidents" and figure.subject == "incidents" and figure.holder is None


def test_a_name_inside_a_spaced_hyphen_aside_holds_no_figure_after_it() -> None:
    text = "Growth slows\n\nThe agency said that developed economies - which include France, Italy and Spain - will grow 1.2 percent."
    (figure,) = figures_of(segment(text, tokens=False), boilerplate=False)
    assert figure.subject == "developed economies" and figure.holder is None


@pytest.mark.parametrize(
    ("text", "surface", "share", "share_subject"),
    [
        ("Turnout was 70% among pensioners, against just 17% of 18 to 24 year olds.", "18 to 24 year olds", "17%", "18 to 24 year olds"),
        ("The survey asked 1,000 people, and 40% of 18-24 year-olds said no.", "18-24 year-olds", "40%", "18-24 year-olds"),
    ],
)
def test_an_age_group_is_one_age_figure_and_the_group_a_share_is_of(text: str, surface: str, share: str, share_subject: str) -> None:
    figures = {f.surface: f for f in extract_figures(text)}
    assert "age" in figures[surface].flags and figures[surface].unit == "year"
    assert figures[share].subject == share_subject


def test_an_age_written_years_old_stays_the_age_of_the_subject() -> None:
    figures = {f.surface: f for f in extract_figures("Four of the five jets are more than 20 years old.")}
    assert figures["20 years"].subject == "jets" and "age" not in figures["20 years"].flags


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Support fell to half, compared to almost two-thirds in 1999.", ["half", "two-thirds"]),
        ("Three-quarters last year said no.", ["Three-quarters"]),
        ("She came a third in line, half in jest.", []),
    ],
)
def test_a_fraction_with_its_count_is_a_share_before_a_time_or_preposition(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Add 1 1/2 cups of flour.", [("1 1/2 cups", 1.5, "cup")]),
        ("Bonds rose 7/32 in price.", [("7/32", 0.21875, "point")]),  # 32nds of a point of par, no share
        ("It is 1/2 inch long.", [("1/2 inch", 0.5, "inch")]),
        ("After 9/11 the shop stayed open 24/7, on a 50/50 split from 3/4/2016.", []),
        ("The poll was conducted from Sept. 19 to 22 among voters.", []),
    ],
)
def test_a_slash_writes_a_fraction_or_a_name_or_date_never_two_numbers(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(f.surface, f.value, f.unit) for f in extract_figures(text)] == read


@given(st.integers(min_value=1, max_value=63), st.sampled_from([2, 4, 8, 16, 32, 64]), st.integers(min_value=0, max_value=20))
def test_slash_fractions_read_back_their_value(top: int, bottom: int, whole: int) -> None:
    if top >= bottom:
        return
    written = (f"{whole} " if whole else "") + f"{top}/{bottom}"
    figures = extract_figures(f"The bond rose {written} in price.")
    assert [f.surface for f in figures] == [written]
    assert figures[0].value == pytest.approx(whole + top / bottom)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("Nearly eight of 10 voters say they will watch.", "eight of 10", 0.8), ("He made 3 of 10 attempts.", "3 of 10", 0.3)],
)
def test_x_of_ten_is_a_proportion(text: str, surface: str, value: float) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.value, figure.unit) == (surface, value, "fraction")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The deal cuts the tax rate to 17 or 18 percent.", [("17 or 18 percent", 17.0, "%", 18.0)]),
        ("It may take two or three months to unpick.", [("two or three months", 2.0, "month", 3.0)]),
        ("He met four or five people there.", [("four or five people", 4.0, "person", 5.0)]),
        ("Give me 5 or 6.", [("5", 5.0, None, None), ("6", 6.0, None, None)]),
        ("It fell 10 or 2 percent.", [("10", 10.0, "%", None), ("2 percent", 2.0, "%", None)]),  # no range: two shares, the unit written once
        ("He spoke to one or two colleagues.", []),
        # after "the last"/"the top" a bare number is a stage ("the last 16"), but not when a range with a unit follows
        ("We have played in Europe for the last three or four years.", [("three or four years", 3.0, "year", 4.0)]),
        ("Rents rose in the last 2 or 3 months.", [("2 or 3 months", 2.0, "month", 3.0)]),
        ("They reached the last 16 or so.", []),
    ],
)
def test_a_bare_number_then_or_and_a_figure_is_one_range(text: str, read: list[tuple]) -> None:
    """Guideline: "two or three months" is one figure whose value is the low end; "one or two" is vague."""
    assert [(f.surface, f.value, f.unit, f.high) for f in extract_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Prices fell for 12 straight years.", "12 straight years", None),
        ("It rose for 12 consecutive months.", "12 consecutive months", None),
        ("The party won 20 more seats.", "20 more seats", "seats"),
        ("Clinton earned 175 additional delegates.", "175 additional delegates", "delegates"),
        ("Between four to six services will launch.", "four to six services", "services"),
    ],
)
def test_a_word_between_number_and_noun_stays_in_the_figure(text: str, surface: str, subject: str | None) -> None:
    (figure,) = [f for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)]
    assert figure.surface == surface
    if subject is not None:
        assert figure.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Seven years of near-zero interest rates ended.",
        "Workers on zero-hours contracts complained.",
        "The talks lasted a year and a half.",
        "He earned more than in the previous year and a half.",
    ],
)
def test_vague_spans_and_descriptions_are_not_figures(text: str) -> None:
    surfaces = [f.surface for f in extract_figures(text)]
    assert not any("zero" in s or s == "a half" for s in surfaces)


def test_a_hyphenated_proportion_is_read_whole() -> None:
    (figure,) = extract_figures("Investors see a one-in-five chance of a cut.")
    assert (figure.surface, figure.value, figure.unit) == ("one-in-five", 0.2, "fraction")


def test_a_speaker_is_not_what_it_refers_to() -> None:
    text = "Headline\n\nJo Smith, a strategist, says the stock could be risky. It was down well over 60% in the year."
    (figure,) = figures_of(segment(text, tokens=False), boilerplate=False)
    assert figure.subject == "stock"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Bonuses were $500 to $2,000 a year.", ["$500 to $2,000 a year"]),
        ("Those who lost their jobs were making $35,000 to $60,000 a year.", ["$35,000 to $60,000 a year"]),
        ("Tariffs were increased from 10% to 25% in May.", ["10%", "25%"]),
        ("Profits rose 5% to $4bn.", ["5%", "$4bn"]),
        ("Buyers gain a visa by investing $500,000 to $1 million.", ["$500,000 to $1 million"]),
        ("Shares rose, with traders buying 5% to 10% of the float.", ["5% to 10%"]),
    ],
)
def test_the_nearest_verb_decides_between_a_range_and_a_change(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [("Thousands of $12-an-hour workers were blamed.", "$12-an-hour", "hour"), ("The £100,000-a-year job starts now.", "£100,000-a-year", "year")],
)
def test_a_hyphenated_rate_belongs_to_its_figure(text: str, surface: str, per: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.per) == (surface, per)


def test_numbers_inside_markup_left_in_pasted_text_are_not_figures() -> None:
    text = 'He posted <tweet author="x" timestamp="1474387200" tweet_id="7782579">Sales rose 20% in May</tweet>. If x < 3 and y > 4 people, fine.'
    assert [f.surface for f in extract_figures(text)] == ["20%", "3", "4 people"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The firm has 987 subsidiaries in tax havens, 537 of which are in the Cayman Islands.", ["subsidiaries", "subsidiaries"]),
        ("Mexico imposed retaliatory tariffs, ranging from 5 percent to 25 percent, on a list of goods.", ["retaliatory tariffs"]),
        ("The fees, ranging from $500 to $2,000, were high.", ["fees"]),
        ("Our total federal debt is nearing $20 trillion, he said.", ["total federal debt"]),
    ],
)
def test_a_part_or_a_range_measures_the_whole_it_is_read_from(text: str, subjects: list[str]) -> None:
    article = segment("Headline\n\n" + text, tokens=False)
    assert [f.subject for f in figures_of(article, boilerplate=False)] == subjects


@pytest.mark.parametrize(
    "text",
    [
        "1 Roger Federer (Switzerland)\n2 Andy Roddick (US)\n31 Juan Carlos Ferrero (Spain)",
        "She booked her place in the last 16 of the Open.",
        "He was voted through to the final 25 of the contest.",
        "He never got beyond round four in eight attempts.",
        "She is competing in Madrid from 4-6 March.",
    ],
)
def test_list_numbers_stages_rounds_and_day_spans_are_not_figures(text: str) -> None:
    assert [f.surface for f in extract_figures(text) if f.surface != "eight attempts"] == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Half the 17-million population lives below the line.", "17-million", None),  # "lives" is the verb, not the counted noun
        ("The 1.5-million members say no.", "1.5-million members", "member"),
        ("A 60,000-seat stadium opens.", "60,000-seat", "seat"),
    ],
)
def test_a_scaled_modifier_counts_no_verb_after_its_noun(text: str, surface: str, unit: str | None) -> None:
    figure = next(f for f in extract_figures(text) if f.value >= 1000)
    assert (figure.surface, figure.unit) == (surface, unit)


def test_a_time_written_out_in_minutes_and_seconds_is_one_duration() -> None:
    (figure,) = extract_figures("She won in two minutes, 35.39 seconds.")
    assert (figure.surface, figure.unit) == ("two minutes, 35.39 seconds", "second")
    assert figure.value == pytest.approx(155.39)
    (figure,) = extract_figures("He won in one minute, 47.96 seconds.")
    assert figure.value == 107.96  # exactly what is written: the table and --json never show 107.96000000000001
    assert [f.value for f in extract_figures("He won in 1:47.96 and she in 2:04.45.")] == [107.96, 124.45]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Radcliffe won the marathon in two hours 17 minutes.", [("two hours 17 minutes", 137.0, "minute")]),
        ("The talks lasted four hours and five minutes.", [("four hours and five minutes", 245.0, "minute")]),
        ("She finished in 2 hours, 23 minutes.", [("2 hours, 23 minutes", 143.0, "minute")]),
        ("The meeting lasted two hours, and 40 minutes later he left.", [("two hours", 2.0, "hour"), ("40 minutes", 40.0, "minute")]),
        ("Polls close in two hours and 30 minutes later the count starts.", [("two hours", 2.0, "hour"), ("30 minutes", 30.0, "minute")]),
        ("It took five years and eight months.", [("five years", 5.0, "year"), ("eight months", 8.0, "month")]),
        ("He won in 2hrs 17mins.", [("2hrs 17mins", 137.0, "minute")]),
        ("The flight takes 3 hrs.", [("3 hrs", 3.0, "hour")]),
        ("The raid began at 1400 hrs.", []),
        ("Volunteers logged 2000 hrs last year.", [("2000 hrs", 2000.0, "hour")]),
    ],
    ids=["hours then minutes", "joined by 'and'", "after a comma", "a new clause after ', and'", "a distance in time after it",
         "years and months stay two", "hours and minutes written short", "'hrs' after a number of hours", "'hrs' after a clock time",
         "'hrs' after four digits with no clock word before"],
)
def test_a_time_written_out_in_hours_and_minutes_is_one_duration(text: str, readings: list[tuple[str, float, str]]) -> None:
    assert [(f.surface, f.value, f.unit) for f in extract_figures(text)] == readings


def test_a_count_after_a_list_number_line_is_still_read() -> None:
    assert [f.surface for f in extract_figures("Seeds\n50 MPs signed the letter on Monday.")] == ["50 MPs"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Rates rise to a maximum of 28 percent under the plan.", "Rates"),
        ("Wages increase by 5% next year, the union said.", "Wages"),
        ("Oil prices hit a peak of $90 a barrel in June.", "Oil prices"),
        ("Turnout reached a high of 70 percent in the north.", "Turnout"),
        ("Exports to China rose to a total of $5bn last year.", "Exports to China"),
    ],
)
def test_a_level_reached_measures_the_clause_subject(text: str, subject: str) -> None:
    (figure,) = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert figure.subject == subject


def test_a_poll_share_measures_the_group_the_poll_names_without_a_figure() -> None:
    text = (
        "Poll news\n\nA greater share of registered voters view the senator as honest than in May, a new survey found.\n\n"
        "Seventy percent now believe he could win.\n\nAmong likely voters, 46 percent would choose Smith and 44 percent would back Jones.\n\n"
        "Sales rose 5 percent in the quarter."
    )
    subjects = {f.surface: f.subject for f in figures_of(segment(text, tokens=False), boilerplate=False)}
    assert subjects["Seventy percent"] == "registered voters"
    assert subjects["46 percent"] == subjects["44 percent"] == "likely voters"
    assert subjects["5 percent"] == "Sales"


def test_a_poll_of_a_group_outranks_a_majority_of_another() -> None:
    text = "Poll news\n\nA YouGov poll of American voters found the majority of his citizens disagree.\n\nWhen asked, 59 percent said no."
    (figure,) = figures_of(segment(text, tokens=False), boilerplate=False)
    assert figure.subject == "American voters"


def test_a_list_of_named_figures_keeps_each_figure() -> None:
    text = "Averages show her ahead 3 points, HuffPollster 4.3 points, and FiveThirtyEight 2.1 points."
    assert [f.surface for f in extract_figures(text)] == ["3", "4.3", "2.1"]


@pytest.mark.parametrize(
    ("text", "subject", "head"),
    [
        ("Clinton was backed by 42 percent of those responding, the poll found.", "those responding", "those"),
        ("Half of those polled agreed with the plan.", "those polled", "those"),
    ],
)
def test_those_with_a_participle_is_the_group_polled(text: str, subject: str, head: str) -> None:
    from helpers.meaning import head_noun

    (figure,) = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert figure.subject == subject and head_noun(figure.subject) == head


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("In the latest poll, conducted in May, Smith led Jones 47 percent to 39 percent.", "47 percent", "in May"),
        ("In a survey taken last week, 45 percent backed the plan.", "45 percent", "last week"),
        ("The survey, conducted online Feb. 11-15, found 45 percent backed the plan.", "45 percent", "Feb. 11-15"),
        ("In a poll released Monday, 50 percent chose Smith.", "50 percent", None),
        ("Jones slipped back to 39 percent in Monday's poll.", "39 percent", "in Monday's poll"),
    ],
)
def test_a_poll_share_is_dated_by_when_the_poll_was_in_the_field(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The qualifications were achieved by learners aged 16 to 18.", "16 to 18", "learners"),
        ("The suspect is described as white, aged 30 to 40, with a beard.", "30 to 40", "The suspect"),
        ("The wage is lower for those aged 18 to 21.", "18 to 21", None),
    ],
)
def test_an_age_range_after_aged_is_one_age_of_the_people_before_it(text: str, surface: str, holder: str) -> None:
    figures = _in_article(text)
    assert (figures[surface].unit, figures[surface].subject, figures[surface].holder) == ("year", None, holder)


@pytest.mark.parametrize(
    ("text", "surface", "subject", "per"),
    [
        ("Home Depot sees sales growth of 1.8 percent this year.", "1.8 percent", "sales", None),
        ("The council got an average funding increase of 6%, the government says.", "6%", "average funding", None),
        ("Car sales plunge nearly 17 percent in August.", "17 percent", "Car sales", None),
        ("Analysts were expecting $2.52 a share on revenue of $27.5bn.", "$2.52 a share", None, "share"),
        ("It paid a dividend of 30p a share last year.", "30p a share", "dividend", "share"),
    ],
)
def test_a_change_noun_measures_the_noun_before_it_and_per_share_is_a_rate(text: str, surface: str, subject: str | None, per: str | None) -> None:
    figures = _in_article(text)
    assert (figures[surface].subject, figures[surface].per) == (subject, per)


def test_an_acronym_after_a_body_stays_in_the_sentence() -> None:
    text = "Headline\n\nIn March the Office for National Statistics (ONS) reclassified £3.4bn of spending on roads."
    (figure,) = figures_of(segment(text, tokens=False), boilerplate=False)
    assert figure.holder is not None and "Office" in figure.holder and "Statistics" in figure.holder


@pytest.mark.parametrize("text", ["The city had 10 times as many cases as it reported.", "Prices are 4 times higher now.", "It is 25 times their annual spending."])
def test_a_multiplier_written_in_digits_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("China has had 26 cases and 11 deaths between 2009 and 2018, reports Reuters.", ["between 2009 and 2018"] * 2),
        ("There were 3,248 cases reported worldwide between 2010 and 2015.", ["between 2010 and 2015"]),
    ],
)
def test_a_pair_of_counts_and_counts_reported_share_the_time_after_them(text: str, times: list[str]) -> None:
    assert [f.time for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)] == times


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Mr John Smith missed out on the record by 1.45secs.", "Mr John Smith"),
        ("Ms Jane Brown and Mr John Smith were held for three years.", "Ms Jane Brown and Mr John Smith"),
    ],
)
def test_a_person_subject_holds_the_figure_and_is_not_what_it_measures(text: str, holder: str) -> None:
    (figure,) = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert (figure.subject, figure.holder) == (None, holder)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("She won the triple jump with a leap of 16.87m.", "leap"),
        ("He claimed the shot put title with a throw of 17.64m.", "throw"),
        ("It is a city with a population of 5 million.", "city population"),
        ("Russia could build such a pipeline, with a capacity of 55 bcm a year.", "pipeline capacity"),
    ],
)
def test_with_a_measure_names_a_property_only_when_it_is_one(text: str, subject: str) -> None:
    (figure,) = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert figure.subject == subject


def test_a_bare_number_after_a_count_leaves_the_counted_noun_unsaid() -> None:
    figures = figures_of(segment("Headline\n\nArsenal have 50 points, with Chelsea on 48.", tokens=False), boilerplate=False)
    assert [(f.surface, f.subject) for f in figures] == [("50", "points"), ("48", "points")]


def test_it_as_the_object_before_a_level_stands_for_the_earlier_figure_s_subject() -> None:
    text = "Headline\n\nObama called for cutting the corporate tax rate to 28 percent, but Mrs. Clinton would leave it at 35 percent."
    assert [f.subject for f in figures_of(segment(text, tokens=False), boilerplate=False)] == ["corporate tax rate", "corporate tax rate"]


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("A total of 3,028 adults aged 18 or over were interviewed.", "18", "adults"),
        ("He left 11 days after his wife Audrey died aged 91.", "91", "his wife Audrey"),
        ("The youngest was Edward Turnour, who won the Horsham by-election aged 21.", "21", "Edward Turnour"),
        ("In the survey, 14% of people aged between 18 and 34 never voted.", "18 and 34", "people"),
    ],
)
def test_an_age_after_aged_belongs_to_the_people_it_describes(text: str, surface: str, holder: str) -> None:
    figures = _in_article(text)
    assert (figures[surface].unit, figures[surface].subject, figures[surface].holder) == ("year", None, holder)


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Jones ran 10.12secs in the semi-finals on his way to gold.", "10.12secs", "the semi-finals"),
        ("Smith got 4 million votes in the Democratic primaries.", "4 million votes", "the Democratic primaries"),
        ("Rovers signed him for £2m in the close season.", "£2m", "the close season"),
        ("Brown scored nine goals in his first ten games for the club.", "nine goals", "his first ten games"),
        ("Brown scored 150 goals in 300 games for the club.", "150 goals", None),
        ("The plan means a 20% rise in the budget.", "20%", None),
        ("A survey found 60% of adults say they always vote in an election.", "60%", None),
        ("He was given a six-match ban when he pushed a referee in a league game.", "six-match", None),
    ],
)
def test_in_before_a_contest_season_or_term_dates_the_figure(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


def test_a_bare_verb_form_between_an_article_and_its_noun_modifies_the_noun() -> None:
    from helpers.syntax import parse

    text = "They bought him in the close season."
    tags = {t.text: t.tag for t in parse(text, []).tokens}
    assert tags["close"] == "JJ" and tags["season"] == "NN"


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The aim is to raise it to 12 months by the end of the next parliament.", "12 months", "by the end of the next parliament"),
        ("He will earn £5m by the start of his third season.", "£5m", "by the start of his third season"),
    ],
)
def test_the_end_or_start_of_a_term_or_season_is_a_time(text: str, surface: str, time: str) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("During the same stretch, the records show, the jet has flown roughly 200 hours.", "200 hours", "During the same stretch"),
        ("After the election, Labour had 355 seats.", "355 seats", "After the election"),
        ("During his visit, the prince will open a museum marking 50 years of the treaty.", "50 years", None),
        ("During the campaign, Labour attacked its claim that the Tories planned £35bn cuts.", "£35bn", None),
        ("After the vote, Mr Smith said only a fifth of members had voted against him.", "a fifth", None),
    ],
)
def test_an_event_opening_the_sentence_dates_its_main_clause(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Smith will need 60 million votes to win this fall.", "60 million votes", "this fall"),
        ("The fall in prices was 5%.", "5%", None),
        ("Six in 10 say he is honest, after half said so in the earlier poll.", "half", "the earlier poll"),
        ("In the poll, 45% backed Smith.", "45%", None),
    ],
)
def test_this_fall_and_an_earlier_poll_are_times(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Smith led Jones late Tuesday by 2 percent.", "2 percent", "late Tuesday"),
        ("Smith greeted 2,000 supporters at a rally early Saturday.", "2,000 supporters", "early Saturday"),
        ("Smith said on Tuesday that 2,000 jobs would go.", "2,000 jobs", None),
    ],
)
def test_late_or_early_on_a_weekday_dates_a_figure_a_bare_weekday_does_not(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The firm sold 5,000 cars in December and January.", "5,000 cars", "in December and January"),
        ("The firm sold 5,000 cars between March and May 2015.", "5,000 cars", "between March and May 2015"),
        ("Turnout was 40% from June to August.", "40%", "from June to August"),
        ("About 70% of the ads reserved in December came from outside groups.", "70%", "in December"),
        ("The jet, built in 1991, cost $5m.", "$5m", None),
        ("Figures showed a decline since October from 785 to 708.", "785", "since October"),
        ("Prices rose from $5 to $8 after 2010.", "$5", None),
        ("In 2012, turnout was 60%.", "60%", "In 2012"),
        ("He won the seat in 1964 - by 11 votes.", "11 votes", "in 1964"),
        ("The firm was founded in 1990 - it now has 500 staff.", "500 staff", "now"),
        ("Ann Cole led late Tuesday by less than one-half of 1 percent -- 212,205 to 210,424 votes.", "212,205", "late Tuesday"),
        ("Profits rose 5% in 2015 - to $6m.", "$6m", "in 2015"),
        ("Her support rose to 42 percent following the party's convention.", "42 percent", "following the party's convention"),
        ("The following year, sales rose 5%.", "5%", "The following year"),
        ("England have now equalled an 18-year low.", "18-year", None),
        ("He is serving a two-year ban after testing positive in 2003.", "two-year", None),
        ("He was banned for two years in 2003.", "two years", "in 2003"),
        ('Ann Cole said: "Last week in parliament I announced an extra £419m for schools."', "£419m", None),
        ("The G8 agreed in 1970 to spend 0.7% of incomes on aid.", "0.7%", None),
        ("It points out that in 1970 the G8 agreed to spend 0.7% of incomes on aid.", "0.7%", None),
        ("In 2015 the firm reported a profit of $5m.", "$5m", "In 2015"),
        ("Last year the firm announced profits of $5m for 2015.", "$5m", "for 2015"),
        ("Sales rose 5% from last year.", "5%", None),
        ("Sales rose 5% last year.", "5%", "last year"),
        ("Since then, sales have risen 5%.", "5%", "Since then"),
        ("He said the campaign ended December with $28.4m in cash.", "$28.4m", "December"),
        ("The bank closed the quarter with about $5bn in deposits.", "$5bn", "the quarter"),
        ("Approval has risen 8 points since October and 12 points since last June.", "12", "since last June"),
        ("In the early 1990s, she earned $24,000 a year.", "$24,000 a year", "In the early 1990s"),
    ],
    ids=["months joined by and", "between two months", "from one month to another", "a share of things a participle dates", "another noun's participle",
         "a change's start value since a time", "a start value has only its own time",
         "an opening time", "a dash adds a figure to the clause", "a dash opens a clause", "a dash restates the amounts", "a dash adds a change's end", "following an event", "the following year",
         "a length describing a noun", "a length describing a noun beside an event", "a duration of its own",
         "an opening time dates an announcement", "a time after a pledge's verb", "a time opening a that-clause dates its pledge", "a reported result's period", "an announced figure's own period",
         "a change verb's base", "a change's own period", "since then", "a month a verb of ending takes", "a quarter a verb of ending takes", "the time after a gapped figure, not the one before's", "in the early 1990s"],
)
def test_months_joined_are_one_period_and_a_shares_own_things_date_it(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        ("Smith led by less than one-half of 1 percent.", "one-half of 1 percent", "percent", 0.5),
        ("Only a third of 1% voted.", "a third of 1%", "percent", 0.333333),
        ("It is a quarter of a percent.", "a quarter of a percent", "percent", 0.25),
    ],
)
def test_a_fraction_of_one_percent_is_one_share(text: str, surface: str, kind: str, value: float) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.kind) == (surface, kind) and figure.value == pytest.approx(value, abs=1e-5)


def test_a_fraction_of_a_larger_percent_stays_two_figures() -> None:
    assert [f.surface for f in extract_figures("Half of 10 percent is small.")] == ["Half", "10 percent"]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("Among 18- to 24-year-old veterans the rate rose.", "18- to 24-year-old", 18, 24, "year"),
        ("The 18-to-24-year-old voters backed him.", "18-to-24-year-old", 18, 24, "year"),
        ("It is a 10- to 15-minute walk.", "10- to 15-minute", 10, 15, "minute"),
    ],
)
def test_a_suspended_hyphen_joins_a_range(text: str, surface: str, low: float, high: float, unit: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.low, figure.high, figure.unit) == (surface, low, high, unit)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Buyers pay $500,000 to more than $1 million for a flat.", "$500,000 to more than $1 million", 500_000, 1_000_000),
        ("Tickets cost from $5 to nearly $8 each.", "$5 to nearly $8", 5, 8),
        ("Between 5 and almost 8% of voters agreed.", "5 and almost 8%", 5, 8),
        ("Crowds of 2,000 to about 3,000 people gathered.", "2,000 to about 3,000 people", 2000, 3000),
    ],
)
def test_a_hedged_upper_end_still_closes_a_range(text: str, surface: str, low: float, high: float) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.low, figure.high) == (surface, low, high)


def test_a_hedged_end_of_a_change_stays_two_figures() -> None:
    assert [f.surface for f in extract_figures("Sales rose from $5m to more than $8m.")] == ["$5m", "$8m"]


def test_a_sum_to_a_hedged_count_is_no_range_of_sums() -> None:
    assert [f.surface for f in extract_figures("The fund gave grants of $500 to more than 1,200 students.")] == ["$500", "1,200 students"]


def test_a_hedged_range_of_a_count_measures_its_noun() -> None:
    assert _in_article("Crowds of 2,000 to about 3,000 people gathered.")["2,000 to about 3,000 people"].subject == "people"


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Iraq veteran Tom Lee, 30, lay down on the tracks.", ["30"]),
        ("Lee, 30, and Roe, 25, were held overnight.", ["30", "25"]),
        ("The last of them was a former chef, Tom Wood, 41.", ["41"]),
        ("In January, 30 people died.", []),
        ("In Ohio, 45, 50 and 60 were counted.", []),
        ("He said Acme, 30,000 strong, would win.", []),
    ],
)
def test_a_bare_number_between_commas_after_a_name_is_an_age(text: str, ages: list[str]) -> None:
    assert [f.surface for f in extract_figures(text) if "age" in f.flags] == ages


@pytest.mark.parametrize(
    ("text", "surface", "age"),
    [
        ("The painter left school at the age of 15 and never went back.", "15", True),
        ("Her uncle, who died on Friday at age 88, ran the bakery.", "88", True),
        ("Most of the tenants are between the ages of 20 and 35.", "20 and 35", True),
        ("Everything changes when you turn 40, the coach joked.", "40", True),
        ("Students who turned 16 before June may apply.", "16", True),
        ("The council wants the voting age lowered, perhaps to 16, and the minimum age of 18 kept.", "18", False),
        ("Farmers there now live to an average age of 64.", "64", False),
    ],
)
def test_a_number_after_the_noun_age_or_a_verb_of_turning_is_years(text: str, surface: str, age: bool) -> None:
    """"at the age of 15", "at age 88", "between the ages of 20 and 35", "when you turn 40": years of someone's
    age; "the minimum age of 18", "an average age of 64": years of a limit or a mean, which measure the limit."""
    figure = next(f for f in extract_figures(text) if f.surface == surface)
    assert (figure.kind, figure.unit, "unit_missing" in figure.flags) == ("duration", "year", False)
    assert ("age" in figure.flags) is age


@pytest.mark.parametrize("text", ["The bus took turn 3 too fast.", "The age of 2,000 sites was not known."])
def test_a_turn_or_a_large_number_after_age_is_no_age(text: str) -> None:
    assert not any(f.kind == "duration" for f in extract_figures(text))


def test_an_age_after_a_name_and_then_is_the_persons_age() -> None:
    figures = _in_article("The firm hired Ann Roe, then 29, as its first engineer.")
    assert "age" in figures["29"].flags and figures["29"].holder == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Iraq veteran Tom Lee, 30, lay down on the tracks.", {"30": "Tom Lee"}),
        ("Finally, 30, maybe 40, people came.", {}),
        ("For Ann Lee, 40, 50 or 60 votes would be enough.", {}),
    ],
)
def test_an_age_is_kept_only_after_a_persons_name(text: str, ages: dict[str, str]) -> None:
    figures = _in_article(text)
    assert {s: f.holder for s, f in figures.items() if "age" in f.flags} == ages


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Army veteran John Smith, 30, died last year.", "30", "John Smith"),
        ("She handed the throne to her grandson Prince Henry, 22, on her death.", "22", "Prince Henry"),
    ],
)
def test_an_age_after_a_described_name_is_the_persons_and_undated(text: str, surface: str, holder: str) -> None:
    figures = _in_article(text)
    assert (figures[surface].subject, figures[surface].holder, figures[surface].time) == (None, holder, None)


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Brent rose 2% to $55.12 per barrel.", "$55.12 per barrel", "barrel"),
        ("Gold added 0.1% to $1,472.19 an ounce.", "$1,472.19 an ounce", "ounce"),
        ("He added 1.28p per litre.", "1.28p per litre", "litre"),
        ("Councils spent £140 per household on it.", "£140 per household", "household"),
        ("It would need a tax of $700 per ton of carbon dioxide.", "$700 per ton of carbon dioxide", "ton"),
        ("Oil was $42 a barrel in May.", "$42 a barrel", "barrel"),
    ],
)
def test_a_price_per_unit_or_thing_keeps_its_rate(text: str, surface: str, per: str) -> None:
    figures = {f.surface: f for f in extract_figures(text)}
    assert figures[surface].per == per


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Admissions reached 1,057 per 100,000 people, up from 879 per 100,000 five years earlier.",
         [("1,057 per 100,000 people", 1057, "100,000 people"), ("879 per 100,000", 879, "100,000 people")]),
        ("The death rate was 12 per 1,000 births last year.", [("12 per 1,000 births", 12, "1,000 births")]),
        ("There are 40 doctors for every 100 residents.", [("40 doctors for every 100 residents", 40, "100 residents")]),
        ("Crime fell to 62 per 1,000 households in 2019.", [("62 per 1,000 households", 62, "1,000 households")]),
        ("He scored 0.8 goals per 90 minutes.", [("0.8 goals per 90 minutes", 0.8, "90 minutes")]),
        ("Admissions were 52 per 100,000 population in 2021.", [("52 per 100,000 population", 52, "100,000 population")]),
        ("Infant mortality fell from 7.5 to 6.1 per 1,000 live births.",
         [("7.5", 7.5, "1,000 live births"), ("6.1 per 1,000 live births", 6.1, "1,000 live births")]),
        ("The rate rose from 8.1 per 100,000 women to 9.4 per 100,000.",
         [("8.1 per 100,000 women", 8.1, "100,000 women"), ("9.4 per 100,000", 9.4, "100,000 women")]),
    ],
)
def test_a_rate_per_a_counted_base_is_one_figure_whose_base_is_its_per(text: str, expected: list[tuple[str, float, str]]) -> None:
    """'1,057 per 100,000 people' read as a bare 1,057 and a count of 100,000 people (the base a figure of its
    own, compared with the rates): the base after 'per' or 'for every' is what the rate is per, and a later rate
    per the same bare number is per the same base. ('five years earlier' stays a distance in time, a figure of its own.)"""
    assert [(f.surface, f.value, f.per) for f in extract_figures(text) if f.kind != "duration"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "per"),
    [
        ("Spending on the drugs rose to an estimated £300m to £400m a year.", "£300m to £400m a year", 300e6, 400e6, "year"),
        ("Costs climbed to $5bn to $6bn a year.", "$5bn to $6bn a year", 5e9, 6e9, "year"),
        ("Fees rose to £20 to £30 a week.", "£20 to £30 a week", 20, 30, "week"),
    ],
)
def test_a_range_after_a_change_verb_and_to_is_one_range_sharing_its_rate(text: str, surface: str, low: float, high: float, per: str) -> None:
    """'rose to an estimated £300m to £400m a year' read as £300m (no rate) and '£400m a year' the increase's
    end: after 'rose to' the first end is already the level reached, so 'to' joins a range, and the rate
    written after the upper end is both ends'."""
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.low, figure.high, figure.per) == (surface, low, high, per)


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Adults should do 150 minutes of moderate exercise a week.", "150 minutes", "week"),
        ("Only one in three adults eat five portions of fruit and vegetables a day.", "five portions", "day"),
        ("The plant burns 40 tonnes of coal an hour.", "40 tonnes", "hour"),
    ],
)
def test_a_rate_after_an_of_phrase_belongs_to_the_amount_before_it(text: str, surface: str, per: str) -> None:
    """'150 minutes of moderate exercise a week' lost its 'a week': the rate after what the amount is of is the amount's."""
    figures = {f.surface: f for f in extract_figures(text)}
    assert figures[surface].per == per


def test_a_price_per_barrel_is_not_comparable_with_a_total() -> None:
    from helpers.relations import _comparable

    rate, total = extract_figures("Oil rose to $55 a barrel and the deal was worth $55 million.")
    assert (rate.per, total.per) == ("barrel", None) and not _comparable(rate, total)


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The fund has spent $28 million on the work to date.", "$28 million", "to date"),
        ("Smith has at least 866 delegates to date.", "866 delegates", "to date"),
        ("But right now, he is offsetting only 10 percent.", "10 percent", "right now"),
        ("Now, compare that with 60 million votes.", "60 million votes", None),
        ("The records are up to date with 5 patches.", "5 patches", None),
    ],
)
def test_to_date_and_right_now_are_times(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The club has sold 4,000 season tickets so far.", "4,000 season tickets", "so far"),
        ("So far, the charity has raised $3 million.", "$3 million", "So far"),
        ("Thus far, the mayor has spent $2,500 on the race.", "$2,500", "Thus far"),
        ("The town went so far as to spend $8 million on it.", "$8 million", None),
        ("The fund is still so far below its goal of $9 million.", "$9 million", None),
    ],
)
def test_so_far_is_a_time_but_not_so_far_as_or_behind(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Now that the vote is near, the party has hired 40 organisers.", "40 organisers", None),
        ("The party cancelled two rallies now that it has won.", "two rallies", None),
        ("The party now has 40 organisers.", "40 organisers", "now"),
    ],
)
def test_now_that_opens_a_clause_and_is_no_time(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The fund held $7bn as of September.", "$7bn", "as of September"),
        ("Stocks of grain stood at 2m tonnes ahead of October.", "2m tonnes", "ahead of October"),
        ("The fund held $7bn as of September 2021.", "$7bn", "as of September 2021"),
    ],
)
def test_as_of_or_ahead_of_a_month_is_a_time(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The fund spent $4 million in the first two weeks of June.", "$4 million", "in the first two weeks of June"),
        ("In the month of April, 200 flats were sold.", "200 flats", "In the month of April"),
    ],
)
def test_a_span_of_a_month_is_read_whole(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("In FY2022 the trust spent £90m.", "£90m", "In FY2022"),
        ("The trust spent £90m in FY 2021-22.", "£90m", "in FY 2021-22"),
        ("The trust raised £3m in the year ended 5 April 2022.", "£3m", "in the year ended 5 April 2022"),
        ("The trust raised £3m in the year to March.", "£3m", "in the year to March"),
    ],
)
def test_fiscal_year_codes_and_a_year_ended_on_a_day_first_date_are_times(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Shares in Zeta rose 6% in early trading.", "6%", "in early trading"),
        ("The yen slipped 0.2% in Asian trade.", "0.2%", "in Asian trade"),
        ("Imports rose 4% in trade with Brazil.", "4%", None),
    ],
)
def test_a_trading_session_is_a_time(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("So far, the city has raised $9 million for the fair, which is expected to draw 40,000 visitors.", "40,000 visitors", None),
        ("So far, the city has raised $9 million for the fair, which is expected to draw 40,000 visitors.", "$9 million", "So far"),
        ("In 2010, the club sold 3,000 tickets.", "3,000 tickets", "In 2010"),
    ],
)
def test_a_time_opening_the_sentence_does_not_date_a_relative_clause_after_a_comma(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Smith had the best chance of the game so far on 30 minutes.", "30 minutes", None),
        ("The biggest crowd in 20 years was 45,000.", "45,000", None),
        ("The lowest jobless rate in 2015 was 4%.", "4%", "in 2015"),
        ("The firm's profits rose 5% to $9m in 2015.", "$9m", "in 2015"),
    ],
)
def test_a_span_closing_a_superlative_phrase_is_the_records_not_the_figures_time(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The bank raised rates by 0.5 percentage points, the first increase since 2009.", "0.5 percentage points", None),
        ("Voters enjoy the lowest prices since the 1990s and the lowest taxes for 30 years.", "30 years", "30 years"),  # its own record span (time27), not the other record's
        ("Exports have risen 8% since 2009.", "8%", "since 2009"),
    ],
)
def test_a_since_span_after_a_superlative_or_the_first_is_the_records(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The strike follows the minister's announcement in June that 9,000 posts would go.", "9,000 posts", None),
        ("She repeated her claim in March that the scheme cost 40 million euros.", "40 million euros", None),
        ("It was in June that the firm sold 9,000 cars.", "9,000 cars", "in June"),
        ("The same year that the club won, its rivals lost all six matches.", "six matches", "The same year"),
        ("He filed papers from 2004 that showed a loss of $3 million.", "$3 million", "from 2004"),
    ],
)
def test_a_time_between_a_noun_and_the_that_clause_it_reports_dates_the_noun(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Moreau, Italy's coach of the year in 2011, has won 40 games.", "40 games", None),
        ("Moreau, the league's top scorer in 2011, scored 9 goals.", "9 goals", None),
        ("The coach hired a new assistant, former winger Tom Reed, late last month, leading to the exit of 3 staff.", "3 staff", "late last month"),
        ("In 2011, Moreau scored 9 goals.", "9 goals", "In 2011"),
    ],
)
def test_a_time_inside_a_noun_aside_dates_only_the_aside(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Two days before the storm flooded 300 homes, the town met.", "300 homes", None),
        ("Two days before, the storm had flooded 300 homes.", "300 homes", "Two days before"),
    ],
)
def test_a_distance_before_the_clause_it_counts_from_does_not_date_that_clauses_figure(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The firm's profit rose to $3.2bn in the quarter.", "$3.2bn", "in the quarter"),
        ("The bond index was last at 412.5, down 1.3% on the day.", "1.3%", "on the day"),
        ("Silver lost 0.4% later in the session.", "0.4%", "later in the session"),
        ("The striker took his tally to 17 goals for the season.", "17 goals", "for the season"),
        ("Sales were up 6% on last year.", "6%", None),
        ("The side won the team of the year award with 9 wins.", "9 wins", None),
        ("She ran 2,000 metres on the day of the race.", "2,000 metres", None),
        ("The group spent $5m over the course of the month, and began May with $2m in cash.", "$2m", "May"),
    ],
)
def test_the_day_the_session_the_quarter_and_the_season_after_a_preposition_are_times(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("In the second quarter, Zeta's profits fell 9% to $2.1bn from $2.3bn a year earlier.", "9%", "In the second quarter"),
        ("In the second quarter, Zeta's profits fell 9% to $2.1bn from $2.3bn a year earlier.", "$2.1bn", "In the second quarter"),
        ("In the second quarter, Zeta's profits fell 9% to $2.1bn from $2.3bn a year earlier.", "$2.3bn", "a year earlier"),
        ("Zeta's sales rose 4% to $8m from $7.7m a year earlier.", "$8m", None),
        ("She won 9 titles from 9 finals during 2019.", "9 titles", "during 2019"),
    ],
)
def test_a_change_or_level_does_not_take_the_time_of_the_base_after_it(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Her lead has shrunk to 2 points from 9 points a month ago.", "2", None),
        ("Her lead has shrunk to 2 points from 9 points a month ago.", "9", "a month ago"),
        ("The jobless rate has fallen to 5.1% from a peak of 11% in 2010.", "5.1%", None),
        ("The jobless rate has fallen to 5.1% from a peak of 11% in 2010.", "11%", "in 2010"),
    ],
)
def test_a_base_written_with_its_unit_or_as_a_peak_keeps_its_time_to_itself(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Orders rose 4% versus last year.", "4%", None),
        ("Revenue was $7m versus $6m last year.", "$6m", "last year"),
        ("Revenue was $7m versus $6m last year.", "$7m", None),
        ("Profit was $90m, or 80 cents a share, compared with $70m, or 60 cents a share, a year earlier.", "$90m", None),
        ("Profit was $90m, or 80 cents a share, compared with $70m, or 60 cents a share, a year earlier.", "$70m", "a year earlier"),
        ("Profit was $90m, or 80 cents a share, compared with $70m, or 60 cents a share, a year earlier.", "60 cents a share", "a year earlier"),
    ],
)
def test_a_base_after_versus_or_written_twice_keeps_its_time_to_itself(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Lee was at 31 percent support in the latest poll, up four points from May.", "31 percent", None),
        ("Turnout was 61.2%, down 2.5 points on 2015.", "61.2%", None),
        ("Turnout was 61.2%, down 2.5 points on 2015.", "2.5", None),
        ("Her lead narrowed from May's 12-point gap to 6 points.", "6", None),
        ("Her lead narrowed from May's 12-point gap to 6 points.", "12", "from May"),
        ("Lee won 31 percent of the vote in last May's elections.", "31 percent", "in last May's elections"),
    ],
)
def test_a_base_period_without_a_base_figure_or_owning_one_dates_no_other_figure(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Her rating fell from 61 percent in the previous poll to 57 percent now.", "61 percent", "the previous poll"),
        ("Her rating fell from 61 percent in the previous poll to 57 percent now.", "57 percent", "now"),
        ("The town cut its stations from 300 in 2010 to 80 this year.", "300", "in 2010"),
        ("Fares rose from $3 to $4 in 2012.", "$3", None),
    ],
)
def test_a_start_value_with_words_before_to_keeps_its_own_time(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Exports rose 0.6 percent after showing no growth in May.", "0.6 percent", None),
        ("Exports rose 0.6 percent in May after showing no growth.", "0.6 percent", "in May"),
        ("Records show 14 people were charged after hitting burglars in the past ten years.", "14 people", "in the past ten years"),
    ],
)
def test_a_time_inside_a_gerund_clause_after_after_is_that_clauses(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The mayor has cut 900 jobs since taking office in 2019.", "900 jobs", "since taking office in 2019"),
        ("Since winning the seat in May, she has raised $2 million.", "$2 million", "Since winning the seat in May"),
        ("The mayor cut 900 jobs in 2019.", "900 jobs", "in 2019"),
    ],
)
def test_since_and_a_gerund_clause_ending_in_a_date_is_one_period(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The Greens won 4 seats at the last election.", "4 seats", "the last election"),
        ("Turnout was 58%, up from 52% at the previous election.", "52%", "the previous election"),
        ("The pair lost only 2 sets at the championships.", "2 sets", "the championships"),
        ("The firm employs 700 staff at its plant.", "700 staff", None),
    ],
)
def test_at_before_a_contest_or_election_dates_the_figure(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The Nikkei ended the week 2.1% lower at 31,200.", "2.1%", "the week"),
        ("The Nikkei ended the week 2.1% lower at 31,200.", "31,200", "the week"),
        ("The euro closed the session up 0.4% at $1.09.", "$1.09", "the session"),
        ("The firm ended June with $3m in cash.", "$3m", "June"),
    ],
)
def test_a_period_a_market_ended_or_closed_dates_its_move_and_level(text: str, surface: str, time: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The equity firm Acme Capital, which owns the Post, the Herald Tribune and 90 other papers, is hated.", "90 other papers", "Acme Capital"),
        ("And last November John Smith, a trader who set up two sham firms, was jailed.", "two sham firms", "John Smith"),
    ],
)
def test_a_relative_clause_opening_the_sentence_is_about_the_name_it_follows(text: str, surface: str, holder: str) -> None:
    figures = _in_article(text)
    assert figures[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Use rose by 25 percent compared with other states, from 2.18 percent to 2.72 percent.", ["25 percent", "2.18 percent", "2.72 percent"]),
        ("The target was set at 2.25 million by 2010.", ["2.25 million"]),
        ("The shop is open from 2.30 until 4.15.", []),
        ("Prices ranged from $5 to $10.", ["$5 to $10"]),
    ],
)
def test_a_decimal_before_percent_or_a_scale_is_no_clock_time_and_a_late_from_to_is_a_change(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


def test_a_sentence_opening_of_group_with_a_relative_clause_is_what_its_shares_are_of() -> None:
    text = "Headline\n\nOf the adults who filled in the survey that year, just over half were female and 65 percent were white."
    figures = {f.surface: f for f in figures_of(segment(text, tokens=False), boilerplate=False)}
    assert figures["half"].subject == figures["65 percent"].subject == "adults"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("It streams games at 4K on your TV.", []),
        ("She won the 5K race.", []),
        ("He paid £4K for it.", ["£4K"]),
        ("It has 50K followers.", ["50K followers"]),
    ],
)
def test_a_single_digit_glued_to_a_capital_k_is_a_format_not_thousands(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Only one sixth of the land is farmed.", [("one sixth", 0.166667)]),
        ("Two-sevenths of voters agreed.", [("Two-sevenths", 0.285714)]),
        ("An eighth said no, a tenth said yes.", [("An eighth", 0.125), ("a tenth", 0.1)]),
        ("It won a sixth consecutive title for an eighth time.", []),
        ("On the eighth of May he finished sixth.", []),
    ],
    ids=["one sixth of", "sevenths", "an eighth said", "ordinals", "a date and a place"],
)
def test_sixths_to_ninths_are_fractions_and_ordinals_are_not(text: str, surfaces: list[tuple[str, float]]) -> None:
    assert [(f.surface, round(f.value, 6)) for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("It costs 1⁄4 of the price.", [("1⁄4", 0.25)]),
        ("A 2 1⁄2 mile walk.", [("2 1⁄2 mile", 2.5)]),
        ("Followers of GÃ1⁄4len met.", []),
        ("Followers of GA\u03031⁄4len met.", []),
    ],
    ids=["a fraction slash", "a whole and a fraction", "mojibake inside a name", "mojibake with a combining mark"],
)
def test_the_fraction_slash_writes_a_fraction_and_never_splits_a_word(text: str, surfaces: list[tuple[str, float]]) -> None:
    assert [(f.surface, f.value) for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("It has 517 lb-ft of torque and a tank.", "517 lb-ft", "foot * force_pound"),
        ("The motor gives 310 Nm of torque.", "310 Nm", "meter * newton"),
        ("The motor gives 310 newton metres of torque.", "310 newton metres", "meter * newton"),
        ("The engine makes 335 horsepower.", "335 horsepower", "horsepower"),
        ("It adds a 101 hp drive.", "101 hp", "horsepower"),
        ("I want 3 to 4 L of wine.", "3 to 4 L", "liter"),
        ("He owns 5 L-shaped rooms.", "5 L-shaped rooms", "room"),
        ("The 18-24 age group backed him.", "18-24", "year"),
        ("He won by more than 5percentage points.", "5percentage points", "percentage_point"),
    ],
    ids=["pound-feet", "newton metres as Nm", "newton metres in words", "horsepower", "hp", "litres as L", "an L-shape is no litre", "an age group's range", "percentage points glued"],
)
def test_units_of_engines_and_wine_and_ranges_of_ages(text: str, surface: str, unit: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Anyone who knows S&#227;o Paulo paid 5 visits.", ["5 visits"]),
        ("Alarm fatigue [1] is common among 40 nurses.", ["40 nurses"]),
        ("He came to epitomize wealth during the 80’s and lost $5m.", ["$5m"]),
        ("The 80 men left.", ["80 men"]),
    ],
    ids=["a character reference", "a footnote mark", "a decade with an apostrophe", "a count"],
)
def test_marks_left_in_the_text_are_no_figures(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The blast went off in front of 131 West 23rd Street, police said.", []),
        ("She walked through the door of 10 Downing Street.", []),
        ("The office at 5 Park Avenue has 40 staff.", ["40 staff"]),
        ("He paid 200 Wall Street bankers.", ["200 Wall Street bankers"]),
        ("The bank gave bonuses to 200 Wall Street traders.", ["200 Wall Street traders"]),
    ],
    ids=["a house number in front of", "of 10 Downing Street", "at an avenue", "a count of bankers", "a count after to"],
)
def test_a_house_number_is_no_figure(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Mr Hale took his 3-year-old daughter, Chloe, to the park.", "Chloe"),
        ("And Newcastle's 18-year-old centre Mathew Tait will start.", "Mathew Tait"),
    ],
)
def test_an_age_is_the_named_persons_not_the_possessors(text: str, holder: str) -> None:
    (figure,) = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert (figure.subject, figure.holder) == (None, holder)


@pytest.mark.parametrize("text", ["Tuition now starts at six figures.", "He earns a six-figure salary.", "It could lop five figures off costs."])
def test_a_number_of_figures_is_an_idiom_for_a_size_not_a_count(text: str) -> None:
    assert extract_figures(text) == []


def test_a_whole_and_a_fraction_joined_by_a_hyphen_are_one_number() -> None:
    (figure,) = extract_figures("They could end a near 1-1/2 year trade war.")
    assert (figure.surface, figure.value, figure.unit) == ("1-1/2 year", 1.5, "year")


def test_an_age_group_paid_an_amount_holds_it_and_is_not_what_it_measures() -> None:
    text = "Headline\n\nAdults must be paid £5.05 an hour, while 18 to 21 year olds will be paid £4.25."
    figures = {f.surface: f for f in figures_of(segment(text, tokens=False), boilerplate=False)}
    assert (figures["£4.25"].subject, figures["£4.25"].holder) == (None, "18 to 21 year olds")


def test_a_share_of_an_age_group_still_measures_the_group() -> None:
    text = "Headline\n\nJust 17% of 18 to 24 year olds voted."
    figures = {f.surface: f for f in figures_of(segment(text, tokens=False), boilerplate=False)}
    assert figures["17%"].subject == "18 to 24 year olds"


@pytest.mark.parametrize(("text", "surfaces"), [("I now earn a 6 figure salary.", []), ("It is only 2/3rds of the total.", ["2/3rds"])])
def test_a_digit_figure_salary_is_an_idiom_and_an_ordinal_fraction_is_whole(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The minimum wage is set at £4.85 for those aged 22 and above, and at £4.10 for those aged 18 to 21.", "£4.10", "minimum wage"),
        ("The rate rose to 5% in May, and to 6% in June.", "6%", "rate"),
    ],
)
def test_a_gapped_clause_after_comma_and_shares_the_first_figures_subject(text: str, surface: str, subject: str) -> None:
    figures = _in_article(text)
    assert figures[surface].subject == subject


def test_a_past_form_between_a_subject_and_a_determiner_is_a_past_tense() -> None:
    from helpers.syntax import parse

    tags = {t.text: t.tag for t in parse("The chairman sealed the deal last year.", []).tokens}
    assert tags["sealed"] == "VBD"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The two police officers shot by the gunman were bystanders.", "two police officers", "police officers"),
        ("The 40 workers hurt by the blast went home.", "40 workers", "workers"),
    ],
    ids=["an irregular participle", "a participle the lexicon knows"],
)
def test_a_counted_nouns_participle_before_by_is_no_noun(text: str, surface: str, subject: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("He faces up to a $250,000 fine.", "$250,000", "fine"),
        ("The club paid a £2m fine to the league.", "£2m", "fine"),
    ],
    ids=["a fine at the end", "a fine before a preposition"],
)
def test_a_noun_the_lexicon_has_as_an_adjective_after_a_determiners_amount_is_what_it_measures(text: str, surface: str, subject: str) -> None:
    from helpers.meaning import head_noun

    figures = _in_article(text)
    assert head_noun(figures[surface].subject) == subject


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The charity is spending $2 million on the campaign.", "spending", "VBG"),
        ("The council was funding the new library.", "funding", "VBG"),
        ("Its biggest cost is housing the 500 new staff.", "housing", "VBG"),
        ("His priority is spending cuts.", "spending", "NN"),
        ("The spending was $2 million.", "spending", "NN"),
    ],
    ids=["before a figure", "before a determiner", "before a determiner, the lexicon's noun", "a compound after 'is' stays a noun", "no form of 'be' before"],
)
def test_an_ing_form_after_a_form_of_be_and_before_its_object_is_a_progressive_verb(text: str, word: str, tag: str) -> None:
    from helpers.syntax import parse

    spans = [(m.start(), m.end()) for m in re.finditer(r"\$2 million|500 new staff", text)]
    tags = {t.text: t.tag for t in parse(text, spans).tokens}
    assert tags[word] == tag


def test_a_progressive_verb_of_spending_leaves_the_amount_without_a_measured_thing() -> None:
    # "The group is spending $200,000 to help ...": the spender holds the amount, which the verb alone measures
    figure = _in_article("The campaign group is spending $90,000 over the next week to help the mayor.")["$90,000"]
    assert (figure.subject, figure.holder) == (None, "The campaign group")


def test_only_a_counted_noun_makes_the_word_before_by_a_participle() -> None:
    from helpers.syntax import parse

    text = "It filed a 15-count complaint by mail."
    start = text.index("15-count")
    tags = {t.text: t.tag for t in parse(text, [(start, start + 8)]).tokens}
    assert tags["complaint"] == "NN"


def test_a_sentence_opening_word_the_article_writes_as_a_name_is_a_name_before_a_verb() -> None:
    text = "Headline\n\nUnite talks to Amicus about a merger. Amicus has 1.2 million members. Marijuana for recreational use is legal in 11 states."
    figures = {f.surface: f for f in figures_of(segment(text, tokens=False), boilerplate=False)}
    assert figures["1.2 million members"].holder == "Amicus" and figures["11 states"].holder is None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Smith did best with men and voters under 45.", "45", "voters"),
        ("The fuel grant goes to households with people over 60.", "60", "people"),
        ("Critics have questioned the health of John Smith, who is 70.", "70", "John Smith"),
    ],
)
def test_an_age_bound_after_a_group_or_who_is_belongs_to_the_group_or_person(text: str, surface: str, holder: str) -> None:
    figures = _in_article(text)
    assert (figures[surface].subject, figures[surface].holder) == (None, holder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men under 25 face higher premiums.", [("25", "number", None, "Men")]),
        ("Children under 16 were banned from the site.", [("16", "number", None, "Children")]),
        ("Anyone over 70 can apply.", [("70", "number", None, None)]),
        # things over a number, a unit after it, or a number past any age: no age
        ("Teams over 30 points qualify.", [("30", "count", "point", "Teams")]),
        ("Children under 5 feet tall ride free.", [("5 feet", "quantity", "foot", None)]),
        ("Customers over 1,000 pay more.", [("1,000", "number", None, None)]),
        ("Women under 30 per cent of the board quit.", [("30 per cent", "percent", "%", None)]),
    ],
)
def test_a_bare_number_after_people_over_or_under_is_their_age(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Men under 25 face higher premiums' counted 25 premiums: a whole number closing "people over/under N" is the
    people's age, its noun unsaid (unit null and the flag `age`, as "Tom Lee, 30,"; the gold leaves its unit null)."""
    figures = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert [(f.surface, f.kind, f.unit, f.holder) for f in figures] == expected
    assert all(("age" in f.flags) == (f.kind == "number" and "over 1," not in text and "per cent" not in text) for f in figures)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The plan has three steps: 1) cut taxes, 2) raise spending and 3) borrow.", ["three steps"]),
        ("Voters want (1) lower taxes and (2) better schools.", []),
        ("1. Cut taxes for everyone.\n\n2. Raise spending on schools by 5%.", ["5%"]),
        ("The firms (12) and the banks (3) agreed.", ["12", "3"]),
        ("Seeds: Spain (4), France (5), Italy.", ["4", "5"]),
        ("It rose 2. Then it fell.", ["2"]),
    ],
)
def test_numbers_that_count_a_lists_items_are_not_figures(text: str, surfaces: list[str]) -> None:
    """A list's item numbers ("1) ...", "(1) ... (2) ...", "1." opening a line) are no figures; a
    bracketed count after a noun or a number ending a sentence still is."""
    article = segment("Headline here\n\n" + text, tokens=False)
    assert [f.surface for f in figures_of(article, boilerplate=False)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The four unions meeting the minister want a deal.", "four unions", "unions"),
        ("The other three states voting next week are small.", "three states", "states"),
        ("Here is how five leading charities plan to spend the money.", "five leading charities", "leading charities"),
        ("The two finalists return to the stadium on Sunday.", "two finalists", "finalists"),
        ("When the two newcomers flame out, he will gain.", "two newcomers", "newcomers"),
        ("Some 40 volunteers sign up every day.", "40 volunteers", "volunteers"),
        ("She is one of 300 people shot by guards this year.", "300 people", "people"),
        ("It was 35 degrees heat in the shade.", "35 degrees", "heat"),
        ("She won the 60m hurdles title again.", "60m", "hurdles title"),  # 60 metres, not 60 million hurdles
    ],
    ids=["an -ing form with an object", "an -ing form with a time", "a verb before to", "a verb before to and a place", "a phrasal verb",
         "a phrasal verb before a time", "an irregular plural's participle", "a compound noun stays", "a compound noun before an adverb"],
)
def test_a_word_that_can_be_a_verb_after_a_counted_plural_is_its_verb_not_its_noun(text: str, surface: str, subject: str) -> None:
    figures = _in_article(text)
    assert figures[surface].subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("She was serving at 55% in the final.", "55%", "the final"),
        ("He made 80% of his kicks in the final against Wales.", "80%", "the final"),
    ],
    ids=["at the end", "before a preposition"],
)
def test_the_final_after_a_determiner_is_a_noun_that_dates_the_figure(text: str, surface: str, time: str) -> None:
    from helpers.syntax import parse

    assert {t.text: t.tag for t in parse(text, []).tokens}["final"] == "NN"
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The new lease would last five years and cost $8 million.", "five years", None),
        ("Their promises do not even last three days.", "three days", None),
        ("The strike is expected to last two weeks.", "two weeks", None),
        ("Over the last five years the club sold 40 players.", "40 players", "Over the last five years"),
        ("Her last three seasons brought 12 titles.", "12 titles", "last three seasons"),
    ],
)
def test_the_verb_last_before_a_duration_is_no_period(text: str, surface: str, time: str | None) -> None:
    """'last' after a modal, 'to' or a negation is the verb: the duration is its own span, no time."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It took him another two years to win a cap.", "two years"),
        ("It took them only 40 minutes to score twice.", "40 minutes"),
    ],
    ids=["him", "them"],
)
def test_a_person_pronoun_as_the_object_is_not_what_a_duration_measures(text: str, surface: str) -> None:
    figures = _in_article(text)
    assert figures[surface].subject is None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("One poll shows Jane Smith 12 points ahead of Tom Brown in Ohio.", "12", "Jane Smith"),
        ("They could have gone into the break 20 points down.", "20", None),
    ],
    ids=["after a name", "after a common noun"],
)
def test_a_margin_in_points_the_chunker_joins_to_the_noun_before_measures_no_thing(text: str, surface: str, holder: str | None) -> None:
    figures = _in_article(text)
    assert figures[surface].subject is None
    assert figures[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surface", "subject", "holder"),
    [
        ("Carlton will be out of action for four to six weeks after a bad challenge.", "four to six weeks", None, "Carlton"),
        ("McIlroy eased across the line in 1:50.87 to reach the final.", "1:50.87", None, "McIlroy"),
        ("The Cold War lasted 43 years.", "43 years", "Cold War", None),
    ],
    ids=["out for", "a race time", "a verb of lasting measures the name"],
)
def test_a_named_subject_of_a_duration_holds_it_unless_a_verb_of_lasting_measures_it(text: str, surface: str, subject: str | None, holder: str | None) -> None:
    figures = _in_article(text)
    assert (figures[surface].subject, figures[surface].holder) == (subject, holder)


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Fourth-quarter revenue rose 7 percent to $2 billion.", "7 percent", "Fourth-quarter"),
        ("The retailer reported half-year profits of £90m.", "£90m", "half-year"),
        ("The miner posted a second-half loss of $25 million.", "$25 million", "second-half"),
        ("Turnover in the year-ago quarter was $1.1 billion.", "$1.1 billion", "in the year-ago quarter"),
        ("The winger scored 9 goals with first-half shots.", "9 goals", None),
    ],
)
def test_a_hyphenated_period_before_a_results_noun_dates_it(text: str, surface: str, time: str | None) -> None:
    """A quarter, half or full year written as a modifier ("Third-quarter sales", "first-half loss")
    is the period of the result it modifies; a match's 'first-half' before another noun is left."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surfaces", "time"),
    [
        ("The poll of 700 adults was taken between 4 and 7 May.", ["700 adults"], "between 4 and 7 May"),
        ("The survey of 1,200 voters ran from 9 to 12 June 2021.", ["1,200 voters"], "from 9 to 12 June 2021"),
        ("Matches are on 14 June, 3 and 10 July, before 2,000 fans.", ["2,000 fans"], "10 July"),
        ("Talks with the 20 staff are set for 6 or 7 June.", ["20 staff"], "7 June"),
        ("Prices rose between 3 and 5 percent in May.", ["3 and 5 percent"], "in May"),
        ("The club won 3 and lost 5 in May.", ["3", "5"], "in May"),
    ],
)
def test_a_span_of_days_before_a_month_is_a_date_not_a_figure(text: str, surfaces: list[str], time: str | None) -> None:
    """'between 4 and 7 May', 'from 9 to 12 June', '3 and 10 July' are dates (as '4-7 May' was), no
    figures, and the span is the period of the clause's figures; a range of percentages is not."""
    figures = _in_article(text)
    assert sorted(figures) == sorted(surfaces)
    assert figures[surfaces[-1]].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The council is currently debating a curfew after the stabbing deaths of 12 people.", "12 people", None),
        ("The man died in May 2019 after being held for six years without a trial.", "six years", None),
        ("The firm hired 300 people in 2020 after the merger of 2 banks.", "300 people", "in 2020"),
        ("In the past 10 years, 40 people were fined after attacking guards.", "40 people", "In the past 10 years"),
        ("In the two years after the merger, the shares fell 30 percent.", "30 percent", "In the two years"),
        ("The great 1990-1 side became famous after winning all 25 of their games.", "25", "1990-1"),  # the split year whole (round 32)
    ],
)
def test_a_figure_inside_an_after_phrase_is_not_dated_by_the_main_clause(text: str, surface: str, time: str | None) -> None:
    """An 'after' event phrase or gerund clause that follows the main clause's time, with no comma,
    holds an earlier event: its figure does not take that time (a span up to now, a bare year kept)."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Turnout fell to 48% in the 2010 and 2014 cycles.", "48%", "in the 2010 and 2014 cycles"),
        ("Figures from the 2019 National Farm Census show that owners were 60 percent of farmers.", "60 percent", "from the 2019 National Farm Census"),
        ("The 2018 trade deficit was $12 billion.", "$12 billion", "2018"),
    ],
)
def test_a_year_cut_off_before_its_noun_takes_the_noun(text: str, surface: str, time: str | None) -> None:
    """Two years joined by 'and' after 'the' modify the noun after them as one year does, and a name
    before a verb the tagger read as a noun ('Census show that') ends that noun group."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Smith, named player of the year by the league in 2003, also won 40 caps.", "40 caps", None),
        ("Elected for a rural seat at the 1970 general election, she held it for 25 years.", "25 years", None),
        ("The charter, written by the founders in 1950, reserves 30 percent of seats for women.", "30 percent", None),
        ("Jones, a clerk at the time, brought a claim in 2004 in which he sought £8,000.", "£8,000", "in 2004"),
        ("Acme, founded by two brothers in 1990, made $5m last year.", "$5m", "last year"),
    ],
)
def test_a_time_inside_a_participle_clause_set_off_by_commas_dates_only_that_clause(text: str, surface: str, time: str | None) -> None:
    """A participle clause after a noun or opening the sentence, with words between the participle
    and its time, is the noun's own event: the main clause's figure after it does not take its time."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Turnout was well below the nearly 90,000 who showed up in 2012.", "90,000", "in 2012"),
        ("He was one of five soldiers who were freed from the camp in March.", "five soldiers", "in March"),
        ("Two districts where voters will elect a mayor in 2027 have 9 wards.", "Two districts", None),
        ("She was one of three senators who voted against the Clean Water Act of 2019.", "three senators", None),
        ("The group has 40 members who joined because the fees fell in 2020.", "40 members", None),
    ],
)
def test_a_who_clause_right_after_the_figure_gives_it_its_time(text: str, surface: str, time: str | None) -> None:
    """A 'who'/'that' clause whose subject is the figure says when the counted people did it: its
    time is the figure's (not a 'where' clause, a name's year or a clause inside it)."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Bosses at Acme, which earned $9 billion in sales last year, say the firm will grow.", "$9 billion", "last year"),
        ("Parties need 40 percent of the vote, analysts say; in 2016, the party got 31 percent.", "31 percent", "in 2016"),
        ("Last year, the minister said sales rose 5%.", "5%", None),
        ("Sales rose 5%, the minister said last week.", "5%", None),
    ],
)
def test_a_verb_of_saying_past_a_clause_boundary_does_not_make_a_time_a_statements(text: str, surface: str, time: str | None) -> None:
    """The saying verb next to a time marks when something was said only inside the time's clause:
    not past the comma closing a relative clause or past a semicolon."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Since the convention ended last month, she has visited 12 of the counties.", "12", "Since the convention ended last month"),
        ("The side has lost 10 games since the cup final in May 2019.", "10 games", "since the cup final in May 2019"),
        ("The panel has held 40 hearings since its creation in June 2015.", "40 hearings", "since its creation in June 2015"),
        ("He has been injured since a fall three years ago, and missed 20 games.", "three years", None),
        ("Since 2010 the firm has hired 300 people.", "300 people", "Since 2010"),
    ],
)
def test_since_and_a_noun_phrase_or_clause_ending_in_a_date_is_one_period(text: str, surface: str, time: str | None) -> None:
    """'since' and an event written out before its date ('since the cup final in May 2019') is the
    period, not the bare date; a distance ('three years ago') keeps its number a figure of its own."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Sales in the third quarter of the fiscal year rose 6%.", "6%", "in the third quarter of the fiscal year"),
        ("Output in the first half of the financial year rose 2%.", "2%", "in the first half of the financial year"),
        ("Sales in the third quarter of the year rose 6%.", "6%", "in the third quarter of the year"),
    ],
)
def test_a_quarter_or_half_of_the_financial_year_is_one_period(text: str, surface: str, time: str | None) -> None:
    """'the third quarter of the fiscal year' is read whole (fp.TIME took 'of the year' only)."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Borrowing in the first half of the financial year was £62bn.", "£62bn", "in the first half of the financial year"),
        ("Lending in the first half of the year was £9bn.", "£9bn", "in the first half of the year"),
        ("The number waiting over 18 months fell to 4,120.", "4,120", None),
    ],
)
def test_a_gerund_opening_the_sentence_is_the_subject_its_time_dates(text: str, surface: str, time: str | None) -> None:
    """A time right after a gerund dates the figure unless the gerund follows a noun it sorts ('the
    number waiting over 18 months': a threshold); 'Borrowing in ...' opening the sentence is the subject."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Debt was £40bn, £6bn more than forecast in April.", "£6bn", None),
        ("Debt was £40bn, £6bn more than forecast in April.", "£40bn", None),
        ("Debt was £40bn last year, £6bn more than forecast in April.", "£40bn", "last year"),
    ],
)
def test_the_time_of_a_forecast_after_than_is_not_the_figures(text: str, surface: str, time: str | None) -> None:
    """'more than forecast in April': April is when the forecast was made, no period of the figure."""
    figures = _in_article(text)
    assert figures[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "subject", "time"),
    [
        ("Fuel duty receipts in the year to date were £21bn.", "£21bn", "Fuel duty receipts", "in the year to date"),
        ("Sales for the year to date rose 3%.", "3%", "Sales", "for the year to date"),
        ("The shares have gained 14% year to date.", "14%", "shares", "year to date"),
    ],
)
def test_the_year_to_date_after_the_is_one_time_phrase(text: str, surface: str, subject: str, time: str) -> None:
    """'in the year to date' is read whole: 'year to date' alone left 'in the' to break the noun
    phrase before it, which then lost its subject."""
    figures = _in_article(text)
    assert (figures[surface].subject, figures[surface].time) == (subject, time)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Turnover in the 52 weeks to 28 June was £3.9bn.", ["52 weeks", "£3.9bn"]),
        ("Sales in the 26 weeks to 4 January rose 3%.", ["26 weeks", "3%"]),
        ("He scored 20 to 30 goals in June.", ["20 to 30 goals"]),
    ],
)
def test_a_day_before_a_month_ends_no_range(text: str, surfaces: list[str]) -> None:
    """'the 52 weeks to 28 June': the day closes the period, no range '52 weeks to 28'."""
    assert sorted(_in_article(text)) == sorted(surfaces)


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The poll of 1,200 adults, taken Sept. 27 through Oct. 1, found wide doubts.", "1,200 adults", "Sept. 27 through Oct. 1"),
        ("The poll of 900 voters was taken March 3 until March 6.", "900 voters", "March 3 until March 6"),
    ],
)
def test_a_field_period_with_through_or_until_between_two_dates_is_read_whole(text: str, surface: str, time: str) -> None:
    """'Sept. 27 through Oct. 1' is one period (fp.TIME joined two dates with a dash or 'to' only)."""
    assert _in_article(text)[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Her rating has fallen to 39 percent from 46 percent at the start of the year.", "39 percent", None),
        ("Her rating has fallen to 39 percent from 46 percent at the start of the year.", "46 percent", "at the start of the year"),
        ("The firm had 300 staff at the start of the year.", "300 staff", "at the start of the year"),
    ],
)
def test_at_before_the_start_of_a_period_is_part_of_the_time_phrase(text: str, surface: str, time: str | None) -> None:
    """'at the start of the year' is one phrase (the frame before 'of' took in/for/over ... but not
    'at'), so a base before it owns it and the level after 'to' does not take it."""
    assert _in_article(text)[surface].time == time


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The campaign raised $3.2 million in March, its aides said.", "$3.2 million", None),
        ("Her committee has raised £57m of the £64m it planned.", "£57m", None),
        ("The new levy would raise $1.1 trillion over a decade.", "$1.1 trillion", None),
        ("The council raised taxes by £10m to pay for the roads.", "£10m", "increase by"),
        ("The shop raised its prices to $5 a cup.", "$5", "increase to"),
        ("Sales rose $2m in the year.", "$2m", "increase by"),
    ],
)
def test_money_raised_as_a_verbs_object_is_money_collected_not_a_change(text: str, surface: str, change: str | None) -> None:
    figure = _in_article(text)[surface]
    assert figure.change == change


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The report was drawn up by two committees.", "two committees", None),
        ("The bid was turned down by 20 votes.", "20 votes", None),
        ("Membership was up by 300 members.", "300 members", "increase by"),
        ("Output picked up 2% in May.", "2%", "increase by"),
        ("The index closed down 1.2%.", "1.2%", "decrease by"),
    ],
    ids=["a particle and its agent", "a particle and a vote", "'up' after 'was'", "a market's 'picked up'", "a market's 'closed down'"],
)
def test_up_or_down_as_a_verbs_particle_before_a_counted_agent_is_no_change(text: str, surface: str, change: str | None) -> None:
    """Round 23 (lead, a report read as a user): "drawn up by two committees" names who drew it up, no rise of two."""
    assert _in_article(text)[surface].change == change


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Sales rose to about £5m last year.", "£5m", "increase to"),
        ("Prices fell by around 3% in May.", "3%", "decrease by"),
        ("Profit fell to an estimated £300m.", "£300m", "decrease to"),
        ("The deficit widened to more than £40bn.", "£40bn", "increase to"),
        ("Sales rose more than 5% in the year.", "5%", "increase by"),
        ("Inflation rose to over 5% in May.", "5%", "increase to"),
        # a bound right after the verb says where it went, not by how much
        ("Inflation fell below 5% in May.", "5%", None),
        ("Sales rose over 5% in the year.", "5%", None),
        # "up to" keeps its own reading: a ceiling, or a verb of motion's level
        ("Fines of up to £5,000 apply.", "£5,000", None),
        ("Prices went up to $5 a cup.", "$5", "increase to"),
        # "make up" is what a part comes to, hedged or not
        ("Students make up about a third of the town.", "a third", None),
        ("Women made up 40% of the workforce.", "40%", None),
    ],
)
def test_a_hedge_between_a_change_and_its_figure_keeps_the_change(text: str, surface: str, change: str | None) -> None:
    """Round 34 (rate34, user34): "rose to about £5m", "fell by nearly 5%" lost their change, so relations and checks
    saw a level where the article states a move."""
    assert _in_article(text)[surface].change == change


@pytest.mark.parametrize(
    "text",
    ["The new iPhone 11 has three cameras.", "It runs macOS 14 and iOS 17 well.", "She sold her old iPad 2 online."],
)
def test_a_number_in_a_product_name_written_with_an_inner_capital_is_no_figure(text: str) -> None:
    assert not [f.surface for f in extract_figures(text) if f.surface[0].isdigit()]


def test_a_figure_after_a_name_with_an_inner_capital_keeps_its_money_and_scale() -> None:
    assert [f.surface for f in extract_figures("The iPhone 11 sold for $699, and eBay 2bn listings.")] == ["$699", "2bn listings"]
def _read(text: str) -> list[tuple[str, str, float, str | None, float | None, float | None]]:
    """Each figure of one sentence as (surface, kind, value, unit, low, high)."""
    return [(f.surface, f.kind, f.value, f.unit, f.low, f.high) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party clears the 12-percent bar.", [("12-percent", "percent", 12, "%", None, None)]),
        ("Her vote sits at the 30-to-35-percent mark.", [("30-to-35-percent", "percent", 30, "%", 30, 35)]),
        ("A 7-per-cent levy was set.", [("7-per-cent", "percent", 7, "%", None, None)]),
        ("They opened a 6-percentage-point gap.", [("6-percentage-point", "percentage_points", 6, "percentage_point", None, None)]),
        ("The 9-percenters met.", [("9-percenters", "count", 9, "percenter", None, None)]),  # a noun of its own
        ("A rise of 4 percent.", [("4 percent", "percent", 4, "%", None, None)]),
    ],
)
def test_a_percent_written_as_a_hyphenated_modifier_is_a_share(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 12-percent bar', 'the 30-to-35-percent mark': the hyphen before 'percent' left a bare
    number (and a range read as two numbers)."""
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(low=st.integers(1, 60), step=st.integers(1, 30), word=st.sampled_from(["percent", "per-cent", "per cent"]))
def test_a_hyphenated_percent_range_is_one_share_range(low: int, step: int, word: str) -> None:
    text = f"Support held at the {low}-to-{low + step}-{word} level."
    assert _read(text) == [(f"{low}-to-{low + step}-{word}", "percent", low, "%", low, low + step)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm endured half a decade of losses.", [("half a decade", "duration", 0.5, "decade", None, None)]),
        ("They laid half a mile of new track.", [("half a mile", "quantity", 0.5, "mile", None, None)]),
        ("Within half an hour of the alarm, crews arrived.", [("half an hour", "duration", 0.5, "hour", None, None)]),
        ("It ended a quarter of a century of rule.", [("a quarter of a century", "duration", 0.25, "century", None, None)]),
        ("The cut was half a percentage point of output.", [("half", "number", 0.5, "fraction", None, None)]),  # a share of what follows
    ],
)
def test_a_fraction_of_one_unit_before_of_is_still_that_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    """'half a decade of losses' is a span, 'half a mile of track' a length: only a share or points
    before 'of' ('half a percentage point of output') is a share of what follows."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jail terms rose from 8 to 11 years.", [("8", "duration", 8, "year", None, None), ("11 years", "duration", 11, "year", None, None)]),
        ("Fees fell from 9 to 6 per cent.", [("9", "percent", 9, "%", None, None), ("6 per cent", "percent", 6, "%", None, None)]),
        ("The cap rose from 2 to $3bn.", [("2", "money", 2e9, "USD", None, None), ("$3bn", "money", 3e9, "USD", None, None)]),
        ("The reform should increase the party's tally by 15 to 20 seats.",
         [("15", "count", 15, "seat", None, None), ("20 seats", "count", 20, "seat", None, None)]),
        ("She beat him 58 to 41 percent.", [("58", "percent", 58, "%", None, None), ("41 percent", "percent", 41, "%", None, None)]),
        ("Lee leads Park 47 to 44 percent.", [("47", "percent", 47, "%", None, None), ("44 percent", "percent", 44, "%", None, None)]),
        ("The retirement age rises from 66 to 67.", [("66", "number", 66, None, None, None), ("67", "number", 67, None, None, None)]),
        ("Trials run from 3 to 5 May.", []),  # a span of days
        ("The index rose 15 to 1,200.", [("15", "number", 15, None, None, None), ("1,200", "number", 1200, None, None, None)]),
        ("The Airbus 320 to Madrid left.", []),  # a name's number: no share after it
    ],
)
def test_a_bare_number_before_to_shares_the_unit_of_the_other_end(text: str, expected: list[tuple[object, ...]]) -> None:
    """A change's two ends or a comparison's two sides written with the unit once ('from 8 to 11
    years', 'beat him 58 to 41 percent') are two figures in that one unit; a bare first side after a
    name ('leads Park 47 to 44 percent') is a side, not part of a name as 'Boeing 757' is."""
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    a=st.integers(2, 900), b=st.integers(2, 900),
    unit=st.sampled_from([("years", "duration", "year"), ("percent", "percent", "%"), ("miles", "quantity", "mile"), ("seats", "count", "seat")]),
    verb=st.sampled_from(["rose from", "fell from", "went from", "beat them"]),
)
def test_two_ends_around_to_have_one_unit(a: int, b: int, unit: tuple[str, str, str], verb: str) -> None:
    word, kind, name = unit
    figures = extract_figures(f"The total {verb} {a} to {b} {word} this week.")
    assert figures and all((f.kind, f.unit) == (kind, name) for f in figures), figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly three-fourths of them agree.", [("three-fourths", "number", 0.75, "fraction", None, None)]),
        ("One-fourth of the staff left.", [("One-fourth", "number", 0.25, "fraction", None, None)]),
        ("Costs were cut by a fourth.", [("a fourth", "number", 0.25, "fraction", None, None)]),
        ("She chased a fourth title.", []),  # an ordinal
        ("The fourth quarter was slow.", []),
        ("He finished fourth.", []),
    ],
)
def test_fourths_are_a_fraction_as_quarters_are(text: str, expected: list[tuple[object, ...]]) -> None:
    """'three-fourths' (American for three-quarters) read as a count of 3 'fourth's."""
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "value"), [("three-fourths", 0.75), ("one-fourth", 0.25), ("a fourth", 0.25), ("two fourths", 0.5)])
def test_parse_number_reads_fourths(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won the 60m hurdles again.", [("60m", "quantity", 60, "meter", None, None)]),
        ("He is among the best 800m runners.", [("800m", "quantity", 800, "meter", None, None)]),
        ("She set two 10,000m world records.", [("10,000m", "quantity", 10000, "meter", None, None)]),
        ("He won the 200m titles twice.", [("200m", "quantity", 200, "meter", None, None)]),
        ("The firm has 4.5m workers.", [("4.5m workers", "count", 4.5e6, "worker", None, None)]),  # million
        ("Some 60m people live there.", [("60m people", "count", 6e7, "person", None, None)]),
    ],
)
def test_a_distance_in_metres_that_names_a_race_is_no_million(text: str, expected: list[tuple[object, ...]]) -> None:
    """'60m hurdles' read as 60 million hurdles, '800m runners' 800 million runners: an event noun
    after 'Nm' makes the m metres (fp.RACE_AFTER_METRES)."""
    assert _read(text) == expected


@settings(max_examples=40, deadline=None)
@given(distance=st.sampled_from([60, 100, 200, 400, 800, 1500, 3000, 5000, 10000]), event=st.sampled_from(["hurdles", "runners", "final", "title", "record", "heats", "relay"]))
def test_a_race_distance_keeps_its_metres(distance: int, event: str) -> None:
    figures = extract_figures(f"She is one of the best {distance:,}m {event} in Europe.")
    assert [(f.kind, f.value, f.unit) for f in figures] == [("quantity", distance, "meter")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MPs backed it by 330 votes to 281.", [("330 votes", "count", 330, "vote", None, None), ("281", "count", 281, "vote", None, None)]),
        ("The plan trims nine county councils to seven.", [("nine county councils", "count", 9, "council", None, None), ("seven", "count", 7, "council", None, None)]),
        ("They cut the term from 30 weeks to 26.", [("30 weeks", "duration", 30, "week", None, None), ("26", "duration", 26, "week", None, None)]),
        ("Talks drew from 12 to 14 people.", [("12 to 14 people", "count", 12, "person", 12, 14)]),  # upward: a range
        ("Talks moved from 12 to 14 people.", [("12", "count", 12, "person", None, None), ("14 people", "count", 14, "person", None, None)]),  # a move: two levels
        ("The side came back from 21-9 down.", []),  # a score, no range 21-9
        ("The index rose 3% to 2,400.", [("3%", "percent", 3, "%", None, None), ("2,400", "number", 2400, None, None, None)]),  # a level after a change
        ("It gave him three wins to one.", [("three wins", "count", 3, "win", None, None)]),  # 'one' is no figure
    ],
)
def test_a_pair_written_high_to_low_is_two_figures_in_one_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    """A range runs upward: 'by 330 votes to 281' and 'from 30 weeks to 26' are two sides or ends in
    the first one's unit (were one range 330-281), and 'from 21-9 down' is a score."""
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(a=st.integers(2, 999), b=st.integers(2, 999), noun=st.sampled_from([("votes", "vote"), ("weeks", "week"), ("miles", "mile"), ("seats", "seat")]))
def test_no_range_runs_downward(a: int, b: int, noun: tuple[str, str]) -> None:
    figures = extract_figures(f"It was settled by {a} {noun[0]} to {b} on the day.")
    assert all(f.low is None or f.low <= f.high for f in figures), figures
    assert all(f.unit == noun[1] for f in figures), figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They opened a 40,000-square-foot store.", [("40,000-square-foot", "quantity", 40000, "foot ** 2", None, None)]),
        ("It is a 2.5-square-mile town.", [("2.5-square-mile", "quantity", 2.5, "mile ** 2", None, None)]),
        ("A 90-square-metre flat sold.", [("90-square-metre", "quantity", 90, "meter ** 2", None, None)]),
        ("The site covers 3,000 square feet.", [("3,000 square feet", "quantity", 3000, "foot ** 2", None, None)]),
        ("A 1,800 sq. ft. house.", [("1,800 sq. ft", "quantity", 1800, "foot ** 2", None, None)]),
    ],
)
def test_an_area_written_as_a_hyphenated_modifier_keeps_its_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 40,000-square-foot store' read a bare 40,000: the area units took 'square feet' with a space only."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The 10-year Treasury note slipped.", []),
        ("Two-year yields rose sharply.", []),
        ("Investors sold 30-year gilts.", []),
        ("The benchmark 5-year German bund rallied.", []),
        ("He took out a 25-year loan.", ["25-year"]),  # a loan's term is a figure
        ("She was given a 10-year ban.", ["10-year"]),
    ],
)
def test_a_maturity_that_names_a_benchmark_bond_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'the 10-year Treasury note' names a bond (the guideline's example of a number inside a name)."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 10-year note fell 5/32 in price.", [("5/32", "count", 0.15625, "point", None, None)]),
        ("The long bond gained 13/64.", [("13/64", "count", 0.203125, "point", None, None)]),
        ("About 3/8 of members voted.", [("3/8", "number", 0.375, "fraction", None, None)]),  # a share stays one
        ("It is 1/16 inch thick.", [("1/16 inch", "quantity", 0.0625, "inch", None, None)]),
    ],
)
def test_a_bond_price_move_in_32nds_is_no_share(text: str, expected: list[tuple[object, ...]]) -> None:
    """'rose 7/32' is 7/32 of a point of a bond's price: points of par (flag 'market', never compared), not the
    share 'fraction' a chart would draw as 22 percent."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["The plan is due by 6 o’clock tonight.", "We met at 9 o'clock.", "Doors open at 10 o’ clock."]
)
def test_a_time_written_with_o_clock_is_no_figure_whatever_the_apostrophe(text: str) -> None:
    """'by 6 o’clock' (a curly apostrophe) read a figure 6: fp.TIME_OF_DAY took only the straight one."""
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They won two bronzes.", "bronze"), ("It offers four prizes.", "prize"), ("Some 7,000 species live there.", "species"),
        ("She made three series.", "series"), ("Four taxes rose.", "tax"), ("Two waltzes played.", "waltz"), ("Six boxes came.", "box"),
    ],
)
def test_a_counted_noun_ending_in_ze_or_an_invariant_plural_keeps_its_singular(text: str, unit: str) -> None:
    """'two bronzes' read unit 'bronz', '7,000 species' 'specy', 'two television series' 'sery'."""
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Costs saw a two-fold rise.", []), ("Sales posted a 10-fold increase.", []), ("The aims were three-fold.", []),
        ("She handed over five folders.", ["five folders"]),
    ],
)
def test_a_fold_multiplier_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'two-fold' read a count of 2 'fold': a multiplier, as 'twice' is in the guideline."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Jane Roe (Last week: 3.)", []), ("John Doe (2.)", []), ("The firms (12) rose.", ["12"]), ("Roe (44) and Doe (51) ran.", ["44", "51"]),
        ("Jane Roe (4.) leads with 30 delegates.", ["30 delegates"]),
    ],
)
def test_a_rank_in_brackets_after_a_name_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'Marco Rubio (1.)', 'Donald Trump (Last week: 2.)': a ranked list's earlier rank, written with a
    full stop inside the bracket, read as figures; an age or a count in brackets stays."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Firms use H-1B visas.", []), ("An F-16 jet flew over.", []), ("He held an AK-47 rifle.", []), ("A MiG-29 crashed.", []),
        ("It was £5m-£7m.", ["£5m-£7m"]), ("The GDP-5% rule held.", ["5%"]),
    ],
)
def test_a_number_after_capitals_and_a_hyphen_is_part_of_a_code(text: str, surfaces: list[str]) -> None:
    """'H-1B visas' read a count of a billion visas (1 and the scale B): a code's number, no figure."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The two unions' leaders met.", "two unions", "union"), ("Three companies’ shares fell.", "Three companies", "company"),
        ("It takes two weeks' notice.", "two weeks", "week"), ("She wrote three children's books.", "three children's books", "book"),
        ("He owns two boss' cars.", "two boss' cars", "car"),  # no plural before the apostrophe
    ],
)
def test_a_plural_possessive_is_the_counted_noun(text: str, surface: str, unit: str) -> None:
    """'two unions' executives' counts unions (read unit 'executive'); a kind written with 's
    ('three children's books') counts the books."""
    assert [(f.surface, f.unit) for f in extract_figures(text)] == [(surface, unit)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("He won in ‘08 and lost in ‘12.", []), ("The class of ’98 met.", []),
        ("She said ‘40 people came’ to the hall.", ["40 people"]),  # a quotation the mark opens
    ],
)
def test_a_year_cut_short_after_an_opening_mark_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'Obama in ‘08' (a left single quotation mark for the apostrophe) read a figure 8."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys came from 14 Asian and African states.", [("14 Asian and African states", "count", 14, "state", None, None)]),
        ("There are 900 oil- and gas-fired boilers.", [("900 oil- and gas-fired boilers", "count", 900, "boiler", None, None)]),
        ("He scored 150 league and cup goals.", [("150 league and cup goals", "count", 150, "goal", None, None)]),
        ("It hired 40 policemen and women.", [("40 policemen", "count", 40, "policeman", None, None)]),  # a plural before 'and': its own noun
        ("It sent three black and four white cats.", [("four white cats", "count", 4, "cat", None, None)]),  # a second count
        ("The vote in five states and two territories.", [("five states", "count", 5, "state", None, None), ("two territories", "count", 2, "territory", None, None)]),
    ],
)
def test_two_modifiers_joined_by_and_lead_to_the_counted_noun(text: str, expected: list[tuple[object, ...]]) -> None:
    """'ministers from 23 European and Arab countries' read a bare 23: the counted noun's words
    stopped at 'and'."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boxer weighs 168 pounds.", [("168 pounds", "quantity", 168, "pound", None, None)]),
        ("The catch weighed about 30 pounds.", [("30 pounds", "quantity", 30, "pound", None, None)]),
        ("Tickets cost 30 pounds.", [("30 pounds", "money", 30, "GBP", None, None)]),
    ],
)
def test_pounds_after_a_verb_of_weighing_are_a_weight(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Trump ... weighs 236 pounds' read 236 GBP."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The centre is 6'9\" tall.", [("6'9\"", "quantity", 81, "inch", None, None)]),
        ("She is 5’4” and fast.", [("5’4”", "quantity", 64, "inch", None, None)]),
        ("He stands 5′11″.", [("5′11″", "quantity", 71, "inch", None, None)]),
    ],
)
def test_a_height_in_feet_and_inches_is_one_length(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Trump is 6'3\" tall' read two bare numbers 6 and 3 ('5’2”' a duration of 5 years and a 2)."""
    assert _read(text) == expected


@settings(max_examples=40, deadline=None)
@given(feet=st.integers(4, 7), inches=st.integers(0, 11), marks=st.sampled_from([("'", '"'), ("’", "”"), ("′", "″")]))
def test_every_height_reads_back_in_inches(feet: int, inches: int, marks: tuple[str, str]) -> None:
    written = f"{feet}{marks[0]}{inches}{marks[1]}"
    figures = extract_figures(f"The new signing is {written} tall.")
    assert [(f.surface, f.value, f.unit) for f in figures] == [(written, feet * 12 + inches, "inch")]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Photo 1 of 12", []), ("Slide 4/9: the winners", []), ("This is part 2 of 3 essays.", []),
        ("He won 3 of 12 races.", ["3", "12 races"]), ("Four of the 12 photos were fake.", ["Four", "12 photos"]),
    ],
)
def test_a_gallery_or_series_counter_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'Photo 1 of 12' read a figure 12 (the 1 was a reference number already)."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fix costs £4-6m.", [("£4-6m", "money", 4e6, "GBP", 4e6, 6e6)]),
        ("Some $30-40 billion is at stake.", [("$30-40 billion", "money", 3e10, "USD", 3e10, 4e10)]),
        ("About 1.5-2 million people moved.", [("1.5-2 million people", "count", 1.5e6, "person", 1.5e6, 2e6)]),
        ("Around six or seven thousand votes went.", [("six or seven thousand votes", "count", 6000, "vote", 6000, 7000)]),
        ("Between 300 and 1 million fans came.", [("300 and 1 million fans", "count", 300, "fan", 300, 1e6)]),  # its own scale
        ("It was £20-£30.", [("£20-£30", "money", 20, "GBP", 20, 30)]),
    ],
)
def test_a_scale_written_once_in_a_range_is_both_ends(text: str, expected: list[tuple[object, ...]]) -> None:
    """'$5-10 billion' read a low end of $5, 'seven or eight thousand votes' 7 votes: the scale after
    the second end is the first one's too, when it keeps the range upward."""
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(low=st.integers(1, 40), step=st.integers(1, 40), scale=st.sampled_from([("m", 1e6), ("bn", 1e9), (" million", 1e6), (" billion", 1e9)]))
def test_a_scaled_money_range_keeps_both_ends_in_scale(low: int, step: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    figures = extract_figures(f"The deal is worth £{low}-{low + step}{word}.")
    assert [(f.low, f.high) for f in figures] == [(low * factor, (low + step) * factor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both clubs have 14 and 9 players in the squad.", [("14", "count", 14, "player", None, None), ("9 players", "count", 9, "player", None, None)]),
        ("Rates of 4, 5 and 6 percent apply.", [("4", "percent", 4, "%", None, None), ("5", "percent", 5, "%", None, None), ("6 percent", "percent", 6, "%", None, None)]),
        ("They trailed by 3 and 7 percentage points.", [("3", "percentage_points", 3, "percentage_point", None, None), ("7 percentage points", "percentage_points", 7, "percentage_point", None, None)]),
        ("Homes for people over 60, or £250 for those over 75.", [("60", "number", 60, None, None, None), ("£250", "money", 250, "GBP", None, None), ("75", "number", 75, None, None, None)]),
        ("Ann Lee, 52, 10 years on, spoke.", [("52", "number", 52, None, None, None), ("10 years", "duration", 10, "year", None, None)]),
        ("She won the seat aged 22 and 30 days.", [("22", "duration", 22, "year", None, None), ("30 days", "duration", 30, "day", None, None)]),
    ],
)
def test_a_list_of_bare_numbers_shares_the_unit_its_last_item_has(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Munster and Leinster have 12 and 11 players', 'if you can clear 7, 8, 10 percent', 'by 5 and
    10 percentage points, respectively': each item is in the unit written once at the end."""
    assert _read(text) == expected


@settings(max_examples=50, deadline=None)
@given(items=st.lists(st.integers(2, 99), min_size=2, max_size=4), word=st.sampled_from([("percent", "%"), ("miles", "mile"), ("players", "player")]))
def test_every_item_of_a_list_has_the_unit(items: list[int], word: tuple[str, str]) -> None:
    written = ", ".join(str(i) for i in items[:-1]) + f" and {items[-1]} {word[0]}"
    figures = extract_figures(f"The figures were {written} last year.")
    assert [f.unit for f in figures] == [word[1]] * len(items), figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They have two Six Nations wins.", [("two Six Nations wins", "count", 2, "win", None, None)]),
        ("He led three Four Nations games.", [("three Four Nations games", "count", 3, "game", None, None)]),
        ("Twenty Five people came.", [("Twenty Five people", "count", 25, "person", None, None)]),  # one name's case throughout
        ("Some two hundred people came.", [("two hundred people", "count", 200, "person", None, None)]),
    ],
)
def test_a_number_word_does_not_run_on_into_a_capitalized_name(text: str, expected: list[tuple[object, ...]]) -> None:
    """'two Six Nations games' read 8 games: the number words joined 'two' and the name's 'Six'."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters under 30 back Sanders strongly.", [("30", "number", 30, None, None, None)]),  # their age; no count of "Sanders"
        ("She has 263 entering Tuesday's contests.", [("263", "number", 263, None, None, None)]),  # a name's possessive
        ("Some 400 establishment Democrats met.", [("400 establishment Democrats", "count", 400, "democrat", None, None)]),
        ("There were three children's books.", [("three children's books", "count", 3, "book", None, None)]),
        ("The 12 Labour MPs left.", [("12 Labour MPs", "count", 12, "mp", None, None)]),
    ],
)
def test_a_counted_noun_is_no_name_after_a_verb_and_no_name_s_possessive(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Men under 35 support Sanders' read a count of 35 'sander', 'with 263 entering Tuesday's' a unit
    "tuesday'": a capitalized -s word the lexicon calls one name (NNP) after a lower-case word, and a
    name's possessive, are no counted plural."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted 90-plus minutes.", [("90-plus minutes", "duration", 90, "minute", None, None)]),
        ("It has 50,000-plus readers.", [("50,000-plus readers", "count", 50000, "reader", None, None)]),
        ("A $3-plus billion plan.", [("$3-plus billion", "money", 3e9, "USD", None, None)]),
        ("A £30m-plus bid came.", [("£30m", "money", 3e7, "GBP", None, None)]),  # the guideline's reading, as before
    ],
)
def test_plus_after_a_number_is_an_open_top_before_its_unit(text: str, expected: list[tuple[object, ...]]) -> None:
    """'for 15-plus years' read a count of 15 'plu', '$20-plus trillion' $20 and a second 'trillion dollar'."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He got a 400-euro fine.", [("400-euro", "money", 400, "EUR", None, None)]),
        ("She found a 20-dollar bill.", [("20-dollar", "money", 20, "USD", None, None)]),
        ("It is a billion-dollar firm.", []),  # a vague size
        ("They struck a multi-million-pound deal.", []),
        ("It was a 9-pound baby.", [("9-pound", "count", 9, "pound", None, None)]),  # a weight or a sum: left as it was
    ],
)
def test_a_currency_written_as_a_modifier(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 300-euro fine' read a count of 300 'euro'; 'a trillion-dollar health care law' a count of
    a trillion dollars, a size the guideline calls vague."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The party is up eight points in the latest survey.", "eight"),
        ("The hosts were nine points clear at the break.", "nine"),
        ("She trails the governor by three points in the state.", "three"),
    ],
    ids=["up N points", "N points clear", "trails by N points"],
)
def test_a_number_word_before_points_is_a_figure_as_its_digits_are(text: str, surface: str) -> None:
    assert surface in [f.surface for f in extract_figures(text)]


def test_a_number_word_with_no_noun_and_no_points_is_still_no_figure() -> None:
    # "the two met": no figure; "three others" is the count "three"
    assert [f.surface for f in extract_figures("The two met in the final, and three others watched.")] == ["three"]


@pytest.mark.parametrize(
    ("text", "surface", "subject", "holder"),
    [
        (
            "Headline\n\nThe mayor's approval mark exceeds Ann Wilde's vote share by 9 points in the north. In the suburbs, Wilde"
            " trails the mayor's approval mark by eight points.",
            "eight",
            "vote share",
            "Wilde",
        ),
        (
            "Headline\n\nThe mayor's approval mark exceeds Ann Wilde's vote share by 9 points in the north. In the suburbs, Wilde"
            " trails the mayor's approval mark by 8 points.",
            "8",
            "vote share",
            "Wilde",
        ),
        ("Headline\n\nIn the suburbs, Wilde trails the mayor's approval mark by eight points.", "eight", None, "Wilde"),
    ],
    ids=["the name's measure named before", "digits read the same", "none named: no thing, still the name's"],
)
def test_a_name_trailing_anothers_measure_by_points_holds_the_margin(text: str, surface: str, subject: str | None, holder: str) -> None:
    # "X trails Y's mark by N points": the margin is X's (its own share, named earlier), not Y's mark
    figure = _in_article(text)[surface]
    assert (figure.subject, figure.holder) == (subject, holder)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Headline\n\nRovers are in 17th place in the league, just two points above the bottom three.", "two"),
        ("Headline\n\nRovers are just 2 points above the bottom three.", "2"),
    ],
)
def test_points_above_or_behind_are_the_named_clause_subjects_standing(text: str, surface: str) -> None:
    assert _in_article(text)[surface].holder == "Rovers"


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nSmith beat Jones in two recent polls, by 8 points and 11 points, respectively.",
        "Headline\n\nSmith beat Jones by eight points and 11 points in the two polls.",
    ],
    ids=["digits", "a word then digits"],
)
def test_a_second_margin_in_points_after_and_measures_what_the_first_does(text: str) -> None:
    # "by 8 points and 11 points": the points are the margins' unit, no thing the second one measures
    figure = _in_article(text)["11"]
    assert (figure.subject, figure.holder) == (None, "Smith")


@pytest.mark.parametrize(
    ("text", "surface", "subject", "time"),
    [
        ("Headline\n\nShe said fathers would not be eligible for the six weeks of paid leave.", "six weeks", "leave", None),
        ("Headline\n\nThe staff were paid for the two weeks of overtime.", "two weeks", "overtime", None),
        ("Headline\n\nDuring the following three days of protests, 200 people were held.", "200 people", "people", "During the following three days"),
    ],
    ids=["for the N weeks of a thing", "for the N weeks of another", "a 'during' frame still dates the other figures"],
)
def test_a_span_after_for_or_over_that_measures_a_thing_is_no_time(text: str, surface: str, subject: str, time: str | None) -> None:
    figure = _in_article(text)[surface]
    assert (figure.subject, figure.time) == (subject, time)


@pytest.mark.parametrize(
    ("text", "subject", "holder"),
    [
        ("Headline\n\nThe index closed 35 points higher at 7,420 on Friday.", "index", None),
        ("Headline\n\nShares were 12 points up at 300 by noon.", "Shares", None),
        ("Headline\n\nThe Acme 50 closed 35 points higher at 7,420.", None, "The Acme 50"),
    ],
    ids=["an index", "shares", "a named index holds both"],
)
def test_a_change_in_points_and_the_level_after_at_are_the_clause_subjects(text: str, subject: str | None, holder: str | None) -> None:
    # "closed 35 points higher at 7,420": 'points' is the change's unit, no thing the level after "at" measures
    figures = _in_article(text)
    level = next(f for surface, f in figures.items() if surface in ("7,420", "300"))
    change = next(f for surface, f in figures.items() if surface in ("35", "12"))
    assert (level.subject, level.holder) == (change.subject, change.holder) == (subject, holder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1.2m of the region's 3.5m Catholics voted.",
         [("1.2m", "number", 1.2e6, None, None, None), ("3.5m Catholics", "count", 3.5e6, "catholic", None, None)]),
        ("Some 4m Canadians watched the final.", [("4m Canadians", "count", 4e6, "canadian", None, None)]),
        ("The clip has been viewed 3m times.", [("3m", "number", 3e6, None, None, None)]),
        ("Nearly 2m of them signed up.", [("2m", "number", 2e6, None, None, None)]),
        ("About 1.5m of its 4m homes are empty.", [("1.5m", "number", 1.5e6, None, None, None), ("4m homes", "count", 4e6, "home", None, None)]),
        # metres stay metres: a distance, a race, a part of a race
        ("She ran the last 300m of the race alone.", [("300m", "quantity", 300, "meter", None, None)]),
        ("He swam the first 50m of the 200m freestyle fast.",
         [("50m", "quantity", 50, "meter", None, None), ("200m", "quantity", 200, "meter", None, None)]),
        ("He beat 100m champion Tom Hill.", [("100m", "quantity", 100, "meter", None, None)]),
        ("She won the 100m Games title.", [("100m", "quantity", 100, "meter", None, None)]),
        ("The tower is 40m tall.", [("40m", "quantity", 40, "meter", None, None)]),
    ],
)
def test_m_before_a_count_is_million(text: str, expected: list[tuple[object, ...]]) -> None:
    """'1.1m of the UK's 1.6m Muslims' and 'viewed 2m times' read metres: a plural name of people
    right after 'Nm', 'times', 'of' and a pronoun, or 'of' and a whole counted in millions make the
    m million (figures._measured_after); a race or a part of a distance stays metres."""
    assert _read(text) == expected


@settings(max_examples=40, deadline=None)
@given(
    value=st.sampled_from(["1", "1.6", "2", "3.5", "12", "40"]),
    people=st.sampled_from(["Americans", "Muslims", "Democrats", "Britons", "Christians"]),
)
def test_m_before_a_plural_name_of_people_is_million(value: str, people: str) -> None:
    figures = extract_figures(f"Some {value}m {people} took part.")
    assert [(f.kind, f.value, f.unit) for f in figures] == [("count", pytest.approx(float(value) * 1e6), people[:-1].lower())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm opened 1 shop last year.", [("1 shop", "count", 1, "shop", None, None)]),
        ("The party won 1 seat in the north.", [("1 seat", "count", 1, "seat", None, None)]),
        ("She made 1 tackle and 3 saves.", [("1 tackle", "count", 1, "tackle", None, None), ("3 saves", "count", 3, "save", None, None)]),
        ("He scored 1 try.", [("1 try", "count", 1, "try", None, None)]),
        # not a count: a compound left alone, the second side of a score or ratio, a proportion, a share
        ("It has 1 polling station.", [("1", "number", 1, None, None, None)]),
        ("They fought out a 1-1 draw.", []),
        ("Members backed it by a 4 to 1 margin.", []),
        ("Only 1 in 5 voted.", [("1 in 5", "number", 0.2, "fraction", None, None)]),
        ("The top 1 percent gained most.", [("1 percent", "percent", 1, "%", None, None)]),
    ],
)
def test_a_singular_noun_after_the_digit_1_is_counted(text: str, expected: list[tuple[object, ...]]) -> None:
    """'1 tackle', '1 shop', '1 seat' read a bare 1: only a plural ended a count (figures._count_noun);
    a singular common noun (or a verb's base form, a noun after a number) right after the digit 1
    is the counted noun, unless a second noun follows or the 1 is a score's or ratio's second side."""
    assert _read(text) == expected


@settings(max_examples=40, deadline=None)
@given(noun=st.sampled_from(["shop", "seat", "goal", "vote", "car", "school", "wicket", "tackle"]), verb=st.sampled_from(["won", "had", "lost", "added"]))
def test_the_digit_1_counts_the_singular_after_it(noun: str, verb: str) -> None:
    figures = extract_figures(f"The team {verb} 1 {noun} on Sunday.")
    assert [(f.kind, f.value, f.unit) for f in figures] == [("count", 1, noun)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee\t63\t85%", [("63", "number", 63, None, None, None), ("85%", "percent", 85, "%", None, None)]),
        ("Rovers\t12\t8", [("12", "number", 12, None, None, None), ("8", "number", 8, None, None, None)]),
        ("Ann Lee 63", []),  # a space keeps the number in the name ("Boeing 747", "Apollo 11")
        ("Boeing 747 jets", []),
    ],
)
def test_a_tab_ends_a_name_before_a_number(text: str, expected: list[tuple[object, ...]]) -> None:
    """A stats table copied from a page ('Larry Smith<TAB>63<TAB>85%') dropped its first column's
    number as 'part of a name': fp.NAME_BEFORE took a tab as the space inside a name."""
    assert _read(text) == expected


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(["Ann Lee", "Rovers", "Tom Hill", "McDonald"]), value=st.integers(min_value=2, max_value=999))
def test_a_number_in_a_tabbed_cell_after_a_name_is_a_figure(name: str, value: int) -> None:
    assert [f.value for f in extract_figures(f"{name}\t{value}\t")] == [value]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Tickets cost £500 each.", ["item"]),
        ("Ten donors gave $3m or more apiece.", [None, "item"]),
        ("The two funds had $1.2 million each by March.", [None, "item"]),
        ("The bags weigh 2kg each.", ["item"]),
        ("Tickets cost £5 each year.", ["year"]),  # a period stays a period
        ("The two nations each massing troops.", [None]),  # the subject's 'each', before its verb
        ("She paid £500 for each.", [None]),
    ],
)
def test_an_amount_each_or_apiece_is_per_item(text: str, per: list[str | None]) -> None:
    """'$3m or more apiece', '£500 each' read as totals (per None), so relations compared them with
    totals: 'each'/'apiece' after an amount, ending the clause or before a preposition, is a rate per
    item (figures._EACH_AFTER)."""
    assert [f.per for f in extract_figures(text)] == per


@settings(max_examples=30, deadline=None)
@given(amount=st.sampled_from(["£500", "$3m", "€20", "$1.5 billion", "40 tonnes"]), word=st.sampled_from(["each", "apiece"]), end=st.sampled_from([".", " by 2020.", ", she said."]))
def test_each_after_an_amount_is_a_rate_per_item(amount: str, word: str, end: str) -> None:
    figures = extract_figures(f"The three firms paid {amount} {word}{end}")
    assert [f.per for f in figures if f.kind in ("money", "quantity")] == ["item"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is a former Wales Under-21 international.", []),
        ("The Under-18 side won 3 games.", [("3 games", "count", 3, "game", None, None)]),
        ("She was named a 30 Under 30 award winner.", []),
        ("Under 40% of voters backed it.", [("40%", "percent", 40, "%", None, None)]),  # a sentence's opening preposition
        ("Prices rose. Under 40 people came.", [("40 people", "count", 40, "person", None, None)]),
    ],
)
def test_an_age_group_team_is_no_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a former England Under-21 international' read a bare 21, 'a 40 Under 40 award' two bare 40s:
    'Under' with a capital, hyphenated or inside a sentence, names an age group's team or a list."""
    assert _read(text) == expected


@settings(max_examples=30, deadline=None)
@given(age=st.sampled_from([16, 17, 18, 19, 20, 21, 23]), noun=st.sampled_from(["international", "side", "coach", "squad", "captain"]))
def test_an_under_age_team_keeps_no_number(age: int, noun: str) -> None:
    assert extract_figures(f"He joined the Scotland Under-{age} {noun} last year.") == []


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Dell cut 35% off its 1900R curved monitor.", [None]),
        ("The 2000mAh battery lasts 20% longer.", [None]),
        ("Dell cut 35% off its monitors in 2019.", ["in 2019"]),
        ("Prices fell 3% in the 1990s.", ["in the 1990s"]),
        ("Sales rose 4% in 2015-16.", ["in 2015-16"]),
    ],
)
def test_a_year_glued_to_letters_is_no_time(text: str, times: list[str | None]) -> None:
    """'35% Off ... 34" 3440x1440 1900R Curved' gave the share the time '1900' (a curve's radius; fp.YEAR_NUMBER
    ended with no boundary), 'The 2000mAh battery' 'The 2000'."""
    assert [f.time for f in extract_figures(text)] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Borrowing figures for 2003/4 are £35bn.", ["for 2003/4"]),  # user32: the time was "for 2003"
        ("The club scored 40 goals in 1998/9.", ["in 1998/9"]),
        ("Profits rose 5% in 2003-4.", ["in 2003-4"]),
        ("Borrowing will fall to £31bn by 2005/06.", ["by 2005/06"]),
        ("Profits rose 5% in FY2005/06.", ["in FY2005/06"]),
    ],
)
def test_a_split_year_is_one_time_whole(text: str, times: list[str | None]) -> None:
    """A split year written with one digit after the stroke is one time, as '2005/06' is (periods.parse_time
    reads it as one fiscal year)."""
    assert [f.time for f in extract_figures(text)] == times


@settings(max_examples=30, deadline=None)
@given(year=st.integers(min_value=1800, max_value=2099), letters=st.sampled_from(["R", "mAh", "X", "GT", "s"]))
def test_a_year_reads_as_a_time_only_when_it_ends_the_word(year: int, letters: str) -> None:
    figures = extract_figures(f"Profits rose 5% in {year}{letters}.")
    assert [f.time for f in figures] == ([f"in {year}s"] if letters == "s" else [None])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The deal includes a 34" curved monitor.', [('34"', "quantity", 34, "inch", None, None)]),
        ('The box measures 22" long and 18" wide.', [('22"', "quantity", 22, "inch", None, None), ('18"', "quantity", 18, "inch", None, None)]),
        ('Get a 65" TV for $549.', [('65"', "quantity", 65, "inch", None, None), ("$549", "money", 549, "USD", None, None)]),
        ('The 15.6" laptop weighs 2kg.', [('15.6"', "quantity", 15.6, "inch", None, None), ("2kg", "quantity", 2, "kilogram", None, None)]),
        # a closing quotation mark stays one
        ('He said "I am 60" and left.', [("60", "duration", 60, "year", None, None)]),  # (an age: "I am 60")
        ('A sign read: "2+2=5".', [("2", "number", 2, None, None, None), ("2", "number", 2, None, None, None), ("5", "number", 5, None, None, None)]),
        ('She is "99.9" percent sure.', [("99.9", "number", 99.9, None, None, None)]),
    ],
)
def test_a_double_prime_after_a_number_is_inches(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 34" 3440x1440 curved panel', '65" LG', 'measures 22" long' read bare numbers (or none, after a
    capitalized word): a straight double quote or double prime right after a number that closes no
    quotation on its line is an inch mark (figures._inch_mark), as 6'3" already was."""
    assert _read(text) == expected


@settings(max_examples=40, deadline=None)
@given(size=st.integers(min_value=5, max_value=99), mark=st.sampled_from(['"', "″"]), noun=st.sampled_from(["TV", "monitor", "screen", "pizza"]))
def test_a_size_in_inches_keeps_its_mark(size: int, mark: str, noun: str) -> None:
    figures = extract_figures(f"Buy a {size}{mark} {noun} today.")
    assert [(f.kind, f.value, f.unit) for f in figures] == [("quantity", size, "inch")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stir in 2 tsp of cinnamon.", [("2 tsp", "quantity", 2, "teaspoon", None, None)]),
        ("The dough needs 6 tbsp butter.", [("6 tbsp", "quantity", 6, "tablespoon", None, None)]),
        ("It takes 3 tablespoons of honey.", [("3 tablespoons", "quantity", 3, "tablespoon", None, None)]),
        ("The recipe calls for three cups of sugar.", [("three cups", "quantity", 3, "cup", None, None)]),
        ("She has won two cups this season.", [("two cups", "count", 2, "cup", None, None)]),  # trophies, counted
        ("Particles smaller than 2.5 microns cause harm.", [("2.5 microns", "quantity", 2.5, "micrometer", None, None)]),
        ("The panel runs at 120Hz.", [("120Hz", "quantity", 120, "hertz", None, None)]),
        ("The chip runs at 3 GHz.", [("3 GHz", "quantity", 3, "gigahertz", None, None)]),
    ],
)
def test_kitchen_measures_microns_and_hertz_are_units(text: str, expected: list[tuple[object, ...]]) -> None:
    """A recipe's '1 tsp cinnamon', '6 tbsp fruit pectin' read bare numbers, 'three cups of sugar' a count of
    cups, '2.5 microns' a count of microns and '120Hz' no figure (units.yml knew none of them); a cup is a
    measure only before 'of', so the cups a team wins stay counted."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He survived 5 ½ years in a jail.", [("5 ½ years", "duration", 5.5, "year", None, None)]),
        ("It took 2½ years to build.", [("2½ years", "duration", 2.5, "year", None, None)]),
        ("He paid £1½m for it.", [("£1½m", "money", 1.5e6, "GBP", None, None)]),
        ("It fell to 2½C overnight.", [("2½C", "quantity", 2.5, "degree_Celsius", None, None)]),
        ("They walked 3¾ miles.", [("3¾ miles", "quantity", 3.75, "mile", None, None)]),
    ],
)
def test_a_whole_number_with_a_fraction_sign_is_one_number(text: str, expected: list[tuple[object, ...]]) -> None:
    """'survived 5 ½ years' read a bare 5 and dropped the half: a vulgar fraction sign right after the
    digits (or a space after them) is the number's fraction (numbers.DIGITS), and a unit may follow it."""
    assert _read(text) == expected


@settings(max_examples=50, deadline=None)
@given(whole=st.integers(min_value=1, max_value=999), sign=st.sampled_from(["½", "¼", "¾", "⅓", "⅔"]), space=st.sampled_from(["", " "]))
def test_parse_number_reads_a_fraction_sign(whole: int, sign: str, space: str) -> None:
    value = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}[sign]
    assert parse_number(f"{whole}{space}{sign}") == pytest.approx(whole + value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5,000 people a day cross the border.", [("5,000 people", "count", "person", "day")]),
        ("We get about 3,000 a year.", [("3,000", "number", None, "year")]),
        ("Visits rose by 40,000 per year.", [("40,000", "number", None, "year")]),
        ("The cap rises by 12 schools every year.", [("12 schools", "count", "school", "year")]),
        ("They own 3 cars per household.", [("3 cars", "count", "car", "household")]),
        # no rate
        ("He was 5 a year ago.", [("5", "number", None, None)]),
        ("Only half a vote counts.", [("half", "number", "fraction", None)]),
        ("Some 300 people came.", [("300 people", "count", "person", None)]),
    ],
)
def test_a_count_takes_its_rate(text: str, expected: list[tuple[object, ...]]) -> None:
    """'90 people a day die', 'about 3,000 a year' read totals (per None), so relations set a rate against a
    total: a rate right after a count or a bare number is its per, as after a sum ('£5 a week'); the
    surface stays the count, whose noun is what it measures."""
    assert [(f.surface, f.kind, f.unit, f.per) for f in extract_figures(text)] == expected


@settings(max_examples=40, deadline=None)
@given(value=st.integers(min_value=2, max_value=90000), noun=st.sampled_from(["people", "cars", "visitors", "homes"]), period=st.sampled_from(["day", "week", "month", "year"]))
def test_a_count_a_period_is_a_rate(value: int, noun: str, period: str) -> None:
    figures = extract_figures(f"Officials say {value:,} {noun} a {period} arrive.")
    assert [(f.kind, f.per) for f in figures] == [("count", period)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won 6-4, 7-6 (5) to seal the tie.", []),
        ("She lost 6-7 (4), 6-4, 7-5.", []),
        ("The firms (12) rose.", [("12", "number", 12, None, None, None)]),  # a count in brackets stays
        ("Turnout rose to 3,400 (5%) last year.", [("3,400", "number", 3400, None, None, None), ("5%", "percent", 5, "%", None, None)]),
    ],
)
def test_a_tie_break_in_brackets_is_part_of_the_score(text: str, expected: list[tuple[object, ...]]) -> None:
    """'7-6 (5)' read a bare 5: the bracketed number after a set's score is the tie-break's points, part of
    a score, which is no figure."""
    assert _read(text) == expected


@settings(max_examples=30, deadline=None)
@given(points=st.integers(min_value=0, max_value=12), won=st.booleans())
def test_a_tie_break_leaves_no_figure(points: int, won: bool) -> None:
    score = "7-6" if won else "6-7"
    assert extract_figures(f"He took the set {score} ({points}) after a long fight.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The car has a 20.7 cubic foot trunk.", [("20.7 cubic foot", "quantity", 20.7, "foot ** 3", None, None)]),
        ("They sell a 20-cubic-foot fridge.", [("20-cubic-foot", "quantity", 20, "foot ** 3", None, None)]),
        ("The tank holds 55 cubic feet.", [("55 cubic feet", "quantity", 55, "foot ** 3", None, None)]),
    ],
)
def test_cubic_foot_as_a_modifier_is_a_volume(text: str, expected: list[tuple[object, ...]]) -> None:
    """'VW's 20.7 cubic foot trunk' read a bare 20.7: units.yml knew only 'cubic feet' and 'cu ft'."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He took the men's 200m in a personal best of 20.88.", [("200m", "quantity", 200, "meter"), ("20.88", "duration", 20.88, "second")]),
        ("She set a record of 12.37 in winning the 100m hurdles.", [("12.37", "duration", 12.37, "second"), ("100m", "quantity", 100, "meter")]),
        # minutes and seconds written with a point over a longer race, and other decimals, stay bare
        ("He completed the 10,500m course in 33.22.", [("10,500m", "quantity", 10500, "meter"), ("33.22", "number", 33.22, None)]),
        ("The index rose to 12.37 in late trading.", [("12.37", "number", 12.37, None)]),
    ],
)
def test_a_sprint_time_is_in_seconds(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a personal best of 20.88' after 'the men's 200m' read a bare number: two decimals after 'in', 'of'
    or 'clocked' where a sprint (60m to 400m, hurdles) and no longer race is named are seconds."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the race is named sentences before; another time of the paragraph is written in seconds
        ("Ann Lee won the title in 7.58 seconds. Sue Day finished second in 7.82 after a best of 7.83 in the heats.",
         [("7.58 seconds", "second"), ("7.82", "second"), ("7.83", "second")]),
        # a longer race in the paragraph, or no time in seconds in it, leaves a bare number bare
        ("Ann Lee won the 3,000m in 8 minutes, 49.87 seconds. Sue Day finished second in 50.12 at the line.",
         [("3,000m", "meter"), ("8 minutes, 49.87 seconds", "second"), ("50.12", None)]),
        ("Markets\n\nThe index rose in 7.58 seconds of trading.\n\nIt closed in 12.37 on Friday.", [("7.58 seconds", "second"), ("12.37", None)]),
    ],
)
def test_a_bare_time_beside_a_time_in_seconds_is_seconds(text: str, expected: list[tuple[object, ...]]) -> None:
    """BBC athletics reports name the race once and then give bare times sentences later ("Turner finished
    second in 7.82"): the figure path reads one sentence, so its paragraph's times in seconds decide."""
    assert [(f.surface, f.unit) for f in figures_of(segment(text))] == expected


@settings(max_examples=30, deadline=None)
@given(distance=st.sampled_from([60, 100, 200, 400]), hundredths=st.integers(min_value=600, max_value=5999))
def test_a_time_over_a_sprint_distance_is_seconds(distance: int, hundredths: int) -> None:
    time = f"{hundredths // 100}.{hundredths % 100:02d}"
    figures = extract_figures(f"She won the {distance}m in {time}.")
    assert [(f.kind, f.unit) for f in figures] == [("quantity", "meter"), ("duration", "second")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was then an idealistic 20 year-old.", [("20 year-old", "duration", 20, "year", ("age",))]),
        ("The 41 year-old striker scored.", [("41 year-old", "duration", 41, "year", ("age",))]),
        ("She waited with her 12-week-old son.", [("12-week-old", "duration", 12, "week", ("age",))]),
        ("A 9-month-old baby was found.", [("9-month-old", "duration", 9, "month", ("age",))]),
        ("A 73-year-old man was hurt.", [("73-year-old", "duration", 73, "year", ("age",))]),
        ("The firm is 20 years old.", [("20 years", "duration", 20, "year", ())]),  # left as it was: a thing's age is its span
        # a range of years "old" is an age group; so is one after "who is"; a modifier with a space is not
        ("Among those 18 to 25 years old, turnout fell.", [("18 to 25 years", "duration", 18, "year", ("age",))]),
        ("It is new to anyone who is 22 years old.", [("22 years", "duration", 22, "year", ("age",))]),
        ("The firm is 10 years older than its rival.", [("10 years", "duration", 10, "year", ())]),
    ],
)
def test_an_age_written_with_a_space_or_in_weeks_is_an_age(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 12 year-old girl' read a span '12 year' and dropped '-old'; '12-week-old infant' and '9-Month-Old'
    read spans of weeks and months: fp.AGE took only '-year-old'."""
    assert [(f.surface, f.kind, f.value, f.unit, f.flags) for f in extract_figures(text)] == expected


@settings(max_examples=40, deadline=None)
@given(age=st.integers(min_value=2, max_value=99), unit=st.sampled_from(["year", "month", "week"]), join=st.sampled_from(["-", " "]))
def test_an_n_unit_old_modifier_is_an_age(age: int, unit: str, join: str) -> None:
    if join == " " and unit != "year":
        return  # "12 week-old" is rare; only "year" is read after a space
    figures = extract_figures(f"The {age}{join}{unit}-old patient recovered.")
    assert [(f.kind, f.value, f.unit, "age" in f.flags) for f in figures] == [("duration", age, unit, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had 3 tackles, 1 TFL, 2 QH.", [("3 tackles", "count", 3, "tackle"), ("1 TFL", "count", 1, "tfl"), ("2 QH", "count", 2, "qh")]),
        ("She made 2 INT and 4 saves.", [("2 INT", "count", 2, "int"), ("4 saves", "count", 4, "save")]),
        # not a list's item, a time zone or a unit
        ("It puts out 151 PS along with more torque.", [("151", "number", 151, None)]),
        ("Polls close at 8 ET.", [("8", "number", 8, None)]),
        ("The drive holds 512 GB.", [("512 GB", "quantity", 512, "gigabyte")]),
    ],
)
def test_a_capital_abbreviation_ending_a_list_item_is_counted(text: str, expected: list[tuple[object, ...]]) -> None:
    """A stats line's '1 sack, 1 TFL, 2 QH.' read the abbreviations' numbers bare, and meaning's list rule
    gave them the subject 'sack': two to four capitals right after a number that end the item are what it counts."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 2m have signed the petition.", [("2m", "number", 2e6, None, None, None)]),
        ("Nearly 1.5m were left homeless.", [("1.5m", "number", 1.5e6, None, None, None)]),
        ("About 3m are expected to vote.", [("3m", "number", 3e6, None, None, None)]),
        # no quantifier: a distance stays metres
        ("The last 5m were hard going.", [("5m", "quantity", 5, "meter", None, None)]),
        ("The 400m were run in heats.", [("400m", "quantity", 400, "meter", None, None)]),
        ("He cleared 2m to win.", [("2m", "quantity", 2, "meter", None, None)]),
    ],
)
def test_m_after_a_quantifier_before_a_plural_verb_is_million(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Some 2m have signed' read 2 metres: a quantifier before 'Nm' and a plural verb of people after it
    make a count in millions; 'the last 5m were', 'the 400m were run' stay distances."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares trailed the Standard & Poor's 500-stock index by 5%.", [("5%", "percent", 5, "%", None, None)]),
        ("The 30-share index fell.", []),
        ("It bought 40 share index futures.", [("40 share index futures", "count", 40, "future", None, None)]),
        ("He owns 500 stock options.", [("500 stock options", "count", 500, "option", None, None)]),
    ],
)
def test_the_size_that_names_a_market_index_is_no_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    """'the Standard & Poor's 500-stock index' read a count of 500 stocks, which the guideline names as no
    figure ('500-stock index'), as it does the maturity of a benchmark bond."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two United States service members were hurt.", [("Two United States service members", "count", 2, "member")]),
        ("The plan allows eight Las Vegas style resorts.", [("eight Las Vegas style resorts", "count", 8, "resort")]),
        ("Three Democrats said no.", [("Three Democrats", "count", 3, "democrat")]),
        ("They lost two Six Nations games.", [("two Six Nations games", "count", 2, "game")]),
    ],
)
def test_a_name_in_plural_before_lower_case_words_leads_to_the_counted_noun(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Two United States service members' read a count of 2 'state', 'eight Las Vegas style resorts' 8 'vega':
    the count stopped at the first word after a plural; after a name's capitalized plural the phrase goes on."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The model universe is some 230 million light-years wide.", [("230 million light-years", "quantity", 2.3e8, "light_year")]),
        ("The star lies 40 light years away.", [("40 light years", "quantity", 40, "light_year")]),
    ],
)
def test_light_years_are_a_length(text: str, expected: list[tuple[object, ...]]) -> None:
    """'230 million light-years wide' read a count of light-years (units.yml had no light year)."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She set a world best in the 10K race.", []),
        ("He walked the 50K Walk in Athens.", []),
        ("It has 20K followers.", [("20K followers", "count", 2e4, "follower")]),
        ("They raised $50K for it.", [("$50K", "money", 5e4, "USD")]),
    ],
)
def test_a_race_named_in_kilometres_is_no_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    """'the 50K Walk' read a bare 50: 'NK' before a race names it, as 'a 5K run' already did for one digit."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 6ft 6in lock has not looked back.", [("6ft 6in", "quantity", 78, "inch")]),
        ("He is 5ft 11ins.", [("5ft 11ins", "quantity", 71, "inch")]),
        ("He is six feet four inches tall.", [("six feet four inches", "quantity", 76, "inch")]),
        ("The 6-foot-10 centre is fit.", [("6-foot-10", "quantity", 82, "inch")]),
        ("He stands 6-foot-4.", [("6-foot-4", "quantity", 76, "inch")]),
        ("She weighed 9st 4lb at birth.", [("9st 4lb", "quantity", 130, "pound")]),
        ("She has lost three stone.", [("three stone", "quantity", 3, "stone")]),
        ("It was the 21st time.", []),
        ("They built a 12-foot-high wall.", [("12-foot", "quantity", 12, "foot")]),
        ("Prices rose 5 ft 2 in 2019.", [("5 ft", "quantity", 5, "foot"), ("2", "number", 2, None)]),
        ("The village has three stone bridges.", [("three stone bridges", "count", 3, "bridge")]),
        ("In 2019 Stone was convicted on seven counts.", [("seven counts", "count", 7, "count")]),
        ("He is three stone heavier than his rival.", [("three stone", "quantity", 3, "stone")]),
        ("The boards come in 3ft, 6in and 2in sizes.", [("3ft", "quantity", 3, "foot"), ("6in", "quantity", 6, "inch"), ("2in", "quantity", 2, "inch")]),
        ("He is 6ft 14in.", [("6ft", "quantity", 6, "foot"), ("14in", "quantity", 14, "inch")]),
    ],
)
def test_a_height_or_weight_in_two_units_is_one_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    """'The 6ft 6in player' read 6 feet with the subject '6in player' (a glued 'in' was no inch), '9st 4lb' read
    4lb and '6-foot-4' read 6 feet and a bare 4: each is one amount in the smaller unit, as '2hrs 17mins' was."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He paid Rs. 5,000 to the agent. Then he left.", [("Rs. 5,000", "money", 5e3, "INR")]),
        ("The fee is Rs.500 a month.", [("Rs.500 a month", "money", 500, "INR")]),
        ("It spent Rs 40 lakh on lawyers.", [("Rs 40 lakh", "money", 4e6, "INR")]),
        ("The scheme costs Rs.1,200 crore.", [("Rs.1,200 crore", "money", 1.2e10, "INR")]),
        ("Version v1.500 shipped.", []),
    ],
)
def test_rupees_written_with_a_full_stop(text: str, expected: list[tuple[object, ...]]) -> None:
    """'Rs. 5,000' ended a sentence at 'Rs.' and gave a bare 5,000; 'Rs.500' gave nothing (digits after a full
    stop were never a number)."""
    assert [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anyone who wrote a 50K check became a sponsor.", [("50K", "number", 5e4)]),
        ("Nurses there earn 25k a year.", [("25k", "number", 2.5e4)]),
        ("The job pays 25k-30k a year.", [("25k-30k", "number", 2.5e4)]),
        ("He took out a 10k loan and won a 5k grant.", [("10k", "number", 1e4), ("5k", "number", 5e3)]),
        ("She is training for a 10k next month.", [("10", "number", 10)]),
        ("She bought a 4k TV.", [("4", "number", 4)]),
        ("The 10k race starts at 9am.", []),
        ("an 18k gold ring", [("18", "number", 18)]),
        ("They won the £10k prize.", [("£10k", "money", 1e4)]),
        ("It issued 9,000 K-1 visas.", [("9,000 K-1 visas", "count", 9e3)]),
    ],
)
def test_k_glued_to_digits_is_thousands_where_money_is_around_it(text: str, expected: list[tuple[object, ...]]) -> None:
    """'a 50K check' read a bare 50 (k is a money scale, dropped without a currency or a counted noun). A glued k is
    thousands only with money around it (a money noun after, an earning or paying verb before): elsewhere it is as
    often a distance, a format or a grade ('a 10k next month', 'a 4k TV', '18k gold'), whose digits stay as written."""
    assert [(f.surface, f.kind, f.value) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("The firings came to 1 percent of the bank's 100,000 staff every year.", [None, None]),
        ("About 5,000 people a day cross the border.", ["day"]),
    ],
)
def test_a_rate_after_a_share_of_a_count_is_not_the_counts(text: str, pers: list[str | None]) -> None:
    """'1 percent of the bank's 100,000 retail bankers every year': the yearly rate is the share's (the
    firings'), so the whole after 'of' keeps no rate."""
    assert [f.per for f in extract_figures(text)] == pers


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a length before an event noun, or a round track distance alone after "the", names the event
        ("Mira Tal won the 200m title last summer.", [("200m", True)]),
        ("He was fourth in the 10,000m final.", [("10,000m", True)]),
        ("She won the 400m hurdles at the trials.", [("400m", True)]),
        ("They all joined a 5km race in the park.", [("5km", True)]),
        ("He took the 1500m and 5,000m titles.", [("1500m", True), ("5,000m", True)]),
        ("She broke the 3,000m world record.", [("3,000m", True)]),
        ("He won the men's 800m in the rain.", [("800m", True)]),
        # or after an event noun and "over"/"at", a list's distances too; or before a finalist, a legend
        ("She holds the national records at 1500m, 3km and 5km.", [("1500m", True), ("3km", True), ("5km", True)]),
        ("He won Olympic titles over 800m and 1500m.", [("800m", True), ("1500m", True)]),
        ("The 200m finalist Ana Roe will race on Sunday.", [("200m", True)]),
        # a distance run, jumped or built stays a distance
        ("She ran 200m in the time it took him to tie a lace.", [("200m", False)]),
        ("He pulled clear over the final 400m.", [("400m", False)]),
        ("She cleared 4.85 metres at the second attempt.", [("4.85 metres", False)]),
        ("The new bridge is 800m long.", [("800m", False)]),
    ],
)
def test_a_distance_that_names_an_event_is_flagged(text: str, events: list[tuple[str, bool]]) -> None:
    """'won the 200m title' names a race: the figure is kept but flagged 'event', so relations weigh it
    against nothing (the 100m against the 200m was the main source of meaningless comparisons)."""
    assert [(f.surface, "event" in f.flags) for f in extract_figures(text)] == events


@settings(max_examples=40, deadline=None)
@given(
    metres=st.sampled_from(["100m", "400m", "1,500m", "10,000m", "5km"]),
    noun=st.sampled_from(["title", "final", "race", "relay", "heat", "record", "event"]),
)
def test_a_distance_before_an_event_noun_is_always_an_event(metres: str, noun: str) -> None:
    flags = [(f.surface, "event" in f.flags) for f in extract_figures(f"She won the {metres} {noun} on Sunday.")]
    assert flags == [(metres, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number and a lettered subsection name a legal section
        ("Staff moved savings into 403(b) accounts.", []),
        ("The group is a 501(c)(3) charity with 12 staff.", [("12 staff", "count")]),
        # a text that says "a 529 plan" shows the number before that noun is a name, with modifiers too
        ("Parents put $3,000 into 529 college savings plans. A 529 plan grows free of tax.", [("$3,000", "money")]),
        ("An 818 router sells for $90. Shops sold 818 routers.", [("$90", "money")]),
        # a count right before a number and a noun: the number names a model or a plan, the count counts the noun
        ("She holds three 529 plans worth $8,000 each.", [("three 529 plans", "count"), ("$8,000", "money")]),
        ("The carrier bought 300 737 Max jets.", [("300 737 Max jets", "count")]),
        # a plan's letter glued to a number that is not round, with no currency, is no scale
        ("Savers lost money in their 401k plans.", []),
        ("They hold 403b accounts.", []),
        ("She has 400k followers and earns $401k.", [("400k followers", "count"), ("$401k", "money")]),
        # but a count of a noun stays a count, and a round size written without a hyphen is no name
        ("The county has 529 schools.", [("529 schools", "count")]),
        ("The county has 529 schools and a 529 plan.", []),
        ("A 300 seat hall was built.", [("300", "number")]),
    ],
)
def test_a_number_that_is_part_of_a_name_is_no_count(text: str, expected: list[tuple[str, str]]) -> None:
    """'529 college savings plans', '401(k) accounts', 'three 529 plans': a number that is part of a name (a plan,
    a legal section, a model) counts nothing; structure shows it (a lettered subsection, 'a 529 plan' elsewhere in
    the text, a count before it), not a list of names."""
    assert [(f.surface, f.kind) for f in extract_figures(text)] == expected


@settings(max_examples=40, deadline=None)
@given(number=st.integers(min_value=101, max_value=9999).filter(lambda n: n % 10 and not 1000 <= n <= 2099))
def test_a_number_named_with_a_singular_noun_is_no_count_of_its_plural(number: int) -> None:
    assert extract_figures(f"Savers opened a {number} plan. They hold {number} plans.") == []
    assert [f.surface for f in extract_figures(f"They hold {number} plans.")] == [f"{number} plans"]


def test_a_name_number_shown_in_another_sentence_is_no_count() -> None:
    """'a 529 plan' in one sentence shows '529 college savings plans' in another to be a plan's name."""
    article = segment("Headline here\n\nParents put $3,000 into 529 college savings plans.\n\nA 529 plan grows free of tax. The county has 529 schools.")
    assert [(f.surface, f.kind) for f in figures_of(article)] == [("$3,000", "money"), ("529 schools", "count")]


_TABLE_PAGE = (
    "Rovers stay top after late winner\n\n"
    "Rovers stayed top of the league on Saturday after a late goal against City, their manager said.\n\n"
    "The win was their seventh of the season and took them clear of United.\n\n"
    "{table}\n\n"
    "United play at home next week, when their coach hopes to close the gap."
)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a cell's column header is its subject and the row's name its holder
        ("Team\tP\tW\tPts\nRovers\t10\t7\t22\nUnited\t10\t6\t19", [
            ("10", "P", "Rovers"), ("7", "W", "Rovers"), ("22", "Pts", "Rovers"),
            ("10", "P", "United"), ("6", "W", "United"), ("19", "Pts", "United"),
        ]),
        # the row's name is the last cell with words before its first number; a header without words names nothing
        ("Pos\tRunner\tLaps\t%\nA\tJo Vale\t41\t82%", [("41", "Laps", "Jo Vale"), ("82%", None, "Jo Vale")]),
        # a rank before the name is no value of the row's: the name is still the row's holder
        ("Pos\tTeam\tPts\n1\tRovers\t22\n2\tUnited\t19", [("22", "Pts", "Rovers"), ("19", "Pts", "United")]),
        # a figure inside a cell of words keeps its own subject and takes the row's holder
        ("Pos\tRunner\tNotes\nB\tAl Reed\t3 falls (2 late)", [("3 falls", "falls", "Al Reed"), ("2", "falls", "Al Reed")]),
    ],
)
def test_a_copied_table_reads_columns_as_subjects_and_rows_as_holders(table: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'Team<TAB>P<TAB>W<TAB>Pts' rows were folded into prose: no column header became a subject, no row name a
    holder, and a cell after a name ('Ann Lee 63') was read as part of the name."""
    article = segment(_TABLE_PAGE.format(table=table))
    rows = [(f.surface, f.subject, f.holder) for f in figures_of(article, boilerplate=False) if "\t" in article.paragraphs[f.paragraph].text]
    assert rows == expected


@settings(max_examples=40, deadline=None)
@given(
    count=st.sampled_from([("two", 2), ("three", 3), ("12", 12), ("300", 300)]),
    model=st.integers(min_value=101, max_value=999).filter(lambda n: n % 10),
)
def test_a_count_before_a_model_number_counts_the_noun_after_it(count: tuple[str, int], model: int) -> None:
    figures = extract_figures(f"The carrier bought {count[0]} {model} jets last year.")
    assert [(f.kind, f.value, f.unit) for f in figures] == [("count", count[1], "jet")]


@settings(max_examples=25, deadline=None)
@given(
    teams=st.lists(st.sampled_from(["Rovers", "United", "Athletic", "Wanderers", "Albion"]), min_size=1, max_size=4, unique=True),
    points=st.lists(st.integers(min_value=2, max_value=99), min_size=4, max_size=4),
    ranked=st.booleans(),
)
def test_every_cell_of_a_table_takes_its_header_and_row(teams: list[str], points: list[int], ranked: bool) -> None:
    lead = "Pos\t" if ranked else ""
    rows = [f"{f'{k + 1}' + chr(9) if ranked else ''}{team}\t{points[k]}" for k, team in enumerate(teams)]
    table = "\n".join([lead + "Team\tPts", *rows])
    article = segment(_TABLE_PAGE.format(table=table))
    cells = [(f.surface, f.subject, f.holder) for f in figures_of(article, boilerplate=False) if "\t" in article.paragraphs[f.paragraph].text]
    assert cells == [(str(points[k]), "Pts", team) for k, team in enumerate(teams)]


def _article_units(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [
        (f.surface, f.kind, f.unit, "market" in f.flags)
        for f in figures_of(segment("Headline here\n\n" + text, tokens=False), boilerplate=False)
        if not f.surface.endswith("%")
    ]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # an index's move in points, and the level it moved to, are points of the index: never weighed against another
        (
            "The Harbour Index fell 48.5 points, or 0.4%, to 11,902.37 on Friday.",
            [("48.5", "count", "point", True), ("11,902.37", "count", "point", True)],
        ),
        ("The Tallin futures rose 12 points in early trade.", [("12", "count", "point", True)]),
        # a bond's price move in 32nds is points of par
        ("The ten-year note rose 5/32 in price to yield 2.1%.", [("5/32", "count", "point", True)]),
        # a score's points are counted
        ("Mira Tal kicked 19 points as the Rovers won.", [("19", "count", "point", False)]),
        ("The win left United nine points clear at the top of the table.", [("nine", "count", "point", False)]),
        ("The union signed a 40-point pact with the board.", [("40", "count", "point", False)]),
        # points in a poll or a vote are percentage points
        ("The latest poll has Ann Lee ahead by 6 points among older voters.", [("6", "percentage_points", "percentage_point", False)]),
        ("Lee holds a 12-point lead over Ray, with 48% against 36%.", [("12", "percentage_points", "percentage_point", False)]),
        ("Ray lost the Senate race by 9 points in the end.", [("9", "percentage_points", "percentage_point", False)]),
        # a decimal said aloud is no figure in points
        ("He rated it two point five out of ten.", [("five out of ten", "number", "fraction", False)]),
    ],
)
def test_points_take_their_unit(text: str, units: list[tuple[str, str, str | None, bool]]) -> None:
    """'fell 102 points': an index's points (flag 'market'); 'scored 32 points': counted points; 'leads by
    3 points' in a poll: percentage points. Before, every one was a bare number with its unit missing."""
    assert _article_units(text) == units


def test_extract_figures_gives_points_their_unit() -> None:
    (figure,) = extract_figures("The rival poll shows Ray trailing by 4 points.")
    assert (figure.surface, figure.kind, figure.unit, figure.flags) == ("4", "percentage_points", "percentage_point", ())


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a header whose labels are years dates its columns and is no row
        ("Party\t2019\t2024\nGreens\t12\t40\nReds\t302\t155", [
            ("12", "2019", "Greens"), ("40", "2024", "Greens"), ("302", "2019", "Reds"), ("155", "2024", "Reds"),
        ]),
        ("\t1998\t2008\t2018\nMilk\t41\t38\t30", [("41", "1998", "Milk"), ("38", "2008", "Milk"), ("30", "2018", "Milk")]),
    ],
)
def test_a_table_header_of_years_dates_its_columns(table: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'Party<TAB>2019<TAB>2024' was read as a data row: the rows under it had no header and every cell took the
    prose reading's time (the last year). Its years are the columns' times."""
    article = segment(_TABLE_PAGE.format(table=table))
    rows = [(f.surface, f.time, f.holder) for f in figures_of(article, boilerplate=False) if "\t" in article.paragraphs[f.paragraph].text]
    assert rows == expected


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a move between events: the distance after "his favoured" and the one it moved to name events
        ("Tom Reed stepped down from his favoured 400m to 200m last winter.", [("400m", True), ("200m", True)]),
        ("She moved up from the 800m to the 1500m this year.", [("800m", True), ("1500m", True)]),
        # distances run stay distances
        ("He jogged 400m to the gate and 200m back.", [("400m", False), ("200m", False)]),
    ],
)
def test_a_move_between_events_names_both(text: str, events: list[tuple[str, bool]]) -> None:
    assert [(f.surface, "event" in f.flags) for f in extract_figures(text)] == events


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # an instrument's code glued to its name is no number: no figure, no count
        ("Tin ZTN3 rose 1.1% to $19,020 a tonne.", ["1.1%", "$19,020 a tonne"]),
        ("Crude QXc1 fell 2% and the Harbour Index .HBX lost 0.3%.", ["2%", "0.3%"]),
        ("Five-year notes US5YT=RR rose 3/32 in price.", ["3/32"]),
        ("The yield JP20YTN=JBTC and gold XAG= were flat.", []),
    ],
)
def test_instrument_codes_are_no_figures(text: str, surfaces: list[str]) -> None:
    """Codes such as 'ZTN3', '.HBX', 'US5YT=RR' are names of instruments, not numbers (a guard: the number
    pattern's letters-before check keeps them out)."""
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # a figure restating the one before it in another unit is the same change
        ("The index fell 102.2 points, or 0.36%, to 27,934.02.", [("102.2", "decrease by"), ("0.36%", "decrease by"), ("27,934.02", "decrease to")]),
        ("Sales rose $3bn (4%) last year.", [("$3bn", "increase by"), ("4%", "increase by")]),
        ("The other index added 20.72 points, or 0.24%.", [("20.72", "increase by"), ("0.24%", "increase by")]),
        # the level an "added" rise reached, after another index's fall in the same sentence
        ("The Dow fell 102.2 points, or 0.36%, to 27,934.02 and the Nasdaq added 20.72 points, or 0.24%, to 8,570.66.",
         [("102.2", "decrease by"), ("0.36%", "decrease by"), ("27,934.02", "decrease to"), ("20.72", "increase by"), ("0.24%", "increase by"), ("8,570.66", "increase to")]),
        ("Shares fell 2% and the index advanced 15 points, or 0.5%, to 3,105.", [("2%", "decrease by"), ("15", "increase by"), ("0.5%", "increase by"), ("3,105", "increase to")]),
        # a figure after ", or" that restates no change keeps none
        ("The firm employs 5,000 people, or 3% of the town.", [("5,000 people", None), ("3%", None)]),
    ],
)
def test_a_restated_figure_is_the_same_change(text: str, changes: list[tuple[str, str | None]]) -> None:
    """'fell 102.2 points, or 0.36%' gave the percent no direction, so a chart set a fall of 0.36% beside
    a rise of 0.24% as two rises, 0.12 points apart."""
    assert [(f.surface, f.change) for f in extract_figures(text)] == changes



def test_a_row_of_year_shaped_values_under_a_header_is_a_row() -> None:
    """'Greens<TAB>1950<TAB>2010' under 'Party<TAB>Votes<TAB>Seats' was read as a header of years, so the
    rows below lost their columns' subjects."""
    article = segment(_TABLE_PAGE.format(table="Party\tVotes\tSeats\nGreens\t1950\t2010\nReds\t302\t155"))
    rows = [(f.surface, f.subject, f.holder) for f in figures_of(article, boilerplate=False) if "\t" in article.paragraphs[f.paragraph].text]
    assert ("302", "Votes", "Reds") in rows and ("155", "Seats", "Reds") in rows


def _kinds(text: str) -> list[tuple[str, str, str | None, float]]:
    return [(f.surface, f.kind, f.unit, f.value) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series whose verb is left out after its first member: each bare number takes the first's kind and unit
        (
            "Larkfield hires 420 nurses, Moorgate 310 and Eastleigh 95.",
            [("420 nurses", "count", "nurse", 420.0), ("310", "count", "nurse", 310.0), ("95", "count", "nurse", 95.0)],
        ),
        (
            "The mill cut 60 jobs, the bakery 25 and the depot 8.",
            [("60 jobs", "count", "job", 60.0), ("25", "count", "job", 25.0), ("8", "count", "job", 8.0)],
        ),
        (
            "Greenvale's 9,000 members, the Dock Workers' Guild's 4,500 and Rivermen' 700 will vote on Friday.",
            [("9,000 members", "count", "member", 9000.0), ("4,500", "count", "member", 4500.0), ("700", "count", "member", 700.0)],
        ),
        # the first member's own phrase of time stays with it
        (
            "Liberals have 14 council seats up in May, Greens 6.",
            [("14 council seats", "count", "seat", 14.0), ("6", "count", "seat", 6.0)],
        ),
        # the verb or preposition written before the first figure, repeated
        (
            "Ana Ruiz has 212 delegates and Tom Bell has 180.",
            [("212 delegates", "count", "delegate", 212.0), ("180", "count", "delegate", 180.0)],
        ),
        (
            "The survey put Ruiz at 31 percent, Bell at 22 and Okafor at 9.",
            [("31 percent", "percent", "%", 31.0), ("22", "percent", "%", 22.0), ("9", "percent", "%", 9.0)],
        ),
        # a member written in words, its noun left out like the others'
        (
            "Ana Ruiz has 212 delegates, Tom Bell has nine, Li Wei has 7 and Sam Oduya has three.",
            [("212 delegates", "count", "delegate", 212.0), ("nine", "count", "delegate", 9.0), ("7", "count", "delegate", 7.0), ("three", "count", "delegate", 3.0)],
        ),
        ("Larkfield hires 420 nurses, Moorgate twelve and Eastleigh nine.", [("420 nurses", "count", "nurse", 420.0), ("twelve", "count", "nurse", 12.0), ("nine", "count", "nurse", 9.0)]),
        # a capitalized number word is a name's ("the Big Four"), and "one" is no figure
        ("The league has 6 teams, the Big Four four.", [("6 teams", "count", "team", 6.0)]),
        ("Larkfield hires 420 nurses and Moorgate one.", [("420 nurses", "count", "nurse", 420.0)]),
        # shares already written in full stay as they are
        ("Fares rose 3%, 4% and 5% respectively.", [("3%", "percent", "%", 3.0), ("4%", "percent", "%", 4.0), ("5%", "percent", "%", 5.0)]),
        ("Fares were up 3% in March and 5% in April.", [("3%", "percent", "%", 3.0), ("5%", "percent", "%", 5.0)]),
        # another verb is no repeat: the bare number keeps its unit missing
        ("The storm flooded 80 homes and damaged 35.", [("80 homes", "count", "home", 80.0), ("35", "number", None, 35.0)]),
        # something written after the number: not a gapped member ("Pike 300 staff": a name's number and a noun)
        ("Larkfield hires 420 nurses, Pike 300 staff.", [("420 nurses", "count", "nurse", 420.0)]),
        # a date, not a member
        ("The firm sold 300 vans in April and June 12 more.", [("300 vans", "count", "van", 300.0)]),
        # a sum is not carried (its scale would be lost): the names' numbers stay as they were read
        ("Rowe raised £5m, Pike 3 and Holt 2.", [("£5m", "money", "GBP", 5e6)]),
        ("Rowe raised £5m, the club 3 and the trust 2.", [("£5m", "money", "GBP", 5e6), ("3", "number", None, 3.0), ("2", "number", None, 2.0)]),
        # an age is no series' first member
        ("A 40-year-old man, his son 12 and his daughter 9.", [("40-year-old", "duration", "year", 40.0), ("12", "number", None, 12.0), ("9", "number", None, 9.0)]),
    ],
)
def test_a_gapped_series_takes_its_first_members_unit(text: str, expected: list[tuple[str, str, str | None, float]]) -> None:
    """'Acme employs 400 people, Bolt 300 and Carter 120': the verb and the noun are written once, so each later
    member's bare number counts people too; before, 'Bolt 300' read as a name's number and 'Carter 120' likewise."""
    assert _kinds(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=99999),
    others=st.lists(st.integers(min_value=2, max_value=99999), min_size=1, max_size=3),
    noun=st.sampled_from([("staff", "staff"), ("pupils", "pupil"), ("beds", "bed"), ("percent", "%")]),
    names=st.permutations(["Alderton", "Brickhill", "Cowley", "the council", "Dunmore"]),
)
def test_every_gapped_member_takes_the_unit(first: int, others: list[int], noun: tuple[str, str], names: list[str]) -> None:
    """Any names, any numbers (with separators: a bare four digits reads as a year), any count or share."""
    members = [f"{name} {n:,}" for name, n in zip(names[1:], others)]
    series = ", ".join(members[:-1]) + (" and " if len(members) > 1 else "") + members[-1]
    text = f"{names[0].capitalize()} has {first:,} {noun[0]}, {series}."
    figures = extract_figures(text)
    assert [f.value for f in figures] == [float(first), *map(float, others)]
    assert {f.unit for f in figures} == {noun[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amount written with the currency it prices after it: money in the first, per the second
        ("At noon the dollar bought 151.20 yen in Tokyo.", [("151.20 yen", "money", "JPY", "USD", 151.2)]),
        ("The yen was quoted at 151.20 per dollar in late trade.", [("151.20 per dollar", "money", "JPY", "USD", 151.2)]),
        ("Tourists got 1.31 dollars to the pound at the airport.", [("1.31 dollars to the pound", "money", "USD", "GBP", 1.31)]),
        ("The rupee closed at 83.4 against the dollar.", [("83.4 against the dollar", "money", "INR", "USD", 83.4)]),
        # the currency before the amount it stood at, bought or fetched
        ("The single currency stood at $1.09 after the vote.", [("$1.09", "money", "USD", "EUR", 1.09)]),
        ("Sterling was last trading at $1.2650 on Friday.", [("$1.2650", "money", "USD", "GBP", 1.265)]),
        ("The pound was worth 1.16 euros before the budget.", [("1.16 euros", "money", "EUR", "GBP", 1.16)]),
        ("The euro EUR= rose 0.2% to $1.0840.", [("0.2%", "percent", "%", None, 0.2), ("$1.0840", "money", "USD", "EUR", 1.084)]),
        # no rate: a price per pound weight, a sum with a scale, a share of a move, the same currency, a euro zone
        ("Lamb sold at $9 per pound at the market.", [("$9", "money", "USD", None, 9.0)]),
        ("The dollar fund bought €3bn of bonds.", [("€3bn", "money", "EUR", None, 3e9)]),
        ("The yen rose 2% against the dollar.", [("2%", "percent", "%", None, 2.0)]),
        ("The dollar store sold each toy at $1.50.", [("$1.50", "money", "USD", None, 1.5)]),
        ("The euro zone economy grew to €12 trillion.", [("€12 trillion", "money", "EUR", None, 12e12)]),
        # a bare amount per a currency with no other currency named before it keeps its unit missing
        ("Dealers quoted 7.2 per dollar on Monday.", [("7.2", "number", None, None, 7.2)]),
    ],
)
def test_an_exchange_rate_is_money_per_a_currency(text: str, expected: list[tuple[str, str, str | None, str | None, float]]) -> None:
    """'the dollar bought 108.55 yen', '108.55 per dollar', 'the euro at $1.08', '1.27 dollars to the pound': a currency
    pair's rate, money in the quote currency per the base currency (its ISO code, as the unit is), as '$5 a gallon' is
    dollars per gallon. Before, each was a plain sum (or a bare number) that relations weighed against totals."""
    assert [(f.surface, f.kind, f.unit, f.per, f.value) for f in extract_figures(text)] == expected


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=999),
    cents=st.integers(min_value=0, max_value=9999),
    pair=st.sampled_from(
        [("yen", "dollar", "JPY", "USD"), ("dollars", "pound", "USD", "GBP"), ("euros", "dollar", "EUR", "USD"), ("yuan", "euro", "CNY", "EUR")]
    ),
    join=st.sampled_from(["per", "to the", "against the"]),
)
def test_any_rate_written_per_a_currency_reads_as_one(whole: int, cents: int, pair: tuple[str, str, str, str], join: str) -> None:
    """Any amount, any pair, any join but 'per pound' (a weight's price)."""
    assume(not (join == "per" and pair[1] == "pound"))
    amount = f"{whole}.{cents:04d}"
    (figure,) = extract_figures(f"Banks paid {amount} {pair[0]} {join} {pair[1]} on Monday.")
    assert (figure.kind, figure.unit, figure.per) == ("money", pair[2], pair[3])
    assert figure.surface == f"{amount} {pair[0]} {join} {pair[1]}"
    assert math.isclose(figure.value, float(amount))


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Microsoft sold 40 million copies and Windows 10 was a hit.", ["40 million copies"]),  # a name's number before its own verb
        ("Acme employs 400 people, Bolt 300 and Carter 120.", ["400 people", "300", "120"]),
    ],
)
def test_a_gapped_member_ends_or_continues_its_series(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


def test_a_bare_rate_takes_no_currency_from_another_clause() -> None:
    figures = extract_figures("The yen weakened past 150 per dollar, and the won hit 1,400 per dollar.")
    assert [(f.surface, f.unit) for f in figures] == [("150 per dollar", "JPY"), ("1,400", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare number measures the noun an earlier count of its paragraph counts: it counts it too
        ("There are 400 wind farms in Spain but ministers want 900 by 2030.", [("400 wind farms", "count", "farm"), ("900", "count", "farm")]),
        ("The ward had 20 nurses last year; the trust says it needs 35 by spring.", [("20 nurses", "count", "nurse"), ("35", "count", "nurse")]),
        ("Some 3,500 wardens patrol the county and the council intends to have 6,000 on the streets.", [("3,500 wardens", "count", "warden"), ("6,000", "count", "warden")]),
        # no count before it in the paragraph: the unit stays missing
        ("Ministers want 900 by 2030.", [("900", "number", None)]),
        # two counts before it: the one whose noun it measures
        ("There are 400 wind farms but ministers want 900 turbines and 35 more by May.", [("400 wind farms", "count", "farm"), ("900 turbines", "count", "turbine"), ("35", "count", "turbine")]),
        # an age is no count
        ("The club has 40 members and its founder Ann Lee, 61, wants 50.", [("40 members", "count", "member"), ("61", "number", None), ("50", "count", "member")]),
        ("It is the 12th time in 13 appearances that Lee, now 34, has gone through.", [("13 appearances", "count", "appearance"), ("34", "number", None)]),
        ("There are 11m voters over 60.", [("11m voters", "count", "voter"), ("60", "number", None)]),
        ("The parade has 40 marshals, Ann Lee at 15 the youngest.", [("40 marshals", "count", "marshal"), ("15", "number", None)]),
        # a member after a comma that goes on is a count all the same
        ("The chair announced four votes for Lee, 31 for Roe and 12 for Hale.", [("four votes", "count", "vote"), ("31", "count", "vote"), ("12", "count", "vote")]),
        # a noun of its own after the number: not the earlier count's, even when the subject says so
        ("All five drivers, along with four others, were charged.", [("five drivers", "count", "driver"), ("four", "number", None)]),
        ("Some 2,000 teachers marched. About 9,000 Hutus were counted.", [("2,000 teachers", "count", "teacher"), ("9,000 Hutus", "count", "hutu")]),
        # a relative word after it is no noun: the count goes on
        ("Lee is backed by 520 delegates compared with 39 who back Roe.", [("520 delegates", "count", "delegate"), ("39", "count", "delegate")]),
        # a rate or a sum after the number: what the counted earn, score or make, not how many they are
        ("The firm employs 300 staff and pays them 25,000 a year.", [("300 staff", "count", "staff"), ("25,000", "number", None)]),
        ("There are 30 schools and the schools scored 85 on average.", [("30 schools", "count", "school"), ("85", "number", None)]),
        ("The chain has 12 shops and made 400 in profit.", [("12 shops", "count", "shop"), ("400", "number", None)]),
        # a score is no count of the games before it
        ("She lost five games but from 3-3 in the second she won.", [("five games", "count", "game")]),  # (a level score after "from": no figure)
    ],
)
def test_a_bare_number_counts_the_noun_an_earlier_count_counted(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """'There are about 3,500 officers ... the government intends to have 25,000 on the streets': the second number's
    subject is the officers the first one counts, so it is a count of officers, not a number with its unit missing."""
    figures = figures_of(segment("Headline\n\n" + text + "\n", {}, tokens=False), boilerplate=False)
    assert [(f.surface, f.kind, f.unit) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction after a change's "by" is its size, whatever clause or phrase follows
        ("The party would cut the number of seats by about one-fifth if it won.", ["one-fifth"]),
        ("Judges should reduce sentences by a third for those who confess.", ["a third"]),
        ("Output fell by half in the spring.", ["half"]),
        ("Sales rose by a quarter last year.", ["a quarter"]),
        # an ordinal before a noun, or "by" with no change before it: no figure
        ("Costs are paid by a third party.", []),
        ("The bill was backed by a third and final vote.", []),
        ("Turnout rose, backed by a third and final push.", []),
    ],
)
def test_a_fraction_after_a_changes_by_is_its_size(text: str, expected: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bank paid 300 bonuses.", "bonus"),
        ("The council bought 12 buses.", "bus"),
        ("Labs found 40 viruses.", "virus"),
        ("The firm has six campuses.", "campus"),
        ("About 40 rabbis signed.", "rabbi"),
        ("The board met 12 times over 3 crises.", "crisis"),
        ("It sold 30 houses.", "house"),
        ("The fund made 15 losses.", "loss"),
    ],
)
def test_a_counted_plural_in_es_or_is_has_its_singular_as_unit(text: str, unit: str) -> None:
    """'bonuses' counted 'bonuse' and a head 'bonus' never matched 'Bonuses'; 'rabbis' stays 'rabbi'."""
    assert [f.unit for f in extract_figures(text) if f.kind == "count"][-1] == unit


@pytest.mark.parametrize(
    ("noun", "singular"),
    [
        # a plural in -us or -xis the lexicon knows as a plural loses its -s
        ("taxis", "taxi"),
        ("menus", "menu"),
        ("gurus", "guru"),
        # the singular of a plural the irregular table lists is its own
        ("gas", "gas"),
        ("atlas", "atlas"),
        ("bias", "bias"),
        ("canvas", "canvas"),
        # singulars in -us, -sis, -xis, -ss stay as they are; the table's plurals still map
        ("bonus", "bonus"),
        ("status", "status"),
        ("axis", "axis"),
        ("crisis", "crisis"),
        ("loss", "loss"),
        ("gases", "gas"),
        ("buses", "bus"),
    ],
)
def test_a_noun_in_us_xis_or_as_takes_its_right_singular(noun: str, singular: str) -> None:
    """'300 taxis' counted 'taxis' (the -xis rule kept a plural whole) and a head 'gas' was singularised to 'ga'."""
    from helpers.figures import _singular

    assert _singular(noun) == singular


def test_a_counted_plural_in_xis_has_its_singular_as_unit() -> None:
    assert [f.unit for f in extract_figures("The city licensed 300 taxis in 2015.") if f.kind == "count"] == ["taxi"]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The fire forced 30 schoolchildren out of class.", "30 schoolchildren", "schoolchild"),
        ("She left 12 grandchildren and a farm.", "12 grandchildren", "grandchild"),
        ("Some 45 firemen were called.", "45 firemen", "fireman"),
        ("About 60 townspeople met.", "60 townspeople", "townsperson"),
        ("Two congresswomen signed it.", "Two congresswomen", "congresswoman"),
    ],
)
def test_a_compound_of_an_irregular_plural_is_the_counted_noun(text: str, surface: str, unit: str) -> None:
    """'20 schoolchildren had been hurt' read a bare 20 with its unit missing and 'two businessmen' no figure:
    a plural that ends in -children, -women, -people, or in -men the tagger's lexicon calls a plural, is counted."""
    assert [(f.surface, f.unit) for f in extract_figures(text)] == [(surface, unit)]


def test_a_singular_in_men_is_no_compound_plural() -> None:
    assert [(f.surface, f.kind) for f in extract_figures("The 12 specimen were lost.")] == [("12", "number")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" after a past participle of no change: a passive's agent or a clock time, no change's size
        ("The price rise in January was followed by a third in March.", []),
        ("The price rise was matched by a second in May.", []),
        ("The rate rise was announced by a quarter to ten.", []),
        # a change's own participle before "by": its size
        ("Output was cut by half in the spring.", ["half"]),
        ("Prices were raised by a third in May.", ["a third"]),
        ("Output has been reduced by a fifth over the year.", ["a fifth"]),
    ],
)
def test_a_fraction_after_a_passives_by_is_no_changes_size(text: str, expected: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted noun holds the bare number itself (earns it, raises it): not a count of them
        ("The ward has 20 nurses and the nurses earn 30,000 a year.", [("20 nurses", "count", "nurse"), ("30,000", "number", None)]),
        ("The club had 40 members, and the members raised 3,000 on Saturday.", [("40 members", "count", "member"), ("3,000", "number", None)]),
        # the number measures the noun, which holds nothing: still a count of it
        ("There are 400 wind farms. The farms will total 900 by 2030.", [("400 wind farms", "count", "farm"), ("900", "count", "farm")]),
        ("There are 400 wind farms in Spain but ministers want 900 by 2030.", [("400 wind farms", "count", "farm"), ("900", "count", "farm")]),
    ],
)
def test_a_bare_number_the_counted_noun_holds_counts_nothing(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    figures = figures_of(segment("Headline\n\n" + text + "\n", {}, tokens=False), boilerplate=False)
    assert [(f.surface, f.kind, f.unit) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count comes after, its noun the bare number's subject in its sentence
        ("Lee leads the race for seats with 48. Roe has 30 seats and Hale 12.", [("48", "count", "seat"), ("30 seats", "count", "seat"), ("12", "count", "seat")]),
        # a part of a whole named after it stays bare (as the gold reads "94,000 of the 140,000 deaths")
        ("Lee holds 48 of the 90 seats.", [("48", "number", None), ("90 seats", "count", "seat")]),
        # the ends of a move (an age moved from 60 to 65), and a subject carried from a sentence before, are not counted
        ("The rule moves the pension age for drivers from 60 to 65. Up to 9,000 drivers are hit.",
         [("60", "number", None), ("65", "number", None), ("9,000 drivers", "count", "driver")]),
    ],
)
def test_a_bare_number_counts_the_noun_a_later_count_counts_when_its_subject_is_that_noun(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """'Trump leads the overall race for delegates with 55. Ted Cruz has 11 delegates': 55 delegates, though the
    count that names the noun comes after it in the paragraph."""
    figures = figures_of(segment("Headline\n\n" + text + "\n", {}, tokens=False), boilerplate=False)
    assert [(f.surface, f.kind, f.unit) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The judge was confirmed 88 to 3 in May.", []),
        ("The council voted by 31 to 17 to close the pool.", []),
        ("The panel deadlocked 3 to 3, and the plan died.", []),
        ("The board has a solid 6-to-3 conservative majority.", []),
        ("It voted by 297 votes to 203.", ["297 votes", "203"]),
        ("They approved 5 to 10 percent raises.", ["5 to 10 percent"]),
    ],
)
def test_a_tally_after_a_verb_of_voting_is_no_figure(text: str, surfaces: list[str]) -> None:
    """'he was confirmed 92 to 0', 'the peers voted by 229 to 206', 'deadlocked 4 to 4', 'a reliable 5-to-4
    pro-business majority' read two bare numbers with their unit missing: the sides of a vote, as '52-48' is."""
    assert [f.surface for f in extract_figures(text)] == surfaces


def test_a_bare_number_after_a_name_at_a_lines_end_is_the_persons_age() -> None:
    """A list of the people on board, one line each: 'Sahar Khoga, 52' then a paragraph on her. The age's close
    was only a comma or a stop; the line's end closes it too. A place's line is no one's age."""
    figures = _in_article(
        "The airline named the people on board.\n\nAnn Roe, 52\n\nRoe, a teacher, was flying home.\n\nVotes counted in Ohio, 45\n\nThe count went on."
    )
    assert "age" in figures["52"].flags and figures["52"].holder == "Ann Roe"
    assert "age" not in figures["45"].flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kent there were 66,000 cases, in Essex 59,000 and in Surrey 53,000.",
         [("66,000 cases", "count", "case"), ("59,000", "count", "case"), ("53,000", "count", "case")]),
        ("Turnout was 61% in Kent and in Essex 58.", [("61%", "percent", "%"), ("58", "percent", "%")]),
        # a bare first member: the later ones stay bare, but are kept
        ("In Kent it was just over 66,000, in Essex just over 59,000 and in Surrey 53,000.",
         [("66,000", "number", None), ("59,000", "number", None), ("53,000", "number", None)]),
        # no preposition before the name: a bare number there may be a name's ("Windows 10")
        ("It sold 300 and Windows 10 was a hit.", [("300", "number", None)]),
    ],
)
def test_a_gapped_member_set_after_a_preposition_and_a_place_is_kept(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """'In Northern Ireland it was just over 66,000, in Wales just over 59,000 and in Scotland 53,000' lost 53,000
    (a number after a capitalized word reads as part of a name): a member of a gapped series may open with
    'in'/'at'/'across'/'among' before its place, and one after a bare first member is kept bare."""
    assert [(f.surface, f.kind, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("About 9,000 Hutus fled.", "9,000 Hutus", "hutu"),
        ("Some 40,000 Tutsis and others returned.", "40,000 Tutsis", "tutsi"),
        ("The cafe has 12 menus.", "12 menus", "menu"),
        ("It paid 10 bonuses.", "10 bonuses", "bonus"),
    ],
)
def test_a_plural_in_us_or_sis_is_counted_when_it_is_no_singular(text: str, surface: str, unit: str) -> None:
    """'About 800,000 Tutsis and moderate Hutus were killed' read a bare 800,000 (the BBC gold: '800,000 Tutsis',
    tutsi): a word in -us or -sis was always a singular ('bonus', 'crisis'). A plural the tagger's lexicon knows
    ('menus') or a capitalized word it does not know ('Tutsis', 'Hutus') is counted."""
    assert [(f.surface, f.unit) for f in extract_figures(text)] == [(surface, unit)]


@pytest.mark.parametrize("text", ["There were 46 Marcus fans.", "He met 3 crisis teams."])
def test_a_name_or_singular_in_us_or_sis_before_a_noun_is_a_modifier(text: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [re.findall(r"(\w+)s\.$", text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayors of the 12 most crowded towns met.", [("12 most crowded towns", "town")]),
        ("The two least known candidates spoke first.", [("two least known candidates", "candidate")]),
        ("She got 20 most of the time.", [("20", None)]),
    ],
)
def test_a_superlative_right_after_a_number_leads_to_the_counted_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'the 10 most populous cities' read a bare 10 and 'the two most powerful figures' no figure: 'most' ended the
    run of the counted noun's words, as a word that is no noun; right after the number it is a superlative's."""
    assert [(f.surface, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall held some 900 or so voters.", [("900 or so voters", "count", "voter")]),
        ("The 40 or so Kentuckians left early.", [("40 or so Kentuckians", "count", "kentuckian")]),
        ("She walked 12 or so miles.", [("12 or so miles", "quantity", "mile")]),
        ("It came to 20 or so, he said.", [("20", "number", None)]),
    ],
)
def test_or_so_between_a_number_and_its_noun_is_a_hedge(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """'some 250,000 or so Iowans', 'the 30 or so pastors' read bare numbers: 'or' ended the run of the counted
    noun's words; 'or so' hedges the number, and the noun or unit after it is the number's."""
    assert [(f.surface, f.kind, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("He was 91, and had been ill for years.", True),
        ('"I am 33. I can still win," the boxer said.', True),
        ("She has wanted to fly since she was 6, a friend said.", True),
        ("At one point we were 14, the guide said.", False),
        ("He was 7 of 10 from the line.", False),
        ("By the next Games she will be 34, her coach said.", True),
        ('"By then I\'ll be 35 so I may retire," he said.', True),
        ("She might be 33 next month, but she is still quick.", True),
        ("He was 29 when he signed for the club.", True),
        ("She was 22 but already a champion.", True),
        ("He will be 12 points clear if they win.", False),
        ("At one point we will be 14, the guide said.", False),
    ],
)
def test_a_number_after_a_singular_pronoun_and_be_at_the_clauses_end_is_an_age(text: str, age: bool) -> None:
    """'He was 84, had been suffering from cancer', '"I am 25."', 'since he was 5,' read bare numbers with their
    unit missing: a singular personal pronoun and 'be' before a small whole number that ends its clause say an age
    (not 'we were 14', a count of the people, nor '7 of 10', a part)."""
    figure = extract_figures(text)[0]
    assert (figure.kind == "duration" and "age" in figure.flags) is age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("At 34, Holmes knows time is short.", True),
        ("At 34, Kelly Holmes knows time is short.", True),
        ("It was hard. At 16, she left school.", True),
        ("At 34, the index was at its lowest.", False),
        ("At 9, It opens its doors.", False),
        ("At 12, Britain sits behind Germany and France.", False),
        ("At 3, Denmark has one of the lowest rates.", False),
        ("At 3, Liverpool were already two goals clear.", False),
        ("At 5, Holmes Ltd ranks behind its rivals.", False),
        ("At 4, Acme Corp was the third largest.", False),
    ],
)
def test_a_number_after_an_opening_at_before_a_comma_and_a_person_is_an_age(text: str, age: bool) -> None:
    """'At 34, Holmes will also be aware' read a bare number: a sentence opened by 'At' and a small number whose comma
    is followed by a name or a pronoun gives that person's age (not 'At 34, the index')."""
    figure = extract_figures(text)[0]
    assert (figure.kind == "duration" and "age" in figure.flags) is age


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Henson was brilliant again. At 23, Henson has the world at his feet.", "23", "Henson"),
        ("Gordon Brown was born in Glasgow. At 12, he was canvassing for Labour.", "12", "Gordon Brown"),
    ],
    ids=["a name after the comma", "a pronoun after the comma, the one it stands for"],
)
def test_the_age_after_an_opening_at_is_the_persons_after_its_comma(text: str, surface: str, holder: str) -> None:
    assert _in_article(text)[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Leeds United have offered their striker a new deal. He will be 34 next month, but age is no barrier.", "34", None),
        ("Acme Corp named a new chief. She will be 45 next year.", "45", None),
        ("Kelly Holmes hopes to run again. She will be 34 next month.", "34", "Kelly Holmes"),
    ],
    ids=["a club is no 'he'", "a company is no 'she'", "a person named before"],
)
def test_a_pronouns_age_is_held_only_by_a_person(text: str, surface: str, holder: str | None) -> None:
    assert _in_article(text)[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Holmes hopes to run again. She might be 33 next month, but she is still quick.", "33", "next month"),
        ("The Games are in Melbourne next March, when she will be 34.", "34", "next March"),
        ("He was 84, and had been ill for years.", "84", None),
    ],
    ids=["a time after the age", "the time a 'when' clause hangs from", "an age now takes no clause's time"],
)
def test_an_age_someone_will_be_keeps_the_time_it_is_reached(text: str, surface: str, time: str | None) -> None:
    assert _in_article(text)[surface].time == time




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He waited two hours and a half.", [("two hours and a half", 2.5, "hour")]),
        ("It weighs 3 pounds and a half.", [("3 pounds and a half", 3.5, "pound")]),
        ("He ran a mile and a half.", []),
        ("The plan costs £2 million and a half of that is tax.", [("£2 million", 2_000_000.0, "GBP"), ("a half", 0.5, "fraction")]),
        ("It rose by a half.", [("a half", 0.5, "fraction")]),
        ("He ran 3 miles and a quarter.", [("3 miles and a quarter", 3.25, "mile")]),
        ("The trip took 4 hours and a half-day tour followed.", [("4 hours", 4.0, "hour")]),
        ("She worked 3 days and a half day on Sunday.", [("3 days", 3.0, "day")]),
        ("Fuel is sold by the litre and a third of drivers now buy less.", [("a third", 0.333333, "fraction")]),
    ],
    ids=["a unit and a half", "digits, a unit and a half", "'a mile and a half' is as vague as 'a year and a half'",
         "money then a share of it", "a half alone is a share", "and a quarter", "a half-day is another thing",
         "a half day is another thing", "no number before the unit: a share of what follows"],
)
def test_a_half_after_a_unit_and_and_is_the_unit_s_half(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.surface, f.value, f.unit) for f in _in_article(text).values()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six Chris Paterson penalties gave Scotland a win.", ("Six Chris Paterson penalties", "penalty", "count")),
        ("Twelve Davis Cup ties were played.", ("Twelve Davis Cup ties", "tie", "count")),
        ("The army said 120 Gurkhas joined.", ("120 Gurkhas", "gurkha", "count")),
        ("He kicked four more second-half penalties.", ("four more second-half penalties", "penalty", "count")),
        ("He ran it in 9.58 seconds.", ("9.58 seconds", "second", "duration")),
    ],
    ids=["a given name in s opens a name, no plural", "a given name before a trophy's name", "a capitalized plural is still counted",
         "'second-half' is an ordinal, no unit of time", "seconds stay a unit"],
)
def test_a_person_s_given_name_and_an_ordinal_are_no_counted_noun_or_unit(text: str, expected: tuple[str, str, str]) -> None:
    assert [(f.surface, f.unit, f.kind) for f in _in_article(text).values()] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank raised rates by 25 basis points.", [("25 basis points", "percentage_points", 0.25)]),
        ("It made a 50-basis-point cut.", [("50-basis-point", "percentage_points", 0.5)]),
        ("Spreads were 120 bps wide.", [("120 bps", "percentage_points", 1.2)]),
        ("BP sold 40 BP stations.", [("40 BP stations", "count", 40)]),  # the company, no unit
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, expected: list[tuple[str, str, float]]) -> None:
    """'raised rates by 25 basis points' read a bare 25: a chart set the Fed's move beside counts."""
    assert [(f.surface, f.kind, f.value) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They had three easy points on offer.", [("three easy points", "count", "point")]),
        ("He scored 20 quick points in the half.", [("20 quick points", "count", "point")]),
        ("The plan sets out 10 key points.", [("10 key points", "count", "point")]),
        ("Both men scored 50 plus points a piece.", [("50 plus points", "count", "point")]),
        ("Labour's lead fell 3 percentage points.", [("3 percentage points", "percentage_points", "percentage_point")]),
    ],
)
def test_points_after_a_modifier_are_counted(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'when three straight-forward points were on offer' gave no figure at all: "points" was kept out of the
    counted nouns (with "years" and "per cent", which units read), so a modifier between hid it."""
    assert [(f.surface, f.kind, f.unit) for f in extract_figures(text)] == expected


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 999), form=st.sampled_from([" basis points", " basis point", "-basis-point", " bps", " bp"]))
def test_any_count_of_basis_points_is_that_many_hundredths_of_a_point(n: int, form: str) -> None:
    figures = extract_figures(f"The bank moved rates by {n}{form} on Monday.")
    assert [(f.kind, round(f.value * 100)) for f in figures] == [("percentage_points", n)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Despite Ann Lee's three missed penalties, the side won.", "Ann Lee"),
        ("After Smith's two goals, City won.", "Smith"),
        ("Thanks to Acme's 5% rise in sales, shares rose.", "Acme"),
        ("Under Armour's 5% rise pleased investors.", "Under Armour"),  # a name that opens with a preposition's word
    ],
)
def test_a_preposition_opening_the_sentence_is_no_word_of_the_possessor(text: str, holder: str) -> None:
    """'Despite Barkley's three missed penalties' gave the holder "Despite Barkley"."""
    figures = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert [f.holder for f in figures] == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted noun, a rate or a frequency after "people over N": no age
        ("Players over 30 goals will get a bonus.", [("30 goals", "count", "goal")]),
        ("Drivers over 12 points are banned.", [("12", "count", "point")]),
        ("He has fined drivers over 40 times this year.", [("40", "number", None)]),
        ("Students under 10 per class learn faster.", [("10", "number", None)]),
        # bits per second, and "points" as a verb after an adverb
        ("Old modems ran at 9600 bps.", [("9600 bps", "count", "bp")]),
        ("A rise to 5 now points to further increases in rates.", [("5", "number", None)]),
    ],
)
def test_review_misfires_of_ages_added_levels_basis_points_and_points(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A read-only review found these on invented sentences: '30 goals' read as an age of 30, a modem's 9600 bps as 96 percentage points, '5 now points' as a count of points."""
    figures = figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)
    assert [(f.surface, f.kind, f.unit) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Fines of up to £5,000 will be imposed on offenders.", "£5,000", None),
        ("The group has drawn up plans for up to eight resorts.", "eight resorts", None),
        ("The stadium will hold up to 50,000 fans.", "50,000 fans", None),
        ("The firm plans to raise up to $12.9bn from the listing.", "$12.9bn", None),
        ("Prices went up to $5 a cup last year.", "$5", "increase to"),
        ("Inflation rose to 4% in May.", "4%", "increase to"),
    ],
    ids=["fines of up to", "plans for up to", "hold up to", "raise up to", "went up to", "rose to"],
)
def test_up_to_a_figure_is_a_ceiling_not_a_change(text: str, surface: str, change: str | None) -> None:
    """user30: "up to N" was read as "increase to" ("plans for up to eight resorts", "fines of up to £5,000")."""
    assert _in_article(text)[surface].change == change


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Schools will stay open from 0800 to 1800GMT to look after children.", []),
        ("The polls open at 0700 and close at 2200 BST.", []),
        ("The office is open from 0930 until 1700 daily.", []),
        ("The road is shut at 0600 on Sundays.", []),
        ("The fund paid 0800 families.", ["0800 families"]),
        ("The shop opened at 0900, and 0800 people queued outside.", ["0800 people"]),
    ],
    ids=["a range of clock times, the zone glued to its end", "a clock time after 'at'", "from ... until, no zone",
         "one clock time after 'at'", "a count with no clock word", "a count after 'and'"],
)
def test_a_clock_time_written_as_four_digits_with_a_leading_zero_is_no_figure(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The plan will extend paid maternity leave from six months to nine.", ["six months", "nine"]),
        ("Ministers extended the ban from 30 days to 90 days.", ["30 days", "90 days"]),
        ("The leave lasts from six months to nine months, by choice.", ["six months to nine months"]),
    ],
    ids=["extend ... from X to Y", "extended ... from X to Y", "no verb of change: a range"],
)
def test_extending_something_from_one_length_to_another_is_a_change_not_a_range(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The state of emergency would be extended by three months.", "increase by"),
        ("Unions protest at plans to extend their pension age to 65.", "increase to"),
        ("He wants to extend six weeks of paid leave to new mothers.", None),
        ("He wants to extend six weeks' paid leave to new mothers.", None),
        ("The pipeline extends 1,000 miles across the plain.", None),
        ("The World Bank extended $500m in loans to Kenya.", None),
        ("The wall, extending 200 km along the border, was finished.", None),
        ("Staff took an extended 10-day holiday.", None),
    ],
    ids=["extended by a length", "extended to a level", "what is extended to someone", "... with a possessive",
         "a thing's length", "a sum lent", "a length in a participle", "an adjective"],
)
def test_a_verb_of_extending_makes_its_figure_a_change_unless_the_figure_is_what_is_given(text: str, change: str | None) -> None:
    (figure,) = extract_figures(text)
    assert figure.change == change


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Between 1500 and 2000 people marched through the city.", [("1500 and 2000 people", 1500, 2000)]),
        ("The kitchen served 1000 to 1200 meals a day.", [("1000 to 1200 meals", 1000, 1200)]),
        ("The kitchen served 1000-1200 meals a day.", [("1000-1200 meals", 1000, 1200)]),
        ("Between 1500 and 2,000 people marched.", [("1500 and 2,000 people", 1500, 2000)]),
        ("About 1800 fans were turned away.", [("1800 fans", None, None)]),
        ("Police said 2000 people had gathered.", [("2000 people", None, None)]),
        ("The 2016 elections were close.", []),
        ("In 2000 voters chose a new mayor.", []),
        ("Between 2010 and 2015 wages fell sharply.", []),
        ("Between 1900 and 2000 temperatures rose.", []),
        ("Emissions will fall below 2005 levels.", []),
    ],
    ids=["between round ends", "to, after a verb", "a dash", "one end with a separator", "a qualifier", "a round count",
         "a year before a plural", "a year after in", "years before a plural, no sign of an amount", "a century's span",
         "a comparing preposition, no hedge"],
)
def test_four_digits_with_a_sign_of_an_amount_count_the_plural_after_them(text: str, read: list[tuple[str, float | None, float | None]]) -> None:
    assert [(f.surface, f.low, f.high) for f in extract_figures(text)] == read


@pytest.mark.parametrize(
    "text",
    [
        "Call the helpline on 0800 555 111 for advice.",
        "Ring 020 7946 0000 for details.",
        "Ring 0161 234 5678 before noon.",
        "Text 07700 900123 to give.",
        "From abroad, call +44 20 7946 0000.",
        "Call (202) 555-0143 for help.",
        "The agent's code name was 007.",
    ],
    ids=["freephone", "London", "a four-digit area code", "a mobile", "a country code", "an area code in brackets", "a leading-zero code"],
)
def test_a_telephone_number_or_a_code_with_a_leading_zero_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Prices rose 0.5% in May.", ["0.5%"]),
        ("Between 0 and 100 people came.", ["0 and 100 people"]),
        ("He called 200 people in 10 days.", ["200 people", "10 days"]),
    ],
)
def test_numbers_near_a_zero_are_still_figures(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Free places will go to three and four-year-olds.", [("three", 3, "year"), ("four-year-olds", 4, "year")]),
        ("Free places will go to 3 and 4-year-olds.", [("3", 3, "year"), ("4-year-olds", 4, "year")]),
        ("Three- and four-year-olds get 30 hours.", [("Three", 3, "year"), ("four-year-olds", 4, "year")]),
        ("Places for two- or three-year-olds are scarce.", [("two", 2, "year"), ("three-year-olds", 3, "year")]),
    ],
    ids=["words", "digits", "a suspended hyphen", "or"],
)
def test_a_number_before_and_and_an_age_is_an_age_too(text: str, read: list[tuple[str, float, str]]) -> None:
    ages = [(f.surface, f.value, f.unit) for f in extract_figures(text) if "age" in f.flags]
    assert ages == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The jab is offered to 5 and 6 month-old babies.", [("5", 5, "month", True), ("6 month-old", 6, "month", True)]),
        ("A 6 week-old puppy was found.", [("6 week-old", 6, "week", True)]),
        ("They built 2- and 3-bedroom homes.", [("2", 2, "bedroom", False), ("3-bedroom", 3, "bedroom", False)]),
        ("They will build two- and three-bedroom homes.", [("two", 2, "bedroom", False), ("three-bedroom", 3, "bedroom", False)]),
        ("Staff signed two- or three-year contracts.", [("two", 2, "year", False), ("three-year", 3, "year", False)]),
        ("The college runs 10- and 12-week courses.", [("10", 10, "week", False), ("12-week", 12, "week", False)]),
        ("Clubs for 10- to 12-year-olds are full.", [("10- to 12-year-olds", 10, "year", True)]),
    ],
    ids=["an age in months, its hyphen after the unit", "one age so written", "a count of rooms", "in words",
         "a length of time", "weeks", "a range of ages stays one"],
)
def test_a_number_before_a_suspended_hyphen_shares_the_second_ones_unit(text: str, read: list[tuple[str, float, str, bool]]) -> None:
    assert [(f.surface, f.value, f.unit, "age" in f.flags) for f in extract_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Alibaba's New York-listed shares have lost 20% of their value this year.", "20%", "Alibaba"),
        ("Acme's London-listed shares have lost 12% of their value since May.", "12%", "Acme"),
        ("The Power of Siberia pipeline will carry 38 billion cubic metres of gas a year.", "38 billion cubic metres", None),
        ("Gazprom's Power of Siberia pipeline will carry 38 billion cubic metres a year.", "38 billion cubic metres a year", "Gazprom"),
        ("The Bank of England raised rates to 5%.", "5%", "The Bank of England"),
        ("The Isle of Man government will spend £5m on roads.", "£5m", "The Isle of Man government"),
        ("The Isle of Wight council will spend £3m on roads.", "£3m", "The Isle of Wight council"),
        ("The Duke of York paid £12m to settle the case.", "£12m", "The Duke of York"),
        ("The Prince of Wales gave £2m to the charity.", "£2m", "The Prince of Wales"),
        ("The Isle of Man will spend £5m on roads.", "£5m", "The Isle of Man"),
        ("The House of Commons voted by 300 votes to 200.", "300 votes", "The House of Commons"),
    ],
    ids=["a place's participle after a possessive", "another", "a name with 'of' before the noun it names",
         "... after a possessive", "a body's name with 'of' holds its own figure",
         "a place's name with 'of' and a common word before the body it names", "... a name the lexicon knows",
         "a title's name with 'of' after 'the'", "another", "a place's name with 'of' and a common word", "a body's name so written"],
)
def test_a_name_with_a_hyphen_or_of_inside_stays_whole_and_the_possessor_holds(text: str, surface: str, holder: str | None) -> None:
    assert _in_article(text)[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The agency declined a Department of Defense offer to extend a 16-member team.", "16-member", "Department of Defense"),
        ("He also backed plans for 100% debt relief for the poorest nations, a national minimum wage for 16 and 17-year-olds and the creation of new centres.", "17-year-olds", None),
        ("He also backed plans for 100% debt relief for the poorest nations, a national minimum wage for 16 and 17-year-olds and the creation of new centres.", "16", None),
        ("Mr Brown spoke on Monday. He backed plans for 100% debt relief for poor nations, a minimum wage for 16 and 17-year-olds and new centres.", "16", None),
        ("Mr Brown spoke on Monday. He backed plans for 100% debt relief for poor nations, a minimum wage for 16 and 17-year-olds and new centres.", "17-year-olds", None),
    ],
    ids=["a body's name with 'of' before a noun holds", "an age takes no holder from an amount before it", "... nor the first of two ages",
         "ages that name people are no one's, the first of two", "... the second"],
)
def test_a_bodys_name_holds_and_an_age_takes_no_amounts_holder(text: str, surface: str, holder: str | None) -> None:
    assert _in_article(text)[surface].holder == holder


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("His account number was 12345678.", []),
        ("Its registration number is 1089464.", []),
        ("The charity number: 1089464.", []),
        ("Quote reference 48213 when you call.", []),
        ("The number of cases was 300.", ["300"]),
        ("The daily case number was 3,000.", ["3,000"]),
    ],
    ids=["an account number", "a registration number", "after a colon", "a reference quoted", "a count of cases", "a count called a number"],
)
def test_a_number_named_as_an_identifier_is_no_figure(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Output is now less than 1990 levels, officials said.", []),
        ("Revenue was just over 2019 figures.", []),
        ("Fares stayed above 2010 prices all year.", []),
        ("Turnover fell under 1998 totals.", []),
        ("Imports ran below 2000 levels in spring.", []),
        ("More than 1500 people signed the letter.", ["1500 people"]),
        ("Just over 2000 fans were let in.", ["2000 fans"]),
    ],
    ids=["less than, levels", "just over, figures", "above, prices", "under, totals", "below a round year, levels",
         "more than, people", "just over, fans"],
)
def test_a_year_compared_by_a_noun_that_measures_a_year_stays_a_year(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The customer number was 12,000 last spring.", ["12,000"]),
        ("Its membership number is 4,500 this term.", ["4,500"]),
        ("His membership number is 4500123.", []),
    ],
    ids=["a separator after customer number", "a separator after membership number", "an identifier without a separator"],
)
def test_a_number_with_a_thousands_separator_is_a_count_not_an_identifier(text: str, surfaces: list[str]) -> None:
    assert [f.surface for f in extract_figures(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The Greens were on 41 +3 29 27 across the four seats.", ["41", "29", "27", "four seats"]),
        ("From abroad, dial +44 20 7946 0000.", []),
    ],
    ids=["a signed change between poll shares", "a country code still dialled"],
)
def test_a_signed_change_is_no_part_of_a_telephone_number(text: str, surfaces: list[str]) -> None:
    read = [f.surface for f in extract_figures(text)]
    assert [surface for surface in read if not surface.lstrip("+").isdigit() or int(surface.lstrip("+")) != 3] == surfaces


@given(st.integers(min_value=0, max_value=99), st.sampled_from(sorted(VULGAR_FRACTIONS)), st.sampled_from(["", " ", "%", " mile", " hours"]))
@settings(max_examples=200, deadline=None)
def test_fraction_signs_read_back_with_or_without_a_whole(whole: int, sign: str, tail: str) -> None:
    written = f"{whole}{sign}" if whole else sign
    figures = extract_figures(f"The gap was {written}{tail} by then.")
    assert figures, written + tail
    assert math.isclose(figures[0].value, whole + VULGAR_FRACTIONS[sign], rel_tol=1e-9)
    assert figures[0].surface.startswith(written)


@given(st.integers(min_value=1, max_value=9), st.sampled_from(["hundred", "thousand", "million"]), st.integers(min_value=0, max_value=99))
@settings(max_examples=200, deadline=None)
def test_numbers_spelled_to_a_scale_read_back_without_their_noun(units: int, scale: str, rest: int) -> None:
    from helpers.numbers import vocabulary

    names = {v: k for k, v in {**vocabulary()["units"], **vocabulary()["tens"]}.items()}
    tail = "" if rest == 0 else " and " + (names.get(rest) or f"{names[rest - rest % 10]}-{names[rest % 10]}")
    figures = extract_figures(f"Some {names[units]} {scale}{tail} marched on Saturday.")
    value = units * {"hundred": 100, "thousand": 1000, "million": 1_000_000}[scale] + rest
    assert [round(f.value) for f in figures] == [value]


@pytest.mark.parametrize(("story", "code"), [
    ("Toyota results\n\nToyota said profit rose to ¥2.1trn.\n\nThe Japanese carmaker sold 10 million cars as the yen weakened.\n", "JPY"),
    ("Alibaba results\n\nAlibaba said revenue rose to ¥2.1trn.\n\nThe Chinese retailer gained as Beijing eased rules on lending.\n", "CNY"),
])
def test_the_yen_sign_is_read_by_the_country_the_article_speaks_of(story: str, code: str) -> None:
    money = [f for f in figures_of(segment(story, tokens=False)) if f.kind == "money"]
    assert [(f.surface, f.unit) for f in money] == [("¥2.1trn", code)]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("The rate went from 5% to 7% last year.", [("5%", "increase from"), ("7%", "increase to")]),
        ("The rate went from 5% last year to 7% this year.", [("5%", "increase from"), ("7%", "increase to")]),  # each level its time
        ("The deficit has changed from $3bn to $2bn.", [("$3bn", "decrease from"), ("$2bn", "decrease to")]),
        ("The board shifted from 12 to 9 members.", [("12", "decrease from"), ("9 members", "decrease to")]),
        ("Rates ranged from 5% to 7%.", [("5% to 7%", None)]),  # a spread, not a move
        ("Estimates vary from 5% to 7%.", [("5% to 7%", None)]),
        ("He moved from 400m to 200m.", [("400m", None), ("200m", None)]),  # races, not a length that changed
    ],
)
def test_a_move_with_no_direction_takes_the_direction_of_its_two_levels(text: str, changes: list[tuple[str, str | None]]) -> None:
    assert [(f.surface, f.change) for f in extract_figures(text)] == changes
