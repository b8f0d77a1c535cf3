"""Scoring figure extractors against hand-annotated gold: precision, recall, F1."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_NUMBER_TOKEN = re.compile(r"\d[\d,.]*|[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Item:
    """A figure as scored: what was written, its value and its unit (None when unitless)."""

    surface: str
    value: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=2e-3, abs_tol=1e-9)


def _overlap(a: str, b: str) -> bool:
    """Two surfaces name the same figure when one holds the other, or they share a number token."""
    a_low, b_low = a.lower(), b.lower()
    if a_low in b_low or b_low in a_low:
        return True
    digits_a = {t for t in _NUMBER_TOKEN.findall(a_low) if t[0].isdigit()}
    digits_b = {t for t in _NUMBER_TOKEN.findall(b_low) if t[0].isdigit()}
    return bool(digits_a & digits_b)


def score(gold: Sequence[Item], predicted: Sequence[Item], *, with_unit: bool = True) -> Score:
    """One-to-one greedy matching: same value, overlapping surface, and (optionally) same unit."""
    used: set[int] = set()
    tp = 0
    for want in gold:
        for index, got in enumerate(predicted):
            if index in used or not _close(want.value, got.value) or not _overlap(want.surface, got.surface):
                continue
            if with_unit and want.unit != got.unit:
                continue
            used.add(index)
            tp += 1
            break
    return Score(tp, len(predicted) - tp, len(gold) - tp)


def total(scores: Iterable[Score]) -> Score:
    result = Score(0, 0, 0)
    for item in scores:
        result = result + item
    return result


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Speakers agree when both are unnamed, or share a surname (the last word)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _words(gold), _words(predicted)
    return bool(g and p) and (g[-1] == p[-1] or g == p)


@dataclass(frozen=True, slots=True)
class QuoteScore:
    found: Score
    speakers_right: int

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.found.tp if self.found.tp else 1.0


def score_quotes(gold: Sequence[tuple[str | None, str]], predicted: Sequence[tuple[str | None, str]]) -> QuoteScore:
    """Match quotes on their first words (up to four), one to one; then count right speakers."""
    used: set[int] = set()
    tp = right = 0
    for speaker, first in gold:
        want = _words(first)[:4]
        for index, (got_speaker, text) in enumerate(predicted):
            if index in used or _words(text)[: len(want)] != want:
                continue
            used.add(index)
            tp += 1
            right += same_speaker(speaker, got_speaker)
            break
    return QuoteScore(Score(tp, len(predicted) - tp, len(gold) - tp), right)


SCARE_WORDS = 5


def _counted(quotation: str) -> bool:
    """The BBC gold's unit: a quotation as its marks delimit it, not a partial quote of five words or
    fewer that does not end a sentence (those are scare quotes in the gold's guideline)."""
    return len(quotation.split()) > SCARE_WORDS or quotation.rstrip()[-1:] in ".!?,"


def quote_pairs(article: Any, quotes: Iterable[Any]) -> list[tuple[str | None, str]]:
    """(speaker, quotation) for every quotation a direct or mixed quote holds, as the BBC gold counts them."""
    return [
        (quote.speaker, article.text[start:end])
        for quote in quotes if quote.kind in ("direct", "mixed")
        for start, end in quote.parts if _counted(article.text[start:end])
    ]


Span = tuple[str | None, int, int]
"""(speaker, start, end): an attribution's speaker and its content's offsets in the article text."""


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a[2], b[2]) - max(a[1], b[1]))


def score_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> QuoteScore:
    """Match attributions by their content, one to one, largest overlap first: a gold and a predicted
    content match when they share at least half of the shorter one's characters (an indirect quote's
    edges vary with the reader: "that the side was tired" against "the side was tired"); then count
    right speakers (`same_speaker`)."""
    pairs = sorted(
        ((_shared(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
         if _shared(g, p) * 2 >= min(g[2] - g[1], p[2] - p[1]) > 0),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    right = 0
    for _, i, j in pairs:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        right += same_speaker(gold[i][0], predicted[j][0])
    tp = len(used_gold)
    return QuoteScore(Score(tp, len(predicted) - tp, len(gold) - tp), right)


def attribution_spans(article: Any, quotes: Iterable[Any]) -> list[Span]:
    """What an attribution gold counts from `quotes_of`: each quotation of a direct quote (not a scare
    quote) and each indirect quote whole; a mixed quote is a quotation inside a paraphrase already counted."""
    spans: list[Span] = []
    for quote in quotes:
        if quote.kind == "direct":
            spans.extend((quote.speaker, start, end) for start, end in quote.parts if _counted(article.text[start:end]))
        elif quote.kind == "indirect":
            spans.append((quote.speaker, quote.start, quote.end))
    return spans
