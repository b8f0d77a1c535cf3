"""Project paths and settings: every directory is a Path from the project root."""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _project_root() -> Path:
    """The project root: $ARTICLELAB_ROOT when set, else the checkout holding src/helpers."""
    override = os.environ.get("ARTICLELAB_ROOT")
    if override:
        return Path(override).resolve()
    return PACKAGE_DIR.parents[1]


PROJECT_ROOT = _project_root()
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = (
    PROJECT_ROOT / "notebooks" if (PROJECT_ROOT / "notebooks").is_dir() else PACKAGE_DIR.parents[1] / "notebooks"
)
"""The notebook series; a scratch root ($ARTICLELAB_ROOT) without one uses the checkout's."""

SEED_SLUG = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"
"""The embedded default article: the Moscow Times report on Putin's 2023 visit to Beijing."""

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_INPUT_BYTES = 10 * 1024 * 1024
"""Largest article file accepted; a news article is rarely more than a few hundred KB."""

FETCH_TIMEOUT_SECONDS = 20.0
USER_AGENT = "articlelab/0.1 (+research notebook; one request per ingest)"

try:
    LIBRARY_VERSION = version("articlelab")
except PackageNotFoundError:  # running from a source tree that is not installed
    LIBRARY_VERSION = "0.0.0+unknown"
