"""Cleaning: split the source into paragraphs, cut boilerplate by rule, normalize whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import patterns
from .assets import Profile, Rule, generic_profile, outlet_profiles
from .finder import find_article
from .furniture import signature_line
from .models import Cleaned, Removed, Span


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the source: its offsets there and its normalized text."""

    start: int
    end: int
    text: str


def normalize_space(text: str) -> str:
    """Fold odd spaces, drop zero-width characters, join lines; quotes and dashes are kept. A line of
    tab-separated cells (a copied table's row, "Team<TAB>P<TAB>W<TAB>Pts": three cells or more, or two that hold a
    number or are both short, "Team<TAB>Pts") keeps one tab between its cells, so the figures can tell its columns apart (`patterns.table_row`,
    `patterns.CELL_GAP`), and rows the paragraph split joined stay one to a line."""
    text = patterns.ZERO_WIDTH.sub("", text)
    if "\t" in text and (rows := [line.strip() for line in text.split("\n") if line.strip()]) and all(
        patterns.table_row(row) for row in rows
    ):  # rows of similar width the paragraph split took for one wrapped paragraph stay rows, one to a line
        cells = [[c for c in map(normalize_space, patterns.CELL_GAP.split(row)) if c] for row in rows]
        if all(
            len(row) >= 3 or any(patterns.NUMERIC_CELL.fullmatch(c) for c in row) or all(len(c.split()) <= 3 for c in row) for row in cells
        ):
            return "\n".join("\t".join(row) for row in cells)
    text = patterns.ODD_SPACE.sub(" ", text.replace("\n", " "))
    return (patterns.SPACE_RUN.sub(" ", text) if "  " in text else text).strip()  # most lines hold no run


def _chunks(source: str) -> Iterator[tuple[int, int]]:
    """Offsets of the runs of text between blank lines."""
    position = 0
    for separator in patterns.BLANK_LINES.finditer(source):
        yield position, separator.start()
        position = separator.end()
    yield position, len(source)


def _lines(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines in source[start:end], trimmed of surrounding space."""
    found = []
    position = start
    for line in source[start:end].split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        trimmed = line.strip()  # normalize_space keeps a line whose first non-space is no zero-width character
        if trimmed and (not patterns.ZERO_WIDTH.match(trimmed) or normalize_space(line)):
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            found.append((line_start + lead, line_end - trail))
    return found


def _is_hard_wrapped(source: str, lines: Sequence[tuple[int, int]]) -> bool:
    """True when consecutive lines are one paragraph wrapped at a fixed width: short lines of
    similar length, some of which stop mid-sentence."""
    if len(lines) < 2:
        return False
    widths = [end - start for start, end in lines]
    if max(widths) > 100 or min(widths[:-1]) < 0.6 * max(widths):
        return False
    return any(not patterns.TERMINAL.search(source[s:e]) for s, e in lines[:-1])


def _signed_title(source: str, lines: Sequence[tuple[int, int]]) -> bool:
    """The text's first lines are its title and the byline or date lines under it ("Headline\nBy Ann Lee"),
    not one paragraph wrapped: a plain paste keeps no blank line between them."""
    return any(signature_line(source[s:e]) for s, e in lines[1:])


WRAP_WIDTH = (50, 100)
WRAP_EVIDENCE = 2
_LINE_MARK = re.compile(r"(?:[•*·–—-]|\d{1,3}[.)]|[A-Z][:)])\s")
"""A line opening with a list's bullet or number or a speaker's letter ("Q: ", "A: ") starts a paragraph."""


def _reflowed(source: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The lines of a run with no blank lines between paragraphs re-flowed into its paragraphs, when
    the run was hard-wrapped at a fixed width (an e-mail's or a PDF's text, WRAP_WIDTH characters):
    at least WRAP_EVIDENCE lines near the width are followed by a line that opens in lower case (a
    sentence going on). A line joins the next when the next one's first word would not have fitted
    on it (the wrap put it there), unless the next opens with a list's mark, or in capitals after
    a sentence's end or in a list's item (a list's lines go on in lower case); menus, titles and a
    paragraph's last line are shorter and stay apart.
    None when the run shows no such wrap."""
    texts = [source[s:e] for s, e in lines]
    widths = [e - s for s, e in lines]
    going_on = [i for i in range(len(lines) - 1) if widths[i] <= WRAP_WIDTH[1] and texts[i + 1][:1].islower()]
    if len(going_on) < WRAP_EVIDENCE:
        return None
    width = max(widths[i] for i in going_on)
    if width < WRAP_WIDTH[0] or sum(1 for i in going_on if widths[i] >= 0.8 * width) < WRAP_EVIDENCE:
        return None
    groups = [lines[0]]
    for i in range(len(lines) - 1):
        following = texts[i + 1]
        fits = widths[i] + 1 + len(following.split(None, 1)[0]) <= width
        capital = not following[:1].islower()
        ends = capital and (bool(patterns.TERMINAL.search(texts[i])) or bool(_LINE_MARK.match(source[groups[-1][0] : groups[-1][1]])))
        if fits or widths[i] > width or widths[i + 1] > width or ends or _LINE_MARK.match(following):
            groups.append(lines[i + 1])
        else:
            groups[-1] = (groups[-1][0], lines[i + 1][1])
    return groups


def split_blocks(source: str) -> list[Block]:
    """Paragraphs of the source: blank-line separated, or one per line when lines are long; a run
    of hard-wrapped lines is re-flowed into its paragraphs (`_reflowed`), but the opening title and the
    byline or date lines under it stay lines of their own (`_signed_title`)."""
    blocks: list[Block] = []
    for start, end in _chunks(source):
        lines = _lines(source, start, end)
        if not lines:
            continue
        opening_title = not blocks and _signed_title(source, lines)  # "Headline\nBy Ann Lee" opening a plain paste
        if len(lines) == 1 or _is_hard_wrapped(source, lines) and not opening_title:
            groups = [(lines[0][0], lines[-1][1])]
        else:
            groups = _reflowed(source, lines) or lines
        for g_start, g_end in groups:
            text = normalize_space(source[g_start:g_end])
            if text:
                blocks.append(Block(g_start, g_end, text))
    return blocks


def choose_profiles(source: str, meta: Mapping[str, Any] | None = None) -> list[Profile]:
    """The outlet profile named by the metadata or detected in the text, then the generic one."""
    meta = meta or {}
    outlet = str(meta.get("outlet") or "").casefold()
    origin = str(meta.get("source") or "").casefold()
    chosen = [
        profile
        for profile in outlet_profiles()
        if (outlet and profile.name.casefold() == outlet)
        or any(domain in origin for domain in profile.domains)
        or any(pattern.search(source) for pattern in profile.detect)
    ]
    return [*chosen[:1], generic_profile()]


def _block_span(rule: Rule, blocks: Sequence[Block], first: int) -> int | None:
    """Index of the last paragraph of the block that `rule` opens at `first`, if it applies."""
    assert rule.start is not None
    if len(blocks[first].text) > rule.start_max_chars or not rule.start.search(blocks[first].text):
        return None
    last_allowed = min(len(blocks) - 1, first + rule.max_paragraphs)
    if rule.end is not None:
        for index in range(first + 1, last_allowed + 1):
            text = blocks[index].text
            if len(text) <= rule.max_chars and rule.end.fullmatch(text):
                return index
    if rule.to_end_within and len(blocks) - 1 - first < rule.to_end_within:
        return len(blocks) - 1
    return None


def find_boilerplate(blocks: Sequence[Block], profiles: Sequence[Profile]) -> dict[int, str]:
    """Which paragraphs the rules remove, each with the id of the rule that removes it."""
    cut: dict[int, str] = {}
    rules = [rule for profile in profiles for rule in profile.rules]
    for rule in (r for r in rules if r.start is not None):
        index = 0
        while index < len(blocks):
            last = None if index in cut else _block_span(rule, blocks, index)
            if last is None:
                index += 1
                continue
            for covered in range(index, last + 1):
                cut.setdefault(covered, rule.id)
            index = last + 1
    for rule in (r for r in rules if r.paragraph is not None):
        assert rule.paragraph is not None
        for index, block in enumerate(blocks):
            if index not in cut and len(block.text) <= rule.max_chars:
                if rule.paragraph.fullmatch(block.text):
                    cut[index] = rule.id
    return cut


def _removed_spans(source: str, blocks: Sequence[Block], cut: Mapping[int, str]) -> list[Removed]:
    """Consecutive paragraphs cut by one rule, merged into one span of the source."""
    spans: list[Removed] = []
    for index in sorted(cut):
        rule, block = cut[index], blocks[index]
        if spans and spans[-1].rule == rule and index - 1 in cut and cut[index - 1] == rule:
            previous = spans.pop()
            spans.append(Removed(previous.start, block.end, rule, source[previous.start : block.end]))
        else:
            spans.append(Removed(block.start, block.end, rule, source[block.start : block.end]))
    return spans


def _split_block(source: str, block: Block, at: int) -> tuple[Block, Block] | None:
    """A paragraph cut in two where its normalized text's character `at` falls in the source
    (the two parts' offsets stay true to the source), or None when the source disagrees."""
    head, tail = block.text[:at].rstrip(), block.text[at:].strip()
    if not head or not tail:
        return None
    pattern = r"\s+".join(re.escape(word) for word in tail.split()) + r"\s*$"
    found = re.search(pattern, source[block.start : block.end])
    if found is None:
        return None
    split = block.start + found.start()
    head_end = len(source[block.start : split].rstrip()) + block.start
    return Block(block.start, head_end, head), Block(split, block.end, tail)


def find_in_page(
    blocks: list[Block], cut: dict[int, str], title: str | None = None, *, extracted: bool = False, source: str = ""
) -> tuple[int | None, int | None]:
    """Run the article finder over the paragraphs the rules left: add what it cuts (with its
    reason) to `cut`, and return the indices of the headline and of the standfirst under it it found,
    if any. A byline the page glued to the headline's line is split off into a paragraph of its own
    (in `blocks`) and cut."""
    left = [index for index in range(len(blocks)) if index not in cut]
    texts = [blocks[i].text for i in left]
    finding = find_article(texts, title=title, credit=patterns.CREDIT_TAIL, extracted=extracted)
    for position, reason in finding.cut.items():
        cut[left[position]] = reason
    if finding.headline is None:
        return None, None
    headline = left[finding.headline]
    standfirst = left[finding.standfirst] if finding.standfirst is not None else None
    parts = _split_block(source, blocks[headline], finding.headline_end) if finding.headline_end and source else None
    if parts is not None:
        blocks[headline : headline + 1] = parts
        shifted = {(index + 1 if index > headline else index): reason for index, reason in cut.items()}
        cut.clear()
        cut.update(shifted)
        cut[headline + 1] = "finder/byline"
        standfirst = standfirst + 1 if standfirst is not None else None
    return headline, standfirst


def page_blocks(source: str, meta: Mapping[str, Any] | None = None) -> tuple[str, list[Block], list[Profile], dict[int, str]]:
    """The source with line breaks normalized, its paragraphs, the profiles that apply, and which
    paragraphs the outlet and generic rules cut (before the article finder runs)."""
    source = patterns.LINE_BREAK.sub("\n", source)
    blocks = split_blocks(source)
    profiles = choose_profiles(source, meta)
    return source, blocks, profiles, find_boilerplate(blocks, profiles)


def clean(source: str, meta: Mapping[str, Any] | None = None) -> Cleaned:
    """Cut boilerplate paragraphs (outlet and generic rules, then the article finder) and normalize
    whitespace; paragraphs are joined by a blank line, the headline first when one was found."""
    source, blocks, profiles, cut = page_blocks(source, meta)
    title = (meta or {}).get("title")
    extracted = bool((meta or {}).get("extractor"))
    headline, standfirst = find_in_page(blocks, cut, str(title) if title else None, extracted=extracted, source=source)
    kept: list[Span] = []
    position = 0
    standfirst_at = None
    for index, block in enumerate(blocks):
        if index in cut:
            continue
        if kept:
            position += 2
        if index == standfirst:
            standfirst_at = position
        kept.append(Span(position, position + len(block.text), block.text))
        position += len(block.text)
    outlet = profiles[0].name if len(profiles) > 1 else (meta or {}).get("outlet")
    return Cleaned(
        source=source,
        text="\n\n".join(span.text for span in kept),
        blocks=tuple(kept),
        removed=tuple(_removed_spans(source, blocks, cut)),
        outlet=outlet or None,
        headline=headline is not None,
        standfirst=standfirst_at,
    )
