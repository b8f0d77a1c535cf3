"""DuckDB over the corpus dataset: one view per table (figures, quotes, sources ...)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .corpus import TABLES, corpus_dir
from .errors import ArticleError


def connect(corpus: Path | None = None) -> Any:
    """A DuckDB connection with a view per corpus table (for notebooks and the CLI)."""
    import duckdb

    folder = corpus or corpus_dir()
    if not (folder / "_batches").is_dir():
        raise ArticleError(f"{folder}: no corpus here yet; run `python -m helpers process DIR` first")
    connection = duckdb.connect()
    for name in TABLES:
        parts = folder / name
        if any(parts.glob("part-*.parquet")):
            pattern = str(parts / "part-*.parquet").replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{pattern}', union_by_name=true)")
    return connection


def run(sql: str, corpus: Path | None = None) -> Any:
    """The query's result as a pandas DataFrame; a bad query is a one-line error."""
    import duckdb

    try:
        return connect(corpus).execute(sql).fetchdf()
    except duckdb.Error as exc:
        raise ArticleError(f"query failed: {' '.join(str(exc).split())[:300]}") from exc


KINDS_SQL = """
SELECT kind, count(*) AS figures, count(DISTINCT article) AS articles
FROM figures WHERE sentence >= 0 GROUP BY kind ORDER BY figures DESC
"""
UNITS_SQL = """
SELECT kind, coalesce(unit, '(none)') AS unit, count(*) AS figures
FROM figures WHERE sentence >= 0 GROUP BY ALL ORDER BY figures DESC LIMIT 25
"""
SOURCES_SQL = """
SELECT name, any_value(kind) AS kind, count(DISTINCT article) AS articles, sum(direct + indirect + mixed) AS quotes
FROM sources GROUP BY name ORDER BY articles DESC, quotes DESC, name LIMIT {limit}
"""
SUBJECT_SQL = """
SELECT f.article, f.surface, f.value, f.unit, f.kind, f.time,
       try_cast(regexp_extract(coalesce(f.time, ''), '(1[89][0-9][0-9]|20[0-9][0-9])', 1) AS INTEGER) AS year,
       s.text AS sentence_text
FROM figures f JOIN sentences s ON s.article = f.article AND s.index = f.sentence
WHERE f.sentence >= 0 AND lower(coalesce(f.subject, '') || ' ' || s.text) LIKE '%' || lower(?) || '%'
  AND lower(coalesce(f.subject, '')) LIKE '%' || lower(?) || '%'
ORDER BY year NULLS LAST, f.article, f.start
"""
DENSITY_SQL = """
SELECT article, headline, figures, words, round(100.0 * figures / nullif(words, 0), 2) AS density
FROM articles WHERE words > 0 ORDER BY density DESC, article LIMIT {limit}
"""


def figures_about(subject: str, corpus: Path | None = None) -> Any:
    """Every figure whose subject mentions `subject`, with the year its sentence names."""
    return connect(corpus).execute(SUBJECT_SQL, [subject, subject]).fetchdf()
