"""PolNeAR attributions, read from ../shared/corpora/polnear and aligned to articlelab's cleaned text.

Used by `tools/train_attribution.py` (which learns from `train` only). Each article is loaded the
way the CLI loads a path, and every Source, Cue and Content span of its first annotation file is
mapped from the raw file's offsets to offsets in `article.text` (cleaning folds odd spaces and may
cut boilerplate, so offsets move).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.inputs import resolve
from helpers.models import Article
from helpers.process import load_article

POLNEAR = config.PROJECT_ROOT.parent / "shared" / "corpora" / "polnear"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A span as annotated, as (start, end) pieces in the cleaned text (empty when cut)."""

    pieces: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    article: Article
    attributions: tuple[GoldAttribution, ...]


def _offset_map(raw: str, cleaned: str) -> list[int]:
    """For each raw offset (and one past the end), the cleaned offset it lands on, or -1.
    Cleaning folds spaces, drops invisible characters and may cut whole blocks, so the two texts
    are walked together, resynchronising on the next 24 raw characters after a cut."""
    mapping = [-1] * (len(raw) + 1)
    i = j = 0
    while i < len(raw) and j < len(cleaned):
        a, b = raw[i], cleaned[j]
        if a == b or (a.isspace() and b.isspace()):
            mapping[i] = j
            i, j = i + 1, j + 1
        elif a.isspace() or not a.isprintable() or a == "\u00ad":
            i += 1
        elif b.isspace():
            j += 1
        else:
            found = cleaned.find(raw[i : i + 24], j)
            if found >= 0:
                j = found
            else:
                i += 1
    mapping[len(raw)] = len(cleaned)
    return mapping


def _span(pieces: list[tuple[int, int]], text: str, mapping: list[int]) -> GoldSpan:
    mapped = []
    for start, end in pieces:
        a, b = mapping[start], mapping[end - 1] if end > start else -1
        if a >= 0 and b >= 0 and b + 1 > a:
            mapped.append((a, b + 1))
    return GoldSpan(tuple(mapped), text)


def read_annotation(path: Path) -> list[dict[str, tuple[str, list[tuple[int, int]], str]]]:
    """The attributions of one brat file: for each, its Source, Cue and Content as (label, pieces, text)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
            spans[parts[0]] = (label, [(p[0], p[1]) for p in pieces], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(x.split(":", 1) for x in parts[1].split()))
    found = []
    for relation in relations:
        item = {role: spans[relation[role]] for role in ("Source", "Cue", "Content") if relation.get(role) in spans}
        if "Content" in item:
            found.append(item)
    return found


def load_split(split: str, limit: int | None = None) -> list[GoldArticle]:
    """Every article of a PolNeAR split with its attributions (first annotator's file, as scored)."""
    folder = POLNEAR / split
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        text_path = folder / "text" / f"{name}.txt"
        if name in seen or not text_path.exists():
            continue
        seen.add(name)
        raw = text_path.read_text(encoding="utf-8")
        article = load_article(resolve(str(text_path)))
        mapping = _offset_map(raw, article.text)
        items = []
        for item in read_annotation(ann):
            content = _span(item["Content"][1], item["Content"][2], mapping)
            source = _span(item["Source"][1], item["Source"][2], mapping) if "Source" in item else None
            cue = _span(item["Cue"][1], item["Cue"][2], mapping) if "Cue" in item else None
            items.append(GoldAttribution(source, cue, content))
        articles.append(GoldArticle(name, article, tuple(items)))
        if limit and len(articles) >= limit:
            break
    return articles


def is_quoted(attribution: GoldAttribution) -> bool:
    """The scorer's split: a content holding a quotation mark is a quoted attribution."""
    return bool(re.search(r"[\"“”]", attribution.content.text))
