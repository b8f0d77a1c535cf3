"""What a figure measures (its subject): the noun phrase it sits in or measures, the subject or object of the verb it completes, a change's thing, a restated or hyphenated sum's noun."""

from __future__ import annotations

import re

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase
from .meaning_words import (
    _BEATING,
    _CLOSING_QUOTES,
    _DASHES,
    _LEVEL_REACHED,
    _LINKING,
    _OPENING_QUOTES,
    _POSTMODIFIER,
    _currency_word,
    _makes_figure,
    _names_agent,
    _names_people,
    _names_person,
    _object_of,
)
from .syntax import Chunk, instrument


_SPENT_ON = frozenset("from for on into".split())
"""Prepositions after a sum that name what it is spent on, earned from or put into ("£6bn for tax cuts", "$16m into ads")."""
_CHANGING_PARTICIPLES = frozenset(
    "mounting soaring declining shrinking dwindling surging spiralling spiraling rocketing plunging slumping sinking worsening".split()
)
"""Participles of a change that take no object, beside the change verbs' own ("rising", "falling", "growing")."""


def _changing(word: str) -> bool:
    """Whether an -ing word is a change's participle ("rising prices", "mounting losses"), which describes the noun after it."""
    return word in _CHANGING_PARTICIPLES or fp.rises_or_falls(word)


_STRETCH_WORDS = frozenset(("final", "last", "closing", "first", "opening"))
_RACE_STRETCH = re.compile(r"(?i)\b(?:in|at|during|over)\s+the\s+(?:(?:final|last|closing|first|opening)\s+)?$")
"""Right before a distance: a preposition of where in a race, then "the" and a stretch word ("in the 100m", "in the
final 20 metres")."""
_EVENT_DISTANCE = re.compile(r"\d[\d,]*(?:m|km|\s?metres|\s?meters)")
"""A distance written as a race's name ("100m", "5,000m", "10,000 metres"; not miles, nor a decimal)."""


_OBJECT_PERSONS = frozenset("me him us them you".split())

_SINCE_WORDS = frozenset("since ago after before later earlier".split())
"""Words after a duration that make it a distance in time from an event ("25 years since", "10 years ago")."""

_DEGREE_NOUNS = frozenset("bit little lot tad touch shade fraction".split())
"""Nouns that after 'a' say how much a verb acted ("shrunk a bit", "fell a little"), not its object."""
"""Object pronouns that stand for people ("her" is also a possessive, "it" a thing)."""


def _is_agent_name(words: str) -> bool:
    """A name that is a person, a place or an organization (not a thing such as "the Boeing")."""
    from .holders import kind_of  # holders imports this module

    return kind_of(words) in ("person", "place", "group")


_PERCENT_MOVED = frozenset("lost lose loses losing added add adds adding shed sheds shedding gains".split())
"""Verbs whose percentage object is a change of their subject ("Sales lost 0.12%", "the pound added 1%"),
where money as object is a sum the subject lost or added ("lost $5m")."""
_OUTSTRIPPING = frozenset(
    "exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing outpace outpaces outpaced outpacing"
    " outstrip outstrips outstripped outstripping outnumber outnumbers outnumbered outnumbering outweigh outweighs"
    " outweighed outweighing differ differs differed differing".split()
)
"""Verbs that compare their subject with another thing: a margin "by" after them is the subject's."""

_LASTING = frozenset("last lasts lasted lasting take takes took taken taking run runs ran span spans spanned".split())
"""Verbs whose subject is the thing a duration measures ("The strike lasted 12 days")."""

_THRESHOLD_WORDS = frozenset("over above under below exceeding topping".split())
"""Words that set a threshold on the noun before them ("incomes over $250,000", "gifts under £200")."""

_IN_ADVERBIALS = frozenset(
    "response return exchange total full part turn addition effect fact advance particular general contrast comparison "
    "practice theory principle person error lieu place".split()
)
"""Nouns that 'in' and no determiner make an adverbial ("in response", "in exchange for sex", "in
part"), not the thing an amount before them is counted in, as "$2bn in aid" is."""
_SUM_ADVERBS = frozenset("combined apiece altogether overall".split())
"""Words right after a sum that size it, not what it measures ("$80,000 combined on mailers")."""
_RATE_END = re.compile(r"\b(?:a|an|per|each|every)\s+[a-z]+$|/[a-z]+$")
"""A rate's end ("$20 an hour", "£5 per week"): "in" after it names where the rate is paid, more often than what."""


class _SubjectReading:
    """The subject of each figure of a sentence, from its noun phrase and clause (mixed into meaning._Reader)."""

    def clause_modified(self, chunk: Chunk) -> Chunk | None:
        """The plural a participle or relative clause ending in `chunk` modifies ("Democrats looking for an
        experienced candidate", "voters who want a change"): what a figure in brackets after the clause
        restates; None when `chunk` ends no such clause."""
        k = chunk.first - 1
        while k > chunk.first - 8 and self.word(k) not in (",", "(", ")", "and", "or", ";", ":") and k > 0:
            participle = self.tag(k) in ("VBG", "VBN") or self.word(k) in ("who", "that") and self.tag(k + 1).startswith("VB")
            if participle and (noun := self.chunk(k - 1)) is not None and noun.last == k - 1 and self.tag(noun.head) in ("NNS", "NNPS"):
                return noun
            k -= 1
        return None

    def measure_before(self, index: int) -> Meaning | None:
        """"a population of 769,025", "a community of over 21,000": an informative noun the bare
        number is "of"."""
        before = self.skip_qualifier(index - 1)
        if self.word(index - 1) in ("age", "ages") or self.word(index - 1) == "," and self.word(index - 2) == "age":
            return Meaning()  # "New Yorkers age 14 and up", "children under age 14", "whose age, 44,": an age, no thing
        if self.word(before) == "and" and self.tag(before - 1) == "FIG" and self.word(before - 2) == "of" and self.word(before - 3) == "ages" and self.word(before - 4) == "the":
            return Meaning()  # "between the ages of 18 and 29": the bound after "and" is an age as the first is
        if self.word(before) != "of":
            return None
        prior = self.chunk(before - 1)
        if prior is None or prior.last != before - 1 or self.tokens[prior.head].tag in ("FIG", "TIME", "PRP"):
            return None
        if self.tokens[prior.head].lower in fp.GENERIC_MEASURES | fp.CHANGE_NOUNS or self.tokens[prior.head].proper:
            return None
        if self.tokens[prior.head].lower in ("age", "ages") and prior.first == prior.head - 1 and self.word(prior.first) == "the":
            return Meaning()  # "at the age of 43", "between the ages of 18 and 29": a person's age or an age bound, which measures no thing
        return self.with_owner(prior, self.described(prior))

    def totalled(self, participle: int) -> Meaning:
        """The noun phrase a participle such as "totaling" describes: the nearest before it, past a
        comma, time phrases, prepositional phrases other than "of" and participles ("donations made
        to Ready PAC that same day totaling ...")."""
        k = participle - 1
        while k >= 0 and participle - k <= 15:
            word, tag = self.word(k), self.tag(k)
            if word == "," or tag in ("TIME", "VBN", "RB") or word in ("was", "were", "is", "are", "been", "be", "had", "have", "has"):
                k -= 1  # "donations were made to the fund that same day totaling": past the verb group too
                continue
            chunk = self.chunk(k)
            if chunk is None or chunk.last != k or self.tokens[chunk.head].tag == "PRP":
                return Meaning()
            before = self.word(chunk.first - 1)
            if self.tag(chunk.first - 1) in ("IN", "TO") and before != "of":
                k = chunk.first - 2  # "to Ready PAC", "on the same day": an adjunct of the noun phrase before
                continue
            if self.tokens[chunk.head].tag == "FIG":  # "a half-dozen donations made ... totaling"
                return Meaning(self.counted(chunk.head, "count").subject)
            return self.described(chunk) if not self.tokens[chunk.head].proper else Meaning()
        return Meaning()

    def _subject(self, index: int, own: Chunk | None, kind: str) -> Meaning:
        if kind in ("percent", "percentage_points") and (
            self.word(index - 1) == "yield" and self.word(index - 2) == "to" or self.word(index - 1) == "yielding"
        ):
            return Meaning(self.phrase(index - 1, index - 1))  # "rose 7/32 in price to yield 1.786%": the bond's yield, not its price
        if kind == "duration" and (
            own is not None and own.last > index and self.tokens[own.head].lower == "time" and self.word(own.head - 1) in ("'", "’", "'s", "’s")
            or self.word(of := self.skip_qualifier(index - 1)) == "of" and self.word(of - 1) == "course" and self.word(of - 2) == "the"
        ):
            return Meaning()  # "in three years' time", "over the course of 48 hours": a span of time, which measures no thing
        if kind == "duration" and self.word(index + 1) == "of" and self.tag(index + 2) == "VBG" and self.tokens[index + 2].text.islower() and (
            self.word(index + 3) != "time" and not (_changing(self.word(index + 2)) and self.tag(index + 3) in ("NN", "NNS"))
        ):  # (not "6,300 hours of flying time": a compound whose noun is the time itself; not "five years of rising prices":
            # a change's participle describes the noun after it, which lasted)
            return Meaning(self.phrase(index + 2, index + 2))  # "five years of fighting ISIS", "eight hours of questioning": the activity that lasted
        if own is not None and own.first < index == own.last and (modified := self._modified_after(index)) is not None:
            return self.described(modified)
        if (role := self._role_before_name(index, own, kind)) is not None:
            return Meaning(role)  # "Defending 60m champion Tom Reed", "world 400m record holder Ann Lee": the title the distance sizes
        if own is not None and (changed := self._changed_object(index, own, kind)) is not None:
            return self.described(changed)
        # "a 12% rise in sales", "a $5bn deal", "a 12-member panel": the figure modifies a noun
        if own is not None and own.last > index and self.tokens[own.head].tag != "FIG":
            if self.tokens[own.head].lower in fp.CHANGE_NOUNS and kind == "money" and own.head == index + 1:
                return self.described(own, skip_to=index + 1)  # "£35bn cuts in services", "a 1p rise on income tax": a sum sizes the cut itself
            if self.tokens[own.head].lower in fp.CHANGE_NOUNS and own.head > index + 1:
                return self.described(Chunk(index + 1, own.head - 1, own.head - 1))
            if self.tokens[own.head].lower in fp.CHANGE_NOUNS:
                links = self.chain(own)
                if len(links) > 1 and links[1][0] in ("in", "of", "for"):
                    return self.described(links[1][1])
                return self.clause_subject(index, kind)
            if (reached := self.reached_mark(index, own)) is not None:
                return reached
            return self.described(own, skip_to=index + 1)
        # "1.5m tonnes of wheat", "$5bn worth of arms", "$2bn in aid"
        after = index + 1
        if (restated := self.restated_modifier(index, kind)) is not None:
            return self.described(restated)  # "a €20m (£17m) fee", "his 3000 euros (£2,060) punishment": both sums size the noun after them
        if kind == "money" and self.word(after) == "(" and self.tag(after + 1) == "FIG" and self.word(after + 2) == ")" and self.word(after + 3) == "worth" and self.word(after + 4) == "of":
            after += 3  # "$5m (£4m) worth of stock"
        elif kind == "money" and self.word(after) == ")" and self.word(index - 1) == "(" and self.tag(index - 2) == "FIG" and self.word(after + 1) == "worth" and self.word(after + 2) == "of":
            after += 1
        elif kind == "money" and self.word(after) == "(" and self.tag(after + 1) == "FIG" and self.word(after + 2) == ")" and self.word(after + 3) in _SPENT_ON | {"in", "of"}:
            after += 3  # "raise $12.9bn (£10bn) from its listing": past the sum restated in brackets
        elif kind == "money" and self.word(after) == ")" and self.word(index - 1) == "(" and self.tag(index - 2) == "FIG" and self.word(after + 1) in _SPENT_ON | {"in", "of"}:
            after += 1  # the restated sum itself
        if kind == "money" and self.word(after) in _SUM_ADVERBS and (self.word(after + 1) in _SPENT_ON or self.word(after + 1) in ("in", "of")):
            after += 1  # "spent $80,000 combined on mailers", "paid $5m apiece in fees": an adverb of the sum, then its noun
        if kind == "money" and self.tag(after) == "TIME" and self.word(after + 1) == "in" and _RATE_END.search(self.tokens[index].lower) is None and (
            (later := self.chunk(after + 2)) is not None and later.first == after + 2 and self.tag(later.head) in ("NN", "NNS") and not self.tokens[later.head].proper
        ):
            after += 1  # "raised £4m last year in donations": past the time between the sum and its noun
        if kind in ("number", "percent") and self.word(after) == "(" and self.tag(after + 1) == "FIG" and self.word(after + 2) == ")" and self.word(after + 3) == "of":
            after += 3  # "Almost a quarter (21%) of those polled": past the share restated in brackets, as for a sum
        if self.word(after) in ("worth", ")") and self.word(after + 1) == "of":
            after += 1
        elif self.word(after) == "out" and self.word(after + 1) == "of" and kind in ("number", "percent"):
            after += 1  # "won 49 out of the 54 seats": a part of the whole, as "49 of the 54 seats"
        if kind == "number" and self.tokens[index].lower in ("half", "a half") and self.word(after) == "those" and self.tag(after + 1) in ("VBN", "VBD") and _POSTMODIFIER.match(self.word(after + 1)):
            return Meaning(self.phrase(after, after + 1), share=True)  # "nearly half those surveyed said ...": "half of those surveyed"
        if self.word(after) == "of" and (self.word(after + 1) in ("those", "them") or self.word(after + 1) == "whom" and kind == "number") and kind in ("percent", "number") and (
            self.word(after + 1) != "those" or not self.tokens[min(after + 2, len(self.tokens) - 1)].noun
        ):  # ("them", "whom" take no modifier: "25,000 of them Republicans", "2,000 of them in Wales", "40 of whom were charged";
            # a share "of whom" keeps the who-clause step's reading: "Florida's Cuban Americans, 82 percent of whom view Trump unfavorably")
            last = after + 2 if self.word(after + 1) == "those" and (
                self.tag(after + 2) in ("VBN", "VBG") or self.tag(after + 2) == "VBD" and _POSTMODIFIER.match(self.word(after + 2))
            ) else after + 1
            # "of those polled", "of those responding"; not "two of those came" nor "2% of them believed": a clause's verb
            return Meaning(self.phrase(after + 1, last), share=True)
        if self.word(after) == "of" and kind in ("percent", "number") and (nxt := self.chunk(after + 1)) is not None and nxt.first == after + 1:
            counted = self.counted(nxt.head, "count") if self.tokens[nxt.head].tag == "FIG" else Meaning()
            if counted.subject is not None:  # "87% of the 1,000 adults quizzed": a share of the counted group
                return Meaning(counted.subject, share=True)
        if self.word(after) in ("of", "in"):
            nxt = self.chunk(after + 1) or (self.chunk(after + 2) if self.tag(after + 1) in ("VBN", "VBD", "VBG") else None)
            possessed = False
            if nxt is None and kind == "money" and self.tag(after + 1) == "RB" and _RATE_END.search(self.tokens[index].lower) is None and (
                (later := self.chunk(after + 2)) is not None and later.first == after + 2 and (
                    self.word(after + 1).endswith("ly") and self.tag(after + 2) in ("JJ", "VBN") or self.tag(after + 2) in ("NN", "NNS") and not self.tokens[after + 2].proper
                )
            ):
                nxt = later  # "$26m in previously undisclosed payments", "$5m in newly raised funds": an adverb of the adjective before the noun
            if nxt is None and self.word(after + 1) in _OPENING_QUOTES and self.tag(after + 2) == "JJ":
                j = after + 3 + (self.word(after + 3) in _CLOSING_QUOTES)  # "£35bn in "wasteful" spending", "in "wasteful spending""
                quoted = self.chunk(j) if j > after + 3 else self.chunk(after + 2)
                if quoted is not None and quoted.first in (j, after + 2) and self.tokens[quoted.head].tag in ("NN", "NNS") and not self.tokens[quoted.head].proper:
                    nxt = quoted
            if nxt is not None and kind == "money" and self.word(nxt.last + 1) in ("'", "’") and self.tag(nxt.head) == "NNS" and (
                (owned := self.chunk(nxt.last + 2)) is not None and owned.first == nxt.last + 2 and self.tag(owned.head) in ("NN", "NNS") and not self.tokens[owned.head].proper
            ):
                nxt, possessed = owned, True  # "$12m of taxpayers' money": the money, whose owners the plural possessive names
            if nxt is not None and self.word(after) == "in" and nxt.first == nxt.head == after + 1 and self.word(nxt.head) in _IN_ADVERBIALS:
                nxt = None  # "its cutoff of $50,440 in response", "paid 50 cents in exchange for ...": an adverbial, no thing
            if nxt and (after + 1 <= nxt.first <= after + 2 or possessed or nxt.first == after + 4 and self.word(after + 1) in _OPENING_QUOTES) and self.tokens[nxt.head].tag not in ("FIG", "TIME", "PRP"):
                plain = self.word(after) == "of" or (
                    self.tag(after + 1) not in ("DT", "PRP$") and not self.tokens[nxt.head].proper and kind not in ("percent", "percentage_points")
                    and not _currency_word(self.word(nxt.head))
                ) or self.changed_by(index) and not self.tokens[nxt.head].proper and self.tokens[nxt.head].tag in ("NN", "NNS")
                # "a rise of 12% in sales", "deep cuts of £35bn in our services": what the change is in
                # "$2bn in aid" is aid, but "1% in real terms", "50 percent in national polls" frame a share of something else,
                # and "$22 in today's dollars" says how the amount is counted
                if plain:
                    found = self.described(nxt)
                    share = kind in ("percent", "number") and self.word(after) == "of"
                    return Meaning(found.subject, found.holder, found.time, found.carry, found.carry_holder, share)
        # "A majority of voters (68%)": a figure in brackets restates the phrase before it
        opening = self.skip_qualifier(index - 1)  # "the tight profit margins (around 4 percent)": a qualifier inside
        if self.word(opening) == "(" and self.word(index + 1) == ")":
            prior = self.chunk(opening - 1)
            if prior is not None and self.tokens[prior.head].proper and prior.last == opening - 1:
                return Meaning(None, self.phrase(prior.first, prior.last))  # "little Israel (8,000 square miles)": its size
            if prior is not None and self.word(prior.head) in ("points", "point") and any(self.tag(k) == "FIG" for k in range(prior.first - 1, prior.head)):
                return Meaning()  # "a net rating of -30 points (30 percent to 60 percent)": the shares the margin is between, no points
            if prior is not None and self.tokens[prior.head].tag not in ("FIG", "TIME") and (opening == index - 1 or prior.last == opening - 1):
                found = self.described(self.base_of(self.clause_modified(prior) or prior))
                return Meaning(found.subject, found.holder, found.time, found.carry, found.carry_holder, kind == "percent")
        # "incomes over $250,000", "gifts under £200": a threshold on the noun right before it
        bound = index - 1 if self.word(index - 1) not in ("just", "well") else index - 2
        if kind in ("money", "quantity") and self.word(bound) in _THRESHOLD_WORDS and (prior := self.chunk(bound - 1)) is not None and prior.last == bound - 1 and (
            self.tokens[prior.head].tag in ("NN", "NNS") and not self.tokens[prior.head].proper and not _names_person(self.word(prior.head))
            and not _names_people(self.word(prior.head)) and self.word(prior.head) not in fp.HOLDER_NOUNS | {"bit", "little", "lot", "tad", "shade"}
        ):  # (not "a bit over $500 a month": a degree, no noun)
            return self.described(prior)
        # "a capacity of 55 bcm", "profits of $4.2bn", "the halted supplies to Europe: 155 bcm"
        before = self.skip_qualifier(index - 1)
        while self.word(before) in _DASHES and self.word(before - 1) in _DASHES:
            before -= 1  # "a bigger cash balance at year's end -- nearly $38million"
        if self.word(before) in ("totaling", "totalling", "worth") and (total := self.totalled(before)).subject is not None:
            return total  # "made donations to Ready PAC on the same day, totaling $12,500"
        apposition = self.word(before) in _DASHES or self.word(before) == ":"
        if apposition or self.word(before) in ("of", "at", "totalling", "totaling", "worth") or (
            self.word(before) == "to" and self.word(before - 1) == "up"
        ):
            prior = self.chunk(before - 1)
            if prior and prior.last == before - 1 and self.word(before) == "of" and self.word(prior.head) == "tune" and self.word(prior.first - 1) == "to":
                return Meaning()  # "to the tune of $1.5 million": an idiom for the amount, no thing it measures
            if prior and prior.last == before - 1 and self.tokens[prior.head].tag not in ("FIG", "TIME", "PRP") and not (
                apposition and self.tokens[self.base_of(prior).head].proper  # "over Ted Cruz—35 to 12 percent": no measured thing
            ):
                base = self.base_of(prior)  # "a margin of error of 4 points": the chain's first noun phrase
                if self.word(before) == "of" and self.word(prior.first) in ("a", "an") and self.word(prior.first - 1) == "in" and base is not prior:
                    base = prior  # "claimed the runners-up spot in a personal best of 9:05.73": an "in" phrase that opens a new thing is no part of the one before
                if self.tokens[prior.head].lower in fp.GENERIC_MEASURES and self.word(prior.first - 1) in ("to", "at") and base is not prior:
                    base = prior  # "rates that rise with earnings to a maximum of 28%": the level a verb reaches, not the earnings'
                generic = self.tokens[base.head].lower in fp.GENERIC_MEASURES
                if self.tokens[base.head].lower in fp.CHANGE_NOUNS and base.head > self._after_determiner(base.first, base.last) and (
                    self.tag(base.head - 1) in ("NN", "NNS") and not self.tokens[base.head - 1].proper
                ):  # "sales growth of 1.8%", "a price rise of 5p": the noun before the change is what changes
                    return self.with_owner(base, self.described(Chunk(base.first, base.head - 1, base.head - 1)))
                if self.tokens[base.head].lower in fp.CHANGE_NOUNS and base is not prior and (links := self.chain(base)) and len(links) > 1 and (
                    links[1][0] in ("in", "of", "for") and links[1][1].last < index and self.tokens[links[1][1].head].tag in ("NN", "NNS")
                    and not self.tokens[links[1][1].head].proper
                ):  # "a decline in black turnout of about 40 percent", "a rise in sales of 12%": what changed, as "a 12% rise in sales"
                    return self.described(links[1][1])
                if generic or self.tokens[base.head].lower in fp.CHANGE_NOUNS and (kind != "money" or base.head == self._after_determiner(base.first, base.last)):
                    return self.clause_subject(base.first, kind, start=base.first)
                meaning = self.described(base)
                return self.with_owner(base, meaning)
        # "earned £85,000 from speeches", "£6bn for tax cuts", "spent £2bn on schools": what the money is for
        invested = self.word(after) == "in" and self.clause_verb(index)[0] >= 0 and self.word(self.clause_verb(index)[0]).startswith("invest")
        if (self.word(after) in ("from", "for", "on", "into") or invested) and kind == "money" and not self.tokens[index].lower.endswith(" share") and (
            self.word(after + 1) not in ("each", "every")  # "paid 80p for every pound a man earns", "£1,200 for each resident": a rate, no purpose
        ):
            nxt = _object_of(self, after)  # (not "$2.52 a share on revenue of $27bn": earnings per share, not revenue)
            verb, _ = self.clause_verb(index)
            if nxt and (nxt.first == after + 1 or (self.word(after + 1) in _OPENING_QUOTES | {"a", "an"} or self.tag(after + 1) == "JJ") and nxt.first <= after + 5) and self.tokens[nxt.head].tag not in ("FIG", "TIME", "PRP") and (
                verb < 0 or self.word(verb) not in fp.LEVEL_VERBS or self.passive(verb)
            ) and not self.tokens[nxt.head].proper and not _names_person(self.tokens[nxt.head].lower) and not _names_people(self.tokens[nxt.head].lower) and not (
                self.tokens[nxt.head].lower in fp.HOLDER_NOUNS or _names_agent(self.tokens[nxt.head].lower)
            ):  # "$5.6bn from the government", "$62,000 from donors": who pays or gets it is no measured thing
                found = self.described(nxt)  # but "£6m for the midfielder": a person is no measured thing
                if found.holder is not None and (agent := self.agent_holder(index, found) or self.pronoun_agent(index)) is not None:
                    # "I announced £419m for expenditure in Scotland": the one who gives outranks where it goes
                    return Meaning(found.subject, agent)
                return found
        return self.clause_subject(index, kind)

    def restated_modifier(self, index: int, kind: str) -> Chunk | None:
        """The noun a sum written twice, the second in brackets, modifies ("a €20m (£17m) fee", "his 3000 euros
        (£2,060) punishment"): a common noun right after the closing bracket, a determiner or possessive before the
        first sum; None otherwise."""
        if kind != "money":
            return None
        if self.word(index + 1) == "(" and self.tag(index + 2) == "FIG" and self.word(index + 3) == ")":
            first, noun = index, index + 4
        elif self.word(index - 1) == "(" and self.tag(index - 2) == "FIG" and self.word(index + 1) == ")":
            first, noun = index - 2, index + 2
        else:
            return None
        before = self.skip_qualifier(first - 1)
        if self.tag(before) not in ("DT", "PRP$") and not self.word(before).endswith(("'s", "’s")) or self.word(before) in ("that", "this", "those", "these", "each", "every", "no", "all"):
            return None
        chunk = self.chunk(noun)
        if chunk is None or chunk.first != noun or self.tokens[chunk.head].tag not in ("NN", "NNS") or self.tokens[chunk.head].proper:
            return None
        if _names_person(self.tokens[chunk.head].lower) or _names_people(self.tokens[chunk.head].lower) or _currency_word(self.tokens[chunk.head].lower):
            return None
        return chunk

    def changed_by(self, index: int) -> bool:
        """The figure is the size of a change noun before it: "a rise of 12%", "deep cuts of £35bn"."""
        of = self.skip_qualifier(index - 1)
        if self.word(of) != "of":
            return False
        change = self.chunk(of - 1)
        return change is not None and change.last == of - 1 and self.tokens[change.head].lower in fp.CHANGE_NOUNS

    def _changed_object(self, index: int, own: Chunk, kind: str) -> Chunk | None:
        """The object of a change verb that the chunker ran on into the change written after it with no
        "by": "to reduce greenhouse gas emissions 80 percent", "would cut carbon emissions 30 percent"
        read one noun phrase "emissions 80 percent", so the change measured nothing. The nouns before the
        figure, a plural common noun last, are what changed (as in "emissions fell 30 percent")."""
        if kind not in ("percent", "percentage_points") or not own.first < index == own.last or self.tag(index - 1) != "NNS" or self.tokens[index - 1].proper:
            return None
        verb = own.first - 1
        if not (self.tag(verb).startswith("VB") and fp.rises_or_falls(self.word(verb))):
            return None
        return Chunk(own.first, index - 1, index - 1)

    def predicate_noun(self, index: int) -> Meaning | None:
        """What a figure that opens its clause is said to be by a definite noun phrase after "is"/"was" ("Six weeks is the
        average time to heal this injury", "£5bn is the cost of the scheme", "40% was the turnout"): that noun names the
        measure. Not an indefinite one ("Two years is a long time", "was a big relief": a judgment), a bare adjective ("is
        the highest of any"), a name, or a generic measure word ("is the figure")."""
        before = self.skip_qualifier(index - 1)
        if not (before < 0 or self.word(before) in (",", ":", ";", "and", "but", "while", "whereas") or self.word(before) in _OPENING_QUOTES):
            return None
        if self.word(index + 1) not in ("is", "was", "are", "were", "'s", "’s") or self.word(index + 2) != "the":
            return None
        chunk = self.chunk(index + 2)
        if chunk is None or chunk.first != index + 2 or self.tokens[chunk.head].tag not in ("NN", "NNS") or self.tokens[chunk.head].proper:
            return None
        if self.tokens[chunk.head].lower in fp.GENERIC_MEASURES or self.tag(chunk.head - 1) in ("JJS", "RBS"):
            return None  # "is the highest share", "is the biggest rise": a rank, whose noun another figure measures
        found = self.described(chunk)
        return found if found.subject is not None else None

    def race_named(self, index: int) -> bool:
        """A distance that names the race run, or the stretch of it where something happened: a race's distance ("100m",
        "5,000m") after "in the" or "at the" ("won silver in the 100m", "took part in the 1000m"), or any distance after "the
        final", "the last" ("a strike for the line in the final 20 metres")."""
        if self.word(index - 1) in ("and", "or") and self.tag(index - 2) == "FIG" and index >= 2:
            return _EVENT_DISTANCE.fullmatch(self.tokens[index].text) is not None and self.race_named(index - 2)
        before = _RACE_STRETCH.search(self.text, 0, self.tokens[index].start)
        if before is None:
            return False
        if before.group(0).lower().startswith("over") and self.word(index - 1) not in _STRETCH_WORDS:
            return False  # "rose to over 12m": "over" says more than; "his titles over 1500m" reads as "his 1500m titles", the noun it modifies
        return _EVENT_DISTANCE.fullmatch(self.tokens[index].text) is not None or self.word(index - 1) in _STRETCH_WORDS

    def _role_before_name(self, index: int, own: Chunk | None, kind: str) -> Phrase | None:
        """The role noun a distance or weight modifies before the name of who holds it ("Defending 60m champion
        Tom Reed", "world 5000m champion Ann Lee"): the tagger reads a bare noun after such a figure as a verb
        ("champion/VBP"), so the chunk ends at the figure and the name starts a chunk of its own."""
        if kind != "quantity" or (own is not None and own.last != index) or index + 2 >= len(self.tokens):
            return None
        role, name = self.tokens[index + 1], self.tokens[index + 2]
        if role.tag not in ("VB", "VBP", "NN") or not role.text.isalpha() or not role.text.islower() or role.lower in ("are", "have", "do", "be"):
            return None
        if not (name.proper and name.tag in ("NNP", "NNPS")) or self.chunk(index + 2) is None:
            return None
        return self.phrase(index + 1, index + 1)

    def _modified_after(self, index: int) -> Chunk | None:
        """The noun a figure with a determiner modifies past a "-plus" or an opening quote: "a £30m-plus
        bid", "a £10bn "black hole"."""
        k = index + 1
        if self.word(k) in ("-", "–") and self.word(k + 1) == "plus":
            k += 2
        if self.word(k) == "," and self.word(index - 1) in ("a", "an", "the"):
            j = k + 1  # "a $2.2 billion, two-year budget deficit", "a $5 billion, ultimately unsuccessful, defamation lawsuit"
            while j < k + 4 and self.tag(j) in ("RB", "JJ", "VBN") and not self.tokens[j].proper:
                j += 1
            j += self.word(j) == "," and j > k + 1
            chunk = self.chunk(j)
            if chunk is not None and chunk.first == j and chunk.last > j - (self.tag(j) != "FIG") and self.tokens[chunk.head].tag in ("NN", "NNS") and (
                not self.tokens[chunk.head].proper and self.word(chunk.last + 1) not in ("and", "or")
            ):
                return chunk
            return None
        quoted = self.word(k) in ('"', "“", "'", "‘")
        k += quoted
        if k == index + 1:
            return None
        chunk = self.chunk(k)
        if chunk is None or chunk.first != k or self.tokens[chunk.head].tag not in ("NN", "NNS"):
            return None
        if quoted and self.word(chunk.last + 1) not in ('"', "”", "'", "’"):
            return None
        return chunk

    def with_owner(self, chunk: Chunk, meaning: Meaning) -> Meaning:
        """"such a pipeline, with a capacity of ...": the capacity is the pipeline's."""
        before = chunk.first - 1
        if meaning.subject is None or meaning.holder is not None or meaning.carry is not None:
            return meaning
        if self.word(before) == "with":
            owner = self.chunk(before - 1 if self.word(before - 1) != "," else before - 2)
            if owner is not None and not self.tokens[owner.head].proper and self.word(before - 1) != "," and self.tokens[chunk.head].lower not in fp.PROPERTY_NOUNS:
                return meaning  # "won the triple jump with a leap of 16.87m": how it was won, no property of the jump
        elif self.word(before) in ("has", "have", "had"):  # "the pipeline has a capacity of ..."
            owner = self.verb_subject(before)
        else:
            return meaning
        if owner is None or self.tokens[owner.head].tag in ("FIG", "TIME", "PRP"):
            return meaning
        head = self.tokens[owner.head]
        if head.proper:
            return Meaning(meaning.subject, meaning.holder or self.phrase(owner.first, owner.last), carry=meaning.carry)
        text = f"{head.lower} {meaning.subject.text}"
        return Meaning(Phrase(text, meaning.subject.start, meaning.subject.end), meaning.holder, carry=meaning.carry)

    def clause_subject(self, index: int, kind: str, start: int | None = None) -> Meaning:
        verb, obj = self.clause_verb(index if start is None else start)
        if verb < 0:
            if obj is not None:
                return self.described(obj)
            return self.counted(index, kind)
        subject = self.verb_subject(verb)
        lemma = self.word(verb)
        if lemma in _OUTSTRIPPING and subject is not None and self.tokens[subject.head].tag in ("NN", "NNS") and self.word(self.skip_qualifier(index - 1)) == "by" and (
            obj is None or obj.last < index
        ):  # "his approval rating surpasses her support by 12 points": the margin is the subject's excess
            return self.described(subject)
        points = kind in ("percent", "percentage_points") or self.word(index + 1) in ("points", "point")
        if points and (lemma in _OUTSTRIPPING or lemma in _BEATING) and subject is not None and self.tokens[subject.head].proper and self.word(self.skip_qualifier(index - 1)) == "by" and (
            obj is not None and obj.last < index and self.tokens[obj.head].tag in ("NN", "NNS") and self.holder_of(obj) is not None
        ):  # "Smith trails Jones's approval mark by 8 points": the margin is the named subject's own (unnamed) share, not the mark it trails
            return Meaning(None, self.holder_of(subject), carry="owned")
        # "ticked down to 5 percent", "slipped by 2%": a figure after a change preposition, with no
        # object between, is a level or change of the clause's subject, whatever the verb
        moved = obj is None and self.word(self.skip_qualifier(index - 1)) in ("to", "by", "from", "at", "up", "down") and kind != "count"
        moved = moved or self.word(index + 1) in ("old", "long", "high", "wide", "deep", "tall")  # "20 years old"
        moved = moved or obj is None and kind != "count" and self.word(index + 1) in ("higher", "lower") and self.skip_qualifier(index - 1) == verb  # "closed 0.68% higher"
        bound = self.skip_qualifier(index - 1)
        moved = moved or obj is None and self.word(bound) == "as" and self.word(bound - 2) == "as" and self.tag(bound - 1) in ("JJ", "RB")  # "goes as high as 45%"
        if obj is None and subject is not None and lemma in fp.TRANSFER_VERBS and self.passive(verb) and kind == "money":
            return Meaning(None, self.holder_of(subject))  # "Adults must be paid £5.05": the measure is only the verb
        moved = moved or kind in ("percent", "percentage_points") and lemma in _PERCENT_MOVED and self.skip_qualifier(index - 1) == verb
        level = lemma in fp.LEVEL_VERBS or lemma in fp.CHANGE_PARTICIPLES and kind != "money" and self.word(verb - 1) == "," and not (
            subject is not None and self.tokens[subject.head].proper
        ) or self.passive(verb) or moved or (
            lemma in _LEVEL_REACHED and subject is not None and self.tokens[subject.head].tag in ("NN", "NNS")
        ) or kind == "duration" and lemma in _LASTING and not lemma.startswith(("tak", "took")) and obj is None  # "balances averaging $29,000" (a name averaging 5 percent holds it)
        # "The festival runs five days", "The tour spans 12 days": a verb of lasting measures its subject, as "lasted" does
        if obj is not None and (self.tokens[obj.head].tag == "PRP" or self.tokens[obj.head].proper or _names_person(self.tokens[obj.head].lower) or (
            kind == "money" and obj.last == self.skip_qualifier(index - 1) and self.tokens[obj.head].tag in ("NN", "NNS") and _names_agent(self.tokens[obj.head].lower)
        )) and not level:  # ("charging students $30,000", "would save the poorest countries $3bn": whom the sum goes to or leaves)
            # "promised them £8.1bn", "beats Trump by 46 percent": a person or a name is no measured thing
            poll = kind == "percent" or self.word(index + 1) in ("points", "point") or "points" in self.tokens[index].lower
            if poll and subject is not None and self.tokens[subject.head].tag in ("NNS", "NNPS") and self.tokens[obj.head].tag != "PRP":
                # "college graduates back Clinton by 19 points", "Hispanics, who back the former secretary by 9 points":
                # the group's support for the one named
                group = self.described(subject)
                return Meaning(group.subject, self.phrase(obj.first, obj.last), share=True)
            if subject is not None and self.tokens[subject.head].tag != "PRP":
                return Meaning(None, self.holder_of(subject), carry="share" if kind == "percent" else None)
            obj = None
            if subject is not None:
                return Meaning()
        if obj is not None and obj.head == obj.last and obj.first >= obj.last - 2 and self.word(obj.first) == "a" and self.word(obj.head) in _DEGREE_NOUNS and (
            obj.last < index
        ):
            obj = None  # "her margin has shrunk a bit, from about 12 points to 8", "sales fell a little": a degree, no object
        if obj is not None and obj.first == obj.last and self.word(obj.head) in _OBJECT_PERSONS:
            obj = None  # "It took him another two years to graduate", "it will take me six weeks": a person is no measured thing
        if obj is not None and not (level and self.tokens[obj.head].lower in fp.CHANGE_NOUNS):
            meaning = self.described(obj)
            owner = self.holder_of(subject) if subject is not None else None
            if meaning.holder is None and owner is not None:
                pronoun = self.word(subject.head) if self.tokens[subject.head].tag == "PRP" else None  # type: ignore[union-attr]
                holder = None if pronoun else owner
                return Meaning(meaning.subject, holder, carry=pronoun, carry_holder=pronoun is not None)
            return meaning
        if subject is None and level and (counted := self.counted_subject(verb)) is not None:
            return Meaning(counted)  # "Four of the five aircraft are more than 20 years old"
        if subject is None:
            return self.counted(index, kind)
        if (obj is None or obj.first <= index <= obj.last) and self.tokens[subject.head].tag in ("NN", "NNP", "NNPS") and instrument(
            self.text[self.tokens[subject.first].start : self.tokens[subject.last].end]
        ):  # "the Nasdaq lost 1.85 points, or 0.06%", "the FTSE 100 rose 0.5%": the index itself is measured
            first = self._after_determiner(subject.first, subject.last)
            return Meaning(self.phrase(first, subject.last))
        if self.tokens[subject.head].tag == "PRP":
            pronoun = self.word(subject.head)
            if pronoun == "it" and kind == "duration" and lemma in ("take", "takes", "took", "taken", "taking") and (
                self.word(index + 1) in ("to", "for") or self.word(index + 1) == "just" and self.word(index + 2) == "to"
            ):
                return Meaning()  # "It took 20 minutes to get ready", "it can take two months for the body to respond": "it" stands for no thing
            if pronoun == "it" and kind == "duration" and (lemma in _LINKING or lemma in ("'s", "’s")) and self.word(index + 1) in _SINCE_WORDS:
                return Meaning()  # "It is 25 years since the start of ...", "it was 10 years ago": a distance in time, no thing "it" names
            if pronoun in fp.PERSONAL_PRONOUNS:
                if level and pronoun in ("he", "she", "i", "we", "you"):
                    return Meaning(carry=pronoun, carry_holder=True)  # "He was signed for £4.6m": whose, not what
                if level:
                    return Meaning(carry=pronoun)
                counted = self.counted(index, kind)
                if pronoun in ("he", "she") and _makes_figure(lemma):
                    return Meaning(counted.subject)  # "She estimates 44% of firms plan to hire": the figure's maker, not its holder
                return Meaning(counted.subject, carry=pronoun, carry_holder=True)
            return self.counted(index, kind)
        if level:
            if kind == "duration" and self.tokens[subject.head].tag == "NNP" and lemma not in _LASTING and self.word(index + 1) != "old" and (
                self.opponent(index) is None and not any(token.tag in ("FIG", "TIME") for k, token in enumerate(self.tokens) if k != index)
            ) and (owner := self.holder_of(subject)) is not None:
                # "Carlton will be out of action for four to six weeks", "McIlroy eased across the finish in 1:50.87": a
                # name is whose time it is; only a verb of lasting measures a named thing ("The Cold War lasted 43 years"),
                # and an age a thing's ("his Boeing 727, which was by then 41 years old"); not beside another figure or
                # time, whose reading a later step shares, nor with an opponent ("to beat Nate Brannen by almost 10secs")
                return Meaning(None, owner)
            if self.tokens[subject.head].proper and _is_agent_name(self.text[self.tokens[subject.first].start : self.tokens[subject.last].end]):
                # "Janet Yellen is 5-foot-3", "Trump rose 1 point": a person, place or body holds the figure
                return Meaning(None, self.holder_of(subject), carry="share" if kind == "percent" else None)
            return self.described(subject)
        counted = self.counted(index, kind)
        owner = self.holder_of(subject)
        if counted.subject is None and owner is None and obj is None and self._measured_subject(subject, verb, kind, index):
            # "deficits would add up to $1.5 trillion", "similar firearms sell for around $200": with no
            # object, a subject that names a thing (no agent) is what the figure measures
            return self.described(subject)
        share = kind == "percent" and owner is not None and self.tokens[subject.head].proper
        return Meaning(counted.subject, owner, carry="share" if share else None)  # "Trump and Kasich both get 16 percent"

    def _measured_subject(self, subject: Chunk, verb: int, kind: str, index: int) -> bool:
        """A verb's subject that can be the thing its figure measures: a common noun that names no
        agent (company, person, government), for money, shares and amounts."""
        head = self.tokens[subject.head]
        if kind not in ("money", "percent", "quantity", "number") or head.tag not in ("NN", "NNS") or verb < 0:
            return False
        if head.lower in fp.HOLDER_NOUNS or _names_person(head.lower) or self.word(verb) in fp.TRANSFER_VERBS:
            return False
        # the figure completes the verb through a preposition ("sell for", "add up to"), not as its object
        return any(self.tag(k) in ("IN", "TO") and (self.word(k) in ("to", "for") or self.word(k) not in fp.QUALIFIER_ENDS) for k in range(verb + 1, index))
