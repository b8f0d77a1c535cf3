"""What kind of holder the rules miss, on text whose misses may be read: the five tunable meaning splits
(`tune`, `train`, `train2`, `train3`, `train4`) and the READ halves of the three blind samples of
unlabelled text (holder_dense_sample.json, holder_abstain_sample.json, poll_dense_sample.json). The
held-out splits and the samples' CHECK halves are never read here.

Each miss (the rules' holder is not the reader's, by `meaning_score.holder_right`) falls in one class,
by what the reader wrote and where the article writes it:

- `reader none`: the reader names no one and the rules name someone;
- `common noun`: the reader's holder has no capitalized word past its determiner ("the government",
  "parents", "these employees"), split by whether the agentive common-noun candidates of
  tools/holder_candidates.py (the figure's sentence and the one before) offer it;
- `name in sentence`: a name the figure's own sentence writes;
- `name nearby`: a name written in the two sentences before, not in the figure's;
- `name farther`: a name the article writes only farther away (the topic carried);
- `name unwritten`: a name the article does not write as the reader spells it.

A name not in the figure's sentence is also counted as `pointed` when the sentence, before the figure,
has a pronoun or a definite description of a person or body ("he", "their", "the 23-year-old", "the
club"): the readings a resolution of pronouns and descriptions would have to give. Each class is split
by what the rules gave: none or another name.

    PYTHONPATH=src .venv/bin/python tools/holder_miss_classes.py        # the table
    PYTHONPATH=src .venv/bin/python tools/holder_miss_classes.py -v     # and every miss, with its sentence
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass

from holder_candidates import common_noun_candidates, same_holder
from train_holders import GOLD, ROOT, SHARED

from helpers import meaning_score as ms
from helpers.figures import Figure, article_figures
from helpers.holder_words import agentive
from helpers.segment import segment

TUNABLE = ("tune", "train", "train2", "train3", "train4")
READ_HALVES = {"dense": ("holder_dense_sample.json", "READ"), "abstain": ("holder_abstain_sample.json", "READ"), "poll": ("poll_dense_sample.json", "read")}
"""The blind samples (tests/gold/README.md) by a short label, with the file and the half that may be read."""
CLASSES = ("reader none", "common noun, offered", "common noun, not offered", "name in sentence", "name nearby", "name farther", "name unwritten")
_DETERMINERS = frozenset("the these those this that a an some many most all its their his her our".split())
_POINTING = re.compile(r"\b(?:he|she|they|it|his|her|their|its|we|our|him|them)\b", re.I)
_DESCRIPTION = re.compile(r"\b(?i:the|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z0-9][\w-]*)\b")


@dataclass(frozen=True, slots=True)
class Miss:
    """One figure whose rules' holder is not the reader's."""

    source: str
    article: str
    surface: str
    reader: str | None
    rules: str | None
    kind: str
    pointed: bool
    sentence: str


def common_noun(holder: str) -> bool:
    """Whether the reader's holder is a common-noun phrase: no capital past its opening determiner."""
    words = holder.split()
    return not any(w[:1].isupper() for k, w in enumerate(words) if not (k == 0 and w.lower() in _DETERMINERS))


def pointed(text_before: str) -> bool:
    """A pronoun, or a definite description whose head is a person or body noun, before the figure."""
    return bool(_POINTING.search(text_before)) or any(agentive(m.group("head")) or m.group("head").endswith("-old") for m in _DESCRIPTION.finditer(text_before))


def _written(text: str, holder: str) -> list[int]:
    """Where the article writes the reader's holder: each capitalized word of it, as a whole word."""
    words = [w for w in re.findall(r"[A-Z][\w'’.-]*", holder) if w.lower() not in _DETERMINERS]
    return sorted(m.start() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text))


def classify(parsed, figures: tuple[Figure, ...], figure: Figure, reader: str | None) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    """The miss's class and whether a pronoun or description points at the holder."""
    if not reader:
        return "reader none", False
    if common_noun(reader):
        offered = any(same_holder(c.text, reader) for c in common_noun_candidates(parsed, figure, figures, ()))
        return ("common noun, offered" if offered else "common noun, not offered"), False
    sentences = parsed.sentences
    here = sentences[figure.sentence] if figure.sentence >= 0 else None
    spots = _written(parsed.text, reader)
    before = parsed.text[here.start : figure.start] if here is not None else ""
    if here is not None and any(here.start <= s < here.end for s in spots):
        return "name in sentence", False
    low = sentences[max(0, figure.sentence - 2)].start if here is not None else figure.start
    kind = "name nearby" if any(low <= s < figure.start for s in spots) else "name farther" if spots else "name unwritten"
    return kind, pointed(before)


def _judged() -> dict[str, dict[str, list[dict]]]:
    """Every readable judged figure, by source and article: the tunable splits' gold (placed by raw
    `offset`) and the READ halves (placed by segmented `start`/`end`, poll_dense by `offset`)."""
    found: dict[str, dict[str, list[dict]]] = {}
    for split in TUNABLE:
        for g in json.loads((ROOT / "tests/gold" / GOLD[split]).read_text(encoding="utf-8")):
            if g["split"] == split:
                found.setdefault(split, {}).setdefault(g["article"], []).append(g)
    for sample, (name, half) in READ_HALVES.items():
        for item in json.loads((ROOT / "tests/gold" / name).read_text(encoding="utf-8")):
            if item.get("half", item.get("split")) == half:
                found.setdefault(f"{sample} {half}", {}).setdefault(item["article"], []).append(item)
    return found


def _pairs(golds: list[dict], raw: str, parsed, figures: tuple[Figure, ...]) -> list[tuple[dict, Figure]]:  # type: ignore[no-untyped-def]
    """Each judged figure with the rules' figure at it (the meaning scorer's matching for offsets)."""
    if "start" in golds[0]:
        by_span = {(f.start, f.end): f for f in figures}
        return [(g, by_span[(g["start"], g["end"])]) for g in golds if (g["start"], g["end"]) in by_span]
    by_span = {(f.start, f.end): f for f in figures}
    predicted = [ms.Prediction(f.start, f.end, f.subject, f.holder, f.time) for f in figures]
    _, pairs = ms.score_article(golds, raw, parsed.text, predicted)
    return [(g, by_span[(p.start, p.end)]) for g, p in pairs if p is not None]


def misses() -> tuple[Counter[str], list[Miss]]:
    """The figures each source places on a figure of the rules (others are left out) and every miss."""
    placed: Counter[str] = Counter()
    found: list[Miss] = []
    for source, articles in _judged().items():
        for article, golds in sorted(articles.items()):
            raw = (SHARED / article).read_text(encoding="utf-8")
            parsed = segment(raw, tokens=False)
            figures = article_figures(parsed)
            for gold, figure in _pairs(golds, raw, parsed, figures):
                placed[source] += 1
                reader = gold.get("holder")
                if same_holder(figure.holder, reader):
                    continue
                kind, points = classify(parsed, figures, figure, reader)
                sentence = parsed.sentences[figure.sentence].text if figure.sentence >= 0 else ""
                found.append(Miss(source, article, gold["surface"], reader, figure.holder, kind, points, sentence))
    return placed, found


def table(placed: Counter[str], found: list[Miss]) -> None:
    sources = list(placed)
    print("holder misses by class (rules none / rules another name), tunable splits and the blind samples' READ halves")
    print(f"{'class':<26}" + "".join(f"{s:>14}" for s in sources) + f"{'all':>12}")
    print(f"{'figures placed':<26}" + "".join(f"{placed[s]:>14}" for s in sources) + f"{sum(placed.values()):>12}")
    print(f"{'misses':<26}" + "".join(f"{sum(m.source == s for m in found):>14}" for s in sources) + f"{len(found):>12}")
    rows = [(kind, lambda m, kind=kind: m.kind == kind) for kind in CLASSES]
    rows.append(("  of names: pointed", lambda m: m.pointed))
    for label, test in rows:
        cells = []
        for s in (*sources, None):
            chosen = [m for m in found if (s is None or m.source == s) and test(m)]
            none = sum(m.rules is None for m in chosen)
            cells.append(f"{len(chosen)} ({none}/{len(chosen) - none})")
        print(f"{label:<26}" + "".join(f"{c:>14}" for c in cells[:-1]) + f"{cells[-1]:>12}")


def main(argv: list[str]) -> int:
    placed, found = misses()
    table(placed, found)
    if "-v" in argv:
        for m in sorted(found, key=lambda m: (m.kind, m.source)):
            print(f"\n[{m.kind}{', pointed' if m.pointed else ''}] {m.source} [{m.surface}] reader={m.reader!r} rules={m.rules!r} ({m.article})\n    {m.sentence[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
