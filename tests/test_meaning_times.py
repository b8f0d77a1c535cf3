"""Times read from figures' sentences, round 15 (read15g): mechanisms found reading the unlabelled
texts' output. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.meaning import time_spans
from helpers.segment import segment


def _time(text: str, surface: str) -> str | None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    return figure.time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The rumour began on a blog called Daily Truth Right Now, which said 40,000 migrants would arrive.", "40,000 migrants", None),
        ("The Clean Rivers Act of 1998 protected more than 3,000 streams.", "3,000 streams", None),
        ("The Class of 2019 raised £12,000 for the library.", "£12,000", None),
        ("Some 400 delegates are at stake on Super Tuesday, when nine states vote.", "400 delegates", "Super Tuesday"),
        ("Shops took £2bn on Black Friday.", "£2bn", "Black Friday"),
        ("Right now, the city takes in about 2,000 refugees a year.", "2,000 refugees", "Right now"),
        ("The club sold 500 tickets on Tuesday.", "500 tickets", "on Tuesday"),
    ],
    ids=[
        "a name ending in 'Right Now'",
        "a law's year",
        "a class's year",
        "Super Tuesday whole",
        "Black Friday whole",
        "'Right now' opening the sentence is a time",
        "a weekday after a lower-case word",
    ],
)
def test_a_time_inside_a_name(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a site called Real News Right Now, which", []),
        ("the Child Safety Act of 2004 covers", []),
        ("the first debate of 2016 drew", ["of 2016"]),
        ("he told Reuters on Tuesday that", ["on Tuesday"]),
        ("on Super Tuesday, when", ["Super Tuesday"]),
    ],
)
def test_time_spans_inside_names(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in time_spans(text)] == spans


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The top 2 percent of farmers earned a third of all subsidies in 2018.", "2 percent", None),
        ("The top 2 percent of farmers earned a third of all subsidies in 2018.", "a third", "in 2018"),
        ("The savings of the poorest 10 percent grew 4 percent from 2010 to 2015.", "10 percent", None),
        ("The savings of the poorest 10 percent grew 4 percent from 2010 to 2015.", "4 percent", "from 2010 to 2015"),
        ("In Ruritania today the poorest 10 percent pay more in tax.", "10 percent", "today"),
        ("Some 12 percent of farms failed in 2018.", "12 percent", "in 2018"),
    ],
    ids=["a group by rank", "the group's share", "a group owning the subject", "its change", "a time before the group frames it", "no rank"],
)
def test_a_group_named_by_rank_has_no_time_after_it(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("In an essay in the week before the vote, 40 economists backed the plan.", "40 economists", "in the week before the vote"),
        ("Less than a month before the final, 12 players were injured.", "12 players", "Less than a month before the final"),
        ("The day before, 300 people had marched.", "300 people", "The day before"),
        ("The rule came just four days before the start of the season.", "four days", None),
    ],
    ids=["the event after a distance", "an opening distance and its event", "a distance with no event", "a duration that is the distance"],
)
def test_a_distance_keeps_its_event(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("sold the day before the donations were made.", ["the day before the donations were made"]),
        ("raised it two weeks before the primary and spent it", ["two weeks before the primary"]),
        ("one day before guards turned", ["one day before"]),
        ("a week before the vote in 2015", ["a week before", "in 2015"]),
    ],
)
def test_time_spans_of_a_distance(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in time_spans(text)] == spans


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Rovers have won nine of their 20 games since Smith took over from Jones in May.", "20 games", "since Smith took over from Jones in May"),
        ("Ruritania has only won two titles since they joined the league in 2003.", "two titles", "since they joined the league in 2003"),
        ("At least 40 agencies have been set up since Labour won power in 1997.", "40 agencies", "since Labour won power in 1997"),
        ("Since March the firm has sold 40 units in 2015.", "40 units", "in 2015"),
    ],
    ids=["a name's clause", "a pronoun's clause", "a party's clause", "a month is no subject"],
)
def test_since_a_clause_with_a_name_or_pronoun(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("But given that Rovers have beaten City in four of their last five meetings, the fans are likely to be happy on 12 March.", "five meetings", None),
        ("If he wins the remaining 60 votes, he would still need 40 delegates now.", "60 votes", None),
        ("If he wins the remaining 60 votes, he would still need 40 delegates now.", "40 delegates", "now"),
        ("As a writer who has covered the census for 25 years, I find his words today odd.", "25 years", None),
        ("As of Tuesday, the campaign had spent $16m on adverts.", "$16m", "As of Tuesday"),
        ("When we took control in March 2004, the club had a debt of £103m.", "£103m", "in March 2004"),
    ],
    ids=["given that", "if", "the main clause keeps its time", "an opening 'as' phrase", "'as of' is a time", "an opening 'when' clause dates the main clause"],
)
def test_an_opening_clause_takes_no_time_of_the_main_clause(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Ruritania will pick 23 of its 29 delegates Saturday at the state convention.", "23", "Saturday"),
        ("He then took two of the three contests Tuesday.", "two", "Tuesday"),
        ("Some 31 of the 48 witnesses had never spoken before.", "31", None),
    ],
    ids=["its whole's weekday", "the whole's weekday", "no time"],
)
def test_a_part_has_its_wholes_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The squad won Ruritania's first relay medal since 1936 in 41.20 seconds.", "41.20 seconds", None),
        ("He struck a 30-yard shot for his first goal in 14 months.", "30-yard", None),
        ("Rovers are going for their first League Cup since 1962 after three straight wins.", "three straight wins", None),
        ("The jobless rate has fallen below 6 percent for the first time in nine years.", "6 percent", None),
        ("The jobless rate fell to 6 percent in 2019.", "6 percent", "in 2019"),
    ],
    ids=["a possessive's first", "his first ... in months", "a named record", "the first time in years", "a date still dates"],
)
def test_a_first_records_span_is_no_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Ann Brook, 52, started work at the mill 20 years ago.", "52", None),
        ("Pavlou won gold in 2004, where Marek, 27, won silver.", "27", None),
        ("Ann Brook, the owner, hired 12 staff in 2004.", "12 staff", "in 2004"),
    ],
    ids=["a name's age", "an unsorted name's age", "a count after no name"],
)
def test_an_age_after_a_name_has_no_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The poll of 2,000 adults, including 640 Labour or Labour-leaning voters, was conducted online March 3-6.", "640 Labour or Labour-leaning voters", "March 3-6"),
        ("The survey of 2,000 adults, including 640 farmers, was taken March 3-6.", "640 farmers", "March 3-6"),
        ("The survey of 2,000 adults, including 640 farmers, was published by the council.", "640 farmers", None),
    ],
    ids=["a bare part", "a counted part", "no time"],
)
def test_an_included_part_has_its_wholes_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


# Round 16 (time16): times that read wrong on unlabelled text, fixed by mechanism.


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The agency suggests a weekly payment of £90.50 for looking after an infant.", "£90.50", None),
        ("Milan are closing in on a £4m deal for Leeds' Paul Hart after the Swede's agent travelled to Italy to hold talks about a move.", "£4m", None),
        ("He shot 12 people after the agency decided that he posed no risk.", "12 people", None),
        ("Prices rose 4% after the central bank raised rates.", "4%", "after the central bank raised rates"),
        ("Voters have only three real options in a general election.", "three real options", None),
        ("The runner will race 800m in a four-way match against Spain and Norway.", "800m", None),
        ("Labour won 40 seats in the 2001 election.", "40 seats", "in the 2001 election"),
        ("Sales rose to $5m after the merger.", "$5m", "after the merger"),
    ],
    ids=[
        "a phrasal verb's 'after'",
        "a clause whose past verb the tagger read as an adjective",
        "a clause cut before its verb's 'that'",
        "a whole short clause stays",
        "an undated election",
        "an undated match",
        "a dated election stays",
        "a definite event stays",
    ],
)
def test_an_after_clause_or_undated_event_is_whole_or_no_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Both candidates cited the figure at last month's Veterans-in-Need Forum viewed by 9.2 million people, the network said.", "9.2 million people", "last month"),
        ("The old guard—men with close ties to the 1972 drafting of the charter by 60 members of the club—backed him.", "60 members", "1972"),
        ("She spoke to about 300 delegates at the autumn conference in Leeds.", "300 delegates", "autumn"),
        ("The board said the witness he was asked to in the past three months had 12 files.", "12 files", "in the past three months"),
        ("A phone poll named Smith the winner of Monday night’s debate with 41 percent of the vote.", "41 percent", "Monday night’s debate"),
        ("Labour won 40 seats in the 2001 election.", "40 seats", "in the 2001 election"),
        ("The firm sold 300 cars in the summer.", "300 cars", "in the summer"),
        ("Hale, who won 40 caps prior to the 2011 World Cup, is fit again.", "40 caps", "prior to the 2011 World Cup"),
        ("The 2009 election cost £60m.", "£60m", "2009"),
        ("The 2014 federal budget deficit was $300 billion.", "$300 billion", "2014"),
    ],
    ids=[
        "a possessive time's governing 'at'",
        "a year before a noun: 'to the'",
        "a season before a noun: 'at the'",
        "a preposition stacked on the time's own",
        "a leading 'of'",
        "a dated noun phrase keeps its 'in'",
        "a bare season keeps its 'in'",
        "'prior to' is the time's own",
        "a year inside the subject: its determiner",
        "a year before an adjective and noun",
    ],
)
def test_a_preposition_that_governs_no_time_is_dropped(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Acme Buds Pro for $199 See it now: ShopMart", []),
        ("Acme 55-inch TV, Now $449 Plus a $20 voucher", []),
        ("Tickets are now £20 each.", ["now"]),
        ("The jobless rate is now 5%.", ["now"]),
    ],
    ids=["a button's 'now:'", "a sale label's 'Now' before a price", "a price now", "a rate now"],
)
def test_a_shops_now_label_is_no_time(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in time_spans(text)] == spans


def _figure(text: str, surface: str):  # type: ignore[no-untyped-def]
    return [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]


@pytest.mark.parametrize(
    ("text", "surface", "holder", "time"),
    [
        ("Tesco's 2015 accounts showed a loss of £2m.", "£2m", "Tesco", "2015"),
        ("Acme Corp reported a 2015 profit of $4m.", "$4m", "Acme Corp", "2015"),
        ("The party's 2015 accounts show a deficit of £2m.", "£2m", "party", "2015"),
        ("In 2015 profits rose 5% to $3m.", "5%", None, "In 2015"),
        ("BP said its first-quarter profit rose 12% to $4.2bn.", "$4.2bn", "BP", "first-quarter"),
        ("The firm's half-year results showed a profit of £20m.", "£20m", "firm", "half-year"),
        ("He bought a 2015 Boeing Business Jet for $50m.", "$50m", None, None),
        ("Essential Guide to British Quangos 2005 author Dan Lewis said at least 111 bodies were set up.", "111 bodies", None, None),
    ],
    ids=["a possessor's dated subject", "a dated noun before 'of'", "a party's dated accounts", "an opening 'In 2015' stays",
         "a reported clause's quarter", "a half-year's results",
         "a year before a name dates only that thing", "a year that ends a title"],
)
def test_a_bare_year_inside_the_measured_noun_phrase_dates_the_figure_and_keeps_its_possessor(
    text: str, surface: str, holder: str | None, time: str | None
) -> None:
    """"Tesco's 2015 accounts": the year is a modifier inside the noun phrase, so the possessor still holds
    the figure, and when that phrase is what the figure measures, the year is the figure's time."""
    figure = _figure(text, surface)
    assert (figure.holder, figure.time) == (holder, time)


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Membership is a 12-point rise for the club from March, its best run in years.", "12", None),
        ("Ridership was up 9 percent from 2015 and about 4 percent from 2011.", "4 percent", None),
        ("Exports fell 6 percent from 2018, and imports by 3 percent from 2018.", "3 percent", None),
        ("The league's attendance is half its 1994 peak.", "half", None),
        ("Grants to the arts are a third of their 2008 levels, the council says.", "a third", None),
        ("The fare rose 10 percent in June from May.", "10 percent", "in June"),
        ("Fares went up 10 percent from April to June.", "10 percent", "from April to June"),
        ("A 10 percent levy applies from April.", "10 percent", "from April"),
        ("Its 2015 profit of $4m was a record.", "$4m", "2015"),
    ],
    ids=[
        "a change noun's 'from <month>' names its base",
        "a change joined by 'and' to a change shares the reading of its 'from'",
        "a change after a comma and 'and'",
        "a possessed noun's year dates that base, not the fraction",
        "'their <year> levels' after a fraction",
        "the change's own time kept",
        "a from-to span is the change's period",
        "no change: 'from April' is when the levy starts",
        "a year inside the figure's own noun phrase still dates it",
    ],
)
def test_a_change_or_fraction_is_not_dated_by_its_base(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Shoppers turned out in large numbers Saturday in 40 new stores.", "40 new stores", "Saturday"),
        ("The council released 300 more pages on Friday night.", "300 more pages", "on Friday night"),
        ("Some 90 delegates were chosen Sunday in the state.", "90 delegates", "Sunday"),
        ("The mayor said on Monday that 500 homes were flooded.", "500 homes", None),
        ("A grant was agreed on Tuesday so 200 nurses can be hired now.", "200 nurses", "now"),
        ("The firm opened on Monday the 40 stores which it had bought.", "40 stores", None),
        ("The board approved the 12-page plan on Tuesday.", "12-page", None),
        ("The strike spread on Monday, with some 300 nurses walking out.", "300 nurses", "on Monday"),
        ("The strike spread on Monday, and some 300 nurses stayed home.", "300 nurses", None),
        ("Sales rose 5 percent on Tuesday.", "5 percent", None),
    ],
    ids=[
        "a count in the day's own clause",
        "a count released that night",
        "a count chosen that day",
        "a day that dates a statement",
        "a day in another clause than the count",
        "a relative between the day and the count",
        "a hyphened count modifies its noun",
        "a ', with' phrase goes on with the day's clause",
        "a new clause after ', and'",
        "a share is not dated by a day alone",
    ],
)
def test_a_day_named_alone_dates_a_count_in_its_own_clause(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The club has 5,000 members and its board met Tuesday.", "5,000 members", None),
        ("A building with 30 floors collapsed Tuesday.", "30 floors", None),
        ("The team won 12 of its 2019 games.", "12", "2019"),
        ("Aid is half its 1990 level.", "half", None),
        ("25 delegates were selected Sunday.", "25 delegates", "Sunday"),
    ],
    ids=["'and' opens a clause of its own", "a count inside the subject's phrase", "a year dating a count's noun stays",
         "a year dating a share's base level is no time", "a day in its own clause still dates a count"],
)
def test_a_bare_day_and_a_base_year_date_only_what_their_clause_says(text: str, surface: str, time: str | None) -> None:
    figure = next(f for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False) if f.surface == surface)
    assert figure.time == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("Prices rose at the fastest pace in more than 20 years.", "20 years", "in more than 20 years"),
        ("She won her first title in almost five years.", "five years", "in almost five years"),
        ("The bank opened 2 million accounts over at least five years.", "2 million accounts", "over at least five years"),
        ("In the final two years of the mayor's term, the council built 400 homes.", "two years", "In the final two years"),
        ("The council built 400 homes in the final two years of the mayor's term.", "400 homes", "in the final two years"),
    ],
    ids=["a bound before a record's span", "'almost' before a record's span", "a bound before a framing span",
         "'the final N years' is a span", "'the final N years' frames the count"],
)
def test_a_span_with_a_bound_or_final_is_a_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The group keeps growing, standing now at 17 percent of the population.", "17 percent", "now"),
        ("The number waiting over 12 months fell to 6,630.", "6,630", None),
        ("The survey showed the biggest annual rise since July 2009 - up 2.5 percent.", "2.5 percent", None),
        ("The party won the seat in 1964 - by 11 votes.", "11 votes", "in 1964"),
        ("The now-closely watched data showed the biggest rise since 2009 - up 2.5 percent.", "2.5 percent", None),
        ("The now-defunct firm owed $400,000.", "$400,000", None),
    ],
    ids=["a level's participle dates the level after it", "a threshold's participle still dates nothing",
         "a record's span before a dash is not the elaboration's time", "a dated clause before a dash still dates it",
         "'now-' in a compound adjective is no time", "'now-defunct' dates nothing"],
)
def test_a_levels_participle_and_a_records_span_before_a_dash(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("The club won its first cup for 31 years on Saturday.", "31 years", "31 years"),
        ("Waiting lists were at their lowest for 17 years in March.", "17 years", "17 years"),
        ("He will play his first full match for three years on Sunday.", "three years", "three years"),
        ("The firm has traded for 30 years.", "30 years", None),
        ("She ran the shop for 30 years in the 1990s.", "30 years", "in the 1990s"),
    ],
    ids=["'first' after an owner opens the record", "a superlative right before 'for'", "an adjective between",
         "a plain 'for' span is no record", "a plain 'for' span keeps its clause's time"],
)
def test_a_records_span_after_for_is_the_durations_own_time(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("It has been two months since the council approved a budget.", "two months", "two months since the council approved a budget"),
        ("It marks 25 years since the start of 12 years of fighting.", "25 years", "25 years since the start"),
        ("It is 40 days since the vote, and the board has not met.", "40 days", "40 days since the vote"),
        ("In the three years since the merger, the group raised £300m.", "three years", "In the three years since the merger"),
        ("The firm has traded for 30 years.", "30 years", None),
    ],
    ids=["a clause after 'since'", "a phrase cut before a figure ends on its noun", "a comma ends the span",
         "a span inside a time phrase stays that phrase", "no 'since', no span"],
)
def test_a_duration_before_since_is_its_own_span(text: str, surface: str, time: str | None) -> None:
    assert _time(text, surface) == time


@pytest.mark.parametrize(
    ("text", "surface", "time", "label"),
    [
        ("The plant will hire 400 workers early next year, the firm said.", "400 workers", "early next year", "2024"),
        ("Sales fell 12% late last year, the company said.", "12%", "late last year", "2022"),
        ("Sales should reach $3 billion by the middle of next year, analysts said.", "$3 billion", "by the middle of next year", "2024"),
        ("The company expects revenue of $5 billion before the middle of 2024, its chief said.", "$5 billion",
         "before the middle of 2024", "2024"),
        ("Exports rose 12% in the second half of 2023, the ministry said.", "12%", "in the second half of 2023", "Jul-Dec 2023"),
        ("Prices rose 3% early this month, traders said.", "3%", "early this month", "Oct 2023"),
    ],
)
def test_a_part_of_a_relative_year_keeps_its_words_and_names_its_period(text: str, surface: str, time: str, label: str) -> None:
    # "early next year" is the words a reader checks, not "next year"; its period is next year's (as "by early 2024" is 2024)
    from datetime import date

    from helpers.periods import read_period

    assert _time(text, surface) == time
    period = read_period(time, date(2023, 10, 5))
    assert period is not None and period.label == label
