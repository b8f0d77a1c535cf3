"""Reference series: matched to figures by unit and subject, summarized in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from helpers import reference
from helpers.dataset import load
from helpers.errors import ArticleError


HEADER = "series,period,value,unit,note,source,url"
"""The columns every reference CSV holds, in the order `reference.load` reads them."""


def _record(folder: Path, name: str, *rows: str) -> Path:
    """A reference CSV in `folder` named `name`, its header and one line per row."""
    path = folder / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _figures(text: str):  # type: ignore[no-untyped-def]
    """The figures table of `text`, as notebooks and `reference.matches` read it."""
    import pandas as pd

    from helpers.figures import figures_of
    from helpers.segment import segment

    return pd.DataFrame([f.to_dict() for f in figures_of(segment(text))])


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load()


def test_seed_figures_find_their_series(seed) -> None:  # type: ignore[no-untyped-def]
    found = {figure["surface"]: match.series for match, figure in
             reference.figure_matches(seed.figures, "quantity") + reference.figure_matches(seed.figures, "money")}
    assert found == {
        "55 billion cubic meters a year": "Power of Siberia 2 design capacity",
        "155 billion cubic meters a year": "EU imports of Russian gas",
        "$200 billion a year": "China-Russia trade turnover",
    }


def test_the_record_is_set_against_the_articles_growth(seed) -> None:  # type: ignore[no-untyped-def]
    (match, figure), = reference.figure_matches(seed.figures, "money")
    percent, years = reference.stated_growth(seed.figures, figure)
    assert (percent, years) == (60.0, 2.0)
    assert reference.growth_summary(match.rows, percent, years) == (
        "China-Russia trade turnover: $147.2 billion in 2021, $240.1 billion in 2023 (+63%), against the article's 60%"
    )


def test_a_users_csv_adds_context_and_a_bad_one_is_refused(seed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _record(
        tmp_path, "pipelines.csv",
        "Pipeline capacity to China,2024,38e9,m**3,Power of Siberia 1,Example,https://example.org",
    )
    found = reference.figure_matches(seed.figures, "quantity", tmp_path)
    assert [m.series for m, _ in found] == ["Pipeline capacity to China"]
    (tmp_path / "broken.csv").write_text("series,value\nx,1\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="broken.csv: .*missing period, unit, note, source, url"):
        reference.load(tmp_path)


def test_no_match_when_units_differ(seed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _record(tmp_path, "tonnes.csv", "Pipeline capacity,2024,5,tonne,,,")
    assert reference.figure_matches(seed.figures, "quantity", tmp_path) == []


def test_bilateral_trade_finds_trade_turnover_and_the_period_that_matches(tmp_path: Path) -> None:
    text = "Headline\n\nIn 2022, the volume of bilateral trade between Russia and China exceeded $190 billion."
    figures = _figures(text)
    record = reference.load()
    (match,) = reference.matches(figures, record)
    assert match.series == "China-Russia trade turnover"
    assert {"trade", "turnover", "russia", "china"} <= set(match.shared)
    assert match.period is not None and match.period.label == "2022"
    assert list(match.same_period["period"]) == ["2022"]
    assert "the record holds $190 billion in 2022" in reference.period_summary(match, figures.iloc[match.figure])


@pytest.mark.parametrize(
    ("sentence", "end", "years"),
    [
        ("Trade reached $240bn in 2023, up 26% from 2022.", 2023, 1),
        ("Exports have doubled since 2019 to $90bn.", 2023, 4),
        ("Profit rose 12% on a year earlier.", 2023, 1),
        ("Sales grew 5% year-on-year.", 2023, 1),
        ("Sales grew 5% to $3bn in 2023.", 2023, None),  # no span stated
        ("Sales grew 5% from 2024 levels.", 2023, None),  # a later year is no start
        ("Trade reached $240bn, up 26% from a year earlier, the fastest growth since 2019.", 2023, 1),  # the first stated
    ],
)
def test_the_span_a_growth_sentence_states(sentence: str, end: int, years: int | None) -> None:
    assert reference.stated_span(sentence, end) == years


def test_a_count_series_matches_counts_and_an_unknown_unit_is_one_clear_error(tmp_path: Path) -> None:
    # a series of things counted ("jobs") is written with the thing as its unit, as figures carry it
    _record(tmp_path, "jobs.csv", "US jobs added,2016-01,151000,jobs,payrolls,BLS,https://example.org")
    text = "Headline\n\nThe US economy added 151,000 jobs in January 2016, the Labor Department said."
    figures = _figures(text)
    (match,) = reference.matches(figures, reference.load(tmp_path))
    assert match.series == "US jobs added"
    # a unit that is neither a currency, a unit of measure nor a plain noun names its file and row
    _record(tmp_path, "rates.csv", "Adult minimum wage,2004,4.85,GBP per hour!,,,")
    with pytest.raises(ArticleError, match=r"rates.csv, row 2: unknown unit 'GBP per hour!'"):
        reference.load(tmp_path)
    # a currency or a scale written as a word is a mistake to name, not a thing counted
    for unit in ("dollars", "usd", "billion"):
        _record(tmp_path, "rates.csv", f"Road repairs,2004,2,{unit},,,")
        with pytest.raises(ArticleError, match=rf"rates.csv, row 2: unknown unit '{unit}'"):
            reference.load(tmp_path)


def test_a_plural_in_the_article_finds_a_series_named_in_the_singular(tmp_path: Path) -> None:
    _record(tmp_path, "wages.csv", "UK minimum wage adult rate,2004,4.85,GBP,,LPC,https://example.org")
    text = "Headline\n\nThe minimum wage for adults rose to £4.85 in 2004, the Low Pay Commission said."
    figures = _figures(text)
    (match,) = reference.matches(figures, reference.load(tmp_path))
    assert {"adult", "wage"} <= set(match.shared)


@pytest.mark.parametrize("time", ["last year", "last October", "this month", "next June"])
def test_a_relative_time_is_left_relative_when_the_articles_date_is_unknown(time: str) -> None:
    # a forecast "by 2030" is no date to count "last year" from (user32: "last October" was read as October 2030)
    figures = _figures(
        f"Headline\n\nTrade between Russia and China reached $190bn {time}, and officials expect trade turnover to reach $300bn by 2030."
    )
    match = next(m for m in reference.matches(figures, reference.load()) if figures.iloc[m.figure]["time"] == time)
    assert match.period is None
    assert reference.period_summary(match, figures.iloc[match.figure]) == (
        f"The article's “{time}” cannot be placed in time without the date it was written; the record runs 2019 to 2023."
    )


@pytest.mark.parametrize(("time", "label"), [("last year", "2023"), ("last October", "Oct 2023"), ("this month", "Mar 2024")])
def test_a_relative_time_counts_from_the_articles_date(time: str, label: str) -> None:
    from datetime import date

    figures = _figures(f"Headline\n\nTrade between Russia and China reached $190bn {time}.")
    (match,) = reference.matches(figures, reference.load(), anchor=date(2024, 3, 7))
    assert match.period is not None and match.period.label == label


def test_an_articles_date_is_what_its_relative_times_count_from(tmp_path: Path) -> None:
    from datetime import date

    path = tmp_path / "article.html"
    path.write_text(
        "<html><head><title>Trade news</title><meta property='article:published_time' content='2024-03-07'></head>"
        "<body><article><h1>Trade news</h1><p>Trade turnover between Russia and China reached $24bn last October, "
        "customs officials in Beijing said on Friday, as the two countries agreed new rail links.</p>"
        "<p>Officials from both countries met in Moscow to sign the agreement, which runs for ten years.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    data = load(str(path), tmp_path / "processed")
    assert data.anchor == date(2024, 3, 7)
    ((match, figure),) = reference.figure_matches(data.figures, "money", anchor=data.anchor, text=data.text)
    assert match.period is not None and match.period.label == "Oct 2023"


@pytest.mark.parametrize(
    ("surface", "series"),
    [
        ("£5.05 an hour", "UK adult minimum wage"),  # a rate per hour: the series of that rate
        ("£4.85", None),  # no rate written: not the hourly rate's record
        ("£12,000 a year", "UK minimum wage bill per worker"),  # a year's sum: a yearly record, not the hourly rate
        ("1.3 per cent a year", "UK inflation"),  # "percent/year" is a yearly rate, as "per cent a year" is
    ],
)
def test_a_rate_matches_a_series_of_that_rate_when_unit_and_per_unit_agree(tmp_path: Path, surface: str, series: str | None) -> None:
    _record(
        tmp_path, "wages.csv",
        "UK adult minimum wage,2004-10/2005-09,4.85,GBP/hour,,LPC,https://example.org",
        "UK adult minimum wage,2005-10/2006-09,5.05,GBP per hour,,LPC,https://example.org",
        "UK minimum wage bill per worker,2004,11000,GBP,,LPC,https://example.org",
        "UK inflation,2004,1.3,percent/year,CPI,ONS,https://example.org",
    )
    figures = _figures(
        "Headline\n\nAdults must be paid a minimum wage of at least £5.05 an hour from October 2005, up from £4.85. "
        "The minimum wage bill is £12,000 a year per worker. UK inflation ran at 1.3 per cent a year."
    )
    found = {figures.iloc[m.figure]["surface"]: m for m in reference.matches(figures, reference.load(tmp_path))}
    if series is None:
        assert surface not in found or found[surface].series != "UK adult minimum wage"
    else:
        assert found[surface].series == series


def test_a_rate_series_is_read_and_said_with_its_per_unit(tmp_path: Path) -> None:
    _record(
        tmp_path, "wages.csv",
        "UK adult minimum wage,2005-10/2006-09,5.05,GBP/hour,,LPC,https://example.org",
    )
    record = reference.load(tmp_path)
    assert (record["unit"].iloc[0], record["per"].iloc[0]) == ("GBP", "hour")
    figures = _figures("Headline\n\nAdults must be paid a minimum wage of at least £5.05 an hour from October 2005.")
    (match,) = reference.matches(figures, record)
    assert reference.period_summary(match, figures.iloc[match.figure]) == (
        "For the article's “from October 2005”, Oct 2005, the record holds £5.05 an hour in 2005-10/2006-09, "
        "against the article's £5.05 an hour."
    )


@settings(deadline=None)  # the first call builds pint's registry
@example(unit="0/0")  # pint divides numbers it is given: a division by zero is one more unknown unit
@given(st.text(max_size=24))
def test_any_unit_a_user_writes_reads_or_is_one_clear_error(unit: str) -> None:
    try:
        read, per = reference._rate_of(unit, "rates.csv", 2)
    except ArticleError as error:
        assert str(error).startswith("rates.csv, row 2: unknown unit")
        return
    assert read and (per is None or per.isalpha())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month is not its year: the record's 2023 is no value for October 2023
        ("Trade between Russia and China reached $24bn last October.",
         "The record has no value for the article's “last October”, Oct 2023; it holds $240.1 billion in 2023, "
         "which overlaps it but is not the same period."),
        # the year's own row, not the nine months inside it as well
        ("Trade between Russia and China reached $240bn in 2023.",
         "For the article's “in 2023”, 2023, the record holds $240.1 billion in 2023, against the article's $240bn."),
    ],
)
def test_the_record_is_said_for_the_figures_own_period_not_one_that_overlaps_it(text: str, expected: str) -> None:
    from datetime import date

    figures = _figures("Headline\n\n" + text)
    (match,) = reference.matches(figures, reference.load(), anchor=date(2024, 3, 7))
    assert reference.period_summary(match, figures.iloc[match.figure]) == expected


@pytest.mark.parametrize(("country", "label"), [("AU", "Jul 2010-Jun 2011"), (None, "Apr 2010-Mar 2011"), ("US", "2010-2011")])
def test_a_split_year_is_matched_as_the_outlets_country_writes_it(tmp_path: Path, country: str | None, label: str) -> None:
    # "2010-11" in an Australian paper is the financial year from July: the record's row for it, not April's
    _record(
        tmp_path, "spend.csv",
        "Health spending,2010-07/2011-06,5e9,AUD,,Treasury,https://example.org",
    )
    figures = _figures("Headline\n\nHealth spending reached A$5bn in 2010-11, the Treasury said.")
    (match,) = reference.matches(figures, reference.load(tmp_path), country=country)
    assert match.period is not None and match.period.label == label
    said = reference.period_summary(match, figures.iloc[match.figure])
    assert said.startswith("For the article's") == (country == "AU")  # the record's own period, else one that only overlaps it
