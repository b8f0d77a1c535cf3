"""The clauses of a sentence: where each begins, the verb whose object or complement a figure is, and that verb's subject past asides, relative clauses and auxiliaries."""

from __future__ import annotations

from . import figure_patterns as fp
from .meaning_words import _ASIDE_MARKS, _LINKING, _SAYING, _names_person
from .syntax import FINITE_TAGS, Chunk


_BOUND_MODIFIERS = frozenset("under over above below aged".split())
"""Prepositions of a bound that modifies the noun before them ("voters under 30", "shops over 3,000 sq ft")."""
_CONJUNCTIONS = frozenset(("but", "while", "whereas", "and", "or"))
_QUOTE_MARKS = frozenset(("“", "”", '"'))
_BY_MEASURES = frozenset("margin margins amount amounts point points percent percentage much".split())
"""Nouns that after a change verb's "by" give the change's size, not a thing ("fell by the same margin to 48%")."""

_NOT_PARTICIPLE_CLAUSES = frozenset("including excluding according following compared given saying adding noting citing".split())
"""Words tagged as participles that open no clause about the subject before them ("..., including 80 murders")."""

_COMPLEMENT_NOUNS = frozenset(
    "claim claims report reports news allegation allegations assertion suggestion suggestions speculation rumour rumours rumor rumors "
    "fact belief hope hopes fear fears warning warnings finding findings announcement revelation revelations".split()
)
"""Nouns a 'that' clause completes ("the claim that Smith was planning cuts"), so a name after their
'that' is that clause's subject, not a relative clause's ("the plan that Smith backed")."""


class _ClauseReading:
    """A sentence's clauses and the verb and subject of the clause each figure sits in (mixed into meaning._Reader)."""

    def _clauses(self) -> list[int]:
        """A clause number per token: a new clause after ; : ( ) dashes, and after a comma that
        opens a clause of its own (", and ...", ", which ...")."""
        number, count, found, relative, opened = 0, 0, [], False, []
        for i, token in enumerate(self.tokens):
            if token.text == ")" and opened:
                found.append(number)  # "by £4bn ($7.4bn) over 10 years": the clause goes on after a bracket
                number = opened.pop()
                continue
            if token.text == "," and relative and opened:
                found.append(number)  # "The deficit for this year, which ends in May, is $5bn": back in the main clause
                number = opened.pop()
                relative = False
                continue
            if token.text == "(":
                opened.append(number)
            if token.text == "-" and 0 < i < len(self.tokens) - 1 and self.tokens[i - 1].end == token.start and self.tokens[i + 1].start == token.end and self.tokens[i + 1].tag != "FIG":
                found.append(number)  # "a £30m-plus bid": a hyphen inside a word, no dash between clauses
                continue
            if token.text in (";", ":", "(", ")", "—", "–", "-", "“", "”", '"') or (
                token.text == "," and (self.word(i + 1) in fp.CLAUSE_OPENERS or relative)
            ) or token.lower in _CONJUNCTIONS and self._coordinated_clause(i):
                count += 1
                relative = token.text == "," and self.word(i + 1) in ("which", "who", "whose", "where")
                if relative:
                    opened.append(number)
                number = count
            found.append(number)
        return found

    def _coordinated_clause(self, i: int) -> bool:
        """"but froze petrol duty", "and he said public borrowing would fall": a conjunction that
        opens a clause (a verb or a pronoun subject follows) ends the clause before it."""
        if self.word(i) == "but" and self.tag(i) == "CC" or self.word(i) in ("while", "whereas") and i > 0:
            return True
        if self.word(i) not in ("and", "or") or i == 0 or self.word(i - 1) == ",":
            return False
        after = self.tag(i + 1)
        if after == "VB" and any(self.tag(j) == "TO" and self.tag(j + 1) == "VB" for j in range(i)):
            return True  # "to increase aid to £1.25bn by 2008 and spend £1.5bn over three years": a second infinitive
        return after in FINITE_TAGS or after == "PRP" and self.tag(i + 2)[:2] in ("VB", "MD")

    # --- the clause a figure completes ---
    def clause_verb(self, index: int) -> tuple[int, Chunk | None]:
        """Scan left from a figure to the verb whose object or complement it is: (verb index or -1,
        a noun phrase met on the way: the verb's object, as in "raised its stake to 20%")."""
        obj: Chunk | None = None
        i = self.skip_qualifier(index - 1)
        segment_start = index
        own = self.chunk(index)
        own_first = min(own.first if own is not None and own.last >= index else index, i + 1)  # past "an estimated", "about"
        while i >= 0:
            token = self.tokens[i]
            if token.tag in ("FIG", "TIME") or token.tag in ("RB", "RP", "RBR", "IN", "TO") and token.lower != "that":
                i -= 1
                continue
            if token.text in _QUOTE_MARKS and self.tag(i - 1).startswith(("VB", "MD", "RB")) and self.tag(i + 1).startswith(("VB", "RB", "IN", "TO")):
                i -= 1  # 'had "risen by 20% in real terms"', 'rose "slightly" by 25 percent': a quotation's mark inside the verb group
                continue
            if token.lower in (",", "and", "or") and self.tag(segment_start) == "FIG":
                # "4p on a bottle of wine and 7p on 20 cigarettes": a list of figures shares its verb
                earlier = next((j for j in range(i - 1, -1, -1) if self.tag(j) == "FIG" or self.tag(j).startswith("VB")), -1)
                if earlier >= 0 and self.tag(earlier) == "FIG":
                    i, segment_start, obj = self.skip_qualifier(earlier - 1), earlier, None
                    continue
            if token.text == ",":
                opener = self.word(segment_start) if segment_start < len(self.tokens) else ""
                if opener in fp.CONTINUATIONS or self.tag(segment_start) in ("FIG",) and not (
                    segment_start == index and self.tag(index + 1) in FINITE_TAGS and self.passive(self._verb_group_end(index + 1))
                ):  # (but "..., more than $600,000 was spent on mailers": the figure is a passive's subject in a clause of its own)
                    segment_start = i + 1
                    i -= 1
                    continue
                break
            if token.tag.startswith("VB") or token.tag == "MD":
                k = i + 1
                while self.tag(k) in ("RB", "RP") or self.word(k) in ("up", "down", "out", "off", "back"):
                    k += 1
                recipient = self.chunk(k)
                if recipient is not None and recipient.first == k and self.word(i) in fp.DITRANSITIVE_VERBS and (
                    self.tokens[recipient.head].tag == "PRP" or _names_person(self.word(recipient.head))
                ):
                    k = recipient.last + 1  # "gives you an annual income": past the one who gets it
                if obj is not None and obj.first != k:
                    obj = None  # "rise in line with inflation from £4,745": an adjunct, not an object
                return i, obj
            if token.lower in ("higher", "lower") and self.word(i + 1) == "at" and (
                self.tag(i - 1) == "FIG" or self.word(i - 1) in ("points", "point") and self.tag(i - 2) == "FIG"
            ):
                i -= 1  # "Shares in Tesco closed 2% higher at 250p", "closed 35 points higher at 7,420": the change before the level
                continue
            if token.lower in ("third", "quarter", "half", "fifth", "tenth") and self.word(i - 1) == "a" and self.word(i - 2) == "by":
                i -= 2  # "Profits fell by a third to $30bn": the change's size, then the verb
                continue
            if token.tag in ("JJ", "RB") and self.word(i - 1) == "as" and self.word(i + 1) == "as" and self.tag(i + 2) == "FIG":
                i -= 2  # "goes as high as 45 percent": a bound of the level, then the verb
                continue
            if token.tag in ("JJ", "JJR") and self.chunk(i) is None and self.word(i - 1) in _LINKING and self.word(i + 1) == "for" and self.tag(i + 2) == "FIG":
                i -= 1  # "Sales were stagnant for six weeks": an adjective complement, then the verb
                continue
            chunk = self.chunk(i)
            if chunk is not None and chunk.last >= index and self.word(chunk.first - 1) in fp.LEVEL_VERBS:
                i = chunk.first - 1  # "was a record 39%": the figure's own noun phrase is no object of "be"
                continue
            if chunk is not None and chunk.last == own_first - 1 and self.word(chunk.first - 1) in fp.DITRANSITIVE_VERBS and self.tag(chunk.head) != "FIG":
                obj = None  # "would cost taxpayers £3bn", "giving families an extra £5": the recipient, not the object
                i = chunk.first - 1
                continue
            if chunk is not None and obj is not None and self.word(chunk.first - 1) in fp.DITRANSITIVE_VERBS and (
                self.tokens[chunk.head].tag == "PRP" or _names_person(self.word(chunk.head))
            ):
                i = chunk.first - 1  # "gives you an annual income of £9,000": the income is the object, "you" who gets it
                continue
            by = chunk.first - 1 - (self.word(chunk.first - 1) in ("that", "this")) if chunk is not None else -1
            if chunk is not None and self.word(by) == "by" and chunk.last == i and self.tokens[chunk.head].tag in ("NN", "NNS") and (
                self.word(chunk.head) in _BY_MEASURES and self.tag(by - 1).startswith("VB")
            ):
                i = by - 1  # "support fell by that same margin down to 48 percent": the change's size, no object
                continue
            if chunk is not None and (base := self.base_of(chunk)).first > 1 and self.word(base.first - 2) in ("that", "which", "who") and (
                self.tag(base.first - 1) in ("VBD", "VBN", "VBZ", "VBP", "VB") and fp.rises_or_falls(self.word(base.first - 1))
            ):
                obj = base  # "an overhaul that cut federal assistance to the poor by $55 billion": the relative clause's own object
                i = obj.first - 1
                segment_start = obj.first
                continue
            if chunk is not None:
                obj = self.modified_head(self.base_of(chunk), participle=False)
                i = obj.first - 1
                segment_start = obj.first
                continue
            break
        return -1, obj

    def _verb_group_end(self, k: int) -> int:
        """The last word of the verb group that starts at `k` ("was being spent" -> "spent")."""
        while k + 1 < len(self.tokens) and (self.tag(k + 1).startswith("VB") or self.tag(k + 1) in ("MD", "RB")):
            k += 1
        return k

    def passive(self, verb: int) -> bool:
        """"could be cut", "was paid": the clause's subject is what the figure measures."""
        if self.tag(verb) not in ("VBN", "VBD", "VB"):
            return False
        k = verb - 1
        while k >= 0 and (self.tag(k) in ("RB", "MD", "TIME") or self.tag(k).startswith("VB")):
            if self.word(k) in ("be", "is", "was", "were", "been", "are", "being", "'s"):
                return True
            k -= 1
        return False

    def verb_subject(self, verb: int, depth: int = 0) -> Chunk | None:
        """The subject of the verb group ending at `verb`: past auxiliaries and adverbs, a relative
        clause or an appositive between commas, a relative pronoun to its antecedent."""
        i = verb
        while i >= 0 and (self.tag(i).startswith("VB") or self.tag(i) in ("MD", "RB", "TO", "TIME") or self.word(i) in ("not", "n't") or (
            self.word(i) in _QUOTE_MARKS and i > 0 and self.tag(i - 1).startswith(("VB", "MD", "RB")) and self.tag(i + 1).startswith(("VB", "RB"))
        )):  # 'income had "risen by 20%"': a quotation opening inside the verb group
            i -= 1
        bare = all(self.tag(k) == "RB" for k in range(i + 1, verb))  # "going", not "is paying"
        if self.tag(verb) == "VBG" and bare and self.word(i) == "," and self.word(verb) not in _NOT_PARTICIPLE_CLAUSES and depth < 2:
            # "Clinton's support has risen, going from 40 percent to 46 percent": a participle clause after a
            # comma has the subject of the clause it hangs on
            earlier = next((k for k in range(i - 1, -1, -1) if self.tag(k) in FINITE_TAGS and self.clause[k] == self.clause[i - 1]), -1)
            if earlier >= 0 and (found := self.verb_subject(earlier, depth + 1)) is not None:
                return found
        if self.tag(verb) == "VBG" and bare and self.word(i) in ("after", "before", "while", "since", "when") and depth < 2 and i > 0:
            # "inflation is near 2% after hovering around 5% for years": the main clause's subject
            earlier = next((k for k in range(i - 1, -1, -1) if self.tag(k) in FINITE_TAGS), -1)
            if earlier >= 0 and (found := self.verb_subject(earlier, depth + 1)) is not None:
                return found
        relative = False
        for _ in range(3):
            if i < 0:
                return None
            if self.tag(i) == "TIME":
                i -= 1
                continue
            if self.word(i) in ("which", "that", "who"):
                relative = True
                i -= 1
                if self.word(i) == ",":
                    i -= 1
                continue
            if self.word(i) in _ASIDE_MARKS:
                return self.fronted_subject(i)
            if self.word(i) in ("all", "both", "each") and self.tag(i) == "DT":
                i -= 1  # "Trump and Kasich both get 16 percent"
                continue
            if self.word(i) in ("and", "but", "or") and depth < 2:
                # "Trump hit the airwaves, and so far has spent $5m": the subject the verbs share
                earlier = next((k for k in range(i - 1, -1, -1) if self.tag(k) in FINITE_TAGS), -1)
                return self.verb_subject(earlier, depth + 1) if earlier >= 0 else None
            chunk = self.chunk(i)
            if chunk is None:
                return None
            base = self.base_of(chunk)
            while not relative and self.tag(base.first - 1) == "VBG" and self.tag(base.first - 2) == "IN" and self.word(base.first - 2) in fp.CHAIN_PREPOSITIONS and (
                prior := self.chunk(base.first - 3)
            ) is not None and prior.last == base.first - 3 and self.tokens[prior.head].tag in ("NN", "NNS") and not self.tokens[prior.head].proper:
                base = self.base_of(prior)  # "fees from advising clients declined", "the cost of running the scheme rose": the gerund's object is
                # inside the subject (not for a relative pronoun's antecedent: "ways of boosting voter turnout, which fell to 59%")
            if not relative and self.word(base.first - 1) in ("before", "excluding") and self.tag(base.first) in ("NN", "NNS") and (prior := self.chunk(base.first - 2)) is not None and (
                prior.last == base.first - 2 and self.tokens[prior.head].tag in ("NN", "NNS") and not self.tokens[prior.head].proper
            ):
                base = self.base_of(prior)  # "Profit before tax was £120m", "Sales excluding fuel rose 2%": what is left before or without
                # the bare noun (not "before" opening a clause: "catching their breath before the country tilts into ...")
            while not relative and self.word(base.first - 1) in _BOUND_MODIFIERS and self.tag(base.first - 1) == "IN" and (
                self.tokens[base.head].tag == "FIG" or self.word(base.head) == "age" and self.word(base.last + 1) == "of"
            ) and (prior := self.chunk(base.first - 2)) is not None and prior.last == base.first - 2 and self.tokens[prior.head].tag in ("NN", "NNS") and (
                not self.tokens[prior.head].proper
            ):
                base = self.base_of(prior)  # "Turnout for voters under the age of 30 dropped", "Sales at shops over 3,000 sq ft fell": a
                # bound on the noun before it is inside the subject, not its head
            if self.tokens[base.head].tag == "FIG":
                return None  # a figure as the subject ("27% said"); but "the income of the richest 1 percent grew": the income
            if self.word(base.first - 1) == "that" and self.tokens[base.head].tag in ("NN", "NNS", "NNP", "NNPS") and sum(
                self.tag(k) in FINITE_TAGS for k in range(chunk.last + 1, verb + 1)
            ) == 1 and (noun := self.chunk(base.first - 2)) is not None and (
                not self.tokens[base.head].proper or noun.last == base.first - 2 and self.word(noun.head) in _COMPLEMENT_NOUNS
            ):
                # "his claim that his fortune exceeds $5bn", "its claim that Mr Hale was planning £35bn cuts": the
                # subject of a clause that completes a noun (one verb after it; "the house that his father built
                # cost $1m" has two). A name there opens a relative clause as often ("a proposal that Manchin
                # pushed three years ago"), so it counts only after a noun of saying or knowing ("claim", "report")
                return base
            return self.modified_head(base)
        return None

    def modified_head(self, chunk: Chunk, participle: bool = True) -> Chunk:
        """The noun phrase a relative clause or participle without commas modifies, when `chunk`
        ends one: "the level where people start paying inheritance tax [will rise]" -> "the level";
        "the number of people waiting more than 18 months [has fallen]" -> "the number" (a participle
        only before a verb: after one, "claims cutting the limit from 80mg" is no noun phrase's)."""
        k = chunk.first - 1
        while k >= 0 and chunk.first - k <= 12:
            word, tag = self.word(k), self.tag(k)
            if word in (",", ";", ":", "(", ")", "and", "but", "or", '"', "“", "”") or tag in ("MD",):
                return chunk
            relative = word in ("where", "which", "who", "whom", "whose", "when") or word == "that" and tag in ("WDT", "IN")
            if relative or participle and tag in ("VBG", "VBN"):
                opener = k - 1 if self.tag(k - 1) in ("IN", "TO") and word in ("which", "whom") else k  # "the level at which ..."
                before = self.chunk(opener - 1)
                if before is not None and before.last == opener - 1 and self.tokens[before.head].tag in ("NN", "NNS") and (
                    relative or self.tokens[before.head].tag == "NNS" or self.word(before.head) in fp.CONTAINER_NOUNS
                ):
                    return self.base_of(before)
                if relative:
                    return chunk
            k -= 1
        return chunk

    def _complement_subject(self, first: int, last: int) -> Chunk | None:
        """"the fund predicted that advanced economies [- which include ... -] will grow": the subject that
        opens a complement clause at the end of a segment with a verb of its own."""
        closing = self.chunk(last)
        if closing is not None and closing.last == last and self.word(closing.first - 1) == "that" and first < closing.first and (
            self.tokens[closing.head].tag not in ("FIG", "TIME", "PRP")
        ):
            return self.base_of(closing)
        return None

    def fronted_subject(self, delimiter: int) -> Chunk | None:
        """The subject written before asides that end at `delimiter` ("Oakland, which has ...,
        had"; "Cameron, the chief executive of Mountaire, had given"; "Ferguson, however, had"):
        the first segment that opens with a noun phrase, when every segment after it is an aside
        (a relative clause or words without a finite verb)."""
        segments: list[tuple[int, int]] = []
        end = delimiter
        while True:
            k = end - 1
            while k >= 0 and self.word(k) not in _ASIDE_MARKS and self.word(k) not in (";", ":"):
                k -= 1
            first, last = k + 1, end - 1
            if first > last:
                return None
            segments.append((first, last))
            if k < 0 or self.word(k) in (";", ":"):
                break
            relative = self.word(first) in ("which", "who", "whose", "where", "when")
            finite = any(self.tag(j) in FINITE_TAGS for j in range(first, last + 1))
            reported = last - first <= 4 and self.word(last) in _SAYING and len(segments) == 1 and self.word(end) == "," and (
                self.tag(end + 1) in ("VBD", "VBZ", "VBP", "MD", "RB")
            )  # "The typical payment, it says, would be $250": a report set off inside the clause
            if finite and not relative and not reported:
                return self._complement_subject(first, last) if len(segments) > 1 else None
            end = k
        first, last = segments[-1]
        if len(segments) > 1 and (complement := self._complement_subject(first, last)) is not None:
            return complement
        for first, last in reversed(segments):
            j = first
            while j <= last and self.tag(j) in ("CC", "RB"):
                j += 1
            chunk = self.chunk(j)
            if chunk is not None and chunk.first == j and self.tokens[chunk.head].tag not in ("FIG", "TIME"):
                return self.base_of(chunk)
        return None
