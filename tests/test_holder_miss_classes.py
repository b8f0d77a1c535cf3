"""The classes of holder misses (tools/holder_miss_classes.py, a measurement on the tunable splits and
the blind samples' READ halves, not part of the figure path), on invented sentences."""

from __future__ import annotations

from types import ModuleType

import pytest

from helpers.figures import article_figures
from helpers.segment import segment

from .conftest import load_tool


@pytest.fixture(scope="module")
def classes() -> ModuleType:
    return load_tool("holder_miss_classes")


@pytest.mark.parametrize(
    ("holder", "common"),
    [("the government", True), ("These employees", True), ("parents", True), ("the bottom 40 percent of earners", True),
     ("Mr Brown", False), ("The Conservatives", False), ("the Scottish Executive", False), ("USA TODAY/Suffolk University Poll", False)],
)
def test_a_reader_holder_is_a_common_noun_when_no_capital_follows_its_determiner(classes: ModuleType, holder: str, common: bool) -> None:
    assert classes.common_noun(holder) is common


CASES = [
    # (text, figure, reader's holder, class, pointed)
    ("Tax\n\nThe council will spend £2m on roads, Mr Hale said.", "£2m", None, "reader none", False),
    ("Fines\n\nHe said fines of up to £2,500 would be levied on employers.", "£2,500", "employers", "common noun, offered", False),
    ("Tennis\n\nAndy Roddick won in Sydney. The 23-year-old has reached 12 finals.", "12 finals", "Andy Roddick", "name nearby", True),
    ("Jobs\n\nAcme Corp reported results. Sales were slow. Prices fell. Output rose 4%.", "4%", "Acme Corp", "name farther", False),
    ("Jobs\n\nAcme Corp and Bell Ltd met, and 300 staff joined Bell Ltd.", "300 staff", "Acme Corp", "name in sentence", False),
]


@pytest.mark.parametrize(("text", "surface", "reader", "kind", "pointed"), CASES)
def test_each_miss_falls_in_the_class_of_what_the_reader_wrote_and_where(classes: ModuleType, text: str, surface: str, reader: str | None, kind: str, pointed: bool) -> None:
    article = segment(text, tokens=False)
    figures = article_figures(article)
    figure = next(f for f in figures if f.surface == surface)
    assert classes.classify(article, figures, figure, reader) == (kind, pointed)
