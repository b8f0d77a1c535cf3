"""Polls, surveys, reports and studies an article names as where its figures come from ("according to the
latest Quinnipiac University poll", "In an NBC News/Wall Street Journal poll released Monday, 50 percent ...",
"A report by the Tax Policy Center found"): a named document is a source, as a person who says it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

DOCUMENT_HEADS = r"(?i:poll|survey|study|report|analysis)"
"""The nouns a document that states figures ends in, in any case ("Gallup Poll", "AP-GfK Poll")."""

_NAME_WORD = r"[A-Z][\w.&'’-]*(?:/[A-Z][\w.&'’-]*)*"
_ADJECTIVES = (r"(?:own|new|latest|recent|most\s+recent|national|public|statewide|online|annual|monthly|weekly|daily|tracking|opinion|"
               r"exit|entrance|joint|final|early|[\w-]+-(?:page|year|month|week|day)|\d{4})")
_MADE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_NAME_WORD}(?:['’]s)?[ \t]+(?:(?:of|the|for|and|&)[ \t]+(?={_NAME_WORD}))*(?:{_ADJECTIVES}[ \t]+)*)+{DOCUMENT_HEADS})\b"
)
"""A document named by who made it, before its noun ("the Quinnipiac University poll", "Gallup's own tracking
poll", "a New York Times/CBS News survey")."""
_MADE_AFTER = re.compile(
    rf"(?<![\w-])(?P<head>{DOCUMENT_HEADS})\s+(?:(?:released|published|conducted|issued|commissioned|taken|carried\s+out)\s+(?:\w+\s+){{0,3}}?)?"
    rf"(?:by|from|for)\s+(?:the\s+)?(?P<maker>{_NAME_WORD}(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?{_NAME_WORD})*)"
)
"""A document named by who made it after its noun ("a report released in September by the National Academies",
"a study by Moody's Analytics", "a survey for the charity Age Concern")."""

_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
"""A word that ends in a full stop but ends no sentence ("U.S.", "St.", "Gov.")."""
POLL_HEADS = ("poll", "survey")
"""The documents that ask people: a share of those asked who spoke is the poll's."""

_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
"""A day opens a paper's name ("the Sunday Times poll"), a month none ("a September Washington Post-ABC News poll")."""
_CALENDAR = frozenset("january february march april may june july august september october november december".split()) | _DAYS
_NOT_NAMES = frozenset("a an the in on at of for and but as by to this that these those its their his her our another one each every "
                       "such".split()) | _CALENDAR
"""Capitalized words that name no maker: a sentence's first word, a month or a day ("In a June poll"); "New"
opens a name ("a New York Times/CBS News survey")."""


def named_documents(text: str) -> list[tuple[int, int, str]]:
    """Each named document in `text`, in order: (start, end, name), the name without its article or the
    adjectives before the maker ("a new Quinnipiac University poll" -> "Quinnipiac University poll")."""
    found = []
    for match in _MADE_BEFORE.finditer(text):
        words = match.group("name").split()
        ends = [k for k, word in enumerate(words[:-1]) if _ends_sentence(word)]
        words = words[ends[-1] + 1 :] if ends else words  # "... back Brown. A CNN/ORC poll": the name opens after the sentence's end
        while words and not (_maker_word(words[0]) or words[0].lower() in _DAYS and len(words) > 2 and _maker_word(words[1])):
            words.pop(0)  # "In a new", "The latest", "a June poll": no part of the name ("the Sunday Times poll" is)
        if len(words) >= 2:
            found.append((match.end() - len(" ".join(words)), match.end(), " ".join(words)))
    for match in _MADE_AFTER.finditer(text):
        maker = match.group("maker").split()
        ends = [k for k, word in enumerate(maker) if _ends_sentence(word)]
        maker = maker[: ends[0] + 1] if ends else maker  # "the Harvard Institute of Politics. Twenty-four": the sentence ends
        maker[-1] = re.sub(r"(?:['’]s)?[.!?\"'’”]*$", "", maker[-1])  # "the State Department's inspector": the department
        if _maker_word(maker[0]) and not any(start <= match.start() < end for start, end, _ in found):
            found.append((match.start(), match.end(), f"{match.group('head')} by {' '.join(maker)}"))
    return sorted(found)


def _ends_sentence(word: str) -> bool:
    """A word a sentence ends on ("Politics.", "Seinfeld.''"), not an abbreviation ("U.S.", "Gov.")."""
    return re.search(r"[.!?][\"'’”]*$", word) is not None and not _ABBREVIATION.fullmatch(word)


def head_of(name: str) -> str:
    """The noun a document's name is of: "Quinnipiac poll" -> "poll", "report by Brookings" -> "report"."""
    words = name.split()
    return (words[0] if " by " in name else words[-1]).lower()


def _maker_word(word: str) -> bool:
    """A capitalized word that is no sentence's opening word, month or day."""
    return word[:1].isupper() and word.lower().rstrip("'’s") not in _NOT_NAMES and word.lower() not in _NOT_NAMES


_THE_DOCUMENT = re.compile(rf"\b[Tt]he\s+(?:(?:same|new|latest|earlier|recent|national|online)\s+)?{DOCUMENT_HEADS}\b")
"""A document named before, written again by its noun ("The poll surveyed 1,000 adults", "44% to 43%, within the
poll's margin of error")."""


_ASIDE = re.compile(r"\s[-–—]\s[^\n]*?\s[-–—]\s|\([^()\n]*\)")
"""Words set apart between two dashes or in brackets."""


@dataclass(frozen=True, slots=True)
class Documents:
    """An article's named documents, found once: where each is named and by what name."""

    named: tuple[tuple[int, int, str], ...]
    again: tuple[int, ...]
    asides: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> Documents:
        named = tuple(named_documents(text))
        again = tuple(m.start() for m in _THE_DOCUMENT.finditer(text) if not any(s <= m.start() < e for s, e, _ in named))
        return cls(named, again, tuple(m.span() for m in _ASIDE.finditer(text)))

    def in_span(self, start: int, end: int, near: int) -> str | None:
        """The document a stretch of text (a sentence) names, nearest to `near`: one named in it, or one named
        before that it calls "the poll" again; None when it names none. A document named in an aside the figure
        is not in ("the party - a 2004 ICM survey showed - won 6,000 votes") is no source of it."""
        inside = [(abs(s - near), name) for s, e, name in self.named if start <= s < end and not self._apart(s, near)]
        for at in (a for a in self.again if start <= a < end and not self._apart(a, near)):
            before = self.before(at)
            if before is not None:
                inside.append((abs(at - near), before))
        return min(inside)[1] if inside else None

    def _apart(self, position: int, near: int) -> bool:
        """Whether `position` lies in an aside that `near` lies outside of."""
        return any(s <= position < e and not s <= near < e for s, e in self.asides)

    def before(self, position: int, heads: tuple[str, ...] | None = None) -> str | None:
        """The last document named before `position` (of one of `heads`, its noun, when given)."""
        earlier = [name for s, _, name in self.named if s < position and (heads is None or head_of(name) in heads)]
        return earlier[-1] if earlier else None
