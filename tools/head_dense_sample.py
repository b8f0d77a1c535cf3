"""The blind head sample of data-dense passages (round 20): draw it, print it for judging, score it.

Population: the figures articlelab finds (a `tools/unlabelled_figures.py dump` of the base) in BBC articles
and PolNeAR `dev` texts that no `tests/gold/*.json` file names (the judged samples included), whose
sentence holds 3 figures or more or whose paragraph holds 5 or more, in articles whose
`sha1(article path)` hex digest ends in an even hex digit (the odd ones are the holder round's).
`random.Random(2020)` shuffles the population (sorted by article and offsets) and the first figures are
taken, at most 6 per article, until 160. Each is placed by its raw `offset` and `surface`, as the
figure-meaning gold is (`meaning_score.place` finds it back), and split by `sha256("2020:<article>:<offset>")`:
the 80 lowest are `read` (misses read to write rules), the rest `check` (scored only as a whole).

    .venv/bin/python tools/head_dense_sample.py draw /tmp/base.json /tmp/drawn.json
    .venv/bin/python tools/head_dense_sample.py show /tmp/drawn.json     # the text a judge reads, no output
    .venv/bin/python tools/head_dense_sample.py score [read|check] [-v]   # -v prints read misses only
    .venv/bin/python tools/head_dense_sample.py score check --blind       # round 19's random sample, scored alike
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from helpers import meaning_score as ms
from helpers.figures import figures_of
from helpers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests/gold/head_dense_sample.json"
SEED = 2020
SIZE = 160
PER_ARTICLE = 6


def _named_by_gold(skip: str = SAMPLE.name) -> set[str]:
    """Every article path a gold file names, the judged samples included (but the file `skip`, the
    sample being drawn)."""
    named: set[str] = set()
    for gold in sorted((ROOT / "tests/gold").glob("*.json")):
        if gold.name == skip:
            continue
        data = json.loads(gold.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            named.update(f"corpora/bbc/{key}" for key in data)
            continue
        for item in data:
            if isinstance(item, dict) and isinstance(item.get("article"), str):
                named.add(item["article"])
            elif isinstance(item, list) and item and isinstance(item[0], str):
                named.add(item[0])
    return named


def even_article(path: str) -> bool:
    return int(hashlib.sha1(path.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


def _raw_offset(raw: str, cleaned: str, start: int, end: int, surface: str) -> int | None:
    """The raw offset that `meaning_score.place` maps back onto the figure's span."""
    at = raw.find(surface)
    while at >= 0:
        if ms.place(raw, cleaned, at, surface) == (start, end):
            return at
        at = raw.find(surface, at + 1)
    return None


def draw(dump: Path, out: Path) -> None:
    draw_dense(dump, out, lambda path: (path.startswith("corpora/bbc/") or path.startswith("corpora/polnear/dev/"))
               and even_article(path), _named_by_gold(), SEED, SIZE, PER_ARTICLE)


def draw_dense(dump: Path, out: Path, keep: Callable[[str], bool], named: set[str], seed: int, size: int, per_article_most: int) -> None:
    """Draw a blind sample of figures where they come thick (3+ in a sentence or 5+ in a paragraph) from
    the texts `keep` admits and no gold names: shuffled by `seed`, at most `per_article_most` an article,
    `size` in all, each placed by its raw offset; a seeded hash puts the first half in `read`, the rest
    in `check`. This round's head and poll-dense samples were both drawn by it."""
    readings = json.loads(dump.read_text(encoding="utf-8"))
    population = []
    for path, figures in sorted(readings.items()):
        if path in named or not keep(path):
            continue
        per_sentence = Counter(f["sentence"] for f in figures)
        per_paragraph = Counter(f["paragraph"] for f in figures)
        for f in sorted(figures, key=lambda f: (f["start"], f["end"])):
            if per_sentence[f["sentence"]] >= 3 or per_paragraph[f["paragraph"]] >= 5:
                population.append((path, f["start"], f["end"], f["surface"]))
    random.Random(seed).shuffle(population)
    taken: list[dict] = []
    per_article: Counter[str] = Counter()
    for path, start, end, surface in population:
        if len(taken) == size:
            break
        if per_article[path] == per_article_most:
            continue
        raw = (SHARED / path).read_text(encoding="utf-8")
        cleaned = segment(raw, tokens=False).text
        offset = _raw_offset(raw, cleaned, start, end, surface)
        if offset is None:
            continue
        per_article[path] += 1
        taken.append({"article": path, "surface": surface, "offset": offset, "start": start, "end": end})
    ranked = sorted(taken, key=lambda item: hashlib.sha256(f"{seed}:{item['article']}:{item['offset']}".encode()).hexdigest())
    for n, item in enumerate(ranked):
        item["split"] = "read" if n < size // 2 else "check"
    print(f"population {len(population)} figures in {len({p[0] for p in population})} articles; drawn {len(taken)}"
          f" from {len(per_article)} articles")
    out.write_text(json.dumps(sorted(taken, key=lambda i: (i["article"], i["offset"])), indent=1), encoding="utf-8")


def show(drawn: Path) -> None:
    """Each drawn figure with its sentence and the one before: the judge's view (no articlelab output)."""
    for n, item in enumerate(json.loads(drawn.read_text(encoding="utf-8"))):
        article = segment((SHARED / item["article"]).read_text(encoding="utf-8"), tokens=False)
        start, end = item["start"], item["end"]
        index = next(s.index for s in article.sentences if s.start <= start < s.end)
        sentence = article.sentences[index]
        before = article.sentences[index - 1].text if index > 0 else ""
        marked = article.text[sentence.start : start] + "[[" + article.text[start:end] + "]]" + article.text[end : sentence.end]
        print(f"#{n} {item['article']} {item['surface']!r}\n  prev: {before}\n  SENT: {marked}\n")


def _read(article: str) -> tuple[str, str, list[ms.Prediction]]:
    raw = (SHARED / article).read_text(encoding="utf-8")
    parsed = segment(raw, tokens=False)
    predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures_of(parsed, boilerplate=False)]
    return raw, parsed.text, predicted


def score(split: str, verbose: bool, sample: Path = SAMPLE, fields: tuple[str, ...] = ()) -> None:
    """Print a sample half's head rate (and the rates of `fields`, "holder", "time", when the
    sample judged them); with `verbose`, the READ half's head misses (and its holder misses when
    `fields` names "holder")."""
    gold = json.loads(sample.read_text(encoding="utf-8"))
    result, pairs = ms.score_split(gold, split, _read)
    judged_null = [(g, p) for g, p in pairs if p is not None and g.get("head") is None]
    given = sum(p.subject is not None for _, p in judged_null)
    rates = "".join(f", {field} {result.rate(field):.3f}" for field in fields)
    print(f"{split}: head {result.head}/{result.found} = {result.rate('head'):.3f}{rates} (placed {result.found} of {result.gold});"
          f" subject given where the judge gave none {given}/{len(judged_null)}")
    if verbose and split == "read":
        for g, p in pairs:
            if p is not None and not ms.head_right(p.subject, g.get("head")):
                print(f"- {g['article']} {g['offset']} [{g['surface']}] judge={g.get('subject')!r}/{g.get('head')!r} ours={p.subject!r}")
        if "holder" in fields:
            for g, p in pairs:
                if p is not None and not ms.holder_right(p.holder, g.get("holder")):
                    print(f"- holder {g['article']} {g['offset']} [{g['surface']}] judge={g.get('holder')!r} ours={p.holder!r}")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["draw"] and len(args) == 3:
        draw(Path(args[1]), Path(args[2]))
    elif args[:1] == ["show"] and len(args) == 2:
        show(Path(args[1]))
    elif args[:1] == ["score"] and len(args) >= 2 and args[1] in ("read", "check"):
        blind = "--blind" in args  # round 19's random sample (head_blind_sample.json), scored the same way
        score(args[1], "-v" in args and not blind, ROOT / "tests/gold/head_blind_sample.json" if blind else SAMPLE)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
