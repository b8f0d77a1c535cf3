"""The tagger's contextual corrections (helpers.syntax._retag), each from invented sentences."""

from __future__ import annotations

import re

import pytest

from helpers.syntax import parse

_FIGURE = re.compile(r"\$[\d,.]+(?: million| billion)?|\d+(?:\.\d+)? percent")


def _tags(text: str) -> dict[str, str]:
    spans = [(m.start(), m.end()) for m in _FIGURE.finditer(text)]
    return {t.text: t.tag for t in parse(text, spans).tokens}


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The singer, who charges about $40,000 for a show, has cancelled.", "charges", "VBZ"),
        ("In total, that amounts to just 9 percent of the fund.", "amounts", "VBZ"),
        ("The donor, who totals up the bills, paid $5 million.", "totals", "VBZ"),
        ("He said the amounts were $5 million.", "amounts", "NNS"),
        ("The rules say that charges of $50 apply.", "charges", "NNS"),
    ],
    ids=[
        "after 'who'",
        "after a clause-opening 'that'",
        "after 'who', before a particle",
        "after a determiner stays a noun",
        "after a complementizer 'that' stays a noun",
    ],
)
def test_a_plural_looking_word_after_who_or_a_clause_opening_that_is_their_verb(text: str, word: str, tag: str) -> None:
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("One in four adults smoke, down from one in three in 2005.", "smoke", "VBP"),
        ("Nearly 30 percent of pupils smoke.", "smoke", "VBP"),
        ("The factory has 200 workers smoke breaks each day.", "smoke", "NN"),
    ],
    ids=["before a comma", "at the sentence's end", "a stretch with a verb keeps its compound"],
)
def test_a_word_after_a_counted_plural_that_ends_a_verbless_stretch_is_its_verb(text: str, word: str, tag: str) -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"One in four|one in three|30 percent|200 workers", text)]
    assert {t.text: t.tag for t in parse(text, spans).tokens}[word] == tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("The inquiry, which took four years, cost $12 million.", "VBD"),
        ("The new stadium cost $80 million.", "VBD"),
        ("They cut the cost, $5 million in all.", "NN"),
    ],
    ids=["after a relative clause set off by commas", "after its subject (the earlier rule)", "a noun before a comma stays"],
)
def test_cost_after_an_aside_and_before_a_figure_is_the_verb(text: str, tag: str) -> None:
    assert _tags(text)["cost"] == tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("The fund aims to double global aid to $100 billion.", "VB"),
        ("The club would double its budget to $30 million.", "VB"),
        ("Unemployment rose to double digits, 10.2 percent.", "JJ"),
    ],
    ids=["after 'to'", "after a modal", "'double digits' stays an adjective"],
)
def test_double_after_to_or_a_modal_is_a_verb(text: str, tag: str) -> None:
    assert _tags(text)["double"] == tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Analysts had forecast earnings of 52 percent.", "VBN"),
        ("The bank has forecast that growth will slow.", "VBN"),
        ("The forecast was for growth of 2 percent.", "NN"),
    ],
    ids=["after 'had', before a noun", "before 'that'", "after a determiner stays a noun"],
)
def test_forecast_after_a_form_of_have_is_a_participle(text: str, tag: str) -> None:
    assert _tags(text)["forecast"] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The group began a $2 million ad buy in Ohio.", "buy", "NN"),
        ("She wants a $300 billion tax cut, and more.", "cut", "NN"),
        ("The firm saw its 12 percent margin cut to 9 percent.", "cut", "VB"),
        ("They will buy a $2 million house cut into the hill.", "buy", "VB"),
    ],
    ids=["a sum's 'ad buy'", "a sum's 'tax cut' before a comma", "a verb before 'to' stays", "no sum before: a verb"],
)
def test_a_change_or_buy_after_a_sums_noun_is_a_noun(text: str, word: str, tag: str) -> None:
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("The new bridge has cost taxpayers $80 million.", "VBN"),
        ("The row is thought to have cost the club $2 million.", "VBN"),
        ("The delay had cost them $5 million.", "VBN"),
        ("The cost was $5 million.", "NN"),
    ],
    ids=["'has cost' an object", "'to have cost'", "'had cost' a pronoun", "a determiner's noun stays"],
)
def test_cost_after_a_form_of_have_is_a_participle(text: str, tag: str) -> None:
    assert _tags(text)["cost"] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Two-thirds of renters support the decision to sell.", "support", "VBP"),
        ("Most Greens support sending more troops.", "support", "VBP"),
        ("Young voters favor his plan.", "favor", "VBP"),
        ("Young voters support gun checks.", "support", "VBP"),
        ("Voter support fell in May.", "support", "NN"),
        ("The bill won wide support from voters.", "support", "NN"),
    ],
    ids=["before a determiner", "before a participle", "'favor' before a possessive", "before a noun, no verb yet", "after a singular noun", "after an adjective"],
)
def test_support_after_a_plural_group_is_its_verb(text: str, word: str, tag: str) -> None:
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The budget cut housing aid for the poor by $12 million.", "poor", "NNS"),
        ("Tax breaks for the wealthiest will cost $90 billion.", "wealthiest", "NNS"),
        ("Half of the elderly, about 40 percent, live alone.", "elderly", "NNS"),
        ("The poor harvest cost farmers $3 million.", "poor", "JJ"),
        ("They are the poor relations of the league with $2 million.", "poor", "JJ"),
    ],
    ids=["before a preposition", "a superlative before a modal", "before a comma", "before its noun stays an adjective", "before a plural noun"],
)
def test_an_adjective_for_people_after_the_heads_its_phrase(text: str, word: str, tag: str) -> None:
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("The organic share of fruit-buyers in the first week was 39 percent.", "fruit-buyers", "NNS"),
        ("Among rally-goers, 62 percent backed the plan.", "rally-goers", "NNS"),
        ("The club's ticket-holders were offered $50 refunds.", "ticket-holders", "NNS"),
        ("The fruit-buyers market grew by 5 percent.", "fruit-buyers", "JJ"),
    ],
    ids=["before a time", "before a comma, no lexicon entry", "before a verb", "before its noun stays a modifier"],
)
def test_a_hyphenated_compound_ending_in_a_plural_is_a_plural_noun(text: str, word: str, tag: str) -> None:
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("A region where half of the town's workforce lives below $20 a day.", "lives", "VBZ"),
        ("The 30-second advert ends with a slogan.", "ends", "VBZ"),
        ("If the hourly wage increases again, the firm will cut 5 percent of its staff.", "increases", "VBZ"),
        ("The pension plans in April were worth $5 million.", "plans", "NNS"),
        ("Tax cuts for pensioners worth $5 million", "cuts", "NNS"),
    ],
    ids=["in a relative clause", "the sentence's only clause", "before a comma", "a clause with its own verb keeps its compound",
         "no determiner: a headline's compound"],
)
def test_a_plural_looking_word_after_a_determined_singular_noun_in_a_verbless_clause_is_its_verb(text: str, word: str, tag: str) -> None:
    """Round 23 (head23; head_dense READ "half of the 17-million population lives below ..." read as 'population lives'):
    in a clause with no other finite verb, a plural-looking word the lexicon knows a past form of, after a singular noun
    opened by a determiner and before a preposition or adverb, is that noun's verb."""
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "count", "word", "tag"),
    [
        ("Two teenagers slit the tyres of a parked van.", "Two teenagers", "slit", "VBD"),
        ("Three gunmen shot the guards at dawn.", "Three gunmen", "shot", "VBD"),
        ("The two gunmen shot in the raid were named.", "two gunmen", "shot", "VBN"),
        ("Police say 70 people shot and wounded last year were men.", "70 people", "shot", "VBN"),
        ("The club has 12 players shot stopping drills.", "12 players", "shot", "NN"),
    ],
    ids=["a past form before its object", "after an irregular plural ending in -men", "a participle before a preposition",
         "a participle before 'and'", "no object or preposition after it: a noun"],
)
def test_a_past_form_the_lexicon_reads_as_a_noun_after_a_counted_plural_is_a_verb(text: str, count: str, word: str, tag: str) -> None:
    """Round 26 (head26; a random sample of unlabelled figures read "two teenagers slit the throat" as 'slit'): "shot"
    and "slit" have no "-ed" past the lexicon knows, so after a count that ends in its own plural they are its past verb
    before an object, and its participle before a preposition or "and"."""
    assert {t.text: t.tag for t in parse(text, [(text.index(count), text.index(count) + len(count))]).tokens}[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Maternity pay for new mothers is to rise by 5 percent.", "pay", "NN"),
        ("Overtime pay for nurses was cut by 10 percent.", "pay", "NN"),
        ("Child care help for parents is worth $50 a week.", "help", "NN"),
        ("Staff say pay is up 5 percent.", "say", "VBP"),
        ("Voters pay for the scheme, which is costly.", "pay", "VB"),
        ("His office put out a statement saying the plan is dead.", "put", "VB"),
    ],
    ids=["a compound opening the sentence", "before a passive", "a three-noun compound", "a verb after a bare noun stays",
         "after a plural, the plural's verb", "a past tense written as the base, before its particle"],
)
def test_a_bare_verb_form_ending_the_sentence_s_opening_noun_phrase_is_its_noun(text: str, word: str, tag: str) -> None:
    """ "Maternity pay for new mothers is to rise": a singular noun takes no bare verb form as its verb, so with a finite
    verb later the form after it ends the opening noun phrase (the figure measured "new mothers")."""
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Hispanics, who back the former secretary of state by 9 percent, are key.", "back", "VBP"),
        ("White voters, who favor Clinton by 6 percent, turned out.", "favor", "VBP"),
        ("Officers who fear they could be sued want $5 million.", "fear", "VBP"),
        ("Mr Blair, who last year denied it, paid $5 million.", "last", "JJ"),
        ("Fighters who not only won but paid $5 million left.", "not", "RB"),
        ("Those who still believe it paid $5 million.", "still", "RB"),
    ],
    ids=["'back' read as an adverb", "'favor' read as a noun", "'fear' read as a noun",
         "'last year' stays", "'not' stays", "an adverb before the verb stays"],
)
def test_a_word_right_after_who_that_can_be_a_verb_is_the_relative_clause_s_verb(text: str, word: str, tag: str) -> None:
    """ "who" is never a determiner, so the word after it that the lexicon knows as a verb is the clause's verb: the
    tagger read "who back", "who favor", "who fear" as an adverb or noun, and the figure after took the object as its group."""
    assert _tags(text)[word] == tag


@pytest.mark.parametrize(
    ("text", "figure", "word", "tag"),
    [
        ("By contrast, Democrats controlled the Senate.", None, "controlled", "VBD"),
        ("Acme hired 30 staff and the Department of Labor completed about 2,900 interviews.", "2,900 interviews", "completed", "VBD"),
        ("In May, the Leeds Rovers signed 12 players.", "12 players", "signed", "VBD"),
        ("Kronberg and Dorival clocked 7.62secs.", "7.62secs", "clocked", "VBN"),
        ("Lee said the money raised by Acme was spent.", None, "raised", "VBN"),
    ],
    ids=[
        "a name after a comma, then a determiner",
        "a body's name after 'and', then a figure past a qualifier",
        "a name after an opening phrase's comma, then a figure",
        "names joined by 'and' are one subject: left to the other rules",
        "a participle before 'by' modifies its noun",
    ],
)
def test_an_ed_form_after_a_name_opening_its_clause_is_a_past_tense(text: str, figure: str | None, word: str, tag: str) -> None:
    """The tagger reads a past tense right after a name as a participle ("Democrats controlled" -> VBN); a name
    that opens its clause after a comma or "and" with an object after the verb makes it the clause's past tense."""
    from helpers.syntax import parse

    spans = [(text.index(figure), text.index(figure) + len(figure))] if figure else []
    tags = {t.text: t.tag for t in parse(text, spans).tokens}
    assert tags[word] == tag
