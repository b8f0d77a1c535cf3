"""The blind figure-meaning gold on whole unseen articles (round 22, issue #11): draw it, print it for judging.

Population: every BBC article (`corpora/bbc/*/*.txt`) and PolNeAR `train` and `dev` text
(`corpora/polnear/*/text/*.txt`) that no `tests/gold/*.json` file names (the judged samples included), under
8,000 characters, in which `helpers.figures.figures_of(segment(raw, tokens=False), boilerplate=False)` finds
at least 12 figures. The population is sorted, shuffled with `random.Random(2222)` and whole articles are
taken in that order (a BBC sport article only while sport stays at most 40% of the articles taken) until
their figures reach 200. Each figure is written as its `article`, `offset` into the raw file (the cleaned
span mapped back, checked with `meaning_score.place`) and `surface`: no subject, holder or time from the
code, which the judge never sees. The split is by article: `sha256("2222:<article>")`, the lower half of
the articles `train3` (tunable: misses are read), the rest `fresh3` (held out).

Round 26 drew a second such gold, `whole4` (`--draw whole4`): the same population less every text a gold
names (whole3's included), at least 8 figures (typical articles, not only data-heavy ones), shuffled with
`random.Random(2626)`, split by `sha256("2626:<article>")` into `train4` (tunable) and `fresh4` (held out).

    .venv/bin/python tools/whole_article_sample.py draw /tmp/whole3_drawn.json [whole4]
    .venv/bin/python tools/whole_article_sample.py show /tmp/whole3_drawn.json   # the text the judge reads
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from head_dense_sample import _named_by_gold, _raw_offset
from helpers import meaning_score as ms
from helpers.figures import figures_of
from helpers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SIZE = 200
MAX_CHARS = 8000
SPORT_SHARE = 0.4


@dataclass(frozen=True)
class Draw:
    """One blind whole-article gold: where it is kept, its seed, the fewest figures an article needs, its splits."""

    gold: Path
    seed: int
    min_figures: int
    splits: tuple[str, str]


DRAWS = {
    "whole3": Draw(ROOT / "tests/gold/figure_meaning_whole3.json", 2222, 12, ("train3", "fresh3")),
    "whole4": Draw(ROOT / "tests/gold/figure_meaning_whole4.json", 2626, 8, ("train4", "fresh4")),
}
HELD_OUT = frozenset(d.splits[1] for d in DRAWS.values())


def candidates(drawing: Draw) -> list[str]:
    """Every BBC article and PolNeAR train and dev text (paths under ../shared) no other gold names, sorted."""
    corpora = SHARED / "corpora"
    paths = [*corpora.glob("bbc/*/*.txt"), *corpora.glob("polnear/train/text/*.txt"), *corpora.glob("polnear/dev/text/*.txt")]
    named = _named_by_gold(drawing.gold.name)
    return sorted(p for p in (str(path.relative_to(SHARED)) for path in paths) if p not in named)


def spans_of(path: str, min_figures: int) -> list[tuple[int, int, str]] | None:
    """The figures' cleaned spans and surfaces, or None when the text is too long or has too few."""
    raw = (SHARED / path).read_text(encoding="utf-8")
    if len(raw) >= MAX_CHARS:
        return None
    spans = [(f.start, f.end, f.surface) for f in figures_of(segment(raw, tokens=False), boilerplate=False)]
    return spans if len(spans) >= min_figures else None


def _sport(path: str) -> bool:
    return path.startswith("corpora/bbc/sport/")


def take(population: list[str], min_figures: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Whole articles in the shuffled order until their figures reach SIZE, sport kept to SPORT_SHARE."""
    taken: list[tuple[str, list[tuple[int, int, str]]]] = []
    for path in population:
        if sum(len(spans) for _, spans in taken) >= SIZE:
            break
        if _sport(path) and sum(map(_sport, (p for p, _ in taken))) + 1 > SPORT_SHARE * (len(taken) + 1):
            continue
        spans = spans_of(path, min_figures)
        if spans is not None:
            taken.append((path, spans))
    return taken


def placed(path: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """Each figure as the gold places it: article, raw offset (which `place` maps back onto the span), surface."""
    raw = (SHARED / path).read_text(encoding="utf-8")
    cleaned = segment(raw, tokens=False).text
    items = []
    for start, end, surface in spans:
        offset = _raw_offset(raw, cleaned, start, end, surface)
        if offset is None:
            print(f"unplaced: {path} {start} {surface!r}", file=sys.stderr)
            continue
        items.append({"article": path, "surface": surface, "offset": offset})
    return items


def split_of(articles: list[str], drawing: Draw = DRAWS["whole3"]) -> dict[str, str]:
    """The lower half of the articles by `sha256("<seed>:<article>")` are the tunable split (`train3`), the rest
    the held-out one (`fresh3`)."""
    ranked = sorted(articles, key=lambda a: hashlib.sha256(f"{drawing.seed}:{a}".encode()).hexdigest())
    return {a: drawing.splits[0] if n < len(ranked) // 2 else drawing.splits[1] for n, a in enumerate(ranked)}


def draw(out: Path, drawing: Draw = DRAWS["whole3"]) -> None:
    population = candidates(drawing)
    random.Random(drawing.seed).shuffle(population)
    taken = take(population, drawing.min_figures)
    splits = split_of([path for path, _ in taken], drawing)
    items = [{**item, "split": splits[path]} for path, spans in taken for item in placed(path, spans)]
    for split in drawing.splits:
        chosen = [p for p, s in splits.items() if s == split]
        print(f"{split}: {len(chosen)} articles ({sum(p.startswith('corpora/bbc/') for p in chosen)} BBC),"
              f" {sum(i['split'] == split for i in items)} figures")
    out.write_text(json.dumps(sorted(items, key=lambda i: (i["article"], i["offset"])), indent=1), encoding="utf-8")


def show(drawn: Path) -> None:
    """Each article's cleaned text with every drawn figure marked [[n|surface]]: what the judge reads."""
    items = json.loads(drawn.read_text(encoding="utf-8"))
    if any(i["split"] in HELD_OUT and "head" in i for i in items):
        sys.exit("refusing to show a judged file with held-out (fresh3, fresh4) items: show reads a drawn file")
    n = 0
    for article in dict.fromkeys(i["article"] for i in items):
        raw = (SHARED / article).read_text(encoding="utf-8")
        cleaned = segment(raw, tokens=False).text
        placed = [(ms.place(raw, cleaned, i["offset"], i["surface"]), i["offset"]) for i in items if i["article"] == article]
        for span, offset in placed:
            if span is None:
                print(f"not placed: {article} @ {offset}", file=sys.stderr)
        marks = sorted((span, offset) for span, offset in placed if span is not None)
        print(f"=== {article} ({next(i['split'] for i in items if i['article'] == article)})")
        text, at = [], 0
        for (start, end), _ in marks:
            text += [cleaned[at:start], f"[[{n}|{cleaned[start:end]}]]"]
            at, n = end, n + 1
        print("".join(text + [cleaned[at:]]) + "\n")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["draw"] and len(args) in (2, 3) and (len(args) == 2 or args[2] in DRAWS):
        draw(Path(args[1]), DRAWS[args[2] if len(args) == 3 else "whole3"])
    elif args[:1] == ["show"] and len(args) == 2:
        show(Path(args[1]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
