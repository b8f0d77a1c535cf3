"""A shallow parse of one sentence: tokens with offsets, part-of-speech tags (TextBlob's bundled
Pattern tagger, no download) and noun-phrase chunks; figures and time phrases are single tokens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WORD = re.compile(r"\w+(?:[-.&/]\w+)*(?=n['’]t\b)|n['’]t\b|\w+(?:[-.&/]\w+)*|['’]s\b|[^\w\s]")
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
NP_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "FIG", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS"})
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a figure (tag FIG) or a time phrase (tag TIME); `start`/`end` index the text."""

    text: str
    start: int
    end: int
    tag: str
    figure: int = -1

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def noun(self) -> bool:
        return self.tag in NOUN_TAGS

    @property
    def proper(self) -> bool:
        return self.tag in ("NNP", "NNPS")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A noun phrase: tokens `first` to `last` inclusive; `head` is its last noun (or figure)."""

    first: int
    last: int
    head: int


@dataclass(frozen=True, slots=True)
class Parse:
    tokens: tuple[Token, ...]
    chunks: tuple[Chunk, ...]
    chunk_of: tuple[int, ...]
    """For each token, the index of the chunk that holds it, or -1."""

    def chunk_at(self, index: int) -> Chunk | None:
        if 0 <= index < len(self.tokens) and self.chunk_of[index] >= 0:
            return self.chunks[self.chunk_of[index]]
        return None


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from textblob.en import parser  # imported on first use: 0.7 s, and only sentences with figures need it

    return parser


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Country names (pycountry) and their one-word forms: "China" opening a sentence is a name."""
    import pycountry

    names = {"Britain", "Europe", "America", "England", "Scotland", "Wales", "Ireland", "Africa", "Asia"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value)
                names.update(w for w in value.replace(",", " ").split() if w[:1].isupper() and len(w) > 3)
    return frozenset(names)


def _tokens(text: str, figures: Sequence[tuple[int, int]], times: Sequence[tuple[int, int]]) -> list[tuple[str, int, int, str, int]]:
    """(text, start, end, fixed tag or "", figure index) for words, figures and time phrases."""
    spans = sorted([(s, -e, "FIG", i) for i, (s, e) in enumerate(figures)] + [(s, -e, "TIME", -1) for s, e in times])
    found: list[tuple[str, int, int, str, int]] = []
    position = 0
    for start, negative_end, tag, index in spans:
        end = -negative_end
        if start < position:
            continue  # a duration inside a time phrase ("the three months to June") reads as the time
        found.extend((m.group(0), m.start(), m.end(), "", -1) for m in WORD.finditer(text, position, start))
        found.append((text[start:end], start, end, tag, index))
        position = end
    found.extend((m.group(0), m.start(), m.end(), "", -1) for m in WORD.finditer(text, position))
    return found


def _chunks(tokens: Sequence[Token]) -> tuple[list[Chunk], list[int]]:
    """Noun phrases: runs of determiners, adjectives, participles, possessives, figures and nouns
    that end in a noun (or are a lone figure); participles only between a determiner or adjective
    and a noun ("the halted supplies")."""
    chunks: list[Chunk] = []
    chunk_of = [-1] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i].tag not in NP_TAGS or tokens[i].tag in ("POS", "VBN", "VBG"):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].tag in NP_TAGS:
            nxt = tokens[j + 1]
            if nxt.tag in ("VBN", "VBG") and not (j + 2 < len(tokens) and tokens[j + 2].noun):
                break
            if tokens[j].noun and nxt.tag in ("DT", "PRP$"):
                break
            if tokens[j].tag == "FIG" and nxt.tag == "FIG":
                break
            j += 1
        last = j
        while last >= i and not (tokens[last].noun or tokens[last].tag in ("FIG", "PRP")):
            last -= 1
        if last >= i:
            chunks.append(Chunk(i, last, last))
            for k in range(i, last + 1):
                chunk_of[k] = len(chunks) - 1
        i = j + 1
    # pronouns are noun phrases of their own
    for k, token in enumerate(tokens):
        if token.tag == "PRP" and chunk_of[k] < 0:
            chunks.append(Chunk(k, k, k))
            chunk_of[k] = len(chunks) - 1
    order = sorted(range(len(chunks)), key=lambda c: chunks[c].first)
    renumber = {old: new for new, old in enumerate(order)}
    return [chunks[c] for c in order], [renumber[c] if c >= 0 else -1 for c in chunk_of]


def parse(text: str, figures: Sequence[tuple[int, int]], times: Sequence[tuple[int, int]] = ()) -> Parse:
    """Tag and chunk `text`; each figure span (and time span) is one token."""
    raw = _tokens(text, figures, times)
    words = [("5" if tag == "FIG" else "today" if tag == "TIME" else word) for word, _, _, tag, _ in raw]
    tagger = _tagger()
    tagged = tagger.find_tags(words) if words else []
    tokens: list[Token] = []
    for (word, start, end, fixed, index), (_, tag) in zip(raw, tagged):
        if fixed:
            tag = fixed
        elif (
            tag == "NNP" and (not tokens or tokens[-1].text in ("“", '"', "‘", "'", "("))
            and tagger.lexicon.get(word.lower(), "").startswith("NN") and word not in _places()
        ):
            tag = tagger.lexicon[word.lower()]  # "Oil output rose": a capital that only opens the sentence
        elif _ACRONYM.match(word) and tag in ("PRP", "NN", "NNS", "IN"):
            tag = "NNP"  # "US", "UK", "EU", "BA": acronyms are names, not the pronoun "us"
        elif word in ("'s", "’s") and tag != "POS" and tokens and tokens[-1].noun:
            tag = "POS"
        elif word.lower() in ("per", "cent") and tag.startswith("NN"):
            tag = "IN"
        tokens.append(Token(word, start, end, tag, index))
    chunks, chunk_of = _chunks(tokens)
    return Parse(tuple(tokens), tuple(chunks), tuple(chunk_of))
