"""Figures in series (helpers.series): "respectively" and a member that leaves its noun out.

Every sentence here is invented."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import series
from helpers.figures import Figure, figures_of
from helpers.segment import segment


def _read(text: str) -> tuple[str, tuple[Figure, ...]]:
    article = segment("Headline\n\n" + text)
    return article.text, figures_of(article)


def _field(text: str, surface: str, field: str) -> str | None:
    body, figures = _read(text)
    figure = [f for f in figures if f.surface == surface][-1]
    value = getattr(figure, field)
    if value is not None:  # offsets point at the words the value came from
        assert body[getattr(figure, f"{field}_start") : getattr(figure, f"{field}_end")] == value
    return value


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # the i-th figure is the i-th name of the coordination before the run
        ("Acme, Bolt and Carter had sales of $40m, $35m and $20m respectively.", "$40m", "Acme"),
        ("Acme, Bolt and Carter had sales of $40m, $35m and $20m respectively.", "$35m", "Bolt"),
        ("Acme, Bolt and Carter had sales of $40m, $35m and $20m respectively.", "$20m", "Carter"),
        ("Acme, Bolt and Carter won 40%, 35% and 20% of the vote respectively.", "35%", "Bolt"),
        ("Both Ann Lee and Tom Roy trailed Max Hart in their own contests, by 5 and 9 percentage points, respectively.", "9 percentage points", "Tom Roy"),
        ("Both Ann Lee and Tom Roy trailed Max Hart in their own contests, by 5 and 9 percentage points, respectively.", "5", "Ann Lee"),
        ("Ann Lee and Tom Roy, 14 and 9 percent respectively.", "9 percent", "Tom Roy"),
        # the run's holders, already names before it, put in the order the sentence writes them
        ("Senator Ann Lee doubles Governor Tom Roy's share of support; 62 percent to 31 percent, respectively.", "62 percent", "Ann Lee"),
        ("Senator Ann Lee doubles Governor Tom Roy's share of support; 62 percent to 31 percent, respectively.", "31 percent", "Tom Roy"),
    ],
)
def test_respectively_maps_names_by_position(text: str, surface: str, holder: str) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "not_holder"),
    [
        # names after a preposition are a source or an object, not the figures' holders
        ("Lee led Roy in polls from Northfield and Westgate Research, by 8 points and 11 points, respectively.", "11", "Westgate Research"),
        ("Lee led Roy in polls from Northfield and Westgate Research, by 8 points and 11 points, respectively.", "8", "Northfield"),
        # names that modify a noun are no holders
        ("The Lee campaign built Facebook and Twitter followings of 4 million and 3 million, respectively.", "4 million", "Facebook"),
    ],
)
def test_respectively_leaves_names_that_hold_nothing(text: str, surface: str, not_holder: str) -> None:
    assert _field(text, surface, "holder") != not_holder


def test_respectively_needs_as_many_names_as_figures() -> None:
    text = "Acme and Bolt had sales of $40m, $35m and $20m respectively."
    _, figures = _read(text)
    with patch("helpers.series.read_series", lambda text, sentences, found: list(found)):
        _, unread = _read(text)
    assert [f.holder for f in figures] == [f.holder for f in unread]  # two names for three figures: the series reading stays out


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a bare number after the verb an earlier member used with a noun counts that noun
        ("Oslo, which has a population of 700,000, had 120 robberies; Bergen had 90; and Tromso, which has 77,000 citizens, had 12.", "12", "robberies"),
        ("Leeds, which has 41 schools, recorded 300 burglaries; York, which has 20 parks, recorded 95.", "95", "burglaries"),
        # not after a form of "be", which names no member's act
        ("The club had 300 members, and its hall, which holds 90 chairs, was 40.", "40", None),
    ],
)
def test_parallel_member_counts_the_first_members_noun(text: str, surface: str, subject: str | None) -> None:
    got = _field(text, surface, "subject")
    if subject is None:
        assert got != "members"
    else:
        assert got == subject


def test_coordinated_names_reads_the_nearest_subject_list() -> None:
    text = "Last year Acme, Bolt and Carter each sold $4m."
    names = series.coordinated_names(text, 0, text.index("$"))
    assert names is not None and [n for n, _, _ in names] == ["Acme", "Bolt", "Carter"]
    assert all(text[s:e] == n for n, s, e in names)
    assert series.coordinated_names("In May, Acme and Bolt sold $4m", 0, 27) is None  # a date opens the list
    assert series.coordinated_names("Polls from Acme and Bolt show 4%", 0, 29) is None
    assert series.coordinated_names("Acme and Bolt profits were 4%", 0, 26) is None


WORDS = st.sampled_from(
    ["respectively", "and", ",", ";", "had", "have", "Acme", "Bolt", "Both", "of the vote", "from", "$4m", "12", "30%", "9 points", "which has", "the", ".", "’s", "Sen."]
)


@given(st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=30).map(" ".join)))
@settings(max_examples=300, deadline=None)
def test_any_text_reads_without_error_and_offsets_hold(text: str) -> None:
    article = segment("Headline\n\n" + (text or "x"))
    with patch.object(series, "read_series", lambda _text, _bounds, found: list(found)):
        before = figures_of(article)
    after = figures_of(article)
    assert [(f.start, f.end) for f in before] == [(f.start, f.end) for f in after]
    for old, new in zip(before, after):  # what the series gives points at its words
        for key in ("holder", "subject"):
            if getattr(new, key) != getattr(old, key):
                assert article.text[getattr(new, f"{key}_start") : getattr(new, f"{key}_end")] == getattr(new, key)
    names = series.coordinated_names(text, 0, len(text))
    assert names is None or all(text[s:e] == n for n, s, e in names)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # a change that measures the very words an earlier figure measures is that figure's holder's
        ("The number of people waiting more than 18 months in Wales has fallen by 9.8%. Statistics showed a decline since October from 785 to 708.", "708", "Wales"),
        ("The number of people waiting more than 18 months in Wales has fallen by 9.8%. Statistics showed a decline since October from 785 to 708.", "785", "Wales"),
        ("Bolt's exports to Spain rose by 4%. That's a 2% increase on 2014.", "2%", "Bolt"),
        # not a figure that changes nothing: a poll's shares of one group are others'
        ("Four in 10 voters see the campaign of Ann Lee as unfair, and a third said that of Tom Roy's campaign.", "a third", None),
        ("The top 1 percent would see an average tax cut of $275,000, compared with $2,700 for those in the middle.", "$2,700", None),
    ],
)
def test_a_change_of_the_same_words_shares_their_holder(text: str, surface: str, holder: str | None) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # a group or things counted in a place are the place's in every figure that goes on counting them
        ("In the Republican primary in Florida, 74 percent of voters were 45 or older. Seventy-eight percent were white, while 16 percent were Latino.", "Seventy-eight percent", "Florida"),
        ("In the Republican primary in Florida, 74 percent of voters were 45 or older. Seventy-eight percent were white, while 16 percent were Latino.", "16 percent", "Florida"),
        ("Portugal have recorded only three wins since 2001, but two of those came against Wales.", "two", "Portugal"),
        ("In Ohio, 367,000 people voted in the Democratic primary. In the Republican primary, 603,000 people voted.", "603,000 people", "Ohio"),
        # not a body's or a person's: shares and counts of one thing are others' as often as theirs
        ("Acme has recorded only three wins since 2001, but two of those came against Bolt.", "two", None),
        # not when a relative clause after the figure names whose it is
        ("Spending in Norway fell to 1.1 percent of gross domestic product, below the 2 percent that NATO members pledged.", "2 percent", None),
        # not when the figure's own sentence names another place before it (that place is read as before)
        ("In Ohio, the expansion covered 400,000 state residents. It mattered in the Indiana race too, where 100,000 residents would be eligible.", "100,000 residents", "Indiana"),
        # not three sentences on, nor in another paragraph
        ("In Ohio, 367,000 people voted on Tuesday. The count was slow. Officials were tired. Later, 603,000 people voted.", "603,000 people", None),
        ("In Ohio, 367,000 people voted on Tuesday.\n\nLater, 603,000 people voted.", "603,000 people", None),
        ("In Florida, 74 percent of voters were over 45. Nationally, 60 percent of voters were.", "60 percent", None),
        ("In Japan, 28 percent of people are over 65. In a typical economy, 15 percent of people would be.", "15 percent", None),
    ],
)
def test_figures_counting_what_a_place_counted_are_the_places(text: str, surface: str, holder: str | None) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # a demonstrative points the measured words back at a figure before: its holder goes on
        ("As a defence, the Rovers had 11 hits on the keeper. Eight of those hits came from the front line.", "Eight", "the Rovers"),
        ("Acme Corp raised about $58 million last year. More than 40 percent of that money arrived in February.", "40 percent", "Acme Corp"),
        ("Acme Corp cut 500 jobs last year. Those 500 jobs were in Ohio.", "500 jobs", "Acme Corp"),
        ("Bolt Ltd hired 300 new drivers in May. Half those drivers are women.", "Half", "Bolt Ltd"),
        # a word for an amount stands for a sum only, not for a count
        ("Acme Corp cut 500 jobs last year. Half of that money went to pensions.", "Half", None),
        # a bare "that" before a figure opens a clause, not a pointer
        ("The Lee survey asked 500 voters in May. A later poll found that 63% of voters backed the ban.", "63%", None),
        # no figure before measured the same words
        ("Acme Corp cut 500 jobs last year. Half of those stores closed.", "Half", None),
        # not from another paragraph
        ("Acme Corp cut 500 jobs last year.\n\nHalf of those jobs were in Ohio.", "Half", None),
        # the nearest figure of those words is the one pointed at, though it has no holder (review31)
        ("Ford sold 100 cars in May. Across the industry, 4,000 cars were sold that month. Half of those cars were electric.",
         "Half", None),
    ],
)
def test_words_a_demonstrative_points_back_with_keep_their_holder(text: str, surface: str, holder: str | None) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # a pair of sides with neither named goes on with the paragraph's last named pair
        ("Lee led Roy 47 percent to 39 percent among all voters. Among women, her edge was wider: 61 percent to 30 percent.", "61 percent", "Lee"),
        ("Lee led Roy 47 percent to 39 percent among all voters. Among women, her edge was wider: 61 percent to 30 percent.", "30 percent", "Roy"),
        ("Lee leads Roy 50% to 40% among Democrats. His lead among younger voters is larger -- 64% to 27%.", "27%", "Roy"),
        # not a change's ends, nor a pair the words before do not tie to the sides
        ("Lee led Roy 47 percent to 39 percent among all voters. Among women, support for the levy rose from 40 percent to 45 percent.", "45 percent", None),
        ("Lee led Roy 47 percent to 39 percent among all voters. The levy was opposed, 55 percent to 40 percent.", "55 percent", None),
    ],
)
def test_unnamed_sides_go_on_with_the_last_named_pair(text: str, surface: str, holder: str | None) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        # a change that 'also' moved goes on in the frame of the change the sentence before reported
        ("The number of pupils in Kent schools has fallen by 4.2%. The number of teachers also fell from 7,600 to 6,900.", "6,900", "Kent schools"),
        ("Acme's sales rose 5% to £40m. Costs also rose, by 3%.", "3%", "Acme"),
        # its own holder stays; no 'also', another paragraph or no change before: nothing
        ("Acme's sales rose 5% to £40m. Bolt's output also fell 3%.", "3%", "Bolt"),
        ("Acme's sales rose 5% to £40m. Costs rose 3%.", "3%", None),
        ("Acme's sales rose 5% to £40m.\n\nCosts also rose 3%.", "3%", None),
        ("Acme has 400 staff. Costs also rose 3%.", "3%", None),
    ],
)
def test_a_change_that_also_moved_shares_the_holder_before(text: str, surface: str, holder: str | None) -> None:
    assert _field(text, surface, "holder") == holder


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # shares listed after a first share of a group, the verb left out, are of that group
        ("In 2012, 54 percent of the electorate was 45 or older, 72 percent white, 13 percent African American and 10 percent Latino.", "13 percent", "electorate"),
        ("In 2012, 54 percent of the voters were women, 30 percent Hispanic and 12 percent Asian American.", "30 percent", "voters"),
        ("In 2012, 54 percent of the voters were women, 30 percent Hispanic and 12 percent Asian American.", "12 percent", "voters"),
        ("Of the staff, 40 percent are women, 25 percent Black and 8 percent Asian.", "25 percent", "staff"),
        ("They found 60 percent of pupils were boys, 20 percent Irish and 20 percent Polish.", "20 percent", "pupils"),
        # a share with its own group keeps it
        ("About 40 percent of voters back Lee, 30 percent of men said they back Roy.", "30 percent", "men"),
    ],
)
def test_gapped_shares_are_of_the_first_shares_group(text: str, surface: str, subject: str) -> None:
    assert _field(text, surface, "subject") == subject


@pytest.mark.parametrize(
    ("text", "surface", "holder", "subject"),
    [
        # a list of labelled figures: the name holds each, the noun is what it measures
        ("The two exceptions are Wyoming (Lee approval 26 percent, Roy support 27 percent) and Idaho.", "26 percent", "Lee", "approval"),
        ("The two exceptions are Wyoming (Lee approval 26 percent, Roy support 27 percent) and Idaho.", "27 percent", "Roy", "support"),
        ("The final tally: Acme revenue £40m, Bolt revenue £35m.", "£35m", "Bolt", "revenue"),
    ],
)
def test_labelled_members_name_holder_and_subject(text: str, surface: str, holder: str, subject: str) -> None:
    assert (_field(text, surface, "holder"), _field(text, surface, "subject")) == (holder, subject)


def test_a_single_label_is_no_list() -> None:
    assert _field("The one exception is Wyoming (Lee approval 26 percent).", "26 percent", "subject") != "approval"


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        # a coordination inside an aside, or a list of things, is not what "respectively" maps onto
        ("Acme and Bolt, which Lee and Roy run, earned $5m and $3m, respectively.", "$3m", "holder", "Bolt"),
        ("Lee and Roy said sales and profits rose 5% and 3%, respectively.", "3%", "holder", None),
        # a name particle needs a word boundary: "Roy also" is no "Roy al"
        ("Ann Lee and Tom Roy alone, 14 and 9 percent respectively.", "9 percent", "holder", "Tom Roy"),
        # a pair of sides goes on only when its own sentence says so
        ("Lee led Roy 47 percent to 39 percent among all voters. She said the levy was opposed 55 percent to 40 percent.", "55 percent", "holder", None),
        # "also" in another clause of the sentence carries nothing to this one
        ("Acme's sales rose 5% to £40m. Costs also rose 3%, while the wider market fell 2%.", "2%", "holder", None),
        # a share with its own group before it keeps it
        ("Of the staff, 40 percent are women, and of the managers, 25 percent.", "25 percent", "subject", "managers"),
        # an aside's count is no model for the bare numbers after it
        ("Oslo had 120 robberies; Bergen had 90; and Tromso, which had 77,000 citizens, had 12.", "12", "subject", "robberies"),
    ],
)
def test_a_series_reading_stays_inside_its_own_structure(text: str, surface: str, field: str, expected: str | None) -> None:
    assert _field(text, surface, field) == expected
