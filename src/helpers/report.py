"""Reports: run every notebook for an article with papermill and render offline HTML pages."""

from __future__ import annotations

import hashlib
import html
import json
import os

import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import nbformat

from . import config
from .inputs import raw_meta, resolve
from .process import library_fingerprint, process
from .storage import atomic_write_bytes, json_bytes

KERNEL = "articlelab"
PLOTLY_CDN = "https://cdn.plot.ly/plotly-3.1.0.min.js"
PLOTLY_MIME = "application/vnd.plotly.v1+json"


@dataclass
class PageResult:
    """One notebook rendered for one article, or the reason it failed."""

    notebook: str
    html: Path | None = None
    error: str | None = None


@dataclass
class ReportResult:
    slug: str
    folder: Path
    pages: list[PageResult] = field(default_factory=list)
    single: Path | None = None
    skipped: bool = False

    @property
    def failed(self) -> list[PageResult]:
        return [p for p in self.pages if p.error]


CORPUS_NOTEBOOK = "07-corpus"


def notebooks(folder: Path | None = None) -> list[Path]:
    """The per-article series: notebooks/NN-topic.ipynb, in order (the corpus notebook apart)."""
    folder = folder or config.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.stem != CORPUS_NOTEBOOK)


def render_corpus(corpus: Path | None = None, *, subject: str = "tax", with_code: bool = False,
                  cdn: bool = False, reports_dir: Path | None = None) -> ReportResult:
    """Run notebooks/07-corpus for a corpus dataset into reports/corpus/."""
    from .corpus import corpus_dir

    folder = (corpus or corpus_dir()).resolve()
    if not (folder / "_batches").is_dir():
        from .errors import ArticleError

        raise ArticleError(f"{folder}: no corpus here yet; run `python -m helpers process DIR` first")
    out = (reports_dir or config.REPORTS_DIR) / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    ensure_kernel()
    source = config.NOTEBOOKS_DIR / f"{CORPUS_NOTEBOOK}.ipynb"
    running = out / f".{CORPUS_NOTEBOOK}.running.ipynb"
    _, error = _execute((str(source), str(running), {"CORPUS": str(folder), "SUBJECT": subject}, str(config.PROJECT_ROOT)))
    result = ReportResult("corpus", out)
    if error:
        result.pages.append(PageResult(CORPUS_NOTEBOOK, None, f"{CORPUS_NOTEBOOK} failed for the corpus at {error}"))
        return result
    nb = nbformat.read(running, as_version=4)
    running.unlink(missing_ok=True)
    atomic_write_bytes(out / f"{CORPUS_NOTEBOOK}.ipynb", nbformat.writes(nb).encode("utf-8"))
    nav = '<nav class="articlelab-nav"><a href="../index.html">all reports</a></nav>'
    page = out / f"{CORPUS_NOTEBOOK}.html"
    atomic_write_bytes(page, to_html(nb, with_code=with_code, cdn=cdn, nav_html=nav, title="corpus").encode("utf-8"))
    result.pages.append(PageResult(CORPUS_NOTEBOOK, page))
    write_index(reports_dir or config.REPORTS_DIR)
    return result


def ensure_kernel() -> str:
    """Install the project's kernel into this environment (so papermill never meets NoSuchKernel)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
        return KERNEL
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        install(kernel_name=KERNEL, display_name=KERNEL, prefix=sys.prefix)
        return KERNEL


def plotly_js() -> str:
    """plotly.js as shipped inside the plotly package (no network)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _csp(cdn: bool) -> str:
    scripts = "'unsafe-inline' 'unsafe-eval' blob:" + (" https://cdn.plot.ly" if cdn else "")
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _plotly_head(cdn: bool) -> str:
    if cdn:
        return f'<script src="{PLOTLY_CDN}" charset="utf-8"></script>'
    return f'<script type="text/javascript">{plotly_js()}</script>'


def _plotly_outputs_to_html(nb: nbformat.NotebookNode) -> None:
    """Turn plotly's JSON outputs into divs that the page's single plotly.js draws."""
    import plotly.io as pio

    for c, cell in enumerate(nb.cells):
        for o, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            if PLOTLY_MIME not in data:
                continue
            figure = data[PLOTLY_MIME]
            div = pio.to_html(
                figure, include_plotlyjs=False, full_html=False, div_id=f"plot-{c}-{o}",
                config={"displaylogo": False, "responsive": True},
            )
            output["data"] = {"text/html": div}  # plotly writes "<" inside its JSON as \u003c


def _dedupe_large_outputs(nb: nbformat.NotebookNode, minimum: int = 20000) -> None:
    """Keep one copy of identical large outputs (the offline table library each notebook embeds)."""
    seen: set[str] = set()
    for cell in nb.cells:
        kept = []
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html", "")
            if isinstance(text, list):
                text = "".join(text)
            if len(text) >= minimum:
                digest = hashlib.sha256(text.encode()).hexdigest()
                if digest in seen:
                    continue
                seen.add(digest)
            kept.append(output)
        cell["outputs"] = kept


def _nav(slug: str, pages: list[str], current: str | None) -> str:
    links = ['<a href="../index.html">all articles</a>', '<a href="index.html">contents</a>']
    for page in pages:
        name = html.escape(page)
        links.append(f"<b>{name}</b>" if page == current else f'<a href="{name}.html">{name}</a>')
    links.append(f'<a href="../{html.escape(slug)}.html">single page</a>')
    return f'<nav class="articlelab-nav">{" · ".join(links)}</nav>'


def to_html(nb: nbformat.NotebookNode, *, with_code: bool, cdn: bool, nav_html: str = "", title: str = "") -> str:
    """One page of HTML for an executed notebook: code hidden unless asked, plotly.js once."""
    from nbconvert import HTMLExporter

    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    _plotly_outputs_to_html(nb)
    if title:
        nb.metadata["title"] = title
    with as_file(files("helpers").joinpath("resources").joinpath("nbconvert")) as templates:
        exporter = HTMLExporter(template_name="articlelab", extra_template_basedirs=[str(templates)])
        exporter.exclude_input = not with_code
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
        body, _ = exporter.from_notebook_node(
            nb, resources={"plotly_head": _plotly_head(cdn), "csp": _csp(cdn), "nav_html": nav_html}
        )
    return body


def _execute(args: tuple[str, str, str | dict[str, Any], str]) -> tuple[str, str | None]:
    """Run one notebook with papermill (in a worker process); returns (notebook, error or None)."""
    source, target, slug, root = args
    parameters = slug if isinstance(slug, dict) else {"ARTICLE": slug}
    import papermill as pm

    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)  # kernels log to stderr; the report states failures itself

    error = ""
    for _attempt in range(3):  # a kernel can lose the race for its ports on a busy machine: start again
        try:
            pm.execute_notebook(
                source, target, parameters=parameters, kernel_name=KERNEL,
                progress_bar=False, log_output=False, cwd=root, start_timeout=120,
            )
            return source, None
        except pm.PapermillExecutionError as exc:
            return source, f"cell {exc.exec_count}: {exc.ename}: {' '.join(str(exc.evalue).split())[:300]}"
        except Exception as exc:  # a kernel that dies, a notebook that will not load
            error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            if "kernel" not in error.lower():
                break
    return source, error


def _fingerprint(slug: str, series: list[Path], with_code: bool, cdn: bool) -> str:
    digest = hashlib.sha256(f"{library_fingerprint()}|{with_code}|{cdn}".encode())
    manifest = config.PROCESSED_DIR / slug / "manifest.json"
    digest.update(manifest.read_bytes() if manifest.is_file() else b"")
    for path in series:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def render(
    ref: str | Path | None = None, *, with_code: bool = False, cdn: bool = False, jobs: int | None = None,
    force: bool = False, reports_dir: Path | None = None,
) -> ReportResult:
    """Process the article if needed, run every notebook for it, and write its HTML pages."""
    item = resolve(ref)
    process(ref)
    slug = item.slug
    out = (reports_dir or config.REPORTS_DIR) / slug
    out.mkdir(parents=True, exist_ok=True)
    series = notebooks()
    result = ReportResult(slug, out)
    stamp = _fingerprint(slug, series, with_code, cdn)
    marker = out / ".report.json"
    names = [p.stem for p in series]
    if not force and marker.is_file() and json.loads(marker.read_text()).get("fingerprint") == stamp:
        result.pages = [PageResult(n, out / f"{n}.html") for n in names]
        result.single = out.parent / f"{slug}.html"
        result.skipped = True
        return result
    marker.unlink(missing_ok=True)
    ensure_kernel()
    in_raw = raw_meta(slug) is not None and (ref is None or raw_meta(str(ref)) is not None)
    article = slug if in_raw or item.path is None else str(item.path.resolve())
    tasks = [(str(p), str(out / f".{p.stem}.running.ipynb"), article, str(config.PROJECT_ROOT)) for p in series]
    workers = jobs or min(len(tasks), max(2, os.cpu_count() or 2))
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = dict(pool.map(_execute, tasks))
    executed: list[tuple[str, nbformat.NotebookNode]] = []
    for source, running, _, _ in tasks:
        name = Path(source).stem
        error = outcomes[source]
        page = out / f"{name}.html"
        running_path = Path(running)
        nb = nbformat.read(running_path, as_version=4) if running_path.is_file() else None
        if nb is not None:
            atomic_write_bytes(out / f"{name}.ipynb", nbformat.writes(nb).encode("utf-8"))
            running_path.unlink(missing_ok=True)
        if error:
            result.pages.append(PageResult(name, None, f"{name} failed for {slug} at {error}"))
            page.unlink(missing_ok=True)
            continue
        assert nb is not None
        executed.append((name, nb))
        body = to_html(nb, with_code=with_code, cdn=cdn, nav_html=_nav(slug, names, name), title=f"{name} · {slug}")
        atomic_write_bytes(page, body.encode("utf-8"))
        result.pages.append(PageResult(name, page))
    atomic_write_bytes(out / "index.html", _article_index(slug, result).encode("utf-8"))
    if executed:
        single = _single(slug, executed, with_code=with_code, cdn=cdn, failed=result.failed)
        result.single = out.parent / f"{slug}.html"
        atomic_write_bytes(result.single, single.encode("utf-8"))
    write_index(reports_dir or config.REPORTS_DIR)
    if not result.failed:
        atomic_write_bytes(marker, json_bytes({"fingerprint": stamp}))
    return result


def _single(slug: str, executed: list[tuple[str, nbformat.NotebookNode]], *, with_code: bool, cdn: bool,
            failed: list[PageResult]) -> str:
    """Every section in one page, with one copy of plotly.js, for email."""
    merged = nbformat.v4.new_notebook()
    merged.metadata = executed[0][1].metadata
    for name, nb in executed:
        merged.cells.append(nbformat.v4.new_markdown_cell(f"<a id='{name}'></a>\n\n---"))
        merged.cells.extend(c for c in nb.cells if "parameters" not in c.get("metadata", {}).get("tags", []))
    _dedupe_large_outputs(merged)
    toc = " · ".join(f'<a href="#{html.escape(n)}">{html.escape(n)}</a>' for n, _ in executed)
    notes = "".join(f'<p class="articlelab-error">{html.escape(p.error or "")}</p>' for p in failed)
    nav = f'<nav class="articlelab-nav"><a href="index.html">all articles</a> · {toc}</nav>{notes}'
    return to_html(merged, with_code=with_code, cdn=cdn, nav_html=nav, title=slug)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_csp(False)}\">"
        f"<title>{html.escape(title)}</title><style>body{{font:15px system-ui,sans-serif;max-width:60em;"
        "margin:2em auto;padding:0 1em}} .err{{color:#a00}} li{{margin:.3em 0}}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def _article_index(slug: str, result: ReportResult) -> str:
    headline = slug
    record = config.PROCESSED_DIR / slug / "article.json"
    if record.is_file():
        headline = json.loads(record.read_text(encoding="utf-8")).get("headline") or slug
    items = []
    for page in result.pages:
        name = html.escape(page.notebook)
        if page.error:
            items.append(f"<li class='err'>{name}: {html.escape(page.error)}</li>")
        else:
            items.append(f"<li><a href='{name}.html'>{name}</a></li>")
    return _page(
        str(headline),
        f"<p><a href='../index.html'>all articles</a></p><h1>{html.escape(str(headline))}</h1>"
        f"<p><a href='../{html.escape(slug)}.html'>everything on one page</a> (for email)</p><ul>{''.join(items)}</ul>",
    )


def write_index(reports_dir: Path | None = None) -> Path:
    """reports/index.html: every article that has a report."""
    folder = reports_dir or config.REPORTS_DIR
    rows = []
    if (folder / "corpus" / f"{CORPUS_NOTEBOOK}.html").is_file():
        rows.append(f"<li><a href='corpus/{CORPUS_NOTEBOOK}.html'>the corpus, all articles together</a></li>")
    for index in sorted(folder.glob("*/index.html")):
        slug = index.parent.name
        record = config.PROCESSED_DIR / slug / "article.json"
        headline = json.loads(record.read_text(encoding="utf-8")).get("headline") if record.is_file() else None
        rows.append(
            f"<li><a href='{html.escape(slug)}/index.html'>{html.escape(str(headline or slug))}</a>"
            f" · <a href='{html.escape(slug)}.html'>single page</a></li>"
        )
    path = folder / "index.html"
    atomic_write_bytes(path, _page("articlelab reports", f"<h1>Reports</h1><ul>{''.join(rows)}</ul>").encode("utf-8"))
    return path


def screenshots(result: ReportResult) -> list[Path]:
    """A PNG of each page, taken with Playwright driving the system's Chromium."""
    from .browser import screenshot

    shots = []
    for page in result.pages:
        if page.html is not None:
            shots.append(screenshot(page.html, page.html.with_suffix(".png")))
    return shots


