"""Figures in the standfirst, the summary under a headline: read like the body's, flagged "standfirst",
offsets into the cleaned text, kept with --body-only, and shown as the standfirst's downstream."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import charts, display
from helpers.dataset import load
from helpers.figures import article_figures, figures_of
from helpers.inputs import read_article
from helpers.relations import relate
from helpers.segment import segment

from .conftest import page, plain, run_cli

BODY = [
    "The Treasury confirmed the plan on Tuesday after a week of talks with the Bank of England.",
    "Officials said the extra money would pay for repairs to schools and hospitals across the country.",
    "The opposition called the decision reckless and demanded a vote in Parliament next month.",
]


# (standfirst, surface, what the figure must read: value, unit, and a field of its meaning)
STANDFIRSTS = [
    ("Ministers will borrow £10bn more this year as inflation stays at 2.8 per cent", "£10bn", {"value": 1e10, "unit": "GBP", "holder": "Ministers"}),
    ("Ministers will borrow £10bn more this year as inflation stays at 2.8 per cent", "2.8 per cent", {"value": 2.8, "unit": "%", "subject": "inflation"}),
    ("Council tax in the county is set to rise by 5% from April under plans agreed by councillors", "5%", {"change": "increase by", "subject": "Council tax"}),
    ("About 300 jobs are at risk after the carmaker said it would shut its plant in the north east", "300 jobs", {"value": 300, "qualifier": "about"}),
]


@pytest.mark.parametrize(("summary", "surface", "expected"), STANDFIRSTS)
@pytest.mark.parametrize("form", ["html", "text"])
def test_a_figure_in_the_standfirst_is_read_like_the_body_s_and_flagged(form: str, summary: str, surface: str, expected: dict[str, object]) -> None:
    if form == "html":
        article, _ = read_article(page("Borrowing to rise again", summary, BODY), "html")
    else:
        article = segment(plain("Borrowing to rise again", summary, BODY))
    assert article.standfirst is not None and article.standfirst.text == summary
    (figure,) = [f for f in figures_of(article) if f.surface == surface]
    assert article.text[figure.start : figure.end] == surface, "the offsets underline its words in the cleaned text"
    assert article.standfirst.start <= figure.start < figure.end <= article.standfirst.end
    assert "standfirst" in figure.flags and (figure.sentence, figure.paragraph) == (-1, -1)
    assert {key: getattr(figure, key) for key in expected} == expected
    for key in ("subject", "holder", "time"):
        if getattr(figure, key) is not None:
            assert article.text[getattr(figure, f"{key}_start") : getattr(figure, f"{key}_end")] == getattr(figure, key)


@pytest.mark.parametrize(("summary", "surface", "expected"), STANDFIRSTS)
def test_a_standfirst_figure_means_what_the_same_words_mean_as_the_first_paragraph(summary: str, surface: str, expected: dict[str, object]) -> None:
    as_standfirst = next(f for f in figures_of(segment(plain("Borrowing to rise again", summary, BODY))) if f.surface == surface)
    as_body = next(f for f in figures_of(segment(plain("Borrowing to rise again", summary + ".", BODY))) if f.surface == surface)
    meaning = ("kind", "value", "unit", "change", "qualifier", "subject", "holder", "time")
    assert [getattr(as_standfirst, k) for k in meaning] == [getattr(as_body, k) for k in meaning]


def test_standfirst_figures_come_after_the_body_s_and_before_boilerplate_and_stay_with_body_only() -> None:
    text = plain("Borrowing to rise again", STANDFIRSTS[0][0], [*BODY, "The plan adds £4bn to debt interest.", "Share this article 5 comments"])
    article = segment(text)
    every = figures_of(article)
    body = article_figures(article)
    assert every[: len(body)] == body, "a body figure's index does not depend on the standfirst"
    standfirst = [f for f in every if "standfirst" in f.flags]
    assert [f.surface for f in standfirst] == ["£10bn", "2.8 per cent"]
    assert every[len(body) : len(body) + 2] == tuple(standfirst)
    assert [f for f in figures_of(article, boilerplate=False) if "standfirst" in f.flags] == standfirst, "the standfirst is article text"


def test_an_article_with_no_standfirst_reads_as_before() -> None:
    article = segment("Borrowing to rise again\n\n" + " ".join(BODY) + " It adds £4bn to the bill.")
    assert article.standfirst is None
    assert not any("standfirst" in f.flags for f in figures_of(article))


def test_relations_leave_standfirst_figures_alone() -> None:
    # the standfirst says "£10bn" and the body the same again: no comparison of one figure with itself
    article = segment(plain("Borrowing to rise again", STANDFIRSTS[0][0], ["Ministers will borrow £10bn more, up from £8bn last year.", *BODY]))
    figures = figures_of(article)
    standfirst = {i for i, f in enumerate(figures) if "standfirst" in f.flags}
    assert standfirst
    for relation in relate(article, figures):
        assert relation.kind == "restated" or not {relation.left, relation.right} & standfirst


def test_figures_json_carries_the_standfirst_flag_and_body_only_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], BODY), encoding="utf-8")
    for args in ((), ("--body-only",)):
        result = run_cli("figures", str(path), "--json", *args)
        assert result.returncode == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        money = next(r for r in rows if r["surface"] == "£10bn")
        assert "standfirst" in money["flags"] and money["paragraph"] == -1


def test_the_figures_table_names_the_standfirst_and_shows_its_words(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], BODY), encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert display.flag_words(["standfirst"]) == "in the standfirst"
    shown = display.readable(display.with_sentences(data.figures, data.sentences, standfirst=data.standfirst))
    row = shown[data.figures["surface"] == "£10bn"].iloc[0]
    assert row["flags"] == "in the standfirst"
    assert row["sentence"] == STANDFIRSTS[0][0], "the words it came from, not a blank"
    assert list(display.reading_order(data.figures)["surface"]) == ["£10bn", "2.8 per cent"], "as a reader meets them"


def test_the_position_chart_puts_a_standfirst_figure_before_paragraph_1(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], [*BODY, "The plan adds £4bn to debt interest."]), encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    fig = charts.figure_positions(data)
    places = {surface: x for trace in fig.data for x, (surface, *_) in zip(trace.x, trace.customdata)}
    assert places["£10bn"] < 0.5 < places["£4bn"], "the standfirst comes before paragraph 1"
    assert places["£4bn"] == pytest.approx(len(data.paragraphs))
    assert "standfirst" in list(fig.layout.xaxis.ticktext)
    hovers = [text for trace in fig.data for _, _, text in trace.customdata]
    assert any("Ministers will borrow" in text for text in hovers), "its hover shows the standfirst"


def test_the_figures_notebook_counts_the_standfirst_apart_from_cut_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], [*BODY, "The plan adds £4bn to debt interest."]), encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert display.figures_where(data.figures) == "1 figure in the article body, 2 in the standfirst."


def test_the_report_s_first_page_shows_the_standfirst_and_checks_its_figures(tmp_path: Path) -> None:
    from helpers.checks import summarize
    from helpers.report import front_page

    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], BODY), encoding="utf-8")  # figures in the standfirst alone
    summary = summarize(load(str(path), tmp_path / "processed"))
    page_html = front_page(summary, {})
    assert f'<p class="standfirst">{STANDFIRSTS[0][0]}</p>' in page_html, "under the headline"
    assert "The article states no figures" not in page_html
    assert "The body states no figures" not in page_html, "the standfirst's figures are weighed with the body's"
    assert "“£10bn”" in page_html and summary.figures == 2


def test_a_standfirst_figure_the_body_states_again_is_one_figure_restated_not_a_comparison(tmp_path: Path) -> None:
    body = ["Ministers will borrow £10bn more, up from £8bn last year.", *BODY, "Inflation stayed at 2.8 per cent in May."]
    article = segment(plain("Borrowing to rise again", STANDFIRSTS[0][0], body))
    figures = figures_of(article)
    restated = [(figures[r.left].surface, figures[r.right].surface, figures[r.right].paragraph) for r in relate(article, figures) if r.kind == "restated"]
    assert restated == [("£10bn", "£10bn", 0), ("2.8 per cent", "2.8 per cent", 4)]
    assert all("standfirst" in figures[r.left].flags for r in relate(article, figures) if r.kind == "restated")
    # a figure the body does not state again ("£10bn" against "£12bn") is no restatement
    other = segment(plain("Borrowing to rise again", STANDFIRSTS[0][0], ["Ministers will borrow £12bn more.", *BODY]))
    assert not [r for r in relate(other, figures_of(other)) if r.kind == "restated"]
    # two things that happen to agree ("inflation" in the standfirst, "wages" in the body) are two figures
    agree = segment(plain("Prices rise again as bills climb", "Inflation rose to 3% in May, official figures show, as energy bills climbed again",
                          ["Wage growth rose to 3% over the year to May, the ONS said.", *BODY]))
    assert not [r for r in relate(agree, figures_of(agree)) if r.kind == "restated"]
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[0][0], body), encoding="utf-8")
    table = run_cli("figures", str(path), "--relations")
    assert "restated    £10bn | £10bn  the standfirst's £10bn is stated again in the body, paragraph 1" in table.stdout


def test_a_copied_page_s_standfirst_figure_the_body_states_again_is_stated_once() -> None:
    # a copied page: menus, the title, the summary written as a sentence over its byline and date, the story
    summary = STANDFIRSTS[0][0] + "."
    menu = ["Home", "News", "Business", "Politics", "Sign In", "Subscribe"]
    share = ["Share", "Facebook", "Twitter", "Email"]
    body = ["Ministers will borrow £10bn more, up from £8bn last year, officials said on Tuesday.", *BODY]
    text = "\n".join([*menu, "Borrowing to rise again", summary, "By Jane Example", "12 March 2024, 10:41 GMT", *share, *body, *share])
    article = segment(text)
    assert article.standfirst is not None and article.standfirst.text == summary
    figures = figures_of(article)
    tens = [f for f in figures if f.surface == "£10bn"]
    assert [("standfirst" in f.flags) for f in tens] == [False, True]
    restated = [(figures[r.left].surface, figures[r.right].paragraph) for r in relate(article, figures) if r.kind == "restated"]
    assert ("£10bn", 0) in restated
