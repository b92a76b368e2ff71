"""Short-lived DuckDB connections with a clear message when another process holds the lock.

DuckDB allows one writer process, and in 2.x an open reader in another process blocks it too.
Writers retry with backoff for a while (a scheduled run may overlap an analyst's query), then
fail with a message that names the file and what to do.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


class WarehouseLockedError(RuntimeError):
    """Another process holds the DuckDB file."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("could not set" in text or "conflicting" in text)


@contextmanager
def connect(
    path: str | Path, read_only: bool = False, attempts: int = 6, first_wait: float = 0.5
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse for the length of a `with` block, retrying lock errors with backoff."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `geoevents run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise
            if attempt == attempts:
                raise WarehouseLockedError(
                    f"{path} is locked by another process (a running pipeline, a DuckDB shell or "
                    f"a notebook). Close it, or query an export instead, and try again. ({exc})"
                ) from exc
            time.sleep(wait)
            wait *= 2
    try:
        yield con
    finally:
        con.close()
