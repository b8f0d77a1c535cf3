"""Whose a figure is: the holder its clause hands it (the agent, the recipient, the side of a result, the place, the possessor of a count or an age) and the words that only point back to one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase
from .meaning_words import _BEATING, _SAYING, _currency_word, _holds, _makes_figure, _names_agent, _names_people, _names_person
from .syntax import FINITE_TAGS, Chunk

if TYPE_CHECKING:
    from .meaning import _Reader


_BRINGING_VERBS = frozenset(
    "bring brings brought bringing push pushes pushed pushing put puts putting take takes took taken taking lift lifts lifted "
    "raise raises raised cut cuts limit limits limited expand expands expanded expose exposes exposed return returns "
    "returned cap caps capped reduce reduces reduced boost boosts boosted leave leaves left leaving keep keeps kept "
    "move moves moved drive drives drove driven".split()
)
"""Verbs that bring their object to a count or hold it there ("pushed Acme to 300 stores", "capped the Tories at
30 peers"): the count after "to"/"at"/"into" is the object's; not "sold Acme to 12 buyers", "held Smith at 3 stations"."""
_LEAVING_VERBS = frozenset("leave leaves left leaving put puts putting keep keeps kept".split())
"""Verbs after which "on" and a count are the object's level ("left Labour on 40 seats"), not an occasion ("beat
France on 3 occasions")."""


def _ahead_of(reader: "_Reader", k: int) -> bool:
    """"ahead of" (or "behind") at `k`: the words after it name the side a pair of results is measured against."""
    return reader.word(k) == "of" and reader.word(k - 1) == "ahead" or reader.word(k) == "behind"


_PLACE_OWNER = re.compile(r"\s+(?:the\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+[a-z]")
"""A name that owns the place a count is in ("on the UK's roads", "in Britain's factories")."""


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}

_BRINGING = frozenset("earn earns earned earning bring brings brought bringing net nets netted netting".split())


class _WhoseReading:
    """The holder of each figure of a sentence, from its clause (mixed into meaning._Reader)."""

    def supported(self, index: int) -> Phrase | None:
        """The candidate or party a poll share opening its clause goes to ("48 percent chose Clinton",
        "37 percent would vote for Sen. Bernie Sanders"): the name right after a support verb."""
        k = index + 1
        if self.word(k) == "of" and (group := self.chunk(k + 1)) is not None and group.first == k + 1:
            k = group.last + 1  # "43% of Ohio voters support ..."
        if self.word(k) in ("say", "says", "said"):
            k += 1 + (self.word(k + 1) == "that")
            k += self.word(k) == "they"
        while (self.tag(k) in ("RB", "MD") or self.word(k) in ("would", "will", "have", "had", "has")) and self.word(k) not in fp.SUPPORT_VERBS:
            k += 1  # (but "would back Trump": "back" is the verb, though the lexicon reads an adverb)
        if self.word(k) not in fp.SUPPORT_VERBS:
            return None
        k += 1
        if self.word(k) == "for":
            k += 1
        chunk = self.chunk(k)
        if chunk is None or chunk.first != k or not self.tokens[chunk.head].proper:
            return None
        first = chunk.first
        while first < chunk.last and not self.tokens[first].proper:
            first += 1  # "former Maryland Gov. Martin O'Malley": the name
        return self.phrase(first, self.coordinated(chunk))

    def other_holder(self, index: int) -> Phrase | None:
        """The main subject a ", with" phrase describes: "St. Louis was No. 19, with 159 homicides"."""
        before = self.skip_qualifier(index - 1)
        if self.word(before) == "with" and self.word(before - 1) == ",":
            subject = self.main_subject()
            return self.holder_of(subject) if subject is not None else None
        return None

    def recipient(self, index: int) -> Phrase | None:
        """The first object of a verb with two ("would save the country £119m", "giving families an
        extra £5 a week"): whose the figure is when the clause names no agent that holds it."""
        own = self.chunk(index)
        if own is not None and own.first < index <= own.last and self.tag(index - 1) in ("NN", "NNS", "NNP", "NNPS"):
            before: Chunk | None = Chunk(own.first, index - 1, index - 1)  # "save the country £119m": one chunk to the tagger
        else:
            k = own.first if own is not None and own.first <= index <= own.last else self.skip_qualifier(index - 1) + 1
            before = self.chunk(k - 1)
            if before is not None and before.last != k - 1:
                return None
        if before is None or self.word(before.first - 1) not in fp.DITRANSITIVE_VERBS or self.word(before.first - 1).startswith("cost"):
            return None  # "The weather cost the region $5m": what a thing costs someone is no one's holding
        head = self.tokens[before.head]
        people = _names_agent(head.lower) or _names_agent(head.lower + "s") or _names_person(head.lower)
        if head.tag in ("FIG", "TIME", "PRP") or not (self.is_holder(before) or people):
            return None
        return self.holder_of(before) or self.phrase(before.first, before.last)

    def recipient_pronoun(self, index: int) -> str | None:
        """The pronoun a verb with two objects gives the figure to ("earned her $675,000", "will pay
        them $500 a month"), as the subject pronoun to be named from the text before."""
        k = self.skip_qualifier(index - 1)
        while self.word(k) in ("of", "total", "sum", "a") and k > index - 5:
            k -= 1  # "earned her a total of $675,000"
        if self.word(k) not in _OBJECT_PRONOUNS or self.word(k - 1) not in fp.DITRANSITIVE_VERBS or self.word(k - 1).startswith("cost"):
            return None
        return _OBJECT_PRONOUNS[self.word(k)]

    def opponent(self, index: int) -> Phrase | None:
        """The second of two results ("Labour lead the Conservatives by 39% to 34%", "Sanders beat
        her 51% to 36%") is the beaten side's: the object of a verb of leading or beating."""
        first = self.skip_qualifier(index - 1)
        if self.word(first) != "to" or self.tag(self.skip_qualifier(first - 1)) != "FIG":
            return None
        k = self.skip_qualifier(first - 1) - 1
        while k >= 0 and k > index - 16 and not self.tag(k).startswith("VB") and self.word(k) not in _BEATING and self.word(k) not in (";", ":") and not _ahead_of(self, k):
            k -= 1
        if k < 0 or self.word(k) not in _BEATING and not _ahead_of(self, k):
            return None
        if self.word(k + 1) in ("him", "her", "them"):
            return self.phrase(k + 1, k + 1)  # "beat her 51% to 36%": whoever she is
        beaten = self.chunk(k + 1)
        if beaten is not None and beaten.first == k + 1 and self.tokens[beaten.head].tag == "FIG" and beaten.head > k + 1:
            beaten = Chunk(beaten.first, beaten.head - 1, beaten.head - 1)  # "leads Mr. Sanders 49 percent to 41 percent": one chunk to the tagger
        if beaten is None or beaten.first != k + 1 or not (self.tokens[beaten.head].proper or self.tokens[beaten.head].text[:1].isupper()):
            return None
        return self.phrase(self._after_determiner(beaten.first, beaten.last), self.coordinated(beaten))

    def participle_agent(self, index: int) -> Phrase | None:
        """"the $37m raised by Hillary Clinton": the agent of a participle right after the figure."""
        k = index + 1
        if self.tag(k) in ("VBN", "VBD") and self.word(k + 1) == "by" and (agent := self.chunk(k + 2)) is not None:
            return self.holder_of(agent)
        own = self.chunk(index)
        j = own.last + 1 if own is not None and own.first <= index < own.last and self.tag(own.last)[:2] == "NN" else k  # "300 jobs will be cut by"
        start = j
        while self.tag(j) in ("RB", "MD") or self.word(j) in ("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will"):
            j += 1
        if j > start and self.tag(j) in ("VBN", "VBD", "VB") and self.passive(j) and self.word(j + 1) == "by" and (agent := self.chunk(j + 2)) is not None and agent.first == j + 2:
            # "$2.5m was spent by the campaign": the agent of a passive whose subject is the figure
            head = self.tokens[agent.head]
            if head.tag not in ("FIG", "TIME") and (head.proper or head.lower in fp.HOLDER_NOUNS or _names_agent(head.lower) or _names_person(head.lower)):
                return self.holder_of(agent) or self.phrase(agent.first, agent.last)
        # "the $600,000 it contributed", "the $3m Ms Lee raised": a relative clause with no "that" whose
        # subject acts on the figure
        agent = self.chunk(k)
        if agent is None or agent.first != k or not (self.tokens[agent.head].proper or self.word(agent.head) in ("he", "she", "it", "they", "we")):
            return None
        verb = agent.last + 1
        while self.tag(verb) in ("RB", "MD") or self.word(verb) in ("had", "has", "have"):
            verb += 1
        past = self.tag(verb) == "VBN" and self.word(verb).endswith("ed") and self.word(verb + 1) != "by" and self.word(index - 1) in ("the", "this", "that", "those", "these")
        if self.tag(verb) not in ("VBD", "VBZ", "VBP", "VB") and not past or self.word(verb) in fp.REPORTING_VERBS or self.word(verb) in fp.LEVEL_VERBS:
            return None  # "the $3m Wasserman Schultz raised": a past form the tagger read as a participle
        return self.phrase(agent.head, agent.head) if self.tokens[agent.head].tag == "PRP" else self.holder_of(agent)

    def main_subject(self, before: int | None = None) -> Chunk | None:
        """The subject of the sentence's first finite verb; with `before` (a token), of the first finite verb
        after the last colon or semicolon that a finite verb follows before `before` ("Sales rose....Something
        else changed: the organic share was 39 percent; it jumped to 55 percent": the share, not the sales)."""
        first = 0
        if before is not None:
            verbs = [k for k in range(before) if self.tokens[k].tag in FINITE_TAGS]
            marks = [k for k in range(before) if self.tokens[k].text in (";", ":") and any(k < v for v in verbs)]
            first = marks[-1] + 1 if marks else 0
        for k, token in enumerate(self.tokens[first:], first):
            if token.tag in FINITE_TAGS:
                subject = self.verb_subject(k)
                if subject is not None and self.tokens[subject.head].tag not in ("FIG", "TIME"):
                    return subject
                return None
        return None

    def pointer(self, index: int, holder: Phrase | None, carry: str | None, carry_holder: bool) -> Phrase | None:
        """The words that stand for the holder: a pronoun or description the holder was read as
        ("the club"), or the pronoun nearest the figure that the holder is carried from ("his")."""
        from .holders import wanted  # holders imports this module

        if holder is not None:
            return holder if wanted(holder.text) is not None else None
        if not carry_holder or carry is None:
            return None
        near = [k for k, token in enumerate(self.tokens) if token.lower == carry]
        if not near:
            return None
        k = min(near, key=lambda k: (k > index, abs(k - index)))
        return self.phrase(k, k)

    def place_after(self, index: int, counted: bool = False) -> Phrase | None:
        """"16% in Ireland", "159 homicides in St. Louis", "£336m at the Department for ...": a
        place or body named right after the figure holds it; for a count, past the noun it counts
        ("300,000 steel workers in the United States")."""
        i = index + 1
        own = self.chunk(index)
        if counted and own is not None and own.first <= index < own.last and self.tag(own.last)[:2] == "NN":
            i = own.last + 1
        if self.word(i) == "of" and (nxt := self.chunk(i + 1)) is not None and nxt.first == i + 1:
            if counted and self.tokens[nxt.head].proper:
                return None  # "300 members of the Labour Party in Wales": the body they belong to, not where it is
            i = nxt.last + 1
        if counted and self.word(i) in ("in", "on", "at", "across") and (owner := _PLACE_OWNER.match(self.text, self.tokens[i].end)) is not None:
            return Phrase(owner.group("owner"), owner.start("owner"), owner.end("owner"))  # "230 fewer injuries on the UK's roads" (a match's offsets are the text's)
        if self.word(i) in ("in", "at", "across") and (place := self.chunk(i + 1)) is not None and place.first == i + 1:
            if counted and not self.tokens[place.head].proper:
                return None  # "996 likely voters in the Senate race": an event, not a place
            if any(self.tokens[k].proper for k in range(place.first, place.last + 1)) and self.tokens[place.head].tag != "TIME" and not _currency_word(self.word(place.head)):
                links = self.chain(place)
                last = links[-1][1].last if len(links) > 1 and links[1][0] in ("for", "of") else place.last
                if self.word(last + 1) == "and" and (other := self.chunk(last + 2)) is not None and other.first == last + 2 and all(
                    self.tokens[k].proper for k in range(other.first, other.last + 1) if self.word(k) != "the"
                ) and not (
                    self.tag(other.last + 1).startswith(("VB", "MD")) and any(self.tag(k) in FINITE_TAGS for k in range(index))
                ) and self.tag(other.last + 1) != "POS" and self.word(other.last + 1) not in ("'s", "’s"):
                    last = other.last  # "400 wind farms in Spain and Portugal": a pair of places holds it (not "in Ohio and Clinton won")
                return self.phrase(place.first, last)
        return None

    def antecedent(self, index: int, pronoun: str | None = None) -> Phrase | None:
        """The first name that is a clause's subject earlier in the sentence ("Mr Brown said his ...");
        for "their", also people named by a plural common noun ("The other directors have agreed to
        leave their loans of £4.5m")."""
        for k, token in enumerate(self.tokens[:index]):
            if token.tag.startswith("VB") or token.tag == "MD":
                subject = self.verb_subject(k)
                if subject is not None and self.tokens[subject.head].proper and not (
                    self.tag(subject.first) == "PRP$" or self.word(subject.first) in fp.POSSESSIVE_PRONOUNS
                ):  # "his Boeing 727, which was ...": a thing someone owns is not who "his" is
                    return self.phrase(subject.first, subject.last)
                if subject is not None and pronoun == "their" and self.tokens[subject.head].tag == "NNS" and _names_agent(self.tokens[subject.head].lower):
                    return self.phrase(subject.first, subject.last) if self.word(subject.first) not in ("a", "an") else None
        return None

    def pronoun_agent(self, index: int) -> Phrase | None:
        """The pronoun that is the clause's agent ("I announced £419m"), as words to be named."""
        pronoun = self.agent_pronoun(index)
        if pronoun is None:
            return None
        verb, _ = self.clause_verb(index)
        subject = self.verb_subject(verb) if verb >= 0 else None
        return self.phrase(subject.head, subject.head) if subject is not None else None

    def acted_on(self, index: int, subject: Phrase | None, time: Phrase | None) -> Meaning:
        """A figure's meaning with the clause's agent as holder, or the pronoun that stands for it
        ("he strengthened his claims by kicking 28 points": whoever "he" is)."""
        holder = self.agent_holder(index, Meaning(subject))
        pronoun = self.agent_pronoun(index) if holder is None else None
        return Meaning(subject, holder, time, pronoun, pronoun is not None, pointer=self.pointer(index, holder, pronoun, pronoun is not None))

    def agent_pronoun(self, index: int) -> str | None:
        """"He earns £10,000": the pronoun agent, to be named from the previous sentence."""
        verb, _ = self.clause_verb(index)
        if verb < 0 or self.word(verb) in fp.LEVEL_VERBS or self.word(verb) in _SAYING:
            return None  # "He said fines of up to £2,500 would be levied": who says holds nothing said
        if _makes_figure(self.word(verb)):
            return None  # "She estimates 44% of firms plan to hire", "He forecasts 40 percent": who estimates makes the figure, holds none
        subject = self.verb_subject(verb)
        if subject is not None and self.tokens[subject.head].tag == "PRP" and self.word(subject.head) in ("he", "she", "they", "it", "we", "i"):
            return self.word(subject.head)
        return None

    def age_holder(self, index: int) -> Phrase | None:
        if self.word(index - 1) in ("a", "an") and self.word(index - 2) == "," and (named := self.chunk(index - 3)) is not None and named.last == index - 3 and all(
            self.tokens[j].proper for j in range(named.first, named.last + 1)
        ):
            return self.phrase(named.first, named.last)  # "Robert Stone, a 59-year-old from Hilton Head": the one set off before it
        before = index - 1 if self.word(index - 1) != "," else index - 2
        for k in (before, index + 1):
            chunk = self.chunk(k)
            if chunk and k == before and not self.tokens[chunk.head].proper and any(self.tag(j) == "POS" for j in range(chunk.first, chunk.last + 1)):
                continue  # "Sanders’ son, 26-year-old Tywanza": the name owns the one described, the age is the son's
            if chunk and any(self.tokens[j].proper for j in range(chunk.first, chunk.last + 1)):
                first = chunk.first if chunk.first > index or chunk.last < index else index + 1
                while first < chunk.last and not self.tokens[first].proper:
                    first += 1  # "The 73-year-old former chairman Ken Bates": the name
                return self.phrase(first, chunk.last)
        after = self.chunk(index + 1)
        if after is not None and after.last == index + 1 and self.tokens[index + 1].tag in ("NN", "NNS") and self.word(after.last + 1) == "," and (name := self.chunk(after.last + 2)) is not None and (
            name.first == after.last + 2 and all(self.tokens[j].proper for j in range(name.first, name.last + 1)) and self.word(name.last + 1) in (",", ".", "")
        ):
            return self.phrase(name.first, name.last)  # "his 17-year-old daughter, Ellie, ...": the one the age describes, by name
        if self.word(index - 1) == "of" and self.word(index - 2) in ("age", "ages") or self.word(index - 1) == "at" and self.word(index + 1) == ",":
            # "At the age of 75, Fred Mole climbed ...", "Fred Mole climbed it at the age of 75", "At 23, Henson has": the clause's subject
            if self.word(index + 1) == "," and (named := self.chunk(index + 2)) is not None and named.first == index + 2 and self.tokens[named.head].proper:
                return self.phrase(named.first, named.last)
            verb, _ = self.clause_verb(index)
            if verb >= 0 and (subject := self.verb_subject(verb)) is not None and subject.last < index and self.tokens[subject.head].proper:
                return self.phrase(subject.first, subject.last)
        return None

    def count_holder(self, index: int) -> Phrase | None:
        """Whose a count is: the possessor written before it, the noun phrase its verb gives it to
        ("leaving the Tories with 163 MPs"), or the clause's agent."""
        own = self.chunk(index)
        if own is not None and own.first < index:
            _, holder, _ = self.noun_phrase(Chunk(own.first, index, index))
            if holder is not None:
                return holder
        verb, obj = self.clause_verb(index)
        margin = self.word(self.skip_qualifier(index - 1)) == "by"  # "Clinton led Sanders by 300 delegates": the leader's
        after = self.word(obj.last + 1) if obj is not None else ""
        given = obj is not None and not (self.tag(obj.last + 1) in ("IN", "TO") and after not in ("with", "of") and not (
            after in ("to", "at", "into", "on", "onto") and self.skip_qualifier(index - 1) == obj.last + 1 and verb >= 0
            and self.word(verb) in (_LEAVING_VERBS if after in ("on", "onto") else _BRINGING_VERBS)
        ))
        # (the object is given the count bare, after "with", inside its "of" phrase, or brought to it ("pushed Acme to 300
        # stores", "left Labour on 40 seats"), not across another preposition: "keep out Labour in three ways" is no count
        # of Labour's, nor "beaten France on two of their last three visits")
        if obj is not None and given and not margin and self.tokens[obj.head].tag != "PRP" and (owner := self.holder_of(obj)) is not None:
            return owner
        if (found := self.agent_holder(index, Meaning()) or self.other_holder(index) or self.participle_agent(index)) is not None:
            return found
        if self.acting_where(index):
            return None  # "she won two awards at the Writers' Guild dinner": the place is where she won them, not whose they are
        return self.place_after(index, counted=True)

    def venue_of_result(self, subject: Chunk, verb: int) -> bool:
        """Whether a ", which" clause's antecedent is the place a game's result was had ("Rovers lost 2-0 at
        Elm Park, which ended their run"): after "at"/"in" and a verb of winning, losing or drawing (a score
        between), the clause's verb one of what a result did, so the "which" stands for the result, not the
        place (`holders._result_venue` reads the same for the holder step's clause agent)."""
        from .holders import result_sequel, result_venue_before  # holders imports this module

        k = verb
        while k - 1 > subject.last and (self.tag(k - 1) in ("RB", "MD") or self.tag(k - 1).startswith("VB")):
            k -= 1
        if not (self.word(k - 1) == "which" and self.word(k - 2) == "," and k - 3 == subject.last and result_sequel(self.word(k))):
            return False
        return result_venue_before(self.text[: self.tokens[subject.first].start])

    def acting_where(self, index: int) -> bool:
        """Whether a place after the figure is where the clause's doer acted, not whose the figure is: the
        clause's verb comes before the figure and its subject, also before it, is a person, team or body (a
        name, a pronoun for one, or a noun of a doer: "Wales sealed a six-try win in Rome", "she set two
        more bests in Leeds", "the winger spent five months at Elm Park"), and the figure counts no people
        ("the gunman killed 13 people at Fort Dix": the people of the place)."""
        verb, _ = self.clause_verb(index)
        if verb < 0 or verb > index or self.word(verb) in fp.LEVEL_VERBS or self.word(verb) in _SAYING or self.word(self.skip_qualifier(index - 1)) == "by":
            return False  # ("decisions by two judges in the High Court": the figure is an agent itself; "he said 300 homes in Iowa
            # had no power": what is said is no act of his)
        subject = self.verb_subject(verb)
        if subject is None and self.tag(verb).startswith("VB") and self.tokens[verb].text[:1].islower() and all(self.tag(k) in ("RB", "CC") for k in range(verb)):
            return True  # "[Olympic medallist Ann Lee, a name the page dropped] rounded off the week with two bests in Leeds": the
            # sentence opens on its verb, in lower case, so its doer was cut from the text
        if subject is None or subject.last >= index:
            return False
        head = self.tokens[subject.head]
        if not (
            head.tag == "PRP" and head.lower in ("he", "she", "they", "we", "i")
            or head.tag in ("NNP", "NNPS") and head.proper
            or head.tag in ("NN", "NNS") and (_names_agent(head.lower) or _names_person(head.lower))
        ):
            return False
        own = self.chunk(index)
        last = own.last if own is not None and own.first <= index <= own.last else index
        counted = self.tokens[last].lower.split()[-1] if self.tokens[last].lower.split() else ""  # "11 million people": the figure's own noun
        return not (
            _names_person(counted) or _names_people(counted) or _names_agent(counted) or counted in ("people", "men", "women", "children")
            or counted.endswith(("ers", "ians", "ists", "ents", "ants"))
        )

    def measured_agent(self, index: int, found: Meaning) -> Phrase | None:
        """The clause's subject read as what a figure measures when it names people or bodies that
        have, get, give or spend it ("Students will pay up to £9,000 a year", "Casinos took in $2.1bn"):
        the measure is only the verb, and the subject is its holder."""
        verb, _ = self.clause_verb(index)
        if verb < 0 or self.passive(verb) or found.subject is None:
            return None
        taking_in = self.word(verb) in ("take", "takes", "took", "taken") and self.word(verb + 1) == "in"
        if self.word(verb) in fp.LEVEL_VERBS and not taking_in or self.word(verb) in _SAYING or self.word(verb + 1) in ("for", "at"):
            return None  # "Similar firearms sell for around $200": a price of the subject, which is what is measured
        subject = self.verb_subject(verb)
        if subject is None or self.tokens[subject.head].tag not in ("NN", "NNS") or self.word(subject.first) in ("a", "an"):
            return None
        phrase = self.phrase(subject.first, subject.last)
        if phrase is None or not phrase.start <= found.subject.start < phrase.end:
            return None
        head = self.tokens[subject.head].lower
        people = _names_agent(head) or _names_person(head) or head in fp.HOLDER_NOUNS
        if not (people or self.tokens[subject.head].tag == "NNS" and head.isalpha() and (_holds(self.word(verb)) or taking_in)):
            return None
        return phrase

    def body_acting(self, subject: Chunk, verb: int) -> bool:
        """The subject right before its verb is a definite body known by a name that carries its noun ("That
        court has two seats", `holders.named_bodies`): `helpers.holders` names it from the article, or it stays
        as written. Not a noun met farther back ("works Roddick around the court ... to earn two break points")."""
        from .holders import named_bodies  # holders imports this module

        return self.tokens[subject.head].lower in named_bodies() and self.word(subject.first) in ("the", "this", "that") and all(
            self.tag(k).startswith("VB") or self.tag(k) in ("MD", "RB") for k in range(subject.last + 1, verb + 1)
        )

    def agent_holder(self, index: int, found: Meaning) -> Phrase | None:
        """The clause's subject, when it names a company, country or person that acts on the figure's
        subject ("China bought 1.5m tonnes of wheat", "BA will cut 13,000 jobs")."""
        verb, _ = self.clause_verb(index)
        if verb < 0 or self.word(verb) in fp.LEVEL_VERBS:
            return None
        subject = self.verb_subject(verb)
        if subject is None:
            return None
        if self.tokens[subject.head].tag in ("PRP", "FIG", "TIME"):
            return None
        if self.venue_of_result(subject, verb):
            return None  # "Rovers lost 2-0 at Elm Park, which ended a run of 12 games": the loss ended it, not the ground
        phrase = self.holder_of(subject)  # "Mr Hague's work included ...": the possessor
        head = self.tokens[subject.head].lower
        if phrase is None and (_names_agent(head) or _names_person(head) or self.body_acting(subject, verb)) and self.word(subject.first) not in ("a", "an"):
            # "Wealthy donors handed over $25m", "The prime minister launched a £500m initiative": people
            # named by a common noun (a role is named by `helpers.holders` from the article's persons)
            phrase = self.phrase(subject.first, subject.last)
        elif (
            phrase is None and self.tokens[subject.head].tag == "NNS" and self.word(subject.head).isalpha() and _holds(self.word(verb)) and not self.passive(verb)
            and self.word(subject.first) not in ("a", "an") and not self.tag(subject.first - 1).startswith(("IN", "VB", "TO"))
            and "to" not in (self.word(k) for k in range(subject.last + 1, verb))  # "resources will be used to ... spend £1.5bn"
            and not (self.word(verb) in _BRINGING and (self.recipient(index) is not None or self.recipient_pronoun(index) is not None))
        ):  # (but "The talks earned him $200,000": what brings money in holds none of it; the one it goes to does)
            # "Casinos in the state employ 30,000 people", "Students will pay £9,000 a year": the plural
            # subject of a verb of having, getting, giving or spending holds the amount, whoever it names
            phrase = self.phrase(subject.first, subject.last)
        if phrase and found.subject and phrase.start <= found.subject.start < phrase.end:
            return None
        return phrase
