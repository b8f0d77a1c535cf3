"""Rebuild the figure-meaning rankers (src/helpers/resources/meaning_model.json) from the blind
gold's training splits: `tune` of tests/gold/figure_meaning.json and, when present, `train` of
tests/gold/figure_meaning_train.json. The `test` split is never read here.

Each gold figure is matched to the figure the pipeline finds at its place (as the scorer in
`helpers.meaning_score` matches them); its candidates (`figures.meaning_candidates`) are labelled
right or wrong with the scorer's own rules (`head_right`, `holder_right`, `time_right`). A group
keeps one right candidate (the rules' choice when it is right, else the first the parse offers)
and every wrong one; figures with no right candidate teach nothing. A conditional logit per field
is fitted by Newton's method from zero weights (`finder_model.fit_ranking`), articles in path
order, so the shipped file is exactly what this script writes; tests/test_figures.py checks that.
The L2 penalty of each field was chosen by cross-validation within the training data, five folds
by article (`--cv` prints it).

    .venv/bin/python tools/train_meaning.py            # writes the JSON
    .venv/bin/python tools/train_meaning.py --check    # exit 1 if the shipped JSON differs
    .venv/bin/python tools/train_meaning.py --cv       # cross-validated accuracy per field and L2
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from helpers import config
from helpers import meaning_score as ms
from helpers.figures import meaning_candidates
from helpers.finder_model import fit_ranking
from helpers.meaning_model import FIELDS, Candidate, feature_names
from helpers.segment import segment

SHARED = config.PROJECT_ROOT.parent / "shared"
GOLD = config.PROJECT_ROOT / "tests" / "gold"
TARGET = config.PACKAGE_DIR / "resources" / "meaning_model.json"
TRAINING = (("figure_meaning.json", "tune"), ("figure_meaning_train.json", "train"))
L2 = {"subject": 10.0, "holder": 30.0, "time": 10.0}
FOLDS = 5


def right(field: str, candidate: Candidate, gold: dict[str, Any]) -> bool:
    """The scorer's verdict on a candidate."""
    text = candidate.phrase.text if candidate.phrase is not None else None
    if field == "subject":
        return ms.head_right(text, gold.get("head"))
    if field == "holder":
        return ms.holder_right(text, gold.get("holder"))
    return ms.time_right(text, gold.get("time"))


def training_gold() -> list[dict[str, Any]]:
    found = []
    for name, split in TRAINING:
        path = GOLD / name
        if path.is_file():
            found += [g for g in json.loads(path.read_text(encoding="utf-8")) if g.get("split") == split]
    return found


Example = tuple[str, dict[str, Any], dict[str, list[Candidate]]]


def examples(gold: Sequence[dict[str, Any]]) -> list[Example]:
    """(article, gold figure, candidates per field) for every gold figure the pipeline finds."""
    found: list[Example] = []
    for split in sorted({g["split"] for g in gold}):
        for article, items in sorted(ms.by_article(gold, split).items()):
            raw = (SHARED / article).read_text(encoding="utf-8")
            parsed = segment(raw, tokens=False)
            read = meaning_candidates(parsed)
            predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f, _ in read]
            where = {id(p): k for k, p in enumerate(predicted)}
            _, pairs = ms.score_article(items, raw, parsed.text, predicted)
            for item, prediction in pairs:
                options = read[where[id(prediction)]][1] if prediction is not None else None
                if options:
                    found.append((article, item, {name: [c.worded() for c in group] for name, group in options.items()}))
    return found


def groups(field: str, chosen: Sequence[Example], names: Sequence[str]) -> list[tuple[list[list[float]], int]]:
    """One training group per figure with a right candidate: that candidate and every wrong one."""
    out = []
    for _, item, options in chosen:
        candidates = options[field]
        verdicts = [right(field, c, item) for c in candidates]
        if not any(verdicts):
            continue
        keep = verdicts.index(True)
        kept = [c for k, c in enumerate(candidates) if k == keep or not verdicts[k]]
        rows = [[c.features.get(n, 0.0) for n in names] for c in kept]
        out.append((rows, kept.index(candidates[keep])))
    return out


def fit_field(field: str, chosen: Sequence[Example], l2: float) -> dict[str, float]:
    names = feature_names(options[field] for _, _, options in chosen)
    weights = fit_ranking(groups(field, chosen, names), l2)
    return {name: round(weight, 6) for name, weight in zip(names, weights)}


def accuracy(field: str, chosen: Sequence[Example], pick: Callable[[list[Candidate]], Candidate]) -> float:
    hits = sum(right(field, pick(options[field]), item) for _, item, options in chosen)
    return hits / len(chosen) if chosen else 0.0


def cross_validate(chosen: Sequence[Example], grid: Sequence[float] = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)) -> None:
    """Accuracy on held-out folds of articles, per field and L2, beside the rules' choice."""
    from helpers.meaning_model import Ranker

    articles = sorted({article for article, _, _ in chosen})
    fold_of = {article: k % FOLDS for k, article in enumerate(articles)}
    print(f"{len(chosen)} figures in {len(articles)} articles, {FOLDS} folds by article")
    for field in FIELDS:
        rules = accuracy(field, chosen, lambda c: c[0])
        oracle = sum(any(right(field, c, item) for c in options[field]) for _, item, options in chosen) / len(chosen)
        line = f"{field:<8} rules {rules:.3f}  oracle {oracle:.3f}  |"
        for l2 in grid:
            hits = 0
            for fold in range(FOLDS):
                train = [e for e in chosen if fold_of[e[0]] != fold]
                held = [e for e in chosen if fold_of[e[0]] == fold]
                ranker = Ranker(fit_field(field, train, l2))
                hits += sum(right(field, ranker.best(options[field]), item) for _, item, options in held)
            line += f"  l2={l2:g} {hits / len(chosen):.3f}"
        print(line)


def build() -> dict[str, Any]:
    gold = training_gold()
    chosen = examples(gold)
    splits = sorted({g["split"] for g in gold})
    model: dict[str, Any] = {
        "trained_on": f"figure meaning gold, splits {' + '.join(splits)}: {len(gold)} figures, "
        f"{len({g['article'] for g in gold})} articles, {len(chosen)} matched to a figure",
    }
    for field in FIELDS:
        model[field] = {"l2": L2[field], "weights": fit_field(field, chosen, L2[field])}
    return model


def serialize(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=1) + "\n"


def main(argv: list[str]) -> int:
    if "--cv" in argv:
        cross_validate(examples(training_gold()))
        return 0
    text = serialize(build())
    if "--check" in argv:
        same = TARGET.read_text(encoding="utf-8") == text
        print("meaning model is up to date" if same else "meaning model differs from what tools/train_meaning.py builds")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {Path(TARGET).relative_to(config.PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
