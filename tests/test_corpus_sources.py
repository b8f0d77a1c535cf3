"""A corpus dataset knows which folders it was built from: a run from other folders never silently
drops the articles already in it, and several folders make one corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.corpus import process_corpus
from helpers.errors import ArticleError
from helpers.query import run

from .conftest import run_cli

STORY = (
    "{town} opens a new library\n\n"
    "The council in {town} said on Monday that its new library had cost £{cost}m and would lend "
    "{books},000 books in its first year, more than the old building ever did.\n"
)


def _folder(root: Path, name: str, towns: list[str]) -> Path:
    folder = root / name
    folder.mkdir()
    for n, town in enumerate(towns):
        (folder / f"{n:03d}.txt").write_text(STORY.format(town=town, cost=n + 2, books=n + 10), encoding="utf-8")
    return folder


def _headlines(corpus: Path) -> list[str]:
    return sorted(run("SELECT headline FROM articles", corpus)["headline"])


def test_a_second_folder_does_not_replace_the_corpus_of_the_first(tmp_path: Path) -> None:
    first = _folder(tmp_path, "first", ["Ashby", "Barton", "Colby"])
    second = _folder(tmp_path, "second", ["Dalton", "Elstow"])
    corpus = tmp_path / "corpus"
    process_corpus(str(first), corpus, progress=False, batch_size=2)
    with pytest.raises(ArticleError, match="holds the corpus of .*first.*--replace"):
        process_corpus(str(second), corpus, progress=False, batch_size=2)
    assert len(_headlines(corpus)) == 3  # refused before anything was written

    both = process_corpus([str(first), str(second)], corpus, progress=False, batch_size=2, replace=True)
    assert both.articles == 5
    assert _headlines(corpus) == sorted(f"{t} opens a new library" for t in ["Ashby", "Barton", "Colby", "Dalton", "Elstow"])
    # the same folders named again resume (nothing to do); their ids keep the folder apart ("000.txt" twice)
    again = process_corpus([str(second), str(first)], corpus, progress=False, batch_size=2)
    assert (again.processed, again.skipped) == (0, 5)
    assert sorted(run("SELECT article FROM articles", corpus)["article"]) == [
        "first/000.txt", "first/001.txt", "first/002.txt", "second/000.txt", "second/001.txt"]

    only = process_corpus(str(second), corpus, progress=False, batch_size=2, replace=True)
    assert only.articles == 2 and len(_headlines(corpus)) == 2


def test_the_cli_refuses_another_folder_with_one_line_and_exit_2(scratch_root: Path, tmp_path: Path) -> None:
    first = _folder(tmp_path, "first", ["Ashby"])
    second = _folder(tmp_path, "second", ["Dalton"])
    assert run_cli("process", str(first), "--quiet", root=scratch_root).returncode == 0
    refused = run_cli("process", str(second), "--quiet", root=scratch_root)
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and "--replace" in refused.stderr
    assert run_cli("process", str(second), "--quiet", "--replace", root=scratch_root).returncode == 0


def test_one_folder_named_twice_is_one_source_and_a_corpus_without_a_record_is_kept(tmp_path: Path) -> None:
    first = _folder(tmp_path, "first", ["Ashby", "Barton"])
    second = _folder(tmp_path, "second", ["Dalton"])
    corpus = tmp_path / "corpus"
    twice = process_corpus([str(first), str(first.resolve()) + "/"], corpus, progress=False)
    assert twice.articles == 2 and len(_headlines(corpus)) == 2
    (corpus / "_sources.json").unlink()  # a corpus an older articlelab made records no folders
    with pytest.raises(ArticleError, match="no record of its folders"):
        process_corpus(str(second), corpus, progress=False)
    assert len(_headlines(corpus)) == 2
    (corpus / "notes").mkdir()
    (corpus / "notes" / ".draft.tmp").write_text("mine", encoding="utf-8")  # not the dataset's: never swept
    process_corpus(str(first), corpus, progress=False, replace=True)
    assert (corpus / "notes" / ".draft.tmp").is_file()
