"""Mentions and names: who and what a capitalized run names, from invented sentences."""

from __future__ import annotations

import pytest

from helpers.mentions import mentions, names_in
from helpers.quotes import quotes_of
from helpers.segment import segment


def _mentioned(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.name, m.surface) for m in mentions(segment("Headline here\n\n" + text, tokens=False))]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(segment("Headline here\n\n" + text, tokens=False))]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # an office word before one common word the text calls no one: a company, not a titled person
        ("Looking ahead, Home Depot sees costs falling this year.", [("Home Depot", "organization")]),
        ("General Motors said it would shut two plants next year.", [("General Motors", "organization")]),
        ("General Mills announced results on Friday.", [("General Mills", "organization")]),
        ("General Electric shares fell. General Electric said it would sell a unit.", [("General Electric", "organization")]),
        # a titled person stays the person
        ("General Petraeus said the new plan would work.", [("Petraeus", "person")]),
        ("Chancellor Brown said the economy was strong. Mr Brown then left the room.", [("Brown", "person")]),
        ("President Trump said he would veto the bill.", [("Trump", "person")]),
        ("Home Secretary Jack Straw said the law was fair.", [("Jack Straw", "person")]),
        ("Lord Goldsmith said the advice was sound.", [("Goldsmith", "person")]),
    ],
)
def test_a_company_named_with_an_office_word_is_no_person(text: str, wanted: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(text) == wanted


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Voters will go to the polls at the General Election in May.", "Election"),
        ("The Vice President was not there on Monday.", "President"),
        ("She moved to the Queen City in 2010.", "City"),
    ],
)
def test_a_thing_named_with_an_office_word_is_no_person(text: str, absent: str) -> None:
    assert not [m for m in _mentioned(text) if m[0] == "person" and m[1] == absent]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a common English word in capitals is a word shouted, no body's letters
        ("The deal is SUPER, he said, and they WILL sign it.", []),
        ("Tell your friends to VOTE on Thursday. WHAT a week it was.", []),
        ("SAVE A LITTLE Put a small sum aside every month.", []),
        # letters a body goes by stay the body, a word or not
        ("The WHO said cases rose, and NATO met in the spring.", [("organization", "WHO"), ("organization", "NATO")]),
        ("The NHS said so, and the AP reported it.", [("organization", "NHS"), ("outlet", "AP")]),
        ("Ann Cole, who runs the Harbour Relief Fund (HOPE), said HOPE had grown.",
         [("person", "Ann Cole"), ("organization", "Harbour Relief Fund"), ("organization", "HOPE"), ("organization", "HOPE")]),
        ("Ann Cole helped found GAIN, a housing rights group based in Leeds.", [("person", "Ann Cole"), ("organization", "GAIN")]),
        ("Teachers in the AFT voted on Monday.", [("organization", "AFT")]),
        # a surname in capitals, of a person the text names in full, is the person
        ("Tom Vance spoke to the host.\n\nVANCE: Well, look, it is fine.", [("person", "Tom Vance"), ("person", "Tom Vance")]),
        # a dateline's place in capitals is a place
        ("MADRID — The minister said the vote would go ahead.", [("place", "Madrid")]),
        ("DAYTON, Ohio, Oct. 4 (UPI) — The mayor said the plant would close.", [("place", "Dayton"), ("organization", "UPI")]),
        ("KENT (AP) — The mayor said the plant would close.", [("place", "Kent"), ("outlet", "AP")]),
        ("PORT ELLEN — The mayor said the plant would close.", [("place", "Port Ellen")]),
        # a body opening a paragraph before a dash is no dateline
        ("NATO — the alliance — met on Monday.", [("organization", "NATO")]),
    ],
)
def test_capitals_name_a_body_only_when_they_are_no_word_shouted(text: str, wanted: list[tuple[str, str]]) -> None:
    assert [(kind, name) for kind, name, _ in _mentioned(text)] == wanted


def test_a_surname_in_a_heading_in_capitals_is_not_read_as_the_person() -> None:
    found = [m for m in _mentioned("Tom Vance spoke to the host on Monday.\n\nWHY VANCE LOST THE VOTE") if m[2] == "VANCE"]
    assert found and all(kind != "person" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a town whose name ends as a paper's does, written with its state, is a place
        ("The shipyard in Harbor News, Va., will hire 200 workers. Harbor News has grown fast.",
         [("place", "Harbor News"), ("place", "Harbor News")]),
        ("A fire in Lake Post, Idaho, shut the road on Monday.", [("place", "Lake Post")]),
        # a paper stays a paper: no state after it, or a "the" before it, or a date after it
        ("He wrote in the Harbor Times that the plan was wrong.", [("outlet", "Harbor Times")]),
        ("He wrote in the Harbor Times, Jan. 5, that the plan was wrong.", [("outlet", "Harbor Times")]),
        ("The Harbor Times, N.D. edition, ran the story.", [("outlet", "Harbor Times")]),
    ],
)
def test_a_town_named_like_a_paper_is_a_place_by_its_state(text: str, wanted: list[tuple[str, str]]) -> None:
    assert [(kind, name) for kind, name, _ in _mentioned(text)] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a dateline is no source: the one the sentence is about speaks, or no one
        ('GREENVILLE — Democratic U.S. Rep. Ann Lorne on Friday pummeled her rival as divisive while praising the mayor '
         'as a "hard worker, not a talker."', [("Ann Lorne", "person"), ("Ann Lorne", "person")]),
        ("KENT (AP) — After boasting for a year about how cheaply he ran his campaign, the senator raised the rent.",
         [(None, "unnamed")]),
    ],
)
def test_a_dateline_is_no_speaker(text: str, wanted: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(text) == wanted


def test_a_role_phrase_points_back_by_an_offices_ending_only() -> None:
    # "the press secretary" and "the secretary" are the office's holder; "the White House", a
    # body his title names, is not
    names = names_in("White House Press Secretary Tom Baxley spoke on Monday.")
    assert names.role("the press secretary") == "Tom Baxley"
    assert names.role("the secretary") == "Tom Baxley"
    assert names.role("the White House") is None
    assert names.role("the press") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a firm's or market's word closing a name of two words or more: a body, whatever word opens it
        ("Harbour Stock Exchange", "organization"),
        ("Hong Kong Stock Exchange", "organization"),  # "Hong" is a given name too
        ("Garden Depot", "organization"),
        ("Kestrel Airways", "organization"),
        # alone, the word is none: a sentence may open with it ("Exchange rates rose")
        ("Exchange", None),
        ("Depot", None),
        # a street's word closing a name: a place, not a person
        ("Downing Street", "place"),
        ("Mercer Road", "place"),
        ("Pelham Square", "place"),
        ("Street", None),
        ("Primates of Park Avenue", None),  # a title of a book or a show: a longer run, or one with "of", is no street
        ("Trump Says People Will Die On The Street", None),
        # a run holding a place of two words is no person, though its first word is a given name
        ("Hong Kong Tramways", None),
        # people stay people
        ("Kelly Lane", "person"),
        ("Jane Doe", "person"),
    ],
)
def test_a_names_last_word_says_a_body_or_a_street(name: str, kind: str | None) -> None:
    from helpers.mentions import classify

    assert classify(name) == kind


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Garden Depot said sales rose in the spring.", [("Garden Depot", "organization")]),
        ("The Harbour Stock Exchange said trading would resume on Monday.", [("Harbour Stock Exchange", "organization")]),
        ("Hong Kong Stock Exchange said trading would resume on Monday.", [("Hong Kong Stock Exchange", "organization")]),
        # a street that speaks is the office it houses, as a capital speaks for its government
        ("Downing Street said the plan was fair.", [("Downing Street", "organization")]),
        ('"The plan is fair," said Downing Street.', [("Downing Street", "organization")]),
    ],
)
def test_a_firm_or_a_street_that_speaks_is_no_person(text: str, wanted: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(text) == wanted


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a name owning a person the article names, right after it: a team, whatever list knows it
        ("Arsenal's Patrick Vieira scored twice. Then Arsenal sold the striker.", ["Arsenal", "Arsenal"]),
        # a plural verb after the name twice, as British English writes a team or a firm
        ("Stockport were beaten on Saturday. The manager said Stockport have lost five in a row.", ["Stockport", "Stockport"]),
        # one plural verb is not enough, and people own aides too
        ("Stockport were beaten on Saturday.", []),
        ("Scott's training partner Maurice Greene won. Adriano's agent Gilmar Rinaldi spoke.", []),
        # the end of a longer name, a list's last name, a sentence-opening common word: no body
        ("Tony Blair and Gordon Brown are close. Gordon Brown have said so, claimed the Tories.", []),
        ('He said: "People are worried. People have told us so."', []),
    ],
    ids=["owns a person", "plural verbs", "one plural verb", "people own aides", "a longer name", "a common word"],
)
def test_a_name_no_list_knows_is_a_body_when_the_article_writes_it_as_one(text: str, bodies: list[str]) -> None:
    found = [name for kind, name, _ in _mentioned(text) if kind == "organization"]
    assert [name for name in found if name not in ("Tories",)] == bodies


def test_a_body_the_article_writes_as_one_speaks_as_an_organization() -> None:
    text = ("Stockport were beaten on Saturday, and Stockport have now lost five in a row. Stockport said the manager "
            "would stay. Arsenal's Patrick Vieira scored twice. Arsenal said the fee was fair.")
    assert sorted(set(_speakers(text))) == [("Arsenal", "organization"), ("Stockport", "organization")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a list after a plural noun of bodies, with a known firm in it: every name is a firm
        ("Shares in casino operators London Clubs International, Rank Group and Stanley Leisure fell.",
         {"Rank Group": "organization", "Stanley Leisure": "organization"}),
        # a firm and a person side by side, with no such noun: each keeps its kind
        ("Acme Group and Stanley Jones were fined on Monday.", {"Acme Group": "organization", "Stanley Jones": "person"}),
    ],
)
def test_names_listed_after_a_plural_noun_of_bodies_are_bodies(text: str, kinds: dict[str, str]) -> None:
    found = {name: kind for kind, name, _ in _mentioned(text)}
    assert {name: found.get(name) for name in kinds} == kinds


@pytest.mark.parametrize(
    ("run", "person"),
    [
        # an office of several words, and a place before it, are not part of the name, though "York" is
        # also a given name and "General" opens a rank's title
        ("New York Attorney General Letitia James", "Letitia James"),
        ("New York City Mayor Michael Bloomberg", "Michael Bloomberg"),
        ("Attorney General Loretta Lynch", "Loretta Lynch"),
        ("General Sir Mike Jackson", "Mike Jackson"),
        ("Liberal Democrat Sarah Teather", "Sarah Teather"),
        # a name that holds an office's word and nothing shorter: kept whole
        ("Martin Luther King", "Martin Luther King"),
    ],
)
def test_the_person_a_titled_run_names_holds_no_office(run: str, person: str) -> None:
    from helpers.mentions import person_in

    assert person_in(run) == person


@pytest.mark.parametrize(
    ("sentence", "speaker", "descriptor"),
    [
        ("New York Attorney General Letitia James said the company had inflated its assets by billions of dollars.",
         "Letitia James", "New York Attorney General"),
        ("Attorney General Loretta Lynch said the inquiry would go on.", "Loretta Lynch", "Attorney General"),
    ],
)
def test_a_speakers_office_before_the_name_is_the_whole_descriptor(sentence: str, speaker: str, descriptor: str) -> None:
    (quote,) = quotes_of(segment("Headline\n\n" + sentence, tokens=False))
    assert (quote.speaker, quote.descriptor) == (speaker, descriptor)
