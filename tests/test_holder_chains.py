"""Holders, the twelfth round: pronouns that continue a chain, margins of a comparison, and a
poll's two sides carried to the next sentence. Invented sentences."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment


def _holders(text: str) -> dict[str, str | None]:
    return {f.surface: f.holder for f in figures_of(segment("Headline\n\n" + text))}


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The Green Party's Jill Stein gets less support, averaging 5 percent. Her best showing is 10 percent "
         "in Vermont, home to Sen. Bernie Sanders. She also receives 8 percent in Maine.", "8 percent", "Jill Stein"),
        ("Tom Cole won the seat in March. He met Bob Lee on Monday at the club. He paid $5m for the house.", "$5m", "Tom Cole"),
        ("Mary Lee spoke first. Then Tom Cole took the stage. He paid $5m for the house.", "$5m", "Tom Cole"),
    ],
    ids=["she after a sentence her opens", "he after a sentence he opens", "no chain: the name the sentence before opens"],
)
def test_a_pronoun_that_opens_a_chain_of_sentences_keeps_its_referent(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Mary Lee is popular in the state. In her home state of Utah, her approval rating far surpasses "
         "Tom Cole's support by 12 percentage points.", "12 percentage points", "Mary Lee"),
        ("Lee's disapproval mark exceeds Cole's vote share by 13 points in Utah, and by 11 points in Iowa.", "13", "Lee"),
        ("Lee's disapproval mark exceeds Cole's vote share by 13 points in Utah, and by 11 points in Iowa.", "11", "Lee"),
        ("Tom Cole trails Mary Lee by 5 points.", "5", "Tom Cole"),
    ],
    ids=["her rating surpasses another's", "exceeds another's", "and by another margin", "a name as subject"],
)
def test_a_comparisons_margin_is_the_subjects_owners(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("By comparison, the $3 million Mary Lee raised between January and June came mostly from donors.", "$3 million", "Mary Lee"),
        ("The $3 million Acme Corp earned last year was a record.", "$3 million", "Acme Corp"),
    ],
    ids=["a name's past form read as a participle", "a company's"],
)
def test_the_name_of_a_relative_clause_without_that_holds_the_amount_before_it(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ontario brought in the levy in 2008. Ontario raised the levy, and Ontario froze it. Ontario says the levy "
         "works. Ontario and Quebec differ. Ontario won praise. Ontario cut income taxes. Ontario plans more. Ontario "
         "officials agree. Ontario leads. Acme Mining, the Canadian mining firm, says that alone among its rivals it "
         "pays $50 million in carbon taxes.", "$50 million", "Acme Mining"),
        ("Ontario brought in the levy in 2008. Ontario raised the levy twice, and Ontario froze it in 2012. "
         "Cement makers argue that Ontario hurt them. Acme Mining is one of them. It pays $50 million in carbon taxes.",
         "$50 million", "Acme Mining"),
    ],
    ids=["'it' in what a body says", "no saying: the name the sentence before opens with"],
)
def test_it_in_what_a_named_body_says_is_that_body(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Sen. Bernie Lee is running. Hillary Cole leads him. Voters are more likely to back his plan, and he raised $5m in May.",
         "$5m", "Bernie Lee"),
        ("Tom Lee spoke in March. Mary Cole replied to the speech on Monday. She pledged $5m to the fund.", "$5m", "Mary Cole"),
    ],
    ids=["'he' and a name the list calls mostly female", "'she' and a name the list calls mostly female"],
)
def test_a_name_the_given_name_list_is_unsure_of_comes_before_one_it_is_sure_of(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("While Bob Stone holds big leads among those identifying with the tea party, Mary Lee leads by 21 points among "
         "those describing themselves as somewhat conservative and by 10 points over Tom Cole among moderates.", "10", "Mary Lee"),
    ],
    ids=["'and by' a second margin"],
)
def test_a_second_margin_after_and_by_completes_the_same_verb(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ohio Gov. Tom Cole fared best in the poll. Against Mary Lee, the Ohio governor earned 51 percent to her 35 "
         "percent, while against Bob Stone, he prevailed 46 percent to 40 percent.", "40 percent", "Bob Stone"),
    ],
    ids=["the opponent's share"],
)
def test_a_name_set_against_the_leader_is_no_leader(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Last month, Acme Corp warned staff to change their passwords after hackers targeted systems in at least two "
         "states.", "two states", None),
        ("Last month, Acme Corp warned staff to change their passwords after it closed offices in two states.", "two states", "Acme Corp"),
    ],
    ids=["a clause with its own plural subject", "a clause whose subject is a pronoun"],
)
def test_the_nearest_name_is_not_taken_across_a_clause_with_its_own_subject(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("By contrast, Mary Lee has just 5 percent support of the black vote in Florida.", "5 percent", "Mary Lee"),
        ("The researchers said Acme holds $10 billion offshore and would owe $3.6 billion in United States taxes.", "$3.6 billion", "Acme"),
        ("Unemployment rose to 5% of the workforce in Scotland.", "5%", "Scotland"),
    ],
    ids=["a share the agent has", "taxes the agent owes", "no agent: the place"],
)
def test_the_agent_outranks_a_place_inside_the_measured_phrase(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Acme News reports that Mary Lee has won among the group of voters making $100,000 or more.", "$100,000", None),
        ("Acme Corp was founded in 2001. The company spent $5m on ads.", "$5m", "Acme Corp"),
    ],
    ids=["'the group of voters' points to no one", "'the company' still does"],
)
def test_a_description_made_of_the_plural_after_it_points_to_no_name(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The top 1 percent paid 25 percent of all taxes, according to the nonpartisan Acme Institute, and the top 10 "
         "percent paid 69 percent of all taxes.", "10 percent", None),
    ],
    ids=["a source after 'according to the' and an adjective"],
)
def test_a_source_after_according_to_and_its_adjectives_holds_nothing(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The fiscally conservative Club for Growth Action reported spending $1.1 million on ads.", "$1.1 million", "Club for Growth Action"),
        ("Elsewhere, Abebe Dinkessa of Ethiopia won the race, completing the 10,500m course in 33 minutes.", "10,500m", "Abebe Dinkessa"),
    ],
    ids=["a body's name past 'for'", "not a person's name and a place"],
)
def test_a_holder_cut_at_a_small_word_is_the_whole_name(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("An Acme survey of superdelegates found that 449 of the party insiders back Mary Lee, while only 19 support Tom Cole.", "19", "Tom Cole"),
        ("So far 449 superdelegates back Mary Lee, while 19 support Tom Cole.", "449 superdelegates", "Mary Lee"),
        ("So far 449 superdelegates back the plan, while 19 oppose it.", "449 superdelegates", None),
    ],
    ids=["an elided count that supports a person", "a count that backs a person", "backing a thing"],
)
def test_a_count_that_backs_a_person_is_that_persons_support(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("\"I never trusted her,\" said Robert Stone, a 59-year-old from Hilton Head, South Carolina, who voted early.", "59-year-old", "Robert Stone"),
        ("The shooting occurred as Tom Lee, a 43-year-old bus driver, was sitting in his car.", "43-year-old", "Tom Lee"),
    ],
    ids=["an age set off after a name, before a place", "an age set off after a name, before a noun"],
)
def test_an_age_set_off_after_a_name_is_that_persons(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


def test_a_given_name_and_a_surname_the_gazetteer_left_unread_are_a_person() -> None:
    from helpers.holders import Names, article_capitals

    text = "Headline\n\nBill Gates leads. Grace Church is old. Victoria Station closed. Jason Scotland scored."
    article = segment(text)
    kinds = {n.text: n.kind for n in Names(article.text, [s.start for s in article.sentences], article_capitals(article.text)).names}
    assert kinds["Bill Gates"] == "person"
    assert kinds["Grace Church"] != "person" and kinds["Victoria Station"] != "person" and kinds["Jason Scotland"] != "person"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Former Secretary of State Mary Lee leads. There's little difference between white voters, who favor Lee by a "
         "6-point margin, and Hispanics, who back the former secretary of state by 9 points.", "9", "Lee"),
        ("Hispanics back the plan by 9 points.", "9", None),
    ],
    ids=["a margin for a described person a group backs", "backing a thing"],
)
def test_a_groups_margin_is_the_backed_persons(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("words", "nothing"),
    [("TV", True), ("GDP", True), ("December and January", True), ("Acme TV", False), ("Ohio", False)],
    ids=["a medium", "a measure", "dates", "a body's name", "a place"],
)
def test_capitalized_words_that_name_things_hold_nothing(words: str, nothing: bool) -> None:
    from helpers.holders import names_nothing

    assert names_nothing(words) is nothing


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("As well as pledging £960m over 15 years to the fund, Britain urged other donors to give.", "£960m", "Britain"),
        ("Having lost £3m last year, Acme Corp cut jobs.", "£3m", "Acme Corp"),
        ("Tom Lee is an astronaut. After paying $365m, he launched a shuttle.", "$365m", "Tom Lee"),
        ("Spending on ads hit $5m last year, Acme Corp said.", "$5m", None),
        ("After claiming their first title for 19 years, Tom Lee tips his old team to win again.", "19 years", None),
    ],
    ids=["'as well as pledging'", "'having lost'", "a pronoun subject", "a noun in -ing, and a source", "'their' is not the person's"],
)
def test_an_opening_participle_phrase_is_the_main_subjects(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The Blues were beaten. But they collapsed in the second leg, going down to strikes from Rivaldo (2), Luis "
         "Figo and Patrick Kluivert.", "2", "Rivaldo"),
        ("Fowler has 151 goals, and he only trails Alan Shearer (250) and Andy Cole (173).", "250", "Alan Shearer"),
        ("The vote was close (52).", "52", None),
    ],
    ids=["a bare number in brackets after a name", "a list of names with their numbers", "no name before the bracket"],
)
def test_a_bare_number_in_brackets_after_a_name_is_that_names(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("John McCall was named coach in May. That happened only 10 days after he led Royal Armagh to their first cup "
         "success since 1977.", "10 days", "John McCall"),
        ("The talks lasted 10 days after the storm.", "10 days", None),
    ],
    ids=["a duration to someone's act", "to an event no one acts in"],
)
def test_a_duration_measured_to_someones_act_is_theirs(text: str, surface: str, holder: str | None) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("In the private sector, male executives earned a median salary of $100,000, compared with females' $67,000.", "$67,000", "females"),
        ("This is the miners' 45-minute commute to the coal seam.", "45-minute", "miners"),
    ],
    ids=["a plural possessive before an amount", "before a duration"],
)
def test_a_plural_possessive_right_before_the_figure_holds_it(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Cutting the limit would also lead to 230 fewer serious injuries on the UK's roads compared with 2003.", "230 fewer serious injuries", "UK"),
        ("The plan would create 3,000 jobs in Britain's factories.", "3,000 jobs", "Britain"),
    ],
    ids=["on a place's roads", "in a country's factories"],
)
def test_the_owner_of_the_place_a_count_is_in_holds_it(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The Congressional Budget Office said deficits will grow. The budget office said they will go up after 2018 and "
         "begin exceeding 3 percent of the nation's total economic output.", "3 percent", "nation"),
        ("Ohio is a big state. Acme said the state has paid the agency nearly $449,000 so far.", "$449,000", "Ohio"),
    ],
    ids=["'the nation' is no name of another kind", "'the state' is still a place named before"],
)
def test_a_place_description_stands_only_for_a_place(text: str, surface: str, holder: str) -> None:
    assert _holders(text)[surface] == holder
