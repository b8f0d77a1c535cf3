"""The learned subject-head chooser's candidates (tools/train_heads.py, measured there and not part of
the figure path): each figure is offered no subject, the rules' subject and the noun phrases of its
sentence, described by where they sit, on invented sentences."""

from __future__ import annotations

from types import ModuleType

import pytest

from helpers.figures import figures_of
from helpers.holders import article_capitals
from helpers.segment import segment

from .conftest import load_tool


@pytest.fixture(scope="module")
def heads() -> ModuleType:
    return load_tool("train_heads")


def _offered(heads: ModuleType, text: str, surface: str) -> dict[str | None, set[str]]:
    """Each candidate subject of the figure written `surface`, with the features it has."""
    article = segment(text, tokens=False)
    figures = figures_of(article, boilerplate=False)
    names = article_capitals("\n".join(s.text for s in article.sentences), "")
    groups = heads.sentence_candidates(article, figures, names)
    for k, figure in enumerate(figures):
        if figure.surface == surface:
            group = groups[k]
            assert all(len(c.features) == len(heads.FEATURES) for c in group)
            assert group[0].text is None
            return {c.text: {heads.FEATURES[n] for n, v in enumerate(c.features) if v} for c in group}
    raise AssertionError(f"no figure {surface!r}")


def test_the_group_after_a_shares_of_is_offered_and_linked(heads: ModuleType) -> None:
    offered = _offered(heads, "Poll news\n\nSome 40% of likely voters back Ms Lee in the new survey.", "40%")
    assert "likely voters" in offered
    assert {"after the figure", "right after the figure's 'of'", "percent, right after the figure's 'of'", "head a person word"} <= offered["likely voters"]
    assert {"none", "none, percent"} <= offered[None]


def test_the_clause_subject_before_a_change_is_offered_with_its_verb(heads: ModuleType) -> None:
    offered = _offered(heads, "Results\n\nThe group's quarterly profits rose 12% to $4.1bn in the spring.", "12%")
    subject = next(text for text in offered if text and "profits" in text)
    assert {"before the figure", "sentence subject", "change verb between", "nearest phrase before"} <= offered[subject]
    assert "rules' pick" in offered[subject]


def test_a_counted_noun_written_in_the_figure_is_the_rules_pick_alone(heads: ModuleType) -> None:
    offered = _offered(heads, "Cuts\n\nThe council said it would cut 5,000 office jobs by the spring.", "5,000 office jobs")
    ours = [text for text, features in offered.items() if "rules' pick" in features]
    assert ours and all(text.endswith("jobs") for text in ours)
    assert "rules' pick only (no phrase of the sentence)" in offered[ours[0]]
    assert {"before the figure", "sentence subject", "nearest phrase before"} <= offered["council"]


def test_a_phrase_after_the_figure_in_its_own_chunk_is_its_own_phrase(heads: ModuleType) -> None:
    offered = _offered(heads, "Stadium\n\nThe club will build a 60,000-seat stadium near the river.", "60,000-seat")
    assert "stadium" in offered
    assert "own phrase, after the figure" in offered["stadium"]


def test_a_duration_before_ago_marks_the_no_subject_row(heads: ModuleType) -> None:
    offered = _offered(heads, "Past\n\nThe mill closed 12 years ago, and the town has shrunk since.", "12 years")
    assert {"none, duration", "none, duration before ago/later/earlier/before", "none, duration, the only figure of its sentence"} <= offered[None]
