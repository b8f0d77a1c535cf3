"""The word lists (resources/holder_*.yml) and small word tests the holder modules share: nouns of agents, groups and persons, verbs of holding, the kind of name pointing words ask for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from . import figure_patterns as fp
from .assets import read_text
from .epithets import ranked
from .syntax import _has_verb_forms, _tagger
from .voice_patterns import EPITHET_ROLES

if TYPE_CHECKING:
    from .holders import Name


_POSSESSIVE = re.compile(r"['’]s?$")
_APOSTROPHE_ENDS = ("'", "’", "'s", "’s", "'s\n", "’s\n", "'\n", "’\n")
"""Every ending `_POSSESSIVE` can match (`$` also matches before a final newline): other words skip it."""


@dataclass(frozen=True, slots=True)
class _Words:
    """What the pointing words ask for, from resources/holder_references.yml."""

    persons: dict[str, str]
    groups: frozenset[str]
    plurals: frozenset[str]
    group_nouns: frozenset[str]
    named_bodies: frozenset[str]
    place_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    person_nouns: frozenset[str]
    qualified_people: frozenset[str]
    titles: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    not_names: frozenset[str]
    calendar_heads: frozenset[str]
    holiday_names: frozenset[str]
    agent_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    places: frozenset[str]
    party_words: frozenset[str]
    contest_nouns: frozenset[str]
    matchup_nouns: frozenset[str]
    member_nouns: frozenset[str]
    plural_people: frozenset[str]
    unowned_people: frozenset[str]
    taking_people_verbs: frozenset[str]
    part_verbs: frozenset[str]
    part_groups: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = yaml.safe_load(read_text("holder_references.yml"))
    return _Words(
        persons=dict(raw["person_pronouns"]),
        groups=frozenset(raw["group_pronouns"]),
        plurals=frozenset(raw["plural_pronouns"]),
        group_nouns=frozenset(raw["group_nouns"]),
        named_bodies=frozenset(raw["named_bodies"]),
        place_nouns=frozenset(raw["place_nouns"]),
        pair_nouns=frozenset(raw["pair_nouns"]),
        person_nouns=frozenset(raw["person_nouns"]),
        qualified_people=frozenset(raw["qualified_people"]) | frozenset(raw["person_nouns"]),
        titles=frozenset(raw["titles"]),
        female_titles=frozenset(raw["female_titles"]),
        male_titles=frozenset(raw["male_titles"]),
        not_names=frozenset(raw["not_names"]),
        calendar_heads=frozenset(raw["calendar_heads"]),
        holiday_names=frozenset(raw["holiday_names"]),
        agent_nouns=frozenset(raw["agent_nouns"]),
        holding_verbs=frozenset(raw["holding_verbs"]),
        places=frozenset(raw["places"]),
        party_words=frozenset(raw["party_words"]),
        contest_nouns=frozenset(raw["contest_nouns"]),
        matchup_nouns=frozenset(raw["matchup_nouns"]),
        member_nouns=frozenset(raw["member_nouns"]),
        plural_people=frozenset(raw["plural_people"]),
        unowned_people=frozenset(raw["unowned_people"]),
        taking_people_verbs=frozenset(raw["taking_people_verbs"]),
        part_verbs=frozenset(raw["part_verbs"]),
        part_groups=frozenset(raw["part_groups"]),
    )


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Common nouns naming people or a body that acts on a figure ("donors", "the committee"), with
    the bodies a description names and their plurals ("outside groups spent $2.5m", "the unions")."""
    w = _words()
    bodies = w.group_nouns | w.pair_nouns
    return w.agent_nouns | bodies | frozenset(_plural(noun) for noun in bodies)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def group_nouns() -> frozenset[str]:
    """Nouns that name a body ("campaign", "club", "company"): a description of one points back to a group."""
    return _words().group_nouns


def holding_verbs() -> frozenset[str]:
    """Verbs whose subject holds the amount that completes them ("employ 30,000 people", "took in
    $2.1bn"), whatever plural noun names that subject."""
    return _words().holding_verbs


def names_nothing(words: str) -> bool:
    """A holder as read that is only a date ("January", "December and January", "In April"), a thing
    written in capitals ("TV") or one opening with a capitalized preposition or conjunction ("In America"): no name."""
    parts = [w.rstrip(".") for w in re.split(r"[\s,]+", words.strip()) if w]
    if words.strip() in _THING_WORDS:
        return True  # "$27 million in TV and radio advertising": a medium, not a place or body
    if parts and parts[0] in _OPENING_WORDS:
        return True  # "In America's two-party system", "To Hillary Clinton, the officials": a sentence's opening word read into a name
    return any(w in _DATE_WORDS for w in parts) and all(w in _DATE_WORDS or w.lower() in ("and", "or", "in", "on", "at", "by", "since", "until", "of") for w in parts)


_OPENING_WORDS = frozenset("In On At To For With By From As Of Into Onto Upon And But Or So Yet If When While".split())
"""Prepositions and conjunctions capitalized where a sentence opens: no name begins with one as a word."""
_THING_WORDS = frozenset("TV GDP CEO CFO IPO DVD AM FM PR HIV Aids AIDS VAT IT AI".split())
"""Capitalized words that name things ("TV", "GDP"), read as a name but holding nothing."""
_DATE_WORDS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


_DESCRIPTION = re.compile(
    r"(?i)^(?:the|both|this|that|these|those|its|their|his|her)\s+(?:(?:[\w.-]+)\s+){0,3}(?P<noun>\w[\w-]*)$"
)


_NATIONALITY_NOUNS = frozenset(
    word for key in ("people", "locals") for word in yaml.safe_load(read_text("demonyms.yml"))[key].split()
)
"""Nouns that name a person by nationality in a description ("the Spaniard", "the 22-year-old Scot"), or by
town or region ("the Mallorcan", "the Glaswegian"): the voices' list (demonyms.yml's people and locals, which
mentions.gazetteers reads too)."""


def wanted(words: str) -> tuple[str, str | None] | None:
    """The kind of name that `words` point back to ("his" -> person, male; "the club" -> group;
    "the countries" -> pair), or None when they name the holder themselves."""
    w = _words()
    lower = words.lower().strip()
    if lower in ("i", "my", "me"):
        return "speaker", None
    if lower in w.persons:
        return "person", w.persons[lower]
    if lower in w.groups:
        return "it", None
    if lower in w.plurals:
        return "plural", None
    found = _DESCRIPTION.match(words.strip())
    if found is not None and found.group("noun") in _NATIONALITY_NOUNS and words.strip()[:3].lower() == "the":
        return "person", None  # "The Spaniard then donated his prize money", "selling the Dutchman to Lazio": a person by nationality
    if found is None:
        return None
    if words.strip().split()[0].lower() in ("the", "this", "that") and (found.group("noun").lower() in EPITHET_ROLES or ranked(words.split(), len(words.split()) - 1)):
        return "person", None  # "The Olympic champion went on to attempt 5.05m", "the Lions captain", "the number eight": a person named before, as the voices read it
    if any(c.isupper() for c in found.group("noun")):
        if found.group("noun").isupper() and found.group("noun").lower() in w.person_nouns:
            return "person", None  # "the Labour MP", "the SNP MSP": a role written in capitals
        return None
    noun = found.group("noun").lower()
    if noun in w.person_nouns or noun.endswith("-old"):
        return "person", None
    if noun in w.pair_nouns:
        return "pair", None
    if noun in w.group_nouns or noun in w.named_bodies:
        return "group", None
    if noun in w.place_nouns:
        return "place", None
    if words.strip()[:4].lower() == "the " and not noun.endswith("s") and noun not in _agentive_nouns() and agentive(noun):
        return "doer", None  # "the singer", "the developer": one person or body named before, known by the noun's form alone
    return None


_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")


def _modifies_noun(text: str, end: int) -> bool:
    """The name at `end` is followed by a common noun it qualifies ("Cruz backers", "Senate race")."""

    found = _NEXT_WORD.match(text, end)
    if found is None or _tagger().lexicon.get(found.group(1), "")[:2] != "NN":
        return False
    # "Obama averages 48 percent", "Acme leads the market": a plural-looking word before a number or a
    # determiner is the name's verb, not a noun it qualifies
    return not (found.group(1).endswith("s") and _VERB_OBJECT_AFTER.match(text, found.end()))


_VERB_OBJECT_AFTER = re.compile(
    r"\s+(?:[$£€]|\d|(?:the|a|an|his|her|its|their|about|nearly|almost|roughly|some|more|less|just|only|over|under"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b)"
)
"""What follows a name's verb, not a noun it qualifies: an object or amount, or a rank ("Ortega ranks second")."""
_HAVING_ING = frozenset(
    "paying earning spending raising giving making receiving getting taking winning owning holding contributing donating owing borrowing"
    " given taken".split()
)


def fp_holder_nouns() -> frozenset[str]:
    """The common nouns `helpers.figure_patterns` reads as holders ("company", "government")."""

    return fp.HOLDER_NOUNS


_CONTRACTION = re.compile(r"['’](?:d|ve|m|ll|re)$")


def _bare(word: str) -> str:
    """The word without a possessive ("Acme's") or the contraction of a verb ("I'd", "I’ve", "We'll"):
    the word to look up among those that are never names."""
    if "'" not in word and "’" not in word:
        return word  # (both endings open with an apostrophe: most words have none)
    return _POSSESSIVE.sub("", word) if word.endswith(_APOSTROPHE_ENDS) else _CONTRACTION.sub("", word)


def no_name(word: str) -> bool:
    """A capitalized word that is never a name, as written ("There", "That", "I've"), for a possessive
    read before a figure ("That's 33,000 people a year": 's is "is")."""
    return _bare(word) in _words().not_names


_NOT_SUBJECTS = frozenset(
    "everyone everybody anyone anybody someone somebody nobody none all both each some many most others few "
    "critics analysts experts observers economists pollsters researchers forecasters".split()
)
"""Heads that name no one in particular, or those who judge or forecast a figure rather than hold it."""
_QUANTIFIERS = frozenset("most many some all few several other others both each every any no much".split())
"""Words opening a subject that names no one in particular ("Most managers", "Some donors")."""
_NOT_AGENT_NOUNS = frozenset("economy industry sector exchequer".split())


@lru_cache(maxsize=1)
def _noun_forms() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The doer suffixes and the thing words of holder_noun_forms.yml, and the agentive nouns of five
    letters or more a compound may end in ("carmaker", "policyholders")."""
    raw = yaml.safe_load(read_text("holder_noun_forms.yml"))
    endings = tuple(sorted({n for n in _agentive_nouns() if len(n) >= 5 and n.isalpha()} | set(raw["doer_endings"]), key=len, reverse=True))
    return tuple(raw["doer_suffixes"]), frozenset(raw["things"]), endings


@lru_cache(maxsize=4096)
def agentive(word: str) -> bool:
    """Whether a common noun heading a clause's subject names people or a body that can act on a
    figure: one of the agentive nouns (holder_references.yml, `figure_patterns.HOLDER_NOUNS`), or a
    noun whose form names a doer (holder_noun_forms.yml): a verb the tagger's lexicon knows with
    -er/-or/-ee ("shoppers", "commuters", "the singer", "distributors", "retirees"; an irregular verb by
    its -ing form: "drivers"), or a compound
    ending in an agentive noun ("the carmaker", "policyholders"); never a thing of those forms
    ("computers", "the generator", "an error")."""

    lower = word.lower()
    nouns = _agentive_nouns()
    if lower in nouns or lower.rsplit("-", 1)[-1] in nouns:
        return True
    suffixes, things, endings = _noun_forms()
    single = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if not single.isalpha() or single in things or lower in things or lower in _NOT_SUBJECTS:
        return False
    if any(form.endswith(end) and len(form) >= len(end) + 3 for end in endings for form in (lower, single)):
        return True  # "the carmaker", "shareholders": a kind of maker or holder
    lexicon = _tagger().lexicon
    for suffix in suffixes:
        if not single.endswith(suffix) or len(single) < len(suffix) + 3:
            continue
        stem = single[: -len(suffix)]
        stems = {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}
        if any(lexicon.get(s, "").startswith("VB") or len(s) >= 3 and _has_verb_forms(s, lexicon) or lexicon.get(s.removesuffix("e") + "ing") == "VBG" for s in stems):
            return True
    return False


@lru_cache(maxsize=1)
def _agentive_nouns() -> frozenset[str]:
    """Common nouns that name people, a body or a place that can act on a figure as a clause's subject:
    the agent nouns, people, bodies and places of holder_references.yml and the holder nouns of
    `helpers.figure_patterns`, with their plurals; not a thing measured ("economy", "sector")."""
    w = _words()
    nouns = agent_nouns() | w.person_nouns | w.qualified_people | w.group_nouns | w.place_nouns | (fp_holder_nouns() - _NOT_AGENT_NOUNS)
    return frozenset(nouns | {_plural(n) for n in nouns})


def _key(name: Name) -> str:
    """What two mentions of one entity share: a person's surname, else the name."""
    return name.text.split()[-1].lower() if name.kind == "person" else name.text.lower()


_POLL_NAME_AFTER = re.compile(r"(?:[\s/-]+[A-Z][\w.-]*)*\s+(?:(?:national|tracking|daily|weekly|new|latest)\s+)*(?:poll|survey)s?\b")
"""A poll's name ("the USC Dornsife/Los Angeles Times Daybreak national tracking poll"): no side."""


_NAME_WORD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Jr)\.|(?:Mc|Mac|O['’]|[A-Z]{1,4}(?=[A-Z][a-z]{2}))?[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)*"
    r"(?:-(?:[A-Z]?[a-zà-ÿ'’]+|[A-Z]\b))*|[A-Z]{2,6}\b|(?:[A-Z]\.){1,3})"
)
_RUN = re.compile(rf"(?<![\w'’])(?=[A-Z]){_NAME_WORD}(?:[ ](?:(?:of|for|of the|de|van|von|al-)[ ])?{_NAME_WORD})*")
"""A run of capitalized words that starts a word ("WASHINGTON" is no "INGTON"; the lookahead lets the
scan skip to capitals: 3-4 times faster)."""
_SPEECH_AFTER = re.compile(r"(?:,?\s+[^,.;:\"“”]{0,40},)?,?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|explained|argued|insisted)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|adds|told)\s+$")
_PERSON_WORD = re.compile(r"(?:[A-Z][a-z]+['’]?)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
_TITLED_SPAN = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:(?:to|of|for|and|the|&)\s+)?[A-Z][\w.&'’-]*){0,6}")
_VIEWED_BY = re.compile(
    r"\b(?:viewed|seen|regarded|considered|rated|judged|perceived|described|supported|backed|favou?red|preferred|trusted|liked|disliked)\b"
    r"[^.;:!?()]{0,100}?\s+by\s+(?:(?:at\s+least|at\s+most|only|just|about|around|nearly|almost|roughly|some|more\s+than|less\s+than|"
    r"fewer\s+than|an\s+average\s+of|a\s+majority\s+of|a\s+bare|as\s+many\s+as)\s+)*$"
)
"""A passive of viewing or backing whose agent is the share that follows ("viewed as honest by 55
percent", "supported by an average of 13 percent"): the share is an opinion of the one viewed."""
_QUOTE_AFTER = re.compile(r"\s*:\s*[\"“]")


def _person_shaped(words: str) -> bool:
    """One to three capitalized words the lexicon does not know as common words ("Sarandon", "Emily")."""
    parts = words.split()
    return 0 < len(parts) <= 3 and all(_PERSON_WORD.fullmatch(part) for part in parts) and not _common(parts[-1])


_EVENT_NAME = re.compile(
    r"(?:\b(?:Games|Olympics|Paralympics|Championships?|Prix|Cup|Open|Indoors|Invitational|Finals?|Tournament|Classic|Marathon|Slam|Premiership)"
    r"|\b(?:Six|Five|Tri)[ -]Nations)$"
)
"""The last words of a contest's name ("the World Cup", "the RBS Six Nations", "the London Marathon",
"the US Open"): when and where a figure was made, never whose (a body is named otherwise: "the FA")."""
_OPPONENT_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|than|over|beat|beats|beating|defeated|defeats|led|leads|leading|trailed|trails|trailing|"
    r"behind|ahead\s+of|edged|edges|overtook|overtakes)\s+(?:(?:the|former|[A-Z][\w.-]*\.)\s+)*$"
)
"""Words before a name that make it the opponent a figure is measured against ("led Sanders",
"against France", "ahead of Rep. Loretta Sanchez"), not the one who holds it."""


_REPORT_AFTER = re.compile(
    r"(?:/[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)*(?:['’]s?)?(?:\s+[a-z][\w-]*){0,2}?\s+(?P<noun>report|reports|poll|polls|survey|surveys|study|studies|analysis|research|review|"
    r"figures|data|statistics|estimates?|forecasts?|projections?"
    r"|(?:records|filings|documents)(?=\s+(?:also\s+|now\s+)?(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals|revealed|find|finds|found|say|says|said|list|lists|listed)\s+(?:that\s+)?(?:the|a|an|his|her|its|their|[A-Z])\b))\b"
)
"""A name that owns or qualifies a report ("the NAO's annual report", "a Reuters/Ipsos poll", "an online
University of Texas/Texas Tribune poll", a joint pollster's first name; records, filings or documents
that show, suggest or find a clause with its own subject: "State public records suggest the teacher was earning
$37,000"; not "Acme records found 11 old files", the finder's own): the
report's source, not the holder of the figures it gives."""


def report_after(text: str, end: int) -> str | None:
    """The report noun a name at `end` owns or qualifies, past adjectives only ("the NAO's annual
    report"; not "Quinnipiac conducted the poll", where the pollster acts)."""

    found = _REPORT_AFTER.match(text, end)
    if found is None:
        return None
    between = text[end : found.start("noun")].replace("’", "'").removeprefix("'s").removeprefix("'").split()
    lexicon = _tagger().lexicon
    if any(lexicon.get(word, "JJ")[:2] not in ("JJ", "NN") for word in between):
        return None
    return found.group("noun")


def _common(word: str, named_after: bool = False) -> bool:
    """The tagger's lexicon knows the word, lower-cased, as something other than a name; before more
    capitalized words (`named_after`), only as a word that cannot open a name (a verb, an adverb:
    "Retired", "Yesterday"), for a noun or adjective there starts one ("Zenith Holdings",
    "Home Office", "Conservative Solutions PAC")."""

    tag = _tagger().lexicon.get(word.lower(), "NNP")
    if named_after:
        return tag[:2] in ("VB", "RB", "IN", "DT", "CC", "PR", "MD", "WR", "WD", "WP")
    return not tag.startswith("NNP")


_CLAUSE_BREAK = re.compile(r"(?i);|:|,\s+(?:and|but|while|whereas|although)\b|\b(?:compared\s+(?:with|to)|than|versus|while|whereas|that)\b")


_AGENT_END = re.compile(r"(?:ist|er|or|ian|man|woman|holder|champion)$")
"""The end of a noun naming a person by what they do ("runner", "skipper", "milkman")."""
_NOT_AGENT = frozenset("over after under other never rather either whether order paper tower center centre river water border".split())


def _without_possessive(surface: str) -> str:
    return _POSSESSIVE.sub("", surface) if surface.endswith(("'s", "’s")) else surface
