"""Resources: where articles come from and which DuckDB file the warehouse is.

Both default from the environment (`GEOEVENTS_SOURCE`, `GEOEVENTS_WAREHOUSE`) so the UI, the CLI
and a scheduled run agree; `geoevents run --source/--warehouse` builds them with overrides.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from pipelines.paths import source_path, warehouse_path
from pipelines.warehouse.connection import connect

WAREHOUSE_POOL = "duckdb_writer"  # one writer at a time: DuckDB allows a single writing process


class WarehouseResource(DuckDBResource):
    """DuckDBResource whose connections retry lock errors with backoff and then fail with a
    message naming the warehouse file and what to do (see pipelines.warehouse.connection)."""

    lock_attempts: int = 8  # 0.5 s doubling: about two minutes before giving up

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with connect(self.database, attempts=self.lock_attempts) as con:
            yield con


class ArticleSource(dg.ConfigurableResource):
    """A folder tree, a file, or a comma-separated list of files of raw articles."""

    path: str
    max_bytes: int = 2_000_000

    def paths(self) -> list[str]:
        return [p.strip() for p in self.path.split(",") if p.strip()]


def build_resources(source: str | None = None, warehouse: str | None = None) -> dict[str, object]:
    """The resources every entry point uses, with optional overrides."""
    return {
        "article_source": ArticleSource(path=str(source or source_path())),
        "duckdb": WarehouseResource(database=str(warehouse or warehouse_path())),
    }
