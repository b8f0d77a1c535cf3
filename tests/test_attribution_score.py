"""Scoring attributions by their content spans (the BBC sport attribution gold's scorer)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.evaluation import Score, attribution_spans, score_spans
from helpers.quotes import quotes_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("gold", "predicted", "found", "right"),
    [
        # an indirect quote whose edges differ ("that the side ..." against "the side ...") still matches
        ([("Ann Lee", 10, 40)], [("Lee", 5, 40)], Score(1, 0, 0), 1),
        # a paraphrase that only touches the gold content's end is another one: two errors
        ([("Ann Lee", 10, 20)], [("Ann Lee", 18, 60)], Score(0, 1, 1), 0),
        # one to one: the larger overlap wins, the other prediction is a false positive
        ([(None, 0, 30)], [(None, 0, 30), (None, 5, 30)], Score(1, 1, 0), 1),
        # a wrong speaker is a match with the speaker wrong
        ([("Tom Ash", 0, 30)], [("Ann Lee", 0, 30)], Score(1, 0, 0), 0),
        # a quote found where the gold has none (a cue in another sense) is a false positive
        ([], [(None, 0, 30)], Score(0, 1, 0), 0),
    ],
)
def test_spans_match_by_shared_content(gold, predicted, found, right) -> None:  # type: ignore[no-untyped-def]
    result = score_spans(gold, predicted)
    assert result.found == found and result.speakers_right == right


spans = st.lists(st.tuples(st.sampled_from([None, "Ann Lee", "Tom Ash"]), st.integers(0, 200), st.integers(1, 60))
                 .map(lambda t: (t[0], t[1], t[1] + t[2])), max_size=8)


@given(spans, spans)
def test_every_span_is_counted_once(gold, predicted) -> None:  # type: ignore[no-untyped-def]
    result = score_spans(gold, predicted)
    assert result.found.tp + result.found.fn == len(gold)
    assert result.found.tp + result.found.fp == len(predicted)
    assert 0 <= result.speakers_right <= result.found.tp


def test_counted_spans_are_quotations_and_paraphrases_not_mixed_or_scare_quotes() -> None:
    text = ("Cup win for Rovers\n\nRovers won 2-0. \"We were the better side and deserved it,\" said Tom Ash. "
            "The coach said the team had been \"very sharp\" all week. Fans called it a \"great day\".")
    article = segment(text, tokens=False)
    counted = attribution_spans(article, quotes_of(article))
    contents = [article.text[start:end] for _, start, end in counted]
    assert any(c.startswith("We were the better side") for c in contents)
    assert any("the team had been" in c for c in contents)
    assert not any(c.strip("\"“” ") in ("very sharp", "great day") for c in contents), contents
