"""Another process holding the DuckDB file: writers retry, then fail naming the file."""

from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pytest

from pipelines.defs.resources import WarehouseResource
from pipelines.warehouse.connection import WarehouseLockedError

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _hold(path: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, path, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_held_lock_fails_with_the_file_name(tmp_path):
    path = str(tmp_path / "held.duckdb")
    duckdb.connect(path).close()
    holder = _hold(path, 30)
    try:
        resource = WarehouseResource(database=path, lock_attempts=2)
        expected = r"held\.duckdb is locked by another process"
        with pytest.raises(WarehouseLockedError, match=expected), resource.get_connection():
            pass
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_released_during_the_backoff_is_waited_for(tmp_path):
    path = str(tmp_path / "busy.duckdb")
    duckdb.connect(path).close()
    holder = _hold(path, 1.0)
    start = time.monotonic()
    try:
        with WarehouseResource(database=path, lock_attempts=5).get_connection() as con:
            assert con.execute("SELECT 42").fetchall() == [(42,)]
    finally:
        holder.wait()
    assert time.monotonic() - start >= 0.5
