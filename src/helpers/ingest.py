"""Ingest: copy an article (file or URL) into data/raw untouched, with a metadata sidecar."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, quote, urlsplit, urlunsplit

from . import config
from .errors import ArticleError
from .inputs import article_slug, format_of, raw_meta, raw_slugs, read_article, read_bytes, slugify
from .storage import atomic_write_bytes, sha256_bytes, write_json

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown")
_WEB_ADDRESS = re.compile(
    r"(?i)^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|info|biz|news|io|co|uk|us|eu|de|fr|ru|cn|jp|"
    r"in|au|ca|it|es|nl|ch|se|no|pl|ua|br|ie|nz|za|tv|me))(?:/\S*)?$"
)
"""A web address written without its scheme ("www.example.com", "example.com/news/story"): a missing
file so named is most likely a page the user meant to fetch."""


@dataclass(frozen=True, slots=True)
class Ingested:
    """The outcome of an ingest: the article's slug and whether it was new."""

    slug: str
    path: Path
    created: bool
    meta: dict[str, Any]
    updated: bool = False
    """An article already stored whose sidecar took what the user stated (`ingest --published ...`)."""


def is_url(source: str) -> bool:
    """True for anything with a scheme ("https:", "ftp:", "javascript:") that is not a local file."""
    return bool(_SCHEME.match(source)) and not Path(source).exists()


def _address(url: str) -> SplitResult:
    """The parts of a web address, or a one-line error for one no browser would open (a space in the host,
    an unclosed IPv6 bracket, a port out of range)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # reading it checks the range
    except ValueError as exc:
        raise ArticleError(f"{url}: not a valid web address ({exc})") from exc
    if parts.netloc and (not parts.hostname or any(c.isspace() for c in parts.hostname)):
        raise ArticleError(f"{url}: not a valid web address (its host is {parts.hostname or ''!r})")
    return parts


def _encoded(parts: SplitResult) -> str:
    """The address as a request line needs it: a path or query with spaces or accents ("/café") percent-encoded,
    what is encoded already left as it is."""
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def fetch(url: str, timeout: float = config.FETCH_TIMEOUT_SECONDS) -> tuple[bytes, str]:
    """GET an http(s) URL with a timeout and a size cap; returns (body, 'html' or 'text')."""
    parts = _address(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArticleError(f"{url}: only http:// and https:// addresses can be fetched")
    try:
        request = urllib.request.Request(_encoded(parts), headers={"User-Agent": config.USER_AGENT})
    except ValueError as exc:
        raise ArticleError(f"{url}: not a valid web address ({exc})") from exc
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            kind = response.headers.get_content_type()
            body = response.read(config.MAX_INPUT_BYTES + 1)
    except http.client.InvalidURL as exc:
        raise ArticleError(f"{url}: not a valid web address ({exc})") from exc
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise ArticleError(f"{url}: could not fetch it ({exc.reason})") from exc
    except (TimeoutError, OSError) as exc:
        raise ArticleError(f"{url}: could not fetch it ({exc})") from exc
    if len(body) > config.MAX_INPUT_BYTES:
        raise ArticleError(f"{url}: the page is larger than {config.MAX_INPUT_BYTES // 2**20} MB")
    if not body.strip():
        raise ArticleError(f"{url}: the page is empty")
    if kind in _HTML_TYPES or body.lstrip()[:1] == b"<":
        return body, "html"
    if kind in _TEXT_TYPES:
        return body, "text"
    raise ArticleError(f"{url}: the page is {kind}, not an HTML or text article")


def _existing(sha: str, raw_dir: Path) -> str | None:
    for slug in raw_slugs(raw_dir):
        meta = raw_meta(slug, raw_dir)
        if meta and meta.get("sha256") == sha:
            return slug
    return None


def _free_slug(base: str, raw_dir: Path) -> str:
    slug, number = base, 2
    while (raw_dir / f"{slug}.meta.json").exists() or any(raw_dir.glob(f"{slug}.*")):
        slug, number = f"{base}-{number}", number + 1
    return slug


STATED_KEYS = ("published", "author", "outlet")
"""What a user may state about an article the page does not (`ingest --published 2024-03-07`)."""


_CALENDAR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _calendar_date(value: str) -> str:
    """A date a user writes, as the metadata stores one: "2024-03-07" (a valid calendar day, written so; the
    other forms Python's ISO reader takes, "20240307", "2024-W10-4", would be read by some steps and not others)."""
    if _CALENDAR_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ArticleError(f"--published: {value!r} is no date (write it as 2024-03-07)")


def stated_by_user(stated: dict[str, str | None] | None) -> dict[str, str]:
    """The facts a user gives at ingest, checked: a date is a calendar date written "2024-03-07"; a name is
    non-empty text on one line."""
    found: dict[str, str] = {}
    for key, value in (stated or {}).items():
        if value is None:
            continue
        if key not in STATED_KEYS:
            raise ArticleError(f"--{key}: not something an article's metadata holds")
        value = value.strip()
        if not value or "\n" in value:
            raise ArticleError(f"--{key}: give it as one line of text")
        if key == "published":
            value = _calendar_date(value)
        found[key] = value
    return found


def ingest(source: str, raw_dir: Path | None = None, stated: dict[str, str | None] | None = None) -> Ingested:
    """Store a file or URL under data/raw/<slug>.<ext> with <slug>.meta.json beside it. `stated` holds what
    the user says of the article (its `published` date, `author`, `outlet`): it replaces what the page
    says, and for an article already stored it is written into its sidecar, so the next run reads it."""
    given = stated_by_user(stated)
    folder = raw_dir or config.RAW_DIR
    if is_url(source):
        data, fmt = fetch(source)
        suffix, original_name, url = (".html" if fmt == "html" else ".txt"), None, source
    else:
        if not source.strip():
            raise ArticleError("no file or web address given")
        path = Path(source)
        if not path.exists() and _WEB_ADDRESS.match(source):
            raise ArticleError(f"{source}: no such file; to fetch a web page, give its address with https:// in front")
        data = read_bytes(path)  # a missing file, a folder, a device, an empty or huge file: said before the suffix is judged
        fmt = format_of(str(path))
        suffix, original_name, url = path.suffix.lower(), path.name, None
    sha = sha256_bytes(data)
    if found := _existing(sha, folder):
        meta = raw_meta(found, folder) or {}
        if given and any(meta.get(key) != value for key, value in given.items()):
            meta = {**meta, **given}
            write_json(folder / f"{found}.meta.json", meta)
            return Ingested(found, folder / f"{found}.meta.json", False, meta, updated=True)
        return Ingested(found, folder / f"{found}.meta.json", False, meta)
    try:
        article, found_meta = read_article(data, fmt, url, {"source": source}, tokens=False)
    except ArticleError as exc:
        raise ArticleError(f"{source}: {exc}") from exc
    headline = article.headline.text if article.headline else article.paragraphs[0].text[:120]
    found_meta["title"] = found_meta.get("title") or headline
    found_meta["outlet"] = found_meta.get("outlet") or article.outlet
    fallback = slugify(Path(urlsplit(url).path).stem if url else Path(source).stem)
    slug = _free_slug(article_slug(found_meta.get("title") or "", fallback), folder)
    meta = {
        "slug": slug,
        "file": f"{slug}{suffix}",
        "format": fmt,
        "source": source,
        "original_name": original_name,
        "retrieved_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "sha256": sha,
        "bytes": len(data),
        **{key: found_meta.get(key) for key in ("title", "outlet", "published", "author", "language")},
        **given,
    }
    if found_meta.get("description"):
        meta["description"] = found_meta["description"]
    atomic_write_bytes(folder / meta["file"], data)
    write_json(folder / f"{slug}.meta.json", meta)
    return Ingested(slug, folder / meta["file"], True, meta)
