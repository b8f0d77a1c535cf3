"""Passes over what stands between a source and its cue, or runs past either: a relative clause, an appositive, an
opening preposition, a "by" agent, a participle, words a cue grew over, a naming participle, and a quotation
left open before the next one's introduction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from . import voice_patterns as vp
from . import attribution as at
from .attribution import Attribution
from .models import Article
from .quotations import QuoteSpan
from .quote_cues import _FINITE_TAGS, _NO_CONTENT_TAGS, _REPORTED_SUBJECT, _holds_clause, _saying_form, cue_senses
from .quote_people import _TRAILING_TAG
from .quote_reports import _AUXILIARIES, _NAMED_TERM, _PERSONAL_PRONOUNS, _naming_participle
from .quote_sources import _ADVERBS, _LEADING, _NOT_SPEAKERS, _PRONOUNS, _TIME_NOUNS, _adverbial, _describes
from .quote_words import _DAYS, _MONTHS, _OPENERS, _named, _sentence_of, _titled


_RELATIVE_NP_STOPS = frozenset("and or but of in on at for from with by to as than".split())


def _antecedent(text: str, start: int) -> tuple[str, int] | None:
    """(the phrase, where it starts) a relative pronoun opening a source at `start` stands for: the
    name right before it ("Trump, who said", "Sen. Ann Lee (D-Calif.), who", "Ann Lee of Maryland,
    who"), else the noun phrase before it back to its determiner ("the Saudi government, which has
    denied": the government; "some analysts, who pointed out": the analysts). None when no noun
    ends right before it."""
    floor = max(0, start - 160)
    before = text[floor:start].rstrip(" ,-–—(")  # "Souness - who ..."
    before = _TRAILING_TAG.sub("", before).rstrip(" ,")
    named = re.search(r"(?<![\w'’.-])(?:(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+of\s+(?:the\s+)?)?(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)$", before)
    if named and named.group("owner"):
        owner = named.group("owner")
        if len(owner.split()) > 1 or owner.lower() in vp.ORGANIZATION_WORDS:  # not "ex-King Michael of Romania"'s "Michael"
            return named.group(0), floor + named.start()  # "Sen. Ann Lee of Maryland, who": the senator; "the Board of Elections, which"
    if named:
        return named.group("name"), floor + named.start("name")
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    tail = re.split(r"[.,;:!?\"“”()\[\]—–]|\s-\s", before)[-1]
    words = list(re.finditer(r"[\w'’-]+", tail))
    if not words:
        return None

    def tag(word: str) -> str:
        return str(lexicon.get(word.lower(), ""))

    last = words[-1].group(0)
    if not last[:1].isalpha() or not (tag(last).startswith("NN") or tag(last) == "" and last.islower()) or last.lower() in vp.DETERMINERS:
        return None
    first = len(words) - 1
    while first > 0 and (w := words[first - 1].group(0)).lower() not in _RELATIVE_NP_STOPS and (
            tag(w).startswith(("NN", "JJ", "CD", "VBN")) or tag(w) == "" and w.isalpha() or w[:1].isupper() or w.endswith(("'s", "’s"))):
        first -= 1
    if first > 0 and words[first - 1].group(0).lower() in vp.DETERMINERS:
        first -= 1
    offset = floor + len(before) - len(tail)
    return tail[words[first].start() :].strip(), offset + words[first].start()


# --- a relative clause between the source and its cue ------------------------------------------------
_RELATIVE_BEFORE_CUE = re.compile(
    r"(?P<np>(?:[^,;:\"“”()]|,(?=\d))+?),\s+(?:which|who)\s+(?:[^,;:\"“”()]|,(?=\d)){1,160}?,\s+(?P<verb>[a-z]+)\s+(?:that\s+)?(?P<content>[^\"“”]+?)[.!?]?\s*$"
)
"""A sentence whose subject a relative clause between commas follows, then its verb and what the verb
says ("The survey, which asked 900 people, found most ..."): the verb's subject, its reporting verb
and its content."""


def _past_relative_clauses(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A sentence whose subject is followed by a relative clause between commas, then a reporting verb
    ("The survey, which asked 900 adults online, found 20% did not know how they would vote"), read
    with a cue inside what that verb reports and a source holding the verb ('found 20%' saying
    'how they would vote', cue 'know'): the verb is the cue, the subject before the clause its source,
    all that follows it its content. Only attributions of a sentence the model already read as a
    report move, and none whose content holds a quotation."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or attribution.quotations or attribution.source_after:
            repaired.append(attribution)
            continue
        sentence = article.sentences[_sentence_of(article, attribution.cue[0])]
        match = _RELATIVE_BEFORE_CUE.fullmatch(text, sentence.start, sentence.end)
        if match is None or not source[0] <= match.start("verb") < source[1]:
            repaired.append(attribution)
            continue
        start = match.start("np")
        while (opener := re.match(r"\s*(\w+)\s+(?=\S)", text[start : match.end("np")])) and opener.group(1) in _LEADING:
            start += opener.end()  # "However the poll, which ...": the poll
        start += len(text[start : match.end("np")]) - len(text[start : match.end("np")].lstrip())
        verb, words = match.group("verb"), text[start : match.end("np")].split()
        if (at.stem(verb) not in at.reporting_stems() or not str(lexicon.get(verb, "")).startswith(("VBD", "VBZ", "VBP"))
                or _holds_clause(" ".join(words), lexicon, finite=True) or _NOT_SPEAKERS.issuperset(w.lower() for w in words)):
            repaired.append(attribution)
            continue
        repaired.append(replace(
            attribution, cue=(match.start("verb"), match.end("verb")), source=(start, match.end("np")),
            content=((match.start("content"), match.end("content")),), direct=False, inherited=False,
        ))
    return repaired


_CLAUSE_BREAK = re.compile(r"[,;:\"“”()\[\]–—]|\s-\s")
"""Where a restrictive relative clause has surely ended: a comma, a colon, a quotation mark, a bracket or a dash."""
_REPORT_TAGS = frozenset("VBD VBN VBZ VBP".split())
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_THAT_AFTER = re.compile(r"\s*(?:that\s+)?")


def _past_restrictive_relatives(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A subject with a relative clause and no comma before it ("Some consumers who sought help from the agency
    reported that ...") read with the relative pronoun as the source and the clause's verb as the cue: the
    sentence's own reporting verb after the clause is the cue, and the noun phrase the pronoun stands for, with its
    clause, is the source (a relative pronoun is never a speaker). Only attributions whose source is the pronoun
    alone move, and only when a finite reporting verb ends the clause."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or attribution.source_after or attribution.quotations or not attribution.content or \
                text[source[0] : source[1]].strip().lower() not in ("who", "that", "which") or \
                re.search(r"[,(–—-]\s*$", text[max(0, source[0] - 3) : source[0]]):
            repaired.append(attribution)
            continue
        sentence = article.sentences[_sentence_of(article, attribution.cue[0])]
        stop = _CLAUSE_BREAK.search(text, attribution.cue[1], sentence.end)
        verb = next((word for word in _LOWER_WORD.finditer(text, attribution.cue[1], stop.start() if stop else sentence.end)
                     if str(lexicon.get(word.group(0), "")) in _REPORT_TAGS and at.stem(word.group(0)) in at.reporting_stems()), None)
        antecedent = _antecedent(text, source[0]) if verb is not None else None
        if antecedent is None:
            repaired.append(attribution)
            continue
        if _holds_clause(text[attribution.cue[1] : verb.start()], lexicon, finite=True):
            repaired.extend(_relative_report_and_main(article, attribution, max(antecedent[1], sentence.start), verb, lexicon))
            continue
        said = _THAT_AFTER.match(text, verb.end())
        repaired.append(replace(
            attribution, cue=verb.span(), source=(max(antecedent[1], sentence.start), verb.start() - 1),
            content=((said.end(), max(b for _, b in attribution.content)),), direct=False, inherited=False,
        ))
    return repaired


_NO_MAIN_VERB_AFTER = frozenset("and or but nor that who which whom whose to as than if when".split())


def _relative_report_and_main(
    article: Article, attribution: Attribution, subject: int, verb: re.Match[str], lexicon: Any,
) -> list[Attribution]:
    """A restrictive relative clause that reports a clause of its own, then the sentence's own reporting verb
    ("Officials who said the plan was flawed warned that the cost would rise"): the model read one report running
    over the main verb. They are two: the clause's report (the noun phrase before "who" its speaker, what it said
    ending before the main verb) and the main verb's (the phrase with its clause the source, the clause after the
    verb what was said). The main verb must be finite, stand after no conjunction, relative word, 'to' or
    auxiliary (not "said the plan was flawed and warned", "said the plan had been criticised"), and report a clause."""
    text = article.text
    before = re.findall(r"[\w'’-]+", text[attribution.cue[1] : verb.start()])
    said = _THAT_AFTER.match(text, verb.end())
    end = max(b for _, b in attribution.content)
    if str(lexicon.get(verb.group(0), "")) not in ("VBD", "VBZ", "VBP") or not before or \
            before[-1].lower() in _NO_MAIN_VERB_AFTER or before[-1].lower() in _AUXILIARIES or \
            not _holds_clause(text[said.end() : end], lexicon):
        return [attribution]  # one clause's report, as the model read it
    noun = (subject, attribution.source[0] - 1)
    own = replace(attribution, source=noun, content=((attribution.content[0][0], verb.start() - 1),), inherited=False)
    main = replace(attribution, cue=verb.span(), source=(subject, verb.start() - 1), content=((said.end(), end),),
                   direct=False, inherited=False)
    return [own, main]


_STRANDED_RELATIVE = re.compile(
    r"(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:(?:that|who|whom)\s+)?"
    r"(?:we|I|they|he|she|you|[A-Z][\w'’.-]*)\s+(?:(?:have|has|had)\s+)?[a-z]+\s+(?P<prep>to|with|from)\s+(?P<cue>[a-z]+)\s+(?:that\s+)?"
)
"""A subject with a relative clause that ends in its preposition, then the sentence's verb ("The shoppers that we
spoke to said ...", "Voters I talked with believe ...")."""


def _past_stranded_relatives(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A sentence opening with a noun phrase whose relative clause ends in a preposition ("The shoppers that we
    spoke to said prices had risen", "Many of the people we spoke with say"): the model reads no source that ends in
    a preposition, so it built nothing, or took the clause's own verb for part of the cue ("spoke to said", with "we"
    speaking). The finite reporting verb after the preposition is the cue, the phrase with its clause the source and
    the clause after the verb what was said. Only a sentence with no quotation in it, and a reported clause, moves."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    added, replaced = [], set()
    for index, sentence in enumerate(article.sentences):
        match = _STRANDED_RELATIVE.match(text, sentence.start, sentence.end)
        if match is None or re.search(r"[\"“”]", text[sentence.start : sentence.end]):
            continue
        cue = match.group("cue")
        finite = ("VBD", "VBZ") if match.group("prep") == "to" else ("VBD", "VBZ", "VBP")  # "seemed to suggest": an infinitive
        if str(lexicon.get(cue, "")) not in finite or at.stem(cue) not in at.reporting_stems():
            continue
        end = sentence.start + len(text[sentence.start : sentence.end].rstrip().rstrip(".!?"))
        if not _holds_clause(text[match.end() : end], lexicon):
            continue  # "The fans we spoke to said nothing": no clause reported
        overlapping = {n for n, a in enumerate(found) if a.cue[0] < match.end("cue") and match.start() < a.cue[1]}
        if any(found[n].cue == match.span("cue") and found[n].source and found[n].source[0] == match.start() for n in overlapping):
            continue  # the model read it whole
        replaced |= overlapping
        source = (match.start("np"), match.start("cue") - 1)
        added.append(Attribution(match.span("cue"), source, ((match.end(), end),), (), False, index))
    if not added:
        return found
    return sorted([*(a for n, a in enumerate(found) if n not in replaced), *added], key=lambda a: a.content[0][0])


_QUOTED_OPENER_REST = re.compile(r"[\"”’']{1,2}\s+(?P<rest>[a-z][^\"“”]*?),\s*$")


def _past_quoted_openers(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A sentence that opens with a quoted word or two and goes on with its own words to a closing
    source and cue ('"Dubious" assumptions about costs could drive the bill up by £130m, the report
    warned.'): the model read the quotation alone as the report, a direct quote of 'Dubious'. What
    is reported is the whole clause before the source, an indirect quote whose quoted words are its
    mixed part: the content runs from the quotation's opening mark to the comma before the source."""
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or not attribution.direct or len(attribution.quotations) != 1 or len(attribution.content) != 1 \
                or attribution.source_after is False and source[0] < attribution.content[0][1]:
            repaired.append(attribution)
            continue
        start, end = attribution.content[0]
        rest = _QUOTED_OPENER_REST.match(text[end:source[0]]) if source[0] > end else None
        opening = re.search(r"[\"“‘']{1,2}$", text[max(0, start - 2) : start])
        sentence = article.sentences[_sentence_of(article, start)]
        if rest is None or opening is None or text[sentence.start : start - len(opening.group())].strip() or \
                attribution.cue[0] < source[0] or len(text[start:end].split()) > 3 or text[start:end].rstrip()[-1:] in ",.!?;:":
            # '"We lost," said Ann Lee, who thinks': a quotation closed by its own punctuation is a quote of its own
            repaired.append(attribution)
            continue
        new_end = end + rest.end("rest")
        repaired.append(replace(attribution, content=((start - len(opening.group()), new_end),), direct=False))
    return repaired


_TIME_WORDS = _TIME_NOUNS | _DAYS | _MONTHS | frozenset("last this next earlier ago yesterday may".split())


def _cue_past_source_words(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A cue the model grew leftwards over words of its source ("A Government Accountability Office
    report released last year found that": cue 'released last year found'; "Mr Peston's book
    claimed": source "Mr Peston's", cue 'book claimed'; "The panel on Thursday said"): the cue is
    its last word, a reporting verb (resources/reporting_verbs.txt), when every word before it in
    the cue is a noun, a word of time or a participle followed by a word of time ('released last year',
    not "he offered promises"); nouns alone join
    the source they follow, words of time and participles belong to neither."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        words = list(re.finditer(r"\S+", text[attribution.cue[0] : attribution.cue[1]]))
        if source is None or attribution.source_after or attribution.inherited or len(words) < 2 or source[1] > attribution.cue[0] \
                or not all(w.lower() in _TIME_WORDS for w in text[source[1] : attribution.cue[0]].split()):
            # "Research by the commission last year revealed": a word of time may stand between
            repaired.append(attribution)
            continue
        last = words[-1].group()
        kinds = []
        for word in words[:-1]:
            lowered = word.group().lower().strip(",")
            tag = str(lexicon.get(lowered, ""))
            if lowered in _TIME_WORDS:
                kinds.append("time")
            elif lowered in _AUXILIARIES or lowered in _ADVERBS or lowered.endswith("ly") or at.stem(lowered) in at.reporting_stems():
                kinds.append("")
            elif lowered.endswith("ed") and tag in ("VBN", "VBD", ""):
                kinds.append("participle")
            elif tag.startswith("NN") or word.group()[:1].isupper() and not tag.startswith(("VB", "MD", "RB", "IN", "DT", "PRP", "CC")):
                kinds.append("noun")
            else:
                kinds.append("")
        if any(kind == "participle" and "time" not in kinds[i + 1 :] for i, kind in enumerate(kinds)):
            kinds.append("")  # "he offered promises": a verb and its object, no participle of the source's
        if "" in kinds or not re.fullmatch(r"[a-z]+", last) or at.stem(last) not in at.reporting_stems() or \
                not str(lexicon.get(last, "VBD" if last.endswith("ed") else "")).startswith(("VBD", "VBZ", "VBP")):
            repaired.append(attribution)
            continue
        cue = (attribution.cue[0] + words[-1].start(), attribution.cue[0] + words[-1].end())
        new_source = source
        if all(kind == "noun" for kind in kinds):
            new_source = (source[0], attribution.cue[0] + words[-2].end())  # "Mr Peston's book", "The Charlotte Observer"
        repaired.append(replace(attribution, cue=cue, source=new_source))
    return repaired


_NAME_THEN_APPOSITION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*),\s+(?P<aside>(?:[^,;:\"“”()]{1,160},\s+){0,2}[^,;:\"“”()]{0,160})$")
"""A name, its comma and what describes it up to a source read inside that description ("David
Cameron, MP for Witney", "Ann Lee, who as a judge sat on the panel and retired as a colonel")."""
_CLAUSE_HEAD = frozenset("and but as while when because although though since so".split())


def _past_appositive_sources(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A source read inside the description set off by commas after the person who speaks ("David
    Cameron, MP for Witney, added:" read 'MP for Witney'; "Ann Lee, of Springfield, Va., said" read
    'Va.'; "Mitch McConnell, R-Ky., said"; "Ann Lee, who served as a judge and retired as a
    colonel, said" read 'a colonel'): the model's source starts after the last comma before the
    cue. When the source is no person's name or pronoun, closes with the description's comma
    right before its cue, and a person's name (the names lists, or a title and a name) opens the
    clause before the description (at the sentence's start, after a leading conjunction or
    subordinator, or after an opening adverbial's comma), the source runs from that name: the name
    speaks and the description is its descriptor (`_split_source`). Only the source's start moves."""
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or attribution.source_after or attribution.inherited or \
                not re.fullmatch(r",\s*", text[source[1] : attribution.cue[0]]):
            repaired.append(attribution)
            continue
        written = text[source[0] : source[1]].strip()
        sentence = article.sentences[_sentence_of(article, source[0])]
        match = None  # the nearest name before the description ("On Monday, Sir Ann Lee, the chair,": Ann Lee)
        for comma in re.finditer(r",", text[sentence.start : source[0]]):
            run = re.search(r"(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*$", text[sentence.start : sentence.start + comma.start()])
            nearer = _NAME_THEN_APPOSITION.fullmatch(text, sentence.start + run.start(), source[0]) if run else None
            if nearer and (_named(nearer.group("name")) or _titled(nearer.group("name")) or match is None):
                match = nearer
        head = written.split(",")[0].strip()
        if match is None or written.lower() in _PRONOUNS | _PERSONAL_PRONOUNS or _named(head) or _titled(head):
            repaired.append(attribution)
            continue
        name = match.group("name")
        while (opener := re.match(r"(\w+)\s+(?=[A-Z])", name)) and (opener.group(1) in _LEADING or opener.group(1).lower() in _CLAUSE_HEAD):
            name = name[opener.end() :]  # "And Ann Lee", "As Ann Lee"
        start = match.end("name") - len(name)
        if not (_named(name) or _titled(name)):
            repaired.append(attribution)
            continue
        # what stands before the name in its clause: nothing, or words that describe it ("Tory MP")
        before = text[sentence.start : start]
        lead_at = max(before.rfind(",") + 1, 0)
        quoted = re.search(r"[,.!?][\"”’']{1,2}\s*$", before[:lead_at + 2]) if lead_at else None  # '"...," Sen. Ann Lee, R-Ky., said'
        lead_at = max(lead_at, quoted.end() if quoted else 0)
        if lead_at and not quoted and not _adverbial(before[:lead_at - 1].split(",")[-1].strip()):
            repaired.append(attribution)
            continue
        words = before[lead_at:].split()
        while words and (words[0] in _LEADING or words[0].lower() in _CLAUSE_HEAD):
            words.pop(0)
        heads = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_HEAD]
        words = words[heads[-1] + 1 :] if heads else words  # "He was speaking as Sir Ann Lee, ..."
        if words and not _describes(words, whole=True):
            repaired.append(attribution)
            continue
        if words:
            start = text.rindex(" ".join(words), sentence.start, start + 1) if " ".join(words) in text[sentence.start : start] else start
        repaired.append(replace(attribution, source=(start, source[1])))
    return repaired


def _past_opening_prepositions(article: Article, found: list[Attribution]) -> list[Attribution]:
    """An inherited source (the clause's subject a participle cue in -ing goes back to: "..., arguing
    that") that is the preposition opening the sentence ("In a widely read column on Monday, two
    speechwriters urged her to change course, arguing that ..." read 'In'): the subject is the noun
    phrase after the opening phrase's comma, up to its finite verb (the tagger's lexicon; a verb in
    -ed it calls a participle or does not know counts), when
    there is one of at most six words; else there is no source (a preposition names no one)."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        if source is None or not attribution.inherited or text[source[0] : source[1]].lower() not in _OPENERS \
                or not text[attribution.cue[0] : attribution.cue[1]].split()[0].endswith("ing"):
            repaired.append(attribution)
            continue
        comma = text.find(",", source[1], attribution.cue[0])
        subject = None
        if comma >= 0:
            words = list(re.finditer(r"[\w'’.-]+", text[comma + 1 : attribution.cue[0]]))
            verb = next((i for i, w in enumerate(words) if w.group().islower() and (str(lexicon.get(w.group(), "")).startswith(_FINITE_TAGS)
                                                                                   or w.group().endswith("ed") and str(lexicon.get(w.group(), "VBN")) == "VBN")), None)
            if verb and verb <= 6 and not re.search(r"[,;:\"“”]", text[comma + 1 : comma + 1 + words[verb].start()]) \
                    and not any(str(lexicon.get(w.group().lower(), "")).startswith(("VB", "IN", "WDT", "WP")) for w in words[:verb]):
                subject = (comma + 1 + words[0].start(), comma + 1 + words[verb - 1].end())
        repaired.append(replace(attribution, source=subject))
    return repaired


_AGENT_OPENING = re.compile(
    r"by\s+(?P<agent>[^,;:.\"“”()]*?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)(?=\s+(?:who|which|as|on|in|at|before|after|for|to|when|while|over|during)\b|\s*[,;:.]|\s*$)")
"""The 'by' agent that opens a passive participle's content, up to its last capitalized word before a
relative word, a preposition or a stop ("by Home Secretary Ann Lee who said", "by Work Secretary Tom
Ash on 17 May", "by club director of rugby Ann Lee as a possible captain")."""


_LEAD_STOPS = frozenset("as from to about than with in on at ranging including such".split())
"""Words that make the lower-case words before a 'by' agent's name a phrase of its own, not a title
("by dozens of papers ranging from such backers as The Ledger": no agent named)."""


def _past_by_agents(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A passive participle cue after a noun phrase, with a 'by' agent ("That was a message repeated
    by Home Secretary Ann Lee who said ...", "Tom Ash's departure, announced by Work Secretary Ann
    Lee on 17 May"): the model read the noun phrase as the source and "by Ann Lee ..." as what was
    said. The agent is the source (written after its cue) and the noun phrase what it repeated or
    announced. Not for a verb whose object is the one spoken to or about ("was questioned by
    police", "was condemned by": cue_senses.yml 'addressed', read by the passive rule), nor when
    the content holds a quotation or the source is a pronoun, nor when more than four lower-case
    words stand before the agent's name or they hold a preposition (`_LEAD_STOPS`)."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    senses = cue_senses()
    text = article.text
    repaired = []
    for attribution in found:
        source, content = attribution.source, attribution.content
        words = text[attribution.cue[0] : attribution.cue[1]].split()
        if source is None or attribution.source_after or attribution.inherited or attribution.quotations or not content or not words \
                or content[0][0] < attribution.cue[1] or text[attribution.cue[1] : content[0][0]].strip():
            repaired.append(attribution)
            continue
        verb = words[-1].lower()
        written = text[source[0] : source[1]].strip()
        if not re.fullmatch(r"[a-z]+ed", verb) or str(lexicon.get(verb, "VBN")) not in ("VBN", "VBD") \
                or not all(w.lower() in _AUXILIARIES or w.lower().endswith("ly") for w in words[:-1]) \
                or at.stem(verb) in senses.addressed or verb in senses.addressed \
                or written.lower() in _PRONOUNS | _PERSONAL_PRONOUNS | {"it", "who", "which", "that"}:
            repaired.append(attribution)
            continue
        agent = _AGENT_OPENING.match(text, content[0][0], content[0][1])
        lead = re.match(r"(?:[a-z][\w'’-]*\s+)*", agent.group("agent")).group().split() if agent else []
        if agent is None or len(lead) > 4 or any(w in _LEAD_STOPS for w in lead) or agent.group("agent").split()[-1] == "I":
            repaired.append(attribution)
            continue
        repaired.append(replace(attribution, source=(agent.start("agent"), agent.end("agent")), source_after=True,
                                content=(source,), direct=False, quotations=()))
    return repaired


_PARTICIPLE_REST = re.compile(r"\s+(?:in|by|on|at|with|from|for|last|this|earlier|yesterday|today|[A-Z][a-z]+day)\b(?:[^,;:.!?\"“”()]|(?<=\b[A-Z])\.){1,120}?(?=\s*[,;:!?]|(?<!\b[A-Z])\.|\s*$)")
"""What a participle after a source noun goes on with: a phrase of place, agent or time up to the
clause's next stop ("findings published in the Harbour Review of the Ash Institute"); an initial's
dot is no stop ("filed by Ann B. Lee")."""


def _past_participle_sources(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A source written after its cue that the model cut after a participle of its noun ("according
    to findings published in the Quarterly Review of the Ash Institute" read 'findings published';
    "according to a lawsuit filed in federal court"): the source runs on over the participle's
    phrase (a preposition or a word of time, _PARTICIPLE_REST) to the clause's next stop, so that
    who published or filed it is part of it. Only when the content does not lie there."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        last = re.search(r"(?<=\s)([a-z]+ed)$", text[source[0] : source[1]]) if source is not None and attribution.source_after else None
        rest = _PARTICIPLE_REST.match(text, source[1]) if last else None
        if rest is None or str(lexicon.get(last.group(1), "VBN")) not in ("VBN", "VBD") \
                or any(source[1] < b and a < rest.end() for a, b in attribution.content):
            repaired.append(attribution)
            continue
        repaired.append(replace(attribution, source=(source[0], rest.end())))
    return repaired


def _whole_quotations_said(article: Article, found: list[Attribution], spans: Sequence[QuoteSpan]) -> list[Attribution]:
    """A paraphrase whose content is one quotation and nothing else, right after its cue with no
    'that' or colon ('he said "migrants are of great value to this country"', 'saying "Tom, that's
    rubbish"'): the model read it as indirect with the quotation as its mixed part, but the words
    are the speaker's own, a direct quote. Only when the quotation holds a clause of its own (a
    finite verb or a subject pronoun: `_holds_clause`); a quoted noun phrase ('admitted "big
    challenges"', 'told of a "constant barrage"') stays a mixed quote."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    text = article.text
    repaired = []
    for attribution in found:
        if attribution.direct or len(attribution.quotations) != 1 or len(attribution.content) != 1:
            repaired.append(attribution)
            continue
        quote = spans[attribution.quotations[0]]
        start, end = attribution.content[0]
        inside = text[quote.start : quote.end]
        if text[attribution.cue[1] : start].strip() or not (start <= quote.open_at and quote.close_at < end) \
                or text[start : quote.open_at].strip() or text[quote.close_at : end].strip(" \"”’'.,") \
                or not _holds_clause(inside, lexicon, finite=True) and not _REPORTED_SUBJECT.search(inside):
            repaired.append(attribution)
            continue
        repaired.append(replace(attribution, direct=True, content=((quote.start, quote.end),)))
    return repaired


def _cue_past_content_words(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A cue the model grew rightwards over the first words of what it reports ("Ann Lee said he
    feared the worst": cue 'said he feared', content 'the worst'; "said the move showed she
    listened", "saying members had preferred other designs", "said voting for them meant"): the
    attribution model joins two cue words with up to two lower-case words between them, meant for
    "said in a statement". The cue is its reporting verb (resources/reporting_verbs.txt, after any
    auxiliaries and adverbs) and the content starts right after it, when the next cue word opens a
    clause: a pronoun, a determiner or possessive, a noun, an adjective or a verb by the tagger's
    lexicon, in lower case, and no word of saying itself ("said adding"). Not after a verb whose
    object is the one spoken to ("told an invited crowd that", "warned both parties against":
    cue_senses.yml 'addressed'), nor a preposition, adverb or particle ("said in a statement",
    "said via email", "pointed out"). A content that held only quotations now holds words of its
    own: an indirect quote, its quotations mixed."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    addressed = cue_senses().addressed
    text = article.text
    repaired = []
    for attribution in found:
        words = list(re.finditer(r"\S+", text[attribution.cue[0] : attribution.cue[1]]))
        content = attribution.content
        if len(words) < 2 or not content or content[0][0] < attribution.cue[1] or text[attribution.cue[1] : content[0][0]].strip():
            repaired.append(attribution)
            continue
        lowered = [w.group().lower() for w in words]
        r = next((i for i, w in enumerate(lowered) if w not in _AUXILIARIES and not w.endswith("ly")), len(words))
        if r >= len(words) - 1 or not re.fullmatch(r"[a-z]+", words[r].group()) or not _saying_form(lowered[r]) \
                or at.stem(lowered[r]) in addressed or lowered[r] in addressed \
                or not str(lexicon.get(lowered[r], "VBD" if lowered[r].endswith("ed") else "")).startswith("VB"):
            repaired.append(attribution)
            continue
        first = words[r + 1].group()
        tag = str(lexicon.get(first, ""))
        if not re.fullmatch(r"[a-z][\w'’-]*", first) or tag.startswith(_NO_CONTENT_TAGS) or first in _ADVERBS or first in _TIME_WORDS \
                or first in ("that", "to") or _saying_form(first) and tag.startswith("VB"):
            repaired.append(attribution)
            continue
        cue = (attribution.cue[0] + words[r].start(), attribution.cue[0] + words[r].end())
        start = attribution.cue[0] + words[r + 1].start()
        repaired.append(replace(attribution, cue=(attribution.cue[0], cue[1]), content=((start, content[0][1]), *content[1:]), direct=False))
    return repaired


_AND_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|on|the)\s+)?){0,4}(?P<last>[A-Z][\w'’&.-]*)\b")


def _past_cut_names(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A source written after its cue that the attribution model cut at an 'and' inside a name
    ("According to a complaint filed by the federal Securities and Exchange Commission and a
    complaint by the state, the firm ...": the source 'a complaint filed by the federal Securities',
    the content 'and Exchange Commission and ...'): a capitalized word, 'and', then capitalized
    words ending in an organization's word (voice_patterns.ORGANIZATION_WORDS: 'Commission',
    'Department', 'Council') are one name. When the content followed the cut source (an opening
    'According to X, ...'), the source runs on to the comma that closes it and the content starts
    after that comma."""
    text = article.text
    repaired = []
    for attribution in found:
        source = attribution.source
        named = _AND_NAME.match(text, source[1]) if source is not None and attribution.source_after else None
        if source is None or named is None or named.group("last").lower() not in vp.ORGANIZATION_WORDS or \
                not re.search(r"(?<![\w'’-])[A-Z][\w'’&.-]*$", text[source[0] : source[1]]):
            repaired.append(attribution)
            continue
        end = named.end()
        content = attribution.content
        if content[0][0] >= source[1]:  # the content was read from the cut: "..., and Exchange Commission and ..., the firm"
            last = content[-1][1]
            comma = text.find(",", end, last)
            if comma < 0 or re.search(r"[.;:!?\"“”]", text[end:comma]):
                repaired.append(attribution)
                continue
            end = comma
            start = comma + 1 + len(text[comma + 1 : last]) - len(text[comma + 1 : last].lstrip())
            if start >= last:
                repaired.append(attribution)
                continue
            content = ((start, last),) + tuple(content[1:])
        elif content[-1][1] > source[1]:
            repaired.append(attribution)
            continue
        repaired.append(replace(attribution, source=(source[0], end), content=content))
    return repaired


def _past_naming_participles(article: Article, found: list[Attribution]) -> list[Attribution]:
    """An attribution whose cue is a naming participle (`_naming_participle`) followed, past the
    term it gives, by a reporting verb of the sentence ("A news site called \"The Ledger\" cited
    that ...", "A group called Harbour Watch said the plan"): that verb is the cue, the noun with its
    name the source, what follows the verb the content. Only when the content holds no quotation."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    repaired = []
    for attribution in found:
        cue = article.text[attribution.cue[0] : attribution.cue[1]].split()
        if attribution.source is None or not attribution.content or not _naming_participle(article, attribution, cue, lexicon):
            repaired.append(attribution)
            continue
        term = _NAMED_TERM.match(article.text, attribution.cue[1])
        verb = term and re.match(r"\s+(?P<verb>[a-z]+)\s+", article.text[term.end() : term.end() + 40])
        end = attribution.content[-1][1]
        if term is None or verb is None or at.stem(verb.group("verb")) not in at.reporting_stems() or \
                not str(lexicon.get(verb.group("verb"), "VBD" if verb.group("verb").endswith("ed") else "")).startswith(("VBD", "VBZ", "VBP")):
            repaired.append(attribution)
            continue
        start = term.end() + verb.end()
        if start >= end or re.search(r"[\"“”]|''", article.text[start:end]):
            repaired.append(attribution)
            continue
        repaired.append(replace(
            attribution, cue=(term.end() + verb.start("verb"), term.end() + verb.end("verb")), source=(attribution.source[0], term.end()),
            content=((start, end),), quotations=(), direct=False, inherited=False,
        ))
    return repaired


# --- a quotation left open before the next one's introduction ------------------------------------------
_INTRODUCTION = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<intro>[A-Z][^.!?\"“”«»]*?\s(?:{vp.VERB})\s*:\s*)$")
"""A sentence that introduces a quotation with a speech verb and a colon ("Their coach Ann Lee
said:"), at the end of the text before an opening mark."""


def _cut_at_introductions(article: Article, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotation spans, each one left open when the next opened (no closing mark, the next mark
    right after it) ending before the sentence that introduces the next one, when one does: a
    run-on paragraph whose closing mark the flattened text lost ('"We go on. The team meet on
    Monday. Their coach Ann Lee said: "We will ...') swallowed the narrative and the next speaker's
    cue, so that speaker's quotation went on with the voice before. The sentence must follow a
    sentence end inside the open span. Here, not in `quote_spans`, which the attribution model's
    training reads."""
    text = article.text
    cut = []
    for span, following in zip(spans, [*spans[1:], None]):
        if span.close_at < 0 and following is not None and not text[span.end : following.open_at].strip():
            intro = _INTRODUCTION.search(text, span.start, span.end)
            if intro is not None and intro.start("intro") > span.start:
                end = len(text[: intro.start("intro")].rstrip())
                if end > span.start:
                    span = replace(span, end=end)
        cut.append(span)
    return cut
