"""Names an article writes only where a sentence opens (`helpers.holders.article_capitals`): kept as
names when other evidence says so, left common words otherwise. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.holders import Names, article_capitals
from helpers.segment import segment


@pytest.mark.parametrize(
    ("body", "headline", "word", "is_name"),
    [
        ("Labour says it will win. Voters backed Labour's plans on tax.", "", "Labour", True),
        ("Orange cut prices. Shares in the Orange-owned chain fell.", "", "Orange", True),
        ("Turkey has cut its rate. Markets rose.", "", "Turkey", True),
        ("Wales has cut waiting times. Patients welcomed it.", "", "Wales", True),
        ("Arsenal were beaten. Fans booed.", "Wenger dejected as Arsenal slump", "Arsenal", True),
        ("Arsenal were beaten. Fans booed.", "Wenger Dejected As Arsenal Slump After Loss", "Arsenal", False),
        ("Athletics needs money. Fans booed.", "Collins named UK Athletics chief", "Athletics", False),
        ("Dancing is fun. Fans booed.", "Star leaves 'Dancing with the Stars' early", "Dancing", False),
        ("Brown leaves dominate autumn gardens. Rain fell.", "", "Brown", False),
        ("Trump rallies are loud. Aides said Trump's plan would cost more.", "", "Trump", True),
        ("Statistics showed a fall. Smaller groups lost members.", "", "Statistics", False),
        ("Statistics showed a fall. Smaller groups lost members.", "", "Smaller", False),
        ("People said no. Members of the People's Party voted.", "", "People", False),
    ],
    ids=[
        "a possessive inside a sentence",
        "a compound inside a sentence",
        "a country the lexicon knows as a bird",
        "a country the lexicon knows as a plural",
        "a word standing alone in a sentence-case headline",
        "a title-cased headline says nothing",
        "part of a longer name in the headline",
        "a quoted title in the headline",
        "a colour with no other evidence",
        "a verb the article also writes as a possessor",
        "a plural opening a sentence",
        "an adjective opening a sentence",
        "a plural noun inside a longer possessive name",
    ],
)
def test_a_capital_that_only_opens_sentences(body: str, headline: str, word: str, is_name: bool) -> None:
    assert (word in article_capitals(body, headline)) is is_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Carolina voters back the governor by 5 points.", "South Carolina"),
        ("North Korea said it had 20 missiles.", "North Korea"),
        ("United States officials said 5 people died.", "United States"),
    ],
    ids=["a state", "a country", "a country opening with a participle"],
)
def test_a_known_place_keeps_its_first_word_at_a_sentence_start(text: str, name: str) -> None:
    """The lexicon reads "South", "North" and "United" as an adverb or a verb, which once cut the name
    to "Carolina", "Korea" and "States"."""
    assert name in [n.text for n in Names(text, [0], frozenset()).names]


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Turkey has 80 million people.", "80 million people", "Turkey"),
        ("The party backed Labour's leader. Labour spent £20m on the campaign.", "£20m", "Labour"),
    ],
    ids=["a country the lexicon knows as a bird", "a party the article writes mid-sentence only as a possessive"],
)
def test_a_name_opening_its_sentence_holds_the_figure(text: str, surface: str, holder: str) -> None:
    article = segment("Headline\n\n" + text)
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    assert figure.holder == holder


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talks with JPMorgan ended when the bank paid $5m.", "JPMorgan"),
        ("Shares in SABMiller rose 4% on Monday.", "SABMiller"),
        ("The research firm Wealth-X says 2,400 people qualify.", "Wealth-X"),
    ],
    ids=["capitals before a capitalized word", "an acronym run into a name", "a name ending in a lone capital"],
)
def test_name_shapes_inside_a_word(text: str, name: str) -> None:
    """Names written with an acronym run into a word or ending in a hyphen and one capital were
    cut or missed ("Wealth-X" read as "Wealth")."""
    assert name in [n.text for n in Names(text, [0], frozenset()).names]


@pytest.mark.parametrize("text", ["MPs voted 300 to 200.", "The CEOs of NGOs met."], ids=["MPs", "plural acronyms"])
def test_a_plural_acronym_is_no_name(text: str) -> None:
    assert Names(text, [0], frozenset()).names == []


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The Spanish retailer Mary Lee ranks second with about $74 billion.", "$74 billion", "Mary Lee"),
        ("Mary Lee finishes third with 12 percent.", "12 percent", "Mary Lee"),
    ],
    ids=["ranks second", "finishes third"],
)
def test_a_plural_looking_word_before_a_rank_is_the_names_verb(text: str, surface: str, holder: str) -> None:
    """"Ortega ranks second": a word ending in -s before an ordinal is the name's verb, not a noun the
    name qualifies (as in "Cruz backers"), so the name can hold the figure."""
    article = segment("Headline\n\n" + text)
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    assert figure.holder == holder


def test_a_pollster_is_not_what_the_state_points_back_to() -> None:
    """`Names.find`: a name that only owns a poll ("a University of Texas/Texas Tribune poll", a joint
    pollster's first name) is not the place "the state" stands for."""
    from helpers.holders import Names, article_capitals, report_after
    from helpers.meaning import Phrase

    text = "According to a University of Texas/Texas Tribune poll, Ann Cole has 27 percent of voters in the state."
    names = Names(text, [0], article_capitals(text))
    assert report_after(text, text.index("/Texas")) == "poll"
    at = text.index("the state")
    assert names.find(Phrase("the state", at, at + 9)) is None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Mr. Grant has proposed a 10 percent VAT to go with a 17 percent corporate tax rate.", "17 percent", "Mr. Grant"),
        ("The minister wants a 5% GST alongside a 12 percent levy on fuel.", "12 percent", "The minister"),
        ("A BA spokesman said 300 flights were cut.", "300 flights", "BA"),
        ("An MP has had more than £600 stolen.", "£600", "An MP"),
    ],
    ids=["a figure before an acronym", "a figure before a sales tax", "an acronym before its noun", "an acronym after 'an' alone"],
)
def test_an_acronym_a_figure_measures_is_no_name(text: str, surface: str, holder: str) -> None:
    """"a 10 percent VAT": an acronym after "a" and a figure is the thing measured (a common noun),
    so it holds nothing; an acronym qualifying a noun, or after "a"/"an" alone, still can."""
    article = segment("Headline\n\n" + text)
    figure = [f for f in figures_of(article) if f.surface == surface][-1]
    assert figure.holder == holder
