"""On all 928 real BBC articles: nothing is cut, the structure matches the file, no bad splits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers.assets import word_list
from helpers.segment import segment

from .conftest import bbc_files

FILES = bbc_files()
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason="../shared/corpora/bbc is not present"),
]


def _bad_splits(previous: str, following: str) -> str | None:
    """Why a sentence boundary is wrong, or None: inside a number, or after an abbreviation."""
    if re.search(r"\d[.,]$", previous) and re.match(r"\d", following):
        return "inside a number"
    last = previous.split()[-1].lower().strip("(\"'“‘")
    if last.endswith("."):
        abbreviation = last[:-1]
        if abbreviation in word_list("titles.txt"):
            return f"after the title {last}"
        if abbreviation in word_list("abbreviations.txt") and re.match(r"[a-z0-9]", following):
            return f"after the abbreviation {last}"
    return None


def test_corpus_is_there() -> None:
    assert len(FILES) == 928


def test_every_bbc_article_keeps_its_structure_and_has_no_bad_splits() -> None:
    problems: list[str] = []
    bad_splits: list[str] = []
    for path in FILES:
        raw = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in raw.splitlines()]
        body_lines = [line for line in lines[1:] if line]
        article = segment(raw)
        name = f"{path.parent.name}/{path.name}"
        if article.removed:
            problems.append(f"{name}: removed {[r.rule for r in article.removed]}")
        if article.headline is None or article.headline.text != " ".join(lines[0].split()):
            problems.append(f"{name}: headline {article.headline}")
        if len(article.paragraphs) != len(body_lines):
            problems.append(f"{name}: {len(article.paragraphs)} paragraphs for {len(body_lines)} lines")
        for before, after in zip(article.sentences, article.sentences[1:]):
            if before.paragraph == after.paragraph and (why := _bad_splits(before.text, after.text)):
                bad_splits.append(f"{name}: {why}: …{before.text[-30:]} | {after.text[:30]}…")
    assert problems == []
    assert bad_splits == []


@pytest.mark.parametrize(
    ("previous", "following", "bad"),
    [
        ("Growth was 1.", "5% last year.", True),
        ("He met Mr.", "Smith.", True),
        ("They flew to the U.S.", "and then home.", True),
        ("They flew to the U.S.", "The talks began.", False),
        ("It rose 5%.", "Then it fell.", False),
    ],
)
def test_the_bad_split_check_itself(previous: str, following: str, bad: bool) -> None:
    assert (_bad_splits(previous, following) is not None) is bad


def test_sample_of_corpus_paths_resolve(tmp_path: Path) -> None:
    assert all(p.suffix == ".txt" for p in FILES)
