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
    views = {row[0] for row in connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    if "figures" in views:
        connection.execute(STATED_FIGURES_SQL + (RESTATED_SQL if "relations" in views else ""))
    return connection


STATED_FIGURES_SQL = """
CREATE VIEW stated_figures AS SELECT f.* FROM figures f
WHERE f.sentence >= 0 OR list_contains(f.flags, 'standfirst')
"""
"""The figures the articles state, each once (`analysis.stated_figures`): the body's and the standfirst's, not
cut boilerplate's, and (`RESTATED_SQL`) no standfirst figure the body states again."""
RESTATED_SQL = """
  AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.article = f.article AND r.kind = 'restated' AND r."left" = f."index")
"""


def run(sql: str, corpus: Path | None = None) -> Any:
    """The query's result as a pandas DataFrame; a bad query is a one-line error."""
    import duckdb

    try:
        cursor = connect(corpus).execute(sql)
        frame = cursor.fetchdf()
    except duckdb.Error as exc:
        raise ArticleError(f"query failed: {' '.join(str(exc).split())[:300]}") from exc
    for name, kind, *_ in cursor.description or ():
        if str(kind) in ("HUGEINT", "UHUGEINT") and name in frame and frame[name].dtype.kind == "f":
            frame[name] = frame[name].astype("Int64")  # a sum of whole numbers prints "10", not "10.0"
    return frame


KINDS_SQL = """
SELECT kind, count(*) AS figures, count(DISTINCT article) AS articles
FROM stated_figures GROUP BY kind ORDER BY figures DESC
"""
UNITS_SQL = """
SELECT kind, coalesce(unit, '(none)') AS unit, count(*) AS figures
FROM stated_figures GROUP BY ALL ORDER BY figures DESC LIMIT 25
"""
SOURCES_SQL = """
SELECT name, any_value(kind) AS kind, count(DISTINCT article) AS articles, sum(direct + indirect + mixed) AS quotes
FROM sources GROUP BY name ORDER BY articles DESC, quotes DESC, name LIMIT {limit}
"""
SUBJECT_SQL = """
SELECT f.article, f.surface, f.value, f.unit, f.kind, f.time,
       try_cast(regexp_extract(coalesce(f.time, ''), '(1[89][0-9][0-9]|20[0-9][0-9])', 1) AS INTEGER) AS year,
       coalesce(s.text, a.standfirst) AS sentence_text
FROM stated_figures f JOIN articles a ON a.article = f.article
LEFT JOIN sentences s ON s.article = f.article AND s.index = f.sentence
WHERE lower(coalesce(f.subject, '') || ' ' || coalesce(s.text, a.standfirst)) LIKE '%' || lower(?) || '%'
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
