"""Whose a figure is, from the article's names: the name a pronoun or description stands for ("he",
"its", "the club", "the state", "the Ohio governor"): the article's names in reading order, and
the most salient earlier one of the kind the words ask for (a person, a group, a place, a pair);
the nearest name before a figure whose sentence's structure named no holder (not a source, not a
name that only qualifies a noun or a report, not an opponent, not one inside a closed aside); the
name that modifies a measured noun ("Home Office spending"); the giver named right after a figure
("two goals from Tore Andre Flo"); the name a description stands beside ("His super PAC, Right to
Rise,"); the person a poll share's clause is about ("a favorable view of Clinton", "For Trump,
38% ..."); and the words (resources/holder_references.yml) that tell which is which.

This module holds the special cases read against the article's names; by concern, `holder_names` holds the
names themselves (Name, Names), `holder_agents` the clause's agent (the default after every special case),
`holder_pairs` the figures read in pairs, `holder_frames` the holder a sentence's frame gives and `holder_words`
the word lists they share. Names imported here and not used are read through `helpers.holders` by figures,
meaning and the tests."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

import yaml

from . import figure_patterns as fp
from . import voice_patterns as vp
from .article_place import _mentions
from .assets import read_text
from .holder_agents import _not_holding_verbs, _verb_forms, clause_agent, framed_agent, members_body, named_agent, result_sequel, result_venue_before
from .holder_frames import _POLLSTER, _measurer_before, _whole_words, as_reported, estimated_by, frame_holder, participle_opener
from .holder_names import (
    _BODY_ENDINGS,
    _BODY_OPENINGS,
    Name,
    Names,
    _adjective,
    _earlier_kind,
    _names,
    adjective_by_ending,
    article_capitals,
    counts_places,
    described_run,
    kind_of,
)
from .holder_pairs import _phrase, backed_by, change_ends, gapped, poll_sides, restatements, same_side, share_set_against
from .holder_words import (
    _AGENT_END,
    _APOSTROPHE_ENDS,
    _CLAUSE_BREAK,
    _CONTRACTION,
    _EVENT_NAME,
    _HAVING_ING,
    _NATIONALITY_NOUNS,
    _NOT_AGENT,
    _NOT_SUBJECTS,
    _OPPONENT_BEFORE,
    _POLL_NAME_AFTER,
    _POSSESSIVE,
    _QUOTE_AFTER,
    _RUN,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _VIEWED_BY,
    _bare,
    _common,
    _key,
    _modifies_noun,
    _person_shaped,
    _plural,
    _without_possessive,
    _words,
    agent_nouns,
    agentive,
    fp_holder_nouns,
    group_nouns,
    holding_verbs,
    names_nothing,
    no_name,
    report_after,
    wanted,
)
from .meaning import AMOUNT_QUALIFIERS, Phrase
from .mentions import classify, gazetteers
from .syntax import _tagger, instrument_codes
from .textcache import per_text


_ANNOUNCED_THAT = re.compile(
    r"(?:,\s+[^,.;:\"“”]{1,60},)?,?\s+(?:has\s+|had\s+|also\s+)*(?:announced|announces|reported|reports|revealed|reveals|confirmed|confirms|disclosed|discloses|stated|states)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this)\s+[a-z]+))?\s+that,?\s+"
    r"(?P<pronoun>(?:it|they|he|she|its|their|his|her)\b)?"
)
"""A name reporting a clause with a subject of its own ("Jason Kander announced Wednesday that the
voter turnout ... was a record 39%", "Bob Lee, an editor for the Post, revealed that 20 staffers"): a
source, as one who "said" is; not when the clause's subject is a pronoun that can stand for the name
("Acme announced that it would cut 500 jobs", "Lee confirmed that he had paid $5m"): a body's "he"
or "she" is someone else ("The Associated Press reported that she had reached the 2,383 delegates")."""
_ACCORDING = re.compile(r"(?i)\baccording\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def named_bodies() -> frozenset[str]:
    """Nouns of bodies known by a name that carries them ("court": "the U.S. District Court")."""
    return _words().named_bodies


def may_view(text: str, at: int) -> bool:
    """A passive of viewing or backing ends right before `at` ("viewed as honest by 55 percent"): the
    test `Names.viewed_by` makes, before the article's names are read."""
    return _VIEWED_BY.search(text, max(0, at - 160), at) is not None


def counts_unowned_people(surface: str) -> bool:
    """Whether a count's noun is one of `unowned_people` ("14 people", "49 victims", "one million migrants")."""
    return surface.split()[-1].lower() in _words().unowned_people


def people_of_no_one(text: str, named: Phrase, at: int, kind: str | None) -> bool:
    """Whether a count of people (`counts_unowned_people`: "14 people", "49 victims", "one million migrants") at `at`
    takes no holder from the name the nearest-name fallback found before it: the people counted are no one's
    ("the attack that left 14 people dead" after Farook, "Hochsprung was one of 26 people killed", "the WTA
    says there are three victims"), where a name before is a killer, a source or one of them. Not a place
    (the guideline's place: "5,000 people in Missouri"), nor a possessor in the figure's own clause, no comma
    between ("Sanders' largest event was when he drew 7,000 people", "Obama's plan to shield five million
    immigrants"): the owner of what counts them; nor people a verb of `taking_people_verbs` takes ("drawing
    1,110 people", "she would hire 40 people"): the subject's. Nouns of belonging (employees, members, children) are not
    in the list: their employer, body or parent holds them."""
    if kind == "place":
        return False
    taking = _TAKING_BEFORE.search(text, max(0, at - 40), at)
    if taking is not None and taking.group("verb").lower() in _words().taking_people_verbs:
        return False  # "Mr. Sanders held a rally, drawing 1,110 people", "she would hire 40 people": the subject's
    return not (_POSSESSIVE_AFTER.match(text, named.end) and "," not in text[named.end : at])


_TAKING_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:in|up|on)\s+)?(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated|a\s+crowd\s+of)\s+)*$")


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?=\s)")


def part_verb(words: str) -> bool:
    """Whether the words right before a share give it as a part of a whole ("make up", "accounted for",
    "represents"; `part_verbs`): the clause's subject holds such a share."""
    return words.lower() in _words().part_verbs


def names_part(noun: str) -> bool:
    """Whether a plural subject's head names people, places or bodies that can hold a part of a whole
    ("whites", "the March states", "donors"; not "exports" or "sales", which are what is measured)."""
    w = _words()
    return noun in agent_nouns() or noun in w.plural_people or noun in w.unowned_people or noun in w.part_groups


def names_place(words: str) -> bool:
    """The words are a country, state or other place the gazetteers or `holder_references.yml` know by
    name ("Florida", "the United Kingdom"), not a body or a person."""
    words = re.sub(r"^[Tt]he\s+", "", words.strip())
    return words in gazetteers()["places"] or words in gazetteers()["states"] or words in _words().places


def names_other_place(text: str, low: int, at: int, place: tuple[int, int]) -> bool:
    """text[low:at] names a place, by name or adjective, other than the one written at `place` ("Medicaid
    was an issue in the Mississippi race, where 100,000 residents ..." after figures of Louisiana)."""
    own = {canonical for _, canonical, _ in _mentions(text, *place)}
    return any(kind != "pointer" and canonical not in own for _, canonical, kind in _mentions(text, low, at))


_POSSESSOR_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our))\s+[\"“‘']?$")
_SET_BEFORE = re.compile(r"(?i)\b(?:the|those|these|all)\s+(?:(?:first|last|final|next|remaining|other|early|earliest)\s+){0,2}$")


def counts_contests(text: str, start: int, surface: str) -> bool:
    """A count of the set a race is run in or between ("the first three contests", "those two states",
    "a three-candidate matchup"): the holders' own kind, a set fixed before anyone acts on it, so held by
    no one. A count a doer makes ("holds a majority in 10 states", "his four states") is not this."""
    words = surface.lower().split()
    if len(words) == 1 and "-" in surface:
        # a matchup's or a poll's size ("three-candidate", "two-way", "a 50-state poll"), not "his five-state romp"
        return surface.lower().rsplit("-", 1)[-1] in _words().matchup_nouns and _POSSESSOR_BEFORE.search(text, max(0, start - 40), start) is None
    if len(words) < 2 or words[-1] not in _plural_contests():
        return False
    return _SET_BEFORE.search(text, max(0, start - 60), start) is not None


@lru_cache(maxsize=1)
def _plural_contests() -> frozenset[str]:
    return frozenset(_plural(noun) for noun in _words().contest_nouns)


def person_nouns() -> frozenset[str]:
    """Nouns that name a person by role ("senator", "midfielder")."""
    return _words().person_nouns


def stray_lead(word: str) -> bool:
    """A common noun or verb form read into a holder before the name it ends with ("for the night
    Clinton has earned", "meaning Trump gets", "sponsor ABC News got"): not a role that says who
    someone is ("businessman Donald Trump", "Sen. Ted Cruz"), nor an adjective that narrows a place
    or a name ("south-east England", "corporate America", "rival Bernie Sanders")."""

    w = _words()
    if word.lower() in w.person_nouns | w.qualified_people | w.titles:
        return False
    return _tagger().lexicon.get(word, "")[:2] in ("NN", "VB")  # a word the tagger knows ("south-east" it does not)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this|that|these|those|both)\s+(?:\w[\w.-]*\s+){0,3}$")
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)\b")
_NAME_AFTER = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


_AGED_BEFORE = re.compile(r"(?<![\w'’])(?P<aged>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}\d{1,3}-year-old)\s+(?:[a-z][\w-]*\s+){0,2}$")


_RELATION_ROLES = frozenset("supporter supporters backer backers fan fans voter voters critic critics opponent rival ally aide".split())
"""Roles that name a person by another ("the 78-year-old Trump supporter"): the capitalized word is that other."""


def description_of(text: str, holder: Phrase) -> Phrase | None:
    """The description that a holder read from a noun phrase stands in, for `Names.find` to name:
    "the state" in "the state's turnout" (the determiner the reading dropped), "the Ohio governor"
    in "the Ohio governor earned 51%" (a name that only modifies a person noun: the holder is the
    person, not Ohio)."""
    w = _words()
    if holder.text[:1].islower():  # "state", "club": a description noun whose "the" the reading dropped
        before = _DETERMINER_BEFORE.search(text, max(0, holder.start - 60), holder.start)
        if before is None:
            return None
        words = text[before.start() : holder.end]
        return Phrase(words, before.start(), holder.end) if wanted(words) is not None else None
    if (aged := _AGED_BEFORE.search(text, max(0, holder.start - 60), holder.start)) is not None:
        # "The 25-year-old Briton clocked", "The 24-year-old Reds skipper spoke", "The 50-year-old MP launched": a
        # word inside a description that gives an age names no holder; the described person does
        words = holder.text.split()
        if len(words) == 1 and words[0] in _NATIONALITY_NOUNS:
            return Phrase(text[aged.start() : holder.end], aged.start(), holder.end)  # resolved as "the Scot" is
        role = words[-1] if words[-1].islower() else words[0].lower() if len(words) == 1 and words[0].lower() in w.person_nouns else ""
        if role and role not in _RELATION_ROLES and (role in w.person_nouns or _AGENT_END.search(role) is not None and role not in _NOT_AGENT):
            return Phrase(aged.group("aged"), aged.start(), aged.start() + len(aged.group("aged")))
    last = holder.text.rsplit(None, 1)[-1]
    if last.islower() and last in w.person_nouns:  # "Chelsea chairman": the role is inside the holder read
        end = holder.end
    else:
        noun = _WORD_AFTER.match(text, holder.end)
        if noun is None or noun.group(1).lower() not in w.person_nouns:
            return None
        end = noun.end()
    before = _DETERMINER_BEFORE.search(text, max(0, holder.start - 60), holder.start)
    if before is None:
        return None
    return Phrase(text[before.start() : end], before.start(), end)


def named_before(text: str, low: int, at: int, capitalized: frozenset[str], names: Names | None = None, where: bool = True) -> Phrase | None:
    """The nearest name between `low` (its sentence's start) and a figure at `at` that reads as a
    person, group, place or pair and is not a source ("..., Mr Smith said", "according to the
    ONS"): whose a figure is when the sentence's structure did not say ("Campbell set his personal
    best of 10.04secs"; on the training gold the structure leaves a third of the holders empty, and
    this name is the holder more often than not). The article's `names` when they are at hand, else
    the names of `text[low:at]` alone (a fifth of the cost of reading the whole article's).

    A place after a preposition ("in Ohio", "to Lazio") yields, when `where`, to a person or body named
    before it in the clause that is not itself a preposition's object nor the noun the place's phrase
    qualifies ("Tom Lee was jailed in Texas for three years": Tom Lee); not when a clause about the
    place holds the figure (", where ..."), nor when it says where a person noun is from ("the senator
    from Texas"). Callers counting places ("the three states") pass `where=False`."""
    if (semicolon := text.rfind(";", low, at)) >= 0 and _has_verb(text[semicolon + 1 : at]):
        low = semicolon + 1  # "...284 likely GOP primary voters; those samples carry 4.3 percent": another clause's names
    for opening in _OWN_SUBJECT_CLAUSE.finditer(text, low, at):
        low = opening.start()  # "the FBI warned officials after hackers targeted systems in two states": that clause's own subject
    if names is not None:
        found = names.names[bisect.bisect_left(names.positions, low) : bisect.bisect_left(names.positions, at)]
    else:
        found = [Name(n.text, n.start + low, n.end + low, _earlier_kind(text, low, n), n.gender) for n in _names(text[low:at], capitalized)]
    fronted = _FRONTED_CLAUSE.match(text, low, at)
    fronted_end = low
    if fronted is not None and (main := re.match(r"\s*([A-Za-z']+)", text[fronted.end() : at])) is not None:
        opening = _tagger().lexicon.get(main.group(1).lower(), "")
        if not (opening.startswith(("VB", "MD", "IN", "RB", "TO")) or _PERSONAL_BACK.search(text, fronted.end(), at)):
            fronted_end = fronted.end()  # "When Mr Obama took office, unemployment stood at 7.8%": the main clause's own subject
    elif fronted is not None and not text[fronted.end() : at].strip():
        fronted_end = fronted.end()  # "Unless there is a surprise in Iowa, two candidates will remain": the figure opens the main clause
    codes: list[tuple[int, int]] | None = None
    placed: Phrase | None = None  # a place after a preposition, held back for a name before it
    relatives = list(_COMMON_WHO.finditer(text, low, at))
    relative = relatives[-1] if relatives else None  # "outlasting a challenger who raised ...": the clause holding the figure
    for name in reversed(found):
        if name.kind == "name" and text[name.end : at] == ", " and _AGE_APPOSED.match(text, at) and _person_shaped(name.text):
            return Phrase(name.text, name.start, name.end)  # '..., ” Sarandon, 69, told MSNBC': an age set beside an unsorted name is a person's
        if name.end > at or name.kind not in ("person", "group", "place", "pair"):
            continue
        if name.start < fronted_end:
            continue  # "Under Mr Putin, oil output rose ...", "Like Germany, the economy shrank ...": a frame's name, not the clause's
        if relative is not None and name.start < relative.start() and placed is None:
            return None  # "outlasting a challenger who raised more than $3.3 million": the unnamed challenger's, no name before
        if codes is None:
            codes = [(s + low, e + low) for s, e in instrument_codes(text[low:at])]
        if any(s <= name.start < e for s, e in codes):
            continue  # "The dollar index .DXY rose", "the euro EUR=": a market code, no one's name
        if _EVENT_NAME.search(name.text):
            continue  # "Wales secured their first away win in the RBS Six Nations for nearly four years": an occasion holds nothing
        if _SPEECH_AFTER.match(text, name.end) or _SPEECH_BEFORE.search(text, max(low, name.start - 12), name.start):
            continue
        if _AUDIENCE_BEFORE.search(text, max(low, name.start - 30), name.start):
            continue  # "Ms Cho told the Guardian that prices had risen 10%", "Economists polled by Reuters expect": an audience or a pollster of others
        if _FRONTED_PLACE.fullmatch(text, low, name.start) and _NAME_THEN_COMMA.match(text, name.end):
            continue  # "Speaking in London, Mr Brown said ...", "Writing in the Telegraph, Lord Hill said ...": where or to whom, not whose
        if (saying := _VERB_AFTER_NAME.match(text, name.end, at)) is not None and (
            _not_holding_verbs().get(saying.group("verb")) == "reporting" or saying.group("verb").startswith(_FORECASTING)
        ) and not _SPEAKER_AGAIN.search(text, saying.end(), at) and not re.compile(r"\s+[a-z]+ing\b").match(text, saying.end()) and not re.search(r"\b(?:which|that|who)\s+(?:the\s+)?$", text[max(low, name.start - 12) : name.start]):
            continue  # "Ms Lagarde warned growth could fall to 2%", "Acme predicted sales of $5m": a source, unless the clause points back to it
        if (announced := _ANNOUNCED_THAT.match(text, name.end)) is not None and announced.end() <= at and (
            announced.group("pronoun") is None or (announced.group("pronoun") in ("he", "she", "his", "her")) != (name.kind == "person")
        ) and not re.search(r",\s+[^,.;:]{0,60}$", text[low : name.start]):  # not "Bob Lee, an editor for the Post, revealed": the speaker's employer
            continue  # "Jason Kander announced Wednesday that the voter turnout was a record 39%": a source
        if as_reported(text, low, Phrase(name.text, name.start, name.end)):
            continue  # "As The Post's Abby Phillip documented, more than a dozen governors": a source
        if speaker_of_other(text, name.end, at, at):
            return None  # "Mary Smith estimated that there are 40 members": who says so, and names before are another clause's
        if _QUOTE_AFTER.match(text, name.end):
            return None  # "Jeffrey M. Jones: “Gallup's analysis finds that 20 states ...": who is quoted, nor anyone before, holds the quote's figures
        if (role := _ROLE_OF_SPEAKER.match(text, name.end)) is not None and _SPEECH_AFTER.match(text, role.end()):
            continue  # "Mr Brown's former advisor Ed Balls, now a hopeful, said there would be a £35bn difference": a source's employer
        if _ACCORDING.search(text, max(low, name.start - 50), name.start):  # "according to the nonpartisan Congressional Budget Office"
            continue
        if _modifies_noun(text, name.end) or report_after(text, name.end) is not None:
            continue  # "For Cruz backers", "the NAO's annual report": a name that only qualifies a noun, or a source
        if _SOURCE_BEFORE.search(text, max(low, name.start - 70), name.start):
            continue  # "A 2009 report by the Center for Economic Research found that a 0.5 percent tax": a source
        if _OPPONENT_BEFORE.search(text, max(low, name.start - 24), name.start):
            continue  # "Clinton led Sanders by 2 points", "the flop against France": who is beaten holds nothing
        if backed_name(text, low, name.start):
            continue  # "a coalition of super PACs backing Mr. Cruz began March with $20 million": the backers', not the one backed
        if _closed_aside(text, low, name.start, at):
            continue  # "Sanders, who has endorsed Canova, raised $235m": a name inside an aside that closed before the figure
        if name.kind == "place" and _placed_apposition(text, low, name.start, name.end, at):
            continue  # "Cruz, an ultra-conservative senator from Texas, has been ...": where the person set beside it is from
        if placed is not None and (
            name.kind not in ("person", "group") or _PLACE_PREPOSITION.fullmatch(text, name.end, placed.start)
            or _OBJECT_PREPOSITION.search(text, max(low, name.start - 12), name.start)
        ):
            return placed  # "In Wales just over 59,000", "TB in England has increased by 25%": no one before the place holds it
        if placed is None and where and name.kind == "place" and (
            (before := _PLACE_PREPOSITION.search(text, max(low, name.start - 24), name.start)) is not None
            and not _PLACE_CLAUSE.search(text, name.end, at)
            and not ((noun := _WORD_BEFORE.search(text, max(low, before.start() - 30), before.start() + 1)) is not None and noun.group(1) in _words().person_nouns)
        ):
            placed = Phrase(name.text, name.start, name.end)
            continue  # "Sanders first touched down in California 10 months ago": where, when the clause names who before it
        return Phrase(name.text, name.start, name.end)
    return placed


_PERSONAL_BACK = re.compile(r"\b(?:he|his|him|she|her|they|their|them|it|its)\b", re.I)
"""A pronoun in the main clause, which may stand for a name in the frame before it ("If Cruz loses ..., there
will be second-guessing about his schedule")."""
_FRONTED_CLAUSE = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So)\s+)?(?:When|Whenever|As|Since|After|Before|Under|Like|Unlike|While|Whilst|Despite|Following|Amid|"
    r"During|If|Although|Though|Until|Once|Because|Unless|Whether|Whereas|Wherever|Even\s+(?:if|though|as|when)|Now\s+that|Given|Without|"
    r"Except|Besides|(?:Apart|Aside)\s+from|Prior\s+to|Ahead\s+of|(?:On|In)\s+the\s+(?:eve|wake|run-up|aftermath)\s+(?:of|to))\b[^,;:\"“”]*,"
)
"""A subordinate clause or phrase of time, manner or concession opening the sentence up to its comma: the
names in it frame the main clause and hold none of its figures ("When Mr Obama took office, unemployment
stood at 7.8%"); not "In"/"At"/"Across" + a place, which the guideline's third choice may take. Only when the
word after the comma opens a main clause (no verb, preposition or adverb: "When Ms Lee arrives, stands ..."
and "If Ms Lee, after this, still ..." go on with the frame) and no pronoun there may stand for the name."""
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:told|tells|telling|tell|speaking\s+to|spoke\s+to|talking\s+to|interview\s+with|(?:polled|surveyed|interviewed|questioned|commissioned)\s+by)\s+(?:the\s+)?$"
)
"""Who a speaker tells, or who polled those who give the figure: never the figure's holder."""
_FRONTED_PLACE = re.compile(r"[\s\"“‘'(]*[A-Z][a-z]+(?:ing|ed)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|from|to|outside|near|by|on|for|with)\s+(?:the\s+)?")
_FORECASTING = tuple("estimat forecast predict project calculat reckon expect anticipat".split())
"""Stems of the estimating verbs whose subject is only ever a source (not "ranks second with", "lists")."""
_SPEAKER_AGAIN = re.compile(r"(?i)\b(?:he|she|it|its|his|her|they|their|we|our|i|my)\b")
"""A pronoun in a reported clause (which may stand for the speaker: "said it fell short of its goal of releasing
43,000 pages"), or an -ing verb right after the verb of saying ("reported raising $9 million"): the speaker's own."""
_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:has|have|had|also|now|again|then|previously|recently|repeatedly|publicly)\s+)*(?P<verb>[a-z]+)\b")
_NAME_THEN_COMMA = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*\s*,")
_AGE_APPOSED = re.compile(r"\d{1,3},\s")
_COMMON_WHO = re.compile(r"\b(?:a|an|another|one|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+who\s+(?![^,;:()\"“”—–]*\b(?:said|says|told)\b)[^,;:()\"“”—–]*$")
"""A relative clause about a common noun, the figure inside it ("outlasting a challenger who raised more
than $3.3 million"): the one the noun names holds it, not a name before the noun."""
_PLACE_PREPOSITION = re.compile(r"\s*(?<![\w'’-])(?:in|at|to|from|into|across|throughout)\s+(?:the\s+)?$")
"""A preposition right before a place name: the place says where the clause happens ("first touched down
in California 10 months ago", "fell short in New Hampshire despite spending $3 million"), and a person
or body named before it in the clause is whose the figure is (named_before)."""
_PLACE_CLAUSE = re.compile(r",\s*(?:where|which|whose)\b")  # "a lead in California, where 475 delegates are at stake": about the place
_OBJECT_PREPOSITION = re.compile(r"(?<![\w'’-])(?:in|at|to|from|into|for|of|with|by|on|over|against)\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s$")
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|because|although|though|whereas|until|once)\s+(?:(?:the|some|many|most|other|their|its)\s+)?"
    r"(?!(?:he|she|it|they|we|i|you|there)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:[a-z]+ed|had|have|were|are|did|will|would|could|can)\b"
)
"""A subordinate clause with a plural common noun of its own as subject ("after hackers targeted"): names before it
are another clause's."""
_ROLE_OF_SPEAKER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}")
"""A name's role-holder named after it ("Mr Brown's former advisor Ed Balls"), for the speech test."""


def _has_verb(words: str) -> bool:
    """The words hold a verb the tagger's lexicon knows ("those samples carry margins of"), so they
    make a clause of their own (not "; 61 percent to 30 percent, respectively")."""

    lexicon = _tagger().lexicon
    return any(lexicon.get(word, "")[:2] in ("VB", "MD") for word in re.findall(r"[a-z]+", words))


_SOURCE_BEFORE = re.compile(
    r"\b(?:report|poll|survey|study|analysis|research|review|estimate|forecast|projection|data|figures|statistics)s?\s+"
    r"(?:by|from|for|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.'’-]*\s+){0,4}(?:professor\s+|economist\s+|researcher\s+)?$"
)
"""A report the name wrote ("a report by the progressive Center for ..."): its figures are not the source's."""


def authors_report(text: str, start: int) -> bool:
    """The name at `start` is the author of a report, poll or study written right before it ("A 2014
    study by Loyola professor Justin Levitt found ..."): the source of its figures, not their holder."""
    return _SOURCE_BEFORE.search(text, max(0, start - 70), start) is not None
_BACKING_BEFORE = re.compile(r"\b\w[\w-]*\s+(?:who\s+(?:is|are|was|were)\s+)?(?:backing|supporting|endorsing|opposing)\s+(?:(?:the|former|[A-Z][\w-]*\.)\s+)*$")
"""A participle after a noun before a name ("super PACs backing Mr. Cruz", "One pastor supporting
Mr. Cruz"): the name is the one backed, and the noun's people hold the figure, not the name."""


_TITLE_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w.&'’-]*)*")


def titled_person(names: "Names", holder: Phrase) -> Phrase | None:
    """The person a title read alone as a holder opens the name of ("former Secretary of State Hillary
    Clinton", "Chancellor of the Exchequer Gordon Brown"): a title is no holder, the person named at
    the end of its run of capitals is."""
    if " " in holder.text or holder.text.lower().rstrip(".") not in _words().titles:
        return None
    run = _TITLE_OF.match(names.text, holder.end)
    if run is None:
        return None
    k = bisect.bisect_left(names.positions, holder.end)
    while k < len(names.names) and names.names[k].start < run.end():
        name = names.names[k]
        if name.kind == "person" and name.end == run.end():
            return Phrase(name.text, name.start, name.end)
        k += 1
    return None


_WHO_CLAUSE = re.compile(r"(?:,\s+\d{1,3})?,\s+who\s+(?P<rest>[^,;:()—–\"“”]*)$")
_WHO_NOT_AGENT = re.compile(
    r"\b(?:that|said|says|say|told|tells|notes?|noted|predicts?|predicted|estimated|estimates|reported|reports|believes?|believed|thinks?|thought|"
    r"is|are|was|were|been|being|by|with|against|over|beat|beating|defeated|trailed|trails|led|leads)\b"
)


_APPOSED_WHO = re.compile(r",\s+(?:a|an)\s+[a-z][^,;:()—–\"“”]{0,80}?\s+who\s+(?P<rest>[^,;:()—–\"“”]*)$")
"""A role set beside a person whose own "who" clause, with no comma, holds the figure ("Erin Clark, a
fellow at Brandeis University who makes $46,344")."""
_APPOSED_BEFORE_WHO = re.compile(r",\s+(?:a|an|the|his|her)\s+[^,;:()—–\"“”]{1,80}$")
"""A description set beside a person before ", who" ("Jane Roe, a longtime Republican donor in Ohio, who ...")."""
_WHO_ANTECEDENT_AFTER = re.compile(r"(?:\b(?:on|in|at)\s+|['’]s\s+)(?:[A-Z][\w.-]*\s+)*$")


def who_antecedent(names: "Names", low: int, start: int) -> Phrase | None:
    """The person a ", who ..." clause holding the figure is about, when the clause's verb acts on the
    figure ("Thanou, 30, who won the women's 100m silver medal", "JP McManus, who own 28.9% of the
    club", "Yakubu, who returned after six weeks out"): the clause's subject is its antecedent. Not
    past a verb of saying or "that" (what is said has its own subject), a form of "be" or a passive's
    "by", nor an opponent ("who trailed Sanders by 20 points")."""
    found = _WHO_CLAUSE.search(names.text, max(low, start - 160), start)
    if found is None and (found := _APPOSED_WHO.search(names.text, max(low, start - 200), start)) is not None:
        # "Erin Clark, a postdoctoral fellow at Brandeis University who ... makes $46,344": the person the role is set beside
        if _WHO_NOT_AGENT.search(found.group("rest")):
            return None
        person = names.name_ending(found.start(), "person")
        return person if person is not None and not _WHO_ANTECEDENT_AFTER.search(names.text, max(low, person.start - 12), person.start) else None
    if found is None or _WHO_NOT_AGENT.search(found.group("rest")):
        return None
    person = names.name_ending(found.start(), "person")
    if person is None and (other := names.name_ending(found.start(), "name")) is not None and (
        joined := re.search(r"\s+and\s+$", names.text[max(low, other.start - 8) : other.start])
    ) is not None and (first := names.name_ending(other.start - len(joined.group(0)), "person")) is not None:
        return Phrase(names.text[first.start : other.end], first.start, other.end)  # "John Magnier and JP McManus, who own": a person and an unsorted name
    if person is None and (apposed := _APPOSED_BEFORE_WHO.search(names.text, max(low, found.start() - 100), found.start())) is not None:
        person = names.name_ending(apposed.start(), "person")  # "Jane Roe, a longtime donor in Ohio, who has given $400,000": past the apposition
    if person is None or _WHO_ANTECEDENT_AFTER.search(names.text, max(low, person.start - 12), person.start):
        return None  # "a Nassau County employee on New York's Long Island, who gave Ayotte $1,200": a place
    pair = re.search(r"\s+and\s+$", names.text[max(low, person.start - 8) : person.start])
    if pair is not None and (first := names.name_ending(person.start - len(pair.group(0)), "person")) is not None:
        # "John Magnier and JP McManus, who own 28.9% of the club": both, as a pair
        return Phrase(names.text[first.start : person.end], first.start, person.end)
    return person


def backed_name(text: str, low: int, start: int) -> bool:
    """The name at `start` is the one a participle after a noun backs ("super PACs backing Mr. Cruz")."""
    return _BACKING_BEFORE.search(text, max(low, start - 30), start) is not None


_ASIDE_OPEN = re.compile(
    r"(?:,\s+(?:who|which|whose|whom)\b|,\s+(?:[a-z]+ed|led|run|known|born|held|built|paid|set)\s+(?:by|in|from|with|as|on)\b|\s[—–-]\s|\s--\s|\()"
)
_ASIDE_CLOSE = re.compile(r"(?:,|\s[—–-]\s|\s--\s|\))")


def _closed_aside(text: str, low: int, start: int, at: int) -> bool:
    """The name at `start` sits inside a relative clause or dash/bracket aside that opened after
    `low` and closed before the figure at `at` ("Sanders, who has endorsed Canova, was able to
    raise $235m"): the aside's names are not the clause's."""
    opened = [m for m in _ASIDE_OPEN.finditer(text, low, start)]
    if not opened:
        return False
    return _ASIDE_CLOSE.search(text, start, at) is not None


_APPOSITION_OPEN = re.compile(r",\s+an?\s+(?=[a-z0-9])")


def _placed_apposition(text: str, low: int, start: int, end: int, at: int) -> bool:
    """The place at `start`..`end` sits inside an apposition opened by a comma and "a"/"an" and closed
    by a comma before the figure at `at` ("Paul Porter, a truck driver from Ava, Mo., who ... said
    he received time and a half after eight hours"): it says where someone is from or works, and
    holds nothing of the clause."""
    opened = list(_APPOSITION_OPEN.finditer(text, low, start))
    if not opened or "," in text[opened[-1].end() : start]:
        return False
    return "," in text[end:at]


_SAYS_THAT = re.compile(
    r"(?:,\s+[^,.;:\"“”]{0,60},)?\s+(?:(?:has|had|have|also|then|later)\s+)*"
    r"(?:(?:said|says|say|argued|argues|insisted|insists|believes|believed|warned|warns|told\s+(?:[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    r"(?:\s+(?:on|last|this|in\s+a)\s+[a-zA-Z]+)?\s+(?:that\s+)?"
    r"|(?:added|adds|estimated|estimates|claimed|claims|noted|notes|predicted|predicts|reported|reports|announced|announces|explained|explains"
    r"|calculated|calculates|concluded|concludes|acknowledged|acknowledges|admitted|admits|stated|states|wrote|writes|testified|testifies"
    r"|contended|contends|maintained|maintains|asserted|asserts|revealed|reveals|confirmed|confirms|disclosed|discloses|projected|projects|forecast|forecasts)"
    r"(?:\s+(?:on|last|this|in\s+a)\s+[a-zA-Z]+)?\s+that\s+)"
    r"(?=(?:the|a|an|some|many|more|most|about|nearly|almost|around|over|only|just|up\s+to|there|at\s+least|roughly|approximately|fewer|less|"
    r"under|well|close\s+to|half|all|each|every|several|both|as\s+many\s+as|[A-Z][\w'’.-]*"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|millions)\b|[\d$£€])"
    r"(?!(?:He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|This|That|These|Those)\b)"
)
"""A saying verb after its subject whose reported clause opens with a subject of its own, no pronoun
("Forsyth says 3000 died", "Mr Hall said 2,000 people had turned out", "Hoover estimated that there are
23 people"): what follows is what was said, not the speaker's figure. A verb that also takes a noun
phrase as object ("the U.S. added 292,000 jobs", "the state reported a 2.8 percent rate") only with "that"."""
_REPORTED_STOP = re.compile(r"[;:\"“”]")
_REPORTED_PRONOUN = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b")


def speaker_of_other(text: str, end: int, at: int, high: int) -> bool:
    """The name ending at `end` is the subject of a saying verb whose reported clause, with a subject
    of its own that is no pronoun, holds the figure at `at`: a source, not the holder (sources are no
    holders; "he said his $10 billion", "it added 255,000 jobs", "the office said half of its deficit"
    stay the speaker's: a pronoun anywhere in the reported clause up to `high` may be the speaker,
    not one past ", but", ", and" or a semicolon). Also a speaker placed before the verb ("Tom Hale at
    Leeds in the North said 2,000 people had turned out") and a finding without "that" whose figure
    opens a clause with an auxiliary ("the Acme records found 11 people had been prosecuted")."""
    found = _SAYS_THAT.match(text, end)
    if found is None and (role := _ROLE_OF_NAME.match(text, end)) is not None:
        found = _SAYS_THAT.match(text, role.end())  # "Podesta Group's CEO, Kimberley Fritts, said the two firms had": the body's speaker
    if found is None and (placed := _PLACED_SPEAKER.match(text, end)) is not None:
        found = _SAYS_THAT.match(text, placed.end())  # "Simon Hall at Postbridge on Dartmoor said 2,000 people had turned out"
    if found is None and (found := _FINDS.match(text, end)) is not None and not _CLAUSE_AFTER.match(text, at):
        found = None  # "the records found 11 people had been prosecuted": a finding only when the figure opens a clause of its own
    if found is None or found.end() > at or _REPORTED_STOP.search(text, found.end(), at) is not None:
        return False
    if (stop := _REPORTED_END.search(text, at, high)) is not None:
        high = stop.start()  # "..., but he refuses to discuss it": a pronoun past the reported clause is no part of it
    if _LEAD_ONLY.fullmatch(text, found.end(), at) and (verb := _CLAUSE_AFTER.match(text, at)) is not None and verb.end() <= high:
        # "Mr Hale said only a fifth of the members had voted against him": the figure is the reported clause's
        # subject, so a later pronoun is no subject that could be the speaker; one inside the figure's own phrase
        # may own it ("said four of his children will attend", "reported that 14,000 of its voters")
        return _REPORTED_PRONOUN.search(text, at, verb.end()) is None
    return _REPORTED_PRONOUN.search(text, found.end(), high) is None


_LEAD_ONLY = re.compile(
    rf"(?:(?:{AMOUNT_QUALIFIERS}|only|approximately|fewer\s+than|at\s+least|up\s+to|as\s+many\s+as)\s+)*"
)
"""Nothing but words that qualify an amount, between a saying verb and the figure."""


_ROLE_OF_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:[a-z][\w-]*|[A-Z]{2,4})(?=,\s)")
"""A role of the name's, before an aside naming who holds it ("Acme's chief executive, Jo Hale, said")."""
_PLACED_SPEAKER = re.compile(r"(?:\s+(?:at|in|on|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|on\s+|in\s+)?[A-Z][\w'’.-]*)*){1,4}(?=\s+(?:said|says|told)\b)")
"""Where a speaker is, between the name and the saying verb ("Simon Hall at Postbridge on Dartmoor in the West Country said")."""
_FINDS = re.compile(
    r"(?:['’]s?)?(?:\s+(?:records|data|figures|analysis|review|report|study|survey|audit|research|statistics|documents|filings))?"
    r"\s+(?:(?:has|have|had|also)\s+)*(?:found|finds|showed|shows|reported|reports|estimated|estimates|revealed|reveals)\s+(?:that\s+)?"
    r"(?=(?:the|some|about|nearly|almost|around|over|only|just|roughly|approximately|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\b|[\d$£€])"
)
"""A verb of finding or reporting, after the name or a record of its, whose object may be a clause
opening with the figure ("the Acme records found 11 people had been prosecuted")."""
_CLAUSE_AFTER = re.compile(
    r"[^\s,;:]*(?:\s+(?!(?:had|have|has|were|was|are|is|will|would|could|can|may|might|did|do|does)\b)[\w'’-]+){0,4}?"
    r"\s+(?:had|have|has|were|was|are|is|will|would|could|can|may|might|did|do|does)\b"
)
"""A figure's noun phrase (at most four more words, no comma) followed by an auxiliary: the figure is a clause's subject."""
_REPORTED_END = re.compile(r";|,\s+(?:but|and|while|although|though|yet)\b|\s[—–]\s|\s--\s")


_ECHO = re.compile(
    r"[^.;:!?]*?\b(?:(?:said|say|says|did|do|does|felt|feel|feels|thought|think|thinks)\s+(?:so|the\s+same|that\s+way|likewise)\b(?!\s+(?:of|about|for)\b)"
    r"|(?:agree|agrees|agreed|concur|concurred)\s*(?:[.;,]|$)"
    r"|(?:have|has|had)\s+an?\s+(?:[\w-]+\s+){0,2}(?:reaction|response|view|opinion|impression)\b(?!\s+(?:of|about|to|toward|towards|on)\b))"
)
_ECHO_STOP = re.compile(r";|\s(?:while|whereas|but|compared)\s|\s[—–]\s|\s--\s")


def echoes_opinion(text: str, end: int, high: int) -> bool:
    """The clause of a poll share ending at `end` only repeats an opinion given before ("after 55 percent
    said so in December", "a drop from 76 percent who said the same", "A third of independents, 33%,
    agree", "Almost four in 10 have a positive reaction"; not "say the same of Sanders", which names its
    own): the share is the same person's as the share before it."""
    stop = _ECHO_STOP.search(text, end, high)
    return _ECHO.match(text, end, stop.start() if stop is not None else high) is not None


_FROM_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:from|by)\s+(?=[A-Z])")


def giver_after(text: str, end: int, high: int) -> Phrase | None:
    """The person or body a figure ending at `end` comes from, named right after it ("two goals
    from Tore Andre Flo", "1,000 adults quizzed by ICM"), before `high` (its sentence's end)."""
    found = _FROM_AFTER.match(text, end, high)
    if found is None:
        return None
    named = _named_run(text, found.end(), high, ("person", "group"))
    if named is None:
        return None
    at, surface = named
    return Phrase(surface, at, at + len(surface))


def _named_run(text: str, at: int, high: int, kinds: tuple[str, ...]) -> tuple[int, str] | None:
    """The run of capitalized words at `at` (before `high`), without a possessive, when it names one
    of `kinds` (person, group, name): its start and surface; the agent after "from" or "by"."""
    run = _RUN.match(text, at, high)
    if run is None:
        return None
    surface = _without_possessive(run.group(0))
    return (run.start(), surface) if kind_of(surface) in kinds else None


_INTENT_VERBS = (
    r"plans?|planned|planning|aims?|aimed|aiming|wants?|wanted|hopes?|hoped|hoping|intends?|intended|pledged|pledges?|"
    r"promised|promises?|vowed|vows?|tries|tried|trying|seeks?|seeking|sought|expected|set|going|agreed|agrees|decided|"
    r"proposed|proposes|attempting|needs?|needed|able"
)
_PLANS_MADE = r"(?:announced|announces|unveiled|unveils|outlined|outlines|revealed|reveals|set\s+out|sets\s+out|drawn\s+up|drew\s+up|speeding\s+up|published|publishes)"
_INTENDING = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Now|Meanwhile)\s+)?(?P<who>(?:[Tt]he\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)\s+"
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|also|now|still|already|then|recently|been|today|this\s+week)\s+)*"
    rf"(?:(?:{_INTENT_VERBS})|(?:has|have|had)|{_PLANS_MADE}\s+(?:(?:new|its|their|his|her|the)\s+)?(?:plans?|proposals?))\s+"
    r"to\s+(?:(?:[a-z]+ly|also|then)\s+)?(?P<verb>[a-z]+(?:\s+in\s+place)?)\s+"
    r"(?:(?:about|almost|nearly|more|than|less|over|some|around|roughly|at|least|up|to|just|a|an|the|another|its|their|his|her|extra|further|additional|another|out|off)\s+){0,4}$"
)
"""A clause whose subject means, plans or has to do the act that takes the figure: "The government has
announced plans to cut 100,000 civil servants", "Acme plans to hire 2,000 workers", "Ministers are
speeding up plans to put in place 25,000 officers", "The group is trying to raise $25 million"."""
_INTENT_ACTS = frozenset(["axe", "close", "build", "create", "abolish", "hire", "recruit", "employ", "provide", "add", "open", "fund", "inject", "allocate", "put in place"])
"""Acts beside the holding verbs whose object is the agent's: jobs, stores, places or money it makes or ends."""
_NOT_AGENTS = frozenset("i we you he she it they there this that these those what who critics analysts experts observers".split())


_COLLECTIVE_ACTING = re.compile(
    r"(?:^|(?<=[,;:] )|(?<=\bthat )|(?<=\bsaid ))(?P<who>[Tt]he\s+(?:[A-Z][\w-]+\s+|[a-z][\w-]+\s+){0,2}(?P<noun>public|electorate|nonprofit))"
    r"\s+(?:(?:has|have|had|will|would|also|now|already|so\s+far|since|just)\s+)*(?P<verb>[a-z]+)\s+(?:[\w'’-]+\s+){0,3}$"
)
_COLLECTIVES = frozenset("public electorate nonprofit".split())
"""Nouns naming a whole people or a body that the agent-noun list leaves out because they are also
adjectives ("public spending", "nonprofit groups"): as a clause's subject after "the" they act."""


def collective_acting(text: str, low: int, at: int) -> Phrase | None:
    """'The British public has now pledged £76m': a collective noun after "the" (and at most two
    modifiers), opening the clause, the subject of a verb of having, getting, giving or spending whose
    object the figure is, at most three words after it, holds the figure. The agent nouns leave these
    nouns out: as a clause reading's subject they reached figures far into the sentence."""
    clause = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ";:—–\"“”"])
    found = _COLLECTIVE_ACTING.search(text[clause:at].lstrip())
    if found is None or found.group("verb") not in holding_verbs() | {"given", "donated", "contributed"} or found.group("noun") not in _COLLECTIVES:
        return None
    offset = at - len(text[clause:at].lstrip())
    return Phrase(found.group("who"), offset + found.start("who"), offset + found.end("who"))


_PASSIVE_BY_COUNT = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:also|already|now|jointly|unanimously|formally|then)\s+)?[a-z]+(?:ed|en|wn)\s+by\s+"
    r"(?:(?:all|the|some|just|only|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)*$"
)


def passive_agent_count(text: str, low: int, at: int) -> bool:
    """The count at `at` is the agent of a passive verb ("The treaty was signed by all 25 members in
    Rome last October", "was backed by 300 delegates at the conference"): a place right after it is
    where the act happened, not whose the counted people are."""
    return _PASSIVE_BY_COUNT.search(text, max(low, at - 80), at) is not None


_INVEST_VERB = (
    r"(?:invest|invests|invested|investing|spend|spends|spent|spending|inject|injects|injected|injecting|pump|pumps|pumped|pumping|"
    r"pour|pours|poured|pouring|plough|ploughs|ploughed|sink|sank|sunk)\s+"
    r"(?:(?:a|an|the|another|a\s+further|an\s+extra|about|around|some|over|more\s+than|nearly|almost|up\s+to|at\s+least)\s+)*$"
)
"""A verb of investing or spending and the words that may stand between it and its sum."""
_INVESTED = re.compile(r"\b" + _INVEST_VERB)


def invested_before(text: str, low: int, at: int) -> bool:
    """A verb of investing or spending right before the sum at `at` ("to invest £10m", "pumped a further
    $3m"): what follows after "in"/"into" is what the sum goes into, not whose it is."""
    return _INVESTED.search(text, max(low, at - 40), at) is not None


_PRONOUN_INVESTING = re.compile(r"\b(?P<who>[Hh]e|[Ss]he)\s+(?P<between>(?:[a-z'’-]+\s+){0,6}?)" + _INVEST_VERB)


def pronoun_investing(text: str, low: int, at: int) -> Phrase | None:
    """"He"/"she" whose clause invests, spends, injects or pours the sum at `at` into what follows ("In
    May, he made a proposal to invest £10m in Sheffield Wednesday", "she plans to spend £2m in Leeds"):
    the one investing holds the sum, the club or place it goes into does not (the guideline's agent
    before recipient or place). Nothing that opens another clause or reports ("he said the council
    would spend") may lie between."""
    clause = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ';:—–"“”'])
    found = _PRONOUN_INVESTING.search(text, clause, at)
    if found is None or any(word in _AGENT_BREAKS or word in _SAYING for word in found.group("between").split()):
        return None
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


def intending_agent(text: str, low: int, at: int) -> Phrase | None:
    """The subject of a clause that plans, means or has to do the act whose object is the figure at
    `at` ("The government has announced plans to cut 100,000 civil servants": the government's;
    `_INTENDING`), as written: a name, or a body or people named by a common noun ("The company",
    "Ministers"; a description is left for `helpers.holders.Names.find` to name). Only when the
    clause opens its sentence (after any quotation mark or colon) and the act is one of having,
    getting, giving, spending, employing or ending; not a pronoun (that path names its own), not
    those who only judge ("critics", "analysts")."""
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ':;—–"“”'])
    found = _INTENDING.match(text, low, at)
    if found is None or (found.group("verb") not in holding_verbs() and found.group("verb") not in _INTENT_ACTS):
        return None
    words = found.group("who").split()
    if any(w.lower() in ("that", "who", "which", "said", "says", "to", "and", "or", "of", "for", "in", "on", "with", "by") for w in words):
        return None  # a clause boundary or a prepositional phrase inside: not one plain subject
    last = _bare(words[-1]).lower()
    if last in _NOT_AGENTS:
        return None
    agentive = last in agent_nouns() or last in fp_holder_nouns() or last in group_nouns() or last in _words().person_nouns
    rest = words[1:] if words[0].lower() == "the" else words
    named = bool(rest) and all(w[:1].isupper() for w in rest) and not (len(rest) == 1 and no_name(rest[0]))
    if not (agentive or named):
        return None
    if words[0].lower() in ("a", "an") or any(w[:1].isdigit() for w in words):
        return None  # "A new group ... is trying to raise": no one in particular; "58 companies": a count
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


_COUNTED_ACTING = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|will|would|could|also|now|each|all|already|together|collectively|still|between\s+them)\s+)*"
    r"(?P<verb>[a-z]+)(?:\s+(?:out|in|up|over))?\s+(?:(?:about|almost|nearly|more|than|less|over|some|around|roughly|at|least|up|to|just|a|an|the|another|their|extra|further|additional|combined|total|of)\s+){0,4}$"
)
_COUNTED_OPENING = re.compile(
    r"(?:.*(?:[,;:]\s+|\bthat\s+))?[\s\"“‘'(]*(?:(?:And|But|So|Now)\s+)?"
    r"(?:(?:about|almost|nearly|some|more\s+than|over|up\s+to|at\s+least|around|roughly|just|only|another|the|an\s+estimated|an\s+extra)\s+)*",
    re.I | re.S,
)
_HYPHENED_START = re.compile(r"[\w-]+-$")


def counted_agent(text: str, low: int, at: int, counts: Sequence[tuple[int, int]]) -> Phrase | None:
    """A count of people or bodies that opens its clause and is the subject of a verb of having,
    paying, earning, spending, giving or owing whose object is the figure at `at` ("Two million
    low-paid families were paying 40% marginal tax rates", "58 large companies would owe $212
    billion"): those counted hold it, as written from the count to its noun (`counts`: the start
    and subject end of this sentence's counts before the figure, in text offsets)."""
    for start, end in reversed(counts):
        if not low <= start < end <= at:
            continue
        acting = _COUNTED_ACTING.fullmatch(text, end, at)
        if acting is None or not (acting.group("verb") in holding_verbs() or acting.group("verb") in _HAVING_ING):
            continue
        if (cut := _HYPHENED_START.search(text, low, start)) is not None:
            start = cut.start()  # "one-and-a-half million families": the count read from "a-half"; its first word opens it
        if _COUNTED_OPENING.fullmatch(text, low, start) is None:
            return None  # "a poll of 1,000 adults who ...": a count inside another phrase is no clause's subject
        return Phrase(text[start:end], start, end)
    return None


_PASSIVE_AGENT_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:was|were|is|are|been|be|being)\s+(?:(?:also|already|now|jointly|largely|mostly|partly|first|then)\s+)?"
    r"(?P<verb>paid|made|raised|spent|given|donated|pledged|offered|bid|earned|won|held|owned|bought|sold|unveiled|announced|proposed|"
    r"promised|invested|lent|borrowed|received|collected|secured|committed|awarded|charged|axed|shed|created|put\s+forward|tabled|set\s+out)"
    r"(?:\s+(?:out|up|in|over))?\s+by\s+(?P<the>the\s+)?(?=[A-Z])"
)
"""A passive verb of having, giving, spending or proposing whose agent follows it in the figure's
clause ("Plans to abolish 162 quangos have been unveiled by the Conservatives", "A £5m bid for the
striker was made by Chelsea"): the agent holds the figure."""


_ANY_PASSIVE = re.compile(
    r"(?P<gap>(?:\s+[\w'’-]+){0,8}?)\s+(?:was|were|is|are|been|be|being)\s+(?:(?:also|already|now|jointly|largely|mostly|partly|first|then|quietly|reportedly)\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:out|up|in|over|away|back|into|to|towards|for|on)(?:\s+(?:the|a|an|its|their|his|her)?\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)?"
    r"\s+by\s+(?P<agent>(?:(?:the|a|an)\s+)?(?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+?)(?=['’]?\s*(?:[.,;:]|$|\s+(?:in|on|at|for|from|to|during|over|after|before|last|this|with|and|who|which|as)\b))"
)
"""A passive of any verb before "by" and its agent in the figure's clause, the verb read as a class."""


_AMOUNT_BEFORE = re.compile(r"[$£€¥%]|\b(?:percent|per\s+cent|pounds?|dollars?|euros?|pence|cents?)\b")
"""A sum or share written in the figure that ends where the search ends."""


@lru_cache(maxsize=1)
def _passive_causes() -> frozenset[str]:
    """Every written form of the verbs of holder_passives.yml (causing, following, backing)."""

    lexicon = _tagger().lexicon
    verbs = yaml.safe_load(read_text("holder_passives.yml"))["causing"]
    return frozenset(form for verb in verbs for form in ({verb} if str(lexicon.get(verb, "")) in ("VBD", "VBN") else _verb_forms(verb)))


def _any_passive_agent(text: str, end: int, high: int) -> Phrase | None:
    """The agent after 'by' of a passive of a verb no list of giving or spending names ("Over $90m was
    ploughed into the scheme by Westmoor Capital", "The Greens were gifted £1m by a lottery winner",
    "£3.4m was raised by the supporters' trust"): a past participle the tagger's lexicon knows as one,
    or an unknown word in -ed, that is none of the verbs whose subject does not hold what it takes
    (holder_verb_classes.yml, and the verbs of causing of holder_passives.yml: "driven by consumers"); the agent a name
    the gazetteers sort as a person or body, or a description whose head is an agentive noun. Only a sum
    or a share, whose own noun phrase is the passive's subject (no relative word, other agent or
    participle before the passive)."""

    if not _AMOUNT_BEFORE.search(text, max(0, end - 25), end):
        return None  # a count ("the 75 witnesses interviewed by ...", "for the past two polls have been drawn up by"): its own rules'
    found = _ANY_PASSIVE.match(text, end, high)
    if found is None or re.search(r"\b(?:by|which|who|that|whose|where|when|while)\b|\w+ed\b", found.group("gap")):
        return None  # "the 75 witnesses interviewed by the committee had never been ...": another clause's passive
    verb = found.group("verb")
    lexicon = _tagger().lexicon
    if verb in _not_holding_verbs() or verb in _passive_causes() or not (lexicon.get(verb, "") in ("VBN", "VBD") or verb.endswith("ed") and verb not in lexicon):
        return None
    agent = found.group("agent")
    begin = found.start("agent")
    if agent[:1].isupper():
        named = _named_run(text, begin, high, ("person", "group", "name"))
        if named is None or names_nothing(named[1]):
            return None
        return Phrase(named[1], named[0], named[0] + len(named[1]))
    words = agent.split()
    head = words[-1].rstrip("'’")
    if any(w[:1].isupper() or w[:1].isdigit() for w in words) or head in _NOT_SUBJECTS or not agentive(head):
        return None
    agent = agent.rstrip("'’") if agent.endswith(("s'", "s’")) else agent
    return Phrase(agent, begin, begin + len(agent))


def passive_agent_after(text: str, end: int, high: int) -> Phrase | None:
    """The agent named after 'by' of a passive verb of having, giving, spending or proposing that the
    clause of a figure ending at `end` takes, before `high` (its sentence's end) and before any comma,
    semicolon, colon, bracket, dash or quotation mark (`_PASSIVE_AGENT_AFTER`), as written with its
    'the'; a person or a body, not a place."""
    stop = re.compile(r"[,;:()\"“”—–]|\s-\s").search(text, end, high)
    found = _PASSIVE_AGENT_AFTER.match(text, end, stop.start() if stop else high)
    if found is None:
        return _any_passive_agent(text, end, stop.start() if stop else high)
    named = _named_run(text, found.end(), high, ("person", "group", "name"))
    if named is None:
        return None
    at, surface = named
    start = found.start("the") if found.group("the") else at
    return Phrase(text[start : at + len(surface)], start, at + len(surface))


_PLAN_OWNED = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?P<pos>['’]s?)?\s+(?:(?:new|latest|own|tax|spending|budget|economic|election|reform)\s+)?"
    r"(?P<noun>plans?|proposals?|pledges?|promises?|offer|bid|manifesto|policy|policies|budget|scheme|target|commitment)\s+"
    r"(?P<link>for|of|to\s+[a-z]+)\s+(?:(?:a|an|the|new|extra|further|up\s+to|around|about|some|nearly|almost|more\s+than|at\s+least)\s+)*$"
)
"""A name owning a plan, proposal, pledge or offer whose 'for'/'of' phrase, or whose 'to' clause
after a possessive, the figure completes ("Lib Dem plans for a new 50% tax rate", "Marco's plan for a
trillion dollars in new military spending", "Labour's plan to invest £60bn")."""


def plan_owner(text: str, low: int, at: int) -> Phrase | None:
    """The name owning the plan, proposal, pledge or offer a figure at `at` completes (`_PLAN_OWNED`),
    as written without its possessive: the possessor holds it before any agent of the clause
    ("Ministers attacked Lib Dem plans for a new 50% tax rate" is the Lib Dems' rate). Not a pronoun
    or a word that is never a name; a 'to' clause only after a possessive ("Acme plans to hire" is
    a verb, read by `intending_agent`)."""
    found = _PLAN_OWNED.search(text, low, at)
    if found is None or found.group("link").startswith("to") and not found.group("pos"):
        return None
    start = found.start("owner")
    words = found.group("owner").split()
    if words[0] == "The" and len(words) > 1:
        start = found.start("owner") + len("The ")
        words = words[1:]  # "The Tory pledge of £4bn": the name after the article
    if words[0].lower() in ("he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "the", "a", "an") or no_name(words[0]):
        return None
    return Phrase(text[start : found.end("owner")], start, found.end("owner"))


_VENUE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|at)\s+(?:the\s+)?$")
_RESULT_NOUNS = frozenset(
    """win wins victory victories defeat defeats loss losses game games match matches title titles goal goals try tries
    point points run unbeaten draw draws appearance appearances cap caps medal medals set sets round rounds start starts
    outing outings fixture fixtures meeting meetings""".split()
)
_RESULT_AROUND = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)\b")
_OWNED_RESULT_BEFORE = re.compile(r"\b(?:their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}(?:in|from|of|out\s+of)\s+(?:the\s+)?(?:last\s+|first\s+|past\s+)?$")
_NOT_OPENING_NAMES = frozenset(
    "in at the a an we i they he she it you to if when after before with for as while although because since despite on by from of this that these those there here what".split()
)
_OPENING_SUBJECT = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Now|Yet)\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:have|has|had|were|was|are|is|will|would|could|also|then|now|only|still)\s+)*[a-z]+(?:ed|s)?\b"
)


def team_over_venue(text: str, low: int, start: int, end: int, named: Phrase | None) -> Phrase | None:
    """The holder the nearest-name step gave a sport result or run (a count of wins, games, titles,
    goals; or a figure inside 'their third win in four games') checked against the venue it may be:
    a name right after 'in'/'at' is where the result was had, not whose ("Ireland won 24-10 in
    Paris, their third win in four games", "Argentina claimed top spot in Group A with three wins
    from three matches"): the name that opens the sentence as its subject holds it instead, else no
    one. Any other holder, or one that is no venue, is returned as given."""
    if named is None or not _VENUE_BEFORE.search(text, max(low, named.start - 8), named.start) or named.end > start:
        return named
    if text[named.end : named.end + 2] in ("'s", "’s", "' ", "’ "):
        return named  # "in Wales' final two games": a possessor, not a venue
    noun = _RESULT_AROUND.match(text, end)
    counted = text[start:end].split()[-1].lower() in _RESULT_NOUNS or noun is not None and noun.group("noun") in _RESULT_NOUNS and text[end:noun.start("noun")].strip() == ""
    if not (counted or _OWNED_RESULT_BEFORE.search(text, max(low, start - 60), start)):
        return named
    opening = _OPENING_SUBJECT.match(text, low, start)
    first = opening.group("who").split()[0] if opening is not None else ""
    if opening is None or opening.start("who") >= named.start or first.lower() in _NOT_OPENING_NAMES or no_name(first):
        return None  # "To win in Europe you need ...", "We could have won in Paris": no name opens the clause
    return Phrase(opening.group("who"), opening.start("who"), opening.end("who"))


_COORDINATED_ACT = re.compile(
    r"(?:.*(?:,\s+|\bthat\s+))?[\s\"“‘'(]*(?:(?:And|But|So|Now)\s+)?(?P<who>(?:[Tt]he\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)\s+"
    r"(?P<first>(?:(?:(?:has|have|had|is|are|was|were|will|would|could|also|only|now|then|already)\s+)+[a-z]+\b|"
    r"(?:(?:also|only|now|then|already)\s+)*(?:[a-z]+ed|[a-z]+s|had|made|took|won|lost|paid|spent|sold|bought|got|gave|held|ran|set|put|began|became|came|went|saw|found|left|kept|cut|hit)\b)(?:\s+(?!(?:and|but|that|which|who|when|while|because|after|before|he|she|they|it|we|i|you)\b)[^\s,;:]+){0,12}?)"
    r",?\s+(?:and|but)\s+(?:(?:has|have|had|also|then|later|now|will|would|could|since)\s+)*(?P<verb>[a-z]+)(?:\s+(?:out|in|up|over))?\s+"
    r"(?:(?:about|almost|nearly|more|than|less|over|some|around|roughly|at|least|up|to|just|a|an|the|another|its|their|his|her|extra|further|additional)\s+){0,4}",
    re.S,
)
"""A clause whose subject's first verb phrase is joined by 'and'/'but' to a verb of having, getting,
giving or spending that takes the figure ("The inquiry is nearing the two-year mark and has spent
more than $6 million", "the union invested $10 million and took a 20 percent stake")."""


def coordinated_agent(text: str, low: int, at: int) -> Phrase | None:
    """The subject of a clause whose second, coordinated verb of having, getting, giving or spending
    takes the figure at `at` (`_COORDINATED_ACT`), as written (a description or pronoun is named by
    `Names.find`): the subject opens the sentence or follows a comma or 'that', the first verb phrase
    holds no other clause's opening, and the subject is a name, a pronoun or a body or people named
    by a common noun."""
    low = max([low] + [low + k + 1 for k, c in enumerate(text[low:at]) if c in ';:—–"“”'])
    found = _COORDINATED_ACT.fullmatch(text, low, at)
    if found is None or found.group("verb") not in holding_verbs():
        return None
    words = found.group("who").split()
    if any(w.lower() in ("that", "who", "which", "said", "says", "to", "and", "or", "of", "for", "in", "on", "with", "by", "as", "if", "when") for w in words):
        return None
    last = _bare(words[-1]).lower()
    if last in _NOT_AGENTS - {"he", "she", "it", "they"} or any(w.replace(",", "").isdigit() for w in words):
        return None
    pronoun = len(words) == 1 and last in ("he", "she", "it", "they")
    agentive = last in agent_nouns() or last in fp_holder_nouns() or last in group_nouns() or last in _words().person_nouns
    rest = words[1:] if words[0].lower() == "the" else words
    named = bool(rest) and all(w[:1].isupper() for w in rest) and not (len(rest) == 1 and no_name(rest[0]))
    asked = wanted(found.group("who"))
    if not (pronoun or agentive or named) or words[0].lower() in ("a", "an") or asked is not None and asked[0] == "person" and not pronoun:
        return None  # "The 22-year-old has made 10 starts but has made 49 appearances": a person's description is left to its own path
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


_NAME_ACTING = re.compile(
    r"(?:,[^,;:]{1,100},)?\s+(?:(?:has|have|had|will|would|could|also|now|already|then|last\s+year|this\s+year)\s+)*(?P<verb>[a-z]+)(?:\s+(?:in|out|up|over))?\s+"
    r"(?:(?:about|almost|nearly|more|than|less|over|some|around|roughly|at|least|up|to|just|a|an|the|another|its|their|his|her|extra|further|additional)\s+){0,4}"
)
"""A name's verb of having, getting, giving or spending right before a figure, past an apposition
between commas ("Our Principles PAC, a group set up to attack Mr. Trump, took in $4.8 million")."""


def name_acting(text: str, end: int, at: int) -> bool:
    """Whether a name ending at `end`, read as the figure's subject, is instead the subject of a verb of
    having, getting, giving or spending that takes the figure at `at` (`_NAME_ACTING`): then the
    name holds the figure, as a person read so already does."""
    found = _NAME_ACTING.fullmatch(text, end, at)
    return found is not None and found.group("verb") in holding_verbs() and found.group("verb") not in ("has", "have", "had")


_OPENING_POSSESSOR = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+[a-z]")


def subject_possessor(subject: Phrase) -> Phrase | None:
    """The name that opens a subject as its possessor ("LinkedIn's active monthly users", read
    whole as the subject of "Statista estimates LinkedIn's active monthly users at 100 million"):
    the possessor holds the figure. Not a word that is never a name."""
    found = _OPENING_POSSESSOR.match(subject.text)
    if found is None or no_name(found.group("owner").split()[0]):
        return None
    return Phrase(found.group("owner"), subject.start + found.start("owner"), subject.start + found.end("owner"))


_LISTED_NAME = re.compile(
    r"(?:,|;|\band|\bor|\bwhile|\bfollowed\s+by)\s+(?:by\s+)?(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?P<link>(?:at|on|with)\s+)?(?:(?:about|around|just|nearly|almost)\s+)?$"
)
_LIST_HEAD = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?P<link>(?:at|on|with)\s+|(?:polled|polls|took|takes|won|wins|had|has|got|gets|scored|scores)\s+)(?:(?:about|around|just|nearly|almost)\s+)?$")


def listed_name(text: str, low: int, start: int, earlier: Sequence[tuple[int, str | None]]) -> Phrase | None:
    """The name a figure follows in a list of names each with its figure ("followed by Cruz at 25
    percent and Rubio at 14", "Lee polled 40%, Roy 35% and Hart 10%"): when the figure before it in the
    sentence (`earlier`: this sentence's figures before it, as start and holder) follows its holder in
    the same way (the name, then 'at'/'on'/'with' or a verb of polling or winning), the name right
    before this figure holds it, not the list's first name. A person, body or place."""
    found = _LISTED_NAME.search(text, low, start)
    if found is None or not earlier:
        return None
    before, holder = earlier[-1]
    head = _LIST_HEAD.search(text, low, before) or _LISTED_NAME.search(text, low, before)  # the list's head, or an item before
    if head is None or holder is None or head.group("name") != holder or head.group("name") == found.group("name"):
        return None
    link = (head.group("link") or "").strip()
    if (found.group("link") or "").strip() != (link if link in ("at", "on", "with") else ""):
        return None  # "Cruz at 25 percent and Rubio at 14"; "Lee polled 40%, Roy 35%": the same shape each time
    if no_name(found.group("name").split()[0]):
        return None
    return Phrase(found.group("name"), found.start("name"), found.end("name"))


_BODY_ACTING = re.compile(r"(?:\s+(?:has|have|had|will|would|could|also|now|already|then|were|was|are|is|been|be|each|all))*\s+(?P<verb>[a-z]+)\b")


_NOT_MODIFIERS = frozenset("to of for in on at by and or but who that which whose with from as than has have had is are was were will would".split())
"""Words that end the noun phrase after a people's adjective: no body's noun lies past one."""


def demonym_body(text: str, holder: Phrase) -> Phrase | None:
    """A people's adjective read as a holder ("English" of "English local authorities have spent
    £3bn", "British" of "The British public has pledged £76m") that modifies a body or people named by
    a common noun, the subject of a verb of having, getting, giving or spending: the whole phrase
    holds the figure (an adjective before a thing, "Turkish-American donations", or before the group
    of a share, "a third of Welsh households", still names no one)."""
    for words in range(3):  # the noun right after, or past one or two modifiers ("English local authorities")
        found = re.compile(rf"(?:\s+[a-z][\w-]*){{{words}}}\s+(?P<noun>[a-z]+)\b").match(text, holder.end)
        if found is None:
            return None
        noun = found.group("noun")
        if noun in _NOT_MODIFIERS:
            return None  # "Welsh patients who have waited": past the noun phrase
        single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        if noun in agent_nouns() or noun in fp_holder_nouns() or noun == "public" or noun.endswith("s") and (single in fp_holder_nouns() or single in group_nouns()):
            break
    else:
        return None
    acting = _BODY_ACTING.match(text, found.end("noun"))
    if acting is None or acting.group("verb") not in holding_verbs() | {"given", "pledged", "awarded", "offered", "granted"}:
        return None  # "a third of Welsh households", "Welsh patients who have waited": no subject of a verb of having
    start = holder.start - 4 if text[max(0, holder.start - 4) : holder.start] in ("The ", "the ") else holder.start
    return Phrase(text[start : found.end("noun")], start, found.end("noun"))


_OPENING_AGENT = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Then|Later|Instead)\s+)?(?P<who>He|She)\s+(?P<rest>[a-z][^,;:—–()\"“”\n]*?)\s*$"
)
_AGENT_CHAIN = re.compile(r"(?:(?:went|go|goes|going|gone|want|wants|wanted|plan|plans|planned|hope|hopes|hoped|aim|aims|aimed|tried|try|tries|is|was|has|had|will|would|could|can|may|might|must|should|did|does|also|then|later|still|now|already|just|only|again|eventually|finally|subsequently|on|to|be|been)\s+)*")
_AGENT_BREAKS = frozenset(
    "that which who whom whose where when while as after before until since because if than though although unless whether but yet "
    "he she it they his her its their him them i we you".split()
)
"""Words that open another clause or name another subject between an opening "he"/"she" and a figure."""


def opening_agent(text: str, low: int, at: int) -> Phrase | None:
    """The "he"/"she" that opens a sentence as the subject of a verb of having, winning, giving or
    cutting (holders' holding verbs) that the figure at `at` completes in the same clause, past a chain of
    auxiliaries and "went on to", "wants to" ("He went on to win the cup and four other titles"; "She
    later won the final and two more golds"): the person the pronoun stands for, as words to be named.
    Not when a comma, colon, quotation mark or a word opening another clause ("that", "when", "as" ...,
    another pronoun) stands between, nor when a verb of saying does ("He said 30 staff left")."""
    found = _OPENING_AGENT.fullmatch(text, low, at)
    if found is None:
        return None
    rest = found.group("rest")
    words = rest.split()
    if any(word.lower() in _AGENT_BREAKS or word in _SAYING for word in words):
        return None
    for k, word in enumerate(words):
        if word in ("have", "has", "had") and k + 1 < len(words) and (words[k + 1] in ("been", "won", "got", "lost") or words[k + 1].endswith(("ed", "en"))):
            continue  # "could have been", "has won": an auxiliary, not the verb of having
        if word in _words().holding_verbs:
            return Phrase(found.group("who"), found.start("who"), found.end("who"))
        if not _AGENT_CHAIN.fullmatch(word + " "):
            return None  # another verb first ("He joined the club and ...")
    return None


_LIST_AGENT = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Yet|Then|Later|Instead)\s+)?(?P<who>He|She)\s+(?P<before>(?:[^,;:—–()\"“”\n]*?\s+and\s+)?)"
    r"(?P<verb>[a-z]+)\s+(?P<objects>[^,;:—–()\"“”\n]+?)\s+and\s+(?:(?:another|a\s+further|also)\s+)?$"
)


def list_object_agent(text: str, low: int, at: int) -> Phrase | None:
    """The "he"/"she" opening the sentence whose verb of having or winning takes the figure at `at` as
    the last of a list of objects ("She was twice player of the year and won the World Cup in 1991 and
    1999 and two Olympic golds"): the verb opens the clause's first or an "and"-joined verb phrase, and
    nothing between names another subject, opens a clause or reports."""
    found = _LIST_AGENT.fullmatch(text, low, at)
    if found is None or found.group("verb") not in holding_verbs():
        return None
    words = (found.group("before") + " " + found.group("objects")).split()
    if any(word.lower() in _AGENT_BREAKS - {"but"} or word in _SAYING for word in words):
        return None
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


def pronoun_over_modifier(subject: Phrase | None, text: str, low: int, at: int, kind: str, acting, holding) -> Phrase | None:
    """The "he"/"she" whose verb takes the figure at `at` when the figure's subject opens with a capital
    only in its modifier ("She won two Olympic golds", "he took 12 Premiership wickets"): a common
    noun is what the figure counts, its capitalized modifier names no holder, so the pronoun steps that a
    capitalized subject skips still apply for a person (a verb of having or winning near a count, `holding`; a
    clause's verb for other kinds, `acting`; an opening "He"/"She" past a chain of auxiliaries). Not when
    the subject's last word is capitalized (a name: "Labour", "MI6") or the subject lies before the
    pronoun."""
    if subject is None or not subject.text[:1].isupper() or not subject.text.split()[-1][:1].islower():
        return None
    agent = holding(text, low, at) if kind == "count" else acting(text, low, at)
    if agent is None:
        agent = opening_agent(text, low, at) or coordinated_agent(text, low, at) or list_object_agent(text, low, at)  # "She was twice player of the year and won two Olympic golds"
    if agent is None or agent.text.lower() not in ("he", "she") or subject.start < agent.end:
        return None  # "It is expected this would increase the number of Chinese tourists by 40,000": no one's
    return agent


_SAYING = frozenset(
    "said says say told tells added adds claimed claims insisted insists argued argues believes believed thinks thought "
    "estimated estimates reported reports announced announces explained explains noted notes wrote writes suggested suggests "
    "predicted predicts warned warns expects expected".split()
)


_PERCENTILE = re.compile(
    r"(?i)\b(?:the\s+)?(?:very\s+)?(?:top|bottom|richest|poorest|wealthiest|highest-earning|lowest-earning|highest-paid|lowest-paid|best-off|worst-off|middle)"
    r"\s+(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:one|two|five|ten|twenty|fifty)\s+(?:percent|per\s+cent)|(?:one-|one\s+)?(?:fifth|quintile|tenth|decile))"
    r"(?:\s+of\s+(?:the\s+|all\s+|[a-z]+['’]s\s+)?(?:[a-z-]+\s+)?(?:earners|taxpayers|households|families|workers|people|adults|filers|individuals|citizens|residents|employees|americans|britons|income\s+earners|incomes|income\s+distribution|income\s+scale))?(?![\w-])"
    r"(?!\s+(?:rate|rates|bracket|brackets|tax|taxes|band|bands|threshold|thresholds|tier|tiers|marginal|income|incomes|level|levels|mark|spot|stake|share)\b)"  # "the top 10 percent rate": a rate, no group
)
_DASHED_ASIDE = re.compile(r"\s[-–—]{1,2}\s[^;]*?\s[-–—]{1,2}\s")
_OWNED_SUBJECT = re.compile(r"(?i)^(?:(?:and|but|so)\s+)?(?:(?:the|their|an?)\s+(?:[a-z-]+\s+){0,2}(?:of|for)|those\s+in)$")


def percentile_group(text: str, low: int, start: int, end: int, high: int) -> Phrase | None:
    """The income group a share of people ranked by wealth names ("the top 1 percent", "the poorest 20
    percent of households") that holds a figure of its clause: as the clause's subject or the owner
    of its subject before the figure ("The top 1 percent paid 25 percent of all taxes", "The income of
    the richest 10 percent rose 8 percent"). Not the group's own share."""
    groups = [m for m in _PERCENTILE.finditer(text, low, start) if m.end() <= start]
    if not groups:
        return None
    group = groups[-1]
    between = _DASHED_ASIDE.sub(" ", text[group.end() : start])  # "the top 1 percent -- those earning over $750,000 -- would pay"
    if _CLAUSE_BREAK.search(between) or re.search(r"\d", between):
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, low, group.start())]
    prefix = text[breaks[-1] if breaks else low : group.start()].strip(" ,\"“‘'")
    if prefix and not _OWNED_SUBJECT.match(prefix):
        return None
    return Phrase(group.group(0), group.start(), group.end())


_WITH_SHARE = re.compile(
    r"(?<!compared )(?<!along )(?<!together )(?<!combined )(?<!tied )\bwith\s+"
    r"(?:(?:about|nearly|almost|just|only|roughly|around|close\s+to|over|under|more\s+than|less\s+than|a\s+mere)\s+)*$"
)
_WITH_SHARE_ENDS = re.compile(
    r"(?:\s+(?:support|of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:vote|votes|ballots|delegates)))?"
    r"(?:\s*(?:[,.;:)]|$)|\s+(?:while|and|but|followed|to|in|among|according|versus|over|behind|ahead)\b)"
)
"""What may follow a share a clause's subject finishes "with": the end of the clause or what it is of
("of the vote", "support"); not an absolute clause ("with 87 percent viewing him favorably", "with
95 percent of precincts reporting"), whose share is of the people or things it names."""
_WITH_CLAUSE_BREAK = re.compile(r".*(?:[,;:(—–]|\s[-–]\s|\b(?:that|while|whereas|but)\s)", re.S)
_TITLE_WORDS = re.compile(r"(?:(?!(?:A|An|The)\s)(?:[A-Z][\w.'’-]*|former|of)\s+){1,4}")
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:and|but|while|whereas|then|yet|so)\s+)?")
_NOT_A_VERB = frozenset("of in for and or to from on at by with as who which that whose".split())


def with_share(names: "Names", low: int, start: int, end: int, high: int) -> Phrase | None:
    """Whose a share is that a clause's subject wins, leads or ends "with" ("Trump leads the field in
    the state with just 22%", "Cruz comes in second with 34 percent", "she swept Arkansas with 70
    percent of the vote"): the name or pronoun that opens the clause, when a verb follows it, not a
    name the clause's object or a place names. A pronoun is returned as written, to be named."""
    text = names.text
    found = _WITH_SHARE.search(text, low, start)
    if found is None or found.end() != start or _WITH_SHARE_ENDS.match(text, end, high) is None:
        return None
    broken = _WITH_CLAUSE_BREAK.match(text, low, found.start())
    opening = _SUBJECT_OPENING.match(text, broken.end() if broken else low, found.start())
    at = opening.end() if opening else low
    pronoun = re.match(r"(?:He|he|She|she)\b", text[at : found.start()])
    if pronoun is not None:
        if bisect.bisect_left(names.positions, at) > bisect.bisect_left(names.positions, low):
            return None  # "Despite Will's call to drop Trump, he remains ... with 24 percent": which of them "he" is, the opening does not tell
        subject = Phrase(pronoun.group(0), at, at + pronoun.end())
    else:
        title = _TITLE_WORDS.match(text, at, found.start())  # "Sen. Ted Cruz", "Ohio Gov. John Kasich"
        k = bisect.bisect_left(names.positions, at)
        near = [
            n for n in names.names[k : k + 3]
            if (n.start == at or title is not None and at < n.start <= title.end()) and n.kind in ("person", "group", "name") and n.end < found.start()
        ]
        if not near:
            return None
        subject = _phrase(max(near, key=lambda n: n.end))
    following = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", text[subject.end : found.start()])
    if following is None or following.group(1) in _NOT_A_VERB or _POLL_NAME_AFTER.match(text, subject.end):
        return None  # "Clinton's lead ...", "Sanders of Vermont ...": no clause the name is the subject of
    return subject


_AFTER_MODIFIER = re.compile(r"\s+(?:(?P<word>[a-z][a-z-]+)\b|\d[\d,.]*[a-z])")


def adjective_modifier(text: str, holder: Phrase) -> bool:
    """The holder is one word the lexicon knows as an adjective ("Democratic", "Republican") written
    right before a noun it qualifies ("a third of Democratic voters", "Republican primary voters in
    five states", "a Republican debate"): a kind of voter, debate or committee, not a party that
    holds the figure (the name that owns a noun it modifies is never such a word: Names.name_opening)."""

    if not _adjective(holder.text):
        return False
    after = _AFTER_MODIFIER.match(text, holder.end)
    if after is None:
        return False
    lexicon = _tagger().lexicon
    word = after.group("word")
    if word is not None and lexicon.get(word, "")[:2] not in ("NN", "JJ"):
        return False
    head = ""
    for noun in re.findall(r"\S+", text[holder.end : holder.end + 60]):
        if not re.fullmatch(r"[a-z][a-z-]+", noun) or lexicon.get(noun, "")[:2] not in ("NN", "JJ"):
            break
        head = noun  # the noun phrase's last word: its head
    groups = _words().group_nouns
    return not (head in groups or head.endswith("s") and head[:-1] in groups)  # "the Republican congressional committees raised": a body of the party


def qualifies_person(text: str, holder: Phrase) -> bool:
    """The name at `holder` qualifies a person or people right after it ("The Olympic champion set a
    world mark of 4.88m", "A 29-year-old Berlin woman received five months' probation", "the
    Sydney 200m champion"), and every mention of it in `text` qualifies what follows it: the
    person, not a word the article only uses as a modifier, holds the figure. A name that is ever
    a subject, object or possessor ("United doubled their lead", "Labour's plans", "backed by
    Labour.") holds, and so does one that qualifies a thing ("a Tory plan", "Republican turnout")."""

    people = _words().qualified_people
    after = _AFTER_MODIFIER.match(text, holder.end)
    if after is None:
        return False
    noun = after.group("word")
    if noun is None:  # "the Olympic 10,000m bronze medal", "Sydney 200m champion": past the distance
        found = re.match(r"\s+\d[\d,.]*[a-z]+\s+([a-z]+)\b", text[holder.end : holder.end + 40])
        noun = found.group(1) if found else None
    if noun not in people or re.search(rf"\b{noun}\s+[A-Z]", text[holder.end : holder.end + 40]):
        return False  # "Tory leader Michael Howard has said his party would cut £35bn": the person is named after
    return _only_modifier(text, holder.text)


_WORD_BEFORE_CHAR = re.compile(r"[\w'’-]")
_WORD_AFTER_CHAR = re.compile(r"[\w-]")


def _written_whole(text: str, words: str) -> Iterator[int]:
    """Where `words` is written in `text` as whole words (no word character, apostrophe or hyphen
    right before it, no word character or hyphen right after): found by a plain substring search,
    which a long text makes cheaper than a pattern's."""
    at = text.find(words) if words else -1
    while at >= 0:
        end = at + len(words)
        if not (at and _WORD_BEFORE_CHAR.match(text, at - 1)) and not _WORD_AFTER_CHAR.match(text, end):
            yield end
            at = text.find(words, end)  # as a pattern's search goes on: past the whole mention
        else:
            at = text.find(words, at + 1)


@per_text
def _only_modifier(text: str, words: str) -> bool:
    """Every mention of `words` in `text` qualifies a noun or adjective after it: no possessor, no
    subject or object (`qualifies_person`'s whole-text test, once per text and name)."""

    lexicon = _tagger().lexicon
    for end in _written_whole(text, words):
        if text[end : end + 1] in ("'", "’"):
            return False  # "Labour's plans": a possessor
        after = _AFTER_MODIFIER.match(text, end)
        if after is None:
            return False
        word = after.group("word")
        if word is not None and lexicon.get(word, "")[:2] not in ("NN", "JJ"):
            return False
    return True


_CLOCK_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:on|after)\s+(?:(?:just|only|about|around|nearly|almost|barely)\s+)?$")
_CLOCK_AFTER = re.compile(
    r"(?i)\s+(?:later|earlier|into\s+(?:the\s+)?(?:extra[- ]time|injury[- ]time|stoppage[- ]time|added\s+time|(?:first|second|other)\s+half|match|game|half|contest|tie|final|restart)"
    r"|after\s+(?:the\s+)?(?:interval|break|restart|re-start|kick-off|start|half-?time|change\s+of\s+ends)"
    r"|before\s+(?:the\s+)?(?:end|break|interval|half-?time|full-?time|final\s+whistle)"
    r"|(?:still\s+)?(?:remaining|left|to\s+go|to\s+play|on\s+the\s+clock))\b"
)
"""Around a number of minutes: a moment on a game's clock ("on 75 minutes", "after 29 minutes", "two minutes into extra-time",
"two minutes after the interval", "with seven minutes remaining", "three minutes later"), which no one holds."""
_CLOCK_OF = re.compile(r"\s+of\b|-")
_POSSESSED_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:his|her|their|my|our|your)\s+$")
_AGED_PERSON = re.compile(r"(?:[- ]old)?\s+(?:[a-z]+\s+)??(?P<noun>[a-z-]+)\b")
"""After an age a possessive opens ("her 32-year-old daughter", "his 14-year-old son", "her 15-year-old opponent"): the
person it describes, perhaps after one modifier."""
_OTHER_PERSONS = frozenset(
    """opponent opponents rival rivals partner brother sister sibling child children kid kids girl boy baby grandson
    granddaughter grandchild nephew niece cousin stepson stepdaughter team-mate teammate colleague""".split()
)
"""People a possessive names by their tie to the possessor, beyond the holder lists' person nouns."""
_SCALE_UNITS = frozenset(("meter", "kilometer", "mile", "yard", "minute", "second", "hour"))
_POINT_AFTER = re.compile(r"[\s-]+(?:stage|mark|barrier|line)\b(?!\s+of\b)")
"""After a length or a time: a point on its scale ("the 300m stage", "the 5m barrier", "the 30-minute mark", "the 20-yard
line"), which measures where something happened or a threshold, not an amount anyone has."""
_OWNER_BEFORE = re.compile(r"(?i)(?:\b(?:our|their|his|her|its|my|your)|['’]s?)\s+$")
_NATIONAL_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:the\s+)?(?:national|nationwide|statewide|countrywide|worldwide|global)\s+(?:average|rate|median|mean|figure|level|norm)\s+"
    r"(?:of|at|is|was|stood\s+at|stands\s+at)\s+(?:(?:about|around|roughly|just|only|nearly|almost)\s+)?$"
)
"""Before a figure: an average or rate of the whole nation or world, written without its name ("below the national average
of 4.9 percent", "the national rate is 5%"): the other side of a comparison, which the clause's holder does not hold."""
_NAMED_AFTER = re.compile(r"\s*,\s+[A-Z]")
"""After the described person: a name set beside it ("his 17-year-old daughter, Ellie,"), which the rules may give."""


def holds_no_one(text: str, kind: str, unit: str | None, flags: Sequence[str], start: int, end: int) -> bool:
    """Whether a figure is one the guideline gives no holder whatever names stand near it: a distance that names an
    event (flag "event": "won the national 60m hurdles title", "Britain's 1500m champion", "Ana Cruz, the women's 400m
    champion"), a category of race that no one has, earns or pays (round 20's blind dense sample and round 19's
    abstention sample both judged every such distance to hold no one), and a moment on a game's clock
    (`_CLOCK_BEFORE`, `_CLOCK_AFTER`), a time at which something happened and not a length anyone's act took;
    not a length of time with 'of' after it
    ("after 90 minutes of talks": the talks' length, a duration that frames its clause) nor a hyphened modifier
    ("after a 45-minute meeting"); and an age a possessive gives another person ("her 32-year-old daughter", "his 14-year-old
    son"): the guideline gives an age to the person it describes, here one the text does not name (a name set beside
    it, "his 17-year-old daughter, Ellie,", is left to the rules), and never to the possessor; and a nation's or the
    world's average written without its name (`_NATIONAL_BEFORE`), which the clause's holder does not hold; and a point
    on a scale of length or time ("at the 300m stage", "the 5m barrier", `_POINT_AFTER`) that no possessive owns."""
    if "event" in flags:
        return True
    if "age" in flags and _POSSESSED_BEFORE.search(text, max(0, start - 8), start) and (aged := _AGED_PERSON.match(text, end)) is not None and (
        aged.group("noun").lower() in _words().person_nouns | _OTHER_PERSONS and not _NAMED_AFTER.match(text, aged.end())
    ):
        return True  # "Her 32-year-old daughter has a degree": the daughter's age, not her mother's, and the text names no daughter
    if unit in _SCALE_UNITS and _POINT_AFTER.match(text, end) and not _OWNER_BEFORE.search(text, max(0, start - 12), start):
        return True  # "at the 300m stage", "break the 5m barrier", "about the 7 minute mark": a point on a scale, no one's amount
    if _NATIONAL_BEFORE.search(text, max(0, start - 48), start):
        return True  # "The city's rate is 4.6 percent, below the national average of 4.9 percent": the other side of a comparison
    if kind != "duration" or unit != "minute" or _CLOCK_OF.match(text, end) or "-" in text[start:end]:  # "after 45-minute talks"
        return False
    return bool(_CLOCK_BEFORE.search(text, max(0, start - 24), start) or _CLOCK_AFTER.match(text, end))


_BODY_RUN = r"(?P<body>(?:the )?[A-Z][\w&'’.-]*(?:[ ]+(?:of |for |and |& )?[A-Z][\w&'’.-]*){0,4})"  # one line's words
_ROLE_WORDS = r"(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)"
_ROLE_BEFORE_OF = r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<role>[A-Za-z][\w-]*)"  # "Chief Executive of ...": a title may be capitalized


_WINDOW = 400
"""How far from a word a phrase that ends or starts with it may reach (a body's name, a role and two more words)."""


def _windows_of(text: str, word: str) -> list[tuple[int, int]]:
    """The stretches of `text` around each place `word` is written, each from a line's start at least
    `_WINDOW` characters before it to `_WINDOW` characters past it, merged where they meet: a phrase that
    ends or starts with the word lies inside one, so a long text is searched only where the word is."""
    windows: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0:
        low = text.rfind("\n", 0, max(0, at - _WINDOW)) + 1
        high = min(len(text), at + len(word) + _WINDOW)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
        at = text.find(word, at + 1)
    return windows


def speaker_body(text: str, speaker: str, descriptor: str | None, names: Names, before: int) -> Phrase | None:
    """The body a quoted speaker speaks for, when the speaker's "we"/"our"/"us" stands for it (the
    guideline's pronoun resolved to the name the text gives): the organisation of the speaker's descriptor
    or of a mention of the speaker with a role ("Acme's chief executive Ann Lee", "Ulster coach Mark
    McCall", "Ann Lee, chief executive of Acme Trust"), by a role noun of the voices' (PERSON_ROLES,
    EPITHET_ROLES); the nearest such mention before `before`, else after. A name the article reads as a
    person is no body."""

    roles = vp.PERSON_ROLES | vp.EPITHET_ROLES
    surname = re.escape(speaker.split()[-1])
    found: list[Phrase] = []
    shapes = (
        re.compile(rf"{_BODY_RUN}(?:['’]s)?\s+{_ROLE_WORDS}\s+(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?{surname}\b"),
        re.compile(rf"\b{surname},\s+(?:the\s+|a\s+|an\s+)?{_ROLE_BEFORE_OF}\s+(?:of|at|for)\s+{_BODY_RUN}"),
    )
    windows = _windows_of(text, speaker.split()[-1])
    for shape in shapes:
        for match in (m for low, high in windows for m in shape.finditer(text, low, high)):
            if match.group("role").lower() not in roles:
                continue
            body = match.group("body")
            start = match.start("body") + (4 if body.startswith("the ") else 0)
            end = match.end("body") - (2 if body.endswith(("'s", "’s")) else 0)  # "Acme's chief executive": Acme
            while end > start and text[end - 1] in ".'’-":
                end -= 1  # "chief executive of Acme Rovers.": the sentence's stop is no part of the name
            if end - start < 2 or text[start:end].lower() == speaker.lower() or names.kind_at(start, end) == "person" or classify_person(text[start:end]):
                continue
            found.append(Phrase(text[start:end], start, end))
    if descriptor and not found:
        for shape in (re.compile(rf"^(?:the\s+)?{_BODY_RUN}(?:['’]s)?\s+{_ROLE_WORDS}\b"), re.compile(rf"\b{_ROLE_BEFORE_OF}\s+(?:of|at|for)\s+{_BODY_RUN}")):
            match = shape.search(descriptor)
            if match is not None and match.group("role").lower() in roles:
                body = match.group("body")
                body = body[4:] if body.startswith("the ") else body
                body = body[:-2] if body.endswith(("'s", "’s")) else body
                body = body.rstrip(".'’-")
                at = text.rfind(body, 0, before)
                at = at if at >= 0 else text.find(body)
                if at >= 0 and names.kind_at(at, at + len(body)) != "person":
                    found.append(Phrase(body, at, at + len(body)))
                    break
    if not found:
        return None
    earlier = [p for p in found if p.start < before]
    return max(earlier, key=lambda p: p.start) if earlier else min(found, key=lambda p: p.start)


def classify_person(words: str) -> bool:
    """Whether `words` read as a person's name (the mentions' gazetteers)."""

    return classify(words) == "person"
