"""HTML and Markdown: main text and metadata, the same boilerplate rules, no invented dates."""

from __future__ import annotations

import pytest

from helpers.errors import ArticleError
from helpers.extract import html_to_text, markdown_to_text, page_states_date
from helpers.segment import segment

from .conftest import RESOURCES


def _page() -> str:
    return (RESOURCES / "donation_page.html").read_text(encoding="utf-8")


def test_html_main_text_and_metadata() -> None:
    text, meta = html_to_text(_page())
    assert text.startswith("Gas deal stalls as Beijing hesitates\n\nRussia and China failed")
    assert "Home" not in text and "Privacy" not in text
    assert meta["author"] == "Jane Doe"
    assert meta["outlet"] == "Example Times"
    assert meta["published"] is None  # the page states no date, so none is kept


def test_donation_appeal_inside_article_is_cut_by_the_same_rules() -> None:
    text, meta = html_to_text(_page())
    article = segment(text, meta)
    assert [r.rule for r in article.removed] == ["generic/donation-appeal"]
    assert "small favor" not in article.text
    assert len(article.paragraphs) == 3
    assert article.headline is not None and article.headline.text == "Gas deal stalls as Beijing hesitates"


def test_a_date_the_page_states_is_kept() -> None:
    page = _page().replace(
        "</head>", '<meta property="article:published_time" content="2023-10-17T09:00:00Z"></head>'
    )
    _, meta = html_to_text(page)
    assert meta["published"] == "2023-10-17"


@pytest.mark.parametrize(
    ("page", "stated", "expected"),
    [
        ("Published October 17, 2023", "2023-10-17", True),
        ("Published 17 October 2023", "2023-10-17", True),
        ("<time datetime='2023-10-17'>", "2023-10-17", True),
        ("© 2023 Example Times", "2023-01-01", False),
        ("no date here", "2023-10-17", False),
        ("anything", "not a date", False),
    ],
)
def test_page_states_date(page: str, stated: str, expected: bool) -> None:
    assert page_states_date(page, stated) is expected


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Unclosed <b>tags <i>everywhere <div></p></body>",
        "<<<>>> </ </>",
        "<html><head><title>Nothing</title></head><body></body></html>",
    ],
)
def test_malformed_or_empty_html_gives_a_clear_error_or_text(page: str) -> None:
    try:
        text, _ = html_to_text(page)
    except ArticleError as exc:
        assert "\n" not in str(exc)
    else:
        assert text.strip()


def test_markdown_is_reduced_to_plain_paragraphs() -> None:
    md = "# Gas deal stalls\n\n![photo](x.png)\n\nRussia and **China** failed to [agree](http://x) on *price*.\n\n> A quote line.\n"
    assert markdown_to_text(md).split("\n\n") == [
        "Gas deal stalls",
        "",
        "Russia and China failed to agree on price.",
        "A quote line.\n",
    ]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Council [vote](https://example.org/vote_(2021)) delayed", "Council vote delayed"),
        ("See [the film](https://en.wikipedia.org/wiki/Heat_(1995_film)) again.", "See the film again."),
        ("A [link](javascript:alert(1)) here ![map](m(1).png) and more", "A link here  and more"),
        ('Plain [link](http://x "a title") stays plain', "Plain link stays plain"),
    ],
)
def test_a_link_address_with_brackets_inside_leaves_no_stray_bracket(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


_STORY = "".join(
    f"<p>Paragraph {n} of the story tells readers what the council decided about the old building and why "
    f"the decision matters to the people who live in the town and use its services every day.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    ("head", "h1", "headline"),
    [
        # the headline printed on the page, when the social title is a shortened copy of it
        ("<meta property='og:title' content='Church to become police station'>",
         "Church to become police station, council says", "Church to become police station, council says"),
        # a title that carries the site's name loses it
        ("<meta property='og:site_name' content='Town News'><title>Old church sold - Town News</title>",
         "", "Old church sold"),
        # a page whose only <h1> is the site's name keeps the article's title
        ("<meta property='og:title' content='Old church sold to developer'>", "Town News", "Old church sold to developer"),
    ],
)
def test_the_headline_is_the_one_the_page_prints(head: str, h1: str, headline: str) -> None:
    page = (f"<html><head>{head}</head><body><header>{'<h1>' + h1 + '</h1>' if h1 else ''}</header>"
            f"<article>{_STORY}</article></body></html>")
    text, meta = html_to_text(page)
    assert meta["title"] == headline and text.startswith(headline + "\n\n")
