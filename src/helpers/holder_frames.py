"""The holder a figure's frame in its sentence gives (frame_holder): an opening "At N,", "With X," or "For 24 hours,", an age or participle opening, "As X reported,", a poll's sample and its pollster, a valuer, the maker a participle names, and who estimated or counted the figure."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .holder_agents import _not_holding_verbs
from .holder_names import Name, kind_of
from .holder_words import (
    _AGENT_END,
    _NATIONALITY_NOUNS,
    _NOT_AGENT,
    _NOT_SUBJECTS,
    _QUANTIFIERS,
    _SPEECH_AFTER,
    _TITLED_SPAN,
    _key,
    _modifies_noun,
    _without_possessive,
    _words,
    agentive,
    wanted,
)
from .meaning import Phrase
from .syntax import _tagger

if TYPE_CHECKING:
    from .holder_names import Names


_FRAME_OPENING = re.compile(r"\W*(?:(?:And|But)\s+)?(?:For|In|Over|During|Within|After|Since|Throughout)\s+(?:[\w-]+\s+){0,3}$")
_FRAMED_SUBJECT = re.compile(
    r"[^,;:.!?\"“”]{0,40},\s+(?P<who>[Hh]e|[Ss]he|[Tt]hey|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+(?!said\b|says\b|told\b|added\b)(?P<verb>[a-z]+)\b"
)


_FRAMED_DESCRIPTION = re.compile(r"[^,;:.!?\"“”]{0,40},\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w'’-]*){1,4})")


def _framed_description(found: re.Match) -> Phrase | None:  # type: ignore[type-arg]
    """The description that opens the clause after a frame's comma as its subject: "the", "its" or
    "their" and one modifier at most before an agentive noun, or an agentive plural alone ("shoppers"),
    right before a verb (one the tagger's lexicon knows, or an unknown word in -ed: "splurged") of no class
    whose subject holds nothing (saying, estimating, ...: `resources/holder_verb_classes.yml`)."""

    lexicon = _tagger().lexicon
    words = found.group("words").split()
    for k in range(1, len(words)):
        verb = words[k]
        if not (lexicon.get(verb, "")[:2] in ("VB", "MD") or verb.endswith("ed") and verb not in lexicon):
            continue
        if verb in _not_holding_verbs():
            return None  # "With $3bn in reserves, regulators said the bank was safe": a saying or judging verb holds nothing
        who = words[:k]
        if who[0] in ("the", "its", "their") and len(who) <= 3 or len(who) == 1:
            head = who[-1]
            if head in _NOT_SUBJECTS or who[0] in _QUANTIFIERS or not agentive(head) or len(who) == 1 and not head.endswith("s"):
                return None
            begin = found.start("words")
            finish = begin + len(" ".join(who))
            return Phrase(found.string[begin:finish], begin, finish)
        return None
    return None


_AT_OPENING = re.compile(
    r"\W*(?:(?:And|But)\s+)?(?:At(?:\s+the\s+age\s+of)?|Aged)\s+(?:(?:about|around|nearly|almost|just|only|some|roughly)\s+)?$"
)
_AT_POSSESSOR = re.compile(
    r",\s+(?:(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|[Tt]he\s+[a-z][\w-]*)['’]s?|(?P<pronoun>\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)))\s+[a-z]"
)
"""A possessor right after an opening's comma: a name or "the" noun with an apostrophe ("Ashby Rovers'", "the
club's"), or a possessive pronoun as a whole word ("its debt"; not the end of "the other", "the cipher")."""


def at_opening(text: str, low: int, start: int, end: int, high: int) -> Phrase | None:
    """Whose value an "At N," ("At the age of N,", "Aged N,") opening the sentence gives, right before its comma: the subject after the
    comma ("At 36, Maria Santos is the youngest chief executive": her age) or that subject's possessor ("At
    £88m, Ashby Rovers' wage bill is the highest", "At $4bn, its debt is manageable"), a name, pronoun or
    description to be named; the figure's phrase is the number alone."""
    if not _AT_OPENING.fullmatch(text, low, start) or text[end : end + 1] != ",":
        return None
    if (owner := _AT_POSSESSOR.match(text, end, high)) is not None:
        group = "who" if owner.group("who") is not None else "pronoun"
        who = owner.group(group)
        if group == "who" and who.split()[0] in _words().not_names and not who.lower().startswith("the "):
            return None
        return Phrase(who, owner.start(group), owner.end(group))
    found = _FRAMED_SUBJECT.match(text, end, high)
    if found is None or found.group("who").split()[0] in _words().not_names and found.group("who").lower() not in ("he", "she", "they"):
        return None

    if _tagger().lexicon.get(found.group("verb"), "")[:2] not in ("VB", "MD"):
        return None
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


_WITH_OPENING = re.compile(r"\W*(?:(?:And|But|Now)\s+)?With\s+(?:[\w-]+\s+){0,3}$")
_WITH_COUNTING = re.compile(r"[^,;:]*\b(?:\w+ed|\w+ing|stake|books|left|to\s+go|gone|to\s+play|down|up|behind|ahead|out|so\s+far|yet)\b[^,;:]*,")


_FRAME_BREAK = re.compile(r"[,;:]")


def _frame_end(text: str, end: int, high: int) -> int:
    """Just past the first comma, semicolon or colon after `end` (or `high`): the most a frame's pattern
    need read, so a long sentence with no comma costs one scan, not one per start."""
    found = _FRAME_BREAK.search(text, end, high)
    return found.end() if found else high


def with_opening(text: str, low: int, start: int, end: int, high: int) -> Phrase | None:
    """Who has the amount a "with" phrase opening the sentence gives, the subject right after its comma
    ("With debts of $2bn, Norcross Steel faces collapse", "With $3.2bn in reserves, Alder Insurance can
    absorb the claims"): a name or a description of the agent, as `framed_subject` reads it; a sum only.
    Not what is at stake, done or left ("With $2m at stake", "With $5m raised so far", "With 80% of
    votes counted": a participle, "stake", "left" ... before the comma)."""
    if not _WITH_OPENING.fullmatch(text, low, start) or _WITH_COUNTING.match(text, end, _frame_end(text, end, high)):
        return None
    found = _FRAMED_SUBJECT.match(text, end, high)
    if found is None and (described := _FRAMED_DESCRIPTION.match(text, end, high)) is not None:
        return _framed_description(described)
    if found is None or found.group("who").split()[0] in _words().not_names and found.group("who").lower() not in ("he", "she", "they"):
        return None

    if _tagger().lexicon.get(found.group("verb"), "")[:2] not in ("VB", "MD"):
        return None
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


def framed_subject(text: str, low: int, start: int, end: int, high: int, kind: str = "") -> Phrase | None:
    """Who acts in the clause a duration or count opening its sentence frames ("For 24 hours, he drove his
    followers to donate"; "For four years, Clinton traveled the globe"; "After three straight wins, Lee
    is ..."): the pronoun or name right
    after the frame's comma, as words to be named, when a verb (not one of saying) follows it."""

    if not _FRAME_OPENING.fullmatch(text, low, start):
        return None
    found = _FRAMED_SUBJECT.match(text, end, high)
    if found is None and kind == "duration" and (described := _FRAMED_DESCRIPTION.match(text, end, high)) is not None:
        return _framed_description(described)  # "Over the past 20 years, the county has shed ...", "In six weeks, shoppers splurged ..."
    if found is None or found.group("who").split()[0] in _words().not_names and found.group("who").lower() not in ("he", "she", "they"):
        return None
    if _tagger().lexicon.get(found.group("verb"), "")[:2] not in ("VB", "MD"):
        return None
    return Phrase(found.group("who"), found.start("who"), found.end("who"))


_AGE_BOUND_AFTER = re.compile(r"(?:\s+years?(?:\s+old)?)?\s+(?:and|or)\s+(?:older|over|younger|under|above|up)\b")
_AGE_GROUP_BEFORE = re.compile(
    r"(?P<group>(?:\b(?!among\b|of\b|for\b|in\b|by\b|to\b|with\b|from\b)[a-z][\w-]*\s+)?\b(?:voters|people|adults|residents|Americans|workers|women|men|"
    r"respondents|Democrats|Republicans|independents|members|patients|students|children|those\s+(?!aged?\b|ages\b)[a-z][\w\s-]{0,30}?))"
    r"(?:\s+[—–-]+)?\s+(?:(?:under|over|aged?|ages)\s+)*$"
)


def age_group(text: str, low: int, start: int, end: int) -> Phrase | None:
    """The group an age bound or range sorts ("voters 45 and older", "voters under age 45", "those
    nearing retirement — aged 54 to 65"): the group is whose the age is; no one named elsewhere in the
    sentence is."""
    if not (_AGE_BOUND_AFTER.match(text, end) or re.search(r"\b(?:aged?|ages)\s+$", text[max(low, start - 8) : start])):
        return None
    found = _AGE_GROUP_BEFORE.search(text, max(low, start - 60), start)
    if found is None:
        return None
    return Phrase(found.group("group"), found.start("group"), found.end("group"))


_MADE_BY_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:crafted|proposed|approved|passed|written|introduced|drafted|offered|announced|unveiled|pledged|promised|"
    r"requested|sought|raised|spent|paid|donated|given|awarded|granted|earned|made|secured|won)\s+by\s+(?:the\s+)?"
    r"(?P<who>(?:[a-z][\w-]*\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:to|of|for|and)\s+)?[A-Z][\w.&'’-]*){0,5})"
)


def made_by(text: str, end: int, high: int) -> Phrase | None:
    """The body or person a participle after a figure's noun names as its maker ("a $1.1 billion Zika
    funding bill crafted by the House", "$103 million raised by the pro-Bush Right to Rise"): who
    proposes, raises or pays an amount holds it, not a name that only qualifies the noun."""
    found = _MADE_BY_AFTER.match(text, end, high)
    if found is None:
        return None
    start = found.start("who")
    if text[start : start + 1].islower():  # "the pro-Bush Right to Rise": a description's adjective, not the name
        start = text.index(" ", start) + 1
    run = _TITLED_SPAN.match(text, start, high)  # "Right to Rise": a name with small words inside
    if run is None:
        return None
    who = _without_possessive(run.group(0))
    if who.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr|Inc|Co|Corp|Ltd)\.$", who):
        who = who[:-1]  # the sentence's full stop
    if who in _words().party_words or who.rstrip(".").lower() in _words().titles:
        return None  # "raised by Democratic front-runner Hillary Clinton": the reading before this one names her
    while " " in who and who.split(" ", 1)[0].rstrip(".").lower() in _words().titles:
        start += len(who.split(" ", 1)[0]) + 1  # "announced by Chancellor Gordon Brown": the person
        who = who.split(" ", 1)[1]
    return Phrase(who, start, start + len(who)) if kind_of(who) in ("group", "person", "name", "place", "pair") else None


_AS_REPORTED = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But)\s+)?As\s+(?P<who>[^,;:]{2,60}?)\s+(?:has\s+|had\s+|first\s+)?"
    r"(?:reported|reports|documented|documents|noted|notes|wrote|writes|pointed\s+out|points\s+out|explained|explains|observed|observes|revealed|reveals)\s*,"
)


def as_reported(text: str, low: int, holder: Phrase) -> bool:
    """The holder lies in a sentence-opening "As X reported," ("As The Post's Abby Phillip documented,
    more than a dozen governors joined"): whoever reported the clause is its source, not a holder."""
    found = _AS_REPORTED.match(text, low)
    return found is not None and found.start("who") <= holder.start and holder.end <= found.end("who")


_ESTIMATED_BY = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?,?\s+(?:as\s+)?(?:(?:first|previously|last|later|widely|recently)\s+)?"
    r"(?:estimated|calculated|projected|forecast|predicted|measured|counted|tallied|reported|compiled)\s+by\s+(?:the\s+)?$"
)


def estimated_by(text: str, end: int, holder_start: int) -> bool:
    """The holder read after the figure ending at `end` is who estimated, counted or reported it ("less
    than the $36.5 billion estimated by Forbes", "2,000 crimes, as counted by the police"): a source,
    as the guideline's "Sources are not holders" has it; whose the figure is lies elsewhere."""
    if holder_start >= end:
        return _ESTIMATED_BY.fullmatch(text, end, holder_start) is not None
    return _measurer_before(text, holder_start, end)


_RESULTS_OBJECT = re.compile(
    r"(?i)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:net|pre-tax|pretax|operating|gross|record|first|second|third|fourth|full-year|annual|quarterly|half-year|underlying)\s+)*"
    r"(?:profits?|loss(?:es)?|revenues?|sales|earnings|income|turnover|surplus|deficit|growth)\b"
)
"""The object of a verb of recording or expecting that is the subject's own results ("recorded a net loss of")."""
_FIGURE_FIRST = re.compile(r"(?i)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least)\s+)?[-+−]?[\d$£€¥]")
"""An object that opens with its figure ("recorded 41C", "counted more than 12,000 marchers")."""
_MEASURING_STEMS = tuple("count measur record regist track monitor chart log".split())
"""Stems of the measuring verbs whose object is a reading ("recorded 41C", "counted 12,000 marchers"), not
a thing found or shown, which may be the finder's ("Acme records found 11 old files")."""
_NOUN_OPENERS = frozenset("a an the his her its their our my your this that these those whose".split())


def _measurer_before(text: str, holder_start: int, end: int) -> bool:
    """Whether the holder read before the figure ending at `end` is the subject of a verb of estimating,
    valuing or measuring whose object holds the figure ("The statistics office put inflation at 3.9%",
    "Officials at the port tallied 3,000 containers a day"): a measurer, a source by the guideline, not
    whose the figure is. The first verb after the holder decides (auxiliaries passed); not a verb of
    saying or reporting (whose clause may name the holder), nor when a possessive, a pronoun, a relative
    word or a name stands in the object ("Forbes put his net worth at": the owner is another rule's)."""

    lexicon = _tagger().lexicon
    span = text[holder_start:end]
    if re.search(r"[,;:!?\"“”()]|\.(?!\d)", span):
        return False
    classes = _not_holding_verbs()
    previous = ""
    for word in re.finditer(r"[A-Za-z][\w'’-]*", span):
        lower = word.group(0).lower()
        before, previous = previous, lower
        if lower in ("has", "have", "had", "also", "now", "then", "first") or word.group(0)[:1].isupper():
            continue
        if before in _NOUN_OPENERS or lexicon.get(before, "").startswith("JJ") or lexicon.get(lower) == "NN" and before:
            continue  # "her unbeaten record", "Greene's world record", "a new British record": a noun
        if lower not in classes and not lexicon.get(lower, "").startswith(("VB", "MD")):
            continue
        obj = span[word.end() :]
        if (after := re.match(r"\s+([a-z]+)", obj)) is not None and lexicon.get(after.group(1), "") in ("VBD", "VBZ", "VBP", "MD"):
            continue  # "Acme records found 11 old files": a noun before the verb
        if not (classes.get(lower) == "estimating" or classes.get(lower) == "measuring" and lower.startswith(_MEASURING_STEMS)) or re.match(r"\s+to\s", obj):
            return False  # "The companies expect to save $2 billion": an intent, the subject's own act
        if lower in ("put", "puts", "putting") and not re.search(r"\bat\b", obj):
            return False  # "Acme put $4bn into bonds": an act, not a valuation
        if _RESULTS_OBJECT.match(obj) or classes.get(lower) == "measuring" and not _FIGURE_FIRST.match(obj):
            return False  # "The company recorded a net loss of £3m", "Acme expects revenue of $5bn": its own results;
            # a measurer's object is the figure itself ("recorded 41C", "counted 12,000 marchers")
        return not re.search(r"(?i)\b(?:his|her|its|their|him|them|that|which|who|whose)\b|['’]s\b", obj) and not re.search(r"\b[A-Z]", obj)
    return False


def _named_or_described(words: Phrase, names) -> Phrase | None:  # type: ignore[no-untyped-def]
    """The holder a frame's subject names: a pronoun or description as `Names.find` names it (a pronoun
    with no name is none, a description with none holds as written), anything else as written."""
    if wanted(words.text) is None:
        return words
    return names().find(words) or (words if " " in words.text.strip() else None)


def frame_holder(text: str, sentence: tuple[int, int], span: tuple[int, int], kind: str, holder: Phrase | None, here, names) -> tuple[bool, Phrase | None]:  # type: ignore[no-untyped-def]
    """The holder a figure's frame in its sentence gives over the reading so far (`holder`), as (True,
    holder) when a frame decides and (False, None) when none does: a duration opening its sentence,
    an age bound that sorts a group, the maker a participle names after the amount, a poll's own
    margin of error, the one a group backs by a margin, the actor a duration is measured to. `sentence`
    and `span` are offsets in `text`; `here` the sentence's figures so far (`helpers.figures.Figure`);
    `names()` the article's `Names`, read only when a frame needs them."""
    low, high = sentence
    start, end = span
    decided = False
    if holder is None and kind in ("duration", "count", "number", "quantity") and (frame := framed_subject(text, low, start, end, high, kind)) is not None:
        # "For 24 hours, he drove ...", "After three straight wins, Tom Lee is ...", "In the 100 yard backstroke, Lee was ..."
        holder, decided = _named_or_described(frame, names), True
    if holder is None and kind in ("money", "percent", "number", "count", "quantity") and (valued := at_opening(text, low, start, end, high)) is not None:
        # "At 36, Maria Santos is the youngest chief executive", "At £88m, Ashby Rovers' wage bill is the highest"
        holder, decided = _named_or_described(valued, names), True
    if holder is None and kind == "money" and (having := with_opening(text, low, start, end, high)) is not None:
        # "With debts of $2bn, Norcross Steel faces collapse", "With 41% of the vote, the Greens took the seat"
        holder, decided = _named_or_described(having, names), True
    if kind in ("number", "duration") and (group := age_group(text, low, start, end)) is not None:
        holder, decided = group, True  # "among voters 45 and older": the voters', not the candidate's
    if kind == "money" and " by " in text[end:high] and (maker := made_by(text, end, high)) is not None:
        holder, decided = maker, True  # "a $1.1 billion Zika funding bill crafted by the House"
    if holder is None and " margin of" in text[low:high] and (poll := poll_with_margin(text, low, start)) is not None:
        holder, decided = poll, True  # "The new poll has a margin of error of three percentage points"
    if kind in ("number", "percent", "percentage_points") and (backing := _BACKS_BY.search(text, max(low, start - 90), start)) is not None:
        words = backing.group("who").split(" of ")[0]  # "the former secretary of state": the description's own noun
        who = Phrase(words, backing.start("who"), backing.start("who") + len(words))
        found = names().name_at(who.start) if words[:1].isupper() else names().find(who) if wanted(words) is not None else None
        if found is not None and (not words[:1].isupper() or names().kind_at(found.start, found.end) == "person"):
            holder, decided = found, True  # "Hispanics, who back the former secretary of state by 9 points": the one backed
    if holder is None and kind == "duration" and (described := aged_description(text, low, start, end)) is not None:
        # "The 51-year-old premier has marked ...", "The 20-year-old Swede edged the final set": the age opens a
        # description of a person, resolved as "The 51-year-old" (a nationality as "the Swede") is
        if (person := names().find(described)) is not None and names().described_before(person, start):
            holder, decided = person, True
    if holder is None and kind == "duration" and (event := _EVENT_AFTER.match(text, end, high)) is not None:
        who = Phrase(event.group("who"), event.start("who"), event.end("who"))
        if (actor := names().find(who) if who.text.lower() in ("he", "she", "they") else names().name_within(who.start, who.end)) is not None:
            holder, decided = actor, True  # "That happened only 10 days after he led Royal Armagh to the cup": his
    if kind in ("money", "percent", "count", "number", "quantity") and (valued := _VALUED_AT.search(text, max(low, start - 100), start)) is not None and (
        valued.group("prep") == "at" or valued.group("verb").startswith("list")  # not "put England in front with 10 minutes left"
    ) and valued.group("object").split()[0].lower() != "them":  # "lists them as the richest": which of the names before, too loose to tell
        owner = valued_owner(text, low, valued, names)
        if owner is not None or holder is not None and _VALUER_GAP.fullmatch(text, holder.end, valued.start("verb")):
            holder, decided = owner, True  # "Forbes put his net worth at $45 billion": Bloomberg's, not the valuer's
    if kind == "count" and (sample := _SAMPLE_BEFORE.search(text, max(low, start - 120), start)) is not None and (
        pollster := sample_pollster(text, low, sample, end, high, names)
    ) is not None:
        holder, decided = pollster, True  # "A Daily Telegraph poll of 1,313 people": a pollster holds its own sample
    if kind in ("percent", "number", "count") and (crowned := _WINNER_WITH.search(text, max(low, start - 140), start)) is not None:
        found = names().name_at(crowned.start("who"))
        if found is not None and found.start == crowned.start("who") and names().kind_at(found.start, found.end) in ("person", "group", "name", "pair"):
            holder, decided = found, True  # "a survey by a news network found Trump the winner with 35 percent": the winner's, not the finder's
    return decided, holder if decided else None


_WINNER_WITH = re.compile(
    r"\b(?:found|finds|named|names|declared|declares|crowned|crowns|showed|shows|had|has|have)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
    r"(?:as\s+)?the\s+(?:clear\s+|overall\s+|outright\s+|narrow\s+|runaway\s+)?(?:winner|victor|leader|front-?runner|favou?rite|choice)\b"
    r"[^,.;:()\"“”]{0,70}?\s+with\s+(?:(?:about|around|roughly|nearly|almost|just|only|over|more\s+than|under|less\s+than)\s+)*$"
)
"""A verb that names someone the winner, leader or favourite, and "with" right before the figure that
is their score ("found Trump the winner of Tuesday night's debate with 35 percent of the vote")."""


_SAMPLE_BEFORE = re.compile(
    r"(?:\b(?P<poll>poll|survey)\s+of\s+|\b(?:surveying|surveyed|polling|polled|interviewing|interviewed)\s+(?:a\s+(?:random\s+|representative\s+)?sample\s+of\s+)?)"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|over|more\s+than|a\s+total\s+of)\s+)*$"
)
"""A poll's sample right before a count ("a poll of", "the survey of", "surveying a random sample of")."""
_POLLSTER = re.compile(
    r"(?<![\w'’/&.-])(?P<who>(?!(?:The|A|An|This|That|In|Its|Their|His|Her)\b)[A-Z][\w.&'’-]*(?:(?:\s+|/|-|\s+(?:of|for|and|&)\s+)[A-Z][\w.&'’-]*)*)"
    r"(?:['’]s?)?\s+(?:(?:new|latest|national|nationwide|statewide|online|telephone|phone|recent|tracking|exit|monthly|weekly|daily|own)\s+)*(?P<noun>poll|survey)s?\b"
)
"""A pollster's name before its poll ("a Daily Telegraph poll", "The Washington Post/ABC News poll", "the Mori survey")."""
_POLLSTER_BY = re.compile(
    r"[^.;:]{0,60}?\b(?:by|for)\s+(?:the\s+)?(?P<who>[A-Z][\w.&'’-]*(?:(?:\s+|/|-|\s+(?:of|for|and|&)\s+)[A-Z][\w.&'’-]*)*)"
)


def sample_pollster(text: str, low: int, sample: re.Match, end: int, high: int, names) -> Phrase | None:  # type: ignore[no-untyped-def]
    """The pollster a poll's sample at `end` belongs to: the name before the poll in the same sentence
    ("A Daily Telegraph poll of 1,313 people", "the Mori survey of 2,000 adults"), else the one the poll
    is "by" after the sample ("a poll of 400 Latino voters released on Friday by Latino Decisions"), else
    who conducted it before ("Monmouth conducted its poll ..., surveying 1,008 adults"), else, for "the
    poll" named before, the last pollster named with a poll in the two sentences before; None when none
    is named. The guideline's "a pollster holds its own sample"."""
    found = None
    for found in _POLLSTER.finditer(text, low, sample.end()):
        pass
    if found is not None:
        return _whole_words(text, found)
    if (by := _POLLSTER_BY.match(text, end, high)) is not None and names().kind_at(by.start("who"), by.end("who")) != "place":
        return _whole_words(text, by)
    if (conducted := _CONDUCTED.search(text, low, sample.start())) is not None:
        return _whole_words(text, conducted)
    if sample.group("poll") is not None and re.search(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}$", text[max(low, sample.start() - 30) : sample.start()]):
        known = names()
        here = known.sentence_of(low)
        for found in reversed(list(_POLLSTER.finditer(text, known.starts[max(0, here - 2)], low))):
            return _whole_words(text, found)  # "... a Quinnipiac poll found. The poll of 1,000 voters"
    return None


def _whole_words(text: str, found: re.Match) -> Phrase:
    """The match's "who", cut where a sentence ends inside it ("Institute of Politics. Twenty-four")."""
    start, stop = found.start("who"), found.end("who")
    if (cut := re.search(r"(?<=[a-z]{3})\.\s", text[start:stop])) is not None:
        stop = start + cut.start()
    return Phrase(text[start:stop], start, stop)


_CONDUCTED = re.compile(r"(?<![\w'’])(?P<who>(?!(?:The|A|An|It|They)\b)[A-Z][\w.&'’-]*(?:(?:\s+|/|-)[A-Z][\w.&'’-]*)*)\s+(?:conducted|carried\s+out|ran|fielded)\s+(?:its|the|a)\s+(?:[a-z]+\s+)?(?:poll|survey)\b")


_VALUED_AT = re.compile(
    r"(?<![\w'’])(?P<verb>puts?|putting|pegged|pegs|pegging|values|valued|valuing|estimates|estimated|lists|listed)\s+"
    r"(?P<object>(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Hh]im|[Tt]hem|[Tt]he|[A-Z])[^.;:,()\"“”]{0,60}?)\s+(?P<prep>at|with)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just|under|over|more\s+than|less\s+than)\s+)*$"
)
"""A valuer's verb, its object and "at" right before a figure ("Forbes put his net worth at", "Bloomberg
pegged him at", "lists David and Charles Koch with just under")."""
_OWNED_OBJECT = re.compile(r"(?P<who>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s|(?P<name>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*)*)['’]s?\s")


def valued_owner(text: str, low: int, valued: re.Match, names) -> Phrase | None:  # type: ignore[no-untyped-def]
    """Whose a figure is that a valuer's verb puts an object at (`valued`, a `_VALUED_AT` match): the
    possessor of the object ("his net worth" -> him, "LinkedIn's active users" -> LinkedIn), the person it
    is ("pegged him at", "lists David and Charles Koch with"), else no one ("puts the figure at $498
    billion": an estimate's source holds nothing). A pronoun is resolved by `names()`, never to the
    valuer named right before the verb ("Forbes put his net worth at": not Forbes's)."""
    obj = valued.group("object")
    at = valued.start("object")
    known = names()
    before = known.names[bisect.bisect_left(known.positions, low) : bisect.bisect_left(known.positions, valued.start("verb"))]
    valuer = frozenset(_key(n) for n in before if n.kind != "person" and _VALUER_GAP.fullmatch(text, n.end, valued.start("verb")))
    # a person may value their own ("Trump puts his net worth at"); a body or an unsorted name is no "his"
    pronoun = obj.split()[0] if obj.split()[0].lower() in ("him", "her") or (owned := _OWNED_OBJECT.match(obj + " ")) is not None and owned.group("who") else None
    if pronoun is not None:
        found = known.find(Phrase(pronoun, at, at + len(pronoun)), exclude=valuer)
        return None if found is None or _key(Name(found.text, found.start, found.end, "name")) in valuer else found
    owned = _OWNED_OBJECT.match(obj + " ")
    if owned is not None and owned.group("name") is not None:
        return known.name_at(at) or Phrase(owned.group("name"), at, at + len(owned.group("name")))
    if (person := known.name_at(at)) is not None and person.end == valued.end("object") and known.kind_at(person.start, person.end) in ("person", "pair"):
        return person
    if (shared := _SHARED_SURNAME.fullmatch(obj)) is not None and known.kind_at(at + shared.start("last"), valued.end("object")) == "person":
        return Phrase(obj, at, valued.end("object"))  # "lists David and Charles Koch with": the two who share the surname
    described = re.match(r"[Tt]he\s+[a-z]+(?=['’]s?\s|$)", obj)  # "the club", "the club's value"
    if described is not None and (obj == described.group(0) or obj[described.end() :].startswith(("'", "’"))) and wanted(described.group(0)) is not None:
        # "Forbes values the team at $4 billion": the team named before, as "the company" is resolved elsewhere
        found = known.find(Phrase(described.group(0), at, at + described.end()), exclude=valuer)
        return None if found is None or _key(Name(found.text, found.start, found.end, "name")) in valuer else found
    return None


_SHARED_SURNAME = re.compile(r"[A-Z][a-z]+\s+and\s+(?P<last>[A-Z][a-z]+\s+[A-Z][\w'’-]+)")
"""Two first names and the surname they share ("David and Charles Koch"): the names read the second as a person."""
_VALUER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:also|now|still|has|have|had|then|later|once)\s+)*")


_AGE_OPENING = re.compile(r"[\s\"“‘']*(?:(?:And|But|So)\s+)?(?P<the>[Tt]he)\s+(?:[a-z][\w-]*\s+)?$")
_DESCRIPTION_WORD = re.compile(r"\s+([\w'’-]+)")


def aged_description(text: str, low: int, start: int, end: int) -> Phrase | None:
    """The person description an age opening its sentence begins, when a noun naming a person follows it
    before the verb ("The 51-year-old premier has", "The 25-year-old number eight made", "The 20-year-old
    Swede edged", "The 57-year-old scientist says"), as words for `Names.find`: "The 51-year-old" (a role
    adds nothing the age does not), or the whole description for a nationality ("The 20-year-old Swede",
    which only the sentence-before subject resolves). Not a thing's age ("The 15-year-old ban was")."""

    if (opened := _AGE_OPENING.fullmatch(text, low, start)) is None or not re.fullmatch(r"\d{1,3}-year-old", text[start:end]):
        return None
    lexicon = _tagger().lexicon
    words: list[re.Match[str]] = []
    at = end
    while len(words) < 5 and (word := _DESCRIPTION_WORD.match(text, at)) is not None:
        if lexicon.get(word.group(1), "")[:2] in ("VB", "MD") and words:
            break
        words.append(word)
        at = word.end()
        if text[at : at + 1] in (",", ";", ".", ")"):
            break
    else:
        return None
    if not words:
        return None
    noun = words[-1].group(1)
    opening = opened.start("the")
    if noun in _NATIONALITY_NOUNS:
        return Phrase(text[opening : words[-1].end()], opening, words[-1].end())
    role = noun.lower()
    if not noun.islower() and role not in _words().person_nouns:
        return None
    if role in _words().person_nouns or _AGENT_END.search(role) is not None and role not in _NOT_AGENT or role == "native" or (
        len(words) > 1 and words[-2].group(1) == "number"
    ):
        return Phrase(text[opening:end], opening, end)
    return None


_EVENT_AFTER = re.compile(
    r"\s+(?:after|before)\s+(?P<who>he|she|they|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:had\s+|was\s+|were\s+)?(?:[a-z]{2,}ed|led|won|ran|took|made|left|quit|came|beat|lost|bought|sold|became|went|got|gave|began)\b"
)
"""A duration measured to someone's act ("10 days after he led Royal Armagh to the cup"): theirs."""
_BACKS_BY = re.compile(
    r"\b(?:back|backs|backed|support|supports|supported|favou?r|favou?rs|favou?red|prefer|prefers|preferred)\s+"
    r"(?P<who>him|her|(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+by\s+(?:a\s+|an\s+)?$"
)
"""A group's margin for the one it backs ("who back the former secretary of state by 9 points")."""


_POLL_HAS_MARGIN = re.compile(
    r"(?P<poll>\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w/.'’-]+\s+){0,4}?(?:poll|survey))\b[^.;:]{0,80}?\s+(?:has|had|have)\s+"
    r"an?\s+(?:overall\s+)?margin\s+of\s+(?:sampling\s+)?error\s+of\s+(?:(?:plus\s+or\s+minus|\+/-|±|about|roughly|around)\s*)*$"
)


def poll_with_margin(text: str, low: int, at: int) -> Phrase | None:
    """The poll that has the margin of error at `at` as its own ("The new poll has a margin of error of
    three percentage points", "The poll of 1,000 likely voters ... has a margin of error of +/-3
    points"): it holds its margin, as a pollster holds its sample; "the margin of error is" names none."""
    found = _POLL_HAS_MARGIN.search(text, max(low, at - 200), at)
    if found is None:
        return None
    return Phrase(found.group("poll"), found.start("poll"), found.end("poll"))


_OPENING_PARTICIPLE = re.compile(
    r"\W*(?:(?:And|But)\s+)?(?:(?P<opening>After|Before|While|Since|Besides|By|Despite|Without|On|Upon|As\s+well\s+as|In\s+addition\s+to)\s+)?"
    r"(?:[A-Za-z][a-z]+ly\s+)?(?P<verb>[A-Za-z][a-z]{2,}ing)\b[^,;:.!?()\"“”]*,\s+"
)


def participle_opener(names: "Names", low: int, start: int) -> Phrase | None:
    """Who acts in the main clause an opening participle phrase with the figure belongs to ("As well as
    pledging £960m over 15 years to the fund, Britain urged other donors to contribute", "After paying
    $365m, he launched a shuttle"): the main clause's subject, a name or a pointer to be named."""

    found = _OPENING_PARTICIPLE.match(names.text, low)
    if found is None or not (found.start() <= start < found.end()):
        return None
    if found.group("opening") is None and not _tagger().lexicon.get(found.group("verb").lower(), "VBG").startswith("VBG"):
        return None  # "Spending on ads hit $5m, ...", "Morning traffic ...": a noun, not a participle
    after = found.end()
    pointer = re.match(r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b", names.text[after : after + 5])
    if pointer is not None:
        return names.find(Phrase(pointer.group(0), after, after + len(pointer.group(0))))
    k = bisect.bisect_left(names.positions, after)
    if k < len(names.names) and names.names[k].start == after and names.names[k].kind in ("person", "group", "place", "pair", "name"):
        name = names.names[k]
        if re.search(r"\btheir\b", names.text[found.start() : found.end()]) and name.kind == "person":
            return None  # "After claiming their first Triple Crown for 19 years, Wood tips ...": the team's, not his
        if not _modifies_noun(names.text, name.end) and not names.text[name.end : name.end + 2] in ("'s", "’s") and not _SPEECH_AFTER.match(names.text, name.end):
            return Phrase(name.text, name.start, name.end)
    return None
