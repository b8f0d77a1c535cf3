"""Numbers and text for people: "$200 billion a year", "55 billion m³ a year", escaped hover text.

One formatter for everything a person reads (tables, hover text, chart titles, reports); the
processed data keeps the raw values. Nothing here ever writes scientific notation or pint's `**`.
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

import pandas as pd

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_WORDS = {
    "meter": "m", "kilometer": "km", "centimeter": "cm", "millimeter": "mm", "metric_ton": "tonnes",
    "oil_barrel": "barrels", "percentage_point": "percentage points", "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F", "kilogram": "kg", "gram": "g", "milligram": "mg", "microgram": "µg",
    "liter": "litres", "hectare": "hectares", "terawatt_hour": "TWh", "gigawatt_hour": "GWh",
    "megawatt_hour": "MWh", "kilowatt_hour": "kWh", "gigawatt": "GW", "megawatt": "MW", "kilowatt": "kW",
    "gigahertz": "GHz", "megahertz": "MHz", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB",
    "foot": "ft", "inch": "in", "kilocalorie": "calories", "boe": "barrels of oil equivalent",
    "toe": "tonnes of oil equivalent", "horsepower": "hp",
}
_COMPOUND_SYMBOLS = {"second": "s", "minute": "min", "hour": "h", "day": "d", "week": "wk", "year": "yr",
                     "mile": "mi", "pound": "lb", "liter": "L", "person": "person", "tonne": "t", "metric_ton": "t"}
_SPECIAL = {"mile / hour": "mph", "kilometer / hour": "km/h", "%": "%", "fraction": "share of the whole",
            "foot * force_pound": "lb-ft", "meter * newton": "Nm"}
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_POWER = re.compile(r"\s*\*\*\s*(-?\d+)")
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "CNY": "¥", "RUB": "₽", "INR": "₹", "JPY": "¥"}
_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet",
              "century": "centuries", "fish": "fish", "sheep": "sheep", "series": "series"}
_MONEY_COLUMNS = ("value", "low", "high", "difference", "implied_base")
FLAG_WORDS = {
    "unit_missing": "no unit written",
    "age": "an age",
    "proportion": "a proportion",
    "event": "a race's distance, not compared",
    "market": "a market's level or move (index points, a bond's 32nds), not compared",
    "boilerplate": "in cut boilerplate",
    "standfirst": "in the standfirst",
}
"""What each figure flag (as `figures --json` and Parquet store it) says, in words for a table."""


def flag_words(flags: Any) -> str:
    """A figure's flags as a reader reads them ("no unit written; an age"), from a list, an array or
    a comma-separated string of the stored codes; an unknown flag as stored, a missing value blank."""
    return "; ".join(FLAG_WORDS.get(flag, flag) for flag in flag_codes(flags))


def flag_codes(flags: Any) -> list[str]:
    """A figure's stored flags as a list of codes, from a list, an array or a comma-separated string; none
    for a missing value (None, NaN, pd.NA)."""
    if isinstance(flags, str):
        return [f.strip() for f in flags.split(",") if f.strip()]
    if hasattr(flags, "__iter__"):
        return [str(flag) for flag in (flags.tolist() if hasattr(flags, "tolist") else flags)]
    return []


def header(column: str) -> str:
    """A table column's name as its header shows it ("attributed to", not "attributed_to")."""
    return str(column).replace("_", " ")


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def number(value: float | None) -> str:
    """A number as a reader writes it: 2e11 -> "200 billion", 1234567 -> "1.23 million",
    4.125e9 -> "4.125 billion", 12500 -> "12,500", 55.12 -> "55.12", 0.355 -> "0.355",
    0.00012 -> "0.00012"; never scientific notation."""
    if value is None or not _finite(value):
        return "–" if value is None or value != value else ("∞" if value > 0 else "-∞")
    size = abs(value)
    for scale, word in _SCALES:
        if size >= scale:
            scaled = value / scale
            if abs(scaled) >= 1000:  # beyond a trillion trillions: digits with separators
                return f"{scaled:,.0f} {word}"
            return f"{_significant(scaled)} {word}"
    if size >= 1000:  # "27,934.02" as stated; a computed 1234.5678 reads "1,235"
        return f"{value:,.2f}" if round(value, 2) == value and round(value) != value else f"{value:,.0f}"
    return _significant(value)


def _significant(value: float, digits: int = 3, keep_exact: bool = True) -> str:
    """Up to `digits` significant digits in plain decimal notation, trailing zeros dropped; a value
    that up to five digits write exactly keeps them ("$55.12", "1.786%", "$4.125 billion", "$1.1075":
    as the article states them, so a reader can check it against the text), while a computed share
    such as 55/155 reads "0.355"."""
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    if keep_exact:
        exact = next((d for d in range(4, 6) if round(value, max(0, d - 1 - magnitude)) == value), None)
        digits = max(digits, exact or 0)
    decimals = max(0, digits - 1 - magnitude)
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def of_figures(count: int, total: int) -> str:
    """"3 of 9 figures"; "the only figure" when the article states one and the voice stands behind it."""
    return "the only figure" if count == total == 1 else f"{count} of {total} figures"


def plural(word: str, count: float | None = None) -> str:
    """"job" -> "jobs", "person" -> "people" (unchanged when `count` is 1)."""
    if count is not None and abs(count) == 1 or not word or not word[-1].isalpha():
        return word
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    lower = last.lower()
    if lower in _IRREGULAR:
        return prefix + _IRREGULAR[lower]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return prefix + last + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return prefix + last[:-1] + "ies"
    return prefix + last + "s"


def unit_label(unit: str | None, count: float | None = None) -> str:
    """A pint unit as people write it: "meter ** 3" -> "m³", "mile / hour" -> "mph",
    "kilogram / meter ** 2" -> "kg/m²", "job" -> "jobs"."""
    if not isinstance(unit, str) or not unit.strip():
        return ""
    unit = unit.strip()
    if unit in _SPECIAL:
        return _SPECIAL[unit]
    if len(unit) == 3 and unit.isupper():
        return unit
    numerator, _, denominator = unit.partition(" / ")
    compound = bool(denominator) or "*" in unit
    parts = []
    for side in (numerator, denominator):
        if not side:
            continue
        factors = []
        for factor in side.split(" * "):
            power = _POWER.search(factor)
            name = _POWER.sub("", factor).strip()
            label = (compound and _COMPOUND_SYMBOLS.get(name)) or _UNIT_WORDS.get(name, name.replace("_", " "))
            factors.append(label + (power.group(1).translate(_SUPERSCRIPTS) if power else ""))
        parts.append("·".join(factors))
    label = "/".join(parts)
    if " " not in unit and "*" not in unit and unit not in _UNIT_WORDS and label == unit.replace("_", " "):
        return plural(label, count)  # a counted noun ("job") or a duration ("year")
    return label


@lru_cache(maxsize=64)
def _currency_name(code: str) -> str | None:
    """A currency's name as prose writes it ("US dollar", "euro", "yen") for an ISO 4217 code, or None."""
    if len(code) != 3 or not code.isupper():
        return None
    import pycountry

    found = pycountry.currencies.get(alpha_3=code)
    if found is None:
        return None
    return " ".join(word if word.isupper() else word.lower() for word in found.name.split())


def quantity(value: float | None, unit: str | None, per: str | None = None) -> str:
    """A value with its unit as a reader writes it: "$200 billion a year", "60%", "55 billion m³ a year"."""
    if value is None or not _finite(value):
        return "–"
    unit = unit if isinstance(unit, str) and unit else None
    rate = f" {indefinite(per)} {per}" if isinstance(per, str) and per else ""
    if isinstance(per, str) and (currency := _currency_name(per)) is not None:
        rate = f" per {currency}"  # an exchange rate: "¥108.55 per US dollar", not "a USD"
    elif isinstance(per, str) and per[:1].isdigit():
        rate = f" per {per}"  # a counted base: "62 per 1,000 households", not "a 1,000 households"
    if unit in CURRENCY_SIGNS:
        sign = "-" if value < 0 else ""
        amount = number(abs(value))
        if re.fullmatch(r"[\d,]*\.\d", amount):  # pence and cents in two digits: "£0.60", "£4.10", not "£0.6"
            amount += "0"
        return f"{sign}{CURRENCY_SIGNS[unit]}{amount}{rate}"
    if unit and len(unit) == 3 and unit.isupper():
        return f"{number(value)} {unit}{rate}"
    if unit == "%":
        return f"{number(value)}%"
    if unit == "fraction":  # "half", "one in four": a share, read as one ("50%"), not "0.5 fractions"
        return f"{percent(value)} of the whole"
    if unit == "percentage_point":
        return f"{number(value)} percentage point{'' if value == 1 else 's'}"
    label = unit_label(unit, value)
    return f"{number(value)} {label}{rate}".strip()


def gap(value: float | None, unit: str | None, per: str | None = None) -> str:
    """The distance between two figures of one unit. Between two percentages (or two shares of a
    whole) it is a number of percentage points: 3.38% and 2.74% are 0.64 points apart, and "a gap
    of 0.64%" would read as a share of something."""
    if unit == "%":
        return quantity(value, "percentage_point")
    if unit == "fraction" and value is not None and _finite(value):
        return quantity(value * 100, "percentage_point")
    return quantity(value, unit, per)


def clip(text: object, size: int) -> str:
    """The text on one line, cut at a word before `size` characters with " …" when longer."""
    words = " ".join(str(text).split())
    return words if len(words) <= size else words[:size].rsplit(" ", 1)[0] + " …"


def span(low: float, high: float, unit: str | None, per: str | None = None) -> str:
    """A range as people write it: "2–3 letters", "£5–£7 million", the words both ends share written once."""
    left, right = quantity(low, unit, per), quantity(high, unit, per)
    shared = 0
    while shared < min(len(left), len(right)) and left[-1 - shared] == right[-1 - shared]:
        shared += 1
    tail = right[len(right) - shared :]
    tail = tail[tail.index(" ") :] if " " in tail else ""
    return f"{left[: len(left) - len(tail)]}–{right}"


def signed(value: float, decimals: int = 2) -> str:
    """A score on a scale around zero (tone from -1 to 1) at fixed decimals: "-0.93", "0.45", and
    "0.00" for a value that rounds to zero from below, never "-0.00"."""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def indefinite(word: str) -> str:
    """The article before `word`: "a year", "an hour", "an indirect quote"."""
    return "an" if word[:1].lower() in "aeio" or word.lower().startswith(("hour", "hon")) else "a"


def percent(ratio: float) -> str:
    """A ratio as a percentage: 0.355 -> "35%", 0.035 -> "3.5%", 0.000325 -> "0.033%"."""
    share = ratio * 100
    if abs(share) >= 10 or share == 0:
        whole = f"{share:.0f}%"
        if whole.lstrip("-") == "100%" and abs(share) != 100:  # "£996 is 100% of £1,000" reads as equal
            return f"{_significant(share, 4, keep_exact=False)}%"
        return whole
    return f"{_significant(share, 2, keep_exact=False)}%"


def stands_to(ratio: float, unit: str | None = None, changes: bool = False) -> str:
    """How one figure stands to another, as a reader says it: "is 35% of", "is 6 times", "is 167
    times" (a share above 200% reads as a multiple: "16693% of $3 million" says nothing at a glance);
    two figures on either side of zero (a rise against a fall) have no share: "against". Nor do two
    percentages less than twice apart ("45% against 24%", not "45% is 188% of 24%": a percent of a
    percent reads as a gap); the gap in points says it. Two changes are "against" each other too (a
    fall of 3% is no share of a rise of 2%, nor a fall of 3% "150% of" a fall of 2%)."""
    if changes or _finite(ratio) and (ratio < 0 or (unit == "%" and ratio < 2)):
        return "against"
    if _finite(ratio) and ratio >= 2:
        return f"is {_significant(ratio, 2, keep_exact=False)} times"
    return f"is {percent(ratio)} of"


def moves(left: float, right: float, unit: str | None, per: str | None = None, changes: bool = False) -> str:
    """Two figures weighed, as a title says them: two changes by their direction ("a fall of 0.36%
    against a rise of 0.24%"), anything else by how the one stands to the other ("$5bn is 25% of
    $20bn")."""
    if changes:
        def said(value: float) -> str:
            return f"{'a fall' if value < 0 else 'a rise'} of {quantity(abs(value), unit, per)}"
        return f"{said(left)} against {said(right)}"
    return f"{quantity(left, unit, per)} {stands_to(left / right, unit)} {quantity(right, unit, per)}"


def change(new: float, old: float) -> str:
    """The change from `old` to `new` in words: "17% lower", "10% higher", "the same"."""
    if not old:
        return "not comparable (the record is zero)"
    difference = (new / old - 1) * 100
    if round(difference) == 0:
        return "the same to the nearest percent"
    return f"{abs(difference):.0f}% {'higher' if difference > 0 else 'lower'}"


_GAPS = re.compile(r"[\t\r]+")
"""A page's tabs and carriage returns (a table row cut from it, "Brent\t$85"): gaps to a reader, which the
table library would show as the escape codes "\t" and "\r"."""


def cell(value: Any) -> str:
    """Any table value as text for a reader: lists joined, missing values blank, numbers readable,
    paragraph breaks shown as ¶, tabs as the gaps they are (`_GAPS`)."""
    if isinstance(value, str):
        value = _GAPS.sub(" ", value.replace("\r\n", "\n")) if "\t" in value or "\r" in value else value
        return value.replace("\n\n", " ¶ ").replace("\n", " ") if "\n" in value else value
    if value is None:
        return ""
    if hasattr(value, "tolist") and not _finite(value):
        listed = value.tolist()
        if isinstance(listed, list):
            return ", ".join(cell(v) for v in listed)
        value = listed
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 10000:
            return str(int(value))
        return number(value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def plain(value: Any) -> str:
    """A stored value exactly, in plain digits (2e11 -> "200000000000"): the raw value, on request."""
    if isinstance(value, float) and _finite(value):
        text = format(Decimal(repr(value)), "f")
        text = text.rstrip("0").rstrip(".") if "." in text else text
        return text if text not in ("", "-0") else "0"
    return cell(value)


FIGURE_KINDS = frozenset(("money", "percent", "percentage_points", "quantity", "duration", "count", "number"))
"""The `kind` codes of a figures table (`figures.KINDS`); other tables' kinds (quotes, relations) are words already."""


def kind_word(kind: Any, unit: Any, flags: Any) -> str:
    """A figure's kind in words, as the first page and the tables say it: "percentage points"; "share" for a
    fraction ("half", "a third"), which the data files as a number of the unit "fraction"; "age" for a figure
    flagged `age` (written bare, "Tom Lee, 30,", or in years, "an 8-year-old", which the data files as a duration)."""
    if kind not in FIGURE_KINDS:
        return cell(kind)
    if unit == "fraction":
        return "share"
    if "age" in flag_codes(flags):
        return "age"
    return str(kind).replace("_", " ")


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as people read it, every cell text: values with their unit and rate ("$200 billion a
    year"), units as written ("m³"), ratios and other numbers in words and digits, never `2e+11`
    or `meter ** 3`, a figure's kind as the first page says it (`kind_word`). The frame given is not changed; raw
    values stay in the data."""
    shown = frame.copy()
    units = frame["unit"] if "unit" in frame.columns else None
    pers = frame["per"] if "per" in frame.columns else None
    if units is not None:
        for column in _MONEY_COLUMNS:
            if column in frame.columns and pd.api.types.is_numeric_dtype(frame[column]):
                measure = gap if column == "difference" else quantity  # two percentages differ by points, not "%"
                shown[column] = [
                    "" if v is None or v != v else measure(float(v), u, p)
                    for v, u, p in zip(frame[column], units, pers if pers is not None else [None] * len(frame))
                ]
        shown["unit"] = [unit_label(u) if isinstance(u, str) else cell(u) for u in units]
        if {"value", "low", "high"} <= set(frame.columns):  # "two or three warning letters": 2–3 letters, not 2
            shown["value"] = [
                span(float(low), float(high), u, p) if _finite(low) and _finite(high) and low != high else shown_value
                for shown_value, low, high, u, p in zip(
                    shown["value"], frame["low"], frame["high"], units, pers if pers is not None else [None] * len(frame)
                )
            ]
    if {"kind", "unit"} <= set(frame.columns):
        flags = frame["flags"] if "flags" in frame.columns else [None] * len(frame)
        shown["kind"] = [kind_word(k, u, f) for k, u, f in zip(frame["kind"], frame["unit"], flags)]
    if "flags" in frame.columns:
        shown["flags"] = [flag_words(v) for v in frame["flags"]]
    for column in shown.columns:
        shown[column] = [cell(v) for v in shown[column]]
    return shown.astype(object)


def figures_where(figures: pd.DataFrame) -> str:
    """How many figures the body, the standfirst and cut boilerplate hold, in a sentence ("12 figures in
    the article body, 2 in the standfirst, 1 more in removed boilerplate.")."""
    if not len(figures):
        return "The article states no figures."
    flagged = [flag_codes(f) for f in figures["flags"]]
    standfirst = sum("standfirst" in f for f in flagged)
    cut = sum("boilerplate" in f for f in flagged)
    body = len(figures) - standfirst - cut
    return (f"{body} {plural('figure', body)} in the article body"
            + (f", {standfirst} in the standfirst" if standfirst else "")
            + (f", {cut} more in removed boilerplate." if cut else "."))


def reading_order(figures: pd.DataFrame) -> pd.DataFrame:
    """A table of figures (or quotes) as a reader meets them: the standfirst's first (stored after the body's, so
    that a body row's index does not depend on the standfirst), then the body's, then cut boilerplate's."""
    if not len(figures) or "flags" not in figures.columns:
        return figures
    place = [0 if "standfirst" in flag_codes(f) else 2 if "boilerplate" in flag_codes(f) else 1 for f in figures["flags"]]
    return figures.iloc[sorted(range(len(figures)), key=lambda k: place[k])]


def first_heard(paragraphs: pd.Series) -> pd.Series:
    """A sources table's `first_paragraph` as a reader counts: from 1, as in the charts, and "standfirst" for a
    source first heard in the summary under the headline (-1)."""
    return paragraphs.map(lambda n: "standfirst" if n < 0 else int(n) + 1).astype(object)


def with_sentences(
    frame: pd.DataFrame, sentences: pd.DataFrame, size: int = 140, *, standfirst: tuple[int, str] | None = None
) -> pd.DataFrame:
    """A copy of a table of figures whose `sentence` column holds the words each row came from, not
    the sentence's number, so a reader checks "five" against "cut the lead to five points" without
    leaving the table: the whole sentence when short, else about `size` characters around the
    row's own words (its `start`-`end`), cut at words with " … "; a row flagged "standfirst" takes the
    standfirst's words (`standfirst`: its start and text, `ArticleData.standfirst`); blank for a row in
    cut boilerplate."""
    spans = {i: (int(start), str(text)) for i, start, text in zip(sentences["index"], sentences["start"], sentences["text"])}
    flags = frame["flags"] if "flags" in frame.columns else [None] * len(frame)

    def around(number: int, start: int, end: int, flagged: Any) -> str:
        span = standfirst if standfirst is not None and "standfirst" in flag_codes(flagged) else spans.get(number)
        if span is None:
            return ""
        first, text = span
        if len(" ".join(text.split())) <= size:
            return " ".join(text.split())
        left, right = max(0, start - first), max(0, end - first)
        room = max(0, size - (right - left)) // 2
        low, high = left - room, right + room
        if low <= 25:  # near an end, the window takes that end whole ("By early 2024, trade ... $200 billion")
            low, high = 0, max(right, size)
        elif high >= len(text) - 25:
            low, high = min(left, len(text) - size), len(text)
        low, high = max(0, low), min(len(text), high)
        words = text[low:high]
        if low > 0:
            words = words.split(" ", 1)[1] if " " in words[: left - low] else words
        if high < len(text):
            words = words.rsplit(" ", 1)[0] if " " in words[right - low :] else words
        return ("… " if low > 0 else "") + " ".join(words.split()) + (" …" if high < len(text) else "")

    return frame.assign(sentence=[around(n, a, b, f) for n, a, b, f in zip(frame["sentence"], frame["start"], frame["end"], flags)])


def filled_columns(frame: pd.DataFrame, columns: Sequence[str], what: str = "row") -> tuple[list[str], str]:
    """The columns that hold something in some row, and a sentence naming those left out because
    they are empty in every row ("Left out, empty for every figure: per, qualifier."), or ""."""
    kept = [c for c in columns if any(cell(v).strip() for v in frame[c])] if len(frame) else list(columns)
    empty = [c for c in columns if c not in kept]
    return kept, (f"Left out, empty for every {what}: {', '.join(header(c) for c in empty)}." if empty else "")


def whose_what(figure: Any) -> str:
    """Whose and what a figure measures, in a few words ("U.S. crude", "Gazprom net profit"): its
    holder before its subject, the holder left out when the subject already names it; "" when
    neither is known."""

    def text(key: str) -> str:
        value = figure.get(key)
        return str(value).strip() if isinstance(value, str) else ""

    subject, holder = text("subject"), text("holder")
    if not holder or holder.lower() in subject.lower():
        return subject
    return f"{holder} {subject}" if subject else holder


def hover(text: str, width: int = 70) -> str:
    """Escaped, wrapped text for a plotly hover label (article text is data, never markup)."""
    lines = textwrap.wrap(" ".join(str(text).split()), width) or [""]
    return "<br>".join(html.escape(line) for line in lines[:8]) + ("<br>…" if len(lines) > 8 else "")


def safe(text: object) -> str:
    """HTML-escaped text for titles and notes."""
    return html.escape(str(text))
