"""A cheap check that an article is English: its letters are Latin, and enough of its words are
common English function words. Run on what is left after cleaning, not on the page's menus."""

from __future__ import annotations

import re
import unicodedata

from .assets import word_list
from .errors import ArticleError

_LETTERS = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30
MIN_ENGLISH_SHARE = 0.12
"""English news prose has 35-50% function words; other languages written in Latin letters, <5%."""
MAX_OTHER_SCRIPT = 0.5
"""Share of letters outside the Latin script above which a text of any length is not English."""


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words)."""
    words = _LETTERS.findall(text.casefold())
    if not words:
        return 0.0, 0
    common = word_list("english_words.txt")
    return sum(1 for w in words if w in common) / len(words), len(words)


def other_script_share(text: str) -> tuple[float, str | None]:
    """(share of letters that are not Latin, the most common other script's name)."""
    scripts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        name = unicodedata.name(char, "")
        script = name.split(" ", 1)[0] if name else "UNKNOWN"
        if script != "LATIN":
            scripts[script] = scripts.get(script, 0) + 1
    if not letters:
        return 0.0, None
    other = sum(scripts.values())
    top = max(sorted(scripts), key=scripts.__getitem__) if scripts else None
    return other / letters, top


def require_english(text: str) -> str:
    """Return 'en', or raise ArticleError when the text is clearly in another language."""
    share, words = english_share(text)
    if words == 0:
        raise ArticleError("the article has no words")
    foreign, script = other_script_share(text)
    if foreign > MAX_OTHER_SCRIPT:
        raise ArticleError(
            f"the article is written in {script if len(str(script)) <= 3 else str(script).title()} script, not English ({foreign:.0%} of its letters); "
            "articlelab reads English articles only"
        )
    if words >= MIN_WORDS and share < MIN_ENGLISH_SHARE:
        raise ArticleError(
            f"the article does not look like English ({share:.0%} common English words); "
            "articlelab reads English articles only"
        )
    return "en"
