"""Writing tables and files: CSV, Parquet, Stata; atomically (nothing half-written)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["write_table", "atomic_path"]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_table(table, path: str | os.PathLike, fmt: str) -> None:
    """Write a pyarrow Table as csv, parquet or dta (Stata 118; nulls become Stata missing)."""
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, tmp, compression="zstd")
        elif fmt == "csv":
            import pyarrow.csv as pacsv

            pacsv.write_csv(table, tmp)
        elif fmt == "dta":
            df = table.to_pandas()
            for col in df.columns:
                if df[col].isna().any():
                    df[col] = df[col].astype("float32")
            df.to_stata(tmp, write_index=False, version=118,
                        data_label="casus dyad-years (ATOP 5.1 + casus corpus)")
        else:  # pragma: no cover - checked by the caller
            raise ValueError(fmt)
