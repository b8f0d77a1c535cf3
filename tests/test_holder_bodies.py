""""It"/"its" for a body its own clause names by a common noun ("The government ... its majority"), as the
guideline's holder is named as the text names it: invented sentences (hold21b)."""

from __future__ import annotations

import pytest

from .conftest import check_holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("MPs voted for the Crime Bill on Monday. The government earlier saw its 161-strong majority cut to just 14.", "161-strong", "The government"),
        ("Campaigners met Ann Lee. They can only be stopped if the government reverses its plan to merge the six regiments.", "six regiments", "the government"),
        ("Acme Corp grew fast last year. The firm doubled its profits to $40m.", "$40m", "Acme Corp"),
        ("Ministers backed the Crime Bill on Monday. In a rebuke to the government, Bexco halved its budget to £40m.", "£40m", "Bexco"),
    ],
    ids=["the clause's body over a name before", "after 'if'", "a body noun the text names", "a body after a preposition is no subject"],
)
def test_its_stands_for_the_body_its_clause_opens_with(text: str, surface: str, holder: str | None) -> None:
    """Names.find reads "it"/"its" as the definite body description (figure_patterns.HOLDER_NOUNS) that is
    the subject of a verb before it in its own sentence, no name, quotation mark or clause word between
    (holders.Names._body_subject); a description the article gives a name for is that name ("The firm" is
    Acme Corp)."""
    check_holder(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ('Nicolas Bexley joined in May. Chairman Tom Ward said: "I have spoken to Nicolas and he has apologised." '
         "The club still owe Bexco £5m from the sale.",
         "£5m", "The club"),
        ("Acme Corp is based in Leeds. The company made £5m last year.", "£5m", "Acme Corp"),
    ],
    ids=["a person's given name alone", "a body's name still"],
)
def test_a_body_description_points_past_a_persons_one_word_name(text: str, surface: str, holder: str | None) -> None:
    """"the club" points back to a body: a one-word name that is the given name of a person the article
    names in full is a person's, none (holders.Names._personal)."""
    check_holder(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Lee was named to the Acme District Court in May. That court has two seats, one of them vacant.", "two seats", "Acme District Court"),
        ("Ann Roe gave to the Lee Family Foundation. The foundation has raised $8 million since 2007.", "$8 million", "Lee Family Foundation"),
        ("The court has two seats, one of them vacant.", "two seats", "The court"),
        ("Nadal works Roddick around the court on two points to earn two break points.", "two break points", "Nadal"),
        ("Lee sued the Acme Commission in May. The commission has 12 members.", "12 members", "Acme Commission"),
    ],
    ids=[
        "'that court': the court the article names",
        "'the foundation': the foundation the article names",
        "no court named: the description as written",
        "a court met before an infinitive's figure acts on nothing",
        "'the commission'",
    ],
)
def test_a_body_known_by_its_noun_is_the_one_the_article_names_with_it(text: str, surface: str, holder: str | None) -> None:
    """"the court", "the foundation", "the commission", "the museum" (`named_bodies`) as the subject of the figure's
    verb stand for the name the article writes with that noun ("the U.S. District Court"), never for another body
    named nearby; with no such name they hold as written."""
    check_holder(text, surface, holder)
