"""Charts: titles state the finding in words computed from the data; article text is escaped."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import charts, wordstats
from helpers.dataset import load
from helpers.display import hover, quantity

from .conftest import RESOURCES


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load()


def test_seed_chart_titles(seed) -> None:  # type: ignore[no-untyped-def]
    comparison = seed.relations[seed.relations["kind"] == "comparison"].iloc[0]
    growth = seed.relations[seed.relations["kind"] == "growth"].iloc[0]
    assert charts.comparison(seed, comparison).layout.title.text == (
        "55 billion m³ a year is 35% of 155 billion m³ a year: a gap of 100 billion m³ a year"
    )
    assert charts.growth(seed, growth).layout.title.text == (
        "A 60% increase ending at $200 billion a year implies a start near $125 billion a year"
    )
    assert charts.voices(seed).layout.title.text == "Alexander Gabuev is quoted most: 122 words in 3 direct quotes"
    assert charts.voices(seed).layout.xaxis.dtick == 1  # whole quotes on the axis, no 0.5 ticks
    assert charts.figures_by_voice(seed).layout.xaxis.dtick == 1
    assert charts.figures_by_voice(seed).layout.title.text == "Mikhail Krutikhin stands behind 3 of 8 figures"


def test_every_figure_point_carries_its_sentence(seed) -> None:  # type: ignore[no-untyped-def]
    fig = charts.figure_positions(seed)
    hovers = [row[2] for trace in fig.data for row in trace.customdata]
    assert any("Krutikhin said" in h for h in hovers)
    assert sum(len(trace.x) for trace in fig.data) == 8
    for trace in fig.data:  # two figures of one kind in one paragraph are two dots, not one hiding the other
        assert len(set(trace.x)) == len(trace.x)
        assert all(abs(x - round(x)) <= 0.4 for x in trace.x)  # each dot stays over its paragraph's number


def test_a_paragraphs_figures_of_one_kind_sit_side_by_side_in_reading_order() -> None:
    group = pd.DataFrame({"paragraph": [3, 3, 3, 0], "start": [90, 10, 50, 5]})
    places = charts._spread(group)
    assert places[3] == 1.0  # alone in its paragraph: on the paragraph's number
    assert places[1] < places[2] < places[0]  # reading order, left to right
    assert places[2] == 4.0 and max(places[:3]) - min(places[:3]) <= 0.8


def test_article_text_in_charts_is_escaped(tmp_path: Path) -> None:
    assert hover('<script>alert(1)</script> "quoted"') == "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"
    xss = load(str(RESOURCES / "xss_article.txt"), tmp_path / "processed")
    title = charts.paragraph_lengths(xss).layout.title.text
    assert "<" not in title
    for trace in charts.figure_positions(xss).data:
        for row in trace.customdata:
            assert "<script" not in row[2] and "<img" not in row[2]


def test_an_article_without_figures_gets_charts_that_say_so(tmp_path: Path) -> None:
    plain = load(str(RESOURCES / "plain_article.txt"), tmp_path / "processed")
    assert charts.figure_positions(plain).layout.title.text == "The article states no figures"
    assert charts.voices(plain).layout.title.text == "Nobody is quoted or cited in this article"
    # a short frame, not a full chart's height of blank page under the message
    assert charts.figure_positions(plain).layout.height < charts.paragraph_lengths(plain).layout.height / 2


@pytest.mark.parametrize(
    ("value", "unit", "per", "text"),
    [(2e11, "USD", "year", "$200 billion a year"), (5.5e10, "meter ** 3", None, "55 billion m³"), (60, "%", None, "60%"),
     (1.2e6, "oil_barrel", "day", "1.2 million barrels a day"), (1500, "RUB", None, "₽1,500"),
     (0.5, "fraction", None, "50% of the whole"), (0.25, "fraction", None, "25% of the whole")],
)
def test_quantities_read_as_people_write_them(value: float, unit: str, per: str | None, text: str) -> None:
    assert quantity(value, unit, per) == text


def test_word_statistics_need_no_download(seed) -> None:  # type: ignore[no-untyped-def]
    top = wordstats.frequencies(seed.text, 5)
    assert top[0] == ("China", 21) and all(w not in ("the", "and", "said") for w, _ in top)
    assert ("trade", "turnover") in wordstats.collocations(seed.text)
    assert all("china" in line.lower() for line in wordstats.concordance(seed.text, "China"))
    tone = wordstats.tone(seed)
    assert len(tone) == 30 and tone["compound"].between(-1, 1).all()


def test_a_short_article_still_gets_its_figure_chart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "short.txt"
    article.write_text("Short story\n\nThe council spent £2m on 40 buses, and 3 more are coming.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    assert len(data.paragraphs) < 3 and len(data.figures) >= 2
    title = charts.figure_positions(data).layout.title.text
    assert title.startswith("Figures cluster in paragraph 1:") or title.endswith("spread through the article")


def test_a_fraction_against_a_percent_is_charted_in_percent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "shares.txt"
    article.write_text("Donors\n\nWomen gave a fifth of all donations this year, compared with just 1 percent in 2010.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    (_, relation), = data.relations[data.relations["kind"] == "comparison"].iterrows()
    fig = charts.comparison(data, relation)
    assert fig.layout.title.text == "20% is 20 times 1%: a gap of 19 percentage points"
    assert list(fig.data[0].y) == pytest.approx([20, 1])  # one scale: not 0.2 beside 1


def test_quotes_with_no_named_speaker_are_not_called_nobody_quoted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers import voices

    article = tmp_path / "bridge.txt"
    article.write_text("Bridge to close\n\nIt was reported that the old bridge would close for three weeks in the spring.\n\n"
                       "Drivers will use the ring road while the work goes on.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    assert data.sources.empty and len(data.quotes) == 1
    assert charts.voices(data).layout.title.text == "No quote has a speaker the article names (1 quote)"
    summary = voices.summary(data.sources, data.quotes)
    assert summary.startswith("No speaker the article names: 0 direct quotes, 1 indirect")
    assert voices.summary(data.sources, data.quotes.iloc[:0]) == "Nobody is quoted or cited in this article."


@pytest.mark.parametrize(
    ("kinds", "title"),
    [
        (["money", "money", "percent"], "Money figures lead: 2 of 3"),
        (["number", "percent"], "Number and percent figures tie: 1 each of 2"),
        (["percent", "money", "money", "percent", "count"], "Money and percent figures tie: 2 each of 5"),
        (["duration", "duration"], "Only duration figures: 2"),
        (["number", "duration", "count"], "Count, duration and number figures tie: 1 each of 3"),
    ],
)
def test_the_kinds_chart_title_names_the_leader_or_a_tie(kinds: list[str], title: str) -> None:
    assert charts._kinds_title(charts._kind_counts(pd.Series(kinds)), len(kinds)) == title


@pytest.mark.parametrize(
    ("voices", "total", "title"),
    [
        ({"Ann Lee": 3, "Bo Chen": 1}, 6, "Ann Lee stands behind 3 of 6 figures"),
        ({"Ann Lee": 1}, 1, "Ann Lee stands behind the only figure"),
        ({"Martin Jol": 1, "Gary Megson": 1}, 2, "Gary Megson and Martin Jol each stand behind 1 of 2 figures"),
        ({}, 4, "The article states all its figures itself"),
    ],
)
def test_the_voices_chart_title_names_every_voice_that_ties(voices: dict[str, int], total: int, title: str) -> None:
    named = pd.Series(voices, dtype=int).sort_index(ascending=False).sort_values(kind="stable")
    assert charts._voices_title(named, total) == title


def test_comparison_bars_say_what_each_figure_measures_and_escape_it(seed) -> None:  # type: ignore[no-untyped-def]
    comparison = seed.relations[seed.relations["kind"] == "comparison"].iloc[0]
    labels = list(charts.comparison(seed, comparison).data[0].x)
    assert labels[0].startswith("pipeline capacity<br>55 billion") and labels[1].startswith("supplies to Europe<br>155 billion")
    row = pd.Series({"surface": "5%", "subject": "<b>sales</b>", "holder": "Acme", "time": "in 2023"})
    assert charts._measured(row) == "Acme &lt;b&gt;sales&lt;/b&gt;, in 2023<br>5%"
    assert charts._measured(pd.Series({"surface": "5%", "subject": None, "holder": float("nan"), "time": None})) == "5%"


@pytest.mark.parametrize(
    ("direct", "mixed", "title"),
    [
        (3, 0, "Ann Lee is quoted most: 40 words in 3 direct quotes"),
        (0, 1, "Ann Lee is quoted most: 40 words in 1 mixed quote"),
        (2, 1, "Ann Lee is quoted most: 40 words in 2 direct and 1 mixed quotes"),
    ],
)
def test_the_quoted_voice_title_counts_the_quotes_its_words_come_from(direct: int, mixed: int, title: str) -> None:
    from types import SimpleNamespace

    sources = pd.DataFrame([
        {"name": "Ann Lee", "kind": "person", "direct": direct, "mixed": mixed, "indirect": 2, "words_quoted": 40},
        {"name": "Bo Chen", "kind": "person", "direct": 0, "mixed": 0, "indirect": 1, "words_quoted": 0},
    ])
    assert charts.voices(SimpleNamespace(sources=sources)).layout.title.text == title  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("articles", "title"),
    [
        ({"Ann Lee": 4, "Bo Chen": 2, "Cy Dow": 1}, "Ann Lee is cited in the most articles: 4"),
        ({"Ann Lee": 1, "Bo Chen": 1, "Cy Dow": 1}, "No source is cited in more than one article (3 cited in one each)"),
        ({"Ann Lee": 3, "Bo Chen": 3, "Cy Dow": 1}, "Ann Lee and Bo Chen are each cited in 3 articles"),
        ({"A A": 2, "B B": 2, "C C": 2, "D D": 2}, "4 sources tie, each cited in 2 articles"),
    ],
)
def test_the_corpus_sources_title_says_who_leads_or_that_they_tie(articles: dict[str, int], title: str) -> None:
    cited = pd.DataFrame([{"name": n, "kind": "person", "articles": a, "quotes": 1} for n, a in articles.items()])
    fig = charts.corpus_sources(cited)
    assert fig.layout.title.text == title
    assert fig.layout.xaxis.dtick == 1  # whole articles on the axis


@pytest.mark.parametrize(
    ("counts", "title"),
    [
        ({"money": 9, "count": 4}, "Money figures lead the corpus: 9 in 3 articles"),
        ({"duration": 28, "count": 28, "money": 21}, "Count and duration figures tie across the corpus: 28 each"),
    ],
)
def test_the_corpus_kinds_title_names_a_tie_instead_of_whichever_sorted_last(counts: dict[str, int], title: str) -> None:
    kinds = pd.DataFrame([{"kind": k, "figures": n, "articles": 3} for k, n in counts.items()])
    assert charts.corpus_kinds(kinds).layout.title.text == title


def test_the_densest_articles_are_named_by_headline_escaped_and_told_apart_by_file() -> None:
    ranked = pd.DataFrame([
        {"article": "001.txt", "headline": "Budget <b>row</b> deepens", "density": 3.6, "figures": 20},
        {"article": "002.txt", "headline": "Budget <b>row</b> deepens", "density": 1.2, "figures": 5},
        {"article": "003.txt", "headline": None, "density": 0.5, "figures": 1},
    ])
    labels = list(charts.corpus_density(ranked).data[0].y)
    assert labels == ["003.txt", "Budget &lt;b&gt;row&lt;/b&gt; deepens · 002.txt", "Budget &lt;b&gt;row&lt;/b&gt; deepens · 001.txt"]


@pytest.mark.parametrize(("names", "title"), [(["Ann Lee"], "1 source is cited, none quoted directly"),
                                                (["Ann Lee", "Bo Chen"], "2 sources are cited, none quoted directly")])
def test_voices_cited_but_never_quoted_are_counted_in_good_english(names: list[str], title: str) -> None:
    from types import SimpleNamespace

    sources = pd.DataFrame([{"name": n, "kind": "person", "direct": 0, "mixed": 0, "indirect": 1, "words_quoted": 0} for n in names])
    assert charts.voices(SimpleNamespace(sources=sources)).layout.title.text == title  # type: ignore[arg-type]


def test_two_poll_shares_are_set_against_each_other_with_their_gap_in_points(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers import checks

    article = tmp_path / "poll.txt"
    article.write_text("Poll\n\nThe survey found that 45% of voters back the plan and 24% oppose it.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    comparison = data.relations[data.relations["kind"] == "comparison"].iloc[0]
    title = charts.comparison(data, comparison).layout.title.text
    assert title.startswith("45% against 24%") and "21 percentage points" in title and "188%" not in title
    assert any("against" in check.text and "188%" not in check.text for check in checks.relations(data))


@pytest.mark.parametrize(
    ("sentence", "title", "bars"),
    [
        ("The index fell 0.36% and the other index rose 0.24% on the day.",
         "a fall of 0.36% against a rise of 0.24%: a gap of 0.6 percentage points", [-0.36, 0.24]),
        ("Crude fell 3.38% while the other benchmark fell 2.74% on the day.",
         "a fall of 3.38% against a fall of 2.74%: a gap of 0.64 percentage points", [-3.38, -2.74]),
    ],
)
def test_two_changes_are_weighed_with_their_direction(tmp_path, sentence: str, title: str, bars: list[float]) -> None:  # type: ignore[no-untyped-def]
    """A fall against a rise is drawn below zero and its gap counts both moves; as sizes alone, a 0.36%
    fall beside a 0.24% rise looked like the larger gain, 0.12 points apart."""
    from helpers import checks

    article = tmp_path / "markets.txt"
    article.write_text(f"Markets\n\n{sentence}\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    comparison = data.relations[data.relations["kind"] == "comparison"].iloc[0]
    chart = charts.comparison(data, comparison)
    assert chart.layout.title.text == title
    assert list(chart.data[0].y) == pytest.approx(bars)
    said = [check.text for check in checks.relations(data)]
    assert any(" against " in text and title.split(": ")[1] in text for text in said), said


def test_a_chart_axis_of_article_words_is_escaped_and_clipped() -> None:
    from helpers.charts import _axis_labels

    long_source = "a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint"
    labels = _axis_labels(['<b onmouseover="x">Acme</b>', long_source, "Ann Lee"])
    assert labels[0].startswith("&lt;b") and "<" not in labels[0]
    assert len(labels[1]) <= 54 and labels[1].endswith("…") and labels[2] == "Ann Lee"
    # two labels clipping to the same words stay whole, so the chart does not merge two voices
    twins = _axis_labels(["the committee on standards in public life of the house", "the committee on standards in public life of the lords"])
    assert twins[0] != twins[1]


def test_paragraph_and_count_axes_of_a_short_article_tick_whole_numbers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a four-paragraph story drew its tone and length bars over ticks 0.5, 1.5, 2.5 ('paragraph 1.5')
    path = tmp_path / "short.txt"
    path.write_text(
        "Council backs new bridge\n\nThe council voted for the bridge on Monday. Residents were pleased.\n\n"
        "The old crossing closed in spring after a flood damaged it badly.\n\n"
        "Work starts next year and the road will reopen soon.\n\nOne trader said the delay had hurt the market.\n",
        encoding="utf-8",
    )
    data = load(str(path), tmp_path / "processed")
    assert charts.paragraph_lengths(data).layout.xaxis.dtick == 1
    scores = pd.DataFrame({"paragraph": [0, 1, 2, 3], "compound": [0.2, -0.4, 0.0, 0.5], "text": ["a", "b", "c", "d"]})
    assert charts.tone(scores, "Tone").layout.xaxis.dtick == 1
    assert charts.word_frequencies([("bridge", 3), ("council", 2), ("road", 1)], "bridge leads").layout.xaxis.dtick == 1


def test_an_article_with_one_figure_says_so_in_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "one.txt"
    article.write_text("One figure\n\nThe council spent £2m on the new road, officials said.\n\nWork starts soon.\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    assert len(data.figures) == 1
    assert charts.figure_positions(data).layout.title.text == "The only figure is in paragraph 1"


def test_count_charts_read_as_words_and_whole_numbers(tmp_path: Path) -> None:
    article = tmp_path / "kinds.txt"
    article.write_text("Kinds\n\nSales rose 5 percentage points to 40% and profits rose $5m.\n\n"
                       + " ".join(f"The council said that the plan {'would take time and ' * (i % 5)}was good for the town." for i in range(30)) + "\n")
    data = load(str(article), tmp_path / "processed")
    kinds = charts.figures_by_kind(data)
    assert "percentage points" in list(kinds.data[0].y) and "percentage_points" not in list(kinds.data[0].y)
    assert list(kinds.data[0].customdata) == ["figure" if n == 1 else "figures" for n in kinds.data[0].x]
    assert "%{x} %{customdata}" in kinds.data[0].hovertemplate  # "money: 1 figure", not "1 figures"
    lengths = charts.sentence_lengths(data)
    assert lengths.layout.yaxis.dtick == 1  # the tallest bin holds a few sentences: whole ticks, never "1, 1, 2"
    assert sum(lengths.data[0].y) == len(data.sentences)  # every sentence in one bin
    assert all(c[1] == ("1 sentence" if n == 1 else f"{n} sentences") for c, n in zip(lengths.data[0].customdata, lengths.data[0].y))


def test_the_corpus_kinds_chart_reads_as_words() -> None:
    kinds = pd.DataFrame({"kind": ["money", "percentage_points"], "figures": [5, 1], "articles": [2, 1]})
    bar = charts.corpus_kinds(kinds).data[0]
    assert list(bar.y) == ["percentage points", "money"]
    assert [list(c) for c in bar.customdata] == [["figure", "1 article"], ["figures", "2 articles"]]


@pytest.mark.parametrize(
    ("compound", "low", "high"),
    [
        ([0.08, 0.74, 0.97, 0.75, 0.93, 0.0, 0.0], 0.0, 0.97),  # a sport draw: every paragraph positive or neutral
        ([-0.44, 0.91, 0.87, -0.07, -0.85, 0.24], -0.85, 0.91),  # the seed's mix
        ([-0.3, -0.6, -0.1], -0.6, 0.0),  # all negative: the axis ends at zero above
        ([0.05, 0.02], 0.0, 0.05),  # faint tone: the bars fill the chart, the axis title keeps the -1 to 1 scale
    ],
    ids=["positive", "mixed", "negative", "faint"],
)
def test_the_tone_axis_ends_just_past_its_longest_bars(compound: list[float], low: float, high: float) -> None:
    """The tone chart drew every article from -1 to 1: a sport report whose bars all stood above zero left the
    lower half of its chart empty. The value axis now ends within about 15% past the longest bar on each side
    that has bars, and at zero on a side that has none."""
    scores = pd.DataFrame({"paragraph": range(len(compound)), "compound": compound, "text": ["words"] * len(compound)})
    axis = charts.tone(scores, "Tone").layout.yaxis
    bottom, top = axis.range
    span = high - low
    assert low - 0.15 * span <= bottom <= low and high <= top <= high + 0.15 * span, (axis.range, low, high)
    assert (bottom == 0) == (low == 0) and (top == 0) == (high == 0)
    assert "-1 to 1" in axis.title.text


def test_a_tone_chart_of_neutral_paragraphs_keeps_the_whole_scale() -> None:
    scores = pd.DataFrame({"paragraph": [0, 1], "compound": [0.0, 0.0], "text": ["a", "b"]})
    assert list(charts.tone(scores, "Tone").layout.yaxis.range) == [-1, 1]
