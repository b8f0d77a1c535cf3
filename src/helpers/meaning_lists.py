"""Figures read together across one sentence: shares of one list that carry a group, a holder or a subject to their siblings, parts of a whole, "respectively", a frame that covers later figures, a figure compared with or appended to an earlier one, a range's whole and a colon's group."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase
from .meaning_words import _DASHES, _DISTANCE, _SAYING, _holds, _names_people, _opening_subject
from .syntax import FINITE_TAGS, Chunk

if TYPE_CHECKING:
    from .meaning import _Reader


def _gapped_series_noun(reader: _Reader, index: int, figures: Sequence[tuple[int, int, str, Sequence[str]]], meanings: Sequence[Meaning]) -> Phrase | None:
    """The noun a list of counts written once, after its last member ("about 200 Catholic, 150 Methodist and 40
    Quaker schools", "30 Welsh, 12 Scottish or five English clubs"): each bare number is followed by its own
    modifiers (adjectives or capitalised words, one to three) and a comma or "and"/"or", the list goes on figure
    by figure and ends, after "and"/"or", in a count whose own words carry the plural noun."""
    k = index
    for _ in range(8):
        j = k + 1
        while j < k + 4 and reader.tag(j) in ("JJ", "NNP", "NNPS") and reader.word(j) not in ("and", "or"):
            j += 1
        if j == k + 1 or reader.word(j) not in (",", "and", "or") or reader.tag(j + 1) != "FIG":
            return None
        k = j + 1
        member = reader.tokens[k].figure
        if not 0 <= member < len(figures):
            return None
        if figures[member][2] == "count":
            found = meanings[member].subject
            if reader.word(j) not in ("and", "or") or found is None or not reader.tokens[k].start <= found.start < found.end <= reader.tokens[k].end:
                return None
            noun = found.text.split()[-1]
            if not noun.isalpha() or not noun.islower():
                return None
            return Phrase(noun, found.end - len(noun), found.end)
        if figures[member][2] != "number" or "unit_missing" not in figures[member][3]:
            return None
    return None


def _compared_with(reader: _Reader, index: int, figures: Sequence[tuple[int, int, str, Sequence[str]]], index_of: Sequence[int], n: int) -> int | None:
    """The figure of the same kind earlier in the sentence that figure `n` is the base of, when it is
    written as one after a comma ("..., up from 60%", "..., compared with $3bn", "..., versus 41%") with no
    finite verb between: the two measure the same thing."""
    before = reader.skip_qualifier(index - 1)
    while reader.word(before) in ("just", "only", "a", "mere") and reader.tag(before) in ("RB", "DT", "JJ"):
        before = reader.skip_qualifier(before - 1)  # "..., compared with just 1 percent", "..., against a mere 2%"
    word = reader.word(before)
    k = before - 1
    moved = word == "from" and reader.word(k) in ("up", "down")
    if moved:
        k -= 1
    elif word == "from" and reader.word(k) == "," and reader.tag(k - 1) == "FIG":
        moved = True  # "to yield 2.252%, from 2.293%": the same measure's earlier level, right after it
    elif word in ("with", "to") and reader.word(k) == "compared":
        k -= 1
    elif word not in ("versus", "vs", "vs.", "against"):
        return None
    if reader.word(k) != ",":
        return None
    for m in range(n - 1, -1, -1):
        fraction = figures[m][2] == "number" and figures[n][2] == "percent" and 0 <= index_of[m] and (
            reader.tokens[index_of[m]].lower.split("-")[-1].split()[-1] in fp.FRACTION_NOUNS | {"halves"}
        )  # "a fifth of all contributions ..., compared with just 1 percent in 2010": both shares
        if (_comparable_kinds(figures[m][2], figures[n][2]) or fraction) and 0 <= index_of[m] < index:
            if any(
                (reader.tag(j) in FINITE_TAGS and not moved and not (reader.word(j) in _SAYING and reader.word(j + 1) == ","))
                or reader.word(j) in (";", ":")
                for j in range(index_of[m] + 1, index)
            ):
                return None  # "..., up from 1 in 10" is the base of the clause's figure past its verb ("1 in 4 residents lived ..."); a "..., the group said," between is no verb of the clause
            return m
    return None


def _comparable_kinds(earlier: str, base: str) -> bool:
    """Whether a base of comparison of kind `base` can be of the same measure as an earlier figure of
    kind `earlier`: the same kind, or a bare number after a count whose noun it leaves unsaid ("160
    officers, up from 90 last year")."""
    return earlier == base or (earlier, base) == ("count", "number")


def _appended_change(reader: _Reader, index: int, index_of: Sequence[int], n: int) -> int | None:
    """The figure a change set off by a comma reports on: "$700m in revenue, up 4%", "$2.6bn last year, a
    5% drop from 2014" (the figure before the comma, with no finite verb between)."""
    before = reader.skip_qualifier(index - 1)
    if reader.word(before) in ("up", "down"):
        before -= 1
    elif reader.tag(index + 1) in ("JJR", "RBR") and reader.word(index + 1) in fp.COMPARATIVE_CHANGES and reader.word(before) in _DASHES | {","}:
        pass  # "£50bn - 14% higher than planned", "$2bn, 5% more than in 2014": how far the figure before is above another
    else:
        own = reader.chunk(index)
        if own is None or own.last <= index or reader.word(own.head) not in fp.CHANGE_NOUNS or own.first > index - 1 and reader.word(own.first) not in ("a", "an"):
            return None
        before = own.first - 1
    if reader.word(before) != "," and not (reader.word(before) in _DASHES and reader.tag(index + 1) in ("JJR", "RBR")):
        return None
    earlier = n - 1
    if index_of[earlier] < 0 or index_of[earlier] >= before or any(reader.word(j) in (";", ":") or reader.tag(j) == "FIG" for j in range(index_of[earlier] + 1, before)):
        return None
    if any(reader.tag(j) in FINITE_TAGS for j in range(index_of[earlier] + 1, before)) and not _opening_subject(reader, index_of[earlier]):
        return None
    return earlier


_RANGING = frozenset(("ranging", "ranged", "varying", "varied"))


def _ranged_whole(reader: _Reader, index: int, kinds: Sequence[str], n: int, meanings: Sequence[Meaning]) -> Meaning | None:
    """What a figure after ", ranging from" measures: the noun before the comma ("tariffs, ranging from
    5% to 25%"), or the same kind of figure there ("an average of 13% across states, ranging from a low
    of 4% to a high of 25%"), not the words inside the range ("a low", "Mississippi")."""
    k = index - 1
    while k >= 0 and index - k < 12 and reader.word(k) not in _RANGING:
        if reader.tag(k).startswith("VB") or reader.word(k) in (",", ";", ":", "(", ")"):
            return None
        k -= 1
    if k < 2 or reader.word(k) not in _RANGING or reader.word(k + 1) not in ("from", "between") or reader.word(k - 1) != ",":
        return None
    chunk = reader.chunk(k - 2)
    if chunk is None or chunk.last != k - 2 or reader.tokens[chunk.head].tag not in ("NN", "NNS"):
        return None
    return reader.described(chunk)


def _share_siblings(reader: _Reader, figures: Sequence[tuple[int, int, str, Sequence[str]]], index_of: Sequence[int], meanings: list[Meaning]) -> None:
    """"$544bn -- $105bn more than last year, and $130bn more", "63% of respondents thought ... and
    61% that ...": a figure whose structure names nothing it measures measures what the figure of
    the same kind before it in the sentence measures."""
    for n, (_, _, kind, flags) in enumerate(figures):
        found = meanings[n]
        if found.subject is None and "age" not in flags and n + 1 < len(figures) and index_of[n + 1] > index_of[n] >= 0 and meanings[n + 1].subject is not None:
            between = range(index_of[n] + 1, index_of[n + 1])  # "fell by 50,000 to 1.4 million": both ends of one change
            if all(reader.word(k) in ("to", "from") or reader.tag(k) in ("RB", "JJR", "TIME") for k in between) and any(
                reader.word(k) in ("to", "from") for k in between
            ):
                meanings[n] = replace(found, subject=meanings[n + 1].subject, carry=None if found.carry in ("share", "count") else found.carry)
                continue
        if found.subject is None and found.carry == "share" and index_of[n] >= 0:
            # "19 percent support in Ohio, 17 percent in Iowa": a list of shares with no verb between goes on
            # measuring what its first measured
            for m in range(n - 1, -1, -1):
                if figures[m][2] == kind and index_of[m] >= 0 and "age" not in figures[m][3]:
                    if meanings[m].subject is not None and not any(
                        reader.tag(k) in ("VBD", "VBZ", "VBP", "MD", "VBG") or reader.word(k) in (";", ":", "(", ")")
                        for k in range(index_of[m] + 1, index_of[n])
                    ):
                        meanings[n] = replace(found, subject=meanings[m].subject, share=meanings[m].share, carry=None)
                    break
            continue
        if found.subject is not None or found.carry in ("share", "count") or "age" in flags or index_of[n] < 0:
            continue
        if kind == "quantity" and reader.race_named(index_of[n]):
            continue  # "champion Kelly Holmes is taking part in the 1000m": the race run, no sibling's thing
        after = index_of[n] + 1
        if reader.word(after) in ("for", "from", "on") or reader.tag(after) in ("VBN", "VBD"):
            continue  # "£5,000 for presenting ...", "the $73m raised": its own (verb-only) measure
        if reader.own_subject(index_of[n]):
            continue  # "..., while homeowners support Clinton by 17 points": its clause names its own subject
        for m in range(n - 1, -1, -1):
            if figures[m][2] == kind and "age" not in figures[m][3]:
                if meanings[m].subject is not None:
                    if kind == "money" and index_of[m] >= 0 and _own_money_verb(reader, index_of[m], index_of[n]):
                        break  # "took in $5m in donations, but it spent $3m": a verb of its own whose measure is only the verb
                    parallel = reader.parallel_name(index_of[m], index_of[n], meanings[m].subject)
                    # "The Dow fell 102 points, while the Nasdaq lost 1.85 points": the second clause's own
                    # name takes the place the first clause's name held, it does not inherit it
                    if parallel is None and reader.other_named_subject(index_of[m], index_of[n]):
                        break  # "Apple would owe $65bn in taxes; Nike holds $10.7bn offshore": Nike's sum is no tax
                    meanings[n] = replace(found, subject=parallel or meanings[m].subject, share=meanings[m].share)
                break


def _own_money_verb(reader: _Reader, earlier: int, index: int) -> bool:
    """A sum hangs on a verb of having, getting, giving or spending of its own (holders' holding verbs), not
    the verb of the earlier sum of its sentence: "The firm made $3m in profit and paid $1m to shareholders"
    measures no profit with the $1m (the guideline's "the measure is only a verb")."""
    verb, _ = reader.clause_verb(index)
    if verb < 0 or verb < earlier or not reader.tag(verb).startswith("VB") or not _holds(reader.word(verb)):
        return False
    before, _ = reader.clause_verb(earlier)
    return before != verb


def _parallel_to(reader: _Reader, first: int, second: int) -> bool:
    """Whether two figures stand in parallel phrases, each followed by the same preposition and its
    object and joined by "and"/"or" ("$50,000 for individuals and $100,000 for couples", "12% in
    May and 14% in June"): the second says how much for another case of what the first measures."""
    if first < 0 or second <= first or reader.word(first + 1) not in _PARALLEL_LINKS or reader.word(second + 1) != reader.word(first + 1):
        return False
    object_ = reader.chunk(first + 2)
    return object_ is not None and object_.first == first + 2 and object_.last == second - 2 and reader.word(second - 1) in ("and", "or")


_PARALLEL_LINKS = frozenset(("for", "in", "among", "to", "on"))


def _share_holders(reader: _Reader, index_of: Sequence[int], meanings: list[Meaning], ages: Sequence[bool] = ()) -> None:
    """"His interests include £20,000 from articles and fees of up to £35,000 for four speeches":
    figures of one clause with no verb between them have one holder; a figure whose own reading
    found none takes the one before it (or the pronoun that stands for it). An age (`ages`: which figures are)
    is someone's own: it takes no holder from an amount before it ("debt relief for the poorest countries, a
    minimum wage for 16 and 17-year-olds")."""
    for n in range(1, len(meanings)):
        found, before = meanings[n], meanings[n - 1]
        here, there = index_of[n], index_of[n - 1]
        if found.holder is not None or found.carry is not None or found.pointer is not None or found.share or here < 0 or there < 0:
            continue
        if n < len(ages) and ages[n] and not ages[n - 1]:
            continue
        if before.holder is None and not (before.carry_holder and before.pointer is not None):
            continue
        if reader.clause[here] != reader.clause[there] or any(reader.tag(k) in FINITE_TAGS for k in range(there + 1, here)):
            continue
        meanings[n] = replace(found, holder=before.holder, pointer=before.pointer, carry=found.carry or (before.carry if before.carry_holder else None), carry_holder=before.carry_holder)


_PART_SHARE = re.compile(r"(?i)(?:half|(?:a|one|two|three|four)[- ](?:third|quarter|fifth|tenth)s?|(?:one|two|three|four|five|six|seven|eight|nine) in (?:five|ten|10|\d+))")
"""A share written in words ("half", "two-thirds", "one in five"), read as a number: a part of a whole as a percentage is."""

_PART_OPENERS = frozenset(("while", "whereas", "because", "though", "although", "as", "if", "since", "when", "but", "so", "where", "and"))
"""Words after which a new clause, and so its subject, opens ("..., while the March states account for ...")."""


def _part_holders(reader: _Reader, index_of: Sequence[int], kinds: Sequence[str], meanings: list[Meaning]) -> None:
    """"Women make up 41 percent of the workforce", "the March states account for more than half of the delegates": a
    share of a whole ("of" after it) that a verb of composition gives (`holders.part_verb`) is held by the people, places
    or bodies the clause's subject names, over none or a name inside the whole ("8% of the United Kingdom population")."""
    for n, index in enumerate(index_of):
        if index < 0 or reader.word(index + 1) != "of" or not (kinds[n] == "percent" or _PART_SHARE.fullmatch(reader.tokens[index].text)):
            continue
        found = meanings[n].holder
        if found is not None and found.start < reader.tokens[index].start:
            continue  # a holder before the share already says whose it is
        measured = meanings[n].subject
        if (subject := _part_subject(reader, reader.skip_qualifier(index - 1))) is not None and not (
            measured is not None and subject.start <= measured.start < subject.end
        ):  # (not when the share was read as measuring the subject itself, as agent_holder does)
            meanings[n] = replace(meanings[n], holder=subject, pointer=None, carry_holder=False)


def _part_subject(reader: _Reader, k: int) -> Phrase | None:
    """The subject of the verb of composition that ends at `k` ("make up", "represents"), when it names people, places
    or bodies: past a relative clause or a phrase with a preposition after its noun ("The first four states that vote
    represent", "Whites without a college degree made up"), never a pronoun or a thing ("consumer spending accounts for")."""
    from .holders import names_part, part_verb  # holders imports this module

    while k > 0 and (reader.tag(k) == "RB" or reader.word(k) in ("just", "only", "about", "some", "roughly", "nearly", "almost")):
        k = reader.skip_qualifier(k - 1)  # "made up just 36 percent", "represent only 4%"
    if k >= 1 and part_verb(f"{reader.word(k - 1)} {reader.word(k)}"):
        verb = k - 1
    elif part_verb(reader.word(k)):
        verb = k
    else:
        return None
    last = verb - 1
    while last >= 0 and (reader.tag(last) in ("RB", "MD") or reader.word(last) in ("will", "would", "could", "can", "may", "might", "now", "still", "together")):
        last -= 1
    for _ in range(3):  # back over a relative clause ("that vote") or a preposition's phrase ("without a college degree")
        chunk = reader.chunk(last)
        if chunk is None:
            return None
        first = chunk.first
        if reader.word(first) in ("that", "who", "which") and reader.tag(first - 1) in ("NN", "NNS", "NNP", "NNPS", "FIG") and not (
            reader.word(first) == "that" and reader.tag(chunk.head) in ("NNS", "NNPS", "NNP")
        ):  # (but "Survey show that women represented": a complement whose subject is plural or a name, the tagger's noun before it)
            last = first - 1
        elif reader.tag(first - 1) == "IN" and reader.word(first - 1) not in _PART_OPENERS and reader.chunk(first - 2) is not None and reader.word(first - 1) != "that":
            last = first - 2
        else:
            break
    else:
        return None
    if reader.word(first) == "that" and first < last:
        first += 1  # "show that women represented": the complement's subject
    if reader.word(first - 1) in ("and", "or") and (other := reader.chunk(first - 2)) is not None and reader.tag(other.last) in ("NNS", "NNPS", "NNP"):
        first = other.first  # "blacks and Hispanics make up": both
    if reader.word(first) in ("a", "an") or reader.tag(last) in ("PRP", "PRP$", "TIME") or reader.tag(first - 1) in ("IN", "TO") and reader.word(first - 1) not in _PART_OPENERS | {"that"}:
        return None
    token = reader.tokens[last]
    head = token.lower.split()[-1]
    if not (token.proper or names_part(head)):
        return None
    return reader.phrase(first, last)


def _respectively(text: str, meanings: list[Meaning]) -> None:
    """"Ben Carson and Ted Cruz raised $23m and $20m, respectively": figures that share a holder
    naming as many people as there are figures take one name each, in order."""
    groups: dict[tuple[int, int], list[int]] = {}
    for n, found in enumerate(meanings):
        if found.holder is not None:
            groups.setdefault((found.holder.start, found.holder.end), []).append(n)
    for (start, end), members in groups.items():
        parts = [m for m in re.finditer(r"[^,&]+?(?=\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*|$))", text[start:end]) if m.group(0).strip()]
        parts = [m for m in parts if m.group(0).strip() not in ("and",)]
        if len(members) < 2 or len(parts) != len(members):
            continue
        for n, part in zip(members, parts):
            words = part.group(0)
            words = re.sub(r"^\s*(?:and\s+)?", "", words)
            offset = start + part.end() - len(words)
            meanings[n] = replace(meanings[n], holder=Phrase(words, offset, offset + len(words)))


_RELATIVES = frozenset(("when", "where", "which", "who", "whom", "whose"))

_REPORTING_TURNS = _SAYING | frozenset("noting saying adding arguing warning claiming".split())
"""Words that turn from one clause to a speaker's or another report: a frame before them governs none of the figures after."""


def _reporting_turn(reader: _Reader, j: int) -> bool:
    """A verb of saying set off as a report (", Mr. Biden added,", "noting that", ", he said"), not a
    verb of the clause itself ("we have added 1 million jobs")."""
    if reader.word(j) not in _REPORTING_TURNS:
        return False
    return reader.word(j - 1) in (",", "''", "”", '"') or reader.word(j + 1) in (",", "that", ".") or reader.tag(j - 1) in ("NNP", "NNPS", "PRP")


_AFTER_CLAUSE = frozenset(("but", "and", "or", "while", "whereas", "a", "an"))
"""Words that open, after a comma, a new clause or a comment on the clause before ("..., but", "..., a prediction which")."""


def _framing(reader: _Reader, index: int, others: Sequence[tuple[int, Meaning]]) -> Meaning:
    """A duration inside a time phrase ("over the next five years") frames its clause: it takes
    the subject and holder of the clause's nearest figure, and the phrase itself as its time."""
    time = reader.phrase(index, index)
    same = [
        (index - k, m) for k, m in others
        if k >= 0 and reader.clause[k] == reader.clause[index] and reader.tag(k) == "FIG" and (m.subject or m.holder or m.carry not in (None, "count"))
        and not any(reader.word(j) in _RELATIVES or _reporting_turn(reader, j) for j in range(min(k, index), max(k, index)))
    ]  # (not past a speaker's words: "For the past 40 years, overtime protections have been weakened, Mr. Biden added, noting that 60 percent ...")
    if same:  # a frame after figures governs them ("raise £4bn over 10 years, then save 5m lives"); one before, those after
        # (also "Ten years ago, half a million properties ...": the distance dates the figure it frames)
        _, nearest = min(same, key=lambda pair: (pair[0] < 0, abs(pair[0])))
        return Meaning(nearest.subject, nearest.holder, time, nearest.carry, nearest.carry_holder)
    if time is not None and _DISTANCE.search(time.text):
        time = None  # "the event was two weeks ago": a distance in time that frames no figure dates an event
    before = _thing_before(reader, index)
    if before is not None and reader.tokens[before.head].lower == "time" and before.head == index - 1:
        return Meaning(time=time)  # "for the first time in 25 years", "its second time in three years": how long since, no thing
    if before is not None:  # "the pace set four years ago", "public borrowing would fall over the next five years"
        found = reader.described(before)
        if found.subject is not None:  # (with its possessive pronoun as holder: "Its business has tripled over the last three years")
            return Meaning(found.subject, found.holder, time, found.carry, found.carry_holder)
    verb = next((k for k in range(index - 1, -1, -1) if reader.tag(k) in FINITE_TAGS and reader.clause[k] == reader.clause[index]), -1)
    subject = reader.verb_subject(verb) if verb >= 0 else None
    if subject is not None and reader.tokens[subject.head].tag in ("NN", "NNS"):
        found = reader.described(subject)  # "The last comprehensive tax overhaul in the United States came 30 years ago"
        if found.subject is not None:
            return Meaning(found.subject, found.holder, time, found.carry, found.carry_holder)
    comma = next((k for k in range(index - 1, -1, -1) if reader.word(k) == ","), -1)
    relative = comma >= 0 and reader.word(comma + 1) in ("who", "which")  # ", who was runner-up at the Europeans three years ago,"
    for k in range(index + 1, len(reader.tokens)):
        if reader.word(k) in ("whether", "if") and reader.tag(k) == "IN":
            break  # "he would know in six months whether he could broker a deal": a question the frame does not reach
        if reader.word(k) == "," and (relative or verb >= 0 and reader.word(k + 1) in _AFTER_CLAUSE):
            break  # the frame inside a relative clause set off by commas does not reach the main clause after it, nor does a
            # frame that ends a clause with its own verb reach a comment or a new clause after its comma ("He expects it to be
            # lifted over the next six months, a prediction which ...", "The Games ended four years ago, but the chief said ...")
        if reader.tag(k).startswith("VB") or reader.tag(k) == "MD":
            subject = reader.verb_subject(k)
            thing = _object_after(reader, k)  # "Over the last two weeks, Clinton made numerous stops": the stops
            if subject is not None and reader.tokens[subject.head].tag not in ("PRP", "FIG"):
                if reader.tokens[subject.head].proper:  # whose time
                    return Meaning(thing.subject if thing else None, reader.holder_of(subject), time)
                meaning = reader.described(subject)
                return Meaning(meaning.subject, meaning.holder, time)
            if thing is not None and subject is not None and reader.tokens[subject.head].tag == "PRP":
                return Meaning(thing.subject, None, time)  # "In the last four months I never saw any cheques"
            break
    return Meaning(time=time)


_FOR_WHOM = frozenset(("for", "to", "against"))
"""Prepositions that put a person after a thing said of them ("bad news for Kasich", "a blow to Ms Lee")."""


def _said_of_person_before(reader: _Reader, subject: Phrase, index: int) -> bool:
    """The subject is a thing said of a person whose name a relative clause on "who" follows, and the figure is in
    that clause ("The results are bad news for John Kasich, who is in third place with 24 percent"): "who" stands for
    the person, so the figure measures nothing of the thing. Not after other prepositions ("the senator from
    Minnesota who", "an employee on Long Island, who": a place, not whom "who" stands for)."""
    last = reader._token_at(subject.end, ending=True)
    if reader.tokens[last].end != subject.end or reader.word(last + 1) not in _FOR_WHOM:
        return False
    name = reader.chunk(last + 2)
    if name is None or name.first != last + 2 or not reader.tokens[name.head].proper or reader.word(name.last + 1) != "," or reader.word(name.last + 2) != "who":
        return False
    return name.last + 2 < index and not any(reader.word(k) in (",", ";", ":") or reader.tag(k) == "FIG" for k in range(name.last + 3, index))


_SPAN_PREPOSITIONS = frozenset(("in", "within"))
"""Prepositions of a span a count was reached in ("two tries in four minutes", "a million posts within 24 hours")."""


def _counted_in_span(reader: _Reader, index: int, earlier: int, counted: Meaning) -> Phrase | None:
    """A duration after "in"/"within" that ends the noun phrase of the count before it, with no verb or comma
    between ("scored two tries in four minutes", "one million tweets with the tag in 10 hours"): the span frames
    that count and measures what it counts (guideline: a framing duration takes the subject of what it frames)."""
    if not 0 <= earlier < index or reader.tag(index) != "FIG" or reader.tag(earlier) != "FIG" or counted.subject is None:
        return None
    at = reader.skip_qualifier(index - 1)
    at -= reader.word(at) in ("just", "only")  # "in just eight minutes"
    if reader.word(at) not in _SPAN_PREPOSITIONS or counted.subject.end > reader.tokens[at].start or counted.subject.start < reader.tokens[earlier].start:
        return None  # (only the count's own noun, after it: "Smith, who won 10 titles, retired in six months" is no span of the titles)
    if any(reader.tag(k).startswith("VB") or reader.tag(k) in ("MD", "FIG", "TIME") or reader.word(k) in (",", ";", ":", "(", ")", "and", "or", "but") for k in range(earlier + 1, at)):
        return None
    return counted.subject if reader.word(index + 1) not in ("of", "-", "–") else None


def _object_after(reader: _Reader, verb: int) -> Meaning | None:
    """The common noun phrase right after a verb group (its object), as a meaning, or None."""
    k = verb + 1
    while reader.tag(k) in ("RB", "VBN", "VBD", "VB") or reader.word(k) in ("not", "n't"):
        k += 1
    chunk = reader.chunk(k)
    if chunk is None or chunk.first != k or reader.tokens[chunk.head].tag not in ("NN", "NNS"):
        return None
    found = reader.described(chunk)
    return found if found.subject is not None else None


def _thing_before(reader: _Reader, index: int) -> Chunk | None:
    """The nearest noun phrase before token `index` in its clause that names a thing (no name, no
    pronoun, no figure): what a time phrase after it dates or frames."""
    k = index - 1
    while k >= 0 and index - k <= 10 and reader.clause[k] == reader.clause[index]:
        if reader.word(k) in (",", ";", ":", "(", ")") or reader.tag(k) == "FIG":
            return None
        chunk = reader.chunk(k)
        if chunk is not None and chunk.last == k and reader.word(chunk.first - 1) == "to" and chunk.first == chunk.last:
            k = chunk.first - 1  # "would continue to fall over the next five years": a verb, not a thing
            continue
        if chunk is not None and chunk.last == k:
            head = reader.tokens[chunk.head]
            if head.tag in ("NN", "NNS") and not head.proper:
                return reader.base_of(chunk)
            if head.tag in ("PRP", "NNP", "NNPS", "TIME") or head.proper:
                return None
        k -= 1
    return None


def _listing_colon(reader: _Reader, index: int) -> int | None:
    """The colon a share's list opens after ("...: 15% enthusiastic and 24% satisfied"): the nearest colon before
    the figure, at most 12 tokens before it, with no sentence's end (".", "!", "?") or semicolon and no finite verb
    between; any other token may stand there (figures, words, commas)."""
    k = index - 1
    while k >= 0 and reader.word(k) != ":":
        if reader.word(k) in (";", ".", "!", "?") or reader.tag(k) in FINITE_TAGS:
            return None
        k -= 1
    return k if k >= 0 and k >= index - 12 else None


_COLLECTIVE_PEOPLE = frozenset("generation public electorate population youth".split())
"""Singular nouns for a people whose shares a poll reports ("the rising generation tends to ...: 53% say ...")."""


def _colon_group(reader: _Reader, colon: int) -> Phrase | None:
    """The people the clause before a colon is about, when its subject is a plural common noun naming people or a
    collective ("Older renters hold mixed views:", "the rising generation tends to hold liberal views:"); no poll."""
    verb = next((k for k in range(colon - 1, -1, -1) if reader.tag(k) in FINITE_TAGS), -1)
    if verb < 0 or any(reader.word(k) in (":", ";") for k in range(verb, colon)):
        return None
    subject = reader.verb_subject(verb)
    if subject is None or reader.tokens[subject.head].proper:
        return None
    head = reader.tokens[subject.head].lower
    if not (reader.tag(subject.head) == "NNS" and (_names_people(head) or head.endswith(("ers", "ians", "ists", "ents"))) or head in _COLLECTIVE_PEOPLE):
        return None
    return reader.described(subject).subject
