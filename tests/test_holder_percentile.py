"""An income group ranked by wealth ("the top 1 percent", "the poorest 20 percent of households")
holds a figure of its clause: as the clause's subject, as the owner of its subject, or after
"for"/"to"/"of" right after the figure (`holders.percentile_group`). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The top 2 percent of earners took home a third of all bonuses in 2019.", "a third", "The top 2 percent of earners"),
        ("The savings of the poorest 20 percent of households fell 8 percent last year.", "8 percent", "the poorest 20 percent of households"),
        ("The richest 5 percent own 60 percent of the farmland, the survey said.", "60 percent", "The richest 5 percent"),
        (
            "The top 5 percent -- those earning over $400,000 -- would pay $9,000 more, compared with $300 for the rest.",
            "$9,000",
            "The top 5 percent",
        ),
        ("The top 5 percent would pay $9,000 more, compared with $300 for the rest.", "$300", None),
        ("Analysts said that the plan costs $4bn, while the top 1 percent gain little.", "$4bn", None),
        ("The top 10 percent rate was cut to 35 percent.", "35 percent", None),
        ("The middle one-fifth paid 9.5 percent, the study found.", "9.5 percent", "The middle one-fifth"),
        ("Those in the bottom quintile of incomes would pay 1.2 percent under the plan.", "1.2 percent", "the bottom quintile of incomes"),
        ("Jane Doe spoke on Monday. The top 1 percent would see their incomes rise by 12 percent, the study said.", "12 percent", "The top 1 percent"),
    ],
    ids=[
        "a group of earners as the subject",
        "the owner of the subject",
        "a bare group as the subject",
        "past a dashed aside that describes the group",
        "not an amount compared with it",
        "not a group of a later clause",
        "a top rate is no group",
        "a fifth of incomes as the subject",
        "those in a quintile",
        "'their' in the group's clause is the group, not a name before",
    ],
)
def test_an_income_group_holds_its_clause_figure(text: str, surface: str, holder: str | None) -> None:
    figure = [f for f in figures_of(segment("Headline\n\n" + text)) if f.surface == surface][-1]
    assert figure.holder == holder
