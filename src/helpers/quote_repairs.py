"""Passes that repair the attribution step's sources: a pronoun with its auxiliary, "according to the treasurer,
John Smith", "..., energy analyst Anna Petrova said", "went on radio to say", a source's edges, "X quoted Y as
saying", a demonym before a noun, and an aside between dashes before the cue."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from . import voice_patterns as vp
from . import attribution as at
from .attribution import Attribution, Tok
from .mentions import classify, gazetteers
from .models import Article
from .quotations import QuoteSpan
from .quote_cues import _holds_clause, _saying_form
from .quote_people import _CONTRACTED_PRONOUN, _covering
from .quote_sources import _LEADING, _NOT_SPEAKERS, _PRONOUNS, _SUBORDINATORS, _TIME_NOUNS
from .quote_words import (
    _DAYS,
    _MONTHS,
    _named,
    _office_words,
    _para_of,
    _people_and_body_nouns,
    _role_head,
    _sentence_of,
    _titled,
)


def _past_contractions(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A source that is a pronoun with its auxiliary ("We've called for", "they're saying"): the pronoun alone, so a
    reader sees the speaker as "We", as for "We have called for"."""
    text = article.text
    out = []
    for attribution in found:
        source = attribution.source
        if source is not None and (glued := _CONTRACTED_PRONOUN.fullmatch(text, source[0], source[1])) is not None and (
            glued.group("pronoun").lower() != "it"  # ("It's said ...": no speaker either way)
        ):
            attribution = replace(attribution, source=(source[0], glued.start("tail")))
        out.append(attribution)
    return out


# --- "According to the treasurer, John Smith, ..." -------------------------------------------------
_APPOSED_ROLE = re.compile(r"(?P<role>(?:the|its|his|her|their|our|a|an)\s+[^,;:.!?\"“”]{1,60}?),\s+(?=\S)")
"""A description set off by commas after a name ("the council's treasurer, ")."""
_APPOSED_PERSON = re.compile(r"(?P<name>[A-Z][^,;:.!?\"“”]{1,40}?(?:\.[^,;:!?\"“”]{1,30}?)?),\s+(?=\S)")
"""A name set off by commas after a description ("John Smith, ", "Sir Tom Ash, ")."""


_AGENT_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
"""A noun for someone who does something ("treasurer", "professor", "economist", "historian")."""


def _person_word(word: str) -> bool:
    """A role or a noun for a person ("chairman", "coach", "treasurer"), not a body ("the ministry")."""
    from .syntax import _tagger

    word = word.lower().strip("’'")
    if _role_head(word) or word in _office_words() or word in vp.PERSON_ROLES | vp.UNNAMED_ROLES:
        return True
    return bool(_AGENT_ENDING.fullmatch(word)) and str(_tagger().lexicon.get(word, "NN")).startswith("NN")


def _according_appositions(article: Article, found: list[Attribution]) -> list[Attribution]:
    """ "According to the treasurer, John Smith, the council will ..." stopped the source at the
    role's comma, so the person's name opened what was said; "According to Ann Lee, the council's
    treasurer, the reserves ..." put the role there. A name right after a role (or a role whose last
    word is an office or a role, after a name) closed by a second comma belongs to the source: the
    source runs to it (`_split_source` then names the person, the role their descriptor) and what was
    said starts after it. A name that is the subject of what was said ("According to the treasurer,
    John Smith will resign") has no comma after it and stays."""
    text = article.text
    out = []
    for attribution in found:
        source, content = attribution.source, attribution.content
        if source is None or not attribution.source_after or attribution.direct or not content or \
                not text[attribution.cue[0] : attribution.cue[1]].lower().startswith("according") or \
                not re.fullmatch(r",\s*", text[source[1] : content[0][0]]):
            out.append(attribution)
            continue
        written = text[source[0] : source[1]].strip()
        if _named(written) or _titled(written):
            apposed = _APPOSED_ROLE.match(text, content[0][0], content[0][1])
            fits = apposed is not None and _person_word(apposed.group("role").split()[-1]) and not (
                (other := _APPOSED_PERSON.match(text, apposed.end(), content[0][1])) and _named(other.group("name")))
            # ("According to Ann Lee, the new manager, Bob Ray, will start": the role may be the next name's)
        else:
            apposed = _APPOSED_PERSON.match(text, content[0][0], content[0][1])
            fits = apposed is not None and _person_word(written.split()[-1]) and (
                _named(apposed.group("name")) or _titled(apposed.group("name"))) and \
                _APPOSED_ROLE.match(text, apposed.end(), content[0][1]) is None
            # ("According to the spokesman, John Smith, a former MP, was arrested"; "... the historian, Queen Victoria,
            # the longest-reigning monarch, never visited": a name with a description of its own is the subject)
        if fits and apposed is not None and apposed.end() < content[0][1]:
            attribution = replace(attribution, source=(source[0], apposed.end(1)),
                                  content=((apposed.end(), content[0][1]), *content[1:]))
        out.append(attribution)
    return out


# --- "..., energy analyst Anna Petrova said." -------------------------------------------------------
_SETTING = (
    r"(?:(?:on|last|this|next)[ ]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|"
    r"afternoon|evening|weekend)|yesterday|today|tonight|earlier|later|recently|now|again"
    r"|in[ ]+(?:a|an|his|her|their|its)[ ]+(?:[a-z]+[ ]+)?(?:statement|interview|note|speech|briefing|report|letter|email|post|tweet|podcast)"
    r"|at[ ]+(?:a|an|the)[ ]+(?:[a-z]+[ ]+)?(?:conference|briefing|rally|hearing|meeting|summit)"
    r"|on[ ]+(?:twitter|facebook|television|tv|radio|social[ ]+media))"
)
_TRAILING_ROLE = re.compile(
    r"(?i:,)[ ]+(?P<role>(?:[a-z][a-z-]*[ ]+){1,4})(?P<name>(?:[A-Z][\w'’.-]*[ ]+){1,3}[A-Z][\w'’-]*)[ ]+"
    r"(?P<cue>[a-z]+)(?:[ ]+(?P<addressee>reporters|journalists|him|her|them|us))?"
    rf"(?i:(?:[ ]+{_SETTING}){{0,2}})[ ]*[.!]?$"
)
"""A paraphrase, a comma, then a lower-case role and the person's name before a reporting verb that ends the
sentence ("..., economist John Hale said on Tuesday."): the role belongs to the source. The model's source ranker
starts such a source at the name, where no comma stands before it, so it builds no attribution."""
_TRAILING_TIMED = re.compile(
    r"(?i:,)[ ]+(?P<role>)(?P<name>(?:[A-Z][\w'’.-]*[ ]+){0,3}[A-Z][\w'’-]*|(?:the|his|her|their|its)[ ]+(?:[a-z-]+[ ]+){0,2}?[a-z-]+|he|she|they|we)[ ]+"
    r"(?P<cue>[a-z]+)(?:[ ]+(?P<addressee>reporters|journalists|him|her|them|us))?"
    rf"(?i:(?:[ ]+{_SETTING}){{1,2}})[ ]*[.!]?$"
)
"""A paraphrase, a comma, then a name (or "the manager") and a reporting verb with when it was said after it
("..., Lee says now.", "..., Ann Ash admits today.", "..., the manager said again on Sunday.", "..., he said now."): the model read the
time phrase as what was said, or built nothing."""
_NOT_ROLE = frozenset(
    "since because although though if unless whereas until where whether once so yet nor lest and but or as "
    "while when after before then than that which who also said says now still just even never always often soon "
    "already again too very".split()
)


_NOUN_ENDS = ("ers", "ors", "ists", "ions", "ment", "ments")
"""Endings of a noun a reporting verb's stem also makes ("reporters", "statements"), never the verb itself."""


def _role_words(role: str) -> bool:
    """One to four lower-case content words: no function word, no verb form, no adverb."""
    return all(
        word not in at.FUNCTION_WORDS and word not in _NOT_ROLE and word not in at.AUXILIARIES
        and not word.endswith(("ed", "ing", "ly"))
        for word in role.split()
    )


def _said_clause(text: str) -> bool:
    """A clause someone could have said: a finite verb of its own, and no preposition or subordinator opening it
    ("After a long silence, the minister replied on Monday.", "When the meeting ended, ...": a setting, not words)."""
    from .syntax import _tagger

    words = text.split()
    first = words[0].lower().strip(",") if words else ""
    return bool(words) and first not in at.PREPOSITIONS and first not in _NOT_ROLE and first not in _OPENING_SETTINGS and \
        _holds_clause(text, _tagger().lexicon, finite=True)


_OPENING_SETTINGS = frozenset("moments minutes hours days weeks months years soon shortly later earlier".split())
"""Words that open a setting of time ("Moments later, ...")."""


def _speaker_shaped(name: str) -> bool:
    """A name, a pronoun, or a description of a person or body ("the manager", "his coach", "the ministry")."""
    words = name.split()
    if name in ("he", "she", "they", "we"):
        return True
    if words[0][:1].isupper():
        return words[0] not in _LEADING and words[0].lower() not in at.FUNCTION_WORDS
    return _person_word(words[-1]) or words[-1] in _people_and_body_nouns()


def _trailing_role_sources(article: Article, found: list[Attribution], spans: Sequence[QuoteSpan]) -> list[Attribution]:
    """Each sentence that ends in a comma, a role, a name and a reporting verb (perhaps with whom it told and when or
    where), with no quotation in or around it and no clause the model already gives that verb, reports its clause
    before the comma as the named person's (`_TRAILING_ROLE`)."""
    text = article.text
    lexicon = None
    added = []
    replaced: set[int] = set()
    quoted = _covering([(span.open_at, span.close_at + 1) for span in spans])
    for index, sentence in enumerate(article.sentences):
        body = text[sentence.start : sentence.end].rstrip()
        comma = body.rfind(",")
        if comma < 12 or any(mark in body for mark in '"“”‘') or body.startswith("'") or quoted(sentence.start) or quoted(sentence.end - 1):
            continue
        match = _TRAILING_ROLE.match(body, comma)
        if match is None or not _role_words(match.group("role")):
            match = _TRAILING_TIMED.match(body, comma)
            if match is None or not _speaker_shaped(match.group("name")) or not _said_clause(body[:comma]):
                continue
        verb = match.group("cue")
        if not _saying_form(verb) or verb.endswith(_NOUN_ENDS) or verb.endswith("ing"):
            continue  # "reporters", "replying": no finite verb of saying
        cue = (sentence.start + match.start("cue"), sentence.start + match.end("cue"))
        on_cue = [n for n, a in enumerate(found) if a.cue[0] <= cue[0] < a.cue[1]]
        if any(found[n].content[0][0] < cue[1] for n in on_cue):
            continue  # the model reports the clause already
        if lexicon is None:
            from .syntax import _tagger

            lexicon = _tagger().lexicon
        if any(_holds_clause(" ".join(text[a:b] for a, b in found[n].content), lexicon, finite=True) for n in on_cue):
            continue  # "..., police chief Tom Lee said on Friday that no one was hurt": what follows is what was said
        replaced.update(on_cue)  # "said on Tuesday." read as what was said
        content = (sentence.start + (len(body) - len(body.lstrip())), sentence.start + comma)
        source = (sentence.start + match.start("role"), sentence.start + match.end("name"))
        added.append(Attribution(cue, source, (content,), (), False, index))
    if not added:
        return found
    return sorted([*(a for n, a in enumerate(found) if n not in replaced), *added], key=lambda a: a.content[0][0])


_WENT_TO_SAY = re.compile(
    r"\b(?P<verb>(?:took|takes?|taking|went|goes|go|going|appear(?:s|ed|ing)?|turn(?:s|ed|ing)?|head(?:s|ed|ing)?|use[sd]?|using)"
    r"\s+(?:(?:to|on|onto|before|into|in|at)\s+)?[^,;:.!?\"“”()\[\]–—]{1,60}?)\s+to\s+(?P<say>[a-z]+)\b(?:\s+that\b)?\s*"
)
"""A verb of going, appearing or using, where or what it went to or used, then an infinitive of saying ("took to
Twitter to say that", "appeared on television to argue", "went before reporters to warn", "used his speech to call for"):
what the infinitive says is the subject's report."""


_WENT_BREAKS = frozenset("and or but for that who which while because as than".split())
"""Words that end the place or thing gone to or used before its infinitive ("went on television and chastised")."""


def _went_to_say(article: Article, found: list[Attribution], toks: list[list[Tok]]) -> list[Attribution]:
    """Each sentence where someone went, appeared or turned somewhere (or used something) to say, argue or warn
    something (`_WENT_TO_SAY`) and the model built no attribution over it reports what follows the infinitive as
    the clause subject's; the infinitive must be a reporting verb, and `_reports` still judges what it says."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    added = []
    for index, sentence in enumerate(article.sentences):
        body = text[sentence.start : sentence.end]
        for match in _WENT_TO_SAY.finditer(body):
            say, went = match.group("say"), match.group("verb").split()
            if any(word.lower() in _WENT_BREAKS or word.endswith("ing") for word in went[1:]):
                continue  # "went on television and chastised Ann Lee for refusing to ask": another clause's infinitive
            if len(went) > 2 and went[1] == "to" and str(lexicon.get(went[2].lower(), "")) == "VB":
                continue  # "is going to have to say": a future, nowhere gone
            if at.stem(say) not in at.reporting_stems() or str(lexicon.get(say, "VB")) not in ("VB", "VBP"):
                continue
            start, end = sentence.start + match.start("verb"), sentence.start + len(body.rstrip().rstrip(".!?"))
            content = (sentence.start + match.end(), end)
            if content[1] - content[0] < 3 or any(mark in text[content[0] : content[1]] for mark in '"“”') or any(
                    a.cue[0] < end and start < a.cue[1] or a.content and a.content[0][0] < end and start < a.content[-1][1]
                    for a in found):
                continue  # nothing said, a quotation the quotation rules read, or the model read the sentence already
            source = _clause_subject(toks, sentence.paragraph, start, sentence.start + match.start("say"))
            if source is not None and text[source[0] : source[1]].lower() not in _NOT_SPEAKERS:  # "It then took a tackle to deny"
                cue = (sentence.start + match.start("say"), sentence.start + match.end("say"))  # the infinitive, which `_reports` reads
                added.append(Attribution(cue, source, (content,), (), False, index))
            break
    if not added:
        return found
    return sorted([*found, *added], key=lambda a: a.content[0][0])


_POSSESSIVE = re.compile(r"\w['’]s")


def _possessive_subject(words: Sequence[Tok], first: int, at_verb: int) -> tuple[int, int] | None:
    """A sentence opening with a noun phrase that holds a possessive, right before the verb at `at_verb` ("The club's
    chairman took", "Arsenal's new chairman took"): the attribution step's subject reader reads "club's" as a verb
    (a word in -s) and stops there. A determiner or a capital opens the phrase; its other words are words of no
    other clause (no auxiliary, preposition, conjunction or punctuation), at most six."""
    phrase = words[first:at_verb]
    if not 2 <= len(phrase) <= 6 or not (phrase[0].lower in at.DETERMINERS or phrase[0].text[:1].isupper()) or \
            not any(_POSSESSIVE.fullmatch(tok.text[-3:]) for tok in phrase[:-1]) or _POSSESSIVE.fullmatch(phrase[-1].text[-3:]):
        return None
    if any(not tok.text[:1].isalpha() or tok.lower in at.AUXILIARIES or tok.lower in at.PREPOSITIONS or tok.lower in _WENT_BREAKS
           for tok in phrase[1:]):
        return None
    return first, at_verb - 1


def _clause_subject(toks: list[list[Tok]], paragraph: int, verb: int, later: int) -> tuple[int, int] | None:
    """The character span of the subject that opens the sentence right before the verb at `verb` (a pronoun, a
    name or a noun phrase, perhaps after an opening phrase), by the attribution step's own subject reader (`later`:
    a word after the verb, which that reader reads up to)."""
    words = toks[paragraph] if 0 <= paragraph < len(toks) else []
    at_verb = bisect.bisect_left(words, verb, key=lambda tok: tok.start)
    at_later = bisect.bisect_left(words, later, key=lambda tok: tok.start)
    if at_verb >= len(words) or words[at_verb].start != verb:
        return None
    first = at_verb
    while first > 0 and words[first - 1].sentence == words[at_verb].sentence:
        first -= 1
    subject = _possessive_subject(words, first, at_verb) or at._main_subject(words, first, at_later)
    if subject is not None and subject[1] >= at_verb:
        subject = (subject[0], at_verb - 1) if subject[0] < at_verb else None  # "The senator took": the reader ran on
    if subject is None or not all(
            words[k].lower.endswith("ly") or words[k].lower in _SOURCE_END_ADVERBS for k in range(subject[1] + 1, at_verb)):
        return None  # the subject stands right before its verb ("Ann Lee later took to Twitter")
    return words[subject[0]].start, words[subject[1]].end


_TOWN_BEFORE = re.compile(r"\b(?P<prep>in|at|of|from|near|outside)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s*$")
"""A town after a preposition and a comma, where a state's name or initials may follow ("in Wilmington, ")."""
_PLACED_ONE = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?!(?:of|the|a|an|in|on|at|for|to|and|or|with|by)\b)[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+$"
)
"""Whom a place phrase describes, right before its preposition: "a woman", "Stacy Baker"."""


def _past_state_sources(article: Article, found: list[Attribution], toks: list[list[Tok]]) -> list[Attribution]:
    """A source that is only the state after a town and a comma: a place's last words, never the speaker. When a
    person stands right before the place phrase ("Stacy Baker of Columbia, South Carolina says", "after a woman in
    Worcester, Massachusetts, told him"), the source is that person with the place; when the place ends an aside
    ("Trump, speaking at a rally in Wilmington, N.C., warned that"), it is the person or pronoun that opens the
    sentence (by the attribution step's own subject reader); else the attribution is left."""
    states = frozenset(gazetteers()["states"])
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        town = _TOWN_BEFORE.search(text, max(0, source[0] - 60), source[0]) if source is not None else None
        if source is None or attribution.source_after or text[source[0] : source[1]].strip(" ,") not in states or town is None:
            repaired.append(attribution)
            continue
        opens = article.sentences[_sentence_of(article, attribution.cue[0])].start
        before = _PLACED_ONE.search(text, opens, town.start("prep"))
        lead = text[max(opens, town.start("prep") - 60) : before.start("np")] if before else ""
        word_before = re.search(r"([A-Za-z]+)\W*$", lead)
        if before is not None and (word_before is None or word_before.group(1).lower() not in at.PREPOSITIONS | {"of", "into"}
                                   or word_before.group(1).lower() in _SUBORDINATORS):
            repaired.append(replace(attribution, source=(before.start("np"), source[1]), inherited=False))
            continue  # "Stacy Baker of Columbia, South Carolina": the person of the place
        paragraph = _para_of(article, attribution.cue[0])
        words = toks[paragraph] if 0 <= paragraph < len(toks) else []
        at_cue = bisect.bisect_left(words, attribution.cue[0], key=lambda tok: tok.start)
        first = at_cue
        while 0 < first <= len(words) - 1 and words[first - 1].sentence == words[at_cue].sentence:
            first -= 1
        subject = at._main_subject(words, first, at_cue) if at_cue < len(words) else None
        written = text[words[subject[0]].start : words[subject[1]].end] if subject is not None else ""
        if subject is None or words[subject[1]].end > source[0] or not (
                _named(written) or written.lower() in _PRONOUNS or re.fullmatch(r"[A-Z][a-z][\w'’-]+", written)
                and written.lower() not in at.FUNCTION_WORDS | at.DETERMINERS and classify(written) != "place"):
            repaired.append(attribution)  # only a person named or a pronoun opens the sentence as the one who spoke
            continue
        repaired.append(replace(attribution, source=(words[subject[0]].start, words[subject[1]].end), inherited=False))
    return repaired


_BARE_PARTICLES = frozenset("for to of about on in with at by from up out over into upon".split())
"""A word that alone says nothing: the cue's own preposition or particle ("said it" and "said so" stay: a pronoun stands
for what was said)."""


def _says_something(article: Article, attribution: Attribution) -> bool:
    """A paraphrase whose content is one preposition or particle reports nothing: "That's what we're calling
    for." reported 'for' (the clause fronted as "what" is the thing said, left to the sentence before); a quotation
    always counts."""
    if attribution.direct or attribution.quotations:
        return True
    words = [w.lower() for start, end in attribution.content for w in re.findall(r"[\w'’-]+", article.text[start:end])]
    return not (len(words) <= 1 and (not words or words[0] in _BARE_PARTICLES))


# --- a source's edges after the attribution step --------------------------------------------------
_DEGREE_WORDS = frozenset("almost very so quite rather too fairly pretty most more less".split())
"""Words that grade an adverb in -ly ("almost universally", "very aptly")."""
_PASSIVE = frozenset("is are was were be been being".split())


def _manner_adverb(tok: Tok) -> bool:
    """A lower-case adverb in -ly ("finally", "continually", "genuinely"): the tagger's lexicon
    calls it an adverb, or does not know it."""
    word = tok.text
    if not (word.islower() and word.endswith("ly") and len(word) > 4):
        return False
    from .syntax import _tagger

    return str(_tagger().lexicon.get(word, "RB")).startswith("RB")


_SOURCE_END_ADVERBS = frozenset("now further also then still again already too even".split())
"""Plain adverbs of time or addition that stand between a source and its cue ("Officials now say",
"it further wrote", "Clinton now says"): no word of the source."""


def _past_adverbs(toks: Sequence[Tok], start: int, end: int, cue: int, weights: dict[str, float]) -> tuple[int, int] | None:
    """A source that ends in an adverb in -ly standing between its subject and the cue ("Michael
    Howard has finally revealed" read 'finally', "Mr Brown allegedly said" 'Mr Brown allegedly',
    "World leaders almost universally expressed" 'almost'), or in a plain adverb of time or
    addition after its first word ("Officials now", "it further": `_SOURCE_END_ADVERBS`): the subject before the adverb, its
    start found by the attribution model's ranker when the adverb was all the source held."""
    k = end
    while k >= start and (_manner_adverb(toks[k]) or toks[k].text in _SOURCE_END_ADVERBS and k > start and toks[k - 1].lower not in ("but", "and", "or") and not _manner_adverb(toks[cue])
                          or toks[k].lower in _DEGREE_WORDS and k + 1 <= cue and _manner_adverb(toks[k + 1])):
        k -= 1
    if k == end:
        return start, end
    last = at.source_before_end(toks, k + 1)
    if last < 0:
        return None
    if start > last:
        first = at.best_source_start(toks, last, cue, weights)
        if first is None:
            return None
        start = first
    return at._trim_source(toks, (start, last))


_TIME_PHRASE_NOUNS = _TIME_NOUNS | _MONTHS | _DAYS | frozenset(
    "past weeks months years days weekends nights decade decades century time times occasion occasions meantime interim".split()
)
"""Nouns that end a phrase of time ("in the past", "over recent weeks", "for the past decade")."""
_TIME_PHRASE_WORDS = frozenset(
    "the a an this that these those last past recent previous several many few same early earlier late later following each some "
    "two three four five six seven eight nine ten twelve".split()
)
"""Words that may stand between the preposition and the noun of a phrase of time."""
_TIME_PREPOSITIONS = frozenset("in on at over during throughout for".split())


def _past_time_phrase(toks: Sequence[Tok], start: int, end: int, cue: int, weights: dict[str, float]) -> tuple[int, int]:
    """A source that ends in a phrase of time standing in a preposition between the subject and
    the cue ("China has in the past said": 'the past'; "Officials have over recent weeks warned":
    'Officials have over recent weeks'): the subject before the preposition (its start found by
    the attribution model's ranker when the phrase was all the source held; "Norland in 2019 said"
    ends in a year). Kept as it is when no subject stands before the preposition in the sentence,
    a participle's aside does ("The minister, speaking at the weekend, said") or a verb does (the
    phrase is that verb's), and for a capitalized noun that is no month or day ("in The Times")."""
    from .syntax import _tagger

    word = toks[end]
    year = re.fullmatch(r"(?:19|20)\d\d", word.text) is not None  # "Norland in 2019 said"
    if not year and (word.lower not in _TIME_PHRASE_NOUNS or word.text[:1].isupper() and word.lower not in _MONTHS | _DAYS):
        return start, end  # "An article in The Times said": a paper's name, no phrase of time
    k = end - 1
    while k >= 0 and not year and (toks[k].lower in _TIME_PHRASE_WORDS or toks[k].text.isdigit()):
        k -= 1
    if k < 0 or toks[k].lower not in _TIME_PREPOSITIONS or _participle_aside(toks, min(start, k), k):
        return start, end
    last = at.source_before_end(toks, k)
    if last < 0 or toks[last].text[:1].islower() and str(_tagger().lexicon.get(toks[last].lower, "")).startswith("VB"):
        return start, end  # "a poll released in late August", "the tour, which begins in January": the phrase is the verb's
    run = last
    while run > start and toks[run - 1].text[:1].isupper():
        run -= 1
    if run > start and toks[last].text[:1].isupper() and toks[run - 1].lower == "of":
        return start, end  # "Critics of Ann Lee at the time said": the critics, not the name after "of"
    first = start if k > start else at.best_source_start(toks, last, cue, weights)
    if first is None or first > last:
        return start, end
    trimmed = at._trim_source(toks, (first, last))
    return trimmed if trimmed is not None else (start, end)


def _participle_aside(toks: Sequence[Tok], start: int, k: int) -> bool:
    """An aside opened by a participle after a comma, or a relative clause, between `start` and the
    preposition at `k` ("The minister, speaking at the weekend,"; "Mr Ash, who will unveil his plans
    on Monday,"): the phrase of time is that clause's."""
    if any(toks[i].lower in ("who", "which", "whom", "whose", "that") for i in range(start, k)):
        return True
    commas = [i for i in range(start, k) if toks[i].text == ","]
    return bool(commas) and commas[-1] + 1 < k and toks[commas[-1] + 1].lower.endswith("ing")


def _past_own_verb(toks: Sequence[Tok], start: int, end: int) -> int:
    """A source's end without the verb of its own clause that closes it, when the cue is a
    particle, an adjective or a noun that verb governs ("Labour hit [back]", "Mr Kilroy-Silk was
    heard [saying]", "he remains [optimistic]"): the subject is the source. The verb must be a
    past or third-person form by the tagger's lexicon (a base form may be a noun: "the prop", "a
    call"), a participle only after "is", "was", ... ("those polled" and "the documents released"
    are noun phrases), after a name, a noun or a pronoun, in a source with no comma or clause word
    ("the man, who later disappeared")."""
    if end - start < 1 or not toks[end].text.islower():
        return end
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    tag = str(lexicon.get(toks[end].lower, ""))
    k = end - 1
    if tag == "VBN" and toks[k].lower in _PASSIVE:
        k -= 1
    elif tag not in ("VBD", "VBZ"):
        return end
    if k < start or any(toks[i].lower in at.BOUNDARY_WORDS or toks[i].text == "," for i in range(start, k + 1)):
        return end
    head = toks[k]
    if head.text[:1].isupper() or head.lower in at.PRONOUNS or str(lexicon.get(head.lower, "")).startswith(("NN", "PRP")) or head.lower in ("all", "both", "some", "many", "most"):
        return k
    return end


def _past_outer_clause(toks: Sequence[Tok], start: int, end: int) -> int:
    """A source's start past the clause that reports the cue's own clause, when the source ends in that inner
    clause's subject: "Ms James emphasised [that] she (had actually said)": she says it, inside what Ms James
    emphasised. The verb must be finite by the tagger's lexicon (past or present, not a base form, which may
    be a noun; an unknown word in "-ed" is a past) and lower-case, and what follows it (past a "that") a pronoun or up to three capitalized words."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    for k in range(end - 1, start, -1):
        tag = str(lexicon.get(toks[k].lower, "VBD" if toks[k].lower.endswith("ed") else ""))  # "emphasised": a British past the lexicon lacks
        if not toks[k].text.isalpha() or not toks[k].text.islower() or tag not in ("VBD", "VBZ", "VBP"):
            continue  # a hyphened word is a modifier ("the left-footed De Marigny", "co-host Mika Brzezinski")
        if toks[k - 1].lower in ("who", "which", "that") or any(t.text == "," for t in toks[start:k]):
            return start  # "Khan, who is Muslim": a relative clause describes the source, it reports nothing
        first = k + 2 if toks[k + 1].lower == "that" and k + 2 <= end else k + 1
        rest = toks[first : end + 1]
        if len(rest) == 1 and rest[0].lower in _SUBJECT_PRONOUNS or 1 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.text[1:].islower() for t in rest):
            return first
        return start
    return start


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _repaired_sources(found: list[Attribution], paragraphs: list[list[Tok]]) -> list[Attribution]:
    """Each attribution whose source is written before its cue, without a phrase of time standing
    for it, an adverb or the source's own verb at its end (`_past_time_phrase`, `_past_adverbs`,
    `_past_own_verb`). The model chose the attributions and
    their sources; only the source's edges move here, so what the model learned is unchanged."""
    weights = at.model().source
    starts = [toks[0].start if toks else 0 for toks in paragraphs]
    repaired = []
    shifted: dict[tuple[int, int], tuple[int, int] | None] = {}
    for attribution in found:
        source = attribution.source
        if source is None or attribution.source_after or attribution.inherited:
            repaired.append(attribution)
            continue
        toks = paragraphs[max(0, bisect.bisect_right(starts, attribution.cue[0]) - 1)]
        span = at._tok_span(toks, source)
        cue = next((i for i, t in enumerate(toks) if t.start >= attribution.cue[0]), None)
        if span is None or cue is None or span[1] >= cue:
            repaired.append(attribution)
            continue
        span = _past_time_phrase(toks, span[0], span[1], cue, weights)
        moved = _past_adverbs(toks, span[0], span[1], cue, weights)
        if moved is not None:
            moved = (moved[0], _past_own_verb(toks, moved[0], moved[1]))
            moved = (_past_outer_clause(toks, moved[0], moved[1]), moved[1])
        new = (toks[moved[0]].start, toks[moved[1]].end) if moved is not None else None
        repaired.append(attribution if new == source else replace(attribution, source=new))
        if new != source:
            shifted[source] = new
    # a clause that inherits the source ("China has in the past said X and does not want Y") takes
    # the moved one, or none when the repairs dropped it (an adverb was all it held)
    return [
        replace(a, source=shifted[a.source]) if a.inherited and a.source in shifted else a for a in repaired
    ]


# --- "X quoted Y as saying", "Y is quoted as saying" ------------------------------------------------
_QUOTED_WHO = r"(?:[Tt]he[ ]+)?(?:[\w'’.-]+[ ]+){0,4}?[\w'’.-]+"
_QUOTED_OBJECT = re.compile(
    rf"\s*(?P<who>{_QUOTED_WHO})\s+(?:as\s+)?(?P<verb>saying|having\s+said|telling\s+[^,.;:\"“”]{{1,80}}?(?=\s+that\b|\s*[:,]))"
    rf"(?:\s+that\b|\s*[:,])?\s*"
)
"""What an active "quoted" is followed by: the one quoted and "(as) saying" ("The Planet quoted
Ann Lee as saying that ...", "... quoted Mr Lee telling activists that ...")."""
_QUOTED_PASSIVE = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*[ ]+){0,3}[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Hh]is|[Hh]er)[ ]+(?:[\w'’-]+[ ]+){0,3}[\w'’-]+)"
    r"\s+(?:is|was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?P<cue>quoted\b[^.!?;\"“”]{0,80}?\bas\s+saying)\s+(?:that\s+)?$"
)
"""A passive report before its content: "Ann Lee was quoted in a newspaper as saying (that)"."""
_QUOTED_AFTER = re.compile(
    r"[\"”’]?\s*,?\s*(?P<who>(?:[A-Z][\w'’.-]*[ ]+){0,3}[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Hh]is|[Hh]er)[ ]+(?:[\w'’-]+[ ]+){0,3}[\w'’-]+)"
    r"\s+(?:is|was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?P<cue>quoted\b[^.!?;\"“”]{0,60}?\bas\s+saying)\b"
)
"""A quotation closed by a passive report: '"...," the club boss is quoted as saying'."""


def _quoted_after(article: Article, span: QuoteSpan, index: int) -> Attribution | None:
    """The attribution of a quotation no cue claimed that a passive report closes ('"...," Ann
    Lee is quoted as saying'): the one quoted is its source."""
    close = span.close_at if span.close_at >= 0 else span.end
    after = _QUOTED_AFTER.match(article.text, close, close + 160)
    if after is None or not article.text[span.end : close + 1].strip(" ,.!?\"”’'"):
        return None if after is None else Attribution(
            (after.start("cue"), after.end("cue")), (after.start("who"), after.end("who")), ((span.start, span.end),),
            (index,), True, _sentence_of(article, span.start))
    return None


def _quoted_as_saying(article: Article, found: list[Attribution]) -> list[Attribution]:
    """The one quoted, not who quoted them, speaks: "The Planet quoted Ann Lee as saying that ..."
    named the Planet, with 'Ann Lee as saying that ...' its content; "Ann Lee was quoted in a
    newspaper as saying he would ..." named 'he', the subject of what she said. Only the
    attribution's edges move, as in `_repaired_sources`."""
    text = article.text
    repaired = []
    for attribution in found:
        cue = text[attribution.cue[0] : attribution.cue[1]]
        first = attribution.content[0] if attribution.content else None
        if cue == "quoted" and first is not None and not attribution.direct and first[0] >= attribution.cue[1] and not re.search(
                r"\b(?:is|was|were|be|been|being)\s+$", text[max(0, attribution.cue[0] - 12) : attribution.cue[0]]):
            sentence = article.sentences[_sentence_of(article, first[0])]
            quoted = _QUOTED_OBJECT.match(text, first[0], sentence.end)
            if quoted is not None and not re.fullmatch(r"(?:it|this|that|which)", quoted.group("who")):
                reported = (quoted.end(), max(first[1], sentence.end - len(sentence.text) + len(sentence.text.rstrip(" .!?"))))
                if text[quoted.end() : quoted.end() + 1] in vp.OPEN_QUOTES or reported[0] >= reported[1]:
                    reported = first  # "quoted Ann Lee as saying: "...": the quotation after it is hers
                attribution = replace(
                    attribution, cue=(attribution.cue[0], quoted.end("verb")), source=(quoted.start("who"), quoted.end("who")),
                    content=(reported, *attribution.content[1:]), source_after=True)
        elif attribution.source is not None and not attribution.direct and (
                passive := _QUOTED_PASSIVE.search(text, max(0, attribution.source[0] - 160), attribution.source[0])) is not None:
            start = min(attribution.source[0], *(a for a, _ in attribution.content))
            end = max(attribution.source[1], *(b for _, b in attribution.content))
            if passive.end() == attribution.source[0] and start == attribution.source[0]:
                attribution = replace(  # "Ann Lee was quoted ... as saying he would like to ...": Ann Lee, not "he"
                    attribution, cue=(passive.start("cue"), passive.end("cue")), source=(passive.start("who"), passive.end("who")),
                    content=((start, end),), source_after=False, inherited=False)
        repaired.append(attribution)
    return repaired


# --- a demonym before a noun read as a source --------------------------------------------------------
def _past_demonym_sources(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A quotation's source that is a lone demonym right before its cue ("a boost to Scottish
    hopes. "..."": the adjective of a noun the model read as the cue) names no one: the quotation
    goes to the cue and speaker that close it ('"...," acknowledged Ann Lee.', '"...," Ann Lee
    said.'), or, with none, has no source. Only the attribution's edges move, as in
    `_repaired_sources`."""
    text = article.text
    demonyms = gazetteers()["demonyms"]
    repaired = []
    for attribution in found:
        source = attribution.source
        if not (attribution.direct and source is not None and not attribution.source_after and attribution.content
                and text[source[0] : source[1]] in demonyms and not text[source[1] : attribution.cue[0]].strip()):
            repaired.append(attribution)
            continue
        close = attribution.content[-1][1]
        while close < len(text) and text[close] in vp.CLOSE_QUOTES + "'’":
            close += 1
        tail = text[close : close + 200]  # the patterns are anchored at their text's start
        after = vp.AFTER_VERB_FIRST.match(tail) or vp.AFTER_SPEAKER_FIRST.match(tail)
        if after is None or close == attribution.content[-1][1]:
            repaired.append(replace(attribution, source=None))
            continue
        repaired.append(replace(attribution, cue=(close + after.start("verb"), close + after.end("verb")),
                                source=(close + after.start("speaker"), close + after.end("speaker")), source_after=True))
    return repaired


# --- an aside between dashes before the cue ------------------------------------------------------
_DASH = r"\s[-–—]\s"
_BEFORE_ASIDE = re.compile(rf"(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*){_DASH}[^\"“”.!?;:]*$")


_TOLD = re.compile(r"(?i)(?:told|tells?|telling)$")
_TOLD_ADDRESSEE = re.compile(
    r"(?P<who>(?:the|a|an)\s+(?:(?!(?:he|she|they|it|we|you|his|her|their|its|our|my|your|this|these|those|there|the|a|an|"
    r"that|of|about|on|in|at|for|to|with|by|from|as|and|or|but|how|what|why|when|where|whether|if)\b)[a-z][a-z-]*\s+){1,3})"
    r"(?=(?:he|she|they|it|we|I|you|his|her|their|its|our|my|your|this|these|those|there|the|a|an)\s|[A-Z][a-z]|\d)"
)
"""What opens the content of a "told" cue when it is the addressee and then the clause: "the court his client was
sorry", "a press conference the plan would work" (a determiner, one to three lower-case words, then a pronoun,
a possessive, a determiner, a name or a number opening the clause)."""


def _past_told_addressee(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A "told" cue's content read from the addressee on ("told the court his client was sorry"): "tell" takes
    whom it speaks to first, so a noun phrase of common nouns right after the cue, before a clause, is the
    addressee, and what was said starts after it (the attribution model knows names, pronouns and "reporters"
    there, not every noun). Only the content's first edge moves, as in `_repaired_sources`."""
    text = article.text
    repaired = []
    for attribution in found:
        first = attribution.content[0] if attribution.content else None
        if (
            first is None or attribution.direct or first[0] < attribution.cue[1]
            or not _TOLD.search(text, attribution.cue[0], attribution.cue[1]) or text[attribution.cue[1] : first[0]].strip()
        ):
            repaired.append(attribution)
            continue
        who = _TOLD_ADDRESSEE.match(text, first[0], first[1])
        if who is None or who.end() >= first[1]:
            repaired.append(attribution)
            continue
        repaired.append(replace(attribution, content=((who.end(), first[1]), *attribution.content[1:])))
    return repaired


def _past_dashed_asides(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A source read inside an aside between dashes that closes right before the cue ("Ann Lee -
    ten years older than the youngest winner of the title - admitted he was ..." read 'the title'),
    or one that holds the whole aside ('Ann Lee - who won in 2001'): the name before the aside's
    opening dash, in the same sentence, is the source. Only the
    attribution's edges move, as in `_repaired_sources`."""
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or attribution.source_after or not re.fullmatch(r"\s*[-–—]\s*", text[source[1] : attribution.cue[0]]):
            repaired.append(attribution)
            continue
        sentence = article.sentences[_sentence_of(article, source[0])]
        before = _BEFORE_ASIDE.search(text, sentence.start, source[0])
        if before is None:  # the aside inside the source: "Ann Lee - who won in 2001 - said"
            before = _BEFORE_ASIDE.match(text, source[0], source[1])
        if before is None:
            repaired.append(attribution)
            continue
        start = before.start("name")
        while (opener := re.match(r"(\w+)\s+(?=[A-Z])", text[start : before.end("name")])) and opener.group(1) in _LEADING:
            start += opener.end()  # "And Ann Lee - ...": the name
        repaired.append(replace(attribution, source=(start, before.end("name")), inherited=False))
    return repaired
