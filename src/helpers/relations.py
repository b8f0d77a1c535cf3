"""Relations between figures: comparisons (ratio, difference) and growth (implied base)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .figures import Figure
from .models import Article
from .units import convert, same_dimension

COMPARABLE = ("money", "quantity", "count", "percent")
_STOP = frozenset("the a an of to in on for and or between from by with its their this that".split())


@dataclass(frozen=True, slots=True)
class Relation:
    """Two figures read together; `sentences` are the sentence indices it rests on."""

    kind: str
    left: int
    right: int
    left_surface: str
    right_surface: str
    unit: str | None
    per: str | None
    ratio: float | None
    difference: float | None
    implied_base: float | None
    caveat: str
    sentences: tuple[int, ...]
    text: str

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["sentences"] = list(self.sentences)
        return data


def _comparable(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind or a.kind not in COMPARABLE or a.per != b.per:
        return False
    if a.kind in ("money", "count", "percent"):
        return a.unit == b.unit
    return bool(a.unit and b.unit and same_dimension(a.unit, b.unit))


def _sentences_text(article: Article, indices: tuple[int, ...]) -> str:
    return " ".join(article.sentences[i].text for i in indices if 0 <= i < len(article.sentences))


def _near(article: Article, a: Figure, b: Figure) -> bool:
    """Same sentence, or adjacent sentences of one paragraph (where a quote runs on)."""
    if a.sentence == b.sentence:
        return True
    return abs(a.sentence - b.sentence) == 1 and a.paragraph == b.paragraph


def comparisons(article: Article, figures: tuple[Figure, ...]) -> list[Relation]:
    found = []
    body = [(i, f) for i, f in enumerate(figures) if f.sentence >= 0]
    for n, (i, a) in enumerate(body):
        for j, b in body[n + 1 :]:
            if not _near(article, a, b) or not _comparable(a, b):
                continue
            right_value = b.value if a.kind != "quantity" else convert(b.value, b.unit or "", a.unit or "")
            if right_value == 0:
                continue
            sentences = tuple(sorted({a.sentence, b.sentence}))
            found.append(
                Relation(
                    kind="comparison",
                    left=i,
                    right=j,
                    left_surface=a.surface,
                    right_surface=b.surface,
                    unit=a.unit,
                    per=a.per,
                    ratio=a.value / right_value,
                    difference=right_value - a.value,
                    implied_base=None,
                    caveat=(
                        f"compares two {a.kind} figures stated "
                        + ("in one sentence" if len(sentences) == 1 else "in adjacent sentences of one paragraph")
                    ),
                    sentences=sentences,
                    text=_sentences_text(article, sentences),
                )
            )
    return found


def _words(subject: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (subject or "").lower()) if w not in _STOP and len(w) > 2}


def growth(article: Article, figures: tuple[Figure, ...], window: int = 2) -> list[Relation]:
    """A percent change and a level about the same subject imply the level before the change."""
    found = []
    for i, pct in enumerate(figures):
        if pct.kind != "percent" or pct.change not in ("increase by", "decrease by") or pct.sentence < 0:
            continue
        for j, level in enumerate(figures):
            if level.kind not in ("money", "quantity", "count") or level.sentence < 0:
                continue
            if abs(level.sentence - pct.sentence) > window or level.change in ("increase from", "decrease from"):
                continue
            shared = _words(pct.subject) & _words(level.subject)
            if not shared:
                continue
            sign = 1 if pct.change == "increase by" else -1
            factor = 1 + sign * pct.value / 100
            if factor <= 0:
                continue
            sentences = tuple(sorted({pct.sentence, level.sentence}))
            caveat = (
                f"linked by the shared subject '{' '.join(sorted(shared))}' "
                f"(sentences {', '.join(str(s) for s in sentences)}): assumes the {pct.surface} "
                f"{pct.change.split()[0]}{' (' + pct.time + ')' if pct.time else ''} ends at the "
                f"{level.surface} level{' (' + level.time + ')' if level.time else ''}; "
                "the article does not say the two cover the same period"
            )
            found.append(
                Relation(
                    kind="growth",
                    left=i,
                    right=j,
                    left_surface=pct.surface,
                    right_surface=level.surface,
                    unit=level.unit,
                    per=level.per,
                    ratio=factor,
                    difference=level.value - level.value / factor,
                    implied_base=level.value / factor,
                    caveat=caveat,
                    sentences=sentences,
                    text=_sentences_text(article, sentences),
                )
            )
    return found


def relate(article: Article, figures: tuple[Figure, ...]) -> tuple[Relation, ...]:
    """Every comparison and growth relation among an article's figures."""
    return tuple(comparisons(article, figures) + growth(article, figures))
