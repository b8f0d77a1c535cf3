"""Time to build the seed's full report, cold and warm, and the size of each page.

Cold: the processed tables and the report are removed first. Warm: a rerun with nothing changed.
Prints numbers; not a timed test.
"""

from __future__ import annotations

import shutil
import time

from helpers import config
from helpers.report import render


def main() -> None:
    shutil.rmtree(config.PROCESSED_DIR / config.SEED_SLUG, ignore_errors=True)
    shutil.rmtree(config.REPORTS_DIR / config.SEED_SLUG, ignore_errors=True)
    started = time.perf_counter()
    result = render(config.SEED_SLUG)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    again = render(config.SEED_SLUG)
    warm = time.perf_counter() - started
    print(f"{'cold build (6 notebooks)':<34}{cold:>8.1f} s")
    print(f"{'warm rerun (unchanged)':<34}{warm:>8.2f} s  {'(skipped)' if again.skipped else ''}")
    print(f"{'failed pages':<34}{len(result.failed):>8}")
    for page in result.pages:
        if page.html is not None:
            print(f"  {page.html.name:<32}{page.html.stat().st_size / 1e6:>8.2f} MB")
    if result.single is not None:
        print(f"  {result.single.name[:30] + '…':<32}{result.single.stat().st_size / 1e6:>8.2f} MB (single file)")
    cdn = render(config.SEED_SLUG, cdn=True, reports_dir=config.REPORTS_DIR / ".cdn-benchmark")
    sizes = [p.html.stat().st_size / 1e6 for p in cdn.pages if p.html is not None]
    print(f"{'with --cdn, largest page':<34}{max(sizes):>8.2f} MB")
    shutil.rmtree(config.REPORTS_DIR / ".cdn-benchmark", ignore_errors=True)


if __name__ == "__main__":
    main()
