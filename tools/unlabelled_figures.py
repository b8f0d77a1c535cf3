"""Every figure's reading on the texts no gold file names: the check that a rule is general.

A rule read from a gold split's misses fires on that split; whether it fires anywhere else is the
first sign of whether it carries to new text. The unlabelled texts are every BBC article, every
PolNeAR `dev` and `train` text and every webbench tune page (id 0-7) that no `tests/gold/*.json`
names (matched by path). `dump` writes each figure's fields (offsets, subject, holder, time, ...)
as sorted JSON; `diff` lists the figures whose subject, holder or time moved between two dumps.

    .venv/bin/python tools/unlabelled_figures.py dump /tmp/before.json
    .venv/bin/python tools/unlabelled_figures.py diff /tmp/before.json /tmp/after.json

The twelfth round pruned the rules whose code never ran on these texts (branch coverage of a dump:
`python -m coverage run --branch --include='src/helpers/*' tools/unlabelled_figures.py dump out.json`,
with `coverage` installed by hand, it is no project dependency) and checked that the dump stayed
byte-identical."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from helpers.figures import figures_of
from helpers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIELDS = ("subject", "holder", "time")
SAMPLES_OF_UNLABELLED = frozenset({"holder_abstain_sample.json", "head_blind_sample.json", "holder_dense_sample.json", "head_dense_sample.json",
                                   "poll_dense_sample.json"})
"""Judged samples of these texts' figures (round 19's holder abstentions and blind heads, round 20's dense holders and heads and poll-dense PolNeAR train heads): their texts stay
unlabelled here, so the check reads the same 1,678 texts before and after a sample is written. Round 22's
figure_meaning_whole3.json is a gold, not a sample of these texts: its 14 articles are named and left out like
any gold's (1,664 texts since), so a dump made before it was merged lists their figures as lost; round 26's
figure_meaning_whole4.json names 20 more (1,644 texts since)."""


def _gold_articles() -> set[Path]:
    """Every article a gold file names, as a path under ../shared."""
    named: set[Path] = set()
    for gold in sorted((ROOT / "tests/gold").glob("*.json")):
        if gold.name in SAMPLES_OF_UNLABELLED:
            continue
        data = json.loads(gold.read_text(encoding="utf-8"))
        if isinstance(data, dict):  # the BBC figure and quote gold: keyed by 'politics/004.txt'
            named.update((SHARED / "corpora/bbc" / key).resolve() for key in data)
            continue
        for item in data:
            if isinstance(item, dict) and isinstance(item.get("article"), str):
                named.add((SHARED / item["article"]).resolve())
            elif isinstance(item, list) and item and isinstance(item[0], str):
                named.add((SHARED / item[0]).resolve())
    return named


def unlabelled_texts() -> list[Path]:
    corpora = SHARED / "corpora"
    paths = [
        *sorted(corpora.glob("bbc/*/*.txt")),
        *sorted(corpora.glob("polnear/dev/text/*.txt")),
        *sorted(corpora.glob("polnear/train/text/*.txt")),
        *(p for p in sorted(corpora.glob("webbench/text/*.txt")) if p.name[0] in "01234567"),
    ]
    named = _gold_articles()
    return [p for p in paths if p.resolve() not in named]


def dump(out: Path) -> None:
    readings: dict[str, object] = {}
    for path in unlabelled_texts():
        article = segment(path.read_text(encoding="utf-8"), tokens=False)
        readings[str(path.relative_to(SHARED))] = [f.to_dict() for f in figures_of(article, boilerplate=False)]
    out.write_text(json.dumps(readings, indent=0, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    count = sum(len(figures) for figures in readings.values())  # type: ignore[arg-type]
    print(f"{len(readings)} unlabelled texts, {count} figures -> {out}")


def diff(before: Path, after: Path) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    moved = {field: 0 for field in FIELDS}
    for name in sorted(set(old) | set(new)):
        was = {(f["start"], f["end"]): f for f in old.get(name, [])}
        now = {(f["start"], f["end"]): f for f in new.get(name, [])}
        for span in sorted(set(was) ^ set(now)):
            print(f"{name}: {'lost' if span in was else 'new'} figure {(was.get(span) or now[span])['surface']!r}")
        for span in sorted(set(was) & set(now)):
            for field in FIELDS:
                if was[span][field] != now[span][field]:
                    moved[field] += 1
                    print(f"{name}: {was[span]['surface']!r} {field}: {was[span][field]!r} -> {now[span][field]!r}")
    print("moved: " + ", ".join(f"{field} {count}" for field, count in moved.items()))


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["dump", out]:
            dump(Path(out))
        case ["diff", before, after]:
            diff(Path(before), Path(after))
        case _:
            raise SystemExit(__doc__)
