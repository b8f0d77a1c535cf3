"""Process: raw article -> data/processed/<slug>/ (article.json and Parquet tables), atomically."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import config
from .analysis import analyse, table_rows
from .inputs import ArticleInput, read_article, resolve
from .models import Article
from .page_facts import stated_meta
from .storage import json_bytes, parquet_bytes, sha256_bytes, sha256_file, atomic_write_bytes
from .tables import ARTICLE_SCHEMAS

MANIFEST = "manifest.json"


@lru_cache(maxsize=1)
def library_fingerprint() -> str:
    """The library version plus a hash of its code and rules: output changes only when this does."""
    digest = hashlib.sha256(config.LIBRARY_VERSION.encode())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yml", ".txt", ".json"):
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{config.LIBRARY_VERSION}+{digest.hexdigest()[:16]}"


PAGE_META = ("title", "outlet", "published", "author", "description")
"""What a page says about itself that an ingested article's sidecar records (`ingest`)."""


def load_article(item: ArticleInput) -> Article:
    """Decode, extract, clean and segment an article named by `resolve`."""
    return load_with_meta(item)[0]


def load_with_meta(item: ArticleInput) -> tuple[Article, dict[str, Any]]:
    """The article and its metadata: the sidecar's, and under it what the page itself says (a saved
    page's date and author when it is read from its path, with no sidecar)."""
    url = item.meta.get("source") if item.format == "html" else None
    article, found = read_article(item.data, item.format, url if isinstance(url, str) and "://" in url else None, item.meta)
    page = {key: found[key] for key in PAGE_META if found.get(key) and key not in item.meta}
    return article, {**item.meta, **page}


def article_record(slug: str, article: Article, meta: dict[str, Any]) -> dict[str, Any]:
    """What article.json holds: the article's metadata, what a pasted page's dateline and byline state
    (`stated`: read from the lines the cleaning cut, so a reader of the data sees the date and writer the
    report shows), its parts, text and units."""
    return {"slug": slug, "meta": meta, "stated": stated_meta([asdict(row) for row in article.removed]), **article.to_dict()}


def outputs(slug: str, article: Article, meta: dict[str, Any]) -> dict[str, bytes]:
    """Every processed file of one article, as bytes, by file name."""
    rows = {
        **table_rows(analyse(article)),
        "tokens": [asdict(t) for t in article.tokens],
        "removed": [asdict(r) for r in article.removed],
    }
    files = {"article.json": json_bytes(article_record(slug, article, meta))}
    files.update({f"{name}.parquet": parquet_bytes([{"article": slug, **row} for row in rows[name]], schema)
                  for name, schema in ARTICLE_SCHEMAS.items()})
    return files


@dataclass(frozen=True, slots=True)
class Processed:
    slug: str
    folder: Path
    written: bool


def _up_to_date(folder: Path, sha: str, meta_sha: str) -> bool:
    """Whether `folder` holds what processing the article (bytes `sha`, sidecar `meta_sha`) with this
    library writes: a date or author a user sets in the sidecar is read on the next run, not skipped."""
    manifest = folder / MANIFEST
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if (recorded.get("sha256"), recorded.get("meta_sha256"), recorded.get("library")) != (sha, meta_sha, library_fingerprint()):
        return False
    files = recorded.get("files", {})
    return all((folder / name).is_file() and sha256_file(folder / name) == digest for name, digest in files.items())


def process(ref: str | Path | None = None, processed_dir: Path | None = None, *, force: bool = False) -> Processed:
    """Write data/processed/<slug>/ for one article unless it is already up to date."""
    item = resolve(ref)
    folder = (processed_dir or config.PROCESSED_DIR) / item.slug
    sha, meta_sha = sha256_bytes(item.data), sha256_bytes(json_bytes(item.meta))
    if not force and _up_to_date(folder, sha, meta_sha):
        return Processed(item.slug, folder, False)
    files = outputs(item.slug, *load_with_meta(item))
    (folder / MANIFEST).unlink(missing_ok=True)  # while files change, the folder is not "done"
    for name, data in files.items():
        atomic_write_bytes(folder / name, data)
    manifest = {
        "slug": item.slug,
        "sha256": sha,
        "meta_sha256": meta_sha,
        "library": library_fingerprint(),
        "files": {name: sha256_bytes(data) for name, data in sorted(files.items())},
    }
    atomic_write_bytes(folder / MANIFEST, json_bytes(manifest))
    return Processed(item.slug, folder, True)
