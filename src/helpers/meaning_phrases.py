"""Noun phrases: a phrase of tokens as text, the qualifiers before a figure, a noun phrase with its prepositional chain, the holder it names, and what it says a figure measures ("the volume of", "Gazprom's net profit")."""

from __future__ import annotations

import re

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase
from .meaning_words import _OPENING_QUOTES, head_noun
from .syntax import FINITE_TAGS, Chunk


MAX_SUBJECT_WORDS = 6
_QUOTE_WORDS = frozenset(('"', "'", "”", "''"))
"""A mark that closes a quoted figure before the noun it modifies ("the "90 to 95 percent" figure")."""


_BODY_HEADS = frozenset("department departments center centers centre centres".split())
"""Heads of a body's name written "X of/for ..." beside holders' `_BODY_OPENINGS` ("Department of
Labor", "Centers for Disease Control")."""

_RESULT_HEADS = frozenset(
    "win wins victory victories defeat defeats draw draws attempt attempts appearance appearances outing outings best bests".split()
)
"""Nouns of a result in a game or contest, whose "in"/"at" phrase names where it was had ("a victory in Rome")."""

_STAKE_NOUNS = frozenset("stake stakes holding holdings interest interests investment investments".split())
"""Nouns of ownership whose "in" phrase names the thing owned, never the owner."""

_ADVERBIAL_OPENERS = frozenset(
    "despite after before with without for following amid amidst because during through under given unlike like besides beyond".split()
)
"""Prepositions that open a sentence with an adverbial phrase ending at a comma ("Despite four years of preparations,",
"Because of delays,"); "because" only before "of"."""
_SIZING_MODIFIER = re.compile(r"\w-[a-z]+$|^[$£€]")
"""A figure written as a modifier ("60,000-seat", "16-inch", "two-day", "$5bn"): it sizes the noun it stands before."""


class _PhraseReading:
    """The noun phrases of a sentence and what each says of the figure in it (mixed into meaning._Reader)."""

    # --- small helpers over tokens ---
    def phrase(self, first: int, last: int) -> Phrase | None:
        if first > last:
            return None
        start, end = self.tokens[first].start, self.tokens[last].end
        return Phrase(self.text[start:end], start, end)

    def skip_qualifier(self, index: int) -> int:
        """The index left of any qualifiers ("more than", "of the order of around") written before
        token `index + 1`."""
        if (known := self._skipped.get(index)) is not None:
            return known
        self._skipped[index] = found = self._skip_qualifier(index)
        return found

    def _skip_qualifier(self, index: int) -> int:
        while 0 <= index < len(self.tokens) - 1:
            if self.tokens[index].lower not in fp.QUALIFIER_ENDS and self.tokens[index].lower[:1].isalnum():
                return index
            start = self.tokens[index + 1].start
            window = self.text[max(0, start - 40) : start]
            found = fp.QUALIFIER.search(window)
            if not found:
                return index
            begin = start - len(window) + found.start()
            while index >= 0 and self.tokens[index].start >= begin:
                index -= 1
        return index

    def qualifying(self, index: int) -> bool:
        """Token `index` is a word of a qualifier written before a figure ("in the region of", "in excess of",
        "more than"): no preposition of a noun's chain, no noun phrase the figure could measure."""
        if self._qualifying is None:
            self._qualifying = frozenset(
                k for f, tag in enumerate(self._tags) if tag == "FIG" for k in range(self.skip_qualifier(f - 1) + 1, f)
            )
        return index in self._qualifying

    def chain(self, chunk: Chunk) -> list[tuple[str, Chunk]]:
        """The chunk and the prepositional phrases that follow it: [("", NP), ("of", NP), ...];
        "Russia and China" joins into one phrase."""
        found = [("", chunk)]
        i = chunk.last + 1
        while i < len(self.tokens):
            if self.word(i) in ("and", "&") and found[-1][1] and self.tokens[found[-1][1].head].proper:
                nxt = self.chunk(i + 1)
                if nxt and self.tokens[nxt.head].proper and nxt.first == i + 1:
                    prep, last = found[-1]
                    found[-1] = (prep, Chunk(last.first, nxt.last, nxt.head))
                    i = nxt.last + 1
                    continue
            if self.word(i) in ("and", ",") and not self.tokens[found[-1][1].head].proper and len(found) == 1:
                if self.word(i) == "," and self.closes_opening_adverbial(i):
                    break  # "Despite four years of preparations, some councils and parts of ... are not ready": the main clause's subject
                nxt = self.chunk(i + 1)
                if self.word(i) == "," and nxt is not None:
                    after = nxt.last + 1
                    if self.word(after) != "and":
                        break
                if (
                    nxt and nxt.first == i + 1 and self.tokens[nxt.head].noun and not self.tokens[nxt.head].proper
                    and not (self.tag(nxt.last + 1).startswith("VB") and not (self.tag(nxt.last + 1) == "VBN" and self.tag(nxt.last + 2) == "IN")) and self.tokens[nxt.head].tag != "FIG"
                ):  # "speeches, articles and advice"
                    prep, last = found[-1]
                    found[-1] = (prep, Chunk(last.first, nxt.last, nxt.head))
                    i = nxt.last + 1
                    continue
            if self.tag(i) in ("IN", "TO") and self.word(i) in fp.HOLDER_PREPOSITIONS | fp.SUBJECT_PREPOSITIONS and not self.qualifying(i):
                nxt = self.chunk(i + 1)  # (not "cuts in the region of £3m": the qualifier's words are no phrase of the cuts)
                if nxt and nxt.first == i + 1 and self.tokens[nxt.head].tag not in ("FIG", "PRP"):
                    found.append((self.word(i), nxt))
                    i = nxt.last + 1
                    continue
            break
        return found

    def closes_opening_adverbial(self, comma: int) -> bool:
        """The comma at `comma` ends a prepositional phrase that opens the sentence ("Despite four years of preparations,",
        "After 18 months of talks,"): no comma or finite verb inside the phrase, and the words after the comma reach a
        finite verb before any other comma (the main clause); a list inside the phrase ("After years of cuts, closures
        and strikes, the mine shut") reaches its own closing comma first."""
        opener = 1 if self.word(0) in _OPENING_QUOTES else 0
        if self.word(opener) not in _ADVERBIAL_OPENERS or self.word(opener) == "because" and self.word(opener + 1) != "of":
            return False
        if any(self.word(k) == "," or self.tag(k) in FINITE_TAGS for k in range(opener + 1, comma)):
            return False
        for k in range(comma + 1, len(self.tokens)):
            if self.word(k) in (",", ";", ":"):
                return False
            if self.tag(k) in FINITE_TAGS:
                return True
        return False

    def base_of(self, chunk: Chunk) -> Chunk:
        """Walk left from a chunk inside a prepositional chain to the chain's first noun phrase."""
        while True:
            before = chunk.first - 1
            if self.tag(before) in ("IN", "TO") and (
                self.word(before) in fp.CHAIN_PREPOSITIONS or self.word(before) == "with" and self.tokens[chunk.head].proper
            ):  # "the trade deficit with China narrowed": a partner named after "with" stays in the phrase
                prior = self.chunk(before - 1)
                if prior and prior.last == before - 1 and self.tokens[prior.head].tag not in ("FIG", "TIME"):
                    chunk = prior
                    continue
            if self.word(before) == "and" and self.tag(chunk.first) not in ("DT", "PRP$") and self.tokens[chunk.head].tag in ("NN", "NNS"):
                prior = self.chunk(before - 1)  # "its construction and launch": one determiner, two nouns
                if prior and prior.last == before - 1 and self.tokens[prior.head].tag in ("NN", "NNS") and chunk.last - chunk.first < 2 and (
                    self.tag(prior.first) in ("DT", "PRP$") or prior.first == prior.last and chunk.first == chunk.last  # "Tuition and fees"
                ) and (
                    self.tag(prior.first - 1) != "FIG"  # not "$1.38 a gallon and natural gas rose": a figure's rate, then a new clause
                ):
                    return Chunk(prior.first, chunk.last, prior.head)
            if self.word(before) in ("and", "&") and (self.tokens[chunk.head].proper or self.tag(chunk.first) == "PRP$"):
                prior = self.chunk(before - 1)
                if prior and prior.last == before - 1 and self.tokens[prior.head].proper and not (
                    self.tag(prior.first - 1) == "IN" and self.tag(prior.first - 2).startswith(("FIG", "VB", "RB")) and self.tag(chunk.last + 1) in FINITE_TAGS
                ):  # (not "won 40% in Ohio and Clinton won 45%": a place ends the clause before, the name opens the next)
                    chunk = prior
                    continue
            return chunk

    # --- noun phrases and the holders they name ---
    def is_holder(self, chunk: Chunk) -> bool:
        head = self.tokens[chunk.head]
        if head.tag == "FIG":
            return False
        if any(self.tokens[k].proper for k in range(chunk.first, chunk.last + 1)):
            return True
        return head.lower in fp.HOLDER_NOUNS or head.lower in fp.PERSONAL_PRONOUNS

    def holder_of(self, chunk: Chunk) -> Phrase | None:
        """The holder a noun phrase names: itself when its head is a name, a holder noun or a
        pronoun ("Gazprom", "the company", "he"); else its possessor or the name before its head
        ("Mrs. Clinton's tax plan" -> "Mrs. Clinton", "Home Office spending" -> "Home Office", "his
        declared interests" -> "his", for `helpers.holders` to name). An indefinite phrase ("a state
        university") names no one in particular."""
        head = self.tokens[chunk.head]
        if head.tag in ("FIG", "TIME"):
            return None
        if (named := self.name_with_of(chunk)) is not None:  # "the Power of Siberia pipeline": a thing's name, no one's; its possessor's, if any
            from .holders import _BODY_OPENINGS  # holders imports this module

            if head.lower in _BODY_OPENINGS | _BODY_HEADS:
                first = chunk.first + 1 if self.word(chunk.first) in ("a", "an") else chunk.first
                return self.phrase(first, named.head - 1)  # "a Department of Defense offer": a body's name, the body's
            if self.tokens[named.head].lower in fp.HOLDER_NOUNS and self.word(chunk.first) not in ("a", "an"):
                return self.phrase(chunk.first, named.last)  # "the Isle of Man government": the body the named place's noun is
            owner = next((k for k in range(chunk.first + 1, chunk.last) if self.tag(k) == "POS"), None)
            return self.phrase(self._after_determiner(chunk.first, owner - 1), owner - 1) if owner is not None else None
        if head.proper or head.lower in fp.HOLDER_NOUNS or head.lower in fp.PERSONAL_PRONOUNS:
            if self.word(chunk.first) in ("a", "an") and not any(self.tokens[k].proper for k in range(chunk.first, chunk.last + 1)):
                return None
            return self.phrase(chunk.first, self.coordinated(self.body_named(chunk)) if head.proper else chunk.last)
        _, owner, pronoun = self.noun_phrase(chunk)
        if owner is None and pronoun in fp.POSSESSIVE_PRONOUNS:
            k = next(k for k in range(chunk.first, chunk.last + 1) if self.word(k) == pronoun)
            owner = self.phrase(k, k)
        return owner

    def name_with_of(self, chunk: Chunk) -> Chunk | None:
        """A name with "of" inside that the chunker cut at "of", before the common noun it names ("the Power of Siberia
        pipeline", "the Isle of Man government" read "the Power", "Siberia pipeline"): a capitalized head ending its phrase,
        "of", then names and a common noun; the whole phrase, headed by that noun, or None."""
        head = self.tokens[chunk.head]
        if chunk.head != chunk.last or not head.proper or not head.text[:1].isupper() or self.word(chunk.last + 1) != "of":
            return None
        nxt = self.chunk(chunk.last + 2)
        if nxt is None or nxt.first != chunk.last + 2 or self.tokens[nxt.head].proper or self.tag(nxt.head) not in ("NN", "NNS"):
            return None
        names = range(nxt.first, nxt.head)
        if not names or not all(self.tokens[k].text[:1].isupper() for k in names):
            return None  # (a capital after "of" is inside the sentence: a name's, even on a word the lexicon knows, "Man")
        return Chunk(chunk.first, nxt.last, nxt.head)

    def body_named(self, chunk: Chunk) -> Chunk:
        """A body's name the chunker cut at "of"/"for" made whole ("The Centers for Disease Control",
        "The Bank of England" read "The Centers", "The Bank"): a capitalized head that opens a body's
        name (holders' `_BODY_OPENINGS`) ending its phrase, then "of"/"for" and a run of names only."""
        from .holders import _BODY_OPENINGS  # holders imports this module

        head = self.tokens[chunk.head]
        nxt = self.chunk(chunk.last + 2)
        titled = self.word(chunk.first) == "the" and chunk.first + 1 == chunk.head and self.word(chunk.last + 1) == "of"
        if chunk.head != chunk.last or not head.text[:1].isupper() or head.lower not in _BODY_OPENINGS | _BODY_HEADS and not titled:
            return chunk  # ("the Duke of York", "the Isle of Man": "the", one capitalized word and "of" open a name, no person's)
        if self.word(chunk.last + 1) not in ("of", "for") or nxt is None or nxt.first != chunk.last + 2:
            return chunk
        if not all(self.tokens[k].text[:1].isupper() for k in range(nxt.first, nxt.last + 1)):
            return chunk  # (capitals inside the sentence: names, "of Man" as "of England")
        return Chunk(chunk.first, nxt.last, nxt.head)

    def coordinated(self, chunk: Chunk) -> int:
        """The last token of the names coordinated with `chunk` ("Ben Carson and Sen. Ted Cruz",
        "Jeb Bush, Rand Paul and Carly Fiorina"): they hold a figure together."""
        last = chunk.last
        while True:
            k = last + 1
            if self.word(k) == ",":
                k += 1
            if self.word(k) in ("and", "&"):
                k += 1
            nxt = self.chunk(k)
            if k == last + 1 or nxt is None or nxt.first != k or not self.tokens[nxt.head].proper:
                return last
            if self.word(last + 1) == "," and not any(self.word(j) in ("and", "&") for j in range(nxt.last + 1, nxt.last + 3)) and self.word(k - 1) == ",":
                return last  # "Cameron, the chief executive," / "Caracas, with ...": an aside, not a list
            if self.word(k - 1) in ("and", "&") and self.word(k - 2) == "," and self.tag(nxt.last + 1) in FINITE_TAGS:
                return last  # "..., and the Acme Institute estimates": a new clause's subject, not a list
            last = nxt.last

    def noun_phrase(self, chunk: Chunk, skip_to: int | None = None) -> tuple[Phrase | None, Phrase | None, str | None]:
        """(subject, holder, pronoun) of a noun phrase: "Gazprom's net profit" -> ("net profit",
        "Gazprom"); "UK inflation" -> ("inflation", "UK"); "its profits" -> ("profits", pronoun "its")."""
        first = chunk.first if skip_to is None else skip_to
        last = chunk.last
        holder, pronoun = None, None
        for k in range(chunk.first, first):  # "his £25m offer", "Arsenal's £100m deal": the possessor before the figure
            if self.tag(k) == "POS" and k > chunk.first:
                holder = self.phrase(self._after_determiner(chunk.first, k - 1), k - 1)
            elif self.tag(k) == "PRP$" or self.word(k) in fp.POSSESSIVE_PRONOUNS:
                pronoun = self.word(k)
        owned = holder is not None or pronoun is not None  # "his £71,433 minister's salary": his, a minister's kind of salary
        for k in range(first, last):
            if self.tag(k) == "POS":
                if skip_to is not None and k > first and not owned and self.sizes_next(skip_to - 1):
                    return self.phrase(first, k - 1), None, None  # "the 60,000-seat stadium's roof": the figure sizes the possessor
                if not owned:
                    holder = self.phrase(self._after_determiner(first, k - 1), k - 1)
                first = k + 1
        while first <= last and (self.tag(first) in ("DT", "PRP$", "CD", "FIG") or self.word(first) in _QUOTE_WORDS and first > chunk.first) and first < last:
            if self.tag(first) == "PRP$" or self.word(first) in fp.POSSESSIVE_PRONOUNS:
                pronoun = self.word(first)
            first += 1
        while first < last and self.tag(first) in ("VBN", "VBG", "VBD"):
            first += 1  # "the halted supplies": what was halted is the supplies
        if holder is None and pronoun is None:
            proper = first
            while proper < last and self.tokens[proper].proper:
                proper += 1
            if proper > first and proper <= last and not self.tokens[last].proper and not (proper == last and self.tag(last) == "CD"):
                holder = self.phrase(first, proper - 1)
                first = proper
        return self.phrase(first, last), holder, pronoun

    def _after_determiner(self, first: int, last: int) -> int:
        while first < last and self.tag(first) in ("DT", "PRP$"):
            first += 1
        return first

    def described(self, chunk: Chunk, skip_to: int | None = None) -> Meaning:
        """The meaning a noun phrase and its prepositional chain give: a container ("the volume of
        trade") gives way to what it contains; "to/on/for" phrases stay in the subject ("supplies to
        Europe"); "of/in/at/between" phrases naming a holder give the holder."""
        links = self.chain(chunk)
        index = 0
        base = links[0][1]
        while (
            self.tokens[base.head].lower in fp.CONTAINER_NOUNS | fp.CHANGE_NOUNS
            and index + 1 < len(links)
            and links[index + 1][0] in ("of", "in")
            and skip_to is None
        ):
            index += 1
            base = links[index][1]
        if self.tokens[base.head].tag in ("FIG", "TIME"):
            return Meaning()
        subject, holder, pronoun = self.noun_phrase(base, skip_to if index == 0 else None)
        if subject is None:
            return Meaning()
        if skip_to is not None and index == 0 and subject.end < self.tokens[base.last].end and self.tag(self._token_at(subject.end, ending=True) + 1) == "POS" and (
            self.sizes_next(skip_to - 1)
        ):
            return Meaning(subject)  # "the 60,000-seat stadium's roof": the possessor, sized, owns the rest
        last = base.last
        for prep, link in links[index + 1 :]:
            if holder is None and pronoun is None and prep in fp.HOLDER_PREPOSITIONS and self.is_holder(link) and not (
                prep == "in" and head_noun(subject.text) in _STAKE_NOUNS
                or prep in ("in", "at") and head_noun(subject.text) in _RESULT_HEADS
            ):  # "a 20 percent stake in the mine": the mine is what is owned, not who owns the stake; "a six-try victory in
                # Rome", "eight attempts at Elm Park": where the result was had, not whose it is
                holder = self.phrase(link.first, link.last)
                break
            if prep in fp.SUBJECT_PREPOSITIONS or prep == "of" and not self.is_holder(link):
                if len(self.text[subject.start : self.tokens[link.last].end].split()) > MAX_SUBJECT_WORDS:
                    break
                last = link.last
                continue
            break
        subject = self.phrase(self._token_at(subject.start), last) or subject
        return Meaning(subject, holder, carry=pronoun, carry_holder=pronoun is not None)

    def sizes_next(self, index: int) -> bool:
        """Figure `index` is written as a modifier ("60,000-seat", "$5bn") of the word right after it, with no
        determiner between ("half the world's" is a part, not a size)."""
        return _SIZING_MODIFIER.search(self.tokens[index].text) is not None and self.tag(index + 1) not in ("DT", "PRP$")

    def _token_at(self, start: int, ending: bool = False) -> int:
        for k, token in enumerate(self.tokens):
            if (token.end if ending else token.start) == start:
                return k
        return 0
