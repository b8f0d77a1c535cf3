"""Corpus processing: thousands of articles into one Parquet dataset, resumable and parallel.

Articles are taken in sorted order in batches; each batch is processed by one worker (a local
process or a Dask worker) and written as one part file per table, atomically, followed by the
batch's manifest. A batch whose manifest matches its articles' content hashes and the library
fingerprint is skipped, so a rerun after a kill (or with nothing changed) redoes only what is
missing, and the dataset ends byte-identical to an uninterrupted run.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from . import config
from .analysis import analyse, stated_figures, table_rows
from .errors import ArticleError
from .inputs import format_of, read_article, read_bytes
from .page_facts import stated_meta
from .process import library_fingerprint
from .storage import atomic_write_bytes, json_bytes, parquet_bytes, sha256_bytes
from .tables import SCHEMAS, with_article

BATCH_SIZE = 250
TABLES = ("articles", "paragraphs", "sentences", "figures", "relations", "quotes", "sources", "mentions", "failures")
ARTICLES = pa.schema(
    [
        ("article", pa.string()),
        ("path", pa.string()),
        ("sha256", pa.string()),
        ("headline", pa.string()),
        ("standfirst", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
        ("author", pa.string()),
        ("paragraphs", pa.int32()),
        ("sentences", pa.int32()),
        ("words", pa.int32()),
        ("figures", pa.int32()),
        ("quotes", pa.int32()),
    ]
)
FAILURES = pa.schema([("article", pa.string()), ("path", pa.string()), ("error", pa.string())])


CORPUS_SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    **{name: with_article(SCHEMAS[name]) for name in ("paragraphs", "sentences", "figures", "relations", "quotes", "sources", "mentions")},
    "failures": FAILURES,
}


def corpus_dir() -> Path:
    return config.PROCESSED_DIR / "corpus"


def is_corpus_source(source: str) -> bool:
    """A folder or a glob pattern (as opposed to one article)."""
    return Path(source).is_dir() or any(ch in source for ch in "*?[")


def article_paths(source: str) -> tuple[Path, list[tuple[str, str]]]:
    """(root, [(article id, path)]) for a folder or a glob, sorted; ids are paths from the root."""
    if Path(source).is_dir():
        root = Path(source)
        found = (
            Path(dirpath) / name
            for dirpath, _, names in os.walk(root)
            for name in names
            if Path(name).suffix.lower() in config.ARTICLE_SUFFIXES and not name.endswith(".meta.json")
        )
    else:
        root = Path(glob.escape(source.split("*")[0].split("?")[0].split("[")[0]) or ".")
        root = root if root.is_dir() else root.parent
        found = (Path(p) for p in glob.iglob(source, recursive=True) if Path(p).is_file())
    items = sorted((p.relative_to(root).as_posix() if p.is_relative_to(root) else p.as_posix(), str(p)) for p in found)
    return root, items


def corpus_items(sources: Sequence[str]) -> list[tuple[str, str]]:
    """[(article id, path)] of every article under one or more folders or globs, sorted. With one
    source the ids are paths from its root; with several, paths from the roots' common folder, so
    two folders' "001.txt" stay two articles."""
    named = {_sources_of([source])[0]: source for source in reversed(list(sources))}  # one folder named twice ("A", "/abs/A/")
    found = [article_paths(source) for source in sorted(named.values(), key=list(sources).index)]
    if len(found) == 1:
        return found[0][1]
    roots = [root.resolve() for root, _ in found]
    common = Path(os.path.commonpath(roots))
    items = {(((root / article_id).relative_to(common)).as_posix(), path) for root, (_, listed) in zip(roots, found)
             for article_id, path in listed}
    return sorted(items)


def _sources_of(sources: Sequence[str]) -> list[str]:
    """What a corpus was built from, as recorded beside it: each folder's absolute path, or the glob made
    absolute (the same relative glob typed in another folder names other files)."""
    return sorted({str(Path(s).resolve()) if Path(s).is_dir() else os.path.abspath(s) for s in sources})


def _claim(folder: Path, sources: Sequence[str], replace: bool, batch_count: int | None = None) -> None:
    """Record the sources the dataset in `folder` holds and how many batches it takes (`incomplete` reads
    it back); refuse, before anything is written, a run from other sources over a corpus built from some (the
    new run would silently drop the old articles)."""
    record = folder / "_sources.json"
    wanted = _sources_of(sources)
    try:
        recorded = json.loads(record.read_text(encoding="utf-8"))
        held = recorded["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        recorded, held = {}, None
    if held is None and any(folder.glob("_batches/*.json")) and not replace:
        raise ArticleError(
            f"{folder} holds a corpus with no record of its folders (made by an older articlelab); "
            f"name its folders with --replace to rebuild it from them, or --out DIR for another corpus"
        )
    if held and held != wanted and not replace:
        raise ArticleError(
            f"{folder} holds the corpus of {', '.join(held)}; to add articles, put them there or name every "
            f"folder in one command (process A B); --out DIR starts another corpus, --replace rebuilds this one"
        )
    if held != wanted or recorded.get("batches") != batch_count:
        atomic_write_bytes(record, json_bytes({"sources": wanted, "batches": batch_count}))


def incomplete(folder: Path) -> tuple[int, int] | None:
    """(batches done, batches the corpus takes) when a run into `folder` stopped before its end (killed, or
    a batch's worker lost), else None: a query then answers for part of the corpus."""
    try:
        expected = json.loads((folder / "_sources.json").read_text(encoding="utf-8")).get("batches")
    except (OSError, ValueError, AttributeError):
        return None
    done = sum(1 for _ in folder.glob("_batches/[0-9]*.json"))
    return (done, expected) if isinstance(expected, int) and done < expected else None


def batches(items: Sequence[tuple[str, str]], size: int = BATCH_SIZE) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    for start in range(0, len(items), size):
        yield start // size, list(items[start : start + size])


def _article_rows(article_id: str, path: str, data: bytes) -> dict[str, list[dict[str, Any]]]:
    """All table rows of one article (the same work `process` does, without word tokens)."""
    article, found = read_article(data, format_of(path), tokens=False)
    analysis = analyse(article)
    stated = {**stated_meta([asdict(row) for row in article.removed]),
              **{key: found[key] for key in ("published", "author") if found.get(key)}}
    tag = {"article": article_id}
    rows = {name: [{**tag, **row} for row in table] for name, table in table_rows(analysis).items()}
    rows["articles"] = [{
        **tag, "path": path, "sha256": sha256_bytes(data),
        "headline": article.headline.text if article.headline else None,
        "standfirst": article.standfirst.text if article.standfirst else None, "outlet": article.outlet,
        "published": stated.get("published"), "author": stated.get("author"),
        "paragraphs": len(article.paragraphs), "sentences": len(article.sentences),
        "words": sum(len(p.text.split()) for p in article.paragraphs),
        "figures": len(stated_figures(analysis)), "quotes": len(analysis.quotes),
    }]
    return rows


def batch_key(items: Sequence[tuple[str, str]], shas: Sequence[str]) -> str:
    digest = hashlib.sha256(library_fingerprint().encode())
    for (article_id, _), sha in zip(items, shas):
        digest.update(f"{article_id}\0{sha}\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class BatchResult:
    index: int
    articles: int
    failures: list[tuple[str, str]]
    skipped: bool


def _read(path: str) -> bytes | ArticleError:
    try:
        return read_bytes(Path(path))
    except ArticleError as exc:
        return exc


def process_batch(index: int, items: list[tuple[str, str]], out: str) -> BatchResult:
    """Process one batch and write its part files, then its manifest (the commit marker)."""
    folder = Path(out)
    contents = [_read(path) for _, path in items]
    shas = [sha256_bytes(c) if isinstance(c, bytes) else f"error:{c}" for c in contents]
    key = batch_key(items, shas)
    manifest = folder / "_batches" / f"{index:05d}.json"
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    if recorded.get("key") == key:
        return BatchResult(index, len(items), [tuple(f) for f in recorded.get("failures", [])], True)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    failures: list[tuple[str, str]] = []
    for (article_id, path), data in zip(items, contents):
        try:
            if isinstance(data, ArticleError):
                raise data
            for name, article_rows in _article_rows(article_id, path, data).items():
                rows[name].extend(article_rows)
        except ArticleError as exc:
            said = _without_name(str(exc), path, article_id)
            failures.append((path, said))
            rows["failures"].append({"article": article_id, "path": path, "error": said})
        except Exception as exc:  # a bug on one article must not stop the corpus
            message = f"internal error: {type(exc).__name__}: {exc}"
            failures.append((path, message))
            rows["failures"].append({"article": article_id, "path": path, "error": message})
    manifest.unlink(missing_ok=True)
    for name in TABLES:
        atomic_write_bytes(folder / name / f"part-{index:05d}.parquet", parquet_bytes(rows[name], CORPUS_SCHEMAS[name]))
    atomic_write_bytes(manifest, json_bytes({"key": key, "articles": len(items), "failures": failures}))
    return BatchResult(index, len(items), failures, False)


def _without_name(message: str, *names: str) -> str:
    """An error without the file's name in front ("x.txt: the file is empty" -> "the file is empty"): the failures
    table and the CLI's line name the article once, in their own column or prefix."""
    for name in sorted(names, key=len, reverse=True):
        if name and message.startswith(f"{name}: "):
            return message[len(name) + 2 :]
    return message


def _run_batch(args: tuple[int, list[tuple[str, str]], str]) -> BatchResult:
    return process_batch(*args)


@dataclass
class CorpusResult:
    articles: int = 0
    processed: int = 0
    skipped: int = 0
    failures: list[tuple[str, str]] | None = None
    out: Path | None = None


def _prune(folder: Path, batch_count: int) -> None:
    """Remove part files of batches beyond the corpus's end (it shrank), and what a killed run's writes left
    unfinished (their temporary files; the part or manifest they were for is redone)."""
    for pattern in ("*/.part-*.parquet.*.tmp", "_batches/.*.json.*.tmp", "._sources.json.*.tmp"):
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)
    for path in folder.glob("*/part-*.parquet"):
        if int(path.stem.split("-")[1]) >= batch_count:
            path.unlink(missing_ok=True)
    for path in folder.glob("_batches/*.json"):
        if int(path.stem) >= batch_count:
            path.unlink(missing_ok=True)


def process_corpus(
    source: str | Sequence[str], out: Path | None = None, *, jobs: int = 1, engine: str = "local",
    scheduler: str | None = None, batch_size: int = BATCH_SIZE, progress: bool = True, replace: bool = False,
    force: bool = False,
) -> CorpusResult:
    """Process every article under one or more folders (or matching globs) into one corpus dataset.
    A dataset built from other sources is refused unless `replace`; `force` redoes every batch, done
    or not (after an upgrade of the rules, say)."""
    folder = out or corpus_dir()
    sources = [source] if isinstance(source, str) else list(source)
    items = corpus_items(sources)
    if not items:
        raise ArticleError(f"{', '.join(sources)}: no .txt, .md or .html articles found")
    work = list(batches(items, batch_size))
    folder.mkdir(parents=True, exist_ok=True)
    _claim(folder, sources, replace, len(work))
    _prune(folder, len(work))
    if force:
        for manifest in folder.glob("_batches/*.json"):
            manifest.unlink()  # a batch with no manifest is redone; its part files are rewritten whole
    result = CorpusResult(articles=len(items), failures=[], out=folder)
    bar = _progress(len(items), progress)
    def record(done: BatchResult) -> None:
        read = done.articles - len(done.failures)  # a failed article is counted once, as failed
        result.skipped += read if done.skipped else 0
        result.processed += 0 if done.skipped else read
        assert result.failures is not None
        result.failures.extend(done.failures)
        bar.update(done.articles)
    if engine == "dask":
        for done in _dask(work, str(folder), scheduler, jobs):
            record(done)
    elif jobs <= 1:
        for index, chunk in work:
            record(process_batch(index, chunk, str(folder)))
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_leave_interrupts_to_the_parent) as pool:
            try:
                pending: set[Future[BatchResult]] = set()
                for index, chunk in work:  # at most 2 batches per worker in flight: memory stays flat
                    pending.add(pool.submit(_run_batch, (index, chunk, str(folder))))
                    if len(pending) >= 2 * jobs:
                        finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for future in finished:
                            record(future.result())
                for future in pending:
                    record(future.result())
            except KeyboardInterrupt:
                _stop_workers(pool)
                raise
    bar.close()
    assert result.failures is not None
    result.failures.sort()
    return result


def _leave_interrupts_to_the_parent() -> None:
    """A worker ignores Ctrl-C: the parent stops the run, so the terminal gets one "interrupted", not a
    traceback per worker. What a killed batch left half done is redone on the next run (its manifest is
    written last). A worker also ends when the parent does, however it ends (`kill -9` included), instead
    of living on alone (Linux's parent-death signal; elsewhere the pool's own shutdown)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_the_parent()


def _end_with_the_parent() -> None:
    """Ask Linux to send this process SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now instead of waiting for their batches to finish."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not enabled, dynamic_ncols=True, smoothing=0.1)


def _dask(work: list[tuple[int, list[tuple[str, str]]]], out: str, scheduler: str | None, jobs: int) -> list[BatchResult]:
    """Run the same batch function on a Dask cluster (a LocalCluster when no address is given)."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # silence_logs: the workers' shutdown chatter (a heartbeat to a closed scheduler, "still alive, killing")
        # is no news to a user; a batch's failure still arrives as its result, a crash as an exception
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        bag = db.from_sequence([(i, chunk, out) for i, chunk in work], npartitions=max(1, len(work)))
        return list(bag.map(_run_batch).compute(scheduler=client.get))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
