"""Writing tables and files: CSV, Parquet, Stata; atomically (nothing half-written)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["write_table", "atomic_path", "provenance_label"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds.  The file gets
    the mode a new file would (0666 less the user's umask), not mkstemp's private 0600, so colleagues on a
    shared server can read what the umask lets them."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def provenance_label() -> dict[str, str]:
    """What made a file: casus's version and the versions of the bundled datasets (as Parquet metadata keys)."""
    from .._version import __version__
    from ..provenance import versions

    return {"casus_version": __version__, **{f"dataset_{k}": v for k, v in versions().items()}}


def write_table(table, path: str | os.PathLike, fmt: str) -> None:
    """Write a pyarrow Table as csv, parquet or dta (Stata 118; nulls become Stata missing)."""
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            meta = dict(table.schema.metadata or {})
            meta.update({k.encode(): v.encode() for k, v in provenance_label().items()})
            pq.write_table(table.replace_schema_metadata(meta), tmp, compression="zstd")
        elif fmt == "csv":
            import pyarrow.csv as pacsv

            pacsv.write_csv(table, tmp)
        elif fmt == "dta":
            df = table.to_pandas()
            for col in df.columns:
                if df[col].isna().any():
                    df[col] = df[col].astype("float32")
            label = provenance_label()
            df.to_stata(tmp, write_index=False, version=118,
                        data_label=f"casus {label['casus_version']} dyad-years, ATOP {label.get('dataset_atop', '?')}"
                                   [:80])
        else:  # pragma: no cover - checked by the caller
            raise ValueError(fmt)
