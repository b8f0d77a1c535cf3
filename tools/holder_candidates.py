"""Candidates for whose a figure is, with general features, for the learned holder chooser that
tools/train_holders.py measures (leave-one-split-out over the tunable gold) and that is not part of
the figure path: it did not beat the rules (docs/figure_meaning.md, "Learned choosers").

Each figure's candidates: no holder; every name the article writes in the figure's sentence and
the two sentences before it (one per entity: its nearest mention before the figure, else after);
the headline's entities and the article's most named one (by a body mention); the rules' holder
and the previous figure's when no name is theirs. Each is described by where it sits against the
figure, its role (opens a sentence, after "in/for/by/from" or "among", a possessive, inside the
subject), its kind, how often the article names it, whether the rules or the figures before it
(in its sentence, its paragraph, the last two sentences) gave it as a holder, and, on the no-holder
row, the figure's kind and context.

With `common_nouns` (round 34), also the agentive common-noun phrases of the figure's sentence and the
one before it ("the government", "These employees", "parents", "the developer"): a chunk of the
tagger's whose head is a lower-case noun of people or a body (`holder_words.agentive`) and that holds
no number or name, described by the name candidates' position features and by its determiner, whether
it opens its clause and whether a quantifier opens it. They test whether the rules' gap on new text is
in holders the name candidates lack."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from helpers.holder_words import _QUANTIFIERS, agentive
from helpers.holders import Name, Names, _key
from helpers.syntax import parse
from helpers.meaning_score import holder_right as same_holder

if TYPE_CHECKING:
    from helpers.figures import Figure
    from helpers.models import Article

FIGURE_KINDS = ("money", "percent", "count", "duration", "quantity", "number")
NAME_KINDS = ("person", "group", "place", "pair", "name")
FEATURES = (
    "null",
    "null, rules null",
    *(f"null, {kind}" for kind in FIGURE_KINDS),
    "null, quoted",
    "null, age",
    "null, names before it in the sentence (log)",
    "null, sentence opens with a pronoun",
    "null, no subject",
    "null, another figure in the sentence has a holder",
    "rules' holder",
    "rules' holder, not a name",
    "other than the rules' holder",
    "same sentence, before",
    "same sentence, after",
    "sentence before",
    "two sentences before",
    "farther before",
    "words between (log)",
    *(f"kind {kind}" for kind in NAME_KINDS),
    "mentions (log)",
    "mentions before (log)",
    "mentions nearby (log)",
    "most named",
    "in headline",
    "opens its sentence",
    "opens the sentence before",
    "after in/for/by/from",
    "after among",
    "possessive",
    "inside the subject",
    "in paragraph's first sentence",
    "previous figure's holder",
    "a holder earlier in the paragraph",
    "earlier holder, not a name",
    "holder of a figure in the same sentence",
    "share of the article's holders",
    "share of the article's name mentions",
    "named in the paragraph before the figure",
    "rules null, share of the article's holders",
    "rules null, previous figure's holder",
    "rules null, a holder earlier in the paragraph",
    "rules null, same sentence, before",
    "rules null, opens the sentence before",
    "rules null, in headline",
    "person, share",
    "place, share",
    "group, money",
    "common noun",
    "common noun, definite",
    "common noun, bare plural",
    "common noun, opens its clause",
    "common noun, quantified",
    "common noun, rules null",
    "common noun, same sentence, before",
)
INDEX = {name: k for k, name in enumerate(FEATURES)}
_PREPOSITION = re.compile(r"\b(?P<word>in|for|by|from|among|at|of|across)\s+(?:the\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_QUOTES = re.compile(r"[\"“”]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible holder of a figure: its words and offsets (None for no holder) and features."""

    text: str | None
    start: int | None
    end: int | None
    features: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class HolderModel:
    weights: tuple[float, ...]

    def score(self, candidate: Candidate) -> float:
        return sum(w * x for w, x in zip(self.weights, candidate.features))


@dataclass(frozen=True, slots=True)
class _ArticleFacts:
    """What every figure's candidates share: the headline's names and each entity's mentions."""

    headline_keys: frozenset[str]
    top_key: str | None
    total: dict[str, int]
    headline_names: tuple[Name, ...]
    top_name: Name | None
    paragraph_first: dict[int, tuple[int, int]]
    mentions: int


def _facts(article: Article, names: Names) -> _ArticleFacts:
    headline = article.headline
    title = headline.text if headline is not None else ""
    body = [n for n in names.names if headline is None or not headline.start <= n.start < headline.end]
    first_body: dict[str, Name] = {}
    for name in body:
        first_body.setdefault(_key(name), name)
    # a title-cased headline runs its words together ("Israel Not All Doom and Gloom"): an entity is
    # in it when its body name is written there as words
    in_headline = tuple(n for key, n in first_body.items() if title and re.search(rf"(?<!\w){re.escape(n.text)}(?!\w)", title))
    total = {key: len(spots) for key, spots in names.mentions.items()}
    top_key = max(sorted(first_body), key=lambda k: total.get(k, 0)) if first_body else None
    top_name = first_body[top_key] if top_key is not None and total.get(top_key, 0) >= 3 else None
    first: dict[int, tuple[int, int]] = {}
    for sentence in article.sentences:
        first.setdefault(sentence.paragraph, (sentence.start, sentence.end))
    return _ArticleFacts(
        frozenset(_key(n) for n in in_headline), top_key if top_name else None, total, in_headline, top_name, first, max(1, len(body))
    )


def _row(values: dict[str, float]) -> tuple[float, ...]:
    row = [0.0] * len(FEATURES)
    for name, value in values.items():
        row[INDEX[name]] = value
    return tuple(row)


_OPENING_PRONOUN = re.compile(r"\W*(?:(?:And|But|So)\s+)?(?:It|Its|They|Their|He|His|She|Her|This|That)\b")


def candidate_groups(article: Article, figures: Sequence[Figure], names: Names, common_nouns: bool = False) -> list[list[Candidate]]:
    """Each figure's candidates, in the figures' order: the holders the rules gave the figures
    before it are evidence of the topic ("Wales ... The number waiting fell from 7,613 to 6,630")."""
    facts = _facts(article, names)
    held = [f.holder for f in figures if f.holder is not None]
    groups = []
    for k, figure in enumerate(figures):
        earlier = [f for f in figures[:k] if f.holder is not None and f.paragraph == figure.paragraph]
        previous = next((f for f in reversed(figures[:k]) if f.holder is not None and figure.sentence - f.sentence <= 2), None)
        siblings = [f for f in figures if f.sentence == figure.sentence and f is not figure and f.holder is not None]
        found = candidates(article, figure, names, facts, previous, earlier, siblings, held)
        if common_nouns:
            found.extend(common_noun_candidates(article, figure, figures, found))
        groups.append(found)
    return groups


_DEFINITE = frozenset("the these those this that its their his her our my your".split())
_CLAUSE_OPENERS = frozenset((",", ";", ":", "that", "which", "who", "and", "but", "while", "because", "as", "if", "when", '"', "“", "‘", "''", "``"))


def _sentence_phrases(article: Article, index: int, figures: Sequence[Figure]) -> list[tuple[int, int, str, bool, bool, bool]]:
    """The agentive common-noun phrases of sentence `index`: start, end, words, definite, bare
    plural, opens its clause (first in the sentence, or after a comma, a clause word or a quote)."""
    sentence = article.sentences[index]
    spans = tuple((f.start - sentence.start, f.end - sentence.start) for f in figures if f.sentence == index and sentence.start <= f.start and f.end <= sentence.end)
    tree = parse(sentence.text, spans)
    tokens = tree.tokens
    found = []
    for chunk in tree.chunks:
        head = tokens[chunk.head]
        words = tokens[chunk.first : chunk.head + 1]
        if head.tag not in ("NN", "NNS") or not head.text.islower() or not agentive(head.lower):
            continue
        if any(t.tag in ("FIG", "CD", "TIME") or t.proper for t in words):
            continue  # a count of the agents is the figure's own; a name is a name candidate
        first = words[0]
        opens = chunk.first == 0 or tokens[chunk.first - 1].lower in _CLAUSE_OPENERS
        found.append((
            sentence.start + first.start, sentence.start + head.end, sentence.text[first.start : head.end],
            first.lower in _DEFINITE, first is head and head.tag == "NNS", opens,
        ))
    return found


def common_noun_candidates(article: Article, figure: Figure, figures: Sequence[Figure], named: Sequence[Candidate]) -> list[Candidate]:
    """The agentive common-noun phrases of the figure's sentence and the one before it, as candidates
    (one per wording, its nearest before the figure; none that a name candidate or the rules hold)."""
    if figure.sentence < 0:
        return []
    chosen: dict[str, tuple[int, int, str, bool, bool, bool, int]] = {}
    for index in (figure.sentence - 1, figure.sentence):
        if index < 0:
            continue
        for start, end, words, definite, bare, opens in _sentence_phrases(article, index, figures):
            if start < figure.end and figure.start < end:
                continue
            if any(c.text and same_holder(words, c.text) for c in named):
                continue
            key = words.lower().removeprefix("the ")
            kept = chosen.get(key)
            if kept is None or start < figure.start and (kept[0] > figure.start or start > kept[0]):
                chosen[key] = (start, end, words, definite, bare, opens, index)
    text = article.text
    found = []
    for start, end, words, definite, bare, opens, index in sorted(chosen.values()):
        values: dict[str, float] = {
            "common noun": 1.0, "common noun, definite": float(definite), "common noun, bare plural": float(bare),
            "common noun, opens its clause": float(opens), "common noun, rules null": float(figure.holder is None),
            "common noun, quantified": float(words.split()[0].lower() in _QUANTIFIERS),
            "other than the rules' holder": float(figure.holder is not None),
        }
        if index == figure.sentence:
            values["same sentence, before" if end <= figure.start else "same sentence, after"] = 1.0
            values["common noun, same sentence, before"] = float(end <= figure.start)
            gap = text[end : figure.start] if end <= figure.start else text[figure.end : start]
            values["words between (log)"] = math.log1p(len(gap.split()))
        else:
            values["sentence before"] = 1.0
        prep = _PREPOSITION.search(text, max(0, start - 12), start)
        word = prep.group("word").lower() if prep else ""
        values["after in/for/by/from"] = float(word in ("in", "for", "by", "from", "at", "across"))
        values["after among"] = float(word == "among")
        values["possessive"] = float(_POSSESSIVE_AFTER.match(text, end) is not None)
        values["inside the subject"] = float(
            figure.subject_start is not None and figure.subject_end is not None and figure.subject_start <= start < figure.subject_end
        )
        found.append(Candidate(words, start, end, _row(values)))
    return found


def candidates(article: Article, figure: Figure, names: Names, facts: _ArticleFacts, previous: Figure | None = None, earlier: Sequence[Figure] = (), siblings: Sequence[Figure] = (), held: Sequence[str] = ()) -> list[Candidate]:
    """The figure's possible holders with their features: none first, then the names around it
    (one per entity: its nearest mention before the figure, else after), then the rules' holder and
    the previous figure's when no name is theirs."""
    text = article.text
    sentence = article.sentences[figure.sentence]
    window_start = article.sentences[max(0, figure.sentence - 2)].start
    low = bisect.bisect_left(names.positions, window_start)
    high = bisect.bisect_left(names.positions, sentence.end)
    chosen: dict[str, Name] = {}
    for name in names.names[low:high]:
        if name.start < figure.start <= name.end or figure.start <= name.start < figure.end or name.kind == "pair" and "," in name.text:
            continue
        key = _key(name)
        kept = chosen.get(key)
        if kept is None or name.start < figure.start and (kept.start > figure.start or name.start > kept.start):
            chosen[key] = name
    for extra in (*facts.headline_names, *((facts.top_name,) if facts.top_name else ())):
        chosen.setdefault(_key(extra), extra)
    rules = figure.holder
    quoted = len(_QUOTES.findall(text, sentence.start, figure.start)) % 2 == 1
    kind = "percent" if figure.kind == "percentage_points" else figure.kind if figure.kind in FIGURE_KINDS else "number"
    before_here = bisect.bisect_left(names.positions, figure.start) - bisect.bisect_left(names.positions, sentence.start)
    found = [
        Candidate(None, None, None, _row({
            "null": 1.0, "null, rules null": float(rules is None), f"null, {kind}": 1.0, "null, quoted": float(quoted),
            "null, age": float("age" in figure.flags), "null, names before it in the sentence (log)": math.log1p(max(0, before_here)),
            "null, sentence opens with a pronoun": float(_OPENING_PRONOUN.match(sentence.text) is not None),
            "null, no subject": float(figure.subject is None), "null, another figure in the sentence has a holder": float(bool(siblings)),
        }))
    ]
    rule_seen = previous_seen = False
    for key, name in sorted(chosen.items(), key=lambda item: item[1].start):
        is_rule = rules is not None and same_holder(name.text, rules)
        is_previous = previous is not None and same_holder(name.text, previous.holder)
        rule_seen = rule_seen or is_rule
        previous_seen = previous_seen or is_previous
        values = _named(article, figure, name, key, names, facts, sentence)
        values["rules' holder"] = float(is_rule)
        values["other than the rules' holder"] = float(rules is not None and not is_rule)
        values["previous figure's holder"] = float(is_previous)
        values["a holder earlier in the paragraph"] = float(any(same_holder(name.text, f.holder) for f in earlier))
        values["holder of a figure in the same sentence"] = float(any(same_holder(name.text, f.holder) for f in siblings))
        values["share of the article's holders"] = sum(same_holder(name.text, h) for h in held) / len(held) if held else 0.0
        if rules is None:
            for feature in ("share of the article's holders", "previous figure's holder", "a holder earlier in the paragraph", "same sentence, before", "opens the sentence before", "in headline"):
                values["rules null, " + feature] = values.get(feature, 0.0)
        found.append(Candidate(name.text, name.start, name.end, _row(values)))
    if rules is not None and not rule_seen:
        found.append(Candidate(rules, figure.holder_start, figure.holder_end, _row({"rules' holder": 1.0, "rules' holder, not a name": 1.0})))
    if previous is not None and not previous_seen and not (rules is not None and same_holder(rules, previous.holder)):
        found.append(Candidate(previous.holder, previous.holder_start, previous.holder_end, _row({
            "previous figure's holder": 1.0, "earlier holder, not a name": 1.0, "other than the rules' holder": float(rules is not None),
        })))
    return found


def _named(article: Article, figure: Figure, name: Name, key: str, names: Names, facts: _ArticleFacts, sentence: Any) -> dict[str, float]:  # type: ignore[misc]
    text = article.text
    values: dict[str, float] = {f"kind {name.kind if name.kind in NAME_KINDS else 'name'}": 1.0}
    at = names.sentence_of(name.start)
    if at == figure.sentence and name.start >= sentence.start:
        values["same sentence, before" if name.end <= figure.start else "same sentence, after"] = 1.0
        gap = text[name.end : figure.start] if name.end <= figure.start else text[figure.end : name.start]
        values["words between (log)"] = math.log1p(len(gap.split()))
    elif at >= figure.sentence - 2 and name.start < sentence.start:
        values["sentence before" if at == figure.sentence - 1 else "two sentences before"] = 1.0
    else:
        values["farther before"] = 1.0
    spots = names.mentions.get(key, ())
    values["mentions (log)"] = math.log1p(facts.total.get(key, 0))
    values["mentions before (log)"] = math.log1p(bisect.bisect_left(spots, figure.start))
    nearby = article.sentences[max(0, figure.sentence - 3)].start
    values["mentions nearby (log)"] = math.log1p(bisect.bisect_left(spots, sentence.end) - bisect.bisect_left(spots, nearby))
    values["most named"] = float(key == facts.top_key)
    values["share of the article's name mentions"] = facts.total.get(key, 0) / facts.mentions
    paragraph = article.paragraphs[sentence.paragraph] if 0 <= sentence.paragraph < len(article.paragraphs) else None
    values["named in the paragraph before the figure"] = float(
        paragraph is not None and bisect.bisect_left(spots, figure.start) > bisect.bisect_left(spots, paragraph.start)
    )
    values["in headline"] = float(key in facts.headline_keys)
    low = names.starts[at] if at >= 0 else 0
    first = bisect.bisect_left(names.positions, low)
    opens = first < len(names.names) and names.names[first].start == name.start
    values["opens its sentence"] = float(opens)
    values["opens the sentence before"] = float(opens and at == figure.sentence - 1)
    prep = _PREPOSITION.search(text, max(0, name.start - 12), name.start)
    word = prep.group("word").lower() if prep else ""
    values["after in/for/by/from"] = float(word in ("in", "for", "by", "from", "at", "across"))
    values["after among"] = float(word == "among")
    values["possessive"] = float(_POSSESSIVE_AFTER.match(text, name.end) is not None)
    values["inside the subject"] = float(
        figure.subject_start is not None and figure.subject_end is not None and figure.subject_start <= name.start < figure.subject_end
    )
    para = facts.paragraph_first.get(sentence.paragraph)
    values["in paragraph's first sentence"] = float(para is not None and any(para[0] <= s < para[1] for s in spots))
    share = figure.kind in ("percent", "percentage_points")
    values["person, share"] = float(share and name.kind == "person")
    values["place, share"] = float(share and name.kind == "place")
    values["group, money"] = float(figure.kind == "money" and name.kind == "group")
    return values
