"""Shortcuts taken for speed give the answers the full work would: the appeal's word hint never
skips a paragraph the `ask` pattern reads as asking, remembered sentence splits are Punkt's, a
unit read without pint is the one pint names, and one alternation of currency names finds what
trying each name in turn finds."""

from __future__ import annotations

import itertools
import re

import pytest
from nltk.tokenize.punkt import PunktSentenceTokenizer

from helpers import furniture, units
from helpers.segment import sentence_spans, sentence_tokenizer

_ASK = furniture._tables()["appeal"]["ask"]
_VOCABULARY = sorted(set(re.findall(r"[a-z]+(?:-[a-z]+)?", re.sub(r"\\[A-Za-z]", " ", _ASK.pattern))) | {"the", "news"})
"""Every word the pattern names (and two fillers): any three of them reach each of its branches."""


def _spellings(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.replace("s", "ſ"), text.replace("i", "ı"), text.replace(" ", "\n")]


def test_the_ask_hint_never_misses_a_text_the_pattern_reads_as_asking() -> None:
    asking = 0
    for words in itertools.product(_VOCABULARY, repeat=3):
        text = " ".join(words)
        if _ASK.search(furniture.outlet_voice(text)):
            asking += 1
            for spelled in _spellings(text):
                assert furniture._may_ask(spelled) or not _ASK.search(spelled), spelled
    assert asking > 1000  # the texts do reach the pattern


def test_the_ask_hint_keeps_the_case_insensitive_letters_outside_ascii() -> None:
    text = "Pleaſe ſupport our journalism"  # a long s reads as "s" to a case-insensitive pattern
    assert _ASK.search(text)
    assert furniture._may_ask(text)
    assert not furniture._may_ask("The council said it would rebuild the bridge by May.")


def test_an_appeal_across_short_paragraphs_is_still_found_and_news_is_not() -> None:
    texts = [
        "The bridge reopened on Monday after two years of work, the council said.",
        "Dear reader, we rely on readers like you to keep our journalism free for everyone.",
        "Please consider a monthly contribution to support us.",
        "Traffic was light on the first morning.",
    ]
    appeals = [e.appeal for e in furniture.evidence(texts)]
    assert appeals == [False, True, True, False]


def test_remembered_sentence_splits_are_punkts_and_cannot_be_changed_by_a_caller() -> None:
    text = 'Prices rose 5% in May. Mr. Smith said so. "It is over," she said. The end.'
    plain = list(PunktSentenceTokenizer(sentence_tokenizer()._params).span_tokenize(text))
    first = sentence_spans(text)
    assert [text[s:e] for s, e in first] == ["Prices rose 5% in May.", "Mr. Smith said so.", '"It is over," she said.', "The end."]
    assert len(plain) >= len(first)  # the project joins Punkt's split after a title ("Mr.")
    first.append((0, 1))
    assert sentence_spans(text) == first[:-1]


@pytest.mark.parametrize("value", [0.0, 1.0, 2.5, 12.0, 1e-3, 3.75e9, -4.0])
def test_units_without_a_conversion_read_as_pint_reads_them(value: float) -> None:
    for form in units.unit_forms():
        quantity = units.registry().Quantity(value, form.unit)
        if form.to:
            quantity = quantity.to(form.to)
        assert units.normalize(value, form) == (float(quantity.magnitude), str(quantity.units)), form


@pytest.mark.parametrize(
    "text",
    ["5 US dollars in", "5 Hong Kong dollar", "5 dollars", "5 pounds sterling", "5 pounds", "50p each", "50 pence",
     "5 New Taiwan dollars", "5 Taiwan dollars", "5 rands", "5 yuan.", "5 USD", "5 people", "5 per cent", "5pence"],
)
def test_one_alternation_of_currency_names_finds_what_trying_each_in_turn_finds(text: str) -> None:
    def one_by_one(position: int) -> tuple[str, float, int] | None:
        m = units.money()
        for pattern, code, factor in m.names:
            if match := pattern.match(text, position):
                return code, factor, match.end()
        if match := m.suffix.match(text, position):
            return match.group("code"), 1.0, match.end()
        return None

    for position in range(len(text) + 1):
        assert units.currency_after(text, position) == one_by_one(position), (text, position)


@pytest.mark.parametrize(
    "line", ["", "   ", "\t\u00a0", "\u200b", " \u200b\ufeff ", "\u00ad x", "x", "  Text here ", "\u3000\u200d\u3000", "\u200bA"]
)
def test_a_line_is_kept_exactly_when_its_normalized_text_is_not_empty(line: str) -> None:
    from helpers.clean import _lines, normalize_space

    assert bool(_lines(line, 0, len(line))) == bool(normalize_space(line))


@pytest.mark.parametrize("tok", ["the", "said.", "U.S.", "J.", "...", "5,000.", "-3.5", "Mr.", "it.\"", "naïve", "A", "x..", "2024"])
def test_punkts_token_reads_the_same_with_its_remembered_type_and_shape(tok: str) -> None:
    from nltk.tokenize.punkt import PunktToken

    from helpers.segment import _Token

    plain, remembered = PunktToken(tok), _Token(tok)
    assert remembered.type == plain.type
    for shape in ("is_ellipsis", "is_initial", "is_alpha", "is_non_punct", "is_number"):
        mine, theirs = getattr(remembered, shape), getattr(plain, shape)
        assert bool(mine) == bool(theirs) and getattr(mine, "span", lambda: None)() == getattr(theirs, "span", lambda: None)(), shape
