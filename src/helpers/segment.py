"""Segmentation: headline, standfirst, photo caption and credit, paragraphs, sentences, words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from . import patterns
from .assets import word_list
from .clean import clean, normalize_space
from dataclasses import replace

from .models import Article, Cleaned, Paragraph, Sentence, Span, Token

MAX_HEADLINE_CHARS = 300
MAX_CAPTION_CHARS = 400


class _Token(PunktToken):
    """Punkt's token, its type (lower case, a number as "##number##") and shape (an ellipsis, an
    initial, all letters) worked out once per spelling: nltk runs each through its timed regex engine."""

    __slots__ = ()

    def _get_type(self, tok: str) -> str:
        return _token_type(tok)

    @property
    def is_ellipsis(self) -> Any:
        return _token_shape("_RE_ELLIPSIS", self.tok)

    @property
    def is_initial(self) -> Any:
        return _token_shape("_RE_INITIAL", self.tok)

    @property
    def is_alpha(self) -> Any:
        return _token_shape("_RE_ALPHA", self.tok)


@lru_cache(maxsize=8192)
def _token_type(tok: str) -> str:
    return PunktToken._get_type(PunktToken, tok)  # type: ignore[arg-type]  # reads only class attributes


@lru_cache(maxsize=8192)
def _token_shape(pattern: str, tok: str) -> Any:
    """What PunktToken's property of that pattern returns for `tok` (a match or None)."""
    return getattr(PunktToken, pattern).match(tok)


class _Punkt(PunktSentenceTokenizer):
    """Punkt that remembers its verdict on each candidate break ("said. The", 'it."'): the verdict
    reads only those few characters and the fixed parameters, and news repeats them often."""

    def text_contains_sentbreak(self, text: str) -> bool:
        return _contains_sentbreak(text)


_SPACE, _NOT_SPACE = r"[^\S\x1c-\x1f]", r"[\S\x1c-\x1f]"
"""Space and not space as the `regex` module reads them: Python's `re` also counts the separators
U+001C-U+001F as space."""


class _LanguageVars(PunktLanguageVars):
    """Punkt's English, with its two patterns asked at every full stop (the candidate break and the
    realignment of closing marks after it) compiled by `re` rather than by nltk's `regex` with a
    timeout: the same matches (tests/test_speed.py), in less than half the time of the sentence split.
    Neither backtracks: the break reads the spaces and the one word after a mark, the realignment the
    closing marks that open a sentence."""

    __slots__ = ()

    re_boundary_realignment = re.compile(  # type: ignore[assignment]
        rf"[\"\')\]}}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:{_SPACE}+|(?=--)|$)", re.MULTILINE
    )

    def period_context_re(self) -> Any:
        try:
            return self._re_period_context
        except AttributeError:
            written = self._period_context_fmt.replace(r"\s+", _SPACE + "+").replace(r"\S+", _NOT_SPACE + "+")
            self._re_period_context = re.compile(
                written % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}, re.UNICODE | re.VERBOSE
            )
            return self._re_period_context


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """NLTK's Punkt with the project's news-English parameters (no downloaded model)."""
    params = PunktParameters()
    params.abbrev_types = set(word_list("abbreviations.txt"))
    params.sent_starters = set(word_list("sentence_starters.txt"))
    return _Punkt(params, lang_vars=_LanguageVars(), token_cls=_Token)


@lru_cache(maxsize=4096)
def _contains_sentbreak(context: str) -> bool:
    return PunktSentenceTokenizer.text_contains_sentbreak(sentence_tokenizer(), context)


@lru_cache(maxsize=1)
def word_tokenizer() -> RegexpTokenizer:
    """NLTK's regexp tokenizer with a news-English word pattern (no downloaded data)."""
    return RegexpTokenizer(patterns.WORD_TOKEN)


def _ends_with_title(text: str) -> bool:
    """True when text ends with an abbreviation that always precedes a name ("Mr.")."""
    last = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    return last.endswith(".") and last[:-1].lower().lstrip("(\"'“‘") in word_list("titles.txt")


def _continues(previous: str, following: str) -> bool:
    """True when Punkt split a sentence that goes on: after a title, or before an attribution."""
    if _ends_with_title(previous):
        return True
    if patterns.LOWER_START.match(following):
        return True
    return bool(patterns.CLOSING_QUOTE_END.search(previous) and patterns.ATTRIBUTION_START.match(following))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences in one paragraph."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`sentence_spans`, kept for the paragraphs just read: the block under a headline is split
    once to test for a standfirst and again as the first paragraph."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_tokenizer().span_tokenize(text):
        if spans and _continues(text[spans[-1][0] : spans[-1][1]], text[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(spans)


def _credit(block: Span) -> tuple[Span | None, Span] | None:
    """Split a caption paragraph into (caption, credit) when it ends with a photo credit."""
    if len(block.text) > MAX_CAPTION_CHARS:
        return None
    match = patterns.CREDIT_TAIL.search(block.text)
    if not match:
        return None
    c_start, c_end = match.span("credit")
    credit = Span(block.start + c_start, block.start + c_end, block.text[c_start:c_end])
    head = block.text[:c_start].rstrip(" |")
    caption = Span(block.start, block.start + len(head), head) if head else None
    return caption, credit


def _is_standfirst(block: Span, meta: Mapping[str, Any]) -> bool:
    """A summary under the headline: the page's description, or one sentence with no full stop. (The article
    finder also names one it reads between a page's headline and its byline: `Cleaned.standfirst`.)"""
    description = normalize_space(str(meta.get("description") or ""))
    if description and block.text.startswith(description[:80]):
        return True
    words = len(block.text.split())
    one_sentence = len(sentence_spans(block.text)) == 1
    return 12 <= words <= 60 and one_sentence and not patterns.TERMINAL.search(block.text)


def segment_cleaned(cleaned: Cleaned, meta: Mapping[str, Any] | None = None, *, tokens: bool = True) -> Article:
    """Build the Article from cleaned text: parts, body paragraphs, sentences and (optionally) tokens."""
    meta = meta or {}
    blocks = list(cleaned.blocks)
    headline = standfirst = caption = credit = None
    if cleaned.headline and len(blocks) > 1 and len(blocks[0].text) <= MAX_HEADLINE_CHARS:
        headline = blocks.pop(0)
    for position in range(min(2, len(blocks) - 1)):
        found = _credit(blocks[position])
        if found:
            caption, credit = found
            blocks.pop(position)
            break
    if headline and len(blocks) > 1 and (blocks[0].start == cleaned.standfirst or _is_standfirst(blocks[0], meta)):
        standfirst = blocks.pop(0)
    paragraphs = tuple(Paragraph(i, b.start, b.end, b.text) for i, b in enumerate(blocks))
    sentences, words = _sentences_and_tokens(cleaned.text, paragraphs, tokens=tokens)
    return Article(
        text=cleaned.text,
        headline=headline,
        standfirst=standfirst,
        caption=caption,
        credit=credit,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=words,
        removed=cleaned.removed,
        outlet=cleaned.outlet,
        meta=dict(meta),
    )


def _sentences_and_tokens(
    text: str, paragraphs: Sequence[Paragraph], *, tokens: bool = True
) -> tuple[tuple[Sentence, ...], tuple[Token, ...]]:
    sentences: list[Sentence] = []
    words: list[Token] = []
    for paragraph in paragraphs:
        for start, end in sentence_spans(paragraph.text):
            s_start, s_end = paragraph.start + start, paragraph.start + end
            sentence = Sentence(len(sentences), paragraph.index, s_start, s_end, text[s_start:s_end])
            sentences.append(sentence)
            if not tokens:
                continue
            for w_start, w_end in word_tokenizer().span_tokenize(sentence.text):
                t_start, t_end = s_start + w_start, s_start + w_end
                words.append(Token(len(words), sentence.index, paragraph.index, t_start, t_end, text[t_start:t_end]))
    return tuple(sentences), tuple(words)


def standfirst_alone(article: Article) -> Article | None:
    """The article read as its standfirst alone (one paragraph, index 0, its own sentences; no tokens), or None
    when it has none: what the body's readers (figures, quotes) take to read the summary under the headline.
    Offsets stay in `article.text`; what they find is renumbered to sentence and paragraph -1 by the caller."""
    part = article.standfirst
    if part is None:
        return None
    sentences = tuple(
        Sentence(i, 0, part.start + start, part.start + end, part.text[start:end]) for i, (start, end) in enumerate(sentence_spans(part.text))
    )
    return replace(article, paragraphs=(Paragraph(0, part.start, part.end, part.text),), sentences=sentences, tokens=())


def segment(source: str, meta: Mapping[str, Any] | None = None, *, tokens: bool = True) -> Article:
    """Clean and segment an article's text in one step (tokens=False skips word tokens)."""
    return segment_cleaned(clean(source, meta), meta, tokens=tokens)
