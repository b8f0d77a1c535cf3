"""Periods: reference-series periods parsed into day intervals, partial periods told apart."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from helpers.periods import parse_period, parse_time


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "partial"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "2023", False),
        ("2023-01/2023-09", date(2023, 1, 1), date(2023, 9, 30), "Jan-Sep 2023", True),
        ("2023-Q2", date(2023, 4, 1), date(2023, 6, 30), "Q2 2023", True),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "Feb 2024", True),
        ("2019/2021", date(2019, 1, 1), date(2021, 12, 31), "2019-2021", False),
        ("2022-11/2023-02", date(2022, 11, 1), date(2023, 2, 28), "Nov 2022-Feb 2023", True),
    ],
)
def test_reference_periods(text, start, end, label, partial):
    period = parse_period(text)
    assert period is not None
    assert (period.start, period.end, period.label, period.partial) == (start, end, label, partial)


@pytest.mark.parametrize("text", ["", None, "first nine months", "2023-13", "2023-09/2023-01", "20233"])
def test_not_periods(text):
    assert parse_period(text) is None


def test_nine_months_is_not_comparable_to_a_year():
    nine, whole = parse_period("2023-01/2023-09"), parse_period("2023")
    assert nine.months == 9 and whole.months == 12
    assert whole.contains(nine) and nine.overlaps(whole) and not nine.contains(whole)
    assert date(2023, 5, 1) <= nine.midpoint <= date(2023, 5, 31)


@given(st.text(max_size=30))
def test_any_text_parses_or_is_none(text):
    period = parse_period(text)
    assert period is None or period.start <= period.end


@pytest.mark.parametrize(
    ("phrase", "anchor", "label"),
    [
        ("By early 2024", None, "2024"),
        ("in 2023", None, "2023"),
        ("the second quarter of 2023", None, "Q2 2023"),
        ("in the second quarter", 2023, "Q2 2023"),
        ("for the three months to June 2023", None, "Q2 2023"),
        ("the year to March 2005", None, "Apr 2004-Mar 2005"),
        ("March 2023", None, "Mar 2023"),
        ("in the 2004-05 financial year", None, "Apr 2004-Mar 2005"),
        ("for the 2003/4 tax year", None, "Apr 2003-Mar 2004"),  # a split year with one digit after the stroke
        ("in 2003/4", None, "Apr 2003-Mar 2004"),  # one split year, as with "tax year" (round 32: not two calendar years)
        ("between 2001 and 2004", None, "2001-2004"),
        ("the 1990s", None, "1990-1999"),
        ("last year", 2023, "2022"),
        ("since 1997", 2005, "1997-2005"),
        ("H1 2023", None, "Jan-Jun 2023"),
        ("in 2019, before the pandemic", None, "2019"),  # "before" an event, not a year: the year stands (round 33)
    ],
)
def test_time_phrases_name_periods(phrase, anchor, label):
    period = parse_time(phrase, anchor)
    assert period is not None and period.label == label


@pytest.mark.parametrize("phrase", ["a year earlier", "last year", "in the second quarter", "on Tuesday", "", None])
def test_time_phrases_without_a_year_need_an_anchor(phrase):
    assert parse_time(phrase) is None


@given(st.text(max_size=40), st.one_of(st.none(), st.integers(min_value=1, max_value=9999)))
def test_any_time_phrase_parses_or_is_none(text, anchor):
    period = parse_time(text, anchor)
    assert period is None or period.start <= period.end


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("by 2005/06", "Apr 2005-Mar 2006"),  # a split year is one year, not two calendar years
        ("in 2005-06", "Apr 2005-Mar 2006"),
        ("in FY2005/06", "Apr 2005-Mar 2006"),
        ("for 2003/4", "Apr 2003-Mar 2004"),
        ("the 2005/2006 financial year", "Apr 2005-Mar 2006"),
        ("in the 1999/00 tax year", "Apr 1999-Mar 2000"),
        ("the 2004/05 season", "Aug 2004-Jul 2005"),
        ("the 2004-05 academic year", "Sep 2004-Aug 2005"),
        ("in the financial year 2009/0", "Apr 2009-Mar 2010"),
    ],
)
def test_a_split_year_is_one_fiscal_or_season_year(phrase: str, label: str) -> None:
    from helpers.periods import find_period

    read, found = parse_time(phrase), find_period(phrase)
    assert read is not None and read.label == label
    assert found is not None and found.label == label


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("2001-04", "2001-2004"), ("between 2001 and 2004", "2001-2004"), ("in 2005-2006", "2005-2006"), ("2005/07", "2005-2007")],
)
def test_a_span_of_years_stays_a_span(phrase: str, label: str) -> None:
    read = parse_time(phrase)
    assert read is not None and read.label == label


@pytest.mark.parametrize("phrase", ["in 2019-5", "in 2019/18", "2005-05"])
def test_a_second_year_before_the_first_is_no_span(phrase: str) -> None:
    assert parse_time(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "anchor", "label"),
    [
        ("last October", date(2005, 2, 24), "Oct 2004"),
        ("last October", date(2005, 11, 3), "Oct 2005"),  # the latest October before the article
        ("last October", date(2005, 10, 20), "Oct 2004"),
        ("next June", date(2005, 2, 24), "Jun 2005"),
        ("next June", date(2005, 7, 1), "Jun 2006"),
        ("this October", date(2005, 2, 24), "Oct 2005"),
        ("this month", date(2005, 2, 24), "Feb 2005"),
        ("last month", date(2005, 1, 10), "Dec 2004"),
        ("next month", date(2005, 12, 10), "Jan 2006"),
        ("last year", date(2005, 2, 24), "2004"),
        ("in the second quarter", date(2005, 2, 24), "Q2 2005"),
        ("this October", 2005, "Oct 2005"),
        ("since last December", date(2005, 3, 10), "Dec 2004-Mar 2005"),  # from then to when it was written, as "since 1997"
    ],
)
def test_relative_months_count_from_the_articles_date(phrase: str, anchor: date | int, label: str) -> None:
    period = parse_time(phrase, anchor)
    assert period is not None and period.label == label


@pytest.mark.parametrize("phrase", ["last October", "next June", "this month", "last month", "next month", "the past March"])
@pytest.mark.parametrize("anchor", [None, 2005])
def test_relative_months_are_left_relative_without_the_articles_date(phrase: str, anchor: int | None) -> None:
    # "last October" written in 2005 is October 2004 or 2005 by the month it was written in: not a guess
    assert parse_time(phrase, anchor) is None


@given(st.text(max_size=40), st.one_of(st.none(), st.dates(min_value=date(1, 2, 1), max_value=date(9998, 11, 30))))
def test_any_time_phrase_with_a_date_parses_or_is_none(text: str, anchor: date | None) -> None:
    period = parse_time(text, anchor)
    assert period is None or period.start <= period.end


@pytest.mark.parametrize(
    "phrase", ["last October", "next June", "this month", "in 2005/06", "FY2005/06", "2003/4", "1999/00", "2005-06 season"]
)
def test_the_time_phrases_a_user_writes_parse_with_any_date(phrase: str) -> None:
    for day in (date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29)):
        period = parse_time(phrase, day)
        assert period is None or period.start <= period.end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports grew in 2015 to 6 billion dollars.", date(2015, 1, 1), date(2015, 12, 31)),
        ("Output in 2018 - 9 firms closed.", date(2018, 1, 1), date(2018, 12, 31)),
        ("Spending for 2003/4 rose.", date(2003, 4, 1), date(2004, 3, 31)),
    ],
    ids=["'to' and a count after a year", "a dash and a count after a year", "a split year glued"],
)
def test_a_one_digit_second_year_is_glued_to_its_first(text: str, start: date, end: date) -> None:
    from helpers.periods import find_period

    found = find_period(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_last_sept_counts_back_from_the_date_written() -> None:
    found = parse_time("last Sept", date(2024, 3, 10))
    assert found is not None and (found.start, found.end) == (date(2023, 9, 1), date(2023, 9, 30))


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("the year to September 2023", "Oct 2022-Sep 2023"),  # twelve months to September, not the year to date
        ("in the year to the end of March 2021", "Apr 2020-Mar 2021"),
        ("Jan-Sep 2023", "Jan-Sep 2023"),
        ("in the first nine months of 2023", "Jan-Sep 2023"),
        ("April to June 2022", "Q2 2022"),
        ("the third quarter of 2023", "Q3 2023"),
    ],
)
def test_every_reader_of_a_period_reads_it_alike(phrase: str, label: str) -> None:
    # the checks (timeline.period_of), the record summary (parse_time) and prose (find_period) say one period
    from helpers.periods import find_period
    from helpers.timeline import period_of

    assert [p.label if p else None for p in (parse_time(phrase), period_of(phrase), find_period(phrase))] == [label] * 3


@pytest.mark.parametrize(
    ("phrase", "anchor", "label"),
    [
        ("since March", date(2023, 6, 10), "Mar-Jun 2023"),  # from March to when it was written, not the whole year
        ("since November", date(2023, 6, 10), "Nov 2022-Jun 2023"),  # the latest November before it
        ("since early March", date(2023, 6, 10), "Mar-Jun 2023"),
        ("since March 2021", date(2023, 6, 10), "Mar 2021-Jun 2023"),
        ("between 2020/21 and 2024/25", None, "Apr 2020-Mar 2025"),  # both split years, not the first alone
        ("from 2019-20 to 2022-23", None, "Apr 2019-Mar 2023"),
    ],
)
def test_a_span_runs_from_its_first_period_to_its_last(phrase: str, anchor: date | None, label: str) -> None:
    period = parse_time(phrase, anchor)
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    ("phrase", "anchor"),
    [("before 2015", None), ("before 2015", date(2016, 5, 1)), ("prior to 2010", None), ("since March", 2023), ("since March", None),
     ("before the start of 2024", None), ("before the beginning of 2024", None), ("prior to March", None)],
)
def test_a_span_with_no_known_start_or_end_names_no_period(phrase: str, anchor: date | int | None) -> None:
    # "before 2015" is not 2015; "since March" with no date written has no end
    assert parse_time(phrase, anchor) is None


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("before the end of 2024", "2024"),  # a deadline inside the year, as "by the end of 2024"
        ("before the end of March 2024", "Mar 2024"),
        ("well before the end of 2030", "2030"),
    ],
)
def test_before_the_end_of_a_period_names_that_period(phrase: str, label: str) -> None:
    from helpers.timeline import period_of

    assert [p.label if p else None for p in (parse_time(phrase), period_of(phrase))] == [label] * 2


@pytest.mark.parametrize(
    ("phrase", "anchor", "label"),
    [
        # written before the period: a deadline inside it, as "by mid-2024"
        ("before the middle of 2024", date(2023, 6, 1), "2024"),
        ("before mid-2024", date(2023, 11, 30), "2024"),
        ("before late 2024", 2023, "2024"),
        ("before early March 2024", date(2024, 1, 10), "Mar 2024"),
        ("before late March", date(2025, 1, 20), "Mar 2025"),
        # written after it, or with no date: may be a past span with no start ("Before early 2020, unemployment
        # stood at 3.8 per cent"), so no period, as "before 2020"
        ("before early 2020", date(2021, 4, 2), None),
        ("before early 2020", 2020, None),
        ("Before early 2020", None, None),
        ("before the middle of 2024", None, None),
        ("before mid-2024", date(2024, 3, 1), None),
        ("prior to late March", date(2025, 5, 1), None),
    ],
)
def test_before_a_point_inside_a_period_names_it_only_when_written_before_it(
    phrase: str, anchor: date | int | None, label: str | None
) -> None:
    from helpers.timeline import period_of

    assert [p.label if p else None for p in (parse_time(phrase, anchor), period_of(phrase, anchor))] == [label] * 2


@pytest.mark.parametrize(
    ("phrase", "country", "label"),
    [
        ("School budgets in 2010-2011", None, "2010-2011"),  # "school" names the budgets, not the years: no school year
        ("Council budgets rose in 2010/2011", None, "Apr 2010-Mar 2011"),  # the stroke writes one year; "budgets" is no word of it
        ("the 2010-11 school year", None, "Sep 2010-Aug 2011"),
        ("in the 2010-11 financial year", "AU", "Jul 2010-Jun 2011"),  # Australia's financial year runs from July
        ("in 2010-11", "AU", "Jul 2010-Jun 2011"),
        ("in 2010-11", "US", "2010-2011"),  # an American paper's "2010-11" is no financial year without a word saying so
        ("fiscal 2010-11", "US", "Oct 2010-Sep 2011"),
        ("the 2010-11 season", "US", "Aug 2010-Jul 2011"),
        ("in 2010-11", "GB", "Apr 2010-Mar 2011"),
        ("in 2010-11", None, "Apr 2010-Mar 2011"),  # no country known: the UK's April year, as before
    ],
)
def test_a_split_year_is_read_from_the_words_next_to_it_and_the_outlets_country(phrase: str, country: str | None, label: str) -> None:
    period = parse_time(phrase, None, country)
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    ("phrase", "country", "label"),
    [
        ("the 2004/05 Premier League season", None, "Aug 2004-Jul 2005"),  # a competition's name between the years and "season"
        ("in the 2019/20 Champions League season", None, "Aug 2019-Jul 2020"),
        ("the 2010-11 NBA season", "US", "Aug 2010-Jul 2011"),
        ("the 2008-09 UEFA Champions League season", None, "Aug 2008-Jul 2009"),
        ("the 2010-11 Federal budget", "US", "Oct 2010-Sep 2011"),
        ("in 2010-11 the club's season", "US", "2010-2011"),  # lower-case words between: no name, no word next to the years
    ],
)
def test_a_proper_name_between_a_split_year_and_its_word_keeps_the_word(phrase: str, country: str | None, label: str) -> None:
    from helpers.periods import find_period

    read = parse_time(phrase, None, country)
    assert read is not None and read.label == label
    if country is None:
        found = find_period(phrase)
        assert found is not None and found.label == label


@pytest.mark.parametrize(
    ("address", "country"),
    [("https://www.bbc.co.uk/news/uk-1", "GB"), ("https://www.abc.net.au/news/x", "AU"), ("https://example.com/a", None),
     ("../shared/seeds/000.txt", None), ("", None)],
)
def test_the_outlets_country_is_read_from_its_web_address(address: str, country: str | None) -> None:
    from helpers.dataset import country_of_address

    assert country_of_address(address) == country


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("CLEVELAND, Ohio – The county will spend $4 million on roads, officials said.", "US"),
        ("Dekalb, Ill. — The college raised fees by 5% for the 2010-11 year, it said.", "US"),
        ("SIOUX FALLS, S.D. (AP) - Prices rose 3% in the year, the state said.", "US"),
        ("TBILISI, Georgia — Georgia's budget grew 5%, the ministry said.", None),  # a country, no US state
        ("NEW YORK (Reuters) - Shares rose 2% on Tuesday.", None),  # a city alone: where the story was filed, not the outlet's country
        ("LONDON — Prices rose 2% in 2010-11.", None),
        ("Paris, Texas is a small town whose budget grew 5%.", None),  # no dateline's dash: a sentence
    ],
)
def test_a_pasted_pages_dateline_with_a_us_state_says_its_outlet_is_american(opening: str, country: str | None) -> None:
    # AP-style datelines ("CLEVELAND, Ohio –") are the US press's own; a city alone is where the story was filed
    # (webbench tune: "MADRID" on a Canadian site, "VIENNA" on an American one, "NEW YORK (Reuters)")
    from helpers.page_facts import dateline_country

    assert dateline_country(opening) == country


def test_a_pasted_american_story_reads_its_split_year_as_the_american_press_writes_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers.dataset import load

    page = tmp_path / "paste.txt"
    page.write_text("County budget grows\n\nCLEVELAND, Ohio – The county spent $4 million on roads in 2010-11, officials said on "
                    "Tuesday, and will spend more next year.\n\nThe council said the roads needed work.\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert data.country == "US"
    assert parse_time("in 2010-11", country=data.country).label == "2010-2011"  # no financial year without a word
