"""Time to build the seed's full report, cold and warm, beside the size of every page and of the
whole folder with its shared assets.

Cold: the processed tables and the report are removed first. Warm: a rerun with nothing changed.
The baseline is the same pages each carrying their own plotly.js and table library (as they did
before the assets were shared): page size plus both assets. Prints numbers; not a timed test.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from helpers import config
from helpers.report import ASSETS, render

MB = 1e6


def _size(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths if p.is_file()) / MB


def main() -> None:
    shutil.rmtree(config.PROCESSED_DIR / config.SEED_SLUG, ignore_errors=True)
    shutil.rmtree(config.REPORTS_DIR / config.SEED_SLUG, ignore_errors=True)
    started = time.perf_counter()
    result = render(config.SEED_SLUG)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    again = render(config.SEED_SLUG)
    warm = time.perf_counter() - started
    assets = sorted((config.REPORTS_DIR / ASSETS).glob("*"))
    shared = _size(assets)
    print(f"{'cold build (6 notebooks)':<40}{cold:>8.1f} s")
    print(f"{'warm rerun (unchanged)':<40}{warm:>8.2f} s  {'(skipped)' if again.skipped else ''}")
    print(f"{'failed pages':<40}{len(result.failed):>8}")
    print(f"{'page':<40}{'size':>8}   {'self-contained (baseline)':>26}")
    for page in [result.folder / "index.html", *(p.html for p in result.pages if p.html is not None)]:
        size = _size([page])
        baseline = size + shared if page.name != "index.html" else size
        print(f"  {page.name:<38}{size:>6.2f} MB {baseline:>20.2f} MB")
    for asset in assets:
        print(f"  {'assets/' + asset.name:<38}{_size([asset]):>6.2f} MB")
    notebooks = sorted(result.folder.glob("*.ipynb"))
    print(f"  {'executed notebooks (' + str(len(notebooks)) + ')':<38}{_size(notebooks):>6.2f} MB")
    folder = _size([*result.folder.rglob("*"), *assets])
    pages = [p.html for p in result.pages if p.html is not None]
    tables = _size([a for a in assets if a.name.startswith("itables-")])
    # before: every page held both scripts, every executed notebook the table library in base64
    before = _size([*result.folder.rglob("*")]) + shared * len(pages) + tables * 4 / 3 * len(notebooks)
    print(f"{'folder with assets':<40}{folder:>6.2f} MB {before:>17.2f} MB (est.)")
    if result.single is not None:
        print(f"{'single-file edition':<40}{_size([result.single]):>6.2f} MB")


if __name__ == "__main__":
    main()
