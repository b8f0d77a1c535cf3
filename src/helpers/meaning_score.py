"""Scoring figures' subject, holder and time against the blind gold (tests/gold/figure_meaning.json).

Rules, fixed before the first run:
- Gold offsets index the raw file. Each gold figure is placed in the cleaned text through its
  sentence: the sentence's first words are found in the cleaned text (the occurrence nearest to
  the raw offset's relative position), and the surface at the same distance from the sentence's
  start (else the nearest occurrence of the surface after it). A predicted body figure matches a
  gold figure when their character spans overlap; one to one, largest overlap first.
- head: the predicted subject's head (`meaning.head_noun`: its last word before any preposition,
  comma or "and", lower-cased, singularized) equals the gold head put through the same
  singularizer; both null is right.
- holder: right when both are null, or when the two, lower-cased, without a leading "the", a
  possessive 's and punctuation, are equal, or the words of one are all among the other's
  ("Brown" / "Mr Brown", "Labour" / "the Labour Party"). Honorifics and abbreviated titles
  (Mr, Mrs, Ms, Dr, Sir, Lord, Sen., Gov., Rep.) are not part of a name, so they are dropped
  before comparing words: "Mr Brown" names the same person as "Gordon Brown" (added after the
  first run: the gold writes a person either way, by the guideline's "as the text names it").
- time: right when both are null, or when their key words (all words except in, on, at, for, of,
  the, a, an, by, since, from, to, over, during, until, and punctuation) are equal or one set holds
  the other and neither is empty ("the second quarter" / "second quarter of 2023";
  "last year" / "this year" is wrong).
- Accuracy is given over the gold figures matched to a predicted figure (`found`), and `coverage`
  says how many gold figures were matched; unmatched gold figures are not counted right or wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .figures import _singular
from .meaning import head_noun

TIME_STOP = frozenset("in on at for of the a an by since from to over during until".split())


@dataclass(frozen=True, slots=True)
class Prediction:
    """A predicted figure's span (in the cleaned text) and meaning."""

    start: int
    end: int
    subject: str | None
    holder: str | None
    time: str | None


@dataclass(frozen=True, slots=True)
class MeaningScore:
    gold: int
    found: int
    head: int
    holder: int
    time: int
    subject_given: int

    def rate(self, name: str) -> float:
        return getattr(self, name) / self.found if self.found else 0.0

    @property
    def coverage(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def __add__(self, other: MeaningScore) -> MeaningScore:
        return MeaningScore(*(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__))


HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady sen gov rep".split())


def _norm_holder(text: str | None) -> str:
    text = re.sub(r"['’]s\b", "", str(text or "").lower())
    text = re.sub(r"[^\w\s&-]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(w for w in text.split() if w not in HONORIFICS)


def holder_right(predicted: str | None, gold: str | None) -> bool:
    a, b = _norm_holder(predicted), _norm_holder(gold)
    if not a or not b:
        return not a and not b
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _time_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", str(text or "").lower()) if w not in TIME_STOP}


def time_right(predicted: str | None, gold: str | None) -> bool:
    a, b = _time_words(predicted), _time_words(gold)
    if not predicted or not gold:
        return not predicted and not gold
    if not a or not b:
        return a == b
    return a <= b or b <= a


def head_right(predicted_subject: str | None, gold_head: str | None) -> bool:
    predicted = head_noun(predicted_subject)
    if predicted is None or gold_head is None:
        return predicted is None and gold_head is None
    return predicted == _singular(gold_head)


def place(raw: str, cleaned: str, offset: int, surface: str, sentence: str) -> tuple[int, int] | None:
    """Where a gold figure (raw offset, surface, sentence) lies in the cleaned text."""
    probe = " ".join(sentence.split()[:6])
    raw_start = _nearest(raw, probe, offset, before=True)
    relative = offset - raw_start if raw_start >= 0 else 0
    target = round(offset * len(cleaned) / max(1, len(raw)))
    start = _nearest(cleaned, probe, target)
    if start < 0:
        start = _nearest(cleaned, surface, target)
        return (start, start + len(surface)) if start >= 0 else None
    if cleaned[start + relative : start + relative + len(surface)] == surface:
        return start + relative, start + relative + len(surface)
    found = cleaned.find(surface, start)
    return (found, found + len(surface)) if found >= 0 else None


def _nearest(text: str, probe: str, target: int, before: bool = False) -> int:
    best = -1
    for match in re.finditer(re.escape(probe), text):
        if before and match.start() > target:
            break
        if best < 0 or abs(match.start() - target) < abs(best - target) or before:
            best = match.start()
    return best


def score_article(gold: Sequence[dict[str, Any]], raw: str, cleaned: str, predicted: Sequence[Prediction]) -> tuple[MeaningScore, list[tuple[dict[str, Any], Prediction | None]]]:
    """The article's score and each gold figure with the prediction matched to it."""
    spans = [place(raw, cleaned, g["offset"], g["surface"], g["sentence"]) for g in gold]
    pairs = []
    for n, span in enumerate(spans):
        if span is None:
            continue
        for m, p in enumerate(predicted):
            overlap = min(span[1], p.end) - max(span[0], p.start)
            if overlap > 0:
                pairs.append((-overlap, n, m))
    used_gold: dict[int, int] = {}
    used_pred: set[int] = set()
    for _, n, m in sorted(pairs):
        if n not in used_gold and m not in used_pred:
            used_gold[n], _ = m, used_pred.add(m)
    result = MeaningScore(len(gold), 0, 0, 0, 0, 0)
    matched: list[tuple[dict[str, Any], Prediction | None]] = []
    for n, g in enumerate(gold):
        p = predicted[used_gold[n]] if n in used_gold else None
        matched.append((g, p))
        if p is None:
            continue
        result = result + MeaningScore(
            0, 1, int(head_right(p.subject, g.get("head"))), int(holder_right(p.holder, g.get("holder"))),
            int(time_right(p.time, g.get("time"))), int(p.subject is not None),
        )
    return result, matched


def by_article(gold: Iterable[dict[str, Any]], split: str) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        if item.get("split") == split:
            found.setdefault(item["article"], []).append(item)
    return found


def score_split(
    gold: Iterable[dict[str, Any]], split: str, read: Callable[[str], tuple[str, str, list[Prediction]]]
) -> tuple[MeaningScore, list[tuple[dict[str, Any], Prediction | None]]]:
    """Score one split; `read(article path)` gives (raw text, cleaned text, predictions)."""
    total = MeaningScore(0, 0, 0, 0, 0, 0)
    matched: list[tuple[dict[str, Any], Prediction | None]] = []
    for article, items in sorted(by_article(gold, split).items()):
        raw, cleaned, predicted = read(article)
        result, pairs = score_article(items, raw, cleaned, predicted)
        total = total + result
        matched.extend(pairs)
    return total, matched
