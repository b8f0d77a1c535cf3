"""Periods on a real time axis: prose and data periods as day intervals, partial periods apart."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from helpers import charts, timeline
from helpers.periods import find_period, parse_period


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("in 2022", "2022", "a full year"),
        ("By early 2024", "2024", "a full year"),
        ("in the first nine months of 2023", "Jan-Sep 2023", "9 months, year to date"),
        ("January–September 2023", "Jan-Sep 2023", "9 months, year to date"),
        ("Jan-Sep 2023", "Jan-Sep 2023", "9 months, year to date"),
        ("in the year to September 2023", "Oct 2022-Sep 2023", "a year from October"),  # the twelve months to it (round 33)
        ("the third quarter of 2023", "Q3 2023", "a quarter"),
        ("Q2 2023", "Q2 2023", "a quarter"),
        ("2023Q4", "Q4 2023", "a quarter"),
        ("the first half of 2023", "Jan-Jun 2023", "6 months, year to date"),
        ("H2 2022", "Jul-Dec 2022", "6 months"),
        ("in March 2023", "Mar 2023", "a month"),
        ("between 2019 and 2021, from 2019-21", "2019", "a full year"),
        ("2019-21", "2019-2021", "3 full years"),
    ],
)
def test_periods_named_in_prose(text: str, label: str, span: str) -> None:
    period = find_period(text)
    assert period is not None and (period.label, period.span) == (label, span)


@pytest.mark.parametrize("text", ["", None, "last year", "the 1990s", "10 years", "$200 billion", "page 12345"])
def test_prose_without_a_period(text: object) -> None:
    assert find_period(text) is None


@given(st.text(max_size=60))
def test_any_prose_gives_a_period_or_none(text: str) -> None:
    period = find_period(text)
    assert period is None or period.start <= period.end


def test_year_to_date_is_a_partial_period() -> None:
    ytd = parse_period("2023-01/2023-09")
    assert ytd.partial and ytd.year_to_date and ytd.span == "9 months, year to date"
    assert not parse_period("2023-04/2023-09").year_to_date
    assert not parse_period("2023").year_to_date


@pytest.fixture
def record() -> pd.DataFrame:
    return pd.DataFrame({
        "series": ["trade"] * 5,
        "period": ["2019", "2021", "2022", "2023-01/2023-09", "2023"],
        "value": [111e9, 147.2e9, 190.3e9, 176.4e9, 240.1e9],
        "unit": ["USD"] * 5, "note": ["", "", "", "first nine months", ""], "source": ["customs"] * 5,
    })


def test_record_rows_become_intervals_with_whole_years_first(record: pd.DataFrame) -> None:
    rows = timeline.dated(record)
    assert list(rows["label"]) == ["2019", "2021", "2022", "2023", "Jan-Sep 2023"]
    assert list(rows["partial"]) == [False, False, False, False, True]
    nine = rows.iloc[-1]
    assert (nine["start"].date(), nine["end"].date()) == (date(2023, 1, 1), date(2023, 9, 30))


def test_a_gap_in_the_record_breaks_the_line(record: pd.DataFrame) -> None:
    whole = timeline.dated(record)
    whole = whole[~whole["partial"]]
    assert timeline.runs(list(whole["start"].dt.date), list(whole["end"].dt.date)) == [0, 1, 1, 1]


def test_the_record_says_which_periods_it_holds(record: pd.DataFrame) -> None:
    note = timeline.record_note(record)
    assert note.startswith("The record has whole years 2019, 2021, 2022 and 2023")
    assert "Jan-Sep 2023 (9 months, year to date)" in note and "not compared with whole years" in note


def test_the_record_chart_draws_the_partial_period_apart_on_a_date_axis(record: pd.DataFrame) -> None:
    figure = pd.Series({"value": 2e11, "unit": "USD", "per": "year", "surface": "$200 billion a year",
                        "time": "By early 2024"})
    fig = charts.reference_series(record, figure, "summary")
    assert fig.layout.xaxis.type == "date"
    whole = next(t for t in fig.data if t.name == "trade, whole years")
    partial = next(t for t in fig.data if "partial" in t.name)
    assert partial.name == "trade, Jan-Sep 2023 (partial)"
    assert [str(x)[:10] for x in partial.x] == ["2023-01-01", "2023-05-17", "2023-09-30"]
    assert None in whole.x, "2019 and 2021 are not joined across the missing 2020"
    assert all(v is None or v != 176.4e9 for v in whole.y), "the partial period is not on the line of whole years"
    article = next(t for t in fig.data if t.name.startswith("the article"))
    assert str(article.x[0])[:10] == "2024-01-01" and "2024" in article.name
    hovers = " ".join(str(h) for t in fig.data for h in (t.customdata or []))
    assert "$240.1 billion" in hovers and "partial period, 9 months" in hovers and "e+" not in hovers


def test_a_record_of_financial_years_is_said_as_years_from_their_month_not_partial_periods() -> None:
    # user32: a record of financial years read "partial periods: Apr 2003-Mar 2004 (12 months)"
    record = pd.DataFrame({
        "series": ["borrowing"] * 3, "period": ["2003-04/2004-03", "2004-04/2005-03", "2023-01/2023-09"],
        "value": [35e9, 34e9, 1e9], "unit": ["GBP"] * 3,
    })
    assert timeline.record_note(record) == (
        "The record has years that are not calendar years: Apr 2003-Mar 2004 and Apr 2004-Mar 2005 (each a year from April), "
        "and a partial period: Jan-Sep 2023 (9 months, year to date). They are drawn apart and not compared with calendar years."
    )
    assert parse_period("2004-04/2005-03").span == "a year from April"


@pytest.mark.parametrize(
    ("period", "split"), [("2004-04/2005-03", True), ("2004-10/2005-09", True), ("2004", False), ("2004-01/2004-09", False), ("2004-04/2005-02", False)]
)
def test_a_split_year_is_twelve_whole_months_from_a_month_after_january(period: str, split: bool) -> None:
    assert parse_period(period).is_split_year == split


def test_a_financial_year_is_drawn_apart_and_named_as_a_year_from_its_month() -> None:
    record = pd.DataFrame({
        "series": ["borrowing"] * 2, "period": ["2003-04/2004-03", "2004-04/2005-03"], "value": [35e9, 34e9], "unit": ["GBP"] * 2,
    })
    figure = pd.Series({"value": 31e9, "unit": "GBP", "per": None, "surface": "£31bn", "time": "by 2005/06"})
    fig = charts.reference_series(record, figure, "summary")
    names = [t.name for t in fig.data if t.name and t.name.startswith("borrowing")]
    assert names == ["borrowing, Apr 2003-Mar 2004 (a year from April)", "borrowing, Apr 2004-Mar 2005 (a year from April)"]
    assert all("partial" not in str(t.customdata[0]) for t in fig.data if t.name in names)
