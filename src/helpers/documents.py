"""Polls, surveys, reports and studies an article names as where its figures come from ("according to the
latest Quinnipiac University poll", "In an NBC News/Wall Street Journal poll released Monday, 50 percent ...",
"A report by the Tax Policy Center found"): a named document is a source, as a person who says it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from typing import TYPE_CHECKING

from .assets import word_list

if TYPE_CHECKING:
    from .figures import Figure

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
_CALENDAR = frozenset("january february march april may june july august september october november december yesterday today "
                      "tonight tomorrow".split()) | _DAYS
_NOT_NAMES = frozenset("a an the in on at of for and but as by to this that these those its their his her our another one each every "
                       "such".split()) | _CALENDAR
"""Capitalized words that name no maker: a sentence's first word, a month, a day or a day said from today ("In a
June poll", "Yesterday's report"); "New" opens a name ("a New York Times/CBS News survey")."""


def named_documents(text: str) -> list[tuple[int, int, str]]:
    """Each named document in `text`, in order: (start, end, name), the name without its article or the
    adjectives before the maker ("a new Quinnipiac University poll" -> "Quinnipiac University poll")."""
    found = []
    for match in _MADE_BEFORE.finditer(text):
        words = match.group("name").split()
        ends = [k for k, word in enumerate(words[:-1]) if _ends_sentence(word)]
        words = words[ends[-1] + 1 :] if ends else words  # "... back Brown. A CNN/ORC poll": the name opens after the sentence's end
        if words and (ends or _opens_sentence(text, match.start())) and words[0].lower() in word_list("sentence_starters.txt"):
            words.pop(0)  # "However the YouGov poll": a word that opens sentences opens no name
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


def _opens_sentence(text: str, position: int) -> bool:
    """Whether `position` is where a sentence or paragraph opens."""
    return re.search(r"(?:^|[.!?][\"'’”]*\s+|\n\s*)$", text[max(0, position - 4) : position]) is not None


def _ends_sentence(word: str) -> bool:
    """A word a sentence ends on ("Politics.", "Seinfeld.''"), not an abbreviation ("U.S.", "Gov.")."""
    return re.search(r"[.!?][\"'’”]*$", word) is not None and not _ABBREVIATION.fullmatch(word)


def _reports(text: str, start: int, end: int, head: str, figure: Figure) -> bool:
    """Whether the document named at `start`..`end`, of noun `head`, reports `figure` (see `Documents.in_span`)."""
    before = text[max(0, figure.start - 80) : figure.start]
    if head in POLL_HEADS:
        return figure.kind in SHARE_KINDS or figure.unit == "fraction" or figure.kind == "count" and _ASKED_BEFORE.search(before) is not None \
            or figure.kind == "number" and _MARGIN_BEFORE.search(before) is not None
    if _ACCORDING_TO.search(text[max(0, start - 40) : start]):
        between = text[min(end, figure.end) : max(start, figure.start)]
        return _CLAUSE_BREAK.search(between) is None
    verb = _FINDS.match(text[end : end + 200])
    return verb is not None and figure.start >= end + verb.end() and _CLAUSE_BREAK.search(text[end + verb.end() : figure.start]) is None


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

SHARE_KINDS = frozenset({"percent", "percentage_points"})
"""The figures a poll reports of its own: shares of those it asked and their moves ("45 percent", "6 points"), and
shares written as fractions ("Six in 10", "half")."""
_ASKED_BEFORE = re.compile(r"\b(?:(?:survey|question|interview|poll|ask|sampl|contact|includ)(?:e?d|ing|es)|of|from|among)\s+(?:[\w-]+\s+){0,2}$")
"""The words before a count of those a poll asked ("surveyed 1,000 adults", "The AP-GfK Poll of 1,033 adults")."""
_MARGIN_BEFORE = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\b(?:[^.;]|\.\d){0,40}$")
"""The words before a poll's margin of error written as a bare number ("a margin of error of +/- 3.1")."""
_FINDS = re.compile(
    r"^(?:\s*,[^,;]*,)?(?:\s+[a-z]+){0,3}?\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:found|not(?:es|ed)|finds?|show(?:s|ed|n)?|says?|said|estimat(?:es?|ed)|conclud(?:es?|ed)|"
    r"project(?:s|ed)?|predict(?:s|ed)?|puts?|suggest(?:s|ed)?|reveal(?:s|ed)?|report(?:s|ed)|count(?:s|ed)|calculat(?:es?|ed)|"
    r"forecasts?|forecast|warn(?:s|ed)|put|based\s+on|draws?\s+on|drew\s+on)\b"
)
"""A report's own verb after its name (past an aside between commas or a few lower-case words): "the report found",
"A report released in May by the Tax Policy Center found", "a report by Brookings last year estimated"."""
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,3}$")
"""The words before a document named as a whole clause's source ("..., according to a report by the Tax Policy Center")."""
_CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|,\s+(?:and|but|while|whereas|which|who|although|though|after|before|as|when)\b|[.!?]\s")
"""Where one clause ends and the next begins inside a sentence."""


@dataclass(frozen=True, slots=True)
class Documents:
    """An article's named documents, found once: where each is named and by what name."""

    named: tuple[tuple[int, int, str], ...]
    again: tuple[tuple[int, int, str], ...]
    asides: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> Documents:
        named = tuple(named_documents(text))
        again = tuple((m.start(), m.end(), m.group().split()[-1].lower()) for m in _THE_DOCUMENT.finditer(text)
                      if not any(s <= m.start() < e for s, e, _ in named))
        return cls(named, again, tuple(m.span() for m in _ASIDE.finditer(text)))

    def in_span(self, text: str, start: int, end: int, figure: Figure) -> str | None:
        """The document a stretch of text (a sentence) names as the source of `figure`, nearest to it: one named
        in it, or one of the same noun named before that it calls "the poll" again; None when it names none. A
        poll is the source only of its shares and of counts of those it asked; a report or study only of figures
        in the clause its verb governs ("the report found ...") or that it is named the source of ("according to
        a report ..."). A document named in an aside the figure is not in ("the party - a 2004 ICM survey showed
        - won 6,000 votes") is no source of it."""
        near = figure.start
        mentions = [(s, e, name, head_of(name)) for s, e, name in self.named if start <= s < end]
        for s, e, head in self.again:
            kin = POLL_HEADS if head in POLL_HEADS else (head,)
            if start <= s < end and (before := self.before(s, kin)) is not None:
                mentions.append((s, e, before, head))  # "the survey" takes back a poll; "the study" a study, never a poll
        inside = [(abs(s - near), name) for s, e, name, head in mentions
                  if not self._apart(s, near) and _reports(text, s, e, head, figure)]
        return min(inside)[1] if inside else None

    def _apart(self, position: int, near: int) -> bool:
        """Whether `position` lies in an aside that `near` lies outside of."""
        return any(s <= position < e and not s <= near < e for s, e in self.asides)

    def before(self, position: int, heads: tuple[str, ...] | None = None) -> str | None:
        """The last document named before `position` (of one of `heads`, its noun, when given)."""
        earlier = [name for s, _, name in self.named if s < position and (heads is None or head_of(name) in heads)]
        return earlier[-1] if earlier else None
