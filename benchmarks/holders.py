"""Whose each figure is (`holder`), scored on the two tunable gold splits, with the misses to read.

Splits: `tune` (tests/gold/figure_meaning.json, the split earlier rounds read), `train`
(tests/gold/figure_meaning_train.json, 481 figures annotated blind by another session, read while
building the holder mechanisms) and `train2` (tests/gold/figure_meaning_train2.json, 378 figures
from data-heavy PolNeAR texts, also tunable); the held-out `test` split is scored only by `benchmarks/figures.py`
(aggregate numbers) and never printed here. Scoring is `helpers.meaning_score` (fixed rules).

    python benchmarks/holders.py            # holder rate per split, and the null/named confusion
    python benchmarks/holders.py --misses   # every holder miss on the tunable splits, with its sentence
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from helpers import config
from helpers import meaning_score as ms
from helpers.figures import figures_of
from helpers.segment import segment

ROOT = config.PROJECT_ROOT
SHARED = ROOT.parent / "shared"
SPLITS = ("tune", "train", "train2")


def _read(article: str) -> tuple[str, str, list[ms.Prediction]]:
    raw = (SHARED / article).read_text(encoding="utf-8")
    parsed = segment(raw, tokens=False)
    predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures_of(parsed, boilerplate=False)]
    return raw, parsed.text, predicted


def _gold() -> list[dict]:
    found = json.loads((ROOT / "tests/gold/figure_meaning.json").read_text(encoding="utf-8"))
    for name in ("figure_meaning_train.json", "figure_meaning_train2.json"):
        found += json.loads((ROOT / "tests/gold" / name).read_text(encoding="utf-8"))
    return found


def main(misses: bool) -> None:
    gold = _gold()
    print(f"{'holder gold (figures)':<26}{'found':>7}{'holder':>8}{'named, right':>14}{'named, wrong':>14}{'null, gold named':>18}{'named, gold null':>18}{'both null':>11}")
    for split in SPLITS:
        result, pairs = ms.score_split(gold, split, _read)
        kinds: Counter[str] = Counter()
        for g, p in pairs:
            if p is None:
                continue
            right = ms.holder_right(p.holder, g.get("holder"))
            kinds[("named" if p.holder else "null") + "/" + ("named" if g.get("holder") else "null") + ("+" if right else "-")] += 1
        print(
            f"{split + f' ({result.gold})':<26}{result.found:>7}{result.rate('holder'):>8.3f}{kinds['named/named+']:>14}"
            f"{kinds['named/named-']:>14}{kinds['null/named-']:>18}{kinds['named/null-']:>18}{kinds['null/null+']:>11}"
        )
        if misses:
            raws: dict[str, str] = {}
            for g, p in pairs:
                if p is None or ms.holder_right(p.holder, g.get("holder")):
                    continue
                raw = raws.setdefault(g["article"], (SHARED / g["article"]).read_text(encoding="utf-8"))
                print(f"- [{g['surface']}] gold={g.get('holder')!r} ours={p.holder!r}  ({g['article']})\n    {ms.sentence_at(raw, g['offset'])[:300]}")


if __name__ == "__main__":
    main("--misses" in sys.argv)
