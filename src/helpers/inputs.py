"""What the user names (a file, a slug in data/raw, a URL) as an article's bytes and metadata."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import config, patterns
from .decode import decode
from .errors import ArticleError
from .extract import FORMATS, html_to_text, markdown_to_text
from .language import require_english
from .models import Article
from .segment import segment

_SLUG_MAX = 60
_HTML_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
"""How a saved web page starts, whatever its file is called."""
_TAG = re.compile(r"<[A-Za-z!/]")
_DATA_START = re.compile(r"\s*[\[{]")
"""How a JSON document starts: an object or a list."""
MAX_TEXT_CHARS = 3_000_000
"""The most text one article may hold once decoded and taken out of its HTML: about 500,000 words,
room for a long report or a day's transcript (`benchmarks/figures.py` times 2.5 MB in one text, some
ten seconds). More is a book, a dump or a corpus in one file, and would take minutes and gigabytes to
read as one article; the file limit (config.MAX_INPUT_BYTES) stays higher because a
saved page's markup and scripts are most of its bytes."""


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article's raw bytes, where they came from, and what is known about it."""

    slug: str
    path: Path | None
    data: bytes
    format: str
    meta: dict[str, Any] = field(default_factory=dict)


def slugify(title: str, fallback: str = "article") -> str:
    """A readable ASCII file name from a title: lower case, hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = patterns.SLUG_UNSAFE.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        slug = slug[: _SLUG_MAX + 1].rsplit("-", 1)[0]
    return slug or fallback


PROJECT_NAMES = frozenset({"corpus", "index", "assets"})
"""Names the project's own files take beside the articles' folders: the corpus dataset and its reports
(`data/processed/corpus/`, `reports/corpus/`), the reports' list (`reports/index.html`, where an article's
single-file edition `reports/<slug>.html` would land) and their shared scripts (`reports/assets/`)."""


def article_slug(title: str, fallback: str = "article") -> str:
    """An article's slug (`slugify`), never one of the PROJECT_NAMES: an article called "Corpus" is
    "corpus-article", so its folders do not overwrite or mix with the project's own."""
    slug = slugify(title, fallback)
    return f"{slug}-article" if slug in PROJECT_NAMES else slug


def format_of(name: str) -> str:
    """'text', 'markdown' or 'html' from a file name; other suffixes are refused."""
    suffix = Path(name).suffix.lower() if "." in Path(name).name else ""
    if suffix not in FORMATS:
        allowed = ", ".join(FORMATS)
        raise ArticleError(f"{name}: unsupported file type {suffix or '(none)'}; use one of {allowed}")
    return FORMATS[suffix]


def read_bytes(path: Path) -> bytes:
    """A file's bytes, with the user's mistakes (missing, folder, empty, huge) explained."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder; name an article file")
    if not path.is_file():  # /dev/zero, a pipe, a socket: reading would never end, or wait forever
        raise ArticleError(f"{path}: is not a regular file (a device, pipe or socket); name an article file")
    size = path.stat().st_size
    limit = config.MAX_INPUT_BYTES // (1024 * 1024)
    if size > config.MAX_INPUT_BYTES:
        raise ArticleError(f"{path}: {size / 1024 / 1024:.0f} MB is too large for an article (limit {limit} MB)")
    try:
        with path.open("rb") as handle:
            data = handle.read(config.MAX_INPUT_BYTES + 1)  # a file still growing stops at the limit
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    if len(data) > config.MAX_INPUT_BYTES:
        raise ArticleError(f"{path}: more than {limit} MB is too large for an article")
    if not data.strip():
        raise ArticleError(f"{path}: the file is empty")
    return data


def article_text(data: bytes, fmt: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The page's text, as plain text with blank lines between paragraphs, and found metadata
    (before cleaning: use `read_article` for the article itself)."""
    text = decode(data)
    if not text.strip():
        raise ArticleError("the article is empty (only whitespace)")
    found: dict[str, Any] = {}
    if fmt != "html" and _is_data(text):
        raise ArticleError("this is JSON data, not an article's text; save the article's text (or its web page as .html) and try again")
    if fmt != "html" and _HTML_PAGE.match(text[:4000]):
        fmt = "html"  # a page saved as .txt: its markup would be read as the article's words
    elif fmt == "html" and not _TAG.search(text):
        fmt = "text"  # plain text named .html: there is no page to take it out of
    if fmt == "html":
        text, found = html_to_text(text, url)
    elif fmt == "markdown":
        text = markdown_to_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(
            f"{len(text) / 1_000_000:.1f} million characters of text is too long for one article "
            f"(limit {MAX_TEXT_CHARS // 1_000_000} million); split it into articles and process them as a folder"
        )
    return text, found


def _is_data(text: str) -> bool:
    """A JSON object or list (an API's answer, a scraper's dump) saved under a text name: its keys
    and brackets would be read as the article's words."""
    if not _DATA_START.match(text):
        return False
    first_line = text.lstrip().split("\n", 1)[0]
    for candidate in (text, first_line):  # the whole document, or the first record of JSON lines
        try:
            if isinstance(json.loads(candidate), (dict, list)):
                return True
        except ValueError:
            continue  # "[Updated] ...", "{Sponsored}": prose that merely opens with a bracket
    return False


def read_article(
    data: bytes, fmt: str, url: str | None = None, meta: dict[str, Any] | None = None, *, tokens: bool = True
) -> tuple[Article, dict[str, Any]]:
    """Decode, extract, clean and segment an article, then check what is left: a page with no
    article text, or one not in English, is refused with a one-line error. Returns the article
    and the metadata found in the page (with `language`)."""
    text, found = article_text(data, fmt, url)
    article = segment(text, {**found, **(meta or {})}, tokens=tokens)
    if not article.paragraphs:
        require_english(text)  # a page in another language says so, rather than "no article"
        cut = len(article.removed)
        raise ArticleError(
            "no article text: nothing that reads as an article is left"
            + (f" once {cut} stretches of page furniture are cut" if cut > 1
               else " once 1 stretch of page furniture is cut" if cut else "")
        )
    found["language"] = require_english(article.text)
    return article, found


def raw_meta(slug: str, raw_dir: Path | None = None) -> dict[str, Any] | None:
    """The sidecar metadata of an article in data/raw, or None."""
    path = (raw_dir or config.RAW_DIR) / f"{slug}.meta.json"
    if not path.is_file():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{path}: the metadata file is unreadable ({exc})") from exc
    return meta if isinstance(meta, dict) else None


def raw_slugs(raw_dir: Path | None = None) -> list[str]:
    """Every article in data/raw (each has a <slug>.meta.json sidecar), sorted."""
    folder = raw_dir or config.RAW_DIR
    if not folder.is_dir():
        return []
    return sorted(p.name.removesuffix(".meta.json") for p in folder.glob("*.meta.json"))


def resolve(ref: str | Path | None = None, raw_dir: Path | None = None) -> ArticleInput:
    """An article named by a slug in data/raw or a path (the seed when nothing is named)."""
    folder = raw_dir or config.RAW_DIR
    name = str(ref) if ref is not None else config.SEED_SLUG
    meta = raw_meta(name, folder) if "/" not in name and not Path(name).suffix else None
    if meta is not None:
        path = folder / str(meta.get("file", ""))
        return ArticleInput(name, path, read_bytes(path), str(meta.get("format", "text")), meta)
    path = Path(name)
    if not path.exists() and ref is None:
        raise ArticleError(f"the default article {name} is missing from {folder}")
    data = read_bytes(path)
    sidecar = path.with_name(path.name.removesuffix(path.suffix) + ".meta.json")
    if sidecar.is_file() and (meta := raw_meta(sidecar.name.removesuffix(".meta.json"), path.parent)):
        return ArticleInput(str(meta.get("slug") or path_slug(path)), path, data, format_of(str(path)), meta)
    return ArticleInput(path_slug(path), path, data, format_of(str(path)), {"source": str(path)})


def path_slug(path: Path) -> str:
    """The slug of an article read straight from its path: the file name's stem for plain text, the stem
    and the suffix otherwise, so a page's saved HTML and the text copied from it ("page.html",
    "page.txt") are two articles in data/processed and reports, not one overwriting the other."""
    suffix = path.suffix.lower().lstrip(".")
    return article_slug(path.stem if suffix == "txt" else f"{path.stem}-{suffix}", "article")
