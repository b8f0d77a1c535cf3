"""Quotations and attributions: who is quoted, who is cited, and what they said.

This module holds the entry points (`quotes_of`, `standfirst_quotes`), `Quote`, the drafts a quote is built from
(`_drafts`) and the reader that gives each draft its speaker (`_Voices`, `_resolve`). The rest lives by concern, each
module importing only those below it: `quote_cues` (the cue lexicon and the clause test after a cue), `quote_words`
(where a position falls, the shared word lists, the word index and a text's roles), `quote_sources` (who a source as
written is), `quote_people` (the people and bodies a text names that a source can point back to), `quote_speakers`
(`_Speakers`: whom a source as written names), `quote_reports` (whether a cue reports what someone said),
`quote_repairs` (passes that repair the attribution step's sources) and `quote_clauses` (passes over what stands
between a source and its cue)."""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import voice_patterns as vp
from . import attribution as at
from .attribution import Attribution, Tok, article_tokens, find
from .mentions import Mention, Names, dateline_place, person_in
from .models import Article
from .quotations import QuoteSpan, quote_spans
from .quote_clauses import (
    _antecedent,
    _cue_past_content_words,
    _cue_past_source_words,
    _cut_at_introductions,
    _past_appositive_sources,
    _past_by_agents,
    _past_cut_names,
    _past_naming_participles,
    _past_opening_prepositions,
    _past_participle_sources,
    _past_quoted_openers,
    _past_relative_clauses,
    _past_restrictive_relatives,
    _past_stranded_relatives,
    _whole_quotations_said,
)
from .quote_cues import cue_senses
from .quote_people import _PARTY_TAG, _spoken_of
from .quote_repairs import (
    _according_appositions,
    _past_contractions,
    _past_dashed_asides,
    _past_demonym_sources,
    _past_state_sources,
    _past_told_addressee,
    _quoted_after,
    _quoted_as_saying,
    _repaired_sources,
    _says_something,
    _trailing_role_sources,
    _went_to_say,
)
from .quote_reports import (
    _AUXILIARIES,
    _BE_BEFORE,
    _BE_FORMS,
    _naming_participle,
    _passive_known,
    _perceived_passive,
    _reports,
)
from .quote_sources import (
    _AFFILIATION_AFTER,
    _FORMS_OF_ADDRESS,
    _PRONOUNS,
    _RELATIVE_CLAUSE,
    _describes,
    _ending_person,
    _split_source,
)
from .quote_speakers import UNNAMED_OFFICIAL, _Speakers
from .quote_words import (
    _BODY_NOUNS,
    _NAME_SUFFIX,
    _PHRASE_BREAKS,
    _POST_NOMINAL,
    _TITLE_SMALL,
    _clean_org,
    _name_shaped,
    _named,
    _para_of,
    _sentence_of,
    _titled,
)
from .textcache import per_article

# Read through `helpers.quotes` by mentions, figures, voices and the tests, from the modules that hold them now.
from .epithets import epithet as _epithet  # noqa: F401
from .quote_cues import CueSenses, _holds_clause  # noqa: F401
from .quote_people import _covering  # noqa: F401
from .quote_reports import _named_an_award  # noqa: F401
from .quote_sources import _before_relative, apposed_body, body_signs, described_as, group_words  # noqa: F401
from .quote_speakers import BODY_LOOKBACK, PEOPLE_LOOKBACK  # noqa: F401
from .quote_words import _WordIndex, _compiled, sentence_holding  # noqa: F401

SCARE_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, indirect, mixed or scare quote; offsets index the cleaned text.

    `parts` are the (start, end) pieces of the content, and `text` is those pieces joined by a
    space: one piece, except for a quotation its attribution splits (`"A," she said. "B"`);
    `start` and `end` run from the first piece's start to the last piece's end. `flags`:
    "standfirst" for a quote in the summary under the headline (`standfirst_quotes`)."""

    kind: str
    text: str
    start: int
    end: int
    paragraph: int
    sentence: int
    speaker: str | None
    speaker_as_written: str | None
    speaker_kind: str | None
    cue: str | None
    addressee: str | None
    descriptor: str | None
    parts: tuple[tuple[int, int], ...] = field(default=())
    flags: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


# --- quotes from attributions --------------------------------------------------------------------
@dataclass(slots=True)
class _Draft:
    """A quote before its speaker is resolved: where its content is, and whose voice it carries
    (its own attribution, or the draft it continues)."""

    kind: str
    parts: list[tuple[int, int]]
    attribution: Attribution | None = None
    follows: _Draft | None = None
    resolved: tuple[str | None, str | None, str | None, str | None, str | None, str | None] | None = None
    carried: tuple[str | None, str | None, str | None, str | None, str | None, str | None] | None = None
    """The voice of a passive's subject ("Ann Lee was asked whether ...": no speaker), which the
    quotes going on from it carry ('... and said', a quotation after it: her answer)."""
    introduced: bool = False  # no cue claims it, but its own sentence names its speaker before a colon


_NAMING_BEFORE_TITLE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?$")


def _named_title(article: Article, span: QuoteSpan) -> bool:
    """A name in title case quoted right after a verb of naming (cue_senses.yml 'naming': "the bill,
    known as the \"Clean Harbour and Rivers Protection Act\""): a title, however long, no one's words."""
    words = article.text[span.start : span.end].strip(" ,.").split()
    if not words or not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words):
        return False
    verb = _NAMING_BEFORE_TITLE.search(article.text, max(0, span.open_at - 40), span.open_at)
    if verb is None:
        return False
    word = verb.group("verb")
    previous = re.findall(r"[\w'’]+", article.text[max(0, verb.start() - 24) : verb.start()])
    if previous and previous[-1].lower() in _AUXILIARIES:
        return False  # "she is nicknamed 'Naked Girl.'": a passive report of what she is called (PolNeAR annotates it)
    return (word.endswith("ed") or word == "known") and (at.stem(word) in cue_senses().naming or word in cue_senses().naming)


def _is_scare(article: Article, span: QuoteSpan) -> bool:
    """Five words or fewer that are not a sentence and not introduced by a colon; or a title quoted
    after a verb of naming."""
    content = article.text[span.start : span.end]
    before = article.text[max(0, span.open_at - 2) : span.open_at]
    if span.close_at >= 0 and _named_title(article, span):
        return True
    if len(content.split()) > SCARE_MAX_WORDS or span.close_at < 0:
        return False
    if _LISTED_AFTER_QUOTATION.search(article.text, max(0, span.open_at - 12), span.open_at):
        return True  # '“Mary Poppins” and “Bambi.”': the last of titles listed, its sentence's full stop inside
    return not before.rstrip().endswith(":") and content.rstrip()[-1:] not in ".!?"


_LISTED_AFTER_QUOTATION = re.compile(r"[”\"][,;]?\s*(?:,|and|or|&)\s*$|,[”\"]\s*$")
"""What stands between two quotations listed together: '” and ', '”, ', ',” '."""


def _opens_next_sentence(article: Article, span: QuoteSpan, sentence: int) -> bool:
    """The quotation opens the sentence after the attribution's (`"A," she said in Iowa. "B"`)."""
    index = _sentence_of(article, span.open_at)
    return index == sentence + 1 and not article.text[article.sentences[index].start : span.open_at].strip()


def _gap_is_empty(text: str) -> bool:
    return not text.strip(" \n\"“”'’.,;:—–-")


def _drafts(article: Article, found: list[Attribution], spans: Sequence[QuoteSpan]) -> list[_Draft]:
    """Quotes in reading order: each attribution's content; a quotation its attribution splits
    joins it; quoted words inside a paraphrase are mixed quotes of the paraphrase's source; a
    quotation no cue claims goes on with the voice before it, or is a scare quote."""
    covered: dict[int, _Draft] = {}
    drafts: list[_Draft] = []
    for attribution in found:
        if attribution.direct and all(q in covered for q in attribution.quotations):
            continue  # a quotation has one voice: the first attribution that claims it
        draft = _Draft("direct" if attribution.direct else "indirect", list(attribution.content), attribution)
        drafts.append(draft)
        for quote in attribution.quotations:
            if quote in covered:
                continue
            if attribution.direct:
                covered[quote] = draft
            else:
                covered[quote] = _Draft("mixed", [(spans[quote].start, spans[quote].end)], follows=draft)
                drafts.append(covered[quote])
    # `"A," she said. "B"` and `"A," she said, "B"`: the quotation right after the attribution joins it
    for draft in list(drafts):
        attribution = draft.attribution
        if draft.kind != "direct" or attribution is None or not attribution.quotations:
            continue
        last = max(attribution.quotations)
        tail_end = max(attribution.cue[1], attribution.source[1] if attribution.source else 0, draft.parts[-1][1])
        following = last + 1
        cue_sentence = _sentence_of(article, attribution.cue[0])
        while following < len(spans) and following not in covered:
            span = spans[following]
            if span.paragraph != spans[last].paragraph or not (
                _gap_is_empty(article.text[tail_end : span.open_at]) or _opens_next_sentence(article, span, cue_sentence)
                or _sentence_of(article, span.open_at) == cue_sentence and attribution.content[0][0] < attribution.cue[0]
            ):
                break
            draft.parts.append((span.start, span.end))
            covered[following] = draft
            tail_end, last, following = span.end, following, following + 1
    voices = _Voices(article, drafts)
    for index, span in enumerate(spans):
        if index in covered:
            continue
        if _is_scare(article, span):
            drafts.append(_Draft("scare", [(span.start, span.end)]))
            continue
        if (quoted := _quoted_after(article, span, index)) is not None:  # '"...," Ann Lee is quoted as saying'
            drafts.append(voices.add(_Draft("direct", [(span.start, span.end)], quoted)))
            covered[index] = drafts[-1]
            continue
        introduced = _named_lead_in(article, span)
        voice = None if introduced else _voice_before(article, span, voices, spans, covered, index)
        if voice is None:
            drafts.append(voices.add(_Draft("direct", [(span.start, span.end)], introduced=introduced)))
            continue
        owner = voice if voice.attribution is not None else voice.follows
        if owner is None or _para_of(article, owner.parts[-1][1]) != span.paragraph:
            drafts.append(voices.add(_Draft("direct", [(span.start, span.end)], follows=voice)))
            continue
        if owner.kind != "direct":  # a quotation after a paraphrase: the same voice's own words, quoted
            covered[index] = _Draft("direct", [(span.start, span.end)], follows=owner)
            drafts.append(voices.add(covered[index]))
            continue
        voices.extend(owner, (span.start, span.end))  # the attribution's content goes on
        covered[index] = owner
    return sorted(drafts, key=lambda d: (d.parts[0][0], d.kind != "indirect"))


_NAME_BEFORE_COLON = re.compile(r"[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+\s*:\s*$")


def _named_lead_in(article: Article, span: QuoteSpan) -> bool:
    """A quotation its own sentence introduces with a name and a colon ("Said Wales coach Jo
    Hart: "...", "- Leeds boss Sam Cole: "..."): a new voice, not the one before it goes on."""
    sentence = _sentence_of(article, span.open_at)
    if not 0 <= sentence < len(article.sentences):
        return False
    start = max(article.sentences[sentence].start, article.paragraphs[span.paragraph].start if 0 <= span.paragraph < len(article.paragraphs) else 0)
    return bool(_NAME_BEFORE_COLON.search(article.text[start : span.open_at]))


def _lead_in_name(article: Article, position: int) -> str | None:
    """The words before the colon that introduce the quotation opening at `position` ("Leeds boss Sam Cole"), from
    its sentence's start or the last dash or bullet before it."""
    sentence = _sentence_of(article, position)
    if not 0 <= sentence < len(article.sentences):
        return None
    before = article.text[article.sentences[sentence].start : position]
    colon = before.rfind(":")
    if colon < 0:
        return None
    lead = re.split(r"\s[-–—•]\s|^[-–—•]\s*", before[:colon])[-1].strip()
    return lead or None


class _Voices:
    """The quotes an unclaimed quotation can go on with (attributed, or going on with one), in the
    order they were drafted, indexed by the paragraph each opens in and by where each ends, so that
    finding the one before a quotation costs its paragraph, not every quote before it. Quotations
    are asked about in reading order."""

    def __init__(self, article: Article, drafts: list[_Draft]) -> None:
        self.article = article
        self.order: dict[int, int] = {}  # id(draft) -> when it was drafted
        self.by_paragraph: dict[int, list[_Draft]] = {}
        self.ending: list[tuple[int, int, _Draft]] = []  # (end, order, draft): a heap of those not yet passed
        self.latest: _Draft | None = None  # the last drafted of those that end before the quotation asked about
        self.latest_order = -1
        for draft in drafts:
            self.add(draft)

    def add(self, draft: _Draft) -> _Draft:
        if draft.kind in ("direct", "indirect") and (draft.attribution is not None or draft.follows is not None or draft.introduced):
            order = self.order[id(draft)] = len(self.order)
            self.by_paragraph.setdefault(_para_of(self.article, draft.parts[0][0]), []).append(draft)
            heapq.heappush(self.ending, (draft.parts[-1][1], order, draft))
        return draft

    def extend(self, draft: _Draft, part: tuple[int, int]) -> None:
        """A quotation joins `draft`'s content (it ends no later than before: the quotation lies
        before its last part or was asked about after it ended)."""
        opened = _para_of(self.article, draft.parts[0][0])
        draft.parts = sorted([*draft.parts, part])
        if id(draft) in self.order and (now := _para_of(self.article, draft.parts[0][0])) != opened:
            bucket = self.by_paragraph[opened]
            del bucket[next(i for i, d in enumerate(bucket) if d is draft)]  # by identity: drafts compare by value
            bisect.insort(self.by_paragraph.setdefault(now, []), draft, key=lambda d: self.order[id(d)])

    def last_before(self, position: int) -> _Draft | None:
        """The last drafted of those that end at or before `position`."""
        while self.ending and self.ending[0][0] <= position:
            _, order, draft = heapq.heappop(self.ending)
            if order > self.latest_order:
                self.latest, self.latest_order = draft, order
        return self.latest

    def last_in(self, paragraph: int, position: int) -> _Draft | None:
        """The last drafted of those that open in `paragraph` and end at or before `position`."""
        return next((d for d in reversed(self.by_paragraph.get(paragraph, [])) if d.parts[-1][1] <= position), None)


def _voice_before(
    article: Article, span: QuoteSpan, voices: _Voices, spans: Sequence[QuoteSpan], covered: dict[int, _Draft], index: int
) -> _Draft | None:
    """The attributed quote an unclaimed quotation continues: the last one before it in its
    paragraph; or, for a quotation that opens its paragraph, the last one in the paragraph before;
    or the attributed quotation that follows it with nothing between (`"A. "B," she said.`)."""
    previous = voices.last_before(span.open_at)
    same = voices.last_in(span.paragraph, span.open_at)
    if same is not None:
        return same
    if _runs_on_from(article, span, previous):
        return previous
    nxt = covered.get(index + 1)
    if nxt is not None and nxt.kind == "direct" and spans[index + 1].paragraph == span.paragraph and _gap_is_empty(
        article.text[span.end : spans[index + 1].open_at]
    ):
        return nxt
    paragraph = article.paragraphs[span.paragraph] if 0 <= span.paragraph < len(article.paragraphs) else None
    if paragraph is not None and span.open_at <= paragraph.start + 1 and previous is not None:
        if _para_of(article, previous.parts[-1][1]) == span.paragraph - 1:
            return previous
    return None


def _runs_on_from(article: Article, span: QuoteSpan, previous: _Draft | None) -> bool:
    """Whether a quotation opens right after a voice's last quotation, nothing but space and marks
    between them, in the paragraph that quotation ran on into (`"We lost. [new paragraph] "We tried
    hard. "We will be back."`: the second paragraph's later quotations are still that voice's,
    though the voice opened a paragraph before)."""
    if previous is None or previous.kind != "direct" or _para_of(article, previous.parts[-1][1]) != span.paragraph:
        return False
    return not article.text[previous.parts[-1][1] : span.open_at].strip(" \n\"“”'’.,")


def _addressee(toks: dict[int, Tok], attribution: Attribution, article: Article) -> str | None:
    """Who a "told" or "asked" cue speaks to: the words between the cue and what was said."""
    cue = article.text[attribution.cue[0] : attribution.cue[1]].lower()
    if not re.search(r"\b(?:told|tell|tells|telling|asked|asks)\b", cue):
        return None
    after = article.text[attribution.cue[1] : attribution.content[0][0]]
    if attribution.content[0][0] < attribution.cue[0]:
        sentence_end = re.search(r"[.!?\n]|$", article.text[attribution.cue[1] : attribution.cue[1] + 200])
        after = article.text[attribution.cue[1] : attribution.cue[1] + (sentence_end.start() if sentence_end else 0)]
    match = re.match(r"\s*(?P<who>[^:,;\"“”]{1,80}?)\s*(?:[:,;\"“”]|\bthat\b|\b(?:on|in|at|during|after|before|last|this)\s|[.!?]?\s*$)", after)
    who = match.group("who").strip() if match else ""
    return who or None


def _resolve(article: Article, drafts: list[_Draft], mentioned: tuple[Mention, ...] | None) -> list[Quote]:
    quoted = [p for d in drafts if d.kind == "direct" for p in d.parts]
    speakers = _Speakers(article, quoted, mentioned)
    first_of: dict[tuple[int, int], _Draft] = {}  # an attribution's source -> the first quote it speaks
    for draft in drafts:
        if draft.attribution is not None and draft.attribution.source is not None:
            first_of.setdefault(draft.attribution.source, draft)
    quotes: list[Quote] = []
    for draft in drafts:
        start, end = draft.parts[0][0], draft.parts[-1][1]
        text = " ".join(article.text[a:b] for a, b in draft.parts)
        paragraph, sentence = _para_of(article, start), _sentence_of(article, start)
        speaker = written = kind = cue = addressee = descriptor = None
        if draft.kind == "scare":
            pass
        elif draft.attribution is not None:
            spoken_of = _spoken_of(draft.kind, article.text[slice(*draft.parts[0])])
            speaker, written, kind, cue, addressee, descriptor = _voice(article, draft.attribution, speakers, first_of, spoken_of)
            if draft.attribution.source is not None and _passive_addressed(article, draft.attribution) == (draft.attribution.cue[0], ""):
                draft.carried = _voice(article, draft.attribution, speakers, first_of, spoken_of, passive=False)
        elif draft.follows is not None and (draft.follows.carried or draft.follows.resolved) is not None:
            speaker, written, kind, cue, addressee, descriptor = draft.follows.carried or draft.follows.resolved
            if draft.kind == "direct":
                cue = addressee = None
                if _para_of(article, draft.follows.parts[0][0]) != paragraph:
                    written = descriptor = None  # a later paragraph that goes on with the voice names no one itself
        elif draft.kind == "direct":
            speaker, kind = _about(article, speakers, start, paragraph)
            if draft.introduced and speaker is not None:
                written = _lead_in_name(article, start)  # "- Leeds boss Sam Cole: "...": the name is beside it
        draft.resolved = (speaker, written, kind, cue, addressee, descriptor)
        if draft.kind != "direct" and cue and re.match(r"[A-Z]{3,}\b", cue) and written and written.upper() == written:
            continue  # "OZ'S BOSS THINKS HE'S FULL OF IT": a heading in capitals reports no one
        if (speaker and kind in ("person", "organization", "people") or not speaker and kind == "group") and draft.attribution is not None:
            speakers.spoke(draft.attribution.source[0] if draft.attribution.source else start, speaker, kind)
        if draft.attribution is not None:
            speakers.said(draft.attribution.source[0] if draft.attribution.source else start, speaker, kind)
        quotes.append(Quote(draft.kind, text, start, end, paragraph, sentence, speaker, written, kind, cue, addressee,
                            descriptor, tuple(draft.parts)))
    return _merged(quotes, speakers.names)


_DOCUMENT_OF = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Ll]atest|[Rr]ecent|\d{4})\s+)*(?P<owner>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*?)(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+$"
    r"|.*\b(?:by|from|of)\s+(?:the\s+)?(?P<maker>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*)*)$"
)
"""A document named after who made it: "Crowdpac data", "the Pew Research Center's survey", "an
analysis of FEC data by Crowdpac", "a report from Kotak Institutional Equities"."""


def _merged(quotes: list[Quote], names: Names) -> list[Quote]:
    """One source under one name: a surname alone ("Khan", from "Mr Khan") is the one person of
    that surname the article's speakers or names give in full ("Sher Khan"), when just one; a
    party with or without "Party" and a body written in another case are the first way the article
    writes them as a speaker ("the Labour Party" / "Labour"); a one-word speaker read as a body or an outlet that is
    the surname of just one speaker named in full ("Israel" after "Steve Israel said") is that person; a document named after a speaker of
    the article ("Crowdpac data", "an analysis of FEC data by Crowdpac") is that speaker's."""
    people = {q.speaker for q in quotes if q.speaker_kind == "person" and q.speaker and " " in q.speaker}
    people |= {name for _, name in names.people if " " in name}
    by_surname: dict[str, set[str]] = {}
    for person in people:
        by_surname.setdefault(person.split()[-1].lower(), set()).add(person)
    bodies: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker_kind in ("organization", "outlet", "person", UNNAMED_OFFICIAL):
            key = _body_key(quote.speaker)
            if key not in bodies or bodies[key].islower() and not quote.speaker.islower():
                bodies[key] = quote.speaker  # the first way it is written, capitalized if it ever is ("Police", not "police")
            kinds.setdefault(quote.speaker, quote.speaker_kind)
    speaking: dict[str, set[str]] = {}  # the article's speakers named in full, by surname
    for quote in quotes:
        if quote.speaker_kind == "person" and quote.speaker and " " in quote.speaker:
            speaking.setdefault(quote.speaker.split()[-1].lower(), set()).add(quote.speaker)
    merged = []
    for quote in quotes:
        speaker, kind = quote.speaker, quote.speaker_kind
        if speaker and kind == "person" and " " not in speaker and len(full := by_surname.get(speaker.lower(), set())) == 1:
            speaker = next(iter(full))  # "Mr Khan" after "Sher Khan, ..., said"
        elif speaker and kind in ("organization", "outlet") and " " not in speaker and len(full := speaking.get(speaker.lower(), set())) == 1:
            speaker, kind = next(iter(full)), "person"  # '"...," Israel said.' after 'Rep. Steve Israel (D-N.Y.) said': his surname, no country
        elif speaker and kind in ("organization", "outlet", UNNAMED_OFFICIAL):
            speaker = bodies.get(_body_key(speaker), speaker)  # "the Labour Party" after "Labour"
        elif speaker and kind == "document" and (of := _DOCUMENT_OF.fullmatch(speaker)):
            owner = bodies.get(_body_key(of.group("owner") or of.group("maker")))
            if owner is not None and owner != speaker:
                speaker, kind = owner, kinds[owner]  # "Crowdpac data" after "Crowdpac said"
        merged.append(quote if (speaker, kind) == (quote.speaker, quote.speaker_kind) else replace(
            quote, speaker=speaker, speaker_kind=kind, descriptor=quote.descriptor or (
                quote.speaker_as_written if kind != quote.speaker_kind else None)))
    return merged


def _body_key(name: str) -> str:
    """A body's name as one key for its variants: case, "the" and a closing "Party" apart."""
    return re.sub(r"^the\s+|\s+party$", "", name.lower().replace("’", "'")).strip()


def _about(article: Article, speakers: _Speakers, start: int, paragraph: int) -> tuple[str | None, str | None]:
    """A quotation nothing attributes: the person the text is about (the last person a sentence
    of this paragraph or the one before opened with), as a reader takes it."""
    floor = article.paragraphs[max(paragraph - 1, 0)].start if article.paragraphs else 0
    people = speakers.people
    earlier = bisect.bisect_left(people, start, key=lambda entry: entry[0])
    near = next((people[i] for i in range(earlier - 1, -1, -1) if people[i][0] < floor or people[i][2] in ("person", "official")), None)
    if near is not None and near[0] >= floor and near[1]:
        return near[1], "person" if near[2] == "person" else UNNAMED_OFFICIAL
    return None, None


_RAISING_CUE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being)(?:\s+(?:widely|not|also|still|now|generally))?\s+"
    r"(?:expected|said|believed|thought|reported|rumou?red|tipped|understood|alleged|known|considered|estimated|predicted|projected)(?:\s+to)?\s*$"
)
"""A passive cue that raises the content's subject ("X is expected to win", "she is said to be
furious", "obesity is estimated to cost"): the subject is what the report is about, not who reports it (PolNeAR leaves all such
sources empty)."""


_BY_AGENT = re.compile(r"\s+by\s+(?P<who>(?:[Tt]he\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+|[Ii]ts\s+|an?\s+)?(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+(?:\s+\([A-Z][\w.&-]*\))?)"
                       r"(?=\s*(?:[,.;:\"“”]|$)|\s+(?:of|to|that|whether|if|for|about|over|in|on|not|he|she|they|it)\b"
                       r"|\s+and\s+(?!(?:the|a|an|his|her|their|its|other|several)\b)[a-z])")
"""A passive's agent right after its cue ("was told by the manager that", "was accused by Ann Lee of";
"by rights groups and the Tories" is one agent, "by a prosecutor and face trial" ends at "and")."""


def _passive_addressed(article: Article, attribution: Attribution) -> tuple[int, str] | None:
    """For a cue of the 'addressed' class (accuse, tell, ask, urge: cue_senses.yml) in the passive
    with its source before it ("Ann Lee was accused of", "the conference was told", "Tom Ash was
    being urged to"), (position, agent as written) when a 'by' agent follows the cue's verb, (cue
    start, "") when none does; None for any other cue. The passive's subject is the one spoken to
    or about, not its speaker."""
    assert attribution.source is not None
    if attribution.source_after or attribution.source[1] > attribution.cue[0]:
        return None
    words = list(re.finditer(r"\S+", article.text[attribution.cue[0] : attribution.cue[1]]))
    verb = next((i for i, w in enumerate(words) if w.group().lower() not in _AUXILIARIES and not w.group().endswith("ly")), None)
    if verb is None:
        return None
    word = words[verb].group().lower()
    if not word.endswith(("ed", "told")) or (at.stem(word) not in cue_senses().addressed and word not in cue_senses().addressed):
        return None  # a participle of the class: "accused", "told", "asked" (not "asks", "telling")
    before = article.text[max(0, attribution.cue[0] - 40) : attribution.cue[0]]
    if not (any(w.group().lower() in _BE_FORMS for w in words[:verb]) or _BE_BEFORE.search(before)):
        return None
    found = _BY_AGENT.match(article.text, attribution.cue[0] + words[verb].end())
    if found is not None:
        return found.start("who"), found.group("who")
    return attribution.cue[0], ""


def _voice(
    article: Article, attribution: Attribution, speakers: _Speakers, first_of: dict[tuple[int, int], _Draft],
    content: str = "", *, passive: bool = True,
) -> tuple[str | None, str | None, str | None, str | None, str | None, str | None]:
    """(speaker, as written, kind, cue, addressee, descriptor) of one attribution (`first_of`: the
    first quote each source speaks, which a source inherited from it resolves as; `content`: what
    it says, whose named people a pronoun source is not)."""
    cue = article.text[attribution.cue[0] : attribution.cue[1]]
    addressee = _addressee({}, attribution, article)
    if attribution.source is None or _RAISING_CUE.search(article.text[max(0, attribution.cue[0] - 24) : attribution.cue[1]]):
        return None, None, None, cue, addressee, None  # "he is expected to keep his place": whose expectation is unsaid
    from .syntax import _tagger

    if attribution.content and _naming_participle(article, attribution, cue.split(), _tagger().lexicon):
        return None, None, None, cue, addressee, None  # "The program, called EB-5, allows": the noun is named, it says nothing
    if _passive_known(article.text, attribution):
        return None, None, None, cue, addressee, None  # "Pfizer is well known for", "has become known as": what is known says nothing
    if _perceived_passive(article, attribution, cue.split(), _tagger().lexicon):
        return None, None, None, cue, addressee, None  # "He is viewed as a potential successor": how he is taken, by no one named
    if passive and (agent := _passive_addressed(article, attribution)) is not None:
        if not agent[1]:
            return None, None, None, cue, addressee, None  # "Ann Lee was accused of ...": she is spoken of, not speaking
        speaker, kind = speakers.resolve(re.sub(r"\s+\(.*\)$", "", agent[1]), agent[0], content)  # "was told by Ann Lee that"
        return speaker, agent[1], kind, cue, None, None
    written = article.text[attribution.source[0] : attribution.source[1]]
    if written.isupper() and dateline_place(article.text, attribution.source[0]) is not None:
        speaker, kind = speakers.subject_before(attribution.cue[0])  # "TALLAHASSEE — Rep. Ann Lee on Friday ... while praising": not the place
        return speaker, written, kind, cue, addressee, None
    if attribution.inherited:
        owner = first_of.get(attribution.source)
        if owner is not None and (owner.carried or owner.resolved) is not None:
            speaker, _, kind, _, _, descriptor = owner.carried or owner.resolved
            return speaker, written, kind, cue, addressee, descriptor
    if (listed := speakers.together(attribution.source, attribution.source_after)) is not None:  # "Chuck Grassley and Dick Durbin said"
        described = re.match(r",\s+(?P<what>[^,].*)", article.text[listed.end : max(listed.end, attribution.source[1])])
        return listed.name, written, "people", cue, addressee or _told(article, attribution), described and described.group("what")
    head, descriptor, to = _split_source(written)
    head = _subject_before_verb(head)
    position = attribution.source[0]
    tagged = _tagged_name(article.text, attribution.source)
    antecedent = None
    if tagged is not None:
        head, position = tagged  # "Lindsey Graham, R-S.C., now saying": the senator, not his party and state
    elif head.split()[0].lower() in ("who", "which") and len(head.split()) <= 3 and attribution.source[0] > 1 and (
            antecedent := _antecedent(article.text, attribution.source[0])) is not None:
        head = antecedent[0]  # "Trump, who said ...", "the Saudi government, which has denied ...": what the clause is about
    if re.search(r"\b(?:who|which|that),\s*$", article.text[max(0, attribution.source[0] - 12) : attribution.source[0]]):
        content = ""  # "Ann Lee has no doubt it is the minister who, she claims, is ...": the clause's subject speaks
    if antecedent and (body := re.fullmatch(r"(?:[Tt]he\s+)?(.*\b(\w+)\s+of\s+.*)", head)) and body.group(2).lower() in vp.ORGANIZATION_WORDS:
        speaker, kind = speakers._remember(_clean_org(body.group(1)), "organization")  # "the Illinois Board of Elections, which"
    else:
        speaker, kind = speakers.resolve(head, position, content)
    if antecedent and head.split()[-1][:1].islower() and (
            kind is None or written.split()[0].lower() == "who" and kind in ("document", "outlet")):
        speaker, kind = None, "unnamed"  # "a ... commissioner, who": a phrase no rule reads; "who" stands for no document
    if kind is None and speaker == head and (descriptor or _RELATIVE_CLAUSE.match(written, len(head))) and _name_shaped(_NAME_SUFFIX.sub("", head)):
        described = (descriptor or "").split(",")[0].split()  # "Ann Lee, who runs the club": a person described
        cut = next((i for i, w in enumerate(described) if i > 0 and w.lower() in _PHRASE_BREAKS), len(described))
        noun = described[cut - 1].lower() if described else ""
        if noun in _BODY_NOUNS:  # "Global Sports Communications, Chepkemei's management company"
            speaker, kind = speakers._remember(head, _BODY_NOUNS[noun])
        else:  # "Keron Blair, executive director of AROS": a person described
            speaker, kind = speakers._remember(_POST_NOMINAL.sub("", head), "person")
    to = to or _told(article, attribution)
    if descriptor is None and kind == UNNAMED_OFFICIAL and head.lower() not in _PRONOUNS:
        descriptor = head  # "A Home Office spokesman": the role the body's person is given
    if descriptor is None and kind == "person" and speaker and head != speaker:
        words = head.split()
        person = person_in(head)
        if person and head.endswith(person) and len(words) > len(person.split()):
            descriptor = head[: len(head) - len(person)].strip()  # "Clinton campaign chairman John Podesta"
            if descriptor.split()[-1].rstrip(".") in _FORMS_OF_ADDRESS:
                descriptor = descriptor.rsplit(None, 1)[0] if " " in descriptor else ""  # "shadow minister Mr Tom Hale": no "Mr"
            descriptor = descriptor or None
        elif len(head) <= 200 and (placed := _AFFILIATION_AFTER.fullmatch(head)) and " and " not in placed.group(1) and (_named(placed.group(1)) or _titled(placed.group(1))):
            descriptor = placed.group(2)  # "Ann Lee of Liberty", "Ann Lee at the Harbour Trust": where she is from
        elif (ending := _ending_person(head)) and head.endswith(ending) and _describes(head[: len(head) - len(ending)].split(), whole=True):
            descriptor = head[: len(head) - len(ending)].strip() or None  # "fertility expert Lord Winston"
    if descriptor is None and kind == "person" and (role := _ROLE_OPENING.search(article.text, max(0, attribution.source[0] - 80), attribution.source[0])):
        descriptor = role.group("role")[0].lower() + role.group("role")[1:]  # "Prosecuting, Jane Smith KC said": her part in the case
    if descriptor is None and kind == "person" and not attribution.source_after and re.fullmatch(
            r",\s*", article.text[attribution.source[1] : attribution.cue[0]]) and (
            owned := _OWNED_ROLE_BEFORE.search(article.text, max(0, attribution.source[0] - 80), attribution.source[0])):
        descriptor = owned.group("role")  # "Ms Smith's lawyer, John Brown, said": who he is, set before his name
    return speaker, written, kind, cue, addressee or to, descriptor


_OWNED_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[.!?\n])[ ]*|(?<=[.!?][\"”’'])[ ]*)(?P<role>(?:(?:[A-Z][\w.-]*[ ]+){0,3}[A-Z][\w.-]*['’]s?|His|Her|Their|Its|"
    r"The[ ]+(?:[a-z-]+[ ]+){0,2}[a-z-]+['’]s?)[ ]+(?:[a-z-]+[ ]+){0,2}[a-z-]+),[ ]*$"
)
"""A sentence opening with whose someone is before their name and a comma ("Ms Smith's lawyer, John Brown, said", "Her
husband, Tom Ash, said", "The club's chairman, Ann Lee, said"): the speaker's descriptor."""
_ROLE_OPENING = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’'])\s*)(?P<role>(?:Prosecuting|Defending|Mitigating|Sentencing|Representing|Chairing|Presiding)"
    r"(?:\s+(?:for\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)?)\s*,\s*$"
)
"""A sentence opening with the part a person plays before their name ("Prosecuting, Jane Smith KC said", "Defending,
Mark Jones told the court", "Representing Acme, Ann Lee said"): court reporting's way of giving a role, the descriptor."""


"""A US politician's party and state after the name ("R-Wis.", "(D-N.Y.)", "(R)"): an affiliation."""
_TAGGED_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,?\s+(?P<tag>" + _PARTY_TAG + r"),?\s*$")


def _tagged_name(text: str, source: tuple[int, int]) -> tuple[str, int] | None:
    """(the name, where it starts) when a source is a party-state tag or its tail ("R-S.C.", "C."),
    or opens with the tag ("R-Wis., despite admitting"):
    the source model may start a source after the name's comma or inside the tag; the tag is the
    affiliation of the name written before it, never a speaker."""
    written = text[source[0] : source[1]].strip(" ,")
    end = source[1]
    if len(written) > 12 and (opening := re.match(_PARTY_TAG + r"(?=[,\s])", text[source[0] : source[1]])) is not None:
        written, end = opening.group(0), source[0] + opening.end()  # "R-Wis., despite admitting": the tag opens a longer source
    if not written or len(written) > 12:
        return None
    floor = max(0, source[0] - 120)
    found = _TAGGED_NAME.search(text, floor, end)
    if found is None or not (found.start("tag") <= source[0] and found.group("tag").endswith(written)):
        return None
    return found.group("name"), found.start("name")


_NAME_THEN_VERB = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?P<verb>[a-z]+)\s+(?:[a-z]+\s+){0,2}(?:his|her|their|its)$")


_NAME_THEN_PREDICATES = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?P<verb>[a-z]+)\s.{0,120}?\band\s+(?P<second>[a-z]+)"
    r"(?:\s+(?:away|out|back|off|up|home|again))?"
)
"""A name and two verbs of its own joined by 'and' before a cue that is a participle ("Ann Lee met
with X and came away convinced that ...", "Tom Ash visited the plant and left convinced")."""


def _subject_before_verb(head: str) -> str:
    """A source the model ran on past its subject's own verb into a possessive ("Ann Lee spoke of
    her", the cue a noun after it: "... spoke of her dislike of ...") or through two verbs of its
    own ("Ann Lee met with Tom Ash and came away [convinced]"): the name before the verb, when the
    tagger's lexicon reads the verbs as past or present-tense verbs."""
    from .syntax import _tagger

    lexicon = _tagger().lexicon
    finite = ("VBD", "VBZ", "VBP")
    if (both := _NAME_THEN_PREDICATES.fullmatch(head)) is not None and str(lexicon.get(both.group("verb"), "")) in finite \
            and str(lexicon.get(both.group("second"), "")) in finite:
        return both.group("name")
    found = _NAME_THEN_VERB.fullmatch(head)
    if found is None:
        return head
    tag = str(lexicon.get(found.group("verb"), ""))
    return found.group("name") if tag in finite else head


def _told(article: Article, attribution: Attribution) -> str | None:
    """Whom a source written after its cue told ("said Alexander Gabuev, an expert, to The Moscow
    Times")."""
    assert attribution.source is not None
    after = re.match(r",?\s+to\s+(?P<to>(?:the\s+|The\s+)?[A-Z][^,.;:\n]*)", article.text[attribution.source[1] : attribution.source[1] + 120])
    return after.group("to").strip() if after and attribution.source_after else None


@per_article  # the figure step asks for an article's quotes (a first-person holder inside a quotation is its
# speaker's) after `analysis.analyse` has read them: a long text is not read twice
def quotes_of(article: Article, mentioned: tuple[Mention, ...] | None = None) -> tuple[Quote, ...]:
    """Every direct, indirect, mixed and scare quote in the article's body, in reading order
    (`mentioned`: the article's mentions, when already computed; they are the article's own, so
    the quotes are the same either way)."""
    spans = _cut_at_introductions(article, quote_spans(article))
    toks = article_tokens(article, spans)
    found = _quoted_as_saying(article, _repaired_sources(find(article, spans, toks), toks))
    found = _past_demonym_sources(article, _past_dashed_asides(article, _past_told_addressee(article, found)))
    found = _past_relative_clauses(article, found)
    found = _past_restrictive_relatives(article, found)
    found = _past_stranded_relatives(article, found)
    found = _past_state_sources(article, found, toks)
    found = _past_naming_participles(article, found)
    found = _past_cut_names(article, found)
    found = _past_appositive_sources(article, found)
    found = _past_opening_prepositions(article, found)
    found = _past_by_agents(article, found)
    found = _past_participle_sources(article, found)
    found = _cue_past_source_words(article, found)
    found = _cue_past_content_words(article, found)
    found = _past_quoted_openers(article, found)
    found = _past_contractions(article, found)
    found = _according_appositions(article, found)
    found = _trailing_role_sources(article, found, spans)
    found = _went_to_say(article, found, toks)
    found = [a for a in found if _reports(article, a) and _says_something(article, a)]
    found = _whole_quotations_said(article, found, spans)
    return tuple(_resolve(article, _drafts(article, found, spans), mentioned))


def standfirst_quotes(article: Article) -> tuple[Quote, ...]:
    """Quotes in the standfirst, the summary under the headline ("Minister says the plan will cost £5bn"),
    flagged "standfirst": read as a paragraph of its own by `quotes_of`, offsets into `article.text`, sentence
    and paragraph -1 (it is no body paragraph and comes before paragraph 0), as `figures.standfirst_figures`
    reads its figures. Kept apart from `quotes_of`, so a body quote's index does not depend on the standfirst."""
    from .segment import standfirst_alone

    alone = standfirst_alone(article)
    if alone is None:
        return ()
    return tuple(replace(q, paragraph=-1, sentence=-1, flags=(*q.flags, "standfirst")) for q in quotes_of(alone))
