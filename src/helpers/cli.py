"""Command line: `python -m helpers ingest|segment|process ...`; user errors exit with code 2."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from decimal import Decimal

from . import config, display
from .analysis import analyse, table_rows
from .errors import ArticleError
from .ingest import ingest
from .inputs import raw_slugs, resolve
from .models import Article
from .process import load_article, process

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


def _cmd_ingest(args: argparse.Namespace) -> int:
    stated = {"published": args.published, "author": args.author, "outlet": args.outlet}
    for source in args.sources:
        done = ingest(source, stated=stated)
        verb = "added" if done.created else "updated the metadata of" if done.updated else "already present as"
        print(f"{verb} {done.slug} ({done.meta.get('file') or done.path.name})")  # the article's file, not its sidecar
    return EXIT_OK


def _about(ref: str | Path | None, exc: ArticleError) -> str:
    """An error's one line naming the article once: most messages about a file already start
    with its path ("data/x.txt: the file is empty"); the others (a binary file, no article text)
    get it in front."""
    message = str(exc)
    if ref is None or message.startswith((f"{ref}:", f"{Path(ref)}:")):  # "folder/" is named "folder"
        return f"error: {message}"
    return f"error: {ref}: {message}"


def _value(value: object) -> str:
    """A stored value in plain digits with thousands separators (7e6 -> "7,000,000", 0.5 -> "0.5"):
    exact, as --json has it, and never scientific notation."""
    if not isinstance(value, float | int) or isinstance(value, bool) or value != value:
        return "-" if value is None or value != value else str(value)
    text = format(Decimal(repr(value)), ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _cmd_segment(args: argparse.Namespace) -> int:
    try:
        item = resolve(args.path)
        article = load_article(item)
    except ArticleError as exc:
        print(_about(args.path, exc), file=sys.stderr)
        return EXIT_USER
    if args.json:
        json.dump(article.to_dict(tokens=args.tokens), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"article    {item.slug}")
    for label, span in (
        ("headline", article.headline),
        ("standfirst", article.standfirst),
        ("caption", article.caption),
        ("credit", article.credit),
    ):
        if span is not None:
            print(f"{label:<10} {span.text}")
    print(f"outlet     {article.outlet or '-'}")
    print(
        f"units      {len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences, "
        f"{len(article.tokens)} tokens"
    )
    for cut in article.removed:
        preview = " ".join(cut.text.split())
        print(f"removed    [{cut.start}:{cut.end}] {cut.rule}: {preview[:70]}{'…' if len(preview) > 70 else ''}")
    return EXIT_OK


def _each_article(refs: Sequence[str | None], failures: list[str]) -> Iterator[tuple[str, Article]]:
    """(slug, article) for each named article; a bad one is reported in one line and skipped."""
    for ref in refs:
        try:
            item = resolve(ref)
            article = load_article(item)
        except ArticleError as exc:
            failures.append(str(ref))
            print(_about(ref, exc), file=sys.stderr)
            continue
        yield item.slug, article


def _print_json_lines(slug: str, rows: list[dict[str, object]]) -> None:
    for row in rows:
        print(json.dumps({"article": slug, **row}, ensure_ascii=False))


def _cmd_figures(args: argparse.Namespace) -> int:
    failures: list[str] = []
    for slug, article in _each_article(args.paths or [None], failures):
        analysis = analyse(article, boilerplate=not args.body_only)
        rows = table_rows(analysis)["relations" if args.relations else "figures"]  # a figure's index: what a relation's left and right name
        if args.json:
            _print_json_lines(slug, rows)
        else:
            _print_table(slug, rows, relations=args.relations)
    return EXIT_USER if failures else EXIT_OK


def _one_line(text: object) -> str:
    """The text with every run of white space (a line break, a tab) as one space."""
    return " ".join(str(text).split())


def _print_table(slug: str, rows: list[dict[str, object]], *, relations: bool) -> None:
    print(f"== {slug}: {len(rows)} {'relations' if relations else 'figures'}")
    for row in rows:
        if relations and row["kind"] == "restated":  # one figure said twice: no ratio or gap to show
            print(f"  {row['kind']:<11} {row['left_surface']} | {row['right_surface']}  {row['caveat']}")
        elif relations:
            unit, per = row["unit"], row["per"]
            base = f"  base {display.quantity(row['implied_base'], unit, per)}" if row["implied_base"] is not None else ""  # type: ignore[arg-type]
            # a comparison's gap has no direction (its ratio says which is larger); a change's difference is end minus start
            between = (f"gap {display.gap(abs(row['difference']), unit, per)}" if row["kind"] == "comparison"  # type: ignore[arg-type]
                       else f"difference {display.gap(row['difference'], unit, per)}")  # type: ignore[arg-type]
            print(f"  {row['kind']:<11} {row['left_surface']} | {row['right_surface']}  ratio {display.number(row['ratio'])}  {between}{base}")  # type: ignore[arg-type]
        else:
            # the unit as people write it ("m³", "tonnes", "people"; --json keeps pint's "meter ** 3")
            unit = display.unit_label(str(row["unit"]), row["value"]) + (f" per {row['per']}" if row["per"] else "") if row["unit"] else "-"  # type: ignore[arg-type]
            extra = ", ".join(str(row[k]) for k in ("qualifier", "change") if row[k])
            flags = f" [{display.flag_words(row['flags'])}]" if row["flags"] else ""  # type: ignore[arg-type]
            # a figure, a subject or a holder read across a line break of the page prints on one line of the table
            surface = _one_line(row["surface"])
            # a range prints both ends ("40-80"): its value is the low end alone, which read as a figure of 40
            shown = f"{_value(row['low'])}-{_value(row['high'])}" if row.get("low") is not None and row.get("high") is not None else _value(row["value"])
            print(f"  {row['kind']:<17} {shown:>17} {unit:<22} {surface:<34} {extra}{flags}")
            meaning = " · ".join(f"{label} {_one_line(row[key])}" for label, key in (("measures", "subject"), ("whose", "holder"),
                                                                                     ("when", "time")) if row.get(key))
            if meaning:
                print(f"  {'':<17} {'':>17} {meaning}")


def _cmd_voices(args: argparse.Namespace) -> int:
    failures: list[str] = []
    for slug, article in _each_article(args.paths or [None], failures):
        analysis = analyse(article)
        rows = table_rows(analysis)[args.what]  # the rows of its Parquet table, a quote's index too
        if args.json:
            _print_json_lines(slug, rows)
            continue
        print(f"== {slug}: {len(rows)} {args.what}")
        # the name column as wide as the longest name, so a long one does not push its row's columns out
        width = max([24 if args.what == "quotes" else 28]
                    + [len(str((row["speaker"] or row["speaker_as_written"]) if args.what == "quotes" else row["name"]) or "") for row in rows])
        kinds = max([12] + [len(str(row["kind"])) for row in rows]) if args.what == "sources" else 0
        if args.what == "quotes":  # as a reader meets them: the standfirst's first (stored after the body's)
            rows.sort(key=lambda row: "standfirst" not in row["flags"])
        for row in rows:
            if args.what == "quotes":
                text = " ".join(str(row["text"]).split())
                # a source the article leaves unnamed ("union leaders warned") shows as written, not as "-"
                who = row["speaker"] or row["speaker_as_written"] or "-"
                where = "  (in the standfirst)" if "standfirst" in row["flags"] else ""
                print(f"  {row['kind']:<8} {str(who):<{width}} {text[:70]}{'…' if len(text) > 70 else ''}{where}")
            else:
                print(
                    f"  {row['name']:<{width}} {row['kind']:<{kinds}} direct {row['direct']:>2}  indirect {row['indirect']:>2}  mixed {row['mixed']:>2}"
                    f"  words {row['words_quoted']:>4}"
                )
    return EXIT_USER if failures else EXIT_OK


def _cmd_corpus(args: argparse.Namespace) -> int:
    from .corpus import process_corpus

    result = process_corpus(
        args.paths, Path(args.out) if args.out else None, jobs=args.jobs, engine=args.engine,
        scheduler=args.scheduler, progress=not args.quiet, batch_size=args.batch_size, replace=args.replace,
        force=args.force,
    )
    failures = result.failures or []
    for path, error in failures[:20]:
        print(f"error: {error}" if error.startswith(f"{path}:") else f"error: {path}: {error}", file=sys.stderr)
    if len(failures) > 20:
        print(f"error: … and {len(failures) - 20} more (see the failures table)", file=sys.stderr)
    print(
        f"{result.articles} articles: {result.processed} processed, {result.skipped} unchanged, "
        f"{len(failures)} failed -> {result.out}"
    )
    return EXIT_USER if failures else EXIT_OK


def _cmd_query(args: argparse.Namespace) -> int:
    from .query import run

    frame = run(args.sql, Path(args.corpus) if args.corpus else None)
    from .corpus import corpus_dir, incomplete

    if (part := incomplete(Path(args.corpus) if args.corpus else corpus_dir())) is not None:
        print(f"note: this corpus is incomplete: {part[0]} of {part[1]} batches are done (a run stopped early); "
              "run process on its folders again to finish it", file=sys.stderr)
    if args.csv:
        frame.to_csv(sys.stdout, index=False)
    else:
        import pandas as pd

        if frame.empty:  # not pandas' "Empty DataFrame / Columns: [...] / Index: []"
            print(f"no rows (columns: {', '.join(map(str, frame.columns))})")
            return EXIT_OK
        with pd.option_context("display.max_rows", args.limit, "display.max_columns", 50, "display.width", 200):
            shown = frame.astype(object).where(frame.notna(), "-")  # a missing value reads "-", not NaN or None
            print(shown.to_string(index=False, max_rows=args.limit))
    return EXIT_OK


def _cmd_process(args: argparse.Namespace) -> int:
    from .corpus import is_corpus_source

    if args.paths and all(is_corpus_source(p) for p in args.paths):
        return _cmd_corpus(args)
    if any(is_corpus_source(p) for p in args.paths):
        raise ArticleError("give either article files or folders/globs to process, not both")
    refs: Sequence[str | None] = args.paths or raw_slugs() or [None]
    failed = 0
    for ref in refs:
        try:
            done = process(ref, force=args.force)
        except ArticleError as exc:
            failed += 1
            print(_about(ref, exc), file=sys.stderr)
            continue
        state = "written" if done.written else "unchanged"
        print(f"{state:<9} {done.folder.relative_to(config.PROJECT_ROOT) if done.folder.is_relative_to(config.PROJECT_ROOT) else done.folder}")
    return EXIT_USER if failed else EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import render, render_corpus, screenshots, write_index

    if args.corpus is not None:
        result = render_corpus(Path(args.corpus) if args.corpus else None, subject=args.subject,
                               with_code=args.with_code, cdn=args.cdn)
        for page in result.pages:
            if page.error:
                print(f"error: {page.error}", file=sys.stderr)
                return EXIT_USER
            print(f"rendered  {page.html}")
        return EXIT_OK
    refs: Sequence[str | None] = args.articles or raw_slugs() or [None]
    failed = 0
    for ref in refs:
        try:
            result = render(ref, with_code=args.with_code, cdn=args.cdn, jobs=args.jobs, force=args.force)
        except ArticleError as exc:
            failed += 1
            print(_about(ref, exc), file=sys.stderr)
            continue
        state = "unchanged" if result.skipped else "rendered"
        print(f"{state:<9} reports/{result.slug}/index.html ({len(result.pages) - len(result.failed)} of {len(result.pages)} pages)")
        for page in result.failed:
            failed += 1
            print(f"error: {page.error}", file=sys.stderr)
        if args.screenshots:
            for shot in screenshots(result):  # where each one is, as the rendered line above says
                print(f"{'screenshot':<9} {shot.relative_to(config.PROJECT_ROOT) if shot.is_relative_to(config.PROJECT_ROOT) else shot}")
    write_index()
    return EXIT_USER if failed else EXIT_OK


def _count(text: str) -> int:
    """A whole number of at least one (`--jobs`, `--batch-size`, `--limit`): argparse names the option
    in its one-line error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is below 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlelab" if Path(sys.argv[0]).name == "articlelab" else "python -m helpers",  # as the user typed it
        description="articlelab: clean and segment news articles, find their figures, quotes and sources, "
                    "and render HTML reports of them.",
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    # --debug after the command too, where "rerun with --debug" sends people ("segment x.txt --debug");
    # SUPPRESS keeps a subcommand that does not see it from resetting the one given before the command
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[debug], **kwargs)
        sub.set_defaults(command_parser=sub)  # a wrong option is told with this command's usage
        return sub

    p = command("ingest", help="copy an article file or URL into data/raw with its metadata")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a .txt/.md/.html file or an http(s) URL")
    p.add_argument("--published", metavar="DATE", help="the article's date (2024-03-07), when the page does not say it "
                   "or says it wrongly: relative times (\"last year\") and reference periods count from it")
    p.add_argument("--author", metavar="NAME", help="who wrote it, when the page does not say")
    p.add_argument("--outlet", metavar="NAME", help="the publication, when the page does not say")
    p.set_defaults(run=_cmd_ingest)

    p = command("segment", help="print an article's parts, paragraphs and sentences")
    p.add_argument("path", nargs="?", metavar="PATH", help="a file or a slug in data/raw (default: the seed)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--tokens", action="store_true", help="with --json, include word tokens")
    p.set_defaults(run=_cmd_segment)

    p = command("figures", help="list an article's figures (or their relations)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or slugs (default: the seed)")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one figure per line")
    p.add_argument("--relations", action="store_true", help="print relations between figures instead")
    p.add_argument("--body-only", action="store_true", help="leave out figures in removed boilerplate (the standfirst's stay: it is article text)")
    p.set_defaults(run=_cmd_figures)

    for what, text in (("quotes", "list who is quoted and what they said"), ("sources", "list the sources cited")):
        p = command(what, help=text)
        p.add_argument("paths", nargs="*", metavar="PATH", help="files or slugs (default: the seed)")
        p.add_argument("--json", action="store_true", help="print JSON Lines, one row per line")
        p.set_defaults(run=_cmd_voices, what=what)

    p = command("report", help="run the notebooks for articles and render HTML reports")
    p.add_argument("articles", nargs="*", metavar="SLUG|PATH", help="articles (default: all of data/raw)")
    p.add_argument("--with-code", action="store_true", help="show the code cells in the HTML")
    p.add_argument("--cdn", action="store_true", help="load plotly.js from its CDN (small pages, needs network to view)")
    p.add_argument("--screenshots", action="store_true", help="save a PNG of each page (needs Chromium)")
    p.add_argument("--jobs", type=_count, default=None, help="notebooks run at once (default: cores + 1)")
    p.add_argument("--force", action="store_true", help="rerun even when nothing changed")
    p.add_argument("--corpus", nargs="?", const="", default=None, metavar="DIR",
                   help="render notebooks/07-corpus for a corpus dataset (default data/processed/corpus)")
    p.add_argument("--subject", default="tax", help="with --corpus: the subject to follow over time")
    p.set_defaults(run=_cmd_report)

    p = command("process", help="write data/processed/<slug>/ for articles")
    p.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="files or slugs (default: all of data/raw); a folder or a glob builds the corpus dataset",
    )
    p.add_argument("--force", action="store_true", help="rewrite even when nothing changed")
    p.add_argument("--jobs", type=_count, default=1, help="corpus: worker processes (default 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="corpus: local processes or Dask")
    p.add_argument("--scheduler", default=None, help="corpus: a Dask scheduler address (default: a LocalCluster)")
    p.add_argument("--out", default=None, help="corpus: output folder (default data/processed/corpus)")
    p.add_argument("--quiet", action="store_true", help="corpus: no progress bar")
    p.add_argument("--batch-size", type=_count, default=250, help="corpus: articles per part file (default 250)")
    p.add_argument("--replace", action="store_true",
                   help="corpus: rebuild a corpus dataset that was built from other folders (default: refuse)")
    p.set_defaults(run=_cmd_process)

    p = command("query", help="run SQL over the corpus dataset (DuckDB)")
    p.add_argument("sql", metavar="SQL", help='e.g. "SELECT kind, count(*) FROM figures GROUP BY kind"')
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    p.add_argument("--corpus", default=None, help="the corpus folder (default data/processed/corpus)")
    p.add_argument("--limit", type=_count, default=60, help="rows shown in the table (default 60; CSV shows all)")
    p.set_defaults(run=_cmd_query)
    return parser


def _os_error(exc: OSError) -> str:
    """"/x/y: Not a directory": the file the system names and its reason, in one line."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {reason}" if exc.filename is not None else reason


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        getattr(args, "command_parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the machine refused: a path under a file, no permission, a full disk
        if args.debug:
            raise
        print(f"error: {_os_error(exc)}", file=sys.stderr)
        return EXIT_USER
    except Exception as exc:  # a bug: one line unless --debug
        if args.debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_BUG
