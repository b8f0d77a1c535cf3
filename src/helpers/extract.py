"""Article text and metadata from the formats people bring: plain text, Markdown, HTML."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .errors import ArticleError

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}

MIN_HTML_WORDS = 10
"""Fewer words than this is a broken or empty page, not an article."""
_MD_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # a link's address, with balanced brackets inside ("f(1)", Wikipedia's "(film)")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\]]+)\]" + _MD_TARGET)
_MD_EMPHASIS = re.compile(r"(\*\*|\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S))", re.MULTILINE)
_MD_ITEM_AFTER_LINE = re.compile(r"(?<=\S)\n(?=[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S)")
"""A line break before a list item ("- ", "* ", "1. ", "2) "): each item is a paragraph of its own, not more of
the line above (a list's items are separate statements, each with its own figures)."""
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE)
_MONTHS = (
    "January February March April May June July August September October November December".split()
)


def markdown_to_text(markdown: str) -> str:
    """Plain text from Markdown: heading marks, emphasis, links and images reduced to words; a list's
    items each a paragraph."""
    text = _MD_RULE.sub("", markdown)
    text = _MD_ITEM_AFTER_LINE.sub("\n\n", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_PREFIX.sub("", text)


def _date_forms(day: date) -> list[str]:
    month = _MONTHS[day.month - 1]
    return [
        day.isoformat(),
        day.strftime("%Y/%m/%d"),
        day.strftime("%d.%m.%Y"),
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{month[:3]} {day.day}, {day.year}",
        f"{day.day} {month[:3]} {day.year}",
        f"{month[:3]}. {day.day}, {day.year}",
    ]


def page_states_date(html: str, stated: str) -> bool:
    """True when the page itself writes the date (trafilatura can infer one that it does not)."""
    try:
        day = date.fromisoformat(stated[:10])
    except ValueError:
        return False
    folded = " ".join(html.split()).casefold()
    return any(form.casefold() in folded for form in _date_forms(day))


def _printed_title(html: str, title: str) -> str:
    """The headline the page prints, when its one <h1> says all the metadata's title says and more
    (a social title is often a shortened copy: "Church to become police station" under the printed
    "Church to become police station, council says"); else the metadata's title."""
    if not title:
        return title
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return title
    printed = {" ".join(h.text_content().split()) for h in tree.iter("h1")} - {""}
    if len(printed) != 1:
        return title
    (h1,) = printed
    words = set(re.findall(r"\w+", title.casefold()))
    return h1 if len(h1) <= 300 and words < set(re.findall(r"\w+", h1.casefold())) else title


def html_to_text(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Main text (headline first, paragraphs separated by blank lines) and metadata of a page."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ArticleError(f"could not read this HTML page ({type(exc).__name__})") from exc
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    words = len(body.split())
    if words < MIN_HTML_WORDS:
        raise ArticleError(f"found no article text in this HTML page ({words} words of text)")
    title = _printed_title(html, (document.title or "").strip())
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines.pop(0)
    if not title:
        title = lines.pop(0) if len(lines) > 1 else ""
    stated = document.date if document.date and page_states_date(html, document.date) else None
    meta = {
        "title": title or None,
        "outlet": (document.sitename or "").strip() or None,
        "author": (document.author or "").strip() or None,
        "published": stated,
        "description": (document.description or "").strip() or None,
        "extractor": "trafilatura",
    }
    return "\n\n".join([title, *lines] if title else lines), meta
