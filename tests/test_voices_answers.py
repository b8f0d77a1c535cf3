"""Who answers a question: a "he"/"she" after a named asker puts a question to someone is the one
asked, not the asker (invented sentences)."""

from __future__ import annotations

import pytest

from helpers.quotes import quotes_of
from helpers.segment import segment


def _last_speaker(text: str) -> str | None:
    return sorted(quotes_of(segment("Headline here\n\n" + text, tokens=False)), key=lambda q: q.start)[-1].speaker


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a named asker puts the question to someone: the answer is the one asked
        ('Radio host Sean Hanley met Paul Dorsey on Monday.\n\nHanley asked Dorsey how tall the tower would be.\n\n'
         '"I think it could be 40 feet," he said.', "Paul Dorsey"),
        ('Radio host Sean Hanley met Paul Dorsey on Monday. Hanley asked former Governor Paul Dorsey about the vote. '
         '"We will win it," he said.', "Paul Dorsey"),
        # someone asked by an unnamed asker, in a story someone else tells, is not the one speaking
        ('Mary Olsen is a friend of Jane Ruiz. What upset her, she said, was a night when a young man asked Ruiz why '
         'she was running. "I got very angry," she said.', "Mary Olsen"),
        # a possessive after a verb of doubting is no one asked
        ('Tom Ryle, an adviser, also questioned Dorsey\'s plan.\n\n"It will not work," he said.', "Tom Ryle"),
        # the one who puts a question is not the subject of the answer's sentence
        ('Senator Jack Hume spoke on Monday. Asked by Tom Cole whether he would run again, he said: "No, I am done."',
         "Jack Hume"),
    ],
)
def test_the_answer_to_a_question_put_to_someone_is_theirs(text: str, wanted: str) -> None:
    assert _last_speaker(text) == wanted


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(segment("Headline here\n\n" + text, tokens=False))]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a source written in capitals is the name in title case: an outlet the lists know, a person named in full
        ("As POLITICO reported on Monday, the plan failed.", [("Politico", "outlet")]),
        ("Governor Mary Fallon spoke to the host on Sunday.\n\nFALLON: I think he is trying to heal it.", [("Mary Fallon", "person")]),
        # a heading's word in capitals is no one
        ("CORRECTION: An earlier version of this story gave the wrong date.", [(None, "unnamed")]),
    ],
)
def test_a_source_in_capitals_is_read_in_title_case(text: str, wanted: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(text) == wanted


def test_the_asker_who_asks_again_is_still_the_asker() -> None:
    text = ('Radio host Sean Hanley met Paul Dorsey on Monday.\n\nHanley asked Dorsey how tall the tower would be.\n\n'
            'He then asked about the cost, saying "it will be high".')
    assert _last_speaker(text) == "Sean Hanley"
