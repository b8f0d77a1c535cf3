"""What cleaning removed, summed up for a reader: how much, and by which rule or finder reason."""

from __future__ import annotations

import pandas as pd

from .display import clip


def cuts_by_rule(removed: pd.DataFrame) -> pd.DataFrame:
    """One row per rule or finder reason: passages and characters removed, and the first of them."""
    if removed.empty:
        return pd.DataFrame(columns=["rule", "passages", "characters", "first"])
    grouped = removed.assign(characters=removed["text"].str.len()).groupby("rule", sort=False)
    return pd.DataFrame({
        "rule": list(grouped.groups),
        "passages": grouped.size().tolist(),
        "characters": grouped["characters"].sum().tolist(),
        "first": [clip(text, 80) for text in grouped["text"].first()],
    })


def cut_summary(removed: pd.DataFrame) -> str:
    """One sentence: how many passages and characters were cut, and how much by the finder."""
    if removed.empty:
        return "Cleaning cut nothing: the text is all article."
    found = removed["rule"].str.startswith("finder/")
    characters = int(removed["text"].str.len().sum())
    by_finder = int(found.sum())
    tail = f", {by_finder} of them by the article finder" if by_finder else ""
    return f"{len(removed)} passage{'s' if len(removed) != 1 else ''} ({characters:,} characters) were cut{tail}."
