"""The reports in a real browser: Chromium through Playwright, offline, with nothing executed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.browser import CHROMIUM_ARGS, chromium_path

from .conftest import BBC

PAGES = ["01-clean-and-segment", "02-figures", "03-comparisons", "04-trade-and-growth", "05-voices", "06-language"]
pytestmark = [
    pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present"),
    pytest.mark.skipif(shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists(),
                       reason="Chromium is not installed (.ci/run installs it)"),
]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(chromium: Any, page_file: Path) -> tuple[Any, list[str], list[str], list[str]]:
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_file.resolve().as_uri())
    page.wait_for_timeout(800)
    return page, errors, requests, dialogs


@pytest.mark.parametrize("name", PAGES)
def test_each_seed_page_loads_cleanly_and_draws_its_charts(chromium: Any, rendered: dict[str, Path], name: str) -> None:
    page, errors, requests, _ = _open(chromium, rendered["seed"] / f"{name}.html")
    assert errors == [] and requests == []
    plots = page.locator(".js-plotly-plot")
    assert plots.count() >= 1
    assert page.locator(".js-plotly-plot .main-svg").count() >= plots.count()
    if name == "03-comparisons":
        first = plots.first.inner_text()
        assert "55 billion" in first and "155 billion" in first
    page.close()


def test_tables_are_interactive_offline(chromium: Any, rendered: dict[str, Path]) -> None:
    page, errors, _, _ = _open(chromium, rendered["seed"] / "02-figures.html")
    assert page.locator("table.dataTable").count() >= 1 and errors == []
    page.close()


@pytest.mark.parametrize("name", [*PAGES, "single"])
def test_markup_in_an_article_is_shown_as_text_and_never_runs(chromium: Any, rendered: dict[str, Path], name: str) -> None:
    folder = rendered["xss"]
    target = folder.parent / f"{folder.name}.html" if name == "single" else folder / f"{name}.html"
    page, errors, requests, dialogs = _open(chromium, target)
    page.wait_for_timeout(500)
    assert dialogs == [], f"a script from the article ran on {name}"
    assert requests == []
    if name == "01-clean-and-segment":
        assert "<script>alert(1)</script>" in page.inner_text("body")
    page.close()


def test_screenshots_of_the_seed_report(chromium: Any, rendered: dict[str, Path]) -> None:
    page, _, _, _ = _open(chromium, rendered["seed"] / "03-comparisons.html")
    target = rendered["seed"] / "03-comparisons.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20000
    page.close()
