"""Resources: where articles come from and which DuckDB file the warehouse is.

Both default from the environment (`GEOEVENTS_SOURCE`, `GEOEVENTS_WAREHOUSE`) so the UI, the CLI
and a scheduled run agree; `geoevents run --source/--warehouse` builds them with overrides.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.paths import source_path, warehouse_path

WAREHOUSE_POOL = "duckdb_writer"  # one writer at a time: DuckDB allows a single writing process


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
        "duckdb": DuckDBResource(database=str(warehouse or warehouse_path())),
    }
