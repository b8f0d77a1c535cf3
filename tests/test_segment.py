"""Segmentation: the seed's parts, sentence boundaries in news English, offsets that always hold."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.models import Article
from helpers.segment import segment, sentence_spans

from .conftest import RESOURCES


def _check_offsets(article: Article) -> None:
    text = article.text
    for part in (article.headline, article.standfirst, article.caption, article.credit):
        if part is not None:
            assert text[part.start : part.end] == part.text
    for unit in (*article.paragraphs, *article.sentences, *article.tokens):
        assert text[unit.start : unit.end] == unit.text
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
    for token in article.tokens:
        sentence = article.sentences[token.sentence]
        assert sentence.start <= token.start <= token.end <= sentence.end
        assert token.paragraph == sentence.paragraph


def test_seed_parts(seed_text: str) -> None:
    article = segment(seed_text)
    assert article.headline is not None
    assert article.headline.text == "Putin Arrives in Beijing Seeking Diplomatic, Economic Support from ‘Dear Friend’ Xi"
    assert article.caption is not None and article.credit is not None
    assert article.caption.text == "President Vladimir Putin arrives at Beijing Capital International Airport."
    assert article.credit.text == "Artyom Ivanov / TASS"
    assert article.standfirst is None
    assert len(article.paragraphs) == 30
    assert article.paragraphs[0].text.startswith("President Vladimir Putin arrived in Beijing")
    assert article.paragraphs[-1].text.endswith("Gabuev said.")
    _check_offsets(article)


def test_seed_keeps_quotes_with_their_attribution(seed_text: str) -> None:
    sentences = [s.text for s in segment(seed_text).sentences]
    assert '"For political reasons, China can agree to something with a very good price," Krutikhin said.' in sentences
    assert any(s.startswith('"But even in this case') and s.endswith("Krutikhin said.") for s in sentences)
    assert "“And its construction and launch may take at least 10 years.”" in sentences
    assert any("from the U.S. and Europe" in s for s in sentences)


CASES = json.loads((RESOURCES / "sentence_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_sentence_boundaries(case: dict[str, object]) -> None:
    text = str(case["text"])
    assert [text[s:e] for s, e in sentence_spans(text)] == case["sentences"]


def test_sentences_never_cross_paragraphs() -> None:
    article = segment("Headline\n\nFirst paragraph has a stop. It ends without one\n\nSecond paragraph. Two sentences.")
    assert [(s.paragraph, s.text) for s in article.sentences] == [
        (0, "First paragraph has a stop."),
        (0, "It ends without one"),
        (1, "Second paragraph."),
        (1, "Two sentences."),
    ]


def test_standfirst_and_caption_are_recognized() -> None:
    source = "\n\n".join(
        [
            "Gas flows to Europe fall again",
            "Russia's pipeline exports dropped for a third month as buyers turn to LNG",
            "A gas compressor station near Moscow. Photo: Reuters",
            "Russian gas exports fell by 10% in March, the company said.",
        ]
    )
    article = segment(source)
    assert article.standfirst is not None and article.standfirst.text.startswith("Russia's pipeline exports")
    assert article.caption is not None and article.caption.text == "A gas compressor station near Moscow."
    assert article.credit is not None and article.credit.text == "Photo: Reuters"
    assert [p.text for p in article.paragraphs] == ["Russian gas exports fell by 10% in March, the company said."]


def test_words_come_from_an_nltk_tokenizer_with_offsets() -> None:
    article = segment("Headline\n\nThe U.S. paid $1,500.50 for Russia’s gas, up 60%.")
    assert [t.text for t in article.tokens] == [
        "The", "U.S.", "paid", "$", "1,500.50", "for", "Russia’s", "gas", ",", "up", "60", "%", ".",
    ]


NEWSY = st.lists(
    st.sampled_from(
        ["Mr.", "U.S.", "said", "“", "”", '"', "…", "...", "1.5", "10", "The", "he", ".", "!", "?", ",", "\n", "\n\n", " ", "Krutikhin", "Jan.", "a"]
    ),
    max_size=60,
).map(" ".join)


@given(st.one_of(st.text(max_size=400), NEWSY))
@settings(max_examples=400, deadline=None)
def test_segment_never_raises_and_every_offset_holds(text: str) -> None:
    _check_offsets(segment(text))


def test_a_caption_glued_to_its_credit_is_split_from_it() -> None:
    # a copied page may join the caption and its credit with no space after the full stop
    source = "\n\n".join([
        "Harbour town counts the cost of the spring floods",
        "Floodwater covers the market square in the old harbour town.Jane Example / Example Agency file",
        "Traders in the harbour town said on Monday that the floods had closed the market for a week.",
    ])
    article = segment(source)
    assert article.caption is not None and article.caption.text == "Floodwater covers the market square in the old harbour town."
    assert article.credit is not None and article.credit.text == "Jane Example / Example Agency file"
    assert [p.text for p in article.paragraphs] == [
        "Traders in the harbour town said on Monday that the floods had closed the market for a week."
    ]
    _check_offsets(article)
