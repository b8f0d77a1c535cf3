"""Relations: comparisons and growth, each resting on the sentences it came from."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.relations import relate
from helpers.segment import segment


def _relations(text: str):  # type: ignore[no-untyped-def]
    article = segment(text)
    figures = figures_of(article)
    return article, figures, relate(article, figures)


def test_seed_comparison_and_growth(seed_text: str) -> None:
    article, figures, relations = _relations(seed_text)
    comparison = next(r for r in relations if r.kind == "comparison")
    assert (comparison.left_surface, comparison.right_surface) == (
        "55 billion cubic meters a year",
        "155 billion cubic meters a year",
    )
    assert comparison.ratio == pytest.approx(55 / 155)
    assert comparison.difference == pytest.approx(100e9)
    assert comparison.per == "year" and comparison.unit == "meter ** 3"
    assert "55 billion" in comparison.text and comparison.sentences == (figures[2].sentence,)
    growth = next(r for r in relations if r.kind == "growth")
    assert (growth.left_surface, growth.right_surface) == ("60%", "$200 billion a year")
    assert growth.implied_base == pytest.approx(125e9)
    assert "trade turnover" in growth.caveat and "same period" in growth.caveat
    assert set(growth.sentences) == {figures[6].sentence, figures[7].sentence}
    assert len(relations) == 2


def test_figures_of_different_dimensions_are_not_compared() -> None:
    _, _, relations = _relations("Headline\n\nThe pipeline is 2,600 km long and cost $55bn over 10 years.")
    assert [r.kind for r in relations] == []


def test_units_are_converted_before_comparing() -> None:
    _, _, relations = _relations("Headline\n\nExports fell to 100 bcm, from 185 billion cubic metres.")
    (relation,) = [r for r in relations if r.kind == "comparison"]
    assert relation.ratio == pytest.approx(100 / 185)
    assert relation.difference == pytest.approx(85e9)
    (change,) = [r for r in relations if r.kind == "change"]
    assert (change.left_surface, change.right_surface) == ("185 billion cubic metres", "100 bcm")
    assert change.ratio == pytest.approx(100 / 185)


def test_comparison_in_adjacent_sentences_of_one_paragraph_only() -> None:
    text = "Headline\n\nSales were £5m in 2020. They reached £8m in 2021.\n\nCosts were £3m."
    _, figures, relations = _relations(text)
    assert [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"] == [("£5m", "£8m")]


def test_a_decrease_implies_a_higher_base() -> None:
    text = "Headline\n\nGas exports fell by 20% last year. Gas exports stood at $40bn last year."
    _, _, relations = _relations(text)
    growth = [r for r in relations if r.kind == "growth"]
    assert growth and growth[0].implied_base == pytest.approx(50e9)


def test_no_growth_relation_without_a_shared_subject() -> None:
    text = "Headline\n\nInflation rose by 5%. The bridge cost $2bn."
    _, _, relations = _relations(text)
    assert [r for r in relations if r.kind == "growth"] == []


def test_a_growth_caveat_names_one_sentence_in_the_singular() -> None:
    text = "Headline\n\nShares closed at $185.25, up 0.35%."
    _, _, relations = _relations(text)
    growth = [r for r in relations if r.kind == "growth"]
    assert growth and "(sentence 0)" in growth[0].caveat and "(sentences" not in growth[0].caveat


def test_a_relative_change_is_not_weighed_against_a_share() -> None:
    text = "Headline\n\nAcme holds a 40% stake in the venture. Its shares rose 5% on Monday, while Beta fell 2%."
    _, _, relations = _relations(text)
    pairs = [(r.left_surface, r.right_surface) for r in relations if r.kind == "comparison"]
    assert pairs == [("5%", "2%")]
