"""Poll and list constructions: the group a share is of ("among likely voters", "Of those polled,"), the name a share goes to, a poll's sample and its dates, and shares of one list that read alike."""

from __future__ import annotations

from . import figure_patterns as fp
from .meaning_types import Phrase
from .meaning_words import _CLOSING_QUOTES, _DAY_DATE, _DOUBLED_QUOTES, _OPENING_QUOTES, _names_person
from .syntax import FINITE_TAGS, Chunk


_POLL_PARTICIPLES = frozenset(("conducted", "taken", "fielded", "carried", "done"))


_AGE_BOUNDS = frozenset("over above up under below older younger".split())
"""Words closing an age range after "and" ("45 and over", "18 and under")."""
_GROUP_ENDS = frozenset((",", ";", ":", ".", "(", ")", "—", "–", "-", "while", "whereas", "compared"))
"""Where a group written as "those ..." after "among" ends: a clause's punctuation or a contrast."""


_CHOICE_NOUNS = frozenset("candidates contenders hopefuls nominees options choices issues".split())
"""What a poll's group chooses among ("Among Democratic candidates, 56 percent would vote for Clinton"), no group asked."""
_PART_WORDS = frozenset("majority minority plurality half third quarter fifth share proportion percentage number most".split())
"""Words for a part of a group ("a majority of voters", "a third of independents")."""


class _PollReading:
    """The groups, names and dates of a sentence's poll shares and listed figures (mixed into meaning._Reader)."""

    def share_of_name(self, index: int) -> Phrase | None:
        """A name with its share of a poll: "Carson at 13 percent", "the Liberal Democrats on 19%"."""
        before = self.skip_qualifier(index - 1)
        if self.word(before) not in ("at", "on", "with"):
            return None
        k = before - 1
        if self.tag(k).startswith("VB") and self.tag(k - 1) == "PRP":
            return None
        while k > before - 8 and (
            self.tag(k) in ("PRP", "RB", "RP") or self.tag(k).startswith("VB")
            or self.word(k) in ("in", "up", "all", "both", "each", "first", "second", "third", "fourth", "fifth", "last")
            or self.word(k) in ("place", "position", "a", "distant", "close") and self.word(before) == "with"  # "is in third place with 24 percent"
        ):
            k -= 1  # "Ben Carson trails them at 13 percent", "Rubio comes in at 9 percent", "are all tied at"
        chunk = self.chunk(k)
        if chunk is None or chunk.last != k or not self.tokens[chunk.head].proper:
            return None
        base = self.base_of(chunk)
        if base != chunk and not self.tokens[base.head].proper:
            return self.phrase(chunk.first, chunk.last)  # "Support for the Tories stood at 38%": the name the thing is of, not "Support for the Tories"
        return self.phrase(base.first, chunk.last)

    def qualified_group(self, comma: int) -> Phrase | None:
        """The counted group a sentence opens with when a participle or relative clause qualifies it and
        `comma` is the comma that closes that clause ("Of the 121 people still detained in the raids, 77
        have been deported", "Among the 40 seats which changed hands, 25 ..."): what the number right
        after the comma counts, not the noun inside the clause."""
        k = 0
        while self.tag(k) in ("CC", "RB") and k < 3:
            k += 1
        if self.word(k) not in ("among", "of") or (chunk := self.chunk(k + 1)) is None or chunk.first != k + 1 or chunk.last != chunk.head:
            return None
        if self.tokens[chunk.head].tag != "FIG":
            return None
        after = chunk.last + 1
        while self.tag(after) == "RB" and after < chunk.last + 3:
            after += 1  # "the 121 people still detained"
        if not (self.tag(after) == "VBN" or self.word(after) in ("who", "that", "which", "whom")):
            return None
        first_comma = next((j for j in range(after + 1, min(len(self.tokens), after + 25)) if self.word(j) == ","), None)
        if first_comma != comma:
            return None  # the number is not the one right after the clause that qualifies the group
        return self.counted(chunk.head, "count").subject

    def among(self) -> Phrase | None:
        """The group a sentence opens with "Among X," (or "Of X,"): its percentages are shares of X."""
        k = 0
        colon = next((j for j in range(len(self.tokens) - 2) if self.word(j) == ":"), -1)
        if colon >= 0 and self.word(colon + 1 + (self.word(colon + 1) in _OPENING_QUOTES)) in ("among", "of"):
            k = colon + 1 + (self.word(colon + 1) in _OPENING_QUOTES)  # "Politico reveals a few facts: “Of its 76,981 registered voters, ..."
        while self.tag(k) in ("CC", "RB") and k < 3:
            k += 1
        if self.word(k) not in ("among", "of", "for") or self.word(k) == "of" and self.word(k + 1) == "course":
            return None  # "Of course, 40% said no": an adverb, no group
        chunk = self.chunk(k + 1)
        if chunk is not None and chunk.first == k + 1 and chunk.last == chunk.head and self.word(k) in ("among", "of") and self.tokens[chunk.head].tag == "FIG" and (
            self.word(chunk.last + 1) == ","
        ):
            return self.counted(chunk.head, "count").subject  # "Of its 76,981 registered voters, ..., 30,290 are Democrats": the counted group
        if chunk is None or chunk.first != k + 1 or self.tokens[chunk.head].tag in ("FIG", "TIME"):
            return None
        if self.word(k) == "for" and self.tokens[chunk.head].proper and self.tag(chunk.head) == "NNP":
            return None  # "For Trump, a majority of likely voters, 56%, ...": the one the shares are about, no group asked
        if self.tokens[chunk.head].lower in _CHOICE_NOUNS:
            return None  # "Among Democratic candidates, 56 percent would vote for Clinton": the choices, no group asked
        comma = chunk.last + 1
        if self.word(comma) != "," and self.word(chunk.last + 1) in ("who", "that") and self.word(k) in ("among", "of"):
            comma = next((j for j in range(chunk.last + 2, min(len(self.tokens), chunk.last + 25)) if self.word(j) == ","), comma)
            # "Of the total participants who filled in the survey in those years, just over half were female"
        if self.word(comma) != "," and not (
            self.word(k) == "among" and k == 0 and self.tokens[chunk.head].tag in ("NNS", "NNPS") and self.tag(comma) in ("DT", "PRP")
        ):  # (but "Among men the two are closer - 57 percent see ...": a plural group, then the clause's subject, no comma)
            return None
        return self.phrase(self._after_determiner(chunk.first, chunk.last), chunk.last)  # "Trump voters", whole

    def own_subject(self, index: int) -> bool:
        """The figure's clause has a finite verb whose subject is a common noun phrase of that clause."""
        verb, _ = self.clause_verb(index)
        if verb < 0 or self.tag(verb) not in FINITE_TAGS:
            return False
        subject = self.verb_subject(verb)
        return subject is not None and self.clause[subject.head] == self.clause[index] and self.tokens[subject.head].tag in ("NN", "NNS")

    def _named_subjects(self, earlier: int, index: int) -> tuple[int, int, Chunk, Chunk | None] | None:
        """(the figure's verb, the earlier figure's verb, the name that is the subject of the figure's
        own finite verb in its clause, the earlier verb's subject) when the two figures hang on
        different verbs; None when the figure's clause has no such name."""
        verb, _ = self.clause_verb(index)
        before, _ = self.clause_verb(earlier)
        if verb < 0 or verb == before or self.tag(verb) not in FINITE_TAGS:
            return None
        subject = self.verb_subject(verb)
        if subject is None or not self.tokens[subject.head].proper or self.clause[subject.head] != self.clause[index]:
            return None
        return verb, before, subject, self.verb_subject(before) if before >= 0 else None

    def other_named_subject(self, earlier: int, index: int) -> bool:
        """The figure's own clause has a finite verb whose subject is a name other than the subject of the
        earlier figure's clause: a new clause about another named thing."""
        if (found := self._named_subjects(earlier, index)) is None:
            return False
        verb, _, subject, first = found
        return first is None or self.word(first.head) != self.word(subject.head)

    def parallel_name(self, earlier: int, index: int, measured: Phrase) -> Phrase | None:
        """The name subject of the figure's own clause, when the earlier figure (in another clause)
        measured the name subject of its clause: two clauses of the same shape about two named things."""
        if (found := self._named_subjects(earlier, index)) is None:
            return None
        verb, before, subject, first = found
        if before < 0 or self.clause[verb] == self.clause[before] or first is None or not self.tokens[first.head].proper:
            return None
        if not (self.tokens[first.first].start <= measured.start and measured.end <= self.tokens[first.last].end):
            return None  # the earlier figure measured something other than its clause's name
        start = self._after_determiner(subject.first, subject.last)
        return self.phrase(start, subject.last)

    def poll_sample(self, index: int) -> bool:
        """"CommunicateResearch interviewed 401 people", "a survey of 1,000 adults": the count is a
        poll's sample, whose shares the article's later percentages are."""
        before = self.skip_qualifier(index - 1)
        if self.word(before) == "of" and self.word(before - 1) in fp.POLL_NOUNS:
            return True
        verb, obj = self.clause_verb(index)
        return verb >= 0 and obj is None and self.word(verb) in fp.POLL_VERBS

    def field_dates(self, index: int) -> Phrase | None:
        """The dates a poll was in the field, anywhere in its sample's sentence ("was conducted
        over a long period - May 13-22 - and surveyed 552 voters"): a date that names days."""
        dates = [k for k, token in enumerate(self.tokens) if token.tag == "TIME" and _DAY_DATE.search(token.text) and not self.statement_time(k)]
        if not dates:
            return None
        k = min(dates, key=lambda k: abs(k - index))
        return self.phrase(k, k)

    def poll_time(self) -> Phrase | None:
        """When the sentence's poll was in the field, written in a participle after it ("the latest poll,
        conducted in May, ...", "a survey taken last week", "was conducted online Feb. 11-15"); not when
        it was released ("a poll released Monday" dates the news, not the shares)."""
        if not any(self.word(k) in fp.POLL_NOUNS for k in range(len(self.tokens))):
            return None
        for k, token in enumerate(self.tokens):
            if token.tag != "TIME":
                continue
            before = k - 1 if self.word(k - 1) not in ("online", "nationally") and self.tag(k - 1) != "RB" else k - 2
            if self.word(before) in _POLL_PARTICIPLES:
                return self.phrase(k, k)
        return None

    def among_after(self, index: int) -> Phrase | None:
        """"Clinton leads, 59 percent to 28 percent, among voters 45 and older": the group an "among"
        phrase later in the figure's clause names (past its other figures, a rival's name, commas)."""
        if self.word(index + 1) in ("-", "–") and self.tag(index + 2) == "FIG" and not self.tokens[index + 3 if index + 3 < len(self.tokens) else index].noun:
            return self.among_after(index + 2)  # "leads Clinton, 46%-35%, among Millennial Democrats": the pair's group
            # (not "Her 64%-27% advantage over Sanders among ...": the pair sizes the noun after it)
        k = index + 1
        while k < len(self.tokens) and k <= index + 12 and self.clause[k] == self.clause[index] or self.word(k) == ",":
            if self.word(k) == "among":
                return self.group_after(k)
            if self.tag(k) in FINITE_TAGS or self.word(k) in (";", ":", "(", ")"):
                return None  # a clause of its own
            k += 1
        return None

    def among_before(self, index: int) -> Phrase | None:
        """"showed Clinton leading Sanders among likely voters, 46 percent to 44 percent": the group an
        "among" phrase earlier in the figure's sentence names, with no finite verb or clause mark between."""
        if self.word(index + 1) == "of":
            return None  # "19 percent among X and 9 percent of the ''moderate'' vote": a share of a whole of its own, even one not read
        k = index - 1
        while k >= 0 and index - k <= 15:
            if self.word(k) == "among":
                return self.group_after(k)
            if self.tag(k) in FINITE_TAGS or self.word(k) in (";", ":", "(", ")", "who", "which", "that"):
                return None
            k -= 1
        return None

    def _quote_closed(self, opening: int) -> int | None:
        """The last mark of the quotation opened at `opening` when it closes within a few words (a doubled mark, '' or two
        apostrophes, counts as one)."""
        first = opening
        while self.word(first + 1) in _OPENING_QUOTES | _DOUBLED_QUOTES and first - opening < 1:
            first += 1
        close = next((j for j in range(first + 2, min(len(self.tokens), first + 6)) if self.word(j) in _CLOSING_QUOTES | _DOUBLED_QUOTES), None)
        while close is not None and close - first < 8 and self.word(close + 1) in _CLOSING_QUOTES | _DOUBLED_QUOTES:
            close += 1
        return close

    def group_after(self, k: int) -> Phrase | None:
        """The group named by the noun phrase after token `k` ("among"): "voters 45 and older" and
        "voters ages 18 to 39" name the voters."""
        if self.word(k + 1) == "those" and (self.chunk(k + 1) is None or self.tokens[self.chunk(k + 1).head].tag in ("FIG", "CD")) and (
            self.tag(k + 2) in ("VBG", "VBN", "WP", "IN", "FIG", "CD") or self.word(k + 2) == "who"
        ):
            last = k + 2  # "among those describing themselves as moderate", "among those 45 and over": the pronoun and its modifier
            while last + 1 < len(self.tokens) and last - k < 10 and self.word(last + 1) not in _GROUP_ENDS and not (
                self.word(last + 1) in ("and", "but", "or") and self.tag(last + 2) in ("IN", "TO", "DT") and self.word(last + 2) not in _AGE_BOUNDS
            ):  # (up to "and by 10 points over Kasich", a second phrase; but "those 45 and over" is one group)
                last += 1
            return self.phrase(k + 1, last)
        if self.word(k + 1) in _OPENING_QUOTES | _DOUBLED_QUOTES and (close := self._quote_closed(k + 1)) is not None and (
            (after := self.chunk(close + 1)) is not None and after.first == close + 1 and self.tokens[after.head].noun
        ):
            return self.phrase(k + 1, after.last)  # "among “very liberal” voters", "among ''somewhat conservative'' voters": a quoted modifier
        chunk, first = self.chunk(k + 1), k + 1
        if chunk is None and self.tag(k + 1) == "VBN" and self.word(k + 1).endswith("ed") and (chunk := self.chunk(k + 2)) is not None and chunk.first == k + 2:
            pass  # "among registered Democrats": the tagger's participle opens the group's noun phrase
        elif chunk is None or chunk.first != k + 1:
            return None
        last = chunk.last
        while last > chunk.first and not self.tokens[last].noun:
            last -= 1  # "voters 45 and older": the group's noun, not the age after it
        if last > chunk.first and self.word(last) in ("ages", "aged", "age") and self.tag(last + 1) == "FIG":
            last -= 1  # "voters ages 18 to 39": the voters, whose ages follow
        if not self.tokens[last].noun:
            return None
        return self.phrase(self._after_determiner(first, last), last)

    def sibling_group(self, index: int, opening: Phrase) -> Phrase | None:
        """The group an earlier share of the sentence names with its own "of" after the sentence's opening
        "Among X,": "Among the Democrats, ... 45 percent of likely caucusgoers backed Mrs. Clinton and 42
        percent favored Mr. Sanders" reads the second share, which names no group, as the first's, not as
        the opening's wider one. The nearest earlier share only, in the same sentence part (no ";" or ":")."""
        for k in range(index - 1, -1, -1):
            if self.word(k) in (";", ":") or self.tokens[k].end <= opening.end:
                return None
            if self.tag(k) == "FIG":
                if not ("%" in self.tokens[k].lower or "percent" in self.tokens[k].lower or "per cent" in self.tokens[k].lower) or self.word(k + 1) != "of":
                    return None
                group = self.chunk(k + 2)
                if group is None or group.first != k + 2 or self.tokens[group.head].tag not in ("NNS", "NNPS") or group.head >= index:
                    return None
                return self.described(group).subject
        return None

    def restated_share(self, index: int) -> Phrase | None:
        """The group a share set off by commas restates a part of ("a majority of likely voters, 56%, have ...", "A third
        of independents, 33%, say ..."): the plural after "of" right before the comma."""
        if self.word(index - 1) != "," or (group := self.chunk(index - 2)) is None or group.last != index - 2:
            return None
        if self.word(group.first - 1) != "of" or self.tag(group.head) not in ("NNS", "NNPS") or _names_person(self.tokens[group.head].lower):
            return None
        part = self.chunk(group.first - 2)
        if part is None or part.last != group.first - 2 or not (self.tokens[part.head].lower in _PART_WORDS or self.tag(part.head) == "FIG"):
            return None
        return self.described(group).subject
