"""The place an article is about holds the figures that measure a whole place and name no holder
(`helpers.article_place`, issue #11): invented articles of several sentences (hold23)."""

from __future__ import annotations

import pytest

from helpers.article_place import article_place, place_measure

from .conftest import check_holder

PORTUGAL = (
    "Portugal introduced a carbon tax in 2008. Portugal is a small country with a long coast. "
    "Lisbon ministers said the country would not change course. Voters in Portugal backed the plan. "
)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (PORTUGAL + "The jobless rate fell to 5 percent last year.", "5 percent", "Portugal"),
        (PORTUGAL + "The tax rose from 10 euros a ton to 30 euros by 2012.", "30 euros", "Portugal"),
        (PORTUGAL + "Turnout was 53 percent in the last vote.", "53 percent", "Portugal"),
        (PORTUGAL + "For May, the jobless rate was 5 percent for the year.", "5 percent", "Portugal"),
        (PORTUGAL + "Antonio Costa spoke. Costa said the jobless rate fell to 5 percent.", "5 percent", "Portugal"),
        (PORTUGAL + "Average hourly earnings rose 0.4 percent in May.", "0.4 percent", "Portugal"),
        (PORTUGAL + "The crime rate fell to 3 percent in May.", "3 percent", "Portugal"),
        (PORTUGAL + "The nation of 10 million has few big firms.", "10 million", "Portugal"),
        (PORTUGAL + "Some 1.5 million registered voters turned out.", "1.5 million registered voters", "Portugal"),
        (
            "Ontario set a carbon price in 2015. Ontario is the largest province by people. The province's rules are strict. "
            "Ontario says it works. Critics in Ontario disagree. The corporate income tax was cut to 10 percent from 12 percent.",
            "12 percent", "Ontario",
        ),
    ],
    ids=["a jobless rate", "a tax", "turnout", "a date fronted", "a person speaks", "earnings", "a crime rate", "the nation's population", "a place's voters", "a province's tax"],
)
def test_a_place_wide_measure_is_the_articles_place(text: str, surface: str, holder: str) -> None:
    """A figure no structure gives a holder, whose subject is a measure of a whole place (the word class
    of resources/place_measures.yml), is held by the place the article names clearly more than any other,
    written as the text names it nearest before the figure (check_holder checks the offsets)."""
    check_holder(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Virginia Woolf wrote a book on Sunday. Virginia said she was happy. Virginia thanked the fans. Virginia will rest. "
            "Virginia flies home. Average hourly earnings rose 0.4 percent in May.",
            "0.4 percent",
        ),
        (
            "Ohio State beat Michigan. Ohio State fans cheered. Ohio State won again. Ohio State plays next. "
            "Ohio State is top. Average hourly earnings rose 0.4 percent in May.",
            "0.4 percent",
        ),
    ],
    ids=["a person's given name", "a team's name"],
)
def test_a_place_inside_a_longer_name_is_no_mention(text: str, surface: str) -> None:
    """A place's name that is a word of a person's or team's name ("Georgia Hall", "Ohio State"), or that
    the article's names read as a person's ("Georgia said" after "Georgia Hall"), does not make the place
    the article's (hold23 review, issue #11)."""
    check_holder(text, surface, None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (PORTUGAL + "Sales rose 5 percent to 30 million euros at the firm.", "30 million euros"),
        (PORTUGAL + "Turnout among young voters was 30 percent.", "30 percent"),
        (PORTUGAL + "Some 6 million Spanish jobs depend on the trade.", "6 million Spanish jobs"),
        (PORTUGAL + "The 20 million residents of Madrid are happy.", "20 million residents"),
        (PORTUGAL + "The deficit was 2.5 percent of GDP last year.", "2.5 percent"),
        (PORTUGAL + "The poll of 1,000 likely voters was taken in May.", "1,000 likely voters"),
        (PORTUGAL + "He promised to end youth unemployment within five years.", "five years"),
        (PORTUGAL + "The aid will go to 70 poorer nations.", "70 poorer nations"),
        (PORTUGAL + "Three taxes were postponed in the budget deal.", "Three taxes"),
        (PORTUGAL + "At Apple, average hourly earnings rose 5 percent.", "5 percent"),
        (PORTUGAL + "Average wages rose 3 percent at the plant.", "3 percent"),
        (PORTUGAL + "Galp said emissions fell 5 percent last year.", "5 percent"),
        (PORTUGAL + "Portugal beat Spain 2-0 on Sunday. Average wages rose 5 percent.", "5 percent"),
        (PORTUGAL + "Spain lost to Portugal on Sunday. Average hourly earnings rose 5 percent.", "5 percent"),
        (
            "Portugal and Spain signed a deal. Spain and Portugal share a border. Portugal and Spain trade a lot. "
            "Officials from Spain and Portugal met. The jobless rate fell to 5 percent last year.",
            "5 percent",
        ),
        (
            "Portugal introduced a carbon tax in 2008. Spain did not.\n\nThe jobless rate fell to 5 percent last year.",
            "5 percent",
        ),
    ],
    ids=[
        "a company's sales", "a part's turnout", "another country's jobs", "a city's residents",
        "a share of GDP", "a poll's sample", "a duration", "other nations", "a count of taxes", "an owner fronted", "an owner after", "an organisation speaks", "a side's wages", "a side's earnings", "two places named equally",
        "a place named too little",
    ],
)
def test_no_place_for_what_is_not_the_places(text: str, surface: str) -> None:
    """Not a measure outside the class, not one whose subject names someone or somewhere else, not a share
    of a whole, not a poll's sample, not a duration, and no place when none is named clearly most."""
    check_holder(text, surface, None)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (PORTUGAL + "Compared with Spain, where the jobless rate is 14 percent, it is calm.", "14 percent", "Spain"),
        (PORTUGAL + "Spain is different. There the jobless rate is 14 percent.", "14 percent", "Spain"),
        (PORTUGAL + "Spanish officials met on Monday, and the jobless rate rose to 14 percent.", "14 percent", None),
        (PORTUGAL + "In the euro zone, the jobless rate was 7 percent.", "7 percent", "euro zone"),
        (PORTUGAL + "Ireland's data were better: the economy grew 9 percent.", "9 percent", "Ireland"),
        (PORTUGAL + "As Portugal and Spain talk, the jobless rate rose to 14 percent.", "14 percent", None),
        (PORTUGAL + "Exports from Portugal to Spain grew. The jobless rate fell to 5 percent.", "5 percent", "Portugal"),
        (PORTUGAL + "The Greek economy shrank 3 percent last year.", "3 percent", None),
        (PORTUGAL + "Ministers met in Paris on Monday. The jobless rate fell to 5 percent.", "5 percent", "Portugal"),
        (PORTUGAL + "Unlike Spain, it cut taxes. The jobless rate fell to 5 percent.", "5 percent", "Portugal"),
    ],
    ids=[
        "another place in its sentence", "another place in the sentence before", "another place's adjective",
        "a region", "another place's possessive", "the place and another", "the place and another the sentence before", "an adjective before the subject",
        "a city is neutral", "a place compared",
    ],
)
def test_another_place_named_just_before_blocks_the_articles(text: str, surface: str, holder: str | None) -> None:
    """Another country, state, province or region named (by name or adjective) in the figure's sentence
    before it, or in the sentence before in its paragraph, blocks the article's place: the figure is the
    one place named there by name, else no one's (hold23 review, issue #11)."""
    check_holder(text, surface, holder)


TWO_STATES = "Ohio and Florida voted on Tuesday. Ohio is close. Florida is close. Ohio decides. Florida decides.\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (TWO_STATES + "Vermont officials said the vote went well. The turnout was about 35 percent.", "35 percent", "Vermont"),
        (TWO_STATES + "Vermont officials said the jobless rate was 4 percent.", "4 percent", "Vermont"),
        (TWO_STATES + "Officials in Vermont and Maine spoke. The turnout was about 35 percent.", "35 percent", None),
        (TWO_STATES + "Vermont officials spoke.\n\nThe turnout was about 35 percent.", "35 percent", None),
        (TWO_STATES + "The turnout was about 35 percent.", "35 percent", None),
        (TWO_STATES + "Unlike Vermont, turnout here was 35 percent.", "35 percent", None),
    ],
    ids=["the sentence before", "its own sentence", "two places there", "another paragraph", "none named there", "a place compared"],
)
def test_with_no_article_place_the_one_place_named_just_before(text: str, surface: str, holder: str | None) -> None:
    """When the article has no place of its own, a place-wide measure is held by the one place its
    sentence names before it, or the sentence before in its paragraph names."""
    check_holder(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Alberta raised its tax. Alberta is big. The province is cold. Canadian dollars fell. Alberta grew. Alberta won.", "Alberta"),
        ("The state voted. Priorities USA spent money in Ohio. Ohio is close. Ohio decides. Ohio votes. Ohio counts.", "Ohio"),
        ("Ohio is close. Ohio decides. Ohio votes. Florida is close. Florida decides. Florida votes.", None),
        ("Israeli firms grew. Israel is small. The country is rich. Israel trades. Israel builds.", "Israel"),
        ("Georgia Hall won. Georgia Hall is 28. Georgia Hall putts well. Georgia Hall smiled. Georgia Hall left.", None),
        ("Kansas City lost. Kansas City Chiefs fans wept. Ohio State won. Ohio State Buckeyes won. Texas Rangers won.", None),
        ("Virginia Democrats won. Virginia Senate Democrats gained. Voters in Virginia Tuesday cheered. Virginia counts. Virginia votes.", "Virginia"),
        ("Portugal Raises Carbon Tax\n\nPortugal introduced a carbon tax. Portugal is small. Portugal is happy. Portugal votes.", "Portugal"),
    ],
    ids=[
        "a currency is no mention", "a name inside another name", "two places", "adjective and pointer count",
        "a person's name", "a team's or city's name", "a party, a chamber and a weekday after", "a title-case headline",
    ],
)
def test_article_place(text: str, place: str | None) -> None:
    """article_place counts names, adjectives of nationality and "the state"/"the country" after a name,
    not a currency ("Canadian dollars") nor a place inside a longer name ("Priorities USA", "Georgia Hall",
    "Kansas City"; but "Virginia Democrats" and a title-case headline's "Portugal Raises" are the place)."""
    found = article_place(text)
    assert (found.name if found else None) == place


@pytest.mark.parametrize(
    ("subject", "kind", "value", "after", "expected"),
    [
        ("jobless rate", "percent", 5.0, ".", True),
        ("rate", "percent", 5.0, ".", False),
        ("corporate income tax", "percent", 10.0, ".", True),
        ("gross domestic product", "percent", 2.5, ".", False),
        ("GDP", "percent", 2.5, " of", False),
        ("MPs pay", "money", 60000.0, ".", False),
        ("Average hourly earnings", "percent", 0.4, ".", True),
        ("registered voters", "count", 1500000.0, ".", True),
        ("likely voters", "count", 996.0, ".", False),
        ("nations", "count", 70.0, ".", False),
        ("growth", "percent", 2.0, ".", False),
        ("economic growth", "percent", 2.0, ".", True),
        ("GDP growth", "percent", 2.0, ".", True),
        ("Sales growth", "percent", 8.0, ".", False),
        ("Revenue growth", "percent", 8.0, ".", False),
        ("Subscriber growth", "percent", 8.0, ".", False),
        ("company earnings", "percent", 8.0, ".", False),
    ],
)
def test_place_measure(subject: str, kind: str, value: float, after: str, expected: bool) -> None:
    assert place_measure(subject, kind, value, after) is expected


def test_the_holder_is_the_mention_nearest_before_the_figure() -> None:
    """The place is written where the text names it by name nearest before the figure, so a report's
    underline falls on a real mention; with none before, on the first."""
    from helpers.figures import figures_of
    from helpers.segment import segment

    article = segment("Headline\n\n" + PORTUGAL + "The jobless rate fell to 5 percent last year.")
    figure = next(f for f in figures_of(article) if f.surface == "5 percent")
    assert figure.holder_start == article.text.rindex("Portugal", 0, figure.start)
    place = article_place(PORTUGAL, (0, PORTUGAL.index(".")))  # the first sentence counts twice
    assert place is not None and place.mention_before(0) == place.mentions[0] == (0, len("Portugal"))
