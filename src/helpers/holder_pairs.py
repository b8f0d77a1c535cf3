"""Figures read in pairs: a restatement, a second figure that completes the first's verb, the two ends of one change, the two sides of a poll's result, and the candidate a share set against another backs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .holder_words import _POLL_NAME_AFTER, _key, _modifies_noun, _words
from .meaning import Phrase

if TYPE_CHECKING:
    from .holders import Name, Names


_RESTATING = re.compile(r"\s*(?:,|\(|—|–|--)\s*(?:or\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|just\s+)?")
"""What stands between a figure and the same figure restated ("about two-thirds, 67 percent,",
"£960m ($1.8bn)", "nearly four in 10 — 38 percent —")."""
_RESTATED_CLOSE = re.compile(r"\s*(?:,|\)|—|–|--)")
_FRACTION = re.compile(r"(?i)\b(?:half|thirds?|quarters?|fifths?|tenths?|in\s+(?:\d+|three|four|five|ten))\b")


def restatements(text: str, figures: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Pairs (i, i + 1) of figures (start, end, kind) in reading order where the second restates the
    first in apposition ("about two-thirds, 67 percent, say ...", "a quarter (26%)", "£960m
    ($1.8bn)"): one amount written twice, so one holder. Not a list of three or more ("5%, 6%, 7%")."""
    def apposed(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        return (found := _RESTATING.match(text, a[1])) is not None and found.end() == b[0] and found.group(0).strip() != ""

    pairs = []
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if not apposed(a, b) or not _RESTATED_CLOSE.match(text, b[1]) or "\n" in text[a[1] : b[0]]:
            continue
        if i > 0 and apposed(figures[i - 1], a) or i + 2 < len(figures) and apposed(b, figures[i + 2]):
            continue  # "rose 5%, 6%, 7%": a list of amounts, not one restated
        same = a[2] == b[2] or {a[2], b[2]} == {"number", "percent"} and bool(_FRACTION.search(text, a[0], a[1]) or _FRACTION.search(text, b[0], b[1]))
        if same:
            pairs.append((i, i + 1))
    return pairs


_GAPPED = re.compile(r",?\s+and\s+(?:by\s+)?(?:another\s+|a\s+further\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|roughly\s+|some\s+)?$")


def gapped(text: str, figures: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Pairs (i, i + 1) of figures (start, end, kind) where the second completes the first's verb
    again after "and" with no verb of its own ("will receive $44.4m for advising Salix, and $32m for
    helping Omnicare"): one holder. Not a clause of its own ("and Bolt paid $3m", "and it lost $3m")."""
    from .syntax import has_finite as finite

    pairs = []
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        between = text[a[1] : b[0]]
        if a[2] != b[2] or not _GAPPED.search(between) or any(mark in between for mark in ".;:!?\n") or finite(between):
            continue
        if (after := re.match(r"\s*([a-z]+)", text[b[1] : b[1] + 30])) is not None and finite(after.group(1)):
            continue  # "and a third said that of Cruz's campaign": the figure opens a clause of its own
        if i > 0 and (before := text[figures[i - 1][1] : a[0]]).rstrip().endswith(",") and not finite(before):
            continue  # "two-thirds of voters in Texas, 7 in 10 in Tennessee, and 8 in 10 in ...": a list of amounts
        pairs.append((i, i + 1))
    return pairs


_CHANGE_ENDS = re.compile(r"\b(?P<first>from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")
_SECOND_END = {"from": re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$"),
               "to": re.compile(r"\s+from\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")}


def change_ends(text: str, figures: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Pairs (i, i + 1) of figures (start, end, kind) that are the two ends of one change ("grew to 40
    percent from 5 percent of the market", "from £263,000 to £275,000"): whose one end is, the other
    is. Not "47 percent to 39 percent", a poll's two sides, which no "from" joins."""
    pairs = []
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if a[2] != b[2] or (opening := _CHANGE_ENDS.search(text, max(0, a[0] - 20), a[0])) is None:
            continue
        if _SECOND_END[opening.group("first")].fullmatch(text, a[1], b[0]):
            pairs.append((i, i + 1))
    return pairs


_SIDES_JOIN = re.compile(r"\s+to\s+(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|his|her|their|its)['’]?s?\s+)?")
"""What joins a poll's two sides: "46 percent to 39 percent", "46.2 percent to Clinton's 42.1 percent",
"51 percent to her 35 percent"."""
_SIDE_MARKER = re.compile(r"\b(?:over|against|about|versus|vs\.?|than|ahead\s+of|behind|leads?|led|leading|beat|beats|beating|tops|topped|trails?|trailed|trailing|edges|edged|defeated|defeats)\s+(?:(?:the|GOP|Democratic|Republican|[a-z]+|[A-Z][\w.-]*(?=\s+[a-z]))\s+){0,3}$")
"""What names the other side before a name ("a lead over Sanders", "against Clinton", "than ...
about Sanders", "ahead of Rep. Loretta Sanchez", "leads Trump by", "trails Clinton"): the side the
second share is."""
_OPPONENT_MARKER = re.compile(r"\b(?:[Aa]gainst|[Oo]ver|[Vv]ersus|vs\.?)\s+(?:(?:the|GOP|Democratic|Republican|[a-z]+|[A-Z][\w.-]*(?=\s+[a-z]))\s+){0,3}$")
"""A name set against another as the opponent ("Against Clinton, ...", "over Sanders"): never the leading side."""
_FOR_AFTER = re.compile(r"\s+for\s+(?:(?:[A-Z]{2,5}|[a-z]+)\s+){0,2}$")
_NOT_SIDES_BEFORE = re.compile(r"(?i)\b(?:from|between|(?<!\blead )(?<!\bedge )(?<!\badvantage )(?<!\bmargin )of|by\s+about)\s+$")
"""Words before a pair of shares that make it no two sides ("from 5 percent to 7 percent", "between 40
percent and"), unless "of" follows a lead ("a lead of 48 percent to 41 percent over Mr. Roy")."""
_SIDE_KINDS = ("person", "group", "name")


def poll_sides(
    text: str, figures: Sequence[tuple[int, int, str]], sentence_starts: Sequence[int], read_names, given: Sequence[str | None] = ()
) -> list[tuple[int, Phrase | None, int, Phrase]]:  # type: ignore[no-untyped-def]
    """(i, first side, i + 1, second side) for two shares (or two tallies whose second a name owns: "he
    has 739 delegates to Cruz's 465") joined by "to" that set two sides against each other ("finds
    Clinton with only a small lead over Sanders, 46 percent to 44 percent",
    "Clinton led Trump 47 percent to 39 percent", "shows Trump with a four-point lead, with 46.2
    percent to Clinton's 42.1 percent", "won ... by 71 percent to 27 percent for Mitt Romney"):
    not a change's two ends ("from 5 percent to 7 percent", "rose 5 percent to 7 percent").

    The second side is the name that owns the second share ("to Clinton's"), else the name a
    marker sets against the first ("over", "against", "about", "ahead of", "than"; "for" right after
    the pair), else the one other person the sentence names; the first is the name the rules gave
    the first share (`given`), if a side, else the side named nearest before it (a tally's only a person;
    None when no side is named, "he"). `read_names()` gives
    the article's `Names`, read only when such a pair is there."""
    found: list[tuple[int, Phrase | None, int, Phrase]] = []
    names: Names | None = None
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if (join := _SIDES_JOIN.fullmatch(text, a[1], b[0])) is None or not (
            a[2] == b[2] == "percent" or a[2] in _TALLY_KINDS and b[2] in _TALLY_KINDS and join.group("owner") is not None and join.group("owner")[:1].isupper()
            or a[2] == "number" and b[2] == "percent" and join.group("owner") is None and re.fullmatch(r"\d{1,2}(?:\.\d+)?", text[a[0] : a[1]]) is not None
        ):
            continue  # two shares, or two tallies whose second a name owns ("he now has 739 to Cruz's 465", "81 delegates to Rubio's 17")
        sentence = bisect.bisect_right(sentence_starts, a[0]) - 1
        low = sentence_starts[max(0, sentence)]
        k = bisect.bisect_right(sentence_starts, b[1])
        high = sentence_starts[k] if k < len(sentence_starts) else len(text)
        if _NOT_SIDES_BEFORE.search(text, max(low, a[0] - 12), a[0]) or _CHANGE_BEFORE.search(text, max(low, a[0] - 40), a[0]):
            continue
        names = names or read_names()
        here = [
            n for n in names.names[bisect.bisect_left(names.positions, low) : bisect.bisect_left(names.positions, high)]
            if n.kind in _SIDE_KINDS and not _POLL_NAME_AFTER.match(text, n.end) and not _side_modifier(text, n.end) and not (a[0] <= n.start < b[1] and n.start != join.start("owner"))
        ]
        given_first = given[i] if i < len(given) else None
        named_for = [n for n in here if n.start >= b[1] and _FOR_AFTER.fullmatch(text, b[1], n.start)]
        description = described_side(text, low, a[0])  # "beat the senator from Vermont by 18 points (58 percent to 40 percent)"
        if len({_key(n) for n in here}) < 2 and join.group("owner") is None and description is None and not (
            given_first is not None and named_for and not same_side(named_for[0].text, given_first)
        ):  # "she is up ... at 49.2 percent to 40 percent for Trump": the one name is the second side, the first share's holder the first
            continue
        trailer: Name | Phrase | None = None
        if join.group("owner") is not None:
            trailer = next((n for n in here if n.start == join.start("owner")), None)
            if trailer is None:
                continue
        if trailer is None:
            marked = [n for n in here if n.start < a[0] and _SIDE_MARKER.search(text, max(low, n.start - 40), n.start)]
            marked += named_for
            if marked:
                trailer = min(marked, key=lambda n: min(abs(n.start - a[0]), abs(n.start - b[1])))
            if description is not None and (trailer is None or trailer.start < description.start):
                # the person an earlier mention's place and title show, else the description as written
                trailer = names.described_person(description) or Phrase(text[description.start : description.end], description.start, description.end)
        opponents = {_key(n) for n in here if n.start < a[0] and _OPPONENT_MARKER.search(text, max(low, n.start - 40), n.start)}
        leader = next((n for n in here if given_first is not None and n.start < a[0] and same_side(n.text, given_first)), None)
        if trailer is not None and leader is not None and same_side(leader.text, trailer.text):
            leader = None
        if leader is None:
            before = [n for n in here if n.start < a[0] and (trailer is None or not same_side(n.text, trailer.text)) and _key(n) not in opponents]
            before = [n for n in before if n.kind == "person"] or ([] if a[2] in _TALLY_KINDS else before)  # a candidate, not the pollster
            leader = before[0] if before else None  # the sentence's first side, mostly its subject
        if trailer is None and leader is not None and description is None:
            others = {_key(n): n for n in here if n.kind == "person" and not same_side(n.text, leader.text)}
            if len(others) == 1:
                trailer = next(iter(others.values()))
        if trailer is None or leader is None and given_first is None:
            continue
        found.append((i, _phrase(leader) if leader is not None else None, i + 1, _phrase(trailer)))
    return found


_DESCRIBED_SIDE = re.compile(
    r"\b(?:over|against|versus|vs\.?|ahead\s+of|behind|leads?|led|leading|beat|beats|beating|tops|topped|trails?|trailed|trailing|edges|edged|defeated|defeats)"
    r"\s+(?P<words>the\s+(?:[A-Za-z][\w.-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)(?:\s+(?:from|of)\s+(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))?)"
    r"(?=\s+(?:by|in|among|with|on)\b|\s*[,(])[^.;:!?]*$"
)
"""A poll's other side written as a description after a marker ("beat the senator from Vermont by 18
points", "a lead over the former secretary of state, 46 percent to 44 percent")."""


def described_side(text: str, low: int, at: int) -> Phrase | None:
    """The description of a person that a side marker sets against the first side, the nearest before a
    pair of shares at `at` ("Clinton beat the senator from Vermont by 18 points (58 percent to 40
    percent)"), written as "the Vermont senator" when a place follows its role noun; None when the
    marker names no person by description."""
    found = None
    for found in _DESCRIBED_SIDE.finditer(text, low, at):
        pass
    if found is None or found.group("noun").lower() not in _words().person_nouns:
        return None
    words = found.group("words")
    if found.group("place") is not None:
        words = f"the {found.group('place')} {found.group('noun')}"
    return Phrase(words, found.start("words"), found.end("words"))


_TALLY_KINDS = frozenset(("count", "number"))
"""Kinds of the two sides of a tally ("1,163 delegates to Sanders' 844")."""


def _side_modifier(text: str, end: int) -> bool:
    """The name only qualifies a noun ("the GOP challenger", "Cruz backers"), so it is no side; a
    possessive owns one ("Sanders' share") and "Clinton doubles Sanders' share" has a verb."""
    return text[end : end + 1] not in ("'", "’") and _modifies_noun(text, end) and _VERB_BEFORE_NAME.match(text, end) is None


_VERB_BEFORE_NAME = re.compile(r"\s+[a-z]+s\s+(?:[A-Z]|the\b|a\b|his\b|her\b)")


def _phrase(name: Name | Phrase) -> Phrase:
    return name if isinstance(name, Phrase) else Phrase(name.text, name.start, name.end)


def same_side(one: str, other: str) -> bool:
    """Two mentions of one side: the same last word ("Mrs. Clinton", "Hillary Clinton")."""
    return one.split()[-1].lower().rstrip("'’s") == other.split()[-1].lower().rstrip("'’s")


_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rise|rises|increased|grew|jumped|climbed|soared|gained|fell|fallen|falls|dropped|declined|"
    r"decreased|slipped|slid|cut|reduced|lowered|raised|up|down|moved|went|changed)\s+(?:\w+\s+){0,2}$"
)
"""A change verb right before a pair of shares ("rose 5 percent to 7 percent"): the change's size and
end, no two sides."""


_BACKED = re.compile(
    r"(?:[\w.,%-]+\s+){1,2}?(?:(?:of\s+)?(?:the\s+|them\s+|those\s+)?(?:[a-z][\w-]*\s+){0,3}?)?"
    r"(?:now\s+|still\s+|already\s+)?(?:back|backs|backed|support|supports|supported|favor|favors|favored|favour|favours|favoured|endorse|endorses|endorsed|prefer|prefers|preferred|chose)\s+"
)


def backed_by(names: "Names", start: int, high: int) -> Phrase | None:
    """The person a count or share that is the subject of a verb of backing backs ("449 of the party
    insiders back Clinton, while only 19 support Sanders", "52% favor Mr. Lee"): whose support it is."""
    found = _BACKED.match(names.text, start, high)
    if found is None:
        return None
    k = bisect.bisect_left(names.positions, found.end())
    if k < len(names.names) and names.names[k].start == found.end() and names.names[k].kind == "person" and names.names[k].end <= high:
        return Phrase(names.names[k].text, names.names[k].start, names.names[k].end)
    return None


_SET_AGAINST = re.compile(r"(?:,\s*|\s+)(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+$")
_FOR_NAME = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+)?for\s+")


def share_set_against(names: "Names", low: int, start: int, end: int, high: int) -> Phrase | None:
    """The candidate a poll share set against an earlier one is support for ("51 percent ... would
    vote for Clinton, versus 39 percent for Trump", "20 percent support from Latino voters compared to
    68 percent for presumptive Democratic nominee Hillary Clinton"): a person named right after "for"
    (past a role) following a share that "versus", "vs.", "compared with/to" or "against" opens."""
    if _SET_AGAINST.search(names.text, max(low, start - 30), start) is None:
        return None
    found = _FOR_NAME.match(names.text, end, high)
    if found is None:
        return None
    k = bisect.bisect_left(names.positions, found.end())
    while k < len(names.names) and names.names[k].start < min(high, found.end() + 60):
        name = names.names[k]
        if name.kind == "person" and name.end <= high and not re.search(r"[,;:.!?()\"“”]|\b(?:who|which|that|and|or|but|in|of|from)\b", names.text[found.end() : name.start]):
            return Phrase(name.text, name.start, name.end)  # "for presumptive Democratic nominee Hillary Clinton": past the role
        k += 1
    return None
