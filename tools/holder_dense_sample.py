"""The blind sample of holders where figures come thick (round 20): draw it, show it, or score the rules on it.

`draw` reads a dump of `tools/unlabelled_figures.py` and writes the candidates of the sample (no
judgement, no reading of the rules: the reader adds `holder` and `clause` by hand, from the figure's
sentence and the ones before it and the guideline alone). The population is every figure of a
PolNeAR `dev` text or a BBC article that no `tests/gold/*.json` names (the judged samples of
unlabelled text included) and whose sha1(path) hex digest ends in an odd digit, lying in a sentence
with 3 figures or more or a paragraph with 5 or more, named and null alike. `random.Random(2021)`
shuffles it and the first figures are taken, at most 6 per article, until 160; a seeded hash (2021)
of path and offsets orders them, the first 80 READ, the rest CHECK.

`show` prints each candidate's paragraph up to its sentence, the figure marked [[...]]: what the
reader sees (never the rules' output). `score` runs the rules on every article of the sample and
prints, per half, holder right (as `meaning_score`'s holder_right), how many judged nulls they fill,
how many judged holders they miss (abstain) and how many they name wrongly.

    .venv/bin/python tools/holder_dense_sample.py draw /tmp/base.json /tmp/candidates.json
    .venv/bin/python tools/holder_dense_sample.py show /tmp/candidates.json
    .venv/bin/python tools/holder_dense_sample.py score [READ|CHECK] [-v]
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

import head_dense_sample as dense  # tools/head_dense_sample.py: which texts a gold names

from helpers.figures import figures_of
from helpers.meaning_score import holder_right
from helpers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests/gold/holder_dense_sample.json"
SEED = 2021
SIZE = 160
PER_ARTICLE = 6


def _key(path: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{SEED}:{path}:{start}:{end}".encode()).hexdigest()


def _odd(path: str) -> bool:
    return hashlib.sha1(path.encode()).hexdigest()[-1] in "13579bdf"


def _gold_texts() -> set[str]:
    """Every article any tests/gold/*.json names, as a path under ../shared (the samples included)."""
    return {str((SHARED / n).resolve().relative_to(SHARED.resolve())) for n in dense._named_by_gold(SAMPLE.name)}


def draw(dump: Path, out: Path) -> None:
    readings = json.loads(dump.read_text(encoding="utf-8"))
    skip = _gold_texts()
    population = []
    for name in sorted(readings):
        if not (name.startswith("corpora/polnear/dev/") or name.startswith("corpora/bbc/")):
            continue
        if name in skip or not _odd(name) or not readings[name]:
            continue
        article = segment((SHARED / name).read_text(encoding="utf-8"), tokens=False)
        per_sentence = Counter(f["sentence"] for f in readings[name])
        per_paragraph = Counter(article.sentences[f["sentence"]].paragraph for f in readings[name])
        for f in readings[name]:
            paragraph = article.sentences[f["sentence"]].paragraph
            if per_sentence[f["sentence"]] >= 3 or per_paragraph[paragraph] >= 5:
                population.append((name, f["start"], f["end"], f["surface"]))
    random.Random(SEED).shuffle(population)
    taken: Counter[str] = Counter()
    picked = []
    for candidate in population:
        if taken[candidate[0]] < PER_ARTICLE:
            taken[candidate[0]] += 1
            picked.append(candidate)
            if len(picked) == SIZE:
                break
    picked.sort(key=lambda c: _key(c[0], c[1], c[2]))
    items = [
        {"id": f"d{k:03d}", "half": "READ" if k < SIZE // 2 else "CHECK", "article": name, "start": start, "end": end, "surface": surface}
        for k, (name, start, end, surface) in enumerate(picked)
    ]
    out.write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(population)} figures in the population ({len(set(p[0] for p in population))} texts), {len(items)} drawn -> {out}")


def show(path: Path) -> None:
    for item in json.loads(path.read_text(encoding="utf-8")):
        article = segment((SHARED / item["article"]).read_text(encoding="utf-8"), tokens=False)
        sentence = next(s for s in article.sentences if s.start <= item["start"] < s.end)
        before = [s for s in article.sentences if s.paragraph == sentence.paragraph and s.index < sentence.index]
        if len(before) < 2:
            before = article.sentences[max(0, sentence.index - 2) : sentence.index]
        text = article.text
        marked = text[sentence.start : item["start"]] + "[[" + text[item["start"] : item["end"]] + "]]" + text[item["end"] : sentence.end]
        print(f"== {item['id']} {item['article']} {item['surface']!r}")
        for s in before[-3:]:
            print("   " + s.text)
        print(" > " + marked)


def score(half: str | None, verbose: bool) -> None:
    items = json.loads(SAMPLE.read_text(encoding="utf-8"))
    by_article: dict[str, list[dict]] = {}
    for item in items:
        if half is None or item["half"] == half:
            by_article.setdefault(item["article"], []).append(item)
    tally = {h: Counter() for h in ("READ", "CHECK")}
    for name, wanted in sorted(by_article.items()):
        article = segment((SHARED / name).read_text(encoding="utf-8"), tokens=False)
        ours = {(f.start, f.end): f.holder for f in figures_of(article, boilerplate=False)}
        for item in wanted:
            t = tally[item["half"]]
            got = ours.get((item["start"], item["end"]))
            right = holder_right(got, item["holder"])
            t["items"] += 1
            t["right"] += right
            if not right:
                if item["holder"] is None:
                    t["filled"] += 1
                elif got is None:
                    t["abstained"] += 1
                else:
                    t["wrong"] += 1
            if verbose and not right:
                print(f"{item['id']} {item['half']} {item['surface']!r}: ours {got!r}, judged {item['holder']!r} ({item['clause']})")
    for h, t in tally.items():
        if t["items"]:
            print(
                f"{h}: right {t['right']}/{t['items']}; misses: we abstain {t['abstained']}, wrong name {t['wrong']},"
                f" a name where the reader has none {t['filled']}"
            )


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["draw", dump, out]:
            draw(Path(dump), Path(out))
        case ["show", path]:
            show(Path(path))
        case ["score", *rest]:
            score(next((r for r in rest if r in ("READ", "CHECK")), None), "-v" in rest)
        case _:
            raise SystemExit(__doc__)
