"""Figures against hand-annotated gold, side by side with quantulum3: P/R/F1 and speed.

Sets: the 25 hand-annotated BBC articles (tests/gold/bbc_figures.json), the seed, and
quantulum3's own English test suite (../shared/specs/quantulum3/quantities.json).
"full" needs value and unit right; "value" needs only the value (the fair test on quantulum3's
own suite, whose unit names are its own). Prints a table; not a timed test.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable, Sequence

from helpers import config
from helpers.evaluation import Item, Score, score, total
from helpers.figures import extract_figures, figures_of
from helpers.segment import segment

ROOT = config.PROJECT_ROOT
SHARED = ROOT.parent / "shared"
QUANTULUM_UNITS = {
    "pound sterling": ("GBP", 1.0), "penny": ("GBP", 0.01), "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0), "euro": ("EUR", 1.0), "russian ruble": ("RUB", 1.0),
    "percentage": ("%", 1.0), "cubic metre": ("meter ** 3", 1.0), "mile per hour": ("mile / hour", 1.0),
    "acre": ("acre", 1.0), "dimensionless": (None, 1.0), "kilometre": ("kilometer", 1.0),
    **{u: (u, 1.0) for u in ("year", "month", "week", "day", "hour", "minute", "second", "century", "decade")},
}


def quantulum_items(text: str) -> list[Item]:
    from quantulum3 import parser

    items = []
    for q in parser.parse(text):
        unit, factor = QUANTULUM_UNITS.get(q.unit.name, (q.unit.name, 1.0))
        items.append(Item(q.surface, float(q.value) * factor, unit))
    return items


def ours_items(text: str) -> list[Item]:
    return [Item(f.surface, f.value, f.unit) for f in extract_figures(text)]


def paragraphs(text: str) -> list[str]:
    """The body of a BBC article: one paragraph per line after the headline."""
    return [line for line in text.splitlines()[1:] if line.strip()]


def run(extract: Callable[[str], list[Item]], docs: Sequence[tuple[list[str], list[Item]]], with_unit: bool) -> tuple[Score, float]:
    started = time.perf_counter()
    scores = [score(gold, [i for part in parts for i in extract(part)], with_unit=with_unit) for parts, gold in docs]
    return total(scores), time.perf_counter() - started


def main() -> None:
    warnings.filterwarnings("ignore")
    quantulum_items("warm up 5 km")  # quantulum3 loads its tables on first use
    gold = json.loads((ROOT / "tests/gold/bbc_figures.json").read_text(encoding="utf-8"))
    news = [
        (paragraphs((SHARED / "corpora/bbc" / name).read_text(encoding="utf-8")), [Item(*i) for i in items])
        for name, items in gold.items()
    ]
    heldout = json.loads((ROOT / "tests/gold/bbc_figures_heldout.json").read_text(encoding="utf-8"))
    held = [
        (paragraphs((SHARED / "corpora/bbc" / name).read_text(encoding="utf-8")), [Item(*i) for i in items])
        for name, items in heldout.items()
    ]
    seed_text = (config.RAW_DIR / f"{config.SEED_SLUG}.txt").read_text(encoding="utf-8")
    seed_gold = [Item(*i) for i in json.loads((ROOT / "tests/gold/seed_figures.json").read_text(encoding="utf-8"))]
    seed_article = segment(seed_text)
    seed_parts = [p.text for p in seed_article.paragraphs] + [r.text for r in seed_article.removed]
    spec = json.loads((SHARED / "specs/quantulum3/quantities.json").read_text(encoding="utf-8"))
    spec_docs = [([c["req"]], [Item(r["surface"], float(r["value"]), r["unit"]) for r in c["res"]]) for c in spec]

    rows = []
    for label, docs, with_unit in (
        ("BBC gold (25 articles), full", news, True),
        ("BBC gold (25 articles), value", news, False),
        ("BBC held-out (6 articles), full", held, True),
        ("seed, full", [(seed_parts, seed_gold)], True),
        ("quantulum3 suite, value", spec_docs, False),
    ):
        for name, extract in (("articlelab", ours_items), ("quantulum3", quantulum_items)):
            result, _ = run(extract, docs, with_unit)
            rows.append((label, name, result))
    print(f"{'set':<32}{'system':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for label, name, s in rows:
        print(f"{label:<32}{name:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")

    bbc = sorted((SHARED / "corpora/bbc").glob("*/*.txt"))[:200]
    texts = [p.read_text(encoding="utf-8") for p in bbc]
    print()
    print(f"{'speed on 200 BBC articles':<32}{'system':<12}{'articles/s':>12}")
    speeds = {}
    for name, fn in (
        ("articlelab", lambda t: figures_of(segment(t, tokens=False))),
        ("quantulum3", lambda t: quantulum_items(t)),
    ):
        started = time.perf_counter()
        for text in texts:
            fn(text)
        speeds[name] = len(texts) / (time.perf_counter() - started)
        print(f"{'':<32}{name:<12}{speeds[name]:>12.1f}")
    print(f"{'':<32}{'ratio':<12}{speeds['articlelab'] / speeds['quantulum3']:>11.1f}x")
    print("(articlelab's time includes cleaning and segmenting; quantulum3 gets the raw text)")


if __name__ == "__main__":
    main()
