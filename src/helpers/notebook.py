"""Notebook conveniences: offline charts and tables, and escaped sentences for the reader."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd


def setup() -> None:
    """Charts as plotly JSON (rendered offline by the report's template), tables as offline DataTables."""
    import plotly.io as pio
    from itables import init_notebook_mode

    pio.renderers.default = "plotly_mimetype"
    init_notebook_mode(all_interactive=False, connected=False)


def say(text: str, *, level: int | None = None) -> None:
    """Display a sentence computed from the data; article text in it is escaped, never markup."""
    from IPython.display import HTML, display

    tag = f"h{level}" if level else "p"
    display(HTML(f"<{tag}>{html.escape(text)}</{tag}>"))


def lines(rows: list[str]) -> None:
    """Display lines of text as a block in a fixed-width font (concordances), escaped."""
    from IPython.display import HTML, display

    display(HTML("<pre>" + html.escape("\n".join(rows)) + "</pre>"))


def table(frame: pd.DataFrame, columns: list[str] | None = None, **options: Any) -> None:
    """An interactive table (search, sort, paging) that works offline; cells are escaped."""
    from itables import show

    if frame.empty:
        say("Nothing to show here: the table is empty.")
        return
    shown = frame[columns] if columns else frame
    shown = shown.map(_cell)
    show(shown, allow_html=False, showIndex=False, classes="display compact", pageLength=options.pop("pageLength", 10), **options)


def _cell(value: Any) -> Any:
    """A table cell as a reader wants it: lists joined, missing values blank, big floats readable."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        return ", ".join(map(str, value.tolist()))
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, str) and "\n" in value:
        return value.replace("\n\n", " ¶ ").replace("\n", " ")  # paragraph breaks stay visible
    if isinstance(value, float) and abs(value) >= 1e5:
        return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:.4g}"
    return value

