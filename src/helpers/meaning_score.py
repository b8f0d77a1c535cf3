"""Scoring figures' subject, holder and time against the blind gold (tests/gold/figure_meaning.json).

Rules, fixed before the first run:
- Gold offsets index the raw file (read from `../shared` at run time; the gold holds no article
  text). Each gold figure is placed in the cleaned text by its surface and up to six words of its
  raw line on either side, whitespace folded as cleaning folds it (then fewer words, then the
  surface alone), at the occurrence nearest the offset's relative position (this places every
  figure where the first rule, which searched for a copy of the sentence, placed it). A predicted
  body figure matches a gold figure when their character spans overlap; one to one, largest
  overlap first.
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


_WORDS = re.compile(r"\S+")


def place(raw: str, cleaned: str, offset: int, surface: str) -> tuple[int, int] | None:
    """Where a gold figure (its raw offset and surface) lies in the cleaned text: the surface with
    up to six words of its raw line on either side (whitespace folded as cleaning folds it), then
    with fewer of them, the occurrence nearest the offset's relative position."""
    if raw[offset : offset + len(surface)] != surface:
        return None
    line_start = raw.rfind("\n", 0, offset) + 1
    line_end = raw.find("\n", offset)
    before = _WORDS.findall(raw[line_start:offset])[-6:]
    after = _WORDS.findall(raw[offset + len(surface) : line_end if line_end >= 0 else len(raw)])[:6]
    gap_before = r"\s+" if raw[offset - 1 : offset].isspace() else r"\s*"
    gap_after = r"\s+" if raw[offset + len(surface) : offset + len(surface) + 1].isspace() else r"\s*"
    target = round(offset * len(cleaned) / max(1, len(raw)))
    for lead, trail in ((before, after), (before, []), ([], after), ([], [])):
        pattern = (r"\s+".join(map(re.escape, lead)) + gap_before if lead else "") + f"({re.escape(surface)})"
        pattern += gap_after + r"\s+".join(map(re.escape, trail)) if trail else ""
        starts = [m.start(1) for m in re.finditer(pattern, cleaned)]
        if starts:
            best = min(starts, key=lambda start: abs(start - target))
            return best, best + len(surface)
    return None


def sentence_at(raw: str, offset: int) -> str:
    """The raw sentence around `offset` (read from the article at run time: the gold holds none)."""
    from .segment import sentence_spans

    line_start = raw.rfind("\n", 0, offset) + 1
    line_end = raw.find("\n", offset)
    line = raw[line_start : line_end if line_end >= 0 else len(raw)]
    for start, end in sentence_spans(line):
        if start <= offset - line_start < end:
            return line[start:end]
    return line


def score_article(gold: Sequence[dict[str, Any]], raw: str, cleaned: str, predicted: Sequence[Prediction]) -> tuple[MeaningScore, list[tuple[dict[str, Any], Prediction | None]]]:
    """The article's score and each gold figure with the prediction matched to it."""
    spans = [place(raw, cleaned, g["offset"], g["surface"]) for g in gold]
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
