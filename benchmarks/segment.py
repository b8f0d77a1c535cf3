"""Clean + segment speed on the BBC corpus in ../shared (prints numbers; not a timed test)."""

from __future__ import annotations

import time

from helpers import config
from helpers.segment import segment

BBC = config.PROJECT_ROOT.parent / "shared" / "corpora" / "bbc"


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(BBC.glob("*/*.txt"))]
    if not texts:
        print(f"no articles under {BBC}")
        return
    segment(texts[0])  # load Punkt parameters and rules once
    started = time.perf_counter()
    sentences = sum(len(segment(text).sentences) for text in texts)
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    print(f"{'articles':<12}{len(texts):>10}")
    print(f"{'sentences':<12}{sentences:>10}")
    print(f"{'seconds':<12}{seconds:>10.2f}")
    print(f"{'articles/s':<12}{len(texts) / seconds:>10.0f}")
    print(f"{'MB/s':<12}{chars / seconds / 1e6:>10.2f}")


if __name__ == "__main__":
    main()
