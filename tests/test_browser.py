"""The reports in a real browser: Chromium through Playwright, offline, with nothing executed."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import config
from helpers.browser import CHROMIUM_ARGS, chromium_path, missing

from .conftest import BBC

PAGES = ["01-clean-and-segment", "02-figures", "03-comparisons", "04-trade-and-growth", "05-voices", "06-language"]
pytestmark = [
    pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present"),
    pytest.mark.skipif(missing() is not None, reason=f"{missing()} (the end of `make test` says how to install it)"),
]

# Every plot's points hovered one by one (Plotly.Fx.hover, which ignores calls closer than 50 ms
# apart on one plot), every hover label's text collected.
_HOVERS = """async () => {
  const texts = [];
  const pause = () => new Promise(done => setTimeout(done, 60));
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    for (let curve = 0; curve < (gd.calcdata || []).length; curve++) {
      const n = Math.min(gd.calcdata[curve].length, 40);  // trace.x may be a typed-array spec: count calcdata
      for (let point = 0; point < n; point++) {
        try { Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: point}]); } catch (e) { continue; }
        const layer = gd.querySelector('.hoverlayer');
        if (layer && layer.textContent) texts.push(layer.textContent);
        await pause();
      }
    }
    Plotly.Fx.unhover(gd);
  }
  return texts;
}"""
# Every table shown at its longest page length, then every cell's text.
_CELLS = """() => {
  for (const select of document.querySelectorAll('.dt-length select')) {
    select.value = select.options[select.options.length - 1].value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
  }
  return Array.from(document.querySelectorAll('table.dataTable td')).map(td => td.textContent);
}"""


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(chromium: Any, page_file: Path) -> tuple[Any, list[str], list[str], list[str]]:
    """A page, its console errors, every request it made other than for itself, and its dialogs."""
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    own = page_file.resolve().as_uri()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if r.url != own and not r.url.startswith(("data:", "blob:")) else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(own)
    page.wait_for_timeout(800)
    return page, errors, requests, dialogs


def _only_assets(requests: list[str], reports: Path) -> None:
    """Nothing from the network; from disk only the report's own shared assets."""
    assets = (reports / "assets").resolve().as_uri()
    assert all(url.startswith(assets + "/") for url in requests), requests


@pytest.mark.parametrize("name", PAGES)
def test_each_seed_page_loads_cleanly_and_draws_its_charts(chromium: Any, rendered: dict[str, Path], name: str) -> None:
    page, errors, requests, _ = _open(chromium, rendered["seed"] / f"{name}.html")
    assert errors == []
    _only_assets(requests, rendered["seed"].parent)
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


@pytest.mark.parametrize("article", ["seed", "bbc"])
def test_the_single_file_opens_offline_and_requests_nothing(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    folder = rendered[article]
    page, errors, requests, _ = _open(chromium, folder.parent / f"{folder.name}.html")
    assert errors == [] and requests == []
    assert page.locator(".js-plotly-plot .main-svg").count() >= 10
    assert page.locator("table.dataTable").count() >= 3
    assert page.locator("#what-to-check h2").inner_text() == "What to check"
    page.close()


def test_a_report_folder_opens_from_a_zip(chromium: Any, rendered: dict[str, Path], tmp_path: Path) -> None:
    reports = rendered["seed"].parent
    archive = tmp_path / "report.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in [*rendered["seed"].rglob("*"), *(reports / "assets").rglob("*")]:
            zipped.write(path, path.relative_to(reports))
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(archive).extractall(unpacked)
    for name in ("index.html", "04-trade-and-growth.html"):
        page, errors, requests, _ = _open(chromium, unpacked / config.SEED_SLUG / name)
        assert errors == []
        _only_assets(requests, unpacked)
        if name != "index.html":
            assert page.locator(".js-plotly-plot .main-svg").count() >= 2 and page.locator("table.dataTable").count() == 1
        page.close()


@pytest.mark.parametrize("article", ["seed", "bbc"])
def test_no_table_cell_or_hover_shows_scientific_notation_or_pint_syntax(
        chromium: Any, rendered: dict[str, Path], article: str) -> None:
    folder = rendered[article]
    cells: list[str] = []
    hovers: list[str] = []
    for target in [*(folder / f"{name}.html" for name in PAGES), folder.parent / f"{folder.name}.html"]:
        page, errors, _, _ = _open(chromium, target)
        assert errors == []
        cells += page.evaluate(_CELLS)
        hovers += page.evaluate(_HOVERS)
        page.close()
    assert len(cells) > 50 and len(hovers) > 20
    bad = [t for t in cells + hovers if "e+" in t or "**" in t]
    assert bad == [], bad[:5]
    if article == "seed":
        assert "$200 billion a year" in cells and "55 billion m³ a year" in cells
        assert any("$240.1 billion" in h for h in hovers)


def test_the_record_chart_puts_the_partial_2023_period_on_a_date_axis(chromium: Any, rendered: dict[str, Path]) -> None:
    page, _, _, _ = _open(chromium, rendered["seed"] / "04-trade-and-growth.html")
    record = page.evaluate("""() => {
      for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        const partial = gd._fullData.find(t => (t.name || '').includes('Jan-Sep 2023 (partial)'));
        if (!partial) continue;
        const whole = gd._fullData.find(t => (t.name || '').endsWith('whole years'));
        return {axis: gd._fullLayout.xaxis.type, x: Array.from(partial.x), y: Array.from(partial.y),
                wholeY: Array.from(whole.y), wholeX: Array.from(whole.x)};
      }
      return null;
    }""")
    assert record is not None and record["axis"] == "date"
    assert [str(x)[:10] for x in record["x"]] == ["2023-01-01", "2023-05-17", "2023-09-30"]
    assert 176.4e9 not in record["wholeY"], "the nine months are not joined to the whole years"
    assert [str(x)[:4] for x in record["wholeX"] if x] == ["2019", "2021", "2022", "2023"]
    page.close()


@pytest.mark.parametrize("article", ["seed", "bbc"])
def test_the_first_page_links_to_its_sections(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    page, errors, requests, _ = _open(chromium, rendered[article] / "index.html")
    assert errors == [] and requests == []
    shot = rendered[article] / "index.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20000
    links = page.locator(".articlelab-front a[href*='#']")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    links.first.click()
    page.wait_for_url("**/" + href)
    page.wait_for_load_state("load")
    anchor = href.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").count() == 1
    page.close()


@pytest.mark.parametrize("name", [*PAGES, "single", "index"])
def test_markup_in_an_article_is_shown_as_text_and_never_runs(chromium: Any, rendered: dict[str, Path], name: str) -> None:
    folder = rendered["xss"]
    target = folder.parent / f"{folder.name}.html" if name == "single" else folder / f"{name}.html"
    page, errors, requests, dialogs = _open(chromium, target)
    page.wait_for_timeout(500)
    assert dialogs == [], f"a script from the article ran on {name}"
    _only_assets(requests, folder.parent)
    if name in ("01-clean-and-segment", "index"):
        assert "<script>alert(1)</script>" in page.inner_text("body")
    page.close()


def test_screenshots_of_the_seed_report(chromium: Any, rendered: dict[str, Path]) -> None:
    page, _, _, _ = _open(chromium, rendered["seed"] / "03-comparisons.html")
    target = rendered["seed"] / "03-comparisons.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20000
    page.close()


def test_on_a_phone_chart_titles_wrap_inside_their_chart(chromium: Any, rendered: dict[str, Path]) -> None:
    # a 420-pixel screen cut 'Figures cluster in paragraphs 3-5: 6 of 8 figures' at its chart's edge
    found = []
    for name in ("02-figures", "05-voices", "06-language"):
        page = chromium.new_page(viewport={"width": 420, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((rendered["seed"] / f"{name}.html").resolve().as_uri())
        page.wait_for_timeout(1200)
        found += page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => {
            const title = gd.querySelector('.gtitle').getBoundingClientRect(), chart = gd.getBoundingClientRect();
            return [gd.layout.title.text, title.left >= chart.left - 1 && title.right <= chart.right + 1];
        })""")
        assert errors == []
        page.close()
    assert found and all(fits for _, fits in found), [t for t, fits in found if not fits]
    assert any("<br>" in text for text, _ in found)  # at least one seed title is longer than a phone is wide
    wide, _, _, _ = _open(chromium, rendered["seed"] / "02-figures.html")
    assert not any("<br>" in t for t in wide.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => gd.layout.title.text)"))
    wide.close()


def test_on_a_phone_the_first_page_does_not_scroll_sideways(chromium: Any, rendered: dict[str, Path]) -> None:
    # a 400-pixel window scrolled the first page sideways: "→ 04 · Money and growth, 2. Growth and the
    # level it implies" did not wrap
    page = chromium.new_page(viewport={"width": 400, "height": 900})
    page.goto((rendered["seed"] / "index.html").resolve().as_uri())
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 400
    page.close()


_VALUES = """() => {
  const table = document.querySelector('table.dataTable');
  const heads = Array.from(table.querySelectorAll('thead th')).map(h => h.textContent.trim());
  const column = heads.indexOf('value');
  return Array.from(table.querySelectorAll('tbody tr')).map(r => r.children[column].textContent);
}"""


_INFO = "() => Array.from(document.querySelectorAll('.dt-info')).map(e => e.textContent)"
_ROWS = "() => Array.from(document.querySelectorAll('.dt-info')).map(e => e.closest('.dt-container').querySelectorAll('tbody tr').length)"


def test_the_figures_table_sorts_by_number_and_prints_every_row(chromium: Any, rendered: dict[str, Path]) -> None:
    page, errors, _, _ = _open(chromium, rendered["seed"] / "02-figures.html")
    assert errors == []
    page.locator("table.dataTable").first.locator("thead th", has_text="value").first.click()  # the header's words sort
    page.wait_for_timeout(200)
    values = page.evaluate(_VALUES)
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
    numbers = [float(re.sub(r"[^\d.]", "", v.split()[0].split("–")[0]) or 0) * next((f for w, f in scale.items() if w in v), 1)
               for v in values]
    assert numbers == sorted(numbers), values  # "$200 billion" after "60%", not before it as text sorts
    page.close()
    page, errors, _, _ = _open(chromium, rendered["seed"] / "05-voices.html")  # tables of 13, 25 and 30 rows
    entries = [int(re.search(r"of ([\d,]+) entries", t).group(1).replace(",", "")) for t in page.evaluate(_INFO)]
    assert entries and max(entries) > 10
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # printing or saving as PDF: every row, not ten
    page.wait_for_timeout(300)
    assert page.evaluate(_ROWS) == entries
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.wait_for_timeout(300)
    assert page.evaluate(_ROWS) == [min(10, n) for n in entries]  # the screen's paging comes back
    page.close()


# Every table's right edge, whether its output area scrolls sideways, and its shown rows as a reader sees them:
# each cell's header, words, alignment and width.
_TABLES = """() => Array.from(document.querySelectorAll('table.dataTable')).map(t => {
  const area = t.closest('.jp-OutputArea-output') || t.parentElement;
  const heads = Array.from(t.querySelectorAll('thead th')).map(h => h.textContent.trim());
  const rows = Array.from(t.querySelectorAll('tbody tr')).map(tr => Array.from(tr.querySelectorAll('td:not(.dt-empty)')));
  return {right: t.getBoundingClientRect().right, scrolls: area.scrollWidth > area.clientWidth + 1,
          cells: rows.flatMap(row => row.map((td, i) => [heads[i], td.textContent, getComputedStyle(td).textAlign,
                                                         td.getBoundingClientRect().width]))};
})"""


def _reads_as_columns(tables: list[dict[str, Any]], where: str) -> None:
    """No table wider than the screen or its own area; words left-aligned, a sentence's cell at least 250 px wide."""
    assert tables, where
    for table in tables:
        assert table["right"] <= 1280 and not table["scrolls"], (where, table["right"])
        for head, text, align, width in table["cells"]:
            if re.search(r"[^\W\d_]", text):
                assert align in ("left", "start"), (where, head, text, align)
            if len(text) >= 80:  # a sentence, a quote, a standfirst: lines of words, not a word a line
                assert width >= 250, (where, head, text, width)


@pytest.mark.parametrize("article", ["seed", "bbc"])
def test_at_1280_pixels_every_table_fits_and_its_words_read_left_aligned(
    chromium: Any, rendered: dict[str, Path], article: str
) -> None:
    # the 13-column figures table squeezed its sentences into 140 pixels, five or six words a line
    for name in ("01-clean-and-segment", "02-figures", "05-voices"):
        page, errors, _, _ = _open(chromium, rendered[article] / f"{name}.html")
        assert errors == []
        _reads_as_columns(page.evaluate(_TABLES), f"{article}/{name}")
        page.close()


# JupyterLab's own rule for HTML outputs (@jupyterlab/rendermime): every cell right-aligned, as pandas shows a frame
_LAB_CSS = """:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td, :not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon tr { text-align: right; }"""


def test_in_jupyterlab_a_table_s_words_are_left_aligned_and_its_numbers_right(
    chromium: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pandas as pd
    from itables import options as itables_options
    from itables.javascript import generate_init_offline_itables_html, to_html_datatable

    from helpers import notebook

    shown: list[str] = []
    monkeypatch.setattr("itables.show", lambda frame, **options: shown.append(
        to_html_datatable(frame, connected=False, **options)))
    notebook.table(pd.DataFrame({"speaker": ["Vladimir Putin", "Kremlin"], "kind": ["person", "organization"],
                                 "quotes": [3, 12], "sentence": ["Putin said the ties were deeper than ever. " * 2] * 2}))
    page_file = tmp_path / "lab.html"
    page_file.write_text(f"<html><head><style>{_LAB_CSS}</style></head><body>"
                         f"<div class='jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output'>"
                         f"{generate_init_offline_itables_html(itables_options.dt_bundle)}{shown[0]}</div></body></html>",
                         encoding="utf-8")
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.resolve().as_uri())
    page.wait_for_selector("table.dataTable tbody td")
    cells = page.evaluate(_TABLES)[0]["cells"][:4]
    assert [(head, align) for head, _, align, _ in cells] == [
        ("speaker", "left"), ("kind", "left"), ("quotes", "right"), ("sentence", "left")]
    page.close()


# A page's menu: the top of each of its entries, and its own height and line height.
_MENU = """() => {
  const nav = document.querySelector('.articlelab-nav');
  if (!nav) return null;
  const entries = Array.from(nav.querySelectorAll('a, b'));
  return {tops: entries.map(e => Math.round(e.getBoundingClientRect().top)),
          height: nav.getBoundingClientRect().height, line: parseFloat(getComputedStyle(nav).lineHeight) || 20,
          hyphenBroken: entries.some(e => e.getClientRects().length > 1)};
}"""


@pytest.mark.parametrize("article", ["seed", "bbc", "sport"])
def test_at_1280_pixels_every_page_s_menu_is_one_line(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    # the first page's menu wrapped onto a second line in its 60em column, "06-" at the end of one line and
    # "language" on the next
    for name in ["index", *PAGES]:
        page, errors, _, _ = _open(chromium, rendered[article] / f"{name}.html")
        menu = page.evaluate(_MENU)
        assert menu is not None and len(menu["tops"]) >= 8, name
        assert len(set(menu["tops"])) == 1 and menu["height"] < 2 * menu["line"] + 20, (article, name, menu)
        assert not menu["hyphenBroken"], (article, name)
        page.close()
    phone = chromium.new_page(viewport={"width": 390, "height": 844})
    phone.goto((rendered[article] / "index.html").resolve().as_uri())
    assert not phone.evaluate(_MENU)["hyphenBroken"], "on a phone the menu wraps between pages, never inside a name"
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390
    phone.close()


# Every table at its longest page length, then for each table each header with whether any of its cells holds words.
_FILLED = """() => {
  for (const select of document.querySelectorAll('.dt-length select')) {
    select.value = select.options[select.options.length - 1].value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
  }
  return Array.from(document.querySelectorAll('table.dataTable')).map(t => {
    const heads = Array.from(t.querySelectorAll('thead th')).map(h => h.textContent.trim());
    const rows = Array.from(t.querySelectorAll('tbody tr')).map(tr => Array.from(tr.querySelectorAll('td:not(.dt-empty)')));
    return heads.map((head, i) => [head, rows.some(row => row[i] && row[i].textContent.trim() !== '')]);
  });
}"""


@pytest.mark.parametrize("article", ["seed", "bbc", "sport"])
def test_no_table_shows_a_column_empty_in_every_row(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    # the voices table kept a 'descriptor' header over nothing but blank cells
    for name in PAGES:
        page, errors, _, _ = _open(chromium, rendered[article] / f"{name}.html")
        page.wait_for_timeout(300)
        for table in page.evaluate(_FILLED):
            empty = [head for head, filled in table if not filled]
            assert not empty, (article, name, empty)
        page.close()
    voices = (rendered["sport"] / "05-voices.html").read_text(encoding="utf-8")
    assert "Left out, empty for every source: descriptor." in voices


# Each bar chart's value axis and its bars' extremes: the tone chart's (vertical bars) by its title.
_TONE = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
  .filter(gd => (gd.layout.title.text || '').startsWith('Tone'))
  .map(gd => ({range: gd._fullLayout.yaxis.range, values: Array.from(gd._fullData[0].y)}))"""


@pytest.mark.parametrize("article", ["seed", "sport"])
def test_the_tone_axis_ends_within_a_seventh_past_its_longest_bars(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    # the sport report's bars stood between 0 and 0.97 on an axis from -1 to 1: half the chart was empty
    page, errors, _, _ = _open(chromium, rendered[article] / "06-language.html")
    charts = page.evaluate(_TONE)
    page.close()
    assert len(charts) == 1 and errors == []
    (bottom, top), values = charts[0]["range"], charts[0]["values"]
    low, high = min(0, min(values)), max(0, max(values))
    span = high - low
    assert high <= top <= high + 0.15 * span and low - 0.15 * span <= bottom <= low, (article, bottom, top, low, high)


_WORD_LABELS = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
  .filter(gd => / leads with \\d+ uses/.test(gd.layout.title.text || ''))
  .map(gd => Array.from(gd.data[0].y))"""


@pytest.mark.parametrize("article", ["seed", "bbc", "sport"])
def test_the_word_chart_shows_each_word_as_the_article_writes_it(chromium: Any, rendered: dict[str, Path], article: str) -> None:
    # the sport report's chart read "russia" and "argentina": the article writes them only as "(Russia)"
    import json

    page, errors, _, _ = _open(chromium, rendered[article] / "06-language.html")
    labels = page.evaluate(_WORD_LABELS)
    page.close()
    assert len(labels) == 1 and labels[0]
    slug = rendered[article].name
    text = json.loads((rendered["root"] / "data" / "processed" / slug / "article.json").read_text(encoding="utf-8"))["text"]
    for label in labels[0]:
        if label.islower():  # a word shown in lower case is one the article writes so
            assert re.search(rf"(?<![\w'’-]){re.escape(label)}(?![\w-])", text), (article, label)
        elif " " not in label:  # and one shown capitalized is written so inside a sentence, not only at a sentence's
            # start (a name of several words is shown as the voices step resolves it: "US" as "United States")
            assert re.search(rf"(?<=[\w,;] |.\(){re.escape(label)}", text), (article, label)
    if article == "sport":
        assert {"Russia", "Argentina"} <= set(labels[0]) and not {"russia", "argentina"} & set(labels[0])
