""""They" opening a sentence continues the group of people the sentence before has as its subject
("Paid operatives have been in Iowa for months. They recruited 70 volunteers"): invented sentences (holder26)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("In Ohio, which votes next week, paid campaign operatives have been knocking on doors for months. "
         "They recruited nearly 70 volunteers to join the state council.",
         "70 volunteers", "paid campaign operatives"),
        ("In Ohio, which votes next week, paid campaign operatives have been knocking on doors for months. "
         "They recruited nearly 70 volunteers to join the state council. In May, they held a 300-person rally.",
         "300-person", "paid campaign operatives"),
        ("Five teachers' unions will meet Education Secretary Ann Lee at Labour's conference in Leeds. "
         "They spent £40,000 on the campaign.",
         "£40,000", "Five teachers' unions"),
        ("Acme Corp reported a loss on Monday. Officials met in London. They will spend £5m on a new plant.", "£5m", "Acme Corp"),
        ("Acme Corp sells lamps in Leeds. Prices rose last year. They made £5m from the shops.", "£5m", "Acme Corp"),
    ],
    ids=[
        "the subject after a fronted clause",
        "a 'they' that continues a 'they'",
        "the subject over a name it meets",
        "members who speak for a body are no group",
        "a thing is no group",
    ],
)
def test_they_continues_the_group_the_sentence_before_opens_with(text: str, surface: str, holder: str | None) -> None:
    """Names.find reads a sentence-opening "they"/"their" (past a fronted phrase) as the plural noun phrase of
    people that is the subject of the first finite verb of the sentence before (holders.Names._group_before):
    an agent noun, a person noun's plural, a doer by its form, or one of `plural_people`; not `member_nouns`."""
    check_holder(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ann Lee opened the new plant in Dover on Monday. Local campaigners said they had raised £5,000 to fight it.",
         "£5,000", "Local campaigners"),
        ("Ann Lee opened the new plant in Dover on Monday. Paid organisers said they had raised £5,000 to fight it.",
         "£5,000", "Paid organisers"),
        ("Acme Corp opened a plant in Dover. Officials said they would spend £5m on a second one.", "£5m", "Acme Corp"),
    ],
    ids=[
        "a doer's form in the pronoun's own sentence",
        "a past form before the group's noun",
        "members who speak for a body are no group",
    ],
)
def test_they_in_its_own_sentence_reads_the_group_as_the_sentence_before_does(text: str, surface: str, holder: str | None) -> None:
    """The group a "they" stands for in its own sentence (holders.Names._group_subject) is read by the same test as
    the group of the sentence before (`holders._people_group`): people by `agent_nouns`, a person noun's plural, a
    doer's form or `plural_people`, a past form allowed before the noun; never `member_nouns`."""
    check_holder(text, surface, holder)
