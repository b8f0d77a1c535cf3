"""Bylines that sign a story with no name the given-names list knows: an agency ("By Reuters"), its staff
("By AFP Staff", "By Staff Reporter") or a writer's name the list lacks ("By Ngozi Doe-Okafor"), told from a
story's first words that open with "By" ("By Friday, the deal was done.", "By Popular Demand")."""

from __future__ import annotations

import re

from .figure_patterns import MONTHS, WEEKDAYS

_CREDIT = re.compile(r"^(?i:by)\s+(?P<words>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})$")
"""A byline of one to four capitalized words and nothing else: no comma, clause or full stop after them."""
_TIME_WORD = re.compile(
    rf"^(?:{MONTHS}|{WEEKDAYS}|Christmas|Easter|Noon|Midday|Midnight|Night|Tonight|Dawn|Dusk|Morning|Evening|"
    r"Afternoon|Lunchtime|Weekend|Today|Tomorrow|Yesterday|Then|Now|End|Spring|Summer|Autumn|Fall|Winter)$"
)
"""A time a story's "By ..." opens with ("By Friday", "By Tuesday Night", "By Christmas"): no one's name."""
_ROLES = frozenset("staff reporter reporters correspondent writer writers editor desk team agencies wires bureau".split())
"""Words that sign a story for its newsroom ("AFP Staff", "Staff Reporter")."""
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NAME_CLASSES = frozenset({"NNP", "NNPS"})
"""The tagger's lexicon's classes of a capitalized word that may be a name (a word it lacks may be one too)."""


def credit_byline(line: str) -> bool:
    """A line alone that credits the story to an outlet, its staff or a person the given-names list lacks:
    "By" and a known outlet or an acronym ("By Reuters", "By AFP"); or two to four capitalized words, no time among
    them, that name the newsroom ("By AFP Staff", "By Staff Reporter") or hold a word the tagger's lexicon does not
    know, every other one a proper noun there ("By Ngozi Doe-Okafor"). Not "By Popular Demand", "By Design",
    "By Tuesday Night" (the lexicon's words, or a time) nor "By Friday, the deal was done." (a clause)."""
    from .mentions import gazetteers

    found = _CREDIT.match(line.strip())
    if found is None:
        return False
    words = found["words"].split()
    outlets = gazetteers()["outlets"]
    if " ".join(words).removeprefix("The ") in outlets:
        return True
    if any(_TIME_WORD.match(word) for word in words):
        return False
    if len(words) == 1:
        return bool(_ACRONYM.match(words[0]))
    if any(word.casefold() in _ROLES for word in words):
        return all(word.casefold() in _ROLES or word in outlets or _ACRONYM.match(word) or _proper(word) for word in words)
    return any(_unknown(word) for word in words) and all(_unknown(word) or _proper(word) for word in words)


def _lexicon_class(word: str) -> str | None:
    from .syntax import _tagger

    return _tagger().lexicon.get(word)


def _unknown(word: str) -> bool:
    """A word the tagger's lexicon lacks as written and in lower case (a surname such as "Okafor", "Doe-Okafor")."""
    return _lexicon_class(word) is None and _lexicon_class(word.lower()) is None


def _proper(word: str) -> bool:
    return _lexicon_class(word) in _NAME_CLASSES
