"""Periods on a date axis: reference rows as day intervals, whole years apart from partial periods,
and the sentence that says which periods a record holds and which of them compare."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .periods import Period, find_period, parse_period


def period_of(text: object) -> Period | None:
    """A period written as data ("2023-01/2023-09") or named in prose ("the first nine months of 2023");
    None for a missing value (None, NaN, pd.NA)."""
    if not isinstance(text, (str, int)) or isinstance(text, bool):
        return None
    return parse_period(text) or find_period(text)


def dated(rows: pd.DataFrame, column: str = "period") -> pd.DataFrame:
    """`rows` with the period of each as columns start, end, midpoint (dates), label, span and
    partial; rows whose period cannot be read are dropped. Ordered by start, whole periods first."""
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
    """Which periods a record holds, in words: its whole years, and each partial period with its
    length, said to be drawn apart and never compared with whole years."""
    frame = dated(rows, column)
    if frame.empty:
        return "The record names no period that can be placed in time."
    whole = frame[~frame["partial"]]
    partial = frame[frame["partial"]]
    parts = []
    if len(whole):
        years = list(dict.fromkeys(whole["label"]))
        parts.append(f"The record has {'whole years' if len(years) > 1 else 'the whole year'} {_years(years)}")
    if len(partial):
        spans = "; ".join(f"{label} ({span})" for label, span in zip(partial["label"], partial["span"]))
        lead = " and" if parts else "The record has"
        parts.append(
            f"{lead} {'a partial period' if len(partial) == 1 else 'partial periods'}: {spans}. "
            f"{'It is' if len(partial) == 1 else 'They are'} drawn apart and not compared with whole years"
        )
    return "".join(parts) + "."


def _years(labels: list[str]) -> str:
    unique = list(dict.fromkeys(labels))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
