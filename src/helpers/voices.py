"""Voices: the sources an article cites, and who stands behind each figure."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .documents import POLL_HEADS, Documents, named_documents
from .figures import Figure
from .models import Article
from .mentions import classify, gazetteers, given_name, person_in
from .quotes import Quote, group_words
from .voice_patterns import EPITHET_ROLES, PERSON_ROLES


@dataclass(frozen=True, slots=True)
class Source:
    """A person, organization, outlet or collective the article quotes or cites."""

    name: str
    kind: str
    direct: int
    indirect: int
    mixed: int
    words_quoted: int
    first_paragraph: int
    descriptor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _kind_by_shape(name: str) -> str:
    """The kind of a source the attribution step could not place, from its words alone: people the
    text does not name when a word of it is a plural noun ("Other parties", "Wall Street analysts
    surveyed by Refinitiv"); when it ends in two capitalized words, what `_kind_of_a_name` reads in
    them; else "unknown" (a bare "Depot" is no known person)."""
    from .syntax import _tagger

    words = _tagger().lexicon
    parts = name.split()
    common = [word for word in parts if word.isalpha() and word.islower()]
    if len(parts) > 1 and parts[1].islower():  # "Bankers polled by ...": a sentence-case first word is a common one
        common.append(parts[0].lower())
    if any(words.get(word) == "NNS" for word in common):
        return "group"
    named = [part for part in parts if part not in ("MP", "MSP", "MEP", "AM", "Jr", "Jr.", "II", "III", "IV")]  # "Frank Field MP": the name before
    if len(named) >= 2 and all(part[:1].isupper() and part.replace("-", "").replace("'", "").replace("’", "").isalpha()
                               for part in named[-2:]):
        return _kind_of_a_name(named)
    return "unknown"


def _kind_of_a_name(words: list[str]) -> str:
    """A source ending in two capitalized words: a body when a street's, firm's or body's word closes
    it ("Threadneedle Street", "Garden Depot": a street that speaks is the office it houses, as a
    capital speaks for its government); a person only with evidence: a given name first ("Jane Doe",
    "Bill Maher"), two words no English lexicon knows ("Junot Diaz", by the tagger's), or a title or a
    person's role before the two ("Sen. Tarlo Vink", "economist Tarlo Vink"); else "unknown" ("Harbour
    Wharf", "Border Patrol", "Vermont Edition": common words, nothing says who or what it is)."""
    whole, last = " ".join(words), " ".join(words[-2:])
    kind = classify(whole) or classify(last)
    if kind in ("organization", "place"):
        return "organization"
    if kind == "outlet":
        return "outlet"
    if kind == "person" or person_in(whole) or given_name(words[-2]) is not None or not any(map(_known_word, words[-2:])):
        return "person"
    return "person" if any(w.rstrip(".").lower() in _person_words() for w in words[:-2]) else "unknown"


def _known_word(word: str) -> bool:
    """A word the tagger's lexicon knows in lower case, as no proper noun ("Border", "Edition"; not "Diaz")."""
    from .syntax import _tagger

    return not str(_tagger().lexicon.get(word.lower(), "NNP")).startswith("NNP")


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Titles, offices' words and person roles, in lower case: what before a name says it is a person's."""
    g = gazetteers()
    titles = {w.lower() for w in (*g["honorifics"], *g["abbreviations"])} | {w.lower() for o in g["offices"] for w in o.split()}
    return frozenset(PERSON_ROLES | EPITHET_ROLES | titles)


def sources(quotes: Sequence[Quote]) -> tuple[Source, ...]:
    """One row per speaker, in order of first appearance: the standfirst's quotes (stored after the body's)
    are read first, and a speaker first heard there has `first_paragraph` -1."""
    order: list[str] = []
    rows: dict[str, dict[str, Any]] = {}
    for quote in sorted(quotes, key=lambda q: "standfirst" not in q.flags):  # stable: the body's keep their order
        if quote.kind == "scare" or not quote.speaker:
            continue
        name = without_figures(quote.speaker) or quote.speaker
        if name not in rows:
            order.append(name)
            rows[name] = {
                "kind": quote.speaker_kind or _kind_by_shape(quote.speaker), "direct": 0, "indirect": 0, "mixed": 0, "words": 0,
                "first": quote.paragraph, "descriptor": quote.descriptor,
            }
        row = rows[name]
        if quote.kind in ("direct", "indirect", "mixed"):
            row[quote.kind] += 1
        if quote.kind in ("direct", "mixed"):
            row["words"] += len(quote.text.split())  # a mixed quote's words are the source's own
        row["descriptor"] = row["descriptor"] or quote.descriptor
    return tuple(
        Source(name, rows[name]["kind"], rows[name]["direct"], rows[name]["indirect"], rows[name]["mixed"],
               rows[name]["words"],
               rows[name]["first"], rows[name]["descriptor"])
        for name in order
    )


def summary(sources: Any, quotes: Any) -> str:
    """One line on an article's voices, from its sources and quotes tables (or sequences of rows):
    "4 sources: 7 direct quotes, 2 mixed (quoted words inside paraphrase), 9 indirect."; with no
    source but quotes, says they have no named speaker rather than that nobody is quoted."""
    kinds = Counter(str(kind) for kind in quotes["kind"]) if len(quotes) else Counter()
    parts = [f"{kinds['direct']} direct quote{'s' if kinds['direct'] != 1 else ''}"]
    if kinds["mixed"]:
        parts.append(f"{kinds['mixed']} mixed (quoted words inside paraphrase)")
    parts.append(f"{kinds['indirect']} indirect")
    if not len(sources):
        if not len(quotes):
            return "Nobody is quoted or cited in this article."
        return f"No speaker the article names: {', '.join(parts)}, each with its speaker as written in the quotes below."
    return f"{len(sources)} source{'s' if len(sources) != 1 else ''}: {', '.join(parts)}."


def attribute(figures: Sequence[Figure], quotes: Sequence[Quote], article: Article | None = None) -> tuple[Figure, ...]:
    """Each figure with `attributed_to`: the speaker of the direct quote that holds it, or of the
    indirect one whose reported words hold it (a standfirst's figure, a standfirst's quote's); "unnamed
    group (traders)" when that speaker is a group the article does not name ("Traders cited ...",
    "Pensioners said ..."); with the `article`, a poll, survey, report or study its sentence names as the
    figure's source when no named speaker holds it ("In the latest Quinnipiac poll, 45 percent ..."), and
    for the share of those asked who spoke ("61 percent said ...") the poll that asked them; None when the
    article states it itself. Quotes are looked up by offset and by sentence, so the cost grows with the
    article, not with figures x quotes."""
    direct = sorted((q.start, -q.end, n) for n, q in enumerate(quotes) if q.kind == "direct")
    starts = [start for start, _, _ in direct]
    indirect: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.kind == "indirect":
            indirect.setdefault(quote.sentence, []).append(quote)
    documents = Documents.of(article.text) if article is not None else None
    voices = _voices(quotes, documents)
    attributed = []
    for figure in figures:
        speaker = None
        if figure.sentence >= 0 or "standfirst" in figure.flags:  # a standfirst's quotes carry sentence -1 too
            holder = _direct_holding(figure, quotes, direct, starts)
            if holder is None:
                holder = next((q for q in indirect.get(figure.sentence, ()) if _inside(figure, q)), None)
            if holder is not None:
                speaker = voices[id(holder)]
            if (speaker is None or speaker.startswith(UNNAMED_GROUP.format(""))) and documents is not None and article is not None \
                    and 0 <= figure.sentence < len(article.sentences):
                sentence = article.sentences[figure.sentence]
                speaker = documents.in_span(article.text, sentence.start, sentence.end, figure) or speaker
        attributed.append(figure if figure.attributed_to == speaker else replace(figure, attributed_to=speaker))  # no copy for no change
    return tuple(attributed)


UNNAMED_GROUP = "unnamed group ({})"
"""How a figure's voice reads when it is a group the article does not name, by its noun."""
_PLURAL_PRONOUNS = frozenset("they them their".split())
"""A group speaker written so stands for the group that spoke before it (as `quotes` resolves it)."""


_SHARE_OF = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only|over|under|more\s+than|fewer\s+than|less\s+than|a\s+further|another)\s+)*"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)|\w+(?:-\w+)?\s+(?:percent|per\s+cent)|\w+\s+in\s+(?:10|ten|five|four|three)\b|a\s+(?:majority|third|quarter|fifth)|half|two-thirds|three-quarters)"
    r"(?:\s+(?:of|among)\s+(?P<group>.+))?",
    re.IGNORECASE,
)
"""A group speaker written as a share of those asked ("61 percent", "nine in 10 Democratic voters", "72 percent
of Democrats"): the poll that asked them speaks, not a group called "61 percent"."""
ASKED = "those polled"
"""Who a share of those asked is a share of, when the article names no poll."""


def _document_name(speaker: str | None) -> str | None:
    """A speaker that is a named document, by its name alone ("a new Marist poll" -> "Marist poll"), as
    `attribute` names one a sentence gives; any other speaker as it is."""
    if not speaker:
        return speaker
    named = named_documents(speaker)
    return named[-1][2] if named and named[-1][1] == len(speaker) else speaker


_FIGURE_IN_BRACKETS = re.compile(r"\s*\([^()]*\d[^()]*\)")


def without_figures(name: str | None) -> str | None:
    """A speaker's name without a figure set in brackets after it: "Republicans (61 percent)" is Republicans,
    the share a poll gave them no part of who they are."""
    return _FIGURE_IN_BRACKETS.sub("", name).strip() or name if name else name


def _share_voice(written: str, position: int, documents: Documents | None) -> str | None:
    """The voice of a share of those asked that spoke: the poll named last before it, or else the group it is
    a share of ("unnamed group (Democrats)") or everyone asked ("unnamed group (those polled)"); None for a
    group not written as a share."""
    share = _SHARE_OF.fullmatch(written)
    if share is None:
        return None
    poll = documents.before(position + 1, POLL_HEADS) if documents is not None else None
    if poll is not None:
        return poll
    return UNNAMED_GROUP.format(share.group("group") or ASKED)  # "of Democrats": mid-sentence, as written


def _voices(quotes: Sequence[Quote], documents: Documents | None = None) -> dict[int, str | None]:
    """Who each quote's figures are attributed to (by the quote's id): its speaker, or for an
    unnamed group the group by its noun as written ("unnamed group (traders)"). A group that
    "they" stands for is the last group named as the speaker before it, as `quotes` resolves it.
    A group written as a share of those asked ("61 percent said") is no group's name: its voice is
    the poll (`_share_voice`)."""
    found: dict[int, str | None] = {}
    group: str | None = None
    for quote in quotes:
        voice = _document_name(without_figures(quote.speaker))
        written = (quote.speaker_as_written or "").strip()
        words = group_words(written) if voice is None and written else None
        if voice is None and words and _SHARE_OF.fullmatch(words):  # "Some 45 percent of Democrats", however `quotes` kinds it
            group = voice = _share_voice(words, quote.start, documents)
        elif voice is None and quote.speaker_kind == "group":
            if written.lower() not in _PLURAL_PRONOUNS:  # "they": the group before goes on
                group = UNNAMED_GROUP.format(_group_noun(words)) if words else None
            voice = group
        found[id(quote)] = voice
    return found


def _group_noun(written: str) -> str:
    """A group as written, as it reads inside a sentence: "Traders" -> "traders", "Many
    analysts" -> "many analysts"; a word capitalized as a name stays ("Labour MPs", "EU farmers")."""
    first, _, rest = written.partition(" ")
    if first[:1].isupper() and first[1:].islower() and _opens_common(first.lower(), rest):
        first = first.lower()
    return f"{first} {rest}".strip()


_COMMON_OPENERS = frozenset("NNS DT PDT JJ JJR JJS CD RB".split())


def _opens_common(word: str, rest: str) -> bool:
    """A word capitalized only because it opens the sentence, by the tagger's lexicon: a plural
    noun, a determiner, an adjective or an adverb ("Traders", "Many", "Some", "Just"), or a noun
    standing alone or before "of" ("Half of ...")."""
    from .syntax import _tagger

    tag = str(_tagger().lexicon.get(word, ""))
    return tag in _COMMON_OPENERS or tag.startswith("NN") and (not rest or rest.startswith("of "))


def _inside(figure: Figure, quote: Quote) -> bool:
    """Whether the figure lies in the words a quote reports (any of its parts), not beside them: in
    "One of the men, Tom Lee, 34, said he would plead not guilty" the age describes the speaker, and
    in "Lee cited the figure at a forum watched by 14.7 million people" the audience is no claim."""
    return any(start <= figure.start and figure.end <= end for start, end in (quote.parts or ((quote.start, quote.end),)))


def _direct_holding(figure: Figure, quotes: Sequence[Quote], direct: list[tuple[int, int, int]], starts: list[int]) -> Quote | None:
    """The first direct quote (in the article's order) that holds the figure: quotes do not nest,
    so only those starting at or before the figure, nearest first, can hold it."""
    found = None
    position = bisect_right(starts, figure.start)
    for k in range(position - 1, max(-1, position - 4), -1):
        start, negative_end, n = direct[k]
        if start <= figure.start and figure.end <= -negative_end and (found is None or n < found):
            found = n
    return quotes[found] if found is not None else None
