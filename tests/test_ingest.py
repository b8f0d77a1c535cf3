"""Ingest: originals kept byte for byte, metadata beside them, duplicates recognized, URLs fetched."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from helpers.errors import ArticleError
from helpers.ingest import ingest
from helpers.inputs import resolve, slugify
from helpers.process import load_article

from .conftest import RESOURCES, SEED_FILE

ARTICLE = (
    "Pipeline talks stall in Beijing\n\n"
    "Russia and China failed to agree on the price of gas for a new pipeline on Wednesday, "
    "officials from both countries said after two days of talks.\n\n"
    "The pipeline would carry 50 billion cubic metres of gas a year, a third of what Russia "
    "once sent to Europe before the war in Ukraine, the company said.\n"
)


def test_seed_is_committed_with_its_metadata() -> None:
    meta = json.loads(SEED_FILE.with_name(SEED_FILE.stem + ".meta.json").read_text(encoding="utf-8"))
    assert meta["outlet"] == "The Moscow Times"
    assert meta["original_name"] == "000_739b598d2f55f936.txt"
    assert meta["language"] == "en"
    assert meta["title"].startswith("Putin Arrives in Beijing")
    import hashlib

    assert meta["sha256"] == hashlib.sha256(SEED_FILE.read_bytes()).hexdigest()


def test_the_seed_is_the_default_article() -> None:
    item = resolve(None)
    assert item.slug.startswith("putin-arrives-in-beijing")


def test_text_file_is_copied_untouched_with_metadata(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_bytes(ARTICLE.encode("cp1252"))
    raw = tmp_path / "raw"
    done = ingest(str(source), raw)
    assert done.created and done.slug == "pipeline-talks-stall-in-beijing"
    assert (raw / "pipeline-talks-stall-in-beijing.txt").read_bytes() == source.read_bytes()
    meta = json.loads((raw / f"{done.slug}.meta.json").read_text(encoding="utf-8"))
    assert meta["title"] == "Pipeline talks stall in Beijing"
    assert meta["original_name"] == "story.txt" and meta["format"] == "text" and meta["language"] == "en"
    assert len(meta["sha256"]) == 64 and meta["retrieved_at"]


def test_same_content_twice_is_reported_as_the_existing_slug(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE, encoding="utf-8")
    raw = tmp_path / "raw"
    one, two = ingest(str(first), raw), ingest(str(second), raw)
    assert one.created and not two.created and one.slug == two.slug
    assert len(list(raw.glob("*.txt"))) == 1


def test_different_articles_with_one_title_get_distinct_slugs(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    for number in (1, 2):
        path = tmp_path / f"{number}.txt"
        path.write_text(ARTICLE + f"\nA closing paragraph, version {number}, of the report.\n", encoding="utf-8")
        ingest(str(path), raw)
    assert sorted(p.name for p in raw.glob("*.txt")) == [
        "pipeline-talks-stall-in-beijing-2.txt",
        "pipeline-talks-stall-in-beijing.txt",
    ]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Putin Arrives in Beijing Seeking Diplomatic, Economic Support from ‘Dear Friend’ Xi", "putin-arrives-in-beijing-seeking-diplomatic-economic-support"),
        ("Café au lait: £5?", "cafe-au-lait-5"),
        ("Путин", "article"),
        ("", "article"),
    ],
)
def test_slugs_are_readable_ascii(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A local http.server on 127.0.0.1 serving a saved page."""
    (tmp_path / "page.html").write_bytes((RESOURCES / "donation_page.html").read_bytes())
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[method-assign]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.network
def test_url_is_fetched_and_stored_as_html(server: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    done = ingest(f"{server}/page.html", raw)
    assert done.path.suffix == ".html"
    assert done.path.read_bytes() == (RESOURCES / "donation_page.html").read_bytes()
    assert done.meta["outlet"] == "Example Times" and done.meta["author"] == "Jane Doe"
    assert done.meta["published"] is None
    article = load_article(resolve(done.slug, raw))
    assert "small favor" not in article.text and len(article.paragraphs) == 3


@pytest.mark.network
@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "404"), ("/image.png", "not an HTML or text article")],
)
def test_fetch_failures_are_one_line_errors(server: str, tmp_path: Path, path: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        ingest(f"{server}{path}", tmp_path / "raw")
    assert not (tmp_path / "raw").exists() or not any((tmp_path / "raw").iterdir())


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "javascript:alert(1)//x"])
def test_only_http_and_https_are_fetched(url: str, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="only http"):
        ingest(url, tmp_path / "raw")


def test_unreachable_host_fails_quickly_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="could not fetch"):
        ingest("http://127.0.0.1:9/nothing-listens-here", tmp_path / "raw")


@pytest.mark.parametrize("url", ["https://exa mple.com/story", "http://[::1/story", "https://example.com:99999/story"])
def test_a_malformed_address_is_a_one_line_error(url: str, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not a valid web address"):
        ingest(url, tmp_path / "raw")


def test_a_folder_is_named_a_folder_whatever_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    with pytest.raises(ArticleError, match="is a folder"):
        ingest(str(folder), tmp_path / "raw")


@pytest.mark.parametrize("source", ["www.example.com/story", "example.com/news/2024/story"])
def test_an_address_without_its_scheme_says_to_add_it(source: str, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="https://"):
        ingest(source, tmp_path / "raw")


@pytest.mark.parametrize("path", ["/café-story", "/a story"])
def test_an_address_with_accents_or_spaces_is_fetched_as_a_browser_would(server: str, tmp_path: Path, path: str) -> None:
    # the test server has no such page: a 404 shows the address was valid and sent, not refused as malformed
    with pytest.raises(ArticleError, match="404"):
        ingest(f"{server}{path}", tmp_path / "raw")


@pytest.mark.parametrize("source", ["v1.final/story.txt", "drafts.old/story.txt", "notes.txt/x"])
def test_a_missing_file_in_a_dotted_folder_is_no_web_address(source: str, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file$"):
        ingest(source, tmp_path / "raw")


def test_no_source_at_all_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no file or web address"):
        ingest("", tmp_path / "raw")


@pytest.mark.parametrize(
    ("name", "slug"),
    [("corpus.txt", "corpus-article"), ("index.txt", "index-article"), ("assets.txt", "assets-article"),
     ("corpus.html", "corpus-html"), ("corpora.txt", "corpora")],
)
def test_an_article_named_as_the_projects_own_files_gets_a_slug_of_its_own(tmp_path: Path, name: str, slug: str) -> None:
    # "corpus" would write into data/processed/corpus/ (the corpus dataset) and reports/corpus/ (its reports),
    # "index" over reports/index.html, "assets" into reports/assets/
    path = tmp_path / name
    path.write_text("A title\n\nThe plan costs £2bn a year, up 5% on last year, the minister said.\n", encoding="utf-8")
    assert resolve(str(path)).slug == slug


def test_an_ingested_article_titled_as_the_projects_own_files_gets_a_slug_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Index\n\nThe plan costs £2bn a year, up 5% on last year, the minister said.\n", encoding="utf-8")
    assert ingest(str(path), tmp_path / "raw").slug == "index-article"


def test_a_user_dates_a_pasted_article_and_the_next_run_reads_it(tmp_path: Path) -> None:
    # a pasted text states no date: "last year" is placed only once the user says when it was published
    from helpers.dataset import load
    from helpers.process import process

    from .conftest import run_cli

    root = tmp_path / "root"
    (root / "data" / "raw").mkdir(parents=True)
    source = tmp_path / "story.txt"
    source.write_text(ARTICLE.replace("on Wednesday", "last year"), encoding="utf-8")
    result = run_cli("ingest", str(source), "--published", "2024-03-07", "--author", "Ann Lee", root=root)
    assert result.returncode == 0 and result.stdout.startswith("added pipeline-talks-stall-in-beijing")
    raw, processed = root / "data" / "raw", root / "data" / "processed"
    data = load(str(raw / "pipeline-talks-stall-in-beijing.txt"), processed)
    assert (data.published, data.author, data.year) == ("2024-03-07", "Ann Lee", 2024)
    # stated again for the stored article: its sidecar takes it, and processing is redone, not "unchanged"
    result = run_cli("ingest", str(source), "--published", "2023-01-02", root=root)
    assert result.stdout.startswith("updated the metadata of pipeline-talks-stall-in-beijing")
    assert process(str(raw / "pipeline-talks-stall-in-beijing.txt"), processed).written
    assert load(str(raw / "pipeline-talks-stall-in-beijing.txt"), processed).published == "2023-01-02"
    # a sidecar edited by hand is read on the next run too
    sidecar = raw / "pipeline-talks-stall-in-beijing.meta.json"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("2023-01-02", "2022-05-06"), encoding="utf-8")
    assert process(str(raw / "pipeline-talks-stall-in-beijing.txt"), processed).written
    assert not process(str(raw / "pipeline-talks-stall-in-beijing.txt"), processed).written


@pytest.mark.parametrize("value", ["March 7", "2024-13-01", "07/03/2024", " ", "20240307", "2024-W10-4", "2024-02-30"])
def test_a_date_that_is_no_date_is_one_line_and_nothing_is_stored(tmp_path: Path, value: str) -> None:
    from .conftest import run_cli

    root = tmp_path / "root"
    (root / "data" / "raw").mkdir(parents=True)
    source = tmp_path / "story.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("ingest", str(source), "--published", value, root=root)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--published" in result.stderr
    assert list((root / "data" / "raw").iterdir()) == []
