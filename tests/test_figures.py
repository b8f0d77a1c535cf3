"""Figures: table-driven cases for every rule, the seed's expectations, properties for any text."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.figures import Figure, extract_figures, figures_of
from helpers.numbers import parse_number
from helpers.segment import segment

from .conftest import RESOURCES

CASES = json.loads((RESOURCES / "figure_cases.json").read_text(encoding="utf-8"))


def _matches(figure: Figure, expected: dict[str, object]) -> bool:
    for key, want in expected.items():
        got = getattr(figure, key)
        if key == "flags":
            got = list(got)
        if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None:
            if not math.isclose(float(got), float(want), rel_tol=1e-6):
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_figure_cases(case: dict[str, object]) -> None:
    figures = extract_figures(str(case["text"]))
    expected = case["figures"]
    assert isinstance(expected, list)
    assert [f.surface for f in figures] == [e["surface"] for e in expected]
    for figure, want in zip(figures, expected):
        assert _matches(figure, want), (figure, want)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500), ("1.5", 1.5), ("-3", -3), ("two", 2), ("twenty-five", 25), ("a dozen", 12),
        ("one and a half", 1.5), ("three hundred thousand", 300000), ("two-thirds", 0.666667),
        ("a quarter", 0.25), ("half", 0.5), ("two million", 2e6), ("a hundred", 100),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_seed_figures(seed_text: str) -> None:
    figures = figures_of(segment(seed_text))
    readings = [(f.kind, f.value, f.unit, f.per, f.qualifier) for f in figures]
    assert readings == [
        ("duration", 2, "day", None, None),
        ("duration", 10, "year", None, None),
        ("quantity", 55e9, "meter ** 3", "year", None),
        ("quantity", 155e9, "meter ** 3", "year", None),
        ("duration", 10, "year", None, "at least"),
        ("duration", 2, "year", None, "nearly"),
        ("percent", 60, "%", None, None),
        ("money", 200e9, "USD", "year", None),
        ("duration", 30, "year", None, "over"),
        ("number", 2, None, None, None),
    ]
    assert [f.subject for f in figures[2:4]] == ["pipeline capacity", "supplies to Europe"]
    assert figures[6].subject == figures[7].subject == "trade turnover"
    assert figures[7].time == "By early 2024"
    assert figures[-1].flags == ("unit_missing", "boilerplate")
    assert "boilerplate" in figures[-2].flags
    assert not any("Siberia" in f.surface or f.value in (2022, 2023, 2024) for f in figures)


def test_article_offsets_point_at_the_surface(seed_text: str) -> None:
    article = segment(seed_text)
    for figure in figures_of(article):
        if "boilerplate" in figure.flags:
            source = segment(seed_text)
            assert figure.surface in " ".join(r.text for r in source.removed)
        else:
            assert article.text[figure.start : figure.end] == figure.surface
            sentence = article.sentences[figure.sentence]
            assert sentence.start <= figure.start < figure.end <= sentence.end


NEWSY = st.lists(
    st.sampled_from(
        ["$", "£", "€", "1,500", "2.5", "bn", "m", "million", "two", "-", "–", "to", "and", "between",
         "%", "per cent", "percentage points", "years", "a year", "bcm", "km", "people", "nearly", "at least",
         "rose", "by", "from", "2024", "March", "Siberia", "(", ")", "minus", "-year-old", "half", "of", " "]
    ),
    max_size=40,
).map(" ".join)


@given(st.one_of(st.text(max_size=300), NEWSY))
@settings(max_examples=500, deadline=None)
def test_any_text_gives_figures_whose_offsets_and_values_hold(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.surface
        assert math.isfinite(figure.value)
        assert figure.kind in ("money", "percent", "percentage_points", "quantity", "duration", "count", "number")
        if figure.low is not None:
            assert figure.high is not None and math.isfinite(figure.high)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "bn", " million", "%", " km", " years"]))
@settings(max_examples=300, deadline=None)
def test_written_numbers_read_back(number: int, tail: str) -> None:
    text = f"It was {number:,}{tail} in all."
    figures = extract_figures(text)
    assert len(figures) == 1  # "1,800" with a separator is a number, never a year
    if tail == "":
        assert figures[0].flags == ("unit_missing",)
    scale = {"bn": 1e9, " million": 1e6}.get(tail, 1)
    assert figures[0].value == pytest.approx(number * scale)
