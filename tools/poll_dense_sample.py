"""The blind sample of poll-dense PolNeAR `train` passages (round 20, wave 2): draw, show, score.

Population: the figures articlelab finds (a `tools/unlabelled_figures.py dump` of the base) in PolNeAR
`train` texts that no `tests/gold/*.json` file names (the judged samples included), whose sentence holds
3 figures or more or whose paragraph holds 5 or more: polls, delegate counts, vote tallies, budgets.
`random.Random(2022)` shuffles it (sorted by article and offsets) and the first figures are taken, at
most 5 per article, until 100. Each is placed by its raw `offset` and `surface`, as the figure-meaning
gold is, and split by `sha256("2022:<article>:<offset>")`: the 50 lowest are `read` (misses read to
write rules), the rest `check` (scored only as a whole). The judge writes subject, head, holder and time.

    .venv/bin/python tools/poll_dense_sample.py draw /tmp/base.json /tmp/drawn.json
    .venv/bin/python tools/poll_dense_sample.py show /tmp/drawn.json     # the text a judge reads, no output
    .venv/bin/python tools/poll_dense_sample.py score [read|check] [-v]   # -v prints read misses only
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import head_dense_sample as dense  # tools/head_dense_sample.py: placing, showing and reading are shared


ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests/gold/poll_dense_sample.json"
SEED = 2022
SIZE = 100
PER_ARTICLE = 5


def _named_by_gold() -> set[str]:
    """Every article path a gold file names, the judged samples (and head_dense_sample.json) included."""
    named = dense._named_by_gold()
    named.update(item["article"] for item in json.loads(dense.SAMPLE.read_text(encoding="utf-8")))
    if SAMPLE.exists():
        named.difference_update(item["article"] for item in json.loads(SAMPLE.read_text(encoding="utf-8")))
    return named


def draw(dump: Path, out: Path) -> None:
    dense.draw_dense(dump, out, lambda path: path.startswith("corpora/polnear/train/"), _named_by_gold(), SEED, SIZE, PER_ARTICLE)


def score(split: str, verbose: bool) -> None:
    dense.score(split, verbose, SAMPLE, fields=("holder", "time"))


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["draw"] and len(args) == 3:
        draw(Path(args[1]), Path(args[2]))
    elif args[:1] == ["show"] and len(args) == 2:
        dense.show(Path(args[1]))
    elif args[:1] == ["score"] and len(args) >= 2 and args[1] in ("read", "check"):
        score(args[1], "-v" in args)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
