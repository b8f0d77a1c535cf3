"""Notebook conveniences: offline charts and tables, and escaped sentences for the reader."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from .patterns import PLAIN_NUMBER


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


def concordance(rows: list[tuple[str, str, str]]) -> None:
    """Keyword-in-context lines in a fixed-width block, the keyword in bold; all text escaped."""
    from IPython.display import HTML, display

    if not rows:
        say("No occurrences.")
        return
    body = "\n".join(f"{html.escape(left)}<b>{html.escape(hit)}</b>{html.escape(right)}" for left, hit, right in rows)
    display(HTML(f"<pre>{body}</pre>"))


def table(frame: pd.DataFrame, columns: list[str] | None = None, *, raw: bool = False, what: str = "row",
          **options: Any) -> None:
    """An interactive table (search, sort, paging) that works offline; cells are escaped, and
    numbers read as people write them ("$200 billion a year", "55 billion m³") unless `raw=True`.
    A column empty in every row is left out, and a line under the table names it ("Left out, empty
    for every quote: descriptor."; `what` is what a row is)."""
    from itables import show

    from .display import filled_columns, header, plain, readable

    if frame.empty:
        say("Nothing to show here: the table is empty.")
        return
    shown = frame.map(plain) if raw else readable(frame)  # read whole: a value's range is in low and high
    kept, left_out = filled_columns(shown, list(columns or shown.columns), what)
    if not kept:
        say(f"Nothing to show here: every column is empty for every {what}.")
        return
    shown = shown[kept]
    shown, ordering = _ordered_by_number(frame, shown)
    shown = shown.rename(columns=header)  # "attributed to", not "attributed_to", for a stranger
    options["columnDefs"] = ordering + _aligned(shown, hidden=len(ordering) // 2) + list(options.get("columnDefs", []))
    options.setdefault("style", _TABLE_STYLE)
    show(shown, allow_html=False, showIndex=False, classes="display compact", pageLength=options.pop("pageLength", 10),
         text_in_header_can_be_selected=False, **options)
    if left_out:
        say(left_out)


_TABLE_STYLE = {"table-layout": "auto", "width": "auto", "margin": "0", "caption-side": "bottom"}
"""A narrow table starts at the left edge with its search box and pager, not centred between them."""
_WORDS = 40
"""A column whose cells run this many characters on average, or one cell twice as many, holds words (a sentence,
a quote, a standfirst): it is kept wide."""


def _aligned(shown: pd.DataFrame, *, hidden: int) -> list[dict[str, Any]]:
    """DataTables column classes: a column of plain numbers right-aligned, every other column left-aligned
    (JupyterLab right-aligns every cell of a table, as pandas does), and a column of words kept wide enough
    to read as lines rather than a word a line. `hidden` trailing columns are the sort copies, left alone."""
    definitions: list[dict[str, Any]] = []
    for place, column in enumerate(shown.columns[: len(shown.columns) - hidden]):
        cells = [str(v) for v in shown[column] if not (v is None or (isinstance(v, float) and pd.isna(v))) and str(v) != ""]
        numbers = bool(cells) and all(PLAIN_NUMBER.fullmatch(c.strip()) for c in cells)
        names = ["dt-right" if numbers else "dt-left"]
        if not numbers and cells and (sum(map(len, cells)) / len(cells) >= _WORDS or max(map(len, cells)) >= 2 * _WORDS):
            names.append("articlelab-words")
        definitions.append({"targets": [place], "className": " ".join(names)})
    return definitions


def _ordered_by_number(frame: pd.DataFrame, shown: pd.DataFrame) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """The shown table with a hidden copy of each numeric column's raw numbers, and the DataTables column
    definitions that sort a column by its copy: "$2.5bn" sorts below "$31bn" and "7%" below "61%", as the
    numbers do, not as the words they are written in."""
    numeric = [c for c in shown.columns if c in frame.columns and pd.api.types.is_numeric_dtype(frame[c])
               and not pd.api.types.is_bool_dtype(frame[c])]
    if not numeric:
        return shown, []
    shown = shown.copy()
    definitions: list[dict[str, Any]] = []
    for column in numeric:
        hidden = len(shown.columns)
        definitions += [{"targets": [shown.columns.get_loc(column)], "orderData": [hidden]},
                        {"targets": [hidden], "visible": False, "searchable": False}]
        shown[f"{column} (number)"] = [None if pd.isna(v) else float(v) for v in frame[column].to_numpy()]  # row for row
    return shown, definitions
