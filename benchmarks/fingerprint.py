"""One SHA-256 of everything the figures path writes, to prove a speed change keeps the output.

Runs, for each text, the CLI's `figures --json` path (resolve, load_article, analyse: mentions,
quotes, figures with voices, relations, sources) and the benchmark's path (segment without
tokens, figures, attribution, relations), and hashes the JSON of the article (with tokens) and of
every table. Texts: the 200 BBC articles the speed benchmark reads, the seed (data/raw), the first
40 PolNeAR `train` texts and the webbench copied texts (../shared/corpora/webbench/text). A
change that claims to be "speed only" must leave the printed hash unchanged.

`python benchmarks/fingerprint.py` prints the hash (and per-set hashes with --sets).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from helpers import config
from helpers.analysis import analyse, table_rows
from helpers.errors import ArticleError
from helpers.figures import figures_of
from helpers.inputs import resolve
from helpers.process import load_article
from helpers.relations import relate
from helpers.segment import segment
from helpers.voices import attribute

SHARED = config.PROJECT_ROOT.parent / "shared"


def sets() -> dict[str, list[Path]]:
    """The texts, by set, in a fixed order."""
    return {
        "bbc": sorted((SHARED / "corpora/bbc").glob("*/*.txt"))[:200],
        "seed": sorted(config.RAW_DIR.glob("*.txt")),
        "polnear": sorted((SHARED / "corpora/polnear/train/text").glob("*.txt"))[:40],
        "webbench": sorted((SHARED / "corpora/webbench/text").glob("*.txt")),
    }


def records(path: Path) -> Iterator[object]:
    """Everything both paths produce for one text, as JSON-able values."""
    try:
        article = load_article(resolve(str(path)))
    except ArticleError as exc:
        yield {"error": str(exc)}
    else:
        yield article.to_dict(tokens=True)
        yield table_rows(analyse(article))
        yield [f.to_dict() for f in analyse(article, boilerplate=False).figures]
    bare = segment(path.read_text(encoding="utf-8"), tokens=False)
    figures = attribute(figures_of(bare), ())
    yield [f.to_dict() for f in figures]
    yield [r.to_dict() for r in relate(bare, figures)]


def main() -> None:
    total = hashlib.sha256()
    for name, paths in sets().items():
        part = hashlib.sha256()
        for path in paths:
            for record in records(path):
                line = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
                part.update(line + b"\n")
                total.update(line + b"\n")
        if "--sets" in sys.argv:
            print(f"{name:<10}{len(paths):>5} texts  {part.hexdigest()}")
    print(total.hexdigest())


if __name__ == "__main__":
    main()
