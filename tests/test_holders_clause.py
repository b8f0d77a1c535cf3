"""The clause's agent as the default holder (`helpers.holders.clause_agent`): when no other rule names
a holder, the subject before the verb that the figure completes holds it, unless the verb is one whose
subject does not hold what it takes (resources/holder_verb_classes.yml). Invented sentences."""

from __future__ import annotations

import pytest

from helpers.holders import _not_holding_verbs, clause_agent

from .conftest import holder_of


_holder = holder_of  # the holder of the (last) figure written as `surface`, its offsets pointing at it


def _agent(sentence: str, surface: str, kind: str = "money") -> str | None:
    start = sentence.index(surface)
    found = clause_agent(sentence, 0, len(sentence), start, start + len(surface), kind)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "agent"),
    [
        ("Households face a £500 rise in their energy bills next year.", "£500", "money", "Households"),
        ("In May, the club borrowed £10m from a local bank.", "£10m", "money", "the club"),
        ("Small firms will get 40% of the new fund.", "40%", "percent", "Small firms"),
        ("The ferry operators hold a 5% stake in the harbour.", "5%", "percent", "The ferry operators"),
        ("Look, the landlords control more than 4 percent of the housing in town.", "4 percent", "percent", "the landlords"),
        ("A trade union aligned with the Grain Party accounts for about 40% of the planned spending.", "40%", "percent", "A trade union"),
        ("Our northern rivals, whom we meet in a few days' time, had 70 days together in camp.", "70 days", "duration", "Our northern rivals"),
        ("Filings show that a trio of groups that can take unlimited gifts have spent $2.2 million.", "$2.2 million", "money", "a trio of groups"),
    ],
    ids=["households face", "after an opening phrase", "a plural body", "holds a stake", "a verb read as a noun", "a participle's phrase", "past an aside", "a measure of agents, past a relative"],
)
def test_the_subject_before_the_verb_holds(sentence: str, surface: str, kind: str, agent: str) -> None:
    assert _agent(sentence, surface, kind) == agent


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The ministry estimated 40,000 jobs in the region.", "40,000 jobs", "count"),  # estimating: its maker
        ("The minister said 5,000 people attended the fair.", "5,000 people", "count"),  # the figure opens a clause
        ("The agency reported a $3m shortfall at the port.", "$3m", "money"),  # reporting: a source
        ("The poll gave Labour 39% of the vote.", "39%", "percent"),  # a name between: the verb's other object
        ("They paid him $5m for the house.", "$5m", "money"),  # a pronoun between
        ("They are three of the best players in the league.", "three", "count"),  # what the subject is
        ("The group was linked to most of the 220 incidents.", "220", "count"),  # a passive that holds nothing
        ("A candidate needs 2,383 delegates to win the nomination.", "2,383 delegates", "count"),  # any candidate
        ("Most managers want a £4m budget for the season.", "£4m", "money"),  # no one in particular
        ("The coach made his debut five years ago in Leeds.", "five years", "duration"),  # when, not what
        ("The committee began a four-day visit to the city.", "four-day", "duration"),  # a modifier's size
        ("The players contended with the 10,000 fans outside.", "10,000 fans", "count"),  # an adverbial's figure
        ("The equity benchmark Tarex scaled a high of 40,816.38 on Monday.", "40,816.38", "number"),  # an index is measured
        ("Wages for workers and parents, which hardly rose, have increased by 7 percent the pay of earners.", "7 percent", "percent"),  # a coordination, not a clause
    ],
    ids=["estimated", "said N people did", "reported", "gave Labour", "paid him", "are three", "was linked to", "a generic subject", "a quantifier", "years ago", "hyphened", "with the fans", "an index", "workers and parents"],
)
def test_no_agent(sentence: str, surface: str, kind: str) -> None:
    assert _agent(sentence, surface, kind) is None


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("Radio was a big outlet for trade unions backing local candidates, which reported spending a combined total of $4 million on it.", "$4 million", "trade unions backing local candidates"),
        ("Though the mayor denies it, a pair of charities have in fact reported raising $90,000 for him.", "$90,000", "a pair of charities"),
        ("The grain farmers, who met on Monday, reported spending £2m on seed.", "£2m", "The grain farmers"),
    ],
    ids=["a relative's antecedent", "reported raising, in fact", "reported spending after an aside"],
)
def test_what_a_subject_reports_spending_is_its_own(sentence: str, surface: str, agent: str) -> None:
    """'reported spending/raising' + the figure: the reporter's own act; a relative's antecedent before
    ', which' is the subject of the relative's verb."""
    assert _agent(sentence, surface) == agent


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("He said the club can still close the gap in signed players, which stood at 26 on Monday.", "26"),
        ("The grain farmers reported a £2m loss on seed.", "£2m"),
    ],
    ids=["which stood at: the gap's", "reported a sum: a source"],
)
def test_no_antecedent_or_report(sentence: str, surface: str) -> None:
    assert _agent(sentence, surface) is None


def test_the_verb_classes_are_inflected_from_base_forms() -> None:
    """The blocklist is written as base forms by class; the -s/-ed/-ing forms are made from them."""
    classes = _not_holding_verbs()
    assert classes["estimated"] == classes["estimates"] == classes["estimating"] == "estimating"
    assert classes["tallied"] == "estimating" and classes["logged"] == "measuring" and classes["said"] == "reporting"
    assert "raised" not in classes and "spent" not in classes and "announced" not in classes


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The junior champion clocked 44.93 seconds to finish clear of the field.", "44.93 seconds", "The junior champion"),
        ("The young players can only play 32 matches for club and country.", "32 matches", "The young players"),
        ("Our northern rivals, whom we meet in a few days' time, had 70 days together in camp.", "70 days", "Our northern rivals"),
        ("Filings show that a trio of groups that can take unlimited gifts have spent $2.2 million.", "$2.2 million", "a trio of groups"),
        ("The ministry said the port spent 40% of its budget. Most managers want a £4m budget for the season.", "£4m", None),
    ],
    ids=["a described person", "described people", "past an aside", "a measure of agents", "no one in particular"],
)
def test_the_figure_path_reads_the_clause_agent(text: str, surface: str, holder: str | None) -> None:
    """Each of the first four had no holder before the clause's agent was read (no other rule names
    a description's act)."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("After the Tarn Festival, the tourists ran in five tries in a rout.", "five tries", "the tourists"),
        ("While Karl Benz insists he has no backers, a pair of charities have in fact reported spending $90,000 backing him.", "$90,000", "a pair of charities"),
        ("Karl Benz's largest rally was in May when he drew about 7,000 people to the park.", "7,000 people", "Karl Benz"),
    ],
    ids=["an opening phrase's name", "another clause's name", "a pronoun leaves the nearest name"],
)
def test_the_clause_subject_over_a_nearer_name_outside_its_clause(text: str, surface: str, holder: str) -> None:
    """The nearest name before a figure yields to the figure's own clause's subject written after it
    (a name or a description as written); a pronoun subject does not override it."""
    assert _holder(text, surface) == holder


def test_an_antecedent_inside_a_named_phrase_is_no_subject() -> None:
    """'the Tarn Housing Board in Vantor, which has a backlog of 500 homes': the board's or the place's?
    The relative may be about either, so the place is not taken."""
    sentence = "Ed Lamb, an official at the Tarn Housing Board in Vantor, which has a backlog of more than 500 homes, said so."
    assert _agent(sentence, "500 homes", "count") is None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Karl Olafsson runs a ferry firm. In an interview on Monday, Mr. Olafsson said he did not own the three boats to burnish his image.", "three boats", "Mr. Olafsson"),
        ("Last year the owners sank £10m into the club.", "£10m", "the owners"),
    ],
    ids=["the reported clause's own subject", "after an opening time"],
)
def test_a_subject_after_a_report_or_a_time_opens_its_clause(text: str, surface: str, holder: str) -> None:
    """'said he did not own ...' (no 'that'): the reported clause's subject is its own; 'Last year the
    owners sank £10m': a time before the subject, and the subject's words start at its determiner."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("While rivals have tried niche services, such as Tarn Plus, Vantor has made an enormous bet, spending more than $3 billion on shows.", "$3 billion", "Vantor"),
        ("The council met on Monday, spending $2m on roads.", "$2m", "The council"),
        ("Prices rose sharply, reaching $5 a gallon.", "$5 a gallon", None),
        ("The minister spoke on Monday, adding that 500 jobs would go.", "500 jobs", None),
    ],
    ids=["a participle after its clause", "read as a noun after the comma", "a level's participle", "not past a clause word"],
)
def test_a_participle_after_a_comma_is_its_main_clause_subjects_act(sentence: str, surface: str, agent: str | None) -> None:
    assert _agent(sentence, surface) == agent


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ('"Our northern rivals, whom we meet in a few days\' time, had 70 days together in camp," the coach said.', "70 days", "Our northern rivals"),
        ('Karl Benz chairs the Tarn Post. "They took all those $5 gifts from pensioners," Ms Lind said.', "$5", None),
    ],
    ids=["a description inside a quotation", "a pronoun inside a quotation"],
)
def test_inside_a_quotation_only_a_written_subject(text: str, surface: str, holder: str | None) -> None:
    """Inside a quotation the speaker's 'they'/'he' stands for someone the article's names seldom tell
    (a first version gave 'They took all those $5 donations' to a newspaper); a subject written out holds."""
    assert _holder(text, surface) == holder


def test_a_he_named_as_a_venue_is_no_one() -> None:
    """'He' resolved by the article's names to a venue (a name ending in 'Stadium', 'Park', 'Road')
    holds nothing: the pronoun stands for a person."""
    from helpers.holders import Names, named_agent
    from helpers.meaning import Phrase

    text = "Fans packed James Todd Stadium on Sunday. He threw five touchdowns."
    names = Names(text, [0, text.index("He ")], frozenset({"James", "Todd", "Stadium"}))
    assert names.kind_at(12, 30) == "person"  # the names read the venue as a person
    acting = Phrase("He", text.index("He "), text.index("He ") + 2)
    assert named_agent(acting, names) is None


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Karl Benz is running for mayor. Tarn Action PAC raised about $8 million in support of Benz since he became a candidate.", "$8 million", "Tarn Action PAC"),
        ("Karl Benz is running for mayor. In his best showing to date, Karl Benz achieved 45 percent support among Tarn voters in a new poll.", "45 percent", "Karl Benz"),
        ("Karl Benz is running for mayor. The super PAC replaced more than $300,000 worth of planned Vantor ads.", "$300,000", "The super PAC"),
    ],
    ids=["the agent, not the one it is for", "the candidate, not the group polled", "the agent, not a place in the object"],
)
def test_the_agent_before_the_figure_over_a_holder_after_it(text: str, surface: str, holder: str) -> None:
    """The guideline's order: the agent that has, raises, spends or wins an amount before the recipient
    or place; a holder read after the figure yields to the clause's subject written before it."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("In an interview, she sent more than 50 men a day the same text.", "50 men", None),
        ("The charity gave 200 families a grant.", "200 families", None),
        ("The club signed 12 players this summer.", "12 players", "The club"),
        ("The firm hired 300 people the same week.", "300 people", "The firm"),
    ],
    ids=["sent N men a day a text", "gave N families a grant", "a time after the count", "a time with 'the same'"],
)
def test_a_count_before_a_second_object_is_received(sentence: str, surface: str, agent: str | None) -> None:
    """A count with another object after it is the verb's first object, those who receive: the
    subject does not hold them; a time after the count ('this summer') is no second object."""
    assert _agent(sentence, surface, "count") == agent


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("Travel is costly: A firm he owns has charged the campaign about $3.7 million in fares.", "$3.7 million", "A firm"),
        ("The firm will have paid $5m by May.", "$5m", "The firm"),
    ],
    ids=["a relative with no 'that'", "auxiliaries before the verb"],
)
def test_one_clause_per_verb_group(sentence: str, surface: str, agent: str) -> None:
    """'A firm he owns has charged ...': 'owns' is the relative's own verb, so 'he' is not the subject of
    'has charged'; auxiliaries ('will have paid') stay one group."""
    assert _agent(sentence, surface) == agent


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("A trade group backing the mayor, Fair Streets Alliance, spent $40,000 on leaflets.", "$40,000", "Fair Streets Alliance"),
        ("A union allied with the council, Northern Bus Workers, led the way, spending £2m on posters.", "£2m", "Northern Bus Workers"),
        ("A trade group backing the mayor spent $40,000 on leaflets.", "$40,000", "A trade group"),
        ("Our rivals, whom we meet next week, had 70 days together in camp.", "70 days", "Our rivals"),
    ],
    ids=["a name beside the description", "before a participle's comma", "no name set off", "an aside that is no name"],
)
def test_a_name_set_off_after_a_described_subject(sentence: str, surface: str, agent: str) -> None:
    """'A super PAC backing him, <Name>, led the way, dropping $2.5 million': the name set off between
    commas after a description is the guideline's holder, not the description."""
    kind = "duration" if surface.endswith("days") else "money"
    assert _agent(sentence, surface, kind) == agent


def test_a_name_set_off_after_a_described_participle_run() -> None:
    """A holder read as the description ('A super PAC'), with a participle phrase that says which one and a
    name set off after it: the name (`Names.apposed` looks past the phrase, `described_run`)."""
    text = "Ads are everywhere. A super PAC supporting Karl Benz’s campaign for the Tarn nomination, Tarn Forward PAC, led the way, dropping $2.5 million on such ads."
    assert _holder(text, "$2.5 million") == "Tarn Forward PAC"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ads are everywhere. A trade union aligned with the Grain Party accounts for about 40% of the planned advertising in the county.", "40%", "A trade union"),
        ("The count ended late. Karl Benz took 57 percent of the vote to Ann Lee's 43 percent.", "57 percent", "Karl Benz"),
        ("A poll of 900 voters was out on Monday. The firm said 45 percent of the voters back the plan.", "45 percent", None),
    ],
    ids=["accounts for N% of a thing", "took N% of the vote", "a share reported, no agent"],
)
def test_a_share_that_a_clauses_agent_takes(text: str, surface: str, holder: str | None) -> None:
    """A share ('N% of X') is read as a share of those polled and skipped the clause's agent; when it is
    the object of a verb whose written-out subject acts on it, that subject holds it."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The count ended late. With all the results in, Benz, Lee and Hollis, the three outsiders, took a combined 61 percent of the vote.", "61 percent", "Benz, Lee and Hollis"),
        ("The count ended late. Benz, Lee and Hollis took a combined 61 percent of the vote.", "61 percent", "Benz, Lee and Hollis"),
        ("The count ended late. In Tarn, Benz and Lee took a combined 61 percent of the vote.", "61 percent", "Benz and Lee"),
    ],
    ids=["a list past an opening phrase and an aside", "a list opening the sentence", "an opening place is no part of the list"],
)
def test_a_list_of_names_as_the_subject(text: str, surface: str, holder: str) -> None:
    """Names set off by commas before 'X and Y' are one subject ('Cruz, Trump and Carson took a combined
    61 percent'), each a name the article knows; a name in an opening phrase ('In Tarn,') is not."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "agent"),
    [
        ("The e-College was scrapped last year, having attracted only 900 students at a cost of £50m.", "900 students", "count", "The e-College"),
        ("Tarn Rovers were relegated in May, having spent £20m on new players.", "£20m", "money", "Tarn Rovers"),
        ("The club is top of the table, having won 12 of its 14 games.", "12", "count", "The club"),
        ("Prices were high in May, reaching $5 a gallon.", "$5", "money", None),
    ],
    ids=["after a passive", "after a passive, a name", "after a copula", "a present participle after 'be' stays out"],
)
def test_a_perfect_participle_takes_the_main_clauses_subject(sentence: str, surface: str, kind: str, agent: str | None) -> None:
    """', having attracted 900 students': a perfect participle's subject is the main clause's, whatever
    the main verb ('was scrapped', 'is top'); a hyphened head is read by its last part ('e-College')."""
    assert _agent(sentence, surface, kind) == agent


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("Tarn land records indicate that a firm called Bexco Ltd, owned by Jo Hale, sold the old mill for $510,000 in May.", "$510,000", "Bexco Ltd"),
        ("The club bought the ground for about £2m last year.", "£2m", "The club"),
        ("The striker moved to the club for £2m last year.", "£2m", None),
        ("The firm, run by two brothers, sold its depot for $3m.", "$3m", "The firm"),
    ],
    ids=["a name called, past an aside, selling for a sum", "bought for a sum", "'for' after no sale", "a verb after an aside"],
)
def test_a_sale_for_a_sum(sentence: str, surface: str, agent: str | None) -> None:
    """'sold the car lot for $510,000': the price of a sale is the seller's or buyer's act on the sum
    ('for' opens no adverbial here); 'a company called Sansun USA' is the name; a verb the tagger read as
    a participle right after an aside ('Acme, owned by X, sold') is the noun's finite verb."""
    assert _agent(sentence, surface) == agent


@pytest.mark.parametrize("verb", ["founded", "launched", "sawed"])
def test_a_regular_verb_is_no_irregular_form_of_a_listed_one(verb: str) -> None:
    """'found' (of 'find') is listed as measuring; it made 'founded', so 'Acme founded three charities'
    was no one's. Irregular forms stand as written."""
    from helpers.holders import _not_holding_verbs

    assert verb not in _not_holding_verbs()


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "agent"),
    [
        ("A study of charities that have raised $4m or more shows a rise in gifts.", "$4m", "money", "charities"),
        ("Under the plan, the tenants who would be £420 worse off a year are mostly pensioners.", "£420", "money", "the tenants"),
        ("Only the growers that pocketed $80,000 in grants were audited.", "$80,000", "money", "the growers"),
        ("The museum that cost $30m to build has closed.", "$30m", "money", None),
        ("A candidate who wins 1,237 delegates takes the nomination.", "1,237 delegates", "count", None),
        ("Ms Ray held a rally in Dunmore that drew nearly 4,000 people.", "4,000 people", "count", None),
        ("We are the calm, steady choice who will unite the 60 percent of the party.", "60 percent", "percent", None),
    ],
    ids=["plural after 'of'", "worse off", "determiner", "a thing", "any one", "a place's object", "a bare singular"],
)
def test_a_relative_clause_subject_is_its_antecedent(sentence: str, surface: str, kind: str, agent: str | None) -> None:
    """A figure completing the verb of a relative clause whose 'who'/'that' is its subject is held by the
    antecedent ('super PACs that have raised $1 million', 'the families who would be £630 worse off'),
    wherever that noun phrase stands in the sentence: a person, a body or a name (holders._relative_antecedent);
    not a thing, not 'a'/'any' one, not a place's object, not a bare singular."""
    assert _agent(sentence, surface, kind) == agent


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Analysts looked at the spring figures. A review of charities that have raised $4m or more shows a rise in gifts.", "$4m", "charities"),
        ("Rents will rise in April. Under the plan, the tenants who would be £420 worse off a year are mostly pensioners.", "£420", "the tenants"),
    ],
    ids=["raised", "worse off"],
)
def test_a_relative_clause_subject_holds_the_figure(text: str, surface: str, holder: str) -> None:
    assert _holder(text, surface) == holder


def _framed(sentence: str, surface: str) -> str | None:
    from helpers.holders import framed_agent

    start = sentence.index(surface)
    found = framed_agent(sentence, 0, len(sentence), start, start + len(surface))
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface", "agent"),
    [
        ("Harbour Rowing has signed a kit deal with Velto to clothe its crews for the next three years.", "three years", "Harbour Rowing"),
        ("Ms Orme pledged the grant over 12 years.", "12 years", "Ms Orme"),
        ("The union has frozen its fees for two seasons.", "two seasons", "The union"),
        ("The skaters have met there every week for more than six years.", "six years", "The skaters"),
        ("Rents will fall over the next four years.", "four years", None),
        ("The depot was shut for two years.", "two years", None),
        ("They can claim a first win over the visitors for over 40 years.", "40 years", None),
        ("I have lived in Dunmore for 30 years.", "30 years", None),
    ],
    ids=["agreed a deal", "pledged over", "frozen for", "met for", "a level verb", "a passive", "they", "I"],
)
def test_a_duration_after_for_or_over_is_its_clause_agents(sentence: str, surface: str, agent: str | None) -> None:
    """A duration after 'for', 'over' or 'during' says how long its clause's act goes on: the guideline's
    framing duration takes that clause's holder, the subject of its finite verb when it names people or a body
    (holders.framed_agent); not after a verb of level or change, a passive, 'they' (which body, a guess) or
    'I' (the speaker's, `_first_person`'s)."""
    assert _framed(sentence, surface) == agent


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The season opens in May. Harbour Rowing has signed a kit deal with Velto to clothe its crews for the next three years.", "three years", "Harbour Rowing"),
        ("Ann Orme spoke in Leeds. She began the tour in earnest over the past 12 days.", "12 days", "Ann Orme"),
        ("Delegates arrive on Monday. As the rules committee meets over the next three days in Dunmore, the mood is calm.", "three days", "the rules committee"),
    ],
    ids=["a name", "she, named", "a description as written"],
)
def test_a_framing_duration_takes_its_clauses_holder(text: str, surface: str, holder: str) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Unless there is a clear winner in Ohio, analysts expect that at least two moderate candidates will go on.", "two moderate candidates", None),
        ("Whether or not Leeds wins the bid, some 300 volunteers will be needed.", "300 volunteers", None),
        ("Even if Mr Hale stays on, some 40 staff will leave the firm.", "40 staff", None),
        ("Ahead of the Acme Corp board meeting, shares rose 4 percent.", "4 percent", None),
        ("In the wake of the Zenco scandal, 12 banks have closed.", "12 banks", None),
        ("Unless Ohio changes its rules, Acme Corp will pay $4m in tax.", "$4m", "Acme Corp"),
        ("Unless there is a surprise in New Hampshire, two mainstream candidates will remain.", "two mainstream candidates", None),
    ],
    ids=["unless", "whether", "even if", "ahead of", "in the wake of", "the main clause's own subject still holds",
         "the figure opens the main clause"],
)
def test_a_name_in_a_fronted_frame_holds_none_of_the_main_clauses_figures(text: str, surface: str, holder: str | None) -> None:
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("By contrast, Democrats controlled the Senate and had confirmed 68 nominees by then.", "68 nominees", "Democrats"),
        ("The Home Office screened 6,800 applicants and the Department of Labor completed about 2,900 interviews with them, approving about 2,880 people.",
         "2,880 people", "the Department of Labor"),
    ],
    ids=["a verb after 'and' shares the subject of a past tense read as such", "a participle clause hangs on the nearest clause"],
)
def test_a_past_tense_after_an_opening_name_is_its_clauses_verb(text: str, surface: str, holder: str) -> None:
    """With "controlled", "completed" read as past tenses (`syntax`), the subject they share or the clause a
    participle hangs on is found: the figure is that subject's, not a name in the object ("the Senate")."""
    assert _holder(text, surface) == holder
