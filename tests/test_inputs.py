"""What the user names, read as an article: the mistakes explained in one readable line."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import inputs
from helpers.errors import ArticleError

from .conftest import cli, run_cli

_PARAGRAPH = (
    "The harbour board said on Thursday that its new crane would lift 40 tonnes, twice what the old "
    "one managed, and that the work would finish before the winter storms arrived on the coast.\n\n"
)


def _refused(text: str, said: str, command: str, scratch_root: Path, path: Path) -> None:
    """The text is refused by the library with `said`, and by the CLI in one line with exit code 2, writing nothing."""
    with pytest.raises(ArticleError, match=said):
        inputs.read_article(text.encode("utf-8"), "text")
    path.write_text(text, encoding="utf-8")
    result = cli(command, str(path), root=scratch_root)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and said in result.stderr, result.stderr
    assert not [p for p in (scratch_root / "data").rglob("*") if p.is_file()]


def test_text_longer_than_any_article_is_refused_before_it_is_read(scratch_root: Path, tmp_path: Path) -> None:
    long_text = "Harbour crane ready\n\n" + _PARAGRAPH * (inputs.MAX_TEXT_CHARS // len(_PARAGRAPH) + 2)
    _refused(long_text, "too long for one article", "segment", scratch_root, tmp_path / "dump.txt")


def test_a_long_article_within_the_limit_is_read() -> None:
    text = "Harbour crane ready\n\n" + _PARAGRAPH * 40
    article, _ = inputs.read_article(text.encode("utf-8"), "text", tokens=False)
    assert len(article.paragraphs) >= 40


@pytest.mark.parametrize(("page", "said"), [
    ("Skip to main content", "once 1 stretch of page furniture is cut"),
    ("Share this story\n\nSign up for our newsletter", "once 2 stretches of page furniture are cut"),
])
def test_a_page_of_furniture_only_says_so_in_english(page: str, said: str) -> None:
    with pytest.raises(ArticleError) as caught:
        inputs.read_article(page.encode("utf-8"), "text")
    assert str(caught.value).endswith(said)


def test_a_device_or_pipe_is_refused_at_once(scratch_root: Path, tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    named = [pipe]
    if Path("/dev/zero").exists():
        (tmp_path / "zeros.txt").symlink_to("/dev/zero")  # reading it would fill the memory
        named.append(tmp_path / "zeros.txt")
    for path in named:
        for command in ("segment", "ingest"):  # real processes: if the guard broke, the timeout ends the wait
            result = run_cli(command, str(path), root=scratch_root, timeout=60)
            assert result.returncode == 2, result.stderr
            assert result.stderr.count("\n") == 1 and "not a regular file" in result.stderr, result.stderr
    assert not [p for p in (scratch_root / "data").rglob("*") if p.is_file()]


_PAGE = (
    "<!DOCTYPE html>\n<html lang='en'><head><title>Bridge reopens - Valley Post</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge reopens</h1>"
    "<p>The old stone bridge over the river reopened on Saturday after 14 months of repairs that cost "
    "the county £2.1m, its engineers said.</p><p>About 9,000 vehicles a day are expected to cross it again, "
    "and the bus company said it would restore its former route.</p></article></body></html>\n"
)


def test_a_web_page_saved_as_text_is_read_as_a_page() -> None:
    article, _ = inputs.read_article(_PAGE.encode("utf-8"), "text")
    assert "<" not in article.text, article.text[:200]
    assert article.paragraphs and article.paragraphs[0].text.startswith("The old stone bridge")


def test_plain_text_named_html_is_read_as_text() -> None:
    text = "Bridge reopens\n\n" + _PARAGRAPH * 2
    article, _ = inputs.read_article(text.encode("utf-8"), "html")
    assert article.headline is not None and article.headline.text == "Bridge reopens"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("data", [
    '{"title": "Harbour crane ready", "body": "The harbour board said the crane would lift 40 tonnes."}',
    '[{"headline": "Harbour crane ready"}, {"headline": "Ferry delayed"}]',
    '{"id": 1, "text": "The crane lifts 40 tonnes."}\n{"id": 2, "text": "The ferry carries 300 people."}\n',
    '\ufeff  {"article": {"paragraphs": ["The crane lifts 40 tonnes."]}}',
])
def test_json_saved_under_a_text_name_is_refused_not_read_as_words(data: str, scratch_root: Path, tmp_path: Path) -> None:
    _refused(data, "this is JSON data", "figures", scratch_root, tmp_path / "export.txt")


@pytest.mark.parametrize("opening", ["[Updated] ", "{Sponsored} ", "[1] "])
def test_prose_that_opens_with_a_bracket_is_still_an_article(opening: str) -> None:
    text = opening + "Harbour crane ready\n\n" + _PARAGRAPH * 3
    article, _ = inputs.read_article(text.encode("utf-8"), "text", tokens=False)
    assert "40 tonnes" in article.text
