"""The article's names and what pointing words stand for: every capitalized run read as a name with its kind and gender (Name), the names of one article in reading order (Names) and the most salient earlier one a pronoun or description asks for."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .figure_patterns import HOLDER_NOUNS, SUPPORT_VERBS
from .holder_words import (
    _CLAUSE_BREAK,
    _EVENT_NAME,
    _NATIONALITY_NOUNS,
    _NEXT_WORD,
    _NOT_SUBJECTS,
    _OPPONENT_BEFORE,
    _PERSON_WORD,
    _POSSESSIVE,
    _QUOTE_AFTER,
    _RUN,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _TITLED_SPAN,
    _VIEWED_BY,
    _Words,
    _bare,
    _common,
    _key,
    _modifies_noun,
    _person_shaped,
    _plural,
    _words,
    agent_nouns,
    agentive,
    report_after,
    wanted,
)
from .meaning import Phrase, _names_people
from .mentions import _NOT_PERSON, _name_detector, classify, gazetteers, given_name
from .records import quick_init
from .syntax import _has_verb_forms, _tagger, capitalized_inside


_COMPOUND_SUFFIX = re.compile(
    r"-(?:based|listed|owned|led|backed|born|run|funded|made|registered|controlled|linked|bound|style|era|"
    r"focused|headquartered|operated|sponsored|supported|friendly|wide|only)$"
)
"""A lower-case ending that makes a name an adjective ("New York-listed", "Los Angeles-based")."""
_PAIR_JOIN = re.compile(r"^(?:,\s+|\s+and\s+|\s+&\s+|,\s+and\s+)$")
_POST_NOMINALS = frozenset("MP MPs MSP MEP AM MLA QC KC OBE CBE MBE KBE PhD Jr Jr. Sr Sr.".split())


@quick_init
@dataclass(frozen=True, slots=True)
class Name:
    """A name as written: its kind ("person", "group", "place", "pair" or "name" when the words do
    not tell), the gender a title or given name shows, and its offsets in the article."""

    text: str
    start: int
    end: int
    kind: str
    gender: str | None = None


_PLACED_IN = re.compile(r"(?<![\w'’-])(?:in|into)\s+(?:the\s+)?(?=[A-Z])")
_PLACED_BREAK = re.compile(r"[,;:()\"“”—–]|\d|\s-\s|(?<![\w'’-])(?:to|and|or|but|while|whereas|than|by|from|at)(?![\w'’-])")
"""What ends the people's own words before a place (`Names.people_placed`): a clause mark, another figure, a purpose
"to", a conjunction, a preposition naming another party ("by", "from": "killed by troops in Iraq") or another
place ("at the United Nations in New York"); an "of" stays inside the people's words ("people of Irish descent live in
Canada", "found guilty of fraud in the UK")."""
_PLACED_GAP = 8


def counts_places(surface: str) -> bool:
    """A count of places ("the two battleground states", "13 states", "the three locations"): it
    numbers the places a sentence names, or all of them, and the nearest name before it holds none."""
    last = surface.rsplit(None, 1)[-1].lower() if " " in surface else ""
    return last in _plural_places()


@lru_cache(maxsize=1)
def _plural_places() -> frozenset[str]:
    return frozenset(_plural(noun) for noun in _words().place_nouns | {"location", "place", "area", "site", "market"})


def _fits(name: Name, kind: str, gender: str | None) -> bool:
    if kind == "person":
        return name.kind == "person" and (gender is None or name.gender in (None, gender, gender + "?"))
    if kind == "group":
        return name.kind in ("group", "name")
    if kind == "it":
        return name.kind in ("group", "name", "place")
    if kind == "place":
        return name.kind == "place"
    if kind == "pair":
        return name.kind == "pair"
    if kind == "doer":
        return name.kind in ("person", "group", "name")
    return name.kind in ("pair", "group", "name")  # "they", "their": a pair, a club, a party


def _place_before_party(name: Name) -> Phrase | None:
    """The place that opens a name run ending in a party's word ("Florida Republican", "Ohio
    Democratic", "New Hampshire GOP"): the gazetteers read the run as one name of no kind; the place
    is its words before the party's."""
    words = name.text.split()
    if len(words) < 2 or words[-1] not in _words().party_words:
        return None
    place = " ".join(words[:-1])
    if any(w in _words().party_words for w in words[:-1]) or kind_of(place) != "place":
        return None
    return Phrase(place, name.start, name.start + len(place))


class Names:
    """The names of one article in reading order, for pointing words to find their holder."""

    def __init__(self, text: str, sentence_starts: Sequence[int], capitalized: frozenset[str]) -> None:
        self.text = text
        self.starts = list(sentence_starts)
        self.capitalized = capitalized
        self.names = _pronoun_genders(text, _names(text, capitalized))
        self.positions = [n.start for n in self.names]
        self._given: frozenset[str] | None = None  # the first words of the people the article names in full
        self._other_sex: dict[str, frozenset[str]] = {}  # per pronoun gender, the people known only as the other sex
        self.mentions: dict[str, list[int]] = {}  # each entity's mention offsets, for salience
        for name in self.names:
            self.mentions.setdefault(_key(name), []).append(name.start)

    def other_sex(self, gender: str) -> frozenset[str]:
        """The people (by key) the article names only as of the other sex than `gender`: never a "her" for a
        "he"; worked out once per gender, not once per pronoun."""
        if gender not in self._other_sex:
            self._other_sex[gender] = frozenset(
                _key(n) for n in self.names if n.kind == "person" and n.gender in ("male", "female") and n.gender != gender
            ) - frozenset(_key(n) for n in self.names if n.kind == "person" and n.gender not in ("male", "female") or n.gender == gender)
        return self._other_sex[gender]

    def person(self, name: Name) -> bool:
        """The name is a person's: read as one, or the given name of one the article names in full."""
        return name.kind == "person" or self._personal(name)

    def _personal(self, name: Name) -> bool:
        """A one-word name of no known kind that is the given name of a person the article names in
        full ("Nicolas" after "Nicolas Anelka"): a person's, so a description of a body ("the club")
        does not point back to it."""
        if name.kind != "name" or " " in name.text.strip():
            return False
        if self._given is None:
            self._given = frozenset(
                n.text.split()[0] for n in self.names if n.kind == "person" and " " in n.text.strip() and classify(n.text) == "person"
            )  # "Nicolas Anelka", not a run read as a person ("Tory Leader")
        return name.text in self._given

    def kind_at(self, start: int, end: int) -> str | None:
        """The kind of the name written exactly at `start`..`end`, if the article names one there."""
        k = bisect.bisect_left(self.positions, start)
        while k < len(self.names) and self.names[k].start == start:
            if self.names[k].end == end:
                return self.names[k].kind
            k += 1
        return None

    def name_ending(self, end: int, kind: str) -> Phrase | None:
        """The name of `kind` that ends at `end` (within the 60 characters before it), if any."""
        k = bisect.bisect_left(self.positions, end - 60)
        found = [n for n in self.names[k : bisect.bisect_left(self.positions, end)] if n.end == end and n.kind == kind]
        return Phrase(found[-1].text, found[-1].start, found[-1].end) if found else None

    def name_within(self, start: int, end: int) -> Phrase | None:
        """The first name that starts between `start` and `end` ("Ted Cruz" in "Senator Ted Cruz")."""
        k = bisect.bisect_left(self.positions, start)
        if k < len(self.names) and self.names[k].start < end:
            return Phrase(self.names[k].text, self.names[k].start, self.names[k].end)
        return None

    def name_at(self, start: int) -> Phrase | None:
        """The longest name of a person, group, place or pair that starts at `start`, if any."""
        k = bisect.bisect_left(self.positions, start)
        found = [n for n in self.names[k : k + 3] if n.start == start and n.kind in ("person", "group", "place", "pair")]
        return Phrase(found[0].text, found[0].start, found[0].end) if found else None

    def name_opening(self, start: int, end: int) -> Phrase | None:
        """The name that opens a noun phrase at `start`..`end` and modifies the noun after it ("Home
        Office spending", "Quinnipiac polls"): a compound modifier naming a body, place or person
        is the possessor of what the phrase names."""
        k = bisect.bisect_left(self.positions, start)
        while k < len(self.names) and self.names[k].start == start:
            name = self.names[k]
            if name.end < end and self.text[name.end : name.end + 1] == " " and name.kind in ("group", "place", "person", "pair") and not _adjective(name.text):
                if self.text[name.end + 1 : end][:1].islower():  # the rest is a common noun phrase
                    return Phrase(name.text, name.start, name.end)
            k += 1
        return None

    def speaker(self, words: Phrase) -> Phrase | None:
        """Who says "I" or "my": a person named next to a speech verb in the same sentence, else in
        the sentences just after or before it ("Last week I announced £419m ... , Mr McCabe said")."""
        here = self.sentence_of(words.start)
        for sentence in (here, here + 1, here - 1, here + 2):
            if not 0 <= sentence < len(self.starts):
                continue
            low = self.starts[sentence]
            high = self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text)
            for name in self.names[bisect.bisect_left(self.positions, low) : bisect.bisect_left(self.positions, high)]:
                if name.kind == "person" and (
                    _SPEECH_AFTER.match(self.text, name.end) or _SPEECH_BEFORE.search(self.text, max(low, name.start - 12), name.start)
                ):
                    return Phrase(name.text, name.start, name.end)
        return None

    def _described(self, description: str, name: Name, before: int) -> bool:
        """Some mention of `name` before `before` is written with the description's place words and
        the title its role noun stands for ("Vermont Sen. Bernie Sanders" for "the Vermont senator")."""
        words = description.split()
        places = [w for w in words[1:-1] if w[:1].isupper()]
        title = _ROLE_TITLES.get(words[-1].lower())
        if not places and title is None:
            return False
        starts = self.mentions.get(_key(name), [])
        for start in starts[bisect.bisect_left(starts, before - DESCRIBED_WITHIN) : bisect.bisect_left(starts, before)]:
            context = self.text[max(0, start - 40) : start]
            titled = re.search(rf"(?:{title})$", context) if title is not None else None
            if title is not None and titled is None:
                continue
            lead = context[: titled.start()] if titled is not None else context
            lead = re.split(r",|;|\band\b|\bor\b", lead)[-1]  # the words of this mention alone ("Ohio Gov. John Kasich and ...")
            if all(re.search(rf"\b{re.escape(p)}\b", lead) for p in places):
                return True
        return False

    def opinion_about(self, end: int, high: int) -> Phrase | None:
        """The person a poll share's clause is about, after the share at `end` and before `high` (the
        next figure or the sentence's end): the first person named or pointed at ("have a favorable
        view of Clinton", "call him competent", "believe he could win"), in the clause's own words
        (not past a semicolon, a colon, ", and"/", but", "while", "than", "compared with", "versus" or
        "that", where another clause begins: "Half said they want policies more liberal than those of
        President Obama" is no opinion of Obama; `_CLAUSE_BREAK`, below)."""
        stop = _CLAUSE_BREAK.search(self.text, end, high)
        high = stop.start() if stop is not None else high
        if (standing := _CANDIDACY_OF.search(self.text, end, high)) is not None:
            # "54% have a negative response to Lee's nomination": an opinion of the person's candidacy is of the person
            k = bisect.bisect_left(self.positions, standing.start())
            if k < len(self.names) and self.names[k].start == standing.start() and self.names[k].kind == "person":
                return Phrase(self.names[k].text, self.names[k].start, self.names[k].end)
        if (standing := _PRONOUN_CANDIDACY.search(self.text, end, high)) is not None and not _CANDIDACY_OF.search(self.text, end, standing.start()):
            return Phrase(standing.group("who"), standing.start("who"), standing.end("who"))  # "a negative response to her nomination"
        pronoun = _PERSON_PRONOUN.search(self.text, end, high)
        while pronoun is not None and not (_is_object(self.text, end, pronoun.start()) if pronoun.group(0).lower() in ("him", "her") else _OPINION_LEAD.search(self.text, end, pronoun.start()) and not _OUGHT_AFTER.match(self.text, pronoun.end())):
            pronoun = _PERSON_PRONOUN.search(self.text, pronoun.end(), high)
        for name in self.names[bisect.bisect_left(self.positions, end) : bisect.bisect_left(self.positions, high)]:
            if pronoun is not None and pronoun.start() < name.start:
                break
            if not _is_object(self.text, end, name.start) or _VERB_AFTER.match(self.text, name.end):
                continue  # "said Mr Smith was right": the subject of what was said, an opinion of no one's support
            if name.kind == "person" or name.kind == "pair" and all(n.kind == "person" for n in self.names if name.start <= n.start and n.end <= name.end and n is not name):
                if self.text[name.end : name.end + 2] in ("'s", "’s"):
                    return None  # "say Obama's policies failed": an opinion of a thing, not of the person
                return Phrase(name.text, name.start, name.end)
        if pronoun is not None:
            return self.opinion_framed(end) or Phrase(pronoun.group(0), pronoun.start(), pronoun.end())  # "For Lee, 38% ... if she won": Lee
        return self.opinion_framed(end)

    def opinion_framed(self, end: int) -> Phrase | None:
        """The person a sentence's opening "For X," or "Among X voters, backers or supporters," sets its
        poll shares about, for a share ending at `end` after that opening ("For Lee, 38% of likely voters
        would be scared -- including 62% of Democrats", "Among Roy voters, 74 percent said they are
        set"): the candidate the opinions are of. "Among Democrats," names a group polled, no one."""
        low = self.starts[self.sentence_of(end)]
        if (colon := self.text.rfind(":", low, end)) >= 0 and (before := self._colon_frame(low, colon)) is not None:
            return before
        found = _OPINION_FRAME.match(self.text, low, end)
        if found is None or found.end() >= end or found.group("opening").lower().endswith("among") != bool(found.group("backers")):
            return None  # "For Roy backers, support is strong" is left as it was read: those backers' commitment
        k = bisect.bisect_left(self.positions, found.start("name"))
        while k < len(self.names) and self.names[k].start == found.start("name"):
            name = self.names[k]
            if name.kind in ("person", "name") and name.end == found.end("name"):  # a surname alone may be left unsorted
                return Phrase(name.text, name.start, name.end)
            k += 1
        return None

    def _colon_frame(self, low: int, colon: int) -> Phrase | None:
        """The person a clause before a colon is about, for the shares the colon lists: one whose candidacy
        it names ("scared by his nomination:", "Lee's candidacy:"), else the person who opens it as its
        subject when it names no one else ("Lee fares only a bit better: 54% have a negative view")."""
        if (standing := _PRONOUN_CANDIDACY.search(self.text, low, colon)) is not None:
            return Phrase(standing.group("who"), standing.start("who"), standing.end("who"))
        if (standing := _CANDIDACY_OF.search(self.text, low, colon)) is not None:
            k = bisect.bisect_left(self.positions, standing.start())
            if k < len(self.names) and self.names[k].start == standing.start() and self.names[k].kind == "person":
                return Phrase(self.names[k].text, self.names[k].start, self.names[k].end)
        here = self.names[bisect.bisect_left(self.positions, low) : bisect.bisect_left(self.positions, colon)]
        if not here or len({_key(n) for n in here}) > 1 or here[0].kind not in ("person", "name") or not _COLON_SUBJECT.fullmatch(self.text, low, here[0].start):
            return None
        if not _FARES.match(self.text, here[0].end):
            return None
        return Phrase(here[0].text, here[0].start, here[0].end)

    def apposed(self, holder: Phrase) -> Phrase | None:
        """The name a description stands beside, set off by commas or dashes ("His super PAC, Right
        to Rise, is paying $375"; "Right to Rise USA, the super PAC supporting Jeb Bush, spent
        $1.2m"): the guideline's holder is the name, not the description."""
        if not _DESCRIBING.match(holder.text) or self.kind_at(holder.start, holder.end) is not None:
            return None
        after = _APPOSITION_AFTER.match(self.text, holder.end)
        if after is None and (run := described_run(self.text, holder.end)) is not None:
            after = _APPOSITION_AFTER.match(self.text, run)  # "A super PAC supporting Rubio's campaign, Right Way PAC, led"
        if after is not None and (k := bisect.bisect_left(self.positions, after.end())) < len(self.names) and self.names[k].start == after.end():
            whole = _TITLED_SPAN.match(self.text, after.end())  # "Right to Rise": a name with small words inside
            if whole is not None and _APPOSITION_CLOSE.match(self.text, whole.end()) and self.names[k].kind in ("group", "person", "name"):
                return Phrase(whole.group(0), whole.start(), whole.end())
        before = _APPOSITION_BEFORE.search(self.text, max(0, holder.start - 4), holder.start)
        if before is not None:
            k = bisect.bisect_left(self.positions, before.start()) - 1
            while k >= 0 and self.names[k].end >= before.start() - 1:
                name = self.names[k]
                if name.end == before.start() and name.kind in ("group", "person", "name"):
                    start = name.start
                    while (more := _TITLED_BEFORE.search(self.text, max(0, start - 40), start)) is not None:
                        start = more.start()  # "Right to Rise USA": the small words the name scan stopped at
                    return Phrase(self.text[start : name.end], start, name.end)
                k -= 1
        return None

    def viewed_by(self, low: int, at: int) -> Phrase | None:
        """The person a share is the opinion of when the share is the agent of a passive of viewing or
        backing written before it ("Clinton, who's viewed as honest by 55 percent of Democrats"; "the
        only candidate who's viewed as likable by at least half of all voters"; "finds Johnson
        supported by an average of 13 percent"): the name the participle follows, between `low` (its
        sentence's start) and the share at `at`."""
        found = _VIEWED_BY.search(self.text, max(low, at - 160), at)
        if found is None:
            return None
        k = bisect.bisect_left(self.positions, found.start()) - 1
        while k >= 0 and self.names[k].start >= low:
            name = self.names[k]
            if name.end <= found.start() and _VIEWED_GAP.fullmatch(self.text, name.end, found.start()):
                return Phrase(name.text, name.start, name.end) if name.kind in ("person", "pair", "name") else None
            if name.end <= found.start():
                break
            k -= 1
        pronoun = _VIEWED_PRONOUN.search(self.text, max(low, found.start() - 30), found.start())
        return Phrase(pronoun.group(1), pronoun.start(1), pronoun.end(1)) if pronoun is not None else None

    def place_framing(self, low: int, at: int) -> Phrase | None:
        """The one place a sentence's opening "In ...," frames its shares by ("In Florida, 46% of
        eligible voters cast ballots", "In the Florida Republican primary in March, 74 percent of
        voters were 45 or older"): where the share was measured, when nothing else holds it."""
        opening = _IN_FRAME.match(self.text, low, at)
        if opening is None or (comma := self.text.find(",", opening.end(), at)) < 0 or any(mark in self.text[comma:at] for mark in ":;"):
            return None  # "In Ohio, the poll reaffirmed ...: 42% of Ohioans say": a colon opens another clause
        places = []
        for name in self.names[bisect.bisect_left(self.positions, opening.end()) : bisect.bisect_left(self.positions, comma)]:
            if name.kind == "place" and name.end <= comma:
                places.append(Phrase(name.text, name.start, name.end))
            elif name.end <= comma and (place := _place_before_party(name)) is not None:
                places.append(place)  # "In the Florida Republican primary": the place a party's contest is held in
        if len({p.text for p in places}) != 1:
            return None
        return places[0]

    def people_placed(self, surface: str, end: int, high: int) -> Phrase | None:
        """The place a count of people no one holds is in, when the people's own words after it say so ("1.7m people
        needing care in England", "55 million Latinos who live in the United States", "270 people have been resettled
        into the U.S."): the guideline's place, where no possessor or agent is written. The people are `unowned_people`,
        `part_groups` ("Latinos"), `plural_people` or the agent nouns ("children", "pensioners"); the place is the first one the article names after "in"/"into" within a few words
        of the figure, no comma, clause mark, other figure or "to" (a purpose: "will move on to compete in South
        Carolina") between."""
        w = _words()
        if surface.split()[-1].lower() not in w.unowned_people | w.part_groups | agent_nouns() | w.plural_people or counts_places(surface):
            return None  # "signed by 175 countries ... in New York": places counted are no place's
        for found in _PLACED_IN.finditer(self.text, end, high):
            gap = self.text[end : found.start()]
            if len(gap.split()) > _PLACED_GAP or _PLACED_BREAK.search(gap):
                return None
            k = bisect.bisect_left(self.positions, found.end())
            named = next((n for n in self.names[k : k + 3] if n.start == found.end() and n.kind == "place"), None)
            if named is not None:
                return Phrase(named.text, named.start, named.end)
        return None

    def _clause_of_object(self, words: Phrase) -> int:
        """Where the clause of an object pronoun begins ("Sanders would beat him 53 percent to 36
        percent"): a name there is the clause's subject, which the pronoun cannot stand for (it would
        say "himself"). The pronoun's own offset when it is no object ("his", "he", "her rival")."""
        if words.text.lower() not in ("him", "her", "them") or (after := _NEXT_WORD.match(self.text, words.end)) is not None and _noun_like(after.group(1)):
            return words.start
        low = self.starts[self.sentence_of(words.start)] if self.starts else 0
        boundary = max((m.end() for m in _CLAUSE_OPENING.finditer(self.text, low, words.start)), default=low)
        return boundary


    def _chained(self, words: Phrase, asked: tuple[str, str | None], back: int, any_gender: bool) -> Phrase | None:
        """A person pronoun that opens its sentence right after a sentence opened by the same person's
        pronoun ("Her best showing is 10 percent in Vermont, home to Sen. Bob Lee. She also receives 8
        percent in Maine"): the one that pronoun stands for, not a name the sentence between adds."""
        here = self.sentence_of(words.start)
        if asked[0] != "person" or asked[1] is None or " " in words.text.strip() or here <= 0 or back <= 0:
            return None
        if not _OPENING_POINTER.fullmatch(self.text, self.starts[here], words.start):
            return None
        opening = _OPENING_PERSON.match(self.text, self.starts[here - 1])
        if opening is None or wanted(opening.group("word")) != asked:
            return None
        return self.find(Phrase(opening.group("word"), opening.start("word"), opening.end("word")), back - 1, any_gender)

    def _named_teller(self, words: Phrase, kind: str) -> Phrase | None:
        """The name whose saying reports the pronoun's clause ("Teck, the Canadian mining company, says
        that alone among its rivals it pays $50m", "Acme said its sales rose"): "it" in what a body
        says is that body, over a name the article repeats more."""
        if kind not in ("it", "group") or words.text.lower().strip() not in ("it", "its"):
            return None
        low = self.starts[self.sentence_of(words.start)]
        for name in reversed(self.names[bisect.bisect_left(self.positions, low) : bisect.bisect_left(self.positions, words.start)]):
            if not _fits(name, kind, None):
                continue
            said = _SAID_AFTER.match(self.text, name.end)
            if said is not None and said.end() <= words.start and not re.search(r"[.;:!?\"“”]", self.text[said.end() : words.start]):
                return Phrase(name.text, name.start, name.end)
        return None

    def _unsorted_opener(self, words: Phrase) -> Phrase | None:
        """The name opening the pronoun's own sentence as its subject when the gazetteers could not sort
        it ("Federer admitted he was under extra pressure after extending his winning streak to 24", "Ryan
        is feeling some pressure as members of his caucus ..."), or the sentence before's when the
        pronoun opens its own and that sentence names no other person ("Kelly responded ... She is 45."):
        the person the pronoun stands for, over a person named earlier, when no other name comes between. Not a word
        the lexicon knows ("Speaking", "Olympic", "Republicans"), a description ("The Spaniard"), letters
        ("NEW YORK"), an owner ("Uranium One's chairman used his"), nor before another's age ("her
        14-year-old daughter")."""
        here = self.sentence_of(words.start)
        k = bisect.bisect_left(self.positions, self.starts[here])
        if (k >= len(self.names) or self.names[k].end > words.start) and here > 0 and _OPENING_POINTER.fullmatch(self.text, self.starts[here], words.start):
            # "Jamie had to wear a body cast for three months. He then progressed to crutches for six weeks": the sentence before's
            k = bisect.bisect_left(self.positions, self.starts[here - 1])
            if k >= len(self.names) or self.names[k].start >= self.starts[here]:
                return None
            rest = self.names[k + 1 : bisect.bisect_left(self.positions, self.starts[here])]
            if any(other.kind in ("person", "name") and _key(other) != _key(self.names[k]) for other in rest):
                return None  # another person the sentence before names may be the one
        elif k >= len(self.names) or self.names[k].end > words.start:
            return None
        name = self.names[k]
        if name.kind != "name" or not self._opens_clause(name) or self.text[name.end : name.end + 1] in ("'", "’"):
            return None
        if re.search(r"\b(?:the|The)\s+$", self.text[max(0, name.start - 4) : name.start]) or _AGE_AFTER.match(self.text, words.end):
            return None  # "The American had too much power for her 15-year-old opponent": a description; the age is another's
        last = name.text.split()[-1]
        if not all(_PERSON_WORD.fullmatch(word) for word in name.text.split()) or _common(last):
            return None
        if any(other.start >= name.end and other.start < words.start for other in self.names[k + 1 : bisect.bisect_left(self.positions, words.start)]):
            return None  # "Jason Scotland played a pass to Crawford and he coolly beat ...": which of them, the opening does not tell
        return Phrase(name.text, name.start, name.end)

    def _unsorted_subject(self, sentence: int) -> Phrase | None:
        """The name the gazetteers left unsorted that opens `sentence` as its subject when it is the only
        name there that may be a person (other names are places or bodies, or opponents): person-shaped,
        not after "the", not an owner ("Leeds' Tom Hale")."""
        low = self.starts[sentence]
        high = self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text)
        names = self.names[bisect.bisect_left(self.positions, low) : bisect.bisect_left(self.positions, high)]

        lexicon = _tagger().lexicon
        openers = [n for n in names if n.kind == "person" or n.kind == "name" and _person_shaped(n.text) and not _modifies_noun(self.text, n.end)]
        acting = [
            k for k, n in enumerate(openers)
            if (after := re.match(r"\s+([a-z]+)\b", self.text[n.end : n.end + 20])) is not None and lexicon.get(after.group(1), "")[:2] in ("VB", "MD")
        ]  # the name right before the sentence's verb ("Kenenisa Bekele is determined"), past capitalized modifiers ("Olympic")
        if not acting or openers[acting[0]].kind != "name" or not self._opens_clause(openers[acting[0]]):
            return None
        name = openers[acting[0]]
        openers = openers[acting[0] :]
        if self.text[name.end : name.end + 1] in ("'", "’") or re.search(r"\b(?:the|The)\s+$", self.text[max(0, name.start - 4) : name.start]):
            return None
        for other in openers[1:]:
            if _key(other) == _key(name) or _OPPONENT_BEFORE.search(self.text, max(0, other.start - 24), other.start) or _OPPONENT_DESCRIBED.search(
                self.text, max(0, other.start - 64), other.start
            ):
                continue  # the subject again, or one it beat
            if _RIVAL_PREPOSITION.search(self.text, max(0, other.start - 12), other.start):
                continue  # "in Leeds", "a rally from Moya", "since Mark Edmondson in 1976": a preposition's object, not the subject's rival
            return None
        return Phrase(name.text, name.start, name.end)

    def _described_opener(self, words: Phrase, here: int) -> Phrase | None:
        """The description that opens the sentence before as its subject, for an "it"/"its" that opens
        its own sentence when no name fits ("The Dutch government unveiled its plans on Tuesday. It will
        borrow €30bn"): "the" and up to three modifiers before a singular body or doer noun
        (`agentive`), right before a verb; the guideline's holder as the text names it."""

        if here < 1 or not _OPENING_POINTER.fullmatch(self.text, self.starts[here], words.start):
            return None
        found = _OPENING_DESCRIPTION.match(self.text, self.starts[here - 1], self.starts[here])
        if found is None:
            return None
        lexicon = _tagger().lexicon
        noun, verb = found.group("noun"), found.group("verb")
        if noun.endswith("s") or not agentive(noun) or noun in _NOT_SUBJECTS or not (lexicon.get(verb, "")[:2] in ("VB", "MD") or verb.endswith("ed") and verb not in lexicon):
            return None
        return Phrase(found.group("the"), found.start("the"), found.end("the"))

    def _body_subject(self, words: Phrase) -> Phrase | None:
        """A body named by a common noun ("The government", "the department", "The state party": the
        guideline's holder as the text names it, figure_patterns.HOLDER_NOUNS) that is the subject of a verb
        before "it"/"its" in the pronoun's own sentence, with no name, quotation mark or clause break
        between them: what the pronoun stands for, over a name an earlier sentence gives ("MPs backed the
        Bill. The government earlier saw its majority cut": not the Bill)."""

        low = self.starts[self.sentence_of(words.start)]
        found = None
        for match in _body_subject_pattern().finditer(self.text, low, words.start):
            if str(_tagger().lexicon.get(match.group("verb"), ""))[:2] in ("VB", "MD"):
                found = match
        if found is None or re.search(r"[A-Z\"“”;:]|\b(?:which|who|that|whose)\b", self.text[found.end("noun") : words.start]):
            return None
        if re.search(r"\b(?:of|to|for|by|with|from|in|on|at|and|than)\s+$", self.text[max(low, found.start() - 6) : found.start()]):
            return None  # "a rebuke to the government is": no subject of its own
        return Phrase(found.group("body"), found.start("body"), found.end("body"))

    def _group_subject(self, words: Phrase) -> Phrase | None:
        """A group of people or bodies named by a plural common noun ("Opposition MPs", "Local residents",
        "Critics") that opens the sentence of "they"/"their" as the subject of a verb, with no name, other
        plural, quotation mark, clause break or relative pronoun between it and the pronoun: whom the pronoun
        stands for, over a name an earlier sentence gives. Not the members who speak for a body ("Officials
        said they would spend ...": the body the text named before)."""

        low = self.starts[self.sentence_of(words.start)]
        found = _GROUP_OPENING.match(self.text, low, words.start)
        if found is None:
            return None
        lexicon = _tagger().lexicon
        if not _people_group(found.group("group"), found.group("noun"), lexicon):
            return None  # "Since voters went home, they ...": a clause's opener; "Officials said they": a body's members
        verb = found.group("verb").lower()
        if str(lexicon.get(verb, ""))[:2] not in ("VB", "MD") and not _has_verb_forms(verb, lexicon):
            return None  # ("fear", "hope", "claim": nouns by the lexicon's first tag, verbs after a plural subject)
        between = self.text[found.end("noun") : words.start]
        if re.search(r"[A-Z\"“”;:()]|\b(?:which|who|whom|whose|he|she|it|we)\b", between) or any(
            lexicon.get(word) in ("NNS", "NNPS") for word in re.findall(r"[a-z][\w'’-]*", between)
        ):
            return None
        return Phrase(found.group("group"), found.start("group"), found.end("group"))

    def _group_before(self, words: Phrase, depth: int = 0) -> Phrase | None:
        """A group of people named by a plural common noun ("paid campaign operatives", "Local
        volunteers") that is the subject of the first finite verb of the sentence before, when "they" or
        "their" opens its own sentence (past a fronted phrase: "In October, they held"): whom the pronoun
        continues, over any name before ("Five unions will meet Ann Lee at Labour's conference. They want":
        the unions). Not the members who speak for a body ("Officials
        said ... They": the body named before), nor a thing ("Prices rose. They ...")."""

        here = self.sentence_of(words.start)
        if here <= 0 or words.text.strip().lower() not in ("they", "their"):
            return None
        if not _PRONOUN_OPENING.fullmatch(self.text, self.starts[here], words.start):
            return None
        low, high = self.starts[here - 1], self.starts[here]
        if depth < 2 and (again := _THEY_OPENING.match(self.text, low, high)) is not None:
            # "They recruited 70 volunteers. In October, they held a meeting": the group the pronoun before continues
            return self._group_before(Phrase(again.group("they"), again.start("they"), again.end("they")), depth + 1)
        lexicon = _tagger().lexicon
        for found in _SEGMENT_SUBJECT.finditer(self.text, low, high):
            group, verb = found.group("group"), found.group("verb").lower()
            if str(lexicon.get(verb, ""))[:3] not in ("VBD", "VBZ", "VBP", "MD"):
                continue
            if _opener_in_group(group, lexicon):
                continue  # "Since voters went home", "which holds ...": a clause's opener, no group's words
            if not _people_group(group, found.group("noun"), lexicon):
                return None  # the sentence's subject is no group of people
            if re.search(r"[\"“”()]", self.text[found.end() : high]) and re.search(r"[\"“”()]", self.text[low : found.start()]):
                return None  # a subject inside a quotation
            return Phrase(group, found.start("group"), found.end("group"))
        return None

    def described_before(self, person: Phrase, at: int) -> bool:
        """Whether `person` is the one the sentence before the one at `at` is about: its only person, or
        the subject it opens with ("While Holmes left Athens as the star, it was Radcliffe who carried
        expectations. The 30-year-old marathon world record holder": neither, so no guess)."""
        here = self.sentence_of(at)
        if here < 1:
            return False
        low, high = self.starts[here - 1], self.starts[here]
        people = [n for n in self.names[bisect.bisect_left(self.positions, low) : bisect.bisect_left(self.positions, high)] if n.kind == "person" or n.kind == "name" and _person_shaped(n.text)]
        surname = person.text.split()[-1].lower()
        mine = [n for n in people if n.text.split()[-1].lower() == surname]
        if not mine:
            return False
        return len({n.text.split()[-1].lower() for n in people}) == 1 or self._opens_clause(mine[0])

    def _opens_clause(self, name: Name) -> bool:
        """The name is its sentence's subject, written first after at most a few modifiers ("British
        number two Rusedski endured", "But Dokic has"), outside a quotation and not as a speaker
        ("Newcastle director Rob Andrew said: ...")."""
        low = self.starts[self.sentence_of(name.start)]
        lead = self.text[low : name.start]
        if not _SUBJECT_LEAD.fullmatch(lead) or _SPEECH_AFTER.match(self.text, name.end) or _modifies_noun(self.text, name.end):
            return False

        lexicon = _tagger().lexicon
        return not any(lexicon.get(word.lower(), "")[:2] in ("VB", "MD", "IN") for word in re.findall(r"\b[A-Za-z]+\b", lead))

    def described_person(self, words: Phrase) -> Phrase | None:
        """The person a description such as "the Vermont senator" names by the place and title of an
        earlier mention ("Vermont Sen. Bernie Sanders"), the nearest such; None when no mention tells."""
        earlier = self.names[bisect.bisect_left(self.positions, words.start - DESCRIBED_WITHIN) : bisect.bisect_left(self.positions, words.start)]
        for name in reversed(earlier):
            if name.kind == "person" and self._described(words.text, name, words.start):
                return Phrase(name.text, name.start, name.end)
        return None

    def titled_place(self, words: Phrase, here: int, back: int) -> Phrase | None:
        """The place a person's title carries, for a place description no place name nearby fits ("Florida
        Gov. Rick Scott said the state allocated $26 million": Florida), the nearest such in the
        description's sentence and the `back` sentences before it."""
        low = self.starts[max(0, here - back)]
        found = [m for m in _TITLED_PLACE.finditer(self.text, low, words.start) if kind_of(m.group("place")) == "place"]
        return Phrase(found[-1].group("place"), found[-1].start("place"), found[-1].end("place")) if found else None

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position) - 1

    def find(self, words: Phrase, back: int = 3, any_gender: bool = False, loose: bool = False, exclude: frozenset[str] = frozenset()) -> Phrase | None:
        """The name `words` (a pronoun or description at its offsets) point back to, among the
        fitting names earlier in its sentence and up to `back` sentences before (a description
        reaches twice as far): the most salient, counting how often the article has named it so far,
        whether it opens its sentence's names (a subject, mostly), and whether it is in the same
        sentence (which outweighs two earlier mentions: "Coca-Cola said it would give $75,000" in an
        article that names the Republicans often), most of all when it opens that sentence ("St.
        Louis, Ferguson's neighbour, had 159 homicides to its 318,416 residents" in an article about
        Ferguson); the nearest wins a tie."""
        asked = wanted(words.text)
        if asked is None:
            return None
        kind, gender = asked
        if kind == "person" and gender is None and " " in words.text.strip() and (told := _OWN_PRONOUN_AFTER.match(self.text, words.end)) is not None:
            gender = "female" if told.group("pronoun").lower() in ("her", "herself") else "male"  # "The 24-year-old reached the mark in her heat": a woman
        gender = None if any_gender else gender
        if words.text.strip().lower() == "it" and _EXPLETIVE_AFTER.match(self.text, words.end):
            return None  # "it is unclear if that will be in time", "it takes 1,237 delegates": no body the pronoun stands for
        if kind == "speaker":
            return self.speaker(words)
        if kind == "it" and " " not in words.text.strip() and (body := self._body_subject(words)) is not None:
            # "The government earlier saw its 161-strong majority cut": the body its own clause opens with, as the text names it
            return (self.find(body) or body) if wanted(body.text) is not None else body
        if kind == "plural" and words.text.strip().lower() in ("they", "their") and (group := self._group_subject(words)) is not None:
            return group  # "Opposition MPs are angry they will have only two days": the MPs, not a body named before
        if " " in words.text.strip():
            back *= 2
        here = self.sentence_of(words.start)
        candidates: list[tuple[int, int, Name]] = []
        previous_subject: Name | None = None
        own_clause = self._clause_of_object(words)  # "Sanders beat her": whoever "her" is, not Sanders
        bound = {_key(n) for n in self.names[bisect.bisect_left(self.positions, own_clause) : bisect.bisect_left(self.positions, words.start)]} | exclude
        for sentence in range(here, max(-1, here - back - 1), -1):
            low = self.starts[sentence] if sentence >= 0 else 0
            high = words.start if sentence == here else (self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.text))
            first = bisect.bisect_left(self.positions, low)
            last = bisect.bisect_left(self.positions, high)
            opening = True
            for name in self.names[first:last]:
                if (
                    name.end <= high and (_fits(name, kind, gender) or loose and name.kind == "person" and (name.gender or "").endswith("?"))
                    and not (name.start <= words.start < name.end) and _key(name) not in bound
                    and (name.kind != "name" or report_after(self.text, name.end) is None)  # "a University of Texas/Tribune poll ... in the state": a pollster
                    and not (kind == "group" and self._personal(name))  # "I have spoken to Nicolas. The club still owe ...": no club
                    and not (sentence == here and kind == "person" and " " in words.text.strip() and _SPEECH_AFTER.match(self.text, name.end))  # "Hugh Richards says the 30-year-old must": another
                    # (a body's spokesperson saying "the company" means the body: "A spokeswoman for Acme said the company had ...")
                    and not (_QUOTE_AFTER.match(self.text, name.end) and _inside_quote(self.text, name.end, words.start))  # "Jane Roe: “Ms. Lee ... she spent": not Roe
                ):
                    candidates.append((2 * opening + (sentence == here), -len(candidates), name))
                    if opening and sentence == here - 1:
                        previous_subject = name
                    opening = False
        if kind == "doer" and len({_key(c[2]) for c in candidates}) != 1:
            return None  # "Acme sold its unit to Zenco. The buyer ...": a role known by its form alone is resolved only
            # when one name could be it; with two parties the name before is as often the other one (it stays as written)
        if not candidates and gender is not None and not loose:  # given-name genders are a guess ("Bernie", which
            # the list calls mostly female): a person the list is unsure of, then any person
            # ... but never a person the article knows to be of the other gender ("her" is no "Donald Trump")
            other = self.other_sex(gender)  # a surname two people share ("Donald Trump", "Ivanka Trump") stays
            return self.find(Phrase(words.text, words.start, words.end), back, loose=True, exclude=exclude) or self.find(
                Phrase(words.text, words.start, words.end), back, any_gender=True, exclude=exclude | other
            )
        if kind == "person" and " " in words.text.strip():
            # "the Vermont senator", "the Ohio governor": the person whose mentions carry those words
            # ("Vermont Sen. Bernie Sanders"), named anywhere before, outranks a more salient other
            fitting = [c for c in candidates if self._described(words.text, c[2], words.start)]
            if not fitting:
                earlier = self.names[
                    bisect.bisect_left(self.positions, words.start - DESCRIBED_WITHIN) : bisect.bisect_left(self.positions, words.start)
                ]
                fitting = [(0, -n, name) for n, name in enumerate(reversed(earlier)) if _fits(name, kind, gender) and self._described(words.text, name, words.start)]
            candidates = fitting or candidates
            if not fitting and here > 0 and not any(
                self.sentence_of(c[2].start) == here for c in candidates
            ):
                # "Dokic has not played in the Australian Open since 2001. But the 21-year-old ...": an age or
                # role describes the person the sentence before opens with, over one the article repeats more
                before = sorted((c[2] for c in candidates if self.sentence_of(c[2].start) == here - 1), key=lambda n: n.start)
                others = [name for name in before[1:] if _key(name) != _key(before[0]) and not _EVENT_NAME.search(name.text)]  # "the Milan Indoors title": no person
                if before and self._opens_clause(before[0]) and all(
                    _OPPONENT_BEFORE.search(self.text, max(0, name.start - 24), name.start) or _OPPONENT_DESCRIBED.search(self.text, max(0, name.start - 64), name.start)
                    for name in others
                ):  # "Bernie Sanders netted more money from teachers than Clinton. The Vermont senator ...": not the one compared
                    return Phrase(before[0].text, before[0].start, before[0].end)
                players = {_key(name) for name in before if name.kind == "person" and _PLAYER_BEFORE.search(self.text, max(0, name.start - 40), name.start)}
                if before and not self._opens_clause(before[0]) and len(players) == 1 and len({_key(name) for name in before if name.kind == "person"}) == 1 and (
                    age := re.search(r"(\d{1,3})-year-old$", words.text.strip())
                ) is not None and int(age.group(1)) <= _PLAYING_AGE:
                    # "The Gunners are boosted by news that defender Sol Campbell will sign. And the 30-year-old ...": the one
                    # player the sentence before names, over a manager the article repeats more
                    player = next(name for name in before if _key(name) in players)
                    return Phrase(player.text, player.start, player.end)
                if (not before or not self._opens_clause(before[0])) and (opener := self._unsorted_subject(here - 1)) is not None:
                    # "Olympic 10,000m champion Kenenisa Bekele is determined ... The 22-year-old will again": a
                    # person the gazetteers left unsorted, opening the sentence before as its only name
                    return opener
                if len({_key(name) for name in others}) == 1 and (age := re.search(r"(\d{1,3})-year-old$", words.text.strip())) is not None and int(age.group(1)) <= _PLAYING_AGE and self._opens_clause(before[0]) and (
                    _MANAGING_BEFORE.search(self.text, max(0, before[0].start - 40), before[0].start)
                    or _PLAYER_BEFORE.search(self.text, max(0, others[0].start - 40), others[0].start) and not _PLAYER_BEFORE.search(self.text, max(0, before[0].start - 40), before[0].start)
                ) and not _MANAGING_BEFORE.search(self.text, max(0, others[0].start - 40), others[0].start) and not _OPPONENT_BEFORE.search(
                    self.text, max(0, others[0].start - 24), others[0].start
                ):
                    # "Leeds boss Tom Keeling has praised striker Rob Fenton. The 29-year-old ...": a manager's words
                    # about a player; a player's age is the player's, not the manager's, though the manager opens the
                    # sentence ("Spain coach Luis Ruiz is furious ... about Tom Henry. The 66-year-old": the coach's)
                    return Phrase(others[0].text, others[0].start, others[0].end)
            if words.text.split()[-1] in _NATIONALITY_NOUNS:
                return None  # "The Argentine, who won two years ago": no mention tells which of the article's people, salience guesses wrong
        if kind == "person" and " " not in words.text.strip() and (opener := self._unsorted_opener(words)) is not None:
            return opener
        if kind == "group" and words.text.split()[-1].lower() in _words().named_bodies:
            return self.named_body(words)  # "That court has two seats": the court the article names, or none
        if kind == "group" and words.text.split()[0].lower() == "the" and words.text.split()[-1].lower() not in ("party", "side", "team") and candidates:
            # "represented by the United Steelworkers union. ... the union agreed": the body named with the noun
            noun = words.text.split()[-1].lower()
            named = [
                c for c in candidates
                if not _adjective(c[2].text) and (c[2].text.split()[-1].lower() == noun or re.match(rf"\s+{re.escape(noun)}\b", self.text[c[2].end : c[2].end + 40], re.I))
            ]
            candidates = named or candidates
        if (chained := self._chained(words, asked, back, any_gender)) is not None:
            return chained
        if (teller := self._named_teller(words, kind)) is not None:
            return teller
        if kind == "plural" and (group := self._group_before(words)) is not None:
            return group  # "Paid aides have been in Iowa for months. They recruited 70 volunteers": the aides
        if not candidates:
            if kind == "it":
                return self._described_opener(words, here)  # "The Dutch government unveiled its plans. It will borrow €30bn."
            return self.titled_place(words, here, back) if kind == "place" and words.text.split()[-1].lower() in _TITLED_PLACE_NOUNS else None
        # "Robin Cook was paid £45,001 ... His declared income": a pointer that opens its sentence
        # continues the subject the sentence before opened with, more than any name the article repeats
        pronoun = " " not in words.text.strip()  # a description ("The 26-year-old") names its own kind of referent
        continuing = previous_subject if pronoun and here > 0 and _OPENING_POINTER.fullmatch(self.text, self.starts[here], words.start) else None

        def salience(candidate: tuple[int, int, Name]) -> tuple[int, int]:
            named_so_far = bisect.bisect_left(self.mentions[_key(candidate[2])], words.start)
            return named_so_far + 2 * (candidate[0] >= 2) + 3 * (candidate[0] % 2) + 3 * (candidate[0] == 3) + 3 * (candidate[2] is continuing), candidate[1]

        _, _, best = max(candidates, key=salience)
        if kind == "it" and (opener := self._described_opener(words, here)) is not None and opener.start <= best.start < opener.end:
            return opener  # "The Dutch government unveiled ... It will borrow": the body the name only qualifies
        return Phrase(best.text, best.start, best.end)

    def named_body(self, words: Phrase) -> Phrase | None:
        """The name a description of a body known by its noun stands for ("the court", "this foundation",
        `named_bodies`): the last name of two words or more before it, within `DESCRIBED_WITHIN`, whose last
        word is the noun ("the U.S. District Court", "the Clinton Foundation"); None when the article names no
        such body (the description then holds as written) or when a possessive makes it someone's ("his foundation")."""
        if words.text.split()[0].lower() not in ("the", "this", "that"):
            return None
        noun = words.text.split()[-1].lower()
        earlier = self.names[bisect.bisect_left(self.positions, words.start - DESCRIBED_WITHIN) : bisect.bisect_left(self.positions, words.start)]
        for name in reversed(earlier):
            if name.end <= words.start and name.text.split()[-1].lower() == noun and " " in name.text.strip():  # not a bare "Commission"
                return Phrase(name.text, name.start, name.end)
        return None


@lru_cache(maxsize=1)
def _body_subject_pattern() -> re.Pattern[str]:
    """A definite body description ("The government", "the state party": a singular noun of
    figure_patterns.HOLDER_NOUNS) and the verb after it, past auxiliaries and a few adverbs."""

    nouns = "|".join(sorted((n for n in HOLDER_NOUNS if not n.endswith("s")), key=len, reverse=True))
    return re.compile(
        rf"(?P<body>\b[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<noun>{nouns}))\s+"
        r"(?:(?:also|earlier|now|still|first|then|has|had|have|will|would|is|was|could|must|should|may)\s+)*(?P<verb>[a-z]+)\b"
    )


_GROUP_OPENING = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Now|Still|Meanwhile),?\s+)?"
    r"(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Ss]everal)\s+)?(?P<group>(?:(?:[Tt]he|[A-Z][a-z]+|[a-z]+)\s+){0,2}?(?P<noun>[A-Za-z][\w'’-]*s))\s+"
    r"(?:(?:also|now|still|often|already|even|all|both)\s+)?(?P<verb>[a-z]+)\b"
)
"""A sentence that opens with a plural noun phrase (two words before the noun at most, past a quantifier: "Many
voters") and the word after it (past one adverb), which must be a verb."""
_AGE_AFTER = re.compile(r"\s+\d+-year-old\b")
_OWN_PRONOUN_AFTER = re.compile(r"(?:\s+(?!(?:and|but|while|as|after|before|when|who|whom|that|which|than|to|with|beat|beating|beats|passed|past|behind)\b)[a-z][\w'’-]*,?){1,8}?\s+(?P<pronoun>her|herself|his|himself)\b")
"""After a description of a person ("The 24-year-old"): a possessive or reflexive in the words that follow it, before any
capital, clause joiner or verb of beating that brings another person in ("reached the mark in her heat", "to prove
his worth"): the described person's gender."""
_EXPLETIVE_AFTER = re.compile(
    r"\s+(?:(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|seems|seemed|remains|remained)\s+(?:not\s+)?(?:still\s+)?"
    r"(?:unclear|clear|likely|unlikely|possible|impossible|important|necessary|hard|difficult|easy|true|"
    r"worth|time|no\s+surprise|a\s+shame)\b|(?:takes|took|will\s+take|would\s+take)\s+(?:a|an|about|nearly|more\s+than|at\s+least|\d))"
)
"""An "it" that stands for no one: a clause or infinitive later in the sentence is the subject ("it is
unclear if that will be in time", "it is hard to imagine", "it takes 1,237 delegates to win"); not a passive of
expecting, which may stand for a thing ("It [the jobs report] is expected to show a gain of 200,000 jobs")."""
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:And|But|So|Yet)\s+)?(?:(?:\d{1,3}(?:,\d{3})+[a-z]*|[\w'’.-]+)\s+){0,5}")
"""What may come before a sentence's subject name: a conjunction and a few modifiers ("British number
two", "Olympic champion"), no comma, quotation mark or other punctuation."""
_SAID_AFTER = re.compile(
    r"(?:\s*,[^,;:.!?\"“”]{1,80},)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|reported|reports|announced|announces|estimated|estimates|expects|expected|argues|argued|claims|claimed)\s+(?:that\s+)?"
)
"""A verb of saying after a name, past an aside set off by commas ("Teck, the Canadian mining company, says")."""
_OPENING_PERSON = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Now|Still)\s+)?(?P<word>He|His|She|Her)\b")


_NEXT_PRONOUN = re.compile(r"[^.;:!?\"“”(]{0,80}?\b(?P<word>he|his|him|himself|she|her|hers|herself)\b", re.I)
_MALE_WORDS = frozenset(("he", "his", "him", "himself"))


def _pronoun_genders(text: str, names: list[Name]) -> list[Name]:
    """The article's own word on each person's gender: the pronoun that first follows a mention of the
    person within its clause, before any other person is named ("Sanders said he would", "Clinton, as
    she enters"), counted over the article; where the article clearly says (two mentions or more, three
    to one), that outweighs the given-name list ("Bernie", which the list calls female)."""
    persons = [n for n in names if n.kind == "person"]
    votes: dict[str, list[int]] = {}
    for k, name in enumerate(persons):
        limit = persons[k + 1].start if k + 1 < len(persons) else len(text)
        found = _NEXT_PRONOUN.match(text, name.end, limit)
        if found is not None:
            tally = votes.setdefault(_key(name), [0, 0])
            tally[found.group("word").lower() not in _MALE_WORDS] += 1
    said: dict[str, str] = {}
    for key, (male, female) in votes.items():
        if male >= 2 and male >= 3 * female:
            said[key] = "male"
        elif female >= 2 and female >= 3 * male:
            said[key] = "female"
    if not said:
        return names
    return [Name(n.text, n.start, n.end, n.kind, said.get(_key(n), n.gender)) if n.kind == "person" else n for n in names]


def _is_object(text: str, low: int, start: int) -> bool:
    """The words at `start` are an object: right after a verb or "of/for/about" ("a favorable view of
    Clinton", "back Clinton", "call him competent"), not the subject of a clause that was said."""

    lexicon = _tagger().lexicon
    words = re.findall(r"[A-Za-z][\w.'’-]*", text[low:start])[-6:]

    while len(words) > 1 and words[-1].lower() not in SUPPORT_VERBS and (words[-1][:1].isupper() or lexicon.get(words[-1].lower(), "")[:2] in ("JJ", "NN") or words[-1].lower() in _words().titles):
        words.pop()  # "support former Democratic governor Ted Strickland": past the person's description
    if not words:
        return False
    word = words[-1].lower()
    if word in ("for", "about") and len(words) > 1:
        # "would vote for Clinton", "know enough about Sanders": the preposition of a verb of support or knowing
        return words[-2].lower() in SUPPORT_VERBS or words[-2].lower() in _ABOUT_LEADS and word == "about"
    return word == "of" or word in SUPPORT_VERBS or lexicon.get(word, "")[:2] == "VB" and word not in _NOT_OPINION_VERBS


_ABOUT_LEADS = frozenset("enough know knew known feel feels felt think thinks thought".split())
"""Words before "about" that make what follows the one a poll share's opinion is of ("don't know enough
about Sanders to form an opinion", "how they feel about Clinton")."""


DESCRIBED_WITHIN = 30_000
"""How far back (in characters) a description ("the Ohio governor") looks for the mention written
with its words: a long article's worth, so that a report of many articles or a transcript costs
time in proportion to its length, not to its length squared."""
_OPENING_DESCRIPTION = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Now)\s+)?(?P<the>[Tt]he\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*))\s+(?P<verb>[a-z]+)\b(?![-'’])"
)
"""A sentence opening with a description ("The Dutch government unveiled") and the word after it."""
_PRONOUN_OPENING = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Now|Still|Then|Instead)\s+)?(?:[A-Za-z][^,;:\"“”()]{0,40},\s+)?")
"""What may come before a pronoun that opens its sentence's clause: a conjunction, a short fronted phrase and its comma ("In October, they")."""
_THEY_OPENING = re.compile(_PRONOUN_OPENING.pattern + r"(?P<they>[Tt]hey)\b")
_SEGMENT_SUBJECT = re.compile(
    r"(?:^|(?<=[,;])\s+|(?<=[\"“(])|(?<=\n))\s*(?P<group>(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[A-Za-z][\w'’.-]*)\s+){0,3}?(?P<noun>[a-z][\w'’-]*s))\s+"
    r"(?:(?:also|now|still|often|already|even|all|both|only|just|never)\s+)?(?P<verb>[a-z]+)\b",
    re.M,
)
"""A plural noun phrase (three words before the noun at most) that opens a sentence or a comma's segment, and the word after it (past one adverb)."""
_NOT_IN_GROUP = frozenset(("IN", "WRB", "WDT", "WP", "CC", "MD", "PRP", "VBZ", "VBP", "TO", "RB"))
"""Lexicon tags (first three letters) of words that open a clause rather than modify a group's noun ("Since voters",
"which holds", "Although customers"); a past form stays ("paid campaign operatives")."""


def _opener_in_group(group: str, lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word before the noun of a plural noun phrase is a clause's opener (`_NOT_IN_GROUP`), not a modifier."""
    return any(str(lexicon.get(word.lower(), ""))[:3] in _NOT_IN_GROUP for word in group.split()[:-1])


def _people_group(group: str, noun: str, lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a plural noun phrase a "they"/"their" may stand for names a group of people or bodies ("Local residents",
    "paid campaign operatives", "Critics"): no clause's opener among its words, and a noun of people (`agent_nouns`, a
    person noun's plural, a doer's form, `plural_people`), not the members who speak for a body (`member_nouns`).
    The one reading of `Names._group_subject` (the pronoun's own sentence) and `Names._group_before` (the one before)."""
    noun = noun.lower()
    w = _words()
    if _opener_in_group(group, lexicon) or noun in w.member_nouns:
        return False
    return noun in agent_nouns() or _names_people(noun) or agentive(noun) or noun in w.plural_people


_OPENING_POINTER = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Now)\s+)?")
_CLAUSE_OPENING = re.compile(r"[,;:—–(]|\b(?:that|who|which|said|says|while|when|because|and|but)\b")


def _noun_like(word: str) -> bool:
    """The tagger's lexicon knows `word` as a noun or adjective ("her rival", "him alone" is not)."""

    return _tagger().lexicon.get(word, "")[:2] in ("NN", "JJ")


_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|is|were|are|could|would|should|will|can|may|might|did|does|must)\b")
"""A finite verb right after a name: the name is the subject of what was said ("thought Mr Smith had
done a good job"), not the object of an opinion."""
_NOT_OPINION_VERBS = frozenset("said say says is was are were be been being has have had do does did".split())
_DESCRIBED_RUN = re.compile(
    r"\s+(?:supporting|backing|opposing|aligned\s+with|allied\s+with|affiliated\s+with|tied\s+to|linked\s+to|loyal\s+to|"
    r"(?:founded|run|created|formed|set\s+up|controlled|funded|financed|led)\s+by)\s+[^,;:.!?()\"“”]{1,80}?(?=,)"
)


def described_run(text: str, end: int) -> int | None:
    """Where a participle phrase that only says which one a description means ends, before a comma
    ("A super PAC supporting Rubio's campaign for the nomination, Conservative Solutions PAC, led"):
    the name set off after it is the description's."""
    found = _DESCRIBED_RUN.match(text, end)
    return found.end() if found is not None else None


_DESCRIBING = re.compile(r"^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s")
_APPOSITION_AFTER = re.compile(r",\s+|\s+[—–]\s+|\s+--\s+")
_APPOSITION_CLOSE = re.compile(r",|\s+[—–]|\s+--")
_APPOSITION_BEFORE = re.compile(r"(?:,|\s[—–]|\s--)\s+$")
_TITLED_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w.&'’-]*\s+(?:to|of|for|and|the|&)\s+$")
_IN_FRAME = re.compile(r"\W*(?:But\s+|And\s+)?In\s+")
_ROLE_TITLES = {
    "senator": r"\b(?:Sen\.|Senator)\s+", "governor": r"\b(?:Gov\.|Governor)\s+", "congressman": r"\b(?:Rep\.|Representative)\s+",
    "congresswoman": r"\b(?:Rep\.|Representative)\s+", "representative": r"\b(?:Rep\.|Representative)\s+",
    "mayor": r"\bMayor\s+", "president": r"\bPresident\s+", "minister": r"\bMinister\s+", "chancellor": r"\bChancellor\s+",
}
"""The title a role noun of a description stands for: "the Vermont senator" is a "Sen." of Vermont."""
_PERSON_PRONOUN = re.compile(r"\b(?:him|her)\b(?!['’]s\b)|\b(?:he|she)\b", re.I)
_OPINION_LEAD = re.compile(
    r"\b(?:say|says|said|believe|believes|believed|think|thinks|thought|feel|feels|felt|expect|expects|agree|agrees|if|whether)"
    r"\s+(?:(?:that|they|he|she)\s+(?:(?:would|will|could|can|do|did|does)\s+)?(?:(?:say|think|believe|feel|expect)s?\s+)?(?:that\s+)?)?$",
    re.I,
)
"""The words before "he"/"she" that make the pronoun the subject of an opinion a poll share holds ("72
percent believe he could win", "say they think she could win", "would be satisfied if he won"): the
share is an opinion of that person, as with an object ("call him competent")."""
_VIEWED_GAP = re.compile(
    r"(?:['’]s)?(?:,?\s+who(?:['’]s)?)?(?:\s+(?:is|was|are|were|be|being|been|has\s+been|have\s+been|had\s+been))?"
    r"(?:\s+(?:also|now|still|widely|generally|only|not|consistently))*\s+"
)
_VIEWED_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he|[Hh]im|[Hh]er)(?:['’]s|\s+(?:is|was|are|were|has\s+been|had\s+been))(?:\s+(?:also|now|still|widely|generally|only|not))*\s+$")
_CANDIDACY_OF = re.compile(
    r"(?<![\w'’])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s?\s+(?:(?:prospective|possible|potential|likely|eventual|presidential)\s+)?"
    r"(?:nomination|candidacy|presidency|victory|win|election)\b"
)
"""A person's candidacy in a poll share's clause ("a negative response to Lee's nomination", "scared by
Trump's candidacy"): the share is an opinion of that person."""
_OPINION_FRAME = re.compile(
    r"[\s\"“‘'(]*(?P<opening>(?:(?:And|But)\s+)?(?:[Ff]or|Among))\s+(?P<name>(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)"
    r"(?:['’]s?)?(?:\s+(?P<backers>voters|supporters|backers|loyalists|fans|camp))?\s*,"
)
"""A sentence opening that sets its poll shares about a person ("For Lee,", "Among Roy voters,")."""
_PRONOUN_CANDIDACY = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er)\s+(?:(?:prospective|possible|potential|likely|eventual|presidential)\s+)?(?:nomination|candidacy|presidency|victory|election)\b"
)
"""A pronoun's candidacy before the colon that lists a poll's shares ("scared by his nomination: 45% of ...")."""
_COLON_SUBJECT = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Still|Meanwhile)\s+)?")
_FARES = re.compile(r"\s+(?:(?:also|only|still|now|even)\s+)?(?:fares|fared|does|did|performs|performed|scores|scored|rates|rated|polls|polled)\b")
"""A candidate opening the clause before a colon with a verb of how they fare in a poll ("Lee fares better:")."""
_TITLED_PLACE = re.compile(
    r"(?<![\w'’])(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Gov\.|Governor|Lt\.\s+Gov\.|Sen\.|Senator|Rep\.|Mayor|Attorney\s+General|Premier)\s+[A-Z]"
)
"""A place opening a person's title ("Florida Gov. Rick Scott", "Ohio Sen. Jane Roe")."""
_TITLED_PLACE_NOUNS = frozenset("state city county province district town borough".split())
"""The places such a title carries: a governor's state, a mayor's city; not "the nation" or "the country"."""
_OUGHT_AFTER = re.compile(r"\s+(?:should|must|ought|needs?\s+to|has\s+to|had\s+to)\b", re.I)
"""What a share says someone ought to do ("said he should be back in the Cabinet") is a view of a
course of action, not of the person: no candidate's support."""


def _inside_quote(text: str, start: int, at: int) -> bool:
    """A quotation opened between `start` and `at` is still open at `at` (its third persons are not
    whoever introduced it)."""
    between = text[start:at]
    return between.count("“") > between.count("”") or "“" not in between and between.count('"') % 2 == 1


_AND_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _qualifies_noun(text: str, end: int) -> bool:
    """A lower-case noun, adjective or gerund follows the name at `end` ("the Florida Republican
    primary", "the October-to-December fundraising quarter"), a model number ("the Kel-Tec PF-9")
    or "and" and another name ("the Belt and Road Initiative"): the name is a modifier or a part,
    not the head of its phrase."""

    if text[end : end + 1] == "-":
        return True  # "the Kel-Tec PF-9 pistol": a model's name and number
    if _AND_NAME.match(text, end):
        return True  # "the Belt and Road Initiative": the first part of a longer name the run cut at "and"
    found = _NEXT_WORD.match(text, end)
    return found is not None and (_tagger().lexicon.get(found.group(1), "")[:2] in ("NN", "JJ") or _tagger().lexicon.get(found.group(1), "") == "VBG")


_OPPONENT_DESCRIBED = re.compile(
    r"\b(?:against|versus|over|beat|beats|beating|defeated|defeats)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:(?=[a-z])[\w-]*(?:champion|qualifier|seed|player|runner-up|holder|favourite|favorite|compatriot|rival|opponent|teenager|veteran)\s+)?$"
)
"""An opponent's name after capitalized modifiers or a role ("victory over US Open champion Svetlana
Kuznetsova", "a win over German qualifier Dieter Kindlmann", "over Hungarian Melinda Czink"): for the
description rule only, which asks whether the sentence before names anyone but its subject and those it beat."""
_MANAGING_BEFORE = re.compile(r"\b(?:boss|manager|coach|chairman|chairwoman|director|owner|agent|trainer|mentor)\s+(?:[A-Z][\w'’.-]*\s+){0,2}$")
"""A role before a name that manages or speaks for players ("Leeds boss Tom Keeling", "new coach Tom Lester"):
an age described after a sentence where such a person talks about another is the other's."""
_RIVAL_PREPOSITION = re.compile(r"(?<![\w'’-])(?:in|at|to|from|into|for|of|with|on|over|against|since)\s+(?:the\s+)?$")
"""A preposition whose object is no rival to a sentence's subject ("in Leeds", "a rally from Moya"); not
"by", whose object may be a passive's agent ("was eliminated by Agustin Calleri")."""
_PLAYING_AGE = 35
_PLAYER_BEFORE = re.compile(
    r"(?i)\b(?:defender|striker|midfielder|goalkeeper|keeper|forward|winger|full-back|centre-back|center-back|playmaker|captain|"
    r"skipper|fly-half|scrum-half|flanker|sprinter|hurdler|jumper|vaulter|thrower|runner|swimmer)\s+(?:[A-Z][\w'’.-]*\s+){0,2}$"
)
"""A playing role right before a name ("defender Sol Campbell", "striker Rob Fenton"): a player, whom an age described in the
next sentence means over a manager or another person named there without such a role."""
"""The oldest age read as a player's rather than a manager's, coach's or owner's."""


_SURNAME_REACH = 8000
"""How far back (characters) a lone surname's fuller mention is looked for: a bounded window keeps
the cost linear in the article's length."""


def _earlier_kind(text: str, low: int, name: Name) -> str:
    """A lone surname's kind from its fuller mention earlier in the article ("Darren Campbell" ...
    "Campbell set"), as the article's whole name list would give it."""
    if name.kind != "name" or " " in name.text:
        return name.kind
    earlier = re.search(rf"(?:[A-Z][a-z]+\.?\s)+{re.escape(name.text)}\b", text[max(0, low - _SURNAME_REACH) : low])
    return kind_of(earlier.group(0)) if earlier is not None else name.kind


def _known_run(words: list[str]) -> bool:
    """The run opens with a place or outlet of two or three words ("South Carolina voters", "North
    Korea said"), which keeps its first word though the lexicon reads that word as an adverb."""
    return len(words) > 1 and any(" ".join(words[:k]) in _known_runs() for k in (2, 3) if k <= len(words))


@lru_cache(maxsize=1)
def _currency_letters() -> frozenset[str]:
    """The letters of currency symbols written before a number ("Rs", "HK" of "HK$", "US" of "US$")."""
    from .units import money

    return frozenset(letters for symbol in money().symbols if (letters := symbol.rstrip("$.")) and letters.isalpha())


def _calendar_day(words: list[str], w: _Words, given_name: Callable[[str], str | None], named: Sequence[Name]) -> bool:
    """A capitalized run that names a day of the calendar ("Labor Day", "Christmas Eve", "Super Tuesday",
    "New Year's", "St Patrick's Day"): its last word is a calendar word; not a person of that surname
    ("Jason Day", or "Day" alone once the text has named him), unless the given name is a holiday's."""
    if not words or _bare(words[-1]) not in w.calendar_heads:
        return False
    if len(words) > 1 and any(_POSSESSIVE.search(word) for word in words[:-1]):
        return True  # "Valentine's Day", "Presidents' Day"
    core = list(words)
    while core and _bare(core[0]) in w.not_names:
        core = core[1:]  # "By Christmas Eve": the run opens with words that are never names
    if len(core) <= 1:
        return not core or len(words) > 1 or not any(name.text.endswith(" " + _bare(core[0])) for name in named)
    return not (len(core) == 2 and given_name(core[0]) in ("male", "female") and core[0] not in w.holiday_names)


_NUMBER_WORD = re.compile(r"(?:Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens)")


def _counts_person(words: Sequence[str], given_name: Callable[[str], str | None]) -> bool:
    """A capitalized number word before a given name ("Six Chris Paterson penalties"): a count of what the
    person's name modifies, no word of the name; a number word before another word stays ("the Six Nations")."""
    return len(words) > 2 and _NUMBER_WORD.fullmatch(words[0]) is not None and given_name(words[1]) is not None


def _names(text: str, capitalized: frozenset[str]) -> list[Name]:
    """Every capitalized run of `text` read as a name, and pairs ("Russia and China") as one more."""

    w = _words()
    found: list[Name] = []
    surnames: dict[str, str | None] = {}
    for match in _RUN.finditer(text):
        start, run = match.start(), match.group(0)
        words = run.split(" ")
        if _calendar_day(words, w, given_name, found):
            continue  # "By Labor Day, he had hired staff", "over New Year's weekend", "by Valentine's Day": a day, not a holder
        before = text[max(0, start - 4) : start].rstrip(" \t")
        opening = not before or before[-1] in ".!?:;“\"‘'(—–-\n"  # a paragraph's first word too
        before = before.rstrip()
        if before[-1:] in ("\"", "'") and before[-2:-1] in (",", ".", "!", "?"):
            opening = False  # '..., " John Smith said': a closing quote, not a sentence's start
        # a capital that only opens a sentence is no name: "Retired neurosurgeon Ben Carson"
        while words and (_bare(words[0]) in w.not_names or opening and words[0] not in capitalized and _common(words[0], len(words) > 1) and not _known_run(words) and not (
            before[-1:] not in ("“", "\"", "‘", "'") and _given_opening(words, given_name)
        ) or _counts_person(words, given_name)):
            start += len(words[0]) + 1
            words = words[1:]
            opening = False
        if opening and len(words) >= 3 and words[0].lower() in w.person_nouns | _SPORT_ROLES and before[-1:] not in ("“", "\"", "‘", "'") and (
            _PERSON_WORD.fullmatch(words[1]) and _PERSON_WORD.fullmatch(words[-1])
        ):
            start += len(words[0]) + 1  # "Sprinter Michelle Collins has lodged an appeal": the role opens the sentence, the person is named after it
            words = words[1:]
        while words and words[0] in ("of", "for", "the"):  # "One of Acme's shares": "One" went, so does "of"
            start += len(words[0]) + 1
            words = words[1:]
        if ("'" in run or "’" in run) and (inner := next((i for i, word in enumerate(words[:-1]) if _POSSESSIVE.search(word)), None)) is not None:
            tail = words[inner + 1 :]
            tail_start = start + len(" ".join(words[: inner + 1])) + 1
            words = words[: inner + 1]  # "Acme's New York-listed shares": the possessor ends the name
            tail_kind, tail_gender, _ = _kind(" ".join(tail), classify, given_name, surnames)
            if tail_kind == "person" and (
                len(tail) > 1 and given_name(tail[0]) in ("male", "female") or tail == tail[-1:] and tail[0] in surnames
            ) and not _COMPOUND_SUFFIX.search(tail[-1]):
                # "the Libertarian Party's Gary Johnson": the person the possessor's name runs into is a name too
                found.append(Name(" ".join(tail), tail_start, tail_start + len(" ".join(tail)), "person", tail_gender))
                surnames[tail[-1]] = tail_gender
        if words and (compound := _COMPOUND_SUFFIX.search(words[-1])):
            words[-1] = words[-1][: compound.start()]  # "the Los Angeles-based firm": the place, not "-based"
        while words and (words[-1] in ("of", "for", "of the", "the", "de") or words[-1] in _POST_NOMINALS and len(words) > 1):
            words = words[:-1]  # "Tom McCabe MSP": letters after a name are not part of it
        if not words or all(_bare(word) in w.not_names for word in words):
            continue
        if len(words) == 1 and words[0] in _currency_letters() and re.match(r"\$?\.?\s?\d", text[start + len(words[0]) :]):
            continue  # "Rs 1,200 crore", "HK$ 5m": a currency's letters, not a name
        if _UNIT_AFTER.match(text, start + len(" ".join(words))):
            continue  # "1.7 billion Canadian dollars", "19 United States cents": a currency's name, not a holder
        surface = " ".join(words)
        surface = _POSSESSIVE.sub("", surface) if surface.endswith(("'s", "’s", "'", "’")) else surface
        if not surface:
            continue
        end = start + len(surface)
        kind, gender, skip = _kind(surface, classify, given_name, surnames)
        if kind == "name" and text[max(0, start - 4) : start] == "the " and not _qualifies_noun(text, end):
            kind = "group"  # "the MoD", "the Tories", "the House": a person's name takes no article, a body's does
        if skip:  # "Florida Sen. Marco Rubio": the person is named after the title
            start += len(" ".join(surface.split()[:skip])) + 1
            surface = surface[len(" ".join(surface.split()[:skip])) + 1 :]
            end = start + len(surface)
            if surface.startswith(("of ", "for ")):  # "Secretary of State Hillary Clinton": the office runs on to the given name
                rest = surface.split()
                given = next((i for i, word in enumerate(rest) if given_name(word) in ("male", "female")), None)
                if given is not None:
                    start += len(" ".join(rest[:given])) + 1
                    surface = " ".join(rest[given:])
                    end = start + len(surface)
        if kind == "person":
            bare = [x for x in surface.split() if x.rstrip(".").lower() not in w.titles]
            if bare:
                surnames[bare[-1]] = gender
        found.append(Name(surface, start, end, kind, gender))
    found = _joined_bodies(text, found)
    # coordinated names: "Russia and China", "Clinton and Sanders"
    pairs = []
    for a, b in zip(found, found[1:]):
        if _PAIR_JOIN.match(text[a.end : b.start]) and a.kind != "pair" and b.kind != "pair" and (
            a.kind == b.kind or "name" in (a.kind, b.kind) and {a.kind, b.kind} <= {"name", "group", "person"}
        ):  # a name the gazetteers could not sort pairs with a person or body beside it ("Talbot Foods and Grange Dairies")
            pairs.append(Name(text[a.start : b.end], a.start, b.end, "pair"))
    return sorted(found + pairs, key=lambda n: (n.start, -n.end))


_SPORT_ROLES = frozenset(
    """sprinter teenager olympian hurdler jumper vaulter thrower walker swimmer cyclist boxer golfer jockey winger prop
    hooker fly-half scrum-half centre flanker lock full-back champion medallist medalist winner captain debutant
    youngster""".split()
)
"""Roles that may open a sentence before the person they name ("Sprinter Michelle Collins", "Fly-half Andy
Goode"), with the lower-case person nouns of holder_references.yml."""
_UNIT_AFTER = re.compile(r"\s+(?:dollars?|cents?|pounds?|euros?|yen|yuan|francs?|rupees?|pesos?|rubles?|roubles?)\b")
_MODAL_OPENINGS = frozenset("will may can must might shall should would could".split())


def _given_opening(words: list[str], given_name) -> bool:  # type: ignore[no-untyped-def]
    """A sentence's first word that the lexicon reads as a verb but is a given name the list is sure of,
    before a surname ("Peter Santilli, a self-styled journalist, was named ...": "peter" is a verb too, so
    the opening step dropped it and the surname alone was no person); not a modal ("Will Clinton ..."), nor
    after a quotation mark, where a title opens ("who wrote “Peter Pan,”")."""
    return len(words) == 2 and words[0].lower() not in _MODAL_OPENINGS and words[1][:1].isupper() and _gender(given_name(words[0])) is not None


_BODY_ENDINGS = frozenset(
    """union unions association company co corporation council commission committee federation institute society
    league board bureau agency foundation trust party services""".split()
)
"""Last words of a body's name that may hold an "and" ("Public and Commercial Services Union", "Henry Holt and Company")."""


def _joined_bodies(text: str, found: list[Name]) -> list[Name]:
    """One body's name the run scan cut at "and"/"&": the first part a body's opening with "of"/"for"
    ("Department for Work and Pensions", "Department of Trade and Industry") or the second part ending in
    a body's word ("Public and Commercial Services Union", "Henry Holt and Company"); not two people, nor
    two places ("England and Wales", which the pairs read)."""
    joined: list[Name] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        company = b is not None and b.text.lower().rstrip(".") in ("company", "co")  # "Henry Holt and Company": a firm named after people
        if b is not None and text[a.end : b.start] in (" and ", " & ") and (company or "person" not in (a.kind, b.kind)) and not (a.kind == b.kind == "place"):
            first, last = a.text.split(), b.text.split()
            opening = len(first) >= 3 and first[0].lower() in _BODY_OPENINGS | {"department"} and first[1] in ("of", "for")
            if opening or last[-1].lower().rstrip(".") in _BODY_ENDINGS and b.kind in ("group", "name"):
                joined.append(Name(text[a.start : b.end], a.start, b.end, "group", None))
                k += 2
                continue
        joined.append(a)
        k += 1
    return joined


def _kind(surface: str, classify, given_name, surnames: dict[str, str | None]) -> tuple[str, str | None, int]:  # type: ignore[no-untyped-def]
    """(kind, gender, how many leading words to drop) of a name as written."""
    w = _words()
    words = surface.split()
    lowered = [x.rstrip(".").lower() for x in words]
    if len(words) >= 2 and lowered[-1] in _PLACE_ENDINGS and lowered[0] not in w.titles:
        return "place", None, 0  # "Long Island", "Orange County", "Silicon Valley": a place by its last word, whatever the first
    if len(words) == 2 and lowered[0] in ("general", "gen") and _common_word(lowered[1]):
        return "group", None, 0  # "General Electric", "General Motors": a company, not a general named Electric
    for k in range(len(lowered) - 2, -1, -1):
        word = lowered[k]
        if word in w.titles:
            rest = words[k + 1 :]
            gender = "female" if word in w.female_titles else "male" if word in w.male_titles else None
            if gender is None and len(rest) > 1:
                gender = _sure_gender(rest[0], given_name)
            honorific = word in w.female_titles or word in w.male_titles or word in ("dr", "prof")
            return "person", gender, k if honorific else k + 1
    if len(words) >= 3 and words[0] in w.party_words:
        rest = " ".join(words[1:])
        kind, gender, skip = _kind(rest, classify, given_name, surnames)
        if kind == "person" and given_name(words[1]) is not None:
            return "person", gender, skip + 1  # "Republican Jeb Bush", "Libertarian Gary Johnson": the party says what he is
    if surface in w.places:
        return "place", None, 0
    kind = classify(surface)
    if kind == "person":
        return "person", _sure_gender(words[0], given_name), 0
    if kind in ("organization", "outlet"):
        return "group", None, 0
    if kind == "place":
        return "place", None, 0
    if len(words) == 1 and words[0] in surnames:
        return "person", surnames[words[0]], 0
    if kind is None and len(words) >= 3 and lowered[0] in _BODY_OPENINGS and lowered[1] in ("of", "for"):
        return "group", None, 0  # "Association of Flight Attendants", "Department for Work and Pensions": a body by its first word
    if len(words) == 2 and kind is None and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", words[1]) and _given_and_surname(words):
        return "person", _sure_gender(words[0], given_name), 0  # "Bill Gates": read by the gazetteer as a bill
    return "name", None, 0


_PLACE_ENDINGS = frozenset("island islands county valley peninsula coast".split())


def _common_word(word: str) -> bool:
    """A word the tagger's lexicon knows as a common noun or adjective ("electric", "motors")."""

    return _tagger().lexicon.get(word, "")[:2] in ("NN", "JJ")


_BODY_OPENINGS = frozenset(
    """association ministry bank university institute council committee commission federation union office
    society league board bureau agency college foundation confederation court fund""".split()
)
"""First words of a body's name written "X of/for ..." ("Association of Flight Attendants")."""


def kind_of(words: str) -> str:
    """"person", "group", "place" or "name" for a name as written ("Janet Yellen", "Florida Sen.
    Marco Rubio", "the Home Office")."""

    surface = re.sub(r"^(?:the|The)\s+", "", words.strip())
    surface = _POSSESSIVE.sub("", surface) if surface.endswith(("'s", "’s", "'", "’")) else surface
    return _kind(surface, classify, given_name, {})[0] if surface else "name"


def _given_and_surname(words: list[str]) -> bool:
    """Two words the gazetteer left unread that are a given name the list is sure of and a surname:
    not a place's name ("Virginia Tech") nor a word the gazetteer keeps from persons ("Grace Church",
    "Victoria Station"; "Bill" is kept from persons only as a law's name, which it ends)."""

    if words[1] in _NOT_PERSON or words[1] in ("City", "County", "Park", "Hall", "House", "College", "University", "Tech", "Institute", "Center", "Centre"):
        return False
    if any(word in _one_word_places() or word in _words().places for word in words):
        return False  # "Virginia Tech", "Jason Scotland" (a surname that is a place: left to the gazetteer)
    return _sure_gender(words[0], given_name) in ("male", "female")


def _sure_gender(word: str, given_name) -> str | None:  # type: ignore[no-untyped-def]
    """The gender the given-name list gives ("Hillary": female), marked "?" for a name it only calls
    mostly one ("Bernie", "Mary", "Kim": "female?"): a pronoun of the other gender may stand for such a
    name when no name fits it, before one the list is sure of ("his" after "Bernie Sanders" and
    "Hillary Clinton")."""
    gender = _gender(given_name(word))
    if gender is not None:
        if _name_detector().get_gender(word).startswith("mostly"):
            return gender + "?"
    return gender


def _gender(value: str | None) -> str | None:
    return value if value in ("male", "female") else None


def _adjective(words: str) -> bool:
    """A one-word name the lexicon knows as an adjective ("Democratic", "Republican"): a kind of thing
    ("Republican candidates"), not its owner."""

    if " " in words:
        return False
    known = _tagger().lexicon.get(words.lower())
    if known is None:  # a word the lexicon lacks is an adjective by its ending ("Olympic", "Paralympic"), unless a given name ("Dominic")

        return words.lower().endswith("ic") and len(words) > 4 and given_name(words) is None
    return known.startswith("JJ")


def adjective_by_ending(word: str) -> bool:
    """An adjective by its ending alone, one the lexicon lacks ("Olympic"): no party that may own the
    noun after it ("an Olympic record of 12.37", unlike "Republican turnout")."""

    return " " not in word and _tagger().lexicon.get(word.lower()) is None and _adjective(word)


_OPENING_CAPITAL = re.compile(r"[A-Z](?<![\w'’-].)[a-z]+(?![\w'’-])")
"""A plain capitalized word (no possessive or hyphen after it): the shape of a one-word name. (The
look back comes after the capital, so the scan skips to capitals: over twice as fast.)"""
_INSIDE_STEM = re.compile(r"([A-Z](?<=[a-z0-9,;’'] .)[a-z]+)(?:['’]s?|-[a-z]+)(?= [a-z])")
"""A capitalized word inside a sentence written as a possessive or a compound before a lower-case
word ("voted for Labour's plans", "a Wales-based firm"): the stem is a name. (Capital first, as above.)"""
_HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


@lru_cache(maxsize=1)
def _one_word_places() -> frozenset[str]:
    """One-word places of the gazetteers: countries, their short names, regions, cities and states."""

    return frozenset(p for p in (*gazetteers()["places"], *_words().places) if " " not in p and "." not in p)


@lru_cache(maxsize=1)
def _known_runs() -> frozenset[str]:
    """Places and outlets of two or three words ("South Carolina", "North Korea", "New York"): read
    whole when they open a sentence, though their first word alone is an adverb or a verb."""

    g = gazetteers()
    return frozenset(p for p in (*g["places"], *g["outlets"], *_words().places) if 2 <= len(p.split()) <= 3)


def _headline_names(headline: str) -> frozenset[str]:
    """Capitalized words standing alone past the first word of a headline written in sentence case
    ("Wenger dejected as Arsenal slump"), not the parts of a longer name ("UK Athletics chief",
    "World Cup stars"); none from a title-cased headline ("Cruz Has To Come A Long Way"), where a
    capital says nothing."""
    title = headline.split(":", 1)[-1]  # "Profile: David Blunkett": the word after a label opens it too
    found = list(_HEADLINE_WORD.finditer(title))
    words = [m.group(0) for m in found]
    long = [word for word in words[1:] if len(word) > 3]
    if not long or sum(word[:1].islower() for word in long) * 2 < len(long):
        return frozenset()
    capital = [word[:1].isupper() for word in words] + [False]
    return frozenset(
        _POSSESSIVE.sub("", word)
        for k, word in enumerate(words)
        if k > 0 and capital[k] and not capital[k - 1] and not capital[k + 1] and title[found[k].start() - 1] not in "'‘\"“"
    )  # a capital after a quote opens the quotation ("eliminated from 'Dancing with the Stars'")


def article_capitals(body: str, headline: str = "") -> frozenset[str]:
    """The words an article writes as names: those it capitalizes inside a sentence
    (`syntax.capitalized_inside`), and those it writes capitalized only where a sentence opens
    ("Wales has cut ...", "Arsenal were beaten") when other evidence says they are names: the
    article writes them inside a sentence as a possessive or compound ("Labour's plans",
    "a Wales-based firm"), the gazetteers know them as a place ("China", "Turkey"), or a headline
    in sentence case capitalizes them past its first word. A common word opening a sentence
    ("Smaller groups ...", "Statistics showed ...") has none of these and stays a common word."""

    capitalized = capitalized_inside(body)
    lexicon = _tagger().lexicon
    stems = {m.group(1) for m in _INSIDE_STEM.finditer(body) if not lexicon.get(m.group(1).lower(), "").startswith("NNS")}
    headline_names = _headline_names(headline) if headline else frozenset()
    places = _one_word_places()
    found = {
        word
        for word in set(_OPENING_CAPITAL.findall(body)) - capitalized
        if (word in stems or word in places or word in headline_names) and _common(word)
    }
    return capitalized | found if found else capitalized
