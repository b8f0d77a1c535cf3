"""The word lists, patterns and small tests of words and phrases that the meaning reader's modules share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import figure_patterns as fp
from . import units
from .syntax import FINITE_TAGS

if TYPE_CHECKING:
    from .meaning import _Reader
    from .syntax import Chunk


_DASHES = frozenset(("-", "—", "–"))
_COMPARED = re.compile(r"(?i)^(?:from|than|compared\s+(?:with|to)|on(?!\s+the\s+(?:day|week|month|session|quarter|season)\b))\s(?!.*\s(?:to|until|through|and)\s)")
"""A time phrase that names what a change is measured against (not a span: "up by a third from
2001 to 2014" is the change's period)."""
_DAY_DATE = re.compile(r"^[A-Z][a-z]+\.?\s+\d{1,2}\b|^\d{1,2}\s*[-–]?\s*(?:\d{1,2}\s+)?[A-Z][a-z]+")
"""A date that names a day ("July 18-21", "Aug. 30", "16-18 December")."""


def _makes_figure(verb: str) -> bool:
    """A verb of reporting or estimating (`holders._not_holding_verbs`): its subject makes the figure it
    takes ("She estimates 44% of firms ..."), and holds none of it."""
    from .holders import _not_holding_verbs  # holders imports this module

    return _not_holding_verbs().get(verb) in ("reporting", "estimating")


_BEATING = frozenset(
    "lead leads led leading beat beats beating defeat defeats defeated edge edges edged trail trails trailed outpolled outpolls".split()
)
"""Verbs whose object is the side a pair of results is measured against ("led Sanders 51% to 49%")."""

_SAYING = frozenset("said says say told tells added adds argued argues insisted insists warned warns claimed claims wrote writes".split())
"""Verbs of saying whose subject holds nothing said (unlike "announced £419m", an act)."""


def _currency_word(word: str) -> bool:
    """A currency's name written as a noun ("dollars", "cents", "euros", "pounds"): what an amount is
    counted in, never what it measures ("about $22 in current dollars")."""
    names = units.money().any_name
    return names is not None and names.fullmatch(word) is not None


def _names_agent(noun: str) -> bool:
    """A common noun naming people or a body that acts ("donors", "committee"), from `helpers.holders`."""
    from .holders import agent_nouns  # holders imports this module

    return noun in agent_nouns()


def _holds(verb: str) -> bool:
    """A verb whose subject holds the amount that completes it ("employ", "took"), from `helpers.holders`."""
    from .holders import holding_verbs  # holders imports this module

    return verb in holding_verbs()


def _names_person(noun: str) -> bool:
    """A noun that names a person's role ("midfielder", "chairman"): a recipient, not a measured thing."""
    from .holders import person_nouns  # holders imports this module

    return noun in person_nouns() or noun.endswith("-old")


def _names_people(noun: str) -> bool:
    """A plural of a noun that names a person's role ("veterans", "midfielders"): those an amount goes to
    ("raised $6 million for veterans"), no measured thing."""
    from .figures import _singular  # figures imports this module
    from .holders import person_nouns  # holders imports this module

    return noun.endswith("s") and _singular(noun) in person_nouns()


_DOUBLED_QUOTES = frozenset(("''", "``"))
"""Quotation marks some texts write as two apostrophes or backticks (''somewhat conservative'')."""
_OPENING_QUOTES = frozenset(("“", '"', "‘", "'"))
_CLOSING_QUOTES = frozenset(("”", '"', "’", "'"))


_FINDING = frozenset("found finds find showed shows show suggests suggested indicates indicated revealed reveals".split())
"""Verbs of finding or showing whose complement clause, with no 'that', can open with a figure ("found 45% backed")."""

_LEVEL_REACHED = frozenset(
    "averaged averages average averaging topped tops topping exceeded exceeds exceeding surpassed passed neared approached eclipsed".split()
)
"""Verbs whose bare number is a level of their subject ("Attendance averaged 38,000")."""


def _demonym(words: str) -> bool:
    """An adjective of nationality ("Turkish-American donations"): `helpers.figures` drops it as a holder."""
    from .mentions import gazetteers

    return " " not in words and all(part in gazetteers()["demonyms"] for part in words.split("-"))


_POSTMODIFIER = re.compile(r"(?i)^[a-z]{3,}(?<!e)ed$")
"""A past participle ("polled", "surveyed", "raised"; not "speed" or "bed")."""


def _object_of(reader: _Reader, preposition: int) -> Chunk | None:
    """The noun phrase a preposition governs, past coordinated modifiers the chunker leaves out
    ("on online and television ads", "on television and radio ads": the ads)."""
    chunk = reader.chunk(preposition + 1)
    if chunk is None or chunk.first != preposition + 1:
        k = preposition + 1
        while (reader.tag(k) in ("JJ", "CC") or reader.word(k) in ("a", "an") and k == preposition + 1 or reader.word(k) == "," and reader.tag(k - 1) == "JJ") and k < preposition + 4:
            k += 1  # "for a single, 30-second spot": coordinated modifiers set off by a comma
        chunk = reader.chunk(k)
        if chunk is None or chunk.first != k or k == preposition + 1:
            return None
    if chunk.first == chunk.last and reader.tag(chunk.head) in ("NN", "JJ") and reader.word(chunk.last + 1) in ("and", "or"):
        later = reader.chunk(chunk.last + 2)  # "television and radio ads": a shared plural head
        if later is not None and later.first == chunk.last + 2 and reader.tag(later.head) == "NNS" and later.last > later.first:
            return later
    return chunk


_LINKING = frozenset("is are was were be been being remain remains remained stay stays stayed".split())


_ASIDE_MARKS = frozenset((",", "—", "–", "-"))


def head_noun(subject: str | None) -> str | None:
    """The subject's head: its last word before any preposition (or before the "and" or comma of a
    coordination of common nouns: the first conjunct), lower-cased and singular; a past participle
    written after the head is its modifier ("those polled", "those waiting" -> "those")."""
    from .figures import _singular  # figures imports this module

    if not subject:
        return None
    words = re.findall(r"[\w'’-]+|,", subject)
    for index, word in enumerate(words):
        if index and (
            word.lower() in fp.SUBJECT_PREPOSITIONS | fp.HOLDER_PREPOSITIONS
            or word.lower() in (",", "and", "or") and words[index - 1][:1].islower() and not words[index - 1].endswith("-")
        ):  # (not "coal- and gas-fired plants", "low- and middle-income Americans": a prefix hung on the next word's hyphen)
            words = words[:index]
            break
    if len(words) > 1 and words[0].lower() == "those" and (words[1].lower() in _THOSE_MODIFIERS or words[1][:1].isdigit() or words[1].lower().endswith(("ing", "ed"))):
        return "those"  # "those describing themselves as moderate", "those without a degree", "those 18 to 35": the pronoun heads its modifier
    if len(words) > 1 and (_POSTMODIFIER.match(words[-1]) or words[-2].lower() == "those" and words[-1].lower().endswith("ing")) and words[-2] not in (",",):
        words = words[:-1]  # "those polled", "the money raised", "those responding": a participle after its noun
    return _singular(words[-1]) if words else None


_THOSE_MODIFIERS = frozenset("who whom that with without in under over above below between aged from at on of".split())
"""Words after "those" that open its modifier ("those who are", "those under 30"): "those" is then a pronoun and the head."""


_DISTANCE = re.compile(r"(?i)\b(?:ago|earlier|later|previously|before)$")


def _opening_subject(reader: _Reader, index: int) -> bool:
    """A count or share that is its clause's subject, its finite verb right after it ("367,000 people voted in the
    primary, a 30% decline", "Seventy-two percent now believe ..., a 21 point increase"): a change set off by a comma
    at the clause's end restates it, whatever else the clause names."""
    opening = reader.skip_qualifier(index - 1)
    if not (opening < 0 or reader.word(opening) == "," or reader.tag(opening) == "DT" and reader.skip_qualifier(opening - 1) < 0):
        return False
    if not (reader.tokens[index].text[:1].isdigit() or reader.tokens[index].lower.split()[-1] in ("percent", "people", "voters") or "%" in reader.tokens[index].text):
        return False
    k = index + 1
    while reader.tag(k) in ("RB", "TIME"):
        k += 1
    return reader.tag(k) in FINITE_TAGS
