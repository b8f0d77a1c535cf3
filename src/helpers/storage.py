"""Atomic, deterministic writes: nothing under data/ is ever left half-written."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def json_bytes(data: Any) -> bytes:
    """Stable JSON: UTF-8, two-space indent, a final newline."""
    return (json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, json_bytes(data))


def parquet_bytes(rows: Sequence[dict[str, Any]], schema: pa.Schema) -> bytes:
    """A Parquet file with a fixed schema and no writer-specific metadata, so output is stable."""
    table = pa.Table.from_pylist(list(rows), schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", compression_level=3, store_schema=False)
    return sink.getvalue().to_pybytes()


def write_parquet(path: Path, rows: Sequence[dict[str, Any]], schema: pa.Schema) -> None:
    atomic_write_bytes(path, parquet_bytes(rows, schema))
