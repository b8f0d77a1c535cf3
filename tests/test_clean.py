"""Cleaning: boilerplate is cut by named rules, with offsets into the source; nothing else changes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import patterns
from helpers.clean import clean, normalize_space, split_blocks

from .conftest import RESOURCES

BODY = "The minister said the plan would cost £2bn over ten years and start in April."


def test_seed_loses_exactly_the_banner_the_appeal_and_read_more(seed_text: str) -> None:
    cleaned = clean(seed_text)
    removed = [(r.rule, r.text) for r in cleaned.removed]
    assert [rule for rule, _ in removed] == [
        "the-moscow-times/support-banner",
        "the-moscow-times/foreign-agent-appeal",
        "generic/read-more",
    ]
    assert removed[0][1] == "Support The Moscow Times!"
    assert removed[1][1].startswith("… we have a small favor to ask.")
    assert removed[1][1].endswith("Continue")
    assert removed[2][1] == "Read more"
    assert cleaned.outlet == "The Moscow Times"
    # nothing else: every other paragraph of the source survives, word for word
    kept_words = cleaned.text.split()
    source_words = seed_text.split()
    cut_words = sum(len(text.split()) for _, text in removed)
    assert len(kept_words) == len(source_words) - cut_words
    assert "we have a small favor" not in cleaned.text and "foreign agent" not in cleaned.text


def test_removed_offsets_point_into_the_source(seed_text: str) -> None:
    cleaned = clean(seed_text)
    for cut in cleaned.removed:
        assert cleaned.source[cut.start : cut.end] == cut.text


def test_the_appeal_is_cut_even_without_its_continue_button() -> None:
    source = "\n\n".join(
        ["A headline", BODY, BODY, "… we have a small favor to ask.", "Please support us monthly.", "Thank you."]
    )
    cleaned = clean(source)
    assert [r.rule for r in cleaned.removed] == ["generic/donation-appeal"]
    assert cleaned.text == "\n\n".join(["A headline", BODY, BODY])


CASES = json.loads((RESOURCES / "boilerplate_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["paragraph"][:40] for c in CASES])
def test_generic_rules_cut_boilerplate_and_spare_prose(case: dict[str, str | None]) -> None:
    source = "\n\n".join(["A headline about the budget", BODY, str(case["paragraph"]), BODY])
    cleaned = clean(source)
    rules = [r.rule for r in cleaned.removed]
    assert rules == ([case["rule"]] if case["rule"] else [])


def test_whitespace_is_normalized_but_quotes_and_dashes_are_kept() -> None:
    source = "Head\u00a0line\r\n\r\n“Quoted\u200b  text” – said \t‘she’ — \"ok\"\u2009now.\r\n"
    cleaned = clean(source)
    assert cleaned.text == "Head line\n\n“Quoted text” – said ‘she’ — \"ok\" now."


def test_one_paragraph_per_line_and_blank_line_conventions_agree() -> None:
    paragraphs = ["Headline here", "First paragraph. It has two sentences.", "Second paragraph is here."]
    assert clean("\n\n".join(paragraphs)).text == clean("\n".join(paragraphs)).text


def test_hard_wrapped_paragraphs_are_joined() -> None:
    source = "Headline\n\nThe first line of a paragraph that was\nwrapped at a fixed width by an\nemail client.\n\nNext one."
    assert [b.text for b in clean(source).blocks] == [
        "Headline",
        "The first line of a paragraph that was wrapped at a fixed width by an email client.",
        "Next one.",
    ]


WRAPPED_STORY = [
    "The harbour board voted on Tuesday to rebuild the old north pier, which has been closed to "
    "walkers since a storm tore away part of its deck two winters ago.",
    "Members said the work would start in the spring and take about eighteen months, and that the "
    "fishing boats moored along the pier would be moved to the south basin while it went on.",
    "A local sailing club, which had asked the board for years to act, welcomed the decision but "
    "warned that the cost could still rise once the divers have inspected the piles.",
]


@pytest.mark.parametrize("width", [60, 68, 72, 80])
def test_hard_wrapped_paragraphs_with_no_blank_lines_are_reflowed(width: int) -> None:
    # an e-mail's or a PDF's text: every line wrapped at one width and no blank line between the
    # paragraphs; each line joins the next when the next one's first word would not have fitted
    import textwrap

    lines = ["Home", "News", "Sport", "Pier to be rebuilt after storm damage"]
    for paragraph in WRAPPED_STORY:
        lines += textwrap.wrap(paragraph, width)
    lines += ["Share this story", "Contact us"]
    assert [b.text for b in split_blocks("\n".join(lines))] == [
        "Home", "News", "Sport", "Pier to be rebuilt after storm damage", *WRAPPED_STORY, "Share this story", "Contact us"
    ]


def test_lines_of_a_list_or_a_menu_are_not_reflowed() -> None:
    # a wrapped run elsewhere on the page sets the width; bulleted and short lines stay apart
    import textwrap

    lines = textwrap.wrap(WRAPPED_STORY[0], 70) + [
        "- the pier will reopen to walkers in the summer of next year",
        "- boats will be moved to the south basin while the work goes on",
        "Latest news from the harbour and the bay",
        "more stories about boats",
    ]
    blocks = [b.text for b in split_blocks("\n".join(lines))]
    assert blocks == [WRAPPED_STORY[0], *lines[-4:]]


def test_lines_of_different_lengths_are_not_taken_for_a_wrap() -> None:
    # short lines each followed by one opening in lower case, but no fixed width: a poem, a menu
    source = "\n".join(["Gulls over the pier", "and boats in the bay", "wind on the water", "iPhone app", "iPad app"])
    assert [b.text for b in split_blocks(source)] == source.split("\n")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
@settings(max_examples=300, deadline=None)
def test_clean_never_raises_and_offsets_hold(text: str) -> None:
    cleaned = clean(text)
    for block in cleaned.blocks:
        assert cleaned.text[block.start : block.end] == block.text
        assert block.text == block.text.strip() and block.text
    for cut in cleaned.removed:
        assert cleaned.source[cut.start : cut.end] == cut.text


@given(st.lists(st.sampled_from(["Read more", "Continue", BODY, "Advertisement", "x", " ", ""]), max_size=12))
@settings(max_examples=200, deadline=None)
def test_every_paragraph_is_either_kept_or_recorded_as_removed(parts: list[str]) -> None:
    source = "\n\n".join(parts)
    cleaned = clean(source)
    blocks = split_blocks(source)
    covered = [b for b in blocks if any(r.start <= b.start and b.end <= r.end for r in cleaned.removed)]
    assert [b.text for b in blocks if b not in covered] == [b.text for b in cleaned.blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of tab-separated cells keeps one tab between its cells
        ("Team\tP\tW\tPts", "Team\tP\tW\tPts"),
        ("Rovers \t 10\t\t7\u00a0\t22", "Rovers\t10\t7\t22"),
        # rows the paragraph split took for one wrapped paragraph stay one to a line
        ("Team\tP\tPts\nRovers\t10\t22\n", "Team\tP\tPts\nRovers\t10\t22"),
        ("Rovers\t22", "Rovers\t22"),
        ("Team\tPts", "Team\tPts"),
        # a stray tab in prose (two cells, no number, not both short) is a space
        ("the minister said \tthat it would not go ahead", "the minister said that it would not go ahead"),
        # a tab that separates no two cells, or a line of prose among rows, is a space as before
        ("\tSome words here\t", "Some words here"),
        ("Rovers\t10\nand then a line of prose", "Rovers 10 and then a line of prose"),
        ("plain  words\u2009here", "plain words here"),
    ],
)
def test_a_table_row_keeps_its_cells_apart(text: str, expected: str) -> None:
    assert normalize_space(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(st.text(alphabet="ab1 .%\u00a0", min_size=1, max_size=6).filter(lambda c: c.strip(" \u00a0")), min_size=3, max_size=6),
    value=st.integers(min_value=0, max_value=10**6),
)
def test_a_row_of_cells_is_its_cells_each_normalized(cells: list[str], value: int) -> None:
    row = "\t".join(cells)
    assert normalize_space(row).split("\t") == [normalize_space(cell) for cell in cells]
    assert normalize_space(f"{cells[0]}\t{value:,}").split("\t") == [normalize_space(cells[0]), f"{value:,}"]  # two cells, one a number


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="ab1 .\n\u00a0\u2009"))
def test_text_without_tabs_is_normalized_as_before(text: str) -> None:
    folded = " ".join(text.replace("\u00a0", " ").replace("\u2009", " ").split())
    assert normalize_space(text) == folded


_TABLE_ROW_BEFORE = re.compile(r"[^\t\n]*\S[^\t\n]*(?:[ \u00a0]*\t[\t \u00a0]*[^\t\n]*\S[^\t\n]*)+")


@given(st.text(alphabet=["a", "1", " ", "\t", "\u00a0", "\u2000", "\n"], max_size=12))
def test_a_table_row_is_what_the_cells_pattern_matched(line: str) -> None:
    """patterns.table_row splits where one pattern matched cells around tabs (which backtracked for
    seconds on a long prose line in a paragraph holding a tab); it accepts the same lines."""
    assert patterns.table_row(line) == bool(_TABLE_ROW_BEFORE.fullmatch(line))


def test_a_long_prose_line_beside_a_table_row_is_read_at_once() -> None:
    import time

    text = "Team\tPts\n" + "word " * 4000 + "end"
    begun = time.perf_counter()
    normalize_space(text)
    assert time.perf_counter() - begun < 2  # the cells pattern took over 3 s at 16,000 characters
