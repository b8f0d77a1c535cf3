"""What a figure measures when the sentence before could lend it a subject: invented articles read
whole (figures_of over a segmented article), so the carry from an earlier sentence takes part."""

from __future__ import annotations

import pytest

from helpers import meaning
from helpers.figures import figures_of
from helpers.segment import segment


def _subjects(text: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The union called out 400 workers. It is 30 years since the first strike at the plant.", "30 years", None),
        ("The mayor won 20 seats. It's been 10 years since the last election.", "10 years", None),
        ("The mayor won 20 seats. It was 12 years ago.", "12 years", None),
        ("The strike began in May. It lasted six weeks.", "six weeks", "strike"),
    ],
    ids=["it is N years since", "it's been N years since", "it was N years ago", "a lasting 'it' still carries"],
)
def test_an_it_before_a_distance_in_time_names_no_thing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The survey of 1,500 adults found that 52% backed the scheme.", "52%", "adults"),
        ("A poll of 900 voters showed 41% opposed it.", "41%", "voters"),
        ("The survey of 1,500 adults found that 52% backed the scheme, while 30% opposed it.", "30%", "adults"),
        ("The study found that 40% of firms had cut jobs.", "40%", "firms"),
    ],
    ids=["after 'found that'", "after 'showed' with no 'that'", "the share after it still carries", "a share's own group stays"],
)
def test_a_share_opening_the_clause_a_verb_of_finding_reports_is_a_share_of_the_sample(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "For the past 30 years, pension protections have been weakened, the minister added, noting that 70 percent of workers had a pension in 1980.",
            "30 years",
            "pension protections",
        ),
        ("In the past four years, we have added 900,000 jobs.", "four years", "jobs"),
    ],
    ids=["past a speaker's words", "a clause's own verb 'added' is no turn"],
)
def test_a_frame_takes_no_figure_past_a_speakers_words(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("About 40,000 Texans have already voted, roughly 22,000 of them Democrats.", "22,000", "Texans"),
        ("The firm employs 6,000 people, 2,500 of them in Wales.", "2,500", "people"),
        ("The party also has seven delegates, three of whom have pledged support to Smith.", "three", "delegates"),
        ("She won 12 titles from 14 finals - four of them majors - last year.", "four", "titles"),
        ("Nearly a third of those with jobs live in poverty.", "a third", "those"),
    ],
    ids=["'of them' before a noun", "'of them' before a place", "'of whom'", "the count a 'from' phrase hangs on", "'those' with words after stays"],
)
def test_n_of_them_or_whom_counts_the_plural_counted_before(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Among 500 teachers, 60% said they would strike.", "60%", "teachers"),
        ("Of its 1,000 members, 45% backed the plan.", "45%", "members"),
    ],
    ids=["'Among' a count", "'Of' a count"],
)
def test_a_share_after_an_opening_among_or_of_a_count_is_a_share_of_the_counted_group(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_bare_number_opening_a_clause_after_an_opening_of_a_count_counts_the_group() -> None:
    text = "Of its 5,000 registered voters, according to data from the county office, 2,100 are Democrats."
    assert _subjects(text)["2,100"] == "registered voters"


def test_an_opening_group_may_follow_a_colon_and_a_quote() -> None:
    text = "The paper reports a few facts: “Of its 5,000 registered voters, according to data from the county office, 2,100 are Democrats.”"
    assert _subjects(text)["2,100"] == "registered voters"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The treaty asks members to reduce greenhouse gas emissions 80 percent from 1990 levels.", "80 percent", "greenhouse gas emissions"),
        ("The new levy would cut carbon emissions 30 percent within a decade.", "30 percent", "carbon emissions"),
        ("The club will raise ticket prices 5 percent next season.", "5 percent", "ticket prices"),
        ("The pact aims to reduce farm emissions 26 percent to 28 percent by 2030.", "28 percent", "farm emissions"),
        ("The board backed the plans 60 percent to 40 percent.", "60 percent", None),
    ],
    ids=["reduce X N percent", "cut X N percent", "raise X N percent", "the second of a pair", "no change verb: no object measured"],
)
def test_a_change_verbs_object_run_into_its_change_is_what_changed(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The party is planning £3bn cuts in public services.", "£3bn", "cuts"),
        ("This latest increase of 30p an hour will hurt.", "30p an hour", "latest increase"),
        ("The party promised £3bn tax cuts.", "£3bn", "tax"),
        ("The richest would face an average tax increase of $60,000.", "$60,000", "average tax"),
        ("The campaign began a $3 million ad buy in Ohio.", "$3 million", "ad buy"),
        ("The plan needs a 4% tax increase on the rich.", "4%", "tax"),
    ],
    ids=["a sum before a bare 'cuts'", "a bare 'increase of' a sum", "a noun before the change: what changes", "the same after 'of'", "'ad buy'", "a share keeps what changed"],
)
def test_a_sum_measures_the_change_it_sizes(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Turnout for voters under the age of 25 fell about 30 percent from the last vote.", "30 percent", "Turnout for voters"),
        ("Sales of flats over 2,000 square feet rose 6 percent last year.", "6 percent", "Sales of flats"),
        ("Rents for homes above $500,000 climbed 3 percent.", "3 percent", "Rents for homes"),
        ("Prices rose over 5 percent.", "5 percent", "Prices"),
    ],
    ids=["'under the age of N'", "'over N square feet'", "'above' a sum", "'over' before the change itself stays"],
)
def test_a_bound_on_the_subjects_noun_is_inside_the_subject(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Among Labour members, the poll found 51 percent of party activists backed Ms Hale and 38 percent favoured Mr Roy.", "38 percent", "party activists"),
        ("Among women, 45 percent of those polled backed Ms Hale and 42 percent favoured Mr Roy.", "42 percent", "women"),
        ("Among young voters, 45 percent of the vote went to Ms Hale, while 42 percent backed Mr Roy.", "42 percent", "young voters"),
        ("Among pensioners, 60 percent backed Ms Hale and 30 percent favoured Mr Roy.", "30 percent", "pensioners"),
    ],
    ids=["the earlier share's own group", "'of those' is no group of its own", "a vote share is no group of people", "no earlier group: the opening's"],
)
def test_a_share_after_a_share_with_its_own_group_takes_that_group_over_the_opening_among(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The charity poured £2m into flood defences last year.", "£2m", "flood defences"),
        ("The firm has invested $40 million in a new bottling plant.", "$40 million", "new bottling plant"),
        ("The club hopes to raise £8m ($10m) from its share sale.", "£8m", "share sale"),
        ("The club hopes to raise £8m ($10m) from its share sale.", "$10m", "share sale"),
        ("Donors poured $3 million into Forward Ohio PAC.", "$3 million", None),
        ("The firm earned $40 million in the quarter.", "$40 million", None),
    ],
    ids=["'into' a thing", "'invested in' a thing", "past a sum restated in brackets", "the restated sum", "'into' a named body: a recipient", "'in' a period: no thing"],
)
def test_what_a_sum_is_put_into_or_raised_from_is_what_it_measures(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The academy was charging students more than £9,000.", "£9,000", None),
        ("The scheme would save the poorest councils about £3bn (€3.5bn) in repayments.", "£3bn", "repayments"),
        ("The deal leaves the club about £2m short of its target.", "£2m", None),
        ("She started her business with £40,000 borrowed from a bank.", "£40,000", "business"),
        ("The firm paid the council £5m for the land.", "£5m", "land"),
    ],
    ids=["people charged", "bodies saved, past a restated sum", "a body left short", "not right before the sum: left as it was", "a named purpose still counts"],
)
def test_people_or_bodies_a_sum_goes_to_or_leaves_are_no_measured_thing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The charity took in £5m in donations, but it spent £3m by June.", "£3m", None),
        ("The firm made $3m in profit and paid $1m to shareholders.", "$1m", None),
        ("The party raised £5m in donations in May and £3m in June.", "£3m", "donations"),
        ("Sales were $5m in 2010 and rose to $7m.", "$7m", "Sales"),
    ],
    ids=["'but it spent'", "'and paid'", "no verb of its own: carried", "a change verb: carried"],
)
def test_a_sum_on_a_money_verb_of_its_own_takes_no_earlier_sums_thing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ('The average wage had "risen by 12% in real terms", the minister said.', "12%", "average wage"),
        ("The average wage had “risen by 12% in real terms” since 2001.", "12%", "average wage"),
        ('The campaign was trumpeting "the longest run of growth for 50 years".', "50 years", None),
    ],
    ids=["straight quotes inside the verb group", "curly quotes", "a quotation opening a noun phrase is left alone"],
)
def test_a_quotation_mark_inside_the_verb_group_does_not_hide_the_subject(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("His support fell by that same margin down to 41 percent.", "41 percent", "support"),
        ("Turnout dropped by a wide margin to 52 percent.", "52 percent", "Turnout"),
        ("The firm cut its workforce by a third to 900.", "900", "workforce"),
    ],
    ids=["'by that same margin'", "'by a wide margin'", "an object before 'by' stays"],
)
def test_a_margin_after_by_is_the_changes_size_not_an_object(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Students gave 20 percent of all donations to the fund, compared with just 2 percent in 2010.", "2 percent", "donations to the fund"),
        ("Students gave a fifth of all donations to the fund, compared with 2 percent in 2010.", "2 percent", "donations to the fund"),
        ("Half of the staff are women, compared with 30 percent in 2000.", "30 percent", None),
    ],
    ids=["past 'just'", "a fraction's base written as a share", "a finite verb between: no base"],
)
def test_a_comparison_base_past_just_or_after_a_fraction_measures_what_the_earlier_share_does(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The outbreak is estimated to have cost the county up to £3bn.", "£3bn", "outbreak"),
        ("The lawsuit has cost me over $200,000.", "$200,000", "lawsuit"),
    ],
    ids=["'to have cost'", "'has cost' a pronoun"],
)
def test_what_has_cost_a_sum_is_what_it_measures(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The campaign was on the radio, to the tune of $2 million, before its rival was.", "$2 million", None),
        ("The council funds the theatre to the tune of £3m a year.", "£3m a year", None),
        ("The council agreed a budget of £3m.", "£3m", "budget"),
    ],
    ids=["'to the tune of' after a comma", "after an object", "an 'of' measure still counts"],
)
def test_to_the_tune_of_names_no_measured_thing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll found 60 percent of older voters back Lee. Among students the gap is wider - 70 percent back Roy.", "70 percent", "students"),
        ("A poll found 60 percent of older voters back Lee. Among students, 70 percent back Roy.", "70 percent", "students"),
        ("A poll found 60 percent of older voters back Lee. Among the reasons given was a 5 percent tax.", "5 percent", "tax"),
    ],
    ids=["no comma after the group", "with a comma, as before", "'Among the reasons ... was': no clause subject after the group"],
)
def test_an_opening_among_group_needs_no_comma_before_the_clauses_subject(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A survey of 900 adults found wide support. 60% of young women and 55% of young men back the plan. Later, 40% said they would pay more.", "40%", "adults"),
        ("A poll found 60% of voters back Lee. Some 40% of Greens and 30% of Liberals agree. Another 20% say they are unsure.", "20%", "voters"),
        ("A poll found 60% of voters back Lee, and 45% of voters back Roy. Another 20% say they are unsure.", "20%", "voters"),
        ("A survey found 60% of young women and 55% of young men back the plan.", "55%", "young men"),
    ],
    ids=["the sample before the contrast", "the group before the contrast", "one group named twice still carries", "each part keeps its own group"],
)
def test_shares_of_parts_set_against_each_other_lend_later_shares_no_group(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Lee leads Roy 46 percent to 44 percent among registered voters.", "46 percent", "registered voters"),
        ("The mayor leads 50% to 40% among registered Greens in the city, a poll found.", "40%", "registered Greens"),
        (
            "Lee leads Roy 50% to 40% among registered Greens in the city, a poll found. His lead among new voters who say they will turn out is wider - 64% to 27%.",
            "64%",
            "new voters",
        ),
        ("Lee leads Roy 50% to 40% among registered Greens. Roy is at 30%.", "30%", "registered Greens"),
    ],
    ids=["a participle opens the group", "a capitalized group", "the sentence's own group before the share, not the one before", "no own group: the share before"],
)
def test_a_group_after_among_names_the_share_it_is_of(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Lee leads Roy, 46%-44%, among likely voters.", "46%", "likely voters"),
        ("Lee leads Roy 46%-44% among likely voters in the city.", "46%", "likely voters"),
        ("Lee leads Roy, 46%-44%, among likely voters.", "44%", "likely voters"),
        ("Lee leads Roy, 46%-44%, a poll found.", "46%", None),
    ],
    ids=["the pair's first figure", "with no commas", "the second, as before", "no group after: none"],
)
def test_a_pair_written_with_a_hyphen_takes_the_among_group_after_it(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("On defence there is a split: a 60% majority of Greens support sending troops; a 45% plurality of Liberals oppose it.", "60%", "Greens"),
        ("On defence there is a split: a 60% majority of Greens support sending troops; a 45% plurality of Liberals oppose it.", "45%", "Liberals"),
        ("A 55 percent majority of young voters backed the change.", "55 percent", "young voters"),
        ("The party won a 60% majority in the house.", "60%", "majority"),
    ],
    ids=["a majority of a group", "a plurality", "a group with a modifier", "no 'of' group: the majority itself"],
)
def test_a_share_sizing_a_majority_of_a_group_is_a_share_of_the_group(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll found 81 percent of renters back the plan. Among women, the figure is 75 percent.", "75 percent", "women"),
        ("A poll found 81 percent of renters back the plan. Among women, the share is 75 percent.", "75 percent", "women"),
        ("A poll found 81 percent of renters back the plan. Among women, the jobless rate is 7 percent.", "7 percent", "jobless rate"),
    ],
    ids=["'the figure'", "'the share'", "a measure that names its thing stays"],
)
def test_a_bare_measure_word_after_an_opening_among_is_the_groups_share(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A survey of 900 adults was taken. It found that 63% supported a ban compared with 24% against.", "24%", "adults"),
        ("A survey of 900 adults was taken. In the survey, 47% said they supported the reform, with 26% against.", "26%", "adults"),
        ("A survey of 900 adults was taken. It found 40% of women back the reform, with 26% opposed.", "26%", "women"),
        ("A survey of 900 adults was taken. It found that 63% supported a ban against smoking.", "63%", "adults"),
    ],
    ids=["'compared with N% against'", "'with N% against'", "'N% opposed' after a share of its own group", "'against' opening a phrase: as before"],
)
def test_a_share_against_is_of_the_polls_group_not_what_the_share_before_backed(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The top 1 percent paid 25 percent of all taxes, and the top 10 percent paid 69 percent of all taxes.", "10 percent", None),
        ("Most new income is going to the top 1 percent.", "1 percent", None),
        ("The pay of the richest 1 percent grew 20 percent in five years.", "1 percent", None),
        ("The poorest 20% of society pay more than the richest 20%.", "20%", "society"),
        ("The top 1 percent of earners paid 25 percent of all taxes.", "1 percent", "earners"),
        ("The bill sets a 15 percent rate, far below the top 30 percent rate.", "30 percent", "rate"),
    ],
    ids=["a rank group in a second clause", "what goes to a rank group", "a rank group after 'of'", "a rank group's 'of' group carries", "its own 'of' group", "a rank that sizes a noun"],
)
def test_a_group_named_by_its_rank_is_no_share_of_a_thing_named_before(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll found 40% of young voters back Lee. Men under 35 support Lee by 4 percentage points. Women back him by almost 20 points. On defence, 47% say the army should grow.", "47%", "young voters"),
        ("A poll found 40% of young voters back Lee. Men under 35 support Lee by 4 percentage points.", "4 percentage points", "Men"),
    ],
    ids=["a margin's group is not carried", "the margin keeps its own group"],
)
def test_a_margin_in_points_lends_later_shares_no_group(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Lee had a net rating of -11 points (40 percent to 51 percent) and Roy is far below at -30 points (30 percent to 60 percent).", "30 percent to 60 percent", None),
        ("Approval of Roy, while still a net negative 6 points (37 percent to 43 percent), has risen.", "37 percent to 43 percent", None),
        ("The firm's profit margins (around 4 percent) are thin.", "4 percent", "profit margins"),
    ],
    ids=["after a margin in points", "after 'net negative N points'", "a bracket after a noun still restates it"],
)
def test_shares_in_brackets_after_a_margin_in_points_are_no_points(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The reasons for the veto do not hold. They are 100 percent wrong, said the widow.", "100 percent", None),
        ("Show me somebody from the media who is 100 percent accurate in everything.", "100 percent", None),
        ("The firm gave a 100% guarantee on the work.", "100%", "guarantee on the work"),
        ("Turnout was 100 percent higher than in 2008.", "100 percent", "Turnout"),
    ],
    ids=["'100 percent wrong'", "'100 percent accurate' in a relative clause", "before a noun it sizes: as before", "a comparative: a change, as before"],
)
def test_a_hundred_percent_before_an_adjective_is_a_degree_with_no_thing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Acme's sales rose 5% to $2bn last year. Of that, $1.2bn came from exports.", "$1.2bn", "sales"),
        ("She is proposing $275 billion in federal road spending. That is less than 10 percent of what engineers say is needed.", "10 percent", "federal road spending"),
        ("The minister announced an extra £419m for school buildings. That's a 5.5% increase on last year.", "5.5%", "school buildings"),
        ("The fund paid out $3m in grants in May. Another $2m went out in June.", "$2m", "grants"),
        ("The firm's debt stood at $4bn in June. The rest, $1bn, is owed to banks.", "$1bn", "debt"),
        ("More than half of primary voters backed Lee. Nearly 10 percent of them voted for Roy.", "10 percent", "primary voters"),
        ("Only 3,000 people voted on Saturday. That's down 16 percent from the last race.", "16 percent", "people"),
        ("The board spent $2m on legal fees. That is a firm that charges $900 an hour.", "$900 an hour", "firm"),
        ("It was the party's biggest gift of fees last year - he has given more than £10m since 1999.", "£10m", None),
        ("Turnout was 60%. Some 27 percent of those who voted said they were undecided.", "27 percent", "those"),
        ("The club spent £20m on players. Rovers want £6m for the midfielder.", "£6m", None),
    ],
    ids=[
        "an opening 'Of that'", "an opening 'That is'", "'That's' before a change", "'another' of the same kind", "'The rest' as its subject",
        "'N of them'", "'That's down N percent'", "a figure with a noun of its own keeps it", "no carry past a dash into another clause",
        "'of those who' is a group of its own", "no signal, no carry",
    ],
)
def test_a_figure_with_no_subject_of_its_own_takes_the_one_its_sentence_continues(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("In 2008, the Acme Foundation gave $50,000 in gifts. In 2010, it gave $100,000.", "$100,000", "gifts"),
        ("Lee has spent $7 million on radio ads since June. Roy has only spent about $2 million.", "$2 million", "radio ads"),
        ("Lee has spent $7 million on radio ads since June. Roy raised about $2 million.", "$2 million", None),
        ("Lee has spent $7 million on radio ads since June. At the record $2 million, the house sold fast.", "$2 million", None),
    ],
    ids=["the same giving verb again", "the same spending verb past a qualifier", "another verb: no carry", "no verb before the figure"],
)
def test_a_sum_measured_only_by_the_verb_of_the_sum_before_takes_its_subject(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The charity received as much as $26.4 million in previously undisclosed payments from firms.", "$26.4 million", "undisclosed payments"),
        ("The fund lost $2m in largely foreign bonds.", "$2m", "foreign bonds"),
        ("The firm pays $20 an hour in heavily unionized plants.", "$20 an hour", None),
        ("The coach criticised his 3000 euros (£2,060) punishment.", "3000 euros", "punishment"),
        ("The coach criticised his 3000 euros (£2,060) punishment.", "£2,060", "punishment"),
        ("The firm lost $5m (£4m) worth of stock.", "$5m", "stock"),
        ("The firm lost $5m (£4m) worth of stock.", "£4m", "stock"),
        ("She paid $50 (£40) to the man.", "$50", None),
    ],
    ids=[
        "an adverb before the noun after 'in'", "another adverb", "a rate's 'in' names where it is paid", "a sum and its bracketed restatement modify the noun",
        "the restated sum too", "'worth of' past the restated sum", "the restated sum's 'worth of'", "no noun after the bracket",
    ],
)
def test_the_money_noun_right_after_a_sum_is_what_it_measures(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("In Ohio, 367,000 people voted in the Democratic primary, a 30% decline from the last primary.", "30%", "people"),
        ("A poll of 900 registered voters was taken. Seventy-two percent now believe he could win, a 21 percentage point increase from May.", "21 percentage point", "registered voters"),
        ("He said 400 jobs would go at the plant, a 10% cut.", "10%", "cut"),
        ("Sales grew and the firm hired 300 staff, a 10% increase on 2014.", "10%", "staff"),
    ],
    ids=["a count opening its clause", "a share opening its clause, its group carried", "a count after 'said' opens no clause of its own here", "a count after its verb, no finite verb between, as before"],
)
def test_a_change_set_off_at_the_clause_end_restates_the_count_or_share_that_opens_it(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Acme lists the owner's wealth at $6 billion. Zeta pegged him at $2.9 billion.", "$2.9 billion", "wealth"),
        ("The agency put the bridge's cost at $40m. A rival firm puts it at about $35m.", "$35m", "cost"),
        ("Acme lists the owner's wealth at $6 billion. Zeta met him at 9am and paid $200.", "$200", None),
    ],
    ids=["a person valued at a sum", "a thing valued at a sum past a qualifier", "no valuation frame"],
)
def test_a_pronoun_valued_at_a_sum_takes_the_measure_the_sentence_before_gave(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The number of people waiting for surgery has fallen by 9.8%. Figures to the end of May showed a decline from 785 to 708.", "785", "number of people"),
        ("The number of people waiting for surgery has fallen by 9.8%. Figures to the end of May showed a decline from 785 to 708.", "708", "number of people"),
        ("Ticket sales rose 4% to £50m last year. Of that, £2m came from abroad.", "£2m", "Ticket sales"),
        ("Acme Corp rose 4% to £50m last year. Of that, £2m came from abroad.", "£2m", None),
        ("The number of people waiting for surgery was 900. Figures showed a decline from 785 to 708.", "785", "decline"),
    ],
    ids=["a bare change noun restates the change before", "its other end", "a common noun opening its sentence carries", "a name carries no subject", "no change reported before: the noun stays"],
)
def test_a_bare_change_noun_restates_the_change_the_sentence_before_reported(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("For electric cars to be cheaper, oil would have to cost $350 a barrel. Last year, it averaged $50.", "$50", "oil"),
        ("The firm's debt rose to $3bn. Last year, it was a loss of $2m.", "$2m", "loss"),
        ("For electric cars to be cheaper, oil would have to cost $350 a barrel. Last year, the firm paid $50.", "$50", None),
    ],
    ids=["a time, then 'it' with a verb of level", "a noun of its own stays", "no 'it': no carry"],
)
def test_an_it_after_an_opening_time_measures_what_the_sentence_before_did(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Almost a quarter (21%) of those polled said he should return. One in four said he should wait while 39% opposed it.", "a quarter", "those polled"),
        ("Almost a quarter (21%) of those polled said he should return. One in four said he should wait while 39% opposed it.", "21%", "those polled"),
        ("Almost a quarter (21%) of those polled said he should return. One in four said he should wait while 39% opposed it.", "39%", "those polled"),
        ("About a third (33%) of the 2,000 adults asked backed the plan.", "a third", "adults"),
    ],
    ids=["a fraction before its share in brackets", "the share in brackets", "a later share carries the group", "a counted group after the bracket"],
)
def test_a_share_restated_in_brackets_before_of_is_a_share_of_the_group_after(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll of 1,000 likely voters was taken. For Lee, a majority of likely voters, 56%, have a negative response.", "56%", "likely voters"),
        ("A poll of 1,000 likely voters was taken. For Roy, 33% would be scared.", "33%", "likely voters"),
        ("A poll of 1,000 likely voters was taken. Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.", "15%", "likely voters"),
        ("A poll of 1,000 likely voters was taken. Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.", "24%", "likely voters"),
        ("The town has two taxes. The tax rate: 20% on goods.", "20%", "tax rate"),
    ],
    ids=["a share restating 'a majority of X,'", "'For <name>,' names no group asked", "a colon's list of shares after a share",
         "its second part", "no share before the colon: the noun stays"],
)
def test_shares_listed_or_restated_after_a_poll_share_are_of_the_polls_group(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The city's budget is $5bn. About 60% goes to schools.", "60%", "budget"),
        ("The charity raised £4m last year in donations. About £1m came from one family.", "£4m", "donations"),
        ("The charity raised £4m last year in donations. About £1m came from one family.", "£1m", "donations"),
        ("The club earned £5m this season in the league.", "£5m", None),
        ("Clinton won 55% of the vote in the state. The other 45% went to Sanders.", "45%", "vote"),
        ("The city's budget is $5bn. About 60% of voters back the mayor.", "60%", "voters"),
    ],
    ids=["a share that goes to something after a sum", "a time between a sum and its noun", "a sum that came from somewhere after a sum",
         "'in the' after the time names a place", "a share after a share keeps its reading", "a share with its own group"],
)
def test_a_part_shared_out_of_the_sum_before_and_a_sum_past_its_time(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("They have spent nearly $80,000 combined on mailers and T-shirts to support Lee.", "$80,000", "mailers and T-shirts"),
        ("The two firms paid $5m apiece in fines.", "$5m", "fines"),
        ("The two firms paid $5m apiece to the city.", "$5m", None),
    ],
    ids=["'combined' before 'on'", "'apiece' before 'in'", "a recipient after the adverb names nothing measured"],
)
def test_an_adverb_between_a_sum_and_its_noun_is_passed_over(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The deficit last year was equal to 2.5 percent of gross domestic product. It is expected to rise to 2.9 percent this year.", "2.9 percent", "gross domestic product"),
        ("The jobless rate fell to 5 percent in May. It is expected to rise to 5.5 percent.", "5.5 percent", "jobless rate"),
    ],
    ids=["'it' after a share of a whole: the same whole", "'it' after a level: the topic as before"],
)
def test_an_it_share_after_a_share_of_a_whole_is_of_the_same_whole(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Donors gave $3m in gifts in May and $2m in June. The total is $5m.", "$5m", "gifts"),
        ("Donors gave $3m in gifts in May. The total cost of the hall is $5m.", "$5m", "total cost of the hall"),
    ],
    ids=["'The total is' restates the sums before", "a total of a named thing keeps it"],
)
def test_an_opening_the_total_or_the_figure_restates_what_the_sentence_before_measured(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll of 800 likely voters was released on Monday. The response to Lee's plan was an even split: 46% with a positive reaction and 46% a negative one.", "46%", "likely voters"),
        ("A poll of 800 likely voters was released on Monday. There is no divide among students: 89% of young women back the plan.", "89%", "young women"),
    ],
    ids=["an even split names no measured thing", "a share with its own group keeps it"],
)
def test_a_split_before_a_colon_lends_its_shares_the_polls_group(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The survey of 1,000 respondents was taken last week. Among Democratic candidates, 56 percent would vote for Clinton.", "56 percent", "respondents"),
        ("The survey of 1,000 respondents was taken last week. Among Democratic candidates, 56 percent would vote for Clinton. Thirty-seven percent would vote for Sanders.", "Thirty-seven percent", "respondents"),
        ("The survey of 1,000 respondents was taken last week. Among Democratic voters, 56 percent would vote for Clinton.", "56 percent", "Democratic voters"),
    ],
    ids=["'Among <candidates>,' names the choices", "a later share carries the poll's group", "'Among <voters>,' is the group"],
)
def test_an_opening_among_the_candidates_names_no_group_asked(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Opinion among older Americans is split. On social issues, young voters tend to hold liberal views: 53% describe themselves as liberal; 26% say they are conservative.", "53%", "young voters"),
        ("Opinion among older Americans is split. On social issues, young voters tend to hold liberal views: 53% describe themselves as liberal; 26% say they are conservative.", "26%", "young voters"),
        ("Opinion among older Americans is split. The rising generation tends to hold liberal views: 53% describe themselves as liberal.", "53%", "generation"),
        ("Opinion among older Americans is split. The plan had one clear flaw: 40% said it cost too much.", "40%", "older Americans"),
    ],
    ids=["people before the colon", "the share after a semicolon carries them", "a collective before the colon", "a thing before the colon: the poll's group as before"],
)
def test_a_share_opening_the_clause_after_a_colon_is_of_the_people_the_clause_before_is_about(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The rising generation tends to hold liberal views: 53% describe themselves as liberal. That's in contrast to other concerns. On foreign policy, the divide is much closer: 37% liberal to 32% conservative.", "37%", "generation"),
        ("The rising generation tends to hold liberal views: 53% describe themselves as liberal. That's in contrast to other concerns. On foreign policy, the gap is much closer: 37% liberal to 32% conservative.", "37%", None),
    ],
    ids=["shares after 'the divide is ...:' are the poll's", "another noun before the colon: no carry"],
)
def test_shares_listed_after_a_divide_carry_the_polls_group(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The poll showed Clinton leading among likely voters, 46 percent to 44 percent. A survey in March found her with a lead of 48 percent to 41 percent over Sanders.", "48 percent", "likely voters"),
        ("The poll showed Clinton leading among likely voters, 46 percent to 44 percent. A survey in March found her with a lead of 48 percent to 41 percent over Sanders.", "41 percent", "likely voters"),
        ("The poll showed Clinton leading among likely voters. She has a lead of 7 percent.", "7 percent", "lead"),
    ],
    ids=["a lead between two shares: the first is the poll's", "and the second", "a lead of one figure is the lead"],
)
def test_a_lead_written_as_two_shares_is_two_shares_of_the_poll(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The firm hired 300 staff last year. That's a 10% increase on 2014.", "10%", "staff"),
        ("Some 74% of voters like Lee, compared with 64% who say the same of Roy. That is a 10-point increase for Roy.", "10", "voters"),
        ("The firm hired 300 staff last year. It's a 10% increase on 2014.", "10%", "firm"),
    ],
    ids=["'That's a N% increase' after a count", "after a share", "'it' is left to the topic step"],
)
def test_a_demonstrative_change_restates_the_figure_before(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("In the May poll, Lee led Roy 47 percent to 39 percent among voters ages 18 to 39.", "47 percent", "voters"),
        ("In the May poll, Lee led Roy 47 percent to 39 percent among adults aged 18 to 34.", "39 percent", "adults"),
    ],
    ids=["'ages' before the ages", "'aged' before the ages"],
)
def test_a_group_after_among_ends_before_the_ages_it_names(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The poll showed that 56% of Ohio voters want action compared with 38% who support the delay.", "38%", "voters"),
        ("Some 47 percent of Cuban Americans back Lee over Roy, who has support from 15 percent and another 12 percent who say they might vote for him.", "12 percent", "Cuban Americans"),
        ("The poll found 38% who support the delay.", "38%", None),
    ],
    ids=["'compared with N% who'", "'another N percent who'", "no share of a group before it"],
)
def test_a_share_of_people_who_after_a_share_of_a_group_is_of_that_group(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("But nearly half those surveyed said he should return to the Cabinet.", "half", "those surveyed"),
        ("Half those asked backed the plan.", "Half", "those asked"),
        ("Half those seats went to Labour.", "Half", "seats"),
    ],
    ids=["'half those surveyed'", "'half those asked'", "'half those <noun>' is the noun's"],
)
def test_half_those_polled_is_half_of_those_polled(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("He owes $2m in back taxes.", "$2m", "taxes"),
        ("They spent $12m of taxpayers' money on the project.", "$12m", "money on the project"),
        ("The firm used $5m of its investors' cash.", "$5m", "cash"),
        ("The deal is worth $5m in almost all cases.", "$5m", "deal"),
    ],
    ids=["an adverb before a bare noun after 'in'", "a plural possessive before the noun after 'of'", "the same with a determiner", "an adverb before a determiner: no noun"],
)
def test_the_noun_after_a_sums_in_or_of_past_an_adverb_or_a_plural_possessive(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("It costs $40,000 a year to keep the ferry running.", "$40,000 a year", None),
        ("A new poll puts her level with Lee - ahead of him by just two points, 51 to 49 percent.", "49 percent", None),
        ("The county has 60 vacancies, and 25 of them are urgent.", "25", "vacancies"),
        ("Prices in the US are 20% higher.", "20%", "Prices"),
        ("Job vacancies have been rising all year. They are at 80 now, and 30 of them are urgent.", "30", "Job vacancies"),
        ("Women make up a majority of the club, and as many as two-thirds of them say the fees are too high.", "two-thirds", "Women"),
        ("He had to wait an extra day in the city. Two of them held him at the gate.", "Two", None),
    ],
    ids=[
        "an 'It' that opens an extraposed clause", "'him' after 'ahead of'", "'of them' with a plural before it keeps that noun",
        "a pronoun's letters in capitals are a name", "'of them' after a sentence naming a plural", "'of them' after an opening plural",
        "'of them' with no plural before: none",
    ],
)
def test_a_pronoun_alone_is_no_subject(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("subject", "only"),
    [("It", True), ("them", True), ("him", True), ("US", False), ("IT", False), ("those polled", False), (None, False)],
)
def test_pronoun_only(subject: str | None, only: bool) -> None:
    assert meaning.pronoun_only(subject) is only


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The council passed a budget that cut grants to the elderly by £4m.", "£4m", "grants to the elderly"),
        ("It was a law that raised taxes on the rich by 3% over two years.", "3%", "taxes on the rich"),
        ("Critics attacked the reform, which reduced housing aid by $2 billion.", "$2 billion", "housing aid"),
        ("The plan trims benefits for the unemployed by £20 a week.", "£20 a week", "benefits for the unemployed"),
        ("The board, which hit its target of 500 stores, is pleased.", "500 stores", "stores"),
    ],
    ids=[
        "'that cut' + object + 'by'", "'that raised' + object + 'by'", "', which reduced' + object + 'by'",
        "'the unemployed' closes the object's phrase", "a relative's verb of level keeps the figure's own noun",
    ],
)
def test_a_change_in_a_relative_clause_measures_its_own_object(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Ann Lee took the bronze medal in a personal best of 2:01.45.", "2:01.45", "personal best"),
        ("Tom Hale won the county title in a new record of 48.2 seconds.", "48.2 seconds", "new record"),
        ("The firm posted a rise in sales of 12%.", "12%", "sales"),
    ],
    ids=["'in a ... best of'", "'in a new record of'", "an 'in' phrase with no article still walks back"],
)
def test_an_in_phrase_opening_a_new_thing_measures_its_own_figure(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The panel put the minister through six hours of questioning on Monday.", "six hours", "questioning"),
        ("After ten years of campaigning for the bypass, the villagers won.", "ten years", "campaigning"),
        ("The pilot had logged 4,000 hours of flying time.", "4,000 hours", "time"),
    ],
    ids=["'hours of questioning'", "'years of campaigning for'", "'hours of flying time' keeps the compound's noun"],
)
def test_a_duration_of_an_activity_measures_the_activity(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Jo Bell, who was fourth at the Games two years ago, will resume her coaching in May.", "two years", None),
        ("The club, which was founded 90 years ago, will sell its ground.", "90 years", "club"),
        ("Over the next five years, the council will cut 200 jobs.", "five years", "jobs"),
    ],
    ids=["a distance inside ', who ...,' takes nothing from the main clause", "', which ...,' keeps its antecedent",
         "a frame opening the sentence still reaches its clause"],
)
def test_a_time_frame_inside_a_relative_clause_stays_there(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Rovers doubled their lead after 12 minutes when Dean Holt headed home.", "12 minutes", None),
        ("The striker came on as a substitute after 70 minutes.", "70 minutes", None),
        ("The visitors were level within eight minutes thanks to a penalty.", "eight minutes", None),
        ("The talks broke up after 40 minutes of argument.", "40 minutes", "argument"),
        ("She spoke after a 25-minute debate on the budget.", "25-minute", "debate on the budget"),
    ],
    ids=["'after N minutes' in a match", "a person is no clock's thing", "'within N minutes'", "'after N minutes of' still measures the activity", "a hyphened modifier sizes its noun"],
)
def test_a_moment_on_the_clock_measures_nothing(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The talks collapsed after 40 minutes.", "40 minutes", "talks"),
        ("The concert was stopped after 20 minutes.", "20 minutes", "concert"),
        ("The match was abandoned after 20 minutes.", "20 minutes", "match"),
        ("The hearing was suddenly halted after 15 minutes.", "15 minutes", "hearing"),
        ("The home side doubled their lead after 48 minutes.", "48 minutes", None),
    ],
    ids=["a verb of ending", "a passive of ending", "'abandoned'", "an adverb between", "a moment on the clock still measures nothing"],
)
def test_minutes_after_a_verb_of_ending_measure_what_ended(text: str, surface: str, subject: str | None) -> None:
    """Round 19's clock rule cleared 'talks' in 'The talks collapsed after 40 minutes': how long what ended had run."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Five years of rising prices hit savers.", "Five years", "prices"),
        ("After three years of falling sales, the shop closed.", "three years", "sales"),
        ("It followed two years of mounting losses.", "two years", "losses"),
        ("The panel sat through eight hours of questioning.", "eight hours", "questioning"),
    ],
    ids=["'rising prices'", "'falling sales'", "'mounting losses'", "a gerund alone still measures the activity"],
)
def test_a_duration_of_a_changing_noun_measures_the_noun(text: str, surface: str, subject: str | None) -> None:
    """Round 19's duration + 'of' + gerund rule read 'rising' in 'five years of rising prices': a change's participle
    before a noun describes that noun, which is what lasted."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Defending 60m champion Tom Reed will race on Sunday.", "60m", "champion"),
        ("But world 5000m champion Ann Lee pulled clear at the bell.", "5000m", "champion"),
        ("Two-time 10km hope Mary Cole has withdrawn.", "10km", "hope"),
        ("She ran 400m Sunday in Oslo.", "400m", None),
        ("Tom Reed, the 400m champion, is fit.", "400m", "champion"),
    ],
    ids=["'Defending 60m champion Name'", "'world 5000m champion Name'", "any role noun before a name", "a day after the distance is no role", "a role set off by commas still reads"],
)
def test_a_distance_before_a_role_and_a_name_measures_the_role(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: the tagger reads 'champion' after '60m' as a verb, so the figure's chunk ended at it."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The report counted about 200 Catholic, 150 Methodist and 40 Quaker schools.", "200", "schools"),
        ("The report counted about 200 Catholic, 150 Methodist and 40 Quaker schools.", "150", "schools"),
        ("The club has 200 full-time, 150 part-time and 40 seasonal staff.", "150", "staff"),
        ("Labour won 30 seats, 12 Scottish and five English.", "12", "seats"),
        ("The firm sold 30 red and 12 blue.", "30", None),
    ],
    ids=["first member", "middle member", "hyphened modifiers, a noun with no -s", "a noun written first is another shape", "no noun at the end"],
)
def test_a_list_of_counts_takes_the_noun_written_after_its_last_member(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'N Adj, N Adj and N Adj nouns' writes the counted noun once, after the last member."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The defeat ended the club's 14-game unbeaten run at home.", "14-game", "unbeaten run"),
        ("The win ended a nine-match winning run at home.", "nine-match", "winning run"),
        ("They snapped a 12-game losing streak to the Owls.", "12-game", "losing streak to the Owls"),
        ("The keeper let Cole's 30-yard shot slip through his hands.", "30-yard", "shot"),
        ("The final two weeks of the six-week ban are suspended.", "six-week", "ban"),
    ],
    ids=["an adjective the lexicon lacks before 'run'", "a participle before 'run'", "a participle before a noun", "a noun the lexicon knows keeps its verb", "'are' stays a verb"],
)
def test_a_count_as_modifier_reaches_past_an_adjective_to_its_noun(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'unbeaten run' ('run' read as a verb) and 'winning run' (a participle ending the chunk)."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The leader defended her party's plans to increase income tax to 45% for top earners.", "45%", "income tax"),
        ("The board voted to cut council tax by 3% this year.", "3%", "council tax"),
        ("The minister wants to raise fuel duty to 60p a litre.", "60p a litre", "fuel duty"),
    ],
    ids=["'plans to increase X to N%'", "'voted to cut X by N%'", "a verb the lexicon reads right stays"],
)
def test_a_change_verb_after_to_takes_its_object_as_what_changes(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'increase' after 'plans to' was read as a noun, and the subject became 'plans to increase income tax'."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The squad plays 30 matches a year. Its players can be called up for a total of 14 training days.", "14", "training days"),
        ("She served for 47 continuous years.", "47", None),
        ("Leeds are now 10 points behind Chelsea.", "10", None),
    ],
    ids=["a gerund before the plural, over a count carried from before", "an adjective before a time unit is a span", "a margin's points stay nothing"],
)
def test_a_bare_number_counts_the_plural_its_own_chunk_ends_in(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: '16 training days' (the extraction kept no noun) took 'matches' from the sentence before."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The fly-half kicked to bring his side to within four points with 12 minutes on the clock remaining.", "12 minutes", None),
        ("Cole had a chance to win the game with five minutes remaining.", "five minutes", None),
        ("The hosts were awarded a penalty with three minutes left.", "three minutes", None),
        ("The final lasted 95 minutes.", "95 minutes", "final"),
    ],
    ids=["'on the clock remaining'", "'remaining'", "'left'", "a span that lasts still measures"],
)
def test_minutes_left_on_a_game_clock_measure_nothing(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'with 13 minutes on the clock remaining' took the clause's object as its subject."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The poll of 500 Scottish 18 to 24-year-olds and 400 25 to 34-year olds found little apathy.", "500", "24-year-olds"),
        ("The poll of 500 Scottish 18 to 24-year-olds and 400 25 to 34-year olds found little apathy.", "400", "34-year olds"),
        ("The club asked 300 16-year-olds.", "300", "16-year-olds"),
        ("The club asked 300 members.", "300 members", "members"),
    ],
    ids=["past an adjective and a range's first end", "a range written 'N-year olds'", "a single age", "a plain count is unchanged"],
)
def test_a_bare_number_before_an_age_in_year_olds_counts_those_people(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: '500 21 to 25-year olds' had no subject and '500 British 16 to 20-year-olds' the survey's
    'sample' (the age figure is read apart: an age measures nothing, but the number before it counts the people)."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Ann Lee won silver in the 100m.", "100m", None),
        ("Britain's 800m champion Mary Cole is taking part in the 3000m.", "3000m", None),
        ("The Kenyan made a telling strike for the line in the final 20 metres.", "20 metres", None),
        ("Tom Reed could not hold the pace over the final 400m.", "400m", None),
        ("He clinched his first titles over 1500m and 5,000m.", "1500m", "first titles"),
        ("She won the 6km race.", "6km", "race"),
        ("The wall rose to over 12m.", "12m", "wall"),
    ],
    ids=["a medal in the race", "a sibling's noun is not taken", "the final stretch", "'over the final'", "'titles over 1500m' reads as '1500m titles'", "a modifier still measures", "'over' as 'more than'"],
)
def test_a_distance_naming_the_race_run_measures_nothing(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'won silver in the 100m' gave the distance the subject 'silver' (the train gold's
    annotator gives 'in the final 100 metres' none)."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ('"Six weeks is the usual time to heal a break like this," he said.', "Six weeks", "usual time"),
        ("£5bn is the cost of the new bridge.", "£5bn", "cost of the new bridge"),
        ("Two years is a long time in politics.", "Two years", None),
        ("35 percent is the highest of any nation.", "35 percent", None),
    ],
    ids=["a duration 'is the usual time'", "a sum 'is the cost of'", "an indefinite predicate is a judgment", "a superlative names no measure"],
)
def test_a_figure_said_to_be_a_definite_noun_measures_it(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'Six weeks is the average time to heal this injury' had no subject."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ('"I felt fine. I hope that it will take me four to six weeks."', "four to six weeks", None),
        ("The strike began in May. We fear that it will last six weeks.", "six weeks", "strike"),
    ],
    ids=["'I hope that': no noun 'hope' for the span", "'we fear that': the 'it' still carries the strike"],
)
def test_a_word_between_a_subject_pronoun_and_that_is_its_verb(text: str, surface: str, subject: str | None) -> None:
    """Round 20's dense sample: 'I hope that it will now take me six to eight weeks' read 'hope' as a noun and gave it the span."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The organic share of fruit-buyers in the first week was 39 percent.", "39 percent", "fruit-buyers"),
        ("Among rally-goers, 62 percent backed the plan.", "62 percent", "rally-goers"),
    ],
    ids=["a share of the group, a time between", "a fronted group"],
)
def test_a_group_written_as_a_hyphenated_compound_is_read(text: str, surface: str, subject: str | None) -> None:
    """Round 20 wave 2 (PolNeAR train text): a share of '... caucus-goers in the first six days' had no subject."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Sales were rising fast: the organic share of fruit buyers in May was 39 percent; it jumped to 55 percent in June.", "55 percent", "fruit buyers"),
        ("Costs were rising….Something else changed: the price of a crate in May was $12; it rose to $15 in June.", "$15", "price of a crate"),
        ("The price of oil has fallen 60% since June 2014, when it topped $100.", "$100", "price of oil"),
    ],
    ids=["after a colon and a semicolon", "after an ellipsis run into the sentence", "no colon or semicolon: the main subject"],
)
def test_it_after_a_semicolon_stands_for_the_clause_before(text: str, surface: str, subject: str | None) -> None:
    """Round 20 wave 2 (PolNeAR train text): '...: the share ... was 39 percent; it jumped to 55 percent' carried the subject
    of the sentence's first verb, run in before an ellipsis."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("In Ohio, she is up 5 points at 48 percent to 43 percent for Lee.", "48 percent", None),
        ("In Ohio, she is up an average of 5 points at 48 percent to 43 percent for Lee.", "43 percent", None),
        ("Turnout was up 5 points at 48 percent.", "48 percent", "Turnout"),
        ("Turnout rose 5 points to 48 percent.", "48 percent", "Turnout"),
    ],
    ids=["a margin's unit before the share", "a bare 'average' before the share", "the change's subject, 'up ... at'", "the change's subject, 'rose ... to'"],
)
def test_a_share_measures_no_unit_or_bare_measure_word(text: str, surface: str, subject: str | None) -> None:
    """Round 20 wave 2 (PolNeAR train text): 'up an average of 9.2 percentage points at 49.2 percent to 40 percent for
    Trump' gave both shares the subject 'average'."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Of the 121 people detained in the weekend raids, 77 have been deported.", "77", "people"),
        ("Of the 500 workers who lost their jobs, 200 have found new ones.", "200", "workers"),
        ("Of the 121 people still detained in the camps, 77 have been deported.", "77", "people"),
        ("Of the 40 seats which changed hands, 25 went to Labour.", "25", "seats"),
        ("Thousands of workers, about 4,000 in all, lost their jobs.", "4,000", "workers"),
        ("Of the 30 schools, the weakest ones, 5, were closed.", "5", "weakest ones"),
        ("Of the 500 workers laid off last year, many have left town, and the plant's suppliers, 30, have shut down.", "30", "suppliers"),
    ],
    ids=["a participle qualifies the group", "a relative clause qualifies it", "an adverb before the participle", "'which'",
         "a restated plural stays", "an unqualified group leaves a restatement alone", "a number past a later comma is not the group's"],
)
def test_a_bare_number_after_an_opening_of_a_qualified_count_counts_the_group(text: str, surface: str, subject: str | None) -> None:
    """The noun inside the clause that qualifies the group ("the weekend raids") is not what the number counts."""
    assert _subjects(text)[surface] == subject


def test_a_figure_later_in_the_clause_is_no_part_of_a_qualified_group() -> None:
    text = "Then there is the polling: of the seven polls released this month, most have shown modest leads ranging from 2 to 9 percentage points."
    assert _subjects(text)["2 to 9 percentage points"] != "polls"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Turnout in the county fell sharply this year. It declined in most towns, dropping 20 percent in one.", "20 percent", "Turnout"),
        ("The ridership of the line held up in the spring. It slipped in the summer, edging down 3% by August.", "3%", "ridership of the line"),
        ("Export volume slowed in May, sliding 4% from April.", "4%", "Export volume"),
        ("A group backing the mayor led the way, dropping $2m on radio ads.", "$2m", "radio ads"),
    ],
    ids=["'it' ..., dropping N percent", "'it' ..., edging down N% (read through 'down' before)", "a named subject ..., sliding N%", "money 'dropping' on something is spent"],
)
def test_a_participle_of_change_after_a_comma_moves_the_main_clauses_subject(text: str, surface: str, subject: str | None) -> None:
    """Round 22 (head22): '-ing' forms of the verbs of change (`figure_patterns.CHANGE_PARTICIPLES`) read a percentage
    after a comma as a change of the main clause's subject, so an 'it' there carries the sentence before's subject."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Lee made the claims on television. He and three others were charged in May.", "three", "others"),
        ("The talks drew a dozen envoys. About a hundred others met outside.", "a hundred", "envoys"),
        ("Three men were arrested. Two others were released.", "Two", "men"),
        ("Police said 80 people were hurt and 18 others were missing.", "18", "people"),
    ],
    ids=["no count before: the others as written", "a count in the sentence before: goes on", "as before", "in its sentence: goes on"],
)
def test_others_with_no_count_before_are_the_others(text: str, surface: str, subject: str | None) -> None:
    """Round 22 (head22; head_dense READ 'He and three others were indicted', judged 'others'): a count of "others"
    goes on from the count before it within two sentences; with none, it counts the others as written."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The signs are that players on the losing side are learning. Ten of the 22 on duty on Saturday were there in 2003.", "Ten", "players"),
        ("The signs are that players on the losing side are learning. Ten of the 22 on duty on Saturday were there in 2003.", "22", "players"),
        ("The dozen emails sent to Lee and to the aides were among 19 the inspector reviewed. It found that 12 of the 19 contain secret information.", "12", "emails"),
        ("Lee leads in the race for delegates, though he may fall short of the 1,237 needed.", "1,237", "delegates"),
        ("Four of the 1905 All Blacks went over.", "Four", None),
    ],
    ids=["the part: the plural of the sentence before", "the whole likewise", "the same number counted before, over a later plural",
         "the whole alone: the plural before it in its sentence", "a noun after the whole: no elision"],
)
def test_a_part_and_whole_with_their_noun_left_out_count_what_came_before(text: str, surface: str, subject: str | None) -> None:
    """Round 22 (head22; head_dense READ 'Ten of the 22 on duty', judged 'players'): 'N of the M' with no noun after M
    counts what the same number M counted in the two sentences before, else the last plural before it in its sentence,
    else in the sentence before in its paragraph."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Turnout was 22 percent in the ward. Ten of the 22 on duty were police officers.", "Ten", None),
        ("The hospitals treated patients with burns and fractures. Two of the 30 died overnight.", "Two", None),
        ("Doctors treated the victims in tents. None of the 40 survived.", "40", None),
        ("Traders fear sterling sliding 5% after the vote.", "5%", None),
    ],
    ids=["a share is no count to go on from", "a plural after a preposition is no whole", "nor one in a place", "no comma, no participle of change"],
)
def test_review22b_subjects(text: str, surface: str, subject: str | None) -> None:
    """Round 22's review of head22: the part and whole of a count takes what a count counted, never a plural a preposition
    governs; a participle of change moves the main clause's subject only after a comma."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The levy applies only to income above $40,000 for individuals and $90,000 for couples.", "$90,000", "income"),
        ("The bill lifts the allowance to $12,000 for singles and $24,000 for married couples.", "$24,000", "allowance"),
        ("The bill lifts the allowance to $12,000 for singles and $24,000 for married couples.", "$12,000", "allowance"),
        ("Clinton won 60% among black voters and 30% among white voters.", "30%", "white voters"),
        ("Sales rose 5% in Europe and 8% in Asia.", "8%", "Sales"),
    ],
    ids=["a threshold for two cases", "a second amount after a change", "the first amount's 'for' names people, no measure",
         "each 'among' names its own group", "a change in two places"],
)
def test_parallel_amounts_measure_one_thing(text: str, surface: str, subject: str | None) -> None:
    """Round 23 (lead, from an unlabelled article read as a user): two figures each followed by the same preposition and
    its object, joined by "and"/"or", measure one thing; the second takes the first's subject unless that subject is the
    first's own object (a group after "among"). People after "for" are whom the amount is for, never what it measures."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("She won with the backing of Republicans seeking an outsider (72 percent).", "72 percent", "Republicans"),
        ("He did well among voters who want a change (70 percent).", "70 percent", "voters"),
        ("He did well among older women (64 percent).", "64 percent", "older women"),
    ],
    ids=["a group a participle clause modifies", "a group a relative clause modifies", "no clause: the phrase itself"],
)
def test_a_share_in_brackets_after_a_modifying_clause_restates_its_group(text: str, surface: str, subject: str | None) -> None:
    """Round 23 (lead, from an unlabelled article read as a user): a share in brackets after a participle or relative
    clause restates the plural the clause modifies, not the clause's last noun ("an outsider", "a change")."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The 60,000-seat stadium's roof leaked.", "60,000-seat", "stadium"),
        ("The 12-member panel's report came out on Monday.", "12-member", "panel"),
        ("The two-day summit's agenda was set.", "two-day", "summit"),
        ("The region is home to half the world's population.", "half", "population"),
    ],
    ids=["a size before a possessor", "a count of members before a possessor", "a duration before a possessor",
         "a fraction before 'the' and a possessor: the possessed"],
)
def test_a_modifier_figure_sizes_the_possessor_it_stands_before(text: str, surface: str, subject: str | None) -> None:
    """Round 23 (lead, from a copied web page read as a user, "16-inch MacBook Pro's new keyboard"): a figure written as
    a modifier sizes the noun right after it, also when that noun owns what follows ("'s"); a fraction before "the"
    is a part of the possessed thing."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The two unions' leaders will meet on Friday.", "two unions", "unions"),
        ("The gap between the three bidders’ budgets is wide.", "three bidders", "bidders"),
        ("Voters in all four regions say the two parties' plans are too timid.", "two parties", "parties"),
        ("The six months' delay angered the firm.", "six months", "delay"),
    ],
    ids=["a straight apostrophe", "a curly apostrophe", "inside a reported clause", "a span of time's possessive is left alone"],
)
def test_a_count_whose_plural_owns_the_next_noun_counts_its_plural(text: str, surface: str, subject: str | None) -> None:
    """Round 23 (head23; unlabelled: 6 figures such as "the two candidates’ track record" read as the track record): a count
    ending in its own plural and followed by a possessive counts that plural; the owned noun is no part of its phrase."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject", "holder"),
    [
        ("The council faces cuts in the region of £3m.", "£3m", "cuts", "The council"),
        ("Acme made profits in the region of £3m.", "£3m", "profits", "Acme"),
        ("Acme made profits of the order of £3m.", "£3m", "profits", "Acme"),
        ("The club received a fee in the region of £30m.", "£30m", "fee", "The club"),
        ("The council faces cuts in excess of £3m.", "£3m", "cuts", "The council"),
    ],
    ids=["'in the region of' after a change noun", "after an object", "'of the order of'", "after 'a fee'", "'in excess of' as before"],
)
def test_a_qualifier_s_words_are_no_phrase_of_the_noun_before_it(text: str, surface: str, subject: str, holder: str) -> None:
    figure = next(f for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False) if f.surface == surface)
    assert (figure.subject, figure.holder) == (subject, holder)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The move would save £6m to free up cash for priorities.", "£6m", None),
        ("They raised £6m to set up a fund for schools.", "£6m", None),
        ("Ann Lee raised $33m to underwrite her bid for the nomination.", "$33m", None),
        ("The council will spend £6m for new roads.", "£6m", "new roads"),
        ("Migrants sent £5m to relatives back home for school fees.", "£5m", "school fees"),
    ],
    ids=["'to' + adjective-tagged verb + particle", "'to' + participle-tagged verb", "'to' + base verb", "no infinitive: what it is for",
         "a noun after 'to', then an adverb: no infinitive"],
)
def test_what_an_infinitive_after_a_sum_is_for_is_no_purpose_of_the_sum(text: str, surface: str, subject: str | None) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Another Hale penalty on 64 minutes kept the visitors pinned back.", "64 minutes", None),
        ("Rovers took the lead on 23 minutes through a header.", "23 minutes", None),
        ("The keeper paid the price when he was replaced on 58 minutes.", "58 minutes", None),
        ("The meeting broke up on 40 minutes of argument.", "40 minutes", "argument"),
    ],
    ids=["'on N minutes' after a noun", "'on N minutes' after an object", "'on N minutes' in a 'when' clause", "'on N minutes of' still measures the activity"],
)
def test_minutes_on_a_match_clock_after_on_measure_nothing(text: str, surface: str, subject: str | None) -> None:
    """Round 27: "on 70 minutes" is a moment on the clock, as "after 70 minutes" already was; it sizes no noun before it."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The hosts sealed it with two late goals in six minutes.", "six minutes", "late goals"),
        ("There were two million messages with the tag in 12 hours.", "12 hours", "messages"),
        ("The hosts scored three goals in just eight minutes.", "eight minutes", "goals"),
        ("The site drew 80,000 visits within 48 hours.", "48 hours", "visits"),
        ("Lee, who won 10 titles, retired in six months.", "six months", None),
        ("The fans bought 300 shirts and cleared the stand in 20 minutes.", "20 minutes", "stand"),
    ],
    ids=["a count then 'in N minutes'", "a phrase between the count and the span", "a qualifier before the span", "'within'",
         "a comma between: no span of the count", "a verb between: no span of the count (the object's reading stays)"],
)
def test_a_span_a_count_came_in_measures_the_count(text: str, surface: str, subject: str | None) -> None:
    """Round 27: a duration after "in"/"within" that ends a count's noun phrase frames that count (guideline: a framing
    duration takes the subject of what it frames), also where the span is no time phrase of its own."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The 12-year-old embargo on the port will be lifted.", "12-year-old", "embargo"),
        ("Crews began work on the 150-year-old bridge last week.", "150-year-old", "bridge"),
        ("Owning a 30-year-old 747 is a costly hobby.", "30-year-old", "747"),
        ("The 19-year-old girl was sent home.", "19-year-old", None),
        ("The 34-year-old midfielder signed a new deal.", "34-year-old", None),
        ("If a 20-year-old wanted to vote, he had to register.", "20-year-old", None),
        ("The 30-year-old rules out a return to the side.", "30-year-old", None),
    ],
    ids=["a ban-like thing", "a building", "a bare model number", "a person's noun the lexicon lacks stays an age",
         "a role stays an age", "a past verb read as a noun stays an age", "a verb spelt like a thing's plural stays an age"],
)
def test_an_age_before_a_thing_measures_the_thing(text: str, surface: str, subject: str | None) -> None:
    """Round 28: "N-year-old" before a noun of `fp.AGED_THINGS` (laws, buildings, vehicles, firms) measures that thing, as a
    modifier figure measures the noun it modifies ("a 60,000-seat stadium"); before anything else it stays a person's age."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("coal- and gas-fired power stations", "station"),
        ("low- and middle-income families", "family"),
        ("short- or long-term loans", "loan"),
        ("wages and prices", "wage"),
        ("speeches, articles and advice", "speech"),
    ],
    ids=["a prefix hung on a hyphen before 'and'", "a prefix before 'and' (income)", "a prefix before 'or'",
         "a coordination still gives its first conjunct", "a list still gives its first conjunct"],
)
def test_a_prefix_hung_on_a_later_hyphen_is_no_conjunct_of_the_head(subject: str, head: str) -> None:
    """Round 28: "coal- and gas-fired plants" coordinates two prefixes of one modifier, not two nouns: its head is the noun
    after them (the unlabelled text gave "coal-" and "low-" as heads)."""
    assert meaning.head_noun(subject) == head


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Lee, a retired four-star general and former envoy, spoke first.", "four-star", "general"),
        ("Her act included two one-woman shows, which sold out.", "two one-woman", "shows"),
        ("They would remove the whole 2 million-person undocumented population.", "2 million-person", "population"),
        ("The seven-man board met on Monday.", "seven-man", "board"),
        ("It was a two-horse race.", "two-horse", "race"),
        ("They hired five full-time writers to do it.", "five full-time writers", "full-time writers"),
    ],
    ids=["a noun read as an adjective before 'and'", "a plural read as a verb before a relative", "a count written inside the number's words",
         "a tagged noun still found", "a tagged noun at the sentence's end", "a count's own noun after a hyphenated modifier stays"],
)
def test_a_hyphenated_count_measures_the_noun_it_modifies_whatever_its_tag(text: str, surface: str, subject: str | None) -> None:
    """Round 28: a hyphenated count ("four-star", "one-man", "million-person") modifies the noun after it, also where the tagger
    reads that noun as an adjective ("general") or a verb ("shows") right before a clause's edge, and where the number's own
    words open the figure ("two one-man shows")."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("those describing themselves as moderate", "those"),
        ("those who are retired", "those"),
        ("those without a degree", "those"),
        ("those 18 to 35 years old", "those"),
        ("those aged 65 and over", "those"),
        ("those earning over £100,000", "those"),
        ("those polled", "those"),
        ("those voters", "voter"),
    ],
    ids=["a participle phrase after 'those'", "a relative clause", "a preposition", "an age range", "'aged'", "a participle with a sum",
         "a past participle still", "'those' as a determiner gives its noun"],
)
def test_those_with_a_modifier_is_its_own_head(subject: str, head: str) -> None:
    """Round 29: a poll's group written "those who ...", "those without a degree", "those 18 to 35" is headed by the pronoun (the gold's
    head); the last-word rule gave "liberal", "degree", "18"."""
    assert meaning.head_noun(subject) == head


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("A poll came out on Monday. Lee leads Roy 48 percent to 40 percent among “very liberal” voters.", "48 percent", "“very liberal” voters"),
        ("A poll came out on Monday. Lee leads Roy 48 percent to 40 percent among “very liberal” voters.", "40 percent", "“very liberal” voters"),
        ("A poll came out on Monday. Lee leads Roy 48 percent to 40 percent among those who never voted before.", "48 percent",
         "those who never voted before"),
        ("A poll came out on Monday. Lee leads Roy 48 percent to 40 percent among those 45 and over.", "48 percent", "those 45 and over"),
        ("A poll came out on Monday. Lee leads Roy 48 percent to 40 percent among older voters.", "48 percent", "older voters"),
        ("A poll came out on Monday. Ms Lee leads by 21 points among “very liberal” voters.", "21", "“very liberal” voters"),
        ("A poll came out on Monday. Ms Lee leads by 21 points among those describing themselves as moderate.", "21",
         "those describing themselves as moderate"),
        ("A poll came out on Monday. Ms Lee leads by 21 points among women.", "21", "women"),
        ("A poll came out on Monday. He won just 19 percent among ''very liberal'' voters.", "19 percent", "''very liberal'' voters"),
        ("A poll came out on Monday. He won 19 percent among ''very liberal'' voters and 9 percent of the ''moderate'' vote.", "9 percent",
         "''moderate'' vote"),
        ("A poll came out on Monday. Lee won 9 percent of the “moderate” vote.", "9 percent", "“moderate” vote"),
    ],
    ids=["a quoted modifier before the group's noun", "the rival's share too", "'those' and a relative clause", "'those' and an age",
         "a plain group still", "a margin in points among a quoted group", "a margin in points among 'those ...'", "a margin among a plain group still",
         "quotation marks written as two apostrophes", "a later share of a quoted whole keeps its own whole", "a share of a quoted whole"],
)
def test_a_poll_margin_among_a_group_written_with_quotes_or_those_has_the_group(text: str, surface: str, subject: str) -> None:
    """Round 29: a share or margin "among" a group has the group as subject (the guideline's poll notes); the group written with
    a quoted modifier ("among “very liberal” voters") or as "those ..." ("among those 45 and over") was not found."""
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("clothes", "clothes"),
        ("school clothes and shoes", "clothes"),
        ("hourly earnings", "earnings"),
        ("imported goods", "goods"),
        ("lathes", "lathe"),
        ("efficiency savings", "saving"),
    ],
    ids=["clothes", "a compound's plural-only head", "earnings", "goods", "an -thes plural with a singular", "savings keeps its singular"],
)
def test_a_noun_used_only_in_the_plural_stays_plural(subject: str, head: str) -> None:
    # the guideline: "nouns used only in the plural stay so (earnings, goods)"; "clothes" is no plural of "clothe"
    assert meaning.head_noun(subject) == head



@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Maternity pay for new mothers is to rise by £1,400.", "£1,400", "pay"),
        ("Overtime pay for nurses was cut by 10%.", "10%", "pay"),
    ],
    ids=["a compound noun the tagger read as a verb", "before a passive"],
)
def test_a_noun_compound_opening_the_sentence_is_what_its_figure_measures(text: str, surface: str, head: str) -> None:
    assert meaning.head_noun(_subjects(text)[surface]) == head


def _meanings(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.subject, f.holder) for f in figures_of(segment("Headline\n\n" + text, tokens=False), boilerplate=False)}


@pytest.mark.parametrize(
    ("text", "surface", "subject", "holder"),
    [
        ("The results are bad news for John Kasich, who is in third place with 24 percent.", "24 percent", None, "John Kasich"),
        ("The poll is good news for Hillary Clinton, who leads with 48 percent.", "48 percent", None, "Hillary Clinton"),
        ("The vote was a blow to Anna Reyes, who won only 12 percent of the vote.", "12 percent", "vote", "Anna Reyes"),
        ("The profits of the company, which rose 5% last year, were a record.", "5%", "profits", "the company"),
    ],
    ids=[
        "a share after 'who' is no share of the news", "'who leads with'", "the share's own group stays", "'which' still reaches the chain's first noun",
    ],
)
def test_who_after_a_name_at_the_end_of_a_phrase_stands_for_the_name(text: str, surface: str, subject: str | None, holder: str | None) -> None:
    assert _meanings(text)[surface] == (subject, holder)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The council will build 40 2- and 3-bedroom homes.", "2", "homes"),
        ("Staff were offered two- or three-year contracts.", "two", "contracts"),
        ("The college runs 10- and 12-week courses.", "10", "courses"),
    ],
    ids=["rooms", "years", "weeks"],
)
def test_the_first_number_of_a_suspended_hyphen_measures_what_the_second_does(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Despite four years of preparations, some local authorities and parts of the health sector are not ready.", "four years", "preparations"),
        ("After 18 months of talks, unions and employers agreed a deal.", "18 months", "talks"),
        ("Because of 12 weeks of delays, patients and staff are angry.", "12 weeks", "delays"),
        ("After 20 years of cuts, closures and strikes, the mine shut.", "20 years", "cuts, closures and strikes"),
    ],
    ids=["despite", "after", "because of", "a list inside the opener stays whole"],
)
def test_an_opening_adverbial_ends_at_its_comma_and_no_list_runs_across_it(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject
