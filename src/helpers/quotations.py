"""Quotation marks paired into spans: straight and curly marks, quotes split by paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import voice_patterns as vp
from .models import Article


@dataclass(slots=True)
class QuoteSpan:
    """Raw quotation marks found in the text: content offsets, and the paragraph it starts in."""

    start: int
    end: int
    open_at: int
    close_at: int
    paragraph: int


_MARK = re.compile(r"''|[\"“”«»]")
"""A quotation mark: straight, curly, guillemet, or two apostrophes (`''`, as some wires write it)."""


def _straight_role(text: str, index: int, length: int = 1) -> str:
    """ "open", "close" or "either" for a straight double quote, from the characters around it."""
    before = text[index - 1] if index else " "
    after = text[index + length] if index + length < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "either"


def _opens_paragraph(text: str) -> bool:
    return text[:1] in vp.OPEN_QUOTES or text.startswith("''")


def quote_spans(article: Article) -> list[QuoteSpan]:
    """Quotation spans. Curly marks pair up; a straight mark opens or closes by what surrounds it.
    A quote still open when a new one opens (`... weeks. "We are ...`) ends there, as does one left
    open at a paragraph's end, unless the next paragraph opens with a quotation mark, the news
    convention for a quote that runs on, in which case it continues."""
    spans: list[QuoteSpan] = []
    pending: QuoteSpan | None = None
    for paragraph in article.paragraphs:
        text, base = paragraph.text, paragraph.start
        opened: tuple[int, int] | None = None
        if pending is not None and not _opens_paragraph(text):
            spans.append(pending)
            pending = None
        for match in _MARK.finditer(text):
            index, char, length = match.start(), match.group(0), len(match.group(0))
            if char in ('"', "''"):
                role = _straight_role(text, index, length)
                if role == "either":
                    role = "close" if opened is not None or pending is not None else "open"
            elif char in "“«":
                role = "open"
            else:
                role = "close"
            if role == "open":
                if index == 0 and pending is not None:
                    opened = (index, length)  # the run-on quote goes on in this paragraph
                    continue
                if opened is not None:
                    _close(spans, pending, base, opened, index, paragraph.index, text, implicit=True)
                    pending = None
                opened = (index, length)
            elif opened is not None:
                _close(spans, pending, base, opened, index, paragraph.index, text, implicit=False)
                pending, opened = None, None
        if opened is not None:
            start = pending.start if pending is not None else base + opened[0] + opened[1]
            open_at = pending.open_at if pending is not None else base + opened[0]
            first = pending.paragraph if pending is not None else paragraph.index
            pending = QuoteSpan(start, base + len(text), open_at, -1, first)
        elif pending is not None:
            spans.append(pending)
            pending = None
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


def _close(
    spans: list[QuoteSpan], pending: QuoteSpan | None, base: int, opened: tuple[int, int], index: int, paragraph: int,
    text: str, *, implicit: bool,
) -> None:
    """Record the quote that opened at `opened` (or the run-on `pending`) and ends at `index`."""
    end = index
    if implicit:
        end = len(text[:index].rstrip())
    if pending is not None:
        pending.end, pending.close_at = base + end, (base + index if not implicit else -1)
        spans.append(pending)
    else:
        close_at = base + index if not implicit else -1
        spans.append(QuoteSpan(base + opened[0] + opened[1], base + end, base + opened[0], close_at, paragraph))
