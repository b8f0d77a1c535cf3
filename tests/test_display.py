"""Readable numbers: one formatter for everything a person reads; never `e+` or pint's `**`."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from helpers.display import cell, flag_words, gap, number, plain, quantity, readable, span, stands_to, unit_label

_UNREADABLE = ("e+", "e-", "**", "nan", "inf")


@pytest.mark.parametrize(
    ("value", "unit", "per", "text"),
    [
        (2e11, "USD", "year", "$200 billion a year"),
        (5.5e10, "meter ** 3", "year", "55 billion m³ a year"),
        (1.55e11, "meter ** 3", "year", "155 billion m³ a year"),
        (1.472e11, "USD", None, "$147.2 billion"),
        (60, "%", None, "60%"),
        (2.5, "%", None, "2.5%"),
        (0.5, "percentage_point", None, "0.5 percentage points"),
        (1.2e6, "oil_barrel", "day", "1.2 million barrels a day"),
        (1500, "RUB", None, "₽1,500"),
        (-3.5e9, "GBP", None, "-£3.5 billion"),
        (300, "kilometer ** 2", None, "300 km²"),
        (12, "mile / hour", None, "12 mph"),
        (3, "job", None, "3 jobs"),
        (1, "person", None, "1 person"),
        (2, "person", None, "2 people"),
        (10, "year", None, "10 years"),
        (1e-7, "kilogram / meter ** 2", None, "0.0000001 kg/m²"),
        (4e9, "CHF", None, "4 billion CHF"),
        (7, None, None, "7"),
        (15, "GBP", "hour", "£15 an hour"),
        (4.85 - 4.25, "GBP", None, "£0.60"),  # a gap in pence: two digits, as money is written, not "£0.6"
        (4.1, "GBP", None, "£4.10"),
        (-0.6, "GBP", "hour", "-£0.60 an hour"),
        (2.5e9, "GBP", None, "£2.5 billion"),  # a scaled sum keeps its one decimal
        (1.08, "USD", "EUR", "$1.08 per euro"),  # an exchange rate: per a currency, by its name
        (108.55, "JPY", "USD", "¥108.55 per US dollar"),
        (275, "horsepower", None, "275 hp"),  # no "horsepowers"
        (406, "foot * force_pound", None, "406 lb-ft"),  # torque as car reviews write it, not "ft·force pound"
        (50, "meter * newton", None, "50 Nm"),
    ],
)
def test_quantities_read_as_people_write_them(value: float, unit: str | None, per: str | None, text: str) -> None:
    assert quantity(value, unit, per) == text


@pytest.mark.parametrize(
    ("unit", "label"),
    [("meter ** 3", "m³"), ("meter ** 2", "m²"), ("foot ** 3", "ft³"), ("second ** -1", "s⁻¹"),
     ("kilogram * meter / second ** 2", "kg·m/s²"), ("metric_ton", "tonnes"), ("USD", "USD"), (None, "")],
)
def test_pint_units_never_show_their_syntax(unit: str | None, label: str) -> None:
    assert unit_label(unit) == label


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_any_number_reads_without_scientific_notation(value: float) -> None:
    text = number(value)
    assert "e" not in text.lower().replace("–", "")
    if math.isfinite(value) and abs(value) < 1e15:
        assert any(c.isdigit() for c in text)


@given(st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(["USD", "meter ** 3", "%", "job", None, "kilogram / meter ** 2"]))
def test_any_quantity_is_readable(value: float, unit: str | None) -> None:
    text = quantity(value, unit, "year")
    assert not any(bad in text for bad in ("e+", "e-", "**"))


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_the_raw_value_is_exact_on_request(value: float) -> None:
    assert float(plain(value)) == value and "e" not in plain(value)


def test_a_figures_table_reads_as_written_and_keeps_the_data_raw() -> None:
    figures = pd.DataFrame({
        "surface": ["$200 billion a year", "55 billion cubic meters"], "value": [2e11, 5.5e10],
        "unit": ["USD", "meter ** 3"], "per": ["year", None], "low": [np.nan, np.nan],
        "flags": [np.array(["approximate"]), np.array([], dtype=object)], "sentence": [23, 19],
    })
    shown = readable(figures)
    assert list(shown["value"]) == ["$200 billion a year", "55 billion m³"]
    assert list(shown["unit"]) == ["USD", "m³"] and list(shown["low"]) == ["", ""]
    assert list(shown["flags"]) == ["approximate", ""] and list(shown["sentence"]) == ["23", "19"]
    assert figures["value"].iloc[0] == 2e11, "the data keeps the raw value"
    for column in shown.columns:
        assert all(isinstance(v, str) and not any(bad in v for bad in _UNREADABLE) for v in shown[column])


def test_a_figures_kind_reads_in_the_table_as_the_first_page_says_it() -> None:
    # user34: the table said "percentage_points", "number" and "duration" where the first page said
    # "percentage points", "share" and "age"; a relation's or a quote's kind is a word already
    figures = pd.DataFrame({
        "surface": ["3 points", "half", "30", "two years"], "kind": ["percentage_points", "number", "number", "duration"],
        "value": [3.0, 0.5, 30.0, 2.0], "unit": ["%", "fraction", None, "year"], "per": [None] * 4,
        "flags": [np.array([], dtype=object), np.array([], dtype=object), np.array(["age"]), np.array([], dtype=object)],
    })
    assert list(readable(figures)["kind"]) == ["percentage points", "share", "age", "duration"]
    assert list(figures["kind"]) == ["percentage_points", "number", "number", "duration"], "the data keeps its codes"
    relations = pd.DataFrame({"kind": ["comparison"], "ratio": [2.0], "difference": [1.0], "implied_base": [None],
                              "unit": ["fraction"], "per": [None]})
    assert readable(relations).iloc[0]["kind"] == "comparison"


def test_a_range_shows_both_ends_with_what_they_share_written_once() -> None:
    figures = pd.DataFrame({
        "surface": ["two or three warning letters", "between £5m and £7m", "12 people"],
        "value": [2.0, 5e6, 12.0], "low": [2.0, 5e6, np.nan], "high": [3.0, 7e6, np.nan],
        "unit": ["letter", "GBP", "person"], "per": [None, None, None],
    })
    assert list(readable(figures)["value"]) == ["2–3 letters", "£5–£7 million", "12 people"]
    assert figures["value"].iloc[0] == 2.0, "the data keeps the range's low end as its value"


@given(st.floats(0, 1e12, allow_nan=False), st.floats(0, 1e12, allow_nan=False), st.sampled_from([None, "USD", "GBP", "%", "year", "person", "meter ** 3"]))
def test_any_span_names_both_ends(low: float, high: float, unit: str | None) -> None:
    shown = span(low, high, unit)
    left, right = shown.split("–", 1)
    assert left and right == quantity(high, unit) and quantity(low, unit).startswith(left.rstrip())


def test_relations_show_their_gap_and_base_with_the_unit() -> None:
    relations = pd.DataFrame({"ratio": [0.354839], "difference": [1e11], "implied_base": [1.25e11],
                              "unit": ["USD"], "per": ["year"]})
    shown = readable(relations).iloc[0]
    assert (shown["ratio"], shown["difference"], shown["implied_base"]) == ("0.355", "$100 billion a year", "$125 billion a year")


def test_two_percentages_differ_by_points_in_the_relations_table() -> None:
    relations = pd.DataFrame({"ratio": [43.0], "difference": [-42.0], "implied_base": [None], "unit": ["%"], "per": [None]})
    assert readable(relations).iloc[0]["difference"] == "-42 percentage points"


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (float("nan"), ""), ("line one\n\nline two", "line one ¶ line two"), (12345, "12,345"),
     (2.0, "2"), (2e11, "200 billion"), (np.int32(4), "4"), (True, "yes"), ([1, 2], "1, 2")],
)
def test_cells(value: object, text: str) -> None:
    assert cell(value) == text


def test_text_cells_show_paragraph_breaks_as_pilcrows_not_escapes() -> None:
    import pandas as pd

    from helpers.display import readable

    shown = readable(pd.DataFrame({"rule": ["finder/menu"], "text": ["Home\nNews\n\nSport"]}))
    assert shown["text"].iloc[0] == "Home News ¶ Sport"


def test_the_gap_between_two_percentages_is_in_percentage_points() -> None:
    assert gap(3.38 - 2.74, "%") == "0.64 percentage points"
    assert gap(0.25, "fraction") == "25 percentage points"
    assert gap(1.0, "%") == "1 percentage point"
    assert gap(5e9, "USD", "year") == quantity(5e9, "USD", "year")


@given(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["%", "fraction", "USD", None]))
def test_any_gap_is_readable(value: float, unit: str | None) -> None:
    text = gap(value, unit)
    assert text and not any(bad in text for bad in ("e+", "e-", "**", "nan"))


@pytest.mark.parametrize(("value", "shown"), [
    (55.12, "55.12"), (1.786, "1.786"), (4.125e9, "4.125 billion"),  # stated with four digits: all kept
    (1.1075, "1.1075"), (108.55, "108.55"), (1472.19, "1,472.19"), (27934.02, "27,934.02"),  # five, or cents
    (55 / 155, "0.355"), (1234567, "1.23 million"), (0.1 + 0.2, "0.3"),  # computed or longer: three
    (0.333333, "0.333"), (1234.5678, "1,235"), (1 / 3 * 1000, "333"),
])
def test_a_stated_value_keeps_its_digits_and_a_computed_one_reads_in_three(value: float, shown: str) -> None:
    assert number(value) == shown


@pytest.mark.parametrize(("ratio", "shown"), [(0.355, "is 36% of"), (1.5, "is 150% of"), (6.0, "is 6 times"),
                                              (166.93, "is 167 times")])
def test_a_large_ratio_reads_as_a_multiple(ratio: float, shown: str) -> None:
    assert stands_to(ratio) == shown


@pytest.mark.parametrize("ratio", [-0.5, -3.0, -166.9])
def test_a_rise_set_against_a_fall_has_no_share(ratio: float) -> None:
    assert stands_to(ratio) == "against"  # not "-50% of" or "-3 times"


def test_two_falls_compare_by_their_sizes() -> None:
    assert stands_to(-5.44 / -1.41) == "is 3.9 times"
    assert stands_to(-5.44 / -1.41, "%") == "is 3.9 times"


@pytest.mark.parametrize("ratio", [45 / 24, 24 / 45, 1.0, 0.1])
def test_two_percentages_less_than_twice_apart_are_set_against_each_other(ratio: float) -> None:
    assert stands_to(ratio, "%") == "against"  # "45% against 24%: a gap of 21 points", not "is 188% of"
    assert stands_to(ratio, "USD") != "against"


@pytest.mark.parametrize(("score", "shown"), [(-0.001, "0.00"), (-0.004999, "0.00"), (0.0, "0.00"), (-0.93, "-0.93"),
                                              (0.456, "0.46"), (-0.005001, "-0.01")])
def test_a_signed_score_never_reads_minus_zero(score: float, shown: str) -> None:
    from helpers.display import signed

    assert signed(score) == shown


@pytest.mark.parametrize(("ratio", "shown"), [(0.996, "99.6% of"), (1.004, "100.4% of"), (1.0, "100% of"),
                                              (0.9996, "99.96% of"), (0.97, "97% of")])
def test_a_share_near_the_whole_is_not_rounded_to_equal(ratio: float, shown: str) -> None:
    assert stands_to(ratio) == "is " + shown


def test_a_table_of_figures_carries_the_words_of_each_figures_sentence() -> None:
    from helpers.display import with_sentences

    short = "The club sold 4,000 tickets."
    long = "Fans of the home side queued " + "in the rain " * 10 + "for 3 hours at the gate " + "and sang " * 12 + "all night."
    sentences = pd.DataFrame({"index": [0, 1], "start": [0, 30], "text": [short, long]})
    at = 30 + long.index("3 hours")
    figures = pd.DataFrame({"surface": ["4,000 tickets", "3 hours", "9"], "start": [14, at, 900], "end": [27, at + 7, 901],
                            "sentence": [0, 1, -1]})
    shown = with_sentences(figures, sentences, size=60)
    assert shown["sentence"][0] == short  # a short sentence whole
    window = shown["sentence"][1]  # a long one around the figure's own words, cut at words
    assert "for 3 hours at the gate" in window and window.startswith("… ") and window.endswith(" …")
    assert len(window) <= 70 and all(word in long.split() for word in window.strip("… ").split())
    assert shown["sentence"][2] == ""  # a figure cut with the page's furniture has no body sentence
    assert list(figures["sentence"]) == [0, 1, -1]  # the data keep the sentence's number
    early = figures.assign(start=[14, 30 + 5, 900], end=[27, 30 + 12, 901])  # "of the home" near the start
    assert with_sentences(early, sentences, size=60)["sentence"][1].startswith("Fans of the home side")


def test_columns_empty_for_every_row_are_left_out_and_named() -> None:
    from helpers.display import filled_columns

    frame = pd.DataFrame({
        "surface": ["5 goals", "two"], "per": [None, None], "qualifier": [None, "about"],
        "flags": [np.array([], dtype=object), np.array([], dtype=object)], "low": [float("nan"), float("nan")],
    })
    kept, note = filled_columns(frame, ["surface", "per", "qualifier", "flags", "low"], "figure")
    assert kept == ["surface", "qualifier"]
    assert note == "Left out, empty for every figure: per, flags, low."
    assert filled_columns(frame, ["surface", "qualifier"]) == (["surface", "qualifier"], "")
    frame["attributed_to"] = None
    assert filled_columns(frame, ["surface", "attributed_to"])[1] == "Left out, empty for every row: attributed to."
    assert filled_columns(frame.iloc[:0], ["surface", "per"]) == (["surface", "per"], "")  # an empty table says so itself


def test_flags_read_as_words_in_a_table_and_the_data_keeps_the_codes() -> None:
    figures = pd.DataFrame({
        "surface": ["40,000", "aged 30", "the 200m title"], "value": [4e4, 30.0, 200.0],
        "unit": [None, "year", "meter"], "per": [None, None, None],
        "flags": [np.array(["unit_missing"]), np.array(["unit_missing", "age"]), np.array(["event", "new_flag"])],
    })
    shown = readable(figures)
    assert list(shown["flags"]) == ["no unit written", "no unit written; an age", "a race's distance, not compared; new_flag"]
    assert list(figures["flags"].iloc[0]) == ["unit_missing"], "the stored flags stay codes"
    assert flag_words(None) == "" and flag_words([]) == "" and flag_words(float("nan")) == "" and flag_words(pd.NA) == ""
    assert flag_words("unit_missing,age") == "no unit written; an age", "a comma-separated string, as a CSV holds it"
