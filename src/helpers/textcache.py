"""Answers about one text, kept while that text is being read.

A rule that asks a question of a whole article ("is this name ever written as a possessor?") asks
it once per figure; for a long text that is a scan per figure, a cost that grows with the square of
the length. `per_text` keeps each answer for the few texts read last, by the text's identity (the
article's own string object), so memory holds no more than those texts, however many articles a
corpus run reads. `per_article` keeps a whole reading of an article (its mentions, its quotes) the
same way, for the steps that each ask for it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

TEXTS_KEPT = 2
"""How many texts' answers are kept: the article read now and the one before (a notebook may
interleave two)."""


def per_text(ask: Callable[[str, K], T]) -> Callable[[str, K], T]:
    """`ask(text, key)` answered once per text (by identity) and key."""
    kept: list[tuple[str, dict[K, T]]] = []

    @wraps(ask)
    def answer(text: str, key: K) -> T:
        answers = next((found for known, found in kept if known is text), None)
        if answers is None:
            answers = {}
            kept[:] = [*kept[-(TEXTS_KEPT - 1) :], (text, answers)]
        if key not in answers:
            answers[key] = ask(text, key)
        return answers[key]

    return answer


ARTICLES_KEPT = 4
"""How many articles' readings `per_article` keeps."""


def per_article(read: Callable[..., T]) -> Callable[..., T]:
    """`read(article, ...)` worked out once per article (by identity) for the last `ARTICLES_KEPT` articles;
    the other arguments may only spare work on the first reading, never change its answer."""
    kept: list[tuple[object, T]] = []

    @wraps(read)
    def reading(article: object, *rest: object, **named: object) -> T:
        for known, found in kept:
            if known is article:
                return found
        found = read(article, *rest, **named)
        kept[:] = [*kept[-(ARTICLES_KEPT - 1) :], (article, found)]
        return found

    return reading
