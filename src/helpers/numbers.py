"""Numbers as news writes them: digits with separators, scale words, number words, fractions."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from .assets import read_text
from .patterns import alternation

VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8}
_FRACTION_SIGNS = "".join(VULGAR_FRACTIONS)
DIGITS = (
    r"(?:(?:(?<![\w.,:\-−–])[-−](?=\d))?(?:(?<![\w.,:⁄\u0300-\u036f])|(?<=\bRs\.))(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)"
    rf"(?:\.\d+|\s?[{_FRACTION_SIGNS}](?![\d/⁄]))?"
    rf"|(?<![\w.,:⁄{_FRACTION_SIGNS}])[{_FRACTION_SIGNS}](?![\d/⁄{_FRACTION_SIGNS}]))"
)
"""1,500  1.5  -3  2½  5 ½, and a fraction sign alone: "½ tbsp", "⅔ of a tonne" (not the "19" of "COVID-19" as -19,
not inside "G20"); after "Rs." glued ("Rs.500"), the one currency written with a full stop before its amount."""


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The number words, scales and fractions from resources/number_words.yml."""
    return yaml.safe_load(read_text("number_words.yml"))


def _alternation(words: list[str]) -> str:
    """The words, longest (escaped) first, as one alternation (a tree of shared beginnings: see
    `patterns.alternation`)."""
    return alternation(sorted(words, key=lambda w: len(re.escape(w)), reverse=True))


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset([*v["units"], *v["tens"], *v["scales"], "dozen", *v["fractions"]])


_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(rf"[\d{_FRACTION_SIGNS}]")


def may_hold_number(text: str) -> bool:
    """False only when `number_pattern` cannot match: no digit and no number word (a cheap test
    that lets the many sentences without figures skip the full pattern)."""
    if _DIGIT.search(text):
        return True
    return not _number_words().isdisjoint(_LETTERS.findall(text.lower()))


@lru_cache(maxsize=1)
def number_pattern() -> re.Pattern[str]:
    """Digits, or a run of number words ("twenty-five", "one and a half", "a dozen", "two-thirds")."""
    v = vocabulary()
    word = _alternation([*v["units"], *v["tens"], *v["scales"], "dozen"])
    fraction = _alternation(list(v["fractions"]))
    # "and" joins number words only after a scale ("one hundred and five", "two thousand and ten"):
    # "between two and three people" is two numbers, not five
    after_scale = "(?:" + "|".join(f"(?<={scale})" for scale in ("hundred", "thousand", "million", "billion", "trillion")) + ")"
    # "half a dozen" is six, "a half-dozen" too, and "half a million" 500,000: half of a scale is a
    # number, not a share
    half_of_scale = r"(?:hundred|thousand|million|billion|trillion|dozen)\b"
    words = (
        rf"(?:\b(?:half[ -])?an?[ -](?={half_of_scale})|\b(?:an?[ -])?half[ -](?={half_of_scale})|\b)"
        rf"(?:{word})(?:(?:[ -]|{after_scale}\s+and\s+)(?:{word})\b)*(?:\s+and\s+a\s+half\b)?"
    )
    fractions = rf"\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[ -])?(?:{fraction})\b(?![ -](?:an?[ -])?{half_of_scale})"
    return re.compile(
        rf"(?=[-−\d{_FRACTION_SIGNS}])(?P<digits>{DIGITS})|\b(?=[A-Za-z])(?:(?P<fraction>{fractions})|(?P<words>{words}\b))",
        re.IGNORECASE,
    )


def words_value(text: str) -> float | None:
    """The value of a run of number words: "twenty-five" 25, "two and a half" 2.5, "a dozen" 12."""
    v = vocabulary()
    total, current, seen = 0.0, 0.0, False
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in ("and",):
            continue
        if word == "a":
            current = current or 0.0
            continue
        if word == "half":
            current += 0.5
        elif word in v["units"]:
            current += v["units"][word]
        elif word in v["tens"]:
            current += v["tens"][word]
        elif word == "dozen":
            current = (current or 1) * v["dozen"]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in v["scales"]:
            total += (current or 1) * v["scales"][word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def fraction_value(text: str) -> float | None:
    """ "two-thirds" 0.667, "a quarter" 0.25, "half" 0.5."""
    v = vocabulary()
    parts = re.findall(r"[a-z]+", text.lower())
    if not parts or parts[-1] not in v["fractions"]:
        return None
    count = 1.0
    if len(parts) == 2:
        count = 1.0 if parts[0] in ("a", "an", "one") else float(v["units"].get(parts[0], 1))
    return round(count * v["fractions"][parts[-1]], 6)


def digits_value(text: str) -> float:
    """ "1,500.5" 1500.5, "−3" -3, "2½" 2.5."""
    text = text.replace(",", "").replace("−", "-")
    if text[-1:] in VULGAR_FRACTIONS:
        whole = float(text[:-1].strip() or 0)  # "½" alone is a half
        return whole + (-VULGAR_FRACTIONS[text[-1]] if whole < 0 or text.startswith("-") else VULGAR_FRACTIONS[text[-1]])
    return float(text)


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of one number as written (digits, words or a fraction), or None (remembered per
    text: a sentence's numbers are read again by the figure, its range, its exclusion and the series
    readers, and "one", "two" recur across articles)."""
    text = text.strip()
    match = number_pattern().fullmatch(text)
    if not match:
        return None
    if match.group("digits"):
        return digits_value(text)
    if match.group("fraction"):
        return fraction_value(text)
    return words_value(text)


@lru_cache(maxsize=1)
def scale_pattern() -> re.Pattern[str]:
    """A scale written after a number: " billion", "bn", "m" (m/k/b are money-only)."""
    scales = _alternation(list(vocabulary()["abbreviated_scales"]))
    # a lone "t" (trillion) only glued to the amount and not opening a word: "$3T", never "$5 t-shirts"
    return re.compile(rf"(?:\s?|-)(?P<scale>{scales})(?:(?<=on)s)?\b(?<![\s-][tT])(?!(?<=[tT])(?:-(?!plus\b)|['’]))", re.IGNORECASE)


def scale_value(word: str) -> tuple[float, bool]:
    """(multiplier, money_only) for a scale word."""
    v = vocabulary()
    word = word.lower()
    return float(v["abbreviated_scales"][word]), word in v["money_only_scales"]
