"""Reports: every notebook runs on any article and renders to offline HTML pages."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from helpers import config

from .conftest import BBC, run_cli

PAGES = ["01-clean-and-segment", "02-figures", "03-comparisons", "04-trade-and-growth", "05-voices", "06-language"]
pytestmark = pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present")


MB = 1024 * 1024


@pytest.mark.parametrize("article", ["seed", "bbc", "xss", "plain"])
def test_every_page_renders_for_every_article(rendered: dict[str, Path], article: str) -> None:
    folder = rendered[article]
    for name in PAGES:
        page = folder / f"{name}.html"
        assert page.is_file(), page
        assert page.stat().st_size <= 1.5 * MB, f"{page.name} is over 1.5 MB"
    assert (folder / "index.html").is_file()
    assert (folder.parent / f"{folder.name}.html").is_file()
    assert (folder.parent / "index.html").is_file()


def test_a_report_folder_with_its_assets_is_light(rendered: dict[str, Path]) -> None:
    folder = rendered["seed"]
    assets = folder.parent / "assets"
    size = sum(p.stat().st_size for p in [*folder.rglob("*"), *assets.rglob("*")] if p.is_file())
    assert size <= 12 * MB, f"the seed's folder and assets hold {size / MB:.1f} MB"
    names = sorted(p.name for p in assets.iterdir())
    assert len(names) == 2 and names[0].startswith("itables-") and names[1].startswith("plotly-")
    assert all(re.search(r"-\d+\.\d+\.\d+", n) for n in names), "asset names carry their version"


def test_pages_ask_no_network_and_hide_code(rendered: dict[str, Path]) -> None:
    for page in rendered["seed"].glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=[\"']https?:", text), page.name
        assert not re.search(r"<link[^>]+href=[\"']https?:", text), page.name
        assert "require.js" not in text and "MathJax.js" not in text
        assert "from helpers import" not in text, "code is hidden by default"


def test_pages_share_one_copy_of_each_script_and_the_single_file_embeds_one(rendered: dict[str, Path]) -> None:
    marker = "plotly.js v"
    for name in PAGES:
        text = (rendered["seed"] / f"{name}.html").read_text(encoding="utf-8")
        assert marker not in text and "injectModule(" not in text, f"{name} embeds a bundle"
        scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', text)
        assert len(scripts) == 2 and all(re.fullmatch(r"\.\./assets/(plotly|itables)-[0-9.]+(\.min)?\.js", s) for s in scripts)
        assert all((rendered["seed"] / s).resolve().is_file() for s in scripts)
    single = rendered["seed"].parent / f"{config.SEED_SLUG}.html"
    text = single.read_text(encoding="utf-8")
    assert text.count(marker) == 1 and text.count("window._itables_") >= 1
    assert not re.search(r"<script[^>]*\bsrc=", text), "the single file loads nothing"
    for heading in ("01 · Clean and segment", "03 · Comparisons", "06 · Language", "What to check"):
        assert heading in text
    hrefs = re.findall(r'<a\b[^>]*\bhref="([^"]+)"', re.sub(r"(?s)<script\b.*?</script>", "", text))  # links, not the scripts' strings
    assert not [h for h in hrefs if not h.startswith(("#", "data:", "https://", "http://"))], "the file sent alone links to no file"
    assert "<noscript>" in text  # with JavaScript off, the reader is told why the charts are empty


def test_executed_notebooks_hold_no_bundle(rendered: dict[str, Path]) -> None:
    for name in PAGES:
        kept = rendered["seed"] / f"{name}.ipynb"
        text = kept.read_text(encoding="utf-8")
        assert "injectModule(" not in text and "plotly.js v" not in text
        assert kept.stat().st_size < 300 * 1024, f"{kept.name} is {kept.stat().st_size} bytes"


def test_the_first_page_says_what_to_check(rendered: dict[str, Path]) -> None:
    text = (rendered["seed"] / "index.html").read_text(encoding="utf-8")
    assert "The Moscow Times" in text and "date not stated" in text
    assert "Cleaning cut 3 passages" in text and "the-moscow-times/foreign-agent-appeal" in text
    for words in ("Figures the record does not bear out (1)", "17% lower", "the period is unknown",  # undated: no "10% higher" (round 33)
                  "Figures with no stated source (2)", "Comparisons and implied bases (2)",  # two figures, one sentence
                  "Voices that carry most figures (3)", "Every quote has a named speaker."):
        assert words in text, words
    links = re.findall(r'href="([0-9]{2}-[a-z-]+\.html)#([^"]+)"', text)
    assert len(links) >= 8
    for page, anchor in links:
        assert f'id="{anchor}"' in (rendered["seed"] / page).read_text(encoding="utf-8"), (page, anchor)
    single = (rendered["seed"].parent / f"{config.SEED_SLUG}.html").read_text(encoding="utf-8")
    for anchor in re.findall(r'href="#([0-9]{2}-[a-z-]+-[0-9]+)"', single):
        assert f'id="{anchor}"' in single, anchor


def test_every_page_of_a_report_is_titled_with_the_article_headline(rendered: dict[str, Path]) -> None:
    # a browser tab, a bookmark and an emailed file name the story, not the file it came from
    folder = rendered["bbc"]
    headline = "Lib Dems 'to target stamp duty'"
    single = (folder.parent / f"{folder.name}.html").read_text(encoding="utf-8")
    assert f"<title>{headline}</title>" in single
    assert f"<title>02-figures · {headline}</title>" in (folder / "02-figures.html").read_text(encoding="utf-8")
    xss = (rendered["xss"].parent / f"{rendered['xss'].name}.html").read_text(encoding="utf-8")
    assert "<title>Council &lt;script&gt;alert(1)&lt;/script&gt; budget row</title>" in xss


def test_an_article_with_nothing_to_check_says_so_plainly(rendered: dict[str, Path]) -> None:
    text = (rendered["plain"] / "index.html").read_text(encoding="utf-8")
    assert "Nothing here calls for a second look: the article states no figures and quotes nobody." in text
    assert "Cleaning cut nothing" in text


def test_article_text_on_the_first_page_is_escaped(rendered: dict[str, Path]) -> None:
    text = (rendered["xss"] / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text.lower()


def test_seed_report_says_what_the_figures_show(rendered: dict[str, Path]) -> None:
    comparisons = (rendered["seed"] / "03-comparisons.html").read_text(encoding="utf-8")
    assert "a year is 35% of 155 billion" in comparisons and "a gap of 100 billion" in comparisons
    assert "EU imports of Russian gas" in comparisons
    growth = (rendered["seed"] / "04-trade-and-growth.html").read_text(encoding="utf-8")
    assert "implies a start near $125 billion a year" in growth
    growth = growth.replace("&#x27;", "'")
    assert "China-Russia trade turnover: $147.2 billion in 2021, $240.1 billion in 2023 (+63%), against the article's 60%" in growth
    assert "a partial period: Jan-Sep 2023 (9 months, year to date). It is drawn apart" in growth


def test_an_article_without_comparisons_says_so(rendered: dict[str, Path]) -> None:
    text = (rendered["bbc"] / "03-comparisons.html").read_text(encoding="utf-8")
    assert "comparisons between figures" in text or "sets no two figures" in text


def test_an_article_with_no_figures_or_quotes_says_so_and_runs_to_the_end(rendered: dict[str, Path]) -> None:
    folder = rendered["plain"]
    assert "The article states no figures." in (folder / "02-figures.html").read_text(encoding="utf-8")
    comparisons = (folder / "03-comparisons.html").read_text(encoding="utf-8")
    assert "sets no two figures" in comparisons
    assert "Nothing to compare" in comparisons, "the section 'Each comparison' says why it is empty (user34)"
    assert "states no sums of money" in (folder / "04-trade-and-growth.html").read_text(encoding="utf-8")
    assert "Nobody is quoted or cited in this article." in (folder / "05-voices.html").read_text(encoding="utf-8")
    assert "Tone is lowest in paragraph" in (folder / "06-language.html").read_text(encoding="utf-8")


def test_rerun_of_an_unchanged_article_is_fast(rendered: dict[str, Path]) -> None:
    started = time.perf_counter()
    result = run_cli("report", config.SEED_SLUG, root=rendered["root"])
    assert result.returncode == 0 and result.stdout.startswith("unchanged")
    assert time.perf_counter() - started < 10


def test_a_failing_notebook_names_cell_and_article_and_the_rest_render(tmp_path: Path) -> None:
    import shutil

    root = tmp_path
    (root / "data" / "raw").mkdir(parents=True)
    (root / "notebooks").mkdir()
    shutil.copy(config.PROJECT_ROOT / "notebooks" / "02-figures.ipynb", root / "notebooks")
    broken = (config.PROJECT_ROOT / "notebooks" / "05-voices.ipynb").read_text(encoding="utf-8")
    broken = broken.replace("charts.voices(data)", "raise RuntimeError('broken on purpose')")
    (root / "notebooks" / "05-voices.ipynb").write_text(broken, encoding="utf-8")
    seed = config.RAW_DIR / f"{config.SEED_SLUG}.txt"
    result = run_cli("report", str(seed), root=root, timeout=300)
    assert result.returncode == 2
    assert "05-voices failed for" in result.stderr and "RuntimeError" in result.stderr and "cell" in result.stderr
    slug_dir = next((root / "reports").glob("*/"))
    assert (slug_dir / "02-figures.html").is_file() and not (slug_dir / "05-voices.html").exists()


def test_an_unchanged_article_is_rerendered_when_its_assets_are_gone(tmp_path: Path) -> None:
    from helpers.report import ASSETS, _unchanged
    from helpers.storage import json_bytes

    marker = tmp_path / "slug" / ".report.json"
    marker.parent.mkdir()
    marker.write_bytes(json_bytes({"fingerprint": "abc", "assets": ["plotly-9.9.9.min.js"]}))
    assert not _unchanged(marker, "abc", tmp_path), "the page would load a missing script"
    (tmp_path / ASSETS).mkdir()
    (tmp_path / ASSETS / "plotly-9.9.9.min.js").write_text("/* plotly */")
    assert _unchanged(marker, "abc", tmp_path) and not _unchanged(marker, "other", tmp_path)


def test_an_article_with_nothing_cut_says_so_once(rendered: dict[str, Path]) -> None:
    page = (rendered["bbc"] / "01-clean-and-segment.html").read_text(encoding="utf-8")
    assert "Cleaning cut nothing" in page
    assert "Nothing to show here" not in page, "no empty tables after the sentence that says nothing was cut"


def test_the_tone_title_never_reads_minus_zero(rendered: dict[str, Path]) -> None:
    for name in ("seed", "bbc", "xss", "plain"):
        page = (rendered[name] / "06-language.html").read_text(encoding="utf-8")
        assert "Tone is lowest in paragraph" in page and "-0.00" not in page, name


def test_the_figures_page_counts_boilerplate_figures_only_when_there_are_some(rendered: dict[str, Path]) -> None:
    page = (rendered["bbc"] / "02-figures.html").read_text(encoding="utf-8")
    assert "in the article body." in page and "0 more in removed boilerplate" not in page
    seed = (rendered["seed"] / "02-figures.html").read_text(encoding="utf-8")
    assert re.search(r"\d+ figures in the article body, \d+ more in removed boilerplate\.", seed)


def test_tables_number_paragraphs_from_1_as_the_charts_do(rendered: dict[str, Path]) -> None:
    page = (rendered["bbc"] / "01-clean-and-segment.html").read_text(encoding="utf-8")
    first_row = re.search(r"<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>", page)  # the sentences table's first row
    assert first_row and first_row.groups() == ("1", "1"), "the first sentence is sentence 1 of paragraph 1"


def test_a_page_that_says_it_has_nothing_shows_no_empty_table(rendered: dict[str, Path]) -> None:
    said = 0
    for name in ("seed", "bbc", "xss", "plain"):
        for page, nothing in (("03-comparisons", "sets no two figures"), ("04-trade-and-growth", "states no sums of money")):
            text = (rendered[name] / f"{page}.html").read_text(encoding="utf-8")
            if nothing in text:
                said += 1
                assert "Nothing to show here" not in text, f"{name}/{page}: an empty table under the sentence that says so"
    assert said, "some article in the fixture has no money or no comparison"


def test_the_first_page_says_what_each_page_answers(rendered: dict[str, Path]) -> None:
    # a stranger read '04-trade-and-growth' under a rugby match report: each page is named by its
    # title and the question its notebook answers
    text = (rendered["bbc"] / "index.html").read_text(encoding="utf-8")
    assert "<a href='02-figures.html'>02 · Figures</a>" in text
    assert "Which numbers does the article state" in text and "<a href='04-trade-and-growth.html'>04-trade-and-growth</a>" not in text


def test_the_figures_table_shows_the_sentence_each_figure_came_from(rendered: dict[str, Path]) -> None:
    # "five" or "60" alone in a row could not be checked without opening the article
    page = (rendered["bbc"] / "02-figures.html").read_text(encoding="utf-8")
    head = re.search(r"<thead>.*?</thead>", page, re.S)
    assert head and ">sentence<" in head.group(0)
    sentences = set(re.findall(r"<td[^>]*>([^<]{40,})</td>", (rendered["bbc"] / "01-clean-and-segment.html").read_text(encoding="utf-8")))
    assert sentences & set(re.findall(r"<td[^>]*>([^<]{40,})</td>", page)), "no figure row shows its sentence"
