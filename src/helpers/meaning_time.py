"""When a figure is: the time phrase its clause attaches to it, and the phrases that date something else (a base figure, a statement, an event, a record)."""

from __future__ import annotations

import re

from . import figure_patterns as fp
from .meaning_types import Phrase
from .meaning_words import _COMPARED, _DASHES, _DAY_DATE
from .syntax import FINITE_TAGS


_ENDED_WITH = re.compile(
    rf"\b(?:ended|began|started|finished|closed|entered|ends|begins|starts|finishes|closes|enters)\s+"
    rf"(?P<period>(?:the\s+)?(?:{fp.MONTHS}(?!\w)(?:\s+{fp.YEAR_NUMBER})?|(?:year|quarter|month|week|half|day|session)\b))"
    rf"(?:\s+with\s+(?:[\w$£€-]+\s+){{0,3}}|\s+(?:(?:up|down|at|nearly|almost|about|around|some|just)\s+){{0,2}}"
    rf"|\s+(?:[\d.,]+\s?%\s+(?:up|down|higher|lower)|(?:up|down)\s+[\d.,]+\s?%)\s+at\s+)$"
)
"""A period a verb of ending or beginning takes as its object, before the amount it ends with ("he ended
December with $28.4m in cash", "began March with $8m", "closed the quarter with $5bn") or the market's
move and level ("ended the week 1.2% lower at 7,400", "closed the session up 0.5%")."""
_DAY_ONLY = re.compile(
    r"^(?i:on\s+|by\s+|since\s+|until\s+)?(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tonight|tomorrow)|TODAY|Today)$"
)
"""A day named alone ("on Tuesday") dates an event or a statement, not the period a figure covers;
"today" in lower case is the present ("today's jobless rate", "in Britain today"), which it can."""
_DAY_BREAKS = frozenset((",", ";", ":", "(", ")", "so", "because", "when", "while", "if", "after", "before", "since", "until", "as", "which", "who", "that", "where"))
"""Words between a day named alone and a count that put them in different clauses ("promised on Tuesday so 2,000 can be recruited now")."""
_TIME_NOUN_END = re.compile(r"(?i)\b(?:year|month|week|day|time|season|night|morning|afternoon|evening|moment|period|era)s?$")
"""A time phrase that ends in a time noun, which a relative "that" can qualify ("the same year that ...")."""
_FRAMING_SPAN = re.compile(r"(?i)\b(?:past|last|next|coming|recent)\b")
"""A span reaching up to or on from now ("in the past 15 years"), which frames a whole clause."""
_VERSUS = frozenset(("versus", "vs", "vs."))
_EXPECTATION_WORDS = frozenset("forecast forecasted expected predicted projected planned budgeted estimated anticipated thought".split())
"""A participle after 'than'/'as' whose time is when the expectation was formed ("more than forecast in March")."""
_AFTER_PARTICLE_VERBS = frozenset(
    "look looks looked looking name names named naming take takes took taking chase chases chased chasing "
    "seek seeks sought seeking lust lusts lusted lusting hanker hankers hankered hankering".split()
)
"""Verbs that "after" makes a phrasal verb with ("looking after a baby", "named after his father", "takes after her
mother", "sought after"): the particle opens no event."""
_EVENT_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next previous final latest".split())
"""Words that single out one event of a kind ("a second doping offence", "a third term"), as a date does."""
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
"""An ordinal in digits ("a 2nd term"), which singles out an event as those words do."""
_EVENT_DETERMINERS = frozenset("the a an his her its their this that".split())
"""What opens the noun phrase of an event after 'after' ("after the shooting deaths of 49 people"); 'before' is
left out, as it also places ("before the Supreme Court")."""
_BASE_NOUNS = frozenset("peak high low level record total figure rate".split())
"""What a base figure can be written as after "from a ... of" ("from a peak of 10% in 2009")."""
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RECORD_SPAN = re.compile(r"(?i)\b(?:so\s+far|thus\s+far|to\s+date|years?|months?|weeks?|decades?|seasons?)\b")
"""A span a record can be measured over ("so far", "in 20 years"), not a date."""
_BASE = re.compile(r"(?i)^(?:from|than|compared\s+(?:with|to))\s(?!.*(?:\bto\b|\buntil\b|[-–]))")
"""A time phrase right after a figure that names the base it is compared with ("from 2008"), not a range."""
_TEMPORAL_PREPOSITIONS = frozenset("in on at by during since until till before after through throughout for over within from between".split())
"""Prepositions that open a time adjunct ("in the 2012 election"); "to the 2009 paper" opens none."""


_OPENING_SUBORDINATORS = frozenset("because although though if unless whereas as despite".split())
"""Words that open a clause of cause, condition or concession before the main clause (not "when", "after" or
"since", whose time may date the main clause, nor "while", whose figures often pair with the main clause's)."""


class _TimeReading:
    """The time phrase of each figure of a sentence (mixed into meaning._Reader)."""

    def own_relative(self, index: int, k: int) -> bool:
        """Time phrase `k` closes a 'who'/'that'/'which' clause written right after the figure's own noun
        phrase, whose subject the figure is ("the nearly 120,000 who showed up in 2008", "the 90,000 voters
        who came out in 2012"): the clause says when the counted people or things did it, so its time
        is the figure's. One relative word, no comma, a verb right after it."""
        own = self.chunk(index)
        after = own.last + 1 if own is not None and own.first <= index <= own.last else index + 1
        if self.word(after) not in ("who", "that", "which") or not (self.tag(after + 1) in FINITE_TAGS or self.tag(after + 1) == "RB" and self.tag(after + 2) in FINITE_TAGS):
            return False
        return not any(
            self.word(j) in (",", ";", ":", "where", "who", "whom", "whose", "which", "that", "when", "because", "if", "as", "while", "after", "before")
            or self.tag(j) in ("WDT", "WP", "FIG")
            for j in range(after + 1, k)
        ) and not (self.tokens[k].lower.startswith("of ") and self.tokens[k - 1].text[:1].isupper())  # ("the Trafficking Act of 2015": a name's year)

    def in_participle(self, k: int, index: int) -> bool:
        """Time phrase `k` sits in a participle clause set off by commas, after a noun or opening the
        sentence, with words between the participle and the time ("Michels, named coach of the century by
        Fifa in 1999, also won five caps", "Elected for a Leeds seat at the 1964 general election, he held
        it for 30 years"), and figure `index` comes after the clause's closing comma: the time dates the
        participle's event (as the rule for a participle right before the time, "The Boeing, built in 1991,")."""
        first = k - 1
        while first >= 0 and self.word(first) != "," and self.tag(first) != "VBN":
            if self.tag(first).startswith("VB") or self.tag(first) in ("MD", "WDT", "WP", "FIG"):
                return False
            first -= 1
        if first < 0 or self.tag(first) != "VBN" or first == k - 1:
            return False
        if first > 0 and not (self.word(first - 1) == "," and self.tag(first - 2) in ("NN", "NNS", "NNP", "NNPS")):
            return False
        last = k + 1
        while last < index and self.word(last) != ",":
            if self.tag(last).startswith("VB") or self.tag(last) in ("MD", "WDT", "WP", "FIG"):
                return False
            last += 1
        return last < index and not any(self.tag(j) in ("WDT", "WP") for j in range(last + 1, index))  # (", in which he sought £5,000": a relative of the clause the time is in)

    def in_event_after(self, time: int, index: int) -> bool:
        """Whether the figure at `index` is inside an 'after'/'before' phrase (a gerund or a noun phrase)
        that follows the time at `time` with no comma from the time to the figure: that clause's
        event ("currently holding talks to bar gun sales after the shooting deaths of 49 people") is not
        dated by the main clause's time."""
        if any(self.word(j) in (",", ";", ":") for j in range(time + 1, index)):
            return False
        return any(
            self.tag(j - 1) != "FIG"
            and (self.word(j) in ("after", "before") and self.tag(j + 1) == "VBG" or self.word(j) == "after" and self.word(j + 1) in _EVENT_DETERMINERS)
            for j in range(time + 1, index)
        )

    def day_dates(self, k: int, index: int) -> bool:
        """A day named alone (`k`, "on Sunday", "Tuesday") dates the count at `index` (what was done, won or counted that
        day) when both stand in one clause with no comma, clause word or relative between ("turned out in record numbers
        Tuesday in five primaries", "released 1,100 pages Friday night"; a ", with" phrase after the day goes on with its
        clause: "burst into view Tuesday, with 140 members blasting the raids"), the count no modifier ("the nine-page plan
        released Tuesday") and no verb of saying before (the saying's day); elsewhere such a day dates an event or a
        statement."""
        low, high = min(k, index), max(k, index)
        return self.clause[k] == self.clause[index] and "-" not in self.tokens[index].text and not any(
            (self.word(j) in _DAY_BREAKS and not (k < j and self.word(j) == "," and self.word(j + 1) == "with")) or self.word(j) in _DASHES or self.tag(j) in ("WDT", "WP", "WRB")
            or self._new_clause_at(j, high)
            for j in range(low + 1, high)
        ) and not any(self.word(j) in fp.REPORTING_VERBS for j in range(max(k, index))) and not (
            index < k and self.word(self.skip_qualifier(index - 1)) in ("with", "for", "of") and any(self.tag(j) in FINITE_TAGS for j in range(index + 1, k))
        )  # (not "A building with 30 floors collapsed Tuesday": a count inside the subject, a fixed attribute)

    def _new_clause_at(self, j: int, end: int) -> bool:
        """An "and"/"but" at `j` that opens a clause of its own before `end`: a new subject (a determiner, possessive,
        pronoun or name) and a finite verb after it ("The club has 5,000 members and its board met Tuesday")."""
        return self.word(j) in ("and", "but") and self.tag(j + 1) in ("DT", "PRP$", "PRP", "NNP", "NNPS") and any(
            self.tag(m) in FINITE_TAGS for m in range(j + 2, end)
        )

    def is_change(self, index: int) -> bool:
        """Whether figure `index` is a change ("up 5%", "rose 5%", "a 10-point increase", "$5m more"), whose
        "from" names its base."""
        before_word = self.word(self.skip_qualifier(index - 1))
        return before_word in ("up", "down", "by") or self.word(index + 1) in ("more", "less", "higher", "lower", "up", "down", "percentage") or (
            self.word(next((j for j in range(index + 1, index + 4) if self.word(j) not in ("-", "point", "points", "percentage")), index + 1)) in fp.CHANGE_NOUNS
            or fp.rises_or_falls(before_word)
        )

    def joined_figure(self, index: int) -> int | None:
        """The figure that figure `index` is joined to by "and"/"or" with no verb between ("up 9 percent from 2015
        and about 4 percent from 2011": the second is read as the first is), else None."""
        before = self.skip_qualifier(index - 1)
        if self.word(before) not in ("and", "or"):
            return None
        for j in range(before - 1, max(-1, before - 6), -1):
            if self.tag(j) == "FIG":
                return j
            if self.tag(j) in FINITE_TAGS or self.word(j) in (",", ";", ":"):
                return None
        return None

    def time_of(self, index: int, dated_by_day: bool = False) -> Phrase | None:
        """The time phrase attached to the figure ("$3.75bn a year earlier", "$4.2bn in the second
        quarter"), else the nearest in its clause that no other figure's base period owns."""
        if self.tag(index) == "TIME":
            return None
        start_value = self.word(self.skip_qualifier(index - 1)) == "from" and self.word(index + 1) == "to" and self.tag(index + 2) == "FIG"
        if not start_value and self.word(self.skip_qualifier(index - 1)) == "from":
            to = next((j for j in range(index + 2, min(index + 9, len(self.tokens))) if self.word(j) in ("to", ",") or self.tag(j) in FINITE_TAGS), None)
            if to is not None and self.word(to) == "to" and self.tag(self.skip_qualifier(to) + 1) == "FIG":
                # "from 58 percent in the last poll to 55 percent now": a start value with its own words before "to"
                own = next((j for j in range(index + 1, to) if self.tag(j) == "TIME"), None)
                if own is not None:
                    return self.phrase(own, own)  # "from 400 in 2008 to 60 this year"
                start_value = True
        change = self.is_change(index) or (prior := self.joined_figure(index)) is not None and self.is_change(prior)
        i = index + 1
        while i < len(self.tokens) and i <= index + 6:
            tag = self.tag(i)
            if tag == "TIME":
                if change and (_COMPARED.match(self.tokens[i].text) or self.word(i - 1) in ("than", "from", "against", "with") or self.word(i - 1) in _VERSUS):
                    return None  # "up 19 points from 2012", "$105bn more than last year": the base, not the figure's time
                if (base := self.base_before(i - 1)) is not None and base != index and (
                    change or "to" in (self.word(self.skip_qualifier(index - 1)), self.word(index + 1))
                ):  # (not "11 titles from 11 finals during 2004": no change, the count's source)
                    break  # "rose 12% to $4.1bn from $3.6bn a year earlier": the base's own time, past the figure's
                return self.phrase(i, i)
            if (tag == "FIG" or self.word(i) in fp.CHANGE_PREPOSITIONS or tag in ("RB", "RP") or self.word(i) in ("(", ")")) and not start_value:
                i += 1
                continue
            break
        if start_value:  # "rise from £263,000 to £275,000 from April": the start value has only its own time,
            since = [k for k in range(len(self.tokens)) if self.tag(k) == "TIME" and self.tokens[k].lower.startswith("since ") and self.clause[k] == self.clause[index]]
            return self.phrase(since[-1], since[-1]) if since and since[-1] < index else None  # or the start of "a decline since October from 785 to 708"
        before = self.skip_qualifier(index - 1)
        while self.word(before) in _DASHES or self.word(before) == ":":
            before -= 1
        if before < index - 1 and self.tag(before) == "TIME":
            return self.phrase(before, before)  # "a cash balance at year's end -- nearly $38m"
        verb = self.skip_qualifier(index - 1)
        if self.tag(verb) == "VBG" and self.tag(verb - 1) in ("NNS", "NN") and self.word(verb) not in fp.LEVEL_VERBS and not self.word(verb).startswith(
            ("total", "amount", "cost", "rais", "earn", "generat", "bring", "worth", "valu")
        ):
            return None  # "donors giving $200 or less": the figure sorts the donors; the clause's time is not its own
        if (relative := self.base_relative_time(index)) is not None:
            return self.phrase(relative, relative)  # "down from the 40% it won in 2012"
        if (dated := self.dated_measure(index)) is not None:
            return self.phrase(dated, dated)  # "Acme reported a 2015 profit of $4m", "Tesco's 2015 accounts showed a loss of £2m"
        owned = self._owned_times()
        answered = self.opens_clause(index)  # "55 percent said so in December": when the share answered is the share's time
        aside = self.apposition(index)
        best: tuple[int, int] | None = None
        for k, token in enumerate(self.tokens):
            if aside is not None and not aside[0] < k < aside[1]:
                continue  # "earned $600m last year, a huge sum for a firm with 35 partners": the clause's time is not the aside's
            said_by_it = answered and k > index and not any(self.tag(j) == "FIG" for j in range(index + 1, k))
            if token.tag != "TIME" or k in owned and index not in self._base_owners(k) or self.statement_time(k) and not said_by_it or _DAY_ONLY.search(token.text) and not (dated_by_day and self.day_dates(k, index)) or self.names_thing(k):
                continue
            if self.clause[k] != self.clause[index] and (not self._opening(k) or self._comma_relative(index)):
                continue  # "So far, the city has raised $57m for the event, which is expected to draw 50,000 people": the relative's own time
            if answered and self.reported_between(index, k):
                continue  # "one in four said he should be back within a year": the reported clause's time
            if k > index + 12:
                continue  # a time phrase far after the figure belongs to a later part of the clause
            if k > index and any(
                self.word(j) in ("where", "who", "whom", "whose") or self.word(j) in ("which", "that") and self.tag(j) == "WDT" for j in range(index + 1, k)
            ) and not self.own_relative(index, k):
                continue  # "two battleground states where voters will decide the Senate in 2017": the relative clause's time
            if self.word(k + 1) in ("'s", "’s") and _BASE.match(token.text) and not (
                k + 1 < index <= k + 5 and not any(self.tag(j) in FINITE_TAGS or self.word(j) == "," for j in range(k + 2, index))
            ):
                continue  # "narrowed from March's 20-point gap to 13 points": the base's owner, not the 13's time
            if k < index and token.lower.endswith((" before", " after")) and self.word(k + 1) != "," and not any(self.word(j) == "," for j in range(k + 1, index)):
                continue  # "Two days before Omar Mateen shot a hundred people, ...": the figure is the event's, which the distance counts from
            if k < index and self.in_aside(k, index):
                continue  # "Jauzion, France's player of the year in 2004, would have played the first two matches": the aside's time
            if k > index and self.in_opening_clause(index, k):
                continue  # "But given that Rovers have beaten City in four of their last five meetings, ... on 12 March": the main clause's time
            if k + 1 < index and self.noun_complement(k):
                continue  # "his claim in November that Obama wants 250,000 refugees": when the claim was made, not what it says
            if k < index and self.in_relative(k, index):
                continue  # "last November Mr Smith, a man who set up two sham firms, was jailed": the relative clause has its own time
            if k < index and any(self.tag(j) == "FIG" for j in (k - 1, k - 2)) and any(self.word(j) in ("and", "but", "while", "whereas") for j in range(k + 1, index)):
                continue  # "has risen 8 points since October and 12 points since last June": the figure before it has it
            if self.tag(k - 1) == "PRP$" and index == k - 2 - (self.word(k - 2) == "of") and fp.BARE_YEAR.match(token.text) and self.tag(k + 1)[:2] in ("JJ", "NN") and (
                fp.FRACTION_NOUNS.intersection(self.tokens[index].lower.replace("-", " ").split()) or "%" in self.tokens[index].text
                or "percent" in self.tokens[index].lower or self.tag(k + 1) == "NN"
            ):  # (a share of a level; not "won 12 of its 2019 games": a count of that year's games)
                continue  # "aid is half its 1990 level", "a third of their 2008 levels": the year dates the base the fraction is of
            if self.tag(k - 1) == "JJS" and k > index:
                continue  # "4.9% is its lowest in 33 years": the span a record is measured over, not the figure's time
            if (record := self.superlative_before(k)) is not None and not record <= index < k:
                continue  # "the best chance of the match so far on 48 minutes", "the highest turnout in 20 years was 80%": the record's span
            if self.tag(k - 1) == "VBN" and not self.tag(k - 2).startswith("VB") and self.word(k - 2) not in ("not", "n't") and self.tag(k - 2) not in ("MD", "RB", "PRP", "NNP", "NNPS"):
                modified = self.chunk(k - 2 if self.word(k - 2) != "," else k - 3)
                own = self.chunk(index)
                partitive = modified is not None and own is not None and self.word(own.last + 1) == "of" and modified.first == own.last + 2
                if not (modified is not None and modified.first <= index <= modified.last or partitive):
                    continue  # "The Boeing, built in 1991, ...": another noun's event (but "the $12m raised during the quarter")
            if k < index and self.in_participle(k, index):
                continue  # "Michels, named coach of the century by Fifa in 1999, also won five caps": the participle's own event
            if k > index and self.tag(k - 1) in ("NN", "NNS", "NNP", "JJ") and _DAY_DATE.search(token.text):
                continue  # "to collect for the event July 18-21": a date right after a noun dates that event
            if k > index and any(
                (self.word(j) in ("for", "before") or self.word(j) == "after" and not _FRAMING_SPAN.search(token.text)) and self.tag(j + 1) == "VBG" for j in range(index + 1, k - 1)
            ):  # ("rose 0.4 percent after showing no increase in September"; but "prosecuted after attacking intruders in the past 15 years" frames the clause)
                continue  # "earned $40.8m for helping the firm sell itself in March", "held out for three years, before being forced out in 1967": the gerund's time
            if k < index and not _FRAMING_SPAN.search(token.text) and not fp.BARE_YEAR.match(token.text) and self.in_event_after(k, index):
                continue  # "committed suicide in June 2015 after being imprisoned for three years": the earlier event's figure
                # (a bare year names its noun's period, which the event shares: "the 1924 tourists ... after winning all 30 games")
            if k > index and self.word(k - 1) in fp.EVENT_NOUNS and token.lower.split(" ", 1)[0] not in _TEMPORAL_PREPOSITIONS:
                continue  # "among likely voters in the Democratic primary next month": the time of the event it follows
            if self.tag(k - 1) == "VBG" and k < index and k - 1 > 0 and not (self.word(k - 1) in fp.LEVEL_VERBS and index - k <= 3):
                # (a gerund opening the sentence is its subject: "Borrowing in the first half of the year was £80bn"; a level's
                # own participle dates the level right after it: "the community, standing now at 17 percent of the population")
                continue  # "the number waiting over 12 months fell to 6,630": a threshold of the noun, not the figure's time
            if k > index and self.comparison_base(index, k):
                continue
            if change and k > index and (any(self.word(j) == "from" for j in range(index + 1, k)) or _BASE.match(token.text)) and not any(
                self.word(j) in (",", "to") for j in range(index + 1, k)
            ):  # ("a 12-point rise for the club from March": the base read inside the time phrase)
                continue  # "a 21-point increase from the last time the survey was conducted in December": the base's time
            if k > index and self.word(k - 2) in ("than", "as") and self.word(k - 1) in _EXPECTATION_WORDS:
                continue  # "£10bn more than forecast in March": when the forecast was made, not the figure's period
            if k > index and (self.word(k - 1) in ("than", "as") or self.word(k - 1) in _VERSUS or token.lower.startswith("than ")):
                continue  # "twice as much as in 2012", "more than in 2012": the comparison's period, not the figure's
            distance = abs(k - index) + 6 * any(self.word(j) == "," for j in range(min(k, index) + 1, max(k, index)))  # one past a comma only when none is nearer
            if best is None or distance < best[0]:
                best = (distance, k)
        if (ended := _ENDED_WITH.search(self.text, 0, self.tokens[index].start)) is not None and (
            best is None or self.tokens[best[1]].end <= ended.start() or ended.start() < self.tokens[best[1]].start < ended.end()
        ):
            return Phrase(ended.group("period"), ended.start("period"), ended.end("period"))  # "ended December with $28.4m in cash"
        if best is None and (dash := self.dash_elaboration(index)) is not None:
            before_dash = next((j for j in range(dash - 1, max(-1, dash - 4), -1) if self.tag(j) == "FIG"), None)
            if before_dash is not None:
                return self.time_of(before_dash)  # "led late Tuesday by half of 1 percent -- 212,205 to 210,424 votes"
            times = [
                j for j in range(dash) if self.tag(j) == "TIME" and self.clause[j] == self.clause[dash - 1] and not self.statement_time(j)
                and self.superlative_before(j) is None  # "the largest rise since July 2009 - up 2.5 percent": the record's span, not the rise's time
            ]
            return self.phrase(times[-1], times[-1]) if times else None
        return self.phrase(best[1], best[1]) if best else self.when_antecedent(index)

    def in_opening_clause(self, index: int, k: int) -> bool:
        """Figure `index` sits in a clause of condition, cause or concession that opens the sentence, or an
        opening "as" phrase, and the comma that closes it comes before time phrase `k` ("But given that Rovers
        have beaten City in four of their last five meetings, the fans ... on 12 March", "If he wins the
        remaining 60 votes, he would still need 40 delegates now"): the main clause's time
        dates the main clause. (An opening clause's time may date the main clause: "When we took control in
        March 2004, the club had a debt of £103m".)"""
        first = 0
        while first < index and self.word(first) in ("but", "and", "yet", "so", '"', "“", "‘", "'"):
            first += 1
        opening = (self.word(first), self.word(first + 1))
        if opening not in (("given", "that"), ("even", "though")) and opening[0] not in _OPENING_SUBORDINATORS:
            return False
        if opening[0] == "as" and opening[1] in ("of", "many", "much", "well", "far", "long", "soon", "a", "an", "the"):
            if opening[1] not in ("a", "an") or self.tag(first + 2) not in ("JJ", "NN", "NNP"):
                return False  # "As of Wednesday", "As many as 40": no clause ("As a writer who has covered the census for 25 years, ...": one)
        comma = next((j for j in range(first + 1, len(self.tokens)) if self.word(j) == ","), None)
        return comma is not None and index < comma < k

    def apposition(self, index: int) -> tuple[int, int] | None:
        """The commas (or the sentence's end) around a noun phrase opened by "a"/"an" after a comma that
        figure `index` sits in, with no verb of its own ("..., a huge sum for a firm with 35 partners.",
        "Mutu, a £15.8m signing from Parma last season, ..."): an aside that describes what stands
        before it, dated only by a time inside it."""
        first = index - 1
        while first >= 0 and self.word(first) != "," and not self.tag(first)[:2] in ("VB", "MD") and self.tag(first) not in ("FIG", "TIME", "WDT", "WP"):
            first -= 1
        if first < 1 or self.word(first) != "," or self.word(first + 1) not in ("a", "an"):
            return None
        last = index + 1
        while last < len(self.tokens) and self.word(last) not in (",", ";", ":", ".", "!", "?") and self.word(last) not in _DASHES:
            if self.tag(last) in ("VBD", "VBZ", "VBP", "MD", "WDT", "WP"):
                return None
            last += 1
        return first, last

    def dash_elaboration(self, index: int) -> int | None:
        """The dash that opens figure `index`'s clause when that clause, with no verb of its own, only
        adds a preposition and the figure to the one before ("won the seat in 1964 - by 11 votes") or
        restates the amounts ("by half of 1 percent -- 212,205 to 210,424 votes"): the clause before
        is the figure's, so its time is."""
        k = index - 1
        while k > 0 and self.clause[k] == self.clause[index] and self.word(k) not in _DASHES:
            k -= 1
        if self.word(k) not in _DASHES or self.clause[k] != self.clause[index] or k == 0 or self.clause[k - 1] == self.clause[index]:
            return None
        between = range(k + 1, index)
        if any(self.tag(j)[:2] in ("VB", "MD") for j in range(k + 1, min(index + 3, len(self.tokens))) if self.clause[j] == self.clause[index]):
            return None  # "- it now has 500 staff": a clause of its own
        if between and self.tag(k + 1) in ("IN", "TO") and not any(self.tag(j) == "FIG" for j in between):
            return k  # "- by 11 votes"
        if all(self.tag(j) in ("FIG", "TO", "CC", ",") for j in between):
            return k  # "-- 212,205 to 210,424 votes": the amounts again, in other terms
        return None

    def superlative_before(self, k: int) -> int | None:
        """The superlative whose noun phrase time phrase `k` closes ("the best chance of the match so far",
        "the highest turnout in 20 years"): a JJS a few words before, with only nouns, adjectives, determiners
        and "of" between; the phrase is the span the record is measured over."""
        since = self.tokens[k].lower.startswith("since ")  # "the first increase since 2006", "the highest since 1990": a span
        if not since and (not _RECORD_SPAN.search(self.tokens[k].text) or _YEAR_IN.search(self.tokens[k].text)):
            return None  # "the lowest rate in 2015": a date dates the record's figure too
        return self.record_opening(k)

    def record_span(self, index: int) -> Phrase | None:
        """Duration figure `index` after "for" that closes a record's noun phrase ("their first Triple Crown for 29
        years", "waiting lists at their lowest for 17 years"): the span the record is measured over, which is the
        duration's own time, written without the bare "for" (as "in 15 years" after a record already is)."""
        before = self.skip_qualifier(index - 1)
        if self.word(before) != "for" or self.tag(before - 1) != "JJS" and self.record_opening(before) is None:
            return None
        return self.phrase(before + 1, index)

    def since_span(self, index: int) -> Phrase | None:
        """Duration figure `index` right before "since" and the event or clause it counts from ("two months since
        Republicans confirmed a judge", "150 days since he nominated her"): the span is the duration's own time, up to
        the comma, clause word or relative that ends the "since" phrase (at most ten words)."""
        if self.word(index + 1) != "since":
            return None
        end = index + 1
        while end + 1 < len(self.tokens) and end - index < 11 and self.clause[end + 1] == self.clause[index] and self.tag(end + 1) not in (
            ",", ".", ":", "(", ")", "CC", "WDT", "WP", "FIG"
        ) and self.word(end + 1) not in ("that", ";") and self.word(end + 1) not in _DASHES:
            end += 1
        while end > index + 1 and self.tag(end) in ("IN", "DT", "TO", "PRP$"):
            end -= 1  # "25 years since the start of 12 years of ...": a phrase cut before a figure ends on its last noun
        return self.phrase(index, end) if end > index + 1 else None

    def record_opening(self, k: int) -> int | None:
        """The superlative or "first" after an owner that opens the noun phrase token `k` closes, or None."""
        for j in range(k - 1, max(-1, k - 7), -1):
            if self.tag(j) == "JJS" or self.word(j) == "first" and self.word(j - 1) in ("the", "its", "their", "his", "her", "our", "'s", "’s"):
                return j if j < k - 1 or self.tag(j) != "JJS" else None  # a JJS right before the phrase: the rule above
                # ("Ruritania's first relay medal since 1936", "his first goal in 14 months", "for the first time in nine years")
            if self.tag(j) not in ("NN", "NNS", "NNP", "NNPS", "JJ", "DT") and self.word(j) != "of" and not (self.tag(j) == "VB" and self.tag(j - 1) in ("DT", "JJ")):
                return None  # ("the match", which the tagger may read as a verb, is a noun after "the")
        return None

    def in_aside(self, k: int, index: int) -> bool:
        """Time phrase `k` sits in a noun phrase set off by commas after a noun, with no verb of its own
        (", France's player of the year in 2004,", ", the club's top scorer in 2010,"), and figure `index`
        comes after it: the aside describes the noun before it, and its time dates only the aside."""
        first = k - 1
        while first > 0 and self.word(first) != "," and not self.tag(first)[:2] in ("VB", "MD") and self.tag(first) not in ("WDT", "WP", "FIG", "IN", "TO") or self.word(first) == "of":
            first -= 1
        if first < 1 or self.word(first) != "," or self.tag(first - 1) not in ("NNP", "NNPS", "NN", "NNS"):
            return False
        if self.tag(first + 1) not in ("DT", "NNP", "NNPS", "PRP$", "JJ", "JJS") or not any(self.tag(j) in ("NN", "NNS", "NNP", "NNPS") for j in range(first + 1, k)):
            return False  # (", late last month,": no noun, an adverbial)
        last = k + 1
        while last < index and self.word(last) != ",":
            if self.tag(last)[:2] in ("VB", "MD") or self.tag(last) in ("WDT", "WP"):
                return False
            last += 1
        return last < index and self.word(last) == ","

    def noun_complement(self, k: int) -> bool:
        """Time phrase `k` stands between a noun and the "that" of the clause the noun reports ("the
        announcement in July that 104,000 jobs would be cut", "a report from over the weekend that ..."):
        it dates the announcement, as `committed` dates a verb's. Not a time noun that "that" may qualify
        ("The same year that England won")."""
        if self.word(k + 1) != "that" or self.tag(k + 1) != "IN" or _TIME_NOUN_END.search(self.tokens[k].text) or self.tag(k + 2)[:2] in ("VB", "MD"):
            return False  # ("tax returns from 1995 that showed ...": a relative "that", whose clause the time may date)
        before = k - 1 if self.word(k - 1) != "from" else k - 2
        return self.tag(before) in ("NN", "NNS")

    def _comma_relative(self, index: int) -> bool:
        """Figure `index` sits in a relative clause opened after a comma (", which is expected to draw 50,000
        people", ", who won 40% in 2012"): a description with a time of its own, which a time opening the
        sentence does not date."""
        first = index
        while first > 0 and self.clause[first - 1] == self.clause[index]:
            first -= 1
        if self.word(first) == ",":  # the comma opens the clause it starts
            first += 1
        return self.word(first - 1) == "," and self.word(first) in ("which", "who", "whose", "where")

    def in_relative(self, k: int, index: int) -> bool:
        """Figure `index` sits in a relative clause on a person ("who set up two sham firms", "those who
        paid $129") that opens after time phrase `k`: the clause's one finite verb comes before the
        figure, with no comma between, so the time before it dates the main clause, not the relative's."""
        for j in range(k + 1, index):
            if self.word(j) in ("who", "whom", "whose") and self.tag(j + 1)[:2] in ("VB", "MD"):
                between = range(j + 1, index)
                return not any(self.word(m) == "," for m in between) and sum(self.tag(m) in FINITE_TAGS or m == j + 1 for m in between) == 1
        return False

    def when_antecedent(self, index: int) -> Phrase | None:
        """The time a "when" clause hangs on: "the primary of 2008, when 42% of voters took part" -> "of 2008"."""
        k = index - 1
        while k > 0 and self.clause[k] == self.clause[index]:
            k -= 1
        opener = k + 1
        if self.word(opener) == "," and self.clause[opener] == self.clause[index]:
            opener += 1
        if self.word(opener) != "when":
            return None
        before = opener - 1
        if self.word(before) == ",":
            before -= 1
        return self.phrase(before, before) if self.tag(before) == "TIME" else None

    def event_time(self, index: int, adjacent: bool = False) -> Phrase | None:
        """A period named by an event rather than a date, in the figure's clause when it has no dated
        one: "during his primary race", "since the introduction of the law", "before the election"."""
        best: tuple[int, int, int] | None = None
        for k, token in enumerate(self.tokens):
            opens = k < index and all(self.tag(j) in ("RB", "CC") for j in range(k))  # "During the same stretch, ..."
            if token.lower not in fp.EVENT_TIME_PREPOSITIONS or self.clause[k] != self.clause[index] and not opens or abs(k - index) > 12 and not opens:
                continue
            if adjacent and k != index + 1 and not opens:
                continue
            if token.lower == "ahead" and self.word(k + 1) != "of":
                continue  # "ahead" opens an event only with "of"
            if token.lower == "after" and self.word(k - 1) in _AFTER_PARTICLE_VERBS:
                continue  # "£90 a week for looking after a child", "a street named after the general": a phrasal verb's particle
            first = k + 2 if token.lower == "ahead" else k + 1
            chunk = self.chunk(first)
            if chunk is None or chunk.first != first or self.tokens[chunk.head].tag not in ("NN", "NNS") or self.tokens[chunk.head].lower in fp.NOT_EVENT_NOUNS:
                continue
            if self.tokens[chunk.head].lower in fp.EVENT_NOUNS and self.undated_event(first, chunk.last) and not self._clause_verb_at(chunk.last + 1):
                continue  # "before a match", "after an election": any such event, no period of the figure's
            last = chunk.last
            if self.word(last + 1) == "of" and (more := self.chunk(last + 2)) is not None and more.first == last + 2 and self.tokens[more.head].tag != "FIG":
                last = more.last  # "since the introduction of anti-terror laws"
            if token.lower in ("after", "before", "until", "till", "since") and (
                self._clause_verb_at(last + 1) or self.tag(last + 1) == "RB" and self._clause_verb_at(last + 2)
            ):
                # "after polls closed", "until the baby is six months old": the word opens a clause, whose subject alone is
                # no event; the whole clause is the period, when it is short and ends before the figure or a comma
                end = last + 1
                while end + 1 < len(self.tokens) and end - k < 10 and self.tag(end + 1) not in (",", ".", ":", ";", "(", "CC", "WDT", "IN") and end + 1 != index:
                    end += 1
                if end - k >= 10 or end + 1 == index or k < index <= end or self.word(end + 1) == "that":
                    continue  # (a clause cut before the "that" of its verb's object, "after the agency decided that ...": nothing)
                last = end
            if opens and (
                any(self.tag(j) in ("VBG", "WDT", "WP") or self.word(j) in ("that", "when", "if", "because", "whether") for j in range(last + 1, index))
                or any(self.word(j) in fp.REPORTING_VERBS | fp.SPEECH_VERBS for j in range(last + 1, index))  # "After the vote, he said a fifth ...": the statement's time
                or any(self.tag(j) == "CC" and self.word(j - 1) == "," for j in range(last + 2, index))
            ):
                continue  # "During his visit, Putin will attend a forum marking 10 years of ...": the figure sits in a modifier or a later clause
            if k < index <= last or any(self.word(j) == "," for j in range(min(k, index), max(last, index))) and not (opens and self.word(last + 1) == ","):
                continue  # "during his two-day visit": the figure measures the event; past a comma, it frames another part (unless it opens the sentence)
            if best is None or abs(k - index) < best[0]:
                best = (abs(k - index), k, last)
        return self.phrase(best[1], best[2]) if best else None

    def undated_event(self, first: int, last: int) -> bool:
        """Tokens `first`-`last` name an event with "a"/"an" and no date word, number or ordinal ("a general
        election", "a five-way match"; a count is no date: "a 10-game stretch"): any such event, not one the figure's
        period could be."""
        return self.word(first) in ("a", "an") and not any(
            self.tag(j) == "TIME" or _YEAR_IN.search(self.word(j)) or self.word(j) in _EVENT_ORDINALS or _ORDINAL_NUMBER.fullmatch(self.word(j))
            for j in range(first, last + 1)
        )

    def _clause_verb_at(self, j: int) -> bool:
        """Token `j`, right after the noun phrase an "after"/"before" opens, is that clause's verb: a finite verb, a
        past participle or a past form the tagger read as an adjective ("after the agency decided that ...", "after
        the Swede's lawyer travelled to Rome": the noun phrase is the clause's subject, no event of its own)."""
        if j >= len(self.tokens):
            return False
        tag = self.tag(j)
        return tag in FINITE_TAGS or tag in ("VBN", "VBD") or tag == "JJ" and self.word(j).endswith("ed") and self.tag(j + 1) in ("TO", "IN", "DT", "PRP$", "NNP")

    def in_event(self, index: int) -> Phrase | None:
        """An event that "in" or "at" makes the figure's period, in its clause and with no comma between
        ("ran 20.13secs in the quarter-finals", "got 13 million votes in the Republican primaries",
        "joined for £1.2m in the close season", "won 12 seats at the European elections"): the noun after it names a contest, season or term
        (`figure_patterns.EVENT_NOUNS`) or an earlier poll ("half said so in the previous survey"), so
        "in the report", "in the poll" or "in the UK" date nothing."""
        best: tuple[int, int, int] | None = None
        for k, token in enumerate(self.tokens):
            if token.lower not in ("in", "at") or self.clause[k] != self.clause[index] or not 0 < k - index <= 12 and not 0 < index - k <= 6:
                continue
            first = k + 1
            while first < min(k + 4, len(self.tokens) - 1) and self.chunk(first) is None and self.tag(first) in ("DT", "PRP$", "RBR", "JJR"):
                first += 1  # "in the earlier poll", which the chunker starts at its noun
            chunk = self.chunk(first)
            if chunk is None or chunk.first != first or chunk.first <= index <= chunk.last:
                continue
            head = self.tokens[chunk.head]
            noun = head.lower.rsplit(" ", 1)[-1] if head.tag == "FIG" and chunk.first < chunk.head else head.lower  # "in his first five games", not "158 goals in 276 games"
            earlier = noun in ("poll", "polls", "survey", "surveys") and any(self.word(j) in ("earlier", "previous", "prior", "last") for j in range(k + 1, chunk.head))
            if head.tag not in ("NN", "NNS", "NNP", "NNPS", "FIG") or noun not in fp.EVENT_NOUNS and not earlier or any(self.word(j) == "," for j in range(min(k, index), max(chunk.last, index))):
                continue
            if self.undated_event(k + 1, chunk.last):
                continue  # "two real choices in a presidential election", "800m in a four-way match": no one event, no time
            if k > index and self._clause_between(index, k):
                continue  # "69% say they always vote in a general election": the event of a clause the figure only opens
            last = chunk.last
            if self.word(last + 1) == "of" and (more := self.chunk(last + 2)) is not None and more.first == last + 2 and more.first > index:
                last = more.last  # "in the quarter-finals of the 200m"
            if best is None or abs(k - index) < best[0]:
                best = (abs(k - index), k + 1, last)
        return self.phrase(best[1], best[2]) if best else None

    def _clause_between(self, index: int, k: int) -> bool:
        """A clause of its own starts between figure `index` and token `k` after it: a subordinator or
        relative word ("when he pushed ...", "players that took part in"), a gerund ("after clinching
        the title in"), a verb of saying that reports a clause, or a second verb ("say they always vote
        in"; "half said so in" has none)."""
        verbs = 0
        for j in range(index + 1, k):
            word, tag = self.word(j), self.tag(j)
            if word in ("when", "where", "who", "whom", "which", "that", "as", "because", "if", "while", "whether") or tag == "VBG":
                return True
            if tag == "MD" or tag.startswith("VB"):
                verbs += 1
                if verbs > 1 or word in fp.REPORTING_VERBS | fp.SPEECH_VERBS and self.word(j + 1) not in ("so", "the"):
                    return True  # "say they always vote in" (but "half said so in the earlier poll" has no clause of its own)
        return False

    def reported_between(self, index: int, k: int) -> bool:
        """The figure's verb reports speech and a clause of its own (a second finite verb) lies between
        it and token `k` after it: "87% said politicians broke the promises they made before elections"
        (not "£3.7bn will be spent on the programme by 2006")."""
        verbs = [j for j in range(index + 1, k) if self.tag(j) in ("MD", "VBD", "VBP", "VBZ")]
        return len(verbs) > 1 and self.word(verbs[0]) in fp.REPORTING_VERBS | fp.SPEECH_VERBS

    def comparison_base(self, index: int, k: int) -> bool:
        """Time phrase `k` names what figure `index` is compared with: "compared with 2003", or "from
        2008" after a margin in points ("about 3 percentage points from 2008"), not a range."""
        if not _BASE.match(self.tokens[k].text):
            return False
        points = self.tokens[index].lower.endswith(("points", "point")) or self.word(index + 1) in ("points", "point")
        return self.tokens[k].lower.startswith("compared") or points

    def statement_time(self, k: int) -> bool:
        """"said on Thursday", "Last week in parliament I announced": when it was said, not what
        (a reporting verb next to the phrase, or the verb nearest it in its clause)."""
        near = {self.word(j) for j in (k - 2, k - 1, k + 1, k + 2) if not (
            self.tag(j - 1) in ("FIG", "NNS", "NN") and self.tag(j) in ("VBN", "VBD") and self.word(j + 1) != "that"
        ) and 0 <= j < len(self.tokens) and (self.clause[j] == self.clause[k] or abs(j - k) == 1)}
        # but "3,248 cases reported worldwide between 2010 and 2015": a participle of the counted things; and not
        # past the comma that closes a relative clause ("Acme, which made $30bn last year, say the firm will grow")
        if near & fp.REPORTING_VERBS:
            return True
        if self.committed(k):
            return True
        verbs = [j for j in range(len(self.tokens)) if self.clause[j] == self.clause[k] and self.tag(j)[:2] in ("VB", "MD")]
        if not verbs:
            return False
        nearest = min(verbs, key=lambda j: (abs(j - k), self.word(j) in fp.SPEECH_VERBS))
        return self.word(nearest) in fp.SPEECH_VERBS

    def committed(self, k: int) -> bool:
        """Time phrase `k` dates a commitment, not what is committed: it opens the sentence before a
        subject whose verb pledges ("Last week in parliament I announced an additional £419m", "In
        1970 the G8 agreed to spend 0.7%"), or stands right after such a verb before "to" or "that"
        ("agreed in 1970 to spend", "pledged last year that ..."); likewise right after any verb but "be"
        before the "that" of the clause it reports ("found in 2014 that ...": when it was found)."""
        if self.word(k - 1) in fp.COMMITMENT_VERBS and self.word(k + 1) in ("to", "that"):
            return True
        if self.word(k + 1) == "that" and self.tag(k + 1) == "IN" and self.tag(k - 1) in ("VBD", "VBZ", "VBP", "VBN") and self.word(k - 1) not in ("is", "was", "are", "were", "been", "'s"):
            return True  # "a panel found in 2018 that ...", "estimated last year that ...": when a clause was found or said (not "It was in 2014 that")
        if not self._opens(k):
            return False
        verb = next((j for j in range(k + 1, len(self.tokens)) if self.tag(j) in FINITE_TAGS or self.word(j) in (",", ";", ":")), None)
        return verb is not None and self.word(verb) in fp.COMMITMENT_VERBS and any(self.tag(j)[:2] in ("NN", "PR") for j in range(k + 1, verb))

    def _opens(self, k: int) -> bool:
        """Time phrase `k` is its clause's first words (a clause a colon, a quotation mark or a verb's "that"
        opens too), past adverbs, conjunctions and quotation marks."""
        j = k - 1
        while j >= 0 and self.clause[j] == self.clause[k] and (self.tag(j) in ("RB", "CC") or self.word(j) in ('"', "“", "‘", "'")):
            j -= 1
        return j < 0 or self.clause[j] != self.clause[k] or self.word(j) == "that" and self.tag(j) == "IN"  # "points out that in 1970 ..."

    def dated_measure(self, index: int) -> int | None:
        """The year or period inside the noun phrase the figure measures: the phrase right before "of" the
        figure ("a 2015 profit of $4m") or the subject of the figure's clause ("Tesco's 2015 accounts
        showed a loss of £2m"); that year is the figure's time, though elsewhere a year inside a noun
        phrase dates only that thing (`names_thing`). A time token inside a noun phrase is always such a
        bare year or hyphenated period: the chunker lets no other in (`syntax._modifying_time`)."""
        verb, _ = self.clause_verb(index)
        subject = self.verb_subject(verb) if 0 <= verb < index and self.tag(verb) in FINITE_TAGS else None
        if subject is not None and (subject.last >= index or self.clause[subject.head] != self.clause[index]):
            subject = None
        for dated in (self.chunk(index - 2) if self.word(index - 1) == "of" else None, subject):
            if dated is not None and (
                year := next((k for k in range(dated.first, dated.last) if self.tag(k) == "TIME"), None)
            ) is not None:
                return year
        return None

    def names_thing(self, k: int) -> bool:
        """"a 2015 Boeing Business Jet", "Labour's 1997 landslide": a bare year inside a noun phrase
        dates that thing, not the clause's figures."""
        text = self.tokens[k].text
        words = text.split()
        if (
            len(words) in (2, 3) and words[-2].lower() == "the" and fp.BARE_YEAR.match(words[-1])
            and (len(words) == 3 and words[0].lower() not in _TEMPORAL_PREPOSITIONS and self.tag(k + 1)[:2] == "NN" or len(words) == 2 and self.tag(k + 1) in ("NNP", "NNPS"))
        ):
            return True  # "according to the 2009 paper", "The 2016 Committee has spent": no time adjunct, a year inside a noun phrase or name
        return (
            self.word(k - 1) in ("a", "an", "'s", "’s") and self.tag(k + 1)[:2] in ("JJ", "NN")
            and fp.BARE_YEAR.match(text) is not None
        )

    def _opening(self, k: int) -> bool:
        """A time phrase that opens the sentence ("By early 2024, ...") covers all of it."""
        return all(self.tag(j) in ("RB", "IN", ",", "CC") or self.word(j) in (",",) for j in range(0, k)) and (
            self.word(k + 1) == ","
        )

    def base_relative_time(self, k: int) -> int | None:
        """The time phrase of a relative clause right after a base figure `k` ("from the 95 percent Obama
        received in 2008", "than the $5m it raised in 2015", "a drop from 76 percent who said the same in
        April"): a subject or "who"/"that" and a verb right after the figure, then the time, with no comma
        or other figure between."""
        before = self.skip_qualifier(k - 1)
        if self.word(before) == "the":
            before = self.skip_qualifier(before - 1)
        if self.word(before) not in ("from", "than") or self.tag(k + 1) not in ("PRP", "NNP", "NNPS", "DT") and self.word(k + 1) not in ("who", "that"):
            return None
        verb = None
        for j in range(k + 1 + (self.word(k + 1) in ("who", "that")), min(k + 10, len(self.tokens))):
            tag = self.tag(j)
            if self.word(j) in (",", ";", ":") or tag in ("FIG", "WDT", "IN") and self.word(j) != "of":
                return None
            if tag in FINITE_TAGS:
                verb = j
            if tag == "TIME":
                return j if verb is not None else None
        return None

    def _owned_times(self) -> set[int]:
        """Time phrases that belong to a base figure ("from $3.75bn a year earlier")."""
        owned = set()
        for k, token in enumerate(self.tokens):
            if token.tag == "FIG" and (self.word(self.skip_qualifier(k - 1)) in ("from", "than", "against", "with", "on") or self.word(self.skip_qualifier(k - 1)) in _VERSUS):
                nxt = k + 1
                if self.tag(nxt) == "TIME":
                    owned.add(nxt)
            if token.tag == "FIG" and (relative := self.base_relative_time(k)) is not None:
                owned.add(relative)  # "down from the 40% it won in 2012": the base's own clause dates it
            if token.tag == "TIME" and _COMPARED.match(token.text) and (
                self.tag(k - 1) == "FIG" or self.tag(k - 1) in ("NN", "NNS") and self.tag(k - 2) in ("CD", "FIG") and self.word(self.skip_qualifier(k - 3)) in ("up", "down")
            ):
                owned.add(k)  # "down 8 cents from a week ago", "at 25 percent, up eight points from March": the change's base, nobody's period
            if token.tag == "TIME" and (self.base_before(k - 1) is not None or self.word(k - 1) == "," and self.base_before(k - 2) is not None):
                owned.add(k)  # "to 3 points from 7 points a week ago", "from a peak of 10% in 2009", "compared with $250m, or $1 a share, a year earlier": the base's
        return owned

    def _base_owners(self, k: int) -> set[int]:
        """The base figures whose own time time phrase `k` is ("$250m, or $1 a share, a year earlier": both)."""
        j = k - 2 if self.word(k - 1) == "," else k - 1
        base = self.base_before(j)
        if base is None:
            return set()
        return {base, j if self.tag(j) == "FIG" else j - 1}

    def base_before(self, j: int) -> int | None:
        """The base figure that token `j` ends ("from $3.6bn", "from 7 points", "from a peak of 10%",
        "than the record of 40"): its index, else None."""
        if self.tag(j) in ("NN", "NNS") and self.tag(j - 1) == "FIG":
            j -= 1  # "7 points"
        if self.tag(j) != "FIG":
            return None
        if self.word(j - 1) == "or" and self.word(j - 2) == "," and self.tag(j - 3) == "FIG":
            j -= 3  # "$250m, or $1 a share": the same base in other terms
        before = self.skip_qualifier(j - 1)
        if self.word(before) == "of" and self.word(before - 1) in _BASE_NOUNS:
            before -= 2
            while self.tag(before) in ("DT", "PRP$", "JJ", "JJS"):
                before -= 1  # "from a record high of", "from its peak of"
        return j if self.word(before) in ("from", "than", "against") or self.word(before) in _VERSUS or self.word(before) == "with" and self.word(before - 1) == "compared" else None
