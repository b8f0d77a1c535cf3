"""Corpus processing at scale: the 928 BBC articles replicated to 10,000 distinct ones.

Each copy gets a distinct closing paragraph, so no content hash repeats and caching cannot help.
Prints articles per second with 1 and 2 local jobs and with the Dask engine (a LocalCluster of two
worker processes), peak memory at 1,000 and 10,000 articles, and the time of a no-change rerun.
Not a timed test.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers import config

BBC = config.PROJECT_ROOT.parent / "shared" / "corpora" / "bbc"


def replicate(target: Path, count: int) -> Path:
    """`count` distinct articles built from the BBC corpus."""
    sources = sorted(BBC.glob("*/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for n in range(count):
        folder = target / f"{n // 1000:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = texts[n % len(texts)].rstrip("\n")
        (folder / f"{n:05d}.txt").write_text(f"{body}\n\nThis is copy {n} of the article.\n", encoding="utf-8")
    return target


def run(source: Path, out: Path, *args: str) -> tuple[float, float]:
    """(seconds, peak RSS of the run's processes in MB) for one `process` command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    command = [sys.executable, "-m", "helpers", "process", str(source), "--out", str(out), "--quiet", *args]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return seconds, peak


def peak_of(source: Path, out: Path) -> float:
    """Peak RSS (MB) of one single-job run, measured in a fresh child."""
    code = (
        "import resource, sys\n"
        "from helpers.corpus import process_corpus\n"
        f"process_corpus({str(source)!r}, __import__('pathlib').Path({str(out)!r}), progress=False)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if not BBC.is_dir():
        print(f"no corpus under {BBC}")
        return
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        big = replicate(root / "10k", 10_000)
        small = replicate(root / "1k", 1_000)
        rows = []
        for label, args in (("local, 1 job", ("--jobs", "1")), ("local, 2 jobs", ("--jobs", "2")),
                            ("dask LocalCluster, 2 workers", ("--engine", "dask", "--jobs", "2"))):
            out = root / f"out-{label.split(',')[0]}-{args[-1]}"
            seconds, _ = run(big, out, *args)
            rows.append((label, 10_000 / seconds, seconds))
            if label != "local, 2 jobs":
                shutil.rmtree(out)
        rerun, _ = run(big, root / "out-local-2", "--jobs", "2")
        peak_small = peak_of(small, root / "peak-1k")
        peak_big = peak_of(big, root / "peak-10k")
    print(f"{'engine':<32}{'articles/s':>12}{'seconds':>10}")
    for label, rate, seconds in rows:
        print(f"{label:<32}{rate:>12.0f}{seconds:>10.1f}")
    print(f"{'no-change rerun of 10,000':<32}{'':>12}{rerun:>10.2f}")
    print(f"{'peak memory, 1,000 articles':<32}{peak_small:>10.0f} MB")
    print(f"{'peak memory, 10,000 articles':<32}{peak_big:>10.0f} MB")


if __name__ == "__main__":
    main()
