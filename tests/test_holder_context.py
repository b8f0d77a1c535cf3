"""Whose a figure is when its own clause names no one: the person a poll opinion is about, the gender
the article gives a person, and the holder that the sentences before carry (table-driven, invented
sentences)."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.holders import Names
from helpers.segment import segment

from .conftest import holder_of


_holder = holder_of  # the holder of the (last) figure written as `surface`, its offsets pointing at it


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Anna Lee gained ground in May. Sixty percent say she is decisive.", "Sixty percent", "Anna Lee"),
        ("Tom Ross had a good week. Nine in 10 voters say they think he could win in November.", "Nine in 10", "Tom Ross"),
        ("Tom Ross had a good week. Thirty percent of those polled would be satisfied if he won.", "Thirty percent", "Tom Ross"),
        ("Tom Ross resigned in May. One in four said he should be back in the cabinet within a year.", "One in four", None),
        ("Tom Ross spoke on Monday. Forty percent said the economy was weak.", "Forty percent", None),
    ],
    ids=[
        "the subject of what a share says",
        "the subject of what a share thinks",
        "the subject of what a share would welcome",
        "what someone ought to do is no opinion of the person",
        "an opinion of no one",
    ],
)
def test_a_poll_share_is_an_opinion_of_the_person_it_is_about(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (
            "Hillary Clinton said she would not debate again. Bernie Sanders said he would stay in the race. "
            "Sanders added that he had raised $5m in a week. "
            "She has a 13-point advantage on competence.",
            "13",
            "Hillary Clinton",
        ),
        (
            "Jill Stein said she would run. Gary Johnson said he would too. Stein said she had polled well. "
            "Johnson said he had not. He won 9 percent in Utah.",
            "9 percent",
            "Johnson",
        ),
    ],
    ids=["'Bernie', which the name list calls female, is 'he' in the article", "the pronouns the article uses"],
)
def test_the_article_says_a_persons_gender(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Anna Lee spoke in Ohio. Some 62 percent of Latino voters said they would definitely vote for Anna Lee.", "62 percent", "Anna Lee"),
        ("Anna Lee spoke in Ohio. But 16 percent of voters still say they don't know enough about Anna Lee to judge.", "16 percent", "Anna Lee"),
    ],
    ids=["'vote for' a person", "'know enough about' a person"],
)
def test_a_poll_share_goes_to_the_person_after_for_or_about(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Anna Lee has gained. And 64 percent call her competent, after 55 percent said so in May.", "55 percent", "Anna Lee"),
        ("Anna Lee has gained. And 64 percent call her competent, down from 70 percent who said the same in May.", "70 percent", "Anna Lee"),
        ("Anna Lee has gained. And 64 percent call her competent. Later, 55 percent said so of Tom Ross.", "55 percent", "Tom Ross"),
        ("Anna Lee has gained. And 64 percent call her competent. Meanwhile 40 percent agree that taxes are too high.", "40 percent", None),
    ],
    ids=[
        "'said so' repeats the share before",
        "'said the same' repeats the share before",
        "an echo that names its own person",
        "agreeing with a statement is no echo",
    ],
)
def test_a_share_that_echoes_an_opinion_is_the_same_persons(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Smaller groups also backed Anna Lee in May. They have spent nearly $80,000 on mailers.", "$80,000", "Smaller groups"),
        ("A new carbon tax rose sharply in 2012. It is now back at 30 dollars a ton.", "30 dollars a ton", None),
        ("A super PAC backing Anna Lee ran ads in May. It is believed more than 270 hunts went out.", "270 hunts", None),
    ],
    ids=["'they' after a plural body", "a thing holds nothing", "an 'it' that stands for nothing"],
)
def test_a_pronoun_opening_a_sentence_stands_for_the_body_before(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [("Headline\n\nSmaller groups backed Anna Lee.", "Smaller"), ("Headline\n\nFewer donors gave $5m to Acme Corp.", "Fewer")],
    ids=["a paragraph's first word", "a paragraph's first word before a name"],
)
def test_a_capital_that_only_opens_a_paragraph_is_no_name(text: str, not_a_name: str) -> None:
    article = segment(text)
    names = Names(article.text, [s.start for s in article.sentences], frozenset({"Anna", "Lee", "Acme", "Corp"}))
    assert not_a_name not in {n.text.split()[0] for n in names.names}


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tom Ross leads on trust, and Anna Lee, who's viewed as honest by 55 percent of voters, trails.", "55 percent", "Anna Lee"),
        ("The poll finds the Green Party's Anna Lee supported by an average of 13 percent across all states.", "13 percent", "Anna Lee"),
        ("Anna Lee spoke. She is seen as competent by nearly 60 percent of independents.", "60 percent", "Anna Lee"),
        ("Anna Lee spoke. The plan was rejected by 60 percent of members.", "60 percent", None),
    ],
    ids=["'who's viewed as ... by' a share", "a person named after a party's possessive, 'supported by'", "a pronoun 'seen as ... by'", "a passive of no opinion verb"],
)
def test_a_share_that_views_or_backs_someone_in_a_passive_is_theirs(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Republican Tom Ross drew $10 million to his super PAC, but he has attracted only $2 million to his campaign.", "$2 million", "Tom Ross"),
        ("Democrat Anna Lee spoke in May. She rose from 40 percent in June to 42 percent in July.", "42 percent", "Anna Lee"),
    ],
    ids=["a party word before a full name: 'he' finds him", "'she' finds a person written after a party word"],
)
def test_a_party_word_before_a_name_says_what_the_person_is(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("About 70% of the ads reserved in December and January in the two states come from outside groups.", "two states", None),
        ("In April, a Reuters/Ipsos poll found by 43%-41% that the public is split.", "41%", None),
    ],
    ids=["months read as a name", "an opening date read as a name"],
)
def test_a_date_is_no_holder(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The new poll has a margin of error of three percentage points.", "three percentage points", "The new poll"),
        ("The poll of 1,000 likely voters, taken Thursday through Monday, has a margin of error of +/-3 percentage points.", "3 percentage points", "The poll"),
        ("The margin of error is plus or minus 4 percentage points.", "4 percentage points", None),
    ],
    ids=["a poll that has a margin of error", "past the poll's sample and field dates", "a margin of error of no one"],
)
def test_a_poll_holds_the_margin_of_error_it_has(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("For Tom Ross, 38% would be scared. Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.", "four in 10", "Tom Ross"),
        ("For Tom Ross, 38% would be scared. Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.", "24%", "Tom Ross"),
        ("For Tom Ross, 38% would be scared. Some 40% have a positive view of the economy.", "40%", None),
    ],
    ids=["a reaction with no object answers the question before", "the shares a colon lists", "a view of something else"],
)
def test_an_opinion_of_a_candidacy_or_a_reaction_is_the_candidates(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tom Ross spoke on Monday. For 24 hours, he drove his followers to donate to his campaign.", "24 hours", "Tom Ross"),
        ("For four years, Anna Lee traveled the globe as a diplomat.", "four years", "Anna Lee"),
        ("For two years, Anna Lee said, the plan had worked.", "two years", None),
    ],
    ids=["'he' acting in the clause a duration frames", "a name acting in the clause a duration frames", "a speaker is no actor"],
)
def test_a_duration_opening_a_sentence_is_its_clauses_actors(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("But Mr Ross's former adviser Tom Hale, now a candidate, said there would be a £35bn gap between the two parties.", "£35bn", None),
        ("In Leeds, Mr Ross's former adviser Tom Hale, now a candidate, said the cost was about £35bn.", "£35bn", None),
    ],
    ids=["the employer of a speaker is a source too", "past the speaker's aside"],
)
def test_whom_a_speaker_works_for_holds_nothing_said(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Anna Lee leads, 59 percent to 28 percent, among voters 45 and older.", "45", "voters"),
        ("The net worth of those nearing retirement — aged 54 to 65 — declined.", "54 to 65", "those nearing retirement"),
        ("The minimum wage is £4.85 per hour for those aged 22 and above.", "22", None),
    ],
    ids=["an age bound after the group", "an age range set off after the group", "'those aged' names no group"],
)
def test_an_age_bound_belongs_to_the_group_it_sorts(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("At the heart of the fight is a $1.1 billion Zika funding bill crafted by the House.", "$1.1 billion", "House"),
        ("Acme Fund raised $16 million, compared with $103 million raised by the pro-Bush Right to Rise.", "$103 million", "Right to Rise"),
        ("The sum includes the £7.4m announced by Chancellor Tom Hale.", "£7.4m", "Tom Hale"),
    ],
    ids=["a bill's maker, not the name that qualifies it", "past a description's adjective", "a person named after a title"],
)
def test_who_makes_or_raises_an_amount_named_after_it_holds_it(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The weather was fine. Acme Corp says its business has tripled over the last three years.", "three years", "Acme Corp"),
        ("Rain fell all day. Zenco keeps its books private but says its trade has doubled over the past two years.", "two years", "Zenco"),
        ("Acme Corp is a small firm. Its business has tripled over the last three years.", "three years", "Acme Corp"),
        ("The weather was fine. Its business has tripled over the last three years.", "three years", None),
    ],
    ids=[
        "a body named in the possessive's own sentence",
        "past a first clause of its own",
        "no name in its own sentence: the topic of the one before",
        "no name anywhere",
    ],
)
def test_a_possessive_framed_by_a_duration_names_the_body_before_it_in_its_sentence(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    "text",
    [
        "Acme makes phones. According to Reuters, its sales hit 4 million.",
        "Acme makes phones. Speaking to Reuters, a spokesman said its sales hit 4 million.",
        "Acme makes phones. Data from Nielsen show its sales hit 4 million.",
        "Acme makes phones. Unlike Samsung, its sales hit 4 million.",
        "Acme makes phones. Mr Smith, a former Google executive, said its sales hit 4 million.",
    ],
    ids=["a source after 'according to'", "an outlet spoken to", "a name after a preposition", "a contrast frame", "a body inside a person's aside"],
)
def test_a_possessive_is_not_given_to_a_name_that_is_no_subject_of_its_clause(text: str) -> None:
    figure = next(f for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False) if f.surface == "4 million")
    assert figure.holder == "Acme"
