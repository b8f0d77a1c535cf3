"""Bytes to valid text: detect the encoding, refuse binary files, repair mojibake."""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes

from .errors import ArticleError

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_FIX = ftfy.TextFixerConfig(
    unescape_html="auto",
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)
_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LEGACY_CODECS = ("cp1252", "cp1251", "latin-1", "koi8-r")
"""Code pages tried for non-UTF-8 bytes, in order of preference when they read equally well."""
_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = frozenset(".,;:!?'\"()[]{}-–—‘’“”«»…/\\&%$€£¥₽@#*+=<>_|~^`°§©®™•·")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"
"""A closing double quote (bytes E2 80 9D) read as cp1252, whose 0x9D has no character, by a decoder that
replaced it: "â€" then U+FFFD. Of the characters whose third byte cp1252 lacks (U+2001, U+200D, U+200F,
U+2010, U+201D) only the closing quote is common in prose, so the pair is read as it: left as U+FFFD, a quote
ran on past its attribution."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows as NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        codec = "utf-16-le"
    elif even_nuls > 0.3 and odd_nuls < 0.05:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    match = _CHARSET_DECLARATION.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _implausibility(text: str) -> int:
    """How unlike real text a decoding looks: mixed-script words and words made of accents."""
    score = 0
    for word in _WORD.findall(text):
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        accented = sum(1 for ch in word if "\u00c0" <= ch <= "\u024f")
        ascii_letters = sum(1 for ch in word if ch.isascii())
        if cyrillic and (accented or ascii_letters):
            score += 5
        elif accented and accented * 2 > len(word):
            score += 3
    score += sum(1 for ch in text if not (ch.isalnum() or ch.isspace() or ch in _PUNCTUATION))
    return score


def _most_plausible(data: bytes, guesses: tuple[str, ...]) -> tuple[str, str] | None:
    """The code page (common Western and Cyrillic ones, then charset-normalizer's guess) under
    which the bytes read most like real words."""
    best: tuple[int, int, str, str] | None = None
    for rank, codec in enumerate((*_LEGACY_CODECS, *guesses)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidate = (_implausibility(text), rank, text, codec)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    return None if best is None else (best[2], best[3])


def detect_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as text, returning (text, encoding name); raise ArticleError for non-text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(f"this is {what}, not a text article")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise ArticleError(f"the file starts with a {codec} mark but is not valid {codec}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, "utf-16"
    if b"\x00" in data:
        raise ArticleError("this is a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    guess = from_bytes(data).best()
    found = _most_plausible(data, () if guess is None or guess.encoding is None else (guess.encoding,))
    if found is None:
        raise ArticleError("cannot tell how this file is encoded; save it as UTF-8 and try again")
    return found


def decode(data: bytes) -> str:
    """Valid text from an article's bytes, with mojibake repaired and control characters removed."""
    text, _ = detect_text(data)
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ArticleError("this looks like a binary file (many control characters), not a text article")
    return ftfy.fix_text(_CONTROL.sub("", text).replace(_LOST_CLOSING_QUOTE, "\u00e2\u20ac\x9d"), _FIX)
