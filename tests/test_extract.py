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


_LIBRARY = (
    "The town council voted on Tuesday to sell the old library on Church Street to a housing developer for £1.2m, "
    "ending a two-year dispute over the building's future.",
    "Councillors said the money would pay for repairs to the swimming pool and the leisure centre, which have been "
    "closed since the floods in March.",
    "Residents who had campaigned to keep the library open said they were disappointed and would ask the county to "
    "review the sale.",
    "The developer plans to turn the Victorian building into 14 flats, four of them let at affordable rents, and to "
    "keep its clock tower.",
    "A final decision on the planning application is expected in the spring, when the council's planning committee "
    "next meets.",
)


def _markup(line: str) -> str:
    """A paragraph, or a list's item when the line is written as one ("- ...")."""
    return f"<ul><li>{line[2:]}</li></ul>" if line.startswith("- ") else f"<p>{line}</p>"


def _saved_page(line: str, at: int) -> str:
    """A saved page whose article holds `line` (its paragraphs one a line) before the story's paragraph `at`."""
    paragraphs = [*_LIBRARY[:at], *line.split("\n"), *_LIBRARY[at:]]
    return (
        "<html><head><title>Council sells old library to developer</title></head><body><article>"
        "<h1>Council sells old library to developer</h1>" + "".join(_markup(p) for p in paragraphs) + "</article></body></html>"
    )


def _saved_body(page: str) -> list[str]:
    article = segment(*html_to_text(page), tokens=False)
    return ([article.standfirst.text] if article.standfirst else []) + [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("line", "at"),
    [
        # a promotion shouted in capitals between two paragraphs (a teaser's shape, as on copied text)
        ("GET THE TOWN NEWS APP ON YOUR PHONE BY CLICKING HERE", 3),
        # another story's headline in capitals, a teaser
        ("SCHOOL BUS DRIVER HAILED AS HERO AFTER CRASH ON THE BYPASS", 2),
        # a prompt to follow the outlet, inside the story or closing it
        ("Follow Town News on Instagram, Facebook, Twitter and YouTube.", 2),
        ("Follow Town News on Instagram, Facebook, Twitter and YouTube.", 5),
        # a newsletter's sign-up, addressing the reader
        ("Get the day's top stories delivered to your inbox every morning. Sign up for our newsletter.", 5),
        ("Want more stories like this? Subscribe to the Town News briefing.", 3),
        # a photo's credit and a caption that ends with one
        ("Main image credit: Getty Images", 1),
        ("The library's clock tower, which the developer has promised to keep (Photo: Jane Doe)", 2),
        # another story's headline with its link's label
        ("Leisure centre reopening date set - Read More »", 4),
        # another story's headline under its link's label
        ("[Related: Leisure centre to reopen after flood repairs]", 2),
        ("Related stories: Leisure centre to reopen after flood repairs", 4),
        # a note closing the page: the outlet asking the reader to write in
        ("Have a story for us? We'd like to hear from you: email newsdesk@townnews.example.", 5),
        # the headline printed again over the story, in other capitals
        ("Council Sells Old Library to Developer", 0),
        # a date or a source under the story
        ("Updated at 4:15 p.m.", 5),
        ("Source: Town council", 5),
    ],
)
def test_a_saved_page_loses_the_promotions_in_its_body(line: str, at: int) -> None:
    body = _saved_body(_saved_page(line, at))
    assert line not in body
    assert body == list(_LIBRARY)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        # the story's own sentences that speak of newsletters, signing up, following or clicking
        ("More than 2,000 residents signed up for the library's newsletter last year, the council said.", 5),
        ("Campaigners said people could still sign up for guided tours of the building before it closes.", 3),
        ('"Follow us," the campaign leader told the crowd, before marching them to the town hall.', 2),
        ("Readers of the parish magazine were the first to learn of the sale, in a notice printed on its back page.", 5),
        # the story telling its readers what they can do, or about someone's newsletter: no outlet speaking (review32)
        ("If you are over 65, you can sign up for a free library card at the town hall until March.", 3),
        ("Her newsletter now has 5,000 paying readers, each paying £5 a month to hear about the town.", 3),
        # a subheading in capitals, shorter than a teaser
        ("WHAT HAPPENS NEXT", 4),
        # a time heading a live blog's entry inside the story, and a note of where the story first ran
        ("4:15 p.m.", 3),
        ("Originally published by the Parish Gazette.", 5),
        # a step of the story's own list, worded as a prompt
        ("- Sign up for a new library card with your council tax number before the old building closes", 5),
        # the outlet introducing readers' posts that close the story, one signed with a bare handle
        ("We've gathered some of your reactions for you to read:\nSad day for the town. That library made me a reader.\n@jane_reads", 5),
    ],
)
def test_a_saved_page_keeps_story_lines_that_mention_promotions(line: str, at: int) -> None:
    body = _saved_body(_saved_page(line, at))
    lines = line.split("\n")
    assert [p for p in body if p not in _LIBRARY] == lines
    assert len(body) == len(_LIBRARY) + len(lines)


def test_a_story_sentence_of_reported_speech_above_a_credit_is_no_caption() -> None:
    """review32: any short paragraph over a bare credit line was cut as its photo's caption."""
    body = _saved_body(_saved_page("The flats will cost £3m and should be ready in 2027, the council said.\nPhoto: Reuters", 2))
    assert "The flats will cost £3m and should be ready in 2027, the council said." in body
    assert "Photo: Reuters" not in body


@pytest.mark.parametrize(
    ("markdown", "paragraphs"),
    [
        ("Prices:\n- item one costs £5\n- item two costs £7\n", ["Prices:", "item one costs £5", "item two costs £7\n"]),
        ("Steps:\n\n1. Rates rose 2%.\n2) Jobs fell by 300.\n", ["Steps:", "Rates rose 2%.", "Jobs fell by 300.\n"]),
        ("* one\n  * nested two\n", ["one", "nested two\n"]),
        # a hyphen or number inside a line is no list item
        ("Rates rose - sharply - in 2023.\nThe 3. place went to Lee.\n", ["Rates rose - sharply - in 2023.\nThe 3. place went to Lee.\n"]),
    ],
)
def test_a_markdown_lists_items_are_paragraphs_of_their_own(markdown: str, paragraphs: list[str]) -> None:
    # user34: "- item one costs £5\n- item two costs £7" became one run-on paragraph
    assert markdown_to_text(markdown).split("\n\n") == paragraphs


_POST = (
    "Caching the results of slow database queries is one of the cheapest ways to make a web application feel fast, "
    "and the ledger library makes it almost free to try.",
    "The idea is simple: the first time a query runs, ledger stores its rows in memory with a time limit, and every "
    "later call with the same arguments reads them back instead of asking the database again.",
    "Setting it up takes two steps: wrap the function that runs the query, then choose how long its results may live.",
)
_CODE = (  # a block of code with its braces on lines of their own, as a post on programming shows it
    "function monthlyTotals(accountId) {", "  if (!accountId) {", "    throw new Error('no account');", "  }",
    "  return db.query(QUERY, [accountId]);", "}", "module.exports = {",
    "  totals: ledger.cached(monthlyTotals, { seconds: 60 }),", "};", "describe('totals', function() {",
    "  it('reads the cache', function() {", "    expect(totals(42)).to.equal(totals(42));", "  });", "});",
)
_AFTER_CODE = (
    "Once the function is wrapped, the second call with the same account returns at once, because ledger reads the "
    "cached rows and never reaches the database.",
    "When the time limit passes, the cached rows expire and the next call runs the query again, so the totals are "
    "never older than a minute.",
    "So is caching a silver bullet for a slow application? No, but for queries that run often and change rarely, "
    "ledger is the quickest win there is.",
)


def test_a_saved_posts_prose_after_its_code_stays_in_the_story() -> None:
    """A technical post's story goes on under its code block: the paragraphs after the code have code for
    neighbours, as furniture has, but they speak of the story, and the extractor kept them."""
    code = "<pre><code>" + "\n".join(_CODE * 2) + "</code></pre>"
    page = (
        "<html><head><title>Caching slow queries with ledger</title></head><body><article>"
        "<h1>Caching slow queries with ledger</h1>" + "".join(f"<p>{p}</p>" for p in _POST) + code
        + "".join(f"<p>{p}</p>" for p in _AFTER_CODE) + "</article></body></html>"
    )
    body = _saved_body(page)
    assert body[: len(_POST)] == list(_POST)
    for paragraph in _AFTER_CODE:
        assert paragraph in body


@pytest.mark.parametrize("subheading", ["Response", "Reaction"])
def test_a_saved_storys_one_word_subheading_is_no_comment_section(subheading: str) -> None:
    # "Response" and "Reaction" alone head a story's own section as often as readers' comments; with a
    # number or in the plural they open the comments
    sequel = ("Councillors said the campaign to keep the old library open had been heard, and the council would "
              "review the sale of the library to the developer before the money pays for the swimming pool.")
    page = _saved_page(f"{subheading}\n{sequel}", 3)
    assert sequel in _saved_body(page)
    comments = _saved_page(f"3 {subheading}s\n{sequel}", 3)
    assert sequel not in _saved_body(comments)
