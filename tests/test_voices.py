"""Voices behind figures: a figure a group the article does not name stands behind is that
group's ("unnamed group (traders)"), in the figures table, the CLI and the first page's checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import checks
from helpers.analysis import analyse
from helpers.dataset import load
from helpers.segment import segment
from helpers.voices import _group_noun

from .conftest import cli


def _voices(text: str) -> list[tuple[str, str | None]]:
    return [(f.surface, f.attributed_to) for f in analyse(segment("Headline\n\n" + text)).figures]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a lone plural noun as the speaker: the group, by its noun
        ("Traders cited the trade war as a reason for stocks to fall 5% on Monday.", [("5%", "unnamed group (traders)")]),
        ("Pensioners said the rise of £2.50 a week was too small.", [("£2.50 a week", "unnamed group (pensioners)")]),
        ("Many analysts said sales would rise 4% this year.", [("4%", "unnamed group (many analysts)")]),
        # "they" after the group is the same group
        ("Pensioners said the rise was too small. They said prices had risen 10%.", [("10%", "unnamed group (pensioners)")]),
        # a named voice is still its name, and a figure nobody is said to state is the article's own
        ("Ann Smith, a trader, said stocks fell 5% on Monday.", [("5%", "Ann Smith")]),
        ("Stocks fell 5% on Monday.", [("5%", None)]),
    ],
)
def test_a_figure_an_unnamed_group_states_is_that_groups(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _voices(text) == wanted


@given(st.sampled_from(["Traders", "Pensioners", "Economists", "Farmers", "Investors"]),
       st.sampled_from(["said", "warned", "predicted", "claimed", "told reporters"]), st.integers(min_value=2, max_value=99))
@settings(max_examples=40, deadline=None)
def test_any_plural_noun_that_says_a_figure_is_named_as_a_group(noun: str, verb: str, number: int) -> None:
    voices = [voice for surface, voice in _voices(f"{noun} {verb} prices would rise {number}% next year.") if surface == f"{number}%"]
    assert voices == [f"unnamed group ({noun.lower()})"]


@pytest.mark.parametrize(
    ("written", "noun"),
    [("Traders", "traders"), ("Many analysts", "many analysts"), ("Labour MPs", "Labour MPs"), ("EU farmers", "EU farmers")],
)
def test_a_group_reads_as_it_would_inside_a_sentence(written: str, noun: str) -> None:
    assert _group_noun(written) == noun


_ARTICLE = (
    "Markets slide on trade fears\n\n"
    "Traders cited the trade war as a reason for stocks to fall 5% on Monday.\n\n"
    "The index has lost 12% since January."
)


def test_the_first_page_lists_a_groups_figure_with_its_voice_not_as_unsourced(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    data = load(str(path), tmp_path / "processed")
    assert list(data.figures["attributed_to"]) == ["unnamed group (traders)", None]
    unsourced = [c.text for c in checks.unsourced(data)]
    assert len(unsourced) == 1 and unsourced[0].startswith("“12%”")
    assert [c.text for c in checks.figure_voices(data)] == ["unnamed group (traders) stands behind 1 of 2 figures: “5%”"]


def test_figures_json_carries_the_groups_voice(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    result = cli("figures", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [(r["surface"], r["attributed_to"]) for r in rows] == [("5%", "unnamed group (traders)"), ("12%", None)]


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("Traders", "Traders"),
        ("Still, 52 percent of registered voters", "52 percent of registered voters"),  # an opening adverbial is no part of it
        ("Republicans, who hold the Senate", "Republicans"),  # nor is what follows a comma
        ("they", None),
        ("who", None),
        ("30", None),  # a bare number names no one
    ],
)
def test_a_group_speaker_is_named_by_its_own_words(written: str, words: str | None) -> None:
    from helpers.quotes import group_words

    assert group_words(written) == words


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Other parties", "group"),  # people the text does not name: a plural noun
        ("Bankers polled by the agency", "group"),
        ("Jane Doe", "person"),
        ("Former transport minister Ann Field MP", "person"),  # ends in a name
        ("Depot", "unknown"),  # one capitalized word the gazetteers do not know: no person by default
        ("Labour and the Greens", "unknown"),
        # two capitalized words are a person only with evidence: a given name, a title or a person's role before them
        ("Tulsa police Chief Chuck Jordan", "person"),
        ("economist Tarlo Vink", "person"),
        ("Sen. Tarlo Vink", "person"),
        ("Harbour Wharf", "unknown"),  # no given name, no title: nothing says a person
        ("Border Patrol", "unknown"),
        ("Vermont Edition", "unknown"),
        ("Junot Diaz", "person"),  # two words no lexicon knows: a name
        ("Harry Hurt III", "person"),
        # a street's, firm's or body's word closing them says otherwise
        ("Threadneedle Street", "organization"),  # a street that speaks is the office it houses
        ("Garden Depot", "organization"),
        ("Harbour Stock Exchange", "organization"),
    ],
)
def test_a_source_the_attribution_could_not_place_gets_a_kind_from_its_shape(name: str, kind: str) -> None:
    from helpers.voices import _kind_by_shape

    assert _kind_by_shape(name) == kind


def test_the_voices_table_calls_no_unplaced_plural_a_person() -> None:
    text = ("Tax rises loom\n\nOther parties have accused the government of making uncosted promises. "
            "Critics of the plan, writing in the press, said it would fail.\n")
    kinds = {s.name: s.kind for s in analyse(segment(text)).sources}
    assert "person" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a name opened by 'Royal' is a body, though it ends like a paper's name
        ("Royal Mail", "organization"),
        ("The Royal Mail", "organization"),
        ("Royal Fleet Auxiliary", "organization"),
        ("Daily Mail", "outlet"),
        ("Western Mail", "outlet"),
        # capitals that name a common noun (a disease, an exam) are no initials; a body's are
        ("TB", None),
        ("GCSE", None),
        ("BSE", None),
        ("SNP", "organization"),
        ("WHO", "organization"),
        ("IAAF", "organization"),
    ],
)
def test_a_name_s_kind_from_its_shape(name: str, kind: str | None) -> None:
    from helpers.mentions import classify

    assert classify(name) == kind


def test_a_royal_body_that_says_something_is_an_organization_not_an_outlet() -> None:
    from helpers.quotes import quotes_of
    from helpers.voices import sources

    text = "Headline\n\nParcels went missing in Leeds last week. Royal Mail says it is looking into the losses."
    found = {s.name: s.kind for s in sources(quotes_of(segment(text)))}
    assert found == {"Royal Mail": "organization"}


def test_a_figure_beside_the_reported_words_is_nobodys_claim() -> None:
    from helpers.figures import figures_of
    from helpers.quotes import quotes_of
    from helpers.segment import segment
    from helpers.voices import attribute

    article = segment("Protest\n\nOne of the men, Tom Lee, 34, from Leeds, said the group would plead not guilty to 12 charges.\n", tokens=False)
    claimed = {f.surface: f.attributed_to for f in attribute(figures_of(article), quotes_of(article))}
    assert claimed["34"] is None  # the speaker's age describes him
    assert claimed["12 charges"] == "Tom Lee"  # what he said holds it


@pytest.mark.parametrize(
    ("text", "surface", "voice"),
    [
        # a poll, survey, report or study the sentence names as where a figure comes from is its source (user33)
        ("In the latest Quinnipiac poll, 45 percent of voters back Lee.", "45 percent", "Quinnipiac poll"),
        ("Lee leads with 41 percent, according to a new Marist poll.", "41 percent", "Marist poll"),
        ("A Marist poll released Tuesday shows 33 percent back Ray.", "33 percent", "Marist poll"),
        ("Ray has 22 percent in an NBC News/Wall Street Journal survey.", "22 percent", "NBC News/Wall Street Journal survey"),
        ("Some 63% of respondents in the Sunday Herald poll backed Lee.", "63%", "Sunday Herald poll"),
        ("A report released in May by the Tax Policy Center found the plan would cost $3 trillion.", "$3 trillion",
         "report by Tax Policy Center"),
        # the poll named before, called "the poll" again
        ("A Marist poll found Lee ahead. The poll surveyed 1,200 adults.", "1,200 adults", "Marist poll"),
        # "the poll's margin": the poll named before
        ("A Marist poll found Lee ahead. They are tied, 44% to 43%, within the poll's margin of error.", "44%", "Marist poll"),
        ("Lee led in a September Marist poll, with 75 percent.", "75 percent", "Marist poll"),
        # a poll named by no one is no source, nor one named in an aside the figure is not in
        ("In a June poll, 20 percent backed Lee.", "20 percent", None),
        ("In Leeds, the Greens - the party a 2004 Acme survey showed was gaining most from the split - secured second place, "
         "just under 6,000 votes behind Labour.", "6,000 votes", None),
        ("In the survey carried out by Acme Research, 14% of adults said they never voted.", "14%", "survey by Acme Research"),
        # a poll is the source of its shares and of the count it asked, never of other figures in its sentence (review33)
        ("Lee, who polled 12 percent in the Acme Research poll, has spent $5 million on ads.", "$5 million", None),
        ("Lee, who polled 12 percent in the Acme Research poll, has spent $5 million on ads.", "12 percent", "Acme Research poll"),
        ("A Marist poll found Lee ahead. The poll was taken before the debate, which drew 24 million viewers.",
         "24 million viewers", None),
        ("A Marist poll found Lee ahead. The poll was taken online from 4,060 registered voters.", "4,060 registered voters",
         "Marist poll"),
        ("A Marist poll found Lee ahead, with a margin of error of plus or minus 3.1.", "3.1", "Marist poll"),
        ("A Marist poll found Lee ahead. Six in 10 say he is decisive, after half said so in the earlier poll.", "Six in 10",
         "Marist poll"),
        ("A Marist poll found Lee ahead. The survey of 1,200 registered voters has a margin of error of +/- 2.1 or 3.4.", "3.4",
         "Marist poll"),
        ("A Marist poll found Lee ahead, surveying 1,737 registered voters.", "1,737 registered voters", "Marist poll"),
        # a report or study is the source of figures in the clause its verb governs, or the clause it is named the source of
        ("The Acme Institute report found 300 homes were empty, and the council spent $2 million on repairs.", "$2 million", None),
        ("The Acme Institute report found 300 homes were empty, and the council spent $2 million on repairs.", "300 homes",
         "Acme Institute report"),
        ("Sales rose, as the Acme Institute report last year estimated that at least 46,000 homes were empty.", "46,000 homes",
         "Acme Institute report"),
        ("The Acme Benchmarking Study was based on 8,000 telephone interviews with firms.", "8,000 telephone interviews",
         "Acme Benchmarking Study"),
        ("The plan would cost $3 trillion, according to the latest Acme Institute report.", "$3 trillion", "Acme Institute report"),
        # "the study" takes back only a study, never a poll named before
        ("A new Acme Research poll found 61% of renters fear eviction. The study counted 1,200 families on the list.",
         "1,200 families", None),
        # a word that opens sentences, or a day said from today, is no part of a document's name
        ("A Marist poll found Lee ahead. However the YouGov poll, which questioned 1,000 adults, found 25% undecided.", "25%",
         "YouGov poll"),
        ("Yesterday's report showed 5% growth in the economy, the minister said.", "5%", None),
        # a share of those asked who spoke is no group's name ("unnamed group (61 percent)"): the poll, or those asked
        ("A Marist poll found Lee at 40 percent. Of those asked, 61 percent said taxes should rise by 5 percent.", "5 percent",
         "Marist poll"),
        ("Of those asked, 61 percent said taxes should rise by 5 percent.", "5 percent", "unnamed group (those polled)"),
        ("Some 45 percent of Democrats said the tax should be 3 percent.", "3 percent", "unnamed group (Democrats)"),
        # a share in brackets after a group is no part of its name
        ("Republicans (61 percent) said they would pay $100 more.", "$100", "Republicans"),
    ],
)
def test_a_named_poll_or_report_is_a_figures_source(text: str, surface: str, voice: str | None) -> None:
    from helpers.analysis import analyse

    claimed = {f.surface: f.attributed_to for f in analyse(segment("Poll\n\n" + text)).figures}
    assert claimed[surface] == voice
