"""Mentions of people, organizations, outlets and places, with names resolved within an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import pycountry
import yaml

from . import voice_patterns as vp
from .assets import read_text
from .models import Article
from .textcache import per_article


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention: its kind, canonical name, the text as written and where it is."""

    kind: str
    name: str
    surface: str
    start: int
    end: int
    sentence: int
    paragraph: int


@lru_cache(maxsize=1)
def gazetteers() -> dict[str, Any]:
    """Titles, organizations, outlets, places and demonyms (adjectives of nationality to their country,
    and the nouns for one person of a nation) from the package's YAML files."""
    titles = yaml.safe_load(read_text("people_titles.yml"))
    orgs = yaml.safe_load(read_text("organizations.yml"))
    places = yaml.safe_load(read_text("places.yml"))
    nationalities = yaml.safe_load(read_text("demonyms.yml"))
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for name in {country.name, canonical, getattr(country, "official_name", country.name)}:
            if "," not in name and "(" not in name:
                countries[name] = canonical
    for alias, canonical in places["aliases"].items():
        countries[alias] = canonical
    place_names = {**countries, **{p: p for p in places["regions"] + places["cities"]}}
    return {
        "honorifics": set(titles["honorifics"]),
        "abbreviations": dict(titles.get("abbreviations", {})),
        "offices": sorted(titles["offices"], key=len, reverse=True),
        "org_suffixes": set(orgs["suffixes"]),
        "org_endings": frozenset(orgs["endings"]),
        "outlets": set(orgs["outlets"]),
        "outlet_suffixes": set(orgs["outlet_suffixes"]),
        "org_prefixes": set(orgs["prefixes"]),
        "places": place_names,
        "place_endings": frozenset(places["endings"]),
        "demonyms": nationalities["adjectives"],
        "demonym_nouns": frozenset(nationalities["people"].split() + nationalities["locals"].split()),
        "states": tuple(places.get("states", ())),
    }


@lru_cache(maxsize=1)
def _name_detector() -> Any:
    import gender_guesser.detector as detector  # a given-names lexicon shipped on PyPI

    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name(word: str) -> str | None:
    """'male', 'female' or 'either' when `word` is a known given name, else None."""
    if not re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", word):
        return None
    found = _name_detector().get_gender(word)
    if found == "unknown":
        return None
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(found, "either")


def certain_gender(word: str) -> str | None:
    """'male' or 'female' when `word` is a given name the lexicon gives that sex only (not "mostly":
    "Terry", "Bernie", "Lindsey", "Kelly" are given to both), else None."""
    if not re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", word):
        return None
    found = _name_detector().get_gender(word)
    return found if found in ("male", "female") else None


@lru_cache(maxsize=1)
def _capitalized_run() -> re.Pattern[str]:
    return re.compile(
        rf"\b[A-Z]{{2,6}}\b(?![ ]+[A-Z][a-z])|{vp.NAME_WORD}(?:[ ]+(?:of[ ]+the[ ]+|of[ ]+|for[ ]+|(?:{vp.PARTICLE}[ ]+){{1,2}})?{vp.NAME_WORD})*"
    )


_SENTENCE_WORDS = frozenset(
    "The A An In On At For But And Or If As By From With This That These Those It He She They We I "
    "His Her Its Their Our After Before During Since While When Where Despite Like Unlike Among Also "
    "However Moreover Meanwhile Experts Russian Chinese Western There Now Then Both Some Many Most "
    "Last Next Every Each All No Not Only Just Even Still Yet Mr Mrs Ms Dr Sir So Such What Who "
    "Said Says Added Asked Told Speaking Writing".split()
)
_NOT_PERSON = frozenset(
    "Airport Street Road Avenue Square Bridge Station Line Capital International Global National "
    "Central Eastern Western Northern Southern North South East West Day Week Year Act Bill Plan "
    "Initiative Treaty Agreement Summit Games Cup Championship Open War Revolution Programme Program "
    "Stuff Deal Policy Strategy Budget Tax Party Times Post News Tory Tories Labour Lib Dem Dems "
    "Democrat Democrats Conservative Conservatives Liberal Former Cabinet Shadow Commons Lords "
    "Parliament Treasury Dome Paper Millennium Home Office Foreign Affairs Committee "
    "Minister Ministers Secretary Government Executive Council Bank Court Union Assembly Kingdom "
    "Republic Federation Nations States Church Christmas Easter New Year Spring Autumn Summer Winter".split()
)
_NOT_ACRONYMS = frozenset(
    "I TV OK VPN CEO GDP PM MP MPs MEP MSP AM PM GMT BST UTC DNA HIV AIDS PR ID IT CV PC USB SMS FAQ "
    "UK US USA EU TB BSE GCSE GCSEs MRI HDTV AGM".split()
)  # common nouns in capitals: diseases ("TB", "BSE"), exams ("GCSE"), scans, screens, meetings
MONTHS_AND_DAYS = frozenset(
    "January February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


_DOCUMENT_HEADS = frozenset("Review Report".split())


def named_document(name: str) -> bool:
    """Two capitalized words, the second 'Review' or 'Report' and the first no adjective (the tagger's
    lexicon), after an owner's name or not: a review or report named after its author or subject ("the
    Gershon Review", "the Treasury's Hutton Report", "the Spending Review"), no outlet and no person;
    "National Review" is an outlet."""
    from .syntax import _tagger

    words = re.sub(r"^.*['’]s\s+", "", name).split()  # "the Treasury's Barker Review": its owner's
    return len(words) == 2 and words[1] in _DOCUMENT_HEADS and re.fullmatch(r"[A-Z][a-z]+", words[0]) is not None and \
        not str(_tagger().lexicon.get(words[0].lower(), "")).startswith("JJ")


def _holds_place(words: list[str], places: dict[str, str]) -> bool:
    """A word or a run of words of `words` is a place the gazetteers know ("Hong Kong" in "Hong Kong
    Tramways", "Paris" in "Paris Metro"): no person's name, though its first word be a given name."""
    return any(" ".join(words[i:j]) in places for i in range(len(words)) for j in range(i + 1, len(words) + 1))


@lru_cache(maxsize=65536)
def classify(name: str) -> str | None:
    """'outlet', 'organization', 'place' or 'person' for a capitalized run, or None."""
    g = gazetteers()
    bare = re.sub(r"^The\s+", "", name)
    words = bare.split()
    if not words:
        return None
    if name in g["outlets"] or bare in g["outlets"]:
        return "outlet"
    if len(words) > 1 and words[0] in g["org_prefixes"]:
        return "organization"  # "Royal Mail", "Royal Navy": a chartered body, though "Mail" ends a paper's name
    if named_document(bare):
        return None  # "the Gershon Review", "the Hutton Report": a document named after its author or subject
    if words[-1] in g["outlet_suffixes"] and len(words) > 1:
        return "outlet"
    if name in g["places"] or bare in g["places"]:
        return "place"
    if words[-1] in g["org_suffixes"] or words[0] in g["org_suffixes"] and len(words) == 1:
        return "organization"
    if len(words) > 1 and all(w[:1].isupper() or w in ("of", "and", "&") for w in words):
        if words[-1] in g["org_endings"]:
            return "organization"  # "Home Depot", "Hong Kong Stock Exchange": a firm's or market's word after a name
        if words[-1] in g["place_endings"] and len(words) <= 3 and "of" not in words and not any(w[-1] in "'’" or w.endswith(("'s", "’s")) for w in words):
            return "place"  # "Downing Street", "Mercer Road": a street, whatever word opens it; not "Primates of Park Avenue"
    if re.fullmatch(r"[A-Z]{2,6}", bare) and bare not in _NOT_ACRONYMS:
        return "organization"
    if 2 <= len(words) <= 5 and words[0] not in MONTHS_AND_DAYS and not any(w in _NOT_PERSON for w in words) and \
            not _holds_place(words, g["places"]):
        if not any(w in g["demonyms"] for w in words) and not any(w[-1] in "'’" for w in words[:-1]) and all(
            re.match(r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*$|(?:[A-Z]\.)+$", w) or 0 < i < len(words) - 1 and re.fullmatch(vp.PARTICLE, w)
            for i, w in enumerate(words)
        ):
            if given_name(words[0]) or given_name(words[0].split("-")[0]) or re.fullmatch(r"(?:[A-Z]\.)+", words[0]) and \
                    words[0] not in g["states"]:  # initials open a name ("J.J. Goldberg"), a state's do not ("S.C. Rep.")
                return "person"
    return None


@lru_cache(maxsize=65536)
def person_in(run: str) -> str | None:
    """The person a capitalized run names, dropping leading party, office and honorific words:
    "Liberal Democrat Sarah Teather" -> "Sarah Teather", "Sir Anthony Greener" -> "Anthony Greener"."""
    words = re.sub(r"['’]s$", "", run.strip()).split()
    found = [" ".join(words[start:]) for start in range(len(words) - 1) if classify(" ".join(words[start:])) == "person"]
    # the longest name that holds no office's word: "New York Attorney General Letitia James" is Letitia James,
    # not "York Attorney General Letitia James" ("York" is also a given name) nor "General Letitia James"
    return next((name for name in found if not _holds_office(name)), found[0] if found else None)


def _holds_office(name: str) -> bool:
    """Whether one of a name's words, or a run of them, is an office ("Attorney General", "General")."""
    words = name.split()
    offices = gazetteers()["offices"]
    return any(" ".join(words[i:j]) in offices for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))


def _plausible(name: str) -> bool:
    """A capitalized run that could be a person's name (used when a title vouches for it)."""
    words = name.split()
    g = gazetteers()
    return 2 <= len(words) <= 4 and not any(
        (w in _NOT_PERSON and not (i == 0 and given_name(w))) or w in g["places"] or w in g["org_suffixes"]
        for i, w in enumerate(words)
    )  # a given name first is a name even when it is also a word of things ("President Bill Clinton")


@lru_cache(maxsize=1)
def _person_pattern() -> re.Pattern[str]:
    g = gazetteers()
    office_alt = "|".join(re.escape(o) for o in g["offices"])
    honor_alt = "|".join(re.escape(h) for h in g["honorifics"])
    return re.compile(
        rf"(?:\b(?P<office>(?i:{office_alt}))[ ]+|\b(?P<honor>{honor_alt})\.?[ ]+)?"
        rf"(?P<name>{vp.NAME_WORD}(?:[ ]+(?:{vp.PARTICLE}[ ]+){{0,2}}{vp.NAME_WORD}){{1,5}})"
    )


@lru_cache(maxsize=8)
def names_in(text: str) -> Names:
    """The Names of a text, built once per text."""
    return Names(text)


class Names:
    """The people an article names in full, so that "Krutikhin", "Mr Brown", "the Russian
    president" and "Xi" resolve to "Mikhail Krutikhin", "Gordon Brown", "Vladimir Putin", "Xi Jinping"."""

    def __init__(self, text: str) -> None:
        g = gazetteers()
        self.text = text
        self._called: dict[str, bool] = {}
        self._thing_runs: dict[str, bool] = {}
        self._things: dict[str, bool] = {}
        self.whole_offices = frozenset(g["offices"])
        self.people: list[tuple[int, str]] = []
        self.offices: dict[str, str] = {}
        person = _person_pattern()
        office_words = self.office_words = {w for o in g["offices"] for w in o.split()} | {"Shadow"}
        for match in person.finditer(text):
            words = match.group("name").split()
            last_office = max((i for i, w in enumerate(words) if w in office_words), default=-1)
            office = match.group("office")
            if last_office >= 0:
                office = " ".join(words[: last_office + 1])
                words = words[last_office + 1 :]
            name = self._strip(" ".join(words))
            line = text[text.rfind("\n", 0, match.start()) + 1 : (text.find("\n", match.end()) + 1 or len(text) + 1) - 1]
            if (cut := _headline_verb_at(name, line)) is not None:
                name = name[:cut].rstrip()  # "Hillary Clinton Speaks" in a headline: the name before its verb
            if (verb := _headline_auxiliary_at(name, line)) is not None:
                name = _around_auxiliary(name, verb)[1]  # "Voters Will Punish Johnson": "Johnson", no "Will Punish Johnson"
            evidenced = bool(office or match.group("honor"))
            if classify(name) != "person" and not (evidenced and _plausible(name)):
                name = person_in(name) or ""
            if _opens_with_a_function_word(name) or _function_word_at(name) is not None:
                continue  # "You Should Be Criminally Investigated": a headline's words
            if len(name.split()) < 2:
                continue
            if name.split()[0] in _SENTENCE_WORDS:
                continue
            self.people.append((match.start("name"), name))
            if not office and match.group("honor") in g["abbreviations"]:
                office = g["abbreviations"][match.group("honor")]  # "Sen. Claire McCaskill" holds an office
            if office:
                self.offices.setdefault(office.lower(), name)
                words = office.lower().split()
                for size in range(len(words) - 1, 0, -1):  # "press secretary", "secretary": the office's
                    self.offices.setdefault(" ".join(words[-size:]), name)  # ending, never its body ("White House")
        # the full names, and where in `people` each last and first word stands: resolving a name
        # then costs the same in a long text as in a short one
        self._full = {n for _, n in self.people}
        self._by_last: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}
        for i, (_, n) in enumerate(self.people):
            self._by_last.setdefault(n.split()[-1], []).append(i)
            self._by_first.setdefault(n.split()[0], []).append(i)

    def surnamed(self, surname: str) -> list[tuple[int, str]]:
        """(where, name) of each person named in full whose last word is `surname`, in text order."""
        return [self.people[i] for i in self._by_last.get(surname, ())]

    def titled_thing(self, name: str) -> bool:
        """Office words before one common English word that the text calls no one: a thing named
        with an office word ("General Motors", "Home Depot", "General Election", "Vice President"),
        not a titled person. The last word is in the tagger's lexicon (not as a proper noun), is no
        given name, and the text never writes it but right after an office word: "President Trump"
        beside "Donald Trump" or "Trump said", "Chancellor Brown" beside "Mr Brown", and any title
        before a word no lexicon knows ("General Petraeus") stay people; an honorific ("Lord
        Goldsmith", "Mr Straw") always names a person. After a whole title ("General", "President")
        the word must also be a plural or an office word, or the run follow an article or come
        before a company suffix or its shares somewhere in the text: "President Trump" alone stays
        the president."""
        if name.split(" ", 1)[0] not in self.office_words:
            return False  # most names: no office word first
        if name in self._things:
            return self._things[name]
        self._things[name] = found = self._titled_thing(name)
        return found

    def _titled_thing(self, name: str) -> bool:
        from .syntax import _tagger

        words = re.sub(r"['’]s$", "", name.strip()).split()
        offices = getattr(self, "office_words", set())
        if len(words) < 2 or not all(w in offices and w.rstrip(".") not in gazetteers()["honorifics"] for w in words[:-1]):
            return False
        last = words[-1]
        tag = str(_tagger().lexicon.get(last.lower(), ""))
        if not re.fullmatch(r"[A-Z][a-z]+", last) or not tag or tag.startswith("NNP") or given_name(last):
            return False
        if last not in self._called:
            self._called[last] = any(
                not (before := re.search(r"([\w.]+)\s+$", self.text[max(0, at - 30) : at])) or before.group(1) not in offices
                for at in _word_starts(self.text, last))
        if self._called[last]:
            return False
        title = " ".join(words[:-1])
        if title not in self.whole_offices or tag == "NNS" or last in offices:
            return True  # "Home Depot", "Vice President": no whole title; "General Motors": a plural
        run = " ".join(words)
        if run not in self._thing_runs:  # "the General Election", "a General Electric plant", "General Electric shares"
            self._thing_runs[run] = re.search(
                rf"\b(?:[Tt]he|[Aa]n?)\s+{re.escape(run)}\b|\b{re.escape(run)}(?:['’]s?)?\s+(?:Co|Corp|Inc|Ltd|plc|LLC|shares|stock)\b",
                self.text) is not None
        return self._thing_runs[run]

    def _strip(self, name: str) -> str:
        """The name without honorifics and office words: "Shadow Foreign Secretary Michael Ancram"
        -> "Michael Ancram", "Sir Digby Jones" -> "Digby Jones"; a thing named with an office word
        ("General Motors", `titled_thing`) keeps them."""
        if self.titled_thing(name):
            return re.sub(r"['’]s$", "", name.strip())
        words = name.split()
        honorifics = gazetteers()["honorifics"]
        offices = getattr(self, "office_words", set())
        for i in range(1, len(words) - 1):
            if words[i] in offices and self.titled_thing(" ".join(words[i:])):
                return re.sub(r"['’]s$", "", " ".join(words[i:]))  # "Retail giant Home Depot": the thing, whole
        last = max((i for i, w in enumerate(words[:-1]) if w in offices or w.rstrip(".") in honorifics), default=-1)
        if 0 <= last < len(words) - 1:
            words = words[last + 1 :]
        while len(words) > 1 and words[0].rstrip(".") in honorifics:
            words.pop(0)
        return re.sub(r"['’]s$", "", " ".join(words))

    def canonical(self, surface: str, position: int | None = None) -> str | None:
        """A full name for a name as written (full, surname, first name, or with an honorific)."""
        name = self._strip(re.sub(r"['’]s?$", "", surface.strip()))
        if not name or self.titled_thing(name):
            return None  # "General Motors", "Home Depot": a thing named with an office word, no person
        if name in self._full:
            return name
        # a full name ending in the same word ("Brown", "Mr Van Wagenen") or opening with it ("Xi"),
        # in the order the text names them
        found = self._by_last.get(name.split()[-1], []) + self._by_first.get(name, [])
        candidates = [self.people[i] for i in sorted(set(found))]
        if not candidates:
            return name if classify(name) == "person" or len(name.split()) == 1 else None
        if position is not None:
            before = [c for c in candidates if c[0] <= position]
            if before:
                return before[-1][1]
        return candidates[0][1]

    def role(self, phrase: str) -> str | None:
        """The person a role phrase names ("the Russian president" -> the article's President X)."""
        words = phrase.lower().split()
        for size in (3, 2, 1):
            key = " ".join(words[-size:])
            if key in self.offices:
                return self.offices[key]
        return None


_FUNCTION_TAGS = frozenset("DT PRP PRP$ IN TO CC WP WDT EX".split())
"""Word classes of the tagger's lexicon that are in no person's name, though the given-names list
has some of their words ("My", "You", "On", "In", "To")."""
_VERB_TAGS = frozenset("VB VBP".split())


def _function_word_at(surface: str) -> int | None:
    """Where a function word (by the tagger's lexicon) opens a run of two or more words read as a
    person, or stands inside it, or a base verb that is no given name opens it ("You Should Be
    Criminally Investigated", "On It", "Do It", "Alicia Keys And Protestors"): a title-case
    headline's words run into a name, or are no name at all. None when there is none. A plain given
    name that is also a verb is a name ("Peter Hain", "Harry Reid"); a closing word may be a name
    the lexicon also knows ("Liu He"), as may an initial ("Jennifer L. Lee") or a particle ("de")."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    words = surface.split()
    if len(words) < 2:
        return None
    offset = 0
    for i, word in enumerate(words[:-1]):
        tag = str(lexicon.get(word.lower(), ""))
        if re.fullmatch(vp.PARTICLE, word) or re.fullmatch(r"[A-Z]\.", word):
            offset += len(word) + 1
            continue
        if (tag in _FUNCTION_TAGS or i == 0 and tag in _VERB_TAGS and _known(words[1])) and not _plainly_a_given_name(word):
            return offset
        offset += len(word) + 1
    return None


_HEADLINE_VERB_TAGS = frozenset("VBZ VBD VBP".split())


def _headline_verb_at(surface: str, sentence: str) -> int | None:
    """Where, in a sentence written in title case (a headline: "Ann Lee Tells Voters To Wait"), a
    finite verb by the tagger's lexicon follows two or more name words of a run read as a person;
    None elsewhere, and in a sentence in lower case ("Tom Stokes said")."""
    from .syntax import _tagger

    words = surface.split()
    if len(words) < 3 or not _title_case(sentence):
        return None
    lexicon = _tagger().lexicon
    offset = len(words[0]) + len(words[1]) + 2
    for word in words[2:]:
        if str(lexicon.get(word.lower(), "")) in _HEADLINE_VERB_TAGS and not _plainly_a_given_name(word):
            return offset
        offset += len(word) + 1
    return None


_AUXILIARIES = frozenset("will would can could may might must shall should are is was were has have had did does do".split())
_VERB_FORM_TAGS = frozenset("VB VBG VBN".split())


def _headline_auxiliary_at(surface: str, sentence: str) -> tuple[int, int] | None:
    """Where, in a sentence written in title case, a run read as a person holds an auxiliary and the
    verb it governs ("Voters Will Punish Johnson", "Republicans Are Following Trump"): the span of the
    two words, so the name is what stands before or after them ("Will" and "May" are given names
    too, but not before "Punish"). None elsewhere, and in a sentence in lower case."""
    from .syntax import _tagger

    words = surface.split()
    if len(words) < 2 or not _title_case(sentence):
        return None
    lexicon = _tagger().lexicon
    offset = 0
    for word, following in zip(words, words[1:]):
        if word.lower() in _AUXILIARIES and str(lexicon.get(following.lower(), "")) in _VERB_FORM_TAGS \
                and not _plainly_a_given_name(following):
            return offset, offset + len(word) + 1 + len(following)
        offset += len(word) + 1
    return None


def _around_auxiliary(surface: str, span: tuple[int, int]) -> tuple[int, str]:
    """The name beside a headline's auxiliary and verb: the words before them, or else those after
    ("Will Punish Johnson": "Johnson"), with where that name starts in `surface`."""
    before = surface[: span[0]].rstrip()
    if before:
        return 0, before
    after = surface[span[1] :]
    return span[1] + len(after) - len(after.lstrip()), after.strip()


def _title_case(sentence: str) -> bool:
    """Most words of four or more letters capitalized, as a headline's are."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _opens_with_a_function_word(name: str) -> bool:
    """A run of two or more words whose first is a function word or a base verb by the tagger's
    lexicon and no plain given name, a verb only before a word the lexicon knows ("You Have", "On
    It", "Be Tainted"; not "Peter Hain", "Sue Essex", "Budge Pountney")."""
    from .syntax import _tagger

    words = name.split()
    tag = str(_tagger().lexicon.get(words[0].lower(), "")) if len(words) > 1 and not re.fullmatch(r"[A-Z]\.", words[0]) else ""
    return (tag in _FUNCTION_TAGS or tag in _VERB_TAGS and _known(words[1])) and not _plainly_a_given_name(words[0])


def _known(word: str) -> bool:
    """A word the tagger's lexicon knows in lower case ("It", "Tainted"; most surnames it does not)."""
    from .syntax import _tagger

    return word.lower() in _tagger().lexicon


def _plainly_a_given_name(word: str) -> bool:
    """A given name of one sex only by the names lexicon ("Peter", "Sue", "Harry": also verbs), not
    one of either or mostly one ("My", "You", "In", "The" are in the lexicon too)."""
    return _name_detector().get_gender(word) in ("male", "female")


_ROMAN = re.compile(r"[IVXL]{2,5}")
_CAPS_WORD = re.compile(r"[A-Z]{2,}(?:['’][A-Z]+)?")


_SHOUTED_TAGS = frozenset("CC DT EX IN PDT PRP PRP$ RB RBR RBS JJR TO UH WRB".split())
"""The tagger's tags of function words and adverbs: capitals of such a word are a word shouted,
no body's letters ("AND", "BEFORE", "YOUR", "NOT"). Not 'WP' ("WHO" is the health organization)
nor 'MD' (the lexicon's "ca" of "can't" would take "CA")."""


_SHOUTED_CONTENT_TAGS = frozenset("JJ JJS VB VBD VBG VBN VBP VBZ MD WP NN NNS".split())


def _shouted_content_word(surface: str, tag: str) -> bool:
    """Capitals of a common English word of four letters or more by the tagger's lexicon: an
    adjective, verb, modal, noun or "WHAT" ("SUPER", "SAVE", "WILL", "VOTE"); not "WHO" (the health
    organization), nor three letters or fewer ("AFT", "CPS", "PA", "IFS"), nor a foreign word ("UN"),
    which are bodies' letters as often as not."""
    if len(surface) < 4 or tag == "WP" and surface == "WHO":
        return False  # "AFT", "LED", "CPS": three letters are a body's letters as often as a word
    return tag in _SHOUTED_CONTENT_TAGS and re.search(r"[AEIOUY]", surface) is not None


@lru_cache(maxsize=256)
def _short_name_of_a_body(letters: str, text: str) -> bool:
    """`text` gives `letters` in brackets right after a capitalized name ("the Survivors Fund
    (SURF)", "Action on Smoking and Health (ASH)") or describes them as a body ("EDGE, an
    environmental justice group"): the body's short name, a word or not."""
    from .quotes import described_as

    if described_as(text, letters, _word_starts(text, letters)) is not None:
        return True  # looked for only around where the letters stand
    return any(re.search(r"[A-Z][\w'’.&-]*$", text[max(0, at - 40) : at]) for at in _spelled_out(text).get(letters, ())
               if text[at:].lstrip().startswith("("))


def _acronym_of_a_thing(surface: str, text: str, start: int) -> bool:
    """A capitalized run of letters that names no body: an English word of a heading in capitals
    ("FULL TEXT", "OZ'S BOSS THINKS", by the tagger's lexicon, with a capitalized word beside it;
    not a foreign word, as "UN" is), a Roman numeral ("Part II", "the England XV"), or letters the
    text spells out in lower case before them in brackets ("tuberculosis (TB)", "intermediate
    level waste (ILW)")."""
    from .syntax import _tagger

    if not re.fullmatch(r"[A-Z]{2,6}", surface):
        return False
    if _ROMAN.fullmatch(surface):
        return True
    tag = str(_tagger().lexicon.get(surface.lower(), ""))
    if tag in _SHOUTED_TAGS:
        return True  # "a bigger screen AND a price cut", "NO credentials", "YOUR review": a function word shouted
    if _shouted_content_word(surface, tag) and not _short_name_of_a_body(surface, text):
        return True  # "SUPER savings", "VOTE for me", "WHAT a day", "they WILL use them": a word shouted
    before = re.search(r"([A-Za-z'’]+)[ :,-]*$", text[max(0, start - 20) : start])
    after = re.match(r"(?:['’][A-Z]{1,2}\b)?[ :,-]*([A-Za-z'’]+)", text[start + len(surface) : start + len(surface) + 20])
    if tag and tag != "FW" and any(w is not None and _CAPS_WORD.fullmatch(w.group(1)) for w in (before, after)):
        return True  # a heading's words, joined by spaces, hyphens ("YOU-KNOW-WHAT") or a contraction ("HE'S BEEN")
    return surface in _common_noun_letters(text) or _spelled_in_lower_case(surface, text)


_A_COMMON_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Ee]very|[Ee]ach)\s+(?P<between>(?:[a-z][\w-]*\s+){0,2})(?P<letters>[A-Z]{2,6})s?"
    r"(?=\s*[,.;:!?)]|\s+(?:in|of|for|at|on|with|who|which|that|is|was|has|had|will|would|could|can)\b)"
)
"""Capital letters read as a count noun, with an article and nothing after them that they could
modify ("a GP in ...", "a QC, ...", "an electric SUV that ..."), adjectives only between; "a BBC
spokesman" is a modifier, "a threat to UKIP" a preposition's object, "an MTV and BET town hall" two
modifiers."""


@lru_cache(maxsize=64)
def _common_noun_letters(text: str) -> frozenset[str]:
    """The capital letters `text` uses as a count noun somewhere (`_A_COMMON_NOUN`)."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    return frozenset(found.group("letters") for found in _A_COMMON_NOUN.finditer(text)
                     if all(str(lexicon.get(w, "")) in ("JJ", "VBN", "VBG") for w in found.group("between").split()))


@lru_cache(maxsize=8)
def _spelled_out(text: str) -> dict[str, list[int]]:
    """Where `text` writes capital letters in brackets or after "or" ("... (TB)", "..., or HP"),
    by the letters: one scan of the text, however many such letters it has."""
    found: dict[str, list[int]] = {}
    for mark in re.finditer(r"\s+\(([A-Z]{2,6})\)|,?\s+or\s+([A-Z]{2,6})\b", text):
        found.setdefault(mark.group(1) or mark.group(2), []).append(mark.start())
    return found


def _spelled_in_lower_case(acronym: str, text: str) -> bool:
    """`text` writes `acronym` in brackets, or after ", or", right after words in lower case whose
    first letters it is ("intermediate level waste (ILW)", "information and communication
    technology (ICT)"), or after one long word it shortens ("tuberculosis (TB)", "hypersensitivity
    pneumonitis, or HP")."""
    letters = acronym.lower()
    for at in _spelled_out(text).get(acronym, ()):
        found = re.search(r"((?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*)$", text[max(0, at - 100) : at])
        if found is None:
            continue
        words = [w for w in found.group(1).split() if w not in ("and", "of", "the", "for", "on", "in")]
        if "".join(w[0] for w in words[-len(letters):]) == letters:
            return True
        last = words[-1] if words else ""
        if len(last) >= len(letters) + 4 and last[0] == letters[0] and _subsequence(letters, last):
            return True
    return False


def _subsequence(letters: str, word: str) -> bool:
    found = iter(word)
    return all(letter in found for letter in letters)


_BODY_CUE = re.compile(
    r"(?:['’]s?)?\s+(?:Co|Corp|Inc|Ltd|plc|LLC|shares|stock|sees|said|says|announced|reported|posted|expects|plans|"
    r"employs|makes|sells|owns|bought|sold|cut|hired|recalled)\b"
)
"""What follows a body's name and no thing's: a company suffix, its shares, or a verb of a company's
saying or doing ("General Motors said", "Home Depot shares", "General Mills Inc"); a role with no
name ("Vice President") is no body, whatever follows."""


def _word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole word (no letter, digit, apostrophe or hyphen on either
    side), found with str.find: one pass as fast as the text is long."""
    found, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-_")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "'’-_")):
            found.append(at)
        at = text.find(word, at + 1)
    return found


@lru_cache(maxsize=1)
def _state_after() -> re.Pattern[str]:
    states = sorted(gazetteers()["states"], key=len, reverse=True)
    return re.compile(r",\s+(?:" + "|".join(re.escape(s) for s in states) + r")(?![\w.])")


@lru_cache(maxsize=256)
def _town_by_state(name: str, text: str) -> bool:
    """`text` writes `name` somewhere with a state after a comma ("Newport News, Va.", "Post Falls,
    Idaho"): a town whose name ends as a paper's does, not an outlet, where no "the" stands before
    it (a paper's name takes one: "in the Fargo Times")."""
    at = text.find(name + ",")
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _state_after().match(text, at + len(name)):
            return True
        at = text.find(name + ",", at + 1)
    return False


def _shouted_surname(surface: str, sentence: str, at: int) -> bool:
    """Capitals of three letters or more standing alone, no capitalized word in capitals beside them
    ("PENCE: Well, look", "wrote to SMITH"; not "FAVOR CRUZ, BUT", "SPICED HONEY PEAR JAM"): letters
    that may be a surname shouted."""
    before = re.search(r"([A-Za-z'’]+)[^A-Za-z]*$", sentence[:at])
    after = re.match(r"(?:['’][A-Z]{1,2}\b)?[^A-Za-z]*([A-Za-z'’]+)", sentence[at + len(surface) :])
    return len(surface) > 2 and surface.isupper() and not any(
        w is not None and _CAPS_WORD.fullmatch(w.group(1)) for w in (before, after))


_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ ]+[A-Z][A-Z.'’-]+){0,3})(?P<state>,[ ]+[A-Z][\w.]*(?:[ ]+[A-Z][\w.]*)?,?)?"
    r"(?P<date>[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2},?)?[ ]*(?P<agency>\([A-Za-z .&-]{2,24}\)[ ]*)?(?:—|–|―|--?)[ ]"
)
"""A dateline: a place in capitals opening a paragraph, perhaps its state or country and a date, perhaps
the agency in brackets, then a dash ("MADRID — ", "FLINT, Mich., Oct. 4 (UPI) — ", "WASHINGTON (AP) — ")."""


def dateline_place(text: str, start: int) -> str | None:
    """The place of the dateline that opens the paragraph at `start`, as written, else None. With
    no state, date or agency after it, one word of six letters or fewer must be a place the
    gazetteers know ("MADRID —"): "NATO — the alliance — said" opens with a body."""
    if start > 0 and text[start - 1] != "\n":
        return None
    found = _DATELINE.match(text, start)
    if found is None:
        return None
    place = found.group("place").rstrip(".")
    if not (found.group("state") or found.group("date") or found.group("agency")) and " " not in place and len(place) <= 6 and \
            place.capitalize() not in gazetteers()["places"]:
        return None  # "NATO — the alliance — met": letters of a body, as long as an acronym
    return place


@per_article  # the voices and the figure step both ask for an article's mentions: a long text is not read twice
def mentions(article: Article) -> tuple[Mention, ...]:
    """People, organizations, outlets and places named in the body, with canonical names; a
    dateline's place in capitals is a place, never a body's letters."""
    g = gazetteers()
    names = names_in(article.text)
    found: list[Mention] = []
    unknown: list[tuple[str, int, int, int]] = []  # capitalized runs of no known kind: a body's name, if the article shows it
    inside: set[str] = set()  # those of them written capitalized inside a sentence, not only at its start
    owners: set[str] = set()  # those written owning a person right after them ("Arsenal's Patrick Vieira")
    dateline_end = -1
    for sentence in article.sentences:
        for match in _capitalized_run().finditer(sentence.text):
            surface = re.sub(r"['’]s?$", "", match.group(0))
            start = sentence.start + match.start()
            if start < dateline_end:
                continue  # "YORK" of "NEW YORK (AP) —": the dateline's place, already found
            if surface.isupper() and (place := dateline_place(article.text, start)) is not None:
                dateline_end = start + len(place)
                titled = " ".join(w.capitalize() for w in place.split())
                found.append(Mention("place", g["places"].get(titled, titled), place, start, dateline_end, sentence.index, sentence.paragraph))
                continue
            words = surface.split()
            kind = classify(surface) if words[0] in ("The", "the") else None
            if kind is None and words[0] in _SENTENCE_WORDS:
                if len(words) == 1:
                    continue
                surface = " ".join(words[1:])
                start += len(words[0]) + 1
            kind = kind or classify(surface)
            if kind == "outlet" and surface not in g["outlets"] and not re.match(r"[Tt]he\s", surface) and \
                    not article.text.endswith(("the ", "The "), 0, start) and _town_by_state(surface, article.text):
                kind = "place"  # "in Newport News, Va.": a town, though "News" ends a paper's name
            if kind == "outlet" and (of := re.fullmatch(r"(?P<who>.+?)\s+of\s+(?:[Tt]he\s+)?(?P<what>[A-Z].*)", surface)) is not None and \
                    classify(of.group("who")) == "person" and classify(of.group("what")) == "outlet":
                who = of.group("who")  # "Lester Holt of NBC News": the person, then the outlet they work for
                found.append(Mention("person", names.canonical(who, start) or who, who, start, start + len(who), sentence.index, sentence.paragraph))
                start += of.start("what")
                surface = of.group("what")
            if kind is None and (inner := person_in(surface)):
                lead = re.sub(r"['’]s?$", "", surface[: surface.index(inner)].strip())
                if lead and _unknown_name(lead) and classify(lead) is None and not _opening_word(lead) and re.search(r"['’]s?\s*$", surface[: surface.index(inner)]):
                    owners.add(lead)  # "Arsenal's Patrick Vieira": a name owning the person named after it
                    unknown.append((lead, start, sentence.index, sentence.paragraph))
                start += surface.index(inner)
                surface, kind = inner, "person"
            name = surface
            if kind == "place":
                name = g["places"].get(surface, g["places"].get(re.sub(r"^The\s+", "", surface), surface))
            if kind is None and surface in g["demonyms"]:
                kind, name = "place", g["demonyms"][surface]
            if kind is None and len(surface.split()) == 1:
                resolved = names.canonical(surface, start)
                if resolved and resolved != surface:
                    kind, name = "person", resolved
            if kind == "person" and (cut := _headline_verb_at(surface, sentence.text)) is not None:
                surface = surface[:cut].rstrip()  # "Ann Lee Tells Voters", "Hillary Clinton Speaks": the name before the verb
            if kind == "person" and re.match(r"[Tt]he\s", surface) and surface[4:] not in names._full:
                continue  # "The Steve Harvey Morning Show", "The Bay Area Laboratory Cooperative": a name's thing, no person
            if kind == "person" and (cut := _function_word_at(re.sub(r"^[Tt]he\s+", "", surface))) is not None:
                surface = re.sub(r"^[Tt]he\s+", "", surface)[:cut].rstrip()  # "Alicia Keys And Protestors": the name before it
                if cut == 0 or _opens_with_a_function_word(surface) or classify(surface) != "person":
                    continue  # "You Should Be Criminally Investigated", "My Patients Were Presidents": a headline's words
            if kind == "person" and (verb := _headline_auxiliary_at(surface, sentence.text)) is not None:
                shift, surface = _around_auxiliary(surface, verb)  # "Will Punish Johnson": "Johnson"
                start += shift
                if not surface:
                    continue
            if kind == "organization" and _shouted_surname(surface, sentence.text, match.start()) and \
                    (shouted := names.canonical(surface.capitalize(), start) or "").split()[-1:] == [surface.capitalize()] and \
                    " " in shouted and classify(shouted) == "person":
                found.append(Mention("person", shouted, surface, start, start + len(surface), sentence.index, sentence.paragraph))
                continue  # "PENCE: Well, look, ..." in a transcript: the surname of a person the text names in full, shouted
            if kind == "organization" and (_acronym_of_a_thing(surface, article.text, start) or found and found[-1].kind == "person"
                                           and re.fullmatch(r",?\s", article.text[found[-1].end : start]) and len(surface) <= 3):
                continue  # "tuberculosis (TB)", "FULL TEXT", "Part II", "a GP"; "Guy Mansfield QC": letters after a name, no body
            if kind == "person" and names.titled_thing(surface):
                if surface.split()[-1] in names.office_words or not _BODY_CUE.match(article.text, start + len(surface)):
                    continue  # "the General Election", "Vice President": a thing named with an office word
                kind = "organization"  # "General Motors said", "Home Depot shares": a body
            if kind == "person":
                name = names.canonical(surface, start) or surface
                if _opens_with_a_function_word(name):
                    continue  # "You", read as the headline's "You Should Be Criminally Investigated"
            elif kind in ("outlet", "organization"):
                name = surface if surface in g["outlets"] else re.sub(r"^[Tt]he\s+", "", surface)
            if kind:
                found.append(Mention(kind, name, surface, start, start + len(surface), sentence.index, sentence.paragraph))
            elif _unknown_name(surface) and names.canonical(surface, start) in (None, "", surface):
                unknown.append((surface, start, sentence.index, sentence.paragraph))
                if (before := article.text[sentence.start : start].rstrip()) and before[-1] not in ":\"'“‘([-—–":
                    inside.add(surface)  # capitalized after a word of its sentence, not only at its opening (or a quotation's)
    candidates = {surface for surface, *_ in unknown if surface in inside or not _common_word(surface)}
    bodies = _acting_bodies(article.text, candidates, names) | {lead for lead in owners if names.canonical(lead, 0) in (None, "", lead)}
    if bodies:
        found.extend(Mention("organization", surface, surface, start, start + len(surface), index, paragraph)
                     for surface, start, index, paragraph in unknown if surface in bodies)
        found.sort(key=lambda m: m.start)
    return tuple(_listed_bodies(article.text, found))


_LIST_JOIN = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")
_BODIES_BEFORE = re.compile(
    r"\b(?:companies|firms|operators|groups|banks|lenders|insurers|retailers|supermarkets|chains|carriers|airlines|"
    r"brands|makers|manufacturers|producers|suppliers|providers|developers|builders|clubs|teams|sides|charities|unions|"
    r"parties|rivals|competitors|bidders|owners|investors|funds|publishers|broadcasters|networks|outlets|agencies)\s+$"
)
"""A plural noun of bodies right before a list of names ("casino operators London Clubs International, Rank Group and
Stanley Leisure"): every name of the list is such a body."""


def _listed_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """Names in one list after a plural noun of bodies, beside a name known as an organization, are organizations too:
    "Stanley Leisure" in "casino operators London Clubs International, Rank Group and Stanley Leisure" is a firm,
    though a given name opens it."""
    out = list(found)
    k = 0
    while k < len(out):
        chain = [k]
        while chain[-1] + 1 < len(out) and _LIST_JOIN.fullmatch(text, out[chain[-1]].end, out[chain[-1] + 1].start):
            chain.append(chain[-1] + 1)
        first = out[chain[0]]
        if len(chain) > 1 and any(out[i].kind == "organization" for i in chain) and (
                _BODIES_BEFORE.search(text, max(0, first.start - 40), first.start)
                or _BODIES_BEFORE.search(text, max(0, first.start - 40), _list_start(text, first.start))):
            for i in chain:
                if out[i].kind == "person":
                    out[i] = replace(out[i], kind="organization", name=out[i].surface)
        k = chain[-1] + 1
    return out


def _list_start(text: str, start: int) -> int:
    """Where a list's first name starts once an unknown capitalized run before it is included ("operators London Clubs
    International, Rank Group": the list starts at "London", the first mention at "Rank")."""
    before = re.search(r"((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*),\s+$", text[max(0, start - 80) : start])
    return start - len(before.group(0)) if before else start


_RUN = r"(?=[A-Z])(?<![\w'’-])(?<![^,] and )(?<![^,] or )(?<!, )(?<!& )(?<!\bof )(?<!\bon )(?<!\bfor )(?P<name>[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,2})"
_BODY_POSSESSIVE = re.compile(_RUN + r"(?:['’]s|(?<=s)['’])[ ]+(?P<person>[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,2})")
"""A name owning a person written right after it, no role between: "Arsenal's Patrick Vieira" (but not "Scott's
training partner Maurice Greene", "Adriano's agent Gilmar Rinaldi": people own aides and partners too)."""
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’&.-]*[ ]+$")
_BODY_PLURAL_VERB = re.compile(_RUN + r"[ ]+(?:were|are|have|have[ ]+been|remain|need|face|host|visit|beat|lose)\b")
"""A name, not the last of a list, with a plural verb: "Arsenal were", "Stockport have" (not "Brown and Blair face")."""


def _unknown_name(surface: str) -> bool:
    """A capitalized run no gazetteer or name rule knows, that might be a body's name: one to three words, none a
    function word opening a sentence, a month or day, or a title of a person ("Arsenal", "Manchester United"; not
    "Lord Dubs", "Mr Blair")."""
    words = surface.split()
    return 1 <= len(words) <= 3 and len(surface) >= 3 and not surface.isupper() and words[0] not in _SENTENCE_WORDS and (
        words[0] not in MONTHS_AND_DAYS
    ) and all(w[:1].isupper() and w.isalpha() for w in words) and words[0] not in gazetteers()["honorifics"]


def _opening_word(run: str) -> bool:
    """A run whose first word is a word of the language that is no noun ("Later Birmingham", "Meanwhile Chelsea"):
    a sentence's opening word stuck to a name, not a name of its own."""
    from .syntax import _tagger

    first = run.split()[0].lower()
    return " " in run and _tagger().lexicon.get(first, "NN")[:2] not in ("NN", "JJ")


def _common_word(surface: str) -> bool:
    """A single word the tagger's lexicon knows in lower case ("Protesters", "Women", "Wolves"): a body's name only
    if the article also capitalizes it inside a sentence."""
    from .syntax import _tagger

    return " " not in surface and surface.lower() in _tagger().lexicon


def _acting_bodies(text: str, candidates: set[str], names: "Names") -> set[str]:
    """The names among `candidates` that the article shows to be a team, a firm or another body by how it writes
    them, with no list of such names: one owns a person the article names ("Arsenal's Patrick Vieira", "United's
    midfielder Roy Keane"), or takes a plural verb right after it twice or more, as British English writes a team or
    firm ("Arsenal were", "Stockport have"). One pass over the text for each shape, whatever the number of names."""
    if not candidates:
        return set()

    def named(m: re.Match[str]) -> str | None:  # the whole run, or the run after its sentence's opening word ("Then Arsenal")
        if _CAPITAL_BEFORE.search(text, max(0, m.start("name") - 30), m.start("name")):
            return None  # "Gordon Brown have": the end of a longer name, not a name of its own
        words = m.group("name").split()
        run = " ".join(words[1:]) if words[0] in _SENTENCE_WORDS else " ".join(words)
        return run if run in candidates else None

    def person(m: re.Match[str]) -> bool:  # a person the article names, in full ("Patrick Vieira", or "Vieira" for him)
        owned = m.group("person")
        return classify(owned) == "person" or " " in (names.canonical(owned, m.start("person")) or "")

    found = set()
    for m in _BODY_POSSESSIVE.finditer(text):
        if (name := named(m)) is not None and name not in found and person(m):
            found.add(name)
    plural: dict[str, int] = {}
    for m in _BODY_PLURAL_VERB.finditer(text):
        if (name := named(m)) is not None:
            plural[name] = plural.get(name, 0) + 1
    return found | {name for name, count in plural.items() if count >= 2}
