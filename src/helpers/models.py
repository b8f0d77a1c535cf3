"""Typed, frozen records for an article and its parts; offsets index the cleaned text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the cleaned text: `text == cleaned[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A span that a boilerplate rule cut; offsets refer to the source (uncleaned) text."""

    start: int
    end: int
    rule: str
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph (headline, standfirst and photo caption are not counted)."""

    index: int
    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence inside one body paragraph."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation token inside one sentence."""

    index: int
    sentence: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning: source text, cleaned text, and what was cut and why."""

    source: str
    text: str
    blocks: tuple[Span, ...]
    removed: tuple[Removed, ...]
    outlet: str | None = None
    headline: bool = True
    """True when the first block is the article's headline."""
    standfirst: int | None = None
    """Where the block the article finder read as the standfirst under the headline starts, if any."""


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned, segmented article; every unit carries offsets into `text`."""

    text: str
    headline: Span | None
    standfirst: Span | None
    caption: Span | None
    credit: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    removed: tuple[Removed, ...]
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The article as plain JSON-ready data (headline etc. as strings, units as dicts)."""
        data: dict[str, Any] = {
            "headline": _text(self.headline),
            "standfirst": _text(self.standfirst),
            "caption": _text(self.caption),
            "credit": _text(self.credit),
            "outlet": self.outlet,
            "text": self.text,
            "parts": {
                name: asdict(span)
                for name, span in (
                    ("headline", self.headline),
                    ("standfirst", self.standfirst),
                    ("caption", self.caption),
                    ("credit", self.credit),
                )
                if span is not None
            },
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "sentences": [asdict(s) for s in self.sentences],
            "removed": [asdict(r) for r in self.removed],
        }
        if tokens:
            data["tokens"] = [asdict(t) for t in self.tokens]
        return data


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text
