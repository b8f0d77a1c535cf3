"""The notebooks' interactive table: what a stranger reading the HTML report sees in its header."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from helpers import notebook


def test_a_table_header_reads_as_words_not_code_names(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[pd.DataFrame] = []

    def capture(frame: pd.DataFrame, **_: Any) -> None:
        shown.append(frame)

    monkeypatch.setattr("itables.show", capture)
    frame = pd.DataFrame({"speaker_as_written": ["union leaders"], "attributed_to": ["Ann Lee"], "kind": ["indirect"]})
    notebook.table(frame, ["kind", "speaker_as_written", "attributed_to"])
    assert list(shown[0].columns) == ["kind", "speaker as written", "attributed to"]
    assert shown[0].iloc[0, 1] == "union leaders"  # the cells are the data's, only the header is renamed


@pytest.mark.parametrize("columns", [None, ["name", "kind", "descriptor", "direct", "first_paragraph"]])
def test_a_column_empty_for_every_row_is_left_out_and_named_under_the_table(
    monkeypatch: pytest.MonkeyPatch, columns: list[str] | None
) -> None:
    """A BBC article's voices table kept a 'descriptor' column with nothing in any row: every table a notebook shows
    leaves such a column out, and a line under it names what was left out (NaN, None, "" and an empty list are
    all empty; 0 and "no" are values)."""
    shown: list[pd.DataFrame] = []
    said: list[str] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append(frame))
    monkeypatch.setattr(notebook, "say", lambda text, **_: said.append(text))
    frame = pd.DataFrame({"name": ["Tim Henman", "Hewitt"], "kind": ["person", "person"], "descriptor": [None, ""],
                          "direct": [0, 0], "first_paragraph": [float("nan"), float("nan")], "flags": [[], []]})
    notebook.table(frame, columns, what="source")
    assert list(shown[0].columns[:3]) == ["name", "kind", "direct"] and "direct (number)" in shown[0].columns
    assert not {"descriptor", "first paragraph", "flags"} & set(shown[0].columns)
    named = "descriptor, first paragraph" + (", flags" if columns is None else "")
    assert said == [f"Left out, empty for every source: {named}."]


def test_a_table_whose_every_column_is_empty_says_so_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[pd.DataFrame] = []
    said: list[str] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append(frame))
    monkeypatch.setattr(notebook, "say", lambda text, **_: said.append(text))
    notebook.table(pd.DataFrame({"addressee": [None, None]}), what="quote")
    assert shown == [] and said == ["Nothing to show here: every column is empty for every quote."]


def test_a_column_of_figures_sorts_by_their_numbers_not_by_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[pd.DataFrame, dict[str, Any]]] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append((frame, options)))
    frame = pd.DataFrame({"surface": ["£2.5bn", "£31bn", "£50"], "value": [2.5e9, 31e9, 50.0],
                          "unit": ["GBP", "GBP", "GBP"], "per": [None, None, None]})
    notebook.table(frame, ["surface", "value"])
    table, options = shown[0]
    assert list(table["value"]) == ["£2.5 billion", "£31 billion", "£50"]  # as people read them
    hidden = list(table.columns).index("value (number)")
    assert list(table.iloc[:, hidden]) == [2.5e9, 31e9, 50.0]
    assert {"targets": [1], "orderData": [hidden]} in options["columnDefs"]  # the value column sorts by the numbers
    assert {"targets": [hidden], "visible": False, "searchable": False} in options["columnDefs"]
    assert options["text_in_header_can_be_selected"] is False  # a click anywhere on the header sorts


def test_a_table_with_missing_whole_numbers_or_repeated_labels_still_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[pd.DataFrame] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append(frame))
    frame = pd.DataFrame({"year": pd.array([2020, None, 2022], dtype="Int64"), "what": ["a", "b", "c"]}, index=[0, 0, 1])
    notebook.table(frame)
    numbers = list(shown[0]["year (number)"])
    assert numbers[0] == 2020.0 and pd.isna(numbers[1]) and numbers[2] == 2022.0


@pytest.mark.parametrize(
    ("text", "seen"),
    [("Brent\t$85.10\t+2%", "Brent $85.10 +2%"), ("one\r\ntwo", "one two"), ("a\\tb <i>", "a\\tb <i>")],
)
def test_a_cut_table_row_reads_as_on_the_page_not_as_escape_codes(text: str, seen: str) -> None:
    # the table library writes a tab as the two characters "\t" (and "\r", "\n" alike): a reader sees a gap
    # (a page's own backslash and markup stay as written: the library escapes markup)
    from itables import to_html_datatable

    from helpers.display import readable

    shown = readable(pd.DataFrame({"text": [text]}))
    assert shown["text"].iloc[0] == seen
    page = to_html_datatable(shown, allow_html=False, display_logo_when_loading=False)
    assert ("\\\\t" in page) == ("\\t" in seen) and "\\\\r" not in page


def test_text_columns_are_left_aligned_numbers_right_and_sentences_kept_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    # JupyterLab right-aligns every table cell (pandas' look): a column of words read ragged on its left
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append(options))
    sentence = "Adults must be paid at least £5.05 an hour, up from £4.85, while 18 to 21 year olds will be paid £4.25."
    frame = pd.DataFrame({"kind": ["money", "count"], "words": [12, 3], "surface": ["£5.05", "1m"],
                          "value": [5.05, 1e6], "unit": ["GBP", None], "per": ["hour", None],
                          "sentence": [sentence, sentence]})
    notebook.table(frame, ["kind", "words", "surface", "value", "sentence"])
    classes = {d["targets"][0]: d["className"] for d in shown[0]["columnDefs"] if "className" in d}
    assert classes == {0: "dt-left", 1: "dt-right", 2: "dt-left", 3: "dt-left", 4: "dt-left articlelab-words"}
    assert shown[0]["style"]["margin"] == "0"  # a narrow table starts at the left edge, under its pager


@pytest.mark.parametrize(
    ("cell", "number"),
    [("12", True), ("-3.5", True), ("1,200", True), ("61%", True), ("−4", True), (".5", True),
     ("$200 billion", False), ("2 of 9", False), ("standfirst", False), ("", False), ("1.2.3a", False)],
)
def test_a_plain_number_cell_is_told_from_words(cell: str, number: bool) -> None:
    from helpers.patterns import PLAIN_NUMBER

    assert bool(PLAIN_NUMBER.fullmatch(cell)) is number
