"""Encodings: every supported encoding comes back as the same text; binary input is refused."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.decode import decode, detect_text
from helpers.errors import ArticleError

ENGLISH = "The café said “hello” – naïve résumé déjà vu. Putin met Xi in Beijing on Tuesday.\n"
RUSSIAN = "Путин прибыл в Пекин для переговоров с Си Цзиньпином. Putin arrived in Beijing.\n"


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        (ENGLISH, ENGLISH.encode("utf-8")),
        (ENGLISH, codecs.BOM_UTF8 + ENGLISH.encode("utf-8")),
        (ENGLISH, ENGLISH.encode("utf-16")),
        (ENGLISH, ENGLISH.encode("utf-16-le")),
        (ENGLISH, ENGLISH.encode("utf-16-be")),
        (ENGLISH, ENGLISH.encode("cp1252")),
        (RUSSIAN, RUSSIAN.encode("cp1251")),
        (RUSSIAN, RUSSIAN.encode("utf-16")),
        ("Señor Müller paid £5 for a crème brûlée in Zürich.\n", "Señor Müller paid £5 for a crème brûlée in Zürich.\n".encode("latin-1")),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "cp1252", "cp1251", "utf-16-cyrillic", "latin-1"],
)
def test_every_supported_encoding_decodes_to_the_same_text(text: str, encoded: bytes) -> None:
    assert decode(encoded) == text


def test_mojibake_is_repaired_and_quotes_stay_curly() -> None:
    broken = "The cafÃ© said â€œhelloâ€\x9d and â€˜byeâ€™.".encode("utf-8")
    assert decode(broken) == "The café said “hello” and ‘bye’."


def test_straight_and_curly_quotes_are_kept_as_written() -> None:
    text = '"Straight," she said. “Curly,” he said. It’s fine.'
    assert decode(text.encode("utf-8")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x00", "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_binary_files_are_refused_with_a_plain_reason(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        decode(data)


def test_detect_reports_the_encoding_it_used() -> None:
    assert detect_text(RUSSIAN.encode("cp1251"))[1] == "cp1251"
    assert detect_text(ENGLISH.encode("utf-8"))[1] == "utf-8"


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_any_bytes_give_valid_text_or_a_clear_error(data: bytes) -> None:
    try:
        text = decode(data)
    except ArticleError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    text.encode("utf-8")  # always valid UTF-8: no lone surrogates
    assert "\x00" not in text


@given(st.text(max_size=500))
@settings(max_examples=300, deadline=None)
def test_utf8_text_round_trips(text: str) -> None:
    try:
        decoded = decode(text.encode("utf-8", "surrogatepass"))
    except (ArticleError, UnicodeEncodeError):
        return
    decoded.encode("utf-8")


def test_a_closing_quote_lost_to_a_replacement_character_is_restored() -> None:
    # a page decoded as cp1252 with replacement: the closing quote's third byte (0x9D) became U+FFFD
    broken = "The bakery said. â€œWe are open,â€\ufffd said Ann Lee. A lone \ufffd stays.".encode("utf-8")
    assert decode(broken) == "The bakery said. “We are open,” said Ann Lee. A lone \ufffd stays."
