"""What a figure measures (`subject`), whose it is (`holder`) and when (`time`), read from the
sentence's structure: the noun phrase the figure sits in or measures ("X of Y", "a 5% rise in X"),
the object or subject of the verb it completes ("X rose 5% to $Y"), across commas and relative
clauses, and carried over from the previous sentence when the clause's subject is "it".

This module holds the entry point (`read`, one sentence's figures) and `_Reader`'s dispatch (`_read`); the
reader's questions live by concern in mixins `_Reader` inherits: `meaning_phrases` (noun phrases),
`meaning_clauses` (clauses, their verbs and subjects), `meaning_subject` (what is measured), `meaning_counts`
(counts, ages, casualties), `meaning_polls` (poll and list constructions), `meaning_whose` (the holder a clause
hands a figure) and `meaning_time` (when). `meaning_types` holds the records, `meaning_words` the word lists and
tests they share, `meaning_lists` the figures of one sentence read together, `meaning_carry` what carries across sentences."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import figure_patterns as fp
from .meaning_clauses import _ClauseReading
from .meaning_counts import _CountReading
from .meaning_lists import (
    _appended_change,
    _colon_group,
    _compared_with,
    _counted_in_span,
    _framing,
    _gapped_series_noun,
    _listing_colon,
    _parallel_to,
    _part_holders,
    _ranged_whole,
    _respectively,
    _said_of_person_before,
    _share_holders,
    _share_siblings,
)
from .meaning_phrases import _PhraseReading
from .meaning_polls import _PollReading
from .meaning_subject import _SubjectReading
from .meaning_time import _TimeReading
from .meaning_types import Meaning, Phrase, Topic
from .meaning_whose import _WhoseReading
from .meaning_words import (
    _ASIDE_MARKS,
    _COMPARED,
    _DASHES,
    _DAY_DATE,
    _DISTANCE,
    _DOUBLED_QUOTES,
    _FINDING,
    _LINKING,
    _OPENING_QUOTES,
    _SAYING,
    _demonym,
    _makes_figure,
    _names_people,
    _names_person,
    _object_of,
    _opening_subject,
    head_noun,
)
from .numbers import parse_number
from .syntax import FINITE_TAGS, Chunk, Parse, Token, parse

# Read through `helpers.meaning` by figures, holders and the tests, from the modules that hold them now.
from .meaning_carry import AMOUNT_QUALIFIERS, continued_subject, given_subject, may_continue, owned_subject, resolve  # noqa: F401
from .meaning_words import _names_agent  # noqa: F401
from .syntax import instrument  # noqa: F401


_SPAN_END = re.compile(r"(?i)\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:hours|days|weeks|months|years)\Z")
_OF_MEASURED = re.compile(r"\s+of\s+(?!(?:the|this|that|these|those|his|her|its|their|our|my|your|a|an|last|next|each|every)\b)[a-z]")
"""After a span of time, "of" and a bare noun phrase: what the span measures ("six weeks of paid leave",
"two years of talks"), not a part of a longer period ("the six weeks of the summer"). Only after "for"
("eligible for the six weeks of paid leave"): "during the three days of talks", "within two years of
release" frame the other figures of their sentence, and "over" is often a verb's particle ("handed over 15
months of research"), where the holder steps read the figure differently once it is no time."""


def time_spans(text: str) -> list[tuple[int, int]]:
    """Time phrases in `text` ("by early 2024", "a year earlier"), without a trailing full stop."""
    spans = []
    for match in _time_matches(text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in ".,":
            end -= 1
        if text.startswith(("of ", "Of "), start) and (frame := _OF_FRAME.search(text, max(0, start - 60), start)) is not None:
            start = frame.start()  # "Over the course of the next three months", "for most of the past six decades", "Since June of last year"
        if text.startswith("than ", start) and _DISTANCE.search(text, start, end) and (qualifier := _THAN_QUALIFIER.search(text, 0, start)) is not None:
            start = qualifier.start()  # "more than a year later", "Less than a week before": the bound is the distance's, not "than a year later"
            # (a comparison's base stays as it was: "$105 billion more than last year")
        if (since := _SINCE_GERUND.search(text, max(0, start - 60), start) or (
            None if _DISTANCE.search(text, start, end) else _SINCE_CLAUSE.search(text, max(0, start - 60), start)
        )) is not None:  # (not a distance, "since a scooter accident two years ago", whose number is a figure)
            start = since.start()  # "since coming to power in 1997", "since taking office in 2014": the period runs from that act
            # ("Since the first drug tunnel was discovered in 1990", "since the World Cup final in November 2003": from that event)
        if _DISTANCE_END.search(text, start, end) and (event := _EVENT_AFTER_DISTANCE.match(text, end)) is not None:
            end = event.end()  # "four days before the start of the season", "a week before his trial for fraud": the event ends the period
        if text[start:end].lower().startswith("for ") and _SPAN_END.search(text, start, end) and _OF_MEASURED.match(text, end):
            continue  # "eligible for the six weeks of paid leave": the span is a figure's measure of a thing, no time
        if (named := _name_before(text, start)) is not None:
            if named.group(1) in _NAMED_DAYS and _WEEKDAY_OPENING.match(text, start):
                start = named.start(1)  # "on Super Tuesday", "Black Friday": the day's name is whole
            elif _NAME_TIME.fullmatch(text, start, end) or named.group(1) in _NAMED_DOCUMENTS and _OF_YEAR.fullmatch(text, start, end):
                continue  # "a blog called Daily Truth Right Now", "the Clean Rivers Act of 1998": part of a name
        while spans and spans[-1][1] > start:  # "Since June" is inside "Since June of last year"
            start = min(start, spans.pop()[0])
        if end > start:
            spans.append((start, end))
    return spans


def _name_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalized word right before a time phrase at `start`, when it is no sentence's first word
    and no preposition, article or date word ("Truth" in "Daily Truth Right Now", "Act" in "the Act of 1998")."""
    named = _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start)
    if named is None or named.group(1).lower() in _NOT_NAME_WORDS:
        return None
    opening = text[: named.start(1)].rstrip()
    if not opening or opening[-1] in ".!?:;\"“‘'(—-" or "\n" in text[len(opening) : named.start(1)]:
        return None  # the word opens its sentence or line: its capital says nothing
    return named


def _distance_only(text: str, start: int, end: int, figures: Sequence[tuple[int, int, str, Sequence[str]]]) -> int:
    """The end of time phrase `start`-`end` without the event after its distance when the distance is a duration
    figure ("six days before their final match": the figure measures the distance, whose own time it is not)."""
    if (cut := _DISTANCE_WORD.search(text, start, end)) is not None and cut.end() < end and any(
        kind == "duration" and start <= fs and fe <= cut.start() for fs, fe, kind, _ in figures
    ):
        return cut.end()
    return end
_DISTANCE_WORD = re.compile(r"(?i)\b(?:before|after)\b")
_DISTANCE_END = re.compile(r"(?i)\b(?:before|after)$")
_CLAUSE_WORD = r"(?:and|or|but|when|while|which|who|that|as|to|where|because|if|than|with)\b"
_EVENT_WORD = rf"(?!{_CLAUSE_WORD})[^\W\d][\w'’-]*"
_EVENT_AFTER_DISTANCE = re.compile(
    rf"(?i)\s+(?:the|a|an|his|her|their|its|our|this|that)\s+{_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,6}}"
    rf"(?=\s*(?:[,.;:!?)\"”—]|$)|\s+{_CLAUSE_WORD})"
)
"""The event a distance before or after names ("the start of the season", "his trial for a string of
thefts"): a determiner and up to seven words with no digit, up to punctuation or a word that opens a clause."""
_RANK_WORDS = frozenset(
    "top bottom richest poorest wealthiest highest-earning lowest-earning highest-paid lowest-paid best-off worst-off".split()
)
"""Words that name a group by its rank before a share ("the top 1 percent", "the poorest 20 percent"): the
share says who; a time after it dates the clause's other figures, not the group."""
_CAPITALIZED_BEFORE = re.compile(r"\b([A-Z][A-Za-z'’.&-]*)\s+$")
_NOT_NAME_WORDS = frozenset(
    "in on at by of for from to since during until through before after over the a an this that last next early late "
    "mid and or but as between within january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Capitalized words before a time phrase that open a name of no kind ("In", "The", a month)."""
_NAMED_DAYS = frozenset("Super Black Good Cyber Ash Easter Palm Holy Maundy Shrove".split())
"""Words that with a weekday name a day of its own ("Super Tuesday", "Black Friday", "Good Friday")."""
_WEEKDAY_OPENING = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NAME_TIME = re.compile(r"(?:Right\s+)?(?:Now|Today|Tonight|Tomorrow|Yesterday)|(?:RIGHT\s+)?(?:NOW|TODAY|TONIGHT|TOMORROW)")
"""A time word written with a capital inside a sentence, after another capitalized word: part of a name."""
_NAMED_DOCUMENTS = frozenset("Act Acts Class Convention Treaty Accord Accords Agreement Declaration Compromise Charter".split())
"""Names that a year ends after "of" ("the Clean Rivers Act of 1998", "the Class of 2016"): the year names them."""
_OF_YEAR = re.compile(r"of\s+(?:1[6-9]|20)\d\d")


_OF_FRAME = re.compile(
    r"(?i)(?:\b(?:over|during|in|for|throughout|through|since|by|until|from|at|to)\s+)?"
    r"(?:\b(?:the\s+)?(?:course|rest|end|start|beginning|middle|remainder|bulk|month)"
    r"|\bthe\s+(?:first|last|final|next|past)\s+(?:\w+\s+)?(?:months?|weeks?|days?|years?|quarters?|half|hours?)"
    r"|\b(?:most|much)"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december))\s+$"
)
"""What a time phrase opened by "of" is part of: "the course of", "most of", "the first four months of", a
month ("June of last year"), with the preposition before it; fp.TIME starts such a phrase at "of"."""
_SINCE_GERUND = re.compile(r"(?i)\bsince\s+[a-z]+ing(?:\s+[\w'’-]+){0,4}\s+$")
"""'since' and a gerund clause that a date ends ("since taking office in 2014"): the period is the whole clause."""
_SINCE_CLAUSE = re.compile(
    r"\b(?i:since)\s+(?:(?i:the|a|an|his|her|their|its|he|she|they|we|it|you)\s+"
    r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|When|Last|This)\b)[A-Z][\w'’.-]*\s+)"
    r"(?:[^\W\d][\w'’-]*\s+){1,7}$"
)
"""'since' and a noun phrase or clause that a date ends, up to eight words without a digit or a comma ("since the
first drug tunnel was discovered in 1990", "since the Republican National Convention ended last month"): the
period runs from that event, as after a gerund; the clause's subject may be a pronoun or a name ("since they joined
the league in 2003", "since Smith took over from Jones in May"), not a month or day."""
_THAN_QUALIFIER = re.compile(r"(?i)\b(?:more|less|fewer|no\s+more|no\s+less)\s+$")


_WORD_START = re.compile(r"\w(?<!\w\w)")
"""A word character with none before it (as "\\b\\w" finds them, but the scan skips to word characters)."""


def _time_matches(text: str) -> list[re.Match[str]]:
    """`fp.TIME`'s matches, found fast: every time phrase holds an anchor (a digit, a month, a day,
    "year", "quarter" ...), so the full pattern is tried only at the few word starts before each
    anchor, farthest first, as a left-to-right scan would find it."""
    found: list[re.Match[str]] = []
    starts: list[int] | None = None
    tried: dict[int, re.Match[str] | None] = {}
    position = 0
    for at in fp.time_anchor_starts(text):
        if at < position:
            continue
        if starts is None:
            starts = [m.start() for m in _WORD_START.finditer(text)]
        k = bisect.bisect_right(starts, at)
        candidates = [s for s in starts[max(0, k - 7) : k] if s >= position]
        if not candidates or candidates[-1] != at:
            candidates.append(at)
        for start in candidates:
            if start not in tried:  # neighbouring anchors share the word starts before them
                tried[start] = fp.TIME.match(text, start)
            match = tried[start]
            if match is not None and match.end() > at:
                found.append(match)
                position = match.end()
                break
    return found


class _Reader(_PhraseReading, _ClauseReading, _SubjectReading, _CountReading, _PollReading, _WhoseReading, _TimeReading):
    """The meaning of each figure of one sentence, from its shallow parse."""

    def __init__(self, text: str, tree: Parse) -> None:
        self.text = text
        self.tokens = tree.tokens
        self.tree = tree
        self._words = tuple(token.lower for token in tree.tokens)
        self._tags = tuple(token.tag for token in tree.tokens)
        # `word(index)` and `tag(index)`: the token's lower-cased text and its tag, "" outside the sentence. Asked
        # ~300 times per sentence, each is a mapping's own lookup (no Python call per question; a miss keeps its "")
        self.word: Callable[[int], str] = defaultdict(str, enumerate(self._words)).__getitem__
        self.tag: Callable[[int], str] = defaultdict(str, enumerate(self._tags)).__getitem__
        # `chunk(index)`: the noun phrase holding the token, None outside one or outside the sentence (`Parse.chunk_at`)
        self.chunk: Callable[[int], Chunk | None] = {k: tree.chunks[c] for k, c in enumerate(tree.chunk_of) if c >= 0}.get
        self._skipped: dict[int, int] = {}  # skip_qualifier's answers: read up to four times per figure
        self._qualifying: frozenset[int] | None = None  # the tokens of the qualifiers before figures, once asked
        self.clause = self._clauses()

    def read(self, index: int, kind: str, flags: Sequence[str] = ()) -> Meaning:
        found = self._read(index, kind, flags)
        if found.holder is None and found.pointer is None and found.carry is None and kind == "number" and "unit_missing" in flags and (
            self.word(index + 1) == "points" and self.word(index + 2) in _SIDE_OF_MARGIN
        ):  # "Leeds are just 2 points above the relegation zone", "Smith is now 3 points behind Jones": a margin
            # in points is the standing of the clause's subject, when that is a name
            verb, _ = self.clause_verb(index)
            subject = self.verb_subject(verb) if verb >= 0 else None
            if subject is not None and subject.last < index and self.tokens[subject.head].proper and self.tokens[subject.head].tag in ("NNP", "NNPS"):
                found = replace(found, holder=self.holder_of(subject) or self.phrase(subject.first, subject.last))
        if found.share and found.holder is None and found.pointer is None and found.carry is None and (pronoun := self.person_agent(index)) is not None:
            # "He won by more than 20 points among women", "She received the backing of 33% of voters": a share read as
            # a group's is still the candidate's whose clause it is, when a person's pronoun is that clause's subject
            found = replace(found, carry=pronoun, carry_holder=True, pointer=self.pointer(index, None, pronoun, True))
        return found

    def aged_pronoun(self, index: int) -> str | None:
        """The personal pronoun whose age a bare number is: the subject of "be" before it ("she might be 33", "I'll be 35",
        "he was 84") or the one after the comma of an opening "At" ("At 12, he was canvassing"); or None."""
        if self.word(index - 1) == "at" and self.word(index + 1) == ",":
            return self.word(index + 2) if self.word(index + 2) in _AGED_PRONOUNS else None
        k = index - 1
        if self.word(k) == "be" and (self.tag(k - 1) == "MD" or self.word(k - 1) in ("'ll", "’ll", "'d", "’d")):
            k -= 2
        elif self.word(k) in ("is", "was", "am", "'s", "’s", "'m", "’m"):
            k -= 1
        else:
            return None
        return self.word(k) if self.word(k) in _AGED_PRONOUNS else None

    def person_agent(self, index: int) -> str | None:
        """"he"/"she" as the subject of the figure's own clause, before the figure, when the clause's verb is no
        verb of saying or finding, and a verb of level only where it places the share ("She is at 35 percent")."""
        verb, _ = self.clause_verb(index)
        if not 0 <= verb < index or self.word(verb) in _SAYING or self.word(verb) in _FINDING:
            return None
        if _makes_figure(self.word(verb)):
            return None  # "She estimates 44% of firms plan to hire", "He forecasts 40 percent among young voters": the figure's maker
        if self.word(verb) in fp.LEVEL_VERBS and not (self.word(self.skip_qualifier(index - 1)) in ("at", "on") and self.skip_qualifier(index - 1) - 1 <= verb + 1):
            return None
        subject = self.verb_subject(verb)
        if subject is None or subject.head != subject.last or self.tokens[subject.head].tag != "PRP" or self.word(subject.head) not in ("he", "she"):
            return None
        return self.word(subject.head)

    def _read(self, index: int, kind: str, flags: Sequence[str] = ()) -> Meaning:
        time = (self.record_span(index) or self.since_span(index)) if kind == "duration" else None
        if time is None and not self.length_modifier(index) and not self.stated_age(index):
            time = self.time_of(index, dated_by_day=kind == "count")
            if time is None and kind in ("money", "percent", "percentage_points", "quantity", "duration") and not flags:
                time = self.event_time(index)  # a count of people or things is seldom dated by an event it sits beside
            elif kind != "duration" and (time is None or abs(self._token_at(time.start) - index) > 2) and (
                (event := self.event_time(index, adjacent=True)) is not None
            ):
                time = event  # "had risen by 300% since the introduction of the laws", "interviewed 401 people before his resignation"
            if time is None and (kind != "number" or not {"age", "unit_missing"} & set(flags)):
                time = self.in_event(index)
            if time is not None and kind == "duration" and self.word(index + 1) in ("after", "before") and not time.start <= self.tokens[index].start < time.end:
                time = None  # "18 years after the invasion", "24 hours before the event begins on 4 March": a distance from an event, which no time dates
            if time is not None and kind == "count" and self.referring_count(index, self._token_at(time.start)):
                time = None  # "the two countries signed an agreement on July 6": a count that names whom the clause is about
            if time is not None and kind == "number" and self.aside_age(index):
                time = None  # "Ann Brook, 52, started work at the mill 20 years ago", "where Marek, 27, won silver": an age, no clause's time
            if time is not None and kind in ("percent", "number") and self.word(index - 1) in _RANK_WORDS and time.start > self.tokens[index].end:
                time = None  # "the top 2 percent earned a third of all subsidies in 2018": a group named by its rank,
                # whose clause's time dates what it did (but "in Britain today the poorest 20% pay more": a time before frames the group)
        if kind == "number" and "unit_missing" in flags and self.word(index - 1) in ("over", "under") and self.word(index + 1) not in ("percent", "%") and (
            group := _aged_people(self, index)
        ) is not None and self.tokens[index].text.isdigit() and int(self.tokens[index].text) < 120:
            return Meaning(None, group, None)  # "people under 30", "voters over 65": an age bound, the group's
        if kind == "number" and "unit_missing" in flags and (name := self.named_age(index)) is not None:
            return Meaning(None, name, None)  # "Gloria Garcia, 34, a nurse": an age, which no clause's time dates
        if kind == "number" and "unit_missing" in flags and (named := self.casualties_named(index)) is not None:
            return Meaning(named, self.agent_holder(index, Meaning()), time)  # "the estimated 150,000 dead", "lost over 6,000 dead and wounded"
        if "age" in flags and (aged := self.aged_thing(index)) is not None:
            return Meaning(aged, None, None)  # "the 15-year-old ban", "a 25-year-old 757": a thing's age measures the thing
        if "age" in flags:  # "the 73-year-old", "Zimmerman, 32": the person is the holder
            holder = self.age_holder(index)
            if holder is None and self.word(index - 1) in ("the", "this") and not self.tokens[min(index + 1, len(self.tokens) - 1)].noun:
                holder = self.phrase(index - 1, index)  # "the 26-year-old": a description of someone named before
            reached = time if self.word(index - 1) == "be" else None  # "she will be 34 next March": an age to come is dated, an age now is not
            if holder is None and (pronoun := self.aged_pronoun(index)) is not None:
                return Meaning(None, None, reached, pronoun, True, pointer=self.pointer(index, None, pronoun, True))
            return Meaning(None, holder, reached, pointer=self.pointer(index, holder, None, False))
        own = self.chunk(index)
        if kind != "count" and (named := self.predicate_noun(index)) is not None:
            return Meaning(named.subject, named.holder or self.agent_holder(index, Meaning()), time)  # "Six weeks is the average time to heal"
        if kind == "count" and time is None and self.poll_sample(index):
            time = self.field_dates(index)  # "The poll of 1,033 adults ... was conducted online Feb. 11-15"
        if kind == "count" and not (own is not None and own.last > index and self.tokens[own.head].tag != "FIG"):
            found = self.counted(index, kind)
            if found.subject is not None and (found.subject.text == self.tokens[index].text or "-" in found.subject.text and " " not in found.subject.text and self.tokens[index].text.endswith(" " + found.subject.text)) and (
                modified := self._hyphen_modified(index)
            ) is not None:
                found = replace(found, subject=modified)  # "a retired four-star general", "the seven-man, prime-time debate": the noun it modifies
            holder = self.opponent(index) or self.count_holder(index)
            if holder is None and found.carry is None and (pronoun := self.agent_pronoun(index)) in ("it", "they"):
                # "The company said it would cut 500 jobs": whoever "it" is
                return Meaning(found.subject, None, time, pronoun, True, share=self.poll_sample(index), pointer=self.pointer(index, None, pronoun, True))
            return Meaning(found.subject, holder, time, found.carry, found.carry_holder, share=self.poll_sample(index))
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) == "-" and self.tag(index + 2)[:2] == "NN":
            last = index + 2  # "a 10-point lead": the noun the hyphenated figure modifies
            while last < index + 5 and self.tag(last + 1)[:2] in ("NN", "VB") and self.tag(last + 1) != "VBD":
                last += 1
            if last > index + 2:
                return self.acted_on(index, self.phrase(index + 3, last), time)
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) == "points" and self.word(index - 1) in ("and", "or") and (
            self.word(index - 2) == "points" and self.tag(index - 3) == "FIG"
        ):  # "won by 8 points and 11 points": the second margin measures what the first does
            return replace(self.read(index - 3, kind, flags), time=time)
        if kind == "number" and "unit_missing" in flags and (
            self.word(index + 1) == "points" and self.word(index + 2) in _POINTS_MOVED
            or self.word(index - 1) == "at" and self.word(index - 2) in _POINTS_MOVED and self.word(index - 3) in ("points", "point")
        ) and (verb := self.clause_verb(index)[0]) >= 0 and (mover := self.verb_subject(verb)) is not None and mover.last < index and self.tokens[mover.head].tag in ("NN", "NNS", "NNP", "NNPS"):
            # "The index closed 35 points higher at 7,420": the change in points and the level after "at" are the subject's
            if self.tokens[mover.head].proper:
                return Meaning(None, self.holder_of(mover), time)  # "The FTSE 100 closed 35 points higher": the named index holds it
            found = self.described(mover)
            return Meaning(found.subject, found.holder, time)
        moved_by = self.word(self.skip_qualifier(index - 1))
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) == "points" and (
            moved_by == "by" or (change := fp.CHANGE_VERB.fullmatch(moved_by)) is not None and change.group("lvl") is None
            or moved_by in ("lost", "added", "shed", "dropped", "gained")
        ):  # "the index fell 102 points": points are the change's unit, the index is what changed
            # "leads by 7 points among women", "rose by 28 points": a margin or change in points measures
            # the group it is among, else the clause's subject
            group = self.chunk(index + 3) if self.word(index + 2) == "among" else None
            if group is not None and group.first == index + 3 and self.tokens[group.head].tag not in ("FIG", "TIME"):
                return Meaning(self.phrase(self._after_determiner(group.first, group.last), group.last), self.agent_holder(index, Meaning()), time, share=True)
            if self.word(index + 2) == "among" and self.word(index + 3) in _OPENING_QUOTES | _DOUBLED_QUOTES | {"those"} and (written := self.group_after(index + 2)) is not None:
                return Meaning(written, self.agent_holder(index, Meaning()), time, share=True)  # "among “very liberal” voters", "among those who ..."
            found = self.clause_subject(index, kind)
            if found.subject is not None:
                return Meaning(found.subject, found.holder, time, found.carry, found.carry_holder)
            if found.carry == "owned":
                return Meaning(None, found.holder, time, found.carry)  # "Smith trails Jones's mark by 8 points": Smith's measure, named before
            return Meaning(None, found.holder or self.agent_holder(index, Meaning()), time)
        before_points = self.skip_qualifier(index - 1)
        prior_points = self.chunk(before_points - 1) if kind == "number" and "unit_missing" in flags and self.word(index + 1) == "points" and (
            moved_by in ("of", "was", "is", "were", "are")
        ) else None
        if prior_points is not None and prior_points.last == before_points - 1 and self.tokens[prior_points.head].tag in ("NN", "NNS") and (
            self.tokens[prior_points.head].lower not in fp.GENERIC_MEASURES | fp.CHANGE_NOUNS | {"points", "point", "total"}
            and not self.tokens[prior_points.head].lower.endswith(("tion", "sion", "ment"))
        ):  # "a net negative rating of -11 points", "that lead was 7 points": the measure named before, not its unit
            # (an act's object stays counted: "the deduction of 10 points")
            found = self.clause_subject(index, kind) if moved_by != "of" else Meaning(*self.noun_phrase(prior_points)[:2])
            if found.subject is not None:
                return Meaning(found.subject, found.holder or self.agent_holder(index, found), time, found.carry, found.carry_holder)
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) == "times" and self.tag(index + 2) not in ("JJR", "RBR", "JJ", "RB") and (
            self.word(index + 2) not in ("as", "more", "less", "fewer", "the", "that", "what", "over", "a", "an", "per")
        ):  # "raising taxes 66 times", "was retweeted 3,200 times": how often the clause happened, to its object or
            # passive subject; no thing when it has none ("he scored 23 times"). Not a multiplier ("10 times harder")
            found = self.clause_subject(index, kind)
            subject = found.subject
            if subject is not None and subject.start < self.tokens[index].start < subject.end:  # "taxes 66 times": the object the count follows
                end = self.tokens[index - 1].end
                subject = Phrase(self.text[subject.start : end], subject.start, end)
            elif subject is not None and subject.start >= self.tokens[index].start:
                subject = None
            return Meaning(subject, found.holder or self.agent_holder(index, found), time, found.carry, found.carry_holder)
        if kind == "number" and "unit_missing" in flags and self.tag(index + 1) == "NNS" and self.chunk(index + 1) is not None and not (
            self.word(index + 1) in ("points", "point") and self.word(index + 2) in _MARGIN_WORDS
        ):  # (not "16 points ahead of Trump", "slip 10 points behind Chelsea": a margin, whose unit measures nothing)
            noun = self.chunk(index + 1)  # "kicking 28 points": a plural noun the figure counts
            return self.acted_on(index, self.phrase(index + 1, noun.last), time)  # type: ignore[union-attr]
        if kind == "number" and "unit_missing" in flags and (aged := self._aged_group_after(index)) is not None:
            return Meaning(aged, self.agent_holder(index, Meaning()), time)  # "a survey of 500 British 16 to 20-year-olds": the people of that age it counts
        if kind == "number" and "unit_missing" in flags and own is not None and own.first == index < own.last - 1 and own.last <= index + 3 and own.head == own.last and (
            self.tag(own.head) == "NNS" and not self.tokens[own.head].proper and all(
                self.tag(k) in ("NN", "VBG", "JJ") and self.tokens[k].text.isalpha() and self.tokens[k].text.islower() for k in range(index + 1, own.head)
            ) and self.tokens[own.head].text.isalpha() and not (
                _CLOCK_UNITS.fullmatch(self.tokens[own.head].lower) and any(self.tag(k) == "JJ" for k in range(index + 1, own.head))
            )  # (not "for 47 continuous years": a span, whose adjective says how it ran)
        ):  # "a total of 16 training days", "some 40 polling stations": a plural after a noun or gerund that modifies it,
            # in the figure's own chunk, is what the number counts (the holder as for a bare number)
            return Meaning(self.phrase(index + 1, own.last), self.agent_holder(index, Meaning()), time)
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) in _OPENING_QUOTES and (quoted := self.quoted_plural(index)) is not None:
            return self.acted_on(index, quoted, time)  # "1,500 "safety whistleblowers" had lost their jobs", "27 “at-large” delegates"
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) in _COUNT_MODIFIERS and (
            self.word(index + 1) not in ("most", "least") or self.tag(index + 2) == "JJ"
        ):  # "4,500 such donors", "12 additional disciplinary points", "the world's 100 most influential people"
            j = index + 2
            while j < index + 6 and self.tag(j) in ("JJ", "VBN", "NN") and not self.tokens[j].proper:
                j += 1
            if self.tag(j) == "NNS" and not self.tokens[j].proper and not self.tokens[min(j + 1, len(self.tokens) - 1)].noun:
                return self.acted_on(index, self.phrase(index + 1, j), time)
        if kind == "number" and "unit_missing" in flags and self.tag(index + 1) == "JJ" and self.word(index + 2) in ("or", "and"):
            j = index + 2  # "400 Labour or Labour-leaning voters": coordinated modifiers, then the plural counted
            while j < index + 6 and (self.tag(j) in ("JJ", "VBN") or self.word(j) in ("or", "and")):
                j += 1
            noun = self.chunk(j)
            if noun is not None and noun.first <= j and noun.head == noun.last and self.tag(noun.head) == "NNS":
                return self.acted_on(index, self.phrase(index + 1, noun.last), time)
        if kind == "number" and "unit_missing" in flags and (
            self.word(self.skip_qualifier(index - 1)) in ("from", "to", "by")
            or self.word(at := self.skip_qualifier(index - 1)) == "at" and self.word(at - 1) in ("higher", "lower")  # "closed 35 points higher at 7,420"
        ) and self.word(index + 1) != "of" and (
            self.word(self.skip_qualifier(index - 1)) != "by" or self.clause_verb(index)[1] is None
        ):  # "dropped by 5,000 to 826,000" (but "won the state by 5,000": a margin over the object)
            # "the number of colleges rose from 350 to 400": both ends are levels of the clause's subject
            found = self.clause_subject(index, kind)
            if found.subject is not None:
                return Meaning(found.subject, found.holder, time, found.carry, found.carry_holder)
        if kind == "number" and "unit_missing" in flags and own is not None and own.first < index < own.last and self.tokens[own.head].tag in ("NN", "NNS") and (
            self.word(index + 1) in ("points", "point") and self.word(index + 2) in _MARGIN_WORDS
        ):  # "shows Ted Cruz 16 points ahead of Trump", "gone into the interval 30 points down": a margin the chunker
            # joined to the noun before measures no thing; a name before it holds it
            before = self.tokens[index - 1]
            return Meaning(None, self.phrase(own.first, index - 1) if before.proper else self.agent_holder(index, Meaning()), time)
        if kind == "number" and "unit_missing" in flags and own is not None and own.first < index < own.last and self.tokens[own.head].tag in ("NN", "NNS"):
            if (reached := self.reached_mark(index, own)) is not None:
                return Meaning(reached.subject, reached.holder, time)
            found = self.described(own, skip_to=index + 1)  # "a 50K check": the noun the number modifies
            return Meaning(found.subject, self.agent_holder(index, found), time)
        before = self.skip_qualifier(index - 1)
        while self.word(before) in _DASHES and self.word(before - 1) in _DASHES:
            before -= 1  # "took the most seats -- 123 --": a dash written as two
        if kind == "number" and "unit_missing" in flags and self.word(before) == "," and (group := self.qualified_group(before)) is not None:
            return Meaning(group, None, time)  # "Of the 121 people detained in the raids, 77 have been deported": the group, not the noun before the comma
        if kind == "number" and "unit_missing" in flags and (self.word(before) == "," or self.word(before) in _DASHES and self.word(index + 1) in _DASHES | {"in"}) and (
            (prior := self.chunk(before - 1)) is not None and prior.last == before - 1 and self.tokens[prior.head].tag == "NNS"
        ):
            found = self.described(self.base_of(prior))  # "thousands of workers, about 4,000 in all": the plural it restates
            return Meaning(found.subject, found.holder or self.agent_holder(index, found), time)
        if kind == "number" and "unit_missing" in flags and self.tag(index + 1) == "FIG" and "-" in self.tokens[index + 1].text and (
            (modified := self.chunk(index + 1)) is not None and modified.last > index + 1 and self.tokens[modified.head].tag in ("NNS", "NN")
        ):  # "650 18-hole golf courses": the number counts the noun the hyphenated figure modifies
            return self.acted_on(index, self.phrase(index + 2, modified.last), time)
        if kind == "number" and "unit_missing" in flags and self.word(index + 1) not in ("of",) and not (self.word(index + 1) == "out" and self.word(index + 2) == "of"):
            measure = self.measure_before(index)  # "a population of more than 400,000"
            if measure is not None:
                return Meaning(measure.subject, measure.holder or self.agent_holder(index, Meaning()), time, measure.carry, measure.carry_holder)
            if (level := self.level_of_subject(index)) is not None:  # "Attendance averaged 38,000": a level of the thing named
                return Meaning(level.subject, level.holder, time, level.carry, level.carry_holder)
            if self.opens_clause(index) and (group := self.among()) is not None:
                return Meaning(group, None, time)  # "Of its 76,981 registered voters, ..., 30,290 are Democrats": a part of the group
            if self.casualty_count(index):
                # "the assaults that killed 130", "a shooting by two gunmen that killed 14", "the disaster in which 96 died": the
                # noun left unsaid is the dead or hurt, which only a casualty count before it names ("killed 49 people and
                # wounded 53"), never the agent or another plural of the sentence
                return Meaning(self.casualties_before(index), self.agent_holder(index, Meaning()), time)
            if (plural := self.plural_before(index)) is not None:  # "the leader in golf courses, with more than 1,000": the noun left unsaid
                return Meaning(plural, self.agent_holder(index, Meaning()), time)
            return Meaning(None, self.agent_holder(index, Meaning()), time, carry="count")
        if kind in ("percent", "number") and self.opens_clause(index):  # "32% said ...": a share of the poll
            if (restated := self.restated_share(index)) is not None:
                return Meaning(restated, self.opponent(index) or self.supported(index), time, share=True)  # "a majority of likely voters, 56%, have ..."
            group = self.among()
            if group is not None and kind == "percent" and (sibling := self.sibling_group(index, group)) is not None:
                group = sibling  # "Among Democrats, 45% of likely caucusgoers backed Lee and 42% Roy": the group the share before named
            return Meaning(group, self.opponent(index) or self.supported(index), time, carry=None if group else "share", share=group is not None)
        if kind == "percent" and (name := self.share_of_name(index)) is not None:
            if self.word(index + 1) == "of" and (group := self.chunk(index + 2)) is not None and group.first == index + 2 and self.tokens[group.head].noun:
                found = self.described(group)  # "Smith leads with 40% of likely voters"
                return Meaning(found.subject, name, time, share=True)
            if own is not None and own.first <= index < own.last and self.tokens[own.head].tag in ("NN", "NNS") and (
                (found := self.described(own, skip_to=index + 1)).subject is not None
            ):
                return Meaning(found.subject, name, time)  # "Clinton wins with 38 percent support": the noun the share modifies
            return Meaning(None, name, time, carry="share")  # "Ben Carson trails them at 13 percent"
        found = self._subject(index, own, kind)
        if kind == "duration" and found.subject is not None and self.word(index - 1) in _CLOCK_MOMENT_PREPOSITIONS and _CLOCK_SPAN.search(self.tokens[index].lower) and (
            self.word(index + 1) not in ("of", "-", "–") and "-" not in self.tokens[index].text and not self._ended_before(index - 1)
        ):  # "United doubled their lead after 48 minutes", "level within six minutes thanks to ...", "took the lead on 35 minutes": a moment on the clock, no thing
            # it measures (not "after 90 minutes of talks", nor "after a 45-minute meeting": the modifier sizes its noun)
            found = replace(found, subject=None, carry=None if found.carry in ("share", "count") else found.carry)
        elif kind == "quantity" and found.subject is not None and found.subject.end <= self.tokens[index].start and (own is None or own.last == index) and self.race_named(index):  # "won silver in the 100m", "his first titles over 1500m", "a strike for the line in the final 20 metres": a distance that
            # names the race run, or the stretch of it where something happened, measures no thing of the clause
            found = replace(found, subject=None, carry=None if found.carry in ("share", "count") else found.carry)
        elif kind == "duration" and found.subject is not None and self.word(self.skip_qualifier(index - 1)) == "with" and _CLOCK_SPAN.search(self.tokens[index].lower) and (
            _CLOCK_LEFT.match(self.text, self.tokens[index].end) is not None
        ):  # "within four points with 13 minutes on the clock remaining", "level with six minutes to go": the game's clock, no thing
            # it measures (not "with fewer than 70 days remaining until Election Day": days are no game's clock)
            found = replace(found, subject=None, carry=None if found.carry in ("share", "count") else found.carry)
        if found.subject is None and kind in ("percent", "number", "percentage_points") and (group := self.among() or self.among_after(index) or self.among_before(index)) is not None:
            found = Meaning(group, found.holder, share=True)  # "Among Trump voters, 74 percent said ...", "leads 66% to 27% among women"
        elif kind == "percent" and found.subject is not None and found.subject.text.lower() in ("figure", "number", "percentage", "proportion", "share") and (
            group := self.among()
        ) is not None:
            found = Meaning(group, found.holder, share=True)  # "Among women, the figure is 75 percent": a bare measure word, the group's share
        holder = self.opponent(index) or self.participle_agent(index) or found.holder or (None if found.carry else self.place_after(index))
        if holder is not None and holder is found.holder and holder.start > self.tokens[index].end and re.search(r"\bin\s+(?:the\s+)?$", self.text[: holder.start]) and not _demonym(holder.text) and (
            agent := self.agent_holder(index, found)
        ) is not None and agent.end <= self.tokens[index].start and self.tokens[self.clause_verb(index)[0]].start < self.tokens[index].start:
            holder = agent  # "Trump has just 5 percent support of the black vote in Florida": the agent's, the place a note
        if holder is None and kind == "percent":
            holder = self.supported(index)
        carry, carry_holder = found.carry, found.carry_holder
        if carry in fp.POSSESSIVE_PRONOUNS and (antecedent := self.antecedent(index, carry)) is not None:
            holder, carry, carry_holder = antecedent, None, False  # "Mr Brown ... his": in the same sentence
        if holder is None and carry is None:
            holder = self.agent_holder(index, found) or self.other_holder(index)
            if holder is None and (pronoun := self.agent_pronoun(index)):
                carry, carry_holder = pronoun, True
            elif holder is None:
                holder = self.recipient(index)
                if holder is None and (pronoun := self.recipient_pronoun(index)) is not None:
                    carry, carry_holder = pronoun, True  # "The speeches earned her $675,000": whoever she is
        if holder is None and carry is None and found.subject is not None and (agent := self.measured_agent(index, found)) is not None:
            found, holder = replace(found, subject=None), agent  # "Students will pay £9,000 a year": who pays, not what is measured
        if kind == "money" and found.subject is None and carry is None:
            verb, _ = self.clause_verb(index)
            if verb >= 0 and self.word(verb) in fp.GIVING_NOUNS:  # "it gave $100,000": the gifts the article spoke of
                carry = "given:" + self.word(verb)
        return Meaning(found.subject, holder, time, carry, carry_holder, found.share, self.pointer(index, holder, carry, carry_holder))

    def _ended_before(self, at: int) -> bool:
        """Whether the word before `at` (an "after"), past an adverb or "up"/"off", ends an act ("the talks collapsed after
        40 minutes", "the match was abandoned after 20 minutes", "the talks broke up after an hour")."""
        k = at - 1
        while k >= 0 and self.tag(k) == "RB" and self.word(k) not in ("up", "off"):
            k -= 1
        if self.word(k) in ("up", "off") and self.word(k - 1) in ("broke", "broken", "called", "call", "breaks", "calls"):
            return True
        return self.word(k) in _ENDING_VERBS

    def topic(self) -> Topic | None:
        """The sentence's main subject (the first noun phrase before a verb, outside any
        prepositional phrase), for a following sentence that says "it". A verb of saying is passed
        over when what is said has a subject of its own: "Smith says the stock could fall" is about the
        stock, "Smith said: 'We will ...'" still about Smith."""
        saying = -1
        for i, token in enumerate(self.tokens):
            if not (token.tag.startswith("VB") or token.tag == "MD"):
                continue
            if token.lower in _SAYING and saying < 0:
                saying = i
                continue
            found = self._topic_of(i)
            return found if found is not None or saying < 0 else self._topic_of(saying)
        return self._topic_of(saying) if saying >= 0 else None

    def _topic_of(self, verb: int) -> Topic | None:
        chunk = self.verb_subject(verb)
        if chunk is None or self.tokens[chunk.head].tag in ("PRP", "FIG"):
            return None
        meaning = self.described(chunk)
        if meaning.subject is None:
            return None
        holder = meaning.holder
        if holder is None and self.tokens[chunk.head].proper:
            return Topic(meaning.subject, None)
        return Topic(meaning.subject, holder)


def read(
    text: str, figures: Sequence[tuple[int, int, str, Sequence[str]]], names: frozenset[str] | None = None
) -> tuple[list[Meaning], Topic | None]:
    """The meaning of each figure (start, end, kind, flags) of one sentence, and the sentence's topic;
    `names` are the words its article capitalizes inside sentences (`syntax.capitalized_inside`)."""
    times = [  # "just over a quarter, 26 percent": a share inside words that read like a period is no time phrase
        (s, _distance_only(text, s, e, figures)) for s, e in time_spans(text)
        if not any(fs < e and s < fe and kind in ("number", "percent", "money") for fs, fe, kind, _ in figures)
    ]
    tree = parse(text, [(s, e) for s, e, _, _ in figures], times, names)
    reader = _Reader(text, tree)
    index_of = _figure_tokens(tree.tokens, figures)
    meanings = [
        reader.read(index_of[n], kind, flags) if index_of[n] >= 0 and tree.tokens[index_of[n]].tag == "FIG" else Meaning()
        for n, (_, _, kind, flags) in enumerate(figures)
    ]
    for n, (_, _, kind, _) in enumerate(figures):  # "9 percent of the ''moderate'' vote": a quoted modifier the chunker breaks the whole at
        if kind == "percent" and meanings[n].subject is None and index_of[n] >= 0 and (whole := _quoted_whole(reader, index_of[n])) is not None:
            meanings[n] = replace(meanings[n], subject=whole, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
    for n, (_, _, kind, _) in enumerate(figures):  # "12 and 11 players", "100,000, 200,000 or 250,000 refugees"
        if meanings[n].subject is None and kind in ("number", "count") and index_of[n] >= 0 and tree.tokens[index_of[n]].tag == "FIG" and not re.search(
            r"[A-Za-z]", tree.tokens[index_of[n]].text
        ) and (listed := _listed_plural(reader, index_of[n])) is not None:
            meanings[n] = replace(meanings[n], subject=listed, carry=None)
    for n, index in enumerate(index_of):
        if index >= 0 and tree.tokens[index].tag == "TIME":
            meanings[n] = _framing(reader, index, [(index_of[m], meanings[m]) for m in range(len(figures)) if m != n])
    for n, (_, _, kind, _) in enumerate(figures):  # "two tries in four minutes", "a million posts within 24 hours": how fast the count came
        if kind == "duration" and n and (counted := _counted_in_span(reader, index_of[n], index_of[n - 1], meanings[n - 1])) is not None:
            meanings[n] = replace(meanings[n], subject=counted, carry=None)
    for n, index in enumerate(index_of):  # "6,000 crimes in 2014, including 80 murders": a part has the whole's holder
        if n and meanings[n].holder is None and reader.word(reader.skip_qualifier(index - 1)) == "including":
            meanings[n] = replace(meanings[n], holder=meanings[n - 1].holder, pointer=meanings[n - 1].pointer)
    for n, index in enumerate(index_of[:-1]):  # "2- and 3-bedroom homes": the first number shares the second's hyphened noun
        if index >= 0 and index_of[n + 1] == index + 3 and meanings[n + 1].subject is not None and _suspends_hyphen(reader, index):
            meanings[n] = replace(meanings[n], subject=meanings[n + 1].subject, holder=meanings[n].holder or meanings[n + 1].holder, carry=None)
    _share_holders(reader, index_of, meanings, ["age" in flags for _, _, _, flags in figures])
    _part_holders(reader, index_of, [kind for _, _, kind, _ in figures], meanings)
    for n, index in enumerate(index_of):
        relative_part = index >= 0 and reader.word(index + 1) == "of" and reader.word(index + 2) in ("whom", "which")  # ", 537 of which"
        if (meanings[n].subject is None or relative_part) and (meanings[n].carry in (None, "count") or meanings[n].carry_holder or relative_part) and index >= 0 and tree.tokens[index].tag == "FIG":
            if (whole := _partitive_whole(reader, index)) is not None:
                carry = None if meanings[n].carry == "count" else meanings[n].carry  # a holder carried over stays
                meanings[n] = replace(meanings[n], subject=whole, carry=carry)
    for n, index in enumerate(index_of):  # "$9m of the $14m in television advertising": a part of an amount measures what the whole does
        if index >= 0 and reader.word(index + 1) == "of" and figures[n][2] in ("money", "quantity"):
            k = index + 2
            while reader.tag(k) in ("DT", "PRP$", "RB") and k < index + 4:
                k += 1
            whole = tree.tokens[k].figure if k < len(tree.tokens) and tree.tokens[k].tag == "FIG" else -1
            if 0 <= whole < len(figures) and figures[whole][2] == figures[n][2] and (found := meanings[whole].subject) is not None and (
                meanings[n].subject is None or meanings[n].subject.end <= reader.tokens[index].start
            ):
                meanings[n] = replace(meanings[n], subject=found, carry=None)
    for n, index in enumerate(index_of):  # "the sales tax, which, at 9 percent, is the region's highest": the relative's antecedent
        k = reader.skip_qualifier(index - 1)
        if index >= 0 and meanings[n].subject is None and reader.word(k) == "at" and reader.word(k - 1) == "," and reader.word(k - 2) in ("which", "that") and (
            reader.word(index + 1) == ","
        ):
            j = k - 3 - (reader.word(k - 3) == ",")
            prior = reader.chunk(j)
            if prior is not None and prior.last == j and reader.tokens[prior.head].tag in ("NN", "NNS") and (at := reader.described(reader.base_of(prior))).subject is not None:
                meanings[n] = replace(meanings[n], subject=at.subject, holder=meanings[n].holder or at.holder, carry=None)
    for n, index in enumerate(index_of):  # "half a percentage point of the nation's GDP": a unit written apart from the figure
        found = meanings[n].subject
        if index >= 0 and found is not None and found.text.lower() in _UNIT_SUBJECTS and found.start >= reader.tokens[index].end:
            k = reader._token_at(found.start)
            last = reader.chunk(k)
            if last is not None and reader.tokens[last.last].end == found.end and reader.word(last.last + 1) == "of" and (
                (whole := reader.chunk(last.last + 2)) is not None and whole.first == last.last + 2 and reader.tokens[whole.head].tag in ("NN", "NNS")
            ):
                share = reader.described(whole)
                if share.subject is not None:  # (its owner, "the nation's", is no holder of the figure: the clause's agent is)
                    meanings[n] = replace(meanings[n], subject=share.subject)
    for n, index in enumerate(index_of):  # "her bounce is larger than the 3 points her rival got": the compared subject
        if index >= 0 and (meanings[n].subject is None or meanings[n].subject.text.lower() in ("points", "point")) and (compared := _compared_subject(reader, index)) is not None:
            meanings[n] = replace(meanings[n], subject=compared, carry=None)
    for n, index in enumerate(index_of):  # "four games, but three of those came at home", "the biggest takeovers, all of them worth $20bn"
        found = meanings[n].subject
        earlier = next((m for m in range(n - 1, -1, -1) if figures[m][2] == "percent" and meanings[m].share and meanings[m].subject is not None), None) if (
            index >= 0 and found is not None and figures[n][2] == "percent" and found.text.lower() in _DEMONSTRATIVE_PARTS and not _modified_those(reader, found)
        ) else None  # (not "70% of those over 65": a group of its own)
        if earlier is not None:  # "5% of those asked chose A, while 3% of them chose B": the group the share before was of
            meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=True)
        elif index >= 0 and found is not None and (antecedent := _pronoun_antecedent(reader, found, [f[2] for f in figures])) is not None:
            meanings[n] = replace(meanings[n], subject=antecedent)
    for n, index in enumerate(index_of):  # "learners aged 16 to 18", "the suspect ..., aged 30 to 40": whose age it is (an age measures no thing)
        if index >= 1 and "age" in figures[n][3] and meanings[n].holder is None and (aged := _aged_people(reader, index)) is not None:
            meanings[n] = replace(meanings[n], subject=None, holder=aged)
    for n in range(len(figures) - 2, -1, -1):  # "26 cases and 11 deaths between 2009 and 2018": a pair shares its time
        index, later = index_of[n], index_of[n + 1]
        if index >= 0 and later == index + 2 and reader.word(index + 1) == "and" and meanings[n].time is None and meanings[n + 1].time is not None and (
            figures[n][2] == figures[n + 1][2] and reader.tokens[later].end <= meanings[n + 1].time.start
        ):
            meanings[n] = replace(meanings[n], time=meanings[n + 1].time)
    for n, index in enumerate(index_of):  # "The poll of 2,000 adults, including 640 Labour or Labour-leaning voters, was conducted March 3-6": the part's time is the whole's
        if n and index >= 0 and meanings[n].time is None and meanings[n - 1].time is not None and reader.word(reader.skip_qualifier(index - 1)) == "including" and (
            figures[n - 1][2] == figures[n][2] or {figures[n - 1][2], figures[n][2]} <= {"count", "number"}
        ):
            meanings[n] = replace(meanings[n], time=meanings[n - 1].time)
    for n in range(len(figures) - 1):  # "will pick 23 of its 29 delegates Saturday": a part has the time its whole has after it
        index, whole = index_of[n], index_of[n + 1]
        if 0 <= index < whole <= index + 4 and reader.word(index + 1) == "of" and all(reader.tag(j) in ("DT", "PRP$") for j in range(index + 2, whole)) and (
            meanings[n].time is None and meanings[n + 1].time is not None and reader.tokens[whole].end <= meanings[n + 1].time.start
        ):
            meanings[n] = replace(meanings[n], time=meanings[n + 1].time)
    for n in range(1, len(figures)):  # "$50,000 for individuals and $100,000 for couples": parallel amounts measure one thing
        if _parallel_to(reader, index_of[n - 1], index_of[n]) and figures[n - 1][2] == figures[n][2] and (found := meanings[n - 1].subject) is not None and not (
            reader.tokens[index_of[n - 1]].end <= found.start < reader.tokens[index_of[n]].start
        ):  # (not "60% among black voters and 30% among white voters": each phrase names its own group)
            meanings[n] = replace(meanings[n], subject=meanings[n - 1].subject, holder=meanings[n].holder or meanings[n - 1].holder, carry=None)
    for n, index in enumerate(index_of):  # "cut the rate to 28 percent ..., but she would leave it at 35 percent": what "it" stood for
        if index >= 3 and meanings[n].subject is None and reader.word(index - 1) in ("at", "to") and reader.word(index - 2) == "it" and reader.tag(index - 3).startswith("VB"):
            earlier = next((m for m in range(n - 1, -1, -1) if index_of[m] >= 0 and figures[m][2] == figures[n][2] and meanings[m].subject is not None), None)
            if earlier is not None:
                meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, carry=None)
    field: Phrase | None | bool = False
    for n, index in enumerate(index_of):  # "In the latest poll, conducted in May, Clinton led 47 percent to 39 percent"
        if meanings[n].time is None and figures[n][2] in ("percent", "percentage_points") and index >= 0:
            if field is False:
                field = reader.poll_time()
            if field is not None:
                meanings[n] = replace(meanings[n], time=field)
    for n, index in enumerate(index_of):  # "tariffs, ranging from 5% to 25%": the range of what comes before the comma
        if index >= 0 and tree.tokens[index].tag == "FIG" and (whole := _ranged_whole(reader, index, [f[2] for f in figures], n, meanings)) is not None:
            meanings[n] = replace(meanings[n], subject=whole.subject, share=whole.share, carry=None)
    for n, index in enumerate(index_of):  # "set at £4.85 for those aged 22 and above, and at £4.10 for ...": a gapped clause
        if index >= 3 and meanings[n].subject is None and figures[n][2] in ("money", "percent", "quantity") and reader.word(index - 1) in ("at", "to", "by") and (
            reader.word(index - 2) == "and" and reader.word(index - 3) == ","
        ):
            earlier = next((m for m in range(n - 1, -1, -1) if figures[m][2] == figures[n][2] and 0 <= index_of[m] < index), None)
            if earlier is not None and meanings[earlier].subject is not None and reader.word(index_of[earlier] - 1) == reader.word(index - 1) and not any(
                reader.tag(j) in FINITE_TAGS for j in range(index_of[earlier] + 1, index)
            ):  # no finite verb between ("for those aged 22" is a participle)
                meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, holder=meanings[n].holder or meanings[earlier].holder, carry=None)
    for n, index in enumerate(index_of):  # "£960m ($1.8bn)": the same amount restated means the same
        if index >= 2 and reader.word(index - 1) == "(" and reader.tag(index - 2) == "FIG" and reader.word(index + 1) == ")":
            earlier = tree.tokens[index - 2].figure
            if 0 <= earlier < len(meanings):
                meanings[n] = meanings[earlier]
    for n, index in enumerate(index_of):  # "Older renters are likelier to say so than owners, 61 percent to 48 percent": the group the clause is about
        if index >= 2 and figures[n][2] == "percent" and reader.word(index + 1) == "to" and reader.tag(index + 2) == "FIG" and (
            reader.word(reader.skip_qualifier(index - 1)) == "," and (main := reader.main_subject()) is not None and main.last < index
        ) and reader.tokens[main.head].tag == "NNS" and not reader.tokens[main.head].proper and (group := reader.described(main)).subject is not None:
            meanings[n] = replace(meanings[n], subject=group.subject, share=True, carry=None)
    for n, index in enumerate(index_of):  # "leads 52% to 31%", "from 80mg to 50mg": both ends measure the same thing
        if index >= 4 and reader.tag(index - 1) == "POS" and reader.tokens[index - 2].proper and reader.word(index - 3) == "to" and (
            earlier := next((m for m in range(n - 1, -1, -1) if 0 <= index_of[m] < index - 3 and figures[m][2] == figures[n][2]), None)
        ) is not None and meanings[earlier].subject is not None and meanings[earlier].subject.end <= reader.tokens[index - 3].start:
            # "49.8 percent of the delegate count to Sanders’ 49.6 percent": the other side of the same measure
            meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=meanings[earlier].share)
        elif index >= 2 and reader.word(index - 1) in ("to", "-", "–") and reader.tag(index - 2) == "FIG":
            earlier = tree.tokens[index - 2].figure
            if 0 <= earlier < len(meanings) and figures[earlier][2] == figures[n][2] and meanings[earlier].subject is not None:
                meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=meanings[earlier].share)
            elif 0 <= earlier < len(meanings) and figures[earlier][2] == figures[n][2] and meanings[earlier].carry == "share" and meanings[n].subject is None:
                meanings[n] = replace(meanings[n], carry="share", carry_holder=False)  # "64 percent to 56 percent": both the poll's shares
    for n, index in enumerate(index_of):  # "about 200 Catholic, 150 Methodist and 40 Quaker schools": the list's one noun
        if index >= 0 and meanings[n].subject is None and figures[n][2] == "number" and "unit_missing" in figures[n][3] and (
            noun := _gapped_series_noun(reader, index, figures, meanings)
        ) is not None:
            meanings[n] = replace(meanings[n], subject=noun, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
    for n, index in enumerate(index_of):  # "70% of graduates had debt, up from 60% a decade ago": the base of a comparison
        if n and index > 0 and reader.tag(index) == "FIG" and (earlier := _compared_with(reader, index, figures, index_of, n)) is not None:
            own_group = reader.word(index + 1) == "of" and meanings[n].subject is not None and meanings[n].share
            if meanings[earlier].subject is not None and not own_group:  # (not "..., compared with 61% of Democrats": the base's own group)
                meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=meanings[earlier].share, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
                if reader.word(reader.skip_qualifier(index - 1)) == "from" and meanings[n].holder is not None and (
                    meanings[n].holder.start <= reader.tokens[index_of[earlier]].start < meanings[n].holder.end
                ):
                    # "1 in 4 residents lived there, up from 1 in 10": the base's holder is the earlier figure's, not that figure itself
                    meanings[n] = replace(meanings[n], holder=meanings[earlier].holder, pointer=meanings[earlier].pointer)
            elif meanings[earlier].carry == "share" and figures[earlier][2] == figures[n][2]:
                meanings[n] = replace(meanings[n], subject=None, share=meanings[earlier].share, carry="share", carry_holder=False)  # "70 percent believe ..., up from 60 percent": both the poll's shares
            elif meanings[earlier].carry is None and figures[earlier][2] == figures[n][2] == "money" and meanings[n].subject is not None:
                meanings[n] = replace(meanings[n], subject=None)  # "Schools receive £6,000 per pupil, against £4,500": the base measures what the figure does, nothing named
    for n, index in enumerate(index_of):  # "just $9.2 million, or about 4 percent, was spent on ...": the same amount restated as a share
        before = reader.skip_qualifier(index - 1)
        if n and index > 0 and tree.tokens[index].tag == "FIG" and reader.word(before) == "or" and reader.word(before - 1) == "," and reader.tag(before - 2) == "FIG" and (
            reader.word(index + 1) in (",", ".", ";", ")") or index + 1 >= len(tree.tokens)
        ):
            earlier = tree.tokens[before - 2].figure
            if 0 <= earlier < n and figures[earlier][2] not in ("count", "duration") and (
                meanings[earlier].subject is not None or meanings[earlier].carry not in ("share", "count")
            ):
                meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=meanings[earlier].share, carry=meanings[earlier].carry if meanings[earlier].subject is None else None)
    for n, index in enumerate(index_of[:-1]):  # "$1,000 or $2,000 contributions", "a 56% and 54% approval rating": two modifiers of one noun
        if index >= 0 and reader.word(index + 1) in ("and", "or") and index_of[n + 1] == index + 2 and figures[n + 1][2] == figures[n][2] and (
            figures[n][2] != "quantity"  # "won 1500m and 800m gold", "the 200m and 400m record holder": distances that name events
            and tree.tokens[index].tag == "FIG" and tree.tokens[index + 2].tag == "FIG"
        ):
            own, second, found = reader.chunk(index), reader.chunk(index + 2), meanings[n + 1].subject
            if (own is None or own.last == index) and second is not None and second.first == index + 2 and second.last > index + 2 and (
                reader.tokens[second.head].tag in ("NN", "NNS") and found is not None and found.start == reader.tokens[index + 3].start
            ):
                meanings[n] = replace(meanings[n], subject=found, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
    for n, index in enumerate(index_of):  # "bad news for John Kasich, who is in third place with 24 percent": no share of the news
        if index >= 0 and meanings[n].subject is not None and _said_of_person_before(reader, meanings[n].subject, index):
            meanings[n] = replace(meanings[n], subject=None)
    for n, index in enumerate(index_of):  # "$700m in revenue, up 4%", "$2.6bn last year, a 5% drop from 2014": the change of the figure before
        if n and index > 0 and reader.tag(index) == "FIG" and (earlier := _appended_change(reader, index, index_of, n)) is not None:
            before = meanings[earlier]
            own_time = meanings[n].time if meanings[n].time is not None and not _COMPARED.match(meanings[n].time.text) else None
            if before.subject is not None or before.carry is None or before.carry == "share" and reader.tag(index_of[earlier]) == "FIG" and _opening_subject(reader, index_of[earlier]):
                meanings[n] = replace(meanings[n], subject=before.subject, share=before.share, time=own_time or before.time, carry=before.carry)
            else:
                meanings[n] = replace(meanings[n], time=own_time or before.time)
    for n, index in enumerate(index_of):  # "5 crimes for every 1,000 residents": a denominator has no period of its own
        if index > 0 and reader.word(reader.skip_qualifier(index - 1)) in ("every", "per") and tree.tokens[index].tag == "FIG":
            meanings[n] = replace(meanings[n], time=None)
    for n, (_, _, kind, _) in enumerate(figures):
        if kind == "money" and meanings[n].subject is None and meanings[n].carry is None and index_of[n] >= 0:
            if (purpose := _purpose(reader, index_of[n])) is not None:
                meanings[n] = replace(meanings[n], subject=purpose)
    for n, (_, _, kind, _) in enumerate(figures):  # "It could cost £80m to run a national vote", "a permit, costing £90"
        if kind == "money" and meanings[n].subject is None and index_of[n] >= 0 and (priced := _priced_thing(reader, index_of[n])) is not None:
            meanings[n] = replace(meanings[n], subject=priced, carry=None)
    for n, found in enumerate(meanings):  # "two others": the count goes on from the last one's noun
        if found.subject is not None and found.subject.text.lower() in ("others", "other", "more") and found.carry is None:
            meanings[n] = replace(found, subject=None, carry="count")
    for n, (start, end, kind, _) in enumerate(figures):  # "They are 100 percent wrong": a degree, no share of a thing
        index = index_of[n]
        if kind == "percent" and index >= 0 and re.match(r"100\b", text[start:end]) and reader.tag(index + 1) in ("JJ", "RB") and not (
            reader.tokens[index + 2].noun if index + 2 < len(reader.tokens) else False
        ):
            meanings[n] = replace(meanings[n], subject=None, carry=None, share=False)
    for n, (_, _, kind, _) in enumerate(figures):  # "63% backed the ban compared with 24% against": the poll's share, not the ban
        index = index_of[n]
        if kind == "percent" and index >= 0 and reader.word(index + 1) in ("against", "opposed", "undecided", "unsure") and (
            index + 2 >= len(reader.tokens) or reader.tag(index + 2) in (".", ",", ":") or reader.word(index + 2) in (";", ")")
        ) and meanings[n].subject is not None and meanings[n].subject.end <= reader.tokens[index].start:
            meanings[n] = replace(meanings[n], subject=None, carry="share", share=False)
    for n, (_, _, kind, _) in enumerate(figures):  # "a 60% majority of members back it": the share is of the members
        index = index_of[n]
        if kind == "percent" and index >= 0 and reader.word(index + 1) in ("majority", "plurality", "minority") and reader.word(index + 2) == "of" and (
            group := reader.chunk(index + 3)
        ) is not None and group.first == index + 3 and reader.tokens[group.head].tag in ("NNS", "NNPS", "NN", "NNP") and reader.tokens[group.head].tag != "FIG":
            plural = next((k for k in range(group.first, group.head) if reader.tag(k) in ("NNS", "NNPS")), None)
            if plural is not None:  # "of Republicans support deploying": the tagger ran the group on into its verb
                found = Meaning(reader.phrase(reader._after_determiner(group.first, plural), plural))
            else:
                found = reader.described(group)
            if found.subject is not None:
                meanings[n] = replace(meanings[n], subject=found.subject, share=True, carry=None)
    for n, (_, _, _, flags) in enumerate(figures):  # "four in 10 likely voters": a share of the group, as "40% of"
        if "proportion" in flags and meanings[n].subject is not None:
            meanings[n] = replace(meanings[n], share=True)
    for n, (start, _, kind, _) in enumerate(figures):
        if kind in ("percent", "percentage_points", "number") and (margin := _margin_of_error(text, start)) is not None:
            subject = meanings[n].subject if head_noun(meanings[n].subject.text if meanings[n].subject else None) == "margin" else margin
            meanings[n] = replace(meanings[n], subject=subject, time=None, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
            # "the survey margin of error" stays; a margin is no share of the poll's sample
    for n, index in enumerate(index_of):
        if meanings[n].share and index >= 0 and _subgroup(reader, index):
            meanings[n] = replace(meanings[n], subgroup=True)
    for n, index in enumerate(index_of):  # "The price of oil has fallen 60% since June 2014, when it topped $100": "it" is the main subject
        found = meanings[n]
        if found.subject is None and found.carry == "it" and not found.carry_holder and index >= 0 and (main := reader.main_subject(_it_before(reader, index))) is not None:
            if main.last < index and reader.clause[main.head] != reader.clause[index] and reader.tokens[main.head].tag in ("NN", "NNS"):
                earlier = reader.described(main)
                if earlier.subject is not None:
                    meanings[n] = replace(found, subject=earlier.subject, holder=found.holder or earlier.holder, carry=None)
    if any(token.lower == "respectively" for token in tree.tokens):
        _respectively(text, meanings)
    _share_siblings(reader, figures, index_of, meanings)
    for n, index in enumerate(index_of):
        if n and index > 0 and figures[n][2] != "number" and (name := _gapped_name(reader, index)) is not None:
            # "Trump received 38 percent support, Libertarian Gary Johnson 3 percent and Jill Stein 3
            # percent": a list that leaves out the verb pairs each name with the figure after it
            meanings[n] = replace(meanings[n], holder=name, pointer=None, carry_holder=False)
    for n, index in enumerate(index_of):  # "They have 78 vacancies now, and 34 of them are emergencies": "them" stands for a plural before it
        if index >= 0 and reader.word(index + 1) == "of" and reader.word(index + 2) == "them" and (found := meanings[n].subject) is not None and found.text.lower() == "them":
            antecedent = next((
                chunk for k in range(index - 1, -1, -1)
                if (chunk := reader.chunk(k)) is not None and chunk.last == k and reader.tag(chunk.head) == "NNS" and not reader.tokens[chunk.head].proper
                and reader.word(chunk.head).isalpha()  # not "That’s" read as a plural
            ), None)
            if antecedent is not None and (whole := reader.described(antecedent)).subject is not None:
                meanings[n] = replace(meanings[n], subject=whole.subject, carry=None)
    for n, index in enumerate(index_of):  # "Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied": parts of the share before
        if index > 0 and figures[n][2] == "percent" and (found := meanings[n].subject) is not None and (colon := _listing_colon(reader, index)) is not None and (
            found.end <= reader.tokens[colon].start and any(
                0 <= index_of[m] < colon and (meanings[m].carry == "share" or meanings[m].share) and figures[m][2] in ("percent", "number")
                for m in range(n)
            ) and not _names_people(reader.word(_head_index(reader, found)))
        ):
            meanings[n] = replace(meanings[n], subject=None, carry="share", share=False)
    for n, index in enumerate(index_of):  # "56% of Buckeye State voters want action compared with 38% who support ...": the same group's share
        if n and index > 0 and figures[n][2] == "percent" and reader.word(index + 1) == "who" and not meanings[n].share and (
            earlier := next((m for m in range(n - 1, -1, -1) if figures[m][2] == "percent" and meanings[m].share and meanings[m].subject is not None and 0 <= index_of[m] < index), None)
        ) is not None and not any(reader.word(k) in (".", ";") for k in range(index_of[earlier], index)):
            meanings[n] = replace(meanings[n], subject=meanings[earlier].subject, share=True, carry=None if meanings[n].carry in ("share", "count") else meanings[n].carry)
    for n, index in enumerate(index_of):  # "Young voters tend to hold liberal views: 53% describe themselves as liberal": the people the clause before is about
        if index > 1 and figures[n][2] == "percent" and meanings[n].subject is None and meanings[n].carry == "share" and reader.word(reader.skip_qualifier(index - 1)) == ":" and (
            group := _colon_group(reader, reader.skip_qualifier(index - 1))
        ) is not None:
            meanings[n] = replace(meanings[n], subject=group, carry=None, share=True)
    for n, index in enumerate(index_of):  # "The response was an even split: 46% with a positive reaction": how the poll's group divides, not what is measured
        if index >= 0 and figures[n][2] == "percent" and (found := meanings[n].subject) is not None and found.end <= reader.tokens[index].start and (
            reader.word(_head_index(reader, found)) in _DISTRIBUTION_NOUNS or reader.word(_head_index(reader, found)) in _LEAD_NOUNS and (
                reader.word(index + 1) == "to" and reader.tag(index + 2) == "FIG" or reader.word(index - 1) == "to" and reader.tag(index - 2) == "FIG"
            )  # "a lead of 48 percent to 41 percent over Mr. Sanders": the two sides' shares of the poll, not the lead
        ):
            meanings[n] = replace(meanings[n], subject=None, carry="share", share=False)
        elif index > 1 and figures[n][2] == "percent" and meanings[n].subject is None and meanings[n].carry is None and reader.word(colon := reader.skip_qualifier(index - 1)) == ":" and (
            (verb := next((k for k in range(colon - 1, -1, -1) if reader.tag(k) in FINITE_TAGS), -1)) >= 0 and (split := reader.verb_subject(verb)) is not None
            and reader.tokens[split.head].lower in _DISTRIBUTION_NOUNS
        ):
            meanings[n] = replace(meanings[n], carry="share")  # "On foreign policy, the divide is much closer: 37% liberal to 32% conservative"
    for n, found in enumerate(meanings):  # "in the 2001 election", "at Sunday's meeting": the thing the date modifies
        whole = _dated_thing(reader, found, index_of[n]) if found.time is not None else None
        if whole is not None:
            meanings[n] = replace(found, time=whole)
        if (time := meanings[n].time) is not None and (tidy := _governed_time(reader, time, whole is not None)) is not None:
            meanings[n] = replace(meanings[n], time=tidy)  # "to in the past two weeks", "the winner of Tuesday's debate"
    for n, (_, _, kind, _) in enumerate(figures):
        subject = meanings[n].subject
        if kind == "percent" and subject is not None and subject.text.lower() in _UNIT_ONLY and subject.end <= figures[n][0]:
            change = next((m for m in range(n) if 0 <= subject.start - figures[m][1] <= 2), None)  # "rose 5 points to": the change's
            carried = meanings[change].subject if change is not None else None
            meanings[n] = replace(meanings[n], subject=None if carried is None or carried.text.lower() in _UNIT_ONLY else carried, share=False)
            # "she is up 5 points at 48 percent to 43 percent for Lee": a margin's unit, or a bare measure word written
            # before the share ("an average of 9.2 points at 49.2 percent"), names no thing a share measures; "Turnout
            # rose 5 points to 48 percent": the level measures what the change written with that unit does
    return meanings, reader.topic()


_UNIT_ONLY = frozenset(("points", "point", "percentage points", "average", "the average", "an average"))
"""Subjects that are only a unit or a bare measure word: no thing a percentage measures."""


_WEEKDAY_END = re.compile(r"(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_DAY_PARTS = frozenset(("night", "morning", "afternoon", "evening"))
_DATED_THING_WORDS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBG"))
_MODIFYING_DATE = re.compile(
    rf"(?i)(?:\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:{fp.MONTHS}\s+(?:\d{{1,2}},?\s+)?)?{fp.YEAR_NUMBER}(?:,?\s+(?:and|or)\s+{fp.YEAR_NUMBER})?|['’]s)$"
)
"""A time phrase that ends as a modifier of a noun: a year after "the" ("the 2001", "the December 2012",
"the 2008 and 2012" before "cycles") or a possessive day ("Sunday's")."""


def _suspends_hyphen(reader: _Reader, index: int) -> bool:
    """The figure at `index` ends in a hyphen left hanging before "and"/"or" and a second, hyphened figure ("2- and
    3-bedroom", "two- or three-year"): both share the noun written once, after the second."""
    return reader.word(index + 1) == "-" and reader.word(index + 2) in ("and", "or") and reader.tag(index + 3) == "FIG" and (
        "-" in reader.tokens[index + 3].text
    )


_AGED_PRONOUNS = frozenset(("he", "she", "i"))
"""Pronouns of one person, whose age a bare number after "be" can be."""


def _quoted_whole(reader: _Reader, index: int) -> Phrase | None:
    """The whole a share is "of" when a quoted modifier opens it ("9 percent of the ''moderate'' vote", "of the “swing” states")."""
    after = index + 1
    if reader.word(after) != "of" or reader.word(after + 1) != "the" or reader.word(after + 2) not in _OPENING_QUOTES | _DOUBLED_QUOTES:
        return None
    close = reader._quote_closed(after + 2)
    whole = reader.chunk(close + 1) if close is not None else None
    if whole is None or whole.first != close + 1 or reader.tokens[whole.head].tag not in ("NN", "NNS"):
        return None
    return reader.phrase(after + 2, whole.last)


def _it_before(reader: _Reader, index: int) -> int:
    """The token of the "it" nearest before the figure at `index` (the figure's own when no "it" is written)."""
    return next((k for k in range(index - 1, -1, -1) if reader.word(k) == "it"), index)


def _dated_thing(reader: _Reader, found: Meaning, index: int) -> Phrase | None:
    """A time phrase cut off before the noun it modifies ("in the 2001 election", "at Sunday's Leipzig
    meeting", "During the 1997 election campaign") taken to that noun: what is dated is the election or
    the meeting, and "in the 2001" reads as a broken phrase; so does a day after "the" ("the Dec. 2
    attack", which then opens the phrase). The noun group after it (up to four words,
    ending in a noun, or in an adjective the tagger gave a head noun: "Tuesday's primary") must hold
    none of the figure, its subject or its holder ("The 2019 budget deficit was $4bn" stays)."""
    time = found.time
    assert time is not None
    k = next((j for j, token in enumerate(reader.tokens) if token.tag == "TIME" and token.end == time.end), None)
    if k is None:
        return None
    part = _WEEKDAY_END.search(reader.tokens[k].text) is not None and reader.word(k + 1) in _DAY_PARTS and k + 1 != index
    if part:
        k += 1  # "late Saturday night", "early Sunday morning", "Tuesday night’s debate": the part of the day is the day's
    start, owner = time.start, reader.tag(k + 1) == "POS" and reader.tokens[k + 1].start == reader.tokens[k].end
    if reader.word(k - 1) == "the" and _DAY_DATE.fullmatch(reader.tokens[k].text) and reader.tokens[k].start == time.start:
        start = reader.tokens[k - 1].start  # "the Dec. 2 attack", "the March 15 primary": a day that names an event
    elif part and not owner:
        return Phrase(reader.text[start : reader.tokens[k].end], start, reader.tokens[k].end)
    elif not owner and not _MODIFYING_DATE.search(reader.tokens[k].text):
        return None  # (a possessive after it, "in this year's Six Nations", "at next month's championships", modifies too)
    j = k + 1 + owner
    while j < len(reader.tokens) and reader.tokens[j].tag in _DATED_THING_WORDS and j != index:
        j += 1
    group = range(k + 1 + owner, j)  # the whole noun group: the figure's own words are not in it
    words = (reader.tokens[group[0]].start, reader.tokens[group[-1]].end) if group else None
    if words is None or len(group) > 4 or any(
        other is not None and other.start < words[1] and words[0] < other.end for other in (found.subject, found.holder)
    ):
        return None
    while len(group) > 1 and reader.tag(group[-1]) in ("NN", "NNS") and (reader.tag(group[-1] + 1) in ("DT", "PRP", "PRP$") or reader.word(group[-1] + 1) == "that"):
        group = group[:-1]  # "data from the 2014 American Community Survey show that": a verb the tagger read as a noun,
        j = group[-1] + 1  # and the name before it ends the group
    head_adjective = reader.tag(group[-1]) == "JJ" and (reader.tag(j) in ("IN", "TO", "CC", ",", ".", ":") or reader.tag(j) in FINITE_TAGS or j >= len(reader.tokens))
    nouns = [m for m in group if reader.tag(m) in ("NN", "NNS") or m == group[-1] and (head_adjective or reader.tokens[m].proper)]
    while nouns and (reader.tag(nouns[-1] + 1) in ("DT", "PRP", "PRP$") or reader.word(nouns[-1] + 1) == "that"):
        nouns.pop()  # (a single such word: "the 2014 Survey show that" keeps the older reading)
    if not nouns:
        return None
    end = reader.tokens[nouns[-1]].end
    return Phrase(reader.text[start:end], start, end)


_STACKED_PREPOSITION = re.compile(r"(?i)(?:to|of|at|in|on|for)\s+(?=(?:in|on|at|during|within|throughout)\s)")
"""A preposition right before another that opens the time phrase ("asked to in the past two weeks"): the first
is a verb's or noun's, not the time's."""
_PRIOR_BEFORE = re.compile(r"(?i)\b(?:prior|subsequent)\s+$")
"""The word that makes "to" a time's preposition ("prior to the 2003 World Cup"), which `fp.TIME` leaves out."""
_GOVERNING_PREPOSITION = re.compile(r"(?i)(?:to|of)\s+")
"""A preposition that dates nothing ("the winner of Tuesday's debate", "a trip to this year's final"): a verb's or a
noun's, before the noun phrase that holds the time."""
_BARE_PREPOSITION = re.compile(r"(?i)(?:(?:at|in|on|to|of|for)\s+)?(?:the\s+(?=(?:(?:early|mid|late)[\s-]+)?(?:\d|spring|summer|autumn|fall|winter)))?")
_OWNER_AFTER = re.compile(r"['’]s\b")


def _governed_time(reader: _Reader, time: Phrase, extended: bool) -> Phrase | None:
    """Time phrase `time` without a preposition that governs no time: one stacked on the time's own ("to in the past
    two weeks" -> "in the past two weeks"), a leading "of" or, before a dated noun phrase (`extended`: "to this
    year's tournament"), "to"; and, when the phrase modifies a noun that `_dated_thing` could not take (a
    possessive after it, "at last week's forum viewed by ...", or a noun right after a bare year or season, "to the
    1960 signing", "at the spring meeting"), the preposition and "the" that govern that noun: its time words alone
    ("last week", "1960", "spring"); "to" after "prior" takes "prior" back. None when nothing changes."""
    text, start, end = reader.text, time.start, time.end
    after = next((j for j, token in enumerate(reader.tokens) if token.start >= end), None)
    noun_after = after is not None and reader.tag(after) in ("NN", "NNS", "NNP", "NNPS", "VBG", "JJ")
    if text.startswith(("to ", "To "), start) and (prior := _PRIOR_BEFORE.search(text, max(0, start - 15), start)) is not None:
        return Phrase(text[prior.start() : end], prior.start(), end)  # "51 caps prior to the 2003 World Cup": "prior to" is the time's own
    if (stacked := _STACKED_PREPOSITION.match(text, start, end)) is not None:
        start = stacked.end()
    elif not extended and (_OWNER_AFTER.match(text, end) or noun_after and _MODIFIED_TIME.search(text, start, end)):
        if (bare := _BARE_PREPOSITION.match(text, start, end)) is not None:
            start = bare.end()  # (with no preposition, "The 2001 election cost £80m" -> "2001": the determiner is the noun's)
    elif (extended or text.startswith(("of ", "Of "), start)) and (governing := _GOVERNING_PREPOSITION.match(text, start, end)) is not None:
        start = governing.end()
    if start == time.start or start >= end:
        return None
    return Phrase(text[start:end], start, end)


_MODIFIED_TIME = re.compile(
    rf"(?i)\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:{fp.YEAR_NUMBER}|spring|summer|autumn|fall|winter)$"
)
"""A time phrase that ends as a bare year or season after "the", which a noun after it would make a modifier
("the 1960 signing", "the spring meeting")."""


def _gapped_name(reader: _Reader, index: int) -> Phrase | None:
    """The name written right before a figure in a list item that repeats no verb (", Gary Johnson 3
    percent", "and Jill Stein 3 percent"), when an earlier figure of the sentence has its verb."""
    if reader.tag(index) != "FIG" or not reader.tokens[index - 1].proper:
        return None
    first = index - 1
    while first > 0 and reader.tokens[first - 1].proper:
        first -= 1
    k = first - 1
    while k >= 0 and reader.tag(k) in ("NN", "NNP", "JJ") and not reader.tokens[k].proper and k > first - 3:
        k -= 1  # "Green Party candidate Jill Stein": a title before the name
    while k >= 0 and reader.tokens[k].proper:
        k -= 1
    if reader.word(k) not in (",", "and", ";"):
        return None
    if not any(reader.tag(j) == "FIG" for j in range(0, k)) or not any(reader.tag(j) in FINITE_TAGS for j in range(0, k)):
        return None
    return reader.phrase(first, index - 1)


def _priced_thing(reader: _Reader, index: int) -> Phrase | None:
    """What an amount is the cost of when the verb says so around it: the object of an infinitive after
    "it costs" ("It could cost £80m to run a national vote": the vote), or the noun a participle
    "costing" hangs on ("a permit, costing £90": the permit)."""
    before = reader.skip_qualifier(index - 1)
    if reader.word(before) in ("cost", "costs") and reader.word(index + 1) == "to" and reader.tag(index + 2) == "VB":
        verb = before
        while verb > 0 and (reader.tag(verb - 1) in ("MD", "RB") or reader.word(verb - 1) in ("will", "would", "could", "might", "may", "did", "does")):
            verb -= 1
        thing = reader.chunk(index + 3) or reader.chunk(index + 4)
        if reader.word(verb - 1) == "it" and thing is not None and thing.first in (index + 3, index + 4) and reader.tokens[thing.head].tag in ("NN", "NNS") and (
            thing.first == index + 3 or reader.tag(index + 3) in ("DT", "PRP$")
        ):
            return reader.described(thing).subject
    if reader.word(before) == "costing":
        end = before - 2 if reader.word(before - 1) == "," else before - 1
        thing = reader.chunk(end)
        if thing is not None and thing.last == end and reader.tokens[thing.head].tag in ("NN", "NNS") and not reader.tokens[thing.head].proper:
            return reader.described(thing).subject
    return None


def _subgroup(reader: _Reader, index: int) -> bool:
    """The figure is a share of a part of the group ("including 60% of Republicans and 8% of Democrats",
    "leads among women 52% to 39%", "leads by 7 points among men"): an "including" or "among" in its
    clause (before it, with no finite verb between, or right after it)."""
    k = index - 1
    while k >= 0 and reader.tag(k) not in FINITE_TAGS and reader.word(k) not in (";", ":", "(", ")"):
        if reader.word(k) in ("including", "among"):
            return not (k <= 1 or reader.tag(k - 1) in ("RB", "CC") and k <= 2)  # not an opening "Among X,": the sentence's group
        k -= 1
    return reader.among_after(index) is not None


_PARTICLES = frozenset("up out off down away back".split())
"""The particles of phrasal verbs ("free up", "set out", "pay off"): after "to" and one word, an infinitive's."""


def _purpose(reader: _Reader, index: int) -> Phrase | None:

    """What an amount is for, when nothing else names what it measures: "up to £135,000 for work as an
    adviser", "£6bn will be available for tax cuts", and what it is spent on: "$5m has been spent on
    radio ads", "spent $80,000 combined on mailers" (a thing, not a person or body it goes to)."""
    spending = any(reader.word(k) in fp.SPENDING_VERBS for k in range(max(0, index - 4), min(len(reader.tokens), index + 6)))
    first, home = index + 1, index
    if reader.word(index + 1) in _ASIDE_MARKS and reader.word(index + 2) == "or" and reader.tag(index + 3) == "FIG" and reader.word(index + 4) == reader.word(index + 1):
        first = home = index + 5  # "spent £2bn - or £90 per head - on roads": past the amount restated in an aside
    for k in range(first, min(len(reader.tokens), index + 9)):
        if reader.clause[k] != reader.clause[min(home, len(reader.tokens) - 1)] or reader.tag(k) == "FIG" or reader.tag(k) == "TO" and (
            reader.tag(k + 1).startswith("VB") or reader.word(k + 2) in _PARTICLES and not reader.tag(k + 1).startswith(("NN", "DT", "PRP", "CD", "FIG"))
        ):  # (but "sent £5m to relatives back home for school fees": a noun after "to", no infinitive)
            return None  # "raised $33m to underwrite his bid for the nomination", "save £6m to free up cash for priorities": the bid's, not the amount's
        if reader.word(k) != "for" and not (reader.word(k) == "on" and spending):
            continue
        chunk = _object_of(reader, k)
        if chunk is None:
            return None
        head = reader.tokens[chunk.head]
        if head.tag not in ("NN", "NNS") or head.lower in fp.HOLDER_NOUNS or _names_person(head.lower) or _names_people(head.lower):
            return None  # (a name that only modifies the noun stays: "for Ebola research"); "raised $6m for veterans": whom it goes to
        return reader.described(chunk).subject
    return None


def _aged_people(reader: _Reader, index: int) -> Phrase | None:
    """Whose an age after "aged"/"ages" is: the noun before ("learners aged 16 to 18", "3,028 adults
    aged 18 or over"; "those aged 18 to 21" names no one), the subject of the verb before ("his wife Audrey died
    aged 91", "who won the by-election aged 21"), or the sentence's subject past a comma ("The
    suspect is described as white, aged 30 to 40")."""
    before = index - 2 if reader.word(index - 1) in ("between", "over", "under") else index - 1
    if reader.word(before) not in ("aged", "ages"):
        if reader.word(index - 1) in ("over", "under") and reader.tag(index - 2) in ("NNS", "NNPS") and reader.word(index - 2) != "those":
            chunk = reader.chunk(index - 2)  # "people under 30", "voters over 65": the group the age bound sorts
            if chunk is not None and chunk.last == index - 2:
                return reader.phrase(reader._after_determiner(chunk.first, chunk.last), chunk.last)
        return None
    k = before - 1
    if reader.word(k) == "those":
        return None  # "for those aged 22 and above": no group named
    if reader.word(k) == ",":
        chunk = reader.main_subject()
    elif reader.tag(k).startswith("VB"):
        chunk = reader.verb_subject(k)
    else:
        chunk = reader.chunk(k)
        if chunk is None or not chunk.first <= k <= chunk.last:
            return None
        if chunk.head == chunk.last == k and reader.tag(k) == "FIG":
            return _counted_noun(reader, k)
        verb = chunk.first - 1 - (reader.tag(chunk.first - 1) in ("TIME", "DT"))  # "won the 1904 Horsham by-election aged 21"
        if reader.tag(verb).startswith("VB"):
            chunk = reader.verb_subject(verb)
        elif k < chunk.last:
            chunk = Chunk(chunk.first, k, k)  # "voters ages 18 to 39", chunked as one phrase
    if chunk is None or reader.tokens[chunk.head].tag in ("PRP", "FIG", "TIME"):
        return None
    return reader.phrase(chunk.first, chunk.last)


_LISTED_PLURAL = re.compile(r"[a-z]{2,}s\Z")
"""The end of a figure token that counts its own plural ("11 players"; not "17-year-olds", an age group)."""


def _listed_plural(reader: _Reader, index: int) -> Phrase | None:
    """The plural a list of bare numbers leaves for its last figure to name ("Munster and Leinster have 12 and 11
    players", "admitting 100,000, 200,000 or 250,000 refugees"): bare numbers joined by commas, then "and"/"or" with no
    comma before it, then a figure that ends in the plural it counts."""
    k = index + 1
    while reader.word(k) == "," and reader.tag(k + 1) == "FIG" and not re.search(r"[A-Za-z]", reader.tokens[k + 1].text):
        k += 2
    if reader.tag(k + 1) != "FIG" or not (
        reader.word(k) in ("and", "or") or reader.word(k) == "," and re.search(r"\s(?:and|or)\s", reader.tokens[k + 1].text)
    ):  # (a list's last two numbers may be one figure: "100,000, 200,000 or 250,000 refugees")
        return None
    last = reader.tokens[k + 1]
    if _LISTED_PLURAL.search(last.text) is None or "year" in last.lower:
        return None
    return reader.counted(k + 1, "count").subject


def _partitive_whole(reader: _Reader, index: int) -> Phrase | None:
    """What a part is a part of, when the figure's own reading named nothing: "two of whom" (the plural
    before the comma), "a quarter (21%) of the voters" (past a restated share), "700 of the leading
    young entrepreneurs"."""
    k = index + 1
    if reader.word(k) == "(" and reader.tag(k + 1) == "FIG" and reader.word(k + 2) == ")":
        k += 3
    if reader.word(k) == "of" and reader.word(k + 1) in ("whom", "which", "them"):
        before = index - 1
        if reader.word(before) != ",":
            return None
        chunk = reader.chunk(before - 1)
        if chunk is None or chunk.last != before - 1 or reader.tokens[chunk.head].tag not in ("NNS", "FIG"):
            return None
        counted = reader.chunk(chunk.first - 2) if reader.tag(chunk.first - 1) == "IN" else None
        if counted is not None and counted.last == counted.head == chunk.first - 2 and reader.tag(counted.head) == "FIG" and (
            (noun := _counted_noun(reader, counted.head)) is not None
        ):
            return noun  # "987 subsidiaries in tax havens, 537 of which": a part of the counted things, not of the place
        return reader.described(chunk).subject
    if reader.word(k) == "of" or k == index + 1 and parse_number(reader.tokens[index].text) is not None and reader.word(k) in ("those", "the", "their", "its", "his", "her"):
        first = k + 1 if reader.word(k) == "of" else k
        j = first
        while j < first + 4 and reader.tag(j) in ("DT", "PRP$", "JJ", "JJS", "VBG", "VBN"):
            j += 1  # "700 of the leading young entrepreneurs": modifiers the chunker left out
        chunk = reader.chunk(j)
        if reader.word(k) == "of" and chunk is not None and chunk.first <= j and reader.tokens[chunk.head].noun:
            if chunk.first == first:
                return reader.described(chunk).subject
            return reader.phrase(reader._after_determiner(first, chunk.last), chunk.last)
    return None


_ENDING_VERBS = frozenset(
    "ended ends end collapsed collapses stopped stops halted halts abandoned adjourned finished finishes suspended interrupted"
    " closed closes concluded".split()
)
"""Verbs of an act's ending: "the talks collapsed after 40 minutes" says how long the talks ran."""
_CLOCK_UNITS = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|centurie)s")
"""The plural time units, which a span is counted in."""
_CLOCK_LEFT = re.compile(r"\s+(?:(?:still\s+)?on\s+the\s+clock\s+)?(?:remaining|left|to\s+go|to\s+play|on\s+the\s+clock)\b")
"""After a span in minutes or seconds after "with": what is left of a game ("with 13 minutes on the clock remaining", "with six
minutes to go")."""
_CLOCK_SPAN = re.compile(r"\b(?:minutes?|mins?|seconds?|secs?)$")
"""A duration in minutes or seconds: after a clock preposition a moment on a game's or an event's clock."""
_CLOCK_MOMENT_PREPOSITIONS = frozenset(("after", "within", "on"))
"""Prepositions that put minutes on a match's clock ("after 48 minutes", "within six minutes", "on 70 minutes"): a moment, no span of a thing."""
_UNIT_SUBJECTS = frozenset(("percentage point", "percentage points", "percent", "per cent", "point", "points"))


def _compared_subject(reader: _Reader, index: int) -> Phrase | None:
    """What a figure after a comparative and "than" is compared with: the subject of the clause's verb,
    when it names a thing ("the rebound looks likely to be bigger than the two points its rival saw",
    "this year's deficit is smaller than the $500bn of 2014"). "more/less/fewer than" are qualifiers
    of the figure, not comparisons of this kind, unless a form of "be" comes before them."""
    k = index - 1
    if reader.word(k) in ("the", "a", "an", "its", "his", "her", "their"):
        k -= 1
    while k > 0 and reader.tag(k) == "RB":
        k -= 1
    if reader.word(k) != "than" or reader.tag(k - 1) not in ("JJR", "RBR"):
        return None
    if reader.word(k - 1) in ("more", "less", "fewer"):
        j = k - 2
        while j > 0 and reader.tag(j) == "RB":
            j -= 1
        if reader.word(j) not in _LINKING:
            return None  # "hired more than 500 people": a qualifier; "was significantly less than": a comparison
    verb = next((j for j in range(k - 2, -1, -1) if reader.tag(j) in FINITE_TAGS or reader.word(j) in (",", ";", ":")), -1)
    if verb < 0 or reader.word(verb) in (",", ";", ":") or reader.clause[verb] != reader.clause[k]:
        return None
    subject = reader.verb_subject(verb)
    if subject is None or reader.tokens[subject.head].tag not in ("NN", "NNS"):
        return None
    return reader.described(subject).subject


_DEMONSTRATIVE_PARTS = frozenset(("them", "those", "these", "whom"))
_PERSONAL_PRONOUNS = frozenset("it him her them they we us he she you me i".split())


def last_plural(text: str, names: frozenset[str] | None = None) -> Phrase | None:
    """The last plural common noun phrase of a sentence ("Court vacancies have been rising." -> "Court
    vacancies"; "Women make up a majority" -> "Women", its opening word), in the text's offsets: what a bare
    "of them" stands for, read first in its own sentence before the figure, then in the sentence before ("They
    are at 78 now, and 34 of them are emergencies"); None when the text names no plural thing."""
    reader = _Reader(text, parse(text, [], [], names))
    for k in range(len(reader.tokens) - 1, -1, -1):
        chunk = reader.chunk(k)
        opening = k == 0 or reader.word(k - 1) in (".", "!", "?")  # "Women make up ...": capitals only as the sentence's first word
        if chunk is not None and chunk.head == k and (reader.tag(k) == "NNS" and not reader.tokens[k].proper or opening and reader.tag(k) in ("NNS", "NNPS", "NNP") and reader.word(k)[1:].islower() and (reader.tokens[k].lower.endswith("s") or reader.tokens[k].lower in ("men", "women", "people", "children"))) and reader.word(k).isalpha():
            return reader.noun_phrase(chunk)[0]
    return None


def pronoun_only(subject: str | None) -> bool:
    """A subject that is only a personal pronoun ("It costs $9,000 a year to run", "ahead of him by 50 to 48
    percent", "34 of them"): the guideline's head is never one; what it stands for is read elsewhere, or nothing.
    Written as a pronoun is ("it", "It"), not in capitals ("US", "IT": a country, a trade)."""
    return subject is not None and subject.lower() in _PERSONAL_PRONOUNS and subject in (subject.lower(), subject.capitalize())


def _modified_those(reader: _Reader, subject: Phrase) -> bool:
    """"those over 65", "those with jobs", "those polled": a "those" with words after it that make a group."""
    if subject.text.lower() != "those":
        return False
    k = reader._token_at(subject.start) + 1
    if k >= len(reader.tokens):
        return False
    nxt = reader.tokens[k]
    return nxt.noun or nxt.tag in ("IN", "TO", "VBN", "VBG", "WP", "WDT", "JJ", "FIG", "CD") and nxt.lower != "worth"


def _pronoun_antecedent(reader: _Reader, subject: Phrase, kinds: Sequence[str]) -> Phrase | None:
    """What a bare "of them" / "of those" stands for when a figure's subject is only that pronoun:
    the nearest plural noun before it in the sentence, or the noun a count before it counts ("Acme
    won three contracts, and two of those were in Asia" -> "contracts"). A pronoun with words after
    it ("those polled", "those with jobs") is a phrase of its own and stays."""
    if subject.text.lower() not in _DEMONSTRATIVE_PARTS:
        return None
    k = reader._token_at(subject.start)
    if reader.tokens[k].start != subject.start or reader.word(k - 1) != "of":
        return None
    nxt = reader.tokens[k + 1] if k + 1 < len(reader.tokens) else None
    if nxt is not None and subject.text.lower() == "those" and (
        nxt.noun or nxt.tag in ("IN", "TO", "VBN", "VBG", "WP", "WDT", "JJ", "FIG", "CD") and nxt.lower != "worth"
    ):
        return None  # "those polled", "those with jobs": a phrase of its own ("them", "whom" take no modifier)
    for j in range(k - 2, -1, -1):
        token = reader.tokens[j]
        if token.lower in (";", ":"):
            return None
        if token.tag == "FIG":
            noun = _counted_noun(reader, j) if 0 <= token.figure < len(kinds) and kinds[token.figure] == "count" else None
            outer = j - 2 if reader.word(j - 1) in ("from", "of", "in", "among") and reader.tag(j - 2) == "FIG" else -1
            if noun is not None and 0 <= outer and 0 <= reader.tokens[outer].figure < len(kinds) and kinds[reader.tokens[outer].figure] == "count":
                noun = _counted_noun(reader, outer) or noun  # "11 titles from 11 finals - three of them Grand Slams": the count the phrase hangs on
            if noun is not None and noun.text.lower().endswith(("s", "people", "men", "children")):
                return noun
            continue
        if token.tag == "NNS" and not token.proper and (chunk := reader.chunk(j)) is not None and chunk.head == j:
            return reader.noun_phrase(chunk)[0]
    return None


def _counted_noun(reader: _Reader, index: int) -> Phrase | None:
    """The noun written inside a count figure ("five superdelegates" -> "superdelegates")."""
    token = reader.tokens[index]
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", token.text))
    if not words or words[-1].group(0).lower() in fp.NOT_NOUNS:
        return None
    last = words[-1]
    return Phrase(last.group(0), token.start + last.start(), token.start + last.end())


def _margin_of_error(text: str, start: int) -> Phrase | None:
    """The words "margin of error" when a figure states a poll's margin ("with a margin of error of plus or
    minus 3 points"): what it measures; a margin has no period of its own (the poll's dates are the sample's)."""
    window_start = max(0, start - 90)
    found = fp.MARGIN_OF_ERROR.search(text[window_start:start])
    if found is None or re.search(r"(?i)\b(?:while|but|whereas)\b", found.group("gap")):
        return None
    return Phrase(found.group("margin"), window_start + found.start("margin"), window_start + found.end("margin"))

_MARGIN_WORDS = frozenset("ahead behind clear adrift higher lower down up".split())
"""Words after "N points" that make it a margin or a change, not a count of points scored."""

_COUNT_MODIFIERS = frozenset("such additional other extra most least".split())
"""Words between a bare number and the plural it counts that the figure's own noun stops at ("4,500
such donors", "the 10 most populous cities")."""


def _figure_tokens(tokens: Sequence[Token], figures: Sequence[tuple[int, int, str, Sequence[str]]]) -> list[int]:
    found = [-1] * len(figures)
    for k, token in enumerate(tokens):
        if token.tag == "FIG":
            found[token.figure] = k
    for n, (start, _, _, _) in enumerate(figures):
        if found[n] < 0:  # inside a time phrase
            found[n] = next((k for k, t in enumerate(tokens) if t.start <= start < t.end), -1)
    return found


_POINTS_MOVED = frozenset("higher lower up down".split())
"""After "N points": the change of an index the clause's subject is ("closed 35 points higher at 7,420")."""
_SIDE_OF_MARGIN = frozenset("above below behind ahead clear adrift short off".split())
"""Words after "N points" that place the clause's subject against another ("two points above the drop zone")."""
_LEAD_NOUNS = frozenset("lead edge advantage".split())
"""A margin between two sides' shares ("a lead of 48 percent to 41 percent"): each share is of the poll's group."""
_DISTRIBUTION_NOUNS = frozenset("split divide division breakdown".split())
"""Nouns for how a poll's group divides ("an even split: 46% ... and 46% ..."): the shares are of the group."""


def _head_index(reader: _Reader, phrase: Phrase) -> int:
    """The token of a phrase's last word before any preposition (its head noun)."""
    k = reader._token_at(phrase.start)
    last = k
    while last + 1 < len(reader.tokens) and reader.tokens[last + 1].end <= phrase.end and reader.tag(last + 1) != "IN":
        last += 1
    return last
