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


INSTALL_HINT = "install it with `apt-get install chromium` (Debian, as root) or set ARTICLELAB_CHROMIUM to a Chromium binary"


def _candidate() -> str:
    return os.environ.get("ARTICLELAB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def chromium_path() -> str:
    """The Chromium binary to drive: $ARTICLELAB_CHROMIUM, else `chromium` on PATH, else Debian's."""
    found = _candidate()
    if not Path(found).exists():
        raise ArticleError(f"Chromium is not installed ({found} is missing); {INSTALL_HINT}")
    return found


def missing() -> str | None:
    """Why the browser cannot run here (no Chromium, or no Playwright), or None when it can."""
    if not Path(_candidate()).exists():
        return f"Chromium was not found at {_candidate()}"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright is not installed (make install-dev)"
    return None


def notice() -> str | None:
    """One line for the end of `make test` when the browser tests could not run."""
    reason = missing()
    return f"browser tests skipped: {reason}; {INSTALL_HINT}, then rerun make test" if reason else None


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


if __name__ == "__main__":  # `python -m helpers.browser --notice`: print the line if the browser is missing
    import sys

    if "--notice" in sys.argv[1:] and (line := notice()):
        print(line)
