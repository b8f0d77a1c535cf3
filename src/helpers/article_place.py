"""The place an article is about, found from the whole text, and the measures that place holds.

A country, state or province the article names far more than any other (by name, by its adjective
of nationality, or as "the state"/"the country" after it is named; the headline and the first
sentence count more) is the article's place. A figure left with no holder whose measure belongs to
a whole place (a tax, a jobless rate, turnout, a population: `resources/place_measures.yml`) is
that place's, the holder the guideline calls implied by the continuing context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from . import figure_patterns as fp
from .mentions import gazetteers
from .textcache import per_text


@dataclass(frozen=True, slots=True)
class Place:
    """An article's place: its canonical name and where the text names it by name (start, end)."""

    name: str
    mentions: tuple[tuple[int, int], ...]

    def mention_before(self, at: int) -> tuple[int, int]:
        """The nearest mention by name ending before `at`, else the first."""
        k = bisect_right(self.mentions, at, key=lambda m: m[1])
        return self.mentions[k - 1] if k else self.mentions[0]


def _resource(name: str) -> Any:
    return yaml.safe_load(files("helpers.resources").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The settings and word classes of resources/place_measures.yml."""
    return _resource("place_measures.yml")


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], frozenset[str]]:
    """Countries, states and provinces as written, to their canonical name (no regions or cities);
    the canonical names of the countries."""
    from .holders import _words as holder_words

    places = _resource("places.yml")
    elsewhere = frozenset(places["regions"]) | frozenset(places["cities"])
    countries = {name: canonical for name, canonical in gazetteers()["places"].items() if name not in elsewhere and canonical not in elsewhere}
    within = frozenset(holder_words().places) - frozenset(countries.values())
    return {**countries, **{p: p for p in within}}, frozenset(countries.values())


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Regions and areas of several countries ("Latin America", "the euro zone"): never an article's
    place, but a place of their own near a figure."""
    return frozenset(_resource("places.yml")["regions"]) | frozenset(words()["areas"])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    named = _names()[0]
    places = _resource("places.yml")  # regions, cities and outlets are read too, so that "Latin America",
    # "New York" or "USA Today" is no "America", "York" or "USA"; they are never an article's place
    names = sorted({*named, *_regions(), *places["cities"], *gazetteers()["outlets"]}, key=len, reverse=True)
    adjectives = sorted(gazetteers()["demonyms"], key=len, reverse=True)
    pointers = "|".join(words()["pointers"])
    money = "|".join(words()["currency_nouns"])
    return re.compile(
        r"(?<![\w.'’-])(?:(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\.\w)"
        r"|(?P<adjective>" + "|".join(re.escape(a) for a in adjectives) + r")(?=\s+[a-z])"
        r"|(?P<pointer>[Tt]he\s+(?:" + pointers + r"))\b(?!\s+of\b))"
        r"(?P<money>\s+(?:" + money + r")\b)?"
    )


_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w.&'’-]*)(?<!\.) $")
_WORD_AFTER = re.compile(r" (?P<word>[A-Z][\w'’-]*)")


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}\b")


def _inside_name(text: str, start: int, end: int) -> bool:
    """The place's name is a word of a longer name: after a capitalized word that opens no phrase
    ("Priorities USA"), before a body's last word ("the Florida Department of State"), or, in a
    line not written in title case, before any capitalized word but a party, a chamber, a title or
    a weekday ("Georgia Hall", "Kansas City", "Ohio State"; not "Virginia Democrats", "Ohio Senate")."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group("word").lower() not in words()["openers"]:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    if after.group("word").rstrip(".") in words()["after_place"]:
        return False
    if after.group("word") in gazetteers()["org_suffixes"]:
        return True
    line_end = text.find("\n", end, end + 120)
    return _LOWER_WORD.search(text, end, line_end if line_end >= 0 else min(len(text), end + 120)) is not None  # no title-case headline


def _mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], str | None, str]]:
    """(match, canonical place or None for a city or outlet, kind) of each place word in text[start:end];
    kind is "name", "region" (canonical: the region as written), "adjective" or "pointer" (canonical None:
    resolved by the caller)."""
    named = _names()[0]
    demonyms = gazetteers()["demonyms"]
    for found in _pattern().finditer(text, start, len(text) if end is None else end):
        if found.group("money"):
            continue  # "Canadian dollars", "19 United States cents": a currency, no place
        if (name := found.group("name")) is not None:
            if not _inside_name(text, found.start(), found.end()):
                yield (found, name, "region") if name in _regions() else (found, named.get(name), "name")
        elif (adjective := found.group("adjective")) is not None:
            yield found, demonyms[adjective], "adjective"
        else:
            yield found, None, "pointer"


def article_place(text: str, opening: tuple[int, int] | None = None, persons: frozenset[int] = frozenset()) -> Place | None:
    """The article's place: the country, state or province that has at least `least_score`, at
    least `least_share` of all places' score and `lead_ratio` times the next one's; mentions in the
    `opening` (the headline and first sentence) count `opening_weight` times; a name starting at one of
    `persons` (where the article's names read a person: "Georgia said") is no mention."""
    settings = words()
    countries = _names()[1]
    score: Counter[str] = Counter()
    mentions: dict[str, list[tuple[int, int]]] = {}
    last = {"country": "", "within": ""}  # the latest country and place within one named
    for found, place, kind in _mentions(text):
        if kind == "region" or found.start() in persons:
            continue
        if kind == "name":
            if place is None:
                continue  # a city or outlet
            last["country" if place in countries else "within"] = place
            mentions.setdefault(place, []).append((found.start(), found.end()))
        elif kind == "pointer":
            noun = found.group("pointer").split()[-1].lower()
            place = last["country" if noun in settings["country_pointers"] else "within"]
            if not place:
                continue
        if opening and opening[0] <= found.start() < opening[1]:
            score[place] += settings["opening_weight"]
        else:
            score[place] += 1
    ranked = score.most_common(2)
    if not ranked or ranked[0][0] not in mentions:
        return None
    best = ranked[0][1]
    if best < settings["least_score"] or best < settings["least_share"] * sum(score.values()):
        return None
    if len(ranked) > 1 and best < settings["lead_ratio"] * ranked[1][1]:
        return None
    return Place(ranked[0][0], tuple(mentions[ranked[0][0]]))


_COMPARED_BEFORE = re.compile(r"(?i)\b(?:like|unlike|than|besides|except)\s+(?:the\s+)?$")


def _named(text: str, start: int, end: int, persons: frozenset[int] = frozenset()) -> tuple[dict[str, list[tuple[int, int]]], frozenset[str]]:
    """The countries, states, provinces and regions text[start:end] names by name (with their
    mentions) and all it names by name or adjective; not cities, nor a place it is compared with
    ("Like Portugal, the economy shrank 0.4%"), nor a name starting at one of `persons`."""
    named: dict[str, list[tuple[int, int]]] = {}
    adjectives: set[str] = set()
    for found, other, kind in _mentions(text, start, end):
        if kind == "pointer" or other is None or found.start() in persons or _COMPARED_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue
        if kind == "adjective":
            adjectives.add(other)
        else:
            named.setdefault(other, []).append((found.start(), found.end()))
    return named, frozenset(adjectives | named.keys())


def local_place(
    text: str, before: tuple[int, int], start: int, end: int, place: Place | None = None, persons: frozenset[int] = frozenset()
) -> Place | None:
    """The place that holds a place-wide measure at `end`, from what the nearest of text[start:end] (the
    figure's sentence up to it) and text[before[0]:before[1]] (the sentence before in its paragraph)
    that names a country, state, province or region (by name or adjective: "Spanish officials said")
    names: the article's `place` when it names no other (or is the sentence before and names it by name
    among others), else the one place it names by name, else none; the article's `place` when
    neither names one."""
    for window in ((start, end), before):
        named, here = _named(text, *window, persons)
        if not here:
            continue
        if place is not None and (here == {place.name} or window == before and place.name in named):
            return place  # the sentence before names the article's place with others: it goes on with it
        if len(named) == 1 and len(here) == 1:
            name, mentions = next(iter(named.items()))
            return Place(name, tuple(mentions))
        return None
    return place


_IN_OR_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
_OWNER_AFTER = re.compile(r"\s+(?:of|at|for|among|by|from)\s+(?:the\s+)?(?=[A-Za-z])")


def _names_other(text: str, place: Place, start: int, end: int) -> bool:
    """text[start:end] names a place other than `place` ("American jobs", "Delhi"), by name or
    adjective, or "of"/"in" and one follow it ("20 million residents of Delhi")."""
    if any(kind != "pointer" and other != place.name for _, other, kind in _mentions(text, start, end)):
        return True
    after = _IN_OR_OF.match(text, end)
    return after is not None and any(
        found.start() == after.end() and kind != "pointer" and other != place.name for found, other, kind in _mentions(text, after.end(), after.end() + 60)
    )


def held_elsewhere(text: str, place: Place, figure: tuple[int, int], subject: tuple[int, int] | None) -> bool:
    """The figure or its subject names a place other than the article's ("6 million American jobs",
    "20 million residents of Delhi"), or words after the subject say whose or which part it is
    ("earnings at the firm", "turnout among young voters"; not the figure itself: "a rate of 5
    percent")."""
    if any(_names_other(text, place, start, end) for start, end in (figure, *([subject] if subject else []))):
        return True
    if subject is None:
        return False
    after = _OWNER_AFTER.match(text, subject[1])
    between = text[after.end() : figure[0]] if after is not None and after.end() <= figure[0] else None
    return after is not None and not (between is not None and (not between.strip() or fp.QUALIFIER.match(between)))


@lru_cache(maxsize=1)
def _contest() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After and before a side's name: a contest's verb or score ("Brazil beat", "Brazil 2-0", "lost to Brazil")."""
    verbs = "|".join(words()["contest_verbs"])
    return (
        re.compile(r"\s+(?:(?:" + verbs + r")\b(?!['’])|\d{1,3}-\d{1,3}\b)"),
        re.compile(r"\b(?:beat|beats|defeated|lost\s+to|drew\s+with|v|vs)\.?\s+$"),  # not "won Ohio": an election's
    )


def in_contest(text: str, place: Place) -> bool:
    """The article's place is a side in a contest: a mention of it by name before a contest's verb or
    a score, or after one ("Brazil beat Germany 2-0", "lost to Brazil")."""
    after, before = _contest()
    return any(after.match(text, end) or before.search(text, max(0, start - 15), start) for start, end in place.mentions)


def side_measure(subject: str | None) -> bool:
    """The subject's head is what a contest's side has of its own (wages, earnings, a payroll), no
    measure of a whole place when the place is a side ("Brazil beat Germany ... wages rose 5 percent")."""
    from .meaning import head_noun

    return head_noun(subject) in words()["contest_heads"]


@lru_cache(maxsize=1)
def _owner_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A fronted "At/For X," opening a sentence, and an "at/for X" right after a figure, where X is a
    name or an owner's noun ("At Apple,", "at the plant")."""
    nouns = "|".join(words()["owner_nouns"])
    owner = r"(?:(?:the|its|their)\s+(?:[a-z]+\s+)?(?:" + nouns + r")\b|(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*))"
    return re.compile(r"\s*(?:At|For)\s+" + owner + r"\s*,"), re.compile(r"\s+(?:at|for)\s+" + owner)


def _a_name(text: str, found: re.Match[str]) -> bool:
    """The owner found is a name of no place and no date ("Apple", not "Spain" or "May")."""
    name = found.group("name")
    if name is None:
        return True
    return name.split()[0] not in words()["after_place"] and not any(True for _ in _mentions(text, found.start("name"), found.end("name")))


def owned_near(text: str, sentence_start: int, start: int, end: int) -> bool:
    """An owner the figure's sentence names for it: fronted ("At Apple, earnings rose 5 percent") or
    right after it ("wages rose 3 percent at the plant"); not a place nor a date ("For May, ...")."""
    fronted, after = _owner_patterns()
    for found in (fronted.match(text, sentence_start, start), after.match(text, end)):
        if found is not None and _a_name(text, found):
            return True
    return False


@lru_cache(maxsize=1)
def _owner_verb() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(words()["owner_verbs"]) + r")\b")


def speech_before(text: str, start: int, end: int) -> bool:
    """text[start:end] has a speaker's or agent's verb ("said", "reported"), for a name to speak for its clause."""
    return _owner_verb().search(text, start, end) is not None


@per_text
def starts_a_name(text: str, name: str) -> bool:
    """The place's name is written before a capitalized word somewhere ("Georgia Hall"), so that the
    article's names may read it as a person's."""
    return re.search(r"(?<![\w'’-])" + re.escape(name) + r" [A-Z]", text) is not None


def speaks_for(text: str, start: int, end: int) -> bool:
    """The name text[start:end] is the speaker or agent of its clause ("Galp said ...") and no place."""
    return _owner_verb().match(text, end) is not None and not any(True for _ in _mentions(text, start, end))


_WORD = re.compile(r"[\w'’-]+")


def place_measure(subject: str | None, kind: str, value: float, after: str) -> bool:
    """The figure measures a whole place: its subject's head is a place's measure ("turnout", "the
    carbon tax"), or a generic one with a place's measure before it ("the jobless rate"), or "the
    nation"/"the country" written singular ("the nation of 51 million"), or a large count of
    residents or voters; not a duration ("within five years"), nor a count of what is no place's own
    count ("three taxes were postponed": a count of jobs is one), nor a figure whose subject names
    someone or a business's noun before its head ("MPs child benefit", "Apple earnings", "Sales
    growth"), nor growth without a place's measure before it ("economic growth"), nor a share of a
    whole written after it ("2.5 percent of GDP")."""
    from .figures import _singular
    from .holders import _common
    from .meaning import head_noun

    settings = words()
    head = head_noun(subject)
    if subject is None or head is None or kind == "duration" or kind in ("percent", "percentage_points") and re.match(r"\s+of\b", after):
        return False
    found = _WORD.findall(subject)
    at = next((i for i, w in enumerate(found) if _singular(w.lower()) == head), None)
    if at is None:
        return False
    before = found[:at]
    known = settings["measures"] + settings["modifiers"]
    if any(w[:1].isupper() and w.lower() not in known and w not in gazetteers()["demonyms"] and w not in _names()[0] and not _common(w) for w in before):
        return False
    if any(w.lower() in settings["business_nouns"] for w in before):
        return False  # "Sales growth", "subscriber growth", "company earnings": a business's
    if head in settings["qualified"]:
        return any(_singular(w.lower()) in settings["qualified"][head] for w in before)
    if head in settings["measures"]:
        return kind not in ("count", "number") or head in settings["counted"]
    if head in settings["generic"]:
        return any(_singular(w.lower()) in known for w in before)
    if head in settings["place_nouns"]:
        return found[at].lower() == head
    return head in settings["people_counts"] and kind in ("count", "number") and value >= settings["least_people"]
