"""Schemas of the processed tables (one place, so the README's data dictionary can match it)."""

from __future__ import annotations

import pyarrow as pa

PARAGRAPHS = pa.schema(
    [("index", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())]
)
SENTENCES = pa.schema(
    [
        ("index", pa.int32()),
        ("paragraph", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ]
)
TOKENS = pa.schema(
    [
        ("index", pa.int32()),
        ("sentence", pa.int32()),
        ("paragraph", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ]
)
REMOVED = pa.schema(
    [("start", pa.int32()), ("end", pa.int32()), ("rule", pa.string()), ("text", pa.string())]
)

FIGURES = pa.schema(
    [
        ("index", pa.int32()),
        ("surface", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence", pa.int32()),
        ("paragraph", pa.int32()),
        ("kind", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("per", pa.string()),
        ("qualifier", pa.string()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("change", pa.string()),
        ("time", pa.string()),
        ("subject", pa.string()),
        ("holder", pa.string()),
        ("flags", pa.list_(pa.string())),
        ("attributed_to", pa.string()),
        ("subject_start", pa.int32()),
        ("subject_end", pa.int32()),
        ("holder_start", pa.int32()),
        ("holder_end", pa.int32()),
        ("time_start", pa.int32()),
        ("time_end", pa.int32()),
    ]
)
QUOTES = pa.schema(
    [
        ("index", pa.int32()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("paragraph", pa.int32()),
        ("sentence", pa.int32()),
        ("speaker", pa.string()),
        ("speaker_as_written", pa.string()),
        ("speaker_kind", pa.string()),
        ("cue", pa.string()),
        ("addressee", pa.string()),
        ("descriptor", pa.string()),
        ("parts", pa.list_(pa.list_(pa.int32()))),
        ("flags", pa.list_(pa.string())),
    ]
)
SOURCES = pa.schema(
    [
        ("name", pa.string()),
        ("kind", pa.string()),
        ("direct", pa.int32()),
        ("indirect", pa.int32()),
        ("mixed", pa.int32()),
        ("words_quoted", pa.int32()),
        ("first_paragraph", pa.int32()),
        ("descriptor", pa.string()),
    ]
)
MENTIONS = pa.schema(
    [
        ("kind", pa.string()),
        ("name", pa.string()),
        ("surface", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence", pa.int32()),
        ("paragraph", pa.int32()),
    ]
)
RELATIONS = pa.schema(
    [
        ("kind", pa.string()),
        ("left", pa.int32()),
        ("right", pa.int32()),
        ("left_surface", pa.string()),
        ("right_surface", pa.string()),
        ("unit", pa.string()),
        ("per", pa.string()),
        ("ratio", pa.float64()),
        ("difference", pa.float64()),
        ("implied_base", pa.float64()),
        ("caveat", pa.string()),
        ("sentences", pa.list_(pa.int32())),
        ("text", pa.string()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "paragraphs": PARAGRAPHS,
    "sentences": SENTENCES,
    "tokens": TOKENS,
    "removed": REMOVED,
    "figures": FIGURES,
    "relations": RELATIONS,
    "quotes": QUOTES,
    "sources": SOURCES,
    "mentions": MENTIONS,
}


def with_article(schema: pa.Schema) -> pa.Schema:
    """A table's schema with the `article` column first: the id that joins its rows to their article (an
    article's slug in `data/processed/<slug>/`, as `figures --json` prints it; a corpus's path from its folder)."""
    return pa.schema([pa.field("article", pa.string()), *schema])


ARTICLE_SCHEMAS: dict[str, pa.Schema] = {name: with_article(schema) for name, schema in SCHEMAS.items()}
"""The Parquet files of `data/processed/<slug>/`: every table's rows with their article's slug first."""
