"""Reports: run every notebook for an article with papermill and render offline HTML pages.

A report folder is light: its pages load plotly.js and the table library from one versioned file
each in `reports/assets/`, by relative path, so `reports/<slug>/` with `reports/assets/` opens from
disk or a zip and asks nothing of the network. The single-file edition (`reports/<slug>.html`)
carries one copy of each inline, for email. Each article's first page says where it comes from,
what was cut, and what to check first.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import config
from .display import clip, plural
from .inputs import raw_meta, resolve
from .process import library_fingerprint, process
from .storage import atomic_write_bytes, json_bytes

if TYPE_CHECKING:
    import nbformat

    from .checks import Check, Summary

KERNEL = "articlelab"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
ASSETS = "assets"
CORPUS_NOTEBOOK = "07-corpus"
FRONT_ITEMS = 8
"""Items shown per kind of check on a first page; the rest are one link away."""
_SECTION = re.compile(r"^## (\d+)\. ", re.MULTILINE)
_BUNDLE_MARKERS = ("injectModule(", "window._itables_")


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


def notebooks(folder: Path | None = None) -> list[Path]:
    """The per-article series: notebooks/NN-topic.ipynb, in order (the corpus notebook apart)."""
    folder = folder or config.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.stem != CORPUS_NOTEBOOK)


# --- shared assets ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Asset:
    """A script every page needs, under a file name that carries its version."""

    name: str
    text: str


@lru_cache(maxsize=1)
def plotly_asset() -> Asset:
    """plotly.js as shipped inside the plotly package (no network)."""
    from plotly.offline import get_plotlyjs, get_plotlyjs_version

    return Asset(f"plotly-{get_plotlyjs_version()}.min.js", get_plotlyjs())


@lru_cache(maxsize=1)
def tables_asset() -> Asset:
    """ITables' offline DataTables bundle as one classic script: it injects the bundle's CSS and
    loads its module from a blob URL, as the notebook's `init_notebook_mode` cell would."""
    from itables import __version__, options
    from itables.javascript import _itables_ready_event, _itables_underscore_version

    bundle = Path(options.dt_bundle)
    source, css = bundle.read_text(encoding="utf-8"), bundle.with_suffix(".css").read_text(encoding="utf-8")
    key, ready = _itables_underscore_version(), _itables_ready_event()
    text = (
        f"/* ITables {__version__} DataTables bundle (MIT licences: itables.org, datatables.net), shared by\n"
        f"   every page of an articlelab report. */\n(function () {{\n"
        f"  if (window.{key}) return;\n"
        f"  var style = document.createElement('style');\n  style.textContent = {_js_string(css)};\n"
        "  document.head.appendChild(style);\n"
        f"  var url = URL.createObjectURL(new Blob([{_js_string(source)}], {{type: 'application/javascript'}}));\n"
        f"  window.{key} = import(url);\n"
        f"  window.{key}.then(function () {{ URL.revokeObjectURL(url); window.dispatchEvent(new Event({json.dumps(ready)})); }});\n"
        "})();\n"
    )
    return Asset(f"itables-{__version__}.js", text)


def _js_string(text: str) -> str:
    """A JavaScript string literal that is also safe inside an HTML <script> element."""
    return json.dumps(text).replace("</", "<\\/").replace("<!--", "<\\!--")


def assets() -> tuple[Asset, ...]:
    return plotly_asset(), tables_asset()


def write_assets(reports_dir: Path | None = None) -> list[Path]:
    """reports/assets/: one versioned file per script (rewritten only when it differs)."""
    folder = (reports_dir or config.REPORTS_DIR) / ASSETS
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for asset in assets():
        path = folder / asset.name
        data = asset.text.encode("utf-8")
        if not path.is_file() or path.stat().st_size != len(data) or path.read_bytes() != data:
            atomic_write_bytes(path, data)
        written.append(path)
    return written


@dataclass(frozen=True)
class Scripts:
    """What a page's <head> loads, and the Content-Security-Policy that allows exactly that."""

    head: str
    csp: str


def _csp(extra: str = "") -> str:
    scripts = f"'unsafe-inline' 'unsafe-eval' blob:{extra}"
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
    )


def shared_scripts(cdn: bool = False) -> Scripts:
    """Scripts from ../assets/ (pages one folder below reports/); plotly.js from its CDN if asked."""
    tags = [
        f'<script src="{_plotly_cdn()}" charset="utf-8"></script>' if cdn
        else f'<script src="../{ASSETS}/{plotly_asset().name}" charset="utf-8"></script>',
        f'<script src="../{ASSETS}/{tables_asset().name}" charset="utf-8"></script>',
    ]
    return Scripts("\n".join(tags), _csp(" 'self' file:" + (" https://cdn.plot.ly" if cdn else "")))


def inline_scripts(cdn: bool = False) -> Scripts:
    """One copy of each script inside the page (the single-file edition)."""
    plotly = (f'<script src="{_plotly_cdn()}" charset="utf-8"></script>' if cdn
              else f"<script>{plotly_asset().text}</script>")
    return Scripts(f"{plotly}\n<script>{tables_asset().text}</script>", _csp(" https://cdn.plot.ly" if cdn else ""))


def _plotly_cdn() -> str:
    from plotly.offline import get_plotlyjs_version

    return f"https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js"


# --- notebooks -> HTML --------------------------------------------------------------------------


def render_corpus(corpus: Path | None = None, *, subject: str = "tax", with_code: bool = False,
                  cdn: bool = False, reports_dir: Path | None = None) -> ReportResult:
    """Run notebooks/07-corpus for a corpus dataset into reports/corpus/<name>.html (and .ipynb), named after
    the dataset's folder (`corpus_report_name`), so a second corpus's report stands beside the first."""
    import nbformat

    from .corpus import corpus_dir

    folder = (corpus or corpus_dir()).resolve()
    if not (folder / "_batches").is_dir():
        from .errors import ArticleError

        raise ArticleError(f"{folder}: no corpus here yet; run `python -m helpers process DIR` first")
    reports = reports_dir or config.REPORTS_DIR
    out = reports / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    write_assets(reports)
    ensure_kernel()
    source = config.NOTEBOOKS_DIR / f"{CORPUS_NOTEBOOK}.ipynb"
    name = corpus_report_name(folder)
    running = out / f".{name}.running.ipynb"
    _, error = _execute((str(source), str(running), {"CORPUS": str(folder), "SUBJECT": subject}, str(config.PROJECT_ROOT)))
    result = ReportResult("corpus", out)
    if error:
        result.pages.append(PageResult(CORPUS_NOTEBOOK, None, f"{CORPUS_NOTEBOOK} failed for the corpus at {error}"))
        return result
    nb = nbformat.read(running, as_version=4)
    running.unlink(missing_ok=True)
    strip_bundles(nb)
    atomic_write_bytes(out / f"{name}.ipynb", nbformat.writes(nb).encode("utf-8"))
    nav = '<nav class="articlelab-nav"><a href="../index.html">all reports</a></nav>'
    page = out / f"{name}.html"
    html_text = to_html(nb, with_code=with_code, scripts=shared_scripts(cdn), nav_html=nav, title=f"corpus {name}",
                        anchors=CORPUS_NOTEBOOK)
    atomic_write_bytes(page, html_text.encode("utf-8"))
    result.pages.append(PageResult(CORPUS_NOTEBOOK, page))
    write_index(reports)
    return result


def corpus_report_name(folder: Path) -> str:
    """The file name a corpus's report takes in reports/corpus/: its dataset folder's name as a slug
    ("data/processed/corpus": "corpus", "--out data/bbc_2005": "bbc-2005")."""
    from .inputs import slugify

    return slugify(folder.name, "corpus")


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


def _is_bundle(output: dict[str, Any]) -> bool:
    text = output.get("data", {}).get("text/html", "")
    text = "".join(text) if isinstance(text, list) else text
    return all(marker in text for marker in _BUNDLE_MARKERS)


def _is_note(output: dict[str, Any]) -> bool:
    return output.get("metadata", {}).get("articlelab") == "shared-asset"


def _note() -> nbformat.NotebookNode:
    """What an executed notebook keeps in place of the table library: a reference to the asset."""
    import nbformat

    name = tables_asset().name
    return nbformat.v4.new_output(
        "display_data",
        data={"text/html": f'<script src="../{ASSETS}/{name}" charset="utf-8"></script>',
              "text/plain": f"(the interactive-table library is shared: reports/{ASSETS}/{name})"},
        metadata={"articlelab": "shared-asset"},
    )


def strip_bundles(nb: nbformat.NotebookNode, *, keep_note: bool = True) -> int:
    """Replace the table library that `init_notebook_mode` embeds in an executed notebook by a
    reference to the shared asset, or drop both (for a page whose head loads the asset).
    Returns how many copies of the library were removed."""
    stripped = 0
    for cell in nb.cells:
        kept = []
        for output in cell.get("outputs", []):
            if _is_note(output) or _is_bundle(output):
                stripped += 0 if _is_note(output) else 1
                if keep_note:
                    kept.append(output if _is_note(output) else _note())
            else:
                kept.append(output)
        cell["outputs"] = kept
    return stripped


def _plotly_outputs_to_html(nb: nbformat.NotebookNode) -> None:
    """Turn plotly's JSON outputs into divs that the page's single plotly.js draws."""
    import plotly.io as pio

    for c, cell in enumerate(nb.cells):
        for o, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            if PLOTLY_MIME not in data:
                continue
            div = pio.to_html(
                data[PLOTLY_MIME], include_plotlyjs=False, full_html=False, div_id=f"plot-{c}-{o}",
                config={"displaylogo": False, "responsive": True},
            )
            output["data"] = {"text/html": div}  # plotly writes "<" inside its JSON as \u003c


def anchor_sections(nb: nbformat.NotebookNode, notebook: str) -> None:
    """An anchor `<notebook>-<N>` before each numbered section ("## 2. Where figures cluster"), so
    the first page links to sections in both editions."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and (match := _SECTION.match(cell.source)):
            cell.source = f'<a id="{html.escape(notebook)}-{match.group(1)}"></a>\n\n{cell.source}'


def section_titles(series: list[Path]) -> dict[str, str]:
    """"02-figures-1" -> "02 · Figures, 1. Every figure": the numbered sections of each notebook."""
    import nbformat

    titles = {}
    for path in series:
        nb = nbformat.read(path, as_version=4)
        markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
        name = next((m.splitlines()[0].lstrip("# ").strip() for m in markdown if m.startswith("# ")), path.stem)
        for source in markdown:
            if match := _SECTION.match(source):
                titles[f"{path.stem}-{match.group(1)}"] = f"{name}, {source.splitlines()[0][3:].strip()}"
    return titles


def page_questions(series: list[Path]) -> dict[str, str]:
    """"02-figures" -> ("02 · Figures", "Which numbers does the article state, ...?"): each notebook's
    title and the question its first cell says it answers, for a first page that says what each
    page is about instead of listing file names."""
    import nbformat

    found = {}
    for path in series:
        nb = nbformat.read(path, as_version=4)
        first = next((c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("# ")), "")
        lines = [line.strip() for line in first.splitlines() if line.strip()]
        if lines:
            found[path.stem] = (lines[0].lstrip("# ").strip(), " ".join(lines[1:]))
    return found


_MENU_GAP = "\u00a0· "
"""Between two pages in a menu: the dot stays on its line with the page before it, so a wrapped menu never opens a
line with a dot."""


def _nav(slug: str, pages: list[str], current: str | None) -> str:
    links = ['<a href="../index.html">all articles</a>',
             "<b>what to check</b>" if current == "index" else '<a href="index.html">what to check</a>']
    for page in pages:
        name = html.escape(page)
        links.append(f"<b>{name}</b>" if page == current else f'<a href="{name}.html">{name}</a>')
    links.append(f'<a href="../{html.escape(slug)}.html">single page</a>')
    return f'<nav class="articlelab-nav">{_MENU_GAP.join(links)}</nav>'


def to_html(nb: nbformat.NotebookNode, *, with_code: bool, scripts: Scripts, nav_html: str = "",
            front_html: str = "", title: str = "", anchors: str | None = None) -> str:
    """One page of HTML for an executed notebook: code hidden unless asked, scripts as `scripts` says."""
    import nbformat

    from nbconvert import HTMLExporter

    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    strip_bundles(nb, keep_note=False)
    _plotly_outputs_to_html(nb)
    for number, cell in enumerate(nb.cells):  # papermill gives the cell it injects a random id
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = f"injected-parameters-{number}"
    if anchors:
        anchor_sections(nb, anchors)
    if title:
        nb.metadata["title"] = title
    with as_file(files("helpers").joinpath("resources").joinpath("nbconvert")) as templates:
        exporter = HTMLExporter(template_name="articlelab", extra_template_basedirs=[str(templates)])
        exporter.exclude_input = not with_code
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
        body, _ = exporter.from_notebook_node(
            nb, resources={"scripts_head": scripts.head, "csp": scripts.csp, "nav_html": nav_html,
                           "front_html": front_html},
        )
    return stable_ids(body)


_TABLE_ID = re.compile(r"itables_[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}")
"""The id itables gives each table: a fresh uuid4 on every run."""


def stable_ids(page: str) -> str:
    """A page with each table's random id replaced by its place on the page ("itables_1", ...), so
    the same article renders to the same bytes and two renders can be compared."""
    numbers: dict[str, str] = {}
    return _TABLE_ID.sub(lambda m: numbers.setdefault(m.group(0), f"itables_{len(numbers) + 1}"), page)


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
    for path in sorted((config.RAW_DIR / "reference").glob("*.csv")):
        digest.update(path.name.encode() + path.read_bytes())  # the first page checks figures against them
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
    reports = reports_dir or config.REPORTS_DIR
    out = reports / slug
    out.mkdir(parents=True, exist_ok=True)
    series = notebooks()
    result = ReportResult(slug, out)
    stamp = _fingerprint(slug, series, with_code, cdn)
    marker = out / ".report.json"
    names = [p.stem for p in series]
    if not force and _unchanged(marker, stamp, reports):
        result.pages = [PageResult(n, out / f"{n}.html") for n in names]
        result.single = out.parent / f"{slug}.html"
        result.skipped = True
        return result
    marker.unlink(missing_ok=True)
    import nbformat  # after the skip: an unchanged article never pays for nbformat's import

    shared = write_assets(reports)
    ensure_kernel()
    in_raw = raw_meta(slug) is not None and (ref is None or raw_meta(str(ref)) is not None)
    article = slug if in_raw or item.path is None else str(item.path.resolve())
    tasks = [(str(p), str(out / f".{p.stem}.running.ipynb"), article, str(config.PROJECT_ROOT)) for p in series]
    summary = _summary(article)  # first: a record that cannot be read stops the report before any notebook runs
    heading = summary.headline or slug  # a browser tab and a bookmark name the story, not its file
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
            strip_bundles(nb)
            atomic_write_bytes(out / f"{name}.ipynb", nbformat.writes(nb).encode("utf-8"))
            running_path.unlink(missing_ok=True)
        if error:
            result.pages.append(PageResult(name, None, f"{name} failed for {slug} at {error}"))
            page.unlink(missing_ok=True)
            continue
        assert nb is not None
        executed.append((name, nb))
        body = to_html(nb, with_code=with_code, scripts=shared_scripts(cdn), nav_html=_nav(slug, names, name),
                       title=f"{name} · {heading}", anchors=name)
        atomic_write_bytes(page, body.encode("utf-8"))
        result.pages.append(PageResult(name, page))
    titles = section_titles(series)
    rendered = {p.notebook for p in result.pages if p.html is not None}
    index = _article_index(slug, result, summary, rendered, titles, page_questions(series))
    atomic_write_bytes(out / "index.html", index.encode("utf-8"))
    if executed:
        single = _single(slug, executed, with_code=with_code, cdn=cdn, failed=result.failed, summary=summary,
                         titles=titles)
        result.single = out.parent / f"{slug}.html"
        atomic_write_bytes(result.single, single.encode("utf-8"))
    write_index(reports)
    if not result.failed:
        atomic_write_bytes(marker, json_bytes({"fingerprint": stamp, "assets": [p.name for p in shared]}))
    return result


def _unchanged(marker: Path, stamp: str, reports: Path) -> bool:
    """True when the pages were rendered from the same inputs and the assets they load are there."""
    if not marker.is_file():
        return False
    done = json.loads(marker.read_text())
    assets = done.get("assets") or []
    return done.get("fingerprint") == stamp and bool(assets) and all((reports / ASSETS / a).is_file() for a in assets)


def _summary(article: str) -> Summary:
    from .checks import summarize
    from .dataset import load

    return summarize(load(article))


def _single(slug: str, executed: list[tuple[str, nbformat.NotebookNode]], *, with_code: bool, cdn: bool,
            failed: list[PageResult], summary: Summary, titles: dict[str, str]) -> str:
    """The first page and every section on one page, with one copy of each script, for email."""
    import nbformat

    merged = nbformat.v4.new_notebook()
    merged.metadata = executed[0][1].metadata
    for name, nb in executed:
        nb = nbformat.from_dict(json.loads(json.dumps(nb)))
        anchor_sections(nb, name)
        divider = nbformat.v4.new_markdown_cell(f"<a id='{name}'></a>\n\n---")
        divider["id"] = f"divider-{name}"  # not a random one: the same article renders to the same bytes
        merged.cells.append(divider)
        merged.cells.extend(c for c in nb.cells if "parameters" not in c.get("metadata", {}).get("tags", []))
    toc = _MENU_GAP.join(f'<a href="#{html.escape(n)}">{html.escape(n)}</a>' for n, _ in executed)
    notes = "".join(f'<p class="articlelab-error">{html.escape(p.error or "")}</p>' for p in failed)
    # no link to the folder's index: the single file is the one sent alone, where no index travels with it
    nav = f'<nav class="articlelab-nav"><a href="#what-to-check">what to check</a>{_MENU_GAP}{toc}</nav>{notes}'
    front = front_page(summary, {n: "#{section}" for n, _ in executed}, titles)
    return to_html(merged, with_code=with_code, scripts=inline_scripts(cdn), nav_html=nav, front_html=front,
                   title=summary.headline or slug)


# --- the first page ------------------------------------------------------------------------------


_GROUPED_CUT = re.compile(r"[^\s:]+ ×(\d+): ")
"""A line of checks.cut that stands for a rule's passages together ("finder/share ×3: “…”, “…” and 1 more")."""


def _passages(cut: tuple[Check, ...]) -> int:
    """How many passages cleaning cut: a listed line is one, a rule's grouped line its count (a page
    with many cuts is listed one line per rule, and 'cut 15 passages' then counted rules)."""
    return sum(int(m.group(1)) if (m := _GROUPED_CUT.match(c.text)) else 1 for c in cut)


def front_page(summary: Summary, links: dict[str, str], titles: dict[str, str] | None = None) -> str:
    """The first page as an HTML fragment: headline, standfirst, outlet, date, what was cut, and what to check.
    `links` maps a notebook to a link pattern with `{section}` (e.g. "02-figures.html#{section}");
    a check whose page did not render has no link. Every text from the article is escaped."""
    e = html.escape
    titles = titles or {}

    def link(section: str, text: str) -> str:
        notebook = section.rsplit("-", 1)[0]
        pattern = links.get(notebook)
        return f'<a href="{e(pattern.format(section=section))}">{e(text)}</a>' if pattern else ""

    def item(check: Check) -> str:
        said = f'<div class="said">{e(clip(check.sentence, 240))}</div>' if check.sentence else ""
        to = link(check.section, "→ " + titles.get(check.section, check.section))
        return f"<li>{e(check.text)} <span class='to'>{to}</span>{said}</li>"

    when = (e(summary.published) if summary.published
            else f"dated {e(summary.dateline)} on the page" if summary.dateline else "date not stated")
    byline = " · ".join(x for x in (
        e(summary.outlet) if summary.outlet
        else f"outlet not stated (© {e(summary.copyright)})" if summary.copyright else "outlet not stated", when,
        f"by {e(summary.author)}" if summary.author else "",
        f"retrieved {e(summary.retrieved)}" if summary.retrieved else "",
    ) if x)
    passages = _passages(summary.cut)
    cut = (
        f"<p>Cleaning cut {passages} passage{'s' if passages != 1 else ''} "
        f"({link('01-clean-and-segment-1', 'see why') or 'the page did not render'}):</p><ul class='cut'>"
        + "".join(f"<li>{e(c.text)}</li>" for c in summary.cut) + "</ul>"
        if summary.cut else "<p>Cleaning cut nothing from the article.</p>"
    )
    standfirst = f'<p class="standfirst">{e(summary.standfirst)}</p>' if summary.standfirst else ""
    parts = [f'<section class="articlelab-front" id="what-to-check"><h1>{e(summary.headline)}</h1>{standfirst}',
             f'<p class="byline">{byline}</p>', cut, "<h2>What to check</h2>"]
    if summary.nothing_to_check:
        parts.append(f"<p class='plain'>{e(summary.plainly)}</p>")
    quiet = []
    for group in summary.groups:
        if not group.items:
            quiet.append(" ".join(filter(None, (group.none, group.note))))
            continue
        note = f"<p class='quiet'>{e(group.note)}</p>" if group.note else ""
        shown = "".join(item(c) for c in group.items[:FRONT_ITEMS])
        if len(group.items) > FRONT_ITEMS:
            section = group.items[FRONT_ITEMS].section
            more = link(section, "→ " + titles.get(section, section))
            rest = len(group.items) - FRONT_ITEMS
            what = "" if group.count is None else f" {plural('sentence', rest)}"  # the heading counted figures, not these
            shown += f"<li class='quiet'>and {rest} more{what} <span class='to'>{more}</span></li>"
        parts.append(f"<h3>{e(group.title)} ({group.counted})</h3><ul>{shown}</ul>{note}")
    if summary.agreements:
        parts.append("<h3>Figures the record bears out</h3><ul>" + "".join(item(c) for c in summary.agreements) + "</ul>")
    if quiet and not summary.nothing_to_check:
        parts.append("<h3>Checked, nothing found</h3><ul class='quiet'>" + "".join(f"<li>{e(q)}</li>" for q in quiet) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


_NAV_CSS = (
    ".articlelab-nav{font:14px system-ui,sans-serif;padding:8px 16px;border-bottom:1px solid #ddd}"
    " .articlelab-nav a,.articlelab-nav b{margin:0 2px;white-space:nowrap}"
)
"""The menu of report pages, as the notebook pages' template draws it; a page's name never breaks at its hyphen."""
_FRONT_CSS = (
    ".articlelab-front h1{font-size:1.7em;font-weight:500;margin:.6em 0 .1em}"
    ".articlelab-front h2{font-size:1.35em;font-weight:500;margin:1.1em 0 .3em}"
    ".articlelab-front h3{font-size:1.05em;margin:1em 0 .2em}"
    ".articlelab-front .byline{color:#555;margin:0 0 .8em}"
    ".articlelab-front .standfirst{font-size:1.1em;margin:.2em 0 .5em}"
    ".articlelab-front li{margin:.35em 0}"
    ".articlelab-front .said{color:#666;font-size:.9em;margin-top:.1em}"
    ".articlelab-front .quiet,.articlelab-front .cut{color:#555}"
    ".articlelab-front .plain{font-size:1.1em} .articlelab-front .to{font-size:.9em}"
    " .asks{color:#555}"
)


def _page(title: str, body: str, nav: str = "") -> str:
    """A page of its own (an article's first page, the list of reports): its menu across the whole window, as on the
    notebook pages, above its text in a column of 60em (the menu in that column wrapped at 1280 pixels)."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_csp()}\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>body{{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}}"
        " main{max-width:60em;margin:0 auto 3em;padding:0 1em} .err{color:#a00} li{margin:.3em 0}"
        f"{_NAV_CSS}{_FRONT_CSS}</style></head><body>{nav}<main>{body}</main></body></html>\n"
    )


def _article_index(slug: str, result: ReportResult, summary: Summary, rendered: set[str], titles: dict[str, str],
                   questions: dict[str, tuple[str, str]] | None = None) -> str:
    """reports/<slug>/index.html: the article's first page, then its pages, each with its question."""
    links = {name: f"{name}.html#{{section}}" for name in rendered}
    items = []
    for page in result.pages:
        name = html.escape(page.notebook)
        if page.error:
            items.append(f"<li class='err'>{name}: {html.escape(page.error)}</li>")
            continue
        title, question = (questions or {}).get(page.notebook, (page.notebook, ""))
        asks = f" <span class='asks'>— {html.escape(question)}</span>" if question else ""
        items.append(f"<li><a href='{name}.html'>{html.escape(title)}</a>{asks}</li>")
    nav = _nav(slug, [p.notebook for p in result.pages if p.html is not None], "index")
    return _page(
        summary.headline,
        front_page(summary, links, titles)
        + f"<h2>The pages</h2><ul>{''.join(items)}</ul>"
        f"<p><a href='../{html.escape(slug)}.html'>everything on one page</a> (for email)</p>",
        nav,
    )


def write_index(reports_dir: Path | None = None) -> Path:
    """reports/index.html: every article that has a report."""
    folder = reports_dir or config.REPORTS_DIR
    rows = []
    for page in sorted((folder / "corpus").glob("*.html")):  # each corpus's report (`render_corpus`)
        rows.append(f"<li><a href='corpus/{html.escape(page.name)}'>the corpus {html.escape(page.stem)}, all articles together</a></li>")
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
    """A PNG of the first page and of each page, taken with Playwright driving the system's Chromium."""
    from .browser import screenshot

    shots = [screenshot(result.folder / "index.html", result.folder / "index.png")]
    for page in result.pages:
        if page.html is not None:
            shots.append(screenshot(page.html, page.html.with_suffix(".png")))
    return shots
