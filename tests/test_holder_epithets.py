"""Descriptions that stand for a person named before ("the Olympic champion", "the Welsh runner"): the
holders read them with the voices' epithet words (helpers.epithets), invented sentences (hold21b)."""

from __future__ import annotations

import pytest

from helpers.epithets import epithet_head, epithet_noun, ranked
from helpers.holders import wanted

from .conftest import check_holder


_check = check_holder  # the holder of the (last) figure written as `surface`, its offsets pointing at it


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Pole vaulter Ann Lebova broke her own record in Lyon on Sunday. The Olympic champion went on to attempt 5.05m at the meeting but failed.",
         "5.05m", "Ann Lebova"),
        ("Tom Hale won the 800m title in Leeds on Sunday. The Welsh runner set a new personal best of one minute, 46.68 seconds.",
         "one minute, 46.68 seconds", "Tom Hale"),
        ("Sprinter Rob Dane will not compete in Oslo on Friday. The Leeds athlete, who clocked a season's best of 6.61 seconds in Leeds"
         " last week, also prefers to rest.", "6.61 seconds", "Rob Dane"),
        ("Shares rose in Tokyo on Monday. The Japanese yen strengthened 0.13% against the dollar.", "0.13%", None),
    ],
    ids=["role epithet", "nationality then role", "epithet before an aside", "an epithet that is no head"],
)
def test_an_epithet_subject_holds_what_a_pronoun_would(text: str, surface: str, holder: str | None) -> None:
    """A sentence opening with a description headed by an epithet (voice_patterns.EPITHET_ROLES, a
    nationality or an age) before its verb gives the figure to the person named before when the reader
    would give it to a pronoun in its place (figures._epithet_read); not when the epithet only modifies
    the head ('The Japanese yen')."""
    _check(text, surface, holder)


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Britain's Maya Ross finished fifth in the 60m.\nRussian\nwas back on record-breaking form in the pole vault.\n"
         "The Olympic champion set a new world mark of 4.88m in the final.", "4.88m", None),
        ("Britain's Maya Ross finished fifth in the 60m.\nOlympic bronze medallist\nmade a quiet return to action in Leeds.\n"
         "The 28-year-old cleared 1.76m to win the high jump.", "1.76m", "The 28-year-old"),
        ("Eddie Rowe was penalised twice in the second half, and the scrum-half's boot cut the deficit to two points.", "two", "scrum-half"),
    ],
    ids=["a lost subject between", "an age past a lost subject", "a role after a name in its sentence"],
)
def test_an_epithet_names_no_one_past_a_lost_subject(text: str, surface: str, holder: str | None) -> None:
    """A page that dropped a linked name leaves a sentence opening in lower case or a nationality alone on
    its line: a description after it stands for the lost one as often, so it names no one past it (the
    description as written when the reader gave it, none when only the epithet reading did); a role
    epithet does not reach a person named before it in its own sentence (figures._epithet_past_lost_subject)."""
    _check(text, surface, holder)


def test_wanted_reads_epithets_as_people() -> None:
    """holders.wanted takes a definite description headed by a voices' epithet as a person."""
    assert wanted("The Olympic champion") == ("person", None)
    assert wanted("the Lions captain") == ("person", None)
    assert wanted("The Japanese yen") is None
    assert epithet_noun("champion") and epithet_noun("Dutchman") and epithet_noun("28-year-old")
    assert epithet_head("The Olympic champion went on") and not epithet_head("The Olympic committee went on")


@pytest.mark.parametrize(
    ("text", "surface", "holder"),
    [
        ("Ally Breck scored twice for Rovers on Sunday. The Glaswegian has now scored 14 goals this season.", "14 goals", "Ally Breck"),
        ("Tom Hale scored twice for Leeds on Sunday. The Yorkshireman has now scored 12 goals this season.", "12 goals", "Tom Hale"),
        ("Wales took a while to settle before Tom Hale scored. The number eight ran 25 yards to touch down.", "25 yards", "Tom Hale"),
        ("Top seed Piet Kolar had to save two match points in Doha. The world number one took three hours to win in three sets.",
         "three hours", "Piet Kolar"),
        ("Eoin Dunne kicked four penalties for the visitors. The Connacht number 10 kicked a total of 17 points.", "17", "Eoin Dunne"),
        ("Piet Kolar beat the top seed in Doha. The Czech left-hander took three hours to win.", "three hours", "Piet Kolar"),
    ],
    ids=["a town's local", "a county's local", "a shirt number", "a ranking", "a side's shirt number", "a nationality and a playing hand"],
)
def test_a_local_or_a_shirt_number_stands_for_the_person_before(text: str, surface: str, holder: str | None) -> None:
    """A person of a town or region ("the Glaswegian", "the Yorkshireman": demonyms.yml's locals) and a shirt
    number or a ranking ("the number eight", "The world number one", epithets.ranked) stand for the player named
    before, as a nationality does."""
    _check(text, surface, holder)


def test_wanted_reads_locals_positions_and_ranks_as_people() -> None:
    """holders.wanted and the epithet words take the new forms as a person, the voices' shared list."""
    for description in ("the Mallorcan", "The Glaswegian", "the Texan", "the left-back", "The number eight", "the Czech world number 12", "the No 8"):
        assert wanted(description) == ("person", None), description
    assert wanted("the number 10 shirt") is None and wanted("The Basque newspaper") != ("person", None)
    assert epithet_noun("Mallorcan") and epithet_noun("Cornishman") and epithet_noun("wing-back")
    assert epithet_head("The number eight ran 25 yards") and epithet_head("The Czech world number 12 has won")
    assert not epithet_head("The number one priority is") and not epithet_head("The number 10 shirt is")
    assert ranked("the world No 1".split(), 3) and not ranked("the number of".split(), 2)
