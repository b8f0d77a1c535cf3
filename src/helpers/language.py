"""A cheap check that an article is English, from its share of common English words."""

from __future__ import annotations

import re

from .assets import word_list
from .errors import ArticleError

_LETTERS = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30
MIN_ENGLISH_SHARE = 0.12
"""English news prose has 35-50% function words; other languages written in Latin letters, <5%."""


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words)."""
    words = _LETTERS.findall(text.casefold())
    if not words:
        return 0.0, 0
    common = word_list("english_words.txt")
    return sum(1 for w in words if w in common) / len(words), len(words)


def require_english(text: str) -> str:
    """Return 'en', or raise ArticleError when the text is clearly in another language."""
    share, words = english_share(text)
    if words == 0:
        raise ArticleError("the article has no words")
    if words >= MIN_WORDS and share < MIN_ENGLISH_SHARE:
        raise ArticleError(
            f"the article does not look like English ({share:.0%} common English words); "
            "articlelab reads English articles only"
        )
    return "en"
