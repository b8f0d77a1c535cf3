"""Headless Chromium through Playwright (the system's /usr/bin/chromium; never a download)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import ArticleError

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def chromium_path() -> str:
    found = os.environ.get("ARTICLELAB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        raise ArticleError("Chromium is not installed (apt-get install chromium); screenshots need it")
    return found


@contextmanager
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise ArticleError("screenshots need Playwright: pip install playwright (no browser download)") from exc
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


def screenshot(page_file: Path, target: Path, width: int = 1280, height: int = 900) -> Path:
    with browser() as chromium:
        page = chromium.new_page(viewport={"width": width, "height": height})
        page.goto(page_file.resolve().as_uri())
        page.wait_for_timeout(500)
        page.screenshot(path=str(target), full_page=True)
    return target
