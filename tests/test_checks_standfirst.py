"""The first page's checks, the reference comparisons, relations and the corpus counts weigh a standfirst's
figures with the body's: a figure stated only in the summary under the headline is checked like any other,
and one the body states again is one figure, weighed where the body states it."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import checks, query, reference
from helpers.corpus import process_corpus
from helpers.dataset import ArticleData, load

BODY = [
    "The figures were published by the statistics office on Tuesday after a delay of two weeks.",
    "Officials said the jump reflected a fall in the price of fuel and a rise in exports of food.",
    "The opposition called the numbers disappointing and demanded a debate in Parliament next month.",
]
RATE = "The US unemployment rate fell to 4.7 percent in January 2016 as employers kept hiring across the country"
"""A standfirst (pasted text: one sentence of twelve words or more, no full stop) stating a rate a series records."""


def _article(tmp_path: Path, summary: str, body: list[str] = BODY) -> ArticleData:
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(["Unemployment falls again", summary, *body]) + "\n", encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert data.standfirst is not None and data.standfirst[1] == summary
    return data


def _record(tmp_path: Path) -> Path:
    folder = tmp_path / "ref"
    folder.mkdir(exist_ok=True)
    (folder / "jobs.csv").write_text(
        "series,period,value,unit,note,source,url\n"
        "US unemployment rate,2016-01,4.9,percent,,BLS,https://example.org\n",
        encoding="utf-8",
    )
    return folder


def test_a_figure_stated_only_in_the_standfirst_is_held_against_the_record(tmp_path: Path) -> None:
    data = _article(tmp_path, RATE)
    disagree, _ = checks.record_checks(data, _record(tmp_path))
    (check,) = disagree
    assert check.text.startswith("“4.7 percent”") and check.text.endswith("0.2 points lower")
    assert check.sentence == RATE, "the words it came from: the standfirst"


def test_a_standfirst_figure_the_body_states_again_is_checked_once(tmp_path: Path) -> None:
    body = [*BODY, "The US unemployment rate fell to 4.7 percent in January 2016, the Labor Department said."]
    data = _article(tmp_path, RATE, body)
    disagree, _ = checks.record_checks(data, _record(tmp_path))
    (check,) = disagree
    assert check.sentence == body[-1], "weighed where the body states it"
    assert list(data.stated_figures["surface"]).count("4.7 percent") == 1
    assert checks.summarize(data, _record(tmp_path)).figures == len(data.stated_figures)


def test_the_standfirst_s_figures_are_counted_and_listed_on_the_first_page(tmp_path: Path) -> None:
    data = _article(tmp_path, RATE)
    summary = checks.summarize(data, tmp_path / "no-record")
    assert summary.figures >= 1 and not summary.groups[0].title == "Figures", "checks, not 'the body states no figures'"
    unsourced = [c for g in summary.groups if g.title == "Figures with no stated source" for c in g.items]
    assert unsourced[0].sentence == RATE and "“4.7 percent”" in unsourced[0].text, "the standfirst's first, as a reader meets it"


# (standfirst, what the first page must say of the figures it sets against each other)
RELATED = [
    ("Profits rose 12% to £4.2bn in the year to March, from £3.75bn a year earlier, the company said",
     "“£3.75bn” to “£4.2bn”"),
    ("Exports of wine rose to £600m last year, while exports of whisky reached £5.6bn, industry figures show",
     "“£600m” (Exports of wine) is 11% of “£5.6bn”"),
    ("Sales of the company grew 10% to £200m in the last year as its shops reopened across the north",
     "“10%” growth ending at “£200m” implies a start near"),
]


@pytest.mark.parametrize(("summary", "said"), RELATED)
def test_figures_the_standfirst_sets_against_each_other_are_related_and_checked(tmp_path: Path, summary: str, said: str) -> None:
    data = _article(tmp_path, summary)
    own = data.relations[[list(s) == [-1] for s in data.relations["sentences"]]]
    assert len(own), "a relation among the standfirst's own figures"
    assert all("standfirst" in data.figures.iloc[int(i)]["flags"] for i in [*own["left"], *own["right"]])
    found = checks.relations(data)
    assert any(c.text.startswith(said) and c.sentence == summary for c in found), [c.text for c in found]


def test_a_reference_match_keeps_the_figure_s_own_index(tmp_path: Path) -> None:
    data = _article(tmp_path, RATE, [*BODY, "The economy grew by 2% last year."])
    found = reference.figure_matches(data.stated_figures, "percent", folder=_record(tmp_path), anchor=2016, text=data.text)
    ((match, figure),) = found
    assert figure["surface"] == "4.7 percent" and data.figures.iloc[match.figure]["surface"] == "4.7 percent"


def test_the_corpus_counts_a_standfirst_s_figures_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "alone.txt").write_text("\n\n".join(["Unemployment falls again", RATE, *BODY]) + "\n", encoding="utf-8")
    again = [*BODY, "The US unemployment rate fell to 4.7 percent in January 2016, the Labor Department said."]
    (folder / "again.txt").write_text("\n\n".join(["Unemployment falls again", RATE, *again]) + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    process_corpus(str(folder), corpus, progress=False)
    counts = query.run("SELECT article, figures, standfirst FROM articles ORDER BY article", corpus)
    by_article = dict(zip(counts["article"], counts["figures"]))
    assert by_article["alone.txt"] >= 2, "the standfirst's 4.7 percent and January 2016's figures count"
    kinds = query.run(query.KINDS_SQL, corpus)
    percent = int(kinds.loc[kinds["kind"] == "percent", "figures"].iloc[0])
    assert percent == 2, "one in each article: the restated one once"
    about = query.figures_about("unemployment", corpus)
    assert RATE in list(about["sentence_text"]), "a standfirst figure shows the standfirst's words"
