"""Quotes in the standfirst, the summary under a headline: read like the body's, flagged "standfirst",
offsets into the cleaned text, stored after the body's, and shown as the standfirst's downstream."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import checks, display
from helpers.analysis import analyse
from helpers.dataset import load
from helpers.inputs import read_article
from helpers.quotes import quotes_of
from helpers.segment import segment

from .conftest import page, plain, run_cli

BODY = [
    "The Treasury confirmed the plan on Tuesday after a week of talks with the Bank of England.",
    "\u201cWe have listened to the country,\u201d Ann Lee, a Treasury minister, said on Tuesday.",
    "The opposition called the decision reckless and demanded a vote in Parliament next month.",
]


# (standfirst, what the quote must read: kind, speaker, the words reported)
STANDFIRSTS = [
    ("Minister says the plan will cost £5bn, twice what was first promised", ("indirect", "Minister", "the plan will cost £5bn, twice what was first promised")),
    ("The chancellor, Rachel Reeves, said the plan would cost £5bn over five years, as unions warned of cuts",
     ("indirect", "Rachel Reeves", "the plan would cost £5bn over five years")),
    ("Police say a man has been arrested after three people were hurt in a crash on the A1 near Newark",
     ("indirect", "Police", "a man has been arrested after three people were hurt in a crash on the A1 near Newark")),
    ("Economists expect rates to stay at 4% this year, according to a Reuters poll of forty City analysts",
     ("indirect", "a Reuters poll of forty City analysts", "Economists expect rates to stay at 4% this year")),
]
LONG = [row for row in STANDFIRSTS if len(row[0].split()) >= 12]
"""Those long enough for pasted text to hold a standfirst (twelve words or more, one sentence)."""


def _read(form: str, summary: str, body: list[str] = BODY):
    if form == "html":
        article, _ = read_article(page("Borrowing to rise again", summary, body), "html")
        return article
    return segment(plain("Borrowing to rise again", summary, body))


@pytest.mark.parametrize(("summary", "expected"), STANDFIRSTS)
def test_a_quote_in_an_html_standfirst_is_read_and_flagged(summary: str, expected: tuple[str, str, str]) -> None:
    _check_read(_read("html", summary), summary, expected)


@pytest.mark.parametrize(("summary", "expected"), LONG)
def test_a_quote_in_a_pasted_standfirst_is_read_and_flagged(summary: str, expected: tuple[str, str, str]) -> None:
    _check_read(_read("text", summary), summary, expected)


def _check_read(article, summary: str, expected: tuple[str, str, str]) -> None:
    assert article.standfirst is not None and article.standfirst.text == summary
    found = [q for q in analyse(article).quotes if "standfirst" in q.flags]
    kind, speaker, words = expected
    quote = next(q for q in found if q.text == words)
    assert (quote.kind, quote.speaker) == (kind, speaker)
    assert article.text[quote.start : quote.end] == words, "the offsets underline its words in the cleaned text"
    assert article.standfirst.start <= quote.start < quote.end <= article.standfirst.end
    assert (quote.sentence, quote.paragraph) == (-1, -1), "the standfirst is no body sentence or paragraph"


@pytest.mark.parametrize(("summary", "expected"), LONG)
def test_a_standfirst_quote_reads_what_the_same_words_read_as_the_first_paragraph(summary: str, expected: tuple[str, str, str]) -> None:
    as_standfirst = [q for q in analyse(_read("text", summary)).quotes if "standfirst" in q.flags]
    as_body = [q for q in quotes_of(segment(plain("Borrowing to rise again", summary + ".", BODY))) if q.paragraph == 0]
    reading = ("kind", "text", "speaker", "speaker_as_written", "speaker_kind", "cue")
    assert [[getattr(q, k) for k in reading] for q in as_standfirst] == [[getattr(q, k) for k in reading] for q in as_body]


def test_standfirst_quotes_come_after_the_body_s_so_body_indices_do_not_move() -> None:
    article = _read("html", STANDFIRSTS[1][0])
    quotes = analyse(article).quotes
    body = quotes_of(article)
    assert quotes[: len(body)] == body and body, "a body quote's index does not depend on the standfirst"
    assert all("standfirst" in q.flags for q in quotes[len(body) :]) and len(quotes) > len(body)
    assert not any(q.flags for q in body)


def test_an_article_with_no_standfirst_quotes_as_before() -> None:
    article = segment("Borrowing to rise again\n\n" + "\n\n".join(BODY))
    assert article.standfirst is None
    assert analyse(article).quotes == quotes_of(article)


def test_a_standfirst_figure_takes_the_standfirst_quote_s_voice() -> None:
    figures = analyse(_read("html", STANDFIRSTS[1][0])).figures
    money = next(f for f in figures if f.surface == "£5bn")
    assert "standfirst" in money.flags and money.attributed_to == "Rachel Reeves"


def test_a_speaker_first_heard_in_the_standfirst_comes_first_among_the_sources() -> None:
    sources = analyse(_read("html", STANDFIRSTS[1][0])).sources
    assert [(s.name, s.first_paragraph) for s in sources][:2] == [("Rachel Reeves", -1), ("Ann Lee", 1)]


def test_quotes_json_carries_the_standfirst_flag(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[1][0], BODY), encoding="utf-8")
    result = run_cli("quotes", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    reeves = next(r for r in rows if r["speaker"] == "Rachel Reeves")
    assert reeves["flags"] == ["standfirst"] and reeves["paragraph"] == -1
    assert all(r["flags"] == [] for r in rows if r["speaker"] != "Rachel Reeves" and r["paragraph"] >= 0)


def test_the_voices_tables_name_the_standfirst(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[1][0], BODY), encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    shown = display.reading_order(data.quotes)
    assert list(shown["speaker"])[0] == "Rachel Reeves", "the standfirst's quotes first, as a reader meets them"
    places = display.first_heard(data.sources["first_paragraph"])
    assert list(places)[:2] == ["standfirst", 2], "a source first heard in the standfirst, then paragraphs from 1"


def test_a_standfirst_quote_with_no_speaker_is_listed_on_the_first_page(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    summary = "The plan would cost £5bn over five years and the unions have been told to expect cuts, it was said"
    path.write_text(plain("Borrowing to rise again", summary, BODY), encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert data.standfirst is not None
    unnamed = checks.anonymous_quotes(data)
    assert any(c.text.endswith("in the standfirst") for c in unnamed), [c.text for c in unnamed]


def test_the_quotes_table_lists_the_standfirst_s_first_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "borrowing.txt"
    path.write_text(plain("Borrowing to rise again", STANDFIRSTS[1][0], BODY), encoding="utf-8")
    result = run_cli("quotes", str(path))
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    marked = [row.endswith("(in the standfirst)") for row in rows]
    assert "Rachel Reeves" in rows[0] and marked[0] and "Ann Lee" in rows[-1] and not marked[-1]
    assert marked == sorted(marked, reverse=True), "the standfirst's quotes first, then the body's"
