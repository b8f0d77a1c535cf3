"""Does a learned subject-head chooser beat the rules on gold it was not trained on, and on blind new
text? Issue #11's other mechanism for the subject: a model trained on the tunables.

Each gold figure matched to a figure the rules find (the scorer's matching, helpers.meaning_score) is
one group of candidate subjects: no subject; the rules' subject; every noun phrase of the figure's
sentence (the TextBlob chunks helpers.syntax.parse gives meaning.py, the figure's own phrase read from
the word after the figure); the previous sentence's subject (its first noun phrase before a verb) and
the subject the rules gave the figure before. Candidates with the same head (meaning.head_noun) are one
row (the rules' own text kept). Each row has general features: where the phrase sits against the
figure (its own phrase, before or after it, words and clauses between), what links them ("of", "in",
"worth of", "among", "for/on/from", "than"), its role (the clause's or the sentence's subject), its head
(a name, a plural, a time word, a measure word, a person word, the figure's own unit), the verb between
(of change, of having, of spending or earning, of saying), whether the rules picked it, and, on the
no-subject row, the figure's kind and flags. The chosen row is the one whose head the gold's head is
(meaning_score.head_right; the rules' row first when several fit); a figure whose gold head is no
candidate teaches nothing and is left out of training, but counted in every score.

The model is a conditional logit (helpers.finder_model.fit_ranking: Newton's method from zero weights,
deterministic); the highest-scoring row is the subject, the rules' own row winning a tie.

    .venv/bin/python tools/train_heads.py            # leave-one-split-out over tune/train/train2
    .venv/bin/python tools/train_heads.py --read     # and the development table on the samples' READ halves
    .venv/bin/python tools/train_heads.py --blind    # and trained on all tunables (+ the samples' READ
                                                     # halves), scored on the samples' CHECK halves
    --l2 X          the penalty (default 4)
    --prior         a head-word prior from the training gold as one more feature (a data table)
    --without-rules the features that say what the rules chose set to 0 (structure alone)
    --weights       the weights trained on all tunables
    --misses NAME   the model's changes and misses on a tunable split or a sample's READ half

The held-out `test`, `fresh` and `fresh2` splits are never read here; the CHECK halves are scored only
as a whole (no item is printed; `--misses` reads only READ halves).

The chooser is not part of the figure path: no setting beat the rules on the CHECK halves
(docs/figure_meaning.md, "Learned choosers", quotes the tables).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from helpers import config
from helpers import meaning_score as ms
from helpers.figures import Figure, _singular, article_figures
from helpers.finder_model import fit_ranking
from helpers.holders import article_capitals
from helpers.meaning import head_noun, time_spans
from helpers.segment import segment
from helpers.syntax import FINITE_TAGS, Parse, parse

ROOT = config.PROJECT_ROOT
SHARED = ROOT.parent / "shared"
GOLD = {"tune": "figure_meaning.json", "train": "figure_meaning_train.json", "train2": "figure_meaning_train2.json"}
SPLITS = tuple(GOLD)
SAMPLES = {"head_blind": "head_blind_sample.json", "head_dense": "head_dense_sample.json", "poll_dense": "poll_dense_sample.json"}
L2 = 4.0
MARGIN = 1.0

FIGURE_KINDS = ("money", "percent", "count", "duration", "number")
"""The figure kinds the no-subject row knows; a quantity (15 tunable figures) counts as a number: alone it drew a runaway weight."""
TIME_WORDS = frozenset("year month week day quarter season decade century hour minute period night term time half".split())
MEASURE_WORDS = frozenset(
    "rate total number amount figure level share sum worth percent percentage proportion majority average value "
    "price cost increase rise fall drop decline growth lead margin gap point".split()
)
PERSON_WORDS = frozenset(
    "people person voter adult respondent american resident worker member player student child men women man woman "
    "supporter delegate democrat republican citizen employee fan user customer".split()
)
HAVING = frozenset("has have had having holds hold held owns own owned keeps kept".split())
SPENDING = frozenset(
    "spent spend spends spending paid pay pays paying raised raise raises raising earned earn earns earning cost costs "
    "gave give gives donated invested borrowed owed owes received receive receives".split()
)
SAYING = frozenset("said says say told tells according reported reports found finds showed shows suggested".split())
CHANGING = frozenset(
    "rose rise rises rising fell fall falls falling increased increase increases grew grow grows dropped drop drops "
    "declined decline climbed climb jumped jump slipped slid surged soared plunged gained gain lost lose doubled cut "
    "reached reach hit stood stands stand totalled totaled topped".split()
)
PRONOUNS = frozenset("it its they their he his she her this that these those we our i you them".split())

FEATURES = (
    "none",
    "none, rules none",
    *(f"none, {kind}" for kind in FIGURE_KINDS),
    "none, age",
    "none, sentence opens with a pronoun",
    "none, no noun phrase after the figure",
    "none, duration after a preposition",
    "none, duration before ago/later/earlier/before",
    "none, duration, the only figure of its sentence",
    "none, event distance",
    "none, unit missing",
    "duration, a phrase not its own",
    "percent, right after the figure's 'of'",
    "money, after for/on/from/into",
    "rules' pick",
    "rules' pick, from another sentence",
    "rules' pick only (no phrase of the sentence)",
    "own phrase, after the figure",
    "before the figure",
    "after the figure",
    "words between (log)",
    "nearest phrase before",
    "nearest phrase after",
    "clauses between",
    "other clause",
    "right after the figure's 'of'",
    "after the figure's phrase and 'in'",
    "after 'worth of'",
    "after among",
    "after for/on/from/into",
    "after than",
    "after the figure, after another preposition",
    "right before 'of' + the figure",
    "before the figure, joined by 'of'",
    "sentence subject",
    "clause subject",
    "head a name",
    "head plural",
    "head a time word",
    "head a measure word",
    "head a person word",
    "head the figure's unit",
    "change verb between",
    "having verb between",
    "spending verb between",
    "saying verb between",
    "previous sentence's subject",
    "previous sentence's subject, pronoun or no subject here",
    "previous figure's subject",
    "same head as the previous figure's subject",
    "holds another figure",
    "in quotes",
    "in brackets",
)
INDEX = {name: k for k, name in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str | None
    features: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Item:
    """One gold figure matched to a figure of the rules: its candidates and the gold head."""

    split: str
    gold: str | None
    rules: str | None
    candidates: tuple[Candidate, ...]
    where: str = ""

    def chosen(self) -> int | None:
        right = [k for k, c in enumerate(self.candidates) if ms.head_right(c.text, self.gold)]
        if not right:
            return None
        rules = [k for k in right if self.is_rules(self.candidates[k])]
        return (rules or right)[0]

    def is_rules(self, candidate: Candidate) -> bool:
        return head_noun(candidate.text) == head_noun(self.rules)


@dataclass(frozen=True, slots=True)
class HeadModel:
    weights: tuple[float, ...]
    prior: dict[str, tuple[int, int]] | None = None
    """With `--prior`: per head word, how often a candidate with that head was offered and how often it
    was the gold's in the training data (the last weight is the prior's)."""

    def score(self, candidate: Candidate) -> float:
        features = candidate.features + ((_prior(self.prior, head_noun(candidate.text)),) if self.prior is not None else ())
        return sum(w * x for w, x in zip(self.weights, features))


def _prior(table: dict[str, tuple[int, int]], head: str | None, minus: tuple[int, int] = (0, 0)) -> float:
    """The log-odds that a candidate with `head` is the gold's, from the table (less `minus`), smoothed."""
    if head is None:
        return 0.0
    offered, chosen = table.get(head, (0, 0))
    offered, chosen = offered - minus[0], chosen - minus[1]
    return math.log((chosen + 0.5) / (offered - chosen + 1.0))


def _prior_table(data: Sequence[Item]) -> tuple[dict[str, tuple[int, int]], dict[tuple[str, str], tuple[int, int]]]:
    """Per head: (offered, chosen) over `data`, and the same per (article, head) to leave an article out."""
    table: dict[str, tuple[int, int]] = {}
    by_article: dict[tuple[str, str], tuple[int, int]] = {}
    for item in data:
        chosen = item.chosen()
        if chosen is None:
            continue
        article = item.where.split(" ")[0]
        for k, c in enumerate(item.candidates):
            head = head_noun(c.text)
            if head is None:
                continue
            for store, key in ((table, head), (by_article, (article, head))):
                o, ch = store.get(key, (0, 0))  # type: ignore[call-overload]
                store[key] = (o + 1, ch + (k == chosen))  # type: ignore[index]
    return table, by_article


def _row(values: dict[str, float]) -> tuple[float, ...]:
    row = [0.0] * len(FEATURES)
    for name, value in values.items():
        row[INDEX[name]] += value
    return tuple(row)


def _first_subject(tree: Parse) -> int | None:
    """The index of the first noun phrase before the first finite verb (a pronoun counts: then None)."""
    for k, token in enumerate(tree.tokens):
        if token.tag in FINITE_TAGS or token.tag == "MD":
            return None
        chunk = tree.chunk_at(k)
        if chunk is not None and tree.tokens[chunk.head].tag not in ("FIG", "TIME"):
            return tree.chunk_of[k]
    return None


def _chunk_text(text: str, tree: Parse, first: int, last: int) -> str | None:
    """The phrase's words from `first` to `last` without a leading determiner, figure or time."""
    tokens = tree.tokens
    while first <= last and (tokens[first].tag in ("DT", "PRP$", "FIG", "TIME", "CD", "POS") or tokens[first].lower in ("'s", "’s")):
        first += 1
    if first > last or tokens[last].tag in ("FIG", "TIME", "PRP", "POS"):
        return None
    if tokens[last].lower in PRONOUNS:
        return None
    return text[tokens[first].start : tokens[last].end]


def _clauses(tree: Parse) -> list[int]:
    """A clause number per token: a new clause after ; : ( ) dashes and commas followed by a verb or 'and'/'but'."""
    out, n = [], 0
    for k, token in enumerate(tree.tokens):
        if token.text in (";", ":", "(", ")", "—", "–") or token.text == "," and k + 1 < len(tree.tokens) and (
            tree.tokens[k + 1].tag in FINITE_TAGS or tree.tokens[k + 1].lower in ("and", "but", "while", "which", "who", "where")
        ):
            n += 1
        out.append(n)
    return out


def sentence_candidates(article, figures: Sequence[Figure], names: frozenset[str]) -> dict[int, list[Candidate]]:  # type: ignore[no-untyped-def]
    """Each figure's candidate subjects, by the figure's index in `figures`."""
    by_sentence: dict[int, list[int]] = {}
    for k, f in enumerate(figures):
        if f.sentence >= 0:
            by_sentence.setdefault(f.sentence, []).append(k)
    groups: dict[int, list[Candidate]] = {}
    previous_subject: dict[int, str | None] = {}

    def subject_of(index: int) -> str | None:
        if index not in previous_subject:
            if index < 0:
                previous_subject[index] = None
            else:
                s = article.sentences[index]
                tree = parse(s.text, [], [], names)
                c = _first_subject(tree)
                previous_subject[index] = None if c is None else _chunk_text(s.text, tree, tree.chunks[c].first, tree.chunks[c].last)
        return previous_subject[index]

    for index, members in sorted(by_sentence.items()):
        sentence = article.sentences[index]
        text, base = sentence.text, sentence.start
        spans = [(figures[k].start - base, figures[k].end - base) for k in members]
        times = [(s, e) for s, e in time_spans(text) if not any(fs < e and s < fe for fs, fe in spans)]
        tree = parse(text, spans, times, names)
        tokens = tree.tokens
        clause = _clauses(tree)
        subject_chunk = _first_subject(tree)
        before_subject = subject_of(index - 1)
        opens_pronoun = bool(tokens) and (tokens[0].lower in PRONOUNS or tokens[0].tag == "PRP")
        for n, k in enumerate(members):
            figure = figures[k]
            at = next((j for j, t in enumerate(tokens) if t.tag == "FIG" and t.start <= spans[n][0] < t.end), None)
            if at is None:
                at = next((j for j, t in enumerate(tokens) if t.start <= spans[n][0] < t.end), 0)
            previous_figure = figures[k - 1].subject if k > 0 and figures[k - 1].sentence >= index - 1 else None
            groups[k] = _candidates(text, tree, clause, at, figure, subject_chunk, before_subject, opens_pronoun, previous_figure, (sentence.start, sentence.end), len(members) == 1)
    return groups


def _words_between(tree: Parse, a: int, b: int) -> set[str]:
    return {tree.tokens[j].lower for j in range(min(a, b) + 1, max(a, b))}


def _candidates(text: str, tree: Parse, clause: list[int], at: int, figure: Figure, subject_chunk: int | None,
                before_subject: str | None, opens_pronoun: bool, previous_figure: str | None, sentence_bounds: tuple[int, int] = (0, 0), alone: bool = False) -> list[Candidate]:
    tokens = tree.tokens
    rows: dict[str, dict[str, float]] = {}
    texts: dict[str, str] = {}
    own = tree.chunk_of[at] if 0 <= at < len(tokens) else -1
    kind = "percent" if figure.kind == "percentage_points" else figure.kind if figure.kind in FIGURE_KINDS else "number"
    unit = _singular(figure.unit.split()[-1].lower()) if figure.unit else None
    # the last token of the figure's own phrase and what follows it
    own_last = tree.chunks[own].last if own >= 0 else at
    after_own = own_last + 1
    quoted_open = sum(t.text in ('"', "“", "”") for t in tokens[:at]) % 2 == 1

    def add(key_text: str, values: dict[str, float]) -> None:
        head = head_noun(key_text)
        if head is None:
            return
        if head in rows:
            for name, value in values.items():
                rows[head][name] = max(rows[head].get(name, 0.0), value)
        else:
            rows[head], texts[head] = dict(values), key_text

    no_after = True
    usable = [c for c, ch in enumerate(tree.chunks) if not ch.first <= at <= ch.last and _chunk_text(text, tree, ch.first, ch.last)]
    nearest_before = max((c for c in usable if tree.chunks[c].last < at), default=None)
    nearest_after = min((c for c in usable if tree.chunks[c].first > at), default=None)
    for c, chunk in enumerate(tree.chunks):
        if chunk.first <= at <= chunk.last:
            phrase = _chunk_text(text, tree, at + 1, chunk.last) if chunk.last > at else None
            if phrase is None:
                continue
            no_after = False
            values = {"own phrase, after the figure": 1.0}
        else:
            phrase = _chunk_text(text, tree, chunk.first, chunk.last)
            if phrase is None:
                continue
            after = chunk.first > at
            gap = (chunk.first - own_last - 1) if after else (at - chunk.last - 1)
            between = _words_between(tree, at if not after else own_last, chunk.first if after else chunk.last)
            prep = tokens[chunk.first - 1].lower if chunk.first > 0 else ""
            values = {
                "after the figure" if after else "before the figure": 1.0,
                "words between (log)": math.log1p(max(0, gap)),
                "nearest phrase before": float(c == nearest_before),
                "nearest phrase after": float(c == nearest_after),
                "clauses between": float(abs(clause[chunk.head] - clause[at])),
                "other clause": float(clause[chunk.head] != clause[at]),
                "change verb between": float(bool(between & CHANGING)),
                "having verb between": float(bool(between & HAVING)),
                "spending verb between": float(bool(between & SPENDING)),
                "saying verb between": float(bool(between & SAYING)),
            }
            if after:
                if chunk.first == after_own + 1 and tokens[after_own].lower == "of":
                    values["right after the figure's 'of'"] = 1.0
                elif chunk.first == after_own + 1 and tokens[after_own].lower == "in":
                    values["after the figure's phrase and 'in'"] = 1.0
                elif chunk.first >= 2 and tokens[chunk.first - 1].lower == "of" and tokens[chunk.first - 2].lower == "worth":
                    values["after 'worth of'"] = 1.0
                elif prep == "among":
                    values["after among"] = 1.0
                elif prep in ("for", "on", "from", "into"):
                    values["after for/on/from/into"] = 1.0
                elif prep == "than":
                    values["after than"] = 1.0
                elif tokens[chunk.first - 1].tag == "IN":
                    values["after the figure, after another preposition"] = 1.0
            else:
                first_own = tree.chunks[own].first if own >= 0 else at
                if chunk.last + 2 == first_own and tokens[chunk.last + 1].lower == "of":
                    values["right before 'of' + the figure"] = 1.0
                elif "of" in between:
                    values["before the figure, joined by 'of'"] = 1.0
            if c == subject_chunk:
                values["sentence subject"] = 1.0
            first_of_clause = next((d for d, ch in enumerate(tree.chunks) if clause[ch.first] == clause[chunk.first]), None)
            if first_of_clause == c and chunk.first < at:
                values["clause subject"] = 1.0
            values["holds another figure"] = float(any(tokens[j].tag == "FIG" for j in range(chunk.first, chunk.last + 1)))
            values["in brackets"] = float(any(t.text == "(" for t in tokens[min(at, chunk.first) : max(at, chunk.first)]))
        head_tag = tokens[chunk.head].tag if 0 <= chunk.head < len(tokens) else ""
        word = head_noun(phrase) or ""
        values["head a name"] = float(head_tag in ("NNP", "NNPS"))
        values["head plural"] = float(head_tag in ("NNS", "NNPS"))
        values["head a time word"] = float(word in TIME_WORDS)
        values["head a measure word"] = float(word in MEASURE_WORDS)
        values["head a person word"] = float(word in PERSON_WORDS)
        values["head the figure's unit"] = float(unit is not None and word == unit and kind == "count")
        if kind == "duration" and "own phrase, after the figure" not in values:
            values["duration, a phrase not its own"] = 1.0
        if kind == "percent" and values.get("right after the figure's 'of'"):
            values["percent, right after the figure's 'of'"] = 1.0
        if kind == "money" and values.get("after for/on/from/into"):
            values["money, after for/on/from/into"] = 1.0
        values["in quotes"] = float(quoted_open)
        add(phrase, values)
    if before_subject:
        add(before_subject, {"previous sentence's subject": 1.0, "previous sentence's subject, pronoun or no subject here": float(opens_pronoun or subject_chunk is None)})
    if previous_figure:
        head = head_noun(previous_figure)
        if head in rows:
            rows[head]["same head as the previous figure's subject"] = 1.0
        else:
            add(previous_figure, {"previous figure's subject": 1.0, "same head as the previous figure's subject": 1.0})
    rules_head = head_noun(figure.subject)
    if figure.subject:
        if rules_head in rows:
            rows[rules_head]["rules' pick"] = 1.0
            texts[rules_head] = figure.subject
        else:
            add(figure.subject, {"rules' pick": 1.0, "rules' pick only (no phrase of the sentence)": 1.0})
        elsewhere = figure.subject_start is not None and not sentence_bounds[0] <= figure.subject_start < sentence_bounds[1]
        rows[rules_head]["rules' pick, from another sentence"] = float(elsewhere)
    none = {
        "none": 1.0, "none, rules none": float(figure.subject is None), f"none, {kind}": 1.0, "none, age": float("age" in figure.flags),
        "none, sentence opens with a pronoun": float(opens_pronoun), "none, no noun phrase after the figure": float(no_after),
        "none, duration after a preposition": float(kind == "duration" and at > 0 and tokens[at - 1].tag == "IN"),
        "none, duration, the only figure of its sentence": float(kind == "duration" and alone),
        "none, event distance": float("event" in figure.flags), "none, unit missing": float("unit_missing" in figure.flags),
        "none, duration before ago/later/earlier/before": float(kind == "duration" and at + 1 < len(tokens) and tokens[at + 1].lower in ("ago", "later", "earlier", "before")),
    }
    return [Candidate(None, _row(none))] + [Candidate(texts[h], _row(v)) for h, v in rows.items()]


def _items_of(gold: list[dict], split: str) -> list[Item]:  # type: ignore[type-arg]
    found = []
    for article, golds in sorted(ms.by_article(gold, split).items()):
        raw = (SHARED / article).read_text(encoding="utf-8")
        parsed = segment(raw, tokens=False)
        figures: tuple[Figure, ...] = article_figures(parsed)  # the body's: candidates are read from its sentences (the standfirst's have none)
        headline = parsed.text[parsed.headline.start : parsed.headline.end] if parsed.headline else ""
        names = article_capitals("\n".join(s.text for s in parsed.sentences), headline)
        groups = sentence_candidates(parsed, figures, names)
        by_span = {(f.start, f.end): k for k, f in enumerate(figures)}
        predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures]
        _, pairs = ms.score_article(golds, raw, parsed.text, predicted)
        for g, p in pairs:
            if p is not None:
                k = by_span[(p.start, p.end)]
                group = groups.get(k) or [Candidate(None, _row({"none": 1.0}))]
                found.append(Item(split, g.get("head"), figures[k].subject, tuple(group), f"{article} {g['offset']} [{g['surface']}]"))
    return found


def items(split: str) -> list[Item]:
    """Every gold figure of the tunable `split` matched to a figure the rules find."""
    gold = [g for g in json.loads((ROOT / "tests/gold" / GOLD[split]).read_text(encoding="utf-8")) if g["split"] == split]
    return _items_of(gold, split)


def sample_items(name: str, half: str) -> list[Item]:
    """The figures of one judged sample's `half` ('read' or 'check')."""
    gold = [g for g in json.loads((ROOT / "tests/gold" / SAMPLES[name]).read_text(encoding="utf-8")) if g["split"] == half]
    return _items_of(gold, half)


PRIOR = False
"""`--prior`: add the head word's prior from the training data as a feature (a data table of heads)."""


def train(data: Iterable[Item], l2: float = L2) -> HeadModel:
    data = list(data)
    if not PRIOR:
        groups = [([c.features for c in item.candidates], chosen) for item in data if (chosen := item.chosen()) is not None and len(item.candidates) > 1]
        return HeadModel(tuple(fit_ranking(groups, l2=l2)))
    table, by_article = _prior_table(data)
    groups = []
    for item in data:
        chosen = item.chosen()
        if chosen is None or len(item.candidates) < 2:
            continue
        article = item.where.split(" ")[0]
        rows = [c.features + (_prior(table, h, by_article.get((article, h), (0, 0))),) for c in item.candidates for h in (head_noun(c.text),)]
        groups.append((rows, chosen))
    return HeadModel(tuple(fit_ranking(groups, l2=l2)), table)


def pick(model: HeadModel, item: Item, margin: float = 0.0, only_null: bool = False) -> str | None:
    """The model's subject: its best row, if it beats the rules' own row by `margin` (and, with
    `only_null`, only where the rules give none)."""
    if only_null and item.rules is not None:
        return item.rules
    best = max(item.candidates, key=lambda c: model.score(c) + 1e-6 * item.is_rules(c))
    if item.is_rules(best):
        return item.rules
    rules = max((model.score(c) for c in item.candidates if item.is_rules(c)), default=float("-inf"))
    return best.text if model.score(best) > rules + margin else item.rules


def rate(data: list[Item], choose: Callable[[Item], str | None] = lambda item: item.rules) -> float:
    return right(data, choose) / len(data) if data else 0.0


def right(data: list[Item], choose: Callable[[Item], str | None] = lambda item: item.rules) -> int:
    return sum(ms.head_right(choose(item), item.gold) for item in data)


SETTINGS = (
    ("everywhere", lambda m, i: pick(m, i)),
    (f"margin {MARGIN:g}", lambda m, i: pick(m, i, margin=MARGIN)),
    ("rules-null only", lambda m, i: pick(m, i, only_null=True)),
)


def cv(data: dict[str, list[Item]], l2: float = L2) -> list[float]:
    print(f"head right, leave-one-split-out (trained on the other two splits; conditional logit, L2 {l2:g})")
    print(f"{'left out':<10}{'figures':>9}{'oracle':>9}{'rules':>9}" + "".join(f"{name:>18}" for name, _ in SETTINGS))
    sums = [0.0] * (1 + len(SETTINGS))
    for held in SPLITS:
        model = train([i for split in SPLITS if split != held for i in data[split]], l2)
        test = data[held]
        oracle = sum(i.chosen() is not None for i in test) / len(test)
        scores = [rate(test)] + [rate(test, lambda i, f=f: f(model, i)) for _, f in SETTINGS]
        sums = [a + b / len(SPLITS) for a, b in zip(sums, scores)]
        print(f"{held:<10}{len(test):>9}{oracle:>9.3f}{scores[0]:>9.3f}" + "".join(f"{s:>11.3f} ({s - scores[0]:+.3f})" for s in scores[1:]))
    print(f"{'mean':<10}{'':>9}{'':>9}{sums[0]:>9.3f}" + "".join(f"{s:>11.3f} ({s - sums[0]:+.3f})" for s in sums[1:]))
    return sums


def blind(data: dict[str, list[Item]], l2: float = L2) -> None:
    reads = {name: sample_items(name, "read") for name in SAMPLES}
    checks = {name: sample_items(name, "check") for name in SAMPLES}
    tunables = [i for split in SPLITS for i in data[split]]
    for label, training in (("tunables", tunables), ("tunables + READ halves", tunables + [i for r in reads.values() for i in r])):
        model = train(training, l2)
        print(f"\nblind CHECK halves, trained on {label} (L2 {l2:g}): head right, figures right (rules -> model)")
        print(f"{'sample':<12}{'figures':>9}{'rules':>9}" + "".join(f"{name:>22}" for name, _ in SETTINGS))
        union = [i for c in checks.values() for i in c]
        for name, test in (*checks.items(), ("union", union)):
            base = right(test)
            cells = []
            for _, f in SETTINGS:
                got = right(test, lambda i, f=f: f(model, i))
                cells.append(f"{got / len(test):>9.3f} ({got - base:+d} fig.)")
            print(f"{name:<12}{len(test):>9}{base / len(test):>9.3f}" + "".join(f"{c:>22}" for c in cells))
        read_union = [i for r in reads.values() for i in r]
        got = right(read_union, lambda i: pick(model, i))
        print(f"{'READ union':<12}{len(read_union):>9}{right(read_union) / len(read_union):>9.3f}{got / len(read_union):>9.3f} (in training: {label != 'tunables'})")


def read_table(data: dict[str, list[Item]], l2: float = L2) -> None:
    """The development table: trained on all tunables, scored on the samples' READ halves (the CHECK
    halves stay for the one measurement in `--blind`)."""
    model = train([i for split in SPLITS for i in data[split]], l2)
    reads = {name: sample_items(name, "read") for name in SAMPLES}
    print(f"\nREAD halves, trained on tunables (L2 {l2:g}): rules -> model (figures right)")
    for name, test in (*reads.items(), ("union", [i for r in reads.values() for i in r])):
        base = right(test)
        cells = [right(test, lambda i, f=f: f(model, i)) for _, f in SETTINGS]
        print(f"{name:<12}{len(test):>5}{base:>6}" + "".join(f"{c:>6} ({c - base:+d})" for c in cells))


def read_loso(data: dict[str, list[Item]], l2: float = L2, weight: int = 1) -> None:
    """Leave one READ half out: trained on the tunables and the other two samples' READ halves (each
    READ item `weight` times), scored on the third's READ half."""
    reads = {name: sample_items(name, "read") for name in SAMPLES}
    tunables = [i for split in SPLITS for i in data[split]]
    print(f"\nREAD halves, leave one sample out (tunables + the other READ halves x{weight}; L2 {l2:g}): rules -> model")
    total = [0] * (1 + len(SETTINGS))
    for held, test in reads.items():
        model = train(tunables + [i for name, r in reads.items() if name != held for i in r] * weight, l2)
        base = right(test)
        cells = [right(test, lambda i, f=f: f(model, i)) for _, f in SETTINGS]
        total = [a + b for a, b in zip(total, [base, *cells])]
        print(f"{held:<12}{len(test):>5}{base:>6}" + "".join(f"{c:>6} ({c - base:+d})" for c in cells))
    print(f"{'union':<12}{sum(map(len, reads.values())):>5}{total[0]:>6}" + "".join(f"{c:>6} ({c - total[0]:+d})" for c in total[1:]))


def misses(data: dict[str, list[Item]], which: str, l2: float = L2) -> None:
    """The model's changes on a tunable split (trained on the other two) or a READ half (trained on the tunables)."""
    if which in SPLITS:
        model = train([i for split in SPLITS if split != which for i in data[split]], l2)
        test = data[which]
    else:
        name = which.removesuffix(":read")
        model = train([i for split in SPLITS for i in data[split]], l2)
        test = sample_items(name, "read")
    for item in test:
        chosen = pick(model, item)
        good, was = ms.head_right(chosen, item.gold), ms.head_right(item.rules, item.gold)
        if good != was or not good:
            mark = "+" if good and not was else "-" if was and not good else " "
            print(f"{mark} {item.where} gold={item.gold!r} rules={item.rules!r} model={chosen!r} oracle={item.chosen() is not None}")


def weights(data: dict[str, list[Item]], l2: float = L2) -> None:
    model = train([i for split in SPLITS for i in data[split]], l2)
    for name, w in sorted(zip(FEATURES, model.weights), key=lambda p: -abs(p[1])):
        print(f"{w:>8.3f}  {name}")


RULES = ("rules' pick", "rules' pick, from another sentence", "rules' pick only (no phrase of the sentence)", "none, rules none")
"""The features that say what the rules chose (`--without-rules` sets them to 0: structure alone)."""


def without(found: list[Item], names: Iterable[str]) -> list[Item]:
    """The same items with the features `names` set to 0 everywhere."""
    dropped = {FEATURES.index(name) for name in names}
    return [
        Item(i.split, i.gold, i.rules, tuple(Candidate(c.text, tuple(0.0 if k in dropped else v for k, v in enumerate(c.features))) for c in i.candidates), i.where)
        for i in found
    ]


def main(argv: list[str]) -> int:
    global sample_items, PRIOR
    PRIOR = "--prior" in argv
    l2 = float(argv[argv.index("--l2") + 1]) if "--l2" in argv else L2
    data = {split: items(split) for split in SPLITS}
    if "--without-rules" in argv:
        print("without: " + "; ".join(RULES))
        data = {split: without(found, RULES) for split, found in data.items()}
        plain = sample_items
        sample_items = lambda name, half: without(plain(name, half), RULES)  # noqa: E731
    if "--misses" in argv:
        misses(data, argv[argv.index("--misses") + 1], l2)
        return 0
    cv(data, l2)
    if "--weights" in argv:
        weights(data, l2)
    if "--read" in argv:
        read_table(data, l2)
        weight = int(argv[argv.index("--weight") + 1]) if "--weight" in argv else 1
        read_loso(data, l2, weight)
    if "--blind" in argv:
        blind(data, l2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
