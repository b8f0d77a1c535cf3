"""Reference series (data/raw/reference/*.csv) set beside an article's figures."""

from __future__ import annotations

import re
from tokenize import TokenError
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pint
import yaml

from . import config
from .assets import read_text
from .display import flag_codes, quantity
from .errors import ArticleError
from .periods import Period, open_ended, parse_period, parse_time, read_period
from .units import registry, same_dimension

COLUMNS = ["series", "period", "value", "unit", "note", "source", "url"]
_STOP = frozenset("the a an of to in on for and or from by with between its their this that".split())


def reference_dir() -> Path:
    return config.RAW_DIR / "reference"


def load(folder: Path | None = None) -> pd.DataFrame:
    """Every reference CSV, with units in pint's names, a rate's unit apart in `per` ("GBP/hour": GBP per
    hour; None for an amount over the row's period) and a numeric `year` for ordering."""
    folder = folder or reference_dir()
    frames = []
    for path in sorted(folder.glob("*.csv")):
        frame = pd.read_csv(path, dtype={"period": str})
        missing = [c for c in COLUMNS if c not in frame.columns]
        if missing:
            raise ArticleError(f"{path.name}: a reference CSV needs the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}")
        units = [_rate_of(u, path.name, row) for row, u in enumerate(frame["unit"], start=2)]
        frame["unit"] = [unit for unit, _ in units]
        frame["per"] = [per for _, per in units]
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=[*COLUMNS, "per", "year", "file"])
    data = pd.concat(frames, ignore_index=True)
    data["year"] = [int(re.findall(r"\d{4}", str(p))[-1]) for p in data["period"]]
    return data


_RATE = re.compile(r"^(?P<unit>.+?)\s*(?:/|\s+per\s+)\s*(?P<per>[a-z]+)$")
"""A series' unit of a rate: the unit, a stroke or "per", and what it is per ("GBP/hour", "percent per year")."""


def _rate_of(unit: object, file: str, row: int) -> tuple[str, str | None]:
    """A series' unit and what it is per, as figures carry them: "GBP/hour" and "GBP per hour" are
    ("GBP", "hour"), "percent/year" ("%", "year"), "USD/barrel" ("USD", "barrel"); a unit with no
    rate has None ("m**3", "jobs"). The per-unit is a word the figure reader reads after a number
    ("an hour", "a barrel", "per share"); "km/h" stays a unit of measure."""
    found = _RATE.match(unit) if isinstance(unit, str) else None
    per = _per_word(found["per"]) if found else None
    if found is None or per is None:
        return _unit_of(unit, file, row), None
    return _unit_of(found["unit"], file, row), per


def _per_word(word: str) -> str | None:
    """What a figure is per when written "per <word>" ("hour", "year", "barrel"), as the figure reader
    names it ("annum" is "year", "capita" a "person"); None for a word it reads as no rate."""
    from . import figure_patterns as fp

    rate = fp.PER.fullmatch(f" per {word}")
    if rate is None:
        return None
    said = rate.group("period") or rate.group("share") or rate.group("thing")
    return fp.PER_SHORT.get(said, said) if said else None


def _unit_of(unit: object, file: str, row: int) -> str:
    """A series' unit as figures carry it: a currency code ("USD"), pint's name for a unit of measure
    ("m**3"), "%" for a rate or share ("percent"), or the thing a count counts, in the singular ("jobs" -> "job"); anything else is an
    error that names the file and the row (the header is row 1)."""
    try:
        parsed = _pint_unit(str(unit))
        return "%" if parsed == "percent" else parsed  # as figures write a rate or a share
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, AssertionError, TokenError, ArithmeticError):  # "]", "0/0"
        pass
    if isinstance(unit, str) and re.fullmatch(r"[a-z][a-z-]*", unit) and not _money_or_scale_word(unit):
        from .figures import _singular

        return _singular(unit)
    hint = " (a currency is written as its code: USD, GBP)" if isinstance(unit, str) and _money_or_scale_word(unit) else ""
    raise ArticleError(
        f"{file}, row {row}: unknown unit {str(unit)!r}{hint}: write a currency code (USD), a unit of measure "
        "(m**3, tonne, barrel), percent, the plain noun a count counts (jobs), or a rate written out (GBP/hour, USD/barrel)"
    )


def _money_or_scale_word(word: str) -> bool:
    """A currency's name or code in lower case ("dollars", "yen", "usd") or a scale ("billion", "bn", "millions"), as
    the number reader knows them: no thing counted."""
    from .numbers import scale_pattern
    from .units import currency_named, money

    return bool(scale_pattern().fullmatch(" " + word)) or currency_named(word) is not None or word.upper() in money().codes


def _pint_unit(unit: str) -> str:
    if isinstance(unit, str) and len(unit) == 3 and unit.isupper():
        return unit
    return str(registry().parse_units(str(unit)))


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(pattern of a word or phrase, the words it adds), from resources/subject_synonyms.yml."""
    table = yaml.safe_load(read_text("subject_synonyms.yml"))
    return tuple(
        (re.compile(rf"(?<![a-z]){re.escape(key.lower())}(?![a-z])"), tuple(w for v in values for w in re.findall(r"[a-z]+", str(v).lower())))
        for key, values in table.items()
    )


def _plain_words(text: object) -> set[str]:
    """The content words of a text, each in the singular ("adults" is "adult", as a series names it)."""
    from .figures import _singular

    return {_singular(w) for w in re.findall(r"[a-z]+", str(text or "").lower()) if w not in _STOP and len(w) > 1}


def _words(text: object) -> set[str]:
    """The words of a subject, holder or series name, with their synonyms ("bilateral trade" adds
    "turnover"; "Russia and China" adds nothing new; "Russian" adds "russia")."""
    lowered = str(text or "").lower()
    expanded = _plain_words(lowered)
    for pattern, words in _synonyms():
        if pattern.search(lowered):
            expanded.update(_plain_words(" ".join(words)))
    return expanded


def _same_rate(per: object, series_per: object) -> bool:
    """A figure's per-unit agrees with a series': both the same rate ("an hour" and GBP/hour), or both
    an amount over a year ("$200bn a year" and a yearly record, or a record in "percent/year" and "2.5%")."""
    def rate(value: object) -> str:
        return value if isinstance(value, str) and value and value != "year" else "year"

    return rate(per) == rate(series_per)


def _compatible(unit: str | None, series_unit: str) -> bool:
    if not unit:
        return False
    if len(series_unit) == 3 and series_unit.isupper() or unit == series_unit:
        return unit == series_unit
    return same_dimension(unit, series_unit)


@dataclass(frozen=True)
class Match:
    """A reference series that measures what an article's figure measures; `same_period` holds its
    rows for the period the figure's time names (empty when the record does not cover it)."""

    figure: int
    """The figure's label in the frame `matches` read (its index in the article's figures)."""
    series: str
    shared: tuple[str, ...]
    rows: pd.DataFrame
    period: Period | None = None
    same_period: pd.DataFrame | None = None


def _periods_overlapping(rows: pd.DataFrame, period: Period | None) -> pd.DataFrame:
    if period is None:
        return rows.iloc[0:0]
    keep = [p is not None and p.overlaps(period) for p in (parse_period(v) for v in rows["period"])]
    return rows[keep]


_EUROPE = {"Europe": "European Union", "EU": "European Union", "European": "European Union"}


@lru_cache(maxsize=1)
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Countries (pycountry and the gazetteer's short names), regions and nationality adjectives, each to
    one name (Europe, the EU and "European" to the European Union); cities are left out: a capital
    stands for a government as often as for a place."""
    from .mentions import gazetteers

    found = gazetteers()
    cities = set(yaml.safe_load(read_text("places.yml"))["cities"])
    names = {name: canonical for name, canonical in found["places"].items() if name not in cities} | found["demonyms"]
    names = {name: _EUROPE.get(canonical, canonical) for name, canonical in names.items()} | _EUROPE
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w]){'(?:' + alternation + ')'}(?![\w])"), names


def _places(text: object) -> set[str]:
    """The countries and regions a text names, one name each ("China-India" is China and India)."""
    pattern, names = _place_pattern()
    return {names[m.group(0)] for m in pattern.finditer(str(text or ""))}


def _place_words(text: object) -> set[str]:
    """The words of the places a text names, as written and as named ("China-Russia trade":
    china, russia; "EU imports of Russian gas": eu, europe, european, union, russian, russia)."""
    pattern, names = _place_pattern()
    found = [(m.group(0), names[m.group(0)]) for m in pattern.finditer(str(text or ""))]
    return _words(" ".join(f"{written} {named}" for written, named in found))


def _figure_places(figure: pd.Series, text: str | None) -> set[str]:
    """The places a figure is said to be of: its holder's, and those named between what it measures and
    the figure ("China's trade with the United States fell to $575bn": China and the United States), up to
    a comma (an aside or a relative clause speaks of something else: "trade with Russia, which the United
    States has criticised, reached")."""
    places = _places(figure.get("holder")) | _places(figure.get("subject"))  # "trade with Kazakhstan"
    start, end = figure.get("subject_end"), figure.get("start")
    if text is not None and start == start and start is not None and end is not None and int(start) <= int(end):
        places |= _places(text[int(start) : int(end)].split(",")[0])
    return places


_MEASURED = ("money", "quantity", "count", "percent")
"""The kinds of figure a reference series records."""


def matches(
    figures: pd.DataFrame, reference: pd.DataFrame, per_figure: int = 1, anchor: date | int | None = None, text: str | None = None,
    country: str | None = None,
) -> list[Match]:
    """For each figure, the series whose unit fits and whose name shares the most words with the
    figure's subject (words as written count double; synonyms such as EU/Europe or "bilateral
    trade"/"trade turnover" count once) and its holder ("Russia and China" for "China-Russia"); a
    series that covers the period the figure's time names ranks above one that does not. A series
    whose name names places is no match for a figure of another place (its holder, or a place named
    in or after its subject before it in the article's `text`: China-US trade is not China-Russia
    trade), nor for one in an article that never names one of its places ("Chinese goods" in a story
    of American tariffs is no part of China's trade with Russia); and a place is not what a figure
    measures: a series shares at least one word with the subject that is no place's. Relative times
    ("last year", "last October") count from `anchor`, when the article was written (`ArticleData.anchor`):
    without it they stay relative, never counted from a year the figures name (a forecast "by 2030"); a split
    year ("2010-11") is read as the outlet's `country` writes one (`ArticleData.country`)."""
    found = []
    spoken_of = _places(text) if text is not None else None
    for index, figure in figures.iterrows():
        if (figure["sentence"] < 0 and "standfirst" not in flag_codes(figure.get("flags"))) or figure["kind"] not in _MEASURED:
            continue  # cut boilerplate is no article text; the standfirst is
        if figure["kind"] == "percent" and figure.get("change") in ("increase by", "decrease by"):
            continue  # "rose 2.5 percent" is a change, not the level a series of a rate records
        written = _plain_words(figure["subject"])
        subject = _words(figure["subject"])
        holder = _words(figure.get("holder"))
        period = read_period(figure.get("time"), anchor, country)
        places = _figure_places(figure, text)
        scored = []
        for name, rows in reference.groupby("series", sort=False):
            if not _compatible(figure["unit"], rows["unit"].iloc[0]) or not _same_rate(figure.get("per"), _per(rows)):
                continue
            name_words = _words(name)
            shared = subject & name_words
            if not shared - _place_words(name):
                continue
            named = _places(name)
            if named and (places - named or spoken_of is not None and not named <= places | spoken_of):
                continue
            owner = holder & name_words
            ordered = rows.assign(_full=~rows["period"].astype(str).str.contains("/")).sort_values(["year", "_full"]).drop(columns="_full")
            same = _periods_overlapping(ordered, period)
            score = (
                2 * len(written & name_words) + len(shared) + (1 if written and written <= name_words else 0)
                + 2 * len(owner) + (1 if len(same) else 0)
            )
            scored.append((-score, str(name), tuple(sorted(shared | owner)), ordered, same))
        for _, name, shared, rows, same in sorted(scored, key=lambda s: (s[0], s[1]))[:per_figure]:
            found.append(Match(int(index), name, shared, rows, period, same))
    return found


_ANY_DAY = date(2000, 6, 15)


def relative_time(time: object) -> bool:
    """A time phrase that names a period only from when the article was written ("last October", "last year")."""
    return parse_time(time) is None and parse_time(time, _ANY_DAY) is not None


def _per(rows: pd.DataFrame) -> str | None:
    """What a series' values are per ("hour"), or None for amounts over their periods."""
    per = rows["per"].iloc[0] if "per" in rows.columns and len(rows) else None
    return per if isinstance(per, str) and per else None


def _holds_for(row: Period | None, period: Period, per: str | None) -> bool:
    """A record's row is the value for a figure's period: the same period, or, for a rate in force over
    the row's period (GBP/hour), any period within it (the wage of October 2005 is the year's from October)."""
    return row is not None and (row == period or per not in (None, "year") and row.contains(period))


def period_summary(match: Match, figure: pd.Series) -> str:
    """What the record holds for the period the figure's sentence names, in words: its own period's
    value, else the periods that only overlap it, said to be other periods."""
    unit, per = match.rows["unit"].iloc[0], _per(match.rows)
    if match.period is None:
        first, last = match.rows["period"].iloc[0], match.rows["period"].iloc[-1]
        span = f"runs {first} to {last}" if first != last else f"is for {first}"
        if relative_time(figure.get("time")):
            return f"The article's “{figure['time']}” cannot be placed in time without the date it was written; the record {span}."
        if open_ended(figure.get("time")):
            return f"The article's “{figure['time']}” has no start, so names no period the record can be read for; the record {span}."
        return f"The article gives no period for {figure['surface']}; the record {span}."
    said = f"the article's “{figure['time']}”, {match.period.label}"
    if match.same_period is None or match.same_period.empty:
        last = match.rows.iloc[-1]
        return f"The record has no value for {said}; its latest is {quantity(last['value'], unit, per)} in {last['period']}."
    own = match.same_period[[_holds_for(parse_period(p), match.period, per) for p in match.same_period["period"]]]
    rows = own if len(own) else match.same_period
    values = "; ".join(f"{quantity(r['value'], unit, per)} in {r['period']}" for _, r in rows.iterrows())
    if own.empty:  # "last October" against the year 2023: a period around it, not its own
        one = len(rows) == 1
        return (f"The record has no value for {said}; it holds {values}, which {'overlaps' if one else 'overlap'} it "
                f"but {'is' if one else 'are'} not the same period.")
    return f"For {said}, the record holds {values}, against the article's {figure['surface']}."


def growth_summary(rows: pd.DataFrame, percent: float | None = None, years: float | None = None) -> str:
    """What a series' own record shows: its growth over `years` full years up to its last full
    year (the span the article's sentence states), or from its first full year to its last."""
    full = rows[~rows["period"].astype(str).str.contains("/")]
    rows = full if len(full) else rows
    last = rows.iloc[-1]
    first = rows.iloc[0]
    if years:
        earlier = rows[rows["year"] == last["year"] - round(years)]
        if len(earlier):
            first = earlier.iloc[0]
    unit, per = first["unit"], _per(rows)
    text = (
        f"{first['series']}: {quantity(first['value'], unit, per)} in {first['period']}, "
        f"{quantity(last['value'], unit, per)} in {last['period']}"
    )
    if len(rows) > 1 and first["value"]:
        change = (last["value"] / first["value"] - 1) * 100
        text += f" ({change:+.0f}%)"
        if percent is not None and years:
            text += f", against the article's {percent:g}%"
        elif percent is not None:
            text += f"; the article's {percent:g}% states no span to set against it"
    return text


def level_summary(rows: pd.DataFrame, value: float, surface: str) -> str:
    """How an article's level compares with the nearest value in the record."""
    nearest = rows.iloc[(rows["value"] - value).abs().argsort().iloc[0]]
    ratio = value / nearest["value"] if nearest["value"] else float("nan")
    return (
        f"The article's {surface} is {ratio:.0%} of {nearest['series']} "
        f"({quantity(nearest['value'], nearest['unit'], _per(rows))} in {nearest['period']})"
    )


def figure_matches(
    figures: pd.DataFrame, kind: str, folder: Path | None = None, anchor: date | int | None = None, text: str | None = None,
    country: str | None = None,
) -> list[tuple[Match, pd.Series]]:
    """(match, figure) for the article's figures of one kind that a reference series measures."""
    record = load(folder)
    found = matches(figures, record, anchor=anchor, text=text, country=country)
    return [(m, figures.loc[m.figure]) for m in found if figures.loc[m.figure]["kind"] == kind]


_SPAN_FROM = re.compile(r"\b(?:from|since|on|over|against|compared (?:with|to)|than(?: in)?)\s+(?:the\s+same\s+\w+\s+(?:of|in)\s+)?((?:19|20)\d\d)\b")
_SPAN_YEAR = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|(?:from|on|than)\s+(?:the\s+)?(?:previous|prior)\s+year|"
                        r"(?:from|on|over|than)\s+last\s+year|year[- ]on[- ]year|annual(?:ly)?\s+(?:growth|rise|increase))\b", re.IGNORECASE)


def stated_span(sentence: str, end_year: int) -> int | None:
    """The years a growth its sentence states runs over: from a year it names ("up 26% from 2022",
    "since 2019") to `end_year`, or one for "a year earlier", "on last year", "year-on-year"."""
    spans = [(m.start(), end_year - int(m.group(1))) for m in _SPAN_FROM.finditer(sentence) if int(m.group(1)) < end_year]
    spans += [(m.start(), 1) for m in _SPAN_YEAR.finditer(sentence)]
    return min(spans)[1] if spans else None  # the first stated ("up 26% from a year earlier, the fastest since 2019": one)


def stated_growth(
    figures: pd.DataFrame, figure: pd.Series, sentence_text: Callable[[pd.Series], str] | None = None,
) -> tuple[float | None, float | None]:
    """(percent, years): a stated increase about the figure's subject, and the span in years its
    sentence gives ("in the nearly two years since ..."; with `sentence_text`, the words a figure row came from
    (`ArticleData.figure_sentence`), also "up 26% from 2022" up to the figure's own year, or "a year earlier"),
    when the article states them."""
    subject = str(figure["subject"] or "-")
    rising = figures[(figures["kind"] == "percent") & figures["change"].fillna("").str.startswith("increase")]
    same = rising[rising["subject"].fillna("").str.contains(subject, regex=False)]
    if same.empty:
        return None, None
    span = figures[(figures["kind"] == "duration") & (figures["unit"] == "year") & figures["sentence"].isin(same["sentence"])]
    years = float(span.iloc[0]["value"]) if len(span) else None
    period = parse_time(figure.get("time"), None)
    if years is None and sentence_text is not None and period is not None:
        stated = stated_span(sentence_text(same.iloc[0]), period.end.year)
        years = float(stated) if stated else None
    return float(same.iloc[0]["value"]), years
