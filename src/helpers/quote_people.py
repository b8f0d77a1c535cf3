"""The people and bodies a text names that a source can point back to: the bodies that open sentences, the people
it mentions (`_person_mentions`), an office's holder, a surname or given name as subject, and people listed
together (`_Listed`, `_joined_people`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import voice_patterns as vp
from .epithets import EPITHET_SUBJECT as _EPITHET_SUBJECT, epithet_head as _epithet_head
from .mentions import Mention, Names, classify, gazetteers, given_name, mentions
from .models import Article
from .quote_sources import _adverbial
from .quote_words import (
    _BODY_NOUNS,
    _OFFICES,
    _ROLE_PLACE,
    _Roles,
    _compiled,
    _function_led,
    _group_noun,
    _modifier,
    _role_head,
    _role_word,
    _sentence_of,
)


_INDEFINITE_PRONOUNS = frozenset("everyone everybody someone somebody anyone anybody nobody".split())
"""Pronouns the tagger's lexicon calls nouns: no name however they are followed ("Everyone called him Mike")."""
_NAME_GOES_ON = frozenset("has had have is was will would could should may might must also later then now still".split())
"""Words after a capitalized adjective that say it is a subject acting, as a person's name is ("Brown has warned",
"Young also said"), where a common adjective opening a sentence runs on into its phrase ("Current fears"); not
after a noun, which opens a sentence as its subject as often ("Research has shown", "Management has said")."""
_SAID = frozenset("said says told tells added adds warned warns wrote writes explained argued insisted".split())
"""Verbs of saying in a form no adjective runs on into ("Young said", not "Current fears")."""
_CONTRACTED_PRONOUN = re.compile(r"(?i)(?P<pronoun>i|we|you|they|he|she|it)(?P<tail>['’](?:ve|ll|re|d|m|s))")
"""A subject pronoun and a contracted verb ("We’ve", "You’ll", "He's"): a capital that opens a sentence, no name."""


_EXPLETIVE_AFTER = re.compile(
    r"(?:\s+(?:has|had|have|will|would|also|then|now))*\s+(?:is|was|were|be|been|being|seems|seemed|appears|appeared|emerged|"
    r"remains|looks|must|may|might)\b|['’]s\b")
"""What follows an "it" that stands for no one ("it was claimed", "it has been suggested", "it
emerged", "it must have seemed")."""


def _body_subjects(article: Article, quoted: list[tuple[int, int]],
                   mentioned: tuple[Mention, ...] | None) -> list[tuple[int, str, str]]:
    """Organizations and outlets that open a sentence outside quotations, past an opening
    conjunction or adverbial ("The Harbour Trust criticised the plan", "But Acme Corp reported a
    loss"), as (start, name, kind) in text order: what a later "it" or "they" stands for."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    mentioned = mentioned if mentioned is not None else mentions(article)
    quotation = _covering(quoted)
    found = []
    for mention in mentioned:
        if mention.kind not in ("organization", "outlet") or not 0 <= mention.sentence < len(article.sentences):
            continue
        sentence = article.sentences[mention.sentence]
        opening = article.text[sentence.start : mention.start]
        bare = re.sub(r"^(?:But|And|However|Meanwhile|Earlier|Later|Now|Yet|So),?\s+", "", opening)
        if (lead := _LEAD_IN.match(bare)) and _adverbial(lead.group(1)):
            bare = bare[lead.end():]
        if bare.strip() not in ("", "The", "the") or quotation(mention.start):
            continue
        after = re.match(r"\s+([a-z][\w-]*)", article.text[mention.end : mention.end + 40])
        if after and str(lexicon.get(after.group(1)) or "")[:2] in ("NN", "JJ"):
            continue  # "The GOP candidate proposes": the body only qualifies the subject
        found.append((mention.start, mention.name, mention.kind))
    for sentence in article.sentences:  # "But a short statement ... was presented", "The ad then references": another thing
        opening = re.sub(r"^(?:But|And|However|Meanwhile|Earlier|Later|Now|Yet|So),?\s+", "", sentence.text[:120])
        if (lead := _LEAD_IN.match(opening)) and _adverbial(lead.group(1)):
            opening = opening[lead.end():]
        thing = _THING_SUBJECT.match(opening)
        if thing and thing.group("head") not in vp.PERSON_ROLES | vp.EPITHET_ROLES | vp.UNNAMED_ROLES and not _group_noun(thing.group("head")) \
                and thing.group("head") not in _BODY_NOUNS and thing.group("head") not in vp.ORGANIZATION_WORDS:
            at = sentence.start + len(sentence.text[:120]) - len(opening)
            if not quotation(at):
                found.append((at, "", "thing"))
    return sorted(found)


_THING_SUBJECT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*)\s+"
                            r"(?:(?:of|about|on|for|from|by|in)\s+[^,.;:\"“”]{1,60}?\s+)?(?:(?:also|then|now|first|has|have|had|was|were|is|are|will|would|could|can)\s+)*(?:[a-z]+(?:ed|s)|made|said)\b")
"""A sentence's subject that is a common noun phrase of a thing, before its verb ("That statement
was made", "The ad then references"): what a later "it" stands for, rather than a body before it."""


def _names_in_third_person(person: str, content: str) -> bool:
    """`content` names `person` by the surname (the last word of the name), not after another
    given name ("Hillary Clinton" is no "Bill Clinton"): someone it speaks of."""
    words = person.split()
    for found in _compiled(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w-])").finditer(content):
        before = re.search(r"([A-Z][a-z]+)\s+$", content[max(0, found.start() - 30) : found.start()])
        if before is None or len(words) < 2 or before.group(1) == words[0] or not given_name(before.group(1)):
            return True
    return _called_by_given_name(words, content)


def _called_by_given_name(words: Sequence[str], content: str) -> bool:
    """`content` calls the person of the name `words` by the given name alone ("a quiet word with
    Ann", for Ann Lee): someone it speaks to or of, not its speaker. The given name must be one the
    gazetteer knows and stand without a surname after it ("Ann Cole" is someone else)."""
    if len(words) < 2 or not given_name(words[0]):
        return False
    return _compiled(rf"(?<![\w'’-]){re.escape(words[0])}(?![\w'’-])(?!\s+[A-Z])").search(content) is not None


def _spoken_of(kind: str, text: str) -> str:
    """What of a quote's content (its first part, the one beside the cue) may name someone it
    speaks of: a quotation whole, a paraphrase's first words (the subject of its reported clause:
    "Mr Bush's first task was ..., he said"; a name deeper in may be a thing the speaker reports
    of themself, "an issue with Ann Lee's microphone"). A later part of a long quotation may be a
    speaker's joke on themself ('"... Lee swears shock. ..."')."""
    return text if kind == "direct" else " ".join(text.split()[:_REPORTED_SUBJECT_WORDS])


_REPORTED_SUBJECT_WORDS = 6


_OFFICIALS = frozenset("officials sources spokesmen spokeswomen spokespeople aides insiders representatives staffers".split())
"""Unnamed people of a body, in the plural ("UKIP officials said", "Labour sources say")."""


_UNNAMED_SUBJECT = re.compile(
    r"(?:The|A|An|Another|One)\s+(?:[\w'’-]+\s+){0,4}(?:spokesman|spokeswoman|spokesperson|source|official|"
    r"member|aide|insider)\b(?!\s+(?:for|at|from)\s+[A-Z])"
)


_OFFICE_HEADS = (_OFFICES - frozenset("expert analyst economist lawyer campaigner activist diplomat coach manager mp mep msp".split())) | frozenset(
    "pope".split()
)
"""Words that end the name of an office whose holder a sentence may open on ("the Archbishop of
Barset", "the Chancellor", "the head of the union")."""
_OFFICE_VERB_WORDS = frozenset("has had have is was will would can could may might must should also then later earlier yesterday today".split())


def _office_subject(opening: str) -> str | None:
    """The office a sentence opens on as its subject, when it names which office by a capitalized
    head or a complement after "of"/"for" ("the Archbishop of Barset wrote", "The Chancellor has
    written", "the head of the teachers' union warned"): the phrase as written, else None. A bare
    common office ("the minister said") is left to the roles and to the person named before."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    words = re.findall(r"[^\s,;:!?()\"“”]+|[,;:!?()\"“”]", opening[:120])
    if not words or words[0].lower() != "the":
        return None
    head = next((i for i in range(1, min(5, len(words))) if _role_word(words[i]) in _OFFICE_HEADS), None)
    if head is None or not all(_modifier(w) for w in words[1:head]) or words[head][:1].isupper() is False and head + 1 < len(words) and words[head + 1] not in ("of", "for"):
        return None
    end = head + 1
    if end < len(words) and words[end] in ("of", "for"):
        k = end + 1
        while k < len(words) and k <= end + 5 and words[k] not in vp.OPEN_QUOTES and re.fullmatch(r"[\w'’&.-]+", words[k]) and (
                words[k][:1].isupper() or words[k].lower() == "the" or not str(lexicon.get(words[k].lower(), "NN")).startswith(("VB", "MD", "RB", "IN"))):
            k += 1
        if k == end + 1 or k == end + 2 and words[end + 1].lower() == "the":
            return None
        end = k
    if end >= len(words):
        return None
    verb = words[end]
    while verb.lower() in _OFFICE_VERB_WORDS and end + 1 < len(words) and verb.lower() not in ("has", "had", "have", "is", "was", "will", "would"):
        end += 1
        verb = words[end]
    tag = str(lexicon.get(verb.lower(), ""))
    if not (verb.islower() and (tag in ("VBD", "VBZ", "MD") or verb in _OFFICE_VERB_WORDS)):
        return None
    return " ".join(words[:end])


_DESCRIBING_WORDS = frozenset("former outgoing retiring then ex and".split())
"""Words that make an office phrase a description of someone ("the former UN commissioner for human
rights and Irish president", "the outgoing European Commissioner"), not the office itself."""


def _office_named(office: str, roles: _Roles, names: Names, position: int) -> str | None:
    """The person the article gives an office a phrase names ("the Foreign Secretary" -> the Jack
    Straw it calls so), else None."""
    words = office.split()[1:]
    cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "for")), len(words))
    place = _ROLE_PLACE.match(" " + " ".join(words[cut:])) if cut < len(words) else None
    person, _ = roles.find(" ".join([*words[: cut - 1], *(place.group("place").split() if place else ()), words[cut - 1]]), position)
    if person is None and cut == len(words):
        person = names.role(" ".join(words))
    return person


_LEAD_IN = re.compile(r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}),\s+")
_PRONOUN_SUBJECT = re.compile(r"(?:He|She|They)\s+[a-z]")


_CLOSING_SPEAKER = re.compile(rf"[,.!?][\"”’]\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)\s+(?:{vp.VERB})\b")
"""A quotation closed by its own named speaker ('..., Ann Lee said')."""


def _covering(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position falls inside any of `spans` (start, end), each question answered by a
    bisection, not a pass over every span: a long text's quotations are many."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # the furthest end of any span opening at or before each

    def inside(position: int) -> bool:
        k = bisect.bisect_right(starts, position)
        return k > 0 and reach[k - 1] > position

    return inside


def _person_mentions(
    article: Article, names: Names, quoted: list[tuple[int, int]], mentioned: tuple[Mention, ...] | None = None,
    joined: dict[int, _Listed] | None = None, roles: _Roles | None = None,
) -> list[tuple[int, str, str]]:
    """Sentence subjects outside quotes, in reading order: the person (or a role that names one)
    that opens a sentence is what a later "he" or "she" most often points back to."""
    found: list[tuple[int, str, str]] = []
    full = {name for _, name in names.people}
    role = re.compile(rf"{vp.ROLE}")
    by_sentence: dict[int, list[tuple[int, str, str]]] = {}
    mentioned = mentioned if mentioned is not None else mentions(article)
    if joined is None:
        joined = _joined_people(article.text, [m for m in mentioned if m.kind == "person"])
    for mention in mentioned:
        if mention.kind == "person" and (mention.name in full or " " in mention.name) and not _function_led(mention.name):
            by_sentence.setdefault(mention.sentence, []).append((mention.start, mention.name, "person"))
    seen = {entry[0] for entries in by_sentence.values() for entry in entries}
    for start, name in names.people:  # names a title or honorific vouches for ("Sir Digby Jones")
        sentence_index = _sentence_of(article, start)
        if start not in seen and not _function_led(name) and 0 <= sentence_index and not any(e[0] <= start < e[0] + len(e[1]) + 8 for e in by_sentence.get(sentence_index, [])):
            by_sentence.setdefault(sentence_index, []).append((start, name, "person"))
    inside = _covering(quoted)  # a name inside a quotation is someone it speaks of, not its speaker
    for index in list(by_sentence):
        by_sentence[index] = sorted(entry for entry in by_sentence[index] if not inside(entry[0]))
    asker: tuple[int, str] | None = None  # who last put a question to someone the text names, and in which sentence
    for sentence in article.sentences:
        if inside(sentence.start):
            continue
        opening = sentence.text[:80]
        bare_opening = re.sub(r"^(?:But|And|However|Meanwhile|Earlier|Later|Now),?\s+", "", opening)
        if (lead := _LEAD_IN.match(bare_opening)) and _adverbial(lead.group(1)):
            bare_opening = bare_opening[lead.end():]  # "In a furious response, the first minister said"
        candidates = [] if _PRONOUN_SUBJECT.match(bare_opening) else [
            m for m in by_sentence.get(sentence.index, []) if m[0] - sentence.start < 60 and not _ASKER.search(article.text, max(0, m[0] - 40), m[0])
        ]  # "He conceded the win, which included goals from X, ...": still about him, not X; "Asked by X whether ...": not X
        candidates = [m for m in candidates if not _modifies_a_name(article.text, m, by_sentence.get(sentence.index, []))]
        if _UNNAMED_SUBJECT.match(bare_opening):
            candidates.append((sentence.start, "", "person"))  # "The spokesman said ...": someone unnamed
        match = role.match(bare_opening)
        if match and roles is not None and _role_head(_role_word(match.group(0).split()[-1])):
            person, others = roles.find(match.group(0), sentence.start)
            apposed = re.match(r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’-]+)?,\s+[A-Z]", bare_opening[match.end():]) is not None
            if (person or others) and not apposed:  # "The minister of the economy, Mr. Ann Lee, argues": Ann Lee
                candidates.append((sentence.start, person or "", "person"))  # "The prime minister ...": whom the article calls so, or someone unnamed
        elif match and (person := names.role(match.group(0))):
            candidates.append((sentence.start, person, "person"))
        if roles is not None and not any(c[0] == sentence.start for c in candidates) and (
                office := _office_subject(bare_opening)) is not None and (_office_named(office, roles, names, sentence.start) or not set(office.lower().split()) & _DESCRIBING_WORDS):
            candidates.append((sentence.start, office, "office"))  # "Earlier the Archbishop of Barset wrote ...": whom a following "he" means
        if _EPITHET_SUBJECT.match(bare_opening) and _epithet_head(bare_opening) and (
                before := next((e for e in reversed(found) if e[1] and e[2] == "person"), None)) \
                and _sentence_of(article, before[0]) >= sentence.index - 1:
            candidates = [(sentence.start, before[1], "person")]  # "The American had cast doubt on X's claims": the one named before, not X
        if not candidates and (unknown := _surname_subject(article, sentence.start + len(opening) - len(bare_opening), bare_opening)):
            candidates.append(unknown)  # "Lee, ranked 134th, sank to her knees": the Ann Lee named before
        if candidates:
            found.append(min(candidates))
        elif asker and asker[0] >= sentence.index - 2 and _ASKS_AGAIN.match(bare_opening):
            found.append((sentence.start - 1, asker[1], "person"))  # "X asked Y ... He then asked about Z": X asks again, not Y (before the "He")
        opens = sentence.start + len(opening) - len(bare_opening)
        together = next((joined[m[0]] for m in by_sentence.get(sentence.index, []) if m[0] in joined), None)
        if together and _TITLE_WORDS.fullmatch(article.text, opens, together.start):
            found.append((together.start, together.name, "people"))  # "Sens. Chuck Grassley and Dick Durbin wrote ...": both
        for start, name, kind in by_sentence.get(sentence.index, []):
            if _ASKED.search(article.text, max(0, start - 60), start) and not _POSSESSIVE_NAME.match(article.text, start):
                found.append((start, name, kind))  # "X asked Y how high the wall would be. '...,' he said": Y answers
                asker = (sentence.index, min(candidates)[1]) if candidates else None
                continue
            tail = article.text[start : start + 80]
            if _compiled(rf"{re.escape(name.split()[-1])}['’]s\b").match(tail) or tail.startswith(name + "'s"):
                continue  # "X's claims he had torn ...": X owns the subject, is not it
            if _SUBJECT_BEFORE_VERB.match(tail) and (start, name, kind) not in candidates:
                found.append((start, name, kind))  # "..., Lord Butler said in his interview"
    return sorted(found)


_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})")


def _modifies_a_name(text: str, entry: tuple[int, str, str], entries: Sequence[tuple[int, str, str]]) -> bool:
    """Whether a person named at `entry` only qualifies a role before another person's name in the same phrase
    ("Obama consultant Cornell Belcher", "Clinton campaign chairman John Podesta"): the phrase is about the second
    person, not the first. The words between are lower-case singular nouns or adjectives (the tagger's lexicon), no
    verb and no plural, which may be a verb in -s ("Frank quotes former Carter adviser Alfred Kahn": Frank's sentence)."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    for other in entries:
        if other[0] <= entry[0] or other[2] != "person" or other[1] == entry[1] or other[0] - entry[0] > 80:
            continue
        written_end = text.find(entry[1].split()[-1], entry[0], other[0])
        if written_end < 0:
            continue
        between = _ROLE_BETWEEN.fullmatch(text, written_end + len(entry[1].split()[-1]), other[0])
        if between and all(str(lexicon.get(word, "")) in ("NN", "JJ") for word in between.group("words").split()):
            return True
    return False


_SUBJECT_BEFORE_VERB = re.compile(rf"[\w'’ -]{{1,40}}?\s+(?:{vp.VERB})\b")
"""A few words, then a verb ("Lord Butler said"): a name that is its sentence's subject."""
_ASKED = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b[Hh]e|\b[Ss]he)\s+(?:(?:also|then|later|again)\s+)?(?:asked|asks|pressed|questioned|quizzed|interviewed)\s+(?:(?:former|then|fellow)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
"""What comes right before the person a named asker puts a question to ("Ann Lee asked Tom Cole",
"she then asked former Attorney General Tom Cole"): the one a following "he said" answers for; not
after an unnamed asker ("when a young man asked Ann Lee why ...", told by someone else)."""
_ASKS_AGAIN = re.compile(r"(?:He|She)\s+(?:(?:then|also|later|again)\s+)?(?:asked|asks|pressed|questioned)\b")
"""A sentence whose pronoun asks again: the one who asked before, not the one asked."""
_POSSESSIVE_NAME = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]")
"""A name that owns what follows ("questioned Trump's logic"): no one a question is put to."""
_ASKER = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Qq]uizzed)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
"""What comes right before the one who puts a question ("Asked by Tom Cole whether ..., he said"):
no subject of the sentence."""


_SURNAME_OPENING = re.compile(r"(?P<word>[A-Z][a-z][\w'’-]+)(?=,\s|\s+[a-z])")


def _surname_subject(article: Article, at: int, opening: str) -> tuple[int, str, str] | None:
    """A sentence opened by a lone capitalized word that the tagger's lexicon and the gazetteers do
    not know, as a comma or a verb follows it ("Lee, ranked 134th in the world, sank to her
    knees"), when the article names someone in full with it as the last word before ("Teenager
    Ann Lee"): a person the given-name list does not know, whom the sentence is about."""
    found = _SURNAME_OPENING.match(opening)
    if found is None:
        return None
    word = found.group("word")
    from .syntax import _tagger

    if word.lower() in _tagger().lexicon or classify(word) is not None or word in gazetteers()["demonyms"]:
        return None
    full = _named_pairs(article.text).get(word)  # (where that name ends, the word before the surname)
    if full is None or full[0] > at or full[1].lower() in _tagger().lexicon or re.search(r"['’]s?$", full[1]) \
            or classify(full[1]) is not None:
        return None  # "California's Latino", "Mexico Basin": no given name; or named only later
    return at, f"{full[1]} {word}", "person"


_GIVEN_AND_NEXT = re.compile(r"(?<![\w'’-])(?P<given>[A-Z][a-z][\w'’-]*)[^\S\n]+(?=(?P<word>[\w'’-]+))")
"""A capitalized word and the word after it on the same line: a headline's last word and the first
word of the paragraph under it ("... on Acme" / "Acme has ...") are no given name and surname."""


@lru_cache(maxsize=4)
def _named_pairs(text: str) -> dict[str, tuple[int, str]]:
    """Every word that follows a capitalized word in a text, with the first such place (where the
    word ends, and the word before it): read in one pass, not once more for every sentence that
    opens with an unknown word (that made a long text's voices grow faster than the text)."""
    pairs: dict[str, tuple[int, str]] = {}
    for found in _GIVEN_AND_NEXT.finditer(text):
        pairs.setdefault(found.group("word"), (found.end("word"), found.group("given")))
    return pairs


_PARTY_TAG = r"(?:\(?[RDI]-[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?\)?|\([RDI]\))"
"""A US party-state tag after a name ("R-Wis.", "(D-N.Y.)", "(R)"): the name's affiliation, never a speaker."""
_LIST_JOIN = re.compile(r"(?:,?\s+" + _PARTY_TAG + r")?(?P<comma>,)?\s+(?P<and>and\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")
"""What stands between two names of a list of people: a comma or "and", and up to three
capitalized title words before the next name ("and Senate Majority Leader Mitch McConnell")."""
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")


@dataclass(frozen=True, slots=True)
class _Listed:
    """Named people a sentence lists as one: where the list starts and ends, the name it goes by
    ("Chuck Grassley and Dick Durbin") and each member's canonical name."""

    start: int
    end: int
    name: str
    members: tuple[str, ...]


def _joined_people(text: str, people: Sequence[Mention]) -> dict[int, _Listed]:
    """Named people a sentence lists as one ("Chuck Grassley and Dick Durbin", "Mary Jones, Tom
    Brown and Ann Lee"), by where each member's mention starts; the name is their canonical names
    joined as the text joins them. A list ends in "and"; a possessive ("... and Durbin's letter")
    or a noun after it ("the Sanders and Clinton campaigns") makes it no list of people; a first
    name that shares the last one's surname ("David and Jeanne Heidler") keeps the words as
    written."""
    found: dict[int, _Listed] = {}
    people = sorted(people, key=lambda m: m.start)
    first = 0
    while first < len(people):
        last, joins = first, []
        while last + 1 < len(people) and people[last + 1].sentence == people[first].sentence and (
            join := _LIST_JOIN.fullmatch(text, people[last].end, people[last + 1].start)
        ) and (join.group("comma") or join.group("and")):
            joins.append(join)
            last += 1
        members = people[first : last + 1]
        names = list(dict.fromkeys(m.name for m in members))
        if (
            len(names) == len(members) > 1 and joins[-1].group("and") and not any(j.group("and") for j in joins[:-1])
            and not _continues_phrase(text, members[-1].end)
        ):
            if " " in members[-1].surface and any(
                " " not in m.surface and m.name.split()[-1] != m.surface and given_name(m.surface) for m in members[:-1]
            ):
                name = text[members[0].start : members[-1].end]  # "David and Jeanne Heidler"
            else:
                name = ", ".join(names[:-1]) + " and " + names[-1]
            listed = _Listed(members[0].start, members[-1].end, name, tuple(names))
            found.update({m.start: listed for m in members})
        first = last + 1
    return found


def _continues_phrase(text: str, end: int) -> bool:
    """The words at `end` go on with a noun phrase the names only modify: a possessive ("and
    Durbin's letter") or a common noun ("the Sanders and Clinton campaigns")."""
    after = re.match(r"['’]|\s+([a-z][a-z-]*)", text[end : end + 40])
    if after is None:
        return False
    return after.group(1) is None or _noun(after.group(1)) and not re.fullmatch(vp.VERB, after.group(1))  # "and Durbin claim"


def _noun(word: str) -> bool:
    """A common noun by the tagger's lexicon ("campaigns", "team")."""
    from .syntax import _tagger

    return str(_tagger().lexicon.get(word, "")).startswith("NN")


_TRAILING_TAG = re.compile(r"\s*,?\s+" + _PARTY_TAG + r"$")
