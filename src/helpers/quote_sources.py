"""Who a source as written is: a written source split into person, role and body (`_split_source`,
`_ending_person`), the group words it names (`group_words`), and what the text says a named body is
(`described_as`, `apposed_body`, `body_signs`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import yaml

from . import voice_patterns as vp
from .assets import read_text
from .epithets import AGE_NOUN as _AGE_NOUN
from .mentions import classify, gazetteers, person_in
from .quote_words import (
    _BODY_NOUNS,
    _DAYS,
    _MONTHS,
    _OBJECT_BEFORE,
    _OFFICES,
    _OPENERS,
    _compiled,
    _named,
    _office_words,
    _role_end,
    _titled,
)


# --- who a source as written is ----------------------------------------------------------------
_PRONOUNS = frozenset("he she they him her them".split())
_NOT_SPEAKERS = frozenset("it this that there which what these those its i we you me us".split())
_LEADING = frozenset("But And However Meanwhile Yet So Now Then Also Earlier Later While".split())
_ORG_IN = re.compile(r"(?!(?:The|A|An|One|Another)\b)(?:[A-Z][\w'’&.-]*)(?:\s+(?:of|for|and|the|de|on)?\s*[A-Z][\w'’&.-]*)*(?:\s+\d+\b)?(?:\s+(?:campaign|embassy|club|government|party|council|committee|ministry|federation|union|association))?")
_TRAILING_NAME = re.compile(r"(?<=[a-z] )(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|de|von|van)?\s*[A-Z][\w'’&.-]*)*$")
_MEDIA = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:state\s+)?media(?:\s+outlets?|\s+reports?)?|(?:[A-Z][a-z]+\s+)?press")


_NAME_WITH_OF = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:Some|One|Most|Many|All|None|Each|Several|Few|Both|Any|Half|Part|Much|Members|Fans|Friends)\b)(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w'’&.-]*)*)(?:\s+\([A-Z]{2,6}\))?"
)
"""A whole source that is one proper name with 'of' or 'for' in it ("the Bank of England", "The
Department for Work and Pensions", "the Confederation of British Industry (CBI)")."""


_VERB_AND_OBJECT = re.compile(r"(?<=[A-Za-z.])\s+[a-z]+(?:ed|s)\s+(?:him|her|them|us|me)$")
"""A verb and its object pronoun closing a source before a colon ("... scolded him:")."""


def _apposed_name(part: str) -> bool:
    """A comma part after a source's first part that IS a person's name (titles before it at most:
    "David Bell", "the Rt Rev Ann Lee", "Glasgow flanker Ann Lee"), so that it, not the first
    part, is who speaks ("The chief inspector, David Bell"); not a description or a clause that
    only mentions someone ("a member of Ann Lee's chambers", "who has dropped Ann Lee", "filed in
    San Francisco"): its name ends it, and the words before the name only describe (`_describes`);
    "by" before a name is the author's ("Harbour Lights, by Ann Lee")."""
    if _titled(part) or _titled(re.sub(r"^[Tt]he\s+", "", part)):
        return True
    if not _named(part):
        return False
    person = person_in(part) or (part if classify(part) == "person" else None)
    before = part[: len(part) - len(person)] if person else ""
    if person is None or not part.endswith(person):
        return False
    return before in ("", "by ") or not _OBJECT_BEFORE.search(before) and _describes(before.split(), whole=True)


_ENDING_NAME = re.compile(r"(?P<before>.*?\s)(?P<name>(?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)$")


_AFFILIATION_AFTER = re.compile(r"(.+?)\s+((?:of|at|from|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|the|de)\s+)?[A-Z][\w.'’-]*)*)")
"""A person and the body or place they are of, at or from, as a source ends ("Ann Lee of
Liberty", "Ann Lee at the Harbour Trust"): the person speaks, the rest is the descriptor. No "and"
inside the body's name: "Ann Lee of the Harbour Trust and Tom Hale of Acme" are two people."""


_SOMEONE_ELSES_ROLE = re.compile(
    r"(?i)(?:(?:a|an|the|one|another)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(vp.UNNAMED_ROLES | vp.PERSON_ROLES | {"aides", "advisers", "spokesmen", "lawyers"})) +
    r")\s+(?:for|to|of|at|with|from)\s")
"""A role held for someone else, before that someone's name ("A spokesman for candidate Ann Lee",
"an aide to Senator Lee"): the phrase is the role's holder, not the person named."""


def _ending_person(written: str) -> str | None:
    """The person a phrase ends with when the words before only describe them ("fertility expert
    Lord Winston", "the Lord Chancellor Lord Falconer", "Ann Lee's fellow Welshman Tom Hale"): a
    title or honorific and a surname, or a name the lists call a person, after a lower-case word or
    an office, not after a preposition or a conjunction ("supporters of Lord Winston", "Tom Hale
    and Lord Winston"), and no body's or place's name ("the chief of Acme Corp")."""
    from .syntax import _tagger

    match = _ENDING_NAME.fullmatch(written)
    if match is None or _OBJECT_BEFORE.search(match.group("before")) or re.search(r"\b(?:and|or|&)\s", match.group("before")):
        return None
    words = match.group("name").split()
    for start in range(len(words) - 1):
        name = " ".join(words[start:])
        if not (_titled(name) or classify(name) == "person"):
            continue
        if start + 2 < len(words) and _titled(" ".join(words[start + 1 :])) and words[start].lower() in _office_words():
            continue  # "Lord Chancellor Lord Falconer": the office, then the peer
        before = (match.group("before") + " ".join(words[:start])).split()
        if _SOMEONE_ELSES_ROLE.match(" ".join(before)) or any(str(_tagger().lexicon.get(w) or "") == "JJR" for w in before):
            return None  # "A spokesman for candidate Ann Lee": someone else; "the younger Mr. Lee": which one, the names cannot tell
        return name if before and _describes(before) and not _lower_verb(before) else None
    return None


_FORMS_OF_ADDRESS = frozenset("Mr Mrs Ms Miss Mx Sir Dame Lord Lady Baroness Dr".split())
"""Honorifics that only address a person, which a descriptor written before the name does not end
with ("Manchester United manager Sir Alex Ferguson": "Manchester United manager"); an office's
abbreviation ("Indiana Gov.", "Vermont Sen.") says what the person is and stays."""
def _lower_verb(words: Sequence[str]) -> bool:
    """Whether lower-case words hold a verb or a modal by the tagger's lexicon ("Some of the givers
    are helping pay for attacks to wound Mr. Trump": a clause, not a description of Mr. Trump)."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    return any(w[:1].islower() and str(lexicon.get(w) or "").startswith(("VB", "MD")) for w in words)


_TIME_NOUNS = frozenset("morning afternoon evening night day week weekend month year today tonight".split())


def _describes(words: Sequence[str], *, whole: bool = False) -> bool:
    """Words before a name that end in what describes the person: a role, an office or a title
    ("fertility expert", "the Lord Chancellor"), a noun of one of a nation ("fellow Welshman"), or
    another lower-case noun or adjective by the tagger's lexicon (or one it does not know: "chief
    constable"); not a relative word, verb, preposition or adverb ("The people who", "Hours
    later"). With `whole`, every word must be such a word or a capitalized one (a descriptor as
    written: "Former Labour leader", not "Leaving a Brussels summit", "Neither ... nor", "Last
    week", "The morning")."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon

    def describing(word: str) -> bool:
        tag = str(lexicon.get(word) or "")
        return bool(_AGE_NOUN.fullmatch(word)) or word[:1].islower() and word.replace("-", "").isalpha() and (
            word not in _TIME_NOUNS and (not tag or tag[:2] in ("NN", "JJ")))

    last = words[-1]
    if not (describing(last) or _role_end(" ".join(words)) or last in gazetteers()["demonym_nouns"]):
        return False
    if not whole:
        return True
    return not _adverbial(" ".join(words)) and all(
        describing(w) or w[:1].isupper() and str(lexicon.get(w.lower()) or "")[:2] not in ("VB", "RB", "CC", "IN", "WP", "DT")
        or w in ("the", "The") and i == 0 for i, w in enumerate(words))


def _split_source(written: str) -> tuple[str, str | None, str | None]:
    """A source as written -> (the name or noun phrase it is about, its descriptor, an addressee):
    "Jeff Weaver, Sanders' campaign manager" -> ("Jeff Weaver", "Sanders' campaign manager", None);
    "The chief inspector, David Bell" -> ("David Bell", "The chief inspector", None);
    "Alexander Gabuev, an expert, to The Moscow Times" -> ("Alexander Gabuev", "an expert", "The Moscow Times")."""
    addressee = None
    text = written.strip(" ,")
    if match := re.search(r",?\s+(?:to|told)\s+(?P<to>(?:the\s+|The\s+)?[A-Z][^,]*)$", text):
        if "," in text[: match.start()] or match.start() > 0 and classify(match.group("to").strip()) in ("outlet", "organization"):
            addressee, text = match.group("to").strip(), text[: match.start()].strip(" ,")
    bare = re.sub(r"\s*\((?:[A-Z][\w.-]*(?:[ -][\w.-]+)*)\)", "", text).strip(" ,")
    bare = _VERB_AND_OBJECT.sub("", bare)  # "Sen. Ann Lee (D-Mo.) scolded him:": the verb is the cue's
    parts = [p.strip() for p in re.split(r",\s+", bare) if p.strip()]
    while len(parts) > 1 and _adverbial(parts[0]):
        parts.pop(0)  # "However, the government", "In a statement on Sunday, the Cabinet Office"
    parts = _before_time_clause(parts)
    if not parts:
        return written.strip(), None, addressee
    first, rest = parts[0], parts[1:]
    if rest and re.match(r"(?:[Tt]he|[Aa]n?)\s", rest[0]) and classify(first) == "place":
        return rest[0], ", ".join(rest[1:]) or None, addressee  # "... killed in Kabul, the army said": the army
    if rest and _apposed_name(rest[0]) and not _named(first) and not _titled(first):
        return rest[0], ", ".join([first, *rest[1:]]) or None, addressee  # "The chief inspector, David Bell"
    words = _before_relative(first).split() or first.split()  # "Sen. Ann Lee who represents Harbor City": the senator
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    honorific = next((i for i, w in enumerate(words[:-1]) if i > 0 and w.rstrip(".") in _FORMS_OF_ADDRESS), None)
    if honorific is not None and words[honorific - 1][:1].isupper() and words[honorific - 1].lower() not in vp.DETERMINERS and len(
            words) - honorific <= 4 and all(w[:1].isupper() for w in words[honorific:]) and words[-1].lower() not in _OFFICES:
        words = words[honorific:]  # "In a speech to the Harbour Policy Centre Mr Ash said": an honorific opens the name that ends the source
    return " ".join(words), _before_relative(", ".join(rest)) or ", ".join(rest) or None, addressee  # "who served ...": kept whole


_RELATIVE_CLAUSE = re.compile(r"\s*(?:,|--|[-–—(])?\s*\b(?:who|whose|whom|which)\b", re.I)


def _before_relative(text: str) -> str:
    """A source's name or descriptor without the relative clause it runs into ("now the majority
    leader, who in 2010 ran" -> "now the majority leader", "a former aide who worked on the bill" ->
    "a former aide", "Ann Lee (who has 25 delegates)" -> "Ann Lee"); "" when the text opens with one
    (a descriptor that is only a relative clause, "who served three tours", is kept whole)."""
    match = _RELATIVE_CLAUSE.search(text)
    kept = text[: match.start()].strip(" ,-–—(") if match else text
    return text if re.search(r"\b(?:of|with|to|for|by|from|among|in|on|at)$", kept) else kept  # "both of whom": one phrase


_ADVERBS = frozenset(
    "however meanwhile instead earlier later separately still indeed moreover furthermore nevertheless "
    "nonetheless elsewhere finally overall also yet so now then but and while previously afterwards "
    "today yesterday tonight recently last".split()
)
_COMMON_OPENERS = frozenset("former fears reports figures".split())
"""Capitalized at a sentence's start, never a speaker's name by themselves."""
_FUNCTION_OPENERS = re.compile(r"(?i)(?:or|and|but|nor|so|yet|let|lets|let['’]s|if|when|while|because|though|although|like|unlike|i|i['’](?:d|m|ll|ve))$")
"""Words that open a clause, never a name: "Or so Home Secretary Charles Clarke says", "Let the BBC
...", "I'd say ...", "Like many of your readers, I ..."."""
_TRAILING_ADVERB = re.compile(r"\s+[a-z]+ly$")
"""A lower-case adverb after a name ("Bush and Blair constantly tell us"): not part of it."""
_SUBORDINATORS = frozenset("after before when whenever while as because since until although though once".split())
"""Words that open an adverbial clause: after a name and its comma, a clause of time or cause
("..., said Ann Lee, after the vote was held"), no description of the speaker."""


def _before_time_clause(parts: list[str]) -> list[str]:
    """A source's comma-separated parts up to the first one after the first that opens an adverbial
    clause ("Foreign Secretary Ann Lee", "after the vote was held" -> "Foreign Secretary Ann Lee"):
    what follows the speaker's name there says when or why, not who."""
    cut = next((i for i, part in enumerate(parts) if i > 0 and part.split()[0].lower() in _SUBORDINATORS), len(parts))
    return parts[:cut]


def group_words(written: str) -> str | None:
    """The words that name a group speaker as written, without an opening adverbial or what
    follows a comma ("Still, 52 percent of registered voters" -> "52 percent of registered
    voters", "Republicans, who hold the Senate" -> "Republicans"); None when they name no group
    (a pronoun, a relative, a bare number)."""
    head = _split_source(written)[0].strip()
    if not re.search(r"[^\W\d_]{2}", head) or head.lower() in _PRONOUNS | _NOT_SPEAKERS | {"who", "which", "whom"}:
        return None
    return head


def _adverbial(part: str) -> bool:
    """A sentence's opening adverbial, set off by a comma before its subject: a sentence adverb
    ("However", "Earlier", "Separately"), a day or month ("Sunday", "December"), or a phrase that opens with a preposition
    or a participle ("In a statement on Sunday", "Speaking on Tuesday")."""
    words = part.split()
    first = words[0].lower()
    if len(words) == 1:
        return first in _ADVERBS or first in _DAYS or first in _MONTHS or first.endswith("ly") and first[:1].isalpha()
    if first in _ADVERBS and words[1][:1].isupper() and _named(" ".join(words[1:])):
        return False  # "Meanwhile Mark Oaten, the party's spokesman, said": the adverb opens the subject
    return first in _OPENERS or first in _ADVERBS


_BODY_NOUN_ORDER = tuple(sorted(_BODY_NOUNS, key=len, reverse=True))


_DESCRIBED_WINDOW = 300
"""How far from a name the words that describe it as a body can reach (a noun, a determiner, three
words between): a bound, so that describing every name costs the text once, not once per name."""


def described_as(text: str, name: str, at: Sequence[int] | None = None) -> str | None:
    """'organization' or 'outlet' when the article describes a name it gives no kind to as a
    body: in apposition ("his new party, Veritas", "Veritas, the party he founded") or as a
    modifier ("the Veritas party", "the Acme website"). `at`: where the name's first word
    occurs in `text` (from `_WordIndex`); without it, the whole text is searched."""
    if " " in name.strip() or not name[:1].isupper():
        return None
    windows = [(0, len(text))] if at is None else [
        (max(0, p - _DESCRIBED_WINDOW), min(len(text), p + len(name) + _DESCRIBED_WINDOW)) for p in at
    ]
    # only the nouns written in a window can match there: the patterns list those alone, so that most names
    # (none of the nouns near them) compile nothing and the rest compile a short alternation
    near = [text[start:end] for start, end in windows]
    present = [noun for noun in _BODY_NOUN_ORDER if any(noun in words for words in near)]
    if not present:
        return None
    nouns, named = "|".join(present), re.escape(name)
    patterns = (
        rf"\b(?P<noun>{nouns})(?:,|\s+(?:called|named))\s+{named}\b",
        rf"\b{named},\s+(?:a|an|the|his|her|its|their)\s+(?:(?!of\b)[\w'’-]+\s+){{0,3}}?(?P<noun>{nouns})"
        rf"(?=\s*[,.;:)]|\s+(?:that|which|founded|based|led|run|set|launched|formed)\b)",
        rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+{named}\s+(?P<noun>{nouns})\b(?!['’]s)",
    )
    for pattern in map(re.compile, patterns):
        for start, end in windows:
            if match := pattern.search(text, start, end):
                return _BODY_NOUNS[match.group("noun").lower()]
    return None


_APPOSED_TO_BODY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
    r"(?:\s+(?:that|which|who)\s+[^,;:\"“”.!?()]{1,80}?)?,\s+$"
)
"""A body's description right before a name set off by commas ("The company that runs the AMAs, ", "the group that
owns most of her music, ", "its parent company, "): the noun says what the name is."""


def apposed_body(text: str, name: str, at: Sequence[int]) -> str | None:
    """'organization' or 'outlet' when the article sets a name of any length between commas right after a body's
    description ("The company that runs the AMAs, Dick Clark Productions, denies"; "The group that owns most of her
    music, Big Machine, says"), at any of its occurrences (`at`: where the name may start): the description outweighs
    a given name's look ("Dick") or no look at all."""
    for p in at:
        end = p + len(name)
        if not text.startswith(name, p) or text[end : end + 1] != ",":
            continue
        described = _APPOSED_TO_BODY.search(text, max(0, p - 160), p)
        if described is not None and text[max(0, described.start() - 2) : described.start()].strip(" \n") not in ("", ".", "!", "?"):
            continue  # the description must open its sentence ("In an article for the Times newspaper, Ms Dunwoody": no)
        if described is not None and described.group("noun") in _BODY_NOUNS:
            return _BODY_NOUNS[described.group("noun")]
    return None


_FUNCTION_WORD = r"(?:the|a|an|of|in|on|at|to|for|and|or|but|with|by|from|over|his|her|its|their|is|was|has|had|will|would)"
"""A word that closes a noun phrase or opens a clause: none stands between a possessive and the
product it owns ("Acme's first car", not "Acme's win over the car")."""


@lru_cache(maxsize=1)
def _body_sign_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`body_signs`' shapes (resources/body_signs.yml): what follows a name, matched right after it,
    what comes before it, matched up to where it starts, and a person's title before it."""
    signs = yaml.safe_load(read_text("body_signs.yml"))

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    ends, offices, owned_offices, before_offices, products, owned_products, bodies = (alternation(signs[key]) for key in (
        "name_ends", "offices", "owned_offices", "offices_before", "products", "owned_products", "bodies"))
    plural = alternation([w for w in signs["products"] if w.endswith("s")])  # "Acme models", not "an Acme phone call"
    no_object = r"(?!\s+(?:a|an|the|his|her|their|its|my|our|your|some)\b)"  # "shares a photo": a verb ("this week" may follow a noun)
    after = "|".join((
        rf"\s+(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:{ends})\b",  # "Acme Co.", "Acme Global Capital"
        rf"\s+(?:[\d,]+\s+)?(?i:{offices})\b{no_object}",  # "Acme CEO Jo Bell", "Acme 12,000 employees"
        rf"['’]s\s+(?:[\d,]+\s+)?(?i:{owned_offices})\b",  # "Acme's chief executive", "Acme's shareholders"
        r"['’]s\s+\d[\d,]*\s+(?i:employees|staff|workers)\b",  # "Acme's 12,000 employees"
        rf"\s+(?:[a-z][\w-]*\s+)?(?i:{plural})\b{no_object}",  # "Acme models", "Acme smart TVs"
        rf"['’]s\s+(?:(?!{_FUNCTION_WORD}\b)[\w.’'-]+\s+){{0,3}}?(?i:{owned_products})\b",  # "Acme's top-selling vehicle"
        rf"(?:,|\s+(?:is|was|are|were|remains|became))\s+(?:one\s+of\s+)?(?:a|an|the|its|their)\s+"
        rf"(?:(?!{_FUNCTION_WORD}\b)[\w'’&-]+\s+){{0,4}}?(?:{bodies})(?=\s*[,.;:)]|\s+(?:{_FUNCTION_WORD}|that|which|who|focused|based|bidding)\b)",
        # "Acme, a global solutions provider focused on", "Acme is one of the companies bidding"
        rf"\s+(?:[a-z]+ly\s+)?(?:{vp.SPEECH_VERBS})\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?its\b",  # "Acme said its profits": its own
    ))
    before = rf"\b(?:(?i:{offices})\s+(?:for|at|of)|(?i:{before_offices})\s+(?:for|at)|(?i:{products})\s+from)\s+$"
    # "the founder of Acme", "a spokesperson for Acme", "a concept car from Acme"
    g = gazetteers()
    titles = sorted({*g["honorifics"], *g["abbreviations"], *g["offices"]}, key=len, reverse=True)
    titled = rf"\b(?:{'|'.join(re.escape(t) for t in titles)})\.?\s+$"  # "President Trump", "Sen. Rubio": a person's title
    return re.compile(after), re.compile(before), re.compile(titled)


_THINGS_RELATIVE = re.compile(r",\s+which\s+(?!is\s+(?:why|what|how|when)\b)")
"""A thing's relative right after a name ("Acme, which makes vans"); a person's is "who". Read only where the
name opens its sentence: after an object ("Labour attacked Jones, which surprised many") "which" is the event's."""


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end, a quotation mark or a line break stands before `start`."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“”'‘’"


_BEFORE_REACH = 80
"""How far before a name `body_signs` reads for an office or a product that comes before it."""


def body_signs(text: str, name: str, at: Sequence[int] | None = None) -> str | None:
    """'organization' when the article shows a one-word name it gives no kind to is a company or
    another body: its full name ends like a company's ("Acme Co."), or a body's office, people or
    stock follow it ("Acme CEO Jo Bell", "Acme's 12,000 employees") or come before it with 'for', 'at' or
    'of' ("a spokesperson for Acme"), or its products follow it ("Acme's top-selling vehicle", "Acme
    models"), or it is called a body in apposition or as a predicate ("Acme, a solutions provider based in",
    "Acme is one of the companies bidding"), or a thing's pronoun stands for it ("Acme, which makes vans", "Acme said
    its profits fell"); never when the article titles it as a person ("President
    Acme"). `at`: where the name's first word occurs (from `_WordIndex`); each shape is read right beside
    an occurrence, so the cost is the occurrences'."""
    if " " in name.strip() or not name[:1].isupper():
        return None
    after, before, titled = _body_sign_patterns()
    starts = at if at is not None else [m.start() for m in _compiled(rf"\b{re.escape(name)}\b").finditer(text)]
    found = None
    for p in starts:
        end = p + len(name)
        if not text.startswith(name, p) or end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if titled.search(text, max(0, p - 40), p):
            return None  # "President Trump", "Sen. Rubio": the article titles a person so, whatever else follows the name
        if found is None and (after.match(text, end) or before.search(text, max(0, p - _BEFORE_REACH), p)
                              or _THINGS_RELATIVE.match(text, end) and _opens_sentence(text, p)):
            found = "organization"
    return found
