"""The learned holder chooser's candidates (tools/holder_candidates.py, measured by
tools/train_holders.py and not part of the figure path): each figure is offered no holder, the rules'
holder and the names around it, described by where they sit, on invented sentences."""

from __future__ import annotations

from types import ModuleType

import pytest

from helpers.figures import figures_of
from helpers.segment import segment

from .conftest import load_tool


@pytest.fixture(scope="module")
def tools() -> tuple[ModuleType, ModuleType]:
    return load_tool("holder_candidates"), load_tool("train_holders")


def _offered(tools: tuple[ModuleType, ModuleType], text: str, surface: str, common_nouns: bool = False) -> dict[str | None, set[str]]:
    """Each candidate holder of the figure written `surface`, with the features it has."""
    candidates, trainer = tools
    article = segment(text, tokens=False)
    figures = figures_of(article, boilerplate=False)
    groups = candidates.candidate_groups(article, figures, trainer.names_of(article), common_nouns)
    for figure, group in zip(figures, groups):
        if figure.surface == surface:
            assert all(len(c.features) == len(candidates.FEATURES) for c in group)
            return {c.text: {candidates.FEATURES[k] for k, v in enumerate(c.features) if v} for c in group}
    raise AssertionError(f"no figure {surface!r}")


def test_no_holder_is_always_offered_and_alone_when_nothing_is_named(tools: tuple[ModuleType, ModuleType]) -> None:
    offered = _offered(tools, "Prices climb\n\nPrices rose by 5% last year, and wages by 3%.", "5%")
    assert set(offered) == {None}
    assert {"null", "null, rules null", "null, percent"} <= offered[None]


def test_the_topic_of_the_sentence_before_is_offered_to_a_figure_that_names_none(tools: tuple[ModuleType, ModuleType]) -> None:
    text = (
        "Waiting lists shrink\n\nHospital waiting lists in Wales have shrunk, the health minister said. "
        "The number waiting over a year fell from 7,613 to 6,630."
    )
    offered = _offered(tools, text, "7,613")
    assert "Wales" in offered
    assert {"sentence before", "kind place", "after in/for/by/from"} <= offered["Wales"]
    assert "rules' holder" not in offered["Wales"]


def test_a_group_after_among_is_offered_with_its_preposition(tools: tuple[ModuleType, ModuleType]) -> None:
    text = "Ohio poll\n\nThe poll asked 900 voters in Ohio. Among Kasich supporters, 61 percent say they are certain."
    offered = _offered(tools, text, "61 percent")
    assert {"same sentence, before", "after among"} <= offered["Kasich"]
    assert "sentence before" in offered["Ohio"]


def test_the_rules_holder_is_marked_as_theirs(tools: tuple[ModuleType, ModuleType]) -> None:
    offered = _offered(tools, "Acme results\n\nAcme Corp's profits rose 12% to $4.2bn in the second quarter.", "$4.2bn")
    ours = [text for text, features in offered.items() if "rules' holder" in features]
    assert ours and all("Acme" in text for text in ours)
    assert "null, rules null" not in offered[None]


def test_the_chooser_keeps_the_rules_reading_on_a_tie(tools: tuple[ModuleType, ModuleType]) -> None:
    candidates, trainer = tools
    group = tuple(candidates.Candidate(text, None, None, (0.0,) * len(candidates.FEATURES)) for text in (None, "Acme", "Ohio"))
    zero = candidates.HolderModel((0.0,) * len(candidates.FEATURES))
    assert trainer.pick(zero, trainer.Item("tune", "Ohio", "Acme", group)) == "Acme"
    assert trainer.pick(zero, trainer.Item("tune", None, None, group)) is None


def test_the_model_without_the_rules_reading_sees_names_only(tools: tuple[ModuleType, ModuleType]) -> None:
    candidates, trainer = tools
    text = "Acme results\n\nAcme Corp's profits rose 12% to $4.2bn in the second quarter, the firm said in Leeds."
    article = segment(text, tokens=False)
    figures = figures_of(article, boilerplate=False)
    groups = candidates.candidate_groups(article, figures, trainer.names_of(article))
    k = next(n for n, f in enumerate(figures) if f.surface == "$4.2bn")
    item = trainer.Item("tune", "Acme Corp", figures[k].holder, tuple(groups[k]))
    stripped = trainer.without_rules({"x": [item]})["x"][0]
    ruled = {candidates.FEATURES.index(name) for name in trainer.RULES_READING}
    assert any(c.features[n] for c in item.candidates for n in ruled)
    assert not any(c.features[n] for c in stripped.candidates for n in ruled)
    assert {c.text for c in stripped.candidates} <= {c.text for c in item.candidates}
    only = candidates.FEATURES.index("rules' holder, not a name")
    ghost = candidates.Candidate("the firm", None, None, tuple(float(n == only) for n in range(len(candidates.FEATURES))))
    padded = trainer.Item("tune", None, "the firm", (*item.candidates, ghost))
    assert "the firm" not in {c.text for c in trainer.without_rules({"x": [padded]})["x"][0].candidates}


def test_wrong_names_are_counted_apart_from_abstentions(tools: tuple[ModuleType, ModuleType]) -> None:
    _, trainer = tools
    judged = [trainer.Item("CHECK", gold, None, ()) for gold in ("Acme", "Acme", None, "Ohio")]
    answers = iter(("Acme", "Leeds", "Leeds", None))
    assert trainer._tally(judged, lambda item: next(answers)) == (1, 1, 1)


COMMON_NOUNS = [
    # (text, figure, a people's or body's phrase offered, its side of the figure)
    ("Fines\n\nHe said fines of up to £2,500 would be levied on employers.", "£2,500", "employers", "same sentence, after"),
    ("Hospital deal\n\nThe contract was worth £7m a year for the hospital.", "£7m a year", "the hospital", "same sentence, after"),
    ("Wages\n\nThese employees were well paid, the chief said. Most earned $40,000 a year.", "$40,000 a year", "These employees", "sentence before"),
]


@pytest.mark.parametrize(("text", "surface", "phrase", "side"), COMMON_NOUNS)
def test_a_common_noun_holder_is_offered_only_when_asked_for(tools: tuple[ModuleType, ModuleType], text: str, surface: str, phrase: str, side: str) -> None:
    assert phrase not in _offered(tools, text, surface)
    offered = _offered(tools, text, surface, common_nouns=True)
    assert {"common noun", side} <= offered[phrase]
    assert "rules' holder" not in offered[phrase]


def test_a_common_noun_of_things_or_the_rules_own_holder_is_not_offered_again(tools: tuple[ModuleType, ModuleType]) -> None:
    offered = _offered(tools, "Roads\n\nThe council spent £2m on the roads and bridges.", "£2m", common_nouns=True)
    assert not any(text and ("roads" in text or "bridges" in text) for text in offered)
    assert [text for text, features in offered.items() if text and "council" in text.lower()] == ["The council"]
    assert "common noun" not in offered["The council"]


def test_the_damped_fit_agrees_with_the_plain_one_where_that_converges() -> None:
    # the holder chooser's fit (`damped`, 60 steps) is the finder's, its steps halved while they raise the loss
    from helpers.finder_model import fit_ranking

    groups = [([(1.0, 0.0), (0.0, 1.0), (0.0, 0.0)], 0), ([(1.0, 1.0), (0.0, 1.0)], 0), ([(0.0, 0.0), (1.0, 0.0)], 1), ([(0.0, 1.0), (1.0, 0.0)], 0)]
    assert fit_ranking(groups, l2=1.0, steps=60, damped=True) == pytest.approx(fit_ranking(groups, l2=1.0), abs=1e-6)


def test_the_common_noun_setting_keeps_the_rules_holder_and_chooses_only_among_none_and_common_nouns(tools: tuple[ModuleType, ModuleType]) -> None:
    candidates, trainer = tools
    width = len(candidates.FEATURES)
    common = candidates.FEATURES.index("common noun")
    group = (
        candidates.Candidate(None, None, None, (0.0,) * width),
        candidates.Candidate("Acme", 0, 4, (0.0,) * width),
        candidates.Candidate("the council", 10, 21, tuple(float(k == common) for k in range(width))),
    )
    likes_common = candidates.HolderModel(tuple(float(k == common) for k in range(width)))
    assert trainer.pick_common(likes_common, trainer.Item("tune", None, None, group)) == "the council"
    assert trainer.pick_common(likes_common, trainer.Item("tune", None, "Acme", group)) == "Acme"
    zero = candidates.HolderModel((0.0,) * width)
    assert trainer.pick_common(zero, trainer.Item("tune", None, None, group)) is None
