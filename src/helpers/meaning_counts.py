"""Counts, ages and casualties: the noun a bare number counts ("13,000 jobs", "1,500 'safety whistleblowers'", "a four-star hotel"), an age and whose it is, the dead and hurt a number counts, a number that names a level or a mark."""

from __future__ import annotations

import re

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase
from .meaning_words import _CLOSING_QUOTES, _FINDING, _LEVEL_REACHED, _demonym, _names_agent, _names_people, _names_person
from .numbers import parse_number
from .syntax import FINITE_TAGS, Chunk


_DURATION_MODIFIER = re.compile(r"(?i)^(?:\d+|[a-z]+)-(?:year|month|week|day|hour|minute|second|decade)$")


_CASUALTY_VERBS = frozenset("kill kills killed killing wound wounds wounded wounding injure injures injured injuring murder murders murdered murdering massacre massacred massacring slaughter slaughtered slaughtering shot shoot shoots shooting".split())
"""Verbs whose object a bare number counts as the dead or hurt ("killing 49", "wounded 53")."""
_CASUALTY_PARTICIPLES = frozenset("killed wounded injured hurt murdered massacred shot".split())
_DYING = frozenset("died die dies perished drowned".split())
_YEAR_OLDS = re.compile(r"(?i)\b\d+[-\s]year[-\s]olds$")
"""An age figure that names the people of that age ("20-year-olds", "21 to 25-year olds")."""

_STANDING_AT = frozenset("stood stands stand standing remained remains remain stayed stays peaked peaks peak hovered hovers hover".split())
"""Verbs that say at what level their subject is ("stood at 200,000"), before "at"."""
_SET_AT = frozenset("set fixed capped pegged put kept held".split())


class _CountReading:
    """What each bare count, age or casualty figure of a sentence counts (mixed into meaning._Reader)."""

    def referring_count(self, index: int, k: int) -> bool:
        """"the two countries", "these three parties": a count after a definite word names things the
        article refers to, which the time phrase `k` of the clause's predicate does not date: `k` stands
        before the figure or past a finite verb after it (but "the three games in November", "the 17
        people found guilty since 2001" are dated in their own phrase)."""
        if self.word(index - 1) not in ("the", "these", "those") or k == index:
            return False
        own = self.chunk(index)
        after = own.last + 1 if own is not None else index + 1  # "the 17 people found guilty": a participle the tagger reads as past
        return k < index or any(self.tag(j) in FINITE_TAGS for j in range(index + 1, k) if j != after)

    def length_modifier(self, index: int) -> bool:
        """"an 18-year low", "a six-year trend", "a two-year ban": a length that describes a noun, which
        no time phrase of the clause dates."""
        return _DURATION_MODIFIER.match(self.tokens[index].text) is not None and self.tag(index + 1)[:2] in ("NN", "JJ")

    def stated_age(self, index: int) -> bool:
        """"29 years old", "27 and 29 years old", "until the baby is six months old": an age, which no time
        phrase of the clause dates."""
        j = index + 1
        if self.word(j) == "and" and self.tag(j + 1) == "FIG":
            j += 2
        return self.word(j) == "old"

    def reached_mark(self, index: int, own: Chunk) -> Meaning | None:
        """"Zika cases eclipse the 600 mark", "donations passed the $1bn mark": a figure that names a
        mark measures what reached it, the subject of the verb before."""
        if own.head != index + 1 or self.word(own.head) not in fp.MARK_NOUNS:
            return None
        verb = next((k for k in range(own.first - 1, -1, -1) if self.tag(k) in ("VBD", "VBZ", "VBP", "VBN", "VB", "MD")), -1)
        reached = self.verb_subject(verb) if verb >= 0 else None
        if reached is None or self.tokens[reached.head].tag not in ("NN", "NNS"):
            return None
        return self.described(reached)

    def age_threshold(self, index: int) -> bool:
        """"voters under age 45", "45 and older", "was 45 or older": a bare number that is an age bound."""
        before = self.word(self.skip_qualifier(index - 1))
        return before in ("age", "aged", "ages", "under", "over") or self.word(index + 1) in ("and", "or") and self.word(index + 2) in (
            "older", "over", "up", "younger", "under", "above", "below"
        ) or self.word(index + 1) in ("years", "year") and self.word(index + 2) == "old"

    def level_of_subject(self, index: int) -> Meaning | None:
        """"Attendance averaged 38,000", "Turnout topped 60,000": a bare number right after a verb whose
        subject names a thing (no agent, person or body) is that thing's level."""
        verb = self.skip_qualifier(index - 1)
        if self.word(verb) == "at" and self.tag(verb - 1).startswith("VB") and (
            self.word(verb - 1) in _STANDING_AT or fp.CHANGE_VERB.fullmatch(self.word(verb - 1)) and self.word(verb - 1) not in _SET_AT
        ):
            verb -= 1  # "America's prison population stood at 200,000", "turnout peaked at 80,000": the level the verb stands at
        if self.word(verb) == "at" and self.word(verb - 1) in _SET_AT and self.tag(verb - 1) in ("VBN", "VBD") and self.passive(verb - 1):
            subject = self.verb_subject(verb - 1)  # "The cap was fixed at 3,500", "the target has been set at 2.25 million"
        elif not self.tag(verb).startswith("VB") or not (fp.CHANGE_VERB.fullmatch(self.word(verb)) or self.word(verb) in _LEVEL_REACHED) or self.age_threshold(index):
            return None
        else:
            subject = self.verb_subject(verb)
        if subject is None or self.tokens[subject.head].tag not in ("NN", "NNS"):
            return None
        head = self.word(subject.head)
        if head in fp.HOLDER_NOUNS or _names_person(head) or _names_agent(head) or self.word(subject.first) in ("a", "an"):
            return None
        found = self.described(subject)
        return found if found.subject is not None else None

    def casualties_named(self, index: int) -> Phrase | None:
        """The casualties a bare number counts written as an adjective after it, "dead" or, after a determiner,
        "wounded"/"injured" ("the estimated 150,000 dead", "6,000 dead and wounded", "the 53 wounded")."""
        word = self.word(index + 1)
        determined = self.word(self.skip_qualifier(index - 1)) in ("the", "those", "an", "estimated")
        if not (word == "dead" or determined and word in _CASUALTY_PARTICIPLES) or self.tokens[min(index + 2, len(self.tokens) - 1)].noun and index + 2 < len(self.tokens):
            return None
        last = index + 3 if self.word(index + 2) in ("and", "or") and self.word(index + 3) in _CASUALTY_PARTICIPLES | {"dead", "missing"} else index + 1
        return self.phrase(index + 1, last)

    def casualty_count(self, index: int) -> bool:
        """A bare number that counts the dead or hurt: the object of a verb of killing or wounding ("killing more than
        10,000"), or the subject of "died" or of a passive of those verbs ("96 died", "84 were killed", "200 wounded")."""
        if self.word(self.skip_qualifier(index - 1)) in _CASUALTY_VERBS:
            return True
        k = index + 1
        if self.word(k) in ("were", "are", "was", "have", "had", "has"):
            k += 1 + (self.word(k + 1) == "been")
            return self.word(k) in _CASUALTY_PARTICIPLES
        return self.word(k) in _CASUALTY_PARTICIPLES | _DYING

    def casualties_before(self, index: int) -> Phrase | None:
        """What the nearest count before a casualty count in its sentence counts, when that count is a casualty count too
        ("killed 49 people and wounded 53", "Three people were killed and more than 260 were injured")."""
        for k in range(index - 1, -1, -1):
            if self.tag(k) == "FIG":
                if not (self.casualty_count(k) or self.word(k + 1) == "dead"):  # (a casualty count takes the verb before it too)
                    return None
                return self.counted(k, "count").subject
        return None

    def plural_before(self, index: int) -> Phrase | None:
        """The plural common noun nearest before a bare number in its clause, past no figure and no
        finite verb ("the nation's leader in golf courses with more than 1,000"): the noun it leaves unsaid."""
        k = self.skip_qualifier(index - 1)
        if self.age_threshold(index):
            return None  # "voters under age 45", "voters 45 and older": an age, which counts nothing
        first = k
        while k >= 0 and self.clause[k] == self.clause[index]:
            if self.tag(k) in ("FIG", "VBD", "VBZ", "VBP", "MD"):
                return None
            chunk = self.chunk(k)
            if chunk is not None and chunk.last == k and k != first and self.tag(chunk.head) == "NNS" and not _names_person(self.word(chunk.head)):
                start = self._after_determiner(chunk.first, chunk.last)
                while start < chunk.last and self.tag(start) in ("FIG", "CD"):
                    start += 1  # "50 points, with Chelsea on 48": the points, not the other figure
                return self.phrase(start, chunk.last)
            k -= 1
        return None

    def opens_clause(self, index: int) -> bool:
        """The figure is the subject of its clause ("32% said", "while 63%, disagreed")."""
        nxt = index + 1
        if self.word(nxt) == ",":
            nxt += 1
        while self.tag(nxt) in ("RB", "MD") or self.tag(nxt) == "TIME" and self.tag(nxt + 1).startswith("VB"):
            nxt += 1  # "72 percent now believe"
        before = self.skip_qualifier(index - 1)
        while before >= 0 and self.tag(before) in ("DT", "JJ", "RB") and self.word(before) in ("another", "a", "further", "just", "only", "some"):
            before -= 1  # "Another 32% said"
        starts = before < 0 or self.word(before) in (
            ",", ":", ";", "and", "but", "while", "whereas", "with", "to", "compared", "after", "than", "from", "versus", "vs", "vs.", "as"
        ) or self.tag(before) in ("CC",)  # "64 percent call him honest, after 55 percent said so"
        starts = starts or self.word(before) == "that" and self.tag(before - 1).startswith("VB") or self.word(before) in _FINDING
        # "The survey of 2,000 adults found (that) 45% backed the plan": the subject of the clause a verb of finding reports
        return starts and (self.tag(nxt).startswith("VB") or self.word(nxt) in ("who", "that") and self.tag(nxt + 1).startswith("VB"))

    def aside_age(self, index: int) -> bool:
        """Figure `index` is a whole number of one or two digits set off by commas right after a capitalized
        word ("Ann Brook, 52, started", "where Marek, 27, won"): an age, or a day of a date, that the
        clause's time does not date (named_age asks more, to name the person)."""
        token = self.tokens[index]
        return (
            token.text.isdigit() and len(token.text) <= 2 and self.word(index - 1) == "," and self.word(index + 1) == ","
            and index >= 2 and self.tokens[index - 2].text[:1].isupper() and self.tag(index - 2) in ("NNP", "NNPS")
        )

    def named_age(self, index: int) -> Phrase | None:
        """"Cecelia Purner, 67, a retired ...": a whole number under 120 set off by commas after a
        person's name is their age."""
        token = self.tokens[index]
        if not token.text.isdigit() or not 0 < int(token.text) < 120:
            return None
        if self.word(index - 1) != "," or self.word(index + 1) not in (",", ".", ")", ";", "") :
            return None
        chunk = self.chunk(index - 2)
        if chunk is None or chunk.last != index - 2 or not self.tokens[chunk.last].proper:
            return None
        first = chunk.last
        while first > chunk.first and self.tokens[first - 1].proper:
            first -= 1
        role = self.tag(first - 1) in ("NN", "NNS") and self.tokens[first - 1].text.islower()  # "his two children Emily, 16,": a role before one name
        if first > chunk.first and (first == chunk.last and not role or self.tag(first - 1) not in ("NN", "NNS")):
            return None  # "Iraq War veteran Tom Young, 30": a description before the name is fine; "the Tom Young, 30" is not
        if first == chunk.last and self.word(first - 1) not in ("", ",", "and", "said", "says") and not role:
            return None
        return self.phrase(first, chunk.last)

    def aged_thing(self, index: int) -> Phrase | None:
        """The thing a hyphenated age modifies ("the 15-year-old ban", "a 40-year-old bridge", "a 25-year-old 757"):
        a common noun phrase whose head is one of `fp.AGED_THINGS`, with no name, person's role or nationality in
        it, or a bare model number; none for a person ("the 22-year-old student", "the 12-year-old girl")."""
        if not self.tokens[index].lower.endswith("-old"):
            return None
        own = self.chunk(index)
        if own is None or own.last <= index:
            nxt = index + 1  # "a 25-year-old 757 is ...": a model number the chunker leaves outside the phrase
            if self.tag(nxt) in ("CD", "FIG") and self.tokens[nxt].text.isdigit() and self.tag(nxt + 1)[:2] in ("VB", "MD", ".", ",", ":"):
                return self.phrase(nxt, nxt)
            return None
        for k in range(index + 1, own.last + 1):
            token = self.tokens[k]
            if token.proper or token.tag not in ("NN", "NNS", "JJ") or _names_person(token.lower) or _names_people(token.lower) or (
                _demonym(token.lower) or token.lower in fp.HOLDER_NOUNS or _names_agent(token.lower)
            ):
                return None
        if self.tokens[own.head].tag not in ("NN", "NNS") or self.tokens[own.head].lower not in fp.AGED_THINGS:
            return None  # "the 36-year-old marathon runner", "the 12-year-old girl": a person's age
        return self.phrase(index + 1, own.last)

    def quoted_plural(self, index: int) -> Phrase | None:
        """The plural a bare number counts past an opening quote: "1,500 "safety whistleblowers"" (the
        plural inside the quotes) or "27 “at-large” delegates" (a quoted modifier, then the plural)."""
        close = next((j for j in range(index + 2, min(index + 6, len(self.tokens))) if self.word(j) in _CLOSING_QUOTES), None)
        if close is None or close == index + 2 or any(self.tag(j) in FINITE_TAGS or self.tokens[j].proper for j in range(index + 2, close)):
            return None
        if self.tag(close - 1) == "NNS":
            return self.phrase(index + 2, close - 1)
        noun = self.chunk(close + 1)
        if noun is not None and noun.first == close + 1 and noun.head == noun.last and self.tag(noun.head) == "NNS" and not self.tokens[noun.head].proper:
            return self.phrase(index + 1, noun.last)
        return None

    def _hyphen_modified(self, index: int) -> Phrase | None:
        """The noun a hyphenated count ("four-star", "seven-man") modifies past adjectives, participles and
        a comma the chunker left outside its phrase; none for a fraction or a multiple ("three-fourths",
        "two-fold")."""
        text = self.tokens[index].lower
        if "-" not in text or text.endswith(("fold", "fourths", "thirds", "quarters", "halves", "fifths", "tenths")):
            return None
        j = index + 1
        while j < index + 5 and (self.tag(j) in ("JJ", "VBG", "VBN") or self.word(j) == ",") and not self.tokens[j].proper:
            j += 1
        chunk = self.chunk(j)
        if chunk is None or chunk.first > j or self.tokens[chunk.head].tag not in ("NN", "NNS") or self.tokens[chunk.head].proper:
            # "a retired four-star general and ...", "two one-man shows, which ...": the noun the tagger read as an adjective
            # or a verb, the last word before a clause's edge
            last = j - 1 if j - 1 > index and self.tag(j - 1) == "JJ" else index + 1 if j == index + 1 and self.tag(j) == "VBZ" else -1
            if last < 0 or self.tokens[last].proper or not (self.word(last + 1) in (",", ".", ";", ":", "and", "or", "") or self.tag(last + 1) in ("WDT", "MD")):
                return None
            return self.phrase(index + 1, last)
        return self.phrase(j, chunk.head)

    def _aged_group_after(self, index: int) -> Phrase | None:
        """The people of an age a bare number counts, written right after it as an age figure in "-year-olds", past
        up to two adjectives and an age range's first end ("500 British 16 to 20-year-olds", "400 21 to 25-year olds",
        "300 25-year-olds")."""
        j = index + 1
        while j < index + 3 and self.tag(j) in ("JJ", "NNP", "NNPS") and self.tokens[j].text.isalpha():
            j += 1
        if self.tag(j) == "CD" and self.word(j + 1) in ("to", "-", "–", "and"):
            j += 2
        if j >= len(self.tokens) or self.tag(j) != "FIG" or (olds := _YEAR_OLDS.search(self.tokens[j].text)) is None:
            return None
        start = self.tokens[j].start + olds.start()  # the age's last end with its noun: "20-year-olds", "25-year olds"
        return Phrase(self.text[start : self.tokens[j].end], start, self.tokens[j].end)

    def counted_subject(self, verb: int) -> Phrase | None:
        """The noun of a count that is the verb's subject ("the five aircraft are ...")."""
        i = verb
        while i >= 0 and (self.tag(i).startswith("VB") or self.tag(i) in ("MD", "RB")):
            i -= 1
        if self.word(i) in ("that", "which") and self.tag(i) in ("WDT", "IN", "DT"):
            i -= 1  # "hid four donations that totaled $2.35 million": the count the relative clause is about
        chunk = self.chunk(i)
        if chunk is None or chunk.last != i or self.tokens[chunk.head].tag != "FIG":
            return None
        return self.counted(chunk.head, "count").subject

    def counted(self, index: int, kind: str) -> Meaning:
        """A count's own noun: "13,000 jobs" measures jobs."""
        token = self.tokens[index]
        if kind != "count" or token.tag != "FIG":
            return Meaning()
        if fp.AGE_GROUP_AFTER.search(token.text) and "year" in token.lower:
            return Meaning(Phrase(token.text, token.start, token.end))  # "17% of 18 to 24 year olds": the age group
        words = list(re.finditer(r"[A-Za-z][\w'’-]*", token.text))
        words = [w for w in words if not (
            re.fullmatch(r"(?i)(?:m|bn|k|million|billion|thousand|hundred|trillion|dozen|a|an|of|and|or|to|in|out|times|quarter|half|third|more|extra|additional|further|than|about|over|nearly|almost|around|roughly|approximately|some|up|as|much|many|just)", w.group(0))
            or parse_number(w.group(0)) is not None
        )]
        if not words:
            return Meaning()
        start, end = token.start + words[0].start(), token.start + words[-1].end()
        if "-" in token.text and self.chunk(index) and self.chunk(index).last > index:  # type: ignore[union-attr]
            return Meaning()
        return Meaning(Phrase(self.text[start:end], start, end))
