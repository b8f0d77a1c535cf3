"""The clause's agent, the holder read after every special case: the subject of the clause whose verb a figure completes (past asides, relative clauses, passives and verbs the tagger misread), the body a count's members belong to, the recipient named after a figure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from . import figure_patterns as fp
from .assets import read_text
from .holder_words import (
    _HAVING_ING,
    _NOT_SUBJECTS,
    _QUANTIFIERS,
    _agentive_nouns,
    _modifies_noun,
    agentive,
    group_nouns,
    holding_verbs,
    names_nothing,
    no_name,
    wanted,
)
from .meaning import Phrase
from .syntax import FINITE_TAGS, _has_verb_forms, _ing_verb, _present_verb, _tagger, instrument, parse

if TYPE_CHECKING:
    from .holders import Names


@lru_cache(maxsize=1)
def _not_holding_verbs() -> dict[str, str]:
    """Every written form of the verbs whose subject does not hold the figure the verb takes
    (resources/holder_verb_classes.yml: reporting, estimating, measuring, perceiving, comparing, harming,
    selecting), to
    its class: the -s, -ed and -ing forms are made from each base form, and an irregular form written
    out (a past form by the tagger's lexicon: "said", "found", "seen") stands as it is, so "found"
    makes no "founded" ("Acme founded three charities" is Acme's act) and "saw" no "sawed"."""

    lexicon = _tagger().lexicon
    raw = yaml.safe_load(read_text("holder_verb_classes.yml"))
    forms: dict[str, str] = {}
    for kind, verbs in raw.items():
        for verb in verbs:
            for form in {verb} if str(lexicon.get(verb, "")) in ("VBD", "VBN") else _verb_forms(verb):
                forms.setdefault(form, kind)
    return forms


def _verb_forms(verb: str) -> set[str]:
    """A base form's -s, -ed and -ing forms ("estimate" -> "estimates", "estimated", "estimating";
    "tally" -> "tallies", "tallied"; "log" -> "logged"), with both spellings where a final consonant
    may double; written irregular forms ("said") stand as they are."""
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) >= 3 and verb[-1] not in "aeiouywx" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


_GAP_WORDS = frozenset(
    "a an the another its their his her our my your some about around almost nearly roughly "
    "more less fewer than over under up to at least most just only of by extra further additional "
    "combined total estimated whopping record new fresh first second third".split()
)
"""Words that may stand between a verb and the figure that completes it ("lost about $5m", "holds a
5% stake", "will get up to 40%"), besides adjectives and common nouns the tagger reads."""
_CLAUSE_STARTS = frozenset(
    "and but so yet or that when while because although though if after before since as once unless whereas".split()
)
"""Words after which a clause's subject may open (besides the sentence's start, a quotation mark, a
colon or a comma after an opening phrase)."""
_OPENING_ADVERBS = frozenset("also now still already then later meanwhile however indeed instead together collectively".split())
_PRONOUN_AGENTS = frozenset(("he", "she", "they"))


@lru_cache(maxsize=64)  # the figure path asks up to four times per figure, with the same words
def clause_agent(text: str, low: int, high: int, start: int, end: int, kind: str = "") -> Phrase | None:
    """The subject of the clause whose verb the figure at `start`-`end` completes as its object,
    when that subject stands before the verb in the same clause of the sentence `low`-`high` and
    the verb is not one whose subject does not hold what it takes (a reporting, estimating,
    measuring, perceiving or comparing verb, `_not_holding_verbs`): "Acme lost $5m", "The club
    borrowed £10m last year", "Households face a £500 rise", "Our rivals, whom we meet next week,
    had 70 days together", "a quartet of groups that can accept unlimited donations have spent $1.1
    million". As written: a name, "he"/"she"/"they" or a description whose head is a person, body
    or place noun (for `Names.find` to name). The default after every special case: only where no
    other rule named a holder.

    Not when anything but a determiner, number word, adjective, common noun, "of"/"at"/"to"/"by" or
    a particle right after the verb stands between the verb and the figure (a name or pronoun there
    is the verb's other object: "gave Labour 39%", "paid him $5m"; "with"/"in"/"for" open an
    adverbial: "struggled to contend with the 10 million users"); not after "be" ("They are three
    players", "is one of 45 states": what the subject is, not what it holds), nor a passive but of
    the holding verbs ("was linked to"); not when the figure opens a clause of its own ("said 5,000
    people attended"), dates ("five years ago", "every 72 minutes"), or is a hyphened modifier ("a
    four-day tour"); not when the subject holds a figure itself (a count of the subject is
    `counted_agent`'s), nor for "I"/"we"/"you", "it", a generic "a candidate", a quantifier
    ("Most managers"), and heads that name no one in particular ("everyone", "critics")."""

    surface = text[start:end]
    if re.search(r"\w-[A-Za-z]+$", surface) and " " not in surface:
        return None  # "a four-day tour", "a 19-strong panel": a size or length modifying its noun
    if _DATED_AFTER.match(text, end) or _DATING_BEFORE.search(text, max(low, start - 12), start):
        return None  # "five years ago", "every 72 minutes", "over the next two days": when, not what
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:start]) if c in ";:—–"])  # the figure's clause: no subject stands before these
    tree = parse(text[low : min(high, end + 40)], [(start - low, end - low)])  # what follows the figure only up to its next few words
    tokens = tree.tokens
    at = next((k for k, t in enumerate(tokens) if t.tag == "FIG" and t.start == start - low), -1)
    if at >= 0 and kind in ("money", "percent") and not any(t.tag in FINITE_TAGS or t.tag == "MD" for t in tokens[:at]) and (recipient := recipient_after(text, end, high)) is not None:
        return recipient  # "A fee of $75,000 was paid to Carrow Consulting": no agent stated, the recipient (the guideline's third choice)
    if at < 1:
        return None
    if _figure_opens_clause(tokens, at):
        return None  # "the minister said 5,000 people attended": the figure is another clause's subject
    if kind == "count" and _second_object_after(tokens, at):
        return None  # "she sent more than 50 men a day the same text": those counted receive, the text is what is sent
    lowers = [t.lower for t in tokens]
    k = at - 1
    gap: list[int] = []
    while k >= 0 and not (tokens[k].tag.startswith("VB") or tokens[k].tag == "MD" or _noun_read_verb(tokens, k) or _gerund_after_verb(tokens, k) or _adjective_read_verb(tokens, k)):
        t = tokens[k]
        if t.lower in _GAP_DEMONSTRATIVES and not (k + 1 < len(tokens) and tokens[k + 1].tag in ("NN", "NNS", "JJ", "FIG")):
            return None  # "brought that down to $42,000": a pronoun object
        if t.tag in ("IN", "TO") and t.lower not in _GAP_PREPOSITIONS and not (
            k >= 1 and (tokens[k - 1].tag.startswith("VB") or _noun_read_verb(tokens, k - 1) or _adjective_read_verb(tokens, k - 1)) and t.lower in _PARTICLES
        ) and not (
            kind == "money" and _sale_price(tokens, k, at)
        ):
            return None  # "contend with the 10 million users", "meets over the next two days": an adverbial's figure
        if not (t.lower in _GAP_WORDS or t.tag in ("DT", "PDT", "JJ", "JJR", "JJS", "CD", "RB", "PRP$", "POS", "TIME", "IN", "TO") or t.tag in ("NN", "NNS") and t.text.islower()):
            return None  # a name, pronoun, comma or clause word between the verb and the figure
        gap.append(k)
        k -= 1
        if len(gap) > 6:
            return None
    if k < 0:
        return None
    if kind == "duration" and any(tokens[j].tag in ("IN", "TO") for j in gap):
        return None  # "finished in 3:35", "for two years": a duration after a preposition says when or how long
    if any(lowers[j] == "one" for j in gap):
        return None  # "one of 45 states", "one of three candidates": a set the subject belongs to
    while k >= 1 and tokens[k].tag == "VBN" and tokens[k - 1].tag in ("DT", "PRP$") and tokens[k].lower not in holding_verbs():
        gap.append(k)  # "a combined total of", "its planned": a participle as the object's adjective
        k -= 1
        while k >= 0 and not (tokens[k].tag.startswith("VB") or tokens[k].tag == "MD" or _noun_read_verb(tokens, k) or _gerund_after_verb(tokens, k)):
            if tokens[k].tag not in ("DT", "PRP$", "JJ", "RB") and tokens[k].lower not in _GAP_WORDS:
                return None
            gap.append(k)
            k -= 1
        if k < 0 or len(gap) > 7:
            return None
    verb = k
    classes = _not_holding_verbs()
    passive = verb >= 1 and tokens[verb].tag == "VBN" and any(lowers[j] in _BE_FORMS_AND_BEING for j in range(max(0, verb - 3), verb))
    if lowers[verb] in _BE_FORMS_AND_BEING or lowers[verb] in ("become", "became", "becomes", "remain", "remains", "remained", "seem", "seems", "seemed"):
        opening = verb
        while opening - 1 >= 0 and (tokens[opening - 1].tag in ("MD", "RB") or lowers[opening - 1] in _AUXILIARIES_AND_CONTRACTIONS):
            opening -= 1
        if not passive and not gap and (owner := _possessor_before(text, low, tokens, opening)) is not None:
            return owner  # "Ashby Rovers' wage bill is £88m": the possessor of what is measured
        if not passive and _OFF_AFTER.match(text, end) and (better := _subject_before(text, low, tokens, opening) or _relative_antecedent(text, low, tokens, opening)) is not None:
            return better  # "households would be £380 worse off": what the subject gains or loses
        return None  # "They are three top-class players": what the subject is
    if passive and lowers[verb] not in holding_verbs():
        return None  # "The group was linked to most of the 220 incidents"
    if lowers[verb] in classes and not passive and not (classes[lowers[verb]] in _PARTICLE_SENSES and verb + 1 < at and lowers[verb + 1] in _PARTICLES):
        return None  # "the agency estimated 40,000", "Forbes lists him with $40 billion", "militants killed 130 people": a source, a judge, a harm
    if kind == "duration" and lowers[verb] in ("take", "takes", "took", "taken", "taking"):
        return None  # "Watergate took two years to unfold": how long, no one's
    # the verb group: auxiliaries, adverbs, "to" and verbs before the verb that takes the figure
    first = verb
    while first - 1 >= 0 and (
        tokens[first - 1].tag.startswith("VB") or tokens[first - 1].tag in ("MD", "TO", "RB") or lowers[first - 1] in _OPENING_ADVERBS or lowers[first - 1] == "not"
        or lowers[first - 1] in ("each", "all", "both") and first >= 2 and (tokens[first - 2].tag == "MD" or lowers[first - 2] in _AUXILIARIES_AND_CONTRACTIONS)  # "will each receive"
        or first >= 2 and (lowers[first - 2], lowers[first - 1]) in _TWO_WORD_ADVERBS
    ) and not (
        tokens[first - 1].tag in FINITE_TAGS and lowers[first - 1] not in _AUXILIARIES_AND_CONTRACTIONS and any(t.tag in FINITE_TAGS for t in tokens[first : verb + 1])
    ):  # a finite verb that is no auxiliary before the group's own finite one: "A company he owns has charged" is two clauses
        if first >= 2 and (lowers[first - 2], lowers[first - 1]) in _TWO_WORD_ADVERBS:
            first -= 1  # "have in fact reported"
        first -= 1
        if tokens[first].tag.startswith("VB") and lowers[first] in classes and classes[lowers[first]] == "reporting" and not (
            first == verb - 1 and lowers[verb] in _HAVING_ING
        ):  # not "reported spending $1.1 million": what the subject reports it spent is its own
            return None  # "says it will spend", "said to have paid"
    group = tokens[first : verb + 1]
    past = first == verb and first >= 1 and (  # "The club borrowed £10m", "The operators hold a stake": a form the tagger read as a participle or base
        tokens[verb].tag == "VBN" and tokens[first - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
        or tokens[verb].tag == "VB" and (tokens[first - 1].tag in ("NNS", "NNPS") or lowers[first - 1] == "they")
        or tokens[verb].tag == "VBN" and _after_aside(tokens, first - 1)  # "a company called Acme, owned by Jo Hale, sold"
        or _adjective_read_verb(tokens, verb)  # "Its parent company, Delta Holdings, forked out £30m"
    )
    level = _measures_subject(lowers[verb])
    perfect = first == verb - 1 and lowers[first] == "having" and first >= 2 and tokens[first - 1].text == ","  # ", having attracted 900 students"
    if (first == verb and lowers[verb].endswith("ing") or perfect) and first >= 2 and tokens[first - 1].text == "," and not level:
        # "Disney has made an enormous bet, spending more than $3 billion": the participle's subject is the main clause's
        main = _main_verb_before(tokens, first - 2)
        if main is None or lowers[main] in classes or (_measures_subject(lowers[main]) or lowers[main] in _BE_FORMS_AND_BEING) and not perfect:
            return None  # a perfect participle is the subject's whatever the main verb ("The college was scrapped, having attracted")
        first = main
        while first - 1 >= 0 and (tokens[first - 1].tag.startswith("VB") or tokens[first - 1].tag in ("MD", "RB") or lowers[first - 1] in _OPENING_ADVERBS):
            first -= 1
    elif not (past or any(t.tag in FINITE_TAGS for t in group) or _noun_read_verb(tokens, verb)):
        return None  # "to raise $5m": no finite verb, no subject of its own here
    if tokens[first].tag == "TO":
        return None
    found = _subject_before(text, low, tokens, first, level=level)
    if found is None and not level:
        found = _relative_antecedent(text, low, tokens, first)  # "super PACs that have raised $1 million": the relative's antecedent acts
    if found is None and level:
        found = _possessor_before(text, low, tokens, first)  # "Norway's defence spending will reach 2.4%", "Revenue at Halford Retail slid 9%"
    if found is None or instrument(found.text) or _INDEX_WORDS.search(found.text) or re.search(r"\d", found.text) or found.start > 0 and text[found.start - 1].isalnum():
        return None  # "The equity benchmark Sensex scaled a new high of 40,816": an index is measured, no one holds it
    return found


_TRANSFER_PASSIVE = frozenset(
    "paid awarded given granted handed sent transferred returned refunded allocated allotted donated lent loaned "
    "offered promised pledged wired channelled channeled funnelled funneled passed distributed credited".split()
)
"""Participles of giving whose passive names the recipient after 'to' ("was paid to", "were sent to")."""
_GOING = frozenset("went go goes gone flowed flows flow".split())
"""Verbs of money going to someone ("A grant of £45,000 went to the committee"); not "going", which is
mostly a future ("is going to") or a trip ("states going to the polls")."""
_RECIPIENT_STOPS = frozenset("for from in on at over after before during under by with since until as than this last next each per".split())


def recipient_after(text: str, end: int, high: int) -> Phrase | None:
    """The recipient of a figure that stands in its clause's subject, given to someone named after
    'to' with no agent stated ("A fee of $75,000 was paid to Carrow Consulting", "$1.3m in back pay was
    awarded to 40 former drivers", "A grant of £45,000 went to the village hall committee"): the
    guideline's third choice. Within the clause (no comma, semicolon, colon or bracket before it),
    the subject's words after the figure first (at most eight, none a verb), then a passive of giving
    or a verb of going, then 'to' and a name or a described group (its last word capitalized or an
    agentive noun; 'of' and a name may follow: "customers of Brightline Energy"); None when 'by'
    names an agent after it."""

    stop = re.compile(r"[,;:()\"“”—–]|\s-\s|\.(?:\s|$)").search(text, end, high)
    limit = stop.start() if stop else high
    words = list(re.finditer(r"[\w'’&.-]+", text[end:limit]))
    lexicon = _tagger().lexicon
    if words and lexicon.get(words[0].group(0), "").startswith("NN"):
        return None  # "A letter about the $5m deal was sent to the board": the figure describes a thing, which is what went
    auxiliaries = ("has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall")
    k = 0
    while k < len(words) and k < 8 and words[k].group(0).lower() not in _BE_FORMS_AND_BEING | _GOING | frozenset(auxiliaries):
        word = words[k].group(0)
        if lexicon.get(word, "") in ("VBD", "VBZ", "VBP", "MD"):
            return None  # another verb first: the figure is no subject of a giving ("in back pay" is a noun)
        k += 1
    if k >= len(words):
        return None
    j = k
    while j + 1 < len(words) and words[j].group(0).lower() in auxiliaries or words[j].group(0).lower() in ("been", "be") and j + 1 < len(words) and words[j + 1].group(0).lower() in _BE_FORMS_AND_BEING:
        j += 1  # "will go", "has been paid", "will be sent"
    if words[j].group(0).lower() in _BE_FORMS_AND_BEING:
        while j + 1 < len(words) and (words[j + 1].group(0).lower() in _BE_FORMS_AND_BEING or words[j + 1].group(0).lower() in _OPENING_ADVERBS or lexicon.get(words[j + 1].group(0), "") == "RB"):
            j += 1
        if j + 1 >= len(words) or words[j + 1].group(0).lower() not in _TRANSFER_PASSIVE:
            return None
        j += 1
    if j + 2 >= len(words) or words[j + 1].group(0).lower() != "to":
        return None
    if any(w.group(0) == "by" for w in words[j + 2 :]):
        return None  # "was sent to X by the insurer": the payer is stated, the guideline's agent (another rule's)
    return _recipient_words(text, end, words[j + 2 :])


def _recipient_words(text: str, end: int, who: list) -> Phrase | None:  # type: ignore[type-arg]
    """The name or described group that opens `who` (word matches after `end`): its longest run of up to
    seven words ending in a capitalized word or an agentive noun, before a preposition other than 'of'."""
    taken: list[re.Match] = []  # type: ignore[type-arg]
    for n, word in enumerate(who[:7]):
        lower = word.group(0).lower()
        if lower in _RECIPIENT_STOPS or n and lower in ("to", "and") or word.group(0).endswith("."):
            if word.group(0).endswith(".") and lower.rstrip(".") not in _RECIPIENT_STOPS:
                taken.append(word)
            break
        taken.append(word)
    best = None
    for n in range(len(taken), 0, -1):
        last = taken[n - 1].group(0).rstrip(".")
        if last.lower() in ("of", "the", "a", "an"):
            continue
        if last[:1].isupper() or agentive(last.lower()):
            best = n
            break
    if best is None:
        return None
    begin = end + taken[0].start()
    finish = end + taken[best - 1].start() + len(taken[best - 1].group(0).rstrip("."))
    if text[begin:finish].split()[0].lower() in _QUANTIFIERS | {"them", "him", "her", "it", "us", "me", "you"}:
        return None
    return Phrase(text[begin:finish], begin, finish)


_OFF_AFTER = re.compile(r"(?:\s+(?:a|per|each)\s+(?:year|month|week|head))?\s+(?:better|worse)\s+off\b|\s+(?:richer|poorer|out\s+of\s+pocket|in\s+the\s+red|in\s+debt)\b")
"""What someone is 'better off', 'worse off', 'richer' or 'out of pocket' by: theirs, after a form of 'be'."""
_DATED_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|since|previously|prior)\b")
_DATING_BEFORE = re.compile(r"\b(?:every|each|past|next|last|within|per)\s+(?:[a-z]+\s+)?$", re.I)
_GAP_PREPOSITIONS = frozenset("of at to by about around over under up than".split())
"""Prepositions that may stand inside the object before its figure ("a personal best of 7.96m", "cut it
to 10 percent", "won by 10 points", "up to 40%", "more than $5m")."""
_PARTICLE_SENSES = frozenset(("harming", "selecting"))
"""Verb classes whose verbs mean another act with a particle after them ("picked up three personal bests")."""
_PARTICLES = frozenset("for in out on off up down into through".split())
"""Particles of a phrasal verb right after it ("accounts for 40%", "took in $4.8m", "paid out £2m", "burned through £30m")."""
_GAP_DEMONSTRATIVES = frozenset("that this these those".split())
_INDEX_WORDS = re.compile(r"\b(?:benchmark|index|indices|indexes|average|gauge)\b", re.I)
"""Words naming a market index as a clause's subject ("The equity benchmark Sensex scaled a high of
40,816"): the index is what is measured, no one holds it."""


_BE_FORMS_AND_BEING = frozenset("is are was were be been being am 's ’s".split())
_AUXILIARIES_AND_CONTRACTIONS = _BE_FORMS_AND_BEING | frozenset("has have had do does did will would can could may might must shall should 'd ’d 'll ’ll 've ’ve".split())
"""Forms of "be" and auxiliaries, "being" and contractions ("'s", "'ll", "'ve") among them: more than syntax's
`_BE_FORMS` (no "being") and `_AUXILIARIES` (no "am", "being" or contraction), so not imported from there."""


def _noun_read_verb(tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """A word the tagger read as a noun that is the verb after its subject ("the billionaires control
    more than 4 percent", "A super PAC ... accounts for 40%", past an adverb: "Small firms now account for
    45%"): lower-case, a form the lexicon knows
    a past tense of, agreeing with the noun or pronoun right before it (an -s form after a singular
    or a name, a plain form after a plural, "they" or two names joined by "and"), and followed by no
    noun of its own."""

    if k < 1 or k + 1 >= len(tokens) or tokens[k].tag not in ("NN", "NNS") or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return False
    b = k - 1
    while b >= 1 and tokens[b].tag == "RB" and tokens[b].text.islower() and tokens[b].lower not in ("not", "n't"):
        b -= 1  # "Small firms now account for 45%", "Acme and Zenco together account for": past an adverb
    before, after, word = tokens[b], tokens[k + 1], tokens[k].lower
    if after.tag in ("NN", "NNS", "NNP", "NNPS", "POS") or after.text in ("'s", "’s"):
        return False
    lexicon = _tagger().lexicon
    if word.endswith("s"):
        return before.tag in ("NN", "NNP") and (_present_verb(word, lexicon) or word in holding_verbs())
    paired = before.tag == "NNP" and any(t.lower in ("and", "&") for t in tokens[max(0, b - 4) : b])  # "Acme and Zenco account for"
    return (before.tag in ("NNS", "NNPS") or before.lower == "they" or paired) and (_has_verb_forms(word, lexicon) or word in holding_verbs())


_TWO_WORD_ADVERBS = frozenset((("in", "fact"), ("of", "course"), ("so", "far"), ("in", "turn"), ("at", "least")))


def _main_verb_before(tokens: Sequence, k: int) -> int | None:  # type: ignore[type-arg]
    """The finite verb of the clause that ends at token `k` (before a participle's comma), the last one
    with no comma, colon, semicolon, dash or clause word after it: "Acme made a bet, spending ..." ->
    "made"; None when the clause holds another clause's opening."""
    from .syntax import FINITE_TAGS as finite

    for j in range(k, max(-1, k - 25), -1):
        t = tokens[j]
        if t.text in (",", ";", ":", "(", ")", "—", "–", "--") or t.tag == ":" or t.lower in ("that", "which", "who", "when", "while", "because", "if", "although"):
            return None
        if t.tag in finite or t.tag == "VBN" and j >= 1 and tokens[j - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP"):
            return j
        if t.tag == "VBN" and j >= 2 and tokens[j - 1].text == ",":
            opening = next((o for o in range(j - 2, max(-1, j - 9), -1) if tokens[o].text == ","), -1)
            return j if opening >= 1 and _aside_is_name(tokens, opening, j - 1) else None  # "A super PAC, Right Way PAC, led the way, spending"
    return None


def _adjective_read_verb(tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """A past form in -ed the tagger read as an adjective right after its subject or the comma closing
    an aside after it, before a particle or the object ("Its parent company, Delta Holdings, forked out
    £30m"): the clause's finite verb."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].tag != "JJ" or not tokens[k].text.islower() or not tokens[k].text.endswith("ed"):
        return False
    after = tokens[k + 1]
    if not (after.lower in _PARTICLES or after.tag in ("DT", "PRP$", "FIG", "CD")):
        return False
    return tokens[k - 1].tag in ("NNP", "NNPS", "PRP") or _after_aside(tokens, k - 1)


def _gerund_after_verb(tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """A verb of having, paying or spending in -ing that the tagger read as a noun right after a
    verb ("reported spending $1.1 million"): the verb that takes the figure."""

    if k < 1 or tokens[k].tag not in ("NN", "NNS"):
        return False
    if tokens[k - 1].text == ",":  # ", spending $2m on roads": a participle after its clause
        return tokens[k].lower.endswith("ing") and _ing_verb(tokens[k].lower, _tagger().lexicon)
    return tokens[k].lower in _HAVING_ING and tokens[k - 1].tag.startswith("VB")


_RATE_NOUNS = frozenset("day week month year night hour season time".split())
_TIME_NOUNS = _RATE_NOUNS | frozenset("summer winter spring autumn fall morning evening afternoon weekend decade century quarter term period days weeks months years".split())


def _second_object_after(tokens: Sequence, at: int) -> bool:  # type: ignore[type-arg]
    """Whether the count at `at` is a verb's first object with a second one after it ("sent 50 men a day
    the same text", "gave 200 families a grant"): a noun phrase opened by a determiner or possessive
    right after the count's own nouns, past a rate ("a day", "each week")."""
    k = at + 1
    while k < len(tokens) and k <= at + 3 and tokens[k].tag in ("NN", "NNS", "JJ") and tokens[k].text.islower():
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower in ("a", "an", "each", "every", "per") and tokens[k + 1].lower in _RATE_NOUNS:
        k += 2
    if not (k + 1 < len(tokens) and tokens[k].tag in ("DT", "PRP$") and tokens[k].lower not in ("that", "which", "each", "every", "all", "both")):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].tag in ("JJ", "JJS", "JJR"):
        j += 1
    return j < len(tokens) and tokens[j].tag in ("NN", "NNS") and tokens[j].lower not in _TIME_NOUNS  # not "signed 12 players this summer"


def _figure_opens_clause(tokens: Sequence, at: int) -> bool:  # type: ignore[type-arg]
    """Whether the figure at `at`, with the nouns that follow it, is the subject of a finite verb right
    after ("said 5,000 people attended", "found 40% support the plan")."""
    k = at + 1
    while k < len(tokens) and k <= at + 3 and tokens[k].tag in ("NN", "NNS", "JJ") and tokens[k].text.islower():
        k += 1
    return k < len(tokens) and tokens[k].tag in FINITE_TAGS


def _attached_higher(tokens: Sequence, end: int) -> bool:  # type: ignore[type-arg]
    """Whether the noun phrase ending at token `end` is a preposition's object right after a name or
    a person, body or place noun ("the Housing Authority in Arizona"): a relative clause after it may
    be about either, so its antecedent is no clear subject. After any other noun ("a key focus for
    super PACs") the phrase is the one the clause is about."""
    j = end
    while j - 1 >= 0 and tokens[j - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$", "POS", "VBG", "CD") and not (tokens[j - 1].tag == "VBG" and tokens[j - 1].text[:1].isupper()):
        j -= 1
    if j - 2 < 0 or tokens[j - 1].tag != "IN":
        return False
    before = tokens[j - 2]
    return before.tag in ("NNP", "NNPS") or before.lower in _agentive_nouns()


def _measures_subject(verb: str) -> bool:
    """A verb of level or change ("stood at", "fell", "totaled"; `helpers.figure_patterns.LEVEL_VERBS`):
    its subject is what the figure measures."""

    return verb in fp.LEVEL_VERBS


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def _possessor_before(text: str, low: int, tokens: Sequence, first: int) -> Phrase | None:  # type: ignore[type-arg]
    """The possessor of the subject that ends right before the verb group opening at `first`, for a verb
    of level or change (whose subject is what the figure measures, so its possessor holds it: the
    guideline's first choice): a name or a described group before "'s" or a plural's apostrophe
    ("Norway's defence spending will reach 2.4%", "Households' savings fell to £1,200"), or after
    "of", "at" or "from" ("Revenue at Halford Retail slid 9%", "Exports from Chile rose 6%"), or a
    place's name after "in" ("House prices in Yorkshire climbed 3.2%"); the subject opening its clause."""
    k = first - 1
    if k < 0 or tokens[k].tag not in _NOUN_TAGS:
        return None
    j = k
    while j - 1 >= 0 and (
        tokens[j - 1].tag in (*_NOUN_TAGS, "JJ", "JJR", "JJS", "DT", "PRP$", "POS")
        or tokens[j - 1].text in ("'", "’", "&", "-")
        or tokens[j - 1].lower in ("of", "at", "from", "in") and tokens[j].text[:1].isupper() or tokens[j - 1].lower in ("at", "from") and tokens[j].lower == "the"
        or tokens[j - 1].lower == "of" and tokens[j].tag in ("DT", *_NOUN_TAGS, "JJ", "VBG")
    ):
        j -= 1
        if k - j > 10:
            return None
    if j >= 1 and tokens[j - 1].tag in ("CD", "FIG", "VBG") or tokens[j].lower in ("of", "at", "from", "in"):
        return None  # "74 percent of voters were 45": a share's group; "claiming the party's move": a participle's object
    if not (_opens_clause_at(tokens, j) or _after_opening_time(text, low, tokens, j)):
        return None
    words = tokens[j : k + 1]
    mark = next((n for n, t in enumerate(words) if t.text in ("'s", "’s", "'", "’") and n >= 1 and (t.text in ("'s", "’s") or words[n - 1].text.endswith("s"))), None)
    if mark is not None:
        owner = words[:mark]
    else:
        link = next((n for n, t in enumerate(words) if t.lower in ("of", "at", "from", "in") and n >= 1), None)
        if link is None:
            return None
        owner = words[link + 1 :]
        if words[link].lower == "in" and not all(t.text[:1].isupper() for t in owner):
            return None  # "in the eurozone": a place named by a common noun is left
    if not owner or owner[0].tag == "PRP$" or any(t.tag == "CD" or t.text in ("'", "’", "'s", "’s") for t in owner):
        return None
    named = all(t.text[:1].isupper() or t.lower in ("of", "and", "&", "the") for t in owner)
    if not named and not (owner[-1].tag in ("NNS", "NN") and agentive(owner[-1].lower) and owner[-1].lower not in _NOT_SUBJECTS):
        return None
    if named and (names_nothing(owner[0].text) or no_name(owner[-1].text)):
        return None
    begin, finish = low + owner[0].start, low + owner[-1].end
    return Phrase(text[begin:finish], begin, finish)


_GAME_RESULTS = frozenset("won win wins lost lose loses drew draw draws triumphed tied".split())
"""Verbs of a game's result ("lost 2-0 at Elm Park")."""
_RESULT_SEQUELS = frozenset(
    "ended ends meant means left leaves put puts extended extends kept keeps sparked sparks sent sends gave gives secured secures snapped snaps lifted lifts".split()
)
"""Verbs of what a result did ("which ended their run", "which meant relegation"), not of what a place has ("which holds 30,000")."""


_RESULT_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_GAME_RESULTS)) + r")(?:\s+\d+[-–]\d+)?\s+(?:in|at)\s+(?:the\s+)?$")
"""A verb of a game's result, a score after it, then "at"/"in" right before a venue ("lost 2-0 at ")."""


def result_venue_before(text: str) -> bool:
    """Whether `text` ends on a verb of a game's result and "at"/"in" before a venue ("Rovers lost 2-0 at ")."""
    return _RESULT_VERB_BEFORE.search(text[-60:]) is not None


def result_sequel(verb: str) -> bool:
    """A verb of what a result did ("ended", "meant"): a ", which" clause with it after a venue takes up the result."""
    return verb.lower() in _RESULT_SEQUELS


def _result_venue(tokens: Sequence, head: int) -> bool:  # type: ignore[type-arg]
    """Whether the name ending at `head` is where a game's result was had: after "at"/"in" (and "the"),
    a verb of winning, losing or drawing before it, a score between ("Rovers lost 2-0 at Elm Park")."""
    j = head
    while j - 1 >= 0 and tokens[j - 1].tag in ("NNP", "NNPS"):
        j -= 1
    if tokens[j].tag not in ("NNP", "NNPS"):
        return False
    j -= 1
    if j >= 0 and tokens[j].lower == "the":
        j -= 1
    if j < 1 or tokens[j].lower not in ("at", "in"):
        return False
    j -= 1
    while j >= 0 and (tokens[j].tag in ("CD", "FIG") or re.fullmatch(r"\d+[-–]\d+", tokens[j].text)):
        j -= 1  # the score
    return j >= 0 and tokens[j].lower in _GAME_RESULTS


def _subject_before(text: str, low: int, tokens: Sequence, first: int, level: bool = False) -> Phrase | None:  # type: ignore[type-arg]
    """The subject that ends right before the verb group opening at `first` (past an aside between
    commas or a relative clause after its head), if it opens its clause and names an agent. A
    relative's antecedent before ", which/who" only when the verb is not one of level or change
    (`level`): "the gap in pledged delegates, which stood at 263" measures the gap, not the delegates
    the relative clause follows."""
    from .syntax import FINITE_TAGS as finite

    k = first - 1
    if k >= 1 and tokens[k].lower in ("itself", "themselves", "himself", "herself"):
        k -= 1  # "The council itself will chip in £500,000"
    relative = False
    apposed: tuple[int, int] | None = None
    antecedent = k >= 2 and tokens[k].lower in ("which", "who") and tokens[k - 1].text == "," and tokens[k - 2].tag in ("NN", "NNS", "NNP", "NNPS")
    if antecedent and level:
        return None
    if antecedent and _attached_higher(tokens, k - 2):
        return None  # "the Hopi Housing Authority in Arizona, which has a backlog of 500 homes": the authority's, not the place's
    if antecedent and _result_venue(tokens, k - 2) and tokens[first].lower in _RESULT_SEQUELS:
        return None  # "Rovers lost 2-0 at Elm Park, which ended a 12-match run": the "which" takes up the result, not the ground
    if antecedent:  # "super PACs supporting presidential candidates, which reported spending $10 million": the relative's antecedent
        k -= 2
        relative = True
    elif k >= 0 and tokens[k].text == ",":  # "Our rivals, whom we meet next week, had": skip the aside back to its opening comma
        j = k - 1
        while j >= 0 and tokens[j].text != "," and k - j <= 20 and (tokens[j].tag not in (":", "(", ")") or tokens[j].text in ("'", "’")):
            j -= 1
        if j < 0 or tokens[j].text != "," or k - j > 20:
            return None
        if _aside_is_name(tokens, j, k):
            apposed = (low + tokens[j + 1].start, low + tokens[k - 1].end)  # "A super PAC backing him, Right Way PAC, led the way"
        k = j - 1
        relative = True
    # walk back over a relative clause after the head ("groups that can accept unlimited donations")
    rel = next((j for j in range(k, max(-1, k - 10), -1) if tokens[j].lower in ("that", "who", "which") or tokens[j].text in (",", ":", ";")), -1)
    if rel > 0 and tokens[rel].lower in ("that", "who", "which") and any(tokens[j].tag in finite for j in range(rel + 1, k + 1)) and tokens[rel - 1].tag in ("NN", "NNS", "NNP", "NNPS"):
        k = rel - 1
        relative = True
    if k >= 2 and tokens[k].tag in ("VBZ", "VBD", "VBP") and tokens[k - 1].lower in ("he", "she", "they", "we", "i", "you") and tokens[k - 2].tag in ("NN", "NNS", "NNP", "NNPS"):
        k -= 2  # "A company he owns has charged": a relative clause with no "that", after its head
        relative = True
    if k < 0 or tokens[k].tag not in ("NN", "NNS", "NNP", "NNPS", "PRP"):
        return None
    head = k
    # the noun phrase that ends at the head: back over nouns, adjectives, determiners and possessives
    j = head
    while j - 1 >= 0 and (
        tokens[j - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PDT", "PRP$", "POS", "VBN", "VBG", "CD")
        and not (tokens[j - 1].tag in ("VBN", "VBG") and tokens[j - 1].text[:1].isupper())
        or tokens[j - 1].text in ("&", "-") or tokens[j - 1].lower in ("of", "and") and j - 2 >= 0 and tokens[j - 2].tag in ("NNP", "NNPS") and tokens[j].tag in ("NNP", "NNPS")
    ):
        j -= 1
        if tokens[j].tag in ("DT", "PDT", "PRP$"):
            break  # a determiner opens the phrase: "Last year the owners" is a time and a subject
    if tokens[j].lower == "that" and j < head and j >= 1 and tokens[j - 1].tag.startswith("VB"):
        j += 1  # "Analysts reckon that tenants would be ...": the clause's "that", no determiner
    if tokens[head].tag == "PRP" and j != head:
        return None
    j = _listed_names_before(tokens, j, head)
    # a noun phrase inside a prepositional phrase of a larger one ("a quartet of groups", "lots on that stretch of highway")
    outer, inner = j, head
    while outer - 2 >= 0 and not antecedent:
        if tokens[outer - 1].tag == "IN" and tokens[outer - 1].lower in ("of", "on", "in", "at", "from", "with", "for") and tokens[outer - 2].tag in ("NN", "NNS", "NNP", "NNPS"):
            o = outer - 2
        elif outer - 3 >= 0 and tokens[outer - 1].tag in ("IN", "TO") and tokens[outer - 2].tag in ("VBN", "VBG") and tokens[outer - 2].text.islower() and tokens[outer - 3].tag in ("NN", "NNS", "NNP", "NNPS"):
            o = outer - 3  # "A super PAC aligned with Republican Jeb Bush": a participle's phrase after the head
        elif tokens[outer - 1].tag == "VBG" and tokens[outer - 1].text.islower() and tokens[outer - 2].tag in ("NN", "NNS", "NNP", "NNPS"):
            o = outer - 2  # "super PACs supporting presidential candidates"
        elif tokens[outer - 1].lower in ("called", "named") and tokens[outer - 2].tag in ("NN", "NNS") and outer == j and all(t.tag in ("NNP", "NNPS") for t in tokens[j : head + 1]):
            o = outer - 2  # "a company called Acme Ltd": the description's name is its holder
            apposed = (low + tokens[j].start, low + tokens[head].end)
        else:
            break
        head_of_larger = o
        while o - 1 >= 0 and tokens[o - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PDT", "PRP$", "POS", "CD") or o - 1 >= 0 and tokens[o - 1].text in ("&", "-"):
            o -= 1
        inner = head_of_larger  # the larger phrase's head
        outer = o
    if not antecedent and not _opens_clause_at(tokens, outer) and not _after_opening_time(text, low, tokens, outer):
        return None
    words = tokens[outer : inner + 1]
    if words[0].lower in _QUANTIFIERS:
        return None  # "Most managers want a four-year contract": no one in particular
    if words[0].lower in ("a", "an") and inner == head and not relative:
        return None  # "A candidate needs 2,383 delegates": any candidate; "A super PAC aligned with ..." names one
    if any(t.tag in ("FIG", "CD") for t in words):
        return None  # "1 million donors made 2.5 million contributions": a count's own path
    head_token = tokens[inner]
    lower = head_token.lower
    if head_token.tag == "PRP":
        if lower not in _PRONOUN_AGENTS:
            return None
    elif head_token.tag in ("NNP", "NNPS") and head_token.text[:1].isupper():
        if names_nothing(head_token.text) or no_name(head_token.text):
            return None
    elif lower in _NOT_SUBJECTS or not agentive(lower):  # "the e-University", "Shoppers"
        # "a quartet of groups": the larger phrase's head is a measure of the agents named inside it
        measure = inner != head and tokens[outer].lower in ("a", "an") and _lower_at(tokens, inner + 1) == "of"
        if not (measure and (agentive(tokens[head].lower) and tokens[head].tag in ("NNS", "NN") or tokens[head].tag == "NNPS")):
            return None
    if lower in _NOT_SUBJECTS:
        return None
    of_phrase = inner != head and _lower_at(tokens, inner + 1) == "of"  # "a pair of charities", "the leaders of the unions": the whole phrase
    last = head if of_phrase or inner != head and not agentive(lower) and head_token.tag not in ("NNP", "NNPS") else inner
    begin = low + tokens[outer].start
    finish = low + tokens[last].end
    if apposed is not None and tokens[outer].tag in ("DT", "PRP$") and head_token.tag != "PRP":
        begin, finish = apposed  # the name a description stands beside is the guideline's holder
    return Phrase(text[begin:finish], begin, finish)


_NAME_JOINS = frozenset("of for and & to the".split())


def _aside_is_name(tokens: Sequence, opening: int, closing: int) -> bool:  # type: ignore[type-arg]
    """Whether the aside between the commas at tokens `opening` and `closing` is a name standing beside the
    common noun before it ("A super PAC backing him, Right Way PAC, led the way"): at most six words, the
    first and last capitalized, only capitalized nouns and small joining words between; not after a name ("Rob Hale,
    R-Ohio,": a label of the name, not another one)."""
    words = tokens[opening + 1 : closing]
    before = tokens[opening - 1] if opening >= 1 else None
    if not 1 <= len(words) <= 6 or before is None or not (before.tag in ("NN", "NNS") and before.text.islower() or before.lower in ("him", "her", "them")):
        return False
    if not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
        return False
    return all(t.tag in ("NNP", "NNPS", "NN", "NNS") and t.text[:1].isupper() or t.lower in _NAME_JOINS for t in words)


def _listed_names_before(tokens: Sequence, j: int, head: int) -> int:  # type: ignore[type-arg]
    """Where a list of names ends in the phrase `j`-`head` ("Trump and Carson") opens, with the names
    before it set off by commas ("Cruz, Trump and Carson took a combined 61 percent"): only when the
    list then opens its clause ("In Ohio, Trump and Carson" keeps the two after the opening phrase)."""
    names = ("NNP", "NNPS")
    if not any(t.lower == "and" for t in tokens[j : head + 1]) or tokens[j].tag not in names:
        return j
    k = j
    while k - 2 >= 0 and tokens[k - 1].text == "," and tokens[k - 2].tag in names:
        first = k - 2
        while first - 1 >= 0 and tokens[first - 1].tag in names:
            first -= 1
        k = first
    return k if k < j and _opens_clause_at(tokens, k) else j


def _after_aside(tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """Whether token `k` is a comma closing an aside that opens with a comma after a noun ("Acme, owned by
    Jo Hale,"): a verb after it is the noun's, finite even where the tagger read a participle."""
    if k < 2 or tokens[k].text != ",":
        return False
    opening = next((j for j in range(k - 1, max(-1, k - 12), -1) if tokens[j].text in (",", ";", ":", "(", ")")), None)
    return opening is not None and opening >= 1 and tokens[opening].text == "," and tokens[opening - 1].tag in ("NN", "NNS", "NNP", "NNPS") and opening < k - 1


_SALE_VERBS = frozenset("sell sells sold selling buy buys bought buying purchase purchases purchased purchasing".split())


def _sale_price(tokens: Sequence, k: int, at: int) -> bool:  # type: ignore[type-arg]
    """Whether the "for" at token `k` gives the price of a sale, right before the sum at `at` ("sold the
    car lot for $510,000", "bought the club for about £20m"): the seller or buyer acts on the sum."""
    if tokens[k].lower != "for" or any(tokens[j].tag not in ("RB", "JJ", "JJR", "IN") for j in range(k + 1, at)):
        return False
    verb = next((j for j in range(k - 1, max(-1, k - 7), -1) if tokens[j].tag.startswith("VB")), None)
    return verb is not None and tokens[verb].lower in _SALE_VERBS


def _lower_at(tokens: Sequence, k: int) -> str:  # type: ignore[type-arg]
    """The lower-cased word at token `k`, or "" past the end."""
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def _after_opening_time(text: str, low: int, tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """Whether the words before token `k` are only a time that opens the sentence ("Last year the
    owners sank £10m", "On Monday the club paid"): the subject still opens its clause."""

    before = text[low : low + tokens[k].start].strip(" ,\"“‘'")
    return bool(before) and fp.TIME.fullmatch(before) is not None


_FRAMING_BEFORE = re.compile(
    r"(?<![\w'’-])(?:for|over|during)\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:past|last|next|first|coming|previous|following)\s+)?"
    r"(?:(?:about|almost|nearly|more\s+than|just|some|around|roughly)\s+)?$"
)
"""A preposition and the words that open a duration saying how long a clause's act goes on ("for the next four years",
"over 15 years", "during the last three months")."""


def framed_agent(text: str, low: int, high: int, start: int, end: int) -> Phrase | None:
    """Who acts in the clause a duration after "for", "over" or "during" says the length of ("Acme has agreed a
    deal with Zenco for the next four years", "Ms Lee pledged £960m over 15 years", "the club will lose £10m over
    the next six months"): the subject of the clause's finite verb, found as `clause_agent` finds it for an
    object, when it names people or a body. The guideline's duration that frames its clause takes that clause's
    holder. Not after a verb of level or change ("prices will fall over the next five years": what is measured),
    of saying, estimating, measuring or harming, nor a passive (the thing acted on), nor a date ("for 2015"),
    nor when the duration itself is followed by a comparison ("for five years ago")."""
    from .syntax import FINITE_TAGS as finite

    if (before := _FRAMING_BEFORE.search(text, max(low, start - 60), start)) is None or _DATED_AFTER.match(text, end):
        return None
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:start]) if c in ";:—–"])
    tree = parse(text[low:end], [(start - low, end - low)])
    tokens = tree.tokens
    opening = next((k for k, t in enumerate(tokens) if t.start >= before.start() - low), -1)
    if opening < 2:
        return None
    lowers = [t.lower for t in tokens]
    verb = _main_verb_before(tokens, opening - 1)
    if verb is None:
        return None
    if any(t.text in (",", ";", ":", "(", ")") for t in tokens[verb:opening]):
        return None
    # the verb that carries the clause's meaning: the last verb of the group that opens at the finite one
    last = verb
    while last + 1 < opening and (tokens[last + 1].tag.startswith("VB") or tokens[last + 1].tag == "RB" or lowers[last + 1] in ("not", "to")):
        last += 1
    meaning_verb = lowers[last]
    if _measures_subject(meaning_verb) or meaning_verb in _not_holding_verbs():
        return None  # "prices will fall over the next five years", "he said for years": what is measured, a source
    if tokens[last].tag == "VBN" and any(lowers[j] in _BE_FORMS_AND_BEING for j in range(max(0, last - 3), last)):
        return None  # "the plant was closed for two years": what is acted on
    first = verb
    while first - 1 >= 0 and (tokens[first - 1].tag in ("MD", "RB") or lowers[first - 1] in _AUXILIARIES_AND_CONTRACTIONS or lowers[first - 1] in _OPENING_ADVERBS):
        first -= 1
    if not any(t.tag in finite for t in tokens[first : last + 1]) and not (tokens[verb].tag == "VBN" and first >= 1):
        return None
    found = _subject_before(text, low, tokens, first)
    if found is None or found.text.lower() in ("i", "we", "you", "it", "they") or re.search(r"\d", found.text):
        return None  # ("they can claim their first win for over 50 years": which of the bodies before, a guess)
    return found


_MEMBER_NOUNS = frozenset(
    "members staff employees workers officials officers directors councillors councilors mps msps meps peers senators "
    "players volunteers activists executives trustees people".split()
)
"""Nouns counting the people a body is made of ("eight members of London UKIP", "300 staff of the trust")."""
_MEMBERS_OF = re.compile(r"\s+(?:(?:of|in)\s+)(?P<body>(?:the\s+)?[A-Za-z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})")


def members_body(text: str, subject: Phrase | None, names: Names) -> Phrase | None:
    """The body whose members a count counts ("around eight other members of London UKIP", "the two main people in
    the party"): the guideline's possessor, written after "of" or "in" (as "profit of Exxon"); a name the article
    reads as a group or an unsorted name, or "the" + a body's noun pointing back to one ("the party" -> Labour);
    not a place ("5,000 people in London" is where), a person ("supporters of Mr Hale"), nor "the public"."""
    if subject is None or subject.text.split()[-1].lower() not in _MEMBER_NOUNS:
        return None
    found = _MEMBERS_OF.match(text, subject.end)
    if found is None:
        return None
    body = Phrase(found.group("body"), found.start("body"), found.end("body"))
    of = text[subject.end : body.start].strip().startswith("of")
    if body.text[:1].isupper() or body.text.startswith("the ") and body.text[4:5].isupper():
        start = body.start + (4 if body.text.startswith("the ") else 0)
        k = bisect.bisect_left(names.positions, start)
        whole = [n for n in names.names[k : k + 3] if n.start == start and (n.kind == "group" or of and n.kind == "name")]
        if not whole or _modifies_noun(text, whole[0].end):
            return None  # "people of Philippine descent", "councillors in the Bordesley Green ward": a modifier, not the body
        return Phrase(whole[0].text, whole[0].start, whole[0].end)
    words = re.match(r"the\s+([a-z]+)\b", body.text)
    if words is None or words.group(1) not in group_nouns() or words.group(1) in ("public",) or _modifies_noun(text, body.start + len(words.group(0))):
        return None
    return Phrase(words.group(0), body.start, body.start + len(words.group(0)))  # "the two main people in the party": as written


    # (resolving "the committee" to the body named before took a Royal Commission for a Commons committee)


_RELATIVE_WORDS = frozenset(("who", "that"))
_PLACE_PREPOSITIONS = frozenset("in at near outside inside across throughout from into within around".split())


def _relative_antecedent(text: str, low: int, tokens: Sequence, first: int) -> Phrase | None:  # type: ignore[type-arg]
    """The noun phrase a relative clause opening right before the verb group at `first` is about, when
    its "who"/"that" is the clause's subject ("super PACs that have raised $1 million", "the families who
    would be £630 worse off"): the antecedent acts in the relative clause wherever it stands in the
    sentence. Only a head that names people or a body (a name, or an agentive noun), in a whole phrase
    (a determiner, or a plural or a name), no comma between (", which" asides are `_subject_before`'s),
    no quantifier or count opening it, not a place's object ("a rally in Springfield that drew")."""
    k = first - 1
    if k < 1 or tokens[k].lower not in _RELATIVE_WORDS or tokens[k - 1].tag not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    head = k - 1
    j = head
    while j - 1 >= 0 and tokens[j - 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS") and j - 1 >= head - 5:
        j -= 1
        if tokens[j].tag in ("DT", "PRP$"):
            break
    words = tokens[j : head + 1]
    if words[0].lower in _QUANTIFIERS or words[0].lower in ("a", "an", "any", "every", "each", "no") or any(t.tag in ("FIG", "CD") for t in words):
        return None  # "a candidate who wins 1,237 delegates", "Most firms that": no one in particular
    if words[0].tag not in ("DT", "PRP$") and tokens[head].tag == "NN":
        return None  # "we are the safe, sane alternative who will unite": a bare singular is no whole phrase
    if j >= 1 and tokens[j - 1].lower in _PLACE_PREPOSITIONS:
        return None  # "a rally in Springfield that drew 5,000 people": the clause may be about the noun before the place
    head_token = tokens[head]
    if head_token.tag in ("NNP", "NNPS"):
        if names_nothing(head_token.text) or no_name(head_token.text):
            return None
    elif head_token.lower in _NOT_SUBJECTS or not agentive(head_token.lower):
        return None  # "the deal that cost $5m": a thing, measured or priced, not an agent
    begin, finish = low + tokens[j].start, low + head_token.end
    return Phrase(text[begin:finish], begin, finish)


def _opens_clause_at(tokens: Sequence, k: int) -> bool:  # type: ignore[type-arg]
    """Whether a subject starting at token `k` opens its clause: the sentence's start, after a
    quotation mark, colon, semicolon or dash, after a clause word ("and", "that", "while" ...), or
    after a comma that closes an opening phrase ("In May, the club borrowed ..."); adverbs in between."""
    j = k - 1
    while j >= 0 and (tokens[j].lower in _OPENING_ADVERBS or tokens[j].tag == "RB" and tokens[j].text.islower()):
        j -= 1
    if j < 0:
        return True
    t = tokens[j]
    if t.tag.startswith("VB") and _not_holding_verbs().get(t.lower) in ("reporting", "perceiving", "estimating"):
        return True  # "Mr. Smith said he did not own the five aircraft": the reported clause's own subject, "that" left out
    if t.lower in ("and", "but", "or", "yet", "so"):
        return j == 0 or tokens[j - 1].text in (",", ";", ":", '"', "“")  # "workers and parents": a coordination, not a new clause
    return t.lower in _CLAUSE_STARTS or t.text in (",", ":", ";", "(", '"', "“", "'", "‘", "—", "–", "--") or t.tag in (":",)


_VENUE_ENDINGS = frozenset("stadium arena park field ground centre center hall gardens garden palace road street avenue square".split())
"""Last words of a venue's or a street's name, never a person's, whatever the article's names read."""


def _common_noun_opening(words: str) -> bool:
    """Whether a capitalized subject is a description whose capital is only its sentence's: every word
    lower-case after the first, the first a common word of the tagger's lexicon (a noun or adjective,
    "Shoppers", "Small firms", "Local businesses") or a lone plural it does not know ("Savers"), the last
    an agentive noun."""

    parts = words.split()
    if not parts or not all(p.isalpha() and p.islower() for p in [p.replace("-", "") for p in parts[1:]]):
        return False
    first = parts[0].lower()
    lexicon = _tagger().lexicon
    known = lexicon.get(first, "")[:2] in ("NN", "JJ") or len(parts) == 1 and first.endswith("s") and first not in lexicon  # "Savers"
    return known and agentive(parts[-1])


def named_agent(acting: Phrase, names: Names) -> Phrase | None:
    """The holder `clause_agent`'s subject names: a pronoun or a description ("he", "the club") as
    `Names.find` names it (a "he"/"she" only as a person), a name only when the article's names
    read it as one (a capital opening a sentence may be a common word: "Wakes were under way"),
    any other description as written ("Households", "A super PAC aligned with ...")."""
    asked = wanted(acting.text)
    if asked is not None:
        found = names.find(acting)
        if found is None and " " in acting.text.strip():
            return acting  # "the start-up burned through £30m", "the county has shed 15,000 jobs": a description no name nearby resolves holds as written
        if found is not None and asked[0] == "person" and (
            names.kind_at(found.start, found.end) != "person" or found.text.split()[-1].lower() in _VENUE_ENDINGS
        ):
            return None  # "He threw five touchdowns": a "he" the names resolve to a stadium is no one
        return found
    if acting.text[:1].isupper() and acting.text.split()[0].lower() not in ("the", "a", "an", "our", "their", "its", "his", "her", "my") and names.kind_at(acting.start, acting.end) is None:
        bounds, at = [], 0
        for sep in re.finditer(r",\s+(?:and\s+)?|\s+and\s+", acting.text):
            bounds.append((at, sep.start()))
            at = sep.end()
        bounds.append((at, len(acting.text)))
        listed = "," in acting.text and all(names.kind_at(acting.start + a, acting.start + b) is not None for a, b in bounds)
        if not listed and _common_noun_opening(acting.text):
            return acting  # "Shoppers splurged £2bn", "Small firms racked up £4bn": a described group whose capital is the sentence's
        return acting if listed else None  # "Cruz, Trump and Carson took a combined 61 percent": each a name the article knows
    return acting
