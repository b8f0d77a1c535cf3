"""Whose a figure is (`holder`), round 16: sources, poll sides written as descriptions and a sentence's
opening pronoun; table-driven cases from invented sentences, one table per mechanism."""

from __future__ import annotations

import pytest

from helpers.figures import figures_of
from helpers.segment import segment

from .conftest import holder_of


_holder = holder_of  # the holder of the (last) figure written as `surface`, its offsets pointing at it


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Acme Corp also reported that roughly 1,200 orders were never filled.", "1,200 orders", None),
        ("Reporter Tom Hale at Leeds in the North said 2,000 people had turned out.", "2,000 people", None),
        ("Mayor Ann Lee has said about 20 people have shown an interest, but she will not name them.", "20 people", None),
        ("The Acme records found 11 people had been prosecuted for theft.", "11 people", None),
        ("Acme reported 11 new stores in March.", "11 new stores", "Acme"),
        ("Acme records found 11 old files in the vault.", "11 old files", "Acme"),
        ("Mayor Ann Lee has said she will hire 20 people.", "20 people", "Ann Lee"),
    ],
    ids=[
        "a hedge opening the reported clause",
        "a speaker placed before the saying verb",
        "a pronoun past ', but' is no part of the reported clause",
        "a finding without 'that' whose figure opens a clause",
        "a reported thing with no clause after it stays the reporter's",
        "a found thing with no clause after it stays the finder's",
        "a pronoun inside the reported clause keeps the speaker",
    ],
)
def test_a_speaker_or_finder_of_a_reported_clause_is_a_source(text: str, surface: str, holder: str | None) -> None:
    """Sources are not holders: the one who says or finds a clause whose own subject is the figure."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        (
            "Ohio Gov. Tom Roy spoke on Monday. Ann Lee leads the Ohio governor, 46 percent to 41 percent, in the new poll.",
            "41 percent",
            "Tom Roy",
        ),
        (
            "Vermont Sen. Jim Hale and Utah Sen. Bo Cole spoke. Ann Lee beat the senator from Vermont by 9 points (52 percent to 43 percent), and Tom Roy won too.",
            "43 percent",
            "Jim Hale",
        ),
        (
            "Ann Lee beat the senator from Vermont by 9 points (52 percent to 43 percent), and Tom Roy won too.",
            "43 percent",
            "the senator from Vermont",
        ),
        (
            "Ann Lee beat the senator from Vermont by 9 points (52 percent to 43 percent), and Tom Roy won too.",
            "52 percent",
            "Ann Lee",
        ),
    ],
    ids=[
        "the description's place and title as an earlier mention writes them",
        "a place after the role noun, 'the senator from Vermont'",
        "no mention tells: the description, not the other name of the sentence",
        "the first side keeps its holder",
    ],
)
def test_a_poll_side_written_as_a_description(text: str, surface: str, holder: str | None) -> None:
    """A share set against a description ("beat the senator from Vermont") is that person's support."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tom Reed joined the club in May. He went on to win the cup and four other titles.", "four other titles", "Tom Reed"),
        ("Jane Hale joined in May. She later won the final and two more gold medals.", "two more gold medals", "Jane Hale"),
        ("Jane Hale joined in May. She then tried to buy the club and 30 more shops.", "30 more shops", "Jane Hale"),
        ("Tom Reed joined the club in May. He said 30 staff had left.", "30 staff", None),
        ("Tom Reed joined the club in May. He joined the board and hired 40 staff.", "40 staff", None),
        ("Tom Reed joined the club in May. He could have been at the club for four games.", "four games", None),
    ],
    ids=[
        "past 'went on to' and an object before the figure",
        "past an adverb",
        "past 'tried to'",
        "a verb of saying: the figure is what was said",
        "another verb first: which clause, the opening does not tell",
        "'could have been': an auxiliary, no verb of having",
    ],
)
def test_an_opening_pronoun_with_a_verb_of_having_holds_the_figure_it_completes(text: str, surface: str, holder: str | None) -> None:
    """ "He"/"she" opening a sentence, as the subject of a verb of having or winning that the figure completes."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("The poll of 900 voters was taken in May. For Lee, 38% of voters would be scared if she won.", "38%", "Lee"),
        (
            "The poll of 900 voters was taken in May. For Lee, 38% of voters would be scared -- including 62% of Democrats and 17% of Republicans.",
            "17%",
            "Lee",
        ),
        ("The poll of 900 voters was taken in May. For Roy, a former mayor, 33% would be scared.", "33%", "Roy"),
        ("Tom Roy leads the race. Among Roy voters, 74 percent said they are set on voting for the former mayor.", "74 percent", "Roy"),
        ("The poll of 900 voters was taken in May. Among Democrats, 40 percent said they would be scared.", "40 percent", None),
    ],
    ids=[
        "'For Lee,' frames the share",
        "and the shares its dash lists",
        "past an apposition to the name",
        "'Among Roy voters,': the candidate they back",
        "'Among Democrats,' names a group polled, no one",
    ],
)
def test_a_sentence_opening_for_a_person_frames_its_poll_shares(text: str, surface: str, holder: str | None) -> None:
    """A poll share is the holder's support: an opening "For X," sets the shares after it about X."""
    assert _holder(text, surface) == holder


def test_a_framed_name_read_as_the_subject_measures_nothing() -> None:
    """'For Lee, a majority of voters, 56%': Lee holds the share; the carried group is what it measures."""
    article = segment("Headline\n\nThe poll of 900 likely voters was taken in May. For Lee, a majority of likely voters, 56%, have a negative view.")
    figure = [f for f in figures_of(article) if f.surface == "56%"][-1]
    assert figure.holder == "Lee" and figure.subject != "Lee"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ann Lee spoke on Monday. Some 54% of voters have a negative response to her nomination.", "54%", "Ann Lee"),
        (
            "Tom Roy spoke on Monday. Democrats are more likely to be scared by his nomination: 45% of Republicans and 12% of Democrats say so.",
            "12%",
            "Tom Roy",
        ),
        ("Ann Lee spoke on Monday. Lee fares only a bit better: 54% have a negative view, including 21% who are angry.", "54%", "Lee"),
        ("Ann Lee and Tom Roy spoke on Monday. Lee fares better than Roy: 54% have a negative view.", "54%", None),
        ("Ann Lee spoke on Monday. Voters are tired of the race: 54% want it to end.", "54%", None),
    ],
    ids=[
        "a pronoun's nomination in the share's clause",
        "a pronoun's nomination before the colon listing the shares",
        "a candidate faring in the clause before the colon",
        "two people before the colon: which, it does not tell",
        "a clause before the colon about no one",
    ],
)
def test_a_poll_share_of_a_candidacy_or_listed_after_a_candidate_faring(text: str, surface: str, holder: str | None) -> None:
    """A share of opinion about someone's nomination, or listed after a colon about how a candidate fares, is theirs."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ann Lee spoke on Monday. The Acme Index pegged her at $2.9 billion.", "$2.9 billion", "Ann Lee"),
        ("As for Mr. Roy, the Acme Index put his net worth at $45 billion.", "$45 billion", "Mr. Roy"),
        ("Statista estimates LinkedIn's active monthly users at 100 million.", "100 million", "LinkedIn"),
        ("Tom Roy puts his net worth at $10 billion.", "$10 billion", "Tom Roy"),
        ("Wales put the outcome beyond doubt with two superb tries.", "two superb tries", "Wales"),
        ("Shares in Bexco Ltd rose on Monday. The Acme Index values the company at $4 billion.", "$4 billion", "Bexco Ltd"),
        ("Rovers FC lost again. The Acme Index puts the club's worth at $2 billion.", "$2 billion", "Rovers FC"),
        ("Rovers FC lost again. The Acme Index puts the figure at $2 billion.", "$2 billion", None),
    ],
    ids=[
        "the person a valuer pegs",
        "the possessor of what a valuer puts at a figure",
        "a name's possessive object",
        "a person may value their own",
        "'put ... with' is no valuation",
        "a description valued",
        "a description's possessive object",
        "a figure is no description",
    ],
)
def test_a_valuers_figure_is_the_valued_ones(text: str, surface: str, holder: str | None) -> None:
    """Sources are not holders: "Forbes put his net worth at $45 billion" is his, not the valuer's."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("A survey in March found Ann Lee with a lead of 48 percent to 41 percent over Tom Roy.", "41 percent", "Tom Roy"),
        ("A survey in March found Ann Lee with a lead of 48 percent to 41 percent over Tom Roy.", "48 percent", "Ann Lee"),
        ("Tom Roy said Ann Lee's share grew from 41 percent to 48 percent.", "41 percent", "Ann Lee"),
    ],
    ids=["the side set against after 'a lead of'", "the leading side", "a change's two ends are no sides"],
)
def test_a_lead_of_two_shares_sets_two_sides(text: str, surface: str, holder: str | None) -> None:
    """'a lead of 48 percent to 41 percent over X': the second share is X's, as after 'a lead over X,'."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("An Acme Research poll of 1,313 people suggests two-thirds back the plan.", "1,313 people", "Acme Research"),
        ("The Daily Star/Acme News poll ran in May, surveying a random sample of 1,001 adults.", "1,001 adults", "Daily Star/Acme News"),
        ("Lee leads, says a poll of 400 voters released on Friday by Acme Decisions, a research group.", "400 voters", "Acme Decisions"),
        ("Acme Research conducted its poll in May, surveying 1,008 adults nationwide.", "1,008 adults", "Acme Research"),
        ("Lee leads by 5 points in a new Acme poll. The poll of 1,000 likely voters was taken last week.", "1,000 likely voters", "Acme"),
        ("A poll of 900 voters was taken last week.", "900 voters", None),
    ],
    ids=[
        "the pollster qualifying its poll",
        "a joint pollster before 'surveying a sample of'",
        "the pollster the poll is by, after the sample",
        "the pollster who conducted it",
        "'the poll' named in the sentence before",
        "no pollster named: no one",
    ],
)
def test_a_pollster_holds_its_own_sample(text: str, surface: str, holder: str | None) -> None:
    """The guideline: "a pollster holds its own sample" ("YouGov polled ... 1,981 voters")."""
    assert _holder(text, surface) == holder



def test_a_pollster_named_before_stops_at_a_sentences_end() -> None:
    """A name run that crosses a sentence's end ("Institute of Politics. Twenty-four") is cut there."""
    from helpers.holders import _POLLSTER, _whole_words

    text = "Acme Institute of Politics. Twenty-four poll"
    found = _POLLSTER.search(text)
    assert found is not None and _whole_words(text, found).text == "Acme Institute of Politics"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("In a statement, Ohio Gov. Jane Roe said the state allocated more than $26 million last week.", "$26 million", "Ohio"),
        ("Vermont Gov. Tom Roy signed a bill, so products are now exempt from the state's 4 percent sales tax.", "4 percent", "Vermont"),
        ("Ohio Gov. Jane Roe wants her state to be the first in the nation to require a $15 minimum wage.", "$15", "the nation"),
    ],
    ids=[
        "the state of a governor's title",
        "the state's, a possessive description",
        "a governor's state is no nation",
    ],
)
def test_a_place_description_is_the_place_of_a_persons_title(text: str, surface: str, holder: str | None) -> None:
    """The guideline's descriptions resolved to the name the nearby text gives: "the state" after "Ohio Gov. Jane Roe"."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # not the announcer's; the state the sentence names holds its turnout (article_place.local_place, as train's gold
        # judges "Missouri Secretary of State ... announced ... voter turnout ... was a record 39%": Missouri)
        ("Ohio elections chief Ann Lutz announced Monday that the turnout in the primary was a record 42%.", "42%", "Ohio"),
        ("Ann Lutz confirmed that the jobless rate was 6%.", "6%", None),
        ("Bexco announced that it would cut 500 jobs.", "500 jobs", "Bexco"),
        ("Bexco announced 500 new jobs.", "500 new jobs", "Bexco"),
        ("The Daily Courier reported that she had won the 2,000 delegates needed.", "2,000 delegates", None),
    ],
    ids=[
        "announced that, own subject", "confirmed that", "the clause's 'it' is the name", "an act, no clause",
        "a body's 'she' is someone else",
    ],
)
def test_a_name_announcing_a_clause_with_its_own_subject_is_a_source(text: str, surface: str, holder: str | None) -> None:
    """'X announced Wednesday that the voter turnout was a record 39%': a name that announces, reports,
    reveals or confirms a 'that' clause with a subject of its own is a source, as one who 'said' is
    (holders._ANNOUNCED_THAT in named_before); 'announced 500 new jobs' is an act, and a clause whose
    subject is 'it' stands for the name."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Maria Ortega debated Tom Reyes on Monday. An online survey by a cable channel found Maria Ortega the winner of the debate with 52 percent of the vote.", "52 percent", "Maria Ortega"),
        ("Maria Ortega leads the race. A poll by Gallup found Maria Ortega the clear leader with 41 percent.", "41 percent", "Maria Ortega"),
        ("An online survey by a cable channel found that 52 percent of viewers were unhappy.", "52 percent", None),
    ],
    ids=["the winner of a debate", "the leader", "no one named the winner"],
)
def test_the_one_a_finder_names_the_winner_holds_the_score(text: str, surface: str, holder: str | None) -> None:
    """'A survey by a news network found Trump the winner of the debate with 35 percent': the score
    after 'with' is the one named the winner, leader or favourite, not the survey's or its maker's
    (a frame in holders.frame_holder, _WINNER_WITH)."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ann Lee mocked Tom Roy, saying that Roy was worth less than the $4.5 billion estimated by the Acme Index.", "$4.5 billion", "Roy"),
        ("There were 2,000 burglaries last year, as counted by the Metropolitan Police.", "2,000 burglaries", None),
        ("Bexco paid $5m last year, as reported by the Daily Courier.", "$5m", "Bexco"),
    ],
    ids=["an estimate's maker", "a count's counter", "the payer stays"],
)
def test_who_estimated_or_counted_a_figure_after_it_is_a_source(text: str, surface: str, holder: str | None) -> None:
    """'less than the $36.5 billion estimated by Forbes': a name after 'estimated/counted/reported by'
    right after the figure is its source, not its holder (holders.estimated_by); the nearest name
    before it may then hold it."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("As the Daily Courier's Ann Lee documented, more than a dozen governors joined Roy.", "a dozen governors", None),
        ("As Ann Lee wrote, Bexco paid $5m for the site.", "$5m", "Bexco"),
    ],
    ids=["the reporter of the clause", "the clause's own agent"],
)
def test_a_sentence_opening_as_x_reported_names_a_source(text: str, surface: str, holder: str | None) -> None:
    """'As The Post's Abby Phillip documented, more than a dozen governors joined': a name inside an
    opening 'As X reported/documented/wrote,' is the clause's source (holders.as_reported)."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("After the count, Mr Tam Hollis said only a fifth of members had voted against him.", "a fifth", None),
        ("Councillor Ann Brae says one in eight tenants already struggle with rent and that will worsen.", "one in eight", None),
        ("Mayor Ann Lee has said four of her children will attend the dinner.", "four", "Mayor Ann Lee"),
        ("Mayor Ann Lee has said she will hire 20 people.", "20 people", "Ann Lee"),
    ],
    ids=["a pronoun after the figure's own verb", "a number word opening the reported clause", "a pronoun in the figure's own phrase", "a pronoun subject"],
)
def test_a_figure_that_is_the_reported_clauses_subject_is_not_the_speakers(text: str, surface: str, holder: str | None) -> None:
    """When the figure opens the reported clause as its subject, a pronoun later in the clause ('voted
    against him') is no subject that could be the speaker: the speaker is a source. A pronoun inside the
    figure's own phrase ('four of her children') may be, and keeps the speaker."""
    assert _holder(text, surface) == holder


def test_a_valuer_listing_two_who_share_a_surname() -> None:
    """'Forbes lists David and Charles Koch with just under $40 billion each': the names read 'David'
    alone and 'Charles Koch' as a person; the pair sharing the surname is the valued one."""
    text = "The lists disagree. The Acme Index lists Anna and Maria Lindqvist with just under $40 billion each, while others rank them lower."
    assert _holder(text, "$40 billion") == "Anna and Maria Lindqvist"


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tarn County public records suggest the clerk was earning $37,000 a year.", "$37,000 a year", None),
        ("Acme filings show the fund lost $2m in March.", "$2m", "the fund"),
        ("Kim Lau broke two records in May and earned $5,000 in prizes.", "$5,000", "Kim Lau"),
    ],
    ids=["records suggest", "filings show", "records that show nothing are no source"],
)
def test_a_name_qualifying_records_that_show_is_a_source(text: str, surface: str, holder: str | None) -> None:
    """'State public records suggest the teacher was earning $37,000': the name qualifies a source (records,
    filings or documents that show, suggest or find), not the holder of what they show."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Tarn Partners' chief executive, Jo Hale, said the two consulting firms had worked together.", "two consulting firms", None),
        ("Acme Group's CEO, Jo Hale, said the 40 new stores would open in May.", "40 new stores", None),
        ("Acme Group's CEO, Jo Hale, said she would hire 40 people.", "40 people", "Acme Group"),
    ],
    ids=["a role before an aside", "a role in capitals", "a pronoun in the reported clause keeps the name"],
)
def test_a_bodys_speaker_named_in_an_aside_is_a_source(text: str, surface: str, holder: str | None) -> None:
    """'Podesta Group's CEO, Kimberley Fritts, said the two lobbying firms had ...': the body whose role's
    holder speaks is a source of the reported clause, as the speaker is."""
    assert _holder(text, surface) == holder


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Letters came in. To Maria, of Tarnby: when you earned £25 per week, it was worth something.", "£25 per week"),
        ("Voters have a choice. In Tarnland’s two-party system, you only have two real options.", "two-party"),
        ("Letters came in. “To Karl Benz, the four male guards and drivers don’t matter at all.", "four male guards"),
    ],
    ids=["'To <name>,' opening a letter", "'In <name>'s' opening a sentence", "'To <name>,' in a quotation"],
)
def test_a_holder_opening_with_a_capitalized_preposition_names_no_one(text: str, surface: str) -> None:
    """'In America's two-party system', 'To Hillary Clinton, the officials don't matter': a sentence's
    opening preposition read into a name is no holder as written."""
    assert _holder(text, surface) is None
