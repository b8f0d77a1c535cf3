"""Periods on a date axis: reference rows as day intervals, whole years apart from partial periods,
and the sentence that says which periods a record holds and which of them compare."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .periods import Period, read_period


def period_of(text: object, anchor: int | date | None = None, country: str | None = None) -> Period | None:
    """A period written as data ("2023-01/2023-09") or named in prose ("the first nine months of 2023"),
    read as the record summaries read it (`periods.read_period`); None for a missing value (None, NaN, pd.NA)."""
    if not isinstance(text, (str, int)) or isinstance(text, bool):
        return None
    return read_period(text, anchor, country)


def dated(rows: pd.DataFrame, column: str = "period") -> pd.DataFrame:
    """`rows` with the period of each as columns start, end, midpoint (dates), label, span, partial
    and split_year (a financial year or a season); rows whose period cannot be read are dropped. Ordered by start, whole periods first."""
    periods = [period_of(p) for p in rows[column]]
    keep = [p is not None for p in periods]
    found = [p for p in periods if p is not None]
    out = rows.loc[keep].copy()
    out["start"] = [pd.Timestamp(p.start) for p in found]
    out["end"] = [pd.Timestamp(p.end) for p in found]
    out["midpoint"] = [pd.Timestamp(p.midpoint) for p in found]
    out["label"] = [p.label for p in found]
    out["span"] = [p.span for p in found]
    out["partial"] = [p.partial for p in found]
    out["split_year"] = [p.is_split_year for p in found]
    return out.sort_values(["partial", "start", "end"], kind="stable")


def runs(starts: list[date], ends: list[date]) -> list[int]:
    """For periods in order, the index of the run each belongs to: a new run starts wherever a
    period does not begin the day after the previous one ends (a gap in the record)."""
    labels: list[int] = []
    for i, start in enumerate(starts):
        if i and start.toordinal() == ends[i - 1].toordinal() + 1:
            labels.append(labels[-1])
        else:
            labels.append(labels[-1] + 1 if labels else 0)
    return labels


def record_note(rows: pd.DataFrame, column: str = "period") -> str:
    """Which periods a record holds, in words: its whole years, its years that are not calendar years
    (financial years, seasons) and each partial period with its length, the last two said to be drawn
    apart and never compared with calendar years."""
    frame = dated(rows, column)
    if frame.empty:
        return "The record names no period that can be placed in time."
    split_years = frame[frame["split_year"]]
    whole = frame[~frame["partial"]]
    partial = frame[frame["partial"] & ~frame["split_year"]]
    parts = []
    if len(whole):
        years = list(dict.fromkeys(whole["label"]))
        parts.append(f"{'whole years' if len(years) > 1 else 'the whole year'} {_years(years)}")
    if len(split_years):
        parts.append(f"{'years' if len(split_years) > 1 else 'a year'} that {'are' if len(split_years) > 1 else 'is'} not "
                     f"{'calendar years' if len(split_years) > 1 else 'a calendar year'}: {_split_years(split_years)}")
    if len(partial):
        spans = "; ".join(f"{label} ({span})" for label, span in zip(partial["label"], partial["span"]))
        parts.append(f"{'a partial period' if len(partial) == 1 else 'partial periods'}: {spans}")
    apart = len(split_years) + len(partial)
    text = "The record has " + (", and " if len(split_years) and len(partial) else " and ").join(parts) + "."
    if apart:
        against = "calendar years" if len(split_years) else "whole years"
        text += f" {'It is' if apart == 1 else 'They are'} drawn apart and not compared with {against}."
    return text


def _split_years(frame: pd.DataFrame) -> str:
    """"Apr 2003-Mar 2004 and Apr 2004-Mar 2005 (each a year from April)"."""
    labels, spans = list(dict.fromkeys(frame["label"])), list(dict.fromkeys(frame["span"]))
    if len(spans) == 1:
        return f"{_years(labels)} ({'each ' if len(labels) > 1 else ''}{spans[0]})"
    return "; ".join(f"{label} ({span})" for label, span in zip(frame["label"], frame["span"]))


def _years(labels: list[str]) -> str:
    unique = list(dict.fromkeys(labels))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
