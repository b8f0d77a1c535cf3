"""Scoring figure extractors against hand-annotated gold: precision, recall, F1."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
