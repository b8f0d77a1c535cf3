"""Reference series (data/raw/reference/*.csv) set beside an article's figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from . import config
from .assets import read_text
from .display import quantity
from .errors import ArticleError
from .units import registry, same_dimension

COLUMNS = ["series", "period", "value", "unit", "note", "source", "url"]
_STOP = frozenset("the a an of to in on for and or from by with between its their this that".split())


def reference_dir() -> Path:
    return config.RAW_DIR / "reference"


def load(folder: Path | None = None) -> pd.DataFrame:
    """Every reference CSV, with units in pint's names and a numeric `year` for ordering."""
    folder = folder or reference_dir()
    frames = []
    for path in sorted(folder.glob("*.csv")):
        frame = pd.read_csv(path, dtype={"period": str})
        missing = [c for c in COLUMNS if c not in frame.columns]
        if missing:
            raise ArticleError(f"{path.name}: a reference CSV needs the columns {', '.join(COLUMNS)}; missing {', '.join(missing)}")
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=[*COLUMNS, "year", "file"])
    data = pd.concat(frames, ignore_index=True)
    data["unit"] = [_pint_unit(u) for u in data["unit"]]
    data["year"] = [int(re.findall(r"\d{4}", str(p))[-1]) for p in data["period"]]
    return data


def _pint_unit(unit: str) -> str:
    if isinstance(unit, str) and len(unit) == 3 and unit.isupper():
        return unit
    return str(registry().parse_units(str(unit)))


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, list[str]]:
    return yaml.safe_load(read_text("subject_synonyms.yml"))


def _words(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]+", str(text).lower()) if w not in _STOP and len(w) > 1}
    expanded = set(words)
    for word in words:
        expanded.update(_synonyms().get(word, []))
    return expanded


def _compatible(unit: str | None, series_unit: str) -> bool:
    if not unit:
        return False
    if len(series_unit) == 3 and series_unit.isupper():
        return unit == series_unit
    return same_dimension(unit, series_unit)


@dataclass(frozen=True)
class Match:
    """A reference series that measures what an article's figure measures."""

    figure: int
    series: str
    shared: tuple[str, ...]
    rows: pd.DataFrame


def matches(figures: pd.DataFrame, reference: pd.DataFrame, per_figure: int = 1) -> list[Match]:
    """For each figure, the series whose unit fits and whose name shares the most words with the
    figure's subject (words as written count double; synonyms such as EU/Europe count once)."""
    found = []
    for index, figure in figures.iterrows():
        if figure["sentence"] < 0 or figure["kind"] not in ("money", "quantity", "count"):
            continue
        written = {w for w in re.findall(r"[a-z]+", str(figure["subject"] or "").lower()) if w not in _STOP}
        subject = _words(figure["subject"] or "")
        scored = []
        for name, rows in reference.groupby("series", sort=False):
            if not _compatible(figure["unit"], rows["unit"].iloc[0]):
                continue
            name_words = _words(name)
            shared = subject & name_words
            score = 2 * len(written & name_words) + len(shared) + (1 if written & set(_words(name)) and written <= name_words else 0)
            if shared:
                ordered = rows.assign(_full=~rows["period"].astype(str).str.contains("/")).sort_values(["year", "_full"])
                scored.append((-score, str(name), tuple(sorted(shared)), ordered.drop(columns="_full")))
        for _, name, shared, rows in sorted(scored, key=lambda s: (s[0], s[1]))[:per_figure]:
            found.append(Match(int(index), name, shared, rows))
    return found


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
    unit = first["unit"]
    text = (
        f"{first['series']}: {quantity(first['value'], unit)} in {first['period']}, "
        f"{quantity(last['value'], unit)} in {last['period']}"
    )
    if len(rows) > 1 and first["value"]:
        change = (last["value"] / first["value"] - 1) * 100
        text += f" ({change:+.0f}%)"
        if percent is not None:
            text += f", against the article's {percent:g}%"
    return text


def level_summary(rows: pd.DataFrame, value: float, surface: str) -> str:
    """How an article's level compares with the nearest value in the record."""
    nearest = rows.iloc[(rows["value"] - value).abs().argsort().iloc[0]]
    ratio = value / nearest["value"] if nearest["value"] else float("nan")
    return (
        f"The article's {surface} is {ratio:.0%} of {nearest['series']} "
        f"({quantity(nearest['value'], nearest['unit'])} in {nearest['period']})"
    )


def figure_matches(figures: pd.DataFrame, kind: str, folder: Path | None = None) -> list[tuple[Match, pd.Series]]:
    """(match, figure) for the article's figures of one kind that a reference series measures."""
    record = load(folder)
    return [(m, figures.iloc[m.figure]) for m in matches(figures, record) if figures.iloc[m.figure]["kind"] == kind]


def stated_growth(figures: pd.DataFrame, figure: pd.Series) -> tuple[float | None, float | None]:
    """(percent, years): a stated increase about the figure's subject, and the span in years its
    sentence gives ("in the nearly two years since ..."), when the article states them."""
    subject = str(figure["subject"] or "-")
    rising = figures[(figures["kind"] == "percent") & figures["change"].fillna("").str.startswith("increase")]
    same = rising[rising["subject"].fillna("").str.contains(subject, regex=False)]
    if same.empty:
        return None, None
    span = figures[(figures["kind"] == "duration") & (figures["unit"] == "year") & figures["sentence"].isin(same["sentence"])]
    return float(same.iloc[0]["value"]), (float(span.iloc[0]["value"]) if len(span) else None)
