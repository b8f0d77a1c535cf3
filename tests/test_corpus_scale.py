"""Corpus scale: batch processing that resumes after a kill, survives bad files, runs on Dask,
and answers SQL over every article at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import config
from helpers.corpus import process_corpus
from helpers.query import run

from .conftest import BBC, cli

pytestmark = pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 BBC articles in a folder of their own."""
    folder = tmp_path_factory.mktemp("sample")
    for path in sorted(BBC.glob("*/*.txt"))[:300]:
        target = folder / path.parent.name / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    return folder


@pytest.fixture(scope="module")
def processed_sample(sample: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample processed once, in default batches, for the tests that only read it or rerun it."""
    out = tmp_path_factory.mktemp("sample-corpus") / "corpus"
    process_corpus(str(sample), out, progress=False)
    return out


def test_a_killed_run_resumes_to_the_same_output(sample: Path, tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    process_corpus(str(sample), whole, batch_size=20, progress=False)
    command = [sys.executable, "-m", "helpers", "process", str(sample), "--out", str(resumed), "--batch-size", "20", "--quiet"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((resumed / "_batches").glob("*.json"))) < 4:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    done_before = len(list((resumed / "_batches").glob("*.json")))
    assert 0 < done_before < 15, "the kill should land in the middle of the run"
    partial = cli("query", "SELECT count(*) AS n FROM articles", "--corpus", str(resumed))
    assert partial.returncode == 0 and f"this corpus is incomplete: {done_before} of 15 batches are done" in partial.stderr
    again = cli("process", str(sample), "--out", str(resumed), "--batch-size", "20", "--quiet")
    assert again.returncode == 0, again.stderr
    assert f"{300 - done_before * 20} processed" in again.stdout or "processed" in again.stdout
    assert _files(resumed) == _files(whole)
    assert "incomplete" not in cli("query", "SELECT count(*) AS n FROM articles", "--corpus", str(resumed)).stderr


def test_bad_files_go_to_the_failures_table_and_the_rest_is_processed(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(BBC / "politics" / "001.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    russian_english = "Budget row\n\nThe minister said the plan would cost £2m, and critics said it was «too much».\n"
    (folder / "legacy.txt").write_bytes(russian_english.replace("£", "").encode("cp1251"))
    out = tmp_path / "corpus"
    result = cli("process", str(folder), "--out", str(out), "--quiet")
    assert result.returncode == 2
    assert "4 articles: 2 processed, 0 unchanged, 2 failed" in result.stdout  # each article counted once
    assert result.stderr.count(str(folder / "empty.txt")) == 1  # the path once, not "x: x: the file is empty"
    failures = run("SELECT article, error FROM failures ORDER BY article", out)
    assert list(failures["article"]) == ["empty.txt", "image.txt"]
    assert "empty" in failures["error"][0] and "PNG" in failures["error"][1]
    assert not failures["error"][0].startswith(("empty.txt", str(folder)))  # the article column names it once
    articles = run("SELECT article, headline FROM articles ORDER BY article", out)
    assert list(articles["article"]) == ["good.txt", "legacy.txt"]
    assert articles["headline"][1] == "Budget row"


def test_duckdb_views_return_the_seeds_figures(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    process_corpus(str(config.RAW_DIR), out, progress=False)
    money = run("SELECT surface, value, unit, per, attributed_to FROM figures WHERE kind = 'money'", out)
    assert list(money["surface"]) == ["$200 billion a year"]
    assert money["value"][0] == 200e9 and money["attributed_to"][0] == "Vladimir Putin"
    result = cli("query", "SELECT name FROM sources WHERE kind = 'person' ORDER BY name LIMIT 2", "--corpus", str(out), "--csv")
    assert result.stdout.splitlines() == ["name", "Alexander Gabuev", "Boris Bondarev"]
    bad = cli("query", "SELECT * FROM nowhere", "--corpus", str(out))
    assert bad.returncode == 2 and bad.stderr.startswith("error: query failed")
    none = cli("query", "SELECT name, kind FROM sources WHERE name = 'Nobody At All'", "--corpus", str(out))
    assert none.returncode == 0 and none.stdout == "no rows (columns: name, kind)\n"  # not pandas' "Empty DataFrame"
    missing = cli("query", "SELECT 'seed' AS article, NULL AS outlet, CAST(NULL AS DOUBLE) AS value", "--corpus", str(out))
    assert missing.stdout.splitlines()[1].split() == ["seed", "-", "-"]  # a missing value reads "-", not None or NaN


def test_jobs_and_dask_give_the_same_dataset_as_one_process(tmp_path: Path) -> None:
    one, two, dask = tmp_path / "one", tmp_path / "two", tmp_path / "dask"
    process_corpus(str(BBC), one, jobs=1, batch_size=100, progress=False)
    process_corpus(str(BBC), two, jobs=2, batch_size=100, progress=False)
    process_corpus(str(BBC), dask, jobs=2, engine="dask", batch_size=100, progress=False)
    assert _files(one) == _files(two) == _files(dask)
    counts = run("SELECT count(*) AS n FROM articles", dask)
    assert counts["n"][0] == 928


def test_an_unchanged_corpus_is_not_reprocessed(sample: Path, processed_sample: Path) -> None:
    out = processed_sample
    started = time.perf_counter()
    again = process_corpus(str(sample), out, progress=False)
    assert again.processed == 0 and again.skipped == 300
    assert time.perf_counter() - started < 5


def test_the_corpus_notebook_renders(processed_sample: Path, tmp_path: Path) -> None:
    from helpers.report import render_corpus

    out = processed_sample
    result = render_corpus(out, subject="tax", reports_dir=tmp_path / "reports")
    assert not result.failed, result.failed
    page = (tmp_path / "reports" / "corpus" / f"{out.name}.html").read_text(encoding="utf-8")
    assert "cited in the most articles" in page and "figures per 100 words" in page
    # a second corpus is a second report, named after its folder, beside the first (it overwrote it)
    other = tmp_path / "bbc sample"
    shutil.copytree(out, other)
    assert not render_corpus(other, subject="tax", reports_dir=tmp_path / "reports").failed
    assert sorted(p.name for p in (tmp_path / "reports" / "corpus").glob("*.html")) == sorted([f"{out.name}.html", "bbc-sample.html"])
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert f"corpus/{out.name}.html" in index and "corpus/bbc-sample.html" in index


def test_force_redoes_every_batch_of_an_unchanged_corpus(tmp_path: Path) -> None:
    # `process DIR --force` says "rewrite even when nothing changed": every article is processed again
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("001.txt", "002.txt"):
        shutil.copy(BBC / "politics" / name, folder / name)
    out = tmp_path / "corpus"
    first = cli("process", str(folder), "--out", str(out), "--quiet")
    again = cli("process", str(folder), "--out", str(out), "--quiet")
    forced = cli("process", str(folder), "--out", str(out), "--quiet", "--force")
    assert "2 processed, 0 unchanged" in first.stdout and "0 processed, 2 unchanged" in again.stdout
    assert "2 processed, 0 unchanged" in forced.stdout, forced.stdout
    assert run("SELECT count(*) AS n FROM articles", out)["n"][0] == 2
    # a sum of whole numbers is a whole number (DuckDB's HUGEINT came out "10.0")
    summed = cli("query", "SELECT sum(words) AS words FROM articles", "--corpus", str(out), "--csv")
    assert summed.stdout.splitlines()[1].isdigit(), summed.stdout
