"""Small trained rankers that choose each figure's subject, holder and time among the candidates
its sentence's shallow parse offers (with the rules' own choice as one piece of evidence).

For every figure the parse gives candidates: for `subject` the noun phrases of the sentence, the
figure's own counted noun and null; for `holder` the names and noun phrases of the sentence and
the names of the two sentences before it (pronouns and descriptions named as `helpers.holders`
names them) and null; for `time` the time phrases of the sentence and null. The rules' choice
(`helpers.meaning` and the carrying in `helpers.figures`) is always a candidate too. Each
candidate is described by general features (where it stands against the figure and the clause's
verb, the word linking them, its kind of name, how often the article uses it, whether the rules
chose it), and a conditional logit per field, trained on the hand-annotated gold by
`tools/train_meaning.py`, picks the best. The weights ship as `resources/meaning_model.json`."""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from . import figure_patterns as fp
from .assets import read_text
from .holders import Names, kind_of, person_nouns, wanted
from .meaning import _DAY_ONLY, _DISTANCE, Meaning, Phrase, Reader, head_noun
from .syntax import Chunk

FIELDS = ("subject", "holder", "time")
PREPOSITIONS = ("of", "for", "by", "in", "from", "to", "on", "at", "with", "between", "among")
_SPEECH_AFTER = re.compile(r",?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|argued|insisted|warned)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|adds|told|according to)\s+$")
_RELATIVE_TIME = re.compile(r"(?i)\b(?:last|next|this|previous|earlier|later|ago|current|currently|coming|past|recent)\b")
_LEADING = re.compile(r"(?i)^(?P<word>by|since|until|over|from|during|within|before|after|in|on|at|for|the|a|an)\b")
_WORD = re.compile(r"[a-z][a-z'’-]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase a field may take (None: the field left empty) and the evidence for it; a noun
    phrase's words are found only when they are asked for (`phrase`)."""

    found: Phrase | None
    features: dict[str, float] = field(default_factory=dict)
    chunk: tuple[Reader, Chunk, int, int] | None = None
    """(reader, chunk, first token to keep or -1, sentence offset) of a noun phrase not yet worded."""

    @property
    def phrase(self) -> Phrase | None:
        if self.chunk is None:
            return self.found
        reader, chunk, skip, base = self.chunk
        words, _, _ = reader.noun_phrase(chunk, skip_to=skip if skip >= 0 else None)
        return words.shifted(base) if words is not None else None

    def worded(self) -> Candidate:
        """The same candidate with its words found (to keep it apart from the parse)."""
        return Candidate(self.phrase, self.features) if self.chunk is not None else self


@dataclass(frozen=True, slots=True)
class Ranker:
    """A conditional logit over one field's candidates: named feature weights."""

    weights: dict[str, float]

    def score(self, candidate: Candidate) -> float:
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in candidate.features.items())

    def best(self, candidates: Sequence[Candidate]) -> Candidate:
        """The highest-scoring candidate; the first one (the rules' choice) wins a tie."""
        scores = [self.score(c) for c in candidates]
        return candidates[max(range(len(candidates)), key=lambda k: (scores[k], -k))]


@lru_cache(maxsize=1)
def shipped() -> dict[str, Ranker]:
    """The rankers shipped with the package (`resources/meaning_model.json`)."""
    raw = json.loads(read_text("meaning_model.json"))
    return {name: Ranker({k: float(v) for k, v in raw[name]["weights"].items()}) for name in FIELDS}


class ArticleContext:
    """What the candidates of one article's figures draw on: its text, sentence starts, names, and
    what each parsed sentence offers whatever the figure (found once per sentence)."""

    def __init__(self, text: str, sentence_starts: Sequence[int], names: Names) -> None:
        self.text = text
        self.starts = list(sentence_starts)
        self.names = names
        self._counts: Counter[str] | None = None
        self.recent: list[tuple[int, Phrase, str]] = []
        """The subjects the rules gave the article's figures so far: (sentence, phrase, kind)."""
        self._sentence: tuple[Reader, _Sentence] | None = None
        self._window: tuple[int, list[tuple[Phrase, str, dict[str, float]]]] | None = None

    def log_count(self, word: str) -> float:
        """log(1 + how often the article uses a word, lower-cased); counted once per article."""
        if self._counts is None:
            self._counts = Counter(_WORD.findall(self.text.lower()))
        return math.log1p(self._counts.get(word, 0))

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position) - 1

    def remember(self, sentence: int, subject: Phrase | None, kind: str) -> None:
        """Note a figure's subject, for the figures of the next sentences that carry it."""
        if subject is not None:
            self.recent.append((sentence, subject, kind))
            del self.recent[:-6]

    def sentence(self, reader: Reader, base: int) -> _Sentence:
        """The figure-independent reading of one parsed sentence (kept while its figures are read)."""
        if self._sentence is None or self._sentence[0] is not reader:
            self._sentence = (reader, _Sentence(self, reader, base))
        return self._sentence[1]

    def earlier_names(self, here: int) -> list[tuple[Phrase, str, dict[str, float]]]:
        """The names of the two sentences before sentence `here`, with what they show alone."""
        if self._window is not None and self._window[0] == here:
            return self._window[1]
        found = []
        if here > 0:
            low, high = self.starts[max(0, here - 2)], self.starts[here]
            names = self.names
            opened: set[int] = set()
            for name in names.names[bisect.bisect_left(names.positions, low) : bisect.bisect_left(names.positions, high)]:
                sentence = self.sentence_of(name.start)
                features = _speech_features(self.text, name.start, name.end)
                features[f"sentences_back_{here - sentence}"] = 1.0
                if sentence not in opened:
                    opened.add(sentence)
                    features["opens_sentence_names"] = 1.0
                found.append((Phrase(name.text, name.start, name.end), name.kind, features))
        self._window = (here, found)
        return found


@dataclass(frozen=True, slots=True)
class Figure:
    """The figure being read: its token in the sentence's parse, its kind and flags."""

    index: int
    kind: str
    flags: tuple[str, ...]
    base: int
    """Where the sentence starts in the article (the parse's offsets are the sentence's)."""


def _kind_group(figure: Figure) -> str:
    if "age" in figure.flags:
        return "age"
    if figure.kind == "percentage_points":
        return "percent"
    if figure.kind == "quantity":
        return "duration"
    return figure.kind


SUBJECT_BY_KIND = ("modified_by_figure", "own_noun", "figure_of_this", "figure_in_this", "figure_for_this", "figure_on_this",
                   "verb_subject", "verb_object", "this_then_figure", "earlier_subject")
"""Subject features whose weight depends on the figure's kind (a share "of" a group, a count's noun)."""


def candidates(context: ArticleContext, reader: Reader, figure: Figure, rule: Meaning) -> dict[str, list[Candidate]]:
    """Each field's candidates for one figure, the rules' choice first; `rule` is in article offsets."""
    sentence = context.sentence(reader, figure.base)
    clause = _Clause.of(reader, figure.index)
    return {
        "subject": _subjects(context, sentence, figure, clause, rule.subject),
        "holder": _holders(context, sentence, figure, clause, rule),
        "time": _times(sentence, figure, rule.time),
    }


def choose(found: dict[str, list[Candidate]], rankers: dict[str, Ranker], rule: Meaning) -> Meaning:
    """The meaning the rankers choose (article offsets)."""
    picked = {name: rankers[name].best(found[name]).phrase for name in FIELDS}
    return Meaning(picked["subject"], picked["holder"], picked["time"], pointer=rule.pointer)


# --- one sentence, whatever the figure ---
class _Sentence:
    """Counts along the sentence's tokens (for what lies between two places) and the candidates it
    offers every figure: noun phrases, holder mentions, time phrases, with their own evidence."""

    def __init__(self, context: ArticleContext, reader: Reader, base: int) -> None:
        self.reader = reader
        self.base = base
        tokens = reader.tokens
        self.starts = [t.start for t in tokens]
        self.words = [t.lower for t in tokens]
        self.tags = [t.tag for t in tokens]
        self.figures = _prefix(tag == "FIG" for tag in self.tags)
        self.verbs = _prefix(tag in _FINITE for tag in self.tags)
        self.commas = _prefix(word == "," for word in self.words)
        self._linked = (-1, -9)
        self.nouns = self._nouns(context)
        self.mentions = self._mentions(context)
        self.times = self._times()

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last token inside sentence offsets start..end."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        if first < len(self.starts) and self.reader.tokens[first].end <= start:
            first += 1
        last = bisect.bisect_left(self.starts, end) - 1
        return (first, last) if first <= last else None

    def _nouns(self, context: ArticleContext) -> list[tuple[int, dict[str, float]]]:
        reader = self.reader
        found = []
        seen_clauses: set[int] = set()
        for number, chunk in enumerate(reader.tree.chunks):
            head = reader.tokens[chunk.head]
            if not head.noun:
                continue
            features = _noun_features(context, head.lower, head)
            if reader.clause[chunk.first] not in seen_clauses:
                seen_clauses.add(reader.clause[chunk.first])
                features["first_in_clause"] = 1.0
            if reader.word(chunk.first - 1) in ("in", "of", "for") and reader.word(chunk.first - 2) in fp.CHANGE_NOUNS:
                features["after_change_noun"] = 1.0  # "a 9% rise in tax revenues"
            found.append((number, features))
        return found

    def _mentions(self, context: ArticleContext) -> list[tuple[Phrase, str, int, int, dict[str, float], bool]]:
        """(phrase in article offsets, kind, first token, last token, evidence, pointed) for every
        name of the sentence, every noun phrase naming a holder, and what its pronouns and
        descriptions stand for (`pointed`: the tokens are the pointing words')."""
        reader, base, names = self.reader, self.base, context.names
        here = context.sentence_of(base)
        found: list[tuple[Phrase, str, int, int, dict[str, float], bool]] = []
        end = base + len(reader.text)
        first_name = True
        for name in names.names[bisect.bisect_left(names.positions, base) : bisect.bisect_left(names.positions, end)]:
            span = self.token_span(name.start - base, name.end - base)
            if span is None:
                continue
            features = _speech_features(context.text, name.start, name.end)
            if first_name:
                features["opens_sentence_names"] = 1.0
                first_name = False
            found.append((Phrase(name.text, name.start, name.end), name.kind, span[0], span[1], features, False))
        tokens = reader.tokens
        for chunk in reader.tree.chunks:
            head = tokens[chunk.head]
            if head.tag in ("FIG", "TIME"):
                continue
            if head.lower not in fp.HOLDER_NOUNS and head.lower not in fp.PERSONAL_PRONOUNS and not any(
                tokens[k].tag in _OWNER_TAGS for k in range(chunk.first, chunk.last + 1)
            ):
                continue  # no name, possessor or pronoun: `holder_of` would find none
            phrase = reader.holder_of(chunk)
            if phrase is None:
                continue
            phrase = phrase.shifted(base)
            span = self.token_span(phrase.start - base, phrase.end - base)
            if span is None:
                continue
            features = _speech_features(context.text, phrase.start, phrase.end)
            if wanted(phrase.text) is not None:  # "his", "the club": the name they stand for
                named = names.find(phrase)
                if named is not None:
                    kind = names.kind_at(named.start, named.end) or _kind_of(named.text)
                    pointed = {"via_pointer": 1.0, f"sentences_back_{min(here - context.sentence_of(named.start), 9)}": 1.0}
                    found.append((named, kind, span[0], span[1], pointed, True))
                if " " in phrase.text.strip():
                    found.append((phrase, "description", span[0], span[1], features, False))  # "the group", as written
                continue
            kind = names.kind_at(phrase.start, phrase.end) or (_kind_of(phrase.text) if reader.tokens[chunk.head].proper else "noun")
            found.append((phrase, kind, span[0], span[1], features, False))
        return found

    def _times(self) -> list[tuple[int, Phrase, dict[str, float]]]:
        reader = self.reader
        owned = reader._owned_times()
        found = []
        for k, token in enumerate(reader.tokens):
            if token.tag != "TIME":
                continue
            features: dict[str, float] = {}
            if k in owned:
                features["start_value_owns"] = 1.0
            if reader.statement_time(k):
                features["statement"] = 1.0
            if _DAY_ONLY.search(token.text):
                features["day_only"] = 1.0
            if reader.names_thing(k):
                features["names_thing"] = 1.0
            if reader._opening(k):
                features["opens_sentence"] = 1.0
            if fp.BARE_YEAR.match(token.text):
                features["bare_year"] = 1.0
            if _RELATIVE_TIME.search(token.text):
                features["relative"] = 1.0
            if _DISTANCE.search(token.text):
                features["distance_ago"] = 1.0
            leading = _LEADING.match(token.text)
            if leading and leading.group("word").lower() in ("by", "since", "until", "over", "from", "during", "within", "before", "after"):
                features["lead_" + leading.group("word").lower()] = 1.0
            found.append((k, Phrase(token.text, self.base + token.start, self.base + token.end), features))
        return found

    def position(self, figure: int, first: int, last: int) -> dict[str, float]:
        """Where tokens first..last stand against the figure: side, distance, clause, what lies
        between, the word linking them."""
        if first <= figure <= last:
            return {"around_figure": 1.0}
        after = first > figure
        low, high = (figure + 1, first) if after else (last + 1, figure)
        features = {(_AFTER if after else _BEFORE)[min(high - low, 11)]: 1.0}
        clause = self.reader.clause
        if clause[first] == clause[figure]:
            features["same_clause"] = 1.0
        if self.figures[high] != self.figures[low]:
            features["figure_between"] = 1.0
        if self.verbs[high] != self.verbs[low]:
            features["verb_between"] = 1.0
        if self.commas[high] != self.commas[low]:
            features["comma_between"] = 1.0
        if first > 0:
            link = self.words[first - 1]
            if link in PREPOSITIONS:
                features["prep_" + link] = 1.0
                if after and (first - 1 == figure + 1 or first - 2 == figure + 1 and self.words[figure + 1] == "worth"):
                    features["figure_" + link + "_this"] = 1.0  # "1.5m tonnes of wheat", "$2bn in aid"
            elif self.tags[first - 1] in ("IN", "TO"):
                features["prep_other"] = 1.0
        if not after and self.linked(figure) == last + 1:
            features["this_then_figure"] = 1.0  # "a capacity of 55 bcm", "the halted supplies to Europe: 155 bcm"
        return features

    def linked(self, figure: int) -> int:
        """The token a linking word ("of", "at", ":", "was" ...) before the figure follows, or -9."""
        if self._linked[0] != figure:
            before = self.reader.skip_qualifier(figure - 1)
            self._linked = (figure, before if before >= 1 and self.words[before] in _LINKS_BEFORE else -9)
        return self._linked[1]


def _bucket(distance: int) -> str:
    return "0-2" if distance <= 2 else "3-5" if distance <= 5 else "6-10" if distance <= 10 else "11+"


def _buckets(side: str) -> tuple[str, ...]:
    return tuple(f"{side}_{_bucket(gap)}" for gap in range(12))


_AFTER, _BEFORE = _buckets("after"), _buckets("before")
_LINKS_BEFORE = frozenset(("of", "at", "totalling", "totaling", "worth", ":", "-", "—", "–", "was", "is", "were"))


def _before_verb(reader: Reader, last: int) -> bool:
    """A finite verb follows token `last` (across adverbs): the words are some verb's subject."""
    k = last + 1
    while reader.tag(k) == "RB":
        k += 1
    return reader.tag(k) in ("VBD", "VBZ", "VBP", "MD")


def _prefix(flags: Iterable[bool]) -> list[int]:
    """Running counts: entry k is how many of the first k flags are set."""
    return [0, *accumulate(flags)]


_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_OWNER_TAGS = frozenset(("NNP", "NNPS", "POS", "PRP", "PRP$"))


def _speech_features(text: str, start: int, end: int) -> dict[str, float]:
    features: dict[str, float] = {}
    if _SPEECH_AFTER.match(text, end) or _SPEECH_BEFORE.search(text, max(0, start - 14), start):
        features["speaker"] = 1.0  # a source, not a holder
    if text[end : end + 2] in ("'s", "’s") or text[end : end + 1] in ("'", "’"):
        features["possessive"] = 1.0
    return features


# --- the clause around a figure ---
@dataclass(frozen=True, slots=True)
class _Clause:
    verb: int
    subject: tuple[int, int] | None
    object: tuple[int, int] | None
    own: tuple[int, int] | None

    @staticmethod
    def of(reader: Reader, index: int) -> _Clause:
        if reader.tag(index) != "FIG":
            return _Clause(-1, None, None, None)
        verb, obj = reader.clause_verb(index)
        subject = reader.verb_subject(verb) if verb >= 0 else None
        own = reader.chunk(index)
        return _Clause(
            verb,
            (subject.first, subject.last) if subject is not None else None,
            (obj.first, obj.last) if obj is not None else None,
            (own.first, own.last) if own is not None else None,
        )


def _within(span: tuple[int, int] | None, first: int, last: int) -> bool:
    return span is not None and span[0] <= first and last <= span[1]


def _overlaps(span: tuple[int, int] | None, first: int, last: int) -> bool:
    return span is not None and first <= span[1] and span[0] <= last


# --- subject ---
def _subjects(context: ArticleContext, sentence: _Sentence, figure: Figure, clause: _Clause, rule: Phrase | None) -> list[Candidate]:
    reader = sentence.reader
    tokens = reader.tokens
    found: dict[object, tuple[Phrase | tuple[Reader, Chunk, int, int], dict[str, float]]] = {}
    index = figure.index
    own_chunk = reader.tree.chunk_of[index] if 0 <= index < len(tokens) else -1
    for number, own in sentence.nouns:
        chunk = reader.tree.chunks[number]
        if number == own_chunk:
            if chunk.head <= index:
                continue
            features = {"modified_by_figure": 1.0, **own}  # "a 12-member panel", "a 5% rise in sales"
        else:
            features = {**sentence.position(index, chunk.first, chunk.last), **own}
            if "after_change_noun" in own and not index < chunk.first - 1 <= index + 4:
                del features["after_change_noun"]
        if _within(clause.subject, chunk.first, chunk.last) or clause.subject is not None and clause.subject[1] == chunk.last:
            features["verb_subject"] = 1.0
        if _within(clause.object, chunk.first, chunk.last):
            features["verb_object"] = 1.0
        found[("token", chunk.head)] = ((reader, chunk, index + 1 if number == own_chunk else -1, figure.base), features)
    counted = reader.counted(index, figure.kind).subject if reader.tag(index) == "FIG" else None
    if counted is not None:  # "13,000 jobs": the count's own noun
        noun = counted.text.split()[-1].lower()
        found[("token", index)] = (counted.shifted(figure.base), {"own_noun": 1.0, **_noun_features(context, noun, None)})
    here = context.sentence_of(figure.base)
    for number, phrase, kind in reversed(context.recent):  # an earlier figure's subject, carried on
        if here - number > 2:
            break
        key = _subject_key(sentence, phrase) or ("span", phrase.start, phrase.end)
        extra = {"earlier_subject": 1.0, f"earlier_back_{min(here - number, 2)}": 1.0}
        if kind == figure.kind:
            extra["earlier_same_kind"] = 1.0
        if key in found:
            old_phrase, features = found[key]
            found[key] = (old_phrase, {**extra, **features})
        else:
            found[key] = (phrase, {**extra, **_noun_features(context, head_noun(phrase.text) or "", None)})
    group = _kind_group(figure)
    for _, features in found.values():
        for name in SUBJECT_BY_KIND:
            if name in features:
                features[f"{name}_{group}"] = features[name]
    return _with_rule(found, rule, sentence, lambda phrase: _subject_key(sentence, phrase), _null_features(figure, rule is None))


_PEOPLE = frozenset(("people", "person", "voters", "respondents", "adults"))


def _noun_features(context: ArticleContext, lower: str, token: object) -> dict[str, float]:
    features: dict[str, float] = {"log_count": context.log_count(lower)}
    if token is not None and token.proper:  # type: ignore[attr-defined]
        features["proper"] = 1.0
    if token is not None and token.tag == "NNS":  # type: ignore[attr-defined]
        features["plural"] = 1.0
    if lower in fp.CONTAINER_NOUNS:
        features["container_noun"] = 1.0
    if lower in fp.CHANGE_NOUNS:
        features["change_noun"] = 1.0
    if lower in fp.GENERIC_MEASURES:
        features["generic_measure"] = 1.0
    if lower in person_nouns() or lower in _PEOPLE:
        features["person_noun"] = 1.0
    if lower in fp.HOLDER_NOUNS:
        features["holder_noun"] = 1.0
    return features


def _subject_key(sentence: _Sentence, phrase: Phrase) -> object:
    """The candidate a subject phrase is: its head token in this sentence, if it lies there."""
    reader = sentence.reader
    span = sentence.token_span(phrase.start - sentence.base, phrase.end - sentence.base)
    if span is None or phrase.start < sentence.base:
        return None
    head = head_noun(phrase.text)
    from .figures import _singular  # figures imports this module

    for k in range(span[1], span[0] - 1, -1):
        token = reader.tokens[k]
        if token.tag == "FIG" or token.lower == head or _singular(token.lower) == head:
            return ("token", k)
    return None


def _with_rule(found, rule, sentence, key_of, null) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """The candidates with the rules' choice first: merged into the parse's candidate it names (the
    rules' words kept), else added as a candidate of its own (carried from an earlier sentence);
    the empty candidate (with `null` features) first when the rules chose nothing, else last."""
    out: list[Candidate] = [Candidate(None, null)] if rule is None else []
    if rule is not None:
        key = key_of(rule)
        if key is not None and key in found:
            _, features = found.pop(key)
            out.append(Candidate(rule, {**features, "rule": 1.0}))
        else:
            inside = sentence.base <= rule.start < sentence.base + len(sentence.reader.text)
            out.append(Candidate(rule, {"rule": 1.0, "rule_only": 1.0, ("rule_in_sentence" if inside else "rule_elsewhere"): 1.0}))
    out.extend(
        Candidate(None, features, phrase) if isinstance(phrase, tuple) else Candidate(phrase, features) for phrase, features in found.values()
    )
    if rule is not None:
        out.append(Candidate(None, null))
    return out


def _null_features(figure: Figure, rule_null: bool, extra: dict[str, float] | None = None) -> dict[str, float]:
    features = {"null": 1.0, f"null_{figure.kind}": 1.0, **(extra or {})}
    if "age" in figure.flags:
        features["null_age"] = 1.0
    if "unit_missing" in figure.flags:
        features["null_unit_missing"] = 1.0
    if rule_null:
        features["rule"] = 1.0
    return features


# --- holder ---
def _holders(context: ArticleContext, sentence: _Sentence, figure: Figure, clause: _Clause, rule: Meaning) -> list[Candidate]:
    """Every mention of a name in the sentence and the two before it, every noun phrase of the
    sentence that names a holder, and the names its pronouns and descriptions stand for; one
    candidate per place in the text."""
    names = context.names
    reader, base, index = sentence.reader, figure.base, figure.index
    here = context.sentence_of(base)
    at = base + reader.tokens[index].start
    found: dict[object, tuple[Phrase, dict[str, float]]] = {}
    in_sentence: set[str] = set()

    def add(phrase: Phrase, kind: str, features: dict[str, float]) -> None:
        entity = _holder_key(phrase.text, kind)
        if not entity:
            return
        features[f"kind_{kind}"] = 1.0
        so_far = names.mentions.get(_mention_key(phrase.text, kind), ())
        features["log_mentions"] = math.log1p(bisect.bisect_left(so_far, at))
        key = (phrase.start, phrase.end)
        if key in found:
            _, old = found[key]
            features = {name: max(old.get(name, 0.0), features.get(name, 0.0)) for name in old.keys() | features.keys()}
        found[key] = (phrase, features)

    for phrase, kind, features in context.earlier_names(here):
        add(phrase, kind, dict(features))
    subject = rule.subject
    for phrase, kind, first, last, own, pointed in sentence.mentions:
        features = sentence.position(index, first, last)
        if _overlaps(clause.subject, first, last):
            features["verb_subject"] = 1.0
        elif _before_verb(reader, last):
            features["other_verb_subject"] = 1.0  # "32% said Mr Blair was ...": the subject of another verb
        if _overlaps(clause.object, first, last):
            features["verb_object"] = 1.0
        if clause.own is not None and _overlaps(clause.own, first, last) and last < index:
            features["owns_figure_phrase"] = 1.0  # "Arsenal's £100m deal", "his £25m offer"
        if reader.tag(last + 1) == "POS":
            features["possessive"] = 1.0
        if pointed:
            features = {f"pointer_{name}": value for name, value in features.items()}
        else:
            features["sentences_back_0"] = 1.0
            if subject is not None and phrase.start < subject.end and subject.start < phrase.end:
                features["inside_subject"] = 1.0
            in_sentence.add(_holder_key(phrase.text, "name"))
        features.update(own)
        add(phrase, kind, features)
    for phrase, features in found.values():
        if "sentences_back_0" not in features and _holder_key(phrase.text, "name") in in_sentence:
            features["named_again_here"] = 1.0

    def key_of(phrase: Phrase) -> object:
        if (phrase.start, phrase.end) in found:
            return (phrase.start, phrase.end)
        return next((key for key, (p, _) in found.items() if p.start < phrase.end and phrase.start < p.end), None)

    return _with_rule(found, rule.holder, sentence, key_of, _null_features(figure, rule.holder is None, _holder_evidence(reader, figure, clause)))


def _holder_evidence(reader: Reader, figure: Figure, clause: _Clause) -> dict[str, float]:
    """What the figure's own clause says about having a holder at all (features of the empty
    candidate): a share that opens its clause ("32% said"), a share of a group, a name as agent."""
    index = figure.index
    features: dict[str, float] = {}
    if reader.tag(index) != "FIG":
        return {"null_framing": 1.0}
    if reader.opens_clause(index):
        features["null_opens_clause"] = 1.0
    if reader.word(index + 1) == "of":
        features["null_share_of"] = 1.0
    if clause.subject is not None and any(reader.tokens[k].proper for k in range(clause.subject[0], clause.subject[1] + 1)):
        features["null_named_agent"] = 1.0
    if clause.own is not None and any(reader.tag(k) in ("POS", "PRP$") for k in range(clause.own[0], index)):
        features["null_owned"] = 1.0
    if not any(token.proper for token in reader.tokens):
        features["null_no_name_here"] = 1.0
    return features


@lru_cache(maxsize=4096)
def _kind_of(words: str) -> str:
    return kind_of(words)


def _mention_key(text: str, kind: str) -> str:
    return text.split()[-1].lower() if kind == "person" else text.lower()


_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady sen gov rep".split())


@lru_cache(maxsize=4096)
def _holder_key(text: str, kind: str) -> str:
    """What two ways of writing one holder share (the scorer's equality): lower-cased words without
    "the", a possessive or an honorific; a person's surname."""
    text = re.sub(r"['’]s\b", "", text.lower())
    words = [w for w in re.sub(r"[^\w\s&-]", " ", text).split() if w not in _HONORIFICS]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return ""
    return words[-1] if kind == "person" else " ".join(words)


# --- time ---
def _times(sentence: _Sentence, figure: Figure, rule: Phrase | None) -> list[Candidate]:
    reader, index = sentence.reader, figure.index
    found: dict[object, tuple[Phrase, dict[str, float]]] = {}
    attached = _attached_time(reader, index)
    start_value = reader.word(reader.skip_qualifier(index - 1)) == "from" and reader.word(index + 1) == "to" and reader.tag(index + 2) == "FIG"
    for k, phrase, own in sentence.times:
        if k == index:
            features = {"own_phrase": 1.0, **own}  # "over the next five years": the duration frames its clause
            if "distance_ago" in own:
                features["own_distance"] = 1.0
        else:
            features = {**sentence.position(index, k, k), **own}
        if k == attached:
            features["attached"] = 1.0
        if start_value:
            features["figure_is_start"] = 1.0
        if k > index + 12:
            features["far_after"] = 1.0
        found[("token", k)] = (phrase, features)

    def key_of(phrase: Phrase) -> object:
        span = sentence.token_span(phrase.start - sentence.base, phrase.end - sentence.base)
        return ("token", span[0]) if span is not None and reader.tag(span[0]) == "TIME" else None

    return _with_rule(found, rule, sentence, key_of, _null_features(figure, rule is None))


def _attached_time(reader: Reader, index: int) -> int:
    """The time phrase written right after the figure, across change words ("$3.75bn a year
    earlier", "rose 12% to $4.2bn in the second quarter"), or -1."""
    i = index + 1
    while i < len(reader.tokens) and i <= index + 6:
        tag = reader.tag(i)
        if tag == "TIME":
            return i
        if tag == "FIG" or reader.word(i) in fp.CHANGE_PREPOSITIONS or tag in ("RB", "RP") or reader.word(i) in ("(", ")"):
            i += 1
            continue
        break
    return -1


def feature_names(groups: Iterable[Sequence[Candidate]]) -> list[str]:
    """Every feature name the candidates use, sorted."""
    return sorted({name for group in groups for candidate in group for name in candidate.features})
