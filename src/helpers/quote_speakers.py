"""Who a source as written names (`_Speakers`): a pronoun, an office, a surname, a description or a body resolved
to the person or body the article means."""

from __future__ import annotations

import bisect
from collections import Counter
import itertools
import re
from collections.abc import Iterator, Sequence

from . import voice_patterns as vp
from .epithets import AGE_NOUN as _AGE_NOUN, epithet as _epithet, ranked as _ranked
from .mentions import Mention, certain_gender, classify, gazetteers, given_name, mentions, named_document, names_in, person_in
from .models import Article
from .quote_cues import _saying_form
from .quote_people import (
    _CLOSING_SPEAKER,
    _CONTRACTED_PRONOUN,
    _DESCRIBING_WORDS,
    _EXPLETIVE_AFTER,
    _INDEFINITE_PRONOUNS,
    _Listed,
    _NAME_GOES_ON,
    _OFFICE_HEADS,
    _OFFICIALS,
    _SAID,
    _TITLE_WORDS,
    _body_subjects,
    _joined_people,
    _names_in_third_person,
    _office_named,
    _person_mentions,
)
from .quote_sources import (
    _ADVERBS,
    _COMMON_OPENERS,
    _FUNCTION_OPENERS,
    _MEDIA,
    _NAME_WITH_OF,
    _NOT_SPEAKERS,
    _ORG_IN,
    _PRONOUNS,
    _TRAILING_ADVERB,
    _TRAILING_NAME,
    _ending_person,
    apposed_body,
    body_signs,
    described_as,
)
from .quote_words import (
    _BODY_NOUNS,
    _DAYS,
    _DESCRIPTION_PICKS,
    _HONORIFIC_NAME,
    _INDEFINITE,
    _NOUN_THEN_NAME,
    _OBJECT_BEFORE,
    _OFFICES,
    _OWNED_NAME,
    _PARTY_MEMBERS,
    _PHRASE_BREAKS,
    _POST_NOMINAL,
    _ROLE_PLACE,
    _ROLE_THEN_NAME,
    _Roles,
    _WordIndex,
    _clean_org,
    _compiled,
    _description,
    _function_led,
    _group_noun,
    _group_phrase,
    _name_shaped,
    _named,
    _opening_phrase,
    _party_or_office,
    _party_word,
    _plural_noun,
    _role_end,
    _role_head,
    _sentence_of,
    _titled,
)


UNNAMED_OFFICIAL = "unnamed official"
"""The kind of a speaker that is someone unnamed of a named body ("a Home Office spokesman", "a
spokeswoman for the Electoral Commission", "UKIP officials"): the speaker is the body, the
person's affiliation, and the descriptor the role as written."""
PEOPLE_LOOKBACK = 2
"""How many sentences back "they" can find named people joined as one subject."""
BODY_LOOKBACK = 2
"""How many sentences back "it" (and "they") can find a body that spoke or opened a sentence."""


_PARTITIVE = re.compile(
    r"(?P<some>one|two|three|four|five|some|many|most|several|few|none|each|either|neither|all|both|half|a\s+few)"
    r"\s+of\s+(?P<rest>\S.*)", re.IGNORECASE)
"""A source that is part of a set: "One of his aides", "Some of the protesters", "Most of them": someone the
article does not name (`_ONE_OF`), or a group."""
_ONE_OF = frozenset(("one", "each", "either", "neither", "none"))


class _Speakers:
    """Resolves speakers as written to canonical names, remembering who the text is about."""

    def __init__(
        self, article: Article, quoted: list[tuple[int, int]] | None = None,
        mentioned: tuple[Mention, ...] | None = None,
    ) -> None:
        self.names = names_in(article.text)
        self.article = article
        self.text = article.text
        self.last: str | None = None
        self.last_kind: str | None = None
        mentioned = mentioned if mentioned is not None else mentions(article)
        self.joined = _joined_people(article.text, [m for m in mentioned if m.kind == "person"])
        self.members = {listed.name: listed.members for listed in self.joined.values()}
        named = [(m.start, m.end, m.name) for m in mentioned if m.kind == "person" and not _function_led(m.name)]
        for start, name in self.names.people:  # names a title vouches for ("President Musharraf")
            at = article.text.find(name, start, start + 80)
            if at >= 0 and not _function_led(name):
                named.append((at, at + len(name), name))
        for match in _HONORIFIC_NAME.finditer(article.text):  # "Lord Falconer", "Mr Straw"
            if match.group(1) in gazetteers()["honorifics"] and (person := self.names.canonical(match.group(0), match.start())):
                named.append((match.start(), match.end(), person))
        self.roles = _Roles(article.text, sorted(set(named)))
        self.people = _person_mentions(article, self.names, quoted or [], mentioned, self.joined, self.roles)
        self.words = _WordIndex(article.text)
        self.capitalized_inside: dict[str, bool] = {}  # `_opening_word`'s look at where a word stands, once per word
        self.bodies: dict[str, str | None] = {}
        self.apposed: dict[str, str | None] = {}  # `_apposed`'s answers, by name
        self.subject_bodies = _body_subjects(article, quoted or [], mentioned)
        self.written_bodies = frozenset(m.surface for m in mentioned if m.kind == "organization")  # "Arsenal", "Stockport":
        # bodies the article writes as bodies (`mentions._acting_bodies`) though no list knows their names
        self.sources: list[tuple[int, str, str]] = []  # bodies, outlets and documents that spoke, in text order
        self.voiced: list[tuple[int, str, str]] = []  # the entries of `people` that are a quote's speaker, in text order

    def pronoun(self, lowered: str, position: int, spoken_of: str = "") -> tuple[str | None, str | None]:
        """He, she or they: the last person the text was about before `position`; "they" after an
        unnamed group or an organization that spoke ("Proponents have urged ..., although they say";
        "The Conservatives say ... They say") is that group or organization. A person the quotation
        `spoken_of` names is someone it speaks of, not its speaker ('"I feel for Ann Lee," he said')."""
        wrong = {"he": "female", "she": "male", "him": "female", "her": "male"}.get(lowered)
        plural = lowered in ("they", "them", "their")
        kinds = ("person", "group", "organization", "officials") if lowered in ("they", "them", "their") else ("person", "official", "office")
        earlier = bisect.bisect_left(self.people, position, key=lambda entry: entry[0])  # people are in text order
        def fits(entry: tuple[int, str, str], strict: bool) -> bool:
            first = entry[1].split()[0] if entry[1] else ""
            return entry[2] in kinds and (wrong is None or not first or (given_name if strict else certain_gender)(first) != wrong) \
                and not (entry[2] == "person" and entry[1] and _names_in_third_person(entry[1], spoken_of))

        def before() -> Iterator[tuple[int, str, str]]:  # the people the text was about, nearest first
            return map(self.people.__getitem__, range(earlier - 1, -1, -1))

        last = next((entry for entry in before() if fits(entry, False)), None)
        spoken = bisect.bisect_left(self.voiced, position, key=lambda entry: entry[0])
        voiced = self.voiced[spoken - 1] if spoken else None  # the last quote's speaker
        if last is not None and wrong is not None and not fits(last, True) and not (voiced and voiced[1] == last[1]):
            # a name given mostly to the other sex ("Bernie", "Mary", "Terry") that did not speak
            # last: the one the pronoun plainly fits in this sentence or the one before, else that
            # name after all ('said widow Terry Strada. She added': Terry Strada)
            floor = _sentence_of(self.article, position) - 1
            nearby = itertools.takewhile(lambda entry: _sentence_of(self.article, entry[0]) >= floor, before())  # text order: none fits past the floor
            last = next((entry for entry in nearby if entry[0] < last[0] and fits(entry, True)), last)
        if lowered in ("they", "them", "their") and (body := self._body_before(position, ("organization", "outlet"))) and (
                last is None or body[0] > last[0] or body[1] == last[1]):  # (the same name read as a person's and shown a body's)
            return body[1], body[2]  # "The Conservatives held a rally. They said ...": the party
        if last is None:
            if wrong is not None and self.last_kind == "person" and self.last and certain_gender(self.last.split()[0]) == wrong:
                return None, "unnamed"  # "John Smith ... She said", no one else named: someone the text does not name
            return self.last, self.last_kind
        if last[2] in ("official", "officials"):  # "A Home Office spokeswoman said ... She added": the same unnamed official
            return last[1], UNNAMED_OFFICIAL
        if last[2] == "office":  # "The Archbishop of Barset wrote ... He said": the office's holder, or the office
            return self._office_holder(last[1], last[0])
        if last[2] != "person":  # "The Conservatives say ... They say": the party
            return (last[1] or None), last[2]
        if plural and (together := self._people_before(earlier, position)) is not None:
            return together, "people"  # "Grassley and Durbin wrote ... They said": both, not the last one named
        if plural:
            sentence = self.article.sentences[_sentence_of(self.article, position)]
            closing = _CLOSING_SPEAKER.search(self.text, position, sentence.end)
            if closing and (person := self.names.canonical(closing.group("name"), position)):
                return person, "person"  # 'They want to "...," Ann Lee said': the quotation's own speaker
            return None, "group"  # "Ann Lee said ... They say": people the text does not name, not Ann Lee
        return (last[1] or None), ("person" if last[1] else "unnamed")

    def _office_holder(self, office: str, position: int) -> tuple[str | None, str | None]:
        """The person the article gives an office a sentence opened on ("the Foreign Secretary" ->
        the Jack Straw it names so), else the office itself as an unnamed official ("Archbishop of
        Barset"), never another person."""
        person = _office_named(office, self.roles, self.names, position)
        return (person, "person") if person else (" ".join(office.split()[1:]), UNNAMED_OFFICIAL)

    def subject_before(self, position: int) -> tuple[str | None, str | None]:
        """The person a sentence is about before `position` in it (a dateline's sentence: "TALLAHASSEE
        — Rep. Ann Lee on Friday ... while praising"), else no one."""
        earlier = bisect.bisect_left(self.people, position, key=lambda entry: entry[0])
        sentence = _sentence_of(self.article, position)
        last = next((e for e in map(self.people.__getitem__, range(earlier - 1, -1, -1)) if e[2] == "person"), None)
        if last is None or not last[1] or _sentence_of(self.article, last[0]) != sentence:
            return None, "unnamed"
        return last[1], "person"

    def together(self, source: tuple[int, int], after_cue: bool = False) -> _Listed | None:
        """The named people a source lists ("Sens. Chuck Grassley and Dick Durbin"), when it opens
        with them (after title words at most); a source after its cue may hold only the first of
        them ("said Richard Alba and Nancy Foner")."""
        first = next((self.joined[at] for at in range(source[0], min(source[1], source[0] + 40)) if at in self.joined), None)
        if first is None or first.end > source[1] and not (after_cue and first.start >= source[0]):
            return None
        if first.start < source[0]:  # the source is the list's last name: the list must open its sentence
            opens = self.article.sentences[_sentence_of(self.article, first.start)].start
            return first if _TITLE_WORDS.fullmatch(self.text, opens, first.start) else None
        if not _TITLE_WORDS.fullmatch(self.text, source[0], first.start):
            return None  # "the lawyers for Grassley and Durbin": someone else
        return first

    def spoke(self, position: int, speaker: str | None, kind: str | None) -> None:
        """A quote's speaker is what the text is about from its source on; named people who speak
        together are each about it too ("Charles and Camilla said ... She added": Camilla)."""
        bisect.insort(self.people, (position, speaker or "", kind or ""))
        bisect.insort(self.voiced, (position, speaker or "", kind or ""))
        for member in self.members.get(speaker or "", ()) if kind == "people" else ():
            bisect.insort(self.people, (position, member, "person"))

    def said(self, position: int, speaker: str | None, kind: str | None) -> None:
        """A body, an outlet or a document that spoke is what a later "it" may stand for; any other
        source that is no person ("Downing Street", "the section on murder", a group) stands between."""
        if kind not in ("person", "people", UNNAMED_OFFICIAL):
            bisect.insort(self.sources, (position, speaker or "", kind or "thing"))

    def _body_before(self, position: int, kinds: tuple[str, ...]) -> tuple[int, str, str] | None:
        """The last body (of `kinds`) before `position` that spoke or opened a sentence, in the
        sentence holding `position` or the BODY_LOOKBACK before it: what "it" stands for ("The
        TUC said ... It said"; "Acme Corp reported a loss. It said"), and "they" when no person,
        group or body that spoke came after it."""
        floor = _sentence_of(self.article, position) - BODY_LOOKBACK
        found = [entries[at - 1] for entries in (self.subject_bodies, self.sources)  # a subject first: max keeps the first of a tie
                 if (at := bisect.bisect_left(entries, position, key=lambda entry: entry[0]))]
        best = max(found, default=None, key=lambda entry: entry[0])  # the latest source or subject that is no person
        if best is None or best[2] not in kinds or not best[1] or _sentence_of(self.article, best[0]) < floor:
            return None
        if "document" not in kinds and any(  # "they" after "The AP interviewed 20 crew members": the members
                _plural_noun(w) or _group_noun(w) for w in re.findall(r"\b[a-z][\w-]*\b", self.text[best[0] : position])):
            return None
        return best

    def _people_before(self, earlier: int, position: int) -> str | None:
        """Named people the text joined as one subject ("Chuck Grassley and Dick Durbin") in the
        sentence holding `position` or the two before it: what "they" stands for when no group or
        body came after them (`earlier`: where `position` falls in `self.people`)."""
        floor = _sentence_of(self.article, position) - PEOPLE_LOOKBACK
        for entry in map(self.people.__getitem__, range(earlier - 1, -1, -1)):
            if _sentence_of(self.article, entry[0]) < floor:
                return None
            if entry[2] == "people":
                return entry[1]
        return None

    def resolve(self, written: str, position: int, spoken_of: str = "") -> tuple[str | None, str | None]:
        """(canonical speaker, kind) for the head of a source as written (`spoken_of`: the
        quotation it speaks, whose named people a pronoun does not stand for)."""
        written = re.sub(r"['’]s$", "", written.strip())
        if _CONTRACTED_PRONOUN.fullmatch(written):
            written = re.split(r"['’]", written)[0]  # "We’ve asked", "You’ll want", "They’ll continue": the pronoun, no name
        lowered = written.lower()
        words = lowered.split()
        if words and words[0] in ("his", "her", "their") and (len(words) == 1 or words[1] in vp.STATEMENT_WORDS):
            lowered = {"his": "he", "her": "she", "their": "they"}[words[0]]  # "His message was:": whose it is
        if lowered in _PRONOUNS:
            return self.pronoun(lowered, position, spoken_of)
        if lowered == "it" and not _EXPLETIVE_AFTER.match(self.text, position + len(written)) and (
                body := self._body_before(position, ("organization", "outlet", "document"))):
            return body[1], body[2]  # "Acme Corp reported a loss. It said ...": the body the sentences before are about
        if lowered in _NOT_SPEAKERS or not written:
            return None, "unnamed"  # "It says ...": a body or report the sentence does not name
        written = re.sub(r"^\d{1,3}-year-old\s+(?=[A-Z])", "", written)  # "81-year-old Parker Eaton": the person
        if re.fullmatch(r"[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2}", written) and (letters := classify(written)) in (None, "organization"):
            titled = " ".join(w.capitalize() for w in written.split())  # "POLITICO reported", "FALLIN: I think": shouted
            if letters is None and classify(titled) in ("outlet", "organization"):
                return self._remember(titled, classify(titled))
            if (person := self.names.canonical(titled, position)) and " " in person and classify(person) == "person":
                return self._remember(person, "person")
            from .syntax import _tagger

            if letters is None and all(w.lower() in _tagger().lexicon for w in written.split()):
                return None, "unnamed"  # "CORRECTION:", "WARNING:": a heading's word, no one
        if not re.match(r"[^\W\d_]", written):
            if (ending := _ending_person(written)) is not None:
                person = self.names.canonical(ending, position)  # "9/11 widow Ann Strada", "2016 candidate Ann Lee": the person
                return self._remember(person if person and " " in person else ending, "person")
            return None, "group"  # "70% said", "those aged 18 to 34 said": a share of those asked
        if len(words) == 1 and (words[0] in vp.GROUPS | {"opponents", "groups"}
                                or words[0].endswith("s") and words[0][:-1] in vp.PERSON_ROLES):
            return None, "group"  # "Ministers", "Campaigners", "Critics" open the sentence
        if len(words) == 1 and words[0] in _ADVERBS | _DAYS | _COMMON_OPENERS:
            return None, "unnamed"  # "Former", "Fears had been expressed": no name at all
        if _FUNCTION_OPENERS.match(words[0]):
            return None, "unnamed"  # "Or so", "Let", "I'd": a clause's first word, no name
        if _opening_phrase(words):
            return None, "unnamed"  # "Despite being told ...", "In August, ... saying": the sentence's opening, no name
        written = _TRAILING_ADVERB.sub("", written)
        while len(written.split()) > 1 and written.split()[-1] in _ADVERBS and written.split()[-2][:1].isupper():
            written = written.rsplit(None, 1)[0]  # "Mr Hockney meanwhile", "Henry afterwards": the name before the adverb
        if (suffixed := _POST_NOMINAL.search(written)) and words[0] not in vp.DETERMINERS and _name_shaped(
                " ".join(written[: suffixed.start()].split()[-2:])):
            written = written[: suffixed.start()]  # "Former welfare minister Frank Field MP": the name before its letters
        words = written.lower().split()
        if _MEDIA.fullmatch(written):
            return self._remember(written[0].upper() + written[1:], "collective")
        if (partitive := _PARTITIVE.fullmatch(written)) is not None:  # "One of his aides", "Some of the protesters": never a body "One"
            return None, "unnamed" if partitive.group("some").lower() in _ONE_OF else "group"
        if words[0] in vp.DETERMINERS or written[:1].islower() or re.search(r"\w['’]s\s", written):
            return self._phrase(written, position)
        if len(words) > 1 and words[-1] in _OFFICIALS and (body := self._body(" ".join(written.split()[:-1]))):
            bisect.insort(self.people, (position, body, "officials"))  # "They added" goes on with them
            return body, UNNAMED_OFFICIAL  # "UKIP officials", "US officials": unnamed people of a named body
        if words[-1] in vp.GROUPS or re.fullmatch(vp.COLLECTIVE, written):
            return None, "group"
        if _group_phrase(written):
            return None, "group"  # "Business groups", "Opposition parties", "Civil liberties campaigners"
        written = re.sub(r"\s*\([A-Z]{2,6}\)$", "", written)
        placed = False
        if of := re.match(r"(.+?)\s+(?P<prep>of|at|from|for)\s+(?P<the>the\s+)?(?P<what>[A-Z][\w.'’ -]*)$", written):
            if of.group("prep") == "for" and not (_name_shaped(of.group(1)) and _named(of.group(1)) or _titled(of.group(1))):
                pass  # "The Department for Work and Pensions", "A spokesman for Acme": no person before "for"
            elif (_named(of.group(1)) or _titled(of.group(1))) and (of.group("prep") == "of" or classify(written) != "person"):
                written = of.group(1)  # "Sen. Ben Cardin of Maryland", "Hannah Ward of the Refugee Council": the person
            elif not of.group("the") and _name_shaped(of.group(1)) and classify(of.group("what")) == "place":
                written, placed = of.group(1), True  # "Tirunesh Dibaba of Ethiopia": a person from a place
        kind = ("organization" if written in self.written_bodies else None) or classify(written) or classify(re.sub(r"^The\s+", "", written))
        if kind in ("outlet", "organization"):
            return self._remember(_clean_org(written), kind)
        if kind == "place":
            return self._remember(_clean_org(written), "organization")  # "Beijing said": its government
        if named_document(re.sub(r"^The\s+", "", written)):
            return self._remember(written, "document")  # "the Barker Review said": a named report
        if (len(words) > 1 and words[-1] in vp.DOCUMENTS and written.split()[-1].islower() and not person_in(written)
                and not any(w in _PHRASE_BREAKS or w in ("and", "who", "familiar") for w in words)):
            return self._remember(written, "document")  # "Government figures suggest", "Treasury data show"
        if (body := self._apposed(written)) is not None:
            return self._remember(_clean_org(written), body)  # "The company that runs the AMAs, Dick Clark Productions,"
        person = self.names.canonical(person_in(written) or written, position)
        if person and " " in person and self.names._strip(written) == person.split()[-1]:
            person = self._namesake(person, written, position)
        if len(words) == 1 and person in (None, written) and _plural_noun(lowered):
            return None, "group"  # "Traders cited ...", "Analysts said": people the text does not name
        if len(words) == 1 and person in (None, written) and self._opening_word(written, position):
            return None, "unnamed"  # "Word got out that ...", "Current fears ...": a common word, no name
        if (person is None or " " not in person) and (body := self._described(written)):
            return self._remember(_clean_org(written), body)  # "his new party, Veritas": "Veritas said"
        if person is None:
            if written.split()[-1] in gazetteers()["org_suffixes"] or words[-1] in vp.ORGANIZATION_WORDS or (
                    self.names.titled_thing(written) and written.split()[-1] not in self.names.office_words):
                return self._remember(_clean_org(written), "organization")
            if words[-1] in vp.UNNAMED_ROLES:
                return self._role(written, words, position)
            if placed:
                return self._remember(written, "person")
            if (titled := _ROLE_THEN_NAME.fullmatch(written)) and _role_end(titled.group("role")):
                return self._remember(titled.group("name"), "person")  # "South Korean President Park Geun-hye"
            if (described := _NOUN_THEN_NAME.fullmatch(written)) and _description(written[: described.start("name")]):
                noun, name = described.group("noun"), described.group("name")
                if noun in _BODY_NOUNS and classify(name) not in ("person", "place"):
                    return self._remember(_clean_org(name), _BODY_NOUNS[noun])  # "Civil rights group Liberty", "UK airport operator BAA"
                if noun not in _BODY_NOUNS and (_name_shaped(name) or " " not in name and (
                        noun in vp.EPITHET_ROLES or noun in vp.PERSON_ROLES or _AGE_NOUN.fullmatch(noun)) and classify(name) is None):
                    person = self.names.canonical(name, position)  # "British triple jumper Ashia Hansen", "Barcelona star Ronaldinho"
                    return self._remember(person if person and " " in person else name, "person")
            return written, None
        return self._remember(person, "person")

    def _namesake(self, person: str, written: str, position: int) -> str:
        """"Mrs Walton"/"Ms Walton" is never the man of that surname the text named last, nor
        "Mr Walton" the woman: the last one named before whose given name fits the honorific."""
        honorific = written.split()[0].rstrip(".") if len(written.split()) > 1 else ""
        wrong = {"Mr": "female", "Mrs": "male", "Ms": "male", "Miss": "male"}.get(honorific)
        surname = person.split()[-1]
        if wrong is None and honorific == "":
            return self._lead_namesake(person, surname, position)
        if wrong is None or given_name(person.split()[0]) != wrong:
            return person
        fits = [(at, n) for at, n in self.names.surnamed(surname)
                if len(n.split()) <= 3 and given_name(n.split()[0]) not in (wrong, None)]
        before = [n for at, n in fits if at <= position]
        return (before or [n for _, n in fits] or [person])[-1]

    def _lead_namesake(self, person: str, surname: str, position: int) -> str:
        """"Walton" alone, when the text names two Waltons in full ("Bill Walton", "his wife
        Hillary Walton"): the one named in full in this sentence or the one before, else the one it
        names in full most often or, as often, first (its lead), not the one it named last."""
        title = self.article.headline  # a headline's capitals run into names ("Fuming Walton Hits Out")
        named = [(at, n) for at, n in self.names.surnamed(surname)
                 if len(n.split()) <= 3 and given_name(n.split()[0])
                 and not (title is not None and title.start <= at < title.end)]
        counts = Counter(n for _, n in named)
        if len(counts) < 2 or person not in counts:
            return person
        sentence = _sentence_of(self.article, position)
        if any(n == person and at <= position and _sentence_of(self.article, at) >= sentence - 1 for at, n in named):
            return person
        first = {n: at for at, n in reversed(named)}
        return min(counts, key=lambda n: (-counts[n], first[n]))

    def _opening_word(self, word: str, position: int) -> bool:
        """A common English word (the tagger's lexicon gives its lower case a tag, as "word",
        "current", "every", "start") that the article writes with a capital only where a sentence,
        a line or a quotation opens, or in its headline: no name ("Word got out that", "Current
        fears about", "Start small and recognize"). A name the lexicon knows as a word ("Apple",
        "Brown") is written so inside a sentence too; a noun is taken for a name even where it only
        opens sentences unless a word in lower case other than a verb of saying follows it ("Word
        got out", "Propaganda efforts", not "Apple said", "Bell (who ...) said")."""
        from .syntax import _tagger

        tag = str(_tagger().lexicon.get(word.lower(), "NNP"))
        if not re.fullmatch(r"[A-Z][a-z]+", word) or tag.startswith("NNP"):
            return False
        after = re.match(r"\s+([a-z]+)\b", self.text[position + len(word) : position + len(word) + 30])
        if word.lower() not in _INDEFINITE_PRONOUNS and (
            tag.startswith("NN") and (after is None or _saying_form(after.group(1)))
            or tag in ("JJ", "VB", "VBP", "MD") and after is not None and after.group(1) in _NAME_GOES_ON | _SAID
        ):
            return False  # "Apple said", "Bell (who has 25 delegates) said", "Brown has warned", "Young said": a noun before a
            # verb of saying, or an adjective or verb before an auxiliary too, may be a name ("Research has shown" is none)
        if word not in self.capitalized_inside:
            title = self.article.headline
            self.capitalized_inside[word] = any(  # "... in the Apple store", "said Brown": a name inside a sentence
                (before := self.text[max(0, at - 12) : at].rstrip(" \t")[-1:]) and (before.isalnum() or before in ",;-–—(&/")
                for at in self.words.of(word) if title is None or not title.start <= at < title.end)
        return not self.capitalized_inside[word]

    def _described(self, name: str) -> str | None:
        """`described_as` for this article, once per name and only near where the name occurs."""
        if name not in self.bodies:
            at = self.words.of(name)
            self.bodies[name] = described_as(self.text, name, at) or body_signs(self.text, name, at)
        return self.bodies[name]

    def _apposed(self, name: str) -> str | None:
        """`apposed_body` for this article, once per name."""
        if name not in self.apposed:
            self.apposed[name] = apposed_body(self.text, name, self.words.of(name))
        return self.apposed[name]

    def _phrase(self, written: str, position: int) -> tuple[str | None, str | None]:
        """A noun phrase ("the report", "a spokeswoman for Human Rights Watch", "aides", "the
        Russian president", "Mr Blair's official spokesman") by its head noun."""
        if (owned := _OWNED_NAME.fullmatch(written)) and not _named(owned.group("owner")) and not _plural_noun(
                owned.group("name").split()[-1].lower()) and not named_document(owned.group("name")) and (
                _named(name := owned.group("name")) or _titled(name) or _name_shaped(name)):
            person = self.names.canonical(person_in(name) or name, position)  # "The Fabian Society's Sundar Katwala"
            return self._remember(person if person and " " in person else self.names._strip(name), "person")
        if (ending := _ending_person(written)) is not None:
            person = self.names.canonical(ending, position)  # "fertility expert Lord Winston", "the Lord Chancellor Lord Falconer"
            return self._remember(person if person and " " in person else self.names._strip(ending), "person")
        words = written.split()
        if words[0].lower() in _INDEFINITE and len(words) > 1 and (indefinite := self._indefinite(words, position)) is not None:
            return indefinite
        if len(words) > 2 and words[0].lower() in vp.DETERMINERS and not re.search(r"['’]s\s", written) and (
                words[-1] in vp.UNNAMED_ROLES or re.match(r"\S+\s+(?:\S+\s+)?(?:spokes\w+|official|source|representative)\s+(?:for|at|from|of)\s", written)):
            return self._role(written, [w.lower() for w in words], position)  # "A Department for Work and Pensions spokeswoman", "a spokeswoman for the Electoral Commission"
        if (named := _TRAILING_NAME.search(written)) and named.start() > 0:
            name = named.group(0)  # "the independent investigative outlet The Insider": the name it ends with
            kind = classify(name) or classify(re.sub(r"^The\s+", "", name))
            if kind in ("outlet", "organization"):
                return self._remember(_clean_org(name), kind)
            if kind == "person" and (person := self.names.canonical(person_in(name) or name, position)):
                return self._remember(person, "person")
            bare = self.names._strip(name)
            if kind is None and not re.search(r"\s(?:of|for|and|de)\s", name) and (_named(bare) or _name_shaped(bare)) and (
                    bare != name or _role_end(written[: named.start()].strip())):
                person = self.names.canonical(bare, position)  # "former shadow attorney general Bill Cash"
                return self._remember(person if person and " " in person else bare, "person")
            if kind is None and (inner := person_in(name)) is not None and name.endswith(inner) and _party_or_office(name[: -len(inner)]) \
                    and not _OBJECT_BEFORE.search(written[: named.start()]):
                person = self.names.canonical(inner, position)  # "fellow Tory Ann Lee", "backbench Labour MP Ann Lee": the person last
                return self._remember(person if person and " " in person else inner, "person")
        words = written.split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _PHRASE_BREAKS), len(words))
        head = re.sub(r"['’]s?$", "", words[cut - 1]).lower()
        if (named := _NAME_WITH_OF.fullmatch(written)) and not re.search(r"['’]s?\b", named.group("name")) and not (
                head in _OFFICES and words[0].lower() in ("the", "this", "that")):  # "the Tory MP for Sleaford": a role
            return self._remember(_clean_org(named.group("name")), classify(named.group("name")) or "organization")
        bare = re.sub(r"^(?:[Tt]he)\s+", "", " ".join(words[:cut]))
        if bare[:1].isupper() and (kind := classify(bare)) in ("outlet", "organization"):
            return self._remember(_clean_org(bare), kind)  # "The Harbor Gazette", "the Financial Times"
        if _role_head(head) and head not in vp.UNNAMED_ROLES and words[0].lower() in ("the", "this", "that"):
            place = _ROLE_PLACE.match(" " + " ".join(words[cut:])) if cut < len(words) else None  # "the Labour MP for Birkenhead"
            person, others = self.roles.find(" ".join([*words[1:cut - 1], *(place.group("place").split() if place else ()), words[cut - 1]]), position)
            if person:
                return self._remember(person, "person")  # "the prime minister": whom the article calls so
            earlier = bisect.bisect_left(self.people, position, key=lambda entry: entry[0])
            before = next((self.people[i] for i in range(earlier - 1, -1, -1) if self.people[i][1] and self.people[i][2] == "person"), None)
            if cut < len(words) and words[cut].lower() in ("of", "for") and head in _OFFICE_HEADS and place is None and not others and not (
                    {w.lower() for w in words} & _DESCRIBING_WORDS):
                return " ".join(words[1:]), UNNAMED_OFFICIAL  # "The head of the teachers' union warned": that office's holder, no one named before
            if before and before[1] not in others and not self.roles.holds_other(before[1], " ".join(words[:cut])) and (
                    head in vp.PERSON_ROLES or head in vp.EPITHET_ROLES):
                return before[1], "person"  # "the senator told reporters": the person the article is about
            return None, "unnamed"  # "the foreign secretary" after "shadow foreign secretary Ann Lee": not her
        person = self.names.role(" ".join(words[:cut]))
        if person and head not in vp.DOCUMENTS and head not in vp.UNNAMED_ROLES and head not in vp.GROUPS:
            return self._remember(person, "person")
        if head in vp.DOCUMENTS or head in vp.BROADCASTS:
            kind = "document" if head in vp.DOCUMENTS else "outlet"
            return self._remember(_clean_org(written), kind)
        if head in vp.UNNAMED_ROLES:
            return self._role(written, [w.lower() for w in words], position)
        if head in vp.GROUPS or head.endswith("s") and head[:-1] in vp.PERSON_ROLES or _group_phrase(written):
            return None, "group"
        epithet = cut == 2 and _epithet(words[1]) or (  # "the Wisconsin Republican": a party's member from a state
            words[0].lower() == "the" and 3 <= cut <= 4 and words[cut - 1] in _PARTY_MEMBERS and all(w[:1].isupper() for w in words[1 : cut - 1])) or (
            words[0].lower() == "the" and _ranked(words[:cut], cut - 1))  # "the number eight", "the Czech world number 12": a player named before
        if not epithet and (head in vp.ORGANIZATION_WORDS or words[cut - 1][:1].isupper()):
            return self._remember(_clean_org(" ".join(words[:cut])), "organization")
        if (head in vp.PERSON_ROLES or head in vp.EPITHET_ROLES or epithet) and words[0].lower() in ("the", "this", "that"):
            earlier = bisect.bisect_left(self.people, position, key=lambda entry: entry[0])
            before = next((self.people[i] for i in range(earlier - 1, -1, -1) if self.people[i][1] and self.people[i][2] == "person"), None)
            if before:  # "the senator told reporters": the person the article is about
                return before[1], "person"
        if words[0].lower() == "the" and cut >= 3 and head in vp.DESCRIBED_PERSONS and not _role_head(head):
            return self._person_described(position, words[:cut])  # "The 22-cap Dragons man says": the person the passage is about
        return None, "unnamed"  # "a former diplomat": someone the article does not name

    def _person_described(self, position: int, words: Sequence[str]) -> tuple[str | None, str]:
        """The person a description with modifiers stands for ("the billionaire businessman", "The
        22-cap Dragons man"): the last person who spoke or opened a sentence before it, past those
        the article gives a role ("Coach Ann Lee" is no "Dragons man"), those of the other sex by a
        given name the lexicon gives one sex only, a headline read as a name, and, for a description
        with a party's word, those the article never sets beside that party ("the GOP nominee" is
        "Republican Ann Lee"); within the last four such people, and no one when the sentence before
        opens with a name the list missed ("Rubio says ..."). No one
        when the description is a superlative or ordinal one ("the last man to"), joins two ("the
        senator and candidate"), holds a word of the person's name ("the Lincoln actor" is not
        Lincoln), or when that person is named in its own sentence (a description there is another)."""
        from .syntax import _tagger

        lexicon = _tagger().lexicon
        noun = words[-1].lower()
        lowered = [w.lower() for w in words]
        if set(lowered) & _DESCRIPTION_PICKS or "and" in lowered:
            return None, "unnamed"
        sex = "male" if noun in vp.MALE_PERSONS else "female" if noun in vp.FEMALE_PERSONS else None
        party = next((p for w in words if (p := _party_word(w))), None)
        roled = {name.split()[-1] for _, role, name in self.roles.given if role[-1] not in vp.EPITHET_ROLES}  # "Lions lock" is a player's
        sentence = self.article.sentences[_sentence_of(self.article, position)] if self.article.sentences else None
        earlier = bisect.bisect_left(self.people, position, key=lambda entry: entry[0])
        seen: set[str] = set()
        opening = self.text[sentence.start : position] if sentence is not None else ""
        for i in range(earlier - 1, -1, -1):
            at, name, kind = self.people[i]
            if not name or kind != "person" or name in seen:
                continue
            seen.add(name)
            if len(seen) > 4 or sentence is not None and at >= sentence.start or set(name.split()) & set(words[1:]) or \
                    _compiled(rf"\b{re.escape(name.split()[-1])}\b").search(opening):
                break
            first = name.split()[0]
            if name.split()[-1] in roled and not party or sex and certain_gender(first) not in (None, sex) or any(
                    str(lexicon.get(w.lower(), "")).startswith("VB") for w in name.split()[1:]):
                continue  # a role's holder, the other sex, a headline read as a name ("Ann Says Taxes")
            if (index := sentence.index if sentence is not None else 0) > 0:
                before = re.sub(r"^(?:But|And|However|Meanwhile),?\s+", "", self.article.sentences[index - 1].text)
                opener = re.match(r"[A-Z][\w'’-]+", before)
                if opener and opener.group(0) not in name.split() and (party or opener.group(0) not in roled) and \
                        opener.group(0).lower() not in lexicon and not any(opener.group(0) in n.split() for n in seen):
                    break  # the sentence before opens with a name the list missed ("Rubio says ..."): it may be that one
            if party and party not in self._parties(name.split()[-1]):
                continue  # "the GOP nominee": one the article calls a Republican
            return name, "person"
        return None, "unnamed"

    def _parties(self, surname: str) -> set[str]:
        """The parties the article writes right before a person's surname ("Republican Ann Lee",
        "GOP presidential candidate Tom Ash", "Democrat Jo Bell")."""
        found = set()
        for match in _compiled(rf"\b{re.escape(surname)}\b").finditer(self.text):
            for word in self.text[max(0, match.start() - 50) : match.start()].split()[-5:]:
                if party := _party_word(word):
                    found.add(party)
        return found

    def _indefinite(self, words: list[str], position: int) -> tuple[str | None, str | None] | None:
        """An indefinite phrase (a, an, one, another) that is a named person it describes:
        adjectives and a name ("An angry Beattie": the Beattie the article names, not a body 'An
        angry Beattie'); or a body's name and a role ("A Plaid Cymru MP": an unnamed official of
        Plaid Cymru, not a body 'A Plaid Cymru'). None for any other shape, which the head-noun
        steps read."""
        from .syntax import _tagger

        lexicon = _tagger().lexicon
        rest = words[1:]
        if rest[-1][:1].isupper() and len(rest) > 1 and all(str(lexicon.get(w, "")) == "JJ" for w in rest[:-1]):
            person = self.names.canonical(rest[-1], position)  # "An angry Beattie", "A furious Rusedski"
            if person and " " in person:
                return self._remember(person, "person")
        if rest[-1].lower() in vp.PERSON_ROLES and len(rest) > 1 and classify(" ".join(rest[:-1])) != "place" and (
                body := self._body(" ".join(rest[:-1]))):
            bisect.insort(self.people, (position, body, "official"))
            return body, UNNAMED_OFFICIAL  # "A Plaid Cymru MP", "a Labour MP"
        return None

    def _body(self, written: str) -> str | None:
        """A body the words name (an organization, an outlet or a place's government: "UKIP", "the
        Home Office", "US"), else None."""
        bare = re.sub(r"^(?:[Tt]he)\s+", "", written)
        if not bare[:1].isupper() or _named(bare) or _titled(bare):
            return None
        return _clean_org(bare) if classify(bare) in ("organization", "outlet", "place") else None

    def _role(self, written: str, words: list[str], position: int) -> tuple[str | None, str | None]:
        """A spokesperson, source or official speaks for the organization the phrase names
        ("a spokeswoman for Human Rights Watch", "A Department for Education source"), else for no one."""
        org = _ORG_IN.search(written)
        if org and not re.search(r"['’]s\b", org.group(0)) and not _named(org.group(0)) and not (
                org.group(0).split()[0].rstrip(".") in gazetteers()["honorifics"]):
            name = _clean_org(org.group(0))
            bisect.insort(self.people, (position, name, "official"))  # "She added" goes on with the same official
            return name, UNNAMED_OFFICIAL  # the body is the affiliation of someone unnamed, not the speaker as a person
        return None, "unnamed"  # "a spokesman for Mr Lee", as "Mr Lee's spokesman": someone unnamed

    def _remember(self, name: str, kind: str | None) -> tuple[str, str | None]:
        if kind == "person":
            self.last, self.last_kind = name, kind
        return name, kind
