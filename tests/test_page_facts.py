"""What a copied page says about itself in the furniture cleaning cut: dateline and copyright."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, strategies as st

from helpers.page_facts import byline_name, copyright_owner, parse_date, stated_author, stated_date, stated_outlet
from helpers.segment import segment


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Wednesday 20 November 2019 9:22 am", "2019-11-20"),
        ("Published Nov. 20, 2019 at 6:00 a.m.", "2019-11-20"),
        ("Updated 11:21 pm CST, Tuesday, November 19, 2019", "2019-11-19"),
        ("March 3rd, 2021", "2021-03-03"),
        ("Posted 2019-11-20T10:00:00Z", "2019-11-20"),
        ("29 February 2020", "2020-02-29"),
        ("29 February 2019", None),  # no such day
        ("Updated 12 hours ago", None),  # no whole date: nothing may depend on today
        ("November 2019", None),
        ("21/06/2014 Ann Lee Books, Reviews", "2014-06-21"),  # day first: 21 is no month
        ("06/21/2014", "2014-06-21"),  # month first
        ("06/07/2019", None),  # either way round: not read
        ("31/02/2019", None),
    ],
)
def test_a_dateline_is_read_only_when_it_states_a_whole_date(line: str, date: str | None) -> None:
    assert parse_date(line) == date


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Copyright © 2019 CityAM. Limited", "CityAM"),
        ("© 2023 The Moscow Times", "The Moscow Times"),
        ("© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.", "Guardian News & Media"),
        ("Copyright 2018 NPR. To see more, visit https://www.npr.org.", "NPR"),
        ("© Copyright 2006-2019 The Hill, LLC. All Rights Reserved", "The Hill"),
        ("©2019 Hearst Newspapers Hearst Newspapers", "Hearst Newspapers"),
        ("© 2019", None),
        ("Example Media Advertise with us Jobs @ Example Media © 2019 Example Media, LLC. All Rights Reserved", "Example Media"),
        ("The Daily Example ©", "The Daily Example"),
        ("Copyright © Example Media Group Ltd, Media Centre, Example Way, Exampleton. EX1 2AB UK", "Example Media Group"),
    ],
)
def test_a_copyright_line_names_its_owner(line: str, owner: str | None) -> None:
    assert copyright_owner(line) == owner


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Ann Lee", "Ann Lee"),
        ("By Ann Lee | Example News", "Ann Lee"),
        ("By\xa0Ann LeeStaff Writer", "Ann Lee"),  # a role glued to the name when the page was copied
        ("By Ann LeeEXAMPLENews", "Ann Lee"),
        ("By Tom R. Ash, Example.com", "Tom R. Ash"),
        ("By Ann Lee - Example Science Contributor 2019-11-19T12:48", "Ann Lee"),
        ("By Ann Lee Updated Nov 13, 2019, 10:28am EST", "Ann Lee"),
        ("By Ann Lee November 19, 2019, 07:47 PM EST", "Ann Lee"),
        ("By Ann Lee@ExampleHandle Nov 18, 2019", "Ann Lee"),
        ("BY ANN LEE ON 11/13/19 AT 4:00 PM EST", "Ann Lee"),
        ("By Ann Lee and Tom Ash", "Ann Lee and Tom Ash"),
        ("BY ANN LEE AND TOM ASH", "Ann Lee and Tom Ash"),
        ("By Ann Lee & Tom Ash", "Ann Lee and Tom Ash"),
        ("By Ann McDonald | Example News", "Ann McDonald"),  # a name's own inner capital is no glue
        ("By Lena H. Sun | Example News", "Lena H. Sun"),  # "Sun" ends a name; only a day with a date after it ends one
        ("By Ann March", "Ann March"),
        ("By Jacob Rees-Mogg", "Jacob Rees-Mogg"),
        ("By Mary O'Neil", "Mary O'Neil"),
        ("By Jean-Paul de la Cruz", "Jean-Paul de la Cruz"),
        ("By José Álvarez", "José Álvarez"),
        ("By Dr. Ann Lee", "Ann Lee"),
        ("By Martin Luther King Jr.", "Martin Luther King Jr."),
        ("By Sydney Ember", "Sydney Ember"),  # a given name that is also a place
        ("written by Ann Lee", "Ann Lee"),
        ("By Any Means Necessary", None),  # a title: common words, no given name
        ("By Reuters", None),  # an agency, one word
        ("by India Post News Weekly", None),  # an outlet: a place's name
        ("By Staff Reporter", None),
        ("Tested by: Ann Lee RRP: £23.99", None),  # no byline: "by" is not where the line starts
        ("Ann Lee", None),
    ],
)
def test_a_byline_names_its_writer(line: str, name: str | None) -> None:
    assert byline_name(line) == name


@given(st.text(max_size=120))
def test_any_byline_gives_a_name_or_none(text: str) -> None:
    name = byline_name("By " + text)
    assert name is None or (
        2 <= len(name.split()) and not re.search(r"\d", name) and name.split()[0][:1].isupper()
        and all(w == "and" or w[:1].isupper() or w in ("de", "del", "della", "der", "di", "da", "van", "von", "le", "la", "bin", "al")
                for w in name.split())
    )


def test_the_writer_is_the_byline_nearest_the_article_or_a_bare_name_beside_its_dateline() -> None:
    removed = [
        {"start": 0, "end": 30, "rule": "finder/before-article", "text": "Home\nNews\nSport"},
        {"start": 90, "end": 105, "rule": "finder/before-article", "text": "Ann Lee"},  # a name by the dateline
        {"start": 107, "end": 130, "rule": "finder/date", "text": "November 19, 2019"},
        {"start": 3000, "end": 3020, "rule": "finder/byline", "text": "By Tom Ash"},  # a teaser's byline, far below
    ]
    assert stated_author(removed) == "Ann Lee"
    assert stated_author(removed[:1] + removed[2:]) is None, "a byline past the story names another story's writer"
    near = {"start": 140, "end": 150, "rule": "finder/byline", "text": "By Tom Ash"}
    assert stated_author(removed[:1] + [near] + removed[2:]) == "Tom Ash"
    assert stated_author([{"start": 90, "end": 105, "rule": "finder/before-article", "text": "Ann Lee"}]) is None, "no dateline beside it"
    assert stated_author([{"start": 90, "end": 105, "rule": "finder/before-article", "text": "Sign In"},
                          {"start": 106, "end": 130, "rule": "finder/date", "text": "November 19, 2019"}]) is None


def test_the_dateline_nearest_the_article_wins_over_a_masthead_and_teasers() -> None:
    removed = [
        {"start": 0, "end": 27, "rule": "finder/date", "text": "Monday, November 25, 2019"},  # masthead "today"
        {"start": 28, "end": 400, "rule": "finder/before-article", "text": "Home\nNews\nSport"},
        {"start": 480, "end": 500, "rule": "finder/date", "text": "November 18, 2019"},  # under the headline
        {"start": 3000, "end": 3020, "rule": "finder/date", "text": "May 15, 2017"},  # a teaser's date
        {"start": 3100, "end": 3140, "rule": "generic/copyright", "text": "Copyright © 2019 Example News Ltd"},
    ]
    assert stated_date(removed) == "2019-11-18"
    assert stated_outlet(removed) == "Example News"


def test_a_byline_that_dates_the_story_is_read_when_no_dateline_is() -> None:
    removed = [
        {"start": 0, "end": 30, "rule": "finder/before-article", "text": "Home\nNews\nSport"},
        {"start": 90, "end": 140, "rule": "finder/byline", "text": "By Ann Lee Updated Nov 13, 2019, 10:28am EST"},
    ]
    assert stated_date(removed) == "2019-11-13"


def test_a_copied_page_gives_its_dateline_and_copyright_through_cleaning() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Business", "Weather", "Sign in", "Subscribe"])
    prose = (
        "The council approved a new budget on Tuesday after a long debate about the cost of local services "
        "and the pressure on schools, libraries and the roads that residents use every day."
    )
    page = (f"{menu}\n\nCouncil approves budget after long debate\n\nWednesday 20 November 2019 9:22 am\n\n"
            + "\n\n".join([prose] * 6) + "\n\nShare\n\nTags: Council\n\nCopyright © 2019 Example Gazette Limited\n")
    article = segment(page)
    rows = [{"start": r.start, "end": r.end, "rule": r.rule, "text": r.text} for r in article.removed]
    assert stated_date(rows) == "2019-11-20"
    assert stated_outlet(rows) == "Example Gazette"


@given(st.text(max_size=200))
def test_any_text_gives_a_valid_iso_date_or_none(text: str) -> None:
    found = parse_date(text)
    assert found is None or re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])", found)
    owner = copyright_owner(text)
    assert owner is None or (owner.strip() == owner and 1 <= len(owner.split()) <= 6)


def test_the_first_page_says_where_the_date_and_owner_came_from() -> None:
    from helpers.checks import Summary
    from helpers.report import front_page

    summary = Summary(headline="Council approves budget", outlet=None, published=None, retrieved=None, author=None,
                      cut=(), groups=(), dateline="2019-11-20", copyright="Example <Gazette>")
    html = front_page(summary, {})
    assert "dated 2019-11-20 on the page" in html
    assert "outlet not stated (© Example &lt;Gazette&gt;)" in html, "page text is data: escaped"
    plain = front_page(Summary("A", None, None, None, None, (), ()), {})
    assert "outlet not stated · date not stated" in plain


def test_a_pasted_page_dates_the_article_so_last_year_can_be_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers.dataset import load

    menu = "\n".join(["Home", "News", "Sport", "Business", "Weather", "Sign in", "Subscribe"])
    prose = ("Exports rose to $4bn last year, the ministry said on Tuesday, after a long slump in demand for "
             "the grain that the region grows and ships through its ports every autumn.")
    page = tmp_path / "page.txt"
    page.write_text(f"{menu}\n\nExports recover\n\nWednesday 20 November 2019 9:22 am\n\n" + "\n\n".join([prose] * 6)
                    + "\n\nShare\n\nTags: Trade\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert (data.published, data.year) == ("2019-11-20", 2019)
    plain = tmp_path / "plain.txt"
    plain.write_text("Exports recover\n\n" + prose + "\n", encoding="utf-8")
    assert load(str(plain), tmp_path / "processed").year is None


def test_a_pasted_page_names_its_writer_on_the_first_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers.checks import summarize
    from helpers.dataset import load
    from helpers.report import front_page

    menu = "\n".join(["Home", "News", "Sport", "Business", "Weather", "Sign in", "Subscribe"])
    prose = ("Exports rose to $4bn last year, the ministry said on Tuesday, after a long slump in demand for "
             "the grain that the region grows and ships through its ports every autumn.")
    page = tmp_path / "page.txt"
    page.write_text(f"{menu}\n\nExports recover\n\nBy Ann Lee | Example News\n\nWednesday 20 November 2019 9:22 am\n\n"
                    + "\n\n".join([prose] * 6) + "\n\nShare\n\nTags: Trade\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert data.author == "Ann Lee"
    assert "by Ann Lee" in front_page(summarize(data), {})
    assert data.record["stated"] == {"published": "2019-11-20", "author": "Ann Lee"}, "article.json says it too"
    # data processed before article.json held `stated` still reads the page's writer and date from its cut lines
    older = dataclasses.replace(data, record={key: value for key, value in data.record.items() if key != "stated"})
    assert (older.author, older.published) == ("Ann Lee", "2019-11-20")


@pytest.mark.parametrize(
    ("under", "published", "author"),
    [
        ("By Sam Writer\n12 March 2024", "2024-03-12", None),  # "Writer" is a role: no name, but the date is read
        ("By Ann Lee\n\n12 March 2024", "2024-03-12", "Ann Lee"),
        ("Published 12 March 2024, 10:00 GMT", "2024-03-12", None),
        ("By Ann Lee, Political Correspondent", None, "Ann Lee"),
    ],
    ids=["byline and date lines", "blank lines between", "a date line alone", "a byline alone"],
)
def test_a_plain_paste_reads_the_byline_and_date_under_its_headline_as_metadata(tmp_path, under: str, published: str | None,
                                                                               author: str | None) -> None:  # type: ignore[no-untyped-def]
    # no menus, no furniture: the lines under the first line still sign it, and are no paragraph of the story
    from helpers.dataset import load

    prose = ("Council tax bills will rise by 5% in April, the council said on Tuesday, adding about £90 a year to a "
             "typical bill as the cost of care for older residents keeps climbing.")
    page = tmp_path / "paste.txt"
    page.write_text(f"Council tax to rise by 5%\n{under}\n\n{prose}\n\nThe council said it faced a gap of £12m.\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert (data.headline, data.published, data.author) == ("Council tax to rise by 5%", published, author)
    assert data.text.split("\n\n")[1] == prose


@pytest.mark.parametrize(
    "opening",
    [
        "By Friday, the deal was done.",  # a time, then a sentence: the story's first paragraph
        "By Tuesday night the talks had collapsed.",
        "By Royal Appointment",  # capitalized words that name no person
        "By May, prices had risen",
        "By 2030 the council will spend more",
        "By Popular Demand",  # title-cased words of the lexicon, no name the given-names list lacks
        "By Tuesday Night",
        "By Design",  # one capitalized word that is no outlet
        "By Christmas",
    ],
)
def test_a_short_opening_paragraph_starting_by_is_story_text_not_a_byline(tmp_path, opening: str) -> None:  # type: ignore[no-untyped-def]
    # only a name-shaped line ("By Ann Lee", "By Ann Lee, Political Correspondent") signs a plain paste under its title
    from helpers.dataset import load

    prose = "The council will spend £4m on roads, the mayor said on Tuesday. Spending would rise by 5% next year and more after that."
    page = tmp_path / "paste.txt"
    page.write_text(f"Council approves new budget\n{opening}\n{prose}\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert opening in data.text.split("\n\n")
    assert data.author is None


@pytest.mark.parametrize(
    ("signature", "author"),
    [("By Ann Lee", "Ann Lee"), ("By Ann Lee, Political Correspondent", "Ann Lee"), ("By Ann Lee | Example News", "Ann Lee"),
     ("By Ann Lee and Tom Park", None), ("By Anna van Dam", None),
     # a byline alone on its line whose name the given-names list lacks: an agency, its staff, a name it does not know
     ("By Reuters", None), ("By AFP Staff", None), ("By Ngozi Doe-Okafor", None), ("By Staff Reporter", None),
     ("By Kwame Mensah\n12 March 2024", None)],
)
def test_a_name_shaped_byline_under_the_title_is_still_cut(tmp_path, signature: str, author: str | None) -> None:  # type: ignore[no-untyped-def]
    from helpers.dataset import load

    prose = "The council will spend £4m on roads, the mayor said on Tuesday. Spending would rise by 5% next year and more after that."
    page = tmp_path / "paste.txt"
    page.write_text(f"Council approves new budget\n{signature}\n{prose}\n", encoding="utf-8")
    data = load(str(page), tmp_path / "processed")
    assert data.text.split("\n\n")[1:] == [prose]
    if author is not None:
        assert data.author == author

