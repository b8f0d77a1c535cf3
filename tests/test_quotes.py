"""Voices: quotes, speakers, sources, mentions, and who stands behind each figure."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.figures import figures_of
from helpers.mentions import mentions
from helpers.quotes import quotes_of
from helpers.segment import segment
from helpers.voices import attribute, sources

from .conftest import RESOURCES

CASES = json.loads((RESOURCES / "quote_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_quote_cases(case: dict[str, object]) -> None:
    article = segment(str(case["text"]))
    quotes = quotes_of(article)
    for quote in quotes:
        assert article.text[quote.start : quote.end] == quote.text
    if case["quotes"] is None:
        return
    expected = case["quotes"]
    assert isinstance(expected, list)
    assert len(quotes) == len(expected), [(q.kind, q.speaker, q.text) for q in quotes]
    for quote, want in zip(quotes, expected):
        assert quote.text.startswith(want["start_words"]), quote
        for key in ("kind", "speaker", "cue", "addressee", "descriptor"):
            if key in want:
                assert getattr(quote, key) == want[key], (key, quote)


def test_seed_sources(seed_text: str) -> None:
    found = {s.name: s for s in sources(quotes_of(segment(seed_text)))}
    assert list(found) == [
        "Boris Bondarev", "Alexander Gabuev", "Mikhail Krutikhin", "Vladimir Putin", "Western media",
        "Financial Times", "Mikhail Korostikov", "Russian media outlets", "The Insider",
    ]
    for expert in ("Boris Bondarev", "Alexander Gabuev", "Mikhail Krutikhin", "Mikhail Korostikov"):
        assert found[expert].direct >= 1 and found[expert].kind == "person"
    assert found["Vladimir Putin"].direct == 0 and found["Vladimir Putin"].indirect == 1
    assert found["Financial Times"].kind == found["The Insider"].kind == "outlet"
    assert found["Alexander Gabuev"].words_quoted > found["Boris Bondarev"].words_quoted > 0
    assert found["Alexander Gabuev"].descriptor == "a leading Russian expert on relations with China"


def test_seed_figures_are_attributed(seed_text: str) -> None:
    article = segment(seed_text)
    figures = attribute(figures_of(article), quotes_of(article))
    by_surface = {f.surface: f.attributed_to for f in figures}
    assert by_surface["55 billion cubic meters a year"] == "Mikhail Krutikhin"
    assert by_surface["155 billion cubic meters a year"] == "Mikhail Krutikhin"
    assert by_surface["60%"] == "Alexander Gabuev"
    assert by_surface["$200 billion a year"] == "Vladimir Putin"
    assert by_surface["two-day"] is None  # the article states it itself


def test_seed_mentions_merge_short_and_full_names(seed_text: str) -> None:
    found = mentions(segment(seed_text))
    people = {m.name for m in found if m.kind == "person"}
    assert {"Vladimir Putin", "Xi Jinping", "Alexander Gabuev", "Mikhail Krutikhin"} <= people
    assert "Xi" not in people and "Putin" not in people
    xi = [m for m in found if m.name == "Xi Jinping"]
    assert len(xi) >= 3 and {m.surface for m in xi} >= {"Xi Jinping", "Xi"}
    places = {m.name for m in found if m.kind == "place"}
    assert {"China", "Russia", "Ukraine", "Moscow", "Beijing"} <= places
    assert {"Financial Times", "The Insider"} <= {m.name for m in found if m.kind == "outlet"}


QUOTY = st.lists(
    st.sampled_from(['"', "“", "”", "‘", "’", "«", "»", "said", "Krutikhin", "he", "told", "The Moscow Times",
                     ",", ".", ":", "according to", "Mr Brown", "[Russia’s]", "\n\n", "Gabuev said.", "a", "b"]),
    max_size=40,
).map(" ".join)


@given(st.one_of(st.text(max_size=300), QUOTY))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_quotes_whose_offsets_hold(text: str) -> None:
    article = segment(text)
    for quote in quotes_of(article):
        assert article.text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "indirect", "scare")
        if quote.kind == "scare":
            assert quote.speaker is None
    for mention in mentions(article):
        assert article.text[mention.start : mention.end] == mention.surface
