"""A small averaged perceptron (binary and ranking) whose weights serialize to stable JSON.

Training is deterministic: examples are visited in the order given, with no shuffling, and the
averaged weights are rounded so the same data always writes the same bytes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

DIGITS = 4


def score(weights: Mapping[str, float], features: Iterable[str]) -> float:
    """The sum of the weights of the features that fire (unknown features weigh nothing)."""
    return sum(map(weights.get, features, repeat(0.0)))


class _Averaged:
    """Weights with running totals, so the average over every step can be taken at the end."""

    def __init__(self) -> None:
        self.weights: dict[str, float] = defaultdict(float)
        self.totals: dict[str, float] = defaultdict(float)
        self.stamps: dict[str, int] = defaultdict(int)
        self.step = 0

    def update(self, features: Iterable[str], amount: float) -> None:
        for feature in features:
            self.totals[feature] += (self.step - self.stamps[feature]) * self.weights[feature]
            self.stamps[feature] = self.step
            self.weights[feature] += amount

    def averaged(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for feature in sorted(self.weights):
            total = self.totals[feature] + (self.step - self.stamps[feature]) * self.weights[feature]
            value = round(total / max(self.step, 1), DIGITS)
            if value:
                result[feature] = value
        return result


def frequent(feature_sets: Iterable[Sequence[str]], min_count: int) -> frozenset[str]:
    """The features seen in at least `min_count` feature sets: rarer ones would only be memorized."""
    counts: Counter[str] = Counter()
    for features in feature_sets:
        counts.update(set(features))
    return frozenset(f for f, n in counts.items() if n >= min_count)


def train_binary(examples: Sequence[tuple[Sequence[str], bool]], epochs: int = 8, min_count: int = 1) -> dict[str, float]:
    """Weights separating positive from negative feature sets ("bias" always fires); features seen
    in fewer than `min_count` examples are left out."""
    if min_count > 1:
        keep = frequent((f for f, _ in examples), min_count)
        examples = [([f for f in features if f in keep], label) for features, label in examples]
    model = _Averaged()
    for _ in range(epochs):
        for features, label in examples:
            model.step += 1
            guess = score(model.weights, features) + model.weights["bias"] > 0
            if guess != label:
                model.update([*features, "bias"], 1.0 if label else -1.0)
    return model.averaged()


def train_ranking(
    examples: Sequence[tuple[Sequence[Sequence[str]], int]], epochs: int = 8, min_count: int = 1
) -> dict[str, float]:
    """Weights that rank the right candidate (its index) first among each example's candidates."""
    if min_count > 1:
        keep = frequent((f for candidates, _ in examples for f in candidates), min_count)
        examples = [([[f for f in c if f in keep] for c in candidates], right) for candidates, right in examples]
    model = _Averaged()
    for _ in range(epochs):
        for candidates, right in examples:
            model.step += 1
            scores = [score(model.weights, c) for c in candidates]
            best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
            if best != right:
                model.update(candidates[right], 1.0)
                model.update(candidates[best], -1.0)
    return model.averaged()
