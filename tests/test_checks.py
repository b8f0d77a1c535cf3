"""What to check first: computed from an article's tables, each item pointing at its section."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import checks
from helpers.report import front_page
from helpers.dataset import ArticleData, load

from .conftest import BBC, RESOURCES


@pytest.fixture(scope="module")
def seed() -> ArticleData:
    return load()


def _texts(group: checks.Group) -> list[str]:
    return [c.text for c in group.items]


def _record(path: Path, rows: str) -> Path:
    """A reference CSV at `path`: the header every series file starts with, then `rows`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("series,period,value,unit,note,source,url\n" + rows, encoding="utf-8")
    return path


def test_the_seed_first_page(seed: ArticleData) -> None:
    summary = checks.summarize(seed)
    assert summary.headline.startswith("Putin Arrives in Beijing") and summary.outlet == "The Moscow Times"
    assert [c.text.split(":")[0] for c in summary.cut] == [
        "the-moscow-times/support-banner", "the-moscow-times/foreign-agent-appeal", "generic/read-more"]
    record, unsourced, relations, quotes, voices = summary.groups
    assert _texts(record) == [
        "“$200 billion a year” (the countries' trade turnover, by early 2024; according to Vladimir Putin) against China-Russia trade turnover, "
        "$240.1 billion in 2023 (the latest whole year in the record): 17% lower",
    ]
    assert [c.section for c in record.items] == ["04-trade-and-growth-3"]
    # the seed is undated: "55 billion cubic meters a year" and "155 billion cubic meters a year" give no time, so which
    # of the record's years they are is unknown (round 33: they were set against its latest year, 10% higher and "the same")
    assert record.note.startswith("2 figures match a reference series but give no period, and the article's date is unknown")
    assert _texts(unsourced) == ["“two-day” (duration; Putin's visit), “10 years” (duration; Belt and Road Initiative)"]
    assert _texts(relations)[0] == (
        "“55 billion cubic meters a year” (pipeline capacity) is 35% of “155 billion cubic meters a year” (supplies to Europe): "
        "a gap of 100 billion m³ a year"
    )
    assert "implies a start near $125 billion a year" in _texts(relations)[1]
    assert quotes.items == () and quotes.none == "Every quote has a named speaker."
    assert quotes.note == ""  # `"A," Krutikhin said. "B"`: the name beside a split quotation speaks for both halves
    assert _texts(voices)[0].startswith("Mikhail Krutikhin stands behind 3 of 8 figures")
    agreed = [c.text for c in summary.agreements]
    assert not any("EU imports of Russian gas" in t for t in agreed)
    assert any("+63%" in t and "from 2021 to 2023 (whole years): 3 points apart" in t for t in agreed)


def test_every_check_names_a_section_of_the_series(seed: ArticleData) -> None:
    from helpers.report import notebooks, section_titles

    titles = section_titles(notebooks())
    summary = checks.summarize(seed)
    for check in [c for g in summary.groups for c in g.items] + list(summary.cut) + list(summary.agreements):
        assert check.section in titles, check


def test_a_partial_period_never_stands_in_for_a_whole_year(seed: ArticleData, tmp_path: Path) -> None:
    _record(
        tmp_path / "trade.csv",
        "China-Russia trade turnover,2023-01/2023-09,176.4e9,USD,nine months,customs,https://example.org\n",
    )
    disagree, agree = checks.record_checks(seed, tmp_path)
    assert disagree == [] and agree == []


def test_a_figure_is_compared_with_the_record_for_its_own_period(seed: ArticleData, tmp_path: Path) -> None:
    _record(
        tmp_path / "trade.csv",
        "China-Russia trade turnover,2023,240.1e9,USD,,customs,https://example.org\n"
        "China-Russia trade turnover,2024,245e9,USD,,customs,https://example.org\n",
    )
    disagree, _ = checks.record_checks(seed, tmp_path)
    assert disagree[0].text.endswith("$245 billion in 2024: 18% lower")


def test_an_article_with_nothing_to_check_says_so(tmp_path: Path) -> None:
    plain = load(str(RESOURCES / "plain_article.txt"), tmp_path / "processed")
    summary = checks.summarize(plain)
    assert summary.nothing_to_check
    # one line for the figures, not four that contradict each other ("every figure is attributed
    # to a named voice" beside "no figure is attributed to a named voice")
    assert [g.none for g in summary.groups] == [
        "The article states no figures: none to hold against the record, a source or each other.",
        "The article quotes nobody."]


@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present")
def test_a_bbc_article_lists_every_unsourced_figure_once_with_its_sentence(tmp_path: Path) -> None:
    data = load(str(BBC / "politics" / "030.txt"), tmp_path / "processed")
    summary = checks.summarize(data)
    assert summary.headline == data.headline
    body = data.figures[(data.figures["sentence"] >= 0) & data.figures["attributed_to"].isna()]
    items = summary.groups[1].items
    assert sum(c.text.count("” (") for c in items) == len(body) > 0
    assert len(items) == body["sentence"].nunique()
    assert all(c.sentence and c.section == "02-figures-1" for c in items)
    assert summary.groups[1].counted == len(body) > len(items)  # the heading counts figures, not the sentences listing them
    assert f"Figures with no stated source ({len(body)})" in front_page(summary, {}, {})


def test_a_page_with_many_cuts_is_summed_up_by_rule() -> None:
    import pandas as pd

    rows = [{"start": i, "end": i + 1, "rule": rule, "text": f"{rule} item {i}"}
            for i, rule in enumerate(["finder/account"] * 3 + ["finder/after-article"] * 9 + ["finder/footer"])]

    class Page:
        removed = pd.DataFrame(rows)

    lines = [c.text for c in checks.cut(Page())]  # type: ignore[arg-type]
    assert lines[0].startswith("finder/account ×3: “finder/account item 0”") and lines[0].endswith("and 1 more")
    assert lines[1].startswith("finder/after-article ×9") and lines[2] == "finder/footer ×1: “finder/footer item 12”"


def test_quotes_with_no_speaker_are_listed_in_plain_english(tmp_path: Path) -> None:
    text = ("Council rules out library closures\n\n"
            "The council will keep all three libraries open, it was announced on Tuesday.\n\n"
            "The closures were \"a step too far for the town\", according to the decision.\n\n"
            "\"We are delighted that the libraries will stay open for our children,\" one parent said outside.")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    items = [c.text for c in checks.anonymous_quotes(load(str(path), tmp_path / "processed"))]
    # "it was announced": no source at all; "one parent said": a source the text does not name, said as written
    assert items == ["An indirect quote with no speaker", "A direct quote from “one parent”, no one named"]


def test_a_fraction_is_listed_as_a_share(tmp_path: Path) -> None:
    article = tmp_path / "shares.txt"
    article.write_text("Donors\n\nClose to half of the donors are women, and 3 percentage points more than in 2012.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    (item,) = checks.unsourced(data)
    assert "“half” (share" in item.text and "(number" not in item.text
    assert "“3 percentage points” (percentage points" in item.text


def test_a_persons_bare_age_is_listed_as_an_age(tmp_path: Path) -> None:
    article = tmp_path / "ages.txt"
    article.write_text("Crash\n\nLocal builder Tom Lee, 30, and his neighbour Ann Roe, 76, were hurt when 12 cars collided.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    (item,) = checks.unsourced(data)
    assert "“30” (age; Tom Lee)" in item.text and "“76” (age; Ann Roe)" in item.text
    assert "“12 cars” (count" in item.text


@pytest.mark.parametrize(
    ("holder", "time", "expected"),
    [
        ("US", "", "US's share"),
        ("WHO", "", "WHO's share"),
        ("IT", "", "IT's share"),
        ("the US", "", "the US's share"),
        ("The company", "By early 2024", "the company's share, by early 2024"),
    ],
)
def test_a_figure_is_described_with_its_holder_spelt_as_written(holder: str, time: str, expected: str) -> None:
    figure = pd.Series({"subject": "share", "holder": holder, "time": time, "attributed_to": None})
    assert checks._about(figure) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its revenue rose 5% to $3bn in 2023, from $2.8bn a year earlier.",
         "is a change of +7.1% (-12.3% to +27.3% as the figures are rounded); the article states “5%”, within what"),
        ("Its profit rose 15% to $3.20bn from $2.50bn a year earlier.",
         "is a change of +28.0% (+27.5% to +28.5% as the figures are rounded); the article states “15%”, outside what"),
        ("Its sales fell 4.6% to 1,240 cars from 1,300 cars a year earlier.",
         "is a change of -4.6% (-8.5% to -0.4% as the figures are rounded); the article states “4.6%”, within what"),
        ("Its sales fell 20% to 1,240 cars from 1,300 cars a year earlier.",
         "the article states “20%”, outside what the rounding of the figures allows"),
        ("Its sales rose 5% to $3bn from $2.8bn, while its profit fell 10% to $1.08bn from $1.2bn.",
         "is a change of -10.0% (-14.0% to -5.7% as the figures are rounded); the article states “10%”, within what"),
        ("Its share of the market fell by a fifth, from 28% to 22%, in a year.",
         "is a change of -21.4% (-24.6% to -18.2% as the figures are rounded); the article states “a fifth”, within what"),
        ("Its share of the market rose by a quarter, from 20% to 30%, in a year.",
         "the article states “a quarter”, outside what the rounding of the figures allows"),
        ("Its share of the market rose 3 points from 58% to 61% in a year.",
         "is a change of +3.0 percentage points (+2.0 to +4.0 as the figures are rounded); the article states “3” points, within what"),
        ("Its share of the market rose 8 points from 58% to 61% in a year.",
         "the article states “8” points, outside what the rounding of the figures allows"),
        ("Its share of the market rose 3.1% from 28.0% to 31.1% in a year.",
         "not the relative change, but the change in percentage points (+3.1): the article may mean points"),
    ],
    ids=["agrees within rounding", "disagrees", "a fall that agrees", "a fall that disagrees", "two changes, each its percent",
         "a share's fall by a fraction", "a share's rise by a fraction that disagrees", "a share's rise in points",
         "points that disagree", "points written as a percent"],
)
def test_a_stated_change_is_checked_against_its_two_stated_levels(tmp_path: Path, sentence: str, expected: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Harbor Foods results\n\nHarbor Foods reported its results on Monday. {sentence}\n", encoding="utf-8")
    items = [c.text for c in checks.relations(load(str(path), tmp_path / "processed"))]
    assert any(expected in item for item in items), items
    assert not any("implies a start near" in item for item in items)  # the stated start says more than an implied one


def test_a_race_distance_is_no_claim_to_source(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Lee wins in Glasgow\n\nAnn Lee won the 60m in Glasgow on Saturday. "
                    "She ran 7.12 seconds, her best time in three years.\n", encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert "event" in data.figures.set_index("surface").loc["60m", "flags"]
    listed = " ".join(c.text for c in checks.unsourced(data))
    assert "60m" not in listed and "7.12 seconds" in listed


def test_the_record_is_held_only_against_a_figure_of_its_own_places_and_periods(tmp_path: Path) -> None:
    """A figure of another country pair, of a part of a year or of a year the record does not reach is
    not "borne out" or not by the record; a growth stated from a year is checked over that span."""
    _trade_record(tmp_path / "ref")
    path = tmp_path / "article.txt"
    path.write_text(
        "Trade hits a record\n\n"
        "Trade between Russia and China reached $240bn in 2023, up 26% from 2022, customs data showed on Friday.\n\n"
        "China's trade with the United States fell to $575bn in 2023, and China-India trade reached $136bn.\n\n"
        "In the first half of 2023 trade turnover between Russia and China was $114.5bn.\n\n"
        "Back in 2017, trade between Russia and China was $84bn.\n\n"
        "China's trade with Russia, which the United States has criticised, reached $240bn in 2023.\n",
        encoding="utf-8",
    )
    disagree, agree = checks.record_checks(load(str(path), tmp_path / "processed"), tmp_path / "ref")
    assert disagree == []
    assert [c.text.split(" against ")[0].lower() for c in agree] == [
        "“$240bn” (russia and china's trade, in 2023)", "“26%” growth (russia and china's trade, in 2023)",
        "“$240bn” (china's trade, in 2023)"]  # a place in an aside is not the figure's
    assert "from 2022 to 2023 (whole years)" in agree[1].text


def _trade_record(folder: Path) -> Path:
    """China-Russia trade turnover for 2019 and 2021-2023, as a reference folder holds it."""
    _record(folder / "trade.csv", "".join(f"China-Russia trade turnover,{year},{value}e9,USD,,customs,https://example.org\n"
                                          for year, value in [(2019, 111), (2021, 147.2), (2022, 190.3), (2023, 240.1)]))
    return folder


@pytest.mark.parametrize(
    "body",
    [
        # a series of two places is the record only for an article that speaks of both: Chinese goods
        # in a story about American tariffs are no part of China's trade with Russia
        "Beijing wants the tariffs on some $156bn of Chinese consumer goods cancelled, two people briefed on the talks said.\n\n"
        "Talks between the United States and China resume next week.",
        # a place the figure's subject names (Kazakhstan) is not one of the series' places
        "China's trade with Kazakhstan reached $5.4bn in 2019.\n\n"
        "Russia and China compete for influence in Central Asia.",
    ],
)
def test_a_series_of_two_places_is_no_record_for_a_figure_of_other_places(tmp_path: Path, body: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Trade news\n\n" + body + "\n", encoding="utf-8")
    disagree, agree = checks.record_checks(load(str(path), tmp_path / "processed"), _trade_record(tmp_path / "ref"))
    assert (disagree, agree) == ([], [])


def test_the_record_after_the_article_was_written_is_never_held_against_it(tmp_path: Path) -> None:
    # a 2019 story's figure with no period of its own is not "contradicted" by what trade did in 2023
    path = tmp_path / "article.html"
    path.write_text(
        "<html><head><title>Trade news</title><meta property='article:published_time' content='2019-05-10'></head>"
        "<body><article><h1>Trade news</h1><p>Trade turnover between Russia and China stood at about $107bn, "
        "customs officials in Beijing said on Friday, as the two countries agreed new rail links.</p>"
        "<p>Officials from both countries met in Moscow to sign the agreement, which runs for ten years.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    data = load(str(path), tmp_path / "processed")
    assert data.year == 2019
    disagree, agree = checks.record_checks(data, _trade_record(tmp_path / "ref"))
    assert [c.text for c in disagree + agree if "2023" in c.text or "2022" in c.text or "2021" in c.text] == []


def test_figures_a_series_measures_for_no_whole_period_are_not_called_unmeasured(tmp_path: Path) -> None:
    # the first page must not say "no reference series measures its figures" while page 04 draws one
    path = tmp_path / "article.txt"
    path.write_text("Trade news\n\nIn the first half of 2023 trade turnover between Russia and China was $114.5bn.\n",
                    encoding="utf-8")
    summary = checks.summarize(load(str(path), tmp_path / "processed"), _trade_record(tmp_path / "ref"))
    (record,) = [g for g in summary.groups if g.title == "Figures the record does not bear out"]
    assert record.items == () and record.none.startswith("1 figure matches a reference series, but the record holds no period to set it against")


def test_a_rate_in_percent_is_held_against_a_series_of_that_rate(tmp_path: Path) -> None:
    # a level in percent (a rate, a share) is checked like a level in money; a change in percent is not
    _record(
        tmp_path / "ref" / "jobs.csv",
        "US unemployment rate,2016-01,4.9,percent,,BLS,https://example.org\n"
        "US unemployment rate,2016-02,4.9,percent,,BLS,https://example.org\n",
    )
    path = tmp_path / "article.txt"
    path.write_text("Jobs report\n\nThe US unemployment rate fell to 4.7 percent in January 2016, the Labor Department said. "
                    "Wages rose 2.5 percent over the year.\n", encoding="utf-8")
    disagree, agree = checks.record_checks(load(str(path), tmp_path / "processed"), tmp_path / "ref")
    (check,) = disagree
    assert check.text.startswith("“4.7 percent” (US's unemployment rate, in January 2016")
    assert check.text.endswith("against US unemployment rate, 4.9% in Jan 2016: 0.2 points lower")
    assert agree == []


def _dated_article(folder: Path, body: str, published: str | None) -> ArticleData:
    meta = f"<meta property='article:published_time' content='{published}'>" if published else ""
    path = folder / "article.html"
    path.write_text(
        f"<html><head><title>Trade news</title>{meta}</head><body><article><h1>Trade news</h1><p>{body}</p>"
        "<p>Officials from both countries met in Moscow to sign the agreement, which runs for ten years.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return load(str(path), folder / "processed")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a month ("last October", written in March 2024: October 2023) is not held against a whole year
        ("Trade turnover between Russia and China reached $24bn last October, customs officials said.", "2024-03-07", []),
        # "last year" with no date to count from is no period: not the record's latest year, whatever it is
        ("Trade turnover between Russia and China reached $190bn last year, and is expected to reach $300bn by 2030, "
         "customs officials said.", None, []),
        # with the date, "last year" is 2023: its own period, not "the latest whole year in the record"
        ("Trade turnover between Russia and China reached $240bn last year, customs officials said.", "2024-03-07",
         ["China-Russia trade turnover, $240.1 billion in 2023: the same to the nearest percent"]),
    ],
)
def test_a_relative_time_is_checked_only_for_the_period_it_names(tmp_path: Path, body: str, published: str | None,
                                                                 expected: list[str]) -> None:
    data = _dated_article(tmp_path, body, published)
    disagree, agree = checks.record_checks(data, _trade_record(tmp_path / "ref"))
    assert [c.text.split(" against ")[-1] for c in disagree + agree] == expected


def test_a_rate_is_checked_against_a_series_of_that_rate_and_said_with_it(tmp_path: Path) -> None:
    _record(
        tmp_path / "ref" / "wages.csv",
        "Adult minimum wage,2005,4.85,GBP/hour,,LPC,https://example.org\n"
        "Minimum wage bill,2005,4.85e9,GBP,,LPC,https://example.org\n",
    )
    data = _dated_article(tmp_path, "Adults must be paid a minimum wage of at least £5.05 an hour, the Low Pay Commission said.", "2006-02-24")
    disagree, agree = checks.record_checks(data, tmp_path / "ref")
    assert [c.text.split(" against ")[-1] for c in disagree + agree] == [
        "Adult minimum wage, £4.85 an hour in 2005 (the latest whole year in the record): 4% higher"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a figure with no period of its own: the latest financial year that ended before the article was written
        ("Public borrowing stood at £35bn, the Treasury said.",
         ["Public sector net borrowing, £34 billion in Apr 2004-Mar 2005 (the latest whole year in the record): 3% higher"]),
        # a split year is checked against the same financial year, not two calendar years
        ("Public borrowing is tipped to fall to £31bn by 2005/06, the Treasury said.",
         ["Public sector net borrowing, £32 billion in Apr 2005-Mar 2006: 3% lower"]),
        # a rate in force over a year from October holds in its first month
        ("Adults must be paid a minimum wage of at least £5.05 an hour from October 2005, the Low Pay Commission said.",
         ["Adult minimum wage, £5.05 an hour in Oct 2005-Sep 2006: the same to the nearest percent"]),
    ],
)
def test_a_record_of_financial_years_and_rates_is_checked_for_the_figures_period(tmp_path: Path, body: str, expected: list[str]) -> None:
    _record(
        tmp_path / "ref" / "finances.csv",
        "Public sector net borrowing,2003-04/2004-03,35e9,GBP,,ONS,https://example.org\n"
        "Public sector net borrowing,2004-04/2005-03,34e9,GBP,,ONS,https://example.org\n"
        "Public sector net borrowing,2005-04/2006-03,32e9,GBP,,ONS,https://example.org\n"
        "Adult minimum wage,2004-10/2005-09,4.85,GBP/hour,,LPC,https://example.org\n"
        "Adult minimum wage,2005-10/2006-09,5.05,GBP/hour,,LPC,https://example.org\n",
    )
    data = _dated_article(tmp_path, body, "2005-12-05")
    disagree, agree = checks.record_checks(data, tmp_path / "ref")
    assert [c.text.split(" against ")[-1] for c in disagree + agree] == expected


def test_an_hourly_rate_off_by_pennies_is_not_borne_out(tmp_path: Path) -> None:
    """review32: "£4.85 an hour" against the record's £5.05 (4% lower) was within the 5% that levels are allowed."""
    _record(
        tmp_path / "ref" / "wages.csv",
        "Adult minimum wage,2005-10/2006-09,5.05,GBP/hour,,LPC,https://example.org\n",
    )
    data = _dated_article(tmp_path, "Adults must be paid a minimum wage of at least £4.85 an hour from October 2005.", "2005-12-05")
    disagree, agree = checks.record_checks(data, tmp_path / "ref")
    assert [c.text.split(": ")[-1] for c in disagree] == ["4% lower"] and agree == []


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("An 8-year-old boy and a man were hurt when 12 cars collided.", "“8-year-old” (age"),
        ("Free places for three and four-year-olds cost the council £5m.", "“four-year-olds” (age"),
        ("Voters aged 18 to 24 were polled on 12 May about a £5m plan.", "“18 to 24” (age"),
    ],
    ids=["an age written with its noun", "a group's age", "an age range"],
)
def test_an_age_written_in_years_is_listed_as_an_age_not_a_duration(tmp_path: Path, sentence: str, listed: str) -> None:
    article = tmp_path / "ages.txt"
    article.write_text(f"Crash\n\n{sentence}\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    text = " ".join(item.text for item in checks.unsourced(data))
    assert listed in text and "(duration" not in text


def test_a_named_poll_is_a_source_on_the_first_page(tmp_path: Path) -> None:
    """user33: the first page said the quotes and figures of "the Quinnipiac poll" had no source."""
    article = tmp_path / "poll.txt"
    article.write_text("Lee leads\n\nA Marist poll released Tuesday shows 33 percent back Lee. "
                       "Ray has 22 percent in the latest Quinnipiac poll.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    assert checks.unsourced(data) == [] and checks.anonymous_quotes(data) == []
    voices = " ".join(_texts(checks.summarize(data).groups[-1]))
    assert "Marist poll stands behind" in voices and "Quinnipiac poll stands behind" in voices


def test_the_check_and_the_record_summary_read_the_figures_period_alike(tmp_path: Path) -> None:
    # "the year to September 2023" is the twelve months to it for both: the check once read it as Jan-Sep
    from helpers import reference

    _record(
        tmp_path / "ref" / "trade.csv",
        "China-Russia trade turnover,2023-01/2023-09,176.4e9,USD,,customs,https://example.org\n"
        "China-Russia trade turnover,2022-10/2023-09,230e9,USD,,customs,https://example.org\n",
    )
    data = _dated_article(tmp_path, "Trade turnover between Russia and China reached $230bn in the year to September 2023, "
                          "customs officials said.", None)
    disagree, agree = checks.record_checks(data, tmp_path / "ref")
    assert [c.text.split(" against ")[-1] for c in disagree + agree] == [
        "China-Russia trade turnover, $230 billion in Oct 2022-Sep 2023: the same to the nearest percent"
    ]
    ((match, figure),) = reference.figure_matches(data.figures, "money", tmp_path / "ref", anchor=data.anchor, text=data.text)
    assert "Oct 2022-Sep 2023, the record holds $230 billion in 2022-10/2023-09" in reference.period_summary(match, figure)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # no time and no date: the period is unknown, not the record's latest year borne out
        ("Trade turnover between Russia and China stood at about $240bn, customs officials said.", None, []),
        # "before 2015" is no year: not 2015, nor the latest year before the article was written
        ("Trade turnover between Russia and China stood at about $111bn before 2020, customs officials said.", "2024-03-07", []),
        # with the date, a figure with no time is the latest whole year before it, as before
        ("Trade turnover between Russia and China stood at about $240bn, customs officials said.", "2024-03-07",
         ["China-Russia trade turnover, $240.1 billion in 2023 (the latest whole year in the record): the same to the nearest percent"]),
    ],
)
def test_a_figure_whose_period_is_unknown_is_not_set_against_the_record(tmp_path: Path, body: str, published: str | None,
                                                                       expected: list[str]) -> None:
    data = _dated_article(tmp_path, body, published)
    summary = checks.summarize(data, _trade_record(tmp_path / "ref"))
    (record,) = [g for g in summary.groups if g.title == "Figures the record does not bear out"]
    assert [c.text.split(" against ")[-1] for c in list(record.items) + list(summary.agreements) if "trade turnover" in c.text] == expected
    assert ("the period is unknown" in record.note) == (published is None)
