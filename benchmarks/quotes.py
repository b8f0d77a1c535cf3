"""Direct quotes and speakers against hand-annotated gold (25 BBC politics articles).

Prints quote precision, recall and F1 (a quote is found when its first words match) and speaker
accuracy over the quotes found. Not a timed test.
"""

from __future__ import annotations

import json
import time

from helpers import config
from helpers.evaluation import QuoteScore, Score, score_quotes
from helpers.quotes import SCARE_MAX_WORDS, quotes_of
from helpers.segment import segment

ROOT = config.PROJECT_ROOT
BBC = ROOT.parent / "shared" / "corpora" / "bbc"


def _counted(quotation: str) -> bool:
    """The gold's unit: a quotation as its marks delimit it, not a partial quote of five words or
    fewer (those count as scare quotes in the gold's guideline)."""
    return len(quotation.split()) > SCARE_MAX_WORDS or quotation.rstrip()[-1:] in ".!?,"


def main(show_misses: bool = False) -> None:
    gold = json.loads((ROOT / "tests/gold/bbc_quotes.json").read_text(encoding="utf-8"))
    found, right = Score(0, 0, 0), 0
    started = time.perf_counter()
    for name, items in gold.items():
        article = segment((BBC / name).read_text(encoding="utf-8"), tokens=False)
        predicted = [
            (q.speaker, article.text[start:end])
            for q in quotes_of(article) if q.kind in ("direct", "mixed")
            for start, end in q.parts if _counted(article.text[start:end])
        ]
        result = score_quotes([tuple(i) for i in items], predicted)
        found, right = found + result.found, right + result.speakers_right
        if show_misses and (result.found.fp or result.found.fn or result.speakers_right < result.found.tp):
            print(name, result)
            print("   gold:", [(s, t) for s, t in items])
            print("   pred:", [(s, " ".join(t.split()[:4])) for s, t in predicted])
    seconds = time.perf_counter() - started
    total = QuoteScore(found, right)
    print(f"{'articles':<20}{len(gold):>8}")
    print(f"{'gold quotes':<20}{found.tp + found.fn:>8}")
    print(f"{'precision':<20}{found.precision:>8.3f}")
    print(f"{'recall':<20}{found.recall:>8.3f}")
    print(f"{'F1':<20}{found.f1:>8.3f}")
    print(f"{'speaker accuracy':<20}{total.speaker_accuracy:>8.3f}")
    print(f"{'articles/s':<20}{len(gold) / seconds:>8.0f}")


if __name__ == "__main__":
    import sys

    main(show_misses="--misses" in sys.argv)
