"""Whether an attribution reports what someone said (`_reports`): a cue in another sense, a cue in the sense of a
sporting or transfer act, a cue with no reported content after it, and an adverb read as the cue with its verb
as the source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import voice_patterns as vp
from . import attribution as at
from .attribution import Attribution
from .models import Article
from .quote_cues import _CLAUSE_OPENERS, _DETERMINERS, _RELATIVES, _holds_clause, _saying_form, cue_senses
from .quote_sources import _NOT_SPEAKERS, _PRONOUNS
from .quote_words import _PHRASE_BREAKS, _TITLE_SMALL, _named, _titled


# --- a cue in another sense ------------------------------------------------------------------------
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|not|also|now|already)\s+)*$")
_PARTICLE_PHRASE = re.compile(r"(?:out|off|up|down|away|back|over)(?:\s+(?:of|for|with|after|from|until|through|at|on|to|by|in)\b|\s*[.,;]|\s*$)")
"""A passive cue whose content is only its particle and a phrase after it ("was ruled out of the
final", "has been called up to the squad"): a phrasal verb in another sense, reporting nothing."""


_AUXILIARIES = frozenset("is are was were be been being has have had having do does did can could will would may "
                         "might must should shall also long still widely "
                         "generally often now not never always already".split())
_FIRST_PHRASE_END = re.compile(r",(?!\d{3})|[;:()\[\]—–]|\s-\s|\b(?:and|or|but)\b")
"""Where the first phrase of a cue's content ends: a comma (not one inside a number: "her 3,000m title") or a
dash, or a conjunction before a verb ("considered the best and has won prizes"), not one between two names
("Ann Lee and Tom Ash were")."""
_BE_FORMS = frozenset("is are was were be been being".split())


def _reports_clause(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether what a cue of asking, considering or sounding takes reports anything. Asking for a
    thing ("users asked for longer battery life") or asking questions, with no clause in the first
    phrase (a verb, an infinitive, a subject pronoun, a wh-word, 'if' or 'whether'), is a request
    or a mere act, no report; a passive 'considered' before a noun or an adjective ("the phones are
    considered the best") names no one who considers; a cue 'sound' before an adjective or 'like'
    is a copula ("the plan sounds better"), and one after a determiner is a noun ("the sounds from
    the hall"); 'continue' with a thing after it is an act kept up ("continued her campaign"), a report
    only with a clause or a quotation ("continued to insist that", '"...," she continued'). An active 'consider' with a small clause ("she considers him honest") is a belief
    reported, and asking a person is an address: both are kept."""
    a, b = attribution.content[0]
    first = article.text[a:b]
    if re.search(r"[\"“”‘’']\s*\w", first) and re.search(r"[\"“‘]", first):
        return True  # a quotation in what was asked
    cut = next((m for m in _FIRST_PHRASE_END.finditer(first) if m.group() not in ("and", "or", "but")
                or str(lexicon.get(first[m.end() :].split()[0].lower() if first[m.end() :].split() else "", "")).startswith(("VB", "MD"))), None)
    if cut and cut.group() == "," and re.match(_CLAUSE_OPENERS, first[cut.end() :].lstrip()):
        return True  # "asked, in effect, if he would stay", "asked the chair, to check the figures"
    first = first[: cut.start()] if cut else first
    words = re.findall(r"[\w'’-]+", first)
    if not words:
        return True
    before = [w.lower() for w in re.findall(r"[\w'’-]+", article.text[max(0, attribution.cue[0] - 30) : attribution.cue[0]])]
    verb = cue[-1].lower()
    clause = _holds_clause(first, lexicon)
    if verb.startswith("sound"):
        if before and before[-1] in _DETERMINERS and len(cue) == 1:
            return False  # "the sounds coming from the hall": a noun
        tag = str(lexicon.get(words[0].lower(), ""))
        nxt = str(lexicon.get(words[1].lower(), "")) if len(words) > 1 else ""
        return not (tag.startswith("JJ") or words[0].lower() in ("like", "as")
                    or (tag == "RB" and nxt.startswith("JJ")))  # "sounds better", "sounded very tired"
    if verb.startswith("consider"):
        passive = verb == "considered" and (any(w.lower() in _BE_FORMS for w in cue[:-1])
                                             or (len(cue) == 1 and bool(before) and before[-1] in _BE_FORMS))
        return clause or not passive
    if verb.startswith(("learn", "continu")):
        return clause  # "learned the value of rest", "continued his steady progress": a skill, a lesson or a thing kept up, no report
    if words[0].lower() == "for":  # "asked for a refund", not "asked for the vote to be delayed"
        after = re.match(r"\s*for\s+[\w'’-]+", first)  # the word after a preposition is a noun's: "ask for help" holds no verb 'help'
        return _holds_clause(first[after.end() :], lexicon) if after else clause
    head = next((w.lower() for w in words if w.lower() not in _DETERMINERS and not str(lexicon.get(w.lower(), "")).startswith(("JJ", "RB"))), "")
    return clause or head not in ("question", "questions")  # "ask questions": no question reported


def _bare_adverb(word: str, lexicon: Any) -> bool:
    """A plain adverb (the tagger's lexicon), no -ly one, that reports nothing by itself: the cue
    model learned "now", "already", "often" from cues that held a verb beside them ("has now said",
    "had already denied"), and alone they read "will now face" as a report. An adverb in -ly may
    tell how something was said ("publicly", "falsely", "reportedly"): those stay cues (PolNeAR
    train's paraphrases lean on them: dropping them too cost .003 of paraphrase found)."""
    return str(lexicon.get(word, "")).startswith("RB") and not word.endswith("ly")


def _reporting_first(article: Article, attribution: Attribution) -> bool:
    """Whether the content after an adverb cue opens with a reporting verb ("are now questioning
    whether ...", "often points to ..."): the verb is the cue, the adverb beside it."""
    words = re.findall(r"[\w'’-]+", article.text[attribution.content[0][0] : attribution.content[0][1]])
    return bool(words) and at.stem(words[0].lower()) in at.reporting_stems()


_MAKING = re.compile(r"(?i)mak(?:e|es|ing)|made")
"""A cue of making: a report only when what is made is something said (cue_senses.yml `made_statements`)."""
_PERCEIVED = re.compile(r"(?i)seen|viewed|regarded|perceived|considered|deemed")
"""Participles of perceiving and judging: in the passive ("is seen as", "is widely regarded as", "is considered a")
they say how someone or something is taken, not what anyone said ('known' is `_passive_known`'s)."""
_BY_AGENT_AHEAD = re.compile(r"[^.;:!?\"“”]{0,60}?\bby\s+(?!far\b|the\s+(?:end|time)\b)[\w'’-]")


def _perceived_passive(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """A passive of perceiving or judging with no one named as who perceives ("He is viewed as a potential successor",
    "Rubio is seen as the candidate"): how the subject is taken, so the subject is no speaker; the view is no one's the
    text names (PolNeAR counts it as an attribution with no source, as it does a repute: see `_passive_known`). With a
    'by' agent ("is considered unclean by Muslims", "was seen by some as a demotion") it is left as the model read it."""
    if attribution.direct or not cue or not _PERCEIVED.fullmatch(cue[-1]) or not all(
            word.lower() in _AUXILIARIES or word.lower() == "not" or str(lexicon.get(word.lower(), "")).startswith("RB")
            for word in cue[:-1]):
        return False
    if re.match(r"\s*[a-z]+ing\b", article.text[attribution.cue[1] : attribution.cue[1] + 30]):
        return False  # "Santilli is seen speaking during a march": an act seen, whose doer is the subject
    passive = any(word.lower() in _BE_FORMS for word in cue[:-1]) or _BE_BEFORE.search(
        article.text, max(0, attribution.cue[0] - 40), attribution.cue[0]) is not None
    return passive and _BY_AGENT_AHEAD.match(article.text, attribution.cue[1]) is None


_SEEMING = re.compile(r"(?i)(?:seem|appear|look)(?:s|ed|ing)?")
"""Verbs of seeming: the writer's impression of how someone or something looked ("seemed to be content",
"appeared capable of", "looked set to"), which the model learned as part of cues such as "seemed to suggest"."""


_PLACE_PREPOSITIONS = frozenset("in at before on alongside beside with among".split())


def _described_state(content: str, lexicon: Any) -> bool:
    """What a verb of seeming says of its subject: a state ("to be content", "capable of ...", "set to inject"),
    not a thought or a report ("seems to feel the case will be ...", "appeared to suggest")."""
    words = content.split()
    if not words:
        return False
    first = words[0].lower()
    if first in _PLACE_PREPOSITIONS:  # "appeared in court on Monday", "looked at the figures": a place or a sight
        return not any(word.lower() == "to" and _saying_form(after.lower().strip(".,;:"))
                       for word, after in zip(words[1:10], words[2:11]))  # ("appeared on TV to say ...")
    if first == "to" and len(words) > 1:
        third = words[2].lower() if len(words) > 2 else ""
        reporting = third.endswith("ing") and _saying_form(third)  # "appeared to be suggesting that ...": a report
        return words[1].lower() in ("be", "have") and bool(third) and third not in ("been", "said", "told") and not reporting
    return first == "set" or str(lexicon.get(first, "")).startswith("JJ")


_CAUSE_CUES = re.compile(r"(?i)mean(?:s|t|ing)?$")
"""Cues that, said of a thing, tell a cause and its effect ("the strike meant no trains ran",
"which has meant 200 homes have no post"), and report only when a person means something."""
_PERSONAL_PRONOUNS = frozenset("i you he she we they".split())


def _person_source(article: Article, attribution: Attribution) -> bool:
    """Whether an attribution's source is a person: a personal pronoun, a name or a title and a name."""
    if attribution.source is None:
        return False
    source = article.text[attribution.source[0] : attribution.source[1]].strip()
    return source.lower() in _PERSONAL_PRONOUNS or _named(source) or _titled(source)


def _of_saying(word: str) -> bool:
    """A word of saying, by its stem ("claims", "warning") or as a noun of speech ("allegations",
    "questions"): a cue in its own right, never a clause's object."""
    return at.stem(word) in at.reporting_stems() or word in vp.SPEECH_OBJECTS


def _clause_before_noun_cue(article: Article, attribution: Attribution, cue: Sequence[str]) -> bool:
    """A cue of one word the tagger's lexicon reads as no verb ("goal", "best", "mind", "guilty")
    whose source holds a finite verb of its own ("Ann Lee scored a late", "Tom Ash kept an open"):
    the cue is the object of that verb, and the clause no one's words."""
    from .syntax import _tagger

    if attribution.source is None or len(cue) != 1 or not cue[0].isalpha():
        return False
    lexicon = _tagger().lexicon
    tag = str(lexicon.get(cue[0].lower(), ""))
    if not tag or tag.startswith(("VB", "MD")) or cue[0].lower() == "according" or _of_saying(cue[0].lower()):
        return False  # "raised questions about", "faced criticism for", "voiced hope that": a noun of saying or believing
    words = re.findall(r"[\w'’-]+", article.text[attribution.source[0] : attribution.source[1]])
    between = re.findall(r"[\w'’-]+", article.text[attribution.source[1] : attribution.cue[0]])
    if words and (words + between)[-1].lower() in _BE_FORMS:
        return False  # "Ann Lee is confident the side can win": a belief its subject holds
    for i, word in enumerate(words[1:], 1):
        if words[i - 1].lower() in ("who", "which", "that", "whose", "whom"):
            return False  # "officials who spoke with ...": a relative clause in the source
        if str(lexicon.get(word, "")) in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _possessed_object_cue(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """A cue of one word the tagger's lexicon reads as a noun and no noun of saying ("goal", "debut",
    "chance"), whose source is only a possessive after a finite verb ("scored his first goal for the
    club", "made her debut in the final"), with no clause after it: the noun is that verb's object,
    and what follows no one's words. A noun of saying ("gave his view that ...") or a clause after
    the cue ("made his case that ...") stays a report."""
    if attribution.source is None or len(cue) != 1 or not cue[0].isalpha():
        return False
    word = cue[0].lower()
    if not str(lexicon.get(word, "")).startswith("NN") or _of_saying(word):
        return False
    source = article.text[attribution.source[0] : attribution.source[1]].strip().lower()
    before = re.findall(r"[\w'’-]+", article.text[max(0, attribution.source[0] - 40) : attribution.source[0]])
    if source not in ("his", "her", "their", "its", "my", "our", "your") or not before:
        return False
    if str(lexicon.get(before[-1].lower(), "")) not in ("VBD", "VBZ", "VBP") or at.stem(before[-1].lower()) in at.reporting_stems():
        return False
    a, b = attribution.content[0]
    return not _holds_clause(article.text[a:b], lexicon, finite=True)


_SAID_AS_CONNECTIVE = frozenset("said noted stated".split())


def _connective(text: str, cue: tuple[int, int]) -> bool:
    """Whether a cue is a participle of saying that only links two sentences: "Having said that,"
    / "Having said this," and "That said," / "This said," (what comes after is the writer's, or
    the speaker's who already speaks, not a new report)."""
    if text[cue[0] : cue[1]].lower() not in _SAID_AS_CONNECTIVE:
        return False
    before, after = text[max(0, cue[0] - 8) : cue[0]], text[cue[1] : cue[1] + 8]
    return bool(re.search(r"\b[Hh]aving\s+$", before) and re.match(r"\s+(?:that|this)\s*,", after)
                or re.search(r"(?:^|[.!?(\"“]\s*|\s)(?:That|This)\s+$", before) and re.match(r"\s*,", after))


_AWARD = re.compile(r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,4}?of\s+the\s+(?:year|century|decade|season|month|week|tournament|match|series|championships?)\b")
"""An honour's title as the first words after a naming verb ("player of the year", "the BBC Sports
Personality of the Year", "coach of the century")."""


def _named_an_award(article: Article, attribution: Attribution, cue: Sequence[str]) -> bool:
    """Whether a cue 'named' or 'voted' gives its subject an honour ("Ann Lee was named player of the
    year", "Tom Ash, named coach of the century by the federation", "she was voted sportswoman of
    the year"): a passive (a form of 'be' before it, or the participle right after its noun's comma)
    whose content opens with an honour's title (_AWARD). Someone named to a post ("was named the
    executive director of the league") or naming things ("have named the 14 seats") still reports."""
    if not cue or cue[-1].lower() not in ("named", "voted"):
        return False
    before = article.text[max(0, attribution.cue[0] - 40) : attribution.cue[0]]
    passive = any(w.lower() in _BE_FORMS for w in cue[:-1]) or bool(re.search(r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?|,\s*)$", before))
    first = article.text[attribution.content[0][0] : attribution.content[0][1]]
    return passive and bool(_AWARD.match(first))


def _result_object(article: Article, attribution: Attribution, lexicon: Any) -> bool:
    """Whether what a cue takes is a result in a contest and no clause: its first phrase (to a comma, a dash or a
    conjunction) holds a time, a distance or a finishing place (voice_patterns.RESULT_MEASURE) and no finite verb, subject
    pronoun, infinitive or clause opener ("claimed the runners-up spot in a personal best of 9:05.73", "attacked the last 200m and
    held on"). A result said in a clause ("said she ran 9:05", "claimed that the 200m was too short"), or a standing that
    evidence shows ("the poll showed Ann Lee in third place"), is a report."""
    first_start = min(a for a, _ in attribution.content)
    if first_start < attribution.cue[0]:
        return False  # the content comes before its cue: "..., the coach said"
    text = article.text[first_start : max(b for _, b in attribution.content)].lstrip()
    cut = _FIRST_PHRASE_END.search(text)
    first = text[: cut.start()] if cut else text
    first = re.split(r"\s+of\s+", first, maxsplit=1)[0]  # "questioned the manner of her 800m victory": the manner is the object
    return bool(vp.RESULT_MEASURE.search(first)) and not _holds_clause(first, lexicon) and not _evidence_source(article, attribution)


def _reports(article: Article, attribution: Attribution) -> bool:
    """Whether a paraphrase reports anything: a cue of denying, claiming or telling needs a
    reported clause (a verb in its content: "denied the campaign was anti-Semitic", "denies using
    drugs"), a quotation, or a noun object of speech ("denied the allegations", "denied them");
    "claimed her first title", "denied his side a famous victory", a content that is only whom
    it told ("he told a conference on ageing") report nothing."""
    from .syntax import _tagger

    cue = article.text[attribution.cue[0] : attribution.cue[1]].split()
    if _connective(article.text, attribution.cue):
        return False  # "Having said that, Ann Lee is in better shape", "That said, the side will": the writer's own turn
    if cue and not attribution.direct and _CAUSE_CUES.fullmatch(cue[-1]) and not _person_source(article, attribution):
        return False  # "the fault, which has meant 200 homes have no post": a cause and its effect, no one's words
    lexicon = _tagger().lexicon
    if attribution.direct or attribution.quotations or not attribution.content:
        return True
    if cue and _SEEMING.fullmatch(cue[-1]) and \
            all(word.lower() in _AUXILIARIES or word.lower().endswith("ly") for word in cue[:-1]) and \
            _described_state(article.text[attribution.content[0][0] : attribution.content[0][1]], lexicon):
        return False  # "City seemed to be content", "he appeared capable of": how a thing looked, no one's words
    if cue and _MAKING.fullmatch(cue[-1]) and all(word.lower() in _AUXILIARIES for word in cue[:-1]) and not any(
            word.lower() in cue_senses().made_statements
            for word in re.findall(r"[\w'’-]+", article.text[attribution.content[0][0] : attribution.content[0][1]])[:6]):
        return False  # "made large donations", "made a name for himself": a thing made, not said ("made the case" stays)
    if _named_an_award(article, attribution, cue):
        return False  # "Ann Lee was named player of the year", "Tom Ash, named coach of the season": an honour, no report
    if _result_object(article, attribution, lexicon):
        return False  # "claimed the runners-up spot in 9:05.73", "attacked the last 200m": a race run, nothing said
    if _particle_only(article, attribution):
        return False  # "officials have ruled that out": the verb's particle, nothing reported
    if _aside_after_description(article, attribution, cue, lexicon):
        return False  # "the debate is predictable - Ann Lee has vowed ...": the writer's own aside after a dash
    if _adjective_after_verb(article, attribution, cue, lexicon):
        return False  # "he has bought troubled nursing homes", "won overwhelming support": an adjective on a verb's object
    if _asked_about_by_evidence(article, attribution, cue):
        return False  # "when the poll asked about all four candidates": a survey's topic, no one's words
    if _displayed_quality(article, attribution, cue, lexicon):
        return False  # "Ann Lee has displayed promise with a new best", "displayed loyalty to his players": a quality shown
    if _clause_before_noun_cue(article, attribution, cue):
        return False  # "Ann Lee scored a late goal to win", "Tom Ash kept an open mind about it": a clause's object, no report
    if cue and all(_bare_adverb(word.lower(), lexicon) or word.lower() in _AUXILIARIES for word in cue) and \
            any(_bare_adverb(word.lower(), lexicon) for word in cue) and not _reporting_first(article, attribution):
        return False  # "Ann Lee will now face Tom Ash", "she has already won it twice", "Rovers have now won six": an adverb
        # and its auxiliaries are no cue by themselves
    if _possessed_object_cue(article, attribution, cue, lexicon):
        return False  # "Ann Lee scored her first goal for the club": the cue is a verb's object, no report
    if len(cue) == 1 and _PASSIVE_BEFORE.search(article.text, max(0, attribution.cue[0] - 40), attribution.cue[0]) and \
            _PARTICLE_PHRASE.match(article.text, attribution.content[0][0]):
        return False  # "Ann Lee has been ruled out of the final with a knee injury": a passive phrasal verb, no report
    if cue_senses().sense(cue[-1]) == "clause" and all(word.lower() in _AUXILIARIES for word in cue[:-1]) \
            and not _reports_clause(article, attribution, cue, lexicon):  # "asked", "have long been considered"
        return False
    if not _cue_reports_object(article, attribution, cue, lexicon) or _adverb_read_as_cue(article, attribution, cue, lexicon):
        return False  # "signed a striker", "agreed a fee", "publicly apologised for"
    if not _reports_content(article, attribution, cue, lexicon):
        return False  # "showed their intent", "replied with a try", "declined the chance to"
    if _passive_statement(article, attribution, cue, lexicon):
        return False  # "was twice denied his chance to level by the keeper": a thing withheld, no report
    if not cue or not all(word.lower() in _AUXILIARIES or word.lower().endswith("ly") for word in cue[:-1]) or (
            cue_senses().sense(cue[-1]) != "statement"):
        return True  # one statement verb, perhaps after auxiliaries and adverbs ("have approved", "has unanimously approved")
    cue = cue[-1:]
    content = " ".join(article.text[a:b] for a, b in attribution.content)
    if (participle := _COMMA_PARTICIPLE.search(content)) is not None and not re.search(r"[\"“”]", content):
        content = content[: participle.start()]  # "claimed her first title, edging Ann Lee into second": an adjunct, no clause reported
    words = re.findall(r"[\w'’-]+", content)
    if not words or _holds_clause(content, lexicon):
        return True  # a reported clause: a verb, an infinitive, a subject pronoun or a contracted verb
    breaks = {i for i, w in enumerate(words) if w.lower() in _PHRASE_BREAKS or str(lexicon.get(w.lower(), "")) in ("IN", "TO")}
    if cue[0].lower().startswith("den"):  # "denied the allegations", "deny any links": a fact denied; not a person kept from a thing
        first = re.match(r"(?:(?:the|a|an|his|her|their|its)\s+)?(?P<np>(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+)", content)
        noun = first.group("np").split()[-1].lower() if first else ""
        person = first is not None and (_named(first.group("np")) or noun in vp.PERSON_ROLES or noun in vp.EPITHET_ROLES
                                        or noun in ("him", "her", "them", "us", "me", "side", "team"))
        second = next((i for i, w in enumerate(words) if i > 0 and w.lower() in ("a", "an", "the")), len(words))
        double = second < min(len(words), 4) and not any(i < second for i in breaks)
        return not (person or double)  # "denied the England striker", "denied his side a famous victory"
    head = next((w for i, w in enumerate(words) if i + 1 == len(words) or i + 1 in breaks), "")
    noun = re.sub(r"['’]s?$", "", head.lower())
    senses = cue_senses()
    if at.stem(cue[0].lower()) in senses.judged_things and noun in senses.judged_objects:
        return False  # "approved plans for 300 homes", "welcomed the budget": a thing voted on or judged, no report
    return noun in vp.SPEECH_OBJECTS


_COMMA_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
"""A participle after a comma: an adjunct of the cue's clause ("claimed the title, edging Ann Lee into second"),
no clause the cue reports."""
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|not\s+|also\s+|twice\s+|again\s+)*$")
"""Right before a cue: a form of "be", perhaps with adverbs between ("was twice denied"): a statement cue is passive.
Not `_PASSIVE_BEFORE`, whose adverbs are "now" and "already" where these are "twice" and "again"."""


def _passive_statement(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a cue of the lexicon's 'statement' class (deny, claim, tell) is a passive with what
    follows it as the thing withheld, won or told of, and no clause of its own ("was twice denied
    his chance to level by the keeper", "the title was claimed by the home side"): the passive's
    subject is no speaker and what follows it no one's words. A clause or an infinitive opening it
    ("was told to stay away", "was told he would start") reports; so does a content before the cue,
    and a progressive is no passive ("are telling councils to find sites")."""
    if not cue or cue_senses().sense(cue[-1]) != "statement" or cue[-1].lower().endswith("ing") or not all(
            w.lower() in _AUXILIARIES or w.lower() in ("twice", "again") or w.lower().endswith("ly") for w in cue[:-1]):
        return False
    start = min(a for a, _ in attribution.content)
    words_before = article.text[max(0, attribution.cue[0] - 40) : attribution.cue[0]]
    passive = any(w.lower() in _BE_FORMS for w in cue[:-1]) or _BE_BEFORE.search(words_before) is not None
    if not passive or start < attribution.cue[0] or re.search(r"\w", article.text[attribution.cue[1] : start]):
        return False
    text = article.text[start : max(b for _, b in attribution.content)].lstrip()
    return not (re.match(_CLAUSE_OPENERS, text) or _holds_clause(text, lexicon, finite=True))


# --- a cue in the sense of a sporting or transfer act --------------------------------------------
_OPENS_CLAUSE = re.compile(r"(?i)(?:whether|if|what|why|how|who|whom|which|when|where|that|to\s+[a-z]+)\b")
_OBJECT_BREAKS = frozenset("of for at from in with on to into against by until after before during as".split())


def _cue_reports_object(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a cue that may be an act, not a report, reports what follows it. What a cue reports
    is a clause (a finite verb or a subject pronoun, 'that', 'whether', a wh-word, an infinitive) or
    a quotation; a verb of winning a contest with a noun phrase after it ("downed the top seed 6-4")
    reports nothing, nor does a verb of signing, picking or agreeing whose object is a person named,
    a squad or a deal ("signed their former winger Ann Lee on loan", "agreed a fee for the player",
    "announced their squad", "recalled in place of Tom Ash"). Other noun objects are kept: the
    PolNeAR annotation counts "announced his candidacy", "signed an order" as reports."""
    senses = cue_senses()
    sense = senses.sense(cue[-1]) if cue else None
    if sense not in ("contest", "act"):
        return True
    stem = at.stem(cue[-1].lower())
    first_start = min(a for a, _ in attribution.content)
    if first_start < attribution.cue[0]:
        return True  # the content comes before its cue: "..., the coach announced"
    text = article.text[first_start : max(b for _, b in attribution.content)].lstrip()
    to_object = re.match(r"(?i)to\s+(\w+)", text)
    if _OPENS_CLAUSE.match(text) and not (sense == "act" and to_object and to_object.group(1).lower() in senses.acts[stem]):
        return True  # not "was admitted to hospital": an act's object after 'to'
    cut = _FIRST_PHRASE_END.search(text)
    words = re.findall(r"[\w'’-]+", text[: cut.start()] if cut else text)
    if not words or _holds_clause(text[: cut.start()] if cut else text, lexicon, finite=True):
        return True
    if sense == "contest":
        return False
    if stem in senses.person_acts and re.match(r"(?i)(?:in\s+place|instead)\s+of\b", text):
        return False  # "recalled in place of Tom Ash": a player picked
    head_at = next((i for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1].lower() in _OBJECT_BREAKS
                    or words[i + 1].lower() in _RELATIVES or words[i + 1].lower() in _MEASURE_AFTER), len(words) - 1)
    head = words[head_at]  # "a contract that takes him to 2008", "a deal worth up to £85m": 'contract', 'deal'
    if head.lower() in senses.acts[stem]:
        return False
    return not (stem in senses.person_acts and head[:1].isupper() and head_at > 0 and head not in ("I",)
                and _named(" ".join(words[max(0, head_at - 1) : head_at + 1])))


_MEASURE_AFTER = frozenset(("worth",))
"""A word after a noun that measures it ("a deal worth up to £85m"): the noun before it heads the object."""


# --- a cue with no reported content after it ---------------------------------------------------------
_ADJUNCT = re.compile(r"(?<!,\s)(?<![-–—]\s)\b(?:when|whenever|while|after|before|as|because|since|until|although|though|once|where|who|which|whom|whose"
                      r"|following|including|regarding|concerning|excluding)\b|,\s+[a-z]+ing\b")
"""Where what a cue of the 'content' class takes ends before an adjunct: a clause of time, cause
or a relative one ("declined the chance to consult the official when the wing took the ball"), a
participle after a comma ("showed fine form, winning the hurdles") or one that is a preposition
("admitted two charges following his dismissal"): a verb there reports nothing. A relative or a
clause set off by a comma or a dash is an aside inside the content ("suggests Ann Lee - who has run
6.45 - will be under threat")."""


def _reports_content(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a cue of the lexicon's 'content' class (showing, replying, answering, insisting, declining,
    warning ...; resources/cue_senses.yml) has a reported content after it: a clause or an
    infinitive opening it, a clause or a gerund before any adjunct (_ADJUNCT), a colon, or a
    statement noun as its object. A phrase of manner or means ("replied with a try of their own",
    "responded by slotting a penalty", "insisted on playing") or a noun object of another kind
    ("showed their intent", "declined the chance to consult the official": an infinitive after a
    thing is its purpose) reports nothing; after the object of a verb of requesting it is what was
    asked ("warned his side not to be complacent"). A source that is evidence (a poll, a video)
    shows its object."""
    senses = cue_senses()
    adverb = [w.lower() in _AUXILIARIES or _bare_adverb(w.lower(), lexicon) or w.lower().endswith("ly") and senses.sense(w) is None
              for w in cue]  # "reply" is no adverb in -ly
    for i in range(len(cue) - 1):  # "was able to reply": the verb after 'able to' is the cue's
        if cue[i].lower() == "able" and cue[i + 1].lower() == "to":
            adverb[i] = adverb[i + 1] = True
    for i in range(len(cue) - 1):  # the cue ran into its manner phrase: "responded with chants"
        if senses.sense(cue[i]) == "content" and all(adverb[:i]) and cue[i + 1].lower() in senses.no_content:
            return article.text[attribution.cue[1] : min(a for a, _ in attribution.content)].strip() != ":"
    verb = next((i for i in range(len(cue) - 1, -1, -1) if not adverb[i]), None)  # "responded quickly": 'responded'
    if verb is None or senses.sense(cue[verb]) != "content" or not all(adverb[:verb] + adverb[verb + 1 :]):
        return True  # "said the poll showed": the cue is another verb's
    start = min(a for a, _ in attribution.content)
    if start < attribution.cue[0]:
        return True  # the content comes before its cue: "..., he insisted"
    if re.search(r"\w", article.text[attribution.cue[1] : start]):
        return True  # words between the cue and its content: "warned his side they must ...", or a colon
    text = article.text[start : max(b for _, b in attribution.content)].lstrip()
    if re.match(_CLAUSE_OPENERS, text):
        return True  # "declined to comment", "insisted that"
    adjunct = _ADJUNCT.search(text)
    text = text[: adjunct.start()] if adjunct else text
    if re.match(r"(?i)(?:with|in|on|off)\b", text) and (joined := re.search(r",?\s+(?:but|yet)\s+", text)):
        text = text[: joined.start()]  # "replied with one of their own but late tries from X sealed it": another clause
    if _holds_clause(text, lexicon, infinitive=False):
        return True  # "showed he can control a game", "showed Clinton leading", "insisted the bill - for adults - would"
    cut = _FIRST_PHRASE_END.search(text)
    words = re.findall(r"[\w'’-]+", text[: cut.start()] if cut else text)
    if not words:
        return True
    if words[0].lower() in senses.no_content:
        return False  # "replied with a try", "responded by slotting", "insisted on playing"
    if str(lexicon.get(words[0].lower(), "")) in ("IN", "TO"):
        return True  # "warned of a recession", "responded to the charge"
    if at.stem(cue[verb].lower()) in senses.evidence and _evidence_source(article, attribution):
        return True  # "the latest poll shows a close contest"
    head_at = next((i for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1].lower() in _OBJECT_BREAKS
                    or (words[i + 1].lower() == "to" and i + 2 < len(words))), len(words) - 1)
    head = words[head_at]
    if head.lower() in senses.statement_nouns:
        return True  # "answered the criticism", "declined an interview request"
    after = [w.lower() for w in words[head_at + 1 : head_at + 4] if w.lower() != "not"]
    return at.stem(cue[verb].lower()) in senses.requests and len(after) >= 2 and after[0] == "to"  # "warned his side not to be"


def _evidence_source(article: Article, attribution: Attribution) -> bool:
    """Whether an attribution's source is evidence, not a person: it names a document, a poll, figures
    or a recording (CueSenses.evidence_nouns: "A video of the episode", "A Marist poll released
    Monday", "The documentary")."""
    if attribution.source is None:
        return False
    words = re.findall(r"[\w'’-]+", article.text[attribution.source[0] : attribution.source[1]])
    nouns = cue_senses().evidence_nouns
    return any(w.lower() in nouns or (w.lower().endswith("s") and w.lower()[:-1] in nouns) for w in words)  # "polls show"


# --- an adverb read as the cue, its verb as the source ---------------------------------------------
_NAMED_TERM = re.compile(
    r"\s+(?:as\s+)?(?:(?:the|a|an)\s+)?(?:(?P<name>[A-Z0-9][\w'’.&-]*(?:\s+(?:of|for|and|the|de|on|&)?\s*[A-Z0-9][\w'’.&-]*)*)"
    r"|(?P<quoted>[\"“‘']{1,2}[^\"“”‘’]{1,80}?[,.]?[\"”’']{1,2}))"
)
"""The term a naming participle gives: a name ("EB-5", "Lashkar-e-Taiba", "the Buffett Rule") or
a quotation ('"Arrogant,"'), after an optional 'as' and article."""
_NAMING_NEXT = re.compile(r"\s*(?:[,;:)]|[-–—]\s|$)|\s+(?P<word>[a-z]+)\b")
_NAMING_BEFORE = re.compile(r"(?<![\w'’.-])(?P<noun>[a-z][\w-]*)(?:\s*,|\s+[-–—])?\s+(?:(?:also|now|then|formerly|once|officially|popularly|commonly|widely|better|sometimes|often)\s+)?$")


_NAME_BEFORE_KNOWN = re.compile(r"(?<![\w'’.-])(?P<noun>[A-Z][\w'’-]*)(?:\s*,|\s+[-–—])\s+(?:(?:also|now|then|formerly|once|officially|popularly|commonly|widely|better|sometimes|often)\s+)?$")


def _passive_known(text: str, attribution: Attribution) -> bool:
    """Whether a paraphrase's cue is 'known' in the passive, a repute or a name ("Pfizer is well known
    for", "the group has become known as", "a think tank known for", "it is not known whether"):
    its subject is what is known, never who knows or says it, so it has no speaker (PolNeAR still
    counts the repute as an attribution with no source). "Ann Lee had known him for years" is active."""
    if attribution.direct or attribution.source is None:
        return False
    words = re.findall(r"[\w'’-]+", text[max(0, attribution.cue[0] - 40) : attribution.cue[1]])
    return len(words) >= 1 and words[-1].lower() == "known" and (len(words) < 2 or words[-2].lower() not in ("had", "has", "have", "having", "'d", "’d"))


def _naming_participle(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a one-word cue of naming (cue_senses.yml 'naming': called, dubbed, named, known,
    labelled, titled) is a participle that names the noun right before it ("The program, called
    EB-5, allows", "a group called Lashkar belongs", "the bill, known as the Clean Air Act, was",
    "The spot, titled \"Arrogant,\" features"): a common noun (no pronoun, no name, no verb) before
    it, perhaps set off by a comma or a dash, and after it only a term (a name or a quotation)
    that ends the phrase (a comma, a dash, the sentence's end, or a verb of the sentence going on).
    'known' names the noun when 'as' follows within a few words ("the man, known only as C"; not
    "a developer known to be bullish", "a state known for"). A name as the
    subject ("Ann Lee called Tom Ash \"a disgrace\"") or a term with an object's predicate after it
    ("the club called the plan a disgrace") still reports."""
    if len(cue) != 1 or attribution.direct or attribution.source_after:
        return False
    word = cue[0].lower()
    if not (word.endswith("ed") or word == "known") or (at.stem(word) not in cue_senses().naming and word not in cue_senses().naming):
        return False
    before = _NAMING_BEFORE.search(article.text, max(0, attribution.cue[0] - 60), attribution.cue[0])
    if before is None and word == "known":  # "Ray Reardon - known to his peers as", "Burma, also known as Myanmar"
        before = _NAME_BEFORE_KNOWN.search(article.text, max(0, attribution.cue[0] - 60), attribution.cue[0])
    if before is None:
        return False
    noun = before.group("noun").lower()
    tag = str(lexicon.get(noun, ""))
    if noun in _AUXILIARIES or noun in _PRONOUNS or noun in _NOT_SPEAKERS or (tag and not tag.startswith("NN")) or noun in ("become", "became"):
        return False
    if word == "known":  # "the man, known only as C", "the team, known inside the agency as the Staff": a name given
        return re.match(r"(?:\s+[\w'’-]+){0,4}?\s+as\b", article.text[attribution.cue[1] : attribution.cue[1] + 60]) is not None
    term = _NAMED_TERM.match(article.text, attribution.cue[1])
    if term is None:
        return False
    if term.group("quoted"):
        words = term.group("quoted").strip("\"“”‘’' ,.").split()
        if len(words) > 3 and not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words):
            return False  # 'The candidate labeled "a leader who has faced hard times, and won"': a description quoted
    nxt = _NAMING_NEXT.match(article.text, term.end())
    if nxt is None:
        return False
    following = nxt.group("word")
    if following is None or term.group("quoted") and term.group("quoted").rstrip("\"”’'").endswith(","):
        return True  # "The program, called EB-5, allows", "a box labelled \"urgent,\" a doctor had typed"
    return str(lexicon.get(following, "")) in ("VBZ", "VBD", "VBP", "MD")  # "a group called Lashkar belongs on the list"


def _adverb_read_as_cue(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether the model read an adverb as the cue and the verb beside it as the source ("Ann Lee
    has apologised publicly for ...": cue 'publicly', source 'apologised'): a verb outside the
    reporting lexicon, with a phrase and no clause after it, reports nothing."""
    source = attribution.source
    if len(cue) != 1 or source is None or article.text[min(source[1], attribution.cue[1]) : max(source[0], attribution.cue[0])].strip():
        return False  # the verb right before or after the adverb
    if not str(lexicon.get(cue[0].lower(), "RB" if cue[0].lower().endswith("ly") else "")).startswith("RB"):
        return False
    verb = article.text[source[0] : source[1]]
    tag = str(lexicon.get(verb, "VBD" if verb.endswith("ed") else ""))  # a past form the lexicon lacks: "apologised"
    if not re.fullmatch(r"[a-z]+", verb) or not tag.startswith("VB") or at.stem(verb) in at.reporting_stems():
        return False
    content = article.text[attribution.content[0][0] : attribution.content[-1][1]]
    cut = _FIRST_PHRASE_END.search(content)
    return not (_OPENS_CLAUSE.match(content.lstrip()) or _holds_clause(content[: cut.start()] if cut else content, lexicon, finite=True))


_PARTICLES = frozenset("out off up down away aside back over".split())
"""Adverbial particles of phrasal verbs ("rule out", "turn down", "back off", "set aside"): alone as
a content they are the verb's, not what anyone said. Not prepositions that a relative clause strands
("all they talked about", "what she called for"): those close a clause about something said."""


def _particle_only(article: Article, attribution: Attribution) -> bool:
    """Whether a paraphrase's whole content is one particle of a phrasal verb ("officials have
    effectively ruled that out": cue 'have effectively ruled', content 'out'): the model read the verb
    of a phrasal verb as a cue and its particle as what it reports."""
    words = [w for a, b in attribution.content for w in re.findall(r"[\w'’-]+", article.text[a:b])]
    return len(words) == 1 and words[0].lower() in _PARTICLES


_DASH_OPENING = re.compile(r"\s*(?:-{1,2}|[–—])\s*")


def _aside_after_description(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a cue of adjectives and adverbs only, no verb or noun by the tagger's lexicon ("the
    debate is also predictable", "are back"), is followed by a content that opens with a dash and no
    'that' or wh-word after it ("predictable - Ann Lee has vowed to ..."): what follows the dash is
    the writer's aside spelling out the description, no one's report. "hope -- this year -- that",
    "falsely - that Christians ..." (a noun cue, a clause opened by 'that') stay reports."""
    if not cue:
        return False
    tags = [str(lexicon.get(word.lower(), "")) for word in cue]
    if not all(tag.startswith(("JJ", "RB")) for tag in tags):
        return False
    start = attribution.content[0][0]
    dash = _DASH_OPENING.match(article.text, start)
    if dash is None or not article.text[start:dash.end()].strip():
        return False
    return not _OPENS_CLAUSE.match(article.text, dash.end())


_LINKING_VERBS = frozenset(
    "be is are was were been being am 's have has had having do does did will would shall should can could may might must "
    "remain remains remained seem seems seemed appear appears appeared become becomes became look looks looked feel feels "
    "felt sound sounds sounded stay stays stayed grow grows grew grown get gets got prove proves proved make makes made "
    "keep keeps kept".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def _adjective_after_verb(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a one-word cue that the tagger's lexicon knows only as an adjective follows a verb that
    is no form of 'be', auxiliary or linking verb ("he has bought troubled nursing homes", "won
    overwhelming support", "if found guilty, Ann Lee could ...", "worked hard for"): the adjective
    describes the verb's object or manner and reports nothing. After 'be' or a linking verb ("is
    confident that", "remains optimistic of", "made clear how") the adjective may be a stance, as
    PolNeAR annotates."""
    if len(cue) != 1 or not str(lexicon.get(cue[0].lower(), "")).startswith("JJ"):
        return False
    before = _WORD_BEFORE.search(article.text, max(0, attribution.cue[0] - 40), attribution.cue[0])
    if before is None:
        return False
    word = before.group(1).lower()
    if re.search(r"['’]", word):
        return False  # "it's unclear whether": a contracted 'is'
    return str(lexicon.get(word, "")) in ("VBD", "VBZ", "VBP", "VBN", "VB") and word not in _LINKING_VERBS and \
        at.stem(word) not in at.reporting_stems()


_ASKING = frozenset(("ask",))


def _asked_about_by_evidence(article: Article, attribution: Attribution, cue: Sequence[str]) -> bool:
    """Whether a poll, survey or other evidence "asked about" something ("when the poll asked about
    all four candidates"): the survey's topic, which reports nothing anyone said, and would give the
    poll the figures of the topic. A person asked about something is left alone (PolNeAR annotates
    "she was asked about her views"), as is a poll that asked whether or asked voters to."""
    if not cue or at.stem(cue[-1].lower()) not in _ASKING or not _evidence_source(article, attribution):
        return False
    return re.match(r"\s*about\b", article.text[attribution.content[0][0] : attribution.content[0][1]]) is not None


_DISPLAYING = frozenset(at.stem(word) for word in ("display", "exhibit"))
_NO_BARE_NOUN = ("DT", "PDT", "PRP", "PRP$", "WP", "WDT", "WRB", "CD", "WP$")


def _displayed_quality(article: Article, attribution: Attribution, cue: Sequence[str], lexicon: Any) -> bool:
    """Whether a cue of displaying or exhibiting has a bare noun as its object ("has also displayed
    promise with a new best", "displayed loyalty to his players") or a phrase opening with a
    preposition ("his displays against Acme"): a quality or a performance shown, which reports
    nothing. With a determiner or a wh-word ("displayed a photo of ...", "displaying what many said
    was ...") it stays as the model read it (PolNeAR annotates those)."""
    verb = next((i for i, word in enumerate(cue) if at.stem(word.lower()) in _DISPLAYING), None)
    if verb is None:
        return False
    after = list(cue[verb + 1 :]) or re.findall(r"[\w'’-]+", article.text[attribution.content[0][0] : attribution.content[0][1]])[:1]
    if not after:
        return False
    word = after[0].lower()
    tag = str(lexicon.get(word, ""))
    if tag in _NO_BARE_NOUN or word in _DETERMINERS or _OPENS_CLAUSE.match(word):
        return False
    return tag.startswith(("NN", "JJ", "VBG", "IN")) and not tag.startswith("NNP") and after[0][:1].islower()
