"""Does a learned holder chooser beat the rules on gold it was not trained on? Leave-one-split-out
over the three tunable meaning gold splits: `tune` (tests/gold/figure_meaning.json), `train`
(figure_meaning_train.json) and `train2` (figure_meaning_train2.json). The held-out `test` and
`fresh` splits are never read here.

Each gold figure matched to a figure the rules find (the scorer's matching, helpers.meaning_score)
is one group: the figure's candidates (tools/holder_candidates.py: none, the names around it, the
rules' holder, the previous figure's) with the one the gold names, by the scorer's own holder rule,
as the chosen row (the rules' holder first when several fit). Figures whose gold holder is no
candidate teach nothing and are left out of training, but counted in every score. The model is a
conditional logit (helpers.finder_model.fit_ranking with `damped`: Newton's method from zero weights,
its steps halved while they raise the loss, so every
run prints the same numbers); the highest-scoring candidate is the holder, the rules' own reading
winning a tie. It trains on two splits and scores the third with the rate benchmarks/figures.py
prints (holder right over the gold figures matched to a figure), in three settings: the model's
choice everywhere; only where the rules name no holder (the largest miss: "we say null, gold
names one"); and everywhere but only when the choice beats the rules' reading by a margin.

    .venv/bin/python tools/train_holders.py          # the leave-one-split-out table (about 20 s)
    .venv/bin/python tools/train_holders.py --cv     # the same
    .venv/bin/python tools/train_holders.py --why    # and what the rules-null figures' gold is
    .venv/bin/python tools/train_holders.py --without-topic   # the article-level features set to 0
    .venv/bin/python tools/train_holders.py --blind  [--with-read]   # and the blind samples' CHECK halves
    .venv/bin/python tools/train_holders.py --common-nouns   # candidates also the agentive common-noun phrases (round 34)
    .venv/bin/python tools/train_holders.py --all-tunables   # leave each of the five tunable splits out (train3, train4 too)

`--blind` trains on all three tunable splits (with `--with-read` also on the READ halves of the
blind samples of unlabelled text: holder_dense_sample.json, holder_abstain_sample.json,
poll_dense_sample.json) and scores each CHECK half and their union, text neither the rules' fixes
nor the model saw, with the scorer's holder_right: the rules, the model in the three settings, and
a model without the features that read the rules' holders (RULES_READING). Wrong names are counted
apart (another name than the reader's, or a name where the reader has none): a wrong name is worse
than none.

The chooser is not part of the figure path: it did not beat the rules on every left-out split
(docs/figure_meaning.md, "Learned choosers", quotes the table).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from holder_candidates import FEATURES, Candidate, HolderModel, candidate_groups, same_holder

from helpers import config
from helpers import meaning_score as ms
from helpers.figures import Figure, article_figures
from helpers.finder_model import fit_ranking
from helpers.holders import Names, article_capitals
from helpers.segment import segment

ROOT = config.PROJECT_ROOT
SHARED = ROOT.parent / "shared"
GOLD = {"tune": "figure_meaning.json", "train": "figure_meaning_train.json", "train2": "figure_meaning_train2.json",
        "train3": "figure_meaning_whole3.json", "train4": "figure_meaning_whole4.json"}
SPLITS = ("tune", "train", "train2")
ALL_TUNABLE = tuple(GOLD)
"""`--all-tunables` leaves each of the five tunable splits out in turn (and trains `--blind` on all five)."""
L2 = 4.0
MARGIN = 1.0
RULES_READING = (
    "null, rules null",
    "null, another figure in the sentence has a holder",
    "rules' holder",
    "rules' holder, not a name",
    "other than the rules' holder",
    "previous figure's holder",
    "a holder earlier in the paragraph",
    "earlier holder, not a name",
    "holder of a figure in the same sentence",
    "share of the article's holders",
    "rules null, share of the article's holders",
    "rules null, previous figure's holder",
    "rules null, a holder earlier in the paragraph",
    "rules null, same sentence, before",
    "rules null, opens the sentence before",
    "rules null, in headline",
)
"""The features that read the rules' holders (this figure's or others'): `--blind` also scores a
model without them, whose candidates are the names alone (no rules-only or earlier-holder row)."""
TOPIC = ("share of the article's holders", "share of the article's name mentions", "rules null, share of the article's holders")
"""The features that say how much the whole article is about a name (`--without-topic` sets them to 0)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One gold figure matched to a figure of the rules: its candidates and the gold holder."""

    split: str
    gold: str | None
    rules: str | None
    candidates: tuple[Candidate, ...]

    def chosen(self) -> int | None:
        """The candidate the gold names (the rules' own first), or None when none does."""
        right = [k for k, c in enumerate(self.candidates) if same_holder(c.text, self.gold)]
        if not right:
            return None
        rules = [k for k in right if self.is_rules(self.candidates[k])]
        return (rules or right)[0]

    def is_rules(self, candidate: Candidate) -> bool:
        if candidate.text is None or self.rules is None:
            return candidate.text is None and self.rules is None
        return same_holder(candidate.text, self.rules)


def names_of(parsed) -> Names:  # type: ignore[no-untyped-def]
    """The article's names as the figure path reads them (helpers.figures.article_figures)."""
    headline = parsed.text[parsed.headline.start : parsed.headline.end] if parsed.headline else ""
    return Names(parsed.text, [s.start for s in parsed.sentences], article_capitals("\n".join(s.text for s in parsed.sentences), headline))


def _article(article: str, common_nouns: bool = False) -> tuple[str, object, tuple[Figure, ...], list[list[Candidate]]]:
    """The raw text, the segmented article, the figures the rules find and their candidates."""
    raw = (SHARED / article).read_text(encoding="utf-8")
    parsed = segment(raw, tokens=False)
    figures: tuple[Figure, ...] = article_figures(parsed)  # the body's: candidates are read from its sentences (the standfirst's have none)
    return raw, parsed, figures, candidate_groups(parsed, figures, names_of(parsed), common_nouns)


def _matched(split: str, gold: list[dict], keep_unplaced: bool = False, common_nouns: bool = False) -> list[Item]:
    """Gold figures placed by raw `offset` and `surface` (the meaning gold's way), as candidate groups."""
    found = []
    for article, golds in sorted(ms.by_article(gold, split).items()):
        raw, parsed, figures, groups = _article(article, common_nouns)
        by_span = {(f.start, f.end): k for k, f in enumerate(figures)}
        predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures]
        _, pairs = ms.score_article(golds, raw, parsed.text, predicted)  # type: ignore[attr-defined]
        for g, p in pairs:
            if p is not None:
                k = by_span[(p.start, p.end)]
                found.append(Item(split, g.get("holder"), figures[k].holder, tuple(groups[k])))
            elif keep_unplaced:
                found.append(Item(split, g.get("holder"), None, ()))
    return found


def items(split: str, common_nouns: bool = False) -> list[Item]:
    """Every gold figure of `split` matched to a figure the rules find, as a candidate group."""
    gold = [g for g in json.loads((ROOT / "tests/gold" / GOLD[split]).read_text(encoding="utf-8")) if g["split"] == split]
    return _matched(split, gold, common_nouns=common_nouns)


def _spans(name: str, half: str, common_nouns: bool = False) -> list[Item]:
    """A judged sample placed by segmented-text `start`/`end` (holder_dense_sample.json,
    holder_abstain_sample.json), one half: every item counts; a figure the rules no longer find at
    its span has no candidates (its holder is none, as the sample's scorer reads it)."""
    wanted: dict[str, list[dict]] = {}
    for item in json.loads((ROOT / "tests/gold" / name).read_text(encoding="utf-8")):
        if item["half"] == half:
            wanted.setdefault(item["article"], []).append(item)
    found = []
    for article, judged in sorted(wanted.items()):
        _, _, figures, groups = _article(article, common_nouns)
        by_span = {(f.start, f.end): k for k, f in enumerate(figures)}
        for item in judged:
            k = by_span.get((item["start"], item["end"]))
            found.append(Item(half, item["holder"], None, ()) if k is None else Item(half, item["holder"], figures[k].holder, tuple(groups[k])))
    return found


BLIND = {"holder_dense": ("holder_dense_sample.json", "READ", "CHECK"), "holder_abstain": ("holder_abstain_sample.json", "READ", "CHECK"), "poll_dense": ("poll_dense_sample.json", "read", "check")}
"""The blind samples of unlabelled text (tests/gold/README.md): file, READ half, CHECK half."""


def blind_items(sample: str, half: str, common_nouns: bool = False) -> list[Item]:
    """One half of a blind sample ("READ" or "CHECK"), as candidate groups."""
    name, read, check = BLIND[sample]
    chosen = read if half == "READ" else check
    if sample == "poll_dense":
        return _matched(chosen, json.loads((ROOT / "tests/gold" / name).read_text(encoding="utf-8")), keep_unplaced=True, common_nouns=common_nouns)
    return _spans(name, chosen, common_nouns)


def train(data: Iterable[Item], l2: float = L2) -> HolderModel:
    groups = [([c.features for c in item.candidates], chosen) for item in data if (chosen := item.chosen()) is not None and len(item.candidates) > 1]
    return HolderModel(tuple(fit_ranking(groups, l2=l2, steps=60, damped=True)))


def pick(model: HolderModel, item: Item, margin: float = 0.0, only_null: bool = False) -> str | None:
    """The model's holder: its best candidate, if it beats the rules' own reading by `margin`."""
    if only_null and item.rules is not None or not item.candidates:
        return item.rules
    best = max(item.candidates, key=lambda c: model.score(c) + 1e-6 * item.is_rules(c))
    if item.is_rules(best):
        return item.rules
    rules = max((model.score(c) for c in item.candidates if item.is_rules(c)), default=float("-inf"))
    return best.text if model.score(best) > rules + margin else item.rules


COMMON = FEATURES.index("common noun")


def pick_common(model: HolderModel, item: Item) -> str | None:
    """Where the rules name no one: the model's best of no holder and the common-noun candidates
    (`--common-nouns`); the rules' holder elsewhere. The mechanism alone, without the names' chooser."""
    if item.rules is not None or not item.candidates:
        return item.rules
    offered = [c for c in item.candidates if c.text is None or c.features[COMMON]]
    return max(offered, key=lambda c: model.score(c) + 1e-6 * (c.text is None)).text


def rate(data: list[Item], choose=lambda item: item.rules) -> float:  # type: ignore[no-untyped-def]
    return sum(same_holder(choose(item), item.gold) for item in data) / len(data) if data else 0.0


def cv(data: dict[str, list[Item]], splits: tuple[str, ...] = SPLITS) -> None:
    settings = (
        ("everywhere", lambda m, i: pick(m, i)),
        ("rules-null only", lambda m, i: pick(m, i, only_null=True)),
        (f"margin {MARGIN:g}", lambda m, i: pick(m, i, margin=MARGIN)),
        ("common nouns only", pick_common),
    )
    print(f"holder right, leave-one-split-out (trained on the other splits; conditional logit, L2 {L2:g})")
    print(f"{'left out':<10}{'figures':>9}{'oracle':>9}{'rules':>9}" + "".join(f"{name:>18}" for name, _ in settings))
    sums = [0.0] * (1 + len(settings))
    for held in splits:
        model = train([i for split in splits if split != held for i in data[split]])
        test = data[held]
        oracle = sum(i.chosen() is not None for i in test) / len(test)
        scores = [rate(test)] + [rate(test, lambda i, f=f: f(model, i)) for _, f in settings]
        sums = [a + b / len(splits) for a, b in zip(sums, scores)]
        print(f"{held:<10}{len(test):>9}{oracle:>9.3f}{scores[0]:>9.3f}" + "".join(f"{s:>11.3f} ({s - scores[0]:+.3f})" for s in scores[1:]))
    print(f"{'mean':<10}{'':>9}{'':>9}{sums[0]:>9.3f}" + "".join(f"{s:>11.3f} ({s - sums[0]:+.3f})" for s in sums[1:]))


def why(data: dict[str, list[Item]]) -> None:
    """Where the rules name no holder: how often the gold names none either, and how often the
    model's best name (trained on the other splits) is the gold's."""
    print("\nfigures the rules leave without a holder: gold null / model's best name right / wrong / gold holder no candidate")
    for held in SPLITS:
        model = train([i for split in SPLITS if split != held for i in data[split]])
        kinds: Counter[str] = Counter()
        for item in data[held]:
            if item.rules is not None:
                continue
            named = [c for c in item.candidates if c.text is not None]
            if not item.gold:
                kinds["null"] += 1
            elif item.chosen() is None or not named:
                kinds["none"] += 1
            else:
                kinds["right" if same_holder(max(named, key=model.score).text, item.gold) else "wrong"] += 1
        n = sum(kinds.values())
        print(f"{held:<10}{n:>5}  " + "  ".join(f"{kinds[k] / n:.2f}" for k in ("null", "right", "wrong", "none")))


def without(data: dict[str, list[Item]], names: Iterable[str]) -> dict[str, list[Item]]:
    """The same items with the features `names` set to 0 everywhere."""
    dropped = {FEATURES.index(name) for name in names}

    def strip(c: Candidate) -> Candidate:
        return Candidate(c.text, c.start, c.end, tuple(0.0 if k in dropped else v for k, v in enumerate(c.features)))

    return {split: [Item(i.split, i.gold, i.rules, tuple(map(strip, i.candidates))) for i in found] for split, found in data.items()}


def without_rules(data: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """The same items with the rules' reading taken out: its features set to 0 and the rows only
    the rules' holders brought in (a holder that is no name) dropped."""
    stripped = without(data, RULES_READING)
    gone = (FEATURES.index("rules' holder, not a name"), FEATURES.index("earlier holder, not a name"))
    kept: dict[str, list[Item]] = {}
    for split, found in data.items():
        kept[split] = [
            Item(i.split, i.gold, i.rules, tuple(c for c, o in zip(s.candidates, i.candidates) if not any(o.features[k] for k in gone)))
            for i, s in zip(found, stripped[split])
        ]
    return kept


def _tally(data: list[Item], choose) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Right, wrong names where the reader names another, names where the reader has none."""
    right = other = filled = 0
    for item in data:
        got = choose(item)
        if same_holder(got, item.gold):
            right += 1
        elif got is not None:
            if item.gold:
                other += 1
            else:
                filled += 1
    return right, other, filled


def blind(data: dict[str, list[Item]], with_read: bool, common_nouns: bool = False) -> None:
    """Train on every tunable split (and the blind samples' READ halves with `with_read`), score
    the blind samples' CHECK halves: the rules, the model in three settings, the model without the
    rules' reading. Each cell: right (wrong names: another name + a name where the reader has none)."""
    read = {sample: blind_items(sample, "READ", common_nouns) for sample in BLIND} if with_read else {}
    check = {sample: blind_items(sample, "CHECK", common_nouns) for sample in BLIND}
    check["union"] = [i for sample in BLIND for i in check[sample]]
    pool = [i for found in data.values() for i in found] + [i for found in read.values() for i in found]
    plain = without_rules({"all": pool, **check})
    model = train(pool)
    bare = train(plain["all"])
    settings = (
        ("rules", lambda i: i.rules, False),
        ("everywhere", lambda i: pick(model, i), False),
        ("rules-null only", lambda i: pick(model, i, only_null=True), False),
        (f"margin {MARGIN:g}", lambda i: pick(model, i, margin=MARGIN), False),
        ("common nouns only", lambda i: pick_common(model, i), False),
        ("no-rules model", lambda i: pick(bare, i), True),
        ("no-rules, rules-null", lambda i: pick(bare, i, only_null=True), True),
    )
    trained = "+".join(data) + (" + the samples' READ halves" if with_read else "")
    print(f"\nholder right on the blind CHECK halves (trained on {trained}; right (wrong: another name + a name where the reader has none))")
    print(f"{'sample':<16}{'n':>5}{'oracle':>8}" + "".join(f"{name:>22}" for name, _, _ in settings))
    for sample, found in check.items():
        oracle = sum(i.chosen() is not None for i in found)
        cells = []
        for _, choose, stripped in settings:
            right, other, filled = _tally(plain[sample] if stripped else found, choose)
            cells.append(f"{right:>3} ({other + filled:>2}: {other}+{filled})")
        print(f"{sample:<16}{len(found):>5}{oracle:>8}" + "".join(f"{c:>22}" for c in cells))


def main(argv: list[str]) -> int:
    common_nouns = "--common-nouns" in argv
    splits = ALL_TUNABLE if "--all-tunables" in argv else SPLITS
    data = {split: items(split, common_nouns) for split in splits}
    if common_nouns:
        print("candidates: the names and the agentive common-noun phrases (--common-nouns)")
    if "--without-topic" in argv:
        print("without: " + "; ".join(TOPIC))
        data = without(data, TOPIC)
    cv(data, splits)
    if "--why" in argv:
        why(data)
    if "--blind" in argv:
        blind(data, "--with-read" in argv, common_nouns)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
