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


@pytest.mark.parametrize("article", ["seed", "bbc", "xss", "plain"])
def test_every_page_renders_for_every_article(rendered: dict[str, Path], article: str) -> None:
    folder = rendered[article]
    for name in PAGES:
        page = folder / f"{name}.html"
        assert page.is_file(), page
        assert page.stat().st_size <= 6 * 1024 * 1024, f"{page.name} is over 6 MB"
    assert (folder / "index.html").is_file()
    assert (folder.parent / f"{folder.name}.html").is_file()
    assert (folder.parent / "index.html").is_file()


def test_pages_ask_no_network_and_hide_code(rendered: dict[str, Path]) -> None:
    for page in rendered["seed"].glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=[\"']https?:", text), page.name
        assert not re.search(r"<link[^>]+href=[\"']https?:", text), page.name
        assert "require.js" not in text and "MathJax.js" not in text
        assert "from helpers import" not in text, "code is hidden by default"


def test_plotly_js_is_embedded_once_per_page_and_once_in_the_single_file(rendered: dict[str, Path]) -> None:
    marker = "plotly.js v"
    for name in PAGES:
        assert (rendered["seed"] / f"{name}.html").read_text(encoding="utf-8").count(marker) == 1
    single = rendered["seed"].parent / f"{config.SEED_SLUG}.html"
    text = single.read_text(encoding="utf-8")
    assert text.count(marker) == 1
    for heading in ("01 · Clean and segment", "03 · Comparisons", "06 · Language"):
        assert heading in text


def test_seed_report_says_what_the_figures_show(rendered: dict[str, Path]) -> None:
    comparisons = (rendered["seed"] / "03-comparisons.html").read_text(encoding="utf-8")
    assert "a year is 35% of 155 billion" in comparisons and "a gap of 100 billion" in comparisons
    assert "EU imports of Russian gas" in comparisons
    growth = (rendered["seed"] / "04-trade-and-growth.html").read_text(encoding="utf-8")
    assert "implies a start near $125 billion a year" in growth
    assert "China-Russia trade turnover: $147 billion in 2021, $240 billion in 2023 (+63%), against the article&#x27;s 60%" in growth or \
        "China-Russia trade turnover: $147 billion in 2021, $240 billion in 2023 (+63%), against the article's 60%" in growth


def test_an_article_without_comparisons_says_so(rendered: dict[str, Path]) -> None:
    text = (rendered["bbc"] / "03-comparisons.html").read_text(encoding="utf-8")
    assert "comparisons between figures" in text or "sets no two figures" in text


def test_an_article_with_no_figures_or_quotes_says_so_and_runs_to_the_end(rendered: dict[str, Path]) -> None:
    folder = rendered["plain"]
    assert "The article states no figures." in (folder / "02-figures.html").read_text(encoding="utf-8")
    assert "sets no two figures" in (folder / "03-comparisons.html").read_text(encoding="utf-8")
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
