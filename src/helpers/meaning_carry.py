"""Carrying a reading across sentences and figures: a subject given beside the figure, an owner's noun, the previous sentence's topic for "it", and the subject a later figure continues ("of that", "the rest")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import figure_patterns as fp
from .meaning_types import Meaning, Phrase, Topic
from .meaning_words import _names_person, head_noun


def given_subject(meaning: Meaning, text: str, start: int, end: int) -> Meaning:
    """A figure measured only by a giving verb ("gave $5,000", carry "given:gave") measures the
    gifts, donations or payments named last in `text[start:end]` (its sentence and the two before)."""
    if meaning.carry is None or not meaning.carry.startswith("given:"):
        return meaning
    if meaning.subject is not None:  # "$100 worth of stock ..., you pay 50 cents": named in its own sentence
        return replace(meaning, carry=None)
    nouns = fp.GIVING_NOUNS.get(meaning.carry.split(":", 1)[1], ())
    found = None
    if nouns:
        pattern = re.compile(rf"(?i)\b(?:{'|'.join(nouns)})s?\b(?:\s+of\s+[a-z]+)?")
        for found in pattern.finditer(text, start, end):
            pass
    subject = Phrase(found.group(0), found.start(), found.end()) if found else None
    return replace(meaning, subject=subject, carry=None)


_OWNED_AFTER = re.compile(r"['’]s\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_OWNED_STOP = frozenset(
    "by in on at of to for from with than and or but is are was were has have had be been will would could may might"
    " exceeds exceeded trails trailed leads led tops topped".split()
)


def owned_subject(meaning: Meaning, text: str, start: int, end: int) -> Meaning:
    """A margin whose clause's subject is a name compared with another's measure ("Smith trails Jones's
    approval mark by 8 points", carry "owned") measures the name's own measure of that comparison: the
    noun phrase written last after the name's possessive in `text[start:end]` (its sentence and the two
    before: "Jones's approval mark exceeds Smith's vote share by 9 points"); None when there is none."""
    if meaning.carry != "owned":
        return meaning
    found = None
    if meaning.holder is not None and meaning.holder.text:
        owner = re.compile(rf"\b{re.escape(meaning.holder.text.split()[-1])}" + _OWNED_AFTER.pattern)
        for match in owner.finditer(text, start, end):
            words = match.group(1).split()
            kept = []
            for word in words:
                if word in _OWNED_STOP:
                    break
                kept.append(word)
            if kept:
                phrase_start = match.start(1)
                found = Phrase(" ".join(kept), phrase_start, phrase_start + len(" ".join(kept)))
    return replace(meaning, subject=found, carry=None)


def resolve(meaning: Meaning, topic: Topic | None) -> Meaning:
    """Fill a pronoun from the previous sentence's topic: "It rose 5%" measures what it measured;
    "its profits" are the topic's holder's (or the topic's, when it names a company)."""
    if meaning.carry is None or topic is None:
        return meaning
    if meaning.carry_holder:
        owner = topic.holder
        if owner is not None and meaning.carry in ("he", "she") and owner.text[:1].islower() and not _names_person(head_noun(owner.text) or ""):
            owner = None  # "The former secretary of state spoke. She earned $5m": "she" is no state
        holder = meaning.holder or owner or (topic.subject if topic.subject.text[:1].isupper() else None)
        return Meaning(meaning.subject, holder, meaning.time)
    if meaning.subject is None:
        if meaning.carry == "it" and _plural_phrase(topic.subject.text):
            return meaning  # "Two economists, Ann Lee and Bo Hart, studied it. Last year, it averaged $50": "it" stands for no plural
        return Meaning(topic.subject, meaning.holder or topic.holder, meaning.time)
    return meaning


def _plural_phrase(text: str) -> bool:
    """A coordination ("Smith and Jones") or a plural ("prices"), which "it" cannot stand for."""
    if re.search(r"\s(?:and|&)\s", text):
        return True
    before = re.split(r"\s(?:of|in|for|to|on|at|from|with|by|among)\s", text, maxsplit=1)[0].split()
    last = before[-1] if before else ""
    head = head_noun(text)
    return last[:1].islower() and head is not None and head != last.lower()


_SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|a|an)\s+)?")
"""Between a share and its whole: " of the " ("2.5 percent of gross domestic product")."""
_CONTINUED_OF = re.compile(
    r"[\"“‘'(\s]*(?:(?:and|but|so)\s+)?of\s+(?:that|this|those|these|them|it|which|the\s+(?:total|sum|amount|money|figure))\b", re.I
)
"""A sentence that opens "Of that," / "Of those," / "Of the total": a part of what the sentence before measured."""
_CONTINUED_THAT = re.compile(
    r"[\"“‘'(\s]*(?:(?:and|but|so)\s+)?(?:(?:that|this|it)(?:\s+(?:figure|sum|amount|total|number))?|the\s+(?:figure|sum|amount|total)|the\s+(?:overall|combined|new|latest)\s+(?:figure|sum|amount|total))"
    r"(?:['’]s\b|\s+(?:is|was|would\s+be|will\s+be|could\s+be|represents?|represented|amounts?\s+to|amounted\s+to|equals?|equalled|equaled|marks?|marked|means?|meant)\b)",
    re.I,
)
"""A sentence that opens with "That is", "This represents", "It's", "That figure amounts to": a demonstrative
whose figure sizes or restates what the sentence before measured ("That is less than 10 percent of ...",
"That's a 5.5% increase")."""
_CONTINUED_IT = re.compile(
    r"[\"“‘'(\s]*(?:(?:and|but|so)\s+)?(?:(?:last|this|next)\s+(?:year|month|week|quarter)|in\s+\d{4}|by\s+\d{4}|since\s+then|now|today),?\s+it\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:averaged|averages|stood|stands|rose|rises|fell|falls|reached|reaches|totaled|totalled|totals|hit|hits|climbed|dropped|jumped|grew|peaked|was|is|will\s+be|would\s+be)\b",
    re.I,
)
"""A sentence that opens with a time and "it" as the subject of a verb of level or change ("Last year, it averaged
$50", "In 2015, it rose to 5%"): the thing the sentence before measured, at another time."""
AMOUNT_QUALIFIERS = r"about|around|nearly|almost|roughly|some|just|over|more\s+than|less\s+than"
"""Words that qualify an amount right before it ("about $5m", "more than 60%"): the ones every pattern of them
takes, as a pattern's alternatives (no group, no anchor); each pattern adds those it alone takes ("under", "only",
"close to", "at least", "up to", ...). No two alternatives match at one place, so their order changes nothing."""
_CONTINUED_MORE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra|the\s+(?:rest|remainder|remaining|balance|other))\s+"
    rf"(?:(?:{AMOUNT_QUALIFIERS}|under|close\s+to|of)\s+)*$",
    re.I,
)
"""Right before a figure: "another $2m", "a further 10%", "the remaining £3m": more of what was measured before."""
_CONTINUED_PART = re.compile(r"\s+(?:of\s+(?:that|this|those|these|them|it)\b(?!\s+(?:of|to|in|for|who|whom|which|that|with|at|on|from|under|over|between|polled|surveyed|asked|questioned|interviewed|aged|living|earning|making|born)\b)|more\b(?!\s+than\b))", re.I)
"""Right after a figure: "a quarter of that", "10 percent of them", "$1 million more": a part of, or more of, what
was measured before (not "more than", a bound)."""
_VALUED_PRONOUN = re.compile(
    rf"\b(?:him|her|it|them)\s+(?:(?:as\s+high|as\s+low|higher|lower)\s+)?at\s+(?:(?:{AMOUNT_QUALIFIERS}|only|under|close\s+to)\s+)*$",
    re.I,
)
"""Right before a sum: a pronoun valued "at" it ("Bloomberg pegged him at $2.9 billion", "puts it at £5m"): the
same measure the sentence before gave for the one the pronoun stands for."""
_ALLOCATED_AFTER = re.compile(
    r"\s+(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:goes|go|went|going|came|comes|come|(?:is|was|are|were|be|been|being)\s+(?:spent|earmarked|allocated|set\s+aside|used|paid|given|raised))"
    r"\s+(?:to|on|from|for|towards?|into|by|in)\b",
    re.I,
)
"""Right after a figure: a verb that shares out or sources an amount ("60% goes to schools", "$1.2bn came from
exports", "£3m will be spent on roads"): a part of the sum the sentence before named."""
_CONTINUED_REST = re.compile(r"[\"“‘'(\s]*(?:(?:and|but|while)\s+)?the\s+(?:rest|remainder|balance)\b", re.I)
"""A sentence whose subject is "The rest" / "The remainder": what is left of the thing measured before."""
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s|,\s+(?:and|but|while|as|he|she|it|they|we|who|which)\b")
"""Between an opening "That is" and the figure: a clause of its own, which the demonstrative does not govern."""
_NO_HEAD = frozenset(
    "it that this these those them they rest remainder balance figure figures sum amount another other others total".split()
)
"""Subjects that name no measured thing (the guideline's pronouns, "the figure", "the rest", "another")."""
_OTHER_SPEAKER = re.compile(r"[\"”’]\s*,?\s*(?:[A-Za-z.'’-]+\s+){0,5}(?:said|says|added|adds|told|tells|argued|argues|insisted|insists|warned|warns)\b")
"""A quotation closed and its speaker named: what follows may be another voice's."""
CONTINUED_KINDS = ("money", "percent")
"""The kinds of figure that take the subject of the figure their sentence continues."""


def no_head(subject: str | None) -> bool:
    """No subject, or one that names no measured thing ("that", "the rest", "the figure", "another")."""
    if subject is None:
        return True
    words = [w for w in re.findall(r"[a-z]+", subject.lower()) if w not in ("the", "a", "an", "of")]
    return bool(words) and all(w in _NO_HEAD for w in words) or not words


_CHANGE_RESTATED = re.compile(r"(?i)(?:(?:a|an|the|this|that|such\s+a)\s+)?(?:" + "|".join(sorted(fp.CHANGE_NOUNS)) + r")")
"""A subject that is only a change noun, with no "in"/"of" naming what changed ("a decline", "the increase")."""
_RESTATED_KINDS = ("money", "percent", "percentage_points", "number", "count", "quantity")


def bare_change(subject: str | None) -> bool:
    """A subject that is only a change noun ("decline", "the increase"): what changed is not named with it."""
    return subject is not None and _CHANGE_RESTATED.fullmatch(subject.strip()) is not None


def may_continue(kind: str, subject: str | None) -> bool:
    """Whether a figure may take the subject of the figure its sentence continues: a money or percent figure
    with no measured noun of its own, or a figure whose subject is only a change noun."""
    return kind in CONTINUED_KINDS and no_head(subject) or kind in _RESTATED_KINDS and bare_change(subject)


def continued_subject(
    text: str, sentence_start: int, at: int, end: int, kind: str, earlier: Sequence[tuple[str, int, int, Phrase, bool]],
    same: Sequence[tuple[str, int, int, Phrase, bool]], own: str | None = None, it_share: bool = False,
) -> Phrase | None:
    """The subject a figure with none of its own (or only "that", "the rest") takes from the figure its sentence
    continues: "Sales rose 5% to $2bn. Of that, $1.2bn came from exports" (sales), "She proposes $275bn in road
    spending. That is less than 10 percent of what is needed" (road spending), "It raised $3m for the fund in May.
    Another $2m came in June" (the same kind of figure before it), "The rest, $1bn, is owed to banks". `earlier`
    holds the previous sentence's figures with a subject, `same` this sentence's before the figure, each as
    (kind, start, end, subject). The continuation must be signalled by the sentence's structure: an opening "Of
    that", a demonstrative subject with a verb of being or amounting, "another"/"a further"/"the remaining" right
    before the figure or "The rest" as its subject; none across a quotation closed on another speaker."""
    if it_share:  # "The deficit was 2.5 percent of GDP. It is expected to rise to 2.9 percent": a share of the same whole
        wholes = [c for c in earlier if c[0] == "percent" and _SHARE_OF.fullmatch(text, c[2], c[3].start) is not None and _common_noun_phrase(c[3].text)]
        return max(wholes, key=lambda c: c[1])[3] if wholes else None
    if bare_change(own):  # "... has fallen by 9.8%. Figures showed a decline from 785 to 708": the change the sentence before reported
        changes = [c for c in earlier if c[4] and not bare_change(c[3].text) and not no_head(c[3].text) and _common_noun_phrase(c[3].text)]
        if changes:
            return max(changes, key=lambda c: c[1])[3] if _OTHER_SPEAKER.search(text, max(c[2] for c in changes), sentence_start) is None else None
        opening = _CONTINUED_THAT.match(text[sentence_start:at])
        if opening is None or re.search(r"(?i)\bit\b", opening.group(0)) or _CLAUSE_BREAK.search(text, sentence_start + opening.end(), at) is not None:
            return None
        # "Seventy-four percent ... compared with 64 percent who say the same of Sanders. That's a 10-point increase for
        # Sanders": the change of the figure the demonstrative points back to
        shares = [c for c in earlier if c[0] in ("percent", "money", "count", "quantity") and _common_noun_phrase(c[3].text) and not no_head(c[3].text) and not bare_change(c[3].text)]
        return max(shares, key=lambda c: c[1])[3] if shares and _OTHER_SPEAKER.search(text, max(c[2] for c in shares), sentence_start) is None else None
    if kind not in CONTINUED_KINDS:
        return None
    before = text[sentence_start:at]
    part = _CONTINUED_PART.match(text, end)
    more = _CONTINUED_MORE.search(before) is not None or _CONTINUED_REST.match(before) is not None or part is not None and part.group(0).strip() == "more" or (
        kind == "money" and _VALUED_PRONOUN.search(before) is not None
    )
    opening = _CONTINUED_OF.match(before) or _CONTINUED_THAT.match(before) or _CONTINUED_IT.match(before)
    opened = opening is not None and _CLAUSE_BREAK.search(before, opening.end()) is None or part is not None and not more
    verb = _verb_before(text, sentence_start, at) if kind == "money" and not (more or opened) else None
    allocated = not (more or opened or verb) and _ALLOCATED_AFTER.match(text, end) is not None
    if not (more or opened or verb or allocated):
        return None
    if allocated:  # "The budget is $5bn. About 60% goes to schools": a part of the sum before
        candidates = [c for c in earlier if c[0] == "money"]
    elif verb:  # "In 2008, the foundation gave $50,000 [in gifts]. In 2010, it gave $100,000": the same act again
        candidates = [c for c in earlier if c[0] == kind and _verb_before(text, 0, c[1]) == verb]
    elif more:  # more of the same kind of figure: the latest one, in this sentence or the one before
        candidates = [c for c in (*earlier, *same) if c[0] == kind]
    else:  # the sentence before's figure this one sizes or restates
        candidates = [c for c in earlier if c[0] in ("money", "percent", "quantity", "count", "number")]
        if opening is not None and re.search(r"(?i)\bit\b", opening.group(0)):
            candidates = [c for c in candidates if c[0] != "count" and not _plural_phrase(c[3].text)]  # "it" stands for no plural
    candidates = [c for c in candidates if _common_noun_phrase(c[3].text) and not no_head(c[3].text) and c[3].end <= at]
    if not candidates:
        return None
    chosen = max(candidates, key=lambda c: c[1])
    if _OTHER_SPEAKER.search(text, chosen[2], sentence_start) is not None:
        return None  # a quotation closed on its speaker between them: another voice may go on
    return chosen[3]


_WORD_BEFORE = re.compile(rf"([A-Za-z]+)\s+(?:(?:{AMOUNT_QUALIFIERS}|only|under|at\s+least|up\s+to|an\s+estimated|another|a\s+further)\s+)*$")
_NOT_VERBS = frozenset(
    """a an the of to in on at for from by with than and or but as is was are were be been being has have had its their his her
    our my your this that these those about around nearly almost some just only over under least estimated another further
    additional extra total combined record new more less""".split()
)


def _verb_before(text: str, low: int, at: int) -> str | None:
    """The word right before a figure (past qualifiers) when it may be the verb that measures it ("gave", "raised",
    "spent"), lower-cased; None for a function word or a word that is no verb ("the", "at", "record")."""
    found = _WORD_BEFORE.search(text, max(low, at - 60), at)
    if found is None:
        return None
    word = found.group(1).lower()
    return None if word in _NOT_VERBS or len(word) < 3 or not word.endswith(("ed", "ave", "ent", "aid", "ost", "ise", "ose", "ought", "ew", "ld")) else word


def _common_noun_phrase(text: str) -> bool:
    """A phrase whose head is a common noun ("sales", "Ticket sales", "Democratic registered voters"), not a name."""
    before = re.split(r"\s(?:of|in|for|to|on|at|from|with|by|among)\s", text, maxsplit=1)[0].split()
    return bool(before) and before[-1][:1].islower()
