"""Quotes and their sources, in one table: PolNeAR dev (held out), PolNeAR train (what the
attribution model learned from and the rules were refined on) and the BBC quote gold (25 politics
articles the first speaker rules were written against), with the rate of the quotes path.

    .venv/bin/python benchmarks/quotes.py            # the table
    .venv/bin/python benchmarks/quotes.py --quick    # dev and BBC only (train takes a few minutes)
    .venv/bin/python benchmarks/quotes.py --train    # tunable sets only: PolNeAR train, BBC gold, sport tune half (no dev)
    .venv/bin/python benchmarks/quotes.py --misses   # + BBC misses
    .venv/bin/python benchmarks/quotes.py --quick --sport-misses   # + misses on the sport gold's tune half
    .venv/bin/python benchmarks/quotes.py --train --attribution-misses   # + misses on the sport attribution gold's tune half
    .venv/bin/python benchmarks/quotes.py --cost     # mentions and quotes on 40 KB to 2.5 MB of text

PolNeAR is scored by the corpus's own scorer (`../shared/tools/score_attributions.py`): quoted
attributions found, right source named over them, precision over direct and indirect quotes, and
paraphrase found. BBC: quote precision, recall and F1 on first words, and speaker accuracy.
The baseline row is every quotation in quotation marks with the nearest person named before it in
its paragraph: what a reader gets without cue words or a model. Not a timed test.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from helpers import config
from helpers.evaluation import QuoteScore, Score, attribution_spans, quote_pairs, score_quotes, score_spans
from helpers.inputs import resolve
from helpers.mentions import mentions
from helpers.process import load_article
from helpers.quotations import quote_spans
from helpers.quotes import Quote, quotes_of
from helpers.segment import segment

ROOT = config.PROJECT_ROOT
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "corpora" / "polnear"
_NAME = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _scorer() -> ModuleType:
    """The corpus's scorer, read from ../shared at run time."""
    spec = importlib.util.spec_from_file_location("score_attributions", SHARED / "tools" / "score_attributions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _baseline(article: Any) -> list[Quote]:
    """Each quotation of more than five words, spoken by the last "First Last" name before it in its paragraph."""
    found = []
    for span in quote_spans(article):
        text = article.text[span.start : span.end]
        if len(text.split()) <= 5:
            continue
        paragraph = article.paragraphs[span.paragraph]
        names = _NAME.findall(article.text[paragraph.start : span.open_at])
        speaker = names[-1] if names else None
        found.append(Quote("direct", text, span.start, span.end, span.paragraph, -1, speaker, speaker, None, None, None,
                           None, ((span.start, span.end),)))
    return found


def polnear(split: str, which: str = "articlelab") -> dict[str, float]:
    """The corpus scorer's numbers for one split, plus articles per second (load and quotes)."""
    scorer = _scorer()
    folder = POLNEAR / split
    gold = scorer.load_gold(folder)
    stats: dict[str, int] = defaultdict(int)
    seconds = 0.0
    for name, items in gold.items():
        started = time.perf_counter()
        article = load_article(resolve(str(folder / "text" / f"{name}.txt")))
        quotes = quotes_of(article) if which == "articlelab" else _baseline(article)
        seconds += time.perf_counter() - started
        predicted = [q.to_dict() for q in quotes if q.kind in ("direct", "indirect")]
        used: set[int] = set()
        for g in items:
            kind = "direct" if g["direct"] else "indirect"
            stats[f"gold_{kind}"] += 1
            hit = next((i for i, q in enumerate(predicted) if i not in used and scorer.matches(q["text"], g["content"])), None)
            if hit is None:
                continue
            used.add(hit)
            stats[f"found_{kind}"] += 1
            if g["direct"] and (ok := scorer.source_ok(g, predicted[hit])) is not None:
                stats["scored"] += 1
                stats["right"] += int(ok)
        stats["predicted"] += len(predicted)
        stats["matched"] += len(used)
    return {
        "articles": len(gold),
        "quoted found": stats["found_direct"] / max(stats["gold_direct"], 1),
        "right source": stats["right"] / max(stats["scored"], 1),
        "precision": stats["matched"] / max(stats["predicted"], 1),
        "paraphrase found": stats["found_indirect"] / max(stats["gold_indirect"], 1),
        "articles/s": len(gold) / max(seconds, 1e-9),
    }


SPORT_GOLD = "bbc_sport_quotes.json"


def sport_half(name: str) -> str:
    """The sport gold's halves: articles whose number is even are `tune` (their misses may be read),
    odd ones `test` (held out)."""
    return "tune" if int(re.sub(r"\D", "", name)) % 2 == 0 else "test"


def bbc(show_misses: bool = False, which: str = "articlelab", gold_file: str = "bbc_quotes.json", half: str | None = None) -> dict[str, float]:
    """Quote precision, recall, F1 and speaker accuracy on a BBC quote gold (one half of it when
    `half` is given), and articles per second."""
    gold = json.loads((ROOT / "tests/gold" / gold_file).read_text(encoding="utf-8"))
    if half is not None:
        gold = {name: items for name, items in gold.items() if sport_half(name) == half}
    found, right = Score(0, 0, 0), 0
    seconds = 0.0
    for name, items in gold.items():
        started = time.perf_counter()
        article = segment((BBC / name).read_text(encoding="utf-8"), tokens=False)
        quotes = quotes_of(article) if which == "articlelab" else tuple(_baseline(article))
        seconds += time.perf_counter() - started
        predicted = quote_pairs(article, quotes)
        result = score_quotes([tuple(i) for i in items], predicted)
        found, right = found + result.found, right + result.speakers_right
        if show_misses and (result.found.fp or result.found.fn or result.speakers_right < result.found.tp):
            print(name, result)
            print("   gold:", [(s, t) for s, t in items])
            print("   pred:", [(s, " ".join(t.split()[:4])) for s, t in predicted])
    return {
        "articles": len(gold), "precision": found.precision, "recall": found.recall, "F1": found.f1,
        "speaker accuracy": QuoteScore(found, right).speaker_accuracy, "articles/s": len(gold) / max(seconds, 1e-9),
    }


SPORT_ATTRIBUTIONS = "bbc_sport_attributions.json"


def _placed(raw: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """A gold content's offsets (into the raw file) in the segmented text: the same offsets when the
    text there is the same (BBC text is only stripped), else the occurrence nearest them."""
    content = raw[start:end]
    if text[start:end] == content:
        return start, end
    hits = [m.start() for m in re.finditer(re.escape(content), text)]
    if not hits:
        return None
    at = min(hits, key=lambda h: abs(h - start))
    return at, at + len(content)


def sport_attributions(half: str, which: str = "articlelab", show_misses: bool = False) -> dict[str, float]:
    """Attribution precision, recall, F1 and speaker accuracy on the BBC sport attribution gold (30
    articles annotated blind: every direct and indirect quote, by content offsets; one half of it), the
    quote finder's first measure on indirect quotes outside politics (a cue in another sense, "claimed
    the title", "replied with a try", is a false positive here)."""
    gold = json.loads((ROOT / "tests/gold" / SPORT_ATTRIBUTIONS).read_text(encoding="utf-8"))
    found, right = Score(0, 0, 0), 0
    for name in sorted(n for n in gold if sport_half(n) == half):
        raw = (BBC / name).read_text(encoding="utf-8")
        article = segment(raw, tokens=False)
        spans = [(item["speaker"], *placed) for item in gold[name]
                 if (placed := _placed(raw, article.text, item["content_start"], item["content_end"]))]
        quotes = quotes_of(article) if which == "articlelab" else tuple(_baseline(article))
        predicted = attribution_spans(article, quotes)
        result = score_spans(spans, predicted)
        found, right = found + result.found, right + result.speakers_right
        if show_misses and (result.found.fp or result.found.fn or result.speakers_right < result.found.tp):
            print(name, result)
            print("   gold:", [(s, article.text[a:b][:50]) for s, a, b in spans])
            print("   pred:", [(s, article.text[a:b][:50]) for s, a, b in predicted])
    return {"precision": found.precision, "recall": found.recall, "F1": found.f1,
            "speaker accuracy": QuoteScore(found, right).speaker_accuracy}


def rate(count: int = 200) -> float:
    """Articles per second through segmentation and quotes (the `quotes` command's path) on BBC articles."""
    files = sorted(BBC.rglob("*.txt"))[:count]
    texts = [path.read_text(encoding="utf-8") for path in files]
    quotes_of(segment(texts[0], tokens=False))  # resources load once, outside the clock
    started = time.perf_counter()
    for text in texts:
        quotes_of(segment(text, tokens=False))
    return len(texts) / (time.perf_counter() - started)


def cost() -> None:
    """Seconds for mentions and quotes on BBC bodies concatenated to 40 KB, 160 KB, 640 KB and
    2.5 MB (the texts `benchmarks/figures.py` times the figures path on): each step should grow
    with the text, about 4x from one size to the next, not faster."""
    spec = importlib.util.spec_from_file_location("figures_benchmark", Path(__file__).with_name("figures.py"))
    assert spec is not None and spec.loader is not None
    sized = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sized)
    quotes_of(segment("Headline\n\nAnn Smith said: \"It is over.\"", tokens=False))  # resources load outside the clock
    print(f"{'mentions and quotes, by size':<30}{'mentions':>10}{'quotes':>10}{'found':>10}")
    for label, text in sized.sized_texts().items():
        article = segment(text, tokens=False)
        started = time.process_time()
        mentioned = mentions(article)
        middle = time.process_time()
        found = quotes_of(article, mentioned)
        done = time.process_time()
        print(f"{label:<30}{middle - started:>10.2f}{done - middle:>10.2f}{len(found):>10}")


def _row(label: str, values: dict[str, float], keys: tuple[str, ...]) -> str:
    cells = [f"{values[k]:>10.3f}" if k in values and k != "articles/s" else f"{values[k]:>10.0f}" if k in values else f"{'':>10}"
             for k in keys]
    return f"{label:<38}" + "".join(cells)


def tunable(argv: list[str]) -> None:
    """The sets a change may be tuned on, and nothing held out: PolNeAR train, the BBC quote gold
    and the sport gold's tune half (its misses with --sport-misses)."""
    keys = ("quoted found", "right source", "precision", "paraphrase found", "articles/s")
    print(f"{'PolNeAR':<38}" + "".join(f"{k[:10]:>10}" for k in keys))
    print(_row("train, tuned on: articlelab", polnear("train"), keys))
    keys = ("precision", "recall", "F1", "speaker accuracy", "articles/s")
    print(f"\n{'BBC quote gold':<38}" + "".join(f"{k[:10]:>10}" for k in keys))
    print(_row("BBC gold: articlelab", bbc("--misses" in argv), keys))
    if (ROOT / "tests/gold" / SPORT_GOLD).exists():
        print(_row("sport, tune: articlelab", bbc("--sport-misses" in argv, gold_file=SPORT_GOLD, half="tune"), keys))
    if (ROOT / "tests/gold" / SPORT_ATTRIBUTIONS).exists():
        print(f"\n{'BBC sport attributions, tune half':<38}" + "".join(f"{k[:10]:>10}" for k in keys[:4]))
        print(_row("tune: quotation marks only", sport_attributions("tune", "baseline"), keys[:4]))
        print(_row("tune: articlelab", sport_attributions("tune", show_misses="--attribution-misses" in argv), keys[:4]))


def main(argv: list[str]) -> None:
    if "--train" in argv:
        tunable(argv)
        return
    quick = "--quick" in argv
    keys = ("quoted found", "right source", "precision", "paraphrase found", "articles/s")
    print("PolNeAR (targets on dev: quoted found 0.92, right source 0.88, precision 0.88, paraphrase 0.50)")
    print(f"{'':<38}" + "".join(f"{k[:10]:>10}" for k in keys))
    print(_row("dev, held out: baseline", polnear("dev", "baseline"), keys))
    print(_row("dev, held out: articlelab", polnear("dev"), keys))
    if not quick:
        print(_row("train, tuned on: articlelab", polnear("train"), keys))
    keys = ("precision", "recall", "F1", "speaker accuracy", "articles/s")
    print("\nBBC quote gold (25 articles; the first speaker rules were written against it)")
    print(f"{'':<38}" + "".join(f"{k[:10]:>10}" for k in keys))
    print(_row("BBC gold: baseline", bbc(which="baseline"), keys))
    print(_row("BBC gold: articlelab", bbc("--misses" in argv), keys))
    if (ROOT / "tests/gold" / SPORT_GOLD).exists():
        print("\nBBC sport quote gold (30 articles annotated blind; even numbers tune, odd held out)")
        print(f"{'':<38}" + "".join(f"{k[:10]:>10}" for k in keys))
        for half, label in (("test", "sport, held out"), ("tune", "sport, tune")):
            print(_row(f"{label}: baseline", bbc(which="baseline", gold_file=SPORT_GOLD, half=half), keys))
            shown = "--sport-misses" in argv and half == "tune"
            print(_row(f"{label}: articlelab", bbc(shown, gold_file=SPORT_GOLD, half=half), keys))
    if (ROOT / "tests/gold" / SPORT_ATTRIBUTIONS).exists():
        print("\nBBC sport attribution gold (30 articles annotated blind, direct and indirect; even numbers tune, odd held out)")
        print(f"{'':<38}" + "".join(f"{k[:10]:>10}" for k in keys[:4]))
        for half, label in (("test", "held out"), ("tune", "tune")):
            print(_row(f"{label}: quotation marks only", sport_attributions(half, "baseline"), keys[:4]))
            print(_row(f"{label}: articlelab", sport_attributions(half), keys[:4]))
    print(f"\nrate: {rate():.1f} articles/s through segment + quotes_of on 200 BBC articles (one core)")


if __name__ == "__main__":
    if any(arg not in ("--quick", "--train", "--misses", "--sport-misses", "--attribution-misses", "--cost") for arg in sys.argv[1:]):
        print(__doc__.split("\n\n")[1])  # the usage lines: "--help" or a typo must not print the held-out rows
        sys.exit(0 if {"-h", "--help"} & set(sys.argv[1:]) else 2)
    if "--cost" in sys.argv:
        cost()
    else:
        main(sys.argv[1:])
