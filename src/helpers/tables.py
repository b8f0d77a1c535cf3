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

SCHEMAS: dict[str, pa.Schema] = {
    "paragraphs": PARAGRAPHS,
    "sentences": SENTENCES,
    "tokens": TOKENS,
    "removed": REMOVED,
}
