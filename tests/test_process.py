"""Process: article.json and Parquet tables, atomic, byte-identical, skipped when unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import process as process_module
from helpers.process import MANIFEST, process
from helpers.tables import ARTICLE_SCHEMAS, SCHEMAS

from .conftest import SEED_FILE


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_seed_tables_hold_the_segmented_article(tmp_path: Path) -> None:
    done = process(str(SEED_FILE), tmp_path)
    assert done.written
    record = json.loads((done.folder / "article.json").read_text(encoding="utf-8"))
    assert record["caption"] == "President Vladimir Putin arrives at Beijing Capital International Airport."
    assert record["meta"]["outlet"] == "The Moscow Times"
    paragraphs = pd.read_parquet(done.folder / "paragraphs.parquet")
    sentences = pd.read_parquet(done.folder / "sentences.parquet")
    removed = pd.read_parquet(done.folder / "removed.parquet")
    tokens = pd.read_parquet(done.folder / "tokens.parquet")
    assert len(paragraphs) == 30 and list(paragraphs.columns) == ARTICLE_SCHEMAS["paragraphs"].names
    figures = pd.read_parquet(done.folder / "figures.parquet")
    relations = pd.read_parquet(done.folder / "relations.parquet")
    assert list(figures["surface"])[:3] == ["two-day", "10 years", "55 billion cubic meters a year"]
    assert list(relations["kind"]) == ["comparison", "growth"]
    quotes = pd.read_parquet(done.folder / "quotes.parquet")
    sources = pd.read_parquet(done.folder / "sources.parquet")
    mentions = pd.read_parquet(done.folder / "mentions.parquet")
    assert "Mikhail Krutikhin" in set(quotes["speaker"].dropna())
    assert "Vladimir Putin" in set(sources["name"]) and "Xi Jinping" in set(mentions["name"])
    assert dict(zip(figures["surface"], figures["attributed_to"]))["60%"] == "Alexander Gabuev"
    assert list(sentences.columns) == ARTICLE_SCHEMAS["sentences"].names
    assert list(removed["rule"]) == [
        "the-moscow-times/support-banner",
        "the-moscow-times/foreign-agent-appeal",
        "generic/read-more",
    ]
    text = record["text"]
    for frame in (paragraphs, sentences, tokens):
        assert all(text[r.start : r.end] == r.text for r in frame.itertuples())


def test_output_is_byte_identical_across_runs_and_folders(tmp_path: Path) -> None:
    first = process(str(SEED_FILE), tmp_path / "a").folder
    second = process(str(SEED_FILE), tmp_path / "b", force=True).folder
    again = process(str(SEED_FILE), tmp_path / "a", force=True).folder
    assert _files(first) == _files(second) == _files(again)


def test_unchanged_article_is_not_rewritten(tmp_path: Path) -> None:
    first = process(str(SEED_FILE), tmp_path)
    stamp = {p.name: p.stat().st_mtime_ns for p in first.folder.iterdir()}
    second = process(str(SEED_FILE), tmp_path)
    assert first.written and not second.written
    assert stamp == {p.name: p.stat().st_mtime_ns for p in second.folder.iterdir()}


def test_a_damaged_output_is_rebuilt(tmp_path: Path) -> None:
    folder = process(str(SEED_FILE), tmp_path).folder
    (folder / "sentences.parquet").write_bytes(b"half")
    assert process(str(SEED_FILE), tmp_path).written
    assert pd.read_parquet(folder / "sentences.parquet").shape[0] > 0


def test_a_crash_mid_write_leaves_no_partial_files_and_no_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = process(str(SEED_FILE), tmp_path).folder
    real = process_module.atomic_write_bytes
    calls = {"n": 0}

    def failing(path: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real(path, data)

    monkeypatch.setattr(process_module, "atomic_write_bytes", failing)
    with pytest.raises(OSError):
        process(str(SEED_FILE), tmp_path, force=True)
    assert not (folder / MANIFEST).exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    monkeypatch.setattr(process_module, "atomic_write_bytes", real)
    assert process(str(SEED_FILE), tmp_path).written  # the next run repairs it


def test_one_paragraph_per_line_article(tmp_path: Path) -> None:
    source = tmp_path / "lines.txt"
    source.write_text(
        "Budget row deepens\nThe chancellor said the plan was fair.\nCritics said it was not. They want more.\n",
        encoding="utf-8",
    )
    done = process(str(source), tmp_path / "out")
    record = json.loads((done.folder / "article.json").read_text(encoding="utf-8"))
    assert record["headline"] == "Budget row deepens"
    assert [p["text"] for p in record["paragraphs"]] == [
        "The chancellor said the plan was fair.",
        "Critics said it was not. They want more.",
    ]


def test_copied_raw_folder_processes_by_slug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in SEED_FILE.parent.glob(SEED_FILE.stem + ".*"):
        shutil.copy(path, raw / path.name)
    from helpers import config

    monkeypatch.setattr(config, "RAW_DIR", raw)
    done = process(SEED_FILE.stem, tmp_path / "out")
    assert done.slug == SEED_FILE.stem


def test_a_saved_page_read_from_its_path_keeps_what_the_page_says_about_itself(tmp_path: Path) -> None:
    """A page processed straight from its path (no ingest, no sidecar) records the page's own date,
    author and title in article.json, as an ingested copy does; a plain text gains nothing."""
    body = "".join(
        f"<p>The harbour board said on Monday that {n} new cranes would be working by the spring, "
        f"and that the port would handle more ships than it did last year.</p>"
        for n in range(12, 20)
    )
    page = tmp_path / "cranes.html"
    page.write_text(
        "<html><head><title>Harbour orders new cranes</title>"
        '<meta property="og:title" content="Harbour orders new cranes">'
        '<meta name="author" content="Ada Quill">'
        '<meta property="article:published_time" content="2021-03-04T08:00:00Z">'
        f"</head><body><article><h1>Harbour orders new cranes</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    written = process(page, tmp_path / "processed")
    meta = json.loads((written.folder / "article.json").read_text(encoding="utf-8"))["meta"]
    assert meta["published"] == "2021-03-04"
    assert meta["author"] == "Ada Quill"
    assert meta["title"] == "Harbour orders new cranes"

    text = tmp_path / "cranes.txt"
    text.write_text("Harbour orders new cranes\n\n" + body.replace("<p>", "").replace("</p>", "\n\n"), encoding="utf-8")
    text_written = process(text, tmp_path / "processed")
    meta = json.loads((text_written.folder / "article.json").read_text(encoding="utf-8"))["meta"]
    assert set(meta) == {"source"}
    # the copied text and its saved page are two articles, in two folders: neither overwrote the other
    assert (written.slug, text_written.slug) == ("cranes-html", "cranes")
    assert json.loads((written.folder / "article.json").read_text(encoding="utf-8"))["meta"]["author"] == "Ada Quill"


def test_a_pasted_pages_dateline_and_byline_are_in_the_data_not_only_the_report(tmp_path: Path) -> None:
    # user33: the first page said "dated ... by ..." while article.json and the corpus had nulls
    from helpers.corpus import process_corpus
    from helpers.query import run

    pasted = tmp_path / "in" / "budget.txt"
    pasted.parent.mkdir()
    pasted.write_text("Council sets its budget\nBy Ann Lee\n12 March 2024\n\n"
                      "The council approved a budget of £2m on Tuesday, the mayor said. Spending on roads will rise next year.\n\n"
                      "The vote was close, and the opposition said it would fight the plan in the spring.\n", encoding="utf-8")
    done = process(str(pasted), tmp_path / "processed")
    stated = json.loads((done.folder / "article.json").read_text(encoding="utf-8"))["stated"]
    assert stated == {"published": "2024-03-12", "author": "Ann Lee"}
    process_corpus(str(pasted.parent), tmp_path / "corpus", progress=False)
    row = run("SELECT published, author FROM articles", tmp_path / "corpus").iloc[0]
    assert (row["published"], row["author"]) == ("2024-03-12", "Ann Lee")


def test_every_table_names_its_article_as_figures_json_does(tmp_path: Path) -> None:
    # a user who reads figures.parquet of several articles together joins them to their articles by this column,
    # the same id `figures --json` prints and the corpus tables carry first
    done = process(str(SEED_FILE), tmp_path)
    for name in SCHEMAS:
        frame = pd.read_parquet(done.folder / f"{name}.parquet")
        assert list(frame.columns)[0] == "article", name
        assert set(frame["article"]) <= {done.slug}, name
    assert set(pd.read_parquet(done.folder / "figures.parquet")["article"]) == {done.slug}
