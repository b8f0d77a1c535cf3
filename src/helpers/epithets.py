"""Words that stand for a person named before them, as news and sports copy writes them ("the
Dutchman", "the 28-year-old", "the champion"): shared by the voices (quote_speakers.py's epithet speakers)
and the holders (holders.wanted), so that both read the same words as pointing back to someone."""

from __future__ import annotations

import re

from . import voice_patterns as vp
from .mentions import gazetteers

AGE_NOUN = re.compile(r"\d{1,3}-year-old")


def epithet(word: str) -> bool:
    """A word that stands for a person named before it, as sports and news copy does: a
    nationality ("the Dutchman", "the Scot", "the Brazilian") or an age ("the 28-year-old")."""
    word = re.sub(r"[,.;:]$", "", word)
    nouns = gazetteers()["demonym_nouns"]  # demonyms.yml's people, as holders reads them
    if AGE_NOUN.fullmatch(word) or word in nouns:
        return True
    demonyms = gazetteers()["demonyms"]
    if word in demonyms:
        return True
    adjective = re.sub(r"(?:wo)?man$", "", word) if word[:1].isupper() else ""  # "Dutchman", "Irishwoman"
    return bool(adjective) and adjective != word and (
        adjective in demonyms or adjective + "ish" in demonyms or adjective.removesuffix("s") in nouns)


def epithet_noun(word: str) -> bool:
    """The head of a description that points back to a person: an epithet (`epithet`) or a role a
    report gives a person it has named (voice_patterns.EPITHET_ROLES: "the champion", "the striker")."""
    return epithet(word) or word.lower() in vp.EPITHET_ROLES


_RANK = re.compile(r"(?:[Nn]umber|No\.?)")
_RANK_VALUE = re.compile(r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[,.;:]?")


def ranked(words: list[str], k: int) -> bool:
    """`words[k]` ends a shirt number or a ranking that stands for a player named before, as sports copy
    writes a position ("the number eight", "the No 10") or a place in a ranking ("the world number 12",
    "the Czech world No 1"): "number"/"No" and then a number, the number as the description's head."""
    return k >= 1 and _RANK.fullmatch(words[k - 1]) is not None and _RANK_VALUE.fullmatch(words[k]) is not None


def _verb_like(word: str) -> bool:
    from .syntax import _tagger

    return str(_tagger().lexicon.get(word, ""))[:2] in ("VB", "MD", "RB")


EPITHET_SUBJECT = re.compile(r"[Tt]he\s+(?:[\w'’-]+\s+){0,5}[a-z]")
"""A sentence opening with a definite noun phrase and then a lower-case word (its verb)."""


def epithet_head(opening: str) -> bool:
    """The subject a sentence opens with is a nationality, an age or a role word standing for a
    person named before ("The American had ...", "the 28-year-old has ...", "The world record
    holder is ..."): the first such noun is followed by a lower-case word that is no preposition; a shirt
    number or a ranking (`ranked`: "The world number 12 has ...") by a verb or an adverb."""
    words = opening.split()[1:8]
    for k, (word, after) in enumerate(zip(words, words[1:])):
        if ranked(words, k):  # "The number eight ran", not "The number one priority is"
            return _verb_like(after)
        if epithet_noun(word):
            return after[:1].islower() and after not in ("of", "for", "at", "from", "in", "to", "and", "or", "with")
        if word.endswith(",") or word in ("of", "for", "who", "which", "that"):
            return False
    return False
