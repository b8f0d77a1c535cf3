"""The words the voice readers share: where a position falls (its sentence and paragraph, by bisection), word lists
(days, months, openers, body nouns), the index of a text's words (`_WordIndex`), the tests of names, groups,
parties and offices, and the roles a text gives its people (`_Roles`)."""

from __future__ import annotations

import bisect
from collections import defaultdict
import re
from collections.abc import Sequence
from functools import lru_cache

import yaml

from . import voice_patterns as vp
from .assets import read_text
from .epithets import AGE_NOUN as _AGE_NOUN
from .mentions import classify, gazetteers, person_in
from .models import Article


_ENDS: dict[int, tuple[Article, list[int], list[int]]] = {}
"""The sentence and paragraph ends of the articles being read (by identity, the last few only), so
that placing a quote is a binary search, not a walk over every sentence of a long text."""


def _ends(article: Article) -> tuple[list[int], list[int]]:
    known = _ENDS.get(id(article))
    if known is None or known[0] is not article:
        if len(_ENDS) >= 4:
            _ENDS.clear()
        known = _ENDS[id(article)] = (article, [s.end for s in article.sentences], [p.end for p in article.paragraphs])
    return known[1], known[2]


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    """`re.compile` kept for the patterns built from a name (one per name a text gives): a long text
    gives more names than `re`'s own cache holds, which would compile them over and over."""
    return re.compile(pattern)


def _sentence_of(article: Article, position: int) -> int:
    """The sentence holding `position`, or the next one after it (sentences are in order and do not
    overlap, so that is the first whose end lies past `position`)."""
    ends, _ = _ends(article)
    at = bisect.bisect_right(ends, position)
    if at < len(ends):
        return article.sentences[at].index
    return article.sentences[-1].index if article.sentences else -1


def sentence_holding(article: Article, position: int) -> int | None:
    """The index of the sentence that holds `position`, or None when it falls between sentences: one
    bisection, however long the article."""
    ends, _ = _ends(article)
    at = bisect.bisect_right(ends, position)
    return article.sentences[at].index if at < len(ends) and article.sentences[at].start <= position else None


def _para_of(article: Article, position: int) -> int:
    _, ends = _ends(article)
    at = bisect.bisect_left(ends, position)
    if at < len(ends) and article.paragraphs[at].start <= position:
        return article.paragraphs[at].index
    return -1


_PHRASE_BREAKS = frozenset("of for at from in with on to inside close who which that".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april june july august september october november december".split())
"""Months alone before a comma open a sentence ("Last December, the board ..."); "May" is left
out: it is also a surname ("May, the prime minister, said")."""
_OPENERS = frozenset(
    "in on at after before during since until following speaking writing asked responding replying "
    "according despite amid among as when for under by over with without".split()
)
_BODY_NOUNS = {
    **{noun: "organization" for noun in (
        "party", "company", "firm", "group", "union", "charity", "bank", "council", "agency", "club", "team",
        "organisation", "organization", "campaign", "movement", "think-tank", "thinktank", "lobby", "alliance",
        "coalition", "association", "federation", "institute", "body", "watchdog", "regulator", "broker",
        "airline", "carrier", "retailer", "supermarket", "chain", "manufacturer", "maker", "insurer", "lender",
        "developer", "operator", "startup", "start-up", "giant", "conglomerate", "network", "website", "platform")},
    **{noun: "outlet" for noun in ("newspaper", "paper", "magazine", "broadcaster", "tabloid", "daily", "weekly", "outlet")},
}
_WORD = re.compile(r"\w+")


class _WordIndex:
    """Where each word (a run of word characters) of a text starts, built once on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] | None = None

    def of(self, name: str) -> list[int]:
        """Where a name can start: the starts of its first word (a name in the text starts a word
        and its first word ends where the name's does, at a non-word character or its end)."""
        if self._starts is None:
            starts: defaultdict[str, list[int]] = defaultdict(list)
            for match in _WORD.finditer(self.text):
                starts[match.group()].append(match.start())
            self._starts = dict(starts)
        first = re.match(r"\w+", name)
        return self._starts.get(first.group(0), []) if first else []


def _plural_noun(word: str) -> bool:
    """A plural common noun by the tagger's lexicon ("traders", "analysts", "investors"). A surname
    that is also one ("Banks", "Mills") names a person once the text has given the full name, which
    `Names.canonical` finds first."""
    from .syntax import _tagger

    return word.endswith("s") and _tagger().lexicon.get(word) == "NNS"


@lru_cache(maxsize=1)
def _people_and_body_nouns() -> frozenset[str]:
    """Singular nouns for a kind of person or body, from the word tables the package already keeps:
    roles and epithets (voice_patterns), body nouns (organization words, this module's described
    bodies) and holder_references.yml's person, group and qualified-people nouns; the plural
    tables (voice_patterns.GROUPS, holder_references.yml's agent nouns) are read in the singular."""
    refs = yaml.safe_load(read_text("holder_references.yml"))
    singular = (vp.PERSON_ROLES | vp.EPITHET_ROLES | vp.UNNAMED_ROLES | vp.ORGANIZATION_WORDS | set(_BODY_NOUNS)
                | set(refs["group_nouns"]) | set(refs["person_nouns"]))
    plural = vp.GROUPS | set(refs["agent_nouns"]) | set(refs["qualified_people"]) | set(refs["pair_nouns"])
    return frozenset(singular | {form for word in plural for form in _singulars(word)} | set(refs["qualified_people"]))


def _singulars(word: str) -> tuple[str, ...]:
    """The singular forms a plural noun may have ("parties" -> "party", "bosses" -> "boss",
    "clubs" -> "club", "businessmen" -> "businessman")."""
    if word.endswith("men"):
        return (word[:-3] + "man",)
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    return (word[:-1],) if word.endswith("s") else ()


def _group_noun(word: str) -> bool:
    """A plural common noun that names a kind of people or bodies ("groups", "parties",
    "campaigners", "fans", "bosses"): a plural by the tagger's lexicon (or one it does not know
    ending in -s) whose singular the package's word tables call a person or a body."""
    from .syntax import _tagger

    tag = _tagger().lexicon.get(word)
    if not (word.isalpha() or "-" in word) or not word.islower() or not (tag == "NNS" or tag is None and word.endswith("s")):
        return False
    return any(form in _people_and_body_nouns() for form in _singulars(word))


_NOT_MODIFYING = frozenset("VB VBD VBZ VBP VBN VBG MD RB IN PRP".split())
"""Tags of words that cannot stand before a noun phrase's head as its modifiers."""


def _group_phrase(written: str) -> bool:
    """A source that is a group the text describes by a plural head of people or bodies, with
    only modifiers before it ("Business groups", "Opposition parties", "Civil liberties
    campaigners", "Both sides", "Dundee United players", "Regulators and environmental groups"):
    the head is the word before a preposition, relative word or participle ("Critics of the
    plan", "Protesters marching through the streets"); no finite verb or adverb before it ("Mr
    Lee had always")."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    words = written.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and (
        w.lower() in _PHRASE_BREAKS or str(lexicon.get(w) or "") in ("VBN", "VBG", "WP") or w.endswith(","))), len(words))
    before = words[: cut - 1]
    if any(str(lexicon.get(w.lower() if i == 0 else w) or "") in _NOT_MODIFYING for i, w in enumerate(before)):
        return False
    head = words[cut - 1].rstrip(",")
    if len(words) < 2 and words[0][:1].isupper() or cut == 1 and re.fullmatch(r"(?:of|for|against)(?:\s+the)?(?:\s+[A-Z][\w'’&.-]*)+", " ".join(words[1:])):
        return False  # "Banks": a surname the names may know; "Citizens for Tax Justice": a body's name
    return _group_noun(head.lower() if cut == 1 else head)  # "Critics of the plan": the sentence's capital


def _party_or_office(words: str) -> bool:
    """Capitalized words before a name that only say what the person is: a party ("Tory", "Lib
    Dems", "Labour", "MP") or an office or honorific ("Foreign Secretary", "Sen."), not a place, a body or another name."""
    g = gazetteers()
    offices = {w for o in g["offices"] for w in o.split()}
    return bool(words.split()) and all(w in _PARTIES or w in offices or w.rstrip(".") in g["honorifics"] or w.rstrip(".") in g["abbreviations"]
                                       for w in words.split())


_PARTY_MEMBERS = frozenset("Republican Democrat Tory Conservative Libertarian".split())
"""A party's member in the singular ("the Wisconsin Republican", "the Ohio Democrat"): a person."""
_PARTIES = frozenset("Tory Tories Labour Lib Dem Dems Liberal Democrat Democrats Conservative Conservatives Republican "
                     "Republicans SNP UKIP Green Greens Plaid MP MEP MSP".split())
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|by|with|like|including|from|to|and|or|than)\s+$")
"""A preposition or conjunction before a name: the name is its object or a second head ("supporters
of Democrat Ann Lee", "Jo Park and Gov. Ann Lee"), not the phrase's own head."""


def _named(text: str) -> bool:
    """A phrase that names a person ("David Bell", "Sen. Claire McCaskill")."""
    return classify(text) == "person" or person_in(text) is not None


def _titled(text: str) -> bool:
    """An honorific or a title and a name ("Lord Nicholls", "Baroness Young", "Mr. Guajardo
    Villarreal", "President Musharraf", "Gen. Ann Lee"): a person, as peers and office holders are named."""
    words = text.split()
    g = gazetteers()
    title = words[0].rstrip(".") if words else ""
    return 2 <= len(words) <= 4 and (title in g["honorifics"] or title in g["abbreviations"] or title in g["offices"]) and all(
        re.fullmatch(vp.NAME_WORD, w) for w in words[1:])


_FUNCTION_TAGS = frozenset("DT PRP PRP$ IN CC WP WDT EX".split())
"""Word classes of the tagger's lexicon that open no person's name, though the given-names list
has some of their words ("The", "My", "You", "In")."""


def _function_led(name: str) -> bool:
    """A 'person' whose first word is a determiner, pronoun, preposition or conjunction: a
    headline in title case or an opening read as a name ("You Should Be Criminally Investigated",
    "In Science", "The Steve Harvey Morning Show"), not someone a pronoun can point back to."""
    from .syntax import _tagger

    first = name.split()[0] if name.split() else ""
    return len(name.split()) > 1 and first[1:2] != "." and str(_tagger().lexicon.get(first.lower(), "")) in _FUNCTION_TAGS


def _opening_phrase(words: Sequence[str]) -> bool:
    """A source that is only the opening of its sentence: a preposition or a participle alone
    ("Despite", "Under", "Chastened"), or a preposition and a month or day ("In August")."""
    from .syntax import _tagger

    tag = str(_tagger().lexicon.get(words[0], "")) if words else ""
    if len(words) == 1:
        return words[0] in _OPENERS or words[0] == "ahead" or tag in ("IN", "VBN")
    return len(words) == 2 and (words[0] in _OPENERS or tag == "IN") and (words[1] in _MONTHS or words[1] in _DAYS or words[1] == "may")


_OWNED_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
)
"""A body's or a place's person ("The Fabian Society's Sundar Katwala", "Labour's Mr Livingstone",
"Manchester City's Paul Bosvelt"): the person, not the owner."""
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|QC|KC|MP|MEP|MSP)\.?$")
_POST_NOMINAL = re.compile(r",?\s+(?:QC|KC|MP|MEP|MSP)$")
"""Letters after a name that are no part of it ("Guy Mansfield QC")."""
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>.*\S)\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,2}(?:,?\s+(?:Jr|Sr|II|III)\.?)?)"
)
"""A role written before a name ("U.S. Attorney James Kennedy Jr.", "Greek Athletics Federation
boss Vassilli Sevastis", "Vice President Joseph R. Biden Jr.")."""


def _role_end(role: str) -> bool:
    """Words before a name that end in a role, an office word, a title or an honorific."""
    last = role.split()[-1].rstrip(".")
    g = gazetteers()
    return _role_head(_role_word(last)) or last in g["honorifics"] or last in g["abbreviations"] or (
        last[:1].isupper() and last.lower() in _office_words())


def _name_shaped(text: str) -> bool:
    """Two or three words shaped as a person's name ("Tirunesh Dibaba") that no list calls a body
    or a place and that hold no common noun of bodies ("Royal Bank", "Federal Bureau")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(vp.NAME_WORD, w) for w in words) and classify(text) not in (
        "organization", "outlet", "place") and not any(
        w.lower() in vp.ORGANIZATION_WORDS or w in gazetteers()["org_suffixes"] for w in words)


def _clean_org(name: str) -> str:
    if name in gazetteers()["outlets"]:
        return name
    return re.sub(r"^[Tt]he\s+", "", name)


_INDEFINITE = frozenset("a an one another".split())
_NOUN_THEN_NAME = re.compile(r".*?\b(?P<noun>[a-z][\w-]*)\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})")
"""A description in lower case closed by a noun, then a name: "Civil rights group Liberty",
"British triple jumper Ashia Hansen", "Athletics' ruling body the IAAF"."""
def _description(words: str) -> bool:
    """Words that only describe, closed by a noun (by the tagger's lexicon, or a word it does not
    know: "midfielder"): capitalized words, adjectives, nouns and participles ("Civil rights group",
    "British triple jumper", "Sudanese 18-year-old", "Athletics' ruling body the", "Spanish daily");
    no preposition, conjunction or finite verb."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    lower = [w for w in re.sub(r"\s+the\s*$", "", words).split() if w[:1].islower()]
    if not lower:
        return False
    tags = [str(lexicon.get(w, "")) for w in lower]
    return (tags[-1] in ("NN", "NNS", "") or lower[-1] in _BODY_NOUNS or _AGE_NOUN.fullmatch(lower[-1]) is not None) and all(
        t in ("JJ", "NN", "NNS", "VBG", "VBN", "CD", "") or _AGE_NOUN.fullmatch(w) for w, t in zip(lower, tags))


_ROLE_CHANGERS = frozenset("shadow deputy vice assistant acting interim junior".split())
"""Words that make a role another one ("shadow foreign secretary" is not the foreign secretary);
"former" does not: "the coach" may be the "former Netherlands coach" the article is about."""
_ROLE_STOPS = frozenset(
    "the a an and or of for to in at on by with from as his her their its our my your this that these those "
    "who which whom whose but nor than".split()
)
_APPOSED_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<role>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*[,.;:)]|\s+(?:of|for|at|in|on|to|who|and|with)\b)"
)
_ROLE_PLACE = re.compile(r"\s+(?:of|for)\s+(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})")
"""The place or body a role is of ("MP for Witney", "chief executive of Acme"): a modifier of it."""
_APPOSED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<role>(?:[\w'’-]+\s+){0,4}[\w'’-]+),\s+(?:[A-Z][a-z]+\.?\s+)?$")
"""A role set off before a name, an honorific between ("The Lord Chancellor, Lord Falconer")."""


def _role_word(word: str) -> str:
    """A word of a role, lower-cased, an abbreviated title written out ("Sen." -> "senator") and
    a nationality as its country ("French" -> "france", as in "France coach")."""
    bare = word.strip(".,;:()\"“”").rstrip(".")
    bare = gazetteers()["abbreviations"].get(bare, bare)
    return str(gazetteers()["demonyms"].get(bare, bare)).lower()


def _abbreviation(word: str) -> bool:
    """A title cut short with a full stop ("Sen.", "Gov.") or an initial ("J.")."""
    bare = word.rstrip(".")
    return bare in gazetteers()["abbreviations"] or bare in gazetteers()["honorifics"] or len(bare) == 1


_OFFICES = (vp.PERSON_ROLES - vp.EPITHET_ROLES - vp.UNNAMED_ROLES) | frozenset(
    "secretary chancellor speaker commissioner congressman congresswoman sheriff justice attorney governor archbishop bishop cardinal".split()
)
"""Roles that are an office or post: "the prime minister" the article gives no one is no one,
never the last person named (an epithet, "the striker", still points back to that person)."""


_GENERAL_OFFICES = frozenset("minister chief head leader official director".split())
"""Office words general enough to name, alone, another office the article gives the same person
("Education Secretary Ruth Kelly ... The minister")."""


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Every word of the offices the gazetteer knows, lower-cased ("prime", "minister", "home")."""
    return frozenset(w.lower() for office in gazetteers()["offices"] for w in office.split())


def _defining(words: Sequence[str]) -> tuple[str, ...]:
    """The words of a role as written that say which role it is: its head, names and nouns
    ("Liberal Democrat leader", "home secretary", "England coach"), without words that only
    describe the holder ("the no-nonsense coach", "the legendary Netherlands coach", "the
    former minister"): an adjective by the tagger's lexicon that is no office's word."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    kept = []
    for i, word in enumerate(words):
        bare = word.strip(".,;:()\"“”")
        described = bare[:1].islower() and bare.lower() not in _office_words() and (
            str(lexicon.get(bare.lower(), "JJ" if "-" in bare else "")).startswith("JJ"))
        if i == len(words) - 1 or not described:
            kept.append(_role_word(word))
    return tuple(kept)


def _role_head(word: str) -> bool:
    """The last word of a role ("leader", "coach", "secretary", "striker")."""
    return word in _OFFICES or word in vp.EPITHET_ROLES


def _modifier(word: str) -> bool:
    """A word that can open or qualify a role written before a name ("Liberal Democrat leader",
    "England coach", "shadow home secretary"): capitalized, a role word itself, or an adjective or
    noun by the tagger's lexicon (no verb: "met Prime Minister X")."""
    from .syntax import _tagger

    if word.lower() in _ROLE_STOPS:
        return False
    if word[:1].isupper() or word.rstrip(".") in gazetteers()["abbreviations"]:
        return True
    tag = str(_tagger().lexicon.get(word.lower(), "NN" if "-" in word else ""))
    return tag.startswith(("NN", "JJ")) or _role_head(word.lower())


_HONORIFIC_NAME = re.compile(r"\b([A-Z][a-z]+)\.?\s+(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+")


_DESCRIPTION_PICKS = frozenset("last first only next other same another".split())
"""Words that make a description pick someone out anew ("the last man to run"), not stand for the person named."""


def _party_word(word: str) -> str | None:
    """'R' or 'D' for a US party's word ("Republican", "GOP", "Democratic", "Democrat"), else None."""
    bare = word.strip(".,;:()\"“”'’s")
    return "R" if bare in ("Republican", "GOP") else "D" if bare in ("Democratic", "Democrat") else None


class _Roles:
    """The roles an article gives the people it names, and where: written before the name
    ("Prime Minister Tony Blair", "Liberal Democrat leader Charles Kennedy", "Sen. Ted Cruz") or
    set off beside it ("Charles Clarke, the home secretary,", "the England coach, Sven Eriksson,").
    A role phrase later in the text ("the prime minister", "the Tory leader") is the person given
    that role, not whoever was named last."""

    def __init__(self, text: str, people: Sequence[tuple[int, int, str]]) -> None:
        self.given: list[tuple[int, tuple[str, ...], str]] = []
        for start, end, name in people:
            if name.endswith(("'", "’", "-")) and (cut := re.match(r"[\w'’-]+", text[end : end + 40])) is not None:
                name, end = name + cut.group(0), end + cut.end()  # "Cormac Murphy-O'" read short of its "Connor"
            before = text[max(0, start - 80) : start]
            words = re.findall(r"\S+", before[before.rfind("\n") + 1 :])  # not across a line: "Headline\n\nPresident ..."
            run: list[str] = []
            for word in reversed(words[-6:]):
                if word[-1:] in ",;:!?\"“”()" or word.endswith(".") and not _abbreviation(word) or not _modifier(word):
                    break
                run.insert(0, word)
            if run and before[-1:] == " ":
                self._add(start, run, name)  # "Liberal Democrat leader Charles Kennedy"
            if (appos := _APPOSED_BEFORE.search(before)) is not None:
                self._add(start, appos.group("role").split(), name)
            if (appos := _APPOSED_AFTER.match(text, end, end + 80)) is not None:
                place = _ROLE_PLACE.match(text, appos.end())  # "David Cameron, MP for Witney": Witney's MP
                self._add(start, [*(place.group("place").split() if place else ()), *appos.group("role").split()], name)
        self.given.sort()
        self.by_head: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}  # the roles of each head word, in text order
        self.by_name: dict[str, list[tuple[str, ...]]] = {}  # the roles given each person
        for given in self.given:
            self.by_head.setdefault(given[1][-1], []).append(given)
            self.by_name.setdefault(given[2], []).append(given[1])

    def _add(self, start: int, words: list[str], name: str) -> None:
        role = _defining(words)
        if role and _role_head(role[-1]) and all(w.lower() not in _ROLE_STOPS for w in words):
            self.given.append((start, role, name))

    def holds_other(self, name: str, phrase: str) -> bool:
        """The article gives `name` an office other than the one `phrase` names ("Prime Minister
        Tony Blair" is not "the mayor", "Conservative chairman Howard Flight" not "the Tory
        leader"); a bare general word ("the minister", "the chief") or a former office may be
        anyone's."""
        wanted = _defining([w for w in phrase.split() if w.lower() not in vp.DETERMINERS])
        if not wanted or wanted[-1] not in _OFFICES or "former" in phrase.lower().split() or wanted[-1] in _GENERAL_OFFICES and (
                len(wanted) == 1 or wanted[-1] == "chief"):
            return False
        return any(role[-1] in _OFFICES and role[-1] != wanted[-1] for role in self.by_name.get(name, ()))

    def find(self, phrase: str, position: int) -> tuple[str | None, frozenset[str]]:
        """The person the article gives a role phrase to ("the prime minister"), the one that fits
        best: the most modifiers shared, then the last named before `position`, else the first
        after; and the people it gives another role of that name ("the Tory leader" is not the
        "Liberal Democrat leader", nor "the foreign secretary" the "shadow foreign secretary")."""
        wanted = _defining([w for w in phrase.split() if w.lower() not in vp.DETERMINERS])
        if not wanted:
            return None, frozenset()
        head, mods = wanted[-1], set(wanted[:-1])
        fits, others = [], set()
        for start, role, name in self.by_head.get(head, ()):
            theirs = set(role[:-1])
            if (theirs & _ROLE_CHANGERS) - mods:
                others.add(name)  # "the foreign secretary" is not the "shadow foreign secretary"
                continue
            if not (theirs - _ROLE_CHANGERS <= mods or mods - _ROLE_CHANGERS <= theirs):
                if head in _OFFICES:
                    others.add(name)  # "the Tory leader" is not the "Liberal Democrat leader"
                continue  # "the Gloucester prop" may be the "England prop": a club and a country
            if head not in _OFFICES and not theirs & mods:
                continue  # "the two-time champion": any champion the article names; "the Liverpool boss" is one
            fits.append((len(theirs & mods), start <= position, start if start <= position else -start, name))
        if not fits:
            return None, frozenset(others)
        return max(fits)[3], frozenset(others)


_TITLE_SMALL = frozenset("of for and the a an on in to at by with from or".split())
