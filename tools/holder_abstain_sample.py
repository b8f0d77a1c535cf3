"""The blind sample of figures the rules give no holder (round 19): draw it, or score the rules on it.

`draw` reads a dump of `tools/unlabelled_figures.py` and writes the candidates of the sample (no
judgement: the reader adds `holder` and `clause` by hand, from the sentence and the one before it and
the guideline alone). A candidate is a figure of a PolNeAR `dev` text or a BBC article that no gold
file names, whose holder the rules give as None, and whose sentence holds before the figure a
capitalised word (not the sentence's opening word unless that word is no function word, pronoun,
month or weekday) or a noun of a doer or body from the holder lists (`holders.agent_nouns`). 160 are
drawn with `random.Random(1919)`, then ordered by a seeded hash of path and offsets; the first 80 are
READ, the rest CHECK.

`score` runs the rules on every article of the sample and prints, per half, how many judged holders
the rules now give (a holder is right when it equals the judged one, case and a leading 'the', 'these' or 'those' aside),
how many judged nulls they wrongly fill, and how many named holders they name wrongly.

    .venv/bin/python tools/holder_abstain_sample.py draw /tmp/base.json /tmp/candidates.json
    .venv/bin/python tools/holder_abstain_sample.py score [READ|CHECK] [-v]
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from helpers.figures import figures_of
from helpers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests/gold/holder_abstain_sample.json"
SEED = 1919
SIZE = 160

_SKIP_OPENING = frozenset(
    """The A An In On At To For With By From As Of And But Or So Yet If When While It He She They We I You
    His Her Its Their Our My This That These Those There Here Some Many Most All Only After Before Since
    During Over Under About Around Nearly Almost More Less Just Now Then Still Also Even One Two Three
    Last Next Every Each Both Another Other Such What Who Which Where Why How Mr Mrs Ms Dr""".split()
)
_CALENDAR = frozenset(
    """January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _key(path: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{SEED}:{path}:{start}:{end}".encode()).hexdigest()


def _named_before(words: str) -> bool:
    from helpers.holders import agent_nouns

    doers = agent_nouns()
    found = list(_WORD.finditer(words))
    for k, word in enumerate(found):
        w = word.group().rstrip(".'’")
        if w[:1].isupper() and w not in _CALENDAR and w != "I":
            if k > 0 or w not in _SKIP_OPENING:
                return True
        if w.lower() in doers:
            return True
    return False


def draw(dump: Path, out: Path) -> None:
    readings = json.loads(dump.read_text(encoding="utf-8"))
    candidates = []
    for name in sorted(readings):
        if not (name.startswith("corpora/polnear/dev/") or name.startswith("corpora/bbc/")):
            continue
        if not readings[name]:
            continue
        article = segment((SHARED / name).read_text(encoding="utf-8"), tokens=False)
        for f in readings[name]:
            if f["holder"] is not None:
                continue
            sentence = article.sentences[f["sentence"]]
            if _named_before(article.text[sentence.start : f["start"]]):
                candidates.append((name, f["start"], f["end"], f["surface"]))
    picked = random.Random(SEED).sample(candidates, SIZE)
    picked.sort(key=lambda c: _key(c[0], c[1], c[2]))
    items = [
        {"id": f"a{k:03d}", "half": "READ" if k < SIZE // 2 else "CHECK", "article": name, "start": start, "end": end, "surface": surface}
        for k, (name, start, end, surface) in enumerate(picked)
    ]
    out.write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(candidates)} candidates, {len(items)} drawn -> {out}")


def _same(ours: str | None, gold: str | None) -> bool:
    def norm(words: str | None) -> str | None:
        return None if words is None else re.sub(r"^(?:the|these|those)\s+", "", words.strip().lower())

    return norm(ours) == norm(gold)


def score(half: str | None, verbose: bool) -> None:
    items = json.loads(SAMPLE.read_text(encoding="utf-8"))
    by_article: dict[str, list[dict]] = {}
    for item in items:
        if half is None or item["half"] == half:
            by_article.setdefault(item["article"], []).append(item)
    tally = {h: {"items": 0, "named": 0, "right": 0, "null": 0, "filled": 0, "wrong": 0} for h in ("READ", "CHECK")}
    for name, wanted in sorted(by_article.items()):
        article = segment((SHARED / name).read_text(encoding="utf-8"), tokens=False)
        ours = {(f.start, f.end): f.holder for f in figures_of(article, boilerplate=False)}
        for item in wanted:
            t = tally[item["half"]]
            got = ours.get((item["start"], item["end"]))
            t["items"] += 1
            if item["holder"] is None:
                t["null"] += 1
                t["filled"] += got is not None
                t["right"] += got is None
            else:
                t["named"] += 1
                t["right"] += _same(got, item["holder"])
                t["wrong"] += got is not None and not _same(got, item["holder"])
            if verbose and not _same(got, item["holder"]):
                print(f"{item['id']} {item['half']} {item['surface']!r}: ours {got!r}, judged {item['holder']!r} ({item['clause']})")
    for h, t in tally.items():
        if t["items"]:
            print(
                f"{h}: right {t['right']}/{t['items']}; judged named {t['named']}: ours right"
                f" {t['right'] - (t['null'] - t['filled'])}, wrong name {t['wrong']}; judged null {t['null']}: filled {t['filled']}"
            )


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["draw", dump, out]:
            draw(Path(dump), Path(out))
        case ["score", *rest]:
            score(next((r for r in rest if r in ("READ", "CHECK")), None), "-v" in rest)
        case _:
            raise SystemExit(__doc__)
